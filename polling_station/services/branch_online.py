"""Online ballots at the branch: ``iin,voted_at,race,choices``, checked against the roll and the election.

What a file alone decides, at import: a row is rejected, with its line and the reason, and not
kept, when it is not a valid row, its race is unknown, a choice is not a candidate of the race,
it marks more candidates than the race allows, or it was cast outside the online voting window.

What is decided over **all** files together and against the roll **current when results are
computed** (``branch_results``), so that no result depends on the order of imports:

- one ballot per member per race: every distinct version of a member's ballot in a race is kept
  (identical rows, from one file or several, are one version: the same instant and the same set
  of candidates). A member and race with one version has a ballot; with differing versions,
  anywhere, none of them counts — all are set aside and the report lists them;
- the member must be on the roll, eligible, and of a precinct that votes in the race. A row that
  the roll refuses at import is reported as rejected, with the reason, but **kept**: a later roll
  that admits the member counts it, as a later roll that suspends a member sets their ballots aside.

The import's summary still says, per row, what the roll and the stored ballots make of it now:
rejected for the roll's reason, rejected as differing from another row of the file
(``online.ballot_conflict``) or from a ballot of an earlier file (``branch.online_differs``).

Importing the same file again changes nothing. A ballot that marks no candidate is kept (the
member voted; the ballot gives no votes) with a warning. Ballots are stored in a canonical form:
candidates in id order, the time in the offset of the election's online voting window.
"""
from __future__ import annotations

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
    "branch.online_differs": "Member {iin} already has a different ballot for race «{race}» from the file {file}: "
                             "neither ballot is counted.",
}

# the roll's reasons: such a row is kept, and counts if the roll current at the report admits it
ROLL_CODES = frozenset({"branch.online_unknown_member", "branch.online_not_eligible", "branch.online_wrong_race"})


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
    kept: int = 0  # versions stored by this import, the rejected ones the roll or a difference refused included
    recorded: bool = False  # the file was recorded (a new file, or new versions): the branch file changed


