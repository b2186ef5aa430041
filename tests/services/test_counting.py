"""Counting through the station service: double entry by two officers, control relations, the
tally by ballot, and the step from CLOSED to COUNTED."""
import json

import pytest

from polling_station.domain.double_entry import EntryState
from polling_station.errors import Refused
from polling_station.services import roles
from polling_station.services.counting import CountingMixin
from polling_station.services.station import Station
from polling_station.storage import journal

CountingStation = Station  # Station includes the counting mixin
CITY, DISTRICT = "almaty-city", "medeu-district"
VOTERS = ("871008401427", "760212350620")


def codes(exc):
    return [p.code for p in exc.value.problems]


@pytest.fixture
def station(station):
    # Station gains CountingMixin when the lead wires it in; until then the tests add it here.
    if not isinstance(station, CountingMixin):
        station.__class__ = CountingStation
    return station


@pytest.fixture
def secretary(station):
    return station.login("sec", "2222")


@pytest.fixture
def clerk2(station):
    return station.login("c2", "4444")


@pytest.fixture
def closed(open_station, chair, clerk):
    st = open_station
    for iin in VOTERS:
        st.check_in(clerk, iin)
    st.run_checklist(chair, "closing", all_yes=True)
    st.close_station(chair)
    return st


def sheet(st, race, *, unused=98, found_in_box=2, invalid=0, votes=None):
    """A sheet consistent with the closed station's records: 100 received, 2 issued, none spoiled."""
    ids = st.race_info(race).candidate_ids
    counted = {cid: 0 for cid in ids}
    counted.update(votes if votes is not None else {ids[0]: 2, ids[1]: 1})
    return {"race": race, "unused": unused, "found_in_box": found_in_box, "invalid": invalid, "votes": counted}


def agree(st, first, second, race, **kw):
    st.enter_count(first, race, sheet(st, race, **kw), 1)
    return st.enter_count(second, race, sheet(st, race, **kw), 2)


def actions(st):
    return [e.action for e in journal.entries(st.db)]


# ----- the race as counting sees it -----------------------------------------------------------

def test_candidates_are_in_kazakh_alphabetical_order(station):
    surnames = [c.surname for c in station.candidates(CITY)]
    assert surnames == ["Әбілова", "Ғаббасов", "Жұмабекова", "Иванова", "Ким", "Құдайбергенов", "Нұрланұлы",
                        "Сейітқали", "Үсенова", "Шәріпов"]
    assert station.race_info(CITY).candidate_ids[:3] == ("A02", "A06", "A10")
    assert [c.id for c in station.candidates(DISTRICT)] == ["M03", "M01", "M02", "M04", "M05", "M06"]


def test_lines_1_to_4_come_from_the_stations_records(open_station, chair, clerk):
    st = open_station
    for iin in VOTERS:
        st.check_in(clerk, iin)
    st.spoil(clerk, CITY)
    records = st.station_records(CITY)
    # of precinct 101's four members, one joined after the roll cutoff and one is suspended
    assert (records.roll_eligible, records.received, records.issued, records.spoiled) == (2, 100, 2, 1)
    assert st.station_records(DISTRICT).spoiled == 0


def test_counting_waits_for_the_station_to_close(open_station, clerk):
    with pytest.raises(Refused) as exc:
        open_station.enter_count(clerk, CITY, sheet(open_station, CITY), 1)
    assert codes(exc) == ["station.state"]


def test_an_unknown_race_is_refused(closed, clerk):
    with pytest.raises(Refused) as exc:
        closed.enter_count(clerk, "nowhere", sheet(closed, CITY), 1)
    assert codes(exc) == ["station.unknown_race"]


def test_a_malformed_sheet_is_refused_field_by_field(closed, clerk):
    bad = sheet(closed, CITY)
    bad["invalid"] = -1
    del bad["votes"]["A05"]
    with pytest.raises(Refused) as exc:
        closed.enter_count(clerk, CITY, bad, 1)
    assert sorted(codes(exc)) == ["count_sheet.candidate_missing", "count_sheet.negative"]
    text = '{"race": "almaty-city", "unused": 98, "unused": 97, "found_in_box": 2, "invalid": 0, "votes": {}}'
    with pytest.raises(Refused) as exc:
        closed.enter_count(clerk, CITY, text, 1)
    assert "count_sheet.duplicate" in codes(exc)
    assert closed.count_status(CITY).status is EntryState.EMPTY


