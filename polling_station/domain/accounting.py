"""Ballot accounting of one race at one station: the count sheet, the protocol lines and the
numbered catalogue of control relations.

Protocol lines (DESIGN §2):

    1 members on the roll (eligible)          ┐
    2 ballots received                        │ from the station's own records
    3 ballots issued (check-ins not voided)   │
    4 spoiled (replaced) ballots              ┘
    5 unused ballots, cancelled               ┐
    6 ballots found in the ballot box         │ from the count sheet
    7 invalid ballots                         ┘
    8 valid ballots (= 6 − 7)
    9… votes per candidate, in the order the caller gives (Kazakh collation is the caller's)

Control relations are a catalogue, not scattered ifs: each has a stable id (CR01…), a severity
(an error blocks finalizing, a warning needs a written explanation that goes into the protocol),
a formula over line numbers, a kk/ru/en text that explains the rule, and a pure check that
returns the numbers of each failure. A failure's message is ``MESSAGES["relation.<id>"]``.

A ballot may carry 1..max_choices marks when valid; a blank or over-marked ballot is invalid.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from polling_station.domain.problems import Problem, Severity, error, warning

LANGUAGES = ("kk", "ru", "en")

# Above these shares a warning asks the commission to explain (integers: compared exactly).
INVALID_WARNING_PERCENT = 5
SPOILED_WARNING_PERCENT = 10

SHEET_NUMBER_FIELDS = ("unused", "found_in_box", "invalid")
SHEET_FIELDS = ("race",) + SHEET_NUMBER_FIELDS + ("votes",)

# Field names of lines 1..8, in line order; lines 9… are "votes.<candidate id>".
LINE_FIELDS = ("roll_eligible", "received", "issued", "spoiled",
               "unused", "found_in_box", "invalid", "valid")

MESSAGES = {
    "count_sheet.not_object": "A count sheet must be a JSON object with the fields race, unused, "
                              "found_in_box, invalid and votes.",
    "count_sheet.not_json": "The count sheet is not valid JSON: {reason} (line {line}, column {column}).",
    "count_sheet.missing": "Field «{field}» is missing.",
    "count_sheet.duplicate": "Field «{field}» appears more than once.",
    "count_sheet.unknown_field": "Field «{field}» is not part of a count sheet and was ignored.",
    "count_sheet.race_mismatch": "Field «{field}» is {found}, but this count sheet is for race «{expected}».",
    "count_sheet.not_integer": "Field «{field}» must be a whole number, not {value}.",
    "count_sheet.negative": "Field «{field}» must not be negative ({value}).",
    "count_sheet.votes_not_object": "Field «{field}» must be an object: candidate id → number of votes.",
    "count_sheet.candidate_missing": "Field «{field}» is missing: every candidate of race «{race}» "
                                     "needs a number of votes, 0 included.",
    "count_sheet.unknown_candidate": "Field «{field}»: «{candidate}» is not a candidate of race «{race}».",
    "relation.CR01": "Line 2 ({received}) must equal lines 3 + 4 + 5 "
                     "({issued} + {spoiled} + {unused} = {accounted}).",
    "relation.CR02": "Line 6 ({found_in_box}) must not exceed line 3 ({issued}): "
                     "{excess} more ballots in the box than were issued.",
    "relation.CR03": "Line 7 ({invalid}) must not exceed line 6 ({found_in_box}): "
                     "lines 7 + 8 must equal line 6.",
    "relation.CR04": "Line 3 ({issued}) must not exceed line 1 ({roll_eligible}).",
    "relation.CR05": "Candidate {candidate} has {votes} votes, more than the {valid} valid ballots (line 8).",
    "relation.CR06": "The votes total {total}, more than line 8 × {max_choices} "
                     "({valid} × {max_choices} = {limit}).",
    "relation.CR07": "The votes total {total}, fewer than the {valid} valid ballots (line 8), "
                     "yet every valid ballot carries at least one vote.",
    "relation.CR08": "Line 6 ({found_in_box}) is less than line 3 ({issued}): "
                     "{missing} issued ballots were not found in the box.",
    "relation.CR09": "Line 7 ({invalid}) is more than {threshold}% of line 6 ({found_in_box}).",
    "relation.CR10": "Line 4 ({spoiled}) is more than {threshold}% of line 3 ({issued}).",
}


# ── the race, as far as accounting needs it ───────────────────────────────────────────────────

@dataclass(frozen=True)
class RaceInfo:
    """The little of a race that accounting needs; the election module derives it from its own."""

    id: str
    max_choices: int
    candidate_ids: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "candidate_ids", tuple(self.candidate_ids))
        # A malformed race is a bug in the election definition's validation, not a user error.
        if self.max_choices < 1:
            raise ValueError(f"race {self.id}: max_choices must be at least 1")
        if len(set(self.candidate_ids)) != len(self.candidate_ids):
            raise ValueError(f"race {self.id}: candidate ids repeat")


# ── the count sheet ───────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class CountSheet:
    """Lines 5–7 and the votes of one race as counted; ``votes`` keeps the caller's order.

    ``votes`` is a plain dict copy (so ``dataclasses.asdict`` and JSON work); treat it as read-only.
    """

    race: str
    unused: int
    found_in_box: int
    invalid: int
    votes: Mapping[str, int]

    def __post_init__(self) -> None:
        object.__setattr__(self, "votes", dict(self.votes))

    def __hash__(self) -> int:
        return hash((self.race, self.unused, self.found_in_box, self.invalid,
                     tuple(sorted(self.votes.items()))))

    @property
    def valid(self) -> int:
        return self.found_in_box - self.invalid

    @property
    def total_votes(self) -> int:
        return sum(self.votes.values())


class _JsonObject(dict):
    """A decoded JSON object that remembers the keys it saw more than once."""

    duplicates: tuple[str, ...] = ()


def _remember_duplicates(pairs: list[tuple[str, Any]]) -> _JsonObject:
    obj = _JsonObject()
    seen_twice = []
    for key, value in pairs:
        if key in obj and key not in seen_twice:
            seen_twice.append(key)
        obj[key] = value
    obj.duplicates = tuple(seen_twice)
    return obj


def _shown(value: Any) -> str:
    # Show what the user typed in JSON spelling (true, "5", 2.0), not Python's.
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _count(data: Mapping[str, Any], key: str, name: str, problems: list[Problem]) -> int | None:
    value = data[key]
    # bool is an int in Python; a JSON true is not a count.
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(error("count_sheet.not_integer", field=name, value=_shown(value)))
        return None
    if value < 0:
        problems.append(error("count_sheet.negative", field=name, value=value))
        return None
    return value


def parse_count_sheet(data: Any, race: RaceInfo) -> tuple[CountSheet | None, tuple[Problem, ...]]:
    """A count sheet from its JSON form ``{"race", "unused", "found_in_box", "invalid", "votes"}``.

    Every problem names the JSON field (``votes.<candidate id>`` for a candidate). The sheet is
    None when any error was found; an unknown top-level field is only a warning.
    """
    if not isinstance(data, Mapping):
        return None, (error("count_sheet.not_object"),)
    problems: list[Problem] = []
    for key in getattr(data, "duplicates", ()):
        problems.append(error("count_sheet.duplicate", field=key))
    for key in data:
        if key not in SHEET_FIELDS:
            problems.append(warning("count_sheet.unknown_field", field=str(key)))
    for key in SHEET_FIELDS:
        if key not in data:
            problems.append(error("count_sheet.missing", field=key))

    if "race" in data and data["race"] != race.id:
        problems.append(error("count_sheet.race_mismatch", field="race",
                              found=_shown(data["race"]), expected=race.id))
    counts = {key: _count(data, key, key, problems) for key in SHEET_NUMBER_FIELDS if key in data}

    votes: dict[str, int] = {}
    if "votes" in data:
        raw = data["votes"]
        if not isinstance(raw, Mapping):
            problems.append(error("count_sheet.votes_not_object", field="votes"))
        else:
            for key in getattr(raw, "duplicates", ()):
                problems.append(error("count_sheet.duplicate", field=f"votes.{key}"))
            for key in raw:
                if key not in race.candidate_ids:
                    problems.append(error("count_sheet.unknown_candidate", field=f"votes.{key}",
                                          candidate=str(key), race=race.id))
            for candidate in race.candidate_ids:
                name = f"votes.{candidate}"
                if candidate not in raw:
                    problems.append(error("count_sheet.candidate_missing", field=name, race=race.id))
                    continue
                n = _count(raw, candidate, name, problems)
                if n is not None:
                    votes[candidate] = n

    if any(p.is_error for p in problems):
        return None, tuple(problems)
    sheet = CountSheet(race=race.id, unused=counts["unused"], found_in_box=counts["found_in_box"],
                       invalid=counts["invalid"], votes=votes)
    return sheet, tuple(problems)


def parse_count_sheet_json(text: str, race: RaceInfo) -> tuple[CountSheet | None, tuple[Problem, ...]]:
    """``parse_count_sheet`` from JSON text; unlike a decoded dict, it also catches a field
    written twice (``json`` would silently keep the last one)."""
    try:
        data = json.loads(text, object_pairs_hook=_remember_duplicates)
    except json.JSONDecodeError as exc:
        return None, (error("count_sheet.not_json", reason=exc.msg, line=exc.lineno, column=exc.colno),)
    return parse_count_sheet(data, race)


def count_sheet_to_json(sheet: CountSheet) -> dict[str, Any]:
    """The JSON form ``parse_count_sheet`` reads back."""
    return {"race": sheet.race, "unused": sheet.unused, "found_in_box": sheet.found_in_box,
            "invalid": sheet.invalid, "votes": dict(sheet.votes)}


# ── protocol lines ────────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class StationRecords:
    """Lines 1–4 of one race, from the station's own records (roll, stock, check-ins, spoils)."""

    roll_eligible: int
    received: int
    issued: int
    spoiled: int


