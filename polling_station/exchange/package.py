"""The precinct's export package (``polling-station/package@1``): one ZIP file, its writer and its verifier.

Layout (``docs/formats.md``): ``manifest.json``, ``manifest.sig``, ``protocol.json``,
``protocol.pdf``, ``checkins.csv``, ``journal.jsonl``, ``chair.pem`` — in that order, stored
(not compressed), every timestamp 1980-01-01 00:00, no extra fields, no comments.

Why the container is canonical: the manifest's hashes protect the files' contents, but a ZIP also
carries bytes no hash covers (timestamps, attributes, order, padding). The writer below produces
exactly one byte sequence for a given set of files, and the verifier rebuilds it and compares, so
a byte changed anywhere in the package fails verification. Our own writer (not ``zipfile``)
keeps that sequence the same across Python versions; ``zipfile`` still reads the result.

Writing never leaves half a package: a temporary file in the target folder, fsync, then an atomic
rename. A read-only, full or vanished folder is a ``PackageWriteError`` with a code the user can
act on.
"""
from __future__ import annotations

import binascii
import csv
import errno
import hashlib
import io
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from cryptography.hazmat.primitives.serialization import Encoding

from polling_station.domain import accounting
from polling_station.domain.problems import Problem, error
from polling_station.errors import Refused
from polling_station.exchange.zip_errors import ZIP_ERRORS
from polling_station.reports import protocol_model as pm
from polling_station.storage import journal

FORMAT = "polling-station/package@1"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PROTOCOL_JSON = "protocol.json"
PROTOCOL_PDF = "protocol.pdf"
CHECKINS = "checkins.csv"
JOURNAL = "journal.jsonl"
CHAIR_PEM = "chair.pem"
# Files the manifest lists; the manifest and its signature complete the package.
LISTED = (PROTOCOL_JSON, PROTOCOL_PDF, CHECKINS, JOURNAL, CHAIR_PEM)
ORDER = (MANIFEST, SIGNATURE) + LISTED

CHECKINS_HEADER = ("iin", "at", "backfilled")
PDF_ATTACHMENT_JSON = "protocol.json"
PDF_ATTACHMENT_QR = "protocol-qr.txt"

MESSAGES = {
    # writing
    "export.read_only": "The folder {folder} cannot be written to (read-only or no permission). "
                        "Choose another folder or unlock the USB stick.",
    "export.full": "There is no room left in {folder}. Free some space or choose another USB stick.",
    "export.vanished": "The folder {folder} is no longer there (was the USB stick removed?). Insert it again "
                       "and export again.",
    "export.is_directory": "{path} is a folder; give the package a file name (for example protocol-101.zip).",
    "export.failed": "The package could not be written to {folder}: {reason}.",
    # reading
    "package.unreadable": "{file} is not a readable package: {reason}.",
    # verifying
    "package.not_canonical": "The package's ZIP structure was altered (its bytes differ from the only "
                             "layout the station writes), though no listed file's content changed.",
    "package.duplicate_file": "The package holds {file} more than once.",
    "package.missing_file": "The package has no {file}.",
    "package.extra_file": "The package holds {file}, which its manifest does not list.",
    "package.manifest_unreadable": "manifest.json cannot be read: {reason}.",
    "package.file_altered": "{file} was altered: its SHA-256 is {found}…, the signed manifest says {expected}….",
    "package.signature": "The signature of {document} does not hold: {reason}.",
    "package.signer_mismatch": "protocol.pdf is signed by «{pdf}» but the manifest by «{manifest}»: the same "
                               "chair must sign both.",
    "package.chair_pem_mismatch": "chair.pem is not the certificate that signed the package.",
    "package.manifest_signer": "The manifest names «{claimed}» as its signer, but «{actual}» signed it.",
    "package.journal_unreadable": "journal.jsonl, line {line}: {reason}.",
    "package.protocol_unreadable": "protocol.json cannot be read: {reason}.",
    "package.protocol_hash": "protocol.json is not the protocol the manifest was signed for.",
    "package.manifest_mismatch": "The manifest says {field} is «{manifest}», protocol.json says «{protocol}».",
    "package.journal_not_finalized": "The journal does not end with the finalization of protocol version "
                                     "{version} (SHA-256 {sha256}…).",
    "package.journal_pdf": "protocol.pdf is not the signed PDF the journal recorded at finalization.",
    "package.journal_head": "The protocol was built from journal entry {seq}, which the package's journal "
                            "does not hold as recorded.",
    "package.journal_after_protocol": "The journal records entries between the protocol (built from entry {seq}) "
                                      "and its finalization (entry {finalized}): the protocol does not account "
                                      "for them.",
    "package.line_mismatch": "Race «{race}», line {line}: the protocol says {protocol}, the journal {journal}.",
    "package.votes_mismatch": "Race «{race}», candidate {candidate}: the protocol says {protocol} votes, the "
                              "journal's agreed count {journal}.",
    "package.race_not_counted": "Race «{race}»: the journal holds no agreed count.",
    "package.explanation_mismatch": "Race «{race}», relation {relation}: the protocol's explanation is not "
                                    "the one the journal recorded.",
    "package.checkins_unreadable": "checkins.csv, line {line}: {reason}.",
    "package.checkins_mismatch": "checkins.csv does not list the journal's check-ins: {missing} missing, "
                                 "{unexpected} not in the journal.",
    "package.checkins_count": "checkins.csv lists {listed} check-ins; the protocol's line 3 says {issued}.",
    "package.relation_error": "Race «{race}»: control relation {relation} fails on the protocol's own lines; "
                              "no protocol is signed while an error relation fails.",
    "package.warning_missing": "Race «{race}»: control relation {relation} fails on the protocol's own lines, "
                               "but protocol.json does not list it among the warnings.",
    "package.warning_extra": "Race «{race}»: protocol.json lists control relation {relation} as a warning, but "
                             "it holds on the protocol's own lines.",
    "package.warning_params": "Race «{race}»: the figures protocol.json gives for control relation {relation} "
                              "are not those of the protocol's own lines.",
    "package.observer_missing": "The journal records observer {id} («{name}»), whom protocol.json does not list.",
    "package.observer_unrecorded": "protocol.json lists observer {id} («{name}»), whom the journal does not "
                                   "record.",
    "package.observer_mismatch": "Observer {id} («{name}»): protocol.json's {field} is not what the journal "
                                 "recorded.",
    "package.remark_missing": "The journal records remark {id} of observer {observer}, which protocol.json does "
                              "not list.",
    "package.remark_unrecorded": "protocol.json lists remark {id} of observer {observer}, which the journal does "
                                 "not record.",
    "package.remark_mismatch": "Remark {id} of observer {observer}: protocol.json's {field} is not what the "
                               "journal recorded.",
    "package.incident_missing": "The journal records incident {id} ({at}), which protocol.json does not list.",
    "package.incident_unrecorded": "protocol.json lists incident {id} ({at}), which the journal does not record.",
    "package.incident_mismatch": "Incident {id} ({at}): protocol.json's {field} is not what the journal recorded.",
    "package.checklist_run_missing": "The journal records the {checklist} checklist of {at} (number {id}), which "
                                     "protocol.json does not list.",
    "package.checklist_run_unrecorded": "protocol.json lists the {checklist} checklist of {at} (number {id}), which "
                                        "the journal does not record.",
    "package.checklist_run_mismatch": "The {checklist} checklist of {at} (number {id}): protocol.json's {field} is "
                                      "not what the journal recorded.",
    "package.exception_missing": "The journal records the chair's exception to the {checklist} checklist of {at}, "
                                 "which protocol.json does not list.",
    "package.exception_unrecorded": "protocol.json lists an exception to the {checklist} checklist of {at}, which the "
                                    "journal does not record.",
    "package.exception_mismatch": "The exception to the {checklist} checklist of {at}: protocol.json's {field} is not "
                                  "what the journal recorded.",
    "package.opened_mismatch": "protocol.json says the station opened at «{protocol}», the journal «{journal}».",
    "package.closed_mismatch": "protocol.json says the station closed at «{protocol}», the journal «{journal}».",
    "package.protocol_signer": "protocol.json names «{claimed}» (IIN {claimed_iin}) as its signer, but "
                               "«{actual}» (IIN {actual_iin}) signed the PDF.",
    "package.journal_signer": "The journal recorded «{journal}» as the signer of version {version}, but "
                              "«{actual}» signed the PDF.",
    "package.signer_change_unrecorded": "Version {version} is signed by «{signer}» (IIN {iin}) and version "
                                        "{previous_version} by «{previous}» (IIN {previous_iin}), but the journal "
                                        "records no change of signer with the chair's reason.",
    "package.signer_change_mismatch": "The change of signer protocol.json states is not the one the journal "
                                      "recorded at finalization.",
    "package.pdf_attachment": "protocol.pdf does not carry {file} as written at signing.",
    "package.qr_mismatch": "The QR codes of protocol.pdf do not carry the lines of protocol.json.",
    "package.qr_scan": "Scanning the QR codes printed in protocol.pdf failed: {reason}.",
}

