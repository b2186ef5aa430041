"""The final protocol: finalizing (render, sign, store, export), corrections, re-export.

A mixin of ``Station`` that needs ``CountingMixin`` beside it (``station_records``). Same
discipline as the rest of the service: role, state, then the change with its journal entry in one
transaction.

Finalizing (chair; state COUNTED, or FINALIZED for a reissue):
1. every race agreed, no failing error relation, every failing warning explained;
2. the target folder can take a file, and the key opens, may sign and is issued by a CA (a lone
   self-signed certificate is never trusted by a reader; with ``trust_roots`` it must chain to one);
3. the model is built, ``protocol.json`` and the PDF rendered, the PDF signed (PAdES);
4. one transaction stores the version, journals ``protocol.finalized`` (with the SHA-256 of the
   machine-readable protocol and of the signed PDF) and sets FINALIZED — the station is read-only
   from here (other services refuse every change in FINALIZED);
5. the package (journal cut at that ``protocol.finalized`` entry) is written atomically, and
   ``protocol.exported`` journals its SHA-256. If only this step fails (USB stick full or pulled
   out), the version stays signed and stored: ``export_package`` writes it again.

Corrections never replace a version. The same counts, reissued (a damaged print, another key):
``finalize`` again in FINALIZED with a reason. Counts that must change: ``reopen_for_correction``
(chair, reason; FINALIZED → COUNTED, journaled), then ``reopen_count`` of the race (COUNTED →
CLOSED), the recount typed twice, ``mark_counted``, and ``finalize`` — version N+1 carries the
reason and the SHA-256 of every version it supersedes.

Who signs: the first version records its signer (the certificate's IIN and SHA-256). A later
version signed by another identity — another IIN, or without IINs another certificate; the
chair's renewed key with the same IIN is the same signer — is refused unless the chair gives the
reason for the change (``signer_change_reason``): the protocol prints it, ``protocol.finalized``
journals it, and the new signer is the one later versions are compared with.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from polling_station.domain import accounting
from polling_station.domain.problems import Problem, error
from polling_station.errors import Refused
from polling_station.exchange import package as packages
from polling_station.reports import protocol_model as pm
from polling_station.services import roles
from polling_station.storage import journal

MESSAGES = {
    "protocol.correction_reason": "A corrected protocol (version {version}) needs the reason for the correction.",
    "protocol.unknown_version": "There is no protocol version {version}.",
    "protocol.no_version": "No protocol has been finalized yet.",
    "protocol.key_self_signed": "The key in {path} («{subject}») has a self-signed certificate: no reader would "
                                "trust its signature. Use the key issued to the chair by the branch office's CA.",
    "protocol.key_untrusted": "The key in {path} («{subject}») is not issued by a certification authority this "
                              "station trusts.",
    "protocol.changed_while_signing": "The station's record changed while the protocol was being signed (journal "
                                      "entry {seq}); finalize again so that the protocol includes it.",
    "protocol.key_not_signer": "The key in {path} («{subject}») did not sign protocol version {version}: export it "
                               "with the key that signed it.",
    "protocol.export_after_finalize": "Protocol version {version} is signed and stored, but the package was "
                                      "not written; export it again (station export).",
    "protocol.signer_changed": "Protocol version {version} was signed by «{previous}» (IIN {previous_iin}); the key "
                               "in {path} is «{subject}» (IIN {iin}). Another person signs only when the chair "
                               "records the change of signer with a written reason, which the protocol prints.",
    "protocol.signer_unchanged": "The key in {path} («{subject}») is the signer of protocol version {version}: "
                                 "there is no change of signer to record.",
    "protocol.signer_first": "This is the station's first protocol: its signer («{subject}») is recorded now, and "
                             "there is no change of signer to record.",
}

# Who may do what with the protocol. The lead merges these into ``roles.ACTIONS``; until then
# (and for any action still missing there) this table decides.
_require = roles.require


def _iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


@dataclass(frozen=True)
class FinalizeResult:
    version: int
    protocol_sha256: str
    pdf_sha256: str
    package_path: Path
    package_sha256: str
    signer: str
    signer_iin: str | None
    signed_at: str
    journal_seq: int
    signer_sha256: str = ""
    signer_change: pm.SignerChange | None = None


@dataclass(frozen=True)
class ExportResult:
    version: int
    package_path: Path
    package_sha256: str


def _signing_refusal(exc) -> Refused:
    return Refused(error(exc.code, **exc.params))


def signer_note(cert: x509.Certificate) -> pm.SignerNote:
    """The identity of a signing certificate: its name, its subject's IIN, its SHA-256."""
    from polling_station.signing import keys

    return pm.SignerNote(keys.cert_common_name(cert), keys.cert_iin(cert) or "",
                         hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest())


