"""The final protocol as a value: what the PDF prints, what ``protocol.json`` holds, what the QR carries.

Pure: the station service gathers plain data from its database and calls ``build_protocol``;
nothing here reads a file, the clock or the database. The same model feeds three renderings:

- ``to_machine_json`` — the machine-readable protocol (``polling-station/protocol@1``), canonical
  JSON (sorted keys, no spaces, UTF-8), whose SHA-256 the PDF prints and the journal records;
- ``reports.protocol_pdf`` — the bilingual paper protocol;
- ``qr_payloads`` — short ASCII texts for QR codes, so that a branch office can enter a paper
  protocol by scanning it (grammar in ``docs/formats.md``).

Decisions:
- Lines 9… (candidates) follow Kazakh alphabetical order, as ballots and protocols print them.
  The QR lists votes in ascending candidate-id order instead: that order needs no collation, so a
  payload written today decodes the same after any change to the Kazakh sort.
- One signing time for the whole document (``signed_at``), printed on every page.
- The machine JSON carries data only (ids, numbers, the commission's own words); the catalogue
  texts of control relations and checklist items stay in the program and the PDF.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import quote, unquote

from polling_station.domain import accounting, names
from polling_station.domain.checklists import ChecklistTemplate, OverduePeriod
from polling_station.domain.election import Election
from polling_station.domain.problems import Problem, error

FORMAT = "polling-station/protocol@1"

QR_TAG = "PSQ1"
QR_MAX_VERSION = 25
QR_LEVEL = "M"
# Byte-mode capacity of a version 25 symbol at level M (ISO/IEC 18004, table 7): a payload of at
# most this many ASCII bytes always fits, so packing needs no QR encoder.
QR_CAPACITY = 997

ROLES = ("chair", "secretary", "clerk")

MESSAGES = {
    "protocol.not_agreed": "Race «{race}» has no agreed count yet: both entries of its count sheet must agree.",
    "protocol.warning_unexplained": (
        "Race «{race}»: control relation {relation} failed and needs the commission's written explanation."),
    "qr.unreadable": "QR code {index} is not a protocol code: {reason}.",
    "qr.mixed": "The QR codes belong to different protocols ({field} differs).",
    "qr.parts": "QR codes missing: found parts {found} of {total}.",
    "qr.malformed": "The protocol's QR codes do not form a readable protocol: {reason}.",
}


# ── the model ──────────────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class Bilingual:
    kk: str
    ru: str


@dataclass(frozen=True)
class Line:
    number: int
    field: str
    value: int


@dataclass(frozen=True)
class CandidateVotes:
    line: int
    id: str
    surname: str
    given_name: str
    patronymic: str
    votes: int
    excluded: bool = False

    @property
    def full_name(self) -> str:
        return names.full_name(self.surname, self.given_name, self.patronymic)


@dataclass(frozen=True)
class RelationNote:
    """A failed warning relation with the commission's explanation (errors never reach a protocol)."""

    id: str
    severity: str
    formula: str
    text: Bilingual
    params: tuple[tuple[str, Any], ...]
    explanation: str
    explained_by: str = ""
    explained_at: str = ""


@dataclass(frozen=True)
class RaceProtocol:
    id: str
    name: str
    seats: int
    max_choices: int
    lines: tuple[Line, ...]
    candidates: tuple[CandidateVotes, ...]
    warnings: tuple[RelationNote, ...]
    relations_checked: tuple[str, ...]

    def line(self, number: int) -> int:
        for line in self.lines:
            if line.number == number:
                return line.value
        for candidate in self.candidates:
            if candidate.line == number:
                return candidate.votes
        raise IndexError(f"race {self.id} has no line {number}")

    def line_values(self) -> tuple[int, ...]:
        return tuple(line.value for line in self.lines)

    def votes_by_id(self) -> tuple[int, ...]:
        """Votes in ascending candidate-id order: the QR's fixed order."""
        return tuple(c.votes for c in sorted(self.candidates, key=lambda c: c.id))


@dataclass(frozen=True)
class ChecklistAnswerNote:
    item: str
    text: Bilingual
    mandatory: bool
    answer: str
    note: str


@dataclass(frozen=True)
class ChecklistRunNote:
    id: int
    name: str
    title: Bilingual
    version: int
    at: str
    officer: str
    passed: bool
    failed_mandatory: tuple[str, ...]
    answers: tuple[ChecklistAnswerNote, ...]


