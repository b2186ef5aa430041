"""The branch office's use cases: the only code that changes a branch database.

A branch office collects the signed packages of its precincts, the online ballots and the
control committee's exclusions, and publishes turnout, results, ratings and a draft list.
Every public method decides with the pure rules of ``polling_station.domain`` and writes the
change together with its journal entry in one transaction; each entry records enough of what the
change left in the tables for ``branch_integrity`` to name any table changed outside the application.

Who acts: the branch has no officer PINs (DESIGN names none for it); the acting person is the
operating-system account that runs the program (``operator``), recorded in every journal entry.
The office's own login and disk encryption are what guard the machine.

Split by responsibility: packages (``branch_packages``), online ballots (``branch_online``) and
the merged results (``branch_results``) are mixins or helpers of ``Branch``.
"""
from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from polling_station.domain import members as member_rules
from polling_station.domain.election import Election, ElectionDefinitionError, parse_election
from polling_station.domain.problems import Problem, error
from polling_station.errors import Refused
from polling_station.services.branch_online import OnlineMixin
from polling_station.services.branch_packages import PackagesMixin
from polling_station.storage import journal
from polling_station.storage.branch_schema import migrations
from polling_station.storage.db import open_database

MESSAGES = {
    "branch.unknown_precinct": "The election «{election}» has no precinct «{precinct}».",
    "branch.unknown_race": "The election has no race «{race}».",
    "branch.unknown_candidate": "Race «{race}» has no candidate «{candidate}».",
    "branch.exclusion_reason": "Write the control committee's reason for excluding the candidate.",
    "branch.already_excluded": "Candidate «{candidate}» of race «{race}» is already excluded ({reason}).",
    "branch.cert_unreadable": "The file {file} holds no readable certificate (PEM or DER).",
    "branch.roll_unknown_precinct": "Precinct «{value}» is not a precinct of this election.",
    "branch.roll_rejected": "{rejected} row(s) of {file} are invalid; with --strict nothing was imported.",
    "branch.no_roll": "Import the member roll first (branch new … --roll ROLL, or branch roll-import): "
                      "online ballots are checked against it.",
}

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 20_000


def now_local() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


def operator_name() -> str:
    """The operating-system account running the program: the branch's acting person."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        # no passwd entry (containers) and no LOGNAME/USER: still say something true
        return f"uid-{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def count_lines(path: Path) -> int:
    """Physical lines of a text file, for a progress bar's 100 % (cheap: bytes, no decoding)."""
    n = 0
    last = b"\n"
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


@dataclass(frozen=True)
class RollSummary:
    file: str
    rows: int
    accepted: int
    added: int
    changed: int
    unchanged: int
    collapsed: int
    rejected: int
    warned: int
    members: int
    eligible: int
    rejects_file: str | None
    problems: tuple = field(default=(), repr=False)


@dataclass(frozen=True)
class TrustEntry:
    fingerprint: str
    precinct: str | None
    subject: str
    is_ca: bool
    not_after: str
    added: bool


@dataclass(frozen=True)
class Exclusion:
    race: str
    candidate: str
    reason: str
    source: str  # "election" (the definition) or "branch" (added here)


