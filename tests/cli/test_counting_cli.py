"""The counting commands end to end, in a subprocess, on a closed station's file."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from polling_station.services.station import Station
from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS

CITY, DISTRICT = "almaty-city", "medeu-district"
PINS = {"chair": "1111", "sec": "2222", "c1": "3333"}


def run(*args, officer=None):
    env = dict(os.environ)
    env.pop("PS_PIN", None)
    env["PS_LANG"] = "en"
    command = [*map(str, args)]
    if officer:
        env["PS_PIN"] = PINS[officer]
        command += ["--as", officer]
    # the module entry point registers the counting commands even before cli.py imports them
    return subprocess.run([sys.executable, "-m", "polling_station.cli_counting", *command], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture(scope="module")
def closed_file(tmp_path_factory):
    d = tmp_path_factory.mktemp("count-cli")
    from polling_station.paths import DEMO
    election = json.loads((DEMO / "election.json").read_text(encoding="utf-8"))
    roll = d / "roll.csv"
    roll.write_text(ROLL_HEADER + "\n".join(ROLL_ROWS) + "\n", encoding="utf-8")
    st = Station.create(d / "closed.db", election, "101", chair_name="Асқаров Болат", chair_id="chair",
                        chair_pin="1111")
    try:
        chair = st.login("chair", "1111")
        st.add_officer(chair, "sec", "Серікова Айжан", "secretary", "2222")
        st.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", "3333")
        st.import_roll(chair, roll)
        for race in st.races:
            st.set_ballots_received(chair, race.id, 100)
        st.run_checklist(chair, "opening", all_yes=True)
        st.open_station(chair)
        clerk = st.login("c1", "3333")
        for iin in ("871008401427", "760212350620"):
            st.check_in(clerk, iin)
        st.run_checklist(chair, "closing", all_yes=True)
        st.close_station(chair)
    finally:
        st.close_db()
    return d / "closed.db"


@pytest.fixture
def db(closed_file, tmp_path):
    path = tmp_path / "station.db"
    shutil.copyfile(closed_file, path)
    return path


def sheet_file(folder, name, race, *, unused=98, found_in_box=2, invalid=0, votes=None):
    ids = {CITY: ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10"],
           DISTRICT: ["M01", "M02", "M03", "M04", "M05", "M06"]}[race]
    counted = {cid: 0 for cid in ids}
    counted.update(votes if votes is not None else {ids[0]: 2, ids[1]: 1})
    path = folder / name
    path.write_text(json.dumps({"race": race, "unused": unused, "found_in_box": found_in_box, "invalid": invalid,
                                "votes": counted}, ensure_ascii=False), encoding="utf-8")
    return path


def test_two_officers_count_explain_and_mark_the_station_counted(db, tmp_path):
    good = sheet_file(tmp_path, "city.json", CITY)
    typo = sheet_file(tmp_path, "city-typo.json", CITY, votes={"A01": 2, "A02": 4})
    r = run("station", "count", db, "--sheet", good, "--entry", "1", officer="c1")
    assert r.returncode == 0, r.stderr
    assert "Entry 1 of race almaty-city recorded" in r.stdout
    r = run("station", "count", db, "--sheet", typo, "--entry", "2", officer="sec")
    assert r.returncode == 0, r.stderr
    # A02 is the first candidate in Kazakh order (Әбілова), so its votes are line 9
    assert "differ on 1 lines" in r.stdout and "line 9 (votes.A02): you typed 4" in r.stdout
    assert "CR05" in r.stdout  # the secretary's own sheet: 4 votes for 2 valid ballots
    r = run("station", "count-status", db, "--race", CITY)
    # which lines differ, never what either entry says
    assert r.stdout.splitlines() == ["Race almaty-city: the two entries differ", "  differing fields: votes.A02"]
    r = run("station", "count", db, "--sheet", good, "--entry", "2", officer="sec")
    assert r.returncode == 0 and r.stdout.startswith("agreed")

    away = sheet_file(tmp_path, "district.json", DISTRICT, found_in_box=1, votes={"M01": 1})
    assert run("station", "count", db, "--sheet", away, "--entry", "1", officer="c1").returncode == 0
    r = run("station", "count", db, "--sheet", away, "--entry", "2", officer="sec")
    assert r.returncode == 0 and "agreed" in r.stdout
    assert "CR08 (warning)" in r.stdout and "1 issued ballots were not found in the box" in r.stdout

    r = run("station", "counted", db, officer="chair")
    assert r.returncode == 1 and "CR08" in r.stderr
    r = run("station", "explain", db, "--race", DISTRICT, "--relation", "cr08", "--text",
            "Бір сайлаушы бюллетеньді алып кетті / Один избиратель унёс бюллетень", officer="sec")
    assert r.returncode == 0, r.stderr
    status = json.loads(run("station", "count-status", db, "--json").stdout)
    assert [s["status"] for s in status] == ["agreed", "agreed"] and all(s["ready"] for s in status)
    assert status[1]["relations"][0]["explanation"].startswith("Бір сайлаушы")
    assert [line["value"] for line in status[1]["lines"][:8]] == [2, 100, 2, 0, 98, 1, 0, 1]
    r = run("station", "counted", db, officer="chair")
    assert r.returncode == 0, r.stderr
    r = run("station", "count-status", db)
    assert "The station is marked counted." in r.stdout


def test_the_same_officer_may_not_type_both_entries(db, tmp_path):
    good = sheet_file(tmp_path, "city.json", CITY)
    assert run("station", "count", db, "--sheet", good, "--entry", "1", officer="sec").returncode == 0
    r = run("station", "count", db, "--sheet", good, "--entry", "2", officer="sec")
    assert r.returncode == 1 and "must be typed by a different officer" in r.stderr


def test_an_error_relation_blocks_counted_with_its_id(db, tmp_path):
    short = sheet_file(tmp_path, "city.json", CITY, unused=90)
    for officer, entry in (("c1", "1"), ("sec", "2")):
        r = run("station", "count", db, "--sheet", short, "--entry", entry, officer=officer)
    assert "CR01 (error)" in r.stdout and "must equal lines 3 + 4 + 5" in r.stdout
    r = run("station", "explain", db, "--race", CITY, "--relation", "CR01", "--text", "x", officer="chair")
    assert r.returncode == 1
    r = run("station", "counted", db, officer="chair")
    assert r.returncode == 1 and "CR01" in r.stderr and DISTRICT in r.stderr


def test_a_broken_sheet_file_is_refused_with_where_it_breaks(db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"race": "almaty-city",\n "unused": }', encoding="utf-8")
    r = run("station", "count", db, "--sheet", bad, "--entry", "1", officer="c1")
    assert r.returncode == 1 and "line 2" in r.stderr
    r = run("station", "count", db, "--sheet", bad, "--entry", "3", officer="c1")
    assert r.returncode == 2


def test_a_tally_by_ballot_becomes_an_entry(db, tmp_path):
    r = run("station", "tally", db, "--race", DISTRICT, "--ballot", "M01 M03", "--ballot", "", "--json", officer="c1")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["invalid"] == 1 and "no mark" in r.stderr
    r = run("station", "tally", db, "--race", DISTRICT, "--undo", "1", "--ballot", "M02", officer="c1")
    assert "2 ballots tallied, 0 invalid, 2 valid" in r.stdout
    r = run("station", "tally-enter", db, "--race", DISTRICT, "--unused", "98", "--entry", "1", officer="c1")
    assert r.returncode == 0 and "Entry 1" in r.stdout
    hand = sheet_file(tmp_path, "district.json", DISTRICT, votes={"M01": 1, "M02": 1, "M03": 1})
    r = run("station", "count", db, "--sheet", hand, "--entry", "2", "--json", officer="sec")
    assert json.loads(r.stdout)["status"] == "agreed"
    r = run("station", "tally", db, "--race", DISTRICT, "--ballot", "M01", officer="c1")
    assert r.returncode == 1


def test_the_chair_discards_and_reopens(db, tmp_path):
    good = sheet_file(tmp_path, "city.json", CITY)
    run("station", "count", db, "--sheet", good, "--entry", "1", officer="c1")
    assert run("station", "count-discard", db, "--race", CITY, "--entry", "1", officer="sec").returncode == 1
    assert run("station", "count-discard", db, "--race", CITY, "--entry", "1", officer="chair").returncode == 0
    run("station", "count", db, "--sheet", good, "--entry", "1", officer="c1")
    run("station", "count", db, "--sheet", good, "--entry", "2", officer="sec")
    assert run("station", "count-reopen", db, "--race", CITY, officer="chair").returncode == 0
    status = json.loads(run("station", "count-status", db, "--race", CITY, "--json").stdout)
    assert status[0]["status"] == "empty"


def test_the_counting_commands_do_not_import_qt_and_all_have_help():
    code = ("import sys; import polling_station.cli_counting; "
            "from polling_station.cli import station; "
            "names = ['count', 'count-status', 'explain', 'count-discard', 'count-reopen', 'tally', 'tally-enter', "
            "'counted']; "
            "assert all((station.commands[n].help or '').strip() for n in names); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip() == "False", r.stderr
