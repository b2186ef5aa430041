"""Precinct packages at the branch: verified, recorded, and settled into one protocol per precinct.

Import (``import_package``):

1. The same file (by SHA-256) imported again changes nothing: the result is ``duplicate``.
2. The package is verified exactly as ``polling-station verify`` does (``exchange.package``),
   trusting only the certificates trusted for **its** precinct (``branch trust … --precinct``)
   and those trusted for every precinct. A package that would verify under a certificate trusted
   for another precinct only is refused with that reason: a chair signs for their own precinct.
3. Its protocol must belong to this election, to a precinct of it, and list exactly that
   precinct's races and candidates; its check-ins must be as many as the protocol's line 3.
4. A refused package is recorded with its reasons (once per distinct refusal) and journaled.

Settling (a pure function of the set of accepted packages, so any import order ends the same):
the highest protocol version of a precinct is its current protocol; every lower version is
``superseded``, and the newer version's reason is what the reports show for the correction.
Two or more *different* packages of the highest version are a ``conflict``: none of them counts
until ``resolve_conflict`` records the commission's choice and its reason. A later, still
different package of that version reopens the conflict.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import zipfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from polling_station.domain.problems import Problem, error
from polling_station.exchange.zip_errors import ZIP_ERRORS
from polling_station.errors import Refused

MESSAGES = {
    "branch.package_unreadable": "{file} is not a precinct package: {reason}.",
    "branch.package_other_election": "The package is for election «{found}», not «{expected}».",
    "branch.package_unknown_precinct": "The package is for precinct «{precinct}», which this election does not have.",
    "branch.package_races": "The protocol of precinct {precinct} does not match the election: {detail}.",
    "branch.package_checkins": "The package lists {listed} check-ins but its protocol says {issued} ballots "
                               "were issued (line 3).",
    "branch.no_trust": "No certificate is trusted for precinct {precinct}: add the branch CA or the chair's "
                       "certificate with «branch trust».",
    "branch.signer_other_precinct": "The package is signed by «{signer}», whose certificate is trusted for "
                                    "precinct(s) {precincts} only, not for precinct {precinct}.",
    "branch.package_invalid": "Verification failed: {detail}",
    "branch.no_conflict": "Precinct {precinct} has no conflicting packages to resolve.",
    "branch.not_in_conflict": "No conflicting package of precinct {precinct} starts with «{package}».",
    "branch.ambiguous_package": "«{package}» matches several packages of precinct {precinct}: give more digits.",
    "branch.resolution_reason": "Write the commission's reason for choosing this package.",
}

IMPORTED, DUPLICATE, REJECTED, SUPERSEDED, CONFLICT = "imported", "duplicate", "rejected", "superseded", "conflict"

# What a precinct is, on the dashboard and in precincts.csv
P_IMPORTED, P_MISSING, P_REJECTED, P_CONFLICT = "imported", "missing", "rejected", "conflict"
# What a package is, once settled
CURRENT, SET_ASIDE = "current", "set_aside"
# Below this many packages, starting worker processes costs more than it saves
PARALLEL_FROM = 16


@dataclass(frozen=True)
class PackageContents:
    """What the branch keeps of a verified package."""
    sha256: str
    precinct: str
    election: str
    version: int
    reason: str
    protocol: Mapping
    protocol_bytes: bytes
    checkins: tuple[tuple[str, str], ...]  # (IIN, time) of every check-in not voided
    signer: str
    signer_iin: str | None


@dataclass(frozen=True)
class PackageOutcome:
    file: str
    sha256: str
    result: str
    precinct: str | None = None
    version: int | None = None
    problems: tuple[Problem, ...] = ()
    supersedes: tuple[int, ...] = ()


@dataclass(frozen=True)
class PackageRecord:
    id: int
    sha256: str
    file: str
    precinct: str
    version: int
    reason: str
    signer: str
    imported_at: str
    state: str  # current | superseded | conflict | set_aside
    superseded_by: int | None = None


@dataclass(frozen=True)
class RejectionRecord:
    sha256: str
    file: str
    precinct: str
    problems: tuple[Problem, ...]
    at: str


@dataclass(frozen=True)
class PrecinctState:
    precinct: str
    region: str
    name: str
    state: str  # imported | missing | rejected | conflict
    current: PackageRecord | None
    packages: tuple[PackageRecord, ...]
    rejections: tuple[RejectionRecord, ...]

    @property
    def superseded(self) -> tuple[PackageRecord, ...]:
        return tuple(p for p in self.packages if p.state == "superseded")


@dataclass(frozen=True)
class _Prepared:
    path: Path
    sha: str
    claimed: str | None
    roots: list


@dataclass(frozen=True)
class _Row:
    sha256: str
    version: int


def settle(packages: Iterable[_Row],
           resolutions: Mapping[int, tuple[str, frozenset[str]]]) -> dict[str, tuple[str, int | None]]:
    """sha256 → (state, superseding version) for one precinct's accepted packages (see the module doc)."""
    packages = list(packages)
    if not packages:
        return {}
    top = max(p.version for p in packages)
    out: dict[str, tuple[str, int | None]] = {}
    for p in packages:
        if p.version < top:
            out[p.sha256] = ("superseded", top)
    at_top = sorted(p.sha256 for p in packages if p.version == top)
    chosen, set_aside = resolutions.get(top, (None, frozenset()))
    open_ = [sha for sha in at_top if sha not in set_aside]
    for sha in at_top:
        if sha in set_aside:
            out[sha] = (SET_ASIDE, None)
    if len(open_) == 1:
        out[open_[0]] = (CURRENT, None)
    else:
        for sha in open_:
            out[sha] = (CONFLICT, None)
    return out