_DER = Encoding.DER
_DOS_DATE = (1 << 5) | 1  # 1980-01-01
_DOS_TIME = 0
_VERSION_NEEDED = 20
_VERSION_MADE_BY = (3 << 8) | 20  # Unix, ZIP 2.0: the same on every platform
_EXTERNAL_ATTR = 0o100644 << 16


# ── the container ──────────────────────────────────────────────────────────────────────────────

def build_zip(entries: Sequence[tuple[str, bytes]]) -> bytes:
    """The one canonical ZIP of ``entries`` (ASCII names, stored, fixed times, no extras)."""
    out = io.BytesIO()
    central = []
    for name, data in entries:
        raw_name = name.encode("ascii")
        crc = binascii.crc32(data) & 0xFFFFFFFF
        offset = out.tell()
        if len(data) >= 0xFFFFFFFF or offset >= 0xFFFFFFFF:
            raise ValueError("package too large for a ZIP without ZIP64")
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, _VERSION_NEEDED, 0, 0, _DOS_TIME, _DOS_DATE,
                              crc, len(data), len(data), len(raw_name), 0))
        out.write(raw_name)
        out.write(data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, _VERSION_MADE_BY, _VERSION_NEEDED, 0, 0,
                                   _DOS_TIME, _DOS_DATE, crc, len(data), len(data), len(raw_name), 0, 0, 0, 0,
                                   _EXTERNAL_ATTR, offset) + raw_name)
    start = out.tell()
    for record in central:
        out.write(record)
    size = out.tell() - start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


class PackageReadError(Refused):
    """The file is not a package at all (not a ZIP, unreadable)."""


@dataclass(frozen=True)
class PackageFiles:
    """A package's members as stored, in the order of its central directory."""

    entries: tuple[tuple[str, bytes], ...]
    raw: bytes = field(repr=False)
    compressed: tuple[str, ...] = ()

    def get(self, name: str) -> bytes | None:
        return next((data for n, data in self.entries if n == name), None)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n, _ in self.entries)


