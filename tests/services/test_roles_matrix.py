"""Who may do what: every service action against every role, a locked desk and no session.

The table is ``roles.ACTIONS`` (and the protocol's ``PROTOCOL_ACTIONS`` until the lead merges
them). Each action has a driver that brings a copy of a prepared station to the state the action
needs, then performs it as the officer under test. Only the table's combinations may succeed; any
other is refused with a typed reason, and a refusal leaves the file byte for byte as it was.

"Locked" is decided here: the service holds no sessions, the desk does. Locking a desk
(``DeskContext.lock``, by the idle timer or the officer) drops its session, so every call it makes
afterwards reaches the service with no session and is refused ``auth.no_session``; a session is
a capability, never looked up again, so the only way to stop using it is to drop it.

The same file holds the PIN and session guarantees (salted slow hashes, a lockout that grows and
survives a restart, across processes too), since a role means nothing without them.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from polling_station.errors import Refused
from polling_station.services import auth, protocol, roles
from polling_station.services.station import Station
from tests.conftest import Clock
from tests.e2e.crash_station import station_class
from tests.reports.protocol_fixtures import KEY_PASSWORD, pki  # noqa: F401 (a fixture)
from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS

FullStation = station_class()
PINS = {"chair": "1111", "sec": "2222", "c1": "3333", "c2": "4444"}
OFFICER_OF = {"chair": "chair", "secretary": "sec", "clerk": "c1"}
COLUMNS = ("chair", "secretary", "clerk", "locked", "none")
VOTER, OTHER_VOTER = "871008401427", "760212350620"
CITY, DISTRICT = "almaty-city", "medeu-district"


# the protocol's own table, for as long as it is not merged into roles.ACTIONS
PROTOCOL_ACTIONS = getattr(protocol, "PROTOCOL_ACTIONS", {})


def allowed(action: str) -> frozenset[str]:
    return roles.ACTIONS.get(action) or PROTOCOL_ACTIONS[action]


def every_action() -> list[str]:
    return sorted(set(roles.ACTIONS) | set(PROTOCOL_ACTIONS))


# ----- prepared stations, one per state the actions need ------------------------------------

def _sheet(st, race, unused, found, marks=()):
    votes = {c: 0 for c in st.race_info(race).candidate_ids}
    for c in marks:
        votes[c] += 1
    return {"race": race, "unused": unused, "found_in_box": found, "invalid": 0, "votes": votes}


@pytest.fixture(scope="module")
def templates(tmp_path_factory, pki):  # noqa: F811 (the fixture imported above)
    """name -> a closed station file in that state, made once for the module."""
    from polling_station.paths import DEMO
    folder = tmp_path_factory.mktemp("roles")
    election = json.loads((DEMO / "election.json").read_text(encoding="utf-8"))
    roll = folder / "roll.csv"
    roll.write_text(ROLL_HEADER + "\n".join(ROLL_ROWS) + "\n", encoding="utf-8")
    made = {}
    clock = Clock()
    st = FullStation.create(folder / "work.db", election, "101", chair_name="Асқаров Болат", chair_id="chair",
                            chair_pin=PINS["chair"], clock=clock)
    chair = st.login("chair", PINS["chair"])
    st.add_officer(chair, "sec", "Серікова Айжан", "secretary", PINS["sec"])
    st.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", PINS["c1"])
    st.add_officer(chair, "c2", "Ли Анна", "clerk", PINS["c2"])
    sec, c1 = st.login("sec", PINS["sec"]), st.login("c1", PINS["c1"])
    st.import_roll(chair, roll)
    for race in st.races:
        st.set_ballots_received(chair, race.id, 100)

    def snapshot(name):
        st.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        made[name] = folder / f"{name}.db"
        shutil.copy(st.path, made[name])

    snapshot("setup")
    st.run_checklist(chair, "opening", all_yes=True)
    snapshot("setup_ready")
    st.open_station(chair)
    clock.advance(minutes=30)
    st.check_in(c1, VOTER)
    observer = st.add_observer(sec, "Серіков Ержан", "Кандидат A02")
    st.add_remark(sec, observer, "Кабинада перде жоқ")
    snapshot("open")
    st.run_checklist(chair, "closing", all_yes=True)
    st.close_station(chair)
    snapshot("closed")
    st.enter_count(c1, CITY, _sheet(st, CITY, 99, 1, ["A01"]), 1)
    snapshot("closed_entered")
    st.discard_entry(chair, CITY, 1)  # recounted: one ballot is missing from the box
    st.enter_count(sec, CITY, _sheet(st, CITY, 99, 0), 1)
    st.enter_count(chair, CITY, _sheet(st, CITY, 99, 0), 2)
    for n, officer in ((1, c1), (2, sec)):
        st.enter_count(officer, DISTRICT, _sheet(st, DISTRICT, 99, 1, ["M01"]), n)
    snapshot("closed_agreed")                              # CR08 on the city race, unexplained
    st.explain_relation(chair, CITY, "CR08", "Бір бюллетень жәшікте табылмады")
    st.mark_counted(chair)
    snapshot("counted")
    st.finalize(chair, pki.chair_p12, KEY_PASSWORD, folder / "protocol.zip")
    snapshot("finalized")
    st.close_db()
    return {"files": made, "folder": folder}


@dataclass(frozen=True)
class Driver:
    template: str
    act: Callable                     # (station, session, ctx) -> None
    prepare: Callable | None = None   # (station, sessions) -> None, as the officers entitled to it


def _changed_roll(folder: Path) -> Path:
    path = folder / "roll.csv"
    rows = [r.replace("suspended", "active") for r in ROLL_ROWS]  # one member reinstated
    path.write_text(ROLL_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _online_file(folder: Path) -> Path:
    path = folder / "online.csv"
    path.write_text(f"iin,voted_at\n{OTHER_VOTER},2020-10-02T10:00:00+06:00\n", encoding="utf-8")
    return path


def _failed_opening(st, s):
    template = st.checklist_template("opening")
    answers = {i.id: "yes" for i in template.items}
    answers[template.mandatory_ids[0]] = {"answer": "no", "note": "Антисептик жоқ"}
    st.run_checklist(s["chair"], "opening", answers)


DRIVERS: dict[str, Driver] = {
    "officer.add": Driver("setup", lambda st, s, c: st.add_officer(s, "c9", "Жаңа Қызметкер", "clerk", "5555")),
    "roll.import": Driver("setup", lambda st, s, c: st.import_roll(s, _changed_roll(c["tmp"]))),
    "online.import": Driver("setup", lambda st, s, c: st.import_online(s, _online_file(c["tmp"]))),
    "search": Driver("open", lambda st, s, c: st.search(s, "Құдайбергенов")),
    "ballots.received": Driver("setup", lambda st, s, c: st.set_ballots_received(s, CITY, 120)),
    "station.open": Driver("setup_ready", lambda st, s, c: st.open_station(s)),
    "station.close": Driver("open", lambda st, s, c: st.close_station(s),
                            lambda st, s: st.run_checklist(s["chair"], "closing", all_yes=True)),
    "checkin": Driver("open", lambda st, s, c: st.check_in(s, OTHER_VOTER)),
    "checkin.void": Driver("open", lambda st, s, c: st.void_check_in(s, VOTER, "Қате адам / не тот человек")),
    "ballot.spoil": Driver("open", lambda st, s, c: st.spoil(s, CITY)),
    "checklist.run": Driver("open", lambda st, s, c: st.run_checklist(s, "periodic", all_yes=True)),
    "checklist.exception": Driver("setup", lambda st, s, c: st.record_opening_exception(s, "Антисептик 9:00-де"),
                                  _failed_opening),
    "observer.add": Driver("open", lambda st, s, c: st.add_observer(s, "Petrova Olga", "Candidate M03")),
    "observer.leave": Driver("open", lambda st, s, c: st.observer_left(s, 1)),
    "observer.remark": Driver("open", lambda st, s, c: (st.add_remark(s, 1, "Кезек ұзын"),
                                                        st.respond_to_remark(s, 1, "Перде ілінді"))),
    "incident.add": Driver("open", lambda st, s, c: st.add_incident(s, "Жарық сөнді", kind="power")),
    "backup.configure": Driver("open", lambda st, s, c: st.set_backup_folder(s, c["tmp"])),
    "station.restore": Driver("open", lambda st, s, c: _restore(st, s, c)),
    "count.enter": Driver("closed", lambda st, s, c: st.enter_count(s, CITY, _sheet(st, CITY, 99, 1, ["A02"]), 1)),
    "count.explain": Driver("closed_agreed", lambda st, s, c: st.explain_relation(s, CITY, "CR08", "Жоғалды")),
    "count.discard": Driver("closed_entered", lambda st, s, c: st.discard_entry(s, CITY, 1)),
    "count.reopen": Driver("closed_entered", lambda st, s, c: st.reopen_count(s, CITY)),
    "count.tally": Driver("closed", lambda st, s, c: st.tally_add(s, DISTRICT, ["M02"])),
    "station.counted": Driver("closed_agreed", lambda st, s, c: st.mark_counted(s),
                              lambda st, s: st.explain_relation(s["chair"], CITY, "CR08", "Жоғалды")),
    "protocol.finalize": Driver("counted", lambda st, s, c: st.finalize(s, c["pki"].chair_p12, KEY_PASSWORD,
                                                                       c["tmp"] / "p.zip")),
    "protocol.correct": Driver("finalized", lambda st, s, c: st.reopen_for_correction(s, "Қайта санау")),
    "protocol.export": Driver("finalized", lambda st, s, c: st.export_package(s, c["pki"].chair_p12, KEY_PASSWORD,
                                                                             c["tmp"] / "again.zip")),
}


def _restore(st, session, c):
    """A restore authenticates against the backup, not through a session: the officer's login and
    PIN stand for it (none: an empty login)."""
    backup_file = st.backup_now(c["tmp"], st.login("chair", PINS["chair"]))
    officer = session.officer_id if session is not None else ""
    Station.restore(st.path, backup_file, officer, PINS.get(officer, "0000"), st.clock)


def _state(path: Path) -> dict:
    out = {}
    for suffix in ("", "-wal"):
        f = Path(str(path) + suffix)
        out[suffix or "db"] = hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else None
    return out


def _desk_session(st, column):
    """The session the desk hands the service: a logged-in officer's, or none (locked / never)."""
    if column in OFFICER_OF:
        return st.login(OFFICER_OF[column], PINS[OFFICER_OF[column]]), None
    if column == "none":
        return None, None
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSettings

    from polling_station.ui.context import DeskContext
    from polling_station.ui.messages import MessageBridge
    ctx = DeskContext(st, QSettings(str(st.path.with_suffix(".ini")), QSettings.Format.IniFormat), MessageBridge())
    ctx.log_in(st.login("chair", PINS["chair"]))  # the most powerful officer walked away
    ctx.lock()
    return ctx.session, ctx


