"""Double entry of a count sheet: two officers type it independently until they agree."""
import re
import string

import pytest
from hypothesis import given, strategies as st

from polling_station.domain import double_entry as de
from polling_station.domain.accounting import CountSheet
from polling_station.domain.double_entry import (
    Difference, DoubleEntry, EntryState, compare, discard, enter, reopen, view_for,
)

RACE = "shymkent-1"
CANDIDATES = ("c-abay", "c-ainur", "c-bolat")

# Numbers nobody would type by accident, so that a leak shows up in a repr.
FIRST = CountSheet(RACE, 12, 731, 19, {"c-abay": 402, "c-ainur": 355, "c-bolat": 287})
SECOND_TYPO = CountSheet(RACE, 12, 713, 19, {"c-abay": 402, "c-ainur": 355, "c-bolat": 278})


def codes(problems):
    return [p.code for p in problems]


def accepted(result):
    state, problems = result
    assert not any(p.is_error for p in problems), problems
    return state


def refused(result, before):
    state, problems = result
    assert state == before, "a refused transition leaves the state as it was"
    assert [p.severity for p in problems] == ["error"]
    template = de.MESSAGES[problems[0].code]
    assert {n for _, n, _, _ in string.Formatter().parse(template) if n} <= set(problems[0].params)
    return problems[0].code


def value(sheet, field):
    if field.startswith("votes."):
        return sheet.votes[field.removeprefix("votes.")]
    return getattr(sheet, field)


def first_entered(officer="aigerim", role="clerk", sheet=FIRST):
    return accepted(enter(DoubleEntry(RACE), officer, role, sheet, 1))


def test_a_new_race_is_empty_and_counts_nothing():
    state = DoubleEntry(RACE)
    assert state.status is EntryState.EMPTY
    assert state.agreed is None and state.differences == ()


def test_a_clerk_types_entry_1_and_the_secretary_confirms_it():
    state = first_entered()
    assert state.status is EntryState.FIRST_ENTERED and state.agreed is None
    state = accepted(enter(state, "serik", "secretary", FIRST, 2))
    assert state.status is EntryState.AGREED
    assert state.agreed == FIRST


def test_the_officer_who_typed_entry_1_may_not_type_entry_2():
    state = accepted(enter(DoubleEntry(RACE), "dana", "chair", FIRST, 1))
    assert refused(enter(state, "dana", "chair", FIRST, 2), state) == "double_entry.same_officer"


def test_entry_2_is_for_the_chair_or_the_secretary_only():
    state = first_entered()
    assert refused(enter(state, "nurlan", "clerk", FIRST, 2), state) == "double_entry.role_not_allowed"
    assert refused(enter(state, "olga", "observer", FIRST, 2), state) == "double_entry.role_not_allowed"
    assert accepted(enter(state, "dana", "chair", FIRST, 2)).status is EntryState.AGREED


def test_an_observer_may_not_type_entry_1():
    empty = DoubleEntry(RACE)
    assert refused(enter(empty, "olga", "observer", FIRST, 1), empty) == "double_entry.role_not_allowed"


def test_entry_2_cannot_come_before_entry_1():
    empty = DoubleEntry(RACE)
    assert refused(enter(empty, "serik", "secretary", FIRST, 2), empty) == "double_entry.first_missing"


def test_entries_are_numbered_1_and_2_only():
    state = first_entered()
    assert refused(enter(state, "serik", "secretary", FIRST, 3), state) == "double_entry.bad_entry_number"


def test_a_sheet_of_another_race_is_refused():
    other = CountSheet("taraz-4", 0, 0, 0, {})
    state = first_entered()
    assert refused(enter(state, "serik", "secretary", other, 2), state) == "double_entry.wrong_race"