# ----- double entry ---------------------------------------------------------------------------

def test_a_clerk_types_entry_1_and_the_secretary_confirms_it(closed, clerk, secretary):
    st = closed
    view = st.enter_count(clerk, CITY, sheet(st, CITY), 1)
    assert view.status is EntryState.FIRST_ENTERED and view.own_entry == 1 and view.relations == ()
    view = st.enter_count(secretary, CITY, sheet(st, CITY), 2)
    assert view.status is EntryState.AGREED
    assert view.agreed.votes["A02"] == 2
    assert [n for n, _, v in view.lines.numbered()][:9] == list(range(1, 10))
    stored = json.loads(st.db.execute("SELECT sheet FROM count_agreed WHERE race = ?", (CITY,)).fetchone()[0])
    assert stored["found_in_box"] == 2
    assert actions(st)[-3:] == ["count.entered", "count.entered", "count.agreed"]
    assert st.verify_journal() == []


def test_the_officer_who_typed_entry_1_may_not_type_entry_2(closed, chair):
    st = closed
    st.enter_count(chair, CITY, sheet(st, CITY), 1)
    with pytest.raises(Refused) as exc:
        st.enter_count(chair, CITY, sheet(st, CITY), 2)
    assert codes(exc) == ["double_entry.same_officer"]
    assert st.count_status(CITY).entries_typed == (1,)


def test_a_clerk_may_not_type_entry_2(closed, clerk, clerk2):
    st = closed
    st.enter_count(clerk, CITY, sheet(st, CITY), 1)
    with pytest.raises(Refused) as exc:
        st.enter_count(clerk2, CITY, sheet(st, CITY), 2)
    assert codes(exc) == ["double_entry.role_not_allowed"]


def test_a_difference_is_reported_by_field_with_only_the_viewers_own_value(closed, clerk, secretary):
    st = closed
    st.enter_count(clerk, CITY, sheet(st, CITY, votes={"A02": 777, "A06": 1}), 1)
    view = st.enter_count(secretary, CITY, sheet(st, CITY, votes={"A02": 7, "A06": 1}), 2)
    assert view.status is EntryState.SECOND_DIFFERS
    assert view.differences == (("votes.A02", 7),)
    assert [p.code for p in view.notices] == ["double_entry.entries_differ"]
    assert st.count_status(CITY).differences == ("votes.A02",)
    assert st.db.execute("SELECT count(*) FROM count_agreed").fetchone()[0] == 0


def test_the_first_entry_is_never_returned_to_the_second_officer(closed, clerk, secretary):
    st = closed
    secret = 777
    st.enter_count(clerk, CITY, sheet(st, CITY, unused=98, votes={"A02": secret, "A06": 1}), 1)
    seen = [st.count_view(secretary, CITY), st.count_status(CITY)]
    seen.append(st.enter_count(secretary, CITY, sheet(st, CITY, votes={"A02": 2, "A06": 1}), 2))
    seen.append(st.count_view(secretary, CITY))
    seen.append(st.count_status(CITY))
    for value in seen:
        assert str(secret) not in repr(value)
    assert str(secret) not in json.dumps(st.count_status(CITY).to_json())
    assert st.count_view(secretary, CITY).own_sheet.votes["A02"] == 2
    assert st.count_view(clerk, CITY).own_sheet.votes["A02"] == secret


def test_retyping_the_differing_entry_after_a_recount_reaches_agreement(closed, chair, clerk, secretary):
    st = closed
    st.enter_count(clerk, CITY, sheet(st, CITY), 1)
    st.enter_count(secretary, CITY, sheet(st, CITY, found_in_box=1), 2)
    with pytest.raises(Refused) as exc:
        st.enter_count(chair, CITY, sheet(st, CITY), 2)
    assert codes(exc) == ["double_entry.not_your_entry"]
    view = st.enter_count(secretary, CITY, sheet(st, CITY), 2)
    assert view.status is EntryState.AGREED
    with pytest.raises(Refused) as exc:
        st.enter_count(secretary, CITY, sheet(st, CITY), 2)
    assert codes(exc) == ["double_entry.already_agreed"]