def read_package(source: str | os.PathLike | bytes) -> PackageFiles:
    """The members of a package file (or its bytes), read without trusting them.

    Stored members are sliced out of the file directly, so a member whose bytes were altered is
    still returned (and its hash then tells) instead of failing zipfile's CRC check."""
    if isinstance(source, (bytes, bytearray)):
        raw, label = bytes(source), "<bytes>"
    else:
        label = Path(source).name
        try:
            raw = Path(source).read_bytes()
        except OSError as exc:
            raise PackageReadError(error("package.unreadable", file=label, reason=exc.strerror or str(exc))) from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except ZIP_ERRORS as exc:
        raise PackageReadError(error("package.unreadable", file=label, reason=str(exc) or "not a ZIP file")) from None
    entries, compressed = [], []
    for info in infos:
        try:
            if info.compress_type == zipfile.ZIP_STORED:
                start = info.header_offset
                name_length, extra_length = struct.unpack("<HH", raw[start + 26:start + 30])
                begin = start + 30 + name_length + extra_length
                data = raw[begin:begin + info.compress_size]
                if len(data) != info.compress_size:
                    raise ValueError("member runs past the end of the file")
            else:
                compressed.append(info.filename)
                data = archive.read(info)
        except ZIP_ERRORS as exc:
            raise PackageReadError(error("package.unreadable", file=label,
                                         reason=f"{info.filename}: {exc}")) from None
        entries.append((info.filename, data))
    return PackageFiles(tuple(entries), raw, tuple(compressed))


# ── the parts ──────────────────────────────────────────────────────────────────────────────────

def checkins_csv(rows: Iterable[tuple[str, str, bool]]) -> bytes:
    """``iin,at,backfilled`` of every check-in not voided, in check-in order; UTF-8, LF."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CHECKINS_HEADER)
    for iin, at, backfilled in rows:
        writer.writerow((iin, at, 1 if backfilled else 0))
    return buffer.getvalue().encode("utf-8")


def parse_checkins_csv(data: bytes) -> tuple[list[tuple[str, str, bool]], list[Problem]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [], [error("package.checkins_unreadable", line=1, reason=str(exc))]
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or tuple(rows[0]) != CHECKINS_HEADER:
        return [], [error("package.checkins_unreadable", line=1, reason="the header is not iin,at,backfilled")]
    out, problems = [], []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != 3 or row[2] not in ("0", "1"):
            problems.append(error("package.checkins_unreadable", line=number, reason="expected iin,at,0|1"))
            continue
        out.append((row[0], row[1], row[2] == "1"))
    return out, problems


JournalRow = tuple[int, str, Any, str, str, str, str]


def journal_jsonl(rows: Iterable[JournalRow]) -> bytes:
    """One canonical JSON object per line; ``payload`` stays the exact string that was hashed."""
    lines = []
    for seq, at, officer, action, payload, prev_hash, digest in rows:
        lines.append(journal.canonical({"seq": seq, "at": at, "officer": officer, "action": action,
                                        "payload": payload, "prev_hash": prev_hash, "hash": digest}))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def parse_journal_jsonl(data: bytes) -> tuple[list[JournalRow], list[Problem]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [], [error("package.journal_unreadable", line=1, reason=str(exc))]
    rows: list[JournalRow] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line:
            continue
        try:
            value = json.loads(line)
            row = (value["seq"], value["at"], value["officer"], value["action"], value["payload"],
                   value["prev_hash"], value["hash"])
            texts = (row[1], row[3], row[4], row[5], row[6])
            if not isinstance(row[0], int) or not all(isinstance(v, str) for v in texts):
                raise TypeError("a field has the wrong type")
        except (ValueError, KeyError, TypeError) as exc:
            return rows, [error("package.journal_unreadable", line=number, reason=str(exc))]
        rows.append(row)
    return rows, []


def manifest_json(*, protocol: Mapping[str, Any], protocol_sha256: str, journal_head: tuple[int, str],
                  signer_subject: str, signer_iin: str | None, files: Mapping[str, bytes]) -> bytes:
    return pm.canonical_json({
        "format": FORMAT,
        "election": protocol["election"]["id"],
        "precinct": protocol["precinct"]["id"],
        "version": protocol["version"],
        "reason": protocol["reason"],
        "signed_at": protocol["signed_at"],
        "protocol_sha256": protocol_sha256,
        "journal": {"seq": journal_head[0], "hash": journal_head[1]},
        "signer": {"subject": signer_subject, "iin": signer_iin},
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                  for name, data in files.items()},
    })


def build_package(*, protocol_json: bytes, protocol_pdf: bytes, checkins: bytes, journal_lines: bytes,
                  chair_pem: bytes, journal_head: tuple[int, str], signer_subject: str, signer_iin: str | None,
                  sign) -> bytes:
    """The package's bytes; ``sign(manifest_bytes) -> DER`` makes the detached manifest signature."""
    protocol = pm.read_machine_json(protocol_json)
    files = {PROTOCOL_JSON: protocol_json, PROTOCOL_PDF: protocol_pdf, CHECKINS: checkins,
             JOURNAL: journal_lines, CHAIR_PEM: chair_pem}
    manifest = manifest_json(protocol=protocol, protocol_sha256=pm.sha256_hex(protocol_json),
                             journal_head=journal_head, signer_subject=signer_subject, signer_iin=signer_iin,
                             files=files)
    signature = sign(manifest)
    return build_zip([(MANIFEST, manifest), (SIGNATURE, signature)] + [(n, files[n]) for n in LISTED])


# ── writing ────────────────────────────────────────────────────────────────────────────────────

class PackageWriteError(Refused):
    """The package could not be written; ``code`` says why in terms the user can act on."""

    @property
    def code(self) -> str:
        return self.problems[0].code


_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, errno.EFBIG} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())
_VANISHED = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ENOTDIR} | (
    {errno.ESTALE} if hasattr(errno, "ESTALE") else set())