@dataclass(frozen=True)
class ProtocolLines:
    """Lines 1..8 and 9… of one race. Line 8 may come out negative when line 7 exceeds line 6:
    it is kept as computed so that CR03 can say so rather than hide it."""

    race: str
    roll_eligible: int
    received: int
    issued: int
    spoiled: int
    unused: int
    found_in_box: int
    invalid: int
    valid: int
    votes: tuple[tuple[str, int], ...]

    def line(self, number: int) -> int:
        """The value of protocol line ``number`` (9 is the first candidate)."""
        if 1 <= number <= len(LINE_FIELDS):
            return getattr(self, LINE_FIELDS[number - 1])
        index = number - len(LINE_FIELDS) - 1
        if 0 <= index < len(self.votes):
            return self.votes[index][1]
        raise IndexError(f"race {self.race} has no protocol line {number}")

    def numbered(self) -> tuple[tuple[int, str, int], ...]:
        """(line number, field, value) for every line, as the protocol prints them."""
        head = tuple((i + 1, name, getattr(self, name)) for i, name in enumerate(LINE_FIELDS))
        tail = tuple((len(LINE_FIELDS) + 1 + i, f"votes.{cid}", n) for i, (cid, n) in enumerate(self.votes))
        return head + tail

    @property
    def total_votes(self) -> int:
        return sum(n for _, n in self.votes)