def test_the_chair_discards_an_entry_and_the_other_becomes_entry_1(closed, chair, clerk, secretary):
    st = closed
    st.enter_count(clerk, CITY, sheet(st, CITY), 1)
    st.enter_count(secretary, CITY, sheet(st, CITY, invalid=1, votes={"A02": 1}), 2)
    with pytest.raises(Refused) as exc:
        st.discard_entry(secretary, CITY, 1)
    assert codes(exc) == ["auth.role"]
    st.discard_entry(chair, CITY, 1)
    rows = st.db.execute("SELECT entry, officer FROM count_entries WHERE race = ?", (CITY,)).fetchall()
    assert rows == [(1, "sec")]
    assert st.count_view(secretary, CITY).own_entry == 1
    view = st.enter_count(chair, CITY, sheet(st, CITY, invalid=1, votes={"A02": 1}), 2)
    assert view.status is EntryState.AGREED
    assert "count.discarded" in actions(st)


def test_the_chair_reopens_an_agreed_count_for_a_recount(closed, chair, clerk, secretary):
    st = closed
    agree(st, clerk, secretary, CITY)
    with pytest.raises(Refused) as exc:
        st.reopen_count(secretary, CITY)
    assert codes(exc) == ["auth.role"]
    view = st.reopen_count(chair, CITY)
    assert view.status is EntryState.EMPTY
    assert st.db.execute("SELECT count(*) FROM count_agreed").fetchone()[0] == 0
    assert st.db.execute("SELECT count(*) FROM count_entries").fetchone()[0] == 0
    assert actions(st)[-1] == "count.reopened"


# ----- control relations and COUNTED ----------------------------------------------------------

def test_an_error_relation_blocks_marking_the_station_counted(closed, chair, clerk, secretary):
    st = closed
    # 100 received but 2 issued + 0 spoiled + 90 unused: eight ballots unaccounted for
    view = agree(st, clerk, secretary, CITY, unused=90)
    assert [r.relation_id for r in view.relations] == ["CR01"]
    agree(st, clerk, secretary, DISTRICT)
    status = st.count_status(CITY)
    assert [r.relation_id for r in status.blocking] == ["CR01"] and not status.ready
    with pytest.raises(Refused) as exc:
        st.mark_counted(chair)
    assert codes(exc) == ["count.relation_error"]
    assert exc.value.problems[0].params == {"race": CITY, "relation": "CR01"}
    with pytest.raises(Refused) as exc:
        st.explain_relation(chair, CITY, "CR01", "Санақ дұрыс / подсчёт верен")
    assert codes(exc) == ["count.explain_error"]
    assert st.state == "CLOSED"


def test_an_unexplained_warning_blocks_and_an_explained_one_passes(closed, chair, clerk, secretary):
    st = closed
    # one voter took the ballot away: found 1 of 2 issued (CR08); the unused count is still 98
    view = agree(st, clerk, secretary, CITY, found_in_box=1, votes={"A02": 1})
    assert [(r.relation_id, r.severity) for r in view.relations] == [("CR08", "warning")]
    agree(st, clerk, secretary, DISTRICT)
    with pytest.raises(Refused) as exc:
        st.mark_counted(chair)
    assert codes(exc) == ["count.warning_unexplained"]
    with pytest.raises(Refused) as exc:
        st.explain_relation(secretary, CITY, "CR08", "   ")
    assert codes(exc) == ["count.explain_empty"]
    with pytest.raises(Refused) as exc:
        st.explain_relation(clerk, CITY, "CR08", "x")
    assert codes(exc) == ["auth.role"]
    reason = "Бір сайлаушы бюллетеньді алып кетті / Один избиратель унёс бюллетень"
    st.explain_relation(secretary, CITY, "CR08", reason)
    assert st.count_status(CITY).ready
    assert st.count_view(clerk, CITY).explanations == {"CR08": reason}
    st.mark_counted(chair)
    assert st.state == "COUNTED"
    counted = list(journal.entries(st.db, "station.counted"))[-1]
    assert counted.payload["races"][CITY]["warnings"] == {"CR08": reason}
    assert counted.payload["races"][CITY]["lines"][:8] == [2, 100, 2, 0, 98, 1, 0, 1]
    assert "count.explained" in actions(st)
    assert st.verify_journal() == []


