from tests.fuzz.helpers import ACCEPTED, CASES


def pytest_terminal_summary(terminalreporter):
    if CASES:
        detail = ", ".join(f"{name} {n}" + (f" ({ACCEPTED[name]} taken in)" if ACCEPTED[name] else "")
                           for name, n in sorted(CASES.items()))
        terminalreporter.write_line(f"fuzz: {sum(CASES.values())} cases run: {detail}")
