"""Tamper evidence: a station file changed outside the application is caught, and the change named.

A full voting day is played once through the services (set-up, check-ins, voids, observers,
incidents, checklists, the count); each test copies that file, edits it with plain sqlite3 as
a person with file access would, and reads ``tamper_report``.
"""
import csv
import datetime as dt
import shutil
import sqlite3

import pytest

from polling_station.services import integrity
from polling_station.storage import journal
from tests.conftest import Clock
from tests.e2e.crash_station import members as generated_members, station_class
from tests.reports.protocol_fixtures import KEY_PASSWORD, drive_to_counted, pki  # noqa: F401 (a fixture)
from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS

FullStation = station_class()

EXTRA = generated_members(7, seed=8)[:6]
STRANGER = generated_members(7, seed=8)[6]["iin"]  # a valid IIN that is not on the roll
VOTERS = ["871008401427", "760212350620"] + [m["iin"] for m in EXTRA[:4]]


def _sheet(race, unused, found, invalid, votes):
    return {"race": race, "unused": unused, "found_in_box": found, "invalid": invalid, "votes": votes}


def play_voting_day(folder, election_data) -> str:
    """A station taken from set-up to COUNTED by the services; returns the database path."""
    clock = Clock()
    tick = lambda: clock.advance(minutes=7)  # noqa: E731 (distinct times show swapped fields)
    roll = folder / "roll.csv"
    with open(roll, "w", encoding="utf-8", newline="") as f:
        f.write(ROLL_HEADER + "\n".join(ROLL_ROWS) + "\n")
        w = csv.writer(f)
        for m in EXTRA:
            w.writerow([m[k] for k in ("iin", "surname", "given_name", "patronymic", "birth_date", "sex", "region",
                                       "precinct", "joined_on", "status")])
    online = folder / "online.csv"
    online.write_text(f"iin,voted_at\n{EXTRA[5]['iin']},2020-10-02T10:00:00+06:00\n", encoding="utf-8")
    usb = folder / "usb"
    usb.mkdir()
    st = FullStation.create(folder / "station.db", election_data, "101", chair_name="Асқаров Болат",
                                chair_id="chair", chair_pin="1111", clock=clock)
    chair = st.login("chair", "1111")
    st.add_officer(chair, "sec", "Серікова Айжан", "secretary", "2222")
    st.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", "3333")
    st.add_officer(chair, "c2", "Ли Анна", "clerk", "4444")
    sec, c1 = st.login("sec", "2222"), st.login("c1", "3333")
    c2 = st.login("c2", "4444", desk="2")
    st.set_backup_folder(chair, usb)
    st.import_roll(chair, roll)
    st.import_online(sec, online)
    for race in st.races:
        st.set_ballots_received(chair, race.id, 50)
    template = st.checklist_template("opening")
    answers = {i.id: "yes" for i in template.items}
    answers[template.mandatory_ids[0]] = {"answer": "no", "note": "Антисептик әлі жеткізілмеді"}
    st.run_checklist(chair, "opening", answers)
    st.record_opening_exception(chair, "Антисептик 09:00-де жеткізіледі / доставят к 9:00")
    tick()
    st.open_station(chair)
    for i, iin in enumerate(VOTERS):
        tick()
        st.check_in(c1 if i % 2 else c2, iin)
    tick()
    st.void_check_in(chair, VOTERS[1], "Қате адам / не тот человек")
    st.check_in(c1, VOTERS[1])
    # from the paper list: a time within the hours the station has been open (08:07 until now, 08:56)
    st.check_in(c2, EXTRA[4]["iin"], at=dt.datetime(2020, 10, 3, 8, 40, tzinfo=clock.now.tzinfo), backfilled=True)
    st.spoil(c1, "almaty-city", 1)
    tick()
    st.run_checklist(sec, "periodic", all_yes=True)
    observer = st.add_observer(chair, "Серіков Ержан", "Кандидат A02")
    st.add_observer(sec, "Petrova Olga", "Candidate M03")
    tick()
    remark = st.add_remark(sec, observer, "Жәшік көрінбейді / ящик не виден")
    st.add_remark(chair, observer, "Кезек ұзын", response="Екінші үстел ашылды")
    tick()
    st.respond_to_remark(chair, remark, "Жәшік жылжытылды / ящик передвинут")
    st.observer_left(chair, observer)
    st.add_incident(c1, "Жарық 5 минутқа сөнді", kind="power", action_taken="UPS")
    tick()
    st.run_checklist(chair, "closing", all_yes=True)
    st.close_station(chair)
    issued = st.issued()
    # almaty-city: a differing second entry, discarded, typed again; a warning explained
    a_votes = {c.id: 0 for c in st.candidates("almaty-city")}
    a_votes.update(A01=3, A02=2, A03=1)
    good = _sheet("almaty-city", 50 - issued - 1, issued - 1, 0, a_votes)
    tick()
    st.enter_count(c1, "almaty-city", good, 1)
    tick()
    st.enter_count(sec, "almaty-city", {**good, "invalid": 1}, 2)
    st.discard_entry(chair, "almaty-city", 2)
    tick()
    st.enter_count(chair, "almaty-city", good, 2)
    st.explain_relation(chair, "almaty-city", "CR08", "Бір сайлаушы бюллетеньді алып кетті")
    st.explain_relation(sec, "almaty-city", "CR10", "Қарт сайлаушы бюллетеньді бүлдірді")
    # medeu-district: a tally by ballot, an undo, agreement, a reopen and a second agreement
    for marks in (["M01"], ["M01", "M02"], ["M03"], [], ["M02"], ["M04"], ["M06"]):
        st.tally_add(c1, "medeu-district", marks)
    st.tally_undo(c1, "medeu-district")
    tick()
    view = st.tally_to_entry(c1, "medeu-district", 50 - issued, 1)
    from polling_station.domain.accounting import count_sheet_to_json
    st.enter_count(sec, "medeu-district", count_sheet_to_json(view.own_sheet), 2)
    st.reopen_count(chair, "medeu-district")
    m_votes = {c.id: 0 for c in st.candidates("medeu-district")}
    m_votes.update(M01=3, M02=3, M03=1)
    m = _sheet("medeu-district", 50 - issued, issued, 0, m_votes)
    tick()
    st.enter_count(c1, "medeu-district", m, 1)
    st.enter_count(sec, "medeu-district", m, 2)
    st.mark_counted(chair)
    st.close_db()
    return str(folder / "station.db")


