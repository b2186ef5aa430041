"""Precinct packages at the branch: verified, recorded, and settled into one protocol per precinct.

Import (``import_package``):

1. The same file (by SHA-256) imported again changes nothing: the result is ``duplicate``.
2. The package is verified exactly as ``polling-station verify`` does (``exchange.package``),
   trusting only the certificates trusted for **its** precinct (``branch trust … --precinct``)
   and those trusted for every precinct. A package that would verify under a certificate trusted
   for another precinct only is refused with that reason: a chair signs for their own precinct.
3. Its protocol must belong to this election, to a precinct of it, and list exactly that
   precinct's races and candidates; its check-ins must be as many as the protocol's line 3.
4. **One signer, one precinct.** A certificate (or, when the certificate carries one, an IIN)
   that signed a package of another precinct is refused outright
   (``branch.signer_pinned_elsewhere``): under a CA trusted for every precinct, any chair's key
   verifies, so the branch binds each key to the first precinct it signed for. Only packages
   that stand bind: one set aside by the commission does not, nor one held because its signer is
   not the chair its protocol names (below), until the commission confirms it.
5. A refused package is recorded with its reasons (once per distinct refusal) and journaled.

Settling (``settle``: a pure function of the set of accepted packages and the commission's
resolutions, so any import order ends the same). Two packages of a precinct are *compatible*
when they are the same file, or of different versions, signed by the same certificate (the
precinct's signer is pinned by its packages), and the newer one's journal continues the older
one's (the older package's journal head — its ``protocol.finalized`` entry — is an entry of the
newer journal; the chain being verified, the older journal is then a prefix of the newer).
A package is also *held* when the certificate's name does not match the chair its protocol
names (``branch.signer_not_chair``), until the commission chooses it.

- If the highest version has one package, compatible with every other and not held, it is the
  precinct's current protocol; every other package is ``superseded`` and the newer version's
  reason is what the reports show for the correction.
- Otherwise the packages that are incompatible with another one, or held, are in ``conflict``
  (each says why) and the rest ``superseded``: none counts until ``resolve_conflict`` records the
  commission's choice and its reason. Every package incompatible with the chosen one is then
  ``set_aside``; the chosen one counts as confirmed (its signer becomes the precinct's). A later
  package that is incompatible with what stands reopens the conflict.

Packages recorded before signer pins and journal links existed (no fingerprint, no journal head)
are compatible with anything: nothing is known to hold against them.
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

from polling_station.domain import names
from polling_station.domain.problems import Problem, error, warning
from polling_station.exchange.zip_errors import ZIP_ERRORS
from polling_station.errors import Refused

MESSAGES = {
    "branch.package_unreadable": "{file} is not a precinct package: {reason}.",
    "branch.package_changed": "{file} changed while it was being imported; import it again.",
    "branch.package_other_election": "The package is for election «{found}», not «{expected}».",
    "branch.package_unknown_precinct": "The package is for precinct «{precinct}», which this election does not have.",
    "branch.package_races": "The protocol of precinct {precinct} does not match the election: {detail}.",
    "branch.package_checkins": "The package lists {listed} check-ins but its protocol says {issued} ballots "
                               "were issued (line 3).",
    "branch.no_trust": "No certificate is trusted for precinct {precinct}: add the branch CA or the chair's "
                       "certificate with «branch trust».",
    "branch.signer_other_precinct": "The package is signed by «{signer}», whose certificate is trusted for "
                                    "precinct(s) {precincts} only, not for precinct {precinct}.",
    "branch.signer_pinned_elsewhere": "The package of precinct {precinct} is signed by «{signer}», who already "
                                      "signed the protocol of precinct(s) {precincts} (the same certificate or "
                                      "the same IIN): a chair's key signs for one precinct only.",
    "branch.conflict_same_version": "Another, different package of version {version} exists for the precinct "
                                    "({other}…).",
    "branch.conflict_signer": "Signed by «{signer}» (certificate {fingerprint}…), but the package {other}… "
                              "(version {other_version}) of this precinct is signed by «{other_signer}» "
                              "(certificate {other_fingerprint}…).",
    "branch.conflict_journal": "Version {newer} ({newer_package}…) does not continue the journal of version "
                               "{older} ({older_package}…): it was not made from the same station file.",
    "branch.signer_not_chair": "The package is signed by «{signer}», but its protocol names «{chair}» as the "
                               "chair.",
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
    signer_fingerprint: str | None = None  # SHA-256 of the signer's certificate (DER)
    journal_head: tuple[int, str] | None = None  # (seq, hash) of the journal's last entry
    journal_finalized: tuple[tuple[int, str], ...] = ()  # every protocol.finalized entry of the journal
    chair: str | None = None  # the chair the protocol names


@dataclass(frozen=True)
class PackageOutcome:
    file: str
    sha256: str
    result: str
    precinct: str | None = None
    version: int | None = None
    problems: tuple[Problem, ...] = ()  # why it was refused, or why it is in conflict
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
    problems: tuple[Problem, ...] = ()  # why it is in conflict
    signer_fingerprint: str | None = None


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
    """What settling needs of an accepted package."""
    sha256: str
    version: int
    fingerprint: str | None = None
    head: tuple[int, str] | None = None
    finalized: frozenset = frozenset()  # {(seq, hash)} of its journal's protocol.finalized entries
    signer: str = ""
    chair: str | None = None


@dataclass(frozen=True)
class Resolved:
    """The commission's resolutions of one precinct, together."""
    chosen: frozenset = frozenset()
    set_aside: frozenset = frozenset()