def test_a_warning_is_explained_only_once_the_count_is_agreed_and_only_while_it_fails(closed, chair, clerk,
                                                                                      secretary):
    st = closed
    st.enter_count(clerk, CITY, sheet(st, CITY, found_in_box=1, votes={"A02": 1}), 1)
    with pytest.raises(Refused) as exc:
        st.explain_relation(chair, CITY, "CR08", "алып кетті")
    assert codes(exc) == ["count.explain_not_agreed"]
    agree(st, clerk, secretary, DISTRICT)
    with pytest.raises(Refused) as exc:
        st.explain_relation(chair, DISTRICT, "CR08", "алып кетті")
    assert codes(exc) == ["count.explain_holds"]
    with pytest.raises(Refused) as exc:
        st.explain_relation(chair, DISTRICT, "CR99", "?")
    assert codes(exc) == ["count.explain_unknown"]


def test_every_race_must_be_agreed_and_only_the_chair_marks_counted(closed, chair, clerk, secretary):
    st = closed
    agree(st, clerk, secretary, CITY)
    with pytest.raises(Refused) as exc:
        st.mark_counted(chair)
    assert codes(exc) == ["count.not_agreed"] and exc.value.problems[0].params == {"race": DISTRICT}
    assert [p.code for p in st.counting_gate()] == ["count.not_agreed"]
    agree(st, clerk, secretary, DISTRICT)
    assert st.counting_gate() == []
    with pytest.raises(Refused) as exc:
        st.mark_counted(secretary)
    assert codes(exc) == ["auth.role"]
    st.mark_counted(chair)
    assert st.state == "COUNTED"
    with pytest.raises(Refused) as exc:
        st.enter_count(chair, CITY, sheet(st, CITY), 1)
    assert codes(exc) == ["station.state"]


def test_reopening_a_count_after_counted_takes_the_station_back_to_closed(closed, chair, clerk, secretary):
    st = closed
    agree(st, clerk, secretary, CITY, found_in_box=1, votes={"A02": 1})
    st.explain_relation(chair, CITY, "CR08", "алып кетті / унёс")
    agree(st, clerk, secretary, DISTRICT)
    st.mark_counted(chair)
    st.reopen_count(chair, CITY)
    assert st.state == "CLOSED"
    assert st.explanations(CITY) == {}
    reopened = list(journal.entries(st.db, "count.reopened"))[-1].payload
    assert reopened["explanations_dropped"] == {"CR08": "алып кетті / унёс"}
    assert reopened["station_state"] == "CLOSED"


def test_the_roles_cover_every_counting_action():
    counting = {"count.enter", "count.explain", "count.discard", "count.reopen", "count.tally", "station.counted"}
    assert counting <= set(roles.ACTIONS)
    assert roles.ACTIONS["station.counted"] == {"chair"}


# ----- the tally by ballot --------------------------------------------------------------------

def test_a_tally_by_ballot_counts_blank_and_over_marked_ballots_invalid(closed, clerk, secretary):
    st = closed
    tally, problems = st.tally_add(clerk, CITY, ["A01", "A02"])
    assert problems == () and tally.votes["A01"] == 1
    tally, problems = st.tally_add(clerk, CITY, [])
    assert [p.code for p in problems] == ["tally.blank"] and tally.invalid == 1
    tally, problems = st.tally_add(clerk, CITY, ["A01", "A02", "A03", "A04"])
    assert [p.code for p in problems] == ["tally.over_marked"] and tally.invalid == 2
    with pytest.raises(Refused) as exc:
        st.tally_add(clerk, CITY, ["M01"])
    assert codes(exc) == ["tally.unknown_candidate"]
    tally = st.tally_undo(clerk, CITY)
    assert (tally.found_in_box, tally.invalid) == (2, 1)
    tally = st.tally_add_invalid(clerk, CITY)
    assert (tally.found_in_box, tally.invalid) == (3, 2)
    assert st.tally(clerk, CITY) == tally
    st.tally_undo(clerk, CITY)
    view = st.tally_to_entry(clerk, CITY, 98, 1)
    assert view.own_sheet.found_in_box == 2 and view.own_sheet.invalid == 1
    assert view.own_sheet.votes["A01"] == 1
    view = st.enter_count(secretary, CITY, sheet(st, CITY, invalid=1, votes={"A01": 1, "A02": 1}), 2)
    assert view.status is EntryState.AGREED
    with pytest.raises(Refused) as exc:
        st.tally_add(clerk, CITY, ["A01"])
    assert codes(exc) == ["count.tally_agreed"]
    assert actions(st).count("count.tallied") == 4 and actions(st).count("count.tally_undone") == 2


