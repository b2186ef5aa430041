"""Tamper evidence: the station's tables rebuilt from its journal and compared with the file.

Every service writes a change and the journal entry that describes it in one transaction, so the
tables are a pure fold over the journal (after vxsuite's pollbook event log). Replaying the journal
rebuilds what each table must hold; a row that differs, is missing or has no entry behind it was
written by something other than the application, and ``tamper_report`` names the table, the row
and the field. The journal's own chain is checked first (``storage.journal.verify``), and the
schema is compared with the one the migrations create, so that a dropped trigger shows too.

What the journal summarises rather than carries is checked through digests: the roll through the
``members_digest`` of the last ``roll.imported`` entry (IIN-prefix buckets name where it changed
once the entry also carries ``roll``), the online-voters snapshot through the running count of
``online.imported`` entries (and their ``voters`` digest once carried), the officers' PIN hashes
through ``pin_hash_sha256`` once carried. Each such payload is written by the helpers below.

A new journal action or table needs its rule here: an action this module cannot replay is
reported (``integrity.unknown_action``) rather than guessed at.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from polling_station.domain.problems import Problem, error
from polling_station.storage import journal

MESSAGES = {
    "tamper.row_changed": "{table}, row {key}: {field} is «{found}» in the file, "
                          "but the journal recorded «{expected}».",
    "tamper.row_missing": "{table}, row {key} was deleted outside the application (the journal recorded it).",
    "tamper.row_added": "{table}, row {key} was inserted outside the application (the journal has no record of it).",
    "tamper.roll_changed": "The member roll was changed outside the application: {found} members in the file, "
                           "{expected} as imported (journal entry {seq}).",
    "tamper.roll_bucket": "The members whose IIN starts with {prefix} were changed outside the application "
                          "({found} rows in the file, {expected} as imported).",
    "tamper.table_changed": "{table} was changed outside the application: {found} rows in the file, "
                            "{expected} recorded by the journal.",
    "tamper.election_changed": "The election definition stored in the station was changed outside the application.",
    "tamper.schema_missing": "The {kind} «{name}» was removed from the station file.",
    "tamper.schema_added": "The {kind} «{name}» was added to the station file outside the application.",
    "tamper.schema_changed": "The {kind} «{name}» of the station file was altered.",
    "integrity.unknown_action": "Journal entry {seq} records «{action}», which this version cannot check: "
                                "update Polling Station.",
}

# Tables that are not a fold of the journal, and why.
EXEMPT_TABLES = {
    "journal": "checked by its own hash chain (storage.journal.verify)",
    "journal_head": "checked by its own hash chain (storage.journal.verify)",
    "_sqlite_migrations": "checked by storage.db.open_database (a newer or foreign schema is refused)",
    "login_failures": "failed logins are not journaled: a wrong PIN changes no election data",
    "members_fts": "a search index derived from members.name_key",
}
FOLDED_TABLES = ("meta", "officers", "members", "online_voters", "checkins", "ballots_received", "spoiled",
                 "checklist_runs", "checklist_exceptions", "observers", "observer_remarks", "incidents",
                 "count_entries", "count_agreed", "relation_explanations", "tally_ballots", "protocols")

_MEMBER_COLUMNS = ("iin", "surname", "given_name", "patronymic", "birth_date", "sex", "region", "precinct",
                   "joined_on", "status")
_BUCKET_DIGITS = 4  # an IIN starts YYMM: about a thousand buckets however large the roll
# journal.canonical's encoding, built once: json.dumps builds an encoder per call, which doubles
# the time to digest a million-member roll
_canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


# ----- payload helpers (the services put these in their journal entries) ------------------------

def pin_hash_digest(pin_hash: str) -> str:
    """What the journal keeps of a PIN hash: enough to see it replaced, useless without the salt."""
    return hashlib.sha256(pin_hash.encode("utf-8")).hexdigest()


def roll_digests(db) -> dict:
    """The roll as ``roll.imported`` should record it: the member count, one digest over every row
    (search key included) and a short digest per IIN prefix, so that a change can be located."""
    whole = hashlib.sha256()
    buckets: dict[str, Any] = {}
    count = 0
    cols = ", ".join(_MEMBER_COLUMNS)
    for row in db.execute(f"SELECT {cols}, name_key FROM members ORDER BY iin"):
        line = (_canonical(list(row)) + "\n").encode("utf-8")
        whole.update(line)
        prefix = str(row[0])[:_BUCKET_DIGITS]
        b = buckets.get(prefix)
        if b is None:
            b = buckets[prefix] = [0, hashlib.sha256()]
        b[0] += 1
        b[1].update(line)
        count += 1
    return {"members": count, "digest": whole.hexdigest(),
            "buckets": {p: [n, h.hexdigest()[:16]] for p, (n, h) in sorted(buckets.items())}}


def online_voters_digest(db) -> dict:
    """The online-voters snapshot as ``online.imported`` should record it."""
    h = hashlib.sha256()
    count = 0
    for row in db.execute("SELECT iin, voted_at FROM online_voters ORDER BY iin"):
        h.update((_canonical(list(row)) + "\n").encode("utf-8"))
        count += 1
    return {"count": count, "digest": h.hexdigest()}


def _members_digest(db) -> str:
    # the formula of Station.members_digest, which roll.imported entries already carry
    h = hashlib.sha256()
    for row in db.execute(f"SELECT {', '.join(_MEMBER_COLUMNS)} FROM members ORDER BY iin"):
        h.update((_canonical(list(row)) + "\n").encode())
    return h.hexdigest()


# ----- the fold -----------------------------------------------------------------------------

@dataclass
class _Replay:
    """What the tables must hold after the journal's entries, one table per attribute."""

    meta: dict[str, Any] = field(default_factory=dict)
    election_sha256: str | None = None
    officers: dict[str, dict] = field(default_factory=dict)
    pin_digests: dict[str, str] = field(default_factory=dict)
    roll: dict | None = None           # the last roll.imported payload
    roll_seq: int = 0
    voters_count: int = 0
    voters: dict | None = None         # the last online.imported "voters" digest
    checkins: dict[int, dict] = field(default_factory=dict)
    checkin_by_receipt: dict[str, int] = field(default_factory=dict)
    ballots_received: dict[str, dict] = field(default_factory=dict)
    spoiled: dict[int, dict] = field(default_factory=dict)
    checklist_runs: dict[int, dict] = field(default_factory=dict)
    checklist_exceptions: dict[int, dict] = field(default_factory=dict)
    observers: dict[int, dict] = field(default_factory=dict)
    observer_remarks: dict[int, dict] = field(default_factory=dict)
    incidents: dict[int, dict] = field(default_factory=dict)
    count_entries: dict[tuple[str, int], dict] = field(default_factory=dict)
    count_agreed: dict[str, dict] = field(default_factory=dict)
    relation_explanations: dict[tuple[str, str], dict] = field(default_factory=dict)
    tally_ballots: dict[tuple[str, int], dict] = field(default_factory=dict)
    protocols: dict[int, dict] = field(default_factory=dict)
    unknown: list[Problem] = field(default_factory=list)