def protocol_lines(records: StationRecords, sheet: CountSheet,
                   candidate_order: Sequence[str] | None = None) -> ProtocolLines:
    """The protocol lines of a race; lines 9… follow ``candidate_order`` (default: the sheet's)."""
    order = tuple(sheet.votes) if candidate_order is None else tuple(candidate_order)
    if sorted(order) != sorted(sheet.votes):
        raise ValueError(f"race {sheet.race}: candidate order does not list the sheet's candidates")
    return ProtocolLines(
        race=sheet.race,
        roll_eligible=records.roll_eligible, received=records.received,
        issued=records.issued, spoiled=records.spoiled,
        unused=sheet.unused, found_in_box=sheet.found_in_box, invalid=sheet.invalid,
        valid=sheet.found_in_box - sheet.invalid,
        votes=tuple((cid, sheet.votes[cid]) for cid in order),
    )


# ── the catalogue of control relations ────────────────────────────────────────────────────────

Failure = Mapping[str, Any]
Check = Callable[[ProtocolLines, int], tuple[Failure, ...]]


@dataclass(frozen=True)
class ControlRelation:
    id: str
    severity: Severity
    formula: str                   # over protocol line numbers, as printed on the protocol
    text: Mapping[str, str]        # kk, ru, en: the rule and why it holds
    lines: tuple[int, ...]         # the protocol lines it reads (9 stands for every candidate)
    check: Check = field(compare=False)

    def __hash__(self) -> int:  # text is a dict: the id identifies a relation
        return hash(self.id)

    @property
    def code(self) -> str:
        return f"relation.{self.id}"


@dataclass(frozen=True)
class RelationResult:
    """One failure of a relation; ``fields`` are the sheet or record fields to highlight."""

    relation_id: str
    severity: Severity
    params: Mapping[str, Any]
    fields: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash((self.relation_id, self.severity, tuple(sorted(self.params.items())), self.fields))

    @property
    def code(self) -> str:
        return f"relation.{self.relation_id}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def problem(self) -> Problem:
        return Problem(self.code, dict(self.params), self.severity)


