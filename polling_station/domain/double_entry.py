"""Double entry of one race's count sheet, as an explicit state machine.

A typing error in the count changes an election, so each sheet is typed twice, by two different
officers, independently, and only a sheet both entries agree on counts.

States (derived from the entries held, so an impossible combination cannot be stored):

    EMPTY           no entry
    FIRST_ENTERED   entry 1 only
    SECOND_DIFFERS  both entries, and they differ on at least one line
    AGREED          both entries, identical: ``agreed`` is the sheet

Transitions (pure: each returns ``(new state, problems)``; an error problem means the transition
was refused and the state comes back unchanged; a warning accompanies an accepted transition):

    state            action        by                                         →
    EMPTY            enter 1       chair, secretary or clerk                  FIRST_ENTERED
    EMPTY            enter 2       —                                          refused
    FIRST_ENTERED    enter 1       the officer who made entry 1 (a retype)    FIRST_ENTERED
    FIRST_ENTERED    enter 2       chair or secretary, not entry 1's officer  AGREED | SECOND_DIFFERS
    SECOND_DIFFERS   enter n       the officer who made entry n (a retype)    AGREED | SECOND_DIFFERS
    FIRST_ENTERED,   discard n     chair                                      FIRST_ENTERED | EMPTY
    SECOND_DIFFERS
    any but EMPTY    reopen        chair                                      EMPTY
    AGREED           enter         —                                          refused (reopen first)

Rules and why:
- Entry 1 may be typed by any counting officer; entry 2 only by the chair or the secretary (the
  issue's rule), never by the officer of entry 1: one person typing twice repeats their misreading.
- An entry belongs to the officer who typed it: only they retype it. A difference is resolved by
  recounting the disputed lines on paper and retyping, not by copying the other number.
- If an entry's officer cannot retype (gone home, misread the whole sheet), the chair discards that
  entry; the remaining entry becomes entry 1, and a fresh entry 2 is typed by a chair or secretary
  other than its officer. The discarded officer may make it, having never seen the other values.
- ``reopen`` (chair) empties an agreed sheet when both entries agree on a count that a control
  relation shows to be wrong: the box is recounted and typed twice again. Control relations do
  not stop agreement; they stop finalizing (accounting.check).
- No one sees the other entry's numbers before agreement: ``view_for`` shows an officer their own
  entry and which lines differ, with their own value only. ``differences`` on the state holds both
  values for the journal and the services, never for a screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from polling_station.domain.accounting import CountSheet, SHEET_NUMBER_FIELDS
from polling_station.domain.problems import Problem, error, warning

FIRST_ENTRY_ROLES = ("chair", "secretary", "clerk")
SECOND_ENTRY_ROLES = ("chair", "secretary")
RESOLVING_ROLE = "chair"

MESSAGES = {
    "double_entry.bad_entry_number": "There is no entry {entry}: a count sheet is typed as entry 1 and entry 2.",
    "double_entry.wrong_race": "This count sheet is for race «{found}», not «{expected}».",
    "double_entry.role_not_allowed": "A {role} may not type entry {entry} of a count sheet (allowed: {allowed}).",
    "double_entry.first_missing": "Entry 2 of race «{race}» cannot be typed before entry 1.",
    "double_entry.same_officer": "Officer {officer} typed entry 1 of race «{race}»; entry 2 must be "
                                 "typed by a different officer.",
    "double_entry.not_your_entry": "Entry {entry} of race «{race}» was typed by officer {owner}; only "
                                   "they may retype it, or the chair may discard it.",
    "double_entry.already_agreed": "The count of race «{race}» is already agreed; the chair must reopen "
                                   "it before it is typed again.",
    "double_entry.discard_chair_only": "Only the chair may discard an entry of a count sheet.",
    "double_entry.reopen_chair_only": "Only the chair may reopen the count of a race.",
    "double_entry.nothing_to_discard": "Entry {entry} of race «{race}» has not been typed.",
    "double_entry.nothing_to_reopen": "The count of race «{race}» has not been typed yet.",
    "double_entry.entries_differ": "The two entries of race «{race}» differ on {count} lines: {fields}. "
                                   "Recount those lines and retype them.",
}


class EntryState(str, Enum):
    EMPTY = "empty"
    FIRST_ENTERED = "first_entered"
    SECOND_DIFFERS = "second_differs"
    AGREED = "agreed"


class Difference(NamedTuple):
    field: str          # "unused", "found_in_box", "invalid" or "votes.<candidate id>"
    first: int | None   # None when a candidate is missing from one sheet
    second: int | None


@dataclass(frozen=True)
class Entry:
    officer_id: str
    role: str
    sheet: CountSheet


def compare(first: CountSheet, second: CountSheet) -> tuple[Difference, ...]:
    """The lines on which two sheets of a race differ, in the order of the paper sheet."""
    out = [Difference(name, getattr(first, name), getattr(second, name))
           for name in SHEET_NUMBER_FIELDS if getattr(first, name) != getattr(second, name)]
    candidates = list(first.votes) + [c for c in second.votes if c not in first.votes]
    for cid in candidates:
        a, b = first.votes.get(cid), second.votes.get(cid)
        if a != b:
            out.append(Difference(f"votes.{cid}", a, b))
    return tuple(out)


@dataclass(frozen=True)
class DoubleEntry:
    """The double entry of one race; start with ``DoubleEntry(race_id)``."""

    race: str
    first: Entry | None = None
    second: Entry | None = None

    def __post_init__(self) -> None:
        # Storage rebuilds states from rows: refuse to rebuild one the transitions cannot reach.
        if self.second is not None and self.first is None:
            raise ValueError(f"race {self.race}: entry 2 without entry 1")
        if self.second is not None and self.second.officer_id == self.first.officer_id:
            raise ValueError(f"race {self.race}: both entries by officer {self.first.officer_id}")
        for entry in (self.first, self.second):
            if entry is not None and entry.sheet.race != self.race:
                raise ValueError(f"race {self.race}: holds a sheet of race {entry.sheet.race}")

    @property
    def differences(self) -> tuple[Difference, ...]:
        if self.first is None or self.second is None:
            return ()
        return compare(self.first.sheet, self.second.sheet)

    @property
    def status(self) -> EntryState:
        if self.first is None:
            return EntryState.EMPTY
        if self.second is None:
            return EntryState.FIRST_ENTERED
        return EntryState.SECOND_DIFFERS if self.differences else EntryState.AGREED

    @property
    def agreed(self) -> CountSheet | None:
        """The sheet that counts, once both entries agree."""
        return self.first.sheet if self.status is EntryState.AGREED else None

    def entry(self, number: int) -> Entry | None:
        return {1: self.first, 2: self.second}.get(number)


Transition = tuple[DoubleEntry, tuple[Problem, ...]]


def _refused(state: DoubleEntry, problem: Problem) -> Transition:
    return state, (problem,)


def _accepted(state: DoubleEntry) -> Transition:
    diffs = state.differences
    if not diffs:
        return state, ()
    return state, (warning("double_entry.entries_differ", race=state.race, count=len(diffs),
                           fields=", ".join(d.field for d in diffs)),)


def enter(state: DoubleEntry, officer_id: str, role: str, sheet: CountSheet, entry: int) -> Transition:
    """Officer ``officer_id`` (of ``role``) types ``sheet`` as entry 1 or 2."""
    if entry not in (1, 2):
        return _refused(state, error("double_entry.bad_entry_number", entry=entry))
    if sheet.race != state.race:
        return _refused(state, error("double_entry.wrong_race", found=sheet.race, expected=state.race))
    allowed = FIRST_ENTRY_ROLES if entry == 1 else SECOND_ENTRY_ROLES
    if role not in allowed:
        return _refused(state, error("double_entry.role_not_allowed", role=role, entry=entry,
                                     allowed=", ".join(allowed)))
    status = state.status
    if status is EntryState.AGREED:
        return _refused(state, error("double_entry.already_agreed", race=state.race))
    new = Entry(officer_id, role, sheet)

    if entry == 1:
        if state.first is not None and state.first.officer_id != officer_id:
            return _refused(state, error("double_entry.not_your_entry", entry=1, race=state.race,
                                         owner=state.first.officer_id))
        return _accepted(DoubleEntry(state.race, new, state.second))

    if state.first is None:
        return _refused(state, error("double_entry.first_missing", race=state.race))
    if state.first.officer_id == officer_id:
        return _refused(state, error("double_entry.same_officer", officer=officer_id, race=state.race))
    if state.second is not None and state.second.officer_id != officer_id:
        return _refused(state, error("double_entry.not_your_entry", entry=2, race=state.race,
                                     owner=state.second.officer_id))
    return _accepted(DoubleEntry(state.race, state.first, new))


def discard(state: DoubleEntry, role: str, entry: int) -> Transition:
    """The chair discards entry 1 or 2 before agreement; the other entry, if any, becomes entry 1."""
    if role != RESOLVING_ROLE:
        return _refused(state, error("double_entry.discard_chair_only"))
    if entry not in (1, 2):
        return _refused(state, error("double_entry.bad_entry_number", entry=entry))
    if state.status is EntryState.AGREED:
        return _refused(state, error("double_entry.already_agreed", race=state.race))
    if state.entry(entry) is None:
        return _refused(state, error("double_entry.nothing_to_discard", entry=entry, race=state.race))
    remaining = state.second if entry == 1 else state.first
    return DoubleEntry(state.race, remaining, None), ()


def reopen(state: DoubleEntry, role: str) -> Transition:
    """The chair empties the double entry of a race so that it is recounted and typed again."""
    if role != RESOLVING_ROLE:
        return _refused(state, error("double_entry.reopen_chair_only"))
    if state.status is EntryState.EMPTY:
        return _refused(state, error("double_entry.nothing_to_reopen", race=state.race))
    return DoubleEntry(state.race), ()


@dataclass(frozen=True)
class EntryView:
    """What one officer may see of a race's double entry: never the other entry's numbers."""

    race: str
    status: EntryState
    entries_typed: tuple[int, ...]        # which entries exist (not whose or what)
    own_entry: int | None                 # the entry the viewer typed, if any
    own_sheet: CountSheet | None
    differences: tuple[tuple[str, int | None], ...]   # (field, the viewer's own value or None)
    agreed: CountSheet | None


def view_for(state: DoubleEntry, officer_id: str) -> EntryView:
    """The double entry as ``officer_id`` may see it; after agreement everyone sees the sheet."""
    own = next((n for n in (1, 2) if (e := state.entry(n)) is not None and e.officer_id == officer_id), None)
    own_sheet = state.entry(own).sheet if own is not None else None
    differences = tuple(
        (d.field, (d.first if own == 1 else d.second) if own is not None else None)
        for d in state.differences
    )
    return EntryView(
        race=state.race,
        status=state.status,
        entries_typed=tuple(n for n in (1, 2) if state.entry(n) is not None),
        own_entry=own,
        own_sheet=own_sheet,
        differences=differences,
        agreed=state.agreed,
    )
