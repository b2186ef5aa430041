"""Results, ratings and the draft party list of a race (DESIGN §1, §4; issue 7).

Results
-------
A race's result is a pure fold, as in vxsuite's tabulation: ``empty_result(race)``, then
``add_paper`` for each precinct protocol (candidate → votes) and ``add_online`` for the counted
online ballots (each ballot's choices), and ``combine`` to join partial results (per precinct,
per region, per import batch). ``combine`` is associative and commutative and ``empty_result`` is
its identity, so the order in which packages and files arrive never changes a result. A result
keeps only non-zero counts, which makes equal results compare equal. On an online ballot a
candidate counts once however often the export repeats the id.

Ratings
-------
``rank`` orders the candidates of a race by total (paper + online) votes, most first, with
*competition ranking* ("1, 2, 2, 4"): candidates with equal totals share the better rank, are
marked ``tied``, and the ranks they occupy are skipped after them. Inside a tie the rows are
listed in Kazakh alphabetical order (surname, given name, patronymic; the caller passes the
collation key) — for display only: a tie is never broken by the alphabet.
Candidates excluded by the party control committee are still shown with their votes and the
reason, after the ranked rows, with rank ``None``; they take no rank and never cause a tie.
``ratings`` gives the three published ratings: overall, among women (sex F) and among youth,
each its own competition ranking over its own subset.

Youth: a candidate is youth when *under* ``youth_max_age`` (35) on voting day, by exact age in
completed years. A candidate whose 35th birthday is voting day itself is 35 that day and is
**not** youth. A birthday on 29 February falls, in a common year, on 28 February (the civil-code
rule for periods ending on a day the month lacks).

Draft party list (``quota_list``)
---------------------------------
The list fills ``seats`` positions by rating while meeting the quotas: among the selected at
least ⌈30% × seats⌉ women and at least ⌈20% × seats⌉ youth. The share is rounded **up** because
the party's rule reads "not less than 30%": with 7 seats, 2 women would be 28.6%, so 3 are needed.
The quota is computed on ``seats`` (the size the list should have), from the decimal value of the
share, so 0.3 × 10 is exactly 3. A candidate who is both a woman and youth counts for both quotas.

1. Candidates excluded by the control committee are never selected.
2. Take the first ``seats`` candidates in rating order (rank, then the display order within a
   tie).
3. While a quota is unmet, swap: bring in the highest-rated unselected candidate of a short group
   — when both groups are short, a young woman is preferred to anyone who fills only one — and
   take out the lowest-rated selected candidate whose removal does not break a quota already met
   (nor lowers a short group, and the swap must reduce the total shortfall). If that candidate
   has no one to replace, the next one of the group is tried. Each swap strictly reduces the
   shortfall, so the procedure ends.
4. If a group has fewer eligible candidates than its quota, all of them are selected and the list
   carries a shortfall problem (``ranking.women_shortfall`` / ``ranking.youth_shortfall``). If
   there are enough but the seats cannot hold both quotas (one seat, no young woman), the problem
   is ``ranking.women_unreachable`` / ``ranking.youth_unreachable``. Fewer eligible candidates
   than seats: all are listed, and ``ranking.seats_unfilled``.
5. The list is printed in rating order; each row says why it is there: ``rating``, or
   ``quota_women`` / ``quota_youth`` / ``quota_women_youth`` for a candidate brought in to meet
   the quota(s). Each row also carries its overall rank: candidates with equal totals hold
   consecutive positions in alphabetical order, and their shared rank shows that the order
   between them is not a result of the vote.

Ties at the cut: the software does not draw lots and does not pretend the alphabet decides
between equal totals. The selection takes tied candidates in display order, and whenever a
selected candidate could be exchanged for an unselected one with the same total and the list
would still meet the quotas as well (the same or better quota counts, up to what is required),
the choice between them was arbitrary: the list carries ``ranking.tie_at_cut`` naming both sides
and the rows concerned are flagged ``tie_at_cut``. The commission decides; until then the list is
a draft.

All problems here are warnings: they do not stop a draft from being printed, and each needs the
commission's written explanation.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from types import MappingProxyType
from typing import Any, Callable, Iterable, Literal, Mapping, Protocol

from polling_station.domain.problems import Problem, warning

YOUTH_MAX_AGE = 35
GROUPS = ("women", "youth")
DEFAULT_QUOTAS: Mapping[str, float] = MappingProxyType({"women": 0.30, "youth": 0.20})

Reason = Literal["rating", "quota_women", "quota_youth", "quota_women_youth"]

MESSAGES = {
    "ranking.women_shortfall":
        "Only {available} eligible women stand in this race: the list needs at least {required} "
        "({percent}% of {seats} seats). All of them are on the list.",
    "ranking.youth_shortfall":
        "Only {available} eligible candidates under {youth_max_age} stand in this race: the list needs at "
        "least {required} ({percent}% of {seats} seats). All of them are on the list.",
    "ranking.women_unreachable":
        "The list has {selected} women of the {required} required ({percent}% of {seats} seats): the seats "
        "cannot hold both quotas with these candidates.",
    "ranking.youth_unreachable":
        "The list has {selected} candidates under {youth_max_age} of the {required} required ({percent}% of "
        "{seats} seats): the seats cannot hold both quotas with these candidates.",
    "ranking.seats_unfilled":
        "Only {eligible} eligible candidates for {seats} seats: the list is {eligible} long.",
    "ranking.tie_at_cut":
        "{selected} and {unselected} have the same total ({total}) at the cut of the list; the draft "
        "took the first in alphabetical order. The commission decides between them.",
}


class CandidateLike(Protocol):
    """What ranking needs of a candidate (``election.Candidate`` is one)."""
    id: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: dt.date
    sex: str


NameKey = Callable[[str], Any]


# --- age and groups -----------------------------------------------------------------------

def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Completed years on ``day``; a 29 February birthday is 28 February in a common year."""
    month, dom = birth_date.month, birth_date.day
    if (month, dom) == (2, 29) and not calendar.isleap(day.year):
        dom = 28
    return day.year - birth_date.year - ((day.month, day.day) < (month, dom))