_COLUMNS = "sha256, version, signer_fingerprint, journal_seq, journal_hash, journal_finalized, signer, chair"


def _row(sha, version, fingerprint, seq, digest, finalized, signer, chair) -> _Row:
    return _Row(sha, version, fingerprint, (seq, digest) if seq is not None else None,
                frozenset(tuple(x) for x in json.loads(finalized)) if finalized else frozenset(), signer or "", chair)


def names_match(signer: str, chair: str | None) -> bool:
    """Whether the certificate's name and the protocol's chair can be the same person: the words of
    one (folded across scripts and case) are all words of the other. True when either is missing."""
    a, b = set(names.fold_tokens(signer or "")), set(names.fold_tokens(chair or ""))
    return not a or not b or a <= b or b <= a


def _incompatibility(a: _Row, b: _Row) -> list[Problem]:
    """Why ``a`` cannot stand beside ``b`` in one precinct (empty when it can); said from ``a``'s side."""
    if a.sha256 == b.sha256:
        return []
    found = []
    if a.version == b.version:
        found.append(warning("branch.conflict_same_version", version=a.version, other=b.sha256[:12]))
    if a.fingerprint and b.fingerprint and a.fingerprint != b.fingerprint:
        found.append(warning("branch.conflict_signer", signer=a.signer, fingerprint=a.fingerprint[:16],
                             other=b.sha256[:12], other_version=b.version, other_signer=b.signer,
                             other_fingerprint=b.fingerprint[:16]))
    if a.version != b.version:
        older, newer = (a, b) if a.version < b.version else (b, a)
        if older.head is not None and newer.head is not None and older.head not in newer.finalized:
            found.append(warning("branch.conflict_journal", newer=newer.version, newer_package=newer.sha256[:12],
                                 older=older.version, older_package=older.sha256[:12]))
    return found


def settle_with_reasons(packages: Iterable[_Row], resolved: Resolved = Resolved()
                        ) -> tuple[dict[str, tuple[str, int | None]], dict[str, tuple[Problem, ...]]]:
    """sha256 → (state, superseding version), and sha256 → why it is in conflict, for one
    precinct's accepted packages (see the module doc)."""
    packages = sorted(packages, key=lambda p: (p.version, p.sha256))
    out: dict[str, tuple[str, int | None]] = {}
    why: dict[str, tuple[Problem, ...]] = {}
    open_ = []
    for p in packages:
        if p.sha256 in resolved.set_aside:
            out[p.sha256] = (SET_ASIDE, None)
        else:
            open_.append(p)
    if not open_:
        return out, why
    for p in open_:
        reasons = [r for q in open_ for r in _incompatibility(p, q)]
        if p.sha256 not in resolved.chosen and not names_match(p.signer, p.chair):
            reasons.insert(0, warning("branch.signer_not_chair", signer=p.signer, chair=p.chair))
        if reasons:
            why[p.sha256] = tuple(dict.fromkeys(reasons))
    top = max(p.version for p in open_)
    at_top = [p for p in open_ if p.version == top]
    if len(at_top) == 1 and at_top[0].sha256 not in why:
        # the newest is compatible with every other package, so each of them is its predecessor
        why.clear()
        for p in open_:
            out[p.sha256] = (CURRENT, None) if p is at_top[0] else ("superseded", top)
        return out, why
    for p in open_:
        out[p.sha256] = (CONFLICT, None) if p.sha256 in why else ("superseded", top)
    return out, why


