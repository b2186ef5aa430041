"""The member roll and the online-voting files, row by row: what a valid row is, and how
duplicate rows are settled.

Values arrive as the readers in ``polling_station.exchange.roll`` found them: text from a CSV,
or typed cells from a spreadsheet (dates, and IINs that Excel turned into numbers). Every row
yields a typed result; nothing is dropped without a problem that names its line and field.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import sys
import unicodedata
from dataclasses import dataclass, replace
from typing import Collection, Iterable, Iterator, Literal, Mapping

from polling_station.domain import iin as iin_rules
from polling_station.domain.problems import Problem, error, warning

MESSAGES = {
    "row.required": "The {field} is missing.",
    "row.extra_cells": "The row has {count} more cell(s) than the header ({cells}): a value "
                       "probably contains an unquoted delimiter.",
    "row.iin_rounded": "The IIN «{value}» was rounded by a spreadsheet (scientific notation); "
                       "export the column as text.",
    "row.iin_zero_restored": "The IIN «{value}» had lost its leading zero in a spreadsheet; "
                             "read as «{iin}».",
    "row.date_format": "The {field} «{value}» is not a date: write YYYY-MM-DD or DD.MM.YYYY.",
    "row.date_invalid": "The {field} «{value}» is not a real calendar date.",
    "row.date_out_of_range": "The {field} «{value}» is outside the years 1900–2099.",
    "row.time_format": "The {field} «{value}» is not a time: write ISO 8601 with the UTC offset, "
                       "e.g. 2020-10-01T09:30:00+06:00.",
    "row.naive_time": "The {field} «{value}» has no UTC offset; read as Kazakhstan time ({assumed}).",
    "member.name_chars": "The {field} «{value}» contains characters that do not belong in a name.",
    "member.sex_unknown": "The sex «{value}» is not recognised: write M or F (М/Ж, Е/Ә).",
    "member.status_unknown": "The status «{value}» is not recognised: write active or suspended.",
    "member.born_after_joining": "The birth date {birth_date} is after the joining date {joined_on}.",
    "member.unknown_precinct": "Line {line}: the precinct «{precinct}» is not in the election definition, so "
                               "no polling station will find this member on its own roll; check the roll file.",
    "member.duplicate_conflict": "The IIN {iin} is also on line(s) {other_lines} with different "
                                 "data; all these lines are rejected.",
    "member.duplicate_of_rejected": "The IIN {iin} is also on rejected line(s) {other_lines}; "
                                    "check which record is right.",
    "online.duplicate_times": "The IIN {iin} voted online more than once (line(s) {other_lines}); "
                              "the earliest time, {kept}, is kept.",
    "online.ballot_conflict": "The IIN {iin} has another, different ballot for race {race} on "
                              "line(s) {other_lines}; all these lines are rejected.",
    "online.choice_repeated": "The candidate «{value}» is chosen more than once on the ballot.",
    "online.no_choices": "The ballot for race {race} marks no candidate.",
}

Sex = Literal["M", "F"]
Status = Literal["active", "suspended"]

# Readers put the non-empty cells found beyond the header under this key, so the row is
# rejected instead of silently losing or shifting a value.
EXTRA_CELLS = "extra_cells"

# Kazakhstan used UTC+6 in 2020 (the western regions used UTC+5: a naive time is only a guess).
KAZAKHSTAN_2020 = dt.timezone(dt.timedelta(hours=6))

ROLL_FIELDS = ("iin", "surname", "given_name", "patronymic", "birth_date", "sex", "region",
               "precinct", "joined_on", "status")


@dataclass(frozen=True, slots=True)
class Member:
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: dt.date | None
    sex: Sex | None
    region: str
    precinct: str
    joined_on: dt.date
    status: Status


@dataclass(frozen=True, slots=True)
class RowResult:
    line: int
    member: Member | None
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    iin: str = ""  # the row's IIN when it is valid, even if another field is not


@dataclass(frozen=True, slots=True)
class LineProblems:
    """Problems of one line of a file; ``field`` is set when a single field is to blame."""

    line: int
    field: str | None
    problems: tuple[Problem, ...]


Reject = LineProblems


@dataclass(frozen=True)
class Reconciled:
    accepted: list[Member]
    rejected: list[Reject]
    collapsed: int
    warned: list[RowResult]


@dataclass(frozen=True, slots=True)
class OnlineVote:
    iin: str
    voted_at: dt.datetime


@dataclass(frozen=True, slots=True)
class OnlineBallot:
    iin: str
    voted_at: dt.datetime
    race: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class OnlineReconciled:
    accepted: list  # OnlineVote or OnlineBallot, in the order their IIN first appears
    rejected: list[Reject]
    collapsed: int
    warned: list[LineProblems]


# --- labels -------------------------------------------------------------------------------

_CYRILLIC = re.compile("[\u0400-\u04ff]")


def fold_label(text: str) -> str:
    """A case- and spacing-free key for matching labels and codes typed by people.

    Kazakh texts are often typed with the Latin i for the Kazakh і (old keyboards lacked it).
    """
    s = unicodedata.normalize("NFC", text.replace("\ufeff", "")).casefold()
    s = " ".join(s.split())
    if _CYRILLIC.search(s):
        s = s.replace("i", "і")
    return s


def _label_table(labels: Mapping[str, str]) -> dict[str, str]:
    # the spellings seen most (as written, lower, upper, capitalised) hit without folding
    table = {}
    for k, v in labels.items():
        for form in (k, k.lower(), k.upper(), k.capitalize(), fold_label(k)):
            table[form] = v
    return table


_SEX = _label_table({
    "M": "M", "F": "F", "male": "M", "female": "F",
    "М": "M", "Ж": "F", "муж": "M", "жен": "F", "мужской": "M", "женский": "F",
    "Е": "M", "Ә": "F", "ер": "M", "әйел": "F",
})

_STATUS = _label_table({
    "active": "active", "suspended": "suspended",
    "активен": "active", "активный": "active", "активна": "active", "активная": "active",
    "приостановлен": "suspended", "приостановлена": "suspended",
    "приостановленный": "suspended", "приостановленная": "suspended",
    "белсенді": "active", "тоқтатылған": "suspended",
})


# --- cell values --------------------------------------------------------------------------

def _text(value: object) -> str:
    """A cell as clean text: NFC, no invisible characters, single inner spaces, no outer ones."""
    if value is None:
        return ""
    if isinstance(value, str):
        s = value
    elif isinstance(value, float) and value.is_integer():
        s = str(int(value))
    elif isinstance(value, dt.datetime):
        s = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        s = value.isoformat()
    else:
        s = str(value)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s.replace("\u200b", "").replace("\ufeff", ""))
    return " ".join(s.split())


def _with_field(p: Problem, field: str) -> Problem:
    return Problem(p.code, {**p.params, "field": field}, p.severity)


_SCIENTIFIC = re.compile(r"([0-9])(?:[.,]([0-9]+))?[eE]\+?([0-9]{1,2})")
_INTEGRAL_FLOAT = re.compile(r"([0-9]+)\.0+")


def _undo_number_format(s: str, errors: list) -> str | None:
    """IIN text as spreadsheets write numbers ("871008401427.0", "8.71008401427E+11"), back to
    digits; None (with an error) when the digits were rounded away."""
    m = _INTEGRAL_FLOAT.fullmatch(s)
    if m:
        return m.group(1)
    m = _SCIENTIFIC.fullmatch(s)
    if m:
        digits = m.group(1) + (m.group(2) or "")
        exponent = int(m.group(3))
        if len(digits) - 1 < exponent:
            # trailing digits were implied, i.e. rounded away: refuse to guess them
            errors.append(error("row.iin_rounded", field="iin", value=s))
            return None
        if len(digits) - 1 == exponent:
            return digits
    return s


def _iin(value: object, errors: list, warnings: list) -> str:
    """The IIN as 12-digit text; '' when it is not valid (the errors say why)."""
    restored_quietly = isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(value, float):
        # floats hold integers below 2**53 exactly, so a 12-digit IIN survives the round trip
        s = str(int(value)) if value.is_integer() and value >= 0 else repr(value)
    elif restored_quietly:
        s = str(value)
    else:
        s = _text(value)
        if not (len(s) == 12 and s.isdigit()):
            s = _undo_number_format(s, errors)
            if s is None:
                return ""
    if not s:
        errors.append(error("row.required", field="iin"))
        return ""
    if len(s) < 12 and s.isascii() and s.isdigit():
        restored = iin_rules.restore_leading_zeros(s)
        if restored != s and not restored_quietly:
            warnings.append(warning("row.iin_zero_restored", field="iin", value=s, iin=restored))
        s = restored
    found = iin_rules.problems(s)
    if found:
        errors.extend(_with_field(p, "iin") for p in found)
        return ""
    return s


_NAME_BAD = re.compile(r"[\d_]|[^\w \-‐‑–'’ʼ`.()\u0300-\u036f]")
_LETTER = re.compile(r"[^\W\d_]")


def _name(value: object, field: str, required: bool, errors: list) -> str:
    s = _text(value)
    if not s:
        if required:
            errors.append(error("row.required", field=field))
        return ""
    if _NAME_BAD.search(s) or not _LETTER.search(s):
        errors.append(error("member.name_chars", field=field, value=s))
    return s


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DOTTED_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")


@functools.lru_cache(maxsize=1 << 16)
def _parse_date(s: str) -> dt.date | str:
    """The date written in s, or the code of what is wrong with it. Cached: a roll repeats
    the same few thousand dates hundreds of times."""
    m = _ISO_DATE.fullmatch(s)
    if m:
        y, mo, da = m.groups()
    else:
        m = _DOTTED_DATE.fullmatch(s)
        if not m:
            return "row.date_format"
        da, mo, y = m.groups()
    try:
        d = dt.date(int(y), int(mo), int(da))
    except ValueError:
        return "row.date_invalid"
    return d if 1900 <= d.year <= 2099 else "row.date_out_of_range"


def _date(value: object, field: str, required: bool, errors: list) -> dt.date | None:
    if isinstance(value, dt.date):
        d = value.date() if isinstance(value, dt.datetime) else value
        if not 1900 <= d.year <= 2099:
            errors.append(error("row.date_out_of_range", field=field, value=d.isoformat()))
            return None
        return d
    s = _text(value)
    if not s:
        if required:
            errors.append(error("row.required", field=field))
        return None
    d = _parse_date(s)
    if isinstance(d, str):
        errors.append(error(d, field=field, value=s))
        return None
    return d


def _choice(value: object, field: str, table: Mapping[str, str], code: str, required: bool,
            errors: list) -> str | None:
    s = _text(value)
    if not s:
        if required:
            errors.append(error("row.required", field=field))
        return None
    found = table.get(s) or table.get(fold_label(s))
    if found is None:
        errors.append(error(code, field=field, value=s))
    return found


def _extra(fields: Mapping[str, object], errors: list) -> None:
    extra = fields.get(EXTRA_CELLS)
    if extra:
        cells = [_text(c) for c in extra]
        errors.append(error("row.extra_cells", field=EXTRA_CELLS, count=len(cells),
                            cells=" | ".join(cells)))


# --- member roll --------------------------------------------------------------------------

def validate_row(line: int, fields: Mapping[str, object]) -> RowResult:
    """One roll row, with canonical keys (see ``ROLL_FIELDS``), checked field by field."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    get = fields.get
    iin = _iin(get("iin"), errors, warnings)
    surname = _name(get("surname"), "surname", True, errors)
    given_name = _name(get("given_name"), "given_name", True, errors)
    patronymic = _name(get("patronymic"), "patronymic", False, errors)
    birth_date = _date(get("birth_date"), "birth_date", False, errors)
    sex = _choice(get("sex"), "sex", _SEX, "member.sex_unknown", False, errors)
    region = sys.intern(_text(get("region")))
    precinct = sys.intern(_text(get("precinct")))
    if not precinct:
        errors.append(error("row.required", field="precinct"))
    joined_on = _date(get("joined_on"), "joined_on", True, errors)
    status = _choice(get("status"), "status", _STATUS, "member.status_unknown", True, errors)
    _extra(fields, errors)
    if birth_date and joined_on and birth_date > joined_on:
        errors.append(error("member.born_after_joining", field="birth_date",
                            birth_date=birth_date.isoformat(), joined_on=joined_on.isoformat()))
    if iin and (birth_date or sex):
        for p in iin_rules.agreement_warnings(iin, birth_date, sex):
            warnings.append(_with_field(p, "birth_date" if p.code == "iin.birth_date_differs" else "sex"))
    member = None
    if not errors:
        # names repeat across a roll (a few thousand given names and patronymics for a million
        # members): one shared string each takes a third off the memory of a large import
        intern = sys.intern
        surname, given_name, patronymic = intern(surname), intern(given_name), intern(patronymic)
        member = Member(iin, surname, given_name, patronymic, birth_date, sex, region, precinct,
                        joined_on, status)
    return RowResult(line, member, tuple(errors), tuple(warnings), iin)