def _cr01(l: ProtocolLines, _m: int) -> tuple[Failure, ...]:
    accounted = l.issued + l.spoiled + l.unused
    if l.received == accounted:
        return ()
    return ({"received": l.received, "issued": l.issued, "spoiled": l.spoiled,
             "unused": l.unused, "accounted": accounted},)


def _cr02(l: ProtocolLines, _m: int) -> tuple[Failure, ...]:
    if l.found_in_box <= l.issued:
        return ()
    return ({"found_in_box": l.found_in_box, "issued": l.issued, "excess": l.found_in_box - l.issued},)


def _cr03(l: ProtocolLines, _m: int) -> tuple[Failure, ...]:
    if l.invalid <= l.found_in_box:
        return ()
    return ({"invalid": l.invalid, "found_in_box": l.found_in_box},)


def _cr04(l: ProtocolLines, _m: int) -> tuple[Failure, ...]:
    if l.issued <= l.roll_eligible:
        return ()
    return ({"issued": l.issued, "roll_eligible": l.roll_eligible},)


# CR05–CR07 read line 8; while it is negative CR03 already blocks, and judging votes against a
# negative number would bury that one typing error under a failure per candidate.

def _cr05(l: ProtocolLines, _m: int) -> tuple[Failure, ...]:
    if l.valid < 0:
        return ()
    return tuple({"candidate": cid, "votes": n, "valid": l.valid} for cid, n in l.votes if n > l.valid)


def _cr06(l: ProtocolLines, m: int) -> tuple[Failure, ...]:
    limit = l.valid * m
    if l.valid < 0 or l.total_votes <= limit:
        return ()
    return ({"total": l.total_votes, "valid": l.valid, "max_choices": m, "limit": limit},)


def _cr07(l: ProtocolLines, _m: int) -> tuple[Failure, ...]:
    if l.valid < 0 or l.total_votes >= l.valid:
        return ()
    return ({"total": l.total_votes, "valid": l.valid},)


def _cr08(l: ProtocolLines, _m: int) -> tuple[Failure, ...]:
    if l.found_in_box >= l.issued:
        return ()
    return ({"found_in_box": l.found_in_box, "issued": l.issued, "missing": l.issued - l.found_in_box},)


def _cr09(l: ProtocolLines, _m: int) -> tuple[Failure, ...]:
    if l.invalid * 100 <= l.found_in_box * INVALID_WARNING_PERCENT:
        return ()
    return ({"invalid": l.invalid, "found_in_box": l.found_in_box, "threshold": INVALID_WARNING_PERCENT},)


def _cr10(l: ProtocolLines, _m: int) -> tuple[Failure, ...]:
    if l.spoiled * 100 <= l.issued * SPOILED_WARNING_PERCENT:
        return ()
    return ({"spoiled": l.spoiled, "issued": l.issued, "threshold": SPOILED_WARNING_PERCENT},)