def _enriched(original):
    """journal.append as the services will call it once they record the digests integrity asks for."""

    def append(db, *, at, officer, action, payload):
        payload = dict(payload)
        if action == "officer.added":
            pin_hash = db.execute("SELECT pin_hash FROM officers WHERE id = ?", (payload["id"],)).fetchone()[0]
            payload["pin_hash_sha256"] = integrity.pin_hash_digest(pin_hash)
        elif action == "station.created":
            pin_hash = db.execute("SELECT pin_hash FROM officers WHERE id = ?", (payload["chair"]["id"],)).fetchone()[0]
            payload["chair"] = {**payload["chair"], "pin_hash_sha256": integrity.pin_hash_digest(pin_hash)}
        elif action == "roll.imported":
            payload["roll"] = integrity.roll_digests(db)
        elif action == "online.imported":
            payload["voters"] = integrity.online_voters_digest(db)
        return original(db, at=at, officer=officer, action=action, payload=payload)

    return append


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    import json
    from polling_station.paths import DEMO
    election = json.loads((DEMO / "election.json").read_text(encoding="utf-8"))
    plain = play_voting_day(tmp_path_factory.mktemp("plain"), election)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(journal, "append", _enriched(journal.append))
        enriched = play_voting_day(tmp_path_factory.mktemp("enriched"), election)
    return {"plain": plain, "enriched": enriched}


def _copy(played, tmp_path, kind="plain"):
    target = tmp_path / "station.db"
    shutil.copy(played[kind], target)
    return target


def tamper(path, *statements):
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def report(path):
    st = FullStation.open(path)
    try:
        return integrity.tamper_report(st)
    finally:
        st.close_db()


def named(problems):
    return {(p.code, p.params.get("table"), p.params.get("key"), p.params.get("field")) for p in problems}


# ----- an untouched station -----------------------------------------------------------------

@pytest.mark.parametrize("kind", ["plain", "enriched"])
def test_a_station_only_the_application_wrote_reports_nothing(played, tmp_path, kind):
    path = _copy(played, tmp_path, kind)
    assert report(path) == []