def write_error(exc: OSError, folder: Path) -> PackageWriteError:
    number = exc.errno
    if number in _READ_ONLY:
        code = "export.read_only"
    elif number in _FULL:
        code = "export.full"
    elif number in _VANISHED:
        code = "export.vanished"
    else:
        return PackageWriteError(error("export.failed", folder=str(folder), reason=exc.strerror or str(exc)))
    return PackageWriteError(error(code, folder=str(folder)))


def check_target(path: str | os.PathLike) -> Path:
    """Refuse early (before anything is signed or stored) a target that cannot take a package."""
    path = Path(path)
    if path.is_dir():
        raise PackageWriteError(error("export.is_directory", path=str(path)))
    folder = path.parent
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".probe")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise write_error(exc, folder) from None
    return path


def write_package(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that ``path`` holds either its old content or all of ``data``."""
    path = Path(path)
    if path.is_dir():
        raise PackageWriteError(error("export.is_directory", path=str(path)))
    folder = path.parent
    temp = None
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
        temp = None
        _fsync_directory(folder)
    except OSError as exc:
        raise write_error(exc, folder) from None
    finally:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass  # the folder itself is gone or read-only: nothing more can be cleaned
    return path


def _fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return  # NTFS and FAT on Windows cannot fsync a directory; the rename is what they journal
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ── what the journal says ──────────────────────────────────────────────────────────────────────

@dataclass
class JournalFacts:
    """The station's record as replayed from its journal: what the protocol must agree with."""

    checkins: dict[str, tuple[str, str, bool]] = field(default_factory=dict)   # receipt → (iin, at, backfilled)
    received: dict[str, int] = field(default_factory=dict)
    spoiled: dict[str, int] = field(default_factory=dict)
    agreed: dict[str, dict] = field(default_factory=dict)                      # race → sheet JSON
    explanations: dict[str, dict[str, str]] = field(default_factory=dict)
    counted_lines: dict[str, list[int]] = field(default_factory=dict)           # race → lines 1… at COUNTED
    finalized: dict | None = None                                               # the last entry's payload
    finalized_seq: int | None = None
    finalized_before: list[dict] = field(default_factory=list)                  # earlier versions' payloads
    last_action: str | None = None
    hashes: dict[int, str] = field(default_factory=dict)
    # the annexes, shaped as protocol.json lists them
    observers: dict[int, dict] = field(default_factory=dict)                    # id → observer, "remarks" by id
    incidents: dict[int, dict] = field(default_factory=dict)
    checklist_runs: dict[int, dict] = field(default_factory=dict)               # numbered as the station does
    checklist_exceptions: list[dict] = field(default_factory=list)
    opened_at: str | None = None
    closed_at: str | None = None


def journal_facts(rows: Iterable[JournalRow]) -> JournalFacts:
    """Replay the journal. An entry whose payload is not shaped as the station writes it is left
    out: the protocol then disagrees with the replay, and that disagreement is what is reported."""
    facts = JournalFacts()
    for seq, at, officer, action, payload_text, _prev, digest in rows:
        facts.hashes[seq] = digest
        facts.last_action = action
        try:
            payload = json.loads(payload_text)
        except ValueError:
            continue  # verify_rows already reports an altered entry
        if isinstance(payload, dict):
            try:
                _replay(facts, seq, action, payload)
                _replay_annex(facts, at, officer or "", action, payload)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue  # not shaped as the station writes it: the comparison reports what is left out
    return facts


def _replay_annex(facts: JournalFacts, at: str, officer: str, action: str, p: dict) -> None:
    """Observers, remarks, incidents, checklists and the station's hours, as the station's
    tables (and so its protocol) hold them."""
    if action == "station.opened":
        facts.opened_at = at
    elif action == "station.closed":
        facts.closed_at = at
    elif action == "checklist.completed":
        number = len(facts.checklist_runs) + 1
        facts.checklist_runs[number] = {
            "id": number, "name": p["name"], "version": p["version"], "at": at, "officer": officer,
            "passed": bool(p["passed"]), "failed_mandatory": list(p["failed_mandatory"]),
            "answers": [{"item": a["item"], "answer": a["answer"], "note": a.get("note") or ""}
                        for a in p["answers"]]}
    elif action == "checklist.exception":
        facts.checklist_exceptions.append({"name": p["name"], "at": at, "officer": officer, "reason": p["reason"],
                                           "failed_mandatory": list(p["failed_mandatory"])})
    elif action == "observer.arrived":
        facts.observers[p["id"]] = {"id": p["id"], "name": p["name"], "represents": p["represents"],
                                    "arrived_at": p["at"], "left_at": "", "remarks": {}}
    elif action == "observer.left":
        facts.observers[p["id"]]["left_at"] = p["at"]
    elif action == "observer.remark":
        response = p.get("response") or ""
        facts.observers[p["observer"]]["remarks"][p["id"]] = {
            "id": p["id"], "at": at, "text": p["text"], "response": response,
            "responded_at": at if response else "", "responded_by": officer if response else ""}
    elif action == "observer.response":
        for observer in facts.observers.values():
            remark = observer["remarks"].get(p["remark"])
            if remark is not None:
                remark.update(response=p["response"], responded_at=at, responded_by=officer)
    elif action == "incident":
        facts.incidents[p["id"]] = {"id": p["id"], "at": p["at"], "kind": p["kind"],
                                    "description": p["description"], "action_taken": p.get("action_taken") or "",
                                    "officer": officer}


def _replay(facts: JournalFacts, seq: int, action: str, payload: dict) -> None:
    race = payload.get("race")
    if action == "protocol.finalized":
        if facts.finalized is not None:
            facts.finalized_before.append(facts.finalized)
        facts.finalized, facts.finalized_seq = payload, seq
    elif action == "station.counted" and isinstance(payload.get("races"), dict):
        for race_id, info in payload["races"].items():
            lines = info.get("lines") if isinstance(info, dict) else None
            if isinstance(lines, list) and all(_count(n) for n in lines):
                facts.counted_lines[race_id] = lines
    elif action == "checkin.voided":
        facts.checkins.pop(payload.get("receipt") if isinstance(payload.get("receipt"), str) else None, None)
    elif action == "checkin":
        iin, at, receipt = payload.get("iin"), payload.get("at"), payload.get("receipt")
        if all(isinstance(v, str) for v in (iin, at, receipt)):
            facts.checkins[receipt] = (iin, at, bool(payload.get("backfilled")))
    elif not isinstance(race, str):
        return
    elif action == "ballots.received" and _count(payload.get("count")):
        facts.received[race] = payload["count"]
    elif action == "ballot.spoiled" and _count(payload.get("count")):
        facts.spoiled[race] = facts.spoiled.get(race, 0) + payload["count"]
    elif action == "count.agreed" and isinstance(payload.get("sheet"), dict):
        facts.agreed[race] = payload["sheet"]
    elif action == "count.reopened":
        facts.agreed.pop(race, None)
        facts.explanations.pop(race, None)
        facts.counted_lines.pop(race, None)
    elif action == "count.explained" and isinstance(payload.get("relation"), str) \
            and isinstance(payload.get("text"), str):
        facts.explanations.setdefault(race, {})[payload["relation"]] = payload["text"]


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def consistency_problems(protocol: Mapping[str, Any], protocol_sha256: str, pdf: bytes,
                         facts: JournalFacts, checkins: Sequence[tuple[str, str, bool]]) -> list[Problem]:
    """Does the machine-readable protocol say what the journal recorded, and do the check-ins?"""
    problems: list[Problem] = []
    final = facts.finalized
    if (facts.last_action != "protocol.finalized" or final is None or final.get("version") != protocol["version"]
            or final.get("protocol_sha256") != protocol_sha256):
        problems.append(error("package.journal_not_finalized", version=protocol["version"],
                              sha256=protocol_sha256[:16]))
    elif final.get("pdf_sha256") != hashlib.sha256(pdf).hexdigest():
        problems.append(error("package.journal_pdf"))
    head = protocol.get("journal") or {}
    if facts.hashes.get(head.get("seq")) != head.get("hash"):
        problems.append(error("package.journal_head", seq=head.get("seq")))
    elif facts.finalized_seq is not None and isinstance(head.get("seq"), int) \
            and facts.finalized_seq != head["seq"] + 1:
        problems.append(error("package.journal_after_protocol", seq=head["seq"], finalized=facts.finalized_seq))

    live = sorted(facts.checkins.values(), key=lambda c: (c[1], c[0]))
    listed = sorted(checkins, key=lambda c: (c[1], c[0]))
    if live != listed:
        missing = len(set(live) - set(listed))
        unexpected = len(set(listed) - set(live))
        problems.append(error("package.checkins_mismatch", missing=missing, unexpected=unexpected))

    for race in protocol["races"]:
        race_id = race["id"]
        lines = race["lines"]
        issued = lines.get("issued")
        if issued != len(listed):
            problems.append(error("package.checkins_count", listed=len(listed), issued=issued))
        sheet = facts.agreed.get(race_id)
        if sheet is None:
            problems.append(error("package.race_not_counted", race=race_id))
            continue
        expected = {
            "received": facts.received.get(race_id, 0),
            "issued": len(live),
            "spoiled": facts.spoiled.get(race_id, 0),
            "unused": sheet.get("unused"),
            "found_in_box": sheet.get("found_in_box"),
            "invalid": sheet.get("invalid"),
        }
        if isinstance(sheet.get("found_in_box"), int) and isinstance(sheet.get("invalid"), int):
            expected["valid"] = sheet["found_in_box"] - sheet["invalid"]
        # Line 1 (the roll) is recorded only when the station was marked counted, with every line.
        counted = facts.counted_lines.get(race_id) or []
        for number, name in enumerate(accounting.LINE_FIELDS, start=1):
            recorded = [expected[name]] if name in expected else []
            if len(counted) >= number:
                recorded.append(counted[number - 1])
            if not recorded and name == "roll_eligible":
                recorded.append(None)
            for value in recorded:
                if value != lines.get(name):
                    problems.append(error("package.line_mismatch", race=race_id, line=number,
                                          protocol=lines.get(name), journal=value))
                    break
        votes = sheet.get("votes") if isinstance(sheet.get("votes"), dict) else {}
        candidates = {c["id"]: c["votes"] for c in race["candidates"]}
        for cid in sorted(set(votes) | set(candidates)):
            if votes.get(cid) != candidates.get(cid):
                problems.append(error("package.votes_mismatch", race=race_id, candidate=cid,
                                      protocol=candidates.get(cid), journal=votes.get(cid)))
        told = facts.explanations.get(race_id, {})
        for warning in race.get("warnings", ()):
            if (told.get(warning["relation"]) or "").strip() != warning["explanation"]:
                problems.append(error("package.explanation_mismatch", race=race_id, relation=warning["relation"]))
        problems += relation_problems(race)
    problems += annex_problems(protocol, facts)
    problems += signer_change_problems(protocol, facts)
    return problems


def relation_problems(race: Mapping[str, Any]) -> list[Problem]:
    """The control relations recomputed from the race's own lines: no error may fail, and the
    failing warnings (with their figures) are exactly those the protocol lists. A listed relation
    this verifier does not know (a newer catalogue) is not judged."""
    lines, max_choices = race["lines"], race.get("max_choices")
    if not _count(max_choices) or max_choices < 1:
        return [error("package.protocol_unreadable", reason=f"race {race['id']}: max_choices is not a number")]
    computed = accounting.ProtocolLines(race["id"], *(lines[name] for name in accounting.LINE_FIELDS),
                                        tuple((c["id"], c["votes"]) for c in race["candidates"]))
    problems: list[Problem] = []
    failing: dict[str, dict] = {}
    for result in accounting.check(computed, max_choices):
        if result.is_error:
            if result.relation_id not in failing:
                problems.append(error("package.relation_error", race=race["id"], relation=result.relation_id))
            failing.setdefault(result.relation_id, {})
        else:
            failing.setdefault(result.relation_id, dict(result.params))
    listed = {w["relation"]: w.get("params") for w in race["warnings"]}
    warnings = {rid: params for rid, params in failing.items()
                if accounting.RELATIONS_BY_ID[rid].severity != "error"}
    for rid in warnings:
        if rid not in listed:
            problems.append(error("package.warning_missing", race=race["id"], relation=rid))
        elif listed[rid] != warnings[rid]:
            problems.append(error("package.warning_params", race=race["id"], relation=rid))
    for rid in listed:
        if rid not in warnings and rid in accounting.RELATIONS_BY_ID:
            problems.append(error("package.warning_extra", race=race["id"], relation=rid))
    return problems


def _compare_items(kind: str, journal_items: Mapping[Any, dict], listed: Mapping[Any, dict],
                   label, skip: tuple[str, ...] = ()) -> list[Problem]:
    """``package.<kind>_missing`` / ``_unrecorded`` / ``_mismatch`` (naming the first field that
    differs) between what the journal records and what protocol.json lists."""
    problems = []
    for key in sorted(set(journal_items) | set(listed), key=lambda k: (str(type(k)), k)):
        ours, theirs = journal_items.get(key), listed.get(key)
        if theirs is None:
            problems.append(error(f"package.{kind}_missing", **label(ours)))
        elif ours is None:
            problems.append(error(f"package.{kind}_unrecorded", **label(theirs)))
        else:
            differs = next((f for f in sorted(set(ours) | set(theirs))
                            if f not in skip and ours.get(f) != theirs.get(f)), None)
            if differs is not None:
                problems.append(error(f"package.{kind}_mismatch", **label(ours), field=differs))
    return problems


def annex_problems(protocol: Mapping[str, Any], facts: JournalFacts) -> list[Problem]:
    """What the journal records of the day beyond the numbers — observers and their remarks,
    incidents, sanitary checklists and the chair's exceptions, the opening and closing times —
    against what protocol.json lists: a missing, extra or altered item is named."""
    problems: list[Problem] = []
    for name, code in (("opened_at", "package.opened_mismatch"), ("closed_at", "package.closed_mismatch")):
        if name in protocol and protocol[name] != (getattr(facts, name) or ""):
            problems.append(error(code, protocol=protocol[name], journal=getattr(facts, name) or ""))

    checklists = protocol.get("checklists") or {}
    runs = {r.get("id"): r for r in checklists.get("runs", ())}
    problems += _compare_items("checklist_run", facts.checklist_runs, runs,
                               lambda r: {"id": r.get("id"), "checklist": r.get("name"), "at": r.get("at")})
    exceptions = dict(enumerate(checklists.get("exceptions", ())))
    problems += _compare_items("exception", dict(enumerate(facts.checklist_exceptions)), exceptions,
                               lambda e: {"checklist": e.get("name"), "at": e.get("at")})

    observers = {o["id"]: o for o in protocol.get("observers", ())}
    problems += _compare_items("observer", facts.observers, observers,
                               lambda o: {"id": o.get("id"), "name": o.get("name")}, skip=("remarks",))
    for oid in sorted(set(facts.observers) & set(observers)):
        recorded = facts.observers[oid]["remarks"]
        listed = {r["id"]: r for r in observers[oid]["remarks"]}
        problems += _compare_items("remark", recorded, listed, lambda r, oid=oid: {"id": r.get("id"),
                                                                                  "observer": oid})
    incidents = {i["id"]: i for i in protocol.get("incidents", ())}
    problems += _compare_items("incident", facts.incidents, incidents,
                               lambda i: {"id": i.get("id"), "at": i.get("at")})
    return problems


def _same_signer(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool | None:
    """Whether two ``protocol.finalized`` payloads name one signer (None: they cannot tell)."""
    if a.get("signer_iin") and b.get("signer_iin"):
        return a["signer_iin"] == b["signer_iin"]
    if a.get("signer_sha256") and b.get("signer_sha256"):
        return a["signer_sha256"] == b["signer_sha256"]
    return None


def signer_change_problems(protocol: Mapping[str, Any], facts: JournalFacts) -> list[Problem]:
    """A version signed by another identity than the version before it carries the chair's
    recorded change of signer, and protocol.json states the change the journal recorded."""
    final = facts.finalized
    if final is None:
        return []
    problems: list[Problem] = []
    change = final.get("signer_change")
    if "signer_change" in protocol and protocol["signer_change"] != change:
        problems.append(error("package.signer_change_mismatch"))
    if facts.finalized_before and change is None:
        previous = facts.finalized_before[-1]
        if _same_signer(previous, final) is False:
            problems.append(error("package.signer_change_unrecorded", version=final.get("version"),
                                  signer=final.get("signer"), iin=final.get("signer_iin") or "—",
                                  previous_version=previous.get("version"), previous=previous.get("signer"),
                                  previous_iin=previous.get("signer_iin") or "—"))
    return problems


def signer_problems(protocol: Mapping[str, Any], replayed: JournalFacts | None,
                   facts: Mapping[str, Any]) -> list[Problem]:
    """The signer protocol.json names, and the one the journal recorded at finalization, are the
    certificate that signed the PDF (by IIN and certificate SHA-256)."""
    actual_iin, actual_sha = facts.get("signer_iin") or "", facts["signer_sha256"]
    problems: list[Problem] = []
    claimed = protocol.get("signer")
    if claimed is not None and (claimed["sha256"] != actual_sha or claimed["iin"] != actual_iin):
        problems.append(error("package.protocol_signer", claimed=claimed["name"], claimed_iin=claimed["iin"] or "—",
                              actual=facts.get("signer"), actual_iin=actual_iin or "—"))
    final = replayed.finalized if replayed is not None else None
    if final is not None and final.get("version") == protocol["version"]:
        recorded_sha, recorded_iin = final.get("signer_sha256"), final.get("signer_iin")
        if (recorded_sha is not None and recorded_sha != actual_sha) or (
                "signer_iin" in final and (recorded_iin or "") != actual_iin):
            problems.append(error("package.journal_signer", journal=final.get("signer"), version=final.get("version"),
                                  actual=facts.get("signer")))
    return problems


# ── the PDF's own copy of the protocol ─────────────────────────────────────────────────────────

def pdf_attachments(pdf: bytes) -> dict[str, bytes]:
    """The embedded files of a PDF, by name (empty when it has none or cannot be read)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
        out = {}
        for i in range(0, len(names), 2):
            spec = names[i + 1]
            out[str(names[i])] = spec["/EF"]["/F"].data
        return out
    except Exception:  # noqa: BLE001 — a damaged PDF can fail anywhere in the parser
        return {}


def scan_pdf_qr(pdf: bytes, dpi: int = 150) -> list[str]:
    """Decode every QR code printed in the PDF, as a scanner at the branch would read the paper.

    Needs poppler's ``pdftoppm`` and the ``zxing-cpp`` Python package; raises RuntimeError
    without them."""
    try:
        import zxingcpp
        from PIL import Image
    except ImportError as exc:
        raise RuntimeError(f"zxing-cpp is not installed ({exc.name})") from None
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        raise RuntimeError("poppler's pdftoppm and pdftotext are not installed")
    texts: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "protocol.pdf"
        source.write_bytes(pdf)
        # Rasterising every page of a long protocol takes seconds: find the pages whose captions
        # say «QR k / n» and render those (all pages when no caption is found).
        words = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, check=True,
                               timeout=120).stdout.decode("utf-8", "replace").split("\f")
        pages = [n for n, text in enumerate(words, start=1) if re.search(r"QR \d+ / \d+", text)]
        for first, last in ([(n, n) for n in pages] or [(1, len(words))]):
            subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(first), "-l", str(last),
                            str(source), str(Path(folder) / f"page-{first}")],
                           check=True, capture_output=True, timeout=120)
        for page in sorted(Path(folder).glob("page-*.png")):
            with Image.open(page) as image:
                for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
                    texts.append(barcode.text)
    return texts


# ── verification ───────────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class Verdict:
    ok: bool
    problems: list[Problem]
    facts: dict[str, Any]


def verify_package(source: str | os.PathLike | bytes, trust_roots: Iterable, *, scan_qr: bool = False) -> Verdict:
    """Check everything a package claims (see ``docs/formats.md``); never raises for a bad package.

    ``trust_roots``: certificates (CA or the chair's own) whose signatures are trusted; with none,
    every signature is reported untrusted. ``scan_qr`` also renders the PDF and decodes its QR codes."""
    from polling_station.signing import manifest as manifest_signing
    from polling_station.signing import pades, trust

    roots = trust.trust_roots(trust_roots)
    facts: dict[str, Any] = {}
    try:
        package = read_package(source)
    except PackageReadError as exc:
        return Verdict(False, list(exc.problems), facts)
    facts["sha256"] = hashlib.sha256(package.raw).hexdigest()
    problems: list[Problem] = []

    names = package.names
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.append(error("package.duplicate_file", file=name))
    if package.compressed:
        problems.append(error("package.not_canonical"))

    manifest_bytes = package.get(MANIFEST)
    if manifest_bytes is None:
        problems.append(error("package.missing_file", file=MANIFEST))
        return Verdict(False, problems, facts)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} manifest")
        listed = manifest.get("files")
        if not isinstance(listed, dict) or not all(isinstance(e, dict) for e in listed.values()):
            raise ValueError("no file list")
        if not isinstance(manifest.get("journal"), dict):
            raise ValueError("no journal head")
    except (UnicodeDecodeError, ValueError) as exc:
        problems.append(error("package.manifest_unreadable", reason=str(exc)))
        return Verdict(False, problems, facts)

    expected_names = [MANIFEST, SIGNATURE] + [n for n in LISTED if n in listed] + sorted(set(listed) - set(LISTED))
    for name in expected_names:
        if name not in names:
            problems.append(error("package.missing_file", file=name))
    for name in names:
        if name not in expected_names:
            problems.append(error("package.extra_file", file=name))
    for name in LISTED:
        if name not in listed:
            problems.append(error("package.missing_file", file=name))

    content_ok = True
    for name, entry in listed.items():
        data = package.get(name)
        if data is None:
            content_ok = False
            continue
        found = hashlib.sha256(data).hexdigest()
        if found != entry.get("sha256") or len(data) != entry.get("size"):
            content_ok = False
            problems.append(error("package.file_altered", file=name, found=found[:12],
                                  expected=str(entry.get("sha256"))[:12]))
    if content_ok and not problems:
        try:
            canonical = build_zip([(n, package.get(n)) for n in expected_names]) == package.raw
        except (UnicodeEncodeError, ValueError):
            canonical = False  # a name or a size the station never writes
        if not canonical:
            problems.append(error("package.not_canonical"))

    signature = package.get(SIGNATURE) or b""
    manifest_verdict = manifest_signing.verify_manifest(manifest_bytes, signature, roots)
    for code in manifest_verdict.problems or ([] if manifest_verdict.ok else ["signature.untrusted"]):
        problems.append(error("package.signature", document=SIGNATURE, reason=code))
    facts["manifest_signed_at"] = manifest_verdict.signed_at.isoformat() if manifest_verdict.signed_at else None

    pdf = package.get(PROTOCOL_PDF) or b""
    pdf_verdict = pades.verify_pdf(pdf, roots)
    for code in pdf_verdict.problems or ([] if pdf_verdict.ok else ["signature.untrusted"]):
        problems.append(error("package.signature", document=PROTOCOL_PDF, reason=code))

    m_cert, p_cert = manifest_verdict.signer_cert, pdf_verdict.signer_cert
    if m_cert is not None and p_cert is not None and m_cert != p_cert:
        problems.append(error("package.signer_mismatch", pdf=p_cert.subject.rfc4514_string(),
                              manifest=m_cert.subject.rfc4514_string()))
    signer = p_cert or m_cert
    if signer is not None:
        from polling_station.signing.keys import cert_common_name
        facts["signer"] = cert_common_name(signer)
        facts["signer_iin"] = pdf_verdict.signer_iin or manifest_verdict.signer_iin
        facts["signer_subject"] = signer.subject.rfc4514_string()
        facts["signer_sha256"] = hashlib.sha256(signer.public_bytes(_DER)).hexdigest()
        chair_pem = package.get(CHAIR_PEM)
        try:
            chair_certs = trust.load_certificates(chair_pem) if chair_pem else []
        except Exception:  # noqa: BLE001 — an altered PEM is reported as a mismatch
            chair_certs = []
        if not chair_certs or trust.to_crypto_or_none(chair_certs[0]) != signer:
            problems.append(error("package.chair_pem_mismatch"))
        claimed = manifest.get("signer") if isinstance(manifest.get("signer"), dict) else {}
        if claimed.get("subject") != facts["signer_subject"] or claimed.get("iin") != facts["signer_iin"]:
            problems.append(error("package.manifest_signer", claimed=claimed.get("subject"),
                                  actual=facts["signer_subject"]))

    rows, journal_problems = parse_journal_jsonl(package.get(JOURNAL) or b"")
    problems += journal_problems
    head = manifest.get("journal") or {}
    if not journal_problems:
        problems += journal.verify_rows(rows, (head.get("seq"), head.get("hash")))
    facts["journal_entries"] = len(rows)

    protocol_bytes = package.get(PROTOCOL_JSON) or b""
    try:
        protocol = pm.read_machine_json(protocol_bytes)
    except pm.MachineProtocolError as exc:
        problems.append(error("package.protocol_unreadable", reason=str(exc)))
        return Verdict(False, problems, facts)
    protocol_sha = pm.sha256_hex(protocol_bytes)
    facts.update({"election": protocol["election"]["id"], "precinct": protocol["precinct"]["id"],
                  "version": protocol["version"], "reason": protocol["reason"], "signed_at": protocol["signed_at"],
                  "protocol_sha256": protocol_sha, "protocol": protocol, "protocol_bytes": protocol_bytes,
                  "races": {r["id"]: {"lines": r["lines"], "votes": {c["id"]: c["votes"] for c in r["candidates"]}}
                            for r in protocol["races"]}})
    if manifest.get("protocol_sha256") != protocol_sha:
        problems.append(error("package.protocol_hash"))
    for key, value in (("election", protocol["election"]["id"]), ("precinct", protocol["precinct"]["id"]),
                       ("version", protocol["version"])):
        if manifest.get(key) != value:
            problems.append(error("package.manifest_mismatch", field=key, manifest=manifest.get(key), protocol=value))

    checkins, checkin_problems = parse_checkins_csv(package.get(CHECKINS) or b"")
    problems += checkin_problems
    facts["checkins"] = tuple((iin, at) for iin, at, _ in checkins)
    replayed = journal_facts(rows) if not journal_problems else None
    if "signer_sha256" in facts:
        problems += signer_problems(protocol, replayed, facts)
    if replayed is not None:
        problems += consistency_problems(protocol, protocol_sha, pdf, replayed, checkins)

    attached = pdf_attachments(pdf)
    if attached.get(PDF_ATTACHMENT_JSON) != protocol_bytes:
        problems.append(error("package.pdf_attachment", file=PDF_ATTACHMENT_JSON))
    payloads = pm.qr_payloads(protocol, protocol_sha)
    carried = (attached.get(PDF_ATTACHMENT_QR) or b"").decode("ascii", "replace").split("\n")
    if [t for t in carried if t] != list(payloads):
        problems.append(error("package.qr_mismatch"))
    facts["qr_codes"] = len(payloads)
    if scan_qr:
        try:
            scanned = scan_pdf_qr(pdf)
            if pm.parse_qr_payloads(scanned) != pm.qr_summary(protocol, protocol_sha):
                problems.append(error("package.qr_mismatch"))
        except pm.QrPayloadError as exc:
            problems.append(error("package.qr_scan", reason=", ".join(p.code for p in exc.problems)))
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            problems.append(error("package.qr_scan", reason=str(exc)))

    return Verdict(not problems, _unique(problems), facts)


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def describe(problem: Problem) -> str:
    """English text of a package problem, with a nested signing code spelled out."""
    import importlib

    templates: dict[str, str] = dict(MESSAGES)
    for module in ("polling_station.storage.journal", "polling_station.reports.protocol_model",
                   "polling_station.signing.keys", "polling_station.signing.trust",
                   "polling_station.signing.pades", "polling_station.signing.manifest"):
        templates.update(getattr(importlib.import_module(module), "MESSAGES", {}))
    params = dict(problem.params)
    if problem.code == "package.signature" and params.get("reason") in templates:
        params["reason"] = templates[params["reason"]].rstrip(".")
    template = templates.get(problem.code)
    if template is None:
        return problem.code + (f" {params}" if params else "")
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