class PackagesMixin:
    """``Branch``'s package import, conflict resolution and precinct states."""

    # ----- import -----------------------------------------------------------------------------

    def import_packages(self, paths: Sequence, progress: Callable[[int, int], None] | None = None, *,
                        workers: int | None = None) -> list[PackageOutcome]:
        """Import each file in turn (results in the same order). The signatures of a large batch
        are checked in parallel worker processes — verification is most of the time — while the
        recording stays here, one transaction per package, in the given order."""
        from polling_station.services import branch_verify

        paths = [Path(p) for p in paths]
        prepared = [self._prepare(path) for path in paths]
        pending = [p for p in prepared if isinstance(p, _Prepared) and p.roots]
        workers = workers or os.cpu_count() or 1
        results: dict[int, tuple] = {}
        pool = None
        if workers > 1 and len(pending) >= PARALLEL_FROM:
            # spawn, not fork: the GUI calls this from a thread, and a forked thread-holding process may deadlock
            pool = ProcessPoolExecutor(min(workers, len(pending)), mp_context=multiprocessing.get_context("spawn"),
                                       initializer=branch_verify.quiet_verifier_logs)
            results = {id(p): pool.submit(branch_verify.verify, p.path, p.sha, p.roots) for p in pending}
        out = []
        try:
            for n, item in enumerate(prepared, 1):
                if isinstance(item, PackageOutcome):
                    out.append(item)
                else:
                    future = results.get(id(item))
                    verified = future.result() if future is not None else None
                    out.append(self._import_prepared(item, verified))
                if progress:
                    progress(n, len(paths))
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        return out

    def import_package(self, path) -> PackageOutcome:
        item = self._prepare(Path(path))
        return item if isinstance(item, PackageOutcome) else self._import_prepared(item, None)

    def _prepare(self, path: Path) -> "PackageOutcome | _Prepared":
        """What can be known without verifying: the file's hash, a duplicate, the precinct it claims."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            return PackageOutcome(path.name, "", REJECTED, problems=(error(
                "branch.package_unreadable", file=path.name, reason=exc.strerror or type(exc).__name__),))
        sha = hashlib.sha256(data).hexdigest()
        known = self._known(sha)
        if known is not None:
            return PackageOutcome(path.name, sha, DUPLICATE, known[0], known[1])
        claimed = _claimed_precinct(path)
        roots = self.trust_roots(claimed) if claimed in self._precincts else []
        return _Prepared(path, sha, claimed, roots)

    def _known(self, sha: str):
        return self.db.execute("SELECT precinct, version FROM packages WHERE sha256 = ?", (sha,)).fetchone()

    def _import_prepared(self, item: "_Prepared", verified) -> PackageOutcome:
        known = self._known(item.sha)
        if known is not None:  # the same file twice in one batch
            return PackageOutcome(item.path.name, item.sha, DUPLICATE, known[0], known[1])
        contents, problems = self._verified_contents(item, verified)
        if problems:
            return self._reject(item.path, item.sha, contents.precinct if contents else item.claimed, problems)
        return self._accept(item.path, contents)

    def _verified_contents(self, item: "_Prepared", verified) -> tuple[PackageContents | None, list[Problem]]:
        from polling_station.services import branch_verify

        path, sha, claimed, roots = item.path, item.sha, item.claimed, item.roots
        if claimed is None:
            return None, [error("branch.package_unreadable", file=path.name, reason="no readable protocol.json")]
        if claimed not in self._precincts:
            return None, [error("branch.package_unknown_precinct", precinct=claimed)]
        if roots:
            contents, problems = verified if verified is not None else branch_verify.verify(path, sha, roots)
        else:
            contents, problems = None, []
        if not roots or branch_verify.untrusted_only(problems):
            elsewhere = self._trusted_elsewhere(path, sha, claimed)
            if elsewhere:
                signer, precincts = elsewhere
                return None, [error("branch.signer_other_precinct", signer=signer, precinct=claimed,
                                    precincts=", ".join(precincts))]
        if not roots:
            return None, [error("branch.no_trust", precinct=claimed)]
        if problems:
            return contents, problems
        return contents, self._consistency_problems(contents)

    def _trusted_elsewhere(self, path: Path, sha: str, precinct: str) -> tuple[str, list[str]] | None:
        from polling_station.services import branch_verify

        by_precinct: dict[str, list[bytes]] = {}
        for p, pem in self.db.execute("SELECT precinct, pem FROM trust WHERE precinct NOT IN ('', ?)", (precinct,)):
            by_precinct.setdefault(p, []).append(pem.encode("ascii"))
        hits = []
        signer = ""
        for other, roots in sorted(by_precinct.items()):
            contents, problems = branch_verify.verify(path, sha, roots)
            if not problems and contents is not None:
                hits.append(other)
                signer = contents.signer
        return (signer, hits) if hits else None

    def _consistency_problems(self, c: PackageContents) -> list[Problem]:
        if c.election != self.election.id:
            return [error("branch.package_other_election", found=c.election, expected=self.election.id)]
        precinct = self._precincts.get(c.precinct)
        if precinct is None:
            return [error("branch.package_unknown_precinct", precinct=c.precinct)]
        problems = []
        races = {r["id"]: r for r in c.protocol.get("races", ())}
        if set(races) != set(precinct.races):
            problems.append(error("branch.package_races", precinct=c.precinct,
                                  detail=f"races {sorted(races)} instead of {sorted(precinct.races)}"))
        for race_id, race in races.items():
            expected = self._races.get(race_id)
            if expected is None:
                continue
            listed = sorted(x["id"] for x in race.get("candidates", ()))
            if listed != sorted(x.id for x in expected.candidates):
                problems.append(error("branch.package_races", precinct=c.precinct,
                                      detail=f"race {race_id} lists candidates {listed}"))
            issued = race.get("lines", {}).get("issued")
            if issued is not None and issued != len(c.checkins):
                problems.append(error("branch.package_checkins", listed=len(c.checkins), issued=issued))
        return problems

    def _reject(self, path: Path, sha: str, precinct: str | None, problems: list[Problem]) -> PackageOutcome:
        payload = json.dumps([{"code": p.code, "params": dict(p.params)} for p in problems], ensure_ascii=False,
                             sort_keys=True, default=str)
        at = self._now_iso()
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO rejections (sha256, file, precinct, problems, at) VALUES (?, ?, ?, ?, ?)",
                (sha, path.name, precinct or "", payload, at))
            if cursor.rowcount == 1:
                self._journal("package.rejected", {"file": path.name, "sha256": sha, "precinct": precinct,
                                                   "problems": json.loads(payload)})
        return PackageOutcome(path.name, sha, REJECTED, precinct, None, tuple(problems))

    def _accept(self, path: Path, c: PackageContents) -> PackageOutcome:
        at = self._now_iso()
        with self.db.atomic():
            before = self._settled(c.precinct)
            package_id = self.db.execute(
                "INSERT INTO packages (sha256, file, precinct, version, reason, signer, signer_iin, protocol, "
                "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (c.sha256, path.name, c.precinct, c.version, c.reason, c.signer, c.signer_iin,
                 c.protocol_bytes.decode("utf-8"), at, self.operator)).lastrowid
            self.db.conn.executemany("INSERT INTO package_checkins (package_id, iin, at) VALUES (?, ?, ?)",
                                     [(package_id, iin, when) for iin, when in c.checkins])
            after = self._settled(c.precinct)
            state = after[c.sha256][0]
            superseded = tuple(sorted({self._version_of(sha) for sha, (s, _) in after.items()
                                       if s == "superseded" and before.get(sha, ("",))[0] != "superseded"}))
            self._journal("package.imported", {
                "file": path.name, "sha256": c.sha256, "precinct": c.precinct, "version": c.version,
                "reason": c.reason, "signer": c.signer, "signer_iin": c.signer_iin, "checkins": len(c.checkins),
                "state": state, "supersedes": list(superseded)})
        result = {CURRENT: IMPORTED, "superseded": SUPERSEDED}.get(state, CONFLICT)
        return PackageOutcome(path.name, c.sha256, result, c.precinct, c.version, (), superseded)

    def _version_of(self, sha: str) -> int:
        return self.db.execute("SELECT version FROM packages WHERE sha256 = ?", (sha,)).fetchone()[0]

    def _resolutions(self, precinct: str) -> dict[int, tuple[str, frozenset[str]]]:
        return {v: (chosen, frozenset(json.loads(aside))) for v, chosen, aside in self.db.execute(
            "SELECT version, chosen, set_aside FROM resolutions WHERE precinct = ?", (precinct,))}

    def _settled(self, precinct: str) -> dict[str, tuple[str, int | None]]:
        rows = [_Row(sha, v) for sha, v in self.db.execute(
            "SELECT sha256, version FROM packages WHERE precinct = ?", (precinct,))]
        return settle(rows, self._resolutions(precinct))

    # ----- conflicts --------------------------------------------------------------------------

    def resolve_conflict(self, precinct: str, package: str, reason: str) -> PackageRecord:
        """The commission chose ``package`` (its SHA-256 or a prefix of it) among the conflicting
        packages of ``precinct``; the others are set aside with ``reason``."""
        self._precinct(precinct)
        reason = " ".join((reason or "").split())
        if not reason:
            raise Refused.because("branch.resolution_reason")
        settled = self._settled(precinct)
        in_conflict = sorted(sha for sha, (s, _) in settled.items() if s == CONFLICT)
        if not in_conflict:
            raise Refused.because("branch.no_conflict", precinct=precinct)
        matches = [sha for sha in in_conflict if sha.startswith(package.lower())]
        if not matches:
            raise Refused.because("branch.not_in_conflict", precinct=precinct, package=package)
        if len(matches) > 1:
            raise Refused.because("branch.ambiguous_package", precinct=precinct, package=package)
        chosen = matches[0]
        version = self._version_of(chosen)
        previous = self._resolutions(precinct).get(version, (None, frozenset()))[1]
        set_aside = sorted(previous | (set(in_conflict) - {chosen}))
        at = self._now_iso()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO resolutions (precinct, version, chosen, set_aside, reason, at, by) "
                "VALUES (?,?,?,?,?,?,?) ON CONFLICT (precinct, version) DO UPDATE SET chosen = excluded.chosen, "
                "set_aside = excluded.set_aside, reason = excluded.reason, at = excluded.at, by = excluded.by",
                (precinct, version, chosen, json.dumps(set_aside), reason, at, self.operator))
            self._journal("conflict.resolved", {"precinct": precinct, "version": version, "chosen": chosen,
                                                "set_aside": set_aside, "reason": reason})
        return next(p for p in self.precinct_state(precinct).packages if p.sha256 == chosen)

    # ----- what the dashboard shows -----------------------------------------------------------

    def precinct_state(self, precinct_id: str) -> PrecinctState:
        return next(s for s in self.precinct_states() if s.precinct == precinct_id)

    def precinct_states(self) -> list[PrecinctState]:
        packages: dict[str, list] = {}
        for row in self.db.execute("SELECT id, sha256, file, precinct, version, reason, signer, imported_at "
                                   "FROM packages ORDER BY precinct, version, sha256"):
            packages.setdefault(row[3], []).append(row)
        rejections: dict[str, list[RejectionRecord]] = {}
        for sha, file, precinct, problems, at in self.db.execute(
                "SELECT sha256, file, precinct, problems, at FROM rejections ORDER BY id"):
            rejections.setdefault(precinct, []).append(RejectionRecord(sha, file, precinct, tuple(
                Problem(p["code"], p["params"], "error") for p in json.loads(problems)), at))
        out = []
        for p in self.election.precincts:
            rows = packages.get(p.id, [])
            settled = settle([_Row(r[1], r[4]) for r in rows], self._resolutions(p.id)) if rows else {}
            records = tuple(PackageRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], *settled[r[1]])
                            for r in rows)
            current = next((r for r in records if r.state == CURRENT), None)
            if current is not None:
                state = P_IMPORTED
            elif any(r.state == CONFLICT for r in records):
                state = P_CONFLICT
            elif rejections.get(p.id):
                state = P_REJECTED
            else:
                state = P_MISSING
            out.append(PrecinctState(p.id, p.region, p.name, state, current, records,
                                     tuple(rejections.get(p.id, ()))))
        return out

    def unassigned_rejections(self) -> list[RejectionRecord]:
        """Refused files whose precinct could not be read or is not in the election."""
        known = set(self._precincts)
        return [RejectionRecord(sha, file, precinct, tuple(Problem(p["code"], p["params"], "error")
                                                           for p in json.loads(problems)), at)
                for sha, file, precinct, problems, at in self.db.execute(
                    "SELECT sha256, file, precinct, problems, at FROM rejections ORDER BY id")
                if precinct not in known]

    def current_packages(self, states: list[PrecinctState] | None = None) -> list[tuple[int, str, Mapping]]:
        """(package id, precinct, protocol) of every precinct's current protocol."""
        out = []
        for state in states if states is not None else self.precinct_states():
            if state.current is not None:
                (protocol,) = self.db.execute("SELECT protocol FROM packages WHERE id = ?",
                                              (state.current.id,)).fetchone()
                out.append((state.current.id, state.precinct, json.loads(protocol)))
        return out


def _claimed_precinct(path: Path) -> str | None:
    """The precinct a package says it is for, read before verification to choose whom to trust."""
    try:
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.rsplit("/", 1)[-1] == "protocol.json"]
            if len(names) != 1:
                return None
            value = json.loads(z.read(names[0]).decode("utf-8"))
        precinct = value["precinct"]["id"]
        return precinct if isinstance(precinct, str) else None
    except (*ZIP_ERRORS, KeyError, TypeError, UnicodeDecodeError):
        return None