def test_the_voting_day_touched_every_folded_table(played, tmp_path):
    conn = sqlite3.connect(_copy(played, tmp_path))
    empty = [t for t in integrity.FOLDED_TABLES if t != "protocols"
             and conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0]
    conn.close()
    assert empty == []


def test_every_table_has_a_fold_rule_or_a_reason_not_to(played, tmp_path):
    conn = sqlite3.connect(_copy(played, tmp_path))
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%'")]
    conn.close()
    exempt = tuple(integrity.EXEMPT_TABLES)
    unchecked = [t for t in tables if t not in integrity.FOLDED_TABLES
                 and not any(t == e or t.startswith(e + "_") for e in exempt)]
    assert unchecked == [], "add a fold rule to services/integrity.py (or a reason to EXEMPT_TABLES)"


def test_every_journal_action_the_services_write_can_be_replayed(played, tmp_path):
    conn = sqlite3.connect(_copy(played, tmp_path))
    actions = {r[0] for r in conn.execute("SELECT DISTINCT action FROM journal")}
    conn.close()
    assert actions - set(integrity.FOLD) == set()


# ----- rows edited, deleted and inserted: each named ----------------------------------------

CASES = {
    # table: (edit, delete, insert), each (sql, expected (code, table, key, field))
    "checkins": (
        ("UPDATE checkins SET officer = 'chair' WHERE id = 1", ("tamper.row_changed", "checkins", "1 (receipt 101-00001)", "officer")),
        ("DELETE FROM checkins WHERE id = 3", ("tamper.row_missing", "checkins", "3 (receipt 101-00003)", None)),
        ("INSERT INTO checkins (id, iin, at, officer, desk, receipt, journal_seq) VALUES "
         "(99, '791028302728', '2020-10-03T12:00:00+06:00', 'c1', '1', '101-00099', 1)",
         ("tamper.row_added", "checkins", "99 (receipt ?)", None)),
    ),
    "officers": (
        ("UPDATE officers SET role = 'chair' WHERE id = 'c1'", ("tamper.row_changed", "officers", "c1", "role")),
        ("DELETE FROM officers WHERE id = 'c2'", ("tamper.row_missing", "officers", "c2", None)),
        ("INSERT INTO officers (id, name, role, pin_hash, created_at) SELECT 'x9', 'X', 'clerk', pin_hash, "
         "created_at FROM officers WHERE id = 'c1'", ("tamper.row_added", "officers", "x9", None)),
    ),
    "ballots_received": (
        ("UPDATE ballots_received SET count = 60 WHERE race = 'almaty-city'",
         ("tamper.row_changed", "ballots_received", "almaty-city", "count")),
        ("DELETE FROM ballots_received WHERE race = 'medeu-district'",
         ("tamper.row_missing", "ballots_received", "medeu-district", None)),
        ("INSERT INTO ballots_received (race, count) VALUES ('akmola-oblast', 5)",
         ("tamper.row_added", "ballots_received", "akmola-oblast", None)),
    ),
    "spoiled": (
        ("UPDATE spoiled SET count = 3", ("tamper.row_changed", "spoiled", "1", "count")),
        ("DELETE FROM spoiled", ("tamper.row_missing", "spoiled", "1", None)),
        ("INSERT INTO spoiled (id, race, count, at, officer) VALUES (7, 'medeu-district', 1, 'x', 'c1')",
         ("tamper.row_added", "spoiled", "7", None)),
    ),
    "checklist_runs": (
        ("UPDATE checklist_runs SET passed = 1 WHERE name = 'opening'", ("tamper.row_changed", "checklist_runs", "1", "passed")),
        ("DELETE FROM checklist_runs WHERE name = 'periodic'", ("tamper.row_missing", "checklist_runs", "2", None)),
        ("INSERT INTO checklist_runs (name, version, at, officer, answers, passed, failed_mandatory) "
         "SELECT name, version, at, officer, answers, passed, failed_mandatory FROM checklist_runs WHERE id = 2",
         ("tamper.row_added", "checklist_runs", "4", None)),
    ),
    "checklist_exceptions": (
        ("UPDATE checklist_exceptions SET reason = 'x'", ("tamper.row_changed", "checklist_exceptions", "1", "reason")),
        ("DELETE FROM checklist_exceptions", ("tamper.row_missing", "checklist_exceptions", "1", None)),
        ("INSERT INTO checklist_exceptions (name, at, officer, reason, failed_mandatory) "
         "VALUES ('opening', 'x', 'chair', 'y', '[]')", ("tamper.row_added", "checklist_exceptions", "2", None)),
    ),
    "observers": (
        ("UPDATE observers SET left_at = NULL WHERE id = 1", ("tamper.row_changed", "observers", "1", "left_at")),
        ("DELETE FROM observers WHERE id = 2", ("tamper.row_missing", "observers", "2", None)),
        ("INSERT INTO observers (name, represents, arrived_at) VALUES ('X', 'Y', 'Z')",
         ("tamper.row_added", "observers", "3", None)),
    ),
    "observer_remarks": (
        ("UPDATE observer_remarks SET response = NULL WHERE id = 1",
         ("tamper.row_changed", "observer_remarks", "1", "response")),
        ("DELETE FROM observer_remarks WHERE id = 2", ("tamper.row_missing", "observer_remarks", "2", None)),
        ("INSERT INTO observer_remarks (observer_id, at, text) VALUES (2, 'x', 'y')",
         ("tamper.row_added", "observer_remarks", "3", None)),
    ),
    "incidents": (
        ("UPDATE incidents SET description = 'nothing happened'",
         ("tamper.row_changed", "incidents", "1", "description")),
        ("DELETE FROM incidents", ("tamper.row_missing", "incidents", "1", None)),
        ("INSERT INTO incidents (at, kind, description, officer) VALUES ('x', 'general', 'y', 'c1')",
         ("tamper.row_added", "incidents", "2", None)),
    ),
    "meta": (
        ("UPDATE meta SET value = 'OPEN' WHERE key = 'state'", ("tamper.row_changed", "meta", "state", "value")),
        ("DELETE FROM meta WHERE key = 'closed_at'", ("tamper.row_missing", "meta", "closed_at", None)),
        ("INSERT INTO meta (key, value) VALUES ('finalized_at', 'x')", ("tamper.row_added", "meta", "finalized_at", None)),
    ),
    "count_agreed": (
        ("UPDATE count_agreed SET sheet = replace(sheet, '\"A01\": 3', '\"A01\": 4') WHERE race = 'almaty-city'",
         ("tamper.row_changed", "count_agreed", "almaty-city", "sheet")),
        ("DELETE FROM count_agreed WHERE race = 'medeu-district'",
         ("tamper.row_missing", "count_agreed", "medeu-district", None)),
        ("INSERT INTO count_agreed (race, sheet, at) VALUES ('akmola-oblast', '{}', 'x')",
         ("tamper.row_added", "count_agreed", "akmola-oblast", None)),
    ),
    "count_entries": (
        ("UPDATE count_entries SET officer = 'sec' WHERE race = 'almaty-city' AND entry = 2",
         ("tamper.row_changed", "count_entries", "almaty-city / 2", "officer")),
        ("DELETE FROM count_entries WHERE race = 'medeu-district' AND entry = 1",
         ("tamper.row_missing", "count_entries", "medeu-district / 1", None)),
        ("INSERT INTO count_entries (race, entry, officer, role, sheet, at) VALUES ('akmola-oblast', 1, 'c1', "
         "'clerk', '{}', 'x')", ("tamper.row_added", "count_entries", "akmola-oblast / 1", None)),
    ),
    "relation_explanations": (
        ("UPDATE relation_explanations SET text = 'x'",
         ("tamper.row_changed", "relation_explanations", "almaty-city / CR08", "text")),
        ("DELETE FROM relation_explanations",
         ("tamper.row_missing", "relation_explanations", "almaty-city / CR08", None)),
        ("INSERT INTO relation_explanations (race, relation, text, officer, at) VALUES "
         "('almaty-city', 'CR09', 'x', 'chair', 'y')",
         ("tamper.row_added", "relation_explanations", "almaty-city / CR09", None)),
    ),
}


