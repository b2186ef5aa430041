"""The optional tally by ballot, for a small station: each ballot taken from the box is tapped in
turn, and the totals feed the same count sheet as a count by hand.

A pure fold: ``empty(race)`` → ``add_ballot`` / ``add_invalid`` → … → ``to_sheet``. Every ballot is
kept in order so that ``undo_last`` can take back a mistaken tap, and a replay of the taps
rebuilds the tally. A ballot with no mark or with more marks than ``max_choices`` is invalid
by rule and counted so automatically; a ballot the commission declares invalid for another reason
(a non-standard form, a choice that cannot be determined) is added with ``add_invalid``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

from polling_station.domain.accounting import CountSheet, RaceInfo
from polling_station.domain.problems import Problem, error, warning

BallotKind = Literal["valid", "blank", "over_marked", "declared_invalid"]

MESSAGES = {
    "tally.unknown_candidate": "«{candidate}» is not a candidate of race «{race}»; the ballot was not counted.",
    "tally.blank": "A ballot with no mark is invalid; it was counted as invalid.",
    "tally.over_marked": "A ballot with {marks} marks is invalid (at most {max_choices} are allowed); "
                         "it was counted as invalid.",
    "tally.nothing_to_undo": "No ballot of race «{race}» has been tallied yet.",
}


@dataclass(frozen=True)
class TalliedBallot:
    marks: frozenset[str]
    kind: BallotKind

    @property
    def is_valid(self) -> bool:
        return self.kind == "valid"


@dataclass(frozen=True)
class Tally:
    """Running totals of one race; build it with ``empty`` and the fold functions only."""

    race: RaceInfo
    ballots: tuple[TalliedBallot, ...]
    counts: tuple[int, ...]        # aligned with race.candidate_ids
    invalid: int

    @property
    def found_in_box(self) -> int:
        return len(self.ballots)

    @property
    def valid(self) -> int:
        return self.found_in_box - self.invalid

    @property
    def votes(self) -> dict[str, int]:
        return dict(zip(self.race.candidate_ids, self.counts))


def empty(race: RaceInfo) -> Tally:
    return Tally(race, (), (0,) * len(race.candidate_ids), 0)


def classify(race: RaceInfo, marks: frozenset[str]) -> BallotKind:
    """Whether a ballot's marks make it valid, blank or over-marked."""
    if not marks:
        return "blank"
    if len(marks) > race.max_choices:
        return "over_marked"
    return "valid"


def _with(tally: Tally, ballot: TalliedBallot, sign: int) -> Tally:
    # sign +1 adds the ballot to the totals, −1 takes it back.
    if ballot.is_valid:
        counts = tuple(n + sign if cid in ballot.marks else n
                       for cid, n in zip(tally.race.candidate_ids, tally.counts))
        invalid = tally.invalid
    else:
        counts, invalid = tally.counts, tally.invalid + sign
    ballots = tally.ballots + (ballot,) if sign > 0 else tally.ballots[:-1]
    return Tally(tally.race, ballots, counts, invalid)


def add_ballot(tally: Tally, marks: Iterable[str]) -> tuple[Tally, tuple[Problem, ...]]:
    """One more ballot with these candidates marked. An unknown candidate refuses the ballot
    (a mistap, not a mark on paper); a blank or over-marked ballot is counted as invalid and
    said so, so that the counter can show it on the pile of invalid ballots."""
    marks = frozenset(marks)
    unknown = sorted(marks - set(tally.race.candidate_ids))
    if unknown:
        return tally, tuple(error("tally.unknown_candidate", candidate=c, race=tally.race.id) for c in unknown)
    kind = classify(tally.race, marks)
    problems: tuple[Problem, ...] = ()
    if kind == "blank":
        problems = (warning("tally.blank"),)
    elif kind == "over_marked":
        problems = (warning("tally.over_marked", marks=len(marks), max_choices=tally.race.max_choices),)
    return _with(tally, TalliedBallot(marks, kind), +1), problems


def add_invalid(tally: Tally) -> Tally:
    """One more ballot the commission declared invalid for a reason the marks do not show."""
    return _with(tally, TalliedBallot(frozenset(), "declared_invalid"), +1)


def undo_last(tally: Tally) -> tuple[Tally, tuple[Problem, ...]]:
    """Take back the last ballot tallied."""
    if not tally.ballots:
        return tally, (error("tally.nothing_to_undo", race=tally.race.id),)
    return _with(tally, tally.ballots[-1], -1), ()


def replay(race: RaceInfo, ballots: Iterable[TalliedBallot]) -> Tally:
    """The tally that these ballots, tallied in order, give (storage rebuilds it this way)."""
    tally = empty(race)
    for ballot in ballots:
        if ballot.kind == "declared_invalid":
            tally = add_invalid(tally)
        else:
            tally, problems = add_ballot(tally, ballot.marks)
            if any(p.is_error for p in problems):
                raise ValueError(f"race {race.id}: a stored ballot marks an unknown candidate")
    return tally


def to_sheet(tally: Tally, unused: int) -> CountSheet:
    """The count sheet these totals give: line 6 is the number of ballots tallied, line 5 the
    unused ballots counted at closing (a number the caller has already validated)."""
    if isinstance(unused, bool) or not isinstance(unused, int) or unused < 0:
        raise ValueError(f"race {tally.race.id}: unused ballots must be a non-negative integer")
    return CountSheet(race=tally.race.id, unused=unused, found_in_box=tally.found_in_box,
                      invalid=tally.invalid, votes=tally.votes)