def flag_unknown_precincts(results: Iterable[RowResult], precincts: Collection[str]) -> Iterator[RowResult]:
    """Warn (never reject: the roll is the party's, not ours to correct) about each valid row whose
    precinct the election does not define, e.g. «№101» or «999» where the election says «101»."""
    for r in results:
        if r.member is not None and r.member.precinct not in precincts:
            r = replace(r, warnings=r.warnings + (warning(
                "member.unknown_precinct", field="precinct", line=r.line, precinct=r.member.precinct),))
        yield r


def _blamed_field(problems: Iterable[Problem]) -> str | None:
    fields = {p.params.get("field") for p in problems}
    return fields.pop() if len(fields) == 1 else None


def _lines(lines: Iterable[int]) -> str:
    return ", ".join(str(n) for n in sorted(lines))


def reconcile(results: Iterable[RowResult]) -> Reconciled:
    """Settle duplicates: identical rows collapse into the first, rows that disagree about the
    same IIN are all rejected (neither can be trusted over the other)."""
    rejected: list[Reject] = []
    first_of: dict[str, RowResult] = {}      # iin -> its first valid row (one entry per member)
    later_lines: dict[str, list[int]] = {}   # only for IINs that repeat
    conflicting: set[str] = set()
    invalid_lines: dict[str, list[int]] = {}
    for r in results:
        if r.errors or r.member is None:
            rejected.append(Reject(r.line, _blamed_field(r.errors), r.errors))
            if r.iin:
                invalid_lines.setdefault(r.iin, []).append(r.line)
            continue
        iin = r.member.iin
        first = first_of.setdefault(iin, r)
        if first is r:
            continue
        later_lines.setdefault(iin, []).append(r.line)
        if r.member != first.member:
            conflicting.add(iin)
    accepted: list[Member] = []
    warned: list[RowResult] = []
    collapsed = 0
    for iin, first in first_of.items():
        later = later_lines.get(iin, ())
        if iin in conflicting:
            lines = [first.line, *later]
            for line in lines:
                p = error("member.duplicate_conflict", field="iin", iin=iin,
                          other_lines=_lines(n for n in lines if n != line))
                rejected.append(Reject(line, "iin", (p,)))
            continue
        accepted.append(first.member)
        collapsed += len(later)
        others = invalid_lines.get(iin)
        if others:
            first = replace(first, warnings=first.warnings + (warning(
                "member.duplicate_of_rejected", field="iin", iin=iin, other_lines=_lines(others)),))
        if first.warnings:
            warned.append(first)
    rejected.sort(key=lambda r: r.line)
    return Reconciled(accepted, rejected, collapsed, warned)