CONTROL_RELATIONS: tuple[ControlRelation, ...] = (
    ControlRelation(
        "CR01", "error", "2 = 3 + 4 + 5",
        {
            "kk": "Алынған бюллетеньдер саны (2-жол) берілген (3-жол), бүлінген (4-жол) және "
                  "пайдаланылмаған, өтелген (5-жол) бюллетеньдердің қосындысына тең болуы тиіс: "
                  "учаскеге келген әрбір бюллетень есепке алынуы керек.",
            "ru": "Число полученных бюллетеней (строка 2) должно равняться сумме выданных "
                  "(строка 3), испорченных (строка 4) и неиспользованных, погашенных (строка 5) "
                  "бюллетеней: каждый полученный участком бюллетень должен быть учтён.",
            "en": "Ballots received (line 2) must equal ballots issued (line 3) plus spoiled "
                  "(line 4) plus unused, cancelled (line 5): every ballot the station received "
                  "must be accounted for.",
        },
        (2, 3, 4, 5), _cr01),
    ControlRelation(
        "CR02", "error", "6 ≤ 3",
        {
            "kk": "Сайлау жәшігінен табылған бюллетеньдер саны (6-жол) берілген бюллетеньдер "
                  "санынан (3-жол) аспауы тиіс: жәшікте берілгеннен артық бюллетень болса, "
                  "бюллетеньдер заңсыз салынған.",
            "ru": "Число бюллетеней, обнаруженных в ящике для голосования (строка 6), не может "
                  "превышать число выданных бюллетеней (строка 3): лишние бюллетени в ящике "
                  "означают вброс.",
            "en": "Ballots found in the ballot box (line 6) may not exceed ballots issued "
                  "(line 3): more ballots in the box than were handed out means ballots were "
                  "added to it.",
        },
        (3, 6), _cr02),
    ControlRelation(
        "CR03", "error", "6 = 7 + 8",
        {
            "kk": "Сайлау жәшігінен табылған бюллетеньдер (6-жол) не жарамсыз (7-жол), не "
                  "жарамды (8-жол) болады: жарамсыз бюллетеньдер саны табылған бюллетеньдер "
                  "санынан аспауы тиіс.",
            "ru": "Бюллетени, обнаруженные в ящике для голосования (строка 6), либо "
                  "недействительны (строка 7), либо действительны (строка 8): недействительных "
                  "бюллетеней не может быть больше, чем обнаружено в ящике.",
            "en": "Ballots found in the ballot box (line 6) are either invalid (line 7) or valid "
                  "(line 8): there cannot be more invalid ballots than ballots found.",
        },
        (6, 7, 8), _cr03),
    ControlRelation(
        "CR04", "error", "3 ≤ 1",
        {
            "kk": "Берілген бюллетеньдер саны (3-жол) тізімге енгізілген партия мүшелерінің "
                  "санынан (1-жол) аспауы тиіс: әр мүше бір ғана бюллетень алады.",
            "ru": "Число выданных бюллетеней (строка 3) не может превышать число членов партии, "
                  "включённых в список (строка 1): каждый член партии получает только один "
                  "бюллетень.",
            "en": "Ballots issued (line 3) may not exceed the members on the roll (line 1): each "
                  "member receives one ballot at most.",
        },
        (1, 3), _cr04),
    ControlRelation(
        "CR05", "error", "9… ≤ 8",
        {
            "kk": "Бірде-бір үміткердің дауыстары жарамды бюллетеньдер санынан (8-жол) аспауы "
                  "тиіс: бір бюллетеньде үміткер бір реттен артық белгіленбейді.",
            "ru": "Ни один кандидат не может получить больше голосов, чем число действительных "
                  "бюллетеней (строка 8): в одном бюллетене кандидат отмечается не более одного раза.",
            "en": "No candidate may have more votes than there are valid ballots (line 8): a "
                  "ballot marks a candidate at most once.",
        },
        (8, 9), _cr05),
    ControlRelation(
        "CR06", "error", "Σ 9… ≤ 8 × max_choices",
        {
            "kk": "Барлық үміткерлердің дауыстарының қосындысы жарамды бюллетеньдер санының "
                  "(8-жол) бір бюллетеньде рұқсат етілген белгілер санына көбейтіндісінен "
                  "аспауы тиіс.",
            "ru": "Сумма голосов за всех кандидатов не может превышать число действительных "
                  "бюллетеней (строка 8), умноженное на число отметок, допустимых в одном "
                  "бюллетене.",
            "en": "The votes of all candidates together may not exceed the valid ballots "
                  "(line 8) times the number of marks a ballot allows.",
        },
        (8, 9), _cr06),
    ControlRelation(
        "CR07", "error", "Σ 9… ≥ 8",
        {
            "kk": "Барлық үміткерлердің дауыстарының қосындысы жарамды бюллетеньдер санынан "
                  "(8-жол) кем болмауы тиіс: белгі қойылмаған бюллетень жарамсыз, сондықтан "
                  "әрбір жарамды бюллетеньде кемінде бір дауыс бар.",
            "ru": "Сумма голосов за всех кандидатов не может быть меньше числа действительных "
                  "бюллетеней (строка 8): бюллетень без отметок недействителен, поэтому в каждом "
                  "действительном бюллетене есть хотя бы один голос.",
            "en": "The votes of all candidates together may not be fewer than the valid ballots "
                  "(line 8): a ballot with no mark is invalid, so every valid ballot carries at "
                  "least one vote.",
        },
        (8, 9), _cr07),
    ControlRelation(
        "CR08", "warning", "6 < 3",
        {
            "kk": "Сайлау жәшігінен табылған бюллетеньдер (6-жол) берілген бюллетеньдерден "
                  "(3-жол) аз: кейбір дауыс берушілер бюллетеньді жәшікке салмай, алып кеткен. "
                  "Айырмашылықты түсіндіріңіз.",
            "ru": "В ящике для голосования обнаружено меньше бюллетеней (строка 6), чем выдано "
                  "(строка 3): часть голосующих унесла бюллетени с собой. Объясните расхождение.",
            "en": "Fewer ballots were found in the ballot box (line 6) than were issued "
                  "(line 3): some voters took their ballot away. Explain the difference.",
        },
        (3, 6), _cr08),
    ControlRelation(
        "CR09", "warning", f"7 > {INVALID_WARNING_PERCENT}% × 6",
        {
            "kk": f"Сайлау жәшігінен табылған бюллетеньдердің (6-жол) {INVALID_WARNING_PERCENT}%-"
                  "ынан астамы жарамсыз деп танылды (7-жол): бюллетеньдердің қате жарамсыз деп "
                  "танылмағанын тексеріп, себебін түсіндіріңіз.",
            "ru": f"Более {INVALID_WARNING_PERCENT}% бюллетеней, обнаруженных в ящике для "
                  "голосования (строка 6), признаны недействительными (строка 7): проверьте, не "
                  "признаны ли бюллетени недействительными ошибочно, и объясните причину.",
            "en": f"More than {INVALID_WARNING_PERCENT}% of the ballots found in the ballot box "
                  "(line 6) are invalid (line 7): check that no ballot was declared invalid "
                  "wrongly, and explain why so many are.",
        },
        (6, 7), _cr09),
    ControlRelation(
        "CR10", "warning", f"4 > {SPOILED_WARNING_PERCENT}% × 3",
        {
            "kk": f"Бүлінген бюллетеньдер (4-жол) берілген бюллетеньдердің (3-жол) "
                  f"{SPOILED_WARNING_PERCENT}%-ынан асады: әрбір бүлінген бюллетень сақталып, "
                  "өтелуі тиіс; бюллетеньдердің тым жиі ауыстырылуы таза бюллетеньдердің "
                  "учаскеден шығарылуын жасыруы мүмкін. Себебін түсіндіріңіз.",
            "ru": f"Испорченных бюллетеней (строка 4) больше {SPOILED_WARNING_PERCENT}% от "
                  "выданных (строка 3): каждый испорченный бюллетень должен быть сохранён и "
                  "погашен; слишком частая замена бюллетеней может скрывать вынос чистых "
                  "бюллетеней с участка. Объясните причину.",
            "en": f"Spoiled ballots (line 4) are more than {SPOILED_WARNING_PERCENT}% of the "
                  "ballots issued (line 3): every spoiled ballot must be kept and cancelled, and "
                  "unusually many replacements can hide blank ballots leaving the station. "
                  "Explain why.",
        },
        (3, 4), _cr10),
)

