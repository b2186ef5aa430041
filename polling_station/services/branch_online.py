"""Online ballots at the branch: ``iin,voted_at,race,choices``, checked against the roll and the election.

A row is rejected, with its line and the reason, when its member is not on the roll or not
eligible, its race is unknown or not one the member's precinct votes in, a choice is not a
candidate of the race, it marks more candidates than the race allows, or it was cast outside the
online voting window. One ballot per member per race: identical rows collapse, differing rows
for the same member and race are all rejected (neither can be trusted over the other), and a row
that differs from a ballot already imported from an earlier file is rejected too.

Importing the same file again changes nothing. A ballot that marks no candidate is kept (the
member voted; the ballot gives no votes) with a warning.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from polling_station.domain import members as member_rules
from polling_station.domain.problems import Problem, error
from polling_station.errors import Refused

MESSAGES = {
    "branch.online_unknown_member": "The IIN {iin} is not on the member roll.",
    "branch.online_not_eligible": "Member {iin} was not eligible to vote: the membership is suspended, or began "
                                  "after the roll cutoff.",
    "branch.online_unknown_race": "There is no race «{race}» in this election.",
    "branch.online_wrong_race": "Member {iin} belongs to precinct {precinct}, which does not vote in race «{race}».",
    "branch.online_unknown_candidate": "«{candidate}» is not a candidate of race «{race}».",
    "branch.online_too_many_choices": "The ballot marks {count} candidates; race «{race}» allows at most "
                                      "{max_choices}.",
    "branch.online_outside_window": "The ballot was cast at {voted_at}, outside the online voting window "
                                    "({opens} – {closes}).",
    "branch.online_differs": "Member {iin} already has a different ballot for race «{race}» from the file {file}.",
}


@dataclass(frozen=True)
class OnlineSummary:
    file: str
    rows: int
    accepted: int
    added: int
    unchanged: int
    collapsed: int
    rejected: int
    warned: int
    rejects_file: str | None
    reasons: dict = field(default_factory=dict)  # code → rows rejected for it
    problems: tuple = field(default=(), repr=False)
    examples: dict = field(default_factory=dict, repr=False)  # code → (line, problem) of its first row


class OnlineMixin:
    """``Branch``'s online-ballot import; see the module doc for the rules."""

    def import_online(self, path, *, rejects_path=None, render: Callable[[Problem], str] | None = None,
                      progress: Callable[[int, int], None] | None = None) -> OnlineSummary:
        from polling_station.exchange import roll as roll_files
        from polling_station.services.branch import PROGRESS_EVERY, count_lines, file_sha256

        if not self.has_roll():
            raise Refused.because("branch.no_roll")
        path = Path(path)
        total = count_lines(path) if progress else 0
        table = roll_files.read_online_ballots(path)
        member_of = self._member_map()
        races = {r.id: (frozenset(c.id for c in r.candidates), r.max_choices) for r in self.election.races}
        races_of = {p.id: frozenset(p.races) for p in self.election.precincts}
        opens, closes = self.election.online_from, self.election.online_to
        validate = member_rules.validate_online_ballot_row

        existing = self._existing_ballots() if self._has_online() else {}
        files = dict(self.db.execute("SELECT id, file FROM online_files").fetchall())

        def checked():
            for n, (line, fields) in enumerate(table.rows, 1):
                if progress and n % PROGRESS_EVERY == 0:
                    progress(n, total)
                ballot, problems = validate(line, fields)
                if ballot is not None:
                    found = _check(ballot, member_of, races, races_of, opens, closes)
                    stored = existing.get((ballot.race, ballot.iin)) if existing else None
                    if stored is not None and (stored[0] != ballot.voted_at or stored[1] != frozenset(ballot.choices)):
                        found.append(error("branch.online_differs", field="iin", iin=ballot.iin, race=ballot.race,
                                           file=files.get(stored[2], "?")))
                    if found:
                        ballot, problems = None, problems + tuple(found)
                yield line, ballot, problems

        with roll_files._bulk():
            rec = member_rules.reconcile_online_ballots(checked())
        # in key order: SQLite appends to the B-tree instead of splitting pages all over it (6× faster);
        # one string per key sorts several times faster than tuples
        fresh = [b for b in rec.accepted if (b.race, b.iin) not in existing] if existing else list(rec.accepted)
        fresh.sort(key=lambda b: b.race + "\x00" + b.iin)
        unchanged = len(rec.accepted) - len(fresh)
        del existing
        rejected = list(rec.rejected)
        rejected.sort(key=lambda r: r.line)
        rows = len(rec.accepted) + rec.collapsed + len(rec.rejected)
        rejects_file = None
        if rejected and rejects_path is not None:
            roll_files.write_rejects(Path(rejects_path), rejected, render or (lambda p: p.code))
            rejects_file = str(rejects_path)
        reasons = Counter(p.code for r in rejected for p in r.problems)
        examples: dict = {}
        for r in rejected:
            for p in r.problems:
                examples.setdefault(p.code, (r.line, p))
        with self.db.atomic():
            if fresh:
                at = self._now_iso()
                sha = file_sha256(path)
                file_id = self.db.execute(
                    "INSERT INTO online_files (file, sha256, rows, added, rejected, imported_at) VALUES (?,?,?,?,?,?)",
                    (path.name, sha, rows, len(fresh), len(rejected), at)).lastrowid
                self.db.conn.executemany(
                    "INSERT INTO online_ballots (race, iin, voted_at, choices, precinct, file_id) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    ((b.race, b.iin, b.voted_at.isoformat(), " ".join(b.choices), member_of[b.iin][0], file_id)
                     for b in fresh))
                self._journal("online.imported", {
                    "file": path.name, "sha256": sha, "rows": rows, "added": len(fresh),
                    "unchanged": unchanged, "collapsed": rec.collapsed, "rejected": len(rejected),
                    "reasons": dict(sorted(reasons.items()))})
        if progress:
            progress(total, total)
        added = len(fresh)
        del fresh, member_of
        return OnlineSummary(path.name, rows, added + unchanged, added, unchanged, rec.collapsed,
                             len(rejected), len(rec.warned), rejects_file, dict(sorted(reasons.items())),
                             tuple(p for w in rec.warned for p in w.problems), examples)

    def _has_online(self) -> bool:
        return self.db.execute("SELECT 1 FROM online_ballots LIMIT 1").fetchone() is not None

    def _existing_ballots(self) -> dict[tuple[str, str], tuple[dt.datetime, frozenset, int]]:
        return {(race, iin): (dt.datetime.fromisoformat(at), frozenset(choices.split()), file_id)
                for race, iin, at, choices, file_id in self.db.execute(
                    "SELECT race, iin, voted_at, choices, file_id FROM online_ballots")}

    def online_ballot_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM online_ballots").fetchone()[0]

    def _now_iso(self) -> str:
        return self.clock().isoformat(timespec="seconds")