class ProtocolMixin:
    # ----- reading ----------------------------------------------------------------------------

    def protocols(self) -> list[dict]:
        """Every finalized version, oldest first (without the PDF's bytes)."""
        keys = ("version", "created_at", "officer", "reason", "protocol_sha256", "signer_iin", "package_sha256")
        return [dict(zip(keys, row)) for row in self.db.execute(
            "SELECT version, created_at, officer, reason, protocol_sha256, signer_iin, package_sha256 "
            "FROM protocols ORDER BY version")]

    def protocol_pdf(self, version: int | None = None) -> bytes:
        return self._protocol_row(version)["signed_pdf"]

    def protocol_json(self, version: int | None = None) -> bytes:
        return self._protocol_row(version)["protocol_json"].encode("utf-8")

    def _protocol_row(self, version: int | None) -> dict:
        keys = ("version", "created_at", "officer", "reason", "protocol_json", "protocol_sha256", "signed_pdf",
                "signer_cert_pem", "signer_iin", "package_sha256")
        sql = f"SELECT {', '.join(keys)} FROM protocols"
        if version is None:
            row = self.db.execute(sql + " ORDER BY version DESC LIMIT 1").fetchone()
            if row is None:
                raise Refused.because("protocol.no_version")
        else:
            row = self.db.execute(sql + " WHERE version = ?", (version,)).fetchone()
            if row is None:
                raise Refused.because("protocol.unknown_version", version=version)
        return dict(zip(keys, row))

    def _agreed_sheets(self) -> dict[str, accounting.CountSheet]:
        out = {}
        for race_id, sheet_json in self.db.execute("SELECT race, sheet FROM count_agreed"):
            race = self.election.race(race_id)
            if race is None or race_id not in self.precinct.races:
                continue
            info = accounting.RaceInfo(race.id, race.max_choices, tuple(c.id for c in race.candidates))
            sheet, problems = accounting.parse_count_sheet(json.loads(sheet_json), info)
            if sheet is None:
                raise ValueError(f"race {race_id}: the stored agreed sheet is not valid: {problems}")
            out[race_id] = sheet
        return out

    def _explanation_rows(self) -> list[dict]:
        keys = ("race", "relation", "text", "officer", "at")
        return [dict(zip(keys, r)) for r in self.db.execute(
            "SELECT race, relation, text, officer, at FROM relation_explanations ORDER BY race, relation")]

    def _records(self) -> dict[str, accounting.StationRecords]:
        return {race.id: self.station_records(race.id) for race in self.races}

    def protocol_gate(self) -> list[Problem]:
        """What still stands between the counts and a protocol (empty when it may be finalized)."""
        return list(pm.finalize_problems(self.election, self.precinct_id, self._records(), self._agreed_sheets(),
                                         self._explanation_rows()))

    def protocol_model(self, version: int | None = None, reason: str = "",
                       signing_time: dt.datetime | None = None, *, signer: pm.SignerNote | None = None,
                       signer_change: pm.SignerChange | None = None) -> pm.ProtocolModel:
        """The protocol as it would be finalized now (``version`` defaults to the next one);
        ``signer`` is the identity of the key that will sign it (None in a preview)."""
        problems = self.protocol_gate()
        if problems:
            raise Refused(problems)
        prior = [pm.PriorVersion(p["version"], p["created_at"], p["protocol_sha256"], p["reason"])
                 for p in self.protocols()]
        if version is None:
            version = (prior[-1].version if prior else 0) + 1
        meta = dict(self.db.execute("SELECT key, value FROM meta WHERE key IN ('opened_at', 'closed_at')"))
        periodic = self.periodic_status(dt.datetime.fromisoformat(meta["closed_at"])) if "closed_at" in meta \
            else self.periodic_status()
        counts = dict(zip(("live", "backfilled", "voided"), self.db.execute(
            "SELECT coalesce(sum(voided_at IS NULL), 0), coalesce(sum(backfilled = 1 AND voided_at IS NULL), 0), "
            "coalesce(sum(voided_at IS NOT NULL), 0) FROM checkins").fetchone()))
        head = self.db.execute("SELECT seq, hash FROM journal_head WHERE id = 1").fetchone()
        return pm.build_protocol(
            election=self.election, precinct_id=self.precinct_id, version=version, reason=reason,
            signed_at=_iso(signing_time or self.clock()),
            records=self._records(), sheets=self._agreed_sheets(), explanations=self._explanation_rows(),
            checklist_runs=self.checklist_runs(),
            templates={name: self.checklist_template(name) for name in ("opening", "periodic", "closing")},
            checklist_exceptions=self.checklist_exceptions(),
            overdue_periods=periodic.overdue_periods if periodic else (),
            observers=self.observers(), incidents=self.incidents(), officers=self.officers(),
            checkins=pm.CheckinSummary(**counts), journal_head=(head[0], head[1]),
            supersedes=[p for p in prior if p.version < version],
            opened_at=meta.get("opened_at"), closed_at=meta.get("closed_at"),
            signer=signer, signer_change=signer_change)

    def protocol_signer(self, version: int | None = None) -> pm.SignerNote | None:
        """Who signed ``version`` (the latest by default); None before the first protocol."""
        if version is None and not self.protocols():
            return None
        row = self._protocol_row(version)
        return signer_note(x509.load_pem_x509_certificate(row["signer_cert_pem"].encode("ascii")))

    def _signer_change(self, signer: pm.SignerNote, reason: str, key_path: Path) -> pm.SignerChange | None:
        """Whether this key may sign the next version: the signer of the latest version signs
        again; anyone else only with the chair's written reason for the change (returned for the
        protocol and the journal)."""
        versions = self.protocols()
        previous = self.protocol_signer() if versions else None
        if previous is None or previous.same_person(signer):
            if reason and previous is None:
                raise Refused.because("protocol.signer_first", subject=signer.name)
            if reason:
                raise Refused.because("protocol.signer_unchanged", path=str(key_path), subject=signer.name,
                                      version=versions[-1]["version"])
            return None
        if not reason:
            raise Refused.because("protocol.signer_changed", version=versions[-1]["version"],
                                  previous=previous.name, previous_iin=previous.iin or "—", path=str(key_path),
                                  subject=signer.name, iin=signer.iin or "—")
        return pm.SignerChange(reason, previous, versions[-1]["version"])

    # ----- finalizing -------------------------------------------------------------------------

    def finalize(self, session, key_path, key_password: bytes | str, out_path, reason: str = "", *,
                 trust_roots: Iterable = (), signer_change_reason: str = "") -> FinalizeResult:
        """Render, sign and store the next protocol version, make the station read-only, and write
        the export package to ``out_path``. Raises Refused with typed problems on every refusal.

        The first version records its signer (IIN and certificate SHA-256); a later version signed
        by another identity is refused unless the chair gives ``signer_change_reason``, which the
        protocol prints and the ``protocol.finalized`` entry journals."""
        from polling_station.reports.protocol_pdf import render_protocol_pdf
        from polling_station.signing import keys, pades

        _require(session, "protocol.finalize")
        self._require_state("COUNTED", "FINALIZED")
        versions = self.protocols()
        version = (versions[-1]["version"] if versions else 0) + 1
        reason = " ".join((reason or "").split()) or (self._pending_correction_reason() if versions else "")
        if versions and not reason:
            raise Refused.because("protocol.correction_reason", version=version)
        problems = self.protocol_gate()
        if problems:
            raise Refused(problems)
        out_path = packages.check_target(out_path)
        password = key_password.encode("utf-8") if isinstance(key_password, str) else key_password
        bundle = self._signing_bundle(Path(key_path), password, trust_roots)
        signer = signer_note(bundle.cert)
        change = self._signer_change(signer, " ".join((signer_change_reason or "").split()), Path(key_path))

        signed_at = self.clock()
        model = self.protocol_model(version, reason, signed_at, signer=signer, signer_change=change)
        protocol_json = pm.to_machine_json(model)
        protocol_sha = pm.sha256_hex(protocol_json)
        try:
            signed_pdf = pades.sign_pdf(
                render_protocol_pdf(model), Path(key_path), password,
                reason=f"Хаттама / Протокол № {self.precinct_id}, v{version}",
                location=self.precinct.address or self.precinct.name)
        except keys.SigningError as exc:
            raise _signing_refusal(exc) from None
        pdf_sha = hashlib.sha256(signed_pdf).hexdigest()
        cert_pem = bundle.cert.public_bytes(Encoding.PEM).decode("ascii")
        subject = keys.cert_common_name(bundle.cert)
        at = _iso(self.clock())
        with self.db.atomic():
            # Another desk may have recorded something since the model was read: the protocol
            # must account for every entry before its own finalization.
            head = self.db.execute("SELECT seq FROM journal_head WHERE id = 1").fetchone()[0]
            if head != model.journal_seq:
                raise Refused.because("protocol.changed_while_signing", seq=head)
            self.db.execute(
                "INSERT INTO protocols (version, created_at, officer, reason, protocol_json, protocol_sha256, "
                "signed_pdf, signer_cert_pem, signer_iin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (version, model.signed_at, session.officer_id, reason, protocol_json.decode("utf-8"), protocol_sha,
                 signed_pdf, cert_pem, bundle.iin))
            entry = journal.append(self.db, at=at, officer=session.officer_id, action="protocol.finalized", payload={
                "version": version, "reason": reason, "signed_at": model.signed_at,
                "protocol_sha256": protocol_sha, "pdf_sha256": pdf_sha,
                "signer": subject, "signer_iin": bundle.iin, "signer_sha256": signer.sha256,
                "signer_change": None if change is None else {
                    "reason": change.reason, "previous_version": change.previous_version,
                    "previous": {"name": change.previous.name, "iin": change.previous.iin,
                                 "sha256": change.previous.sha256}},
                "supersedes": [{"version": p.version, "sha256": p.sha256} for p in model.supersedes]})
            self._set_state("FINALIZED")
        try:
            exported = self._export(session, version, Path(key_path), password, out_path)
        except packages.PackageWriteError as exc:
            raise Refused(exc.problems + [error("protocol.export_after_finalize", version=version)]) from None
        return FinalizeResult(version, protocol_sha, pdf_sha, exported.package_path, exported.package_sha256,
                              subject, bundle.iin, model.signed_at, entry.seq, signer.sha256, change)

    def _pending_correction_reason(self) -> str:
        """The reason given when the chair reopened the finalized station, if no version followed."""
        reason = ""
        for entry in journal.entries(self.db, "protocol.correction_opened"):
            reason = entry.payload.get("reason", "")
        last = self.db.execute("SELECT max(seq) FROM journal WHERE action = 'protocol.finalized'").fetchone()[0] or 0
        opened = self.db.execute("SELECT max(seq) FROM journal WHERE action = 'protocol.correction_opened'"
                                 ).fetchone()[0] or 0
        return reason if opened > last else ""

    def _signing_bundle(self, key_path: Path, password: bytes, trust_roots: Iterable):
        from polling_station.signing import keys, trust

        try:
            bundle = keys.load_p12(key_path, password)
        except keys.SigningError as exc:
            raise _signing_refusal(exc) from None
        subject = bundle.cert.subject.rfc4514_string()
        if bundle.cert.issuer == bundle.cert.subject:
            raise Refused.because("protocol.key_self_signed", path=str(key_path), subject=subject)
        roots = list(trust_roots)
        if roots:
            try:
                roots = trust.trust_roots(roots)
            except keys.SigningError as exc:
                raise _signing_refusal(exc) from None
            if not _chains_to(bundle.cert, bundle.chain, [trust.to_crypto(r) for r in roots]):
                raise Refused.because("protocol.key_untrusted", path=str(key_path), subject=subject)
        return bundle

    # ----- corrections and export -------------------------------------------------------------

    def reopen_for_correction(self, session, reason: str) -> None:
        """The chair reopens a finalized station to correct it (FINALIZED → COUNTED). Nothing is
        deleted: the next ``finalize`` makes a new version that names this reason."""
        _require(session, "protocol.correct")
        self._require_state("FINALIZED")
        reason = " ".join((reason or "").split())
        latest = self.protocols()[-1]["version"]
        if not reason:
            raise Refused.because("protocol.correction_reason", version=latest + 1)
        at = _iso(self.clock())
        with self.db.atomic():
            self._set_state("COUNTED")
            journal.append(self.db, at=at, officer=session.officer_id, action="protocol.correction_opened",
                           payload={"reason": reason, "version": latest})

    def export_package(self, session, key_path, key_password: bytes | str, out_path,
                       version: int | None = None) -> ExportResult:
        """Write the package of a finalized version again (another USB stick, a lost copy). The
        manifest is signed anew, so the chair's key is needed; the rest is as at finalization."""
        _require(session, "protocol.export")
        if not self.protocols():
            raise Refused.because("protocol.no_version")
        row = self._protocol_row(version)
        out_path = packages.check_target(out_path)
        password = key_password.encode("utf-8") if isinstance(key_password, str) else key_password
        bundle = self._signing_bundle(Path(key_path), password, ())
        stored = x509.load_pem_x509_certificate(row["signer_cert_pem"].encode("ascii"))
        if bundle.cert != stored:
            # the verifier insists that one certificate signs both the PDF and the manifest
            raise Refused.because("protocol.key_not_signer", path=str(key_path),
                                  subject=bundle.cert.subject.rfc4514_string(), version=row["version"])
        return self._export(session, row["version"], Path(key_path), password, out_path)

    def package_bytes(self, version: int, key_path: Path, password: bytes) -> bytes:
        """The export package of ``version``, its manifest signed with the key in ``key_path``."""
        from polling_station.signing import keys
        from polling_station.signing.manifest import sign_manifest

        row = self._protocol_row(version)
        cut = self.db.execute("SELECT seq FROM journal WHERE action = 'protocol.finalized' AND "
                              "json_extract(payload, '$.version') = ? ORDER BY seq DESC LIMIT 1",
                              (row["version"],)).fetchone()[0]
        rows = list(self.db.execute("SELECT seq, at, officer, action, payload, prev_hash, hash FROM journal "
                                    "WHERE seq <= ? ORDER BY seq", (cut,)))
        checkins = self._checkins_until(cut)
        cert = x509.load_pem_x509_certificate(row["signer_cert_pem"].encode("ascii"))

        def sign(manifest: bytes) -> bytes:
            try:
                return sign_manifest(manifest, key_path, password)
            except keys.SigningError as exc:
                raise _signing_refusal(exc) from None

        return packages.build_package(
            protocol_json=row["protocol_json"].encode("utf-8"), protocol_pdf=row["signed_pdf"],
            checkins=packages.checkins_csv(checkins), journal_lines=packages.journal_jsonl(rows),
            chair_pem=row["signer_cert_pem"].encode("ascii"), journal_head=(rows[-1][0], rows[-1][6]),
            signer_subject=cert.subject.rfc4514_string(), signer_iin=row["signer_iin"], sign=sign)

    def _checkins_until(self, seq: int) -> list[tuple[str, str, bool]]:
        """Check-ins as they stood at journal entry ``seq`` (none change after COUNTED, but a
        re-export of an old version must list exactly what that version's journal holds)."""
        rows = self.db.execute(
            "SELECT c.iin, c.at, c.backfilled, c.voided_at, c.receipt FROM checkins c WHERE c.journal_seq <= ? "
            "ORDER BY c.at, c.id", (seq,)).fetchall()
        voided_before = {e.payload.get("receipt") for e in journal.entries(self.db, "checkin.voided") if e.seq <= seq}
        return [(iin, at, bool(backfilled)) for iin, at, backfilled, voided_at, receipt in rows
                if receipt not in voided_before]

    def _export(self, session, version: int, key_path: Path, password: bytes, out_path: Path) -> ExportResult:
        data = self.package_bytes(version, key_path, password)
        packages.write_package(out_path, data)
        sha = hashlib.sha256(data).hexdigest()
        at = _iso(self.clock())
        with self.db.atomic():
            self.db.execute("UPDATE protocols SET package_sha256 = ? WHERE version = ?", (sha, version))
            journal.append(self.db, at=at, officer=session.officer_id, action="protocol.exported",
                           payload={"version": version, "package_sha256": sha, "file": out_path.name})
        return ExportResult(version, out_path, sha)


def _chains_to(cert: x509.Certificate, chain: Iterable[x509.Certificate], roots: list[x509.Certificate]) -> bool:
    """``cert`` leads, through the issuers in ``chain``, to one of ``roots`` (signatures checked)."""
    pool = list(chain) + roots
    current, seen = cert, 0
    while seen <= len(pool):
        if current in roots:
            return True
        issuer = next((c for c in pool if c.subject == current.issuer and _issued_by(current, c)), None)
        if issuer is None:
            return False
        if issuer in roots:
            return True
        if issuer == current:
            return False
        current, seen = issuer, seen + 1
    return False


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except Exception:  # noqa: BLE001 — any failure means "not issued by this one"
        return False
    return True