RELATIONS_BY_ID: Mapping[str, ControlRelation] = {r.id: r for r in CONTROL_RELATIONS}

# Which sheet or record fields a failure concerns, for highlighting them where they are typed.
_FIELDS_OF_LINE = {i + 1: name for i, name in enumerate(LINE_FIELDS)}


def _fields(relation: ControlRelation, failure: Failure) -> tuple[str, ...]:
    if "candidate" in failure:
        return (f"votes.{failure['candidate']}",)
    return tuple(_FIELDS_OF_LINE.get(n, "votes") for n in relation.lines)


def check(lines: ProtocolLines, max_choices: int) -> tuple[RelationResult, ...]:
    """The failed control relations of a race, in catalogue order (a relation may fail once per
    candidate)."""
    if max_choices < 1:
        raise ValueError("max_choices must be at least 1")
    return tuple(
        RelationResult(relation.id, relation.severity, dict(failure), _fields(relation, failure))
        for relation in CONTROL_RELATIONS
        for failure in relation.check(lines, max_choices)
    )


def blocking(results: Iterable[RelationResult]) -> tuple[RelationResult, ...]:
    """The failures that forbid finalizing: every error."""
    return tuple(r for r in results if r.is_error)


def unexplained_warnings(results: Iterable[RelationResult],
                         explanations: Mapping[str, str]) -> tuple[RelationResult, ...]:
    """Warnings still needing a written explanation (one per relation id; blank text does not count)."""
    return tuple(r for r in results
                 if not r.is_error and not (explanations.get(r.relation_id) or "").strip())
