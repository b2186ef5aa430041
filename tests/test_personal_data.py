"""Personal data: IINs and names never reach a log or a traceback, and every file that holds them
is readable by its owner alone.

The application itself logs nothing; the libraries it drives (pyHanko, openpyxl, sqlite-utils…)
do, through Python's logging, and whatever reaches the root logger at WARNING is printed by
Python's last-resort handler. So a day's work is played with every logger listening at DEBUG,
and no record may carry an IIN or a member's name. The command line is then given bad input of
every kind: a refusal is a sentence, never a traceback.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from polling_station.errors import Refused
from polling_station.exchange import package
from polling_station.services import integrity
from tests.e2e.crash_station import station_class
from tests.reports.protocol_fixtures import KEY_PASSWORD, drive_to_counted, pki  # noqa: F401 (a fixture)
from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS

IINS = [row.split(",")[0] for row in ROLL_ROWS]
NAMES = [part for row in ROLL_ROWS for part in row.split(",")[1:4] if part]


def _leaks(text: str) -> list[str]:
    return [s for s in IINS + NAMES if s in text]


# ----- logs ---------------------------------------------------------------------------------

class _Everything(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record):
        text = f"{record.name} {record.getMessage()}"
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        self.texts.append(text)


@pytest.fixture
def every_log_record():
    handler = _Everything()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    # loggers that stopped propagating or raised their level would hide what they say
    silenced = {}
    for name, logger in logging.Logger.manager.loggerDict.items():
        if isinstance(logger, logging.Logger):
            silenced[name] = (logger.level, logger.propagate, logger.disabled)
            logger.setLevel(logging.NOTSET)
            logger.propagate = True
            logger.disabled = False
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        for name, (level, propagate, disabled) in silenced.items():
            logger = logging.getLogger(name)
            logger.setLevel(level)
            logger.propagate = propagate
            logger.disabled = disabled


def test_a_whole_day_logs_no_iin_and_no_name(tmp_path, pki, every_log_record):  # noqa: F811
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        st = drive_to_counted(tmp_path / "station.db")
        chair = st.login("chair", "1111")
        clerk = st.login("c1", "3333")
        bad = tmp_path / "bad.csv"
        bad.write_text(ROLL_HEADER + ROLL_ROWS[0].replace("871008401427", "871008401428") + "\n", encoding="utf-8")
        for attempt in (lambda: st.check_in(clerk, IINS[2]),            # another precinct
                        lambda: st.check_in(clerk, IINS[0]),            # already checked in
                        lambda: st.check_in(clerk, "123456789012"),     # not an IIN
                        lambda: st.import_roll(chair, bad, rejects_path=tmp_path / "rejects.csv"),
                        lambda: st.login("c1", "0000")):
            try:
                attempt()
            except Refused:
                pass
        st.search(chair, "Құдайбергенов")
        st.backup_now(tmp_path, chair)
        result = st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "protocol.zip")
        package.verify_package(result.package_path, [pki.ca_pem], scan_qr=False)
        integrity.tamper_report(st)
        st.close_db()
    texts = every_log_record.texts + [str(w.message) for w in caught]
    assert [t for t in texts if _leaks(t)] == []


# ----- tracebacks ---------------------------------------------------------------------------

def _cli(*args, pin=None, new_pin=None, cwd=None):
    env = {k: v for k, v in os.environ.items() if k not in ("PS_PIN", "PS_NEW_PIN")}
    env["PS_LANG"] = "en"
    if pin:
        env["PS_PIN"] = pin
    if new_pin:
        env["PS_NEW_PIN"] = new_pin
    return subprocess.run([sys.executable, "-m", "polling_station", *map(str, args)], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120, cwd=cwd)


@pytest.fixture(scope="module")
def cli_station(tmp_path_factory):
    from polling_station.paths import DEMO
    d = tmp_path_factory.mktemp("pd-cli")
    (d / "election.json").write_text((DEMO / "election.json").read_text(encoding="utf-8"), encoding="utf-8")
    (d / "roll.csv").write_text(ROLL_HEADER + "\n".join(ROLL_ROWS) + "\n", encoding="utf-8")
    db = d / "s.db"
    assert _cli("station", "new", db, "--election", d / "election.json", "--precinct", "101", "--chair", "Асқаров Болат",
                new_pin="1111").returncode == 0
    assert _cli("station", "officer-add", db, "--id", "c1", "--name", "Омаров Нұрлан", "--role", "clerk",
                "--as", "chair", pin="1111", new_pin="3333").returncode == 0
    assert _cli("station", "roll-import", db, d / "roll.csv", "--as", "chair", pin="1111").returncode == 0
    src, dst = sqlite3.connect(db), sqlite3.connect(d / "setup.db")
    src.backup(dst)  # a station still in set-up, where a roll may be imported
    src.close()
    dst.close()
    for race in ("almaty-city", "medeu-district"):
        _cli("station", "ballots-received", db, "--race", race, "--count", "50", "--as", "chair", pin="1111")
    _cli("station", "checklist", db, "opening", "--all-yes", "--as", "chair", pin="1111")
    assert _cli("station", "open", db, "--as", "chair", pin="1111").returncode == 0
    return d


def _no_traceback(result):
    out = result.stdout + result.stderr
    assert "Traceback" not in out, out
    assert result.returncode in (0, 1, 2), out


BAD_INPUT = {
    "an IIN with a wrong check digit": ("station", "checkin", "{db}", "871008401428", "--as", "c1"),
    "letters for an IIN": ("station", "checkin", "{db}", "Әбілова", "--as", "c1"),
    "a member of another precinct": ("station", "checkin", "{db}", "800416300257", "--as", "c1"),
    "a paper list with a bad time": ("station", "checkin", "{db}", "--from", "{paper}", "--as", "c1"),
    "a roll with invalid rows": ("station", "roll-import", "{db}", "{bad_rows}", "--as", "chair"),
    "a checklist answers file that is not JSON": ("station", "checklist", "{db}", "periodic", "--answers",
                                                  "{not_json}", "--as", "chair"),
    "a count sheet that is not JSON": ("station", "count", "{db}", "--sheet", "{not_json}", "--entry", "1",
                                       "--as", "c1"),
    "a database that is not a database": ("station", "status", "{garbage_db}"),
    "a database that does not exist": ("station", "status", "{missing_db}"),
    "an unknown officer": ("station", "search", "{db}", "Иванов", "--as", "nobody"),
}


def _files(d: Path) -> dict[str, Path]:
    (d / "paper.txt").write_text("871008401427 9h40\n", encoding="utf-8")
    (d / "bad_rows.csv").write_text(ROLL_HEADER + "871008401428,Әбілова,Гүлнар,,32.13.1987,F,almaty,101,"
                                    "2015-05-01,active\n", encoding="utf-8")
    (d / "not_json.json").write_text('{"871008401427": ', encoding="utf-8")
    (d / "garbage.db").write_bytes(b"871008401427 \x00\x01 not a database" * 200)
    (d / "empty.csv").write_bytes(b"")
    (d / "nul.csv").write_bytes(b"871008401427\x00\x00\x00")
    return {"db": d / "s.db", "paper": d / "paper.txt", "bad_rows": d / "bad_rows.csv",
            "not_json": d / "not_json.json", "garbage_db": d / "garbage.db", "missing_db": d / "missing.db",
            "empty": d / "empty.csv", "nul": d / "nul.csv"}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_on_the_command_line_is_a_sentence_not_a_traceback(cli_station, case):
    files = _files(cli_station)
    args = [a.format(**files) for a in BAD_INPUT[case]]
    pins = {"c1": "3333", "chair": "1111", "nobody": "1111"}
    officer = args[args.index("--as") + 1] if "--as" in args else None
    result = _cli(*args, pin=pins.get(officer))
    _no_traceback(result)
    assert result.returncode != 0 or case == "a roll with invalid rows"


@pytest.mark.slow
@pytest.mark.parametrize("command, file", [("roll-import", "empty"), ("roll-import", "nul"),
                                           ("online-import", "empty")])
def test_a_roll_file_that_is_not_a_table_is_a_sentence_not_a_traceback(cli_station, command, file):
    files = _files(cli_station)
    result = _cli("station", command, cli_station / "setup.db", files[file], "--as", "chair", pin="1111")
    _no_traceback(result)
    assert result.returncode == 1


@pytest.mark.slow
def test_a_damaged_name_in_the_file_is_a_sentence_not_a_traceback(cli_station, tmp_path):
    db = tmp_path / "s.db"
    src = sqlite3.connect(cli_station / "s.db")
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.execute("UPDATE members SET surname = CAST(x'd090d0b1d196ff' AS TEXT) WHERE iin = '871008401427'")
    dst.commit()
    dst.close()
    result = _cli("station", "search", db, "871008401427", "--as", "chair", pin="1111")
    _no_traceback(result)


# ----- owner-only files ---------------------------------------------------------------------

def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_every_file_holding_personal_data_is_owner_only(tmp_path, pki):  # noqa: F811
    old = os.umask(0o022)  # a permissive default, as on most desktops
    try:
        st = drive_to_counted(tmp_path / "station.db")
        chair = st.login("chair", "1111")
        bad = tmp_path / "roll-bad.csv"
        bad.write_text(ROLL_HEADER + "871008401428,Ә,Б,,1987-10-08,F,almaty,101,2015-05-01,active\n", encoding="utf-8")
        usb = tmp_path / "usb"
        usb.mkdir()
        backup_file = st.backup_now(usb, chair)
        result = st.finalize(chair, pki.chair_p12, KEY_PASSWORD, usb / "protocol-101.zip")
        written = {"station": st.path, "backup": backup_file, "package": result.package_path}
        for suffix in ("-wal", "-shm"):  # they vanish when the last connection closes
            written["station" + suffix] = Path(str(st.path) + suffix)
        modes = {name: _mode(p) for name, p in written.items()}
        st.close_db()
        fresh = station_class().create(tmp_path / "setup.db", json.loads(
            (Path(__file__).resolve().parent.parent / "resources" / "demo" / "election.json").read_text(
                encoding="utf-8")), "101", chair_name="X", chair_id="chair", chair_pin="1111")
        fresh.import_roll(fresh.login("chair", "1111"), bad, rejects_path=tmp_path / "rejects.csv")
        written["rejects report"] = tmp_path / "rejects.csv"
        fresh.close_db()
        from tests.services.test_branch_data import ELECTION
        from polling_station.services.branch import Branch
        branch = Branch.create(tmp_path / "branch.db", ELECTION)
        written["branch"] = tmp_path / "branch.db"
        for path in branch.write_report(tmp_path / "report"):
            written[f"report {path.name}"] = path
        modes.update({name: _mode(p) for name, p in written.items() if name not in modes})
        branch.close_db()
    finally:
        os.umask(old)
    assert {"station-wal", "station-shm", "rejects report", "report conflicts.csv"} <= set(modes)
    loose = {name: oct(mode) for name, mode in modes.items() if mode & 0o077}
    assert loose == {}