def is_youth(candidate: CandidateLike, voting_day: dt.date, youth_max_age: int = YOUTH_MAX_AGE) -> bool:
    return age_on(candidate.birth_date, voting_day) < youth_max_age


def is_woman(candidate: CandidateLike) -> bool:
    return candidate.sex == "F"


# --- results: empty -> add -> combine -------------------------------------------------------

def _frozen(counts: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted((cid, n) for cid, n in counts.items() if n))


@dataclass(frozen=True)
class RaceResult:
    """Votes per candidate of one race, paper and online apart; only non-zero counts are kept."""
    race: str
    paper: tuple[tuple[str, int], ...] = ()
    online: tuple[tuple[str, int], ...] = ()
    online_ballots: int = 0

    @cached_property
    def _paper(self) -> dict[str, int]:
        return dict(self.paper)

    @cached_property
    def _online(self) -> dict[str, int]:
        return dict(self.online)

    def paper_votes(self, candidate_id: str) -> int:
        return self._paper.get(candidate_id, 0)

    def online_votes(self, candidate_id: str) -> int:
        return self._online.get(candidate_id, 0)

    def total(self, candidate_id: str) -> int:
        return self.paper_votes(candidate_id) + self.online_votes(candidate_id)

    @property
    def candidate_ids(self) -> frozenset[str]:
        return frozenset(self._paper) | frozenset(self._online)


def empty_result(race: str) -> RaceResult:
    return RaceResult(race)


def add_paper(result: RaceResult, votes: Mapping[str, int]) -> RaceResult:
    """Add one precinct protocol's votes per candidate."""
    counts = Counter(result._paper)
    for cid, n in votes.items():
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"votes for {cid!r} must be a non-negative integer, got {n!r}")
        counts[cid] += n
    return RaceResult(result.race, _frozen(counts), result.online, result.online_ballots)


def add_online(result: RaceResult, ballots: Iterable[Iterable[str]]) -> RaceResult:
    """Add counted online ballots, each given as its choices (candidate ids)."""
    counts = Counter(result._online)
    n_ballots = 0
    for choices in ballots:
        counts.update(set(choices))
        n_ballots += 1
    return RaceResult(result.race, result.paper, _frozen(counts), result.online_ballots + n_ballots)


def combine(a: RaceResult, b: RaceResult) -> RaceResult:
    if a.race != b.race:
        raise ValueError(f"cannot combine results of races {a.race!r} and {b.race!r}")
    return RaceResult(a.race, _frozen(Counter(a._paper) + Counter(b._paper)),
                      _frozen(Counter(a._online) + Counter(b._online)), a.online_ballots + b.online_ballots)


# --- ratings ------------------------------------------------------------------------------