@dataclass(frozen=True)
class ChecklistExceptionNote:
    name: str
    at: str
    officer: str
    reason: str
    failed_mandatory: tuple[str, ...]
    failed_texts: tuple[Bilingual, ...] = ()


@dataclass(frozen=True)
class OverdueNote:
    item: str
    text: Bilingual
    start: str
    end: str
    ongoing: bool


@dataclass(frozen=True)
class RemarkNote:
    id: int
    at: str
    text: str
    response: str
    responded_at: str
    responded_by: str


@dataclass(frozen=True)
class ObserverNote:
    id: int
    name: str
    represents: str
    arrived_at: str
    left_at: str
    remarks: tuple[RemarkNote, ...]


@dataclass(frozen=True)
class IncidentNote:
    id: int
    at: str
    kind: str
    description: str
    action_taken: str
    officer: str


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    role: str


@dataclass(frozen=True)
class PriorVersion:
    version: int
    signed_at: str
    sha256: str
    reason: str = ""


@dataclass(frozen=True)
class SignerNote:
    """Who signs a protocol version: the certificate's name, the IIN of its subject serialNumber
    ("" when it carries none) and the SHA-256 of the certificate (DER)."""

    name: str
    iin: str
    sha256: str

    def same_person(self, other: "SignerNote") -> bool:
        """One identity: the same IIN when both certificates carry one (a renewed key of the same
        chair), otherwise the very same certificate."""
        if self.iin and other.iin:
            return self.iin == other.iin
        return self.sha256 == other.sha256


@dataclass(frozen=True)
class SignerChange:
    """The chair's recorded change of signer: this version is signed by another identity than
    ``previous`` (the signer of the latest earlier version), for ``reason``."""

    reason: str
    previous: SignerNote
    previous_version: int


@dataclass(frozen=True)
class CheckinSummary:
    live: int
    backfilled: int
    voided: int


@dataclass(frozen=True)
class ProtocolModel:
    election_id: str
    election_title: Bilingual
    voting_day: str
    precinct_id: str
    precinct_name: str
    precinct_address: str
    region_id: str
    region_name: str
    version: int
    reason: str
    signed_at: str
    supersedes: tuple[PriorVersion, ...]
    races: tuple[RaceProtocol, ...]
    checkins: CheckinSummary
    checklist_runs: tuple[ChecklistRunNote, ...]
    checklist_exceptions: tuple[ChecklistExceptionNote, ...]
    overdue_periods: tuple[OverdueNote, ...]
    observers: tuple[ObserverNote, ...]
    incidents: tuple[IncidentNote, ...]
    commission: tuple[Member, ...]
    journal_seq: int
    journal_hash: str
    opened_at: str = ""   # when the station opened and closed ("" if not recorded)
    closed_at: str = ""
    signer: SignerNote | None = None   # None only in a preview, before a key is chosen
    signer_change: SignerChange | None = None

    def officer_name(self, officer_id: str | None) -> str:
        for member in self.commission:
            if member.id == officer_id:
                return member.name
        return officer_id or ""

    @property
    def chair(self) -> Member | None:
        return next((m for m in self.commission if m.role == "chair"), None)


# ── building it ────────────────────────────────────────────────────────────────────────────────

def _explanations_by_race(explanations: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Mapping[str, Any]]]:
    out: dict[str, dict[str, Mapping[str, Any]]] = {}
    for e in explanations:
        out.setdefault(e["race"], {})[e["relation"]] = e
    return out


def kazakh_order(race) -> tuple[str, ...]:
    """Candidate ids of a race in Kazakh alphabetical order, exactly as counting numbers lines 9…
    (a stable sort: namesakes keep the election definition's order)."""
    ordered = sorted(race.candidates, key=lambda c: names.person_key(c.surname, c.given_name, c.patronymic))
    return tuple(c.id for c in ordered)


