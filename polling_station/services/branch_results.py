"""The merged results of a branch: turnout, results per race, ratings, the draft list, conflicts.

One function, ``compute``, reads the branch database and returns plain values; the report files,
the PDF and the GUI all render the same ``BranchResults``.

What counts (DESIGN §1–§4, issue 7):

- Paper votes are the check-ins (not voided) of each precinct's **current** protocol; a precinct
  that is missing, refused or in conflict contributes nothing until it is settled.
- Online ballots are judged over all imported files together and against the roll as it is
  now: a member and race with differing ballots (anywhere) has all of them set aside and listed
  (``online_set_aside``); a ballot of a member the current roll does not admit to the race (not on
  it, not eligible, or of a precinct that does not vote in it) is not counted
  (``Sources.online_not_admitted``), whenever that roll was imported.
- The remaining online ballots are merged with them by ``domain.merge.resolve`` under the election's
  ``online_double_vote_policy``: a member with a paper check-in never has an online ballot
  counted (``paper_prevails`` annuls it; ``refuse`` refers the case to the commission).
- ``voted`` = unique members who voted: paper voters of the precinct where they checked in
  (the earliest check-in if, by error, there are two) plus members with at least one counted
  online ballot and no paper check-in, at the precinct of their current roll entry.
  ``voted = paper + online`` on every row.
- ``registered`` = eligible members of the roll (active, joined on or before the roll cutoff).
  Without a roll, a precinct's registered count is its protocol's line 1; a precinct with
  neither counts 0, and its percent is left empty rather than divided by zero.
- ``percent`` = 100 × voted / registered, rounded half up to one decimal.

Everything depends only on the set of accepted packages and resolutions, the set of online ballot
versions, the roll as it is now and the exclusions: rows are in the election's order and ties in
Kazakh alphabetical order, never in order of arrival.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from typing import Mapping

from polling_station.domain import merge, names, ranking
from polling_station.domain.election import Election, Race
from polling_station.domain.problems import Problem, warning

TOTAL = "TOTAL"

MESSAGES = {
    "branch.online_set_aside": "Race «{race}»: {count} member(s) sent differing online ballots; none of them is "
                               "counted (results.json lists them).",
}


def percent(voted: int, registered: int) -> str:
    if registered <= 0:
        return ""
    value = Decimal(100 * voted) / Decimal(registered)
    return str(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class TurnoutRow:
    region: str
    precinct: str  # '' on a region's row
    name: str
    registered: int
    paper: int
    online: int
    status: str = ""  # the precinct's package state, on precinct rows
    version: int | None = None

    @property
    def voted(self) -> int:
        return self.paper + self.online

    @property
    def percent(self) -> str:
        return percent(self.voted, self.registered)


@dataclass(frozen=True)
class RaceOutcome:
    race: Race
    result: ranking.RaceResult
    ratings: ranking.Ratings
    draft: ranking.DraftList
    excluded: Mapping[str, str]
    youth: frozenset[str]  # candidate ids under the youth age on voting day


@dataclass(frozen=True)
class Sources:
    packages: tuple[tuple[str, int, str], ...]  # (precinct, version, sha256) of current protocols
    precinct_states: tuple[tuple[str, str], ...]  # (precinct, state)
    online_ballots: int  # one per member and race, admitted by the current roll, not set aside
    online_counted: int
    online_files: tuple[str, ...]  # sha256 of every online file imported
    online_set_aside: int = 0  # members and races with differing ballots
    online_not_admitted: int = 0  # members and races whose ballots the current roll does not admit


@dataclass(frozen=True)
class SetAside:
    """A member's differing online ballots in one race: none is counted."""
    iin: str
    race: str
    precinct: str
    ballots: tuple[tuple[str, tuple[str, ...]], ...]  # (voted_at, choices), in time order


