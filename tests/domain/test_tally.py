"""The tally by ballot: tap each ballot's marks; the totals feed the count sheet."""
from collections import Counter

import pytest
from hypothesis import given, strategies as st

from polling_station.domain import tally as t
from polling_station.domain.accounting import (
    CountSheet, RaceInfo, StationRecords, blocking, check, protocol_lines,
)

RACE = RaceInfo("kostanay-2", 2, ("c-abay", "c-ainur", "c-bolat"))


def tap(tally, *marks):
    tally, problems = t.add_ballot(tally, frozenset(marks))
    assert not any(p.is_error for p in problems), problems
    return tally


def test_a_ballot_adds_one_vote_to_each_marked_candidate():
    tally = tap(tap(t.empty(RACE), "c-abay", "c-bolat"), "c-bolat")
    assert tally.votes == {"c-abay": 1, "c-ainur": 0, "c-bolat": 2}
    assert (tally.found_in_box, tally.invalid, tally.valid) == (2, 0, 2)


def test_a_blank_ballot_is_counted_invalid_and_the_counter_is_told():
    tally, problems = t.add_ballot(t.empty(RACE), frozenset())
    assert (tally.found_in_box, tally.invalid) == (1, 1)
    assert tally.votes == {"c-abay": 0, "c-ainur": 0, "c-bolat": 0}
    assert [(p.code, p.severity) for p in problems] == [("tally.blank", "warning")]


def test_an_over_marked_ballot_is_counted_invalid_and_gives_nobody_a_vote():
    tally, problems = t.add_ballot(t.empty(RACE), {"c-abay", "c-ainur", "c-bolat"})
    assert (tally.found_in_box, tally.invalid) == (1, 1)
    assert sum(tally.votes.values()) == 0
    assert [p.code for p in problems] == ["tally.over_marked"]
    assert t.MESSAGES["tally.over_marked"].format(**problems[0].params).startswith("A ballot with 3 marks")


def test_a_ballot_declared_invalid_for_another_reason_counts_invalid():
    tally = t.add_invalid(tap(t.empty(RACE), "c-ainur"))
    assert (tally.found_in_box, tally.invalid, tally.votes["c-ainur"]) == (2, 1, 1)


def test_a_mistap_on_an_unknown_candidate_is_refused_and_nothing_is_counted():
    before = tap(t.empty(RACE), "c-abay")
    after, problems = t.add_ballot(before, {"c-abay", "c-zzz"})
    assert after == before
    assert [(p.code, p.params["candidate"]) for p in problems] == [("tally.unknown_candidate", "c-zzz")]


def test_undo_takes_back_the_last_ballot_of_any_kind():
    one = tap(t.empty(RACE), "c-abay", "c-ainur")
    for follow_up in (lambda x: tap(x, "c-bolat"), lambda x: tap(x), t.add_invalid,
                      lambda x: tap(x, "c-abay", "c-ainur", "c-bolat")):
        undone, problems = t.undo_last(follow_up(one))
        assert problems == () and undone == one


def test_nothing_to_undo_on_an_empty_tally():
    empty = t.empty(RACE)
    again, problems = t.undo_last(empty)
    assert again == empty and [p.code for p in problems] == ["tally.nothing_to_undo"]


def test_the_totals_feed_the_count_sheet():
    tally = tap(tap(t.empty(RACE), "c-abay"), "c-abay", "c-ainur")
    tally, _ = t.add_ballot(tally, frozenset())
    tally = t.add_invalid(tally)
    assert t.to_sheet(tally, unused=37) == CountSheet(RACE.id, 37, 4, 2, {"c-abay": 2, "c-ainur": 1, "c-bolat": 0})
    with pytest.raises(ValueError):
        t.to_sheet(tally, unused=-1)


ballots = st.lists(st.one_of(st.frozensets(st.sampled_from(RACE.candidate_ids)),
                             st.just("declared invalid")), max_size=60)


def fold(taps):
    tally = t.empty(RACE)
    for ballot in taps:
        tally = t.add_invalid(tally) if ballot == "declared invalid" else tap(tally, *ballot)
    return tally


@given(ballots)
def test_a_tally_matches_counting_the_pile_by_hand(taps):
    tally = fold(taps)
    valid = [b for b in taps if b != "declared invalid" and 1 <= len(b) <= RACE.max_choices]
    hand = Counter(c for b in valid for c in b)
    assert tally.found_in_box == len(taps)
    assert tally.invalid == len(taps) - len(valid)
    assert tally.votes == {c: hand[c] for c in RACE.candidate_ids}


@given(ballots)
def test_a_tallied_sheet_passes_every_error_relation_against_matching_records(taps):
    sheet = t.to_sheet(fold(taps), unused=5)
    records = StationRecords(roll_eligible=500, received=len(taps) + 5, issued=len(taps), spoiled=0)
    assert blocking(check(protocol_lines(records, sheet), RACE.max_choices)) == ()


@given(ballots)
def test_undoing_every_ballot_returns_to_empty_and_replay_rebuilds(taps):
    tally = fold(taps)
    assert t.replay(RACE, tally.ballots) == tally
    for _ in taps:
        tally, problems = t.undo_last(tally)
        assert problems == ()
    assert tally == t.empty(RACE)