def finalize_problems(election: Election, precinct_id: str, records: Mapping[str, accounting.StationRecords],
                      sheets: Mapping[str, accounting.CountSheet],
                      explanations: Iterable[Mapping[str, Any]]) -> tuple[Problem, ...]:
    """What stands between the agreed counts and a protocol: a race without an agreed sheet, a
    failed error relation, a failed warning relation without a written explanation."""
    precinct = election.precinct(precinct_id)
    by_race = _explanations_by_race(explanations)
    problems: list[Problem] = []
    for race_id in precinct.races:
        race = election.race(race_id)
        sheet = sheets.get(race_id)
        if sheet is None or race_id not in records:
            problems.append(error("protocol.not_agreed", race=race_id))
            continue
        lines = accounting.protocol_lines(records[race_id], sheet, kazakh_order(race))
        results = accounting.check(lines, race.max_choices)
        for result in accounting.blocking(results):
            problems.append(Problem(result.code, {**result.params, "race": race_id}, "error"))
        texts = {rel: (e.get("text") or "") for rel, e in by_race.get(race_id, {}).items()}
        seen: set[str] = set()
        for result in accounting.unexplained_warnings(results, texts):
            if result.relation_id not in seen:
                seen.add(result.relation_id)
                problems.append(error("protocol.warning_unexplained", race=race_id, relation=result.relation_id))
    return tuple(problems)


def build_protocol(*, election: Election, precinct_id: str, version: int, reason: str, signed_at: str,
                   records: Mapping[str, accounting.StationRecords],
                   sheets: Mapping[str, accounting.CountSheet],
                   explanations: Iterable[Mapping[str, Any]] = (),
                   checklist_runs: Iterable[Mapping[str, Any]] = (),
                   templates: Mapping[str, ChecklistTemplate] | None = None,
                   checklist_exceptions: Iterable[Mapping[str, Any]] = (),
                   overdue_periods: Iterable[OverduePeriod] = (),
                   observers: Iterable[Mapping[str, Any]] = (),
                   incidents: Iterable[Mapping[str, Any]] = (),
                   officers: Iterable[Mapping[str, Any]] = (),
                   checkins: CheckinSummary = CheckinSummary(0, 0, 0),
                   journal_head: tuple[int, str] = (0, "0" * 64),
                   supersedes: Iterable[PriorVersion] = (),
                   opened_at: str | None = None, closed_at: str | None = None,
                   signer: SignerNote | None = None,
                   signer_change: SignerChange | None = None) -> ProtocolModel:
    """The protocol from plain data (the shapes ``Station``'s read methods return).

    Raises ValueError when ``finalize_problems`` would report anything: a protocol with a failed
    error relation or an unexplained warning must not exist even as a value."""
    problems = finalize_problems(election, precinct_id, records, sheets, explanations)
    if problems:
        raise ValueError("cannot build a protocol: " + ", ".join(p.code for p in problems))
    if version < 1:
        raise ValueError("protocol versions start at 1")
    precinct = election.precinct(precinct_id)
    region = election.region(precinct.region)
    templates = templates or {}
    by_race = _explanations_by_race(explanations)

    races = []
    for race_id in precinct.races:
        race = election.race(race_id)
        order = kazakh_order(race)
        lines = accounting.protocol_lines(records[race_id], sheets[race_id], order)
        excluded = {x.candidate for x in race.excluded}
        candidates = []
        for number, (cid, votes) in enumerate(lines.votes, start=len(accounting.LINE_FIELDS) + 1):
            c = race.candidate(cid)
            candidates.append(CandidateVotes(number, cid, c.surname, c.given_name, c.patronymic, votes,
                                             cid in excluded))
        notes = []
        seen: set[str] = set()
        for result in accounting.check(lines, race.max_choices):
            if result.relation_id in seen:
                continue
            seen.add(result.relation_id)
            relation = accounting.RELATIONS_BY_ID[result.relation_id]
            given = by_race.get(race_id, {}).get(result.relation_id, {})
            notes.append(RelationNote(relation.id, relation.severity, relation.formula,
                                      Bilingual(relation.text["kk"], relation.text["ru"]),
                                      tuple(sorted(result.params.items())), (given.get("text") or "").strip(),
                                      given.get("officer") or "", given.get("at") or ""))
        races.append(RaceProtocol(
            race.id, race.name, race.seats, race.max_choices,
            tuple(Line(n, f, v) for n, f, v in lines.numbered() if n <= len(accounting.LINE_FIELDS)),
            tuple(candidates), tuple(notes), tuple(r.id for r in accounting.CONTROL_RELATIONS)))

    def item_text(name: str, item_id: str) -> Bilingual:
        template = templates.get(name)
        item = template.item(item_id) if template else None
        if item is None:
            return Bilingual(item_id, item_id)
        return Bilingual(item.text.get("kk", item_id), item.text.get("ru", item_id))

    def mandatory(name: str, item_id: str) -> bool:
        template = templates.get(name)
        item = template.item(item_id) if template else None
        return bool(item and item.mandatory)

    runs = []
    for run in checklist_runs:
        template = templates.get(run["name"])
        title = Bilingual(template.title.get("kk", run["name"]), template.title.get("ru", run["name"])) \
            if template else Bilingual(run["name"], run["name"])
        runs.append(ChecklistRunNote(
            run["id"], run["name"], title, run["version"], run["at"], run["officer"], bool(run["passed"]),
            tuple(run["failed_mandatory"]),
            tuple(ChecklistAnswerNote(a["item"], item_text(run["name"], a["item"]), mandatory(run["name"], a["item"]),
                                      a["answer"], a.get("note") or "") for a in run["answers"])))

    def _iso(t) -> str:
        return t if isinstance(t, str) else t.isoformat(timespec="seconds")

    members = [Member(o["id"], o["name"], o["role"]) for o in officers if o.get("active", True)]
    members.sort(key=lambda m: (ROLES.index(m.role) if m.role in ROLES else len(ROLES),
                                names.collation_key(m.name), m.id))

    return ProtocolModel(
        election_id=election.id,
        election_title=Bilingual(election.title.get("kk", ""), election.title.get("ru", "")),
        voting_day=election.voting_day.isoformat(),
        precinct_id=precinct.id, precinct_name=precinct.name, precinct_address=precinct.address or "",
        region_id=precinct.region, region_name=region.name if region else precinct.region,
        version=version, reason=(reason or "").strip(), signed_at=signed_at,
        supersedes=tuple(sorted(supersedes, key=lambda p: p.version)),
        races=tuple(races),
        checkins=checkins,
        checklist_runs=tuple(runs),
        checklist_exceptions=tuple(ChecklistExceptionNote(e["name"], e["at"], e["officer"], e["reason"],
                                                          tuple(e["failed_mandatory"]),
                                                          tuple(item_text(e["name"], i) for i in e["failed_mandatory"]))
                                   for e in checklist_exceptions),
        overdue_periods=tuple(OverdueNote(p.item_id, item_text("periodic", p.item_id), _iso(p.start), _iso(p.end),
                                          p.ongoing) for p in overdue_periods),
        observers=tuple(ObserverNote(o["id"], o["name"], o["represents"], o["arrived_at"], o.get("left_at") or "",
                                     tuple(RemarkNote(r["id"], r["at"], r["text"], r.get("response") or "",
                                                      r.get("responded_at") or "", r.get("responded_by") or "")
                                           for r in o.get("remarks", ())))
                        for o in observers),
        incidents=tuple(IncidentNote(i["id"], i["at"], i["kind"], i["description"], i.get("action_taken") or "",
                                     i["officer"]) for i in incidents),
        commission=tuple(members),
        journal_seq=journal_head[0], journal_hash=journal_head[1],
        opened_at=opened_at or "", closed_at=closed_at or "",
        signer=signer, signer_change=signer_change,
    )