MATRIX = [(action, column) for action in every_action() if action != "paper.list" for column in COLUMNS]


def test_every_action_in_the_table_has_a_driver():
    assert set(every_action()) - {"paper.list"} == set(DRIVERS)


@pytest.mark.parametrize("action, column", MATRIX)
def test_only_the_allowed_roles_may(templates, pki, tmp_path, action, column):  # noqa: F811
    driver = DRIVERS[action]
    path = tmp_path / "station.db"
    shutil.copy(templates["files"][driver.template], path)
    st = FullStation.open(path, Clock())
    try:
        if driver.prepare:
            driver.prepare(st, {"chair": st.login("chair", PINS["chair"])})
        session, ctx = _desk_session(st, column)
        st.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _state(path)
        head = st.db.execute("SELECT seq FROM journal_head").fetchone()[0]
        c = {"tmp": tmp_path, "pki": pki}
        expected = column in allowed(action)
        if ctx is not None:
            ok, _ = ctx.attempt(driver.act, st, session, c)
            assert not ok
            assert ctx.messages.last.codes == (("auth.unknown_officer",) if action == "station.restore"
                                               else ("auth.no_session",))
        elif expected:
            driver.act(st, session, c)
            if action != "search":
                reopened = Station.open(path, Clock()) if action == "station.restore" else st
                assert reopened.db.execute("SELECT seq FROM journal_head").fetchone()[0] > head
                if reopened is not st:
                    reopened.close_db()
        else:
            with pytest.raises(Refused) as exc:
                driver.act(st, session, c)
            codes = [p.code for p in exc.value.problems]
            if session is None:
                assert codes == (["auth.unknown_officer"] if action == "station.restore" else ["auth.no_session"])
            elif action == "checkin":
                assert codes == ["eligibility.officer_may_not_issue"]  # Art. 41, in the voter's words
            else:
                assert codes == ["auth.role"]
        if not expected:
            assert _state(path) == before, "a refused action changed the station file"
    finally:
        st.close_db()