@pytest.mark.parametrize("table, how", [(t, h) for t in CASES for h in ("edited", "deleted", "inserted")])
def test_a_row_changed_outside_the_application_is_named(played, tmp_path, table, how):
    sql, expected = CASES[table][("edited", "deleted", "inserted").index(how)]
    path = _copy(played, tmp_path)
    tamper(path, sql)
    assert expected in named(report(path))


def test_a_tally_ballot_slipped_in_is_named(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "INSERT INTO tally_ballots (race, seq, marks, kind, officer, at) "
                 "VALUES ('medeu-district', 99, '[\"M01\"]', 'valid', 'c1', 'x')")
    assert ("tamper.row_added", "tally_ballots", "medeu-district / 99", None) in named(report(path))


def test_a_protocol_row_without_a_journal_entry_is_named(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "INSERT INTO protocols (version, created_at, officer, protocol_json, protocol_sha256, signed_pdf, "
                 "signer_cert_pem) VALUES (1, 'x', 'chair', '{}', 'x', x'00', 'x')")
    assert ("tamper.row_added", "protocols", "1", None) in named(report(path))


@pytest.mark.parametrize("sql", [
    "UPDATE members SET status = 'active' WHERE iin = '850808310738'",
    "DELETE FROM members WHERE iin = '791028302728'",
    "INSERT INTO members (iin, surname, given_name, precinct, joined_on, status, name_key) "
    f"VALUES ('{STRANGER}', 'X', 'Y', '101', '2015-01-01', 'active', 'x y')",
])
def test_a_roll_changed_outside_the_application_is_named(played, tmp_path, sql):
    path = _copy(played, tmp_path)
    tamper(path, sql)
    codes = [p.code for p in report(path)]
    assert "tamper.roll_changed" in codes