def test_differences_are_reported_line_by_line_in_the_order_of_the_paper():
    state, problems = enter(first_entered(), "serik", "secretary", SECOND_TYPO, 2)
    assert state.status is EntryState.SECOND_DIFFERS and state.agreed is None
    assert state.differences == (Difference("found_in_box", 731, 713),
                                 Difference("votes.c-bolat", 287, 278))
    assert [(p.code, p.severity) for p in problems] == [("double_entry.entries_differ", "warning")]
    assert problems[0].params["fields"] == "found_in_box, votes.c-bolat"
    de.MESSAGES[problems[0].code].format(**problems[0].params)
    # The warning names the lines, never the other entry's numbers.
    assert "731" not in repr(problems) and "287" not in repr(problems)


def test_retyping_the_differing_entry_after_a_recount_reaches_agreement():
    differs = accepted(enter(first_entered(), "serik", "secretary", SECOND_TYPO, 2))
    agreed = accepted(enter(differs, "serik", "secretary", FIRST, 2))
    assert agreed.status is EntryState.AGREED and agreed.agreed == FIRST


def test_the_first_officer_may_retype_their_entry_too():
    # The recount showed the second entry was right and the first was the typo.
    differs = accepted(enter(first_entered(sheet=SECOND_TYPO), "serik", "secretary", FIRST, 2))
    agreed = accepted(enter(differs, "aigerim", "clerk", FIRST, 1))
    assert agreed.agreed == FIRST


def test_only_the_officer_of_an_entry_may_retype_it():
    differs = accepted(enter(first_entered(), "serik", "secretary", SECOND_TYPO, 2))
    assert refused(enter(differs, "dana", "chair", FIRST, 2), differs) == "double_entry.not_your_entry"
    assert refused(enter(differs, "serik", "secretary", FIRST, 1), differs) == "double_entry.not_your_entry"
    assert refused(enter(differs, "aigerim", "clerk", FIRST, 2), differs) == "double_entry.role_not_allowed"
    only_first = first_entered()
    assert refused(enter(only_first, "nurlan", "clerk", FIRST, 1), only_first) == "double_entry.not_your_entry"


def test_the_first_officer_may_correct_entry_1_before_entry_2_exists():
    state = accepted(enter(first_entered(sheet=SECOND_TYPO), "aigerim", "clerk", FIRST, 1))
    assert state.status is EntryState.FIRST_ENTERED and state.first.sheet == FIRST


def test_an_agreed_count_is_not_typed_again_until_the_chair_reopens_it():
    agreed = accepted(enter(first_entered(), "serik", "secretary", FIRST, 2))
    assert refused(enter(agreed, "aigerim", "clerk", SECOND_TYPO, 1), agreed) == "double_entry.already_agreed"
    assert refused(reopen(agreed, "secretary"), agreed) == "double_entry.reopen_chair_only"
    reopened = accepted(reopen(agreed, "chair"))
    assert reopened == DoubleEntry(RACE)
    empty = DoubleEntry(RACE)
    assert refused(reopen(empty, "chair"), empty) == "double_entry.nothing_to_reopen"


def test_the_chair_discards_an_entry_whose_officer_cannot_retype_it():
    differs = accepted(enter(first_entered(), "serik", "secretary", SECOND_TYPO, 2))
    assert refused(discard(differs, "secretary", 1), differs) == "double_entry.discard_chair_only"
    # Entry 1's clerk went home: the secretary's entry becomes entry 1 and a fresh entry 2 is typed.
    state = accepted(discard(differs, "chair", 1))
    assert state.status is EntryState.FIRST_ENTERED
    assert (state.first.officer_id, state.first.sheet) == ("serik", SECOND_TYPO)
    assert refused(enter(state, "serik", "secretary", FIRST, 2), state) == "double_entry.same_officer"
    agreed = accepted(enter(state, "dana", "chair", SECOND_TYPO, 2))
    assert agreed.agreed == SECOND_TYPO


def test_discarding_entry_2_keeps_entry_1_and_discarding_the_only_entry_empties_the_race():
    differs = accepted(enter(first_entered(), "serik", "secretary", SECOND_TYPO, 2))
    kept = accepted(discard(differs, "chair", 2))
    assert kept.first.officer_id == "aigerim" and kept.second is None
    assert accepted(discard(kept, "chair", 1)) == DoubleEntry(RACE)
    assert refused(discard(kept, "chair", 2), kept) == "double_entry.nothing_to_discard"
    agreed = accepted(enter(kept, "serik", "secretary", FIRST, 2))
    assert refused(discard(agreed, "chair", 2), agreed) == "double_entry.already_agreed"