def test_a_stale_session_is_the_desks_to_drop_not_the_services_to_detect(templates, tmp_path):
    """What 'locked' means for the service, pinned: it cannot tell a session held by a locked desk
    from a live one, which is why DeskContext.lock drops the object instead of flagging it."""
    path = tmp_path / "station.db"
    shutil.copy(templates["files"]["open"], path)
    st = FullStation.open(path, Clock())
    try:
        kept = st.login("c1", PINS["c1"])
        assert st.check_in(kept, OTHER_VOTER).iin == OTHER_VOTER
    finally:
        st.close_db()


def test_every_action_in_the_table_is_enforced_somewhere():
    import inspect
    assert "paper.list" not in roles.ACTIONS or "session" in inspect.signature(Station.write_paper_list).parameters


def test_a_clerk_may_not_copy_the_roll_to_a_folder_of_their_choosing(templates, tmp_path):
    path = tmp_path / "station.db"
    shutil.copy(templates["files"]["open"], path)
    usb = tmp_path / "usb"
    usb.mkdir()
    result = _cli("station", "backup", path, "--to", usb, "--as", "c1", pin=PINS["c1"])
    assert result.returncode == 1, result.stdout
    assert list(usb.iterdir()) == []


# ----- the command line, for a sample of the matrix -----------------------------------------