def settle(packages: Iterable[_Row], resolved: Resolved = Resolved()) -> dict[str, tuple[str, int | None]]:
    """sha256 → (state, superseding version) for one precinct's accepted packages (see the module doc)."""
    return settle_with_reasons(packages, resolved)[0]


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
        return contents, self._consistency_problems(contents) or self._pinned_elsewhere(contents)

    def _pinned_elsewhere(self, c: PackageContents) -> list[Problem]:
        """A signer already bound to another precinct: by a package of it that is neither set aside
        nor held for naming another chair (unless the commission confirmed it)."""
        rows = self.db.execute(
            "SELECT precinct, sha256, signer, chair FROM packages WHERE precinct != ? AND (signer_fingerprint = ? "
            "OR (? IS NOT NULL AND signer_iin = ?))",
            (c.precinct, c.signer_fingerprint, c.signer_iin, c.signer_iin)).fetchall()
        precincts = set()
        for precinct, sha, signer, chair in rows:
            resolved = self._resolutions(precinct)
            if sha not in resolved.set_aside and (names_match(signer, chair) or sha in resolved.chosen):
                precincts.add(precinct)
        precincts = sorted(precincts)
        if not precincts:
            return []
        return [error("branch.signer_pinned_elsewhere", signer=c.signer, precinct=c.precinct,
                      precincts=", ".join(precincts))]

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
        from polling_station.services import branch_integrity

        at = self._now_iso()
        finalized = json.dumps([list(x) for x in c.journal_finalized]) if c.journal_head else None
        head = c.journal_head or (None, None)
        checkins = sorted(c.checkins)
        with self.db.atomic():
            before = self._settled(c.precinct)
            package_id = self.db.execute(
                "INSERT INTO packages (sha256, file, precinct, version, reason, signer, signer_iin, protocol, "
                "imported_at, imported_by, signer_fingerprint, journal_seq, journal_hash, journal_finalized, chair) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (c.sha256, path.name, c.precinct, c.version, c.reason, c.signer, c.signer_iin,
                 c.protocol_bytes.decode("utf-8"), at, self.operator, c.signer_fingerprint, head[0], head[1],
                 finalized, c.chair)).lastrowid
            self.db.conn.executemany("INSERT INTO package_checkins (package_id, iin, at) VALUES (?, ?, ?)",
                                     [(package_id, iin, when) for iin, when in checkins])
            after, why = self._settled_with_reasons(c.precinct)
            state = after[c.sha256][0]
            superseded = tuple(sorted({self._version_of(sha) for sha, (s, _) in after.items()
                                       if s == "superseded" and before.get(sha, ("",))[0] != "superseded"}))
            row = branch_integrity.package_row(self.db, package_id)
            self._journal("package.imported", {
                **branch_integrity.package_record(row), "sha256": c.sha256, "checkins": len(c.checkins),
                "checkins_digest": branch_integrity.checkins_digest(checkins),
                "state": state, "supersedes": list(superseded),
                "conflict": sorted({p.code for p in why.get(c.sha256, ())})})
        result = {CURRENT: IMPORTED, "superseded": SUPERSEDED}.get(state, CONFLICT)
        return PackageOutcome(path.name, c.sha256, result, c.precinct, c.version, why.get(c.sha256, ()), superseded)

    def _version_of(self, sha: str) -> int:
        return self.db.execute("SELECT version FROM packages WHERE sha256 = ?", (sha,)).fetchone()[0]

    def _resolutions(self, precinct: str) -> Resolved:
        chosen, aside = set(), set()
        for c, a in self.db.execute("SELECT chosen, set_aside FROM resolutions WHERE precinct = ?", (precinct,)):
            chosen.add(c)
            aside.update(json.loads(a))
        return Resolved(frozenset(chosen), frozenset(aside))

    def _rows(self, precinct: str) -> list[_Row]:
        return [_row(*r) for r in self.db.execute(f"SELECT {_COLUMNS} FROM packages WHERE precinct = ?", (precinct,))]

    def _settled_with_reasons(self, precinct: str):
        return settle_with_reasons(self._rows(precinct), self._resolutions(precinct))

    def _settled(self, precinct: str) -> dict[str, tuple[str, int | None]]:
        return self._settled_with_reasons(precinct)[0]

    # ----- conflicts --------------------------------------------------------------------------

    def resolve_conflict(self, precinct: str, package: str, reason: str) -> PackageRecord:
        """The commission chose ``package`` (its SHA-256 or a prefix of it) among the conflicting
        packages of ``precinct``, with ``reason``: every package that cannot stand beside it (another
        of its version, another signer, another station journal) is set aside, and a signer that
        does not match the protocol's chair is thereby confirmed."""
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
        previous = self.db.execute("SELECT set_aside FROM resolutions WHERE precinct = ? AND version = ?",
                                   (precinct, version)).fetchone()
        rows = {r.sha256: r for r in self._rows(precinct)}
        # every package that cannot stand beside the chosen one: another of its version, another
        # signer, another station journal
        incompatible = {sha for sha, (s, _) in settled.items()
                        if s != SET_ASIDE and _incompatibility(rows[chosen], rows[sha])}
        set_aside = sorted(set(json.loads(previous[0]) if previous else ()) | incompatible)
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
        for row in self.db.execute(f"SELECT id, file, precinct, reason, imported_at, {_COLUMNS} "
                                   "FROM packages ORDER BY precinct, version, sha256"):
            packages.setdefault(row[2], []).append(row)
        rejections: dict[str, list[RejectionRecord]] = {}
        for sha, file, precinct, problems, at in self.db.execute(
                "SELECT sha256, file, precinct, problems, at FROM rejections ORDER BY id"):
            rejections.setdefault(precinct, []).append(RejectionRecord(sha, file, precinct, tuple(
                Problem(p["code"], p["params"], "error") for p in json.loads(problems)), at))
        out = []
        for p in self.election.precincts:
            rows = packages.get(p.id, [])
            settled, why = settle_with_reasons([_row(*r[5:]) for r in rows], self._resolutions(p.id)) \
                if rows else ({}, {})
            # id, sha256, file, precinct, version, reason, signer, imported_at, state, by, why, fingerprint
            records = tuple(PackageRecord(r[0], r[5], r[1], r[2], r[6], r[3], r[11], r[4], *settled[r[5]],
                                          why.get(r[5], ()), r[7])
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