# ── the first entry stays hidden ──────────────────────────────────────────────────────────────

def test_the_second_officer_sees_nothing_of_entry_1():
    view = view_for(first_entered(), "serik")
    assert view.status is EntryState.FIRST_ENTERED
    assert view.entries_typed == (1,)
    assert view.own_entry is None and view.own_sheet is None and view.agreed is None
    for secret in ("731", "402", "355", "287", "aigerim"):
        assert secret not in repr(view)


def test_while_the_entries_differ_each_officer_sees_the_differing_lines_with_their_own_value():
    differs = accepted(enter(first_entered(), "serik", "secretary", SECOND_TYPO, 2))
    second = view_for(differs, "serik")
    assert second.own_entry == 2 and second.own_sheet == SECOND_TYPO
    assert second.differences == (("found_in_box", 713), ("votes.c-bolat", 278))
    assert "731" not in repr(second) and "287" not in repr(second)
    first = view_for(differs, "aigerim")
    assert first.differences == (("found_in_box", 731), ("votes.c-bolat", 287))
    assert "713" not in repr(first) and "278" not in repr(first)
    bystander = view_for(differs, "dana")
    assert bystander.own_sheet is None
    assert bystander.differences == (("found_in_box", None), ("votes.c-bolat", None))
    assert not {"731", "713", "287", "278"} & set(re.findall(r"\d+", repr(bystander)))


def test_once_agreed_everyone_sees_the_sheet():
    agreed = accepted(enter(first_entered(), "serik", "secretary", FIRST, 2))
    assert view_for(agreed, "dana").agreed == FIRST
    assert view_for(agreed, "dana").differences == ()


# ── properties ────────────────────────────────────────────────────────────────────────────────

counts = st.integers(0, 999)
sheets = st.builds(lambda u, f, i, v: CountSheet(RACE, u, f, i, dict(zip(CANDIDATES, v))),
                   counts, counts, counts, st.tuples(counts, counts, counts))


@given(sheets, sheets)
def test_two_entries_agree_exactly_when_every_line_is_the_same(a, b):
    state = accepted(enter(first_entered(sheet=a), "serik", "secretary", b, 2))
    assert (state.status is EntryState.AGREED) == (a == b)
    diffs = compare(a, b)
    assert state.differences == diffs
    every_field = ("unused", "found_in_box", "invalid") + tuple(f"votes.{c}" for c in CANDIDATES)
    assert [d.field for d in diffs] == [f for f in every_field if value(a, f) != value(b, f)]
    assert all((value(a, f), value(b, f)) == (x, y) for f, x, y in diffs)


@given(sheets, sheets, st.lists(sheets, max_size=4))
def test_retyping_until_both_match_always_ends_agreed_on_the_retyped_sheet(a, b, attempts):
    state = accepted(enter(first_entered(sheet=a), "serik", "secretary", b, 2))
    for attempt in attempts:
        if state.status is EntryState.AGREED:
            break
        state = accepted(enter(state, "serik", "secretary", attempt, 2))
    if state.status is not EntryState.AGREED:
        state = accepted(enter(state, "serik", "secretary", a, 2))
    assert state.agreed == state.first.sheet == state.second.sheet


@given(sheets)
def test_the_second_officer_never_sees_a_number_of_entry_1(a):
    view = view_for(first_entered(sheet=a), "serik")
    assert view.own_sheet is None and view.differences == () and view.agreed is None


def test_an_impossible_state_cannot_be_rebuilt_from_storage():
    entry = de.Entry("aigerim", "clerk", FIRST)
    with pytest.raises(ValueError):
        DoubleEntry(RACE, None, entry)
    with pytest.raises(ValueError):
        DoubleEntry(RACE, entry, de.Entry("aigerim", "chair", FIRST))
    with pytest.raises(ValueError):
        DoubleEntry("taraz-4", entry)