class OnlineMixin:
    """``Branch``'s online-ballot import; see the module doc for the rules."""

    def import_online(self, path, *, rejects_path=None, render: Callable[[Problem], str] | None = None,
                      progress: Callable[[int, int], None] | None = None) -> OnlineSummary:
        from polling_station.exchange import roll as roll_files
        from polling_station.services import branch_integrity
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
        zone = opens.tzinfo
        validate = member_rules.validate_online_ballot_row

        rejected: list[member_rules.Reject] = []
        warned: list[member_rules.LineProblems] = []
        kept: set[tuple[str, str, str, str]] = set()  # (race, iin, voted_at, choices) versions to store
        # race \0 iin → [first line, version, warnings, [(line, version) of later rows]] of the rows the roll admits
        groups: dict[str, list] = {}
        with roll_files._bulk():
            for n, (line, fields) in enumerate(table.rows, 1):
                if progress and n % PROGRESS_EVERY == 0:
                    progress(n, total)
                ballot, problems = validate(line, fields)
                errors = [p for p in problems if p.is_error]
                if ballot is None or errors:
                    rejected.append(member_rules.Reject(line, _blamed(errors), tuple(errors)))
                    continue
                found = _check(ballot, member_of, races, races_of, opens, closes)
                version = (ballot.voted_at.astimezone(zone).isoformat(), " ".join(sorted(ballot.choices)))
                if found:
                    rejected.append(member_rules.Reject(line, _blamed(found), tuple(found)))
                    if all(p.code in ROLL_CODES for p in found):
                        kept.add((ballot.race, ballot.iin, *version))
                    continue
                warnings = tuple(p for p in problems if not p.is_error)
                key = ballot.race + "\x00" + ballot.iin
                group = groups.get(key)
                if group is None:
                    groups[key] = [line, version, warnings, None]
                else:
                    if group[3] is None:
                        group[3] = []
                    group[3].append((line, version))

        existing: dict = {}
        if self._has_online():
            wanted = set(groups)
            wanted.update(race + "\x00" + iin for race, iin, _, _ in kept)
            existing = self._stored_versions(wanted)
            del wanted
        files = dict(self.db.execute("SELECT id, file FROM online_files").fetchall())
        added = unchanged = collapsed = 0
        for key, (line, version, warnings, later) in groups.items():
            race, iin = key.split("\x00")
            lines = [line, *(n for n, _ in later)] if later else [line]
            versions = {version, *(v for _, v in later)} if later else {version}
            kept.update((race, iin, *v) for v in versions)
            if len(versions) > 1:
                for n in lines:
                    rejected.append(member_rules.Reject(n, "iin", (error(
                        "online.ballot_conflict", field="iin", iin=iin, race=race,
                        other_lines=", ".join(str(x) for x in sorted(lines) if x != n)),)))
                continue
            stored = existing.get(key)
            if stored is not None and any(v != version for v, _ in stored):
                other = files.get(next(file_id for v, file_id in stored if v != version), "?")
                for n in lines:
                    rejected.append(member_rules.Reject(n, "iin", (error(
                        "branch.online_differs", field="iin", iin=iin, race=race, file=other),)))
                continue
            collapsed += len(lines) - 1
            if stored is None:
                added += 1
            else:
                unchanged += 1
            if warnings:
                warned.append(member_rules.LineProblems(line, _blamed(warnings), warnings))
        del groups

        def is_new(v) -> bool:
            stored = existing.get(v[0] + "\x00" + v[1])
            return stored is None or all(s != (v[2], v[3]) for s, _ in stored)

        # in primary-key order, so SQLite appends to the B-tree instead of splitting pages all over it
        # (and the file's digest is taken in the order a check reads the table); one string per key
        # sorts several times faster than tuples
        fresh = sorted(filter(is_new, kept), key="\x00".join)
        del kept, existing
        rejected.sort(key=lambda r: r.line)
        warned.sort(key=lambda w: w.line)
        rows = added + unchanged + collapsed + len(rejected)
        rejects_file = None
        if rejected and rejects_path is not None:
            roll_files.write_rejects(Path(rejects_path), rejected, render or (lambda p: p.code))
            rejects_file = str(rejects_path)
        reasons = Counter(p.code for r in rejected for p in r.problems)
        examples: dict = {}
        for r in rejected:
            for p in r.problems:
                examples.setdefault(p.code, (r.line, p))
        sha = file_sha256(path)
        with self.db.atomic():
            known = self.db.execute("SELECT 1 FROM online_files WHERE sha256 = ?", (sha,)).fetchone()
            # every distinct file is recorded, even one that adds nothing: the report names its sources
            # whatever the order of imports
            recorded = bool(fresh) or known is None
            if recorded:
                file_id = self.db.execute(
                    "INSERT INTO online_files (file, sha256, rows, added, rejected, imported_at) VALUES (?,?,?,?,?,?)",
                    (path.name, sha, rows, added, len(rejected), self._now_iso())).lastrowid
                self.db.conn.executemany(
                    "INSERT INTO online_ballots (race, iin, voted_at, choices, file_id) VALUES (?, ?, ?, ?, ?)",
                    ((*v, file_id) for v in fresh))
                self._journal("online.imported", {
                    "file": path.name, "sha256": sha, "file_id": file_id, "rows": rows, "added": added,
                    "unchanged": unchanged, "collapsed": collapsed, "rejected": len(rejected), "kept": len(fresh),
                    "reasons": dict(sorted(reasons.items())), "ballots": branch_integrity.ballots_digest(fresh)})
        if progress:
            progress(total, total)
        return OnlineSummary(path.name, rows, added + unchanged, added, unchanged, collapsed, len(rejected),
                             len(warned), rejects_file, dict(sorted(reasons.items())),
                             tuple(p for w in warned for p in w.problems), examples, len(fresh), recorded)

    def _has_online(self) -> bool:
        return self.db.execute("SELECT 1 FROM online_ballots LIMIT 1").fetchone() is not None

    def _stored_versions(self, wanted) -> dict[str, list[tuple[tuple[str, str], int]]]:
        """race \\0 iin → [((voted_at, choices), file_id)] of the stored ballots of the members and
        races in ``wanted`` (read whole: one pass beats a query per row)."""
        out: dict[str, list] = {}
        for race, iin, voted_at, choices, file_id in self.db.execute(
                "SELECT race, iin, voted_at, choices, file_id FROM online_ballots"):
            key = race + "\x00" + iin
            if key in wanted:
                found = out.get(key)
                if found is None:
                    out[key] = [((voted_at, choices), file_id)]
                else:
                    found.append(((voted_at, choices), file_id))
        return out

    def online_ballot_count(self) -> int:
        """Online ballot rows kept: every distinct version, those the current roll refuses included."""
        return self.db.execute("SELECT count(*) FROM online_ballots").fetchone()[0]

    def _now_iso(self) -> str:
        return self.clock().isoformat(timespec="seconds")


def _blamed(problems) -> str | None:
    fields = {p.params.get("field") for p in problems}
    return fields.pop() if len(fields) == 1 else None


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