@pytest.mark.parametrize("sql, prefix", [
    ("UPDATE members SET status = 'active' WHERE iin = '850808310738'", "8508"),
    ("DELETE FROM members WHERE iin = '791028302728'", "7910"),
    ("UPDATE members SET name_key = 'someone else' WHERE iin = '871008401427'", "8710"),
])
def test_with_roll_digests_in_the_journal_the_changed_iin_prefix_is_named(played, tmp_path, sql, prefix):
    path = _copy(played, tmp_path, "enriched")
    tamper(path, sql)
    buckets = [p.params["prefix"] for p in report(path) if p.code == "tamper.roll_bucket"]
    assert buckets == [prefix]


def test_online_voters_added_or_removed_are_named(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "INSERT INTO online_voters (iin, voted_at) VALUES ('871008401427', '2020-10-02T09:00:00+06:00')")
    assert [(p.code, p.params["table"]) for p in report(path)] == [("tamper.table_changed", "online_voters")]
    path = _copy(played, tmp_path)
    tamper(path, "DELETE FROM online_voters")
    assert [(p.code, p.params["table"]) for p in report(path)] == [("tamper.table_changed", "online_voters")]


def test_with_a_voters_digest_in_the_journal_an_edited_vote_time_is_named(played, tmp_path):
    path = _copy(played, tmp_path, "enriched")
    tamper(path, "UPDATE online_voters SET voted_at = '2020-10-03T23:00:00+06:00'")
    assert [p.code for p in report(path)] == ["tamper.table_changed"]


def test_with_pin_digests_in_the_journal_a_replaced_pin_hash_is_named(played, tmp_path):
    path = _copy(played, tmp_path, "enriched")
    tamper(path, "UPDATE officers SET pin_hash = (SELECT pin_hash FROM officers WHERE id = 'c2') WHERE id = 'chair'")
    assert ("tamper.row_changed", "officers", "chair", "pin_hash") in named(report(path))


def test_a_pin_hash_replaced_to_take_over_an_officer_is_named(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "UPDATE officers SET pin_hash = (SELECT pin_hash FROM officers WHERE id = 'c2') WHERE id = 'chair'")
    assert ("tamper.row_changed", "officers", "chair", "pin_hash") in named(report(path))


def test_the_service_records_where_in_the_roll_a_change_is(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "UPDATE members SET status = 'active' WHERE iin = '850808310738'")
    assert [p.params["prefix"] for p in report(path) if p.code == "tamper.roll_bucket"] == ["8508"]