def _cli(*args, pin=None, new_pin=None):
    env = {k: v for k, v in os.environ.items() if k not in ("PS_PIN", "PS_NEW_PIN")}
    env["PS_LANG"] = "en"
    if pin:
        env["PS_PIN"] = pin
    if new_pin:
        env["PS_NEW_PIN"] = new_pin
    return subprocess.run([sys.executable, "-m", "polling_station", *map(str, args)], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=120)


CLI_SAMPLE = [
    # (template, args, officer, exit code, words the refusal must contain)
    ("setup", ("station", "officer-add", "{db}", "--id", "c9", "--name", "X", "--role", "clerk"), "c1", 1,
     "may not do this"),
    ("setup", ("station", "officer-add", "{db}", "--id", "c9", "--name", "X", "--role", "clerk"), "chair", 0, ""),
    ("setup", ("station", "ballots-received", "{db}", "--race", CITY, "--count", "120"), "c1", 1, "may not do this"),
    ("setup", ("station", "ballots-received", "{db}", "--race", CITY, "--count", "120"), "sec", 0, ""),
    ("open", ("station", "checkin", "{db}", OTHER_VOTER), "chair", 1, "Art"),
    ("open", ("station", "checkin", "{db}", OTHER_VOTER), "sec", 1, "Art"),
    ("open", ("station", "checkin", "{db}", OTHER_VOTER), "c1", 0, ""),
    ("open", ("station", "void", "{db}", VOTER, "--reason", "x"), "c1", 1, "may not do this"),
    ("open", ("station", "void", "{db}", VOTER, "--reason", "Қате"), "chair", 0, ""),
    ("setup_ready", ("station", "open", "{db}"), "sec", 1, "may not do this"),
    ("open", ("station", "incident", "{db}", "--text", "Жарық сөнді"), "c1", 0, ""),
    ("open", ("station", "observer-add", "{db}", "--name", "N", "--represents", "R"), "c1", 1, "may not do this"),
]


@pytest.mark.slow
@pytest.mark.parametrize("template, args, officer, code, words", CLI_SAMPLE)
def test_the_command_line_applies_the_same_table(templates, tmp_path, template, args, officer, code, words):
    path = tmp_path / "station.db"
    shutil.copy(templates["files"][template], path)
    result = _cli(*[a.format(db=path) for a in args], "--as", officer, pin=PINS[officer], new_pin="5555")
    assert result.returncode == code, result.stdout + result.stderr
    assert words in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_command_line_without_a_pin_has_no_session(templates, tmp_path):
    path = tmp_path / "station.db"
    shutil.copy(templates["files"]["open"], path)
    before = _state(path)
    result = _cli("station", "checkin", path, OTHER_VOTER, "--as", "c1")
    assert result.returncode == 2 and "PS_PIN" in result.stderr
    assert _state(path) == before