def test_each_entry_has_its_own_tally_and_neither_sees_the_other(closed, chair, clerk, secretary):
    st = closed
    st.tally_add(clerk, CITY, ["A01"])
    st.tally_add(clerk, CITY, ["A01", "A02"])
    # entry 2's officer starts from nothing: entry 1's running totals stay hidden
    assert st.tally(secretary, CITY).found_in_box == 0
    tally, _ = st.tally_add(secretary, CITY, ["A02"])
    assert (tally.found_in_box, tally.votes["A01"], tally.votes["A02"]) == (1, 0, 1)
    assert st.tally(clerk, CITY).votes["A01"] == 2
    # undo takes back the acting officer's own last ballot, never the other's
    with pytest.raises(Refused) as exc:
        st.tally_undo(chair, CITY)
    assert codes(exc) == ["tally.nothing_to_undo"]
    assert st.tally_undo(secretary, CITY).found_in_box == 0
    assert st.tally(clerk, CITY).found_in_box == 2
    st.tally_add(secretary, CITY, ["A01", "A02"])
    st.tally_add(secretary, CITY, ["A01"])
    view = st.tally_to_entry(clerk, CITY, 98, 1)
    assert (view.own_sheet.found_in_box, view.own_sheet.votes["A01"]) == (2, 2)
    view = st.tally_to_entry(secretary, CITY, 98, 2)
    assert view.status is EntryState.AGREED
    with pytest.raises(Refused) as exc:
        st.tally(None, CITY)
    assert codes(exc) == ["auth.no_session"]
    from polling_station.services import integrity
    assert integrity.tamper_report(st) == []


def test_the_tally_needs_a_closed_station_and_something_to_undo(open_station, closed, clerk):
    with pytest.raises(Refused) as exc:
        closed.tally_undo(clerk, CITY)
    assert codes(exc) == ["tally.nothing_to_undo"]
    with pytest.raises(Refused) as exc:
        closed.tally_to_entry(clerk, CITY, -1, 1)
    assert codes(exc) == ["count_sheet.negative"]


def test_the_journal_alone_rebuilds_every_counting_table(closed, chair, clerk, secretary):
    from polling_station.services import integrity
    st = closed
    st.tally_add(clerk, DISTRICT, ["M01"])
    st.tally_add(clerk, DISTRICT, [])
    st.tally_undo(clerk, DISTRICT)
    st.tally_add(clerk, DISTRICT, ["M02", "M03"])
    st.tally_to_entry(clerk, DISTRICT, 98, 1)
    st.enter_count(secretary, DISTRICT, sheet(st, DISTRICT, votes={"M01": 1, "M02": 1, "M03": 1}), 2)
    st.enter_count(clerk, CITY, sheet(st, CITY, found_in_box=1, votes={"A02": 1}), 1)
    st.enter_count(secretary, CITY, sheet(st, CITY), 2)
    st.discard_entry(chair, CITY, 1)
    st.enter_count(chair, CITY, sheet(st, CITY, found_in_box=1, votes={"A02": 1}), 2)
    st.enter_count(secretary, CITY, sheet(st, CITY, found_in_box=1, votes={"A02": 1}), 1)
    st.explain_relation(chair, CITY, "CR08", "алып кетті / унёс")
    st.mark_counted(chair)
    st.reopen_count(chair, DISTRICT)
    assert integrity.tamper_report(st) == []
