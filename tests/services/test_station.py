"""The station's use cases on a real SQLite file, as officers perform them."""
import datetime as dt
import sqlite3

import pytest

from polling_station.errors import Refused
from polling_station.storage import journal

from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS


def refused(code, fn, *args, **kw):
    with pytest.raises(Refused) as exc:
        fn(*args, **kw)
    assert code in [p.code for p in exc.value.problems], exc.value.problems
    return exc.value.problems


def test_a_new_station_is_in_setup_with_its_chair(station):
    s = station.status()
    assert s["state"] == "SETUP"
    assert [o["id"] for o in s["officers"]] == ["chair", "sec", "c1", "c2"]
    assert station.verify_journal() == []


def test_pins_are_stored_only_as_salted_slow_hashes(station):
    rows = station.db.execute("SELECT pin_hash FROM officers").fetchall()
    assert all(r[0].startswith("scrypt$") for r in rows)
    assert not any("1111" in r[0] for r in rows)
    assert len({r[0].split("$")[4] for r in rows}) == len(rows)  # distinct salts


def test_wrong_pins_lock_the_officer_out_with_a_growing_delay(station, clock):
    for remaining in (4, 3, 2, 1):
        problems = refused("auth.wrong_pin", station.login, "c1", "0000")
        assert problems[0].params["remaining"] == remaining
    refused("auth.locked", station.login, "c1", "0000")
    refused("auth.locked", station.login, "c1", "3333")  # even the right PIN waits
    clock.advance(seconds=31)
    refused("auth.locked", station.login, "c1", "0000")  # the 6th failure locks for 60 s
    clock.advance(seconds=45)
    refused("auth.locked", station.login, "c1", "3333")
    clock.advance(seconds=16)
    assert station.login("c1", "3333").role == "clerk"


def test_the_lockout_survives_a_restart(station, clock, tmp_path):
    for _ in range(5):
        with pytest.raises(Refused):
            station.login("c1", "0000")
    from polling_station.services.station import Station
    again = Station.open(station.path, clock=clock)
    refused("auth.locked", again.login, "c1", "3333")
    again.close_db()


def test_only_the_chair_adds_officers(station, clerk):
    refused("auth.role", station.add_officer, clerk, "c9", "X", "clerk", "5555")


def test_roll_import_and_idempotent_reimport(station, chair, roll_file):
    s1 = station.import_roll(chair, roll_file)
    assert (s1.accepted, s1.added, s1.changed, s1.rejected) == (5, 5, 0, 0)
    entries = station.status()["journal"]["entries"]
    s2 = station.import_roll(chair, roll_file)
    assert (s2.added, s2.changed, s2.unchanged) == (0, 0, 5)
    assert station.status()["journal"]["entries"] == entries  # nothing changed, nothing journaled