# ── the machine-readable protocol ─────────────────────────────────────────────────────────────

def to_machine_dict(model: ProtocolModel) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "election": {"id": model.election_id, "title": {"kk": model.election_title.kk, "ru": model.election_title.ru},
                     "voting_day": model.voting_day},
        "precinct": {"id": model.precinct_id, "name": model.precinct_name, "address": model.precinct_address,
                     "region": {"id": model.region_id, "name": model.region_name}},
        "version": model.version,
        "reason": model.reason,
        "signed_at": model.signed_at,
        "opened_at": model.opened_at,
        "closed_at": model.closed_at,
        "signer": _signer_dict(model.signer) if model.signer else None,
        "signer_change": {"reason": model.signer_change.reason,
                          "previous": _signer_dict(model.signer_change.previous),
                          "previous_version": model.signer_change.previous_version}
        if model.signer_change else None,
        "supersedes": [{"version": p.version, "signed_at": p.signed_at, "sha256": p.sha256, "reason": p.reason}
                       for p in model.supersedes],
        "races": [{
            "id": r.id, "name": r.name, "seats": r.seats, "max_choices": r.max_choices,
            "lines": {line.field: line.value for line in r.lines},
            "candidates": [{"line": c.line, "id": c.id, "name": c.full_name, "votes": c.votes,
                            "excluded": c.excluded} for c in r.candidates],
            "warnings": [{"relation": w.id, "severity": w.severity, "formula": w.formula, "params": dict(w.params),
                          "explanation": w.explanation, "explained_by": w.explained_by,
                          "explained_at": w.explained_at} for w in r.warnings],
            "relations_checked": list(r.relations_checked),
        } for r in model.races],
        "checkins": {"live": model.checkins.live, "backfilled": model.checkins.backfilled,
                     "voided": model.checkins.voided},
        "checklists": {
            "runs": [{"id": r.id, "name": r.name, "version": r.version, "at": r.at, "officer": r.officer,
                      "passed": r.passed, "failed_mandatory": list(r.failed_mandatory),
                      "answers": [{"item": a.item, "answer": a.answer, "note": a.note} for a in r.answers]}
                     for r in model.checklist_runs],
            "exceptions": [{"name": e.name, "at": e.at, "officer": e.officer, "reason": e.reason,
                            "failed_mandatory": list(e.failed_mandatory)} for e in model.checklist_exceptions],
            "overdue": [{"item": p.item, "from": p.start, "to": p.end, "ongoing": p.ongoing}
                        for p in model.overdue_periods],
        },
        "observers": [{"id": o.id, "name": o.name, "represents": o.represents, "arrived_at": o.arrived_at,
                       "left_at": o.left_at,
                       "remarks": [{"id": r.id, "at": r.at, "text": r.text, "response": r.response,
                                    "responded_at": r.responded_at, "responded_by": r.responded_by}
                                   for r in o.remarks]} for o in model.observers],
        "incidents": [{"id": i.id, "at": i.at, "kind": i.kind, "description": i.description,
                       "action_taken": i.action_taken, "officer": i.officer} for i in model.incidents],
        "commission": [{"id": m.id, "name": m.name, "role": m.role} for m in model.commission],
        "journal": {"seq": model.journal_seq, "hash": model.journal_hash},
    }