# --- online voting ------------------------------------------------------------------------

_ISO_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}.*")
_DOTTED_MOMENT = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4}) ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?")


def _moment(value: object, field: str, errors: list, warnings: list) -> dt.datetime | None:
    """A tz-aware time; a time without an offset is read as Kazakhstan time, with a warning."""
    if isinstance(value, dt.datetime):
        moment, shown = value, value.isoformat(sep=" ")
    else:
        shown = _text(value)
        if not shown:
            errors.append(error("row.required", field=field))
            return None
        moment = None
        try:
            if _ISO_MOMENT.fullmatch(shown):
                moment = dt.datetime.fromisoformat(shown)
            else:
                m = _DOTTED_MOMENT.fullmatch(shown)
                if m:
                    d, mo, y, h, mi, s = m.groups()
                    moment = dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0))
        except ValueError:
            moment = None
        if moment is None:
            errors.append(error("row.time_format", field=field, value=shown))
            return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        warnings.append(warning("row.naive_time", field=field, value=shown, assumed="UTC+06:00"))
        moment = moment.replace(tzinfo=KAZAKHSTAN_2020)
    return moment


def validate_online_row(line: int, fields: Mapping[str, object]) -> tuple[OnlineVote | None, tuple[Problem, ...]]:
    """One row of the online voters snapshot (``iin, voted_at``); problems hold errors and
    warnings (see ``Problem.severity``); the vote is None when there is an error."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    iin = _iin(fields.get("iin"), errors, warnings)
    voted_at = _moment(fields.get("voted_at"), "voted_at", errors, warnings)
    _extra(fields, errors)
    vote = None if errors else OnlineVote(iin, voted_at)
    return vote, tuple(errors + warnings)


def validate_online_ballot_row(line: int, fields: Mapping[str, object]) -> tuple[OnlineBallot | None, tuple[Problem, ...]]:
    """One row of the online ballots (``iin, voted_at, race, choices``). Whether the race and the
    candidates exist is the branch's question: this module knows no election."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    iin = _iin(fields.get("iin"), errors, warnings)
    voted_at = _moment(fields.get("voted_at"), "voted_at", errors, warnings)
    race = sys.intern(_text(fields.get("race")))
    if not race:
        errors.append(error("row.required", field="race"))
    choices = tuple(_text(fields.get("choices")).split())
    seen: set[str] = set()
    for c in choices:
        if c in seen:
            errors.append(error("online.choice_repeated", field="choices", value=c))
        seen.add(c)
    if not choices and race:
        warnings.append(warning("online.no_choices", field="choices", race=race))
    _extra(fields, errors)
    ballot = None if errors else OnlineBallot(iin, voted_at, race, choices)
    return ballot, tuple(errors + warnings)