@dataclass(frozen=True)
class BranchResults:
    election: Election
    policy: str
    regions: tuple[TurnoutRow, ...]
    total: TurnoutRow
    precincts: tuple[TurnoutRow, ...]
    races: tuple[RaceOutcome, ...]
    conflicts: tuple[merge.Conflict, ...]
    problems: tuple[Problem, ...]  # of the merge; each race's draft list carries its own
    sources: Sources
    online_set_aside: tuple[SetAside, ...] = ()  # by IIN, then race


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


class _StoredBallot(tuple):
    """An online ballot as stored — (race, iin, voted_at, choices, the member's precinct) — read
    as the merge reads a ballot. A tuple made straight from the database row, its time parsed only
    when the merge names it in a conflict: 600,000 objects built field by field cost seconds."""

    __slots__ = ()
    race = property(itemgetter(0))
    iin = property(itemgetter(1))
    home = property(itemgetter(4))

    @property
    def voted_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self[2])

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self[3].split())


def compute(branch) -> BranchResults:
    election: Election = branch.election
    db = branch.db
    states = branch.precinct_states()
    current = branch.current_packages(states)
    current_ids = [pid for pid, _, _ in current]

    paper: list[merge.PaperVote] = []
    if current_ids:
        marks = ",".join("?" * len(current_ids))
        paper = [merge.PaperVote(iin, precinct, _time(at)) for iin, at, precinct in db.execute(
            f"SELECT c.iin, c.at, p.precinct FROM package_checkins c JOIN packages p ON p.id = c.package_id "
            f"WHERE p.id IN ({marks})", current_ids)]
    online, set_aside, not_admitted = _online_ballots(branch)
    outcome = merge.resolve(paper, online, election.online_double_vote_policy)
    n_online = len(online)
    del online

    # paper voters at the precinct of their earliest check-in, as the merge names it
    first_paper: dict[str, tuple[dt.datetime, str]] = {}
    for vote in paper:
        seen = first_paper.get(vote.iin)
        if seen is None or (vote.at, vote.precinct) < seen:
            first_paper[vote.iin] = (vote.at, vote.precinct)
    paper_by_precinct: dict[str, int] = {}
    for _, precinct in first_paper.values():
        paper_by_precinct[precinct] = paper_by_precinct.get(precinct, 0) + 1

    online_voters: set[str] = set()
    online_by_precinct: dict[str, int] = {}
    for ballot in outcome.counted_online:
        if ballot.iin not in online_voters:
            online_voters.add(ballot.iin)
            online_by_precinct[ballot.home] = online_by_precinct.get(ballot.home, 0) + 1
    del online_voters

    registered = {p: e for p, (_, e) in branch.registered().items()}
    if not registered:
        registered = {precinct: _line_one(protocol) for _, precinct, protocol in current}

    state_of = {s.precinct: s for s in states}
    precinct_rows = tuple(
        TurnoutRow(p.region, p.id, p.name, registered.get(p.id, 0), paper_by_precinct.get(p.id, 0),
                   online_by_precinct.get(p.id, 0), state_of[p.id].state,
                   state_of[p.id].current.version if state_of[p.id].current else None)
        for p in election.precincts)
    region_rows = tuple(
        TurnoutRow(r.id, "", r.name, *(_sums([row for row in precinct_rows if row.region == r.id])))
        for r in election.regions)
    total = TurnoutRow(TOTAL, "", "Барлығы / Всего", *_sums(precinct_rows))

    races = _race_outcomes(branch, current, outcome)
    online_files = tuple(sorted(sha for (sha,) in db.execute("SELECT DISTINCT sha256 FROM online_files")))
    sources = Sources(
        packages=tuple(sorted((precinct, state_of[precinct].current.version, state_of[precinct].current.sha256)
                              for _, precinct, _ in current)),
        precinct_states=tuple((s.precinct, s.state) for s in states),
        online_ballots=n_online, online_counted=len(outcome.counted_online), online_files=online_files,
        online_set_aside=len(set_aside), online_not_admitted=not_admitted)
    by_race = {}
    for s in set_aside:
        by_race[s.race] = by_race.get(s.race, 0) + 1
    problems = (*outcome.problems, *(warning("branch.online_set_aside", race=r.id, count=by_race[r.id])
                                     for r in election.races if r.id in by_race))
    return BranchResults(election, election.online_double_vote_policy, region_rows, total, precinct_rows, races,
                         outcome.conflicts, problems, sources, set_aside)