def _signer_dict(signer: SignerNote) -> dict[str, str]:
    return {"name": signer.name, "iin": signer.iin, "sha256": signer.sha256}


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def to_machine_json(model: ProtocolModel) -> bytes:
    return canonical_json(to_machine_dict(model))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hash_groups(hex_digest: str, size: int = 4) -> str:
    """«3f9a 0c12 …»: short groups a person can read aloud and compare."""
    return " ".join(hex_digest[i:i + size] for i in range(0, len(hex_digest), size))


class MachineProtocolError(ValueError):
    """``protocol.json`` is not a canonical ``polling-station/protocol@1`` document."""


def read_machine_json(data: bytes) -> dict[str, Any]:
    """Parse ``protocol.json``; it must be exactly the canonical form this module writes, so that
    its SHA-256 identifies the content and not one of many spellings. The fields a verifier or a
    branch office reads are checked for shape, so that no reader has to guard against a crafted file."""
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise MachineProtocolError(f"not JSON ({exc})") from None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise MachineProtocolError(f"not a {FORMAT} document")
    if canonical_json(value) != data:
        raise MachineProtocolError("not in canonical form")
    _shape(value, {"election": dict, "precinct": dict, "version": int, "reason": str, "signed_at": str,
                   "races": list, "journal": dict}, "protocol")
    _shape(value["election"], {"id": str}, "election")
    _shape(value["precinct"], {"id": str}, "precinct")
    _shape(value["journal"], {"seq": int, "hash": str}, "journal")
    _optional_shapes(value)
    for race in value["races"]:
        _shape(race, {"id": str, "lines": dict, "candidates": list, "warnings": list}, "race")
        if sorted(race["lines"]) != sorted(accounting.LINE_FIELDS):
            raise MachineProtocolError(f"race {race['id']}: lines 1–8 incomplete")
        for field_name in accounting.LINE_FIELDS:
            _shape(race["lines"], {field_name: int}, f"race {race['id']}")
        for candidate in race["candidates"]:
            _shape(candidate, {"id": str, "votes": int}, f"race {race['id']}, candidate")
        for warning in race["warnings"]:
            _shape(warning, {"relation": str, "explanation": str}, f"race {race['id']}, warning")
    return value