@dataclass(frozen=True)
class RankedRow:
    candidate: CandidateLike
    paper: int
    online: int
    total: int
    rank: int | None
    tied: bool
    excluded_reason: str | None = None

    @property
    def excluded(self) -> bool:
        return self.excluded_reason is not None


def _display_key(name_key: NameKey) -> Callable[[CandidateLike], tuple]:
    return lambda c: (name_key(c.surname), name_key(c.given_name), name_key(c.patronymic or ""), c.id)


def _ranked(rows: Iterable[RankedRow], excluded: Mapping[str, str], name_key: NameKey) -> tuple[RankedRow, ...]:
    display = _display_key(name_key)
    order = lambda r: (-r.total, display(r.candidate))  # noqa: E731
    rows = list(rows)
    eligible = sorted((r for r in rows if r.candidate.id not in excluded), key=order)
    shown_only = sorted((r for r in rows if r.candidate.id in excluded), key=order)
    how_many = Counter(r.total for r in eligible)

    out: list[RankedRow] = []
    rank = 0
    for position, row in enumerate(eligible, start=1):
        if not out or out[-1].total != row.total:
            rank = position
        out.append(RankedRow(row.candidate, row.paper, row.online, row.total, rank, how_many[row.total] > 1))
    out.extend(RankedRow(r.candidate, r.paper, r.online, r.total, None, False, excluded[r.candidate.id])
               for r in shown_only)
    return tuple(out)


def rank(results: RaceResult, candidates: Iterable[CandidateLike], excluded: Mapping[str, str],
         name_key: NameKey) -> tuple[RankedRow, ...]:
    """The race's candidates by total, competition-ranked; ``excluded`` maps candidate id → reason.

    ``excluded`` may list candidates of other races too (the election's whole list); only this
    race's candidates are looked up in it. ``name_key`` is the Kazakh collation key of a name.
    """
    candidates = tuple(candidates)
    ids = [c.id for c in candidates]
    if len(set(ids)) != len(ids):
        raise ValueError(f"race {results.race!r} lists a candidate twice")
    unknown = results.candidate_ids - set(ids)
    if unknown:
        raise ValueError(f"race {results.race!r} has votes for unknown candidates {sorted(unknown)}")
    rows = (RankedRow(c, results.paper_votes(c.id), results.online_votes(c.id), results.total(c.id), None, False)
            for c in candidates)
    return _ranked(rows, excluded, name_key)


@dataclass(frozen=True)
class Ratings:
    overall: tuple[RankedRow, ...]
    women: tuple[RankedRow, ...]
    youth: tuple[RankedRow, ...]

    def ranks_of(self, candidate_id: str) -> tuple[int | None, int | None, int | None]:
        """(overall, women, youth) rank of a candidate; None where not ranked in that rating."""
        def find(rows):
            return next((r.rank for r in rows if r.candidate.id == candidate_id), None)
        return find(self.overall), find(self.women), find(self.youth)


def ratings(results: RaceResult, candidates: Iterable[CandidateLike], excluded: Mapping[str, str],
            name_key: NameKey, *, voting_day: dt.date, youth_max_age: int = YOUTH_MAX_AGE) -> Ratings:
    overall = rank(results, candidates, excluded, name_key)
    women = _ranked((r for r in overall if is_woman(r.candidate)), excluded, name_key)
    youth = _ranked((r for r in overall if is_youth(r.candidate, voting_day, youth_max_age)), excluded, name_key)
    return Ratings(overall, women, youth)


# --- the draft party list -----------------------------------------------------------------

@dataclass(frozen=True)
class DraftRow:
    position: int
    candidate: CandidateLike
    total: int
    reason: Reason
    rank: int
    tie_at_cut: bool = False


@dataclass(frozen=True)
class DraftList:
    rows: tuple[DraftRow, ...]
    problems: tuple[Problem, ...] = ()