def test_the_service_records_the_online_snapshot_digest(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "UPDATE online_voters SET voted_at = '2020-10-03T23:00:00+06:00'")
    assert [p.code for p in report(path)] == ["tamper.table_changed"]


def test_an_edited_election_definition_is_named(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "UPDATE meta SET value = replace(value, '\"max_choices\": 3', '\"max_choices\": 4') "
                 "WHERE key = 'election'")
    assert [p.code for p in report(path)] == ["tamper.election_changed"]


# ----- the journal and the schema -----------------------------------------------------------

def test_an_edited_journal_entry_is_named(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "DROP TRIGGER journal_no_update",
           "UPDATE journal SET payload = replace(payload, '\"count\":50', '\"count\":60') "
           "WHERE action = 'ballots.received'")
    codes = [p.code for p in report(path)]
    assert "journal.hash" in codes
    assert "tamper.schema_missing" in codes  # the dropped trigger
    assert "tamper.row_changed" in codes     # the replay no longer matches ballots_received


def test_a_trigger_planted_to_rewrite_future_check_ins_is_named(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "CREATE TRIGGER steal AFTER INSERT ON checkins BEGIN "
                 "UPDATE checkins SET officer = 'c2' WHERE id = new.id; END")
    assert ("tamper.schema_added", "steal") in {(p.code, p.params.get("name")) for p in report(path)}


def test_a_check_in_row_and_its_journal_entry_rewritten_together_break_the_chain(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "DROP TRIGGER journal_no_update",
           "UPDATE journal SET officer = 'c2' WHERE seq = (SELECT journal_seq FROM checkins WHERE id = 2)",
           "UPDATE checkins SET officer = 'c2' WHERE id = 2",
           "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN "
           "SELECT RAISE(ABORT, 'the journal is append-only'); END")
    codes = [p.code for p in report(path)]
    assert codes == ["journal.hash"]


def test_an_unknown_journal_action_is_reported_not_guessed(played, tmp_path):
    path = _copy(played, tmp_path)
    st = FullStation.open(path)
    try:
        with st.db.atomic():
            journal.append(st.db, at="x", officer="chair", action="station.teleported", payload={})
        problems = integrity.tamper_report(st)
    finally:
        st.close_db()
    assert [(p.code, p.params["action"]) for p in problems] == [("integrity.unknown_action", "station.teleported")]


def test_every_tamper_problem_has_a_message():
    from polling_station import i18n
    codes = {c for c in integrity.MESSAGES}
    assert codes <= set(i18n.templates())
    for code, template in integrity.MESSAGES.items():
        assert template.strip()


def test_the_report_is_read_only(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "UPDATE spoiled SET count = 3")
    before = path.read_bytes()
    report(path)
    assert path.read_bytes() == before


def test_after_entry_1_is_discarded_the_remaining_entry_keeps_its_own_time(tmp_path, election_data):
    clock = Clock()
    st = FullStation.create(tmp_path / "s.db", election_data, "101", chair_name="X", chair_id="chair",
                                chair_pin="1111", clock=clock)
    chair = st.login("chair", "1111")
    st.add_officer(chair, "sec", "Y", "secretary", "2222")
    st.add_officer(chair, "c1", "Z", "clerk", "3333")
    for race in st.races:
        st.set_ballots_received(chair, race.id, 10)
    st.run_checklist(chair, "opening", all_yes=True)
    st.open_station(chair)
    st.run_checklist(chair, "closing", all_yes=True)
    st.close_station(chair)
    votes = {c.id: 0 for c in st.candidates("almaty-city")}
    sheet = _sheet("almaty-city", 10, 0, 0, votes)
    st.enter_count(st.login("c1", "3333"), "almaty-city", sheet, 1)
    clock.advance(minutes=30)
    st.enter_count(st.login("sec", "2222"), "almaty-city", {**sheet, "unused": 9}, 2)
    typed_by_sec = journal.entries(st.db, "count.entered")
    sec_at = [e.at for e in typed_by_sec if e.officer == "sec"][0]
    clock.advance(minutes=30)
    st.discard_entry(chair, "almaty-city", 1)
    try:
        assert st.db.execute("SELECT officer, at FROM count_entries").fetchall() == [("sec", sec_at)]
        assert integrity.tamper_report(st) == []
    finally:
        st.close_db()