def _optional_shapes(value: Mapping[str, Any]) -> None:
    """The parts a verifier compares with the journal. A protocol written before a field existed
    may lack it (``opened_at``, ``closed_at``, ``signer``, ``signer_change``); when present, each
    has its shape."""
    for name in ("opened_at", "closed_at"):
        if name in value:
            _shape(value, {name: str}, "protocol")
    signer_fields = {"name": str, "iin": str, "sha256": str}
    if value.get("signer") is not None:
        _shape(value["signer"], signer_fields, "signer")
    if value.get("signer_change") is not None:
        _shape(value["signer_change"], {"reason": str, "previous": dict, "previous_version": int}, "signer_change")
        _shape(value["signer_change"]["previous"], signer_fields, "signer_change.previous")
    if "checklists" in value:
        _shape(value, {"checklists": dict}, "protocol")
        for part in ("runs", "exceptions"):
            if part in value["checklists"]:
                _shape(value["checklists"], {part: list}, "checklists")
                for item in value["checklists"][part]:
                    _shape(item, {"name": str, "at": str}, f"checklists.{part}")
    for part in ("observers", "incidents"):
        if part in value:
            _shape(value, {part: list}, "protocol")
            for item in value[part]:
                _shape(item, {"id": int}, part)
    for observer in value.get("observers", ()):
        _shape(observer, {"remarks": list}, "observers")
        for remark in observer["remarks"]:
            _shape(remark, {"id": int}, "observers.remarks")


def _shape(value: Any, fields: Mapping[str, type], where: str) -> None:
    if not isinstance(value, dict):
        raise MachineProtocolError(f"{where} is not an object")
    for name, kind in fields.items():
        found = value.get(name)
        # bool is an int in Python; a JSON true is not a count
        if not isinstance(found, kind) or (kind is int and isinstance(found, bool)):
            raise MachineProtocolError(f"{where}: «{name}» is missing or not a {kind.__name__}")


# ── the QR payload ─────────────────────────────────────────────────────────────────────────────
#
#   PSQ1;E=<election>;P=<precinct>;V=<version>;H=<sha256[:16]>;Q=<part>/<parts>;<segment>;…
#   segment = R=<race>:<l1>,…,<l8>:<v>,…      a race: lines 1–8, then votes by ascending candidate id
#           | C=<race>@<k>:<v>,…               votes continued from the k-th candidate (0-based)
#
# Ids are percent-encoded (RFC 3986 unreserved characters stay), so every payload is ASCII and no
# id can contain a separator.

_HASH_PREFIX = 16


def _qid(value: str) -> str:
    return quote(value, safe="-_.~")


def qr_summary(machine: Mapping[str, Any], sha256: str) -> dict[str, Any]:
    """What the QR codes of a protocol carry, in the shape ``parse_qr_payloads`` returns."""
    races = {}
    for race in machine["races"]:
        votes = [c["votes"] for c in sorted(race["candidates"], key=lambda c: c["id"])]
        races[race["id"]] = {"lines": [race["lines"][f] for f in accounting.LINE_FIELDS], "votes": votes}
    return {"election": machine["election"]["id"], "precinct": machine["precinct"]["id"],
            "version": machine["version"], "sha256_prefix": sha256[:_HASH_PREFIX], "races": races}


def qr_payloads(machine: Mapping[str, Any], sha256: str, capacity: int = QR_CAPACITY) -> tuple[str, ...]:
    """The texts of the protocol's QR codes, each at most ``capacity`` ASCII bytes (so each fits a
    version ≤ 25 symbol at level M), as few as the races allow."""
    summary = qr_summary(machine, sha256)
    head = (f"{QR_TAG};E={_qid(summary['election'])};P={_qid(summary['precinct'])};V={summary['version']};"
            f"H={summary['sha256_prefix']}")
    # The part counter "Q=k/n" is at most this long for any realistic n (< 1000 codes).
    head_room = len(head) + len(";Q=999/999")
    budget = capacity - head_room
    if budget < 64:
        raise ValueError("QR capacity too small for the header")

    segments: list[str] = []
    for race_id, race in summary["races"].items():
        rid = _qid(race_id)
        first = f"R={rid}:{','.join(map(str, race['lines']))}:"
        votes = [str(v) for v in race["votes"]]
        taken = _take(votes, 0, budget - len(first) - 1)
        segments.append(first + ",".join(votes[:taken]))
        while taken < len(votes):
            prefix = f"C={rid}@{taken}:"
            more = _take(votes, taken, budget - len(prefix) - 1)
            segments.append(prefix + ",".join(votes[taken:taken + more]))
            taken += more

    parts: list[list[str]] = [[]]
    used = 0
    for segment in segments:
        cost = len(segment) + 1
        if parts[-1] and used + cost > budget:
            parts.append([])
            used = 0
        parts[-1].append(segment)
        used += cost
    total = len(parts)
    return tuple(";".join([head, f"Q={k}/{total}", *segs]) for k, segs in enumerate(parts, start=1))


