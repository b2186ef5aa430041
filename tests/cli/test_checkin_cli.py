"""``station checkin --from``: the paper list entered after an outage, line by line, from a file
or a pipe, as the clerk's script or another program feeds it."""
import codecs
import subprocess

import pytest

from tests.cli.cli_run import COMMAND, LineReader, env, run

ANNA, BOLAT, DANA, ERLAN = "871008401427", "760212350620", "800416300257", "791028302728"


@pytest.fixture
def db(open_station):
    return open_station.path


def _results(stdout: str) -> list[tuple[str, str]]:
    return [tuple(line.split("\t")[:2]) for line in stdout.splitlines()]


def test_a_check_in_is_answered_and_on_disk_before_the_next_line_is_read(db, open_station, tmp_path):
    errors = tmp_path / "stderr.txt"
    with open(errors, "wb") as stderr, subprocess.Popen(
            [*COMMAND, "station", "checkin", str(db), "--from", "-", "--as", "c1"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, env=env(pin="3333")) as proc:
        out = LineReader(proc.stdout)
        try:
            proc.stdin.write(f"{ANNA} 09:40\n".encode())
            proc.stdin.flush()
            first = out.next()  # a program that read all its input first never answers here
            assert first and first.startswith(f"{ANNA}\tOK\t101-00001\t"), errors.read_text()
            assert open_station.checkin_of(ANNA) is not None  # durable before line 2 even exists
            assert open_station.checkin_of(BOLAT) is None
            proc.stdin.write(f"{BOLAT} 09:41\n".encode())
            proc.stdin.close()
            assert out.next().startswith(f"{BOLAT}\tOK\t101-00002\t")
            assert out.next() is None
            assert proc.wait(timeout=60) == 0, errors.read_text()
        finally:
            if proc.poll() is None:
                proc.kill()


def test_every_line_gets_its_answer_in_its_place_and_a_bad_line_stops_nothing(db, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(f"# desk 1, after the power cut\n{ANNA} 09:40\n{BOLAT} 9h41\n\n{DANA} 09:42\n"
                     f"12345 09:43\n{ERLAN} 09:44\n{BOLAT} 09:45\n", encoding="utf-8")
    r = run("station", "checkin", db, "--from", paper, "--as", "c1", pin="3333")
    assert r.returncode == 1, r.stderr
    assert _results(r.stdout) == [(ANNA, "OK"), (BOLAT, "REFUSED"), (DANA, "REFUSED"), ("12345", "REFUSED"),
                                  (ERLAN, "REFUSED"), (BOLAT, "OK")]
    lines = r.stdout.splitlines()
    assert "Line 3: «9h41» is not a time" in lines[1]
    assert "line 5: " in lines[2] and "precinct 102" in lines[2]
    assert "line 6: " in lines[3] and "line 7: " in lines[4]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1251", "utf-16"])
def test_a_paper_list_saved_by_notepad_is_read_in_any_of_its_encodings(db, tmp_path, encoding):
    paper = tmp_path / "paper.txt"
    paper.write_bytes(f"{ANNA} 09:40\r\n# Иванов — другой участок\r\n{BOLAT} 09:41\r\n".encode(encoding))
    r = run("station", "checkin", db, "--from", paper, "--as", "c1", pin="3333")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _results(r.stdout) == [(ANNA, "OK"), (BOLAT, "OK")]


@pytest.mark.parametrize("data", [codecs.BOM_UTF8 + f"{ANNA} 09:40\n# Список\n".encode(),
                                  f"{ANNA} 09:40\n# Список\n".encode("cp1251"),
                                  f"{ANNA} 09:40\r\n# Тізім\r\n".encode("utf-16")],
                         ids=["utf-8 BOM", "cp1251", "utf-16"])
def test_standard_input_is_decoded_as_a_file_is(db, data):
    proc = subprocess.run([*COMMAND, "station", "checkin", str(db), "--from", "-", "--as", "c1"], input=data,
                          capture_output=True, env=env(pin="3333"), timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert _results(proc.stdout.decode()) == [(ANNA, "OK")]