# ----- the finalized protocol ---------------------------------------------------------------


@pytest.fixture(scope="module")
def finalized(tmp_path_factory, pki):  # noqa: F811 (the fixture imported above)
    folder = tmp_path_factory.mktemp("finalized")
    st = drive_to_counted(folder / "station.db")
    chair = st.login("chair", "1111")
    st.finalize(chair, pki.chair_p12, KEY_PASSWORD, folder / "protocol-101.zip")
    st.reopen_for_correction(chair, "Қайта санау / пересчёт")
    st.finalize(chair, pki.chair_p12, KEY_PASSWORD, folder / "protocol-101-v2.zip")
    st.export_package(chair, pki.chair_p12, KEY_PASSWORD, folder / "copy.zip", version=1)
    st.close_db()
    return folder / "station.db"


def test_a_finalized_and_corrected_station_reports_nothing(finalized, tmp_path):
    path = tmp_path / "station.db"
    shutil.copy(finalized, path)
    assert report(path) == []


@pytest.mark.parametrize("sql, field", [
    ("UPDATE protocols SET reason = 'no reason' WHERE version = 2", "reason"),
    ("UPDATE protocols SET signed_pdf = signed_pdf || x'0a' WHERE version = 1", "signed_pdf"),
    ("UPDATE protocols SET protocol_json = replace(protocol_json, '\"votes\":2', '\"votes\":3') WHERE version = 1",
     "protocol_json"),
    ("UPDATE protocols SET signer_cert_pem = 'x' WHERE version = 1", "signer_cert_pem"),
    ("UPDATE protocols SET package_sha256 = NULL WHERE version = 1", "package_sha256"),
])
def test_an_altered_protocol_version_is_named(finalized, tmp_path, sql, field):
    path = tmp_path / "station.db"
    shutil.copy(finalized, path)
    tamper(path, sql)
    problems = report(path)
    assert {(p.params.get("table"), p.params.get("field")) for p in problems} == {("protocols", field)}


def test_a_deleted_protocol_version_is_named(finalized, tmp_path):
    path = tmp_path / "station.db"
    shutil.copy(finalized, path)
    tamper(path, "DELETE FROM protocols WHERE version = 1")
    assert ("tamper.row_missing", "protocols", "1", None) in named(report(path))


def test_bytes_that_are_not_utf8_are_named_not_a_crash(played, tmp_path):
    path = _copy(played, tmp_path)
    tamper(path, "UPDATE incidents SET description = CAST(x'ff00fe' AS TEXT)")
    assert ("tamper.row_changed", "incidents", "1", "description") in named(report(path))


def test_a_station_in_a_folder_with_uri_characters(played, tmp_path):
    folder = tmp_path / "USB #1 ?100%"
    folder.mkdir()
    path = folder / "station.db"
    shutil.copy(played["plain"], path)
    assert report(path) == []


def test_a_station_restored_from_its_backup_reports_nothing(played, tmp_path):
    path = _copy(played, tmp_path)
    st = FullStation.open(path)
    usb = tmp_path / "usb"
    usb.mkdir()
    saved = st.backup_now(usb, st.login("chair", "1111"))
    st.close_db()
    with open(path, "r+b") as f:  # the laptop's file is damaged
        f.seek(8192)
        f.write(b"\xff" * 4096)
    FullStation.restore(path, saved, "chair", "1111")
    assert report(path) == []


def test_the_health_check_of_a_station_on_a_stick_named_with_a_hash_sign(played, tmp_path):
    folder = tmp_path / "USB #1"
    folder.mkdir()
    path = folder / "station.db"
    shutil.copy(played["plain"], path)
    st = FullStation.open(path)
    try:
        assert st.health_check() == []
    finally:
        st.close_db()


def test_station_check_names_a_row_inserted_outside_the_application(played, tmp_path):
    import os
    import subprocess
    import sys
    path = _copy(played, tmp_path)
    tamper(path, "INSERT INTO incidents (at, kind, description, officer) VALUES ('x', 'general', 'y', 'c1')")
    result = subprocess.run([sys.executable, "-m", "polling_station", "station", "check", str(path)],
                            capture_output=True, text=True, env=dict(os.environ, PS_LANG="en"), timeout=120,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 1 and "inserted outside the application" in result.stderr