def _take(values: Sequence[str], start: int, room: int) -> int:
    """How many of ``values[start:]`` fit, comma-separated, in ``room`` characters (at least one)."""
    count, used = 0, -1
    for value in values[start:]:
        if count and used + 1 + len(value) > room:
            break
        used += 1 + len(value)
        count += 1
    return count


class QrPayloadError(ValueError):
    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        super().__init__(", ".join(p.code for p in problems))


def parse_qr_payloads(texts: Iterable[str]) -> dict[str, Any]:
    """Join the decoded texts of a protocol's QR codes (in any order) into ``qr_summary``'s shape."""
    header: dict[str, str] | None = None
    seen_parts: dict[int, list[str]] = {}
    total = None
    for index, text in enumerate(texts, start=1):
        fields = text.strip().split(";")
        if not fields or fields[0] != QR_TAG:
            raise QrPayloadError([error("qr.unreadable", index=index, reason=f"it does not start with {QR_TAG}")])
        values: dict[str, str] = {}
        segments = []
        for item in fields[1:]:
            key, _, value = item.partition("=")
            if key in ("R", "C"):
                segments.append((key, value))
            elif key in ("E", "P", "V", "H", "Q"):
                values[key] = value
            else:
                raise QrPayloadError([error("qr.unreadable", index=index, reason=f"unknown field «{key}»")])
        try:
            part, _, of = values["Q"].partition("/")
            part, of = int(part), int(of)
        except (KeyError, ValueError):
            raise QrPayloadError([error("qr.unreadable", index=index, reason="no part number")]) from None
        this_header = {k: values.get(k, "") for k in ("E", "P", "V", "H")}
        if header is None:
            header, total = this_header, of
        for key in ("E", "P", "V", "H"):
            if this_header[key] != header[key]:
                raise QrPayloadError([error("qr.mixed", field=key)])
        if of != total:
            raise QrPayloadError([error("qr.mixed", field="Q")])
        seen_parts[part] = segments
    if header is None or total is None or sorted(seen_parts) != list(range(1, total + 1)):
        raise QrPayloadError([error("qr.parts", found=",".join(map(str, sorted(seen_parts))) or "none",
                                    total=total or "?")])

    races: dict[str, dict[str, list[int]]] = {}
    try:
        for part in range(1, total + 1):
            for key, value in seen_parts[part]:
                if key == "R":
                    rid, lines, votes = value.split(":")
                    races[unquote(rid)] = {"lines": _numbers(lines), "votes": _numbers(votes)}
                else:
                    target, votes = value.split(":")
                    rid, _, offset = target.partition("@")
                    race = races[unquote(rid)]
                    if int(offset) != len(race["votes"]):
                        raise ValueError("continuation out of order")
                    race["votes"].extend(_numbers(votes))
        version = int(header["V"])
    except (ValueError, KeyError) as exc:
        raise QrPayloadError([error("qr.malformed", reason=str(exc))]) from None
    for race in races.values():
        if len(race["lines"]) != len(accounting.LINE_FIELDS):
            raise QrPayloadError([error("qr.malformed", reason="a race does not carry lines 1–8")])
    return {"election": unquote(header["E"]), "precinct": unquote(header["P"]), "version": version,
            "sha256_prefix": header["H"], "races": races}


def _numbers(text: str) -> list[int]:
    if not text:
        return []
    out = []
    for part in text.split(","):
        if not part.isascii() or not part.isdigit():
            raise ValueError(f"«{part}» is not a number")
        out.append(int(part))
    return out