def _online_ballots(branch) -> tuple[list[_StoredBallot], tuple[SetAside, ...], int]:
    """The online ballots that go to the merge, the members and races whose ballots differ (set
    aside), and how many members and races the current roll does not admit."""
    db = branch.db
    races_of = {p.id: frozenset(p.races) for p in branch.election.precincts}
    nowhere: frozenset = frozenset()
    disputed = {(race, iin) for race, iin in db.execute(
        "SELECT race, iin FROM online_ballots GROUP BY race, iin HAVING count(*) > 1")}
    # race, iin, voted_at, choices, the member's precinct now, eligible now
    cursor = db.execute("SELECT b.race, b.iin, b.voted_at, b.choices, m.precinct, m.eligible FROM online_ballots b "
                        "LEFT JOIN roll_members m ON m.iin = b.iin")
    if not disputed:
        online = [row for row in map(_StoredBallot, cursor) if row[5] and row[0] in races_of.get(row[4], nowhere)]
        n_rows = db.execute("SELECT count(*) FROM online_ballots").fetchone()[0]
        return online, (), n_rows - len(online)
    online, not_admitted = [], 0
    versions: dict[tuple[str, str], list] = {}
    for row in map(_StoredBallot, cursor):
        admitted = row[5] and row[0] in races_of.get(row[4], nowhere)
        key = (row[0], row[1])
        if key in disputed:
            if admitted:
                versions.setdefault(key, []).append(row)
            elif key not in versions:
                versions[key] = []
        elif admitted:
            online.append(row)
        else:
            not_admitted += 1
    set_aside = []
    for (race, iin), rows in sorted(versions.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if not rows:
            not_admitted += 1
            continue
        ballots = tuple(sorted((r[2], tuple(r[3].split())) for r in rows))
        set_aside.append(SetAside(iin, race, rows[0][4], ballots))
    return online, tuple(set_aside), not_admitted


def _sums(rows) -> tuple[int, int, int]:
    return (sum(r.registered for r in rows), sum(r.paper for r in rows), sum(r.online for r in rows))


def _line_one(protocol: Mapping) -> int:
    for race in protocol.get("races", ()):
        value = race.get("lines", {}).get("roll_eligible")
        if isinstance(value, int):
            return value
    return 0


def _race_outcomes(branch, current, outcome: merge.MergeOutcome) -> tuple[RaceOutcome, ...]:
    election: Election = branch.election
    exclusions = branch.exclusions()
    results = {r.id: ranking.empty_result(r.id) for r in election.races}
    for _, _, protocol in current:
        for race in protocol.get("races", ()):
            if race["id"] in results:
                votes = {c["id"]: c["votes"] for c in race.get("candidates", ())}
                results[race["id"]] = ranking.add_paper(results[race["id"]], votes)
    by_race: dict[str, list[tuple[str, ...]]] = {}
    for ballot in outcome.counted_online:
        by_race.setdefault(ballot.race, []).append(ballot.choices)
    for race_id, choices in by_race.items():
        if race_id in results:
            results[race_id] = ranking.add_online(results[race_id], choices)
    by_race.clear()

    out = []
    for race in election.races:
        excluded = {cid: e.reason for (rid, cid), e in exclusions.items() if rid == race.id}
        rated = ranking.ratings(results[race.id], race.candidates, excluded, names.collation_key,
                                voting_day=election.voting_day, youth_max_age=election.youth_max_age)
        draft = ranking.quota_list(rated.overall, race.seats, voting_day=election.voting_day,
                                   quotas=election.quotas, youth_max_age=election.youth_max_age)
        youth = frozenset(c.id for c in race.candidates
                          if ranking.is_youth(c, election.voting_day, election.youth_max_age))
        out.append(RaceOutcome(race, results[race.id], rated, draft, excluded, youth))
    return tuple(out)