def test_a_changed_roll_updates_members(station, chair, roll_file, tmp_path):
    station.import_roll(chair, roll_file)
    changed = tmp_path / "roll2.csv"
    rows = list(ROLL_ROWS)
    rows[4] = rows[4].replace("suspended", "active")
    changed.write_text(ROLL_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    s = station.import_roll(chair, changed)
    assert (s.added, s.changed, s.unchanged) == (0, 1, 4)
    assert station.member("850808310738").status == "active"


def test_strict_import_leaves_the_database_unchanged(station, chair, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(ROLL_HEADER + ROLL_ROWS[0] + "\n123456789012,Х,Ы,,1987-10-08,F,almaty,101,2015-05-01,active\n",
                   encoding="utf-8")
    before = station.db.execute("SELECT count(*) FROM members").fetchone()[0]
    head = station.status()["journal"]
    refused("station.roll_rejected", station.import_roll, chair, bad, strict=True, rejects_path=tmp_path / "rej.csv")
    assert station.db.execute("SELECT count(*) FROM members").fetchone()[0] == before
    assert station.status()["journal"] == head
    assert (tmp_path / "rej.csv").exists()
    # without --strict the valid row is imported and the bad one reported
    s = station.import_roll(chair, bad, rejects_path=tmp_path / "rej.csv")
    assert (s.accepted, s.rejected) == (1, 1)
    assert "3" in (tmp_path / "rej.csv").read_text(encoding="utf-8-sig")  # the line number


def _fts_trigger(st):
    return st.db.execute("SELECT sql FROM sqlite_master WHERE name = 'members_fts_insert'").fetchone()


def test_the_first_import_builds_the_search_index_at_once_and_the_next_through_the_trigger(
        station, chair, roll_file, tmp_path):
    trigger = _fts_trigger(station)
    station.import_roll(chair, roll_file)
    assert _fts_trigger(station) == trigger  # the same trigger, restored in the same transaction
    station.db.execute("INSERT INTO members_fts (members_fts) VALUES ('integrity-check')")  # raises if out of step
    assert [h.member.iin for h in station.search(chair, "Құдайберг")] == ["760212350620"]
    second = tmp_path / "second.csv"
    second.write_text(roll_file.read_text(encoding="utf-8")
                      + "930517400141,Сейітқали,Айгерім,,1993-05-17,F,almaty,101,2016-01-01,active\n",
                      encoding="utf-8")
    assert station.import_roll(chair, second).added == 1
    station.db.execute("INSERT INTO members_fts (members_fts) VALUES ('integrity-check')")
    assert [h.member.iin for h in station.search(chair, "Seiitk")] == ["930517400141"]


def test_a_first_import_that_fails_leaves_no_roll_and_the_trigger_in_place(station, chair, roll_file, monkeypatch):
    trigger = _fts_trigger(station)
    from polling_station.storage import journal

    def broken(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(journal, "append", broken)
    with pytest.raises(OSError):
        station.import_roll(chair, roll_file)
    assert _fts_trigger(station) == trigger
    assert station.db.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert station.db.execute("SELECT count(*) FROM members_fts").fetchone()[0] == 0


def test_search_by_iin_prefix_and_names_in_any_script(open_station, clerk):
    st = open_station
    assert [h.member.iin for h in st.search(clerk, "871008401427")] == ["871008401427"]
    assert [h.member.iin for h in st.search(clerk, "8710")] == ["871008401427"]
    for query in ["Құдайбергенов", "ҚҰДАЙБЕРГЕНОВ", "kudaibergenov", "Qudaibergenov", "Qūdaibergenov",
                  "әлібек құдай", "alibek kud"]:
        assert [h.member.iin for h in st.search(clerk, query)] == ["760212350620"], query
    hits = st.search(clerk, "иванов")
    assert hits[0].decision.refusal.code == "eligibility.other_precinct"


def test_search_keeps_finding_while_a_latin_name_is_typed_letter_by_letter(open_station, clerk):
    st = open_station
    for typed in ("Z", "Zh", "Zhu", "Zhumabekov", "Jumabekov"):  # Жұмабеков
        assert "850808310738" in [h.member.iin for h in st.search(clerk, typed)], typed
    for typed in ("S", "Sh", "Sha", "Shari", "Şäri", "Sharipov Be"):  # Шәріпов Бекзат
        assert "791028302728" in [h.member.iin for h in st.search(clerk, typed)], typed
    # Асқарұлы read in 2021 Latin is Asqarūly; "As" + h would be с+х, which is not this name
    assert [h.member.iin for h in st.search(clerk, "Ashat")] == []


def test_search_results_tell_eligibility(open_station, clerk):
    st = open_station
    hit = st.search(clerk, "Шәріпов")[0]
    assert hit.decision.refusal.code == "eligibility.joined_after_cutoff"
    hit = st.search(clerk, "zhumabekov")[0]
    assert hit.decision.refusal.code == "eligibility.suspended"


def test_a_clerk_checks_in_a_member_and_the_receipt_is_durable(open_station, clerk):
    st = open_station
    r = st.check_in(clerk, "871008401427")
    assert r.receipt == "101-00001"
    # a second connection (another process) sees it at once: the commit is done
    other = sqlite3.connect(st.path)
    assert other.execute("SELECT receipt FROM checkins WHERE iin = '871008401427'").fetchone() == ("101-00001",)
    entry = list(journal.entries(st.db, "checkin"))[-1]
    assert entry.payload["iin"] == "871008401427" and entry.seq == r.journal_seq


def test_scanning_the_same_iin_twice_never_checks_in_twice(open_station, clerk, station):
    open_station.check_in(clerk, "871008401427")
    other_desk = station.login("c2", "4444", desk="2")
    problems = refused("eligibility.already_checked_in", open_station.check_in, other_desk, "871008401427")
    assert problems[0].params["desk"] == "1"
    assert open_station.issued() == 1


def test_the_chair_and_secretary_may_not_issue_ballots(open_station, chair, station):
    refused("eligibility.officer_may_not_issue", open_station.check_in, chair, "871008401427")
    sec = station.login("sec", "2222")
    refused("eligibility.officer_may_not_issue", open_station.check_in, sec, "871008401427")


def test_no_check_in_before_open_or_after_close(station, chair, clerk, roll_file):
    station.import_roll(chair, roll_file)
    refused("eligibility.station_not_open", station.check_in, clerk, "871008401427")
    problems = refused("station.open_needs_ballots", station.open_station, chair)
    assert "checklist.not_done" in [p.code for p in problems]
    for race in station.races:
        station.set_ballots_received(chair, race.id, 50)
    station.run_checklist(chair, "opening", all_yes=True)
    station.open_station(chair)
    refused("checklist.not_done", station.close_station, chair)
    station.run_checklist(chair, "closing", all_yes=True)
    station.close_station(chair)
    refused("eligibility.station_not_open", station.check_in, clerk, "871008401427")


def test_void_by_the_chair_only_then_check_in_again(open_station, chair, clerk):
    st = open_station
    st.check_in(clerk, "871008401427")
    refused("auth.role", st.void_check_in, clerk, "871008401427", "wrong person")
    refused("station.void_reason", st.void_check_in, chair, "871008401427", "  ")
    st.void_check_in(chair, "871008401427", "Қате адам / ошибочная отметка")
    assert st.issued() == 0
    r = st.check_in(clerk, "871008401427")
    assert r.receipt == "101-00002"
    assert st.status()["checkins"] == {"live": 1, "voided": 1, "backfilled": 0, "also_voted_online": 0,
                                       "turnout_percent": 50.0}


def test_spoiled_ballots_count_per_race(open_station, clerk):
    st = open_station
    st.spoil(clerk, "almaty-city", 2)
    st.spoil(clerk, "medeu-district")
    assert st.spoiled() == {"almaty-city": 2, "medeu-district": 1}
    refused("station.unknown_race", st.spoil, clerk, "akmola-oblast")
    refused("station.spoil_exceeds", st.spoil, clerk, "almaty-city", 500)


def test_online_voter_warned_and_allowed_under_paper_prevails(open_station, chair, clerk, tmp_path):
    st = open_station
    f = tmp_path / "online.csv"
    f.write_text("iin,voted_at\n871008401427,2020-10-02T10:00:00+06:00\n", encoding="utf-8")
    s = st.import_online(chair, f)
    assert s.added == 1
    r = st.check_in(clerk, "871008401427")
    assert [w.code for w in r.warnings] == ["eligibility.voted_online_warning"]
    assert st.status()["checkins"]["also_voted_online"] == 1


def test_backfill_from_the_paper_list_keeps_original_times(open_station, clerk, clock):
    st = open_station
    clock.advance(hours=3)  # opened at 08:00; the list is entered at 11:00
    items = st.parse_paper_list(["871008401427 09:40", "", "# comment", "760212350620 2020-10-03T10:05:00+06:00"])
    for _, iin, when in items:
        st.check_in(clerk, iin, at=when, backfilled=True)
    rows = {c["iin"]: c for c in st.checkins()}
    assert rows["871008401427"]["at"] == "2020-10-03T09:40:00+06:00"
    assert rows["871008401427"]["backfilled"] == 1
    assert st.status()["checkins"]["backfilled"] == 2


def test_a_bad_paper_list_line_names_the_line(open_station):
    refused("station.bad_time", open_station.parse_paper_list, ["871008401427 9h40"])


def test_every_change_is_journaled_and_the_chain_verifies(open_station, chair, clerk):
    st = open_station
    st.check_in(clerk, "871008401427")
    st.void_check_in(chair, "871008401427", "x")
    actions = [e.action for e in journal.entries(st.db)]
    assert actions[0] == "station.created"
    assert {"officer.added", "roll.imported", "ballots.received", "station.opened", "checkin",
            "checkin.voided"} <= set(actions)
    assert st.verify_journal() == []


def test_every_change_of_state_leaves_a_checked_copy_on_the_stick_once_committed(station, chair, roll_file,
                                                                                  tmp_path):
    from polling_station.storage import backup
    usb = tmp_path / "usb"
    usb.mkdir()
    station.set_backup_folder(chair, usb)
    copy = station.backup_path(usb)

    def state_of_copy():
        conn = sqlite3.connect(copy)
        try:
            return conn.execute("SELECT value FROM meta WHERE key = 'state'").fetchone()[0]
        finally:
            conn.close()

    station.import_roll(chair, roll_file)
    with pytest.raises(Refused):
        station.open_station(chair)  # no ballots yet: rolled back, and no copy of a state that never was
    assert state_of_copy() == "SETUP"
    for race in station.races:
        station.set_ballots_received(chair, race.id, 100)
    station.run_checklist(chair, "opening", all_yes=True)
    station.open_station(chair)
    assert state_of_copy() == "OPEN" and backup.check_copy(copy) == []
    station.run_checklist(chair, "closing", all_yes=True)
    station.close_station(chair)
    assert state_of_copy() == "CLOSED"


def test_reopening_a_count_is_backed_up_too(tmp_path):
    from tests.reports.protocol_fixtures import CITY, drive_to_counted
    st = drive_to_counted(tmp_path / "station.db")
    try:
        chair = st.login("chair", "1111")
        usb = tmp_path / "usb"
        usb.mkdir()
        st.set_backup_folder(chair, usb)
        st.reopen_count(chair, CITY)
        conn = sqlite3.connect(st.backup_path(usb))
        try:
            assert conn.execute("SELECT value FROM meta WHERE key = 'state'").fetchone()[0] == "CLOSED"
        finally:
            conn.close()
    finally:
        st.close_db()