def _set_meta(r: _Replay, key: str, value: Any) -> None:
    r.meta[key] = value


def _created(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    r.election_sha256 = p.get("election_sha256")
    _set_meta(r, "precinct", p.get("precinct"))
    _set_meta(r, "state", "SETUP")
    _set_meta(r, "created_at", e.at)
    chair = p.get("chair") or {}
    _officer(r, chair.get("id"), chair.get("name"), "chair", e.at, chair.get("pin_hash_sha256"))


def _officer(r: _Replay, officer_id, name, role, at, pin_digest) -> None:
    r.officers[officer_id] = {"name": name, "role": role, "active": 1, "created_at": at}
    if pin_digest:
        r.pin_digests[officer_id] = pin_digest


def _officer_added(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    _officer(r, p.get("id"), p.get("name"), p.get("role"), e.at, p.get("pin_hash_sha256"))


def _roll_imported(r: _Replay, e: journal.Entry) -> None:
    r.roll, r.roll_seq = e.payload, e.seq


def _online_imported(r: _Replay, e: journal.Entry) -> None:
    r.voters_count += int(e.payload.get("added", 0))
    if "voters" in e.payload:
        r.voters = e.payload["voters"]


def _ballots_received(r: _Replay, e: journal.Entry) -> None:
    r.ballots_received[e.payload["race"]] = {"count": e.payload["count"]}


def _spoiled(r: _Replay, e: journal.Entry) -> None:
    number = len(r.spoiled) + 1
    r.spoiled[number] = {"race": e.payload["race"], "count": e.payload["count"], "at": e.at, "officer": e.officer}


def _opened(r: _Replay, e: journal.Entry) -> None:
    _set_meta(r, "state", "OPEN")
    _set_meta(r, "opened_at", e.at)


def _closed(r: _Replay, e: journal.Entry) -> None:
    _set_meta(r, "state", "CLOSED")
    _set_meta(r, "closed_at", e.at)


def _counted(r: _Replay, e: journal.Entry) -> None:
    _set_meta(r, "state", "COUNTED")


def _checkin(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    number = len(r.checkins) + 1
    r.checkins[number] = {"iin": p["iin"], "at": p["at"], "officer": e.officer, "desk": p["desk"],
                          "receipt": p["receipt"], "backfilled": int(bool(p.get("backfilled"))),
                          "online_warning": int(bool(p.get("warnings"))), "voided_at": None,
                          "voided_by": None, "void_reason": None, "journal_seq": e.seq}
    r.checkin_by_receipt[p["receipt"]] = number


def _voided(r: _Replay, e: journal.Entry) -> None:
    number = r.checkin_by_receipt.get(e.payload.get("receipt"))
    if number is not None:
        r.checkins[number].update(voided_at=e.at, voided_by=e.officer, void_reason=e.payload.get("reason"))


def _checklist(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    number = len(r.checklist_runs) + 1
    r.checklist_runs[number] = {"name": p["name"], "version": p["version"], "at": e.at, "officer": e.officer,
                                "answers": _Json(p["answers"]), "passed": int(bool(p["passed"])),
                                "failed_mandatory": _Json(p["failed_mandatory"])}


def _checklist_exception(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    number = len(r.checklist_exceptions) + 1
    r.checklist_exceptions[number] = {"name": p["name"], "at": e.at, "officer": e.officer, "reason": p["reason"],
                                      "failed_mandatory": _Json(p["failed_mandatory"])}


def _observer_arrived(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    r.observers[p["id"]] = {"name": p["name"], "represents": p["represents"], "arrived_at": p["at"],
                            "left_at": None}


def _observer_left(r: _Replay, e: journal.Entry) -> None:
    if e.payload["id"] in r.observers:
        r.observers[e.payload["id"]]["left_at"] = e.payload["at"]


def _remark(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    response = p.get("response")
    r.observer_remarks[p["id"]] = {"observer_id": p["observer"], "at": e.at, "text": p["text"],
                                   "response": response, "responded_at": e.at if response else None,
                                   "responded_by": e.officer if response else None}


def _response(r: _Replay, e: journal.Entry) -> None:
    remark = r.observer_remarks.get(e.payload["remark"])
    if remark is not None:
        remark.update(response=e.payload["response"], responded_at=e.at, responded_by=e.officer)


def _incident(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    r.incidents[p["id"]] = {"at": p["at"], "kind": p["kind"], "description": p["description"],
                            "action_taken": p.get("action_taken", ""), "officer": e.officer}


def _backup_configured(r: _Replay, e: journal.Entry) -> None:
    _set_meta(r, "backup_dir", e.payload["folder"])


def _nothing(r: _Replay, e: journal.Entry) -> None:
    """An entry that records an event but changes no table (a restore copies a backup whose
    journal is a prefix of this one, so the replay already holds its state)."""


def _count_entered(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    officer = r.officers.get(e.officer) or {}
    r.count_entries[(p["race"], p["entry"])] = {"officer": e.officer, "role": officer.get("role"),
                                                "sheet": _Json(p["sheet"]), "at": e.at}


def _count_discarded(r: _Replay, e: journal.Entry) -> None:
    race, number = e.payload["race"], e.payload["entry"]
    r.count_entries.pop((race, number), None)
    # the remaining entry becomes entry 1 and keeps its own time
    if number == 1 and (race, 2) in r.count_entries:
        r.count_entries[(race, 1)] = r.count_entries.pop((race, 2))


def _count_agreed(r: _Replay, e: journal.Entry) -> None:
    r.count_agreed[e.payload["race"]] = {"sheet": _Json(e.payload["sheet"]), "at": e.at}


def _count_reopened(r: _Replay, e: journal.Entry) -> None:
    race = e.payload["race"]
    # the tally by ballot stays: undo takes ballots back one by one
    for table in (r.count_entries, r.relation_explanations):
        for key in [k for k in table if k[0] == race]:
            del table[key]
    r.count_agreed.pop(race, None)
    if e.payload.get("station_state"):
        _set_meta(r, "state", e.payload["station_state"])


def _count_explained(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    r.relation_explanations[(p["race"], p["relation"])] = {"text": p["text"], "officer": e.officer, "at": e.at}


def _count_tallied(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    r.tally_ballots[(p["race"], p["seq"])] = {"marks": _Json(p["marks"]), "kind": p["kind"],
                                              "officer": e.officer, "at": e.at}


def _tally_undone(r: _Replay, e: journal.Entry) -> None:
    r.tally_ballots.pop((e.payload["race"], e.payload["seq"]), None)


def _finalized(r: _Replay, e: journal.Entry) -> None:
    p = e.payload
    r.protocols[p["version"]] = {
        "created_at": p["signed_at"], "officer": e.officer, "reason": p["reason"],
        "protocol_sha256": p["protocol_sha256"], "signer_iin": p.get("signer_iin"), "package_sha256": None,
        "protocol_json": _Sha256(p["protocol_sha256"]), "signed_pdf": _Sha256(p["pdf_sha256"]),
        "signer_cert_pem": _CommonName(p.get("signer"))}
    _set_meta(r, "state", "FINALIZED")


def _correction_opened(r: _Replay, e: journal.Entry) -> None:
    _set_meta(r, "state", "COUNTED")


def _exported(r: _Replay, e: journal.Entry) -> None:
    row = r.protocols.get(e.payload["version"])
    if row is not None:
        row["package_sha256"] = e.payload["package_sha256"]


FOLD: dict[str, Callable[[_Replay, journal.Entry], None]] = {
    "station.created": _created,
    "officer.added": _officer_added,
    "roll.imported": _roll_imported,
    "online.imported": _online_imported,
    "ballots.received": _ballots_received,
    "ballot.spoiled": _spoiled,
    "station.opened": _opened,
    "station.closed": _closed,
    "station.counted": _counted,
    "checkin": _checkin,
    "checkin.voided": _voided,
    "checklist.completed": _checklist,
    "checklist.exception": _checklist_exception,
    "observer.arrived": _observer_arrived,
    "observer.left": _observer_left,
    "observer.remark": _remark,
    "observer.response": _response,
    "incident": _incident,
    "backup.configured": _backup_configured,
    "station.restored": _nothing,
    "count.entered": _count_entered,
    "count.discarded": _count_discarded,
    "count.agreed": _count_agreed,
    "count.reopened": _count_reopened,
    "count.explained": _count_explained,
    "count.tallied": _count_tallied,
    "count.tally_undone": _tally_undone,
    "protocol.finalized": _finalized,
    "protocol.correction_opened": _correction_opened,
    "protocol.exported": _exported,
}


class _Json:
    """A value stored as JSON text: equal to a column when the column parses to the same value."""

    def __init__(self, value: Any):
        self.value = value

    def matches(self, found: Any) -> bool:
        if not isinstance(found, str):
            return False
        try:
            return json.loads(found) == self.value
        except ValueError:
            return False

    def __str__(self) -> str:
        return json.dumps(self.value, ensure_ascii=False, sort_keys=True)


class _Sha256:
    """A column the journal knows by its SHA-256 (the signed PDF, the machine-readable protocol)."""

    def __init__(self, digest: str):
        self.digest = digest

    def matches(self, found: Any) -> bool:
        data = found.encode("utf-8") if isinstance(found, str) else found
        return isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == self.digest

    def __str__(self) -> str:
        return f"SHA-256 {self.digest[:12]}…"


class _CommonName:
    """The signer's certificate, which the journal knows by its subject's common name."""

    def __init__(self, name: str | None):
        self.name = name

    def matches(self, found: Any) -> bool:
        from cryptography import x509
        from cryptography.x509.oid import NameOID
        try:
            cert = x509.load_pem_x509_certificate(found.encode("ascii"))
        except (AttributeError, ValueError, UnicodeEncodeError):
            return False
        names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return (str(names[0].value) if names else cert.subject.rfc4514_string()) == self.name

    def __str__(self) -> str:
        return f"a certificate of {self.name}"


def replay(entries: Iterable[journal.Entry]) -> _Replay:
    r = _Replay()
    for e in entries:
        rule = FOLD.get(e.action)
        if rule is None:
            r.unknown.append(error("integrity.unknown_action", seq=e.seq, action=e.action))
            continue
        try:
            rule(r, e)
        except (KeyError, TypeError, ValueError, AttributeError):
            # only a hand-made entry lacks what the service always writes; the chain check names it
            r.unknown.append(error("integrity.unknown_action", seq=e.seq, action=e.action))
    return r


# ----- comparing ----------------------------------------------------------------------------

def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bytes):
        return f"{len(value)} bytes"
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


def _same(expected: Any, found: Any) -> bool:
    if isinstance(expected, (_Json, _Sha256, _CommonName)):
        return expected.matches(found)
    return type(expected) is type(found) and expected == found


def _compare(table: str, expected: dict, found: dict, label: Callable[[Any], str] = str) -> list[Problem]:
    problems = []
    for key, row in expected.items():
        have = found.get(key)
        if have is None:
            problems.append(error("tamper.row_missing", table=table, key=label(key)))
            continue
        for column, value in row.items():
            if not _same(value, have.get(column)):
                problems.append(error("tamper.row_changed", table=table, key=label(key), field=column,
                                      found=_shown(have.get(column)), expected=_shown(value)))
    for key in found:
        if key not in expected:
            problems.append(error("tamper.row_added", table=table, key=label(key)))
    return problems


def _rows(db, sql: str, width: int) -> dict:
    """``{key: {column: value}}`` from a query whose first ``width`` columns are the key."""
    cur = db.execute(sql)
    columns = [d[0] for d in cur.description]
    out = {}
    for row in cur.fetchall():
        key = row[0] if width == 1 else tuple(row[:width])
        out[key] = dict(zip(columns[width:], row[width:]))
    return out


def _pair(key) -> str:
    return " / ".join(str(k) for k in key)


def _meta(db, r: _Replay) -> list[Problem]:
    found = dict(db.execute("SELECT key, value FROM meta").fetchall())
    problems = []
    election = found.pop("election", None)
    try:
        digest = hashlib.sha256(journal.canonical(json.loads(election)).encode()).hexdigest()
    except (TypeError, ValueError):
        digest = None
    if digest != r.election_sha256:
        problems.append(error("tamper.election_changed"))
    problems += _compare("meta", {k: {"value": v} for k, v in r.meta.items()},
                         {k: {"value": v} for k, v in found.items()})
    return problems


def _officers(db, r: _Replay) -> list[Problem]:
    found = _rows(db, "SELECT id, name, role, active, created_at, pin_hash FROM officers", 1)
    problems = _compare("officers", r.officers,
                        {k: {c: v for c, v in row.items() if c != "pin_hash"} for k, row in found.items()})
    for officer_id, digest in r.pin_digests.items():
        row = found.get(officer_id)
        if row is not None and pin_hash_digest(str(row["pin_hash"])) != digest:
            problems.append(error("tamper.row_changed", table="officers", key=officer_id, field="pin_hash",
                                  found="…", expected="…"))
    return problems


def _members(db, r: _Replay) -> list[Problem]:
    count = db.execute("SELECT count(*) FROM members").fetchone()[0]
    payload = r.roll or {}
    expected_count = int(payload.get("members", 0))
    if r.roll is None:
        if count == 0:
            return []
        return [error("tamper.roll_changed", found=count, expected=0, seq=0)]
    roll = payload.get("roll")
    if roll is not None:
        now = roll_digests(db)
        if now["digest"] == roll.get("digest"):
            return []
        problems = [error("tamper.roll_changed", found=count, expected=expected_count, seq=r.roll_seq)]
        before, after = roll.get("buckets", {}), now["buckets"]
        for prefix in sorted(set(before) | set(after)):
            if before.get(prefix) != after.get(prefix):
                problems.append(error("tamper.roll_bucket", prefix=prefix, found=(after.get(prefix) or [0])[0],
                                      expected=(before.get(prefix) or [0])[0]))
        return problems
    if _members_digest(db) == payload.get("members_digest") and count == expected_count:
        return []
    return [error("tamper.roll_changed", found=count, expected=expected_count, seq=r.roll_seq)]


def _online_voters(db, r: _Replay) -> list[Problem]:
    count = db.execute("SELECT count(*) FROM online_voters").fetchone()[0]
    if r.voters is not None:
        now = online_voters_digest(db)
        if now == {"count": r.voters.get("count"), "digest": r.voters.get("digest")}:
            return []
    elif count == r.voters_count:
        return []
    return [error("tamper.table_changed", table="online_voters", found=count,
                  expected=r.voters.get("count") if r.voters is not None else r.voters_count)]


def _tables(db, r: _Replay) -> list[Problem]:
    problems = []
    problems += _compare("checkins", r.checkins, _rows(
        db, "SELECT id, iin, at, officer, desk, receipt, backfilled, online_warning, voided_at, voided_by, "
            "void_reason, journal_seq FROM checkins", 1), label=lambda k: f"{k} (receipt {_receipt(r, k)})")
    problems += _compare("ballots_received", r.ballots_received,
                         _rows(db, "SELECT race, count FROM ballots_received", 1))
    problems += _compare("spoiled", r.spoiled, _rows(db, "SELECT id, race, count, at, officer FROM spoiled", 1))
    problems += _compare("checklist_runs", r.checklist_runs, _rows(
        db, "SELECT id, name, version, at, officer, answers, passed, failed_mandatory FROM checklist_runs", 1))
    problems += _compare("checklist_exceptions", r.checklist_exceptions, _rows(
        db, "SELECT id, name, at, officer, reason, failed_mandatory FROM checklist_exceptions", 1))
    problems += _compare("observers", r.observers,
                         _rows(db, "SELECT id, name, represents, arrived_at, left_at FROM observers", 1))
    problems += _compare("observer_remarks", r.observer_remarks, _rows(
        db, "SELECT id, observer_id, at, text, response, responded_at, responded_by FROM observer_remarks", 1))
    problems += _compare("incidents", r.incidents, _rows(
        db, "SELECT id, at, kind, description, action_taken, officer FROM incidents", 1))
    problems += _compare("count_entries", r.count_entries, _rows(
        db, "SELECT race, entry, officer, role, sheet, at FROM count_entries", 2), label=_pair)
    problems += _compare("count_agreed", r.count_agreed, _rows(db, "SELECT race, sheet, at FROM count_agreed", 1))
    problems += _compare("relation_explanations", r.relation_explanations, _rows(
        db, "SELECT race, relation, text, officer, at FROM relation_explanations", 2), label=_pair)
    problems += _compare("tally_ballots", r.tally_ballots, _rows(
        db, "SELECT race, seq, marks, kind, officer, at FROM tally_ballots", 2), label=_pair)
    problems += _compare("protocols", r.protocols, _rows(
        db, "SELECT version, created_at, officer, reason, protocol_sha256, signer_iin, package_sha256, "
            "protocol_json, signed_pdf, signer_cert_pem FROM protocols", 1))
    return problems


def _receipt(r: _Replay, number: int) -> str:
    row = r.checkins.get(number)
    return row["receipt"] if row else "?"


def _schema(db) -> list[Problem]:
    """The file's tables, indexes and triggers against those the migrations create."""
    from polling_station.storage.station_schema import migrations

    def objects(conn) -> dict[tuple[str, str], str]:
        return {(t, n): s for t, n, s in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}

    import sqlite_utils
    reference = sqlite_utils.Database(memory=True)
    try:
        migrations.apply(reference)
        expected = objects(reference.conn)
    finally:
        reference.close()
    found = objects(db)
    problems = []
    for (kind, name), sql in expected.items():
        if (kind, name) not in found:
            problems.append(error("tamper.schema_missing", kind=kind, name=name))
        elif _normal(found[(kind, name)]) != _normal(sql):
            problems.append(error("tamper.schema_changed", kind=kind, name=name))
    for kind, name in found:
        if (kind, name) not in expected:
            problems.append(error("tamper.schema_added", kind=kind, name=name))
    return problems


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def tamper_report(station) -> list[Problem]:
    """Every difference between the station file and what its journal says it must hold.

    Empty for a file only the application has written. Reads the committed file through a
    connection of its own, in one read transaction, so that a check-in another desk commits
    meanwhile cannot look like a row without its entry.
    """
    db = sqlite3.connect(Path(station.path).resolve().as_uri() + "?mode=ro", uri=True)
    # a tamperer can store bytes that are not UTF-8 in a text column: read them, never crash on them
    db.text_factory = lambda data: data.decode("utf-8", "replace")
    problems: list[Problem] = []
    try:
        db.execute("BEGIN")
        problems += journal.verify(db)
        problems += _schema(db)
        r = replay(journal.entries(db))
        problems += r.unknown
        problems += _meta(db, r)
        problems += _officers(db, r)
        problems += _members(db, r)
        problems += _online_voters(db, r)
        problems += _tables(db, r)
    finally:
        db.close()
    return problems