def _split(problems: tuple[Problem, ...]) -> tuple[tuple[Problem, ...], tuple[Problem, ...]]:
    return (tuple(p for p in problems if p.is_error), tuple(p for p in problems if not p.is_error))


def reconcile_online_votes(rows: Iterable[tuple[int, OnlineVote | None, tuple[Problem, ...]]]) -> OnlineReconciled:
    """One vote per IIN: the same time twice collapses; different times keep the earliest
    (the first vote is the one that counted) and warn."""
    rejected: list[Reject] = []
    groups: dict[str, list] = {}  # iin -> [kept line, kept vote, kept warnings, other lines, times differ?]
    for line, vote, problems in rows:
        errors, warnings = _split(problems)
        if errors or vote is None:
            rejected.append(Reject(line, _blamed_field(errors), errors))
            continue
        g = groups.get(vote.iin)
        if g is None:
            groups[vote.iin] = [line, vote, warnings, [], False]
            continue
        if vote.voted_at != g[1].voted_at:
            g[4] = True
            if vote.voted_at < g[1].voted_at:
                g[3].append(g[0])
                g[0], g[1], g[2] = line, vote, warnings
                continue
        g[3].append(line)
    accepted = []
    warned: list[LineProblems] = []
    collapsed = 0
    for iin, (line, vote, warnings, others, differ) in groups.items():
        accepted.append(vote)
        if differ:
            warnings = warnings + (warning("online.duplicate_times", field="voted_at", iin=iin,
                                           kept=vote.voted_at.isoformat(), other_lines=_lines(others)),)
        else:
            collapsed += len(others)
        if warnings:
            warned.append(LineProblems(line, _blamed_field(warnings), warnings))
    warned.sort(key=lambda w: w.line)
    return OnlineReconciled(accepted, rejected, collapsed, warned)