def required_count(share: float | Fraction, seats: int) -> int:
    """⌈share × seats⌉, with the share taken at its decimal value (0.3 is 3/10, not 0.29999…)."""
    exact = Fraction(str(share)) if isinstance(share, float) else Fraction(share)
    if not 0 <= exact <= 1:
        raise ValueError(f"a quota must be between 0 and 1, got {share!r}")
    return -(-exact.numerator * seats // exact.denominator)


def _percent(share: float | Fraction) -> str:
    exact = Fraction(str(share)) if isinstance(share, float) else Fraction(share)
    value = exact * 100
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


def _full_name(c: CandidateLike) -> str:
    return " ".join(part for part in (c.surname, c.given_name, c.patronymic) if part)


def quota_list(ranked: Iterable[RankedRow], seats: int, *, voting_day: dt.date,
               quotas: Mapping[str, float] = DEFAULT_QUOTAS,
               youth_max_age: int = YOUTH_MAX_AGE) -> DraftList:
    """The draft list of a race from its overall rating (``rank``'s rows); see the module doc."""
    if seats < 0:
        raise ValueError("seats must not be negative")
    unknown = set(quotas) - set(GROUPS)
    if unknown:
        raise ValueError(f"unknown quota group(s) {sorted(unknown)}")
    required = {g: required_count(quotas.get(g, 0), seats) for g in GROUPS}

    # Stable sort: the rows of a tie keep the display order that ``rank`` gave them.
    eligible = sorted((r for r in ranked if r.rank is not None), key=lambda r: r.rank)
    member = {
        "women": [is_woman(r.candidate) for r in eligible],
        "youth": [is_youth(r.candidate, voting_day, youth_max_age) for r in eligible],
    }
    n = min(seats, len(eligible))
    selected = set(range(n))
    reasons: dict[int, Reason] = dict.fromkeys(selected, "rating")
    counts = {g: sum(member[g][i] for i in selected) for g in GROUPS}

    def after_swap(incoming: int, outgoing: int) -> dict[str, int]:
        return {g: counts[g] - member[g][outgoing] + member[g][incoming] for g in GROUPS}

    def keeps_quotas(new: Mapping[str, int]) -> bool:
        return all(new[g] >= min(required[g], counts[g]) for g in GROUPS)

    def shortfall(c: Mapping[str, int]) -> int:
        return sum(max(0, required[g] - c[g]) for g in GROUPS)

    def find_swap(short: list[str]) -> tuple[int, int] | None:
        # Candidates in every short group first (a young woman when both are short), then by rating.
        pool = [i for i in range(len(eligible)) if i not in selected and any(member[g][i] for g in short)]
        pool.sort(key=lambda i: (not all(member[g][i] for g in short), i))
        lowest_first = sorted(selected, reverse=True)
        for incoming in pool:
            for outgoing in lowest_first:
                new = after_swap(incoming, outgoing)
                if keeps_quotas(new) and shortfall(new) < shortfall(counts):
                    return incoming, outgoing
        return None

    while True:
        short = [g for g in GROUPS if counts[g] < required[g]]
        if not short:
            break
        swap = find_swap(short)
        if swap is None:
            break
        inc, out = swap
        filled = [g for g in short if member[g][inc] and not member[g][out]]
        selected.remove(out)
        del reasons[out]
        selected.add(inc)
        reasons[inc] = "quota_" + "_".join(filled)  # type: ignore[assignment]
        counts = after_swap(inc, out)

    problems: list[Problem] = []
    if n < seats:
        problems.append(warning("ranking.seats_unfilled", seats=seats, eligible=len(eligible)))
    for g in GROUPS:
        if counts[g] < required[g]:
            available = sum(member[g])
            code = f"ranking.{g}_shortfall" if available < required[g] else f"ranking.{g}_unreachable"
            problems.append(warning(code, required=required[g], selected=counts[g], available=available,
                                    seats=seats, percent=_percent(quotas.get(g, 0)), youth_max_age=youth_max_age))

    tied_at_cut: set[int] = set()
    ties: dict[int, tuple[set[int], set[int]]] = {}
    for s in selected:
        for u in range(len(eligible)):
            if u not in selected and eligible[u].total == eligible[s].total and keeps_quotas(after_swap(u, s)):
                sides = ties.setdefault(eligible[s].total, (set(), set()))
                sides[0].add(s)
                sides[1].add(u)
                tied_at_cut.add(s)
    for total, (ins, outs) in sorted(ties.items(), reverse=True):
        problems.append(warning(
            "ranking.tie_at_cut", total=total,
            selected=", ".join(_full_name(eligible[i].candidate) for i in sorted(ins)),
            unselected=", ".join(_full_name(eligible[i].candidate) for i in sorted(outs)),
            selected_ids=tuple(eligible[i].candidate.id for i in sorted(ins)),
            unselected_ids=tuple(eligible[i].candidate.id for i in sorted(outs))))

    rows = tuple(DraftRow(position, eligible[i].candidate, eligible[i].total, reasons[i], eligible[i].rank,
                          i in tied_at_cut)
                 for position, i in enumerate(sorted(selected), start=1))
    return DraftList(rows, tuple(problems))