class Branch(PackagesMixin, OnlineMixin):
    """One branch office's database. Create with ``Branch.create`` or open with ``Branch.open``."""

    def __init__(self, db, path: Path, clock: Callable[[], dt.datetime] = now_local, operator: str | None = None):
        self.db = db
        self.path = Path(path)
        self.clock = clock
        self.operator = operator or operator_name()
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        self.election_data = json.loads(meta["election"])
        self.election: Election = parse_election(self.election_data)
        self._precincts = {p.id: p for p in self.election.precincts}
        self._races = {r.id: r for r in self.election.races}
        if meta.get("integrity_baseline") == "pending":
            self._record_baseline()

    def _record_baseline(self) -> None:
        # a file made before the journal carried digests (migration 0002): record what it holds now
        from polling_station.services import branch_integrity

        with self.db.atomic():
            if self.db.execute("DELETE FROM meta WHERE key = 'integrity_baseline'").rowcount:  # once
                self._journal(branch_integrity.BASELINE, branch_integrity.baseline(self.db))

    # ----- life cycle of the file -------------------------------------------------------------

    @classmethod
    def create(cls, path, election_data: dict, *, roll=None, clock: Callable[[], dt.datetime] = now_local,
               operator: str | None = None, rejects_path=None, render: Callable[[Problem], str] | None = None,
               progress: Progress | None = None) -> "Branch":
        try:
            election = parse_election(election_data)
        except ElectionDefinitionError as exc:
            raise Refused(exc.problems) from None
        path = Path(path)
        db = open_database(path, migrations, "branch", create=True)
        who = operator or operator_name()
        at = iso(clock())
        try:
            with db.atomic():
                db.execute("INSERT INTO meta (key, value) VALUES ('election', ?), ('created_at', ?)",
                           (json.dumps(election_data, ensure_ascii=False), at))
                journal.append(db, at=at, officer=who, action="branch.created", payload={
                    "election": election.id,
                    "election_sha256": hashlib.sha256(journal.canonical(election_data).encode()).hexdigest()})
            branch = cls(db, path, clock, who)
            if roll is not None:
                branch.import_roll(roll, rejects_path=rejects_path, render=render, progress=progress)
        except BaseException:
            db.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        return branch

    @classmethod
    def open(cls, path, clock: Callable[[], dt.datetime] = now_local, operator: str | None = None) -> "Branch":
        path = Path(path)
        return cls(open_database(path, migrations, "branch"), path, clock, operator)

    def close_db(self) -> None:
        self.db.close()

    def _journal(self, action: str, payload: dict) -> journal.Entry:
        return journal.append(self.db, at=iso(self.clock()), officer=self.operator, action=action, payload=payload)

    def verify_journal(self) -> list[Problem]:
        """The journal's hash chain, then every table against what the journal recorded
        (``branch_integrity``): a row edited, added or deleted outside the application is named."""
        problems = journal.verify(self.db)
        return problems or self.data_problems()

    def data_problems(self, *, quick: bool = False) -> list[Problem]:
        """The tables that no longer hold what the journal recorded (``quick``: row counts only)."""
        from polling_station.services import branch_integrity
        return branch_integrity.problems(self.db, quick=quick)

    # ----- election lookups -------------------------------------------------------------------

    def _precinct(self, precinct_id: str):
        precinct = self._precincts.get(precinct_id)
        if precinct is None:
            raise Refused.because("branch.unknown_precinct", election=self.election.id, precinct=precinct_id)
        return precinct

    def _race(self, race_id: str):
        race = self._races.get(race_id)
        if race is None:
            raise Refused.because("branch.unknown_race", race=race_id)
        return race

    # ----- the roll ---------------------------------------------------------------------------

    def has_roll(self) -> bool:
        return self.db.execute("SELECT 1 FROM roll_members LIMIT 1").fetchone() is not None

    def import_roll(self, path, *, strict: bool = False, rejects_path=None,
                    render: Callable[[Problem], str] | None = None, progress: Progress | None = None) -> RollSummary:
        """The national or regional roll: who may vote online, and the turnout denominators.

        Rows are validated exactly as at a station; a row of a precinct that this election does
        not know is rejected too (its member could vote nowhere). Re-importing the same file
        changes nothing; a newer roll updates the members whose precinct or eligibility changed.
        """
        from polling_station.exchange import roll as roll_files
        from polling_station.services import branch_integrity

        # the import records a digest of the whole roll: it must not take in an edit made outside
        altered = branch_integrity.roll_problems(self.db)
        if altered:
            raise Refused(altered)
        path = Path(path)
        table = roll_files.read_table(path)
        total = count_lines(path) if progress else 0
        cutoff = self.election.roll_cutoff
        known = self._precincts

        def validated():
            for n, (line, fields) in enumerate(table.rows, 1):
                result = member_rules.validate_row(line, fields)
                m = result.member
                if m is not None and m.precinct not in known:
                    problem = error("branch.roll_unknown_precinct", field="precinct", value=m.precinct)
                    result = member_rules.RowResult(line, None, (problem,), result.warnings, result.iin)
                if progress and n % PROGRESS_EVERY == 0:
                    progress(n, total)
                yield result

        with roll_files._bulk():
            rec = member_rules.reconcile(validated())
        rejects_file = None
        if rec.rejected and rejects_path is not None:
            roll_files.write_rejects(Path(rejects_path), rec.rejected, render or (lambda p: p.code))
            rejects_file = str(rejects_path)
        if strict and rec.rejected:
            raise Refused(error("branch.roll_rejected", rejected=len(rec.rejected), file=path.name))
        # sorted by the primary key: SQLite then appends instead of splitting pages all over the tree
        records = sorted((m.iin, m.precinct, int(m.status == "active" and m.joined_on <= cutoff))
                         for m in rec.accepted)
        del rec.accepted[:]
        with self.db.atomic():
            before = self.db.execute("SELECT count(*) FROM roll_members").fetchone()[0]
            cursor = self.db.conn.executemany(
                "INSERT INTO roll_members (iin, precinct, eligible) VALUES (?, ?, ?) ON CONFLICT (iin) DO UPDATE "
                "SET precinct = excluded.precinct, eligible = excluded.eligible "
                "WHERE (precinct, eligible) IS NOT (excluded.precinct, excluded.eligible)", records)
            written = cursor.rowcount
            if written:
                # a member moved or suspended by this roll: results read the roll when they are computed
                self.db.execute("DELETE FROM roll_precincts")
                self.db.execute("INSERT INTO roll_precincts (precinct, members, eligible) "
                                "SELECT precinct, count(*), sum(eligible) FROM roll_members GROUP BY precinct")
            after, eligible = self.db.execute(
                "SELECT count(*), coalesce(sum(eligible), 0) FROM roll_members").fetchone()
            added = after - before
            if written:
                self._journal("roll.imported", {
                    "file": path.name, "sha256": file_sha256(path), "accepted": len(records), "added": added,
                    "changed": written - added, "rejected": len(rec.rejected), "members": after,
                    "eligible": eligible, "roll": branch_integrity.roll_state(self.db)})
        if progress:
            progress(total, total)
        return RollSummary(path.name, len(records) + rec.collapsed + len(rec.rejected), len(records), added,
                           written - added, len(records) - written, rec.collapsed, len(rec.rejected),
                           len(rec.warned), after, eligible, rejects_file,
                           tuple(p for r in rec.warned for p in r.warnings))

    def registered(self) -> dict[str, tuple[int, int]]:
        """precinct → (members on the roll, eligible members): the turnout denominators."""
        return {p: (n, e) for p, n, e in self.db.execute("SELECT precinct, members, eligible FROM roll_precincts")}

    def _member_map(self) -> dict[str, tuple[str, int]]:
        """IIN → (precinct, eligible) for the whole roll: one dict lookup per online ballot."""
        return {iin: (p, e) for iin, p, e in self.db.execute("SELECT iin, precinct, eligible FROM roll_members")}

    # ----- trust ------------------------------------------------------------------------------

    def trust(self, cert_file, precinct: str | None = None) -> list[TrustEntry]:
        """Trust a CA (every key it issued) or one chair's certificate, for all precincts or one."""
        if precinct is not None:
            self._precinct(precinct)
        cert_file = Path(cert_file)
        certs = _read_certificates(cert_file)
        out = []
        at = iso(self.clock())
        with self.db.atomic():
            for cert in certs:
                der = cert.public_bytes(serialization.Encoding.DER)
                fingerprint = hashlib.sha256(der).hexdigest()
                try:
                    is_ca = bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
                except x509.ExtensionNotFound:
                    is_ca = False
                subject = cert.subject.rfc4514_string()
                not_after = cert.not_valid_after_utc.isoformat()
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO trust (fingerprint, precinct, subject, is_ca, not_after, pem, added_at, "
                    "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (fingerprint, precinct or "", subject, int(is_ca), not_after,
                     cert.public_bytes(serialization.Encoding.PEM).decode("ascii"), at, self.operator))
                added = cursor.rowcount == 1
                if added:
                    self._journal("trust.added", {"fingerprint": fingerprint, "precinct": precinct, "subject": subject,
                                                  "is_ca": is_ca, "not_after": not_after, "file": cert_file.name})
                out.append(TrustEntry(fingerprint, precinct, subject, is_ca, not_after, added))
        return out

    def trusted(self) -> list[TrustEntry]:
        return [TrustEntry(f, p or None, s, bool(ca), na, False) for f, p, s, ca, na in self.db.execute(
            "SELECT fingerprint, precinct, subject, is_ca, not_after FROM trust "
            "ORDER BY precinct, subject, fingerprint")]

    def trust_roots(self, precinct: str) -> list[bytes]:
        """PEM certificates trusted for ``precinct``: those for every precinct and its own."""
        return [pem.encode("ascii") for (pem,) in self.db.execute(
            "SELECT pem FROM trust WHERE precinct IN ('', ?) ORDER BY id", (precinct,))]

    # ----- exclusions -------------------------------------------------------------------------

    def exclude(self, race_id: str, candidate_id: str, reason: str) -> Exclusion:
        """Record the control committee's exclusion of a candidate: shown in the results, never ranked."""
        race = self._race(race_id)
        if race.candidate(candidate_id) is None:
            raise Refused.because("branch.unknown_candidate", race=race_id, candidate=candidate_id)
        reason = " ".join((reason or "").split())
        if not reason:
            raise Refused.because("branch.exclusion_reason")
        existing = self.exclusions().get((race_id, candidate_id))
        if existing is not None:
            raise Refused.because("branch.already_excluded", race=race_id, candidate=candidate_id,
                                  reason=existing.reason)
        at = iso(self.clock())
        with self.db.atomic():
            self.db.execute("INSERT INTO exclusions (race, candidate, reason, at, by) VALUES (?, ?, ?, ?, ?)",
                            (race_id, candidate_id, reason, at, self.operator))
            self._journal("candidate.excluded", {"race": race_id, "candidate": candidate_id, "reason": reason})
        return Exclusion(race_id, candidate_id, reason, "branch")

    def exclusions(self) -> dict[tuple[str, str], Exclusion]:
        out = {(r.id, e.candidate): Exclusion(r.id, e.candidate, e.reason, "election")
               for r in self.election.races for e in r.excluded}
        for race, candidate, reason in self.db.execute("SELECT race, candidate, reason FROM exclusions"):
            out.setdefault((race, candidate), Exclusion(race, candidate, reason, "branch"))
        return out

    # ----- results and reports ----------------------------------------------------------------

    def results(self):
        """Everything the reports publish, merged by the election's policy (see ``branch_results``)."""
        from polling_station.services.branch_results import compute
        return compute(self)

    def write_report(self, out_dir, *, progress: Progress | None = None) -> list[Path]:
        """Write every report file into ``out_dir`` (created if needed); returns their paths.

        Refused, naming the tables, when the journal or the data no longer agree with it: nothing
        is published from a branch file changed outside the application."""
        from polling_station.reports.branch_files import write_all
        from polling_station.services import branch_integrity

        chain = journal.verify(self.db)
        problems = chain or self.data_problems()
        if problems:
            tables = "journal" if chain else ", ".join(branch_integrity.tables(problems))
            raise Refused([error("branch.report_tampered", tables=tables), *problems])
        results = self.results()
        return write_all(results, Path(out_dir), progress=progress)

    def status(self) -> dict:
        counts = dict(self.db.execute(
            "SELECT 'members', count(*) FROM roll_members UNION ALL SELECT 'online', count(*) FROM online_ballots "
            "UNION ALL SELECT 'trust', count(*) FROM trust UNION ALL SELECT 'online_files', count(*) FROM online_files"
        ).fetchall())
        states = self.precinct_states()
        by_state: dict[str, int] = {}
        for s in states:
            by_state[s.state] = by_state.get(s.state, 0) + 1
        head = self.db.execute("SELECT seq, hash FROM journal_head").fetchone()
        altered = self.data_problems(quick=True)
        return {
            "format": "polling-station/branch-status@1",
            "election": self.election.id,
            "policy": self.election.online_double_vote_policy,
            "roll": {"members": counts["members"],
                     "eligible": self.db.execute("SELECT coalesce(sum(eligible), 0) FROM roll_members").fetchone()[0]},
            "trusted_certificates": counts["trust"],
            "precincts": {"total": len(states), **by_state},
            "online": {"files": counts["online_files"], "ballots": counts["online"]},
            "exclusions": len(self.exclusions()),
            "journal": {"entries": head[0], "head": head[1]},
            # row counts against the journal (cheap); journal-verify and report check every row
            "data": {"intact": not altered, "problems": [{"code": p.code, "params": dict(p.params)}
                                                         for p in altered]},
        }


def _read_certificates(path: Path) -> list[x509.Certificate]:
    try:
        data = path.read_bytes()
    except OSError:
        raise Refused.because("branch.cert_unreadable", file=str(path)) from None
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
        for cert in certs:
            cert.fingerprint(hashes.SHA256())
            cert.not_valid_after_utc  # noqa: B018 — a damaged date fails here, not at import time
    except ValueError:
        raise Refused.because("branch.cert_unreadable", file=str(path)) from None
    if not certs:
        raise Refused.because("branch.cert_unreadable", file=str(path))
    return certs