def reconcile_online_ballots(rows: Iterable[tuple[int, OnlineBallot | None, tuple[Problem, ...]]]) -> OnlineReconciled:
    """One ballot per IIN and race: identical rows collapse, differing ones are all rejected."""
    rejected: list[Reject] = []
    groups: dict[tuple[str, str], list] = {}  # (iin, race) -> [first line, ballot, warnings, later lines, conflicting?]
    for line, ballot, problems in rows:
        errors, warnings = _split(problems)
        if errors or ballot is None:
            rejected.append(Reject(line, _blamed_field(errors), errors))
            continue
        key = (ballot.iin, ballot.race)
        g = groups.get(key)
        if g is None:
            groups[key] = [line, ballot, warnings, [], False]
            continue
        g[3].append(line)
        if ballot != g[1]:
            g[4] = True
    accepted = []
    warned: list[LineProblems] = []
    collapsed = 0
    for (iin, race), (line, ballot, warnings, others, conflicting) in groups.items():
        if conflicting:
            lines = [line, *others]
            for n in lines:
                p = error("online.ballot_conflict", field="iin", iin=iin, race=race,
                          other_lines=_lines(x for x in lines if x != n))
                rejected.append(Reject(n, "iin", (p,)))
            continue
        accepted.append(ballot)
        collapsed += len(others)
        if warnings:
            warned.append(LineProblems(line, _blamed_field(warnings), warnings))
    rejected.sort(key=lambda r: r.line)
    return OnlineReconciled(accepted, rejected, collapsed, warned)