def _check(ballot, member_of, races, races_of, opens, closes) -> list[Problem]:
    member = member_of.get(ballot.iin)
    race = races.get(ballot.race)
    choices = ballot.choices
    if (member is not None and member[1] and race is not None and ballot.race in races_of.get(member[0], ())
            and len(choices) <= race[1] and race[0].issuperset(choices) and opens <= ballot.voted_at <= closes):
        return []  # the 99.9 %: one test each, then the reasons only for the rest
    found: list[Problem] = []
    if member is None:
        found.append(error("branch.online_unknown_member", field="iin", iin=ballot.iin))
    elif not member[1]:
        found.append(error("branch.online_not_eligible", field="iin", iin=ballot.iin))
    if race is None:
        found.append(error("branch.online_unknown_race", field="race", race=ballot.race))
    else:
        if member is not None and ballot.race not in races_of.get(member[0], ()):
            found.append(error("branch.online_wrong_race", field="race", iin=ballot.iin, precinct=member[0],
                               race=ballot.race))
        candidates, max_choices = race
        for choice in choices:
            if choice not in candidates:
                found.append(error("branch.online_unknown_candidate", field="choices", candidate=choice,
                                   race=ballot.race))
        if len(choices) > max_choices:
            found.append(error("branch.online_too_many_choices", field="choices", count=len(choices),
                               race=ballot.race, max_choices=max_choices))
    if not opens <= ballot.voted_at <= closes:
        found.append(error("branch.online_outside_window", field="voted_at", voted_at=ballot.voted_at.isoformat(),
                           opens=opens.isoformat(), closes=closes.isoformat()))
    return found