# ----- PINs and sessions --------------------------------------------------------------------

def test_production_pins_are_scrypt_with_at_least_2_14_iterations():
    code = ("from polling_station.services import auth; h = auth.hash_pin('4821'); "
            "print(auth._N, h.split('$')[1], auth.pin_matches('4821', h), auth.pin_matches('4822', h))")
    env = {k: v for k, v in os.environ.items() if k != "PS_TEST_FAST_KDF"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    n, stored_n, right, wrong = out.stdout.split()
    assert int(n) >= 2 ** 14 and int(stored_n) == int(n)
    assert (right, wrong) == ("True", "False")


def test_a_pin_hash_is_salted_and_carries_its_own_cost():
    a, b = auth.hash_pin("1234"), auth.hash_pin("1234")
    assert a != b and a.split("$")[4] != b.split("$")[4]
    assert a.startswith("scrypt$") and "1234" not in a
    # a hash made at another cost (production's, here) still verifies: the cost is read from it
    import hashlib as h
    salt = bytes(16)
    strong = f"scrypt${2 ** 14}$8$1${salt.hex()}$" + h.scrypt(b"1234", salt=salt, n=2 ** 14, r=8, p=1,
                                                             maxmem=64 * 1024 * 1024, dklen=32).hex()
    assert auth.pin_matches("1234", strong) and not auth.pin_matches("1235", strong)


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "١٢٣٤", "", "    "])
def test_a_pin_is_4_to_12_ascii_digits(pin):
    with pytest.raises(Refused) as exc:
        auth.hash_pin(pin)
    assert exc.value.problems[0].code == "auth.pin_format"


def test_the_lockout_keeps_growing_across_restarts(templates, tmp_path):
    path = tmp_path / "station.db"
    shutil.copy(templates["files"]["open"], path)
    clock = Clock()
    for attempt in range(5):
        st = FullStation.open(path, clock)  # a restart before every attempt
        with pytest.raises(Refused):
            st.login("c1", "0000")
        st.close_db()
    st = FullStation.open(path, clock)
    with pytest.raises(Refused) as exc:
        st.login("c1", PINS["c1"])
    assert exc.value.problems[0].code == "auth.locked"
    clock.advance(seconds=31)
    with pytest.raises(Refused):
        st.login("c1", "0000")          # the 6th wrong PIN: 60 s now
    st.close_db()
    st = FullStation.open(path, clock)
    clock.advance(seconds=45)
    with pytest.raises(Refused) as exc:
        st.login("c1", PINS["c1"])
    assert exc.value.problems[0].code == "auth.locked"
    clock.advance(seconds=16)
    assert st.login("c1", PINS["c1"]).role == "clerk"
    # a good PIN wipes the slate: the next mistake is the first again
    with pytest.raises(Refused) as exc:
        st.login("c1", "0000")
    assert exc.value.problems[0].params["remaining"] == 4
    st.close_db()


@pytest.mark.slow
def test_the_lockout_holds_across_command_line_processes(templates, tmp_path):
    path = tmp_path / "station.db"
    shutil.copy(templates["files"]["open"], path)
    for _ in range(5):
        assert _cli("station", "search", path, "Иванов", "--as", "c1", pin="0000").returncode == 1
    result = _cli("station", "checkin", path, OTHER_VOTER, "--as", "c1", pin=PINS["c1"])
    assert result.returncode == 1 and "Too many wrong PINs" in result.stderr
    conn = __import__("sqlite3").connect(path)
    assert conn.execute("SELECT count(*) FROM checkins WHERE iin = ?", (OTHER_VOTER,)).fetchone()[0] == 0
    conn.close()


def test_the_lockout_grows_to_an_hour_at_most():
    delays = [auth.lock_seconds(n) for n in range(1, 15)]
    assert delays[:4] == [0, 0, 0, 0] and delays[4] == 30
    assert all(b >= a for a, b in zip(delays, delays[1:]))
    assert max(delays) == auth.MAX_LOCK_SECONDS == 3600


def test_the_matrix_size_is_reported(capsys):
    with capsys.disabled():
        print(f"\nroles matrix: {len(every_action()) - 1} actions × {len(COLUMNS)} columns = {len(MATRIX)} "
              f"service combinations, {len(CLI_SAMPLE) + 1} through the command line")
