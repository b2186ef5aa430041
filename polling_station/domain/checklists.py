"""Sanitary checklists (format ``polling-station/checklist@1``): templates, answers, gates, schedule.

The party's sanitary-epidemiological rules of 20 August 2020 made every station show that it
followed them. A template is data (``resources/checklists/*.json`` or an election's own
``checklists``); this module parses it from the already-decoded JSON value, validates a set of
answers, decides whether the station may open or close, and tells when the periodic check is due.
Nothing here reads a file or the clock: the caller passes the data and ``now``.

Decisions written down here because the issue leaves them open:

- A mandatory item answered "na" does not pass. "Not applicable" on a requirement the rules make
  universal means the requirement is not met here (no room for isolation, no second door); the
  honest record of that is the chair's exception with a written reason, not a quiet "na" that
  would open the station as if everything were in place. Refusing "na" outright would only push
  officers to answer "yes".
- The opening gate refuses a station whose opening checklist was never completed, even with an
  exception reason: an exception excuses named items, so the protocol must be able to list them.
- The closing gate needs the closing checklist completed but lets failed mandatory items through
  as warnings: the count starts at the legal hour (Elections law Art. 43) and cannot be held back
  by sanitation; the failures are recorded in the outcome and reach the protocol's annex.
- In the periodic schedule an item is checked when answered "yes" or "na"; a "no" leaves it due,
  so the alarm stays until the thing is actually done.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Iterable, Literal, Mapping, Sequence

from polling_station.domain.problems import Problem, error, warning

FORMAT = "polling-station/checklist@1"
NAMES = ("opening", "periodic", "closing")
LANGS = ("kk", "ru", "en")
ANSWER_VALUES = ("yes", "no", "na")
DEFAULT_EVERY_MINUTES = 120
# Below the warning window the banner would never leave "due soon"; above a day nothing falls due.
MIN_EVERY_MINUTES = 15
MAX_EVERY_MINUTES = 24 * 60
DUE_SOON = dt.timedelta(minutes=15)

_ITEM_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
_TEMPLATE_FIELDS = {"format", "name", "version", "title", "every_minutes", "items"}
_ITEM_FIELDS = {"id", "text", "mandatory", "every_minutes"}
_ANSWER_FIELDS = {"answer", "note"}

MESSAGES = {
    # the template
    "checklist.not_object": "{source}: {path} must be a JSON object (a checklist template).",
    "checklist.missing_field": "{source}: the required field {path} is missing.",
    "checklist.unknown_field": "{source}: {path} is not a field of a checklist template.",
    "checklist.format": "{source}: {path} is «{found}»; this program reads «{expected}».",
    "checklist.unknown_name": "{source}: {path} is «{found}»; a checklist is named opening, periodic or closing.",
    "checklist.unexpected_name": "{source}: {path} is «{found}», but the template is used as the {expected} checklist.",
    "checklist.bad_version": "{source}: {path} must be a positive whole number, not «{found}».",
    "checklist.text_not_object": "{source}: {path} must be an object with kk, ru and en texts.",
    "checklist.missing_title": "{source}: the title has no {lang} text ({path}).",
    "checklist.bad_frequency": "{source}: {path} must be a whole number of minutes from {min} to {max}, not «{found}».",
    "checklist.frequency_not_periodic": "{source}: {path}: only the periodic checklist repeats; the {name} checklist takes no frequency.",
    "checklist.no_items": "{source}: {path} must be a non-empty list of items.",
    "checklist.item_not_object": "{source}: {path} (item {index}) must be a JSON object.",
    "checklist.bad_item_id": "{source}: {path} (item {index}) is «{found}»; an id is lowercase Latin letters, digits and underscores, starting with a letter.",
    "checklist.duplicate_item_id": "{source}: {path} (item {index}) repeats the id «{item}» of item {first_index}.",
    "checklist.item_missing_field": "{source}: item {index} «{item}» has no {path}.",
    "checklist.item_unknown_field": "{source}: item {index} «{item}»: {path} is not a field of a checklist item.",
    "checklist.item_text_not_object": "{source}: item {index} «{item}»: {path} must be an object with kk, ru and en texts.",
    "checklist.missing_text": "{source}: item {index} «{item}» has no {lang} text ({path}).",
    "checklist.bad_mandatory": "{source}: item {index} «{item}»: {path} must be true or false, not «{found}».",
    "checklist.item_bad_frequency": "{source}: item {index} «{item}»: {path} must be a whole number of minutes from {min} to {max}, not «{found}».",
    "checklist.item_frequency_not_periodic": "{source}: item {index} «{item}»: {path}: only the periodic checklist repeats its items.",
    # the answers
    "checklist.answers_not_object": "The answers to the {checklist} checklist must be an object of item id → answer.",
    "checklist.unknown_item": "The {checklist} checklist has no item «{item}».",
    "checklist.unanswered": "Item «{item}» of the {checklist} checklist has no answer.",
    "checklist.bad_answer": "Item «{item}»: the answer «{found}» must be yes, no or na.",
    "checklist.answer_unknown_field": "Item «{item}»: «{field}» is not part of an answer (answer, note).",
    "checklist.bad_note": "Item «{item}»: the note must be text.",
    "checklist.note_required": "Item «{item}» is answered no: a note must say what is wrong.",
    # the gates
    "checklist.not_done": "The {checklist} checklist has not been completed.",
    "checklist.mandatory_not_yes": "Mandatory item «{item}» of the {checklist} checklist is answered «{answer}», not yes.",
    "checklist.mandatory_unanswered": "Mandatory item «{item}» of the {checklist} checklist has no answer.",
    "checklist.exception_reason_empty": "An exception to the {checklist} checklist needs a written reason.",
    "checklist.exception_not_needed": "Every mandatory item of the {checklist} checklist is yes: no exception was recorded.",
}

AnswerValue = Literal["yes", "no", "na"]
PeriodicState = Literal["ok", "due_soon", "overdue"]


# ---------------------------------------------------------------- templates

@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: Mapping[str, str]  # kk, ru, en
    mandatory: bool
    every_minutes: int | None = None  # periodic only; None means the template's


@dataclass(frozen=True)
class ChecklistTemplate:
    name: str  # opening | periodic | closing
    version: int
    title: Mapping[str, str]
    items: tuple[ChecklistItem, ...]
    every_minutes: int | None = None  # periodic only, the items' default

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items)

    @property
    def mandatory_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items if i.mandatory)

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def every_minutes_of(self, item: ChecklistItem) -> int | None:
        return item.every_minutes if item.every_minutes is not None else self.every_minutes


class ChecklistTemplateError(ValueError):
    """A template that cannot be used; ``problems`` say where (source, JSON path, item) and why."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        super().__init__("; ".join(MESSAGES[p.code].format(**p.params) for p in self.problems))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _frequency_ok(value: Any) -> bool:
    return _is_int(value) and MIN_EVERY_MINUTES <= value <= MAX_EVERY_MINUTES


def _texts(value: Any, path: str, missing_code: str, unknown_code: str, where: dict[str, Any],
           out: list[Problem]) -> dict[str, str]:
    texts = {}
    for lang in LANGS:
        text = value.get(lang)
        if isinstance(text, str) and text.strip():
            texts[lang] = text.strip()
        else:
            out.append(error(missing_code, **where, lang=lang, path=f"{path}.{lang}"))
    for key in value:
        if key not in LANGS:
            out.append(error(unknown_code, **where, path=f"{path}.{key}"))
    return texts


def parse_template(data: Any, source: str, *, expected_name: str | None = None,
                   root: str = "$") -> ChecklistTemplate:
    """A template from its decoded JSON value; ``source`` names where it came from (a file name,
    or the election definition) and ``root`` is its JSON path there. Raises
    ``ChecklistTemplateError`` with every problem found, not just the first."""
    out: list[Problem] = []
    if not isinstance(data, Mapping):
        raise ChecklistTemplateError([error("checklist.not_object", source=source, path=root)])
    top = {"source": source}

    for key in data:
        if key not in _TEMPLATE_FIELDS:
            out.append(error("checklist.unknown_field", **top, path=f"{root}.{key}"))
    for key in ("format", "name", "version", "title", "items"):
        if key not in data:
            out.append(error("checklist.missing_field", **top, path=f"{root}.{key}"))

    if "format" in data and data["format"] != FORMAT:
        out.append(error("checklist.format", **top, path=f"{root}.format", found=data["format"],
                         expected=FORMAT))

    name = data.get("name")
    if "name" in data and name not in NAMES:
        out.append(error("checklist.unknown_name", **top, path=f"{root}.name", found=name))
        name = None
    elif name is not None and expected_name is not None and name != expected_name:
        out.append(error("checklist.unexpected_name", **top, path=f"{root}.name", found=name,
                         expected=expected_name))
    periodic = name == "periodic"

    version = data.get("version")
    if "version" in data and not (_is_int(version) and version >= 1):
        out.append(error("checklist.bad_version", **top, path=f"{root}.version", found=version))

    title: dict[str, str] = {}
    if "title" in data:
        if isinstance(data["title"], Mapping):
            title = _texts(data["title"], f"{root}.title", "checklist.missing_title",
                           "checklist.unknown_field", top, out)
        else:
            out.append(error("checklist.text_not_object", **top, path=f"{root}.title"))

    every = data.get("every_minutes")
    if "every_minutes" in data:
        if name is not None and not periodic:
            out.append(error("checklist.frequency_not_periodic", **top, path=f"{root}.every_minutes",
                             name=name))
        elif not _frequency_ok(every):
            out.append(error("checklist.bad_frequency", **top, path=f"{root}.every_minutes",
                             found=every, min=MIN_EVERY_MINUTES, max=MAX_EVERY_MINUTES))
    elif periodic:
        every = DEFAULT_EVERY_MINUTES

    items: list[ChecklistItem] = []
    raw_items = data.get("items")
    if "items" in data and not (isinstance(raw_items, list) and raw_items):
        out.append(error("checklist.no_items", **top, path=f"{root}.items"))
    elif isinstance(raw_items, list):
        first_seen: dict[str, int] = {}
        for index, raw in enumerate(raw_items):
            item = _parse_item(raw, index, f"{root}.items[{index}]", source, name, first_seen, out)
            if item is not None:
                items.append(item)

    if out:
        raise ChecklistTemplateError(out)
    return ChecklistTemplate(name, version, MappingProxyType(title), tuple(items),
                             every if periodic else None)


def _parse_item(raw: Any, index: int, path: str, source: str, name: str | None,
                first_seen: dict[str, int], out: list[Problem]) -> ChecklistItem | None:
    if not isinstance(raw, Mapping):
        out.append(error("checklist.item_not_object", source=source, path=path, index=index))
        return None
    before = len(out)
    item_id = raw.get("id")
    label = item_id if isinstance(item_id, str) else ""
    where = {"source": source, "index": index, "item": label}

    if "id" not in raw:
        out.append(error("checklist.item_missing_field", **where, path=f"{path}.id"))
    elif not (isinstance(item_id, str) and _ITEM_ID.fullmatch(item_id)):
        out.append(error("checklist.bad_item_id", source=source, index=index, path=f"{path}.id",
                         found=item_id))
    elif item_id in first_seen:
        out.append(error("checklist.duplicate_item_id", **where, path=f"{path}.id",
                         first_index=first_seen[item_id]))
    else:
        first_seen[item_id] = index

    for key in raw:
        if key not in _ITEM_FIELDS:
            out.append(error("checklist.item_unknown_field", **where, path=f"{path}.{key}"))

    text: dict[str, str] = {}
    if "text" not in raw:
        out.append(error("checklist.item_missing_field", **where, path=f"{path}.text"))
    elif not isinstance(raw["text"], Mapping):
        out.append(error("checklist.item_text_not_object", **where, path=f"{path}.text"))
    else:
        text = _texts(raw["text"], f"{path}.text", "checklist.missing_text",
                      "checklist.item_unknown_field", where, out)

    # Required, not defaulted: a forgotten flag must not quietly weaken the opening gate.
    mandatory = raw.get("mandatory")
    if "mandatory" not in raw:
        out.append(error("checklist.item_missing_field", **where, path=f"{path}.mandatory"))
    elif not isinstance(mandatory, bool):
        out.append(error("checklist.bad_mandatory", **where, path=f"{path}.mandatory", found=mandatory))

    every = raw.get("every_minutes")
    if "every_minutes" in raw:
        if name is not None and name != "periodic":
            out.append(error("checklist.item_frequency_not_periodic", **where,
                             path=f"{path}.every_minutes"))
        elif not _frequency_ok(every):
            out.append(error("checklist.item_bad_frequency", **where, path=f"{path}.every_minutes",
                             found=every, min=MIN_EVERY_MINUTES, max=MAX_EVERY_MINUTES))

    if len(out) > before:
        return None
    return ChecklistItem(item_id, MappingProxyType(text), mandatory, every)


# ---------------------------------------------------------------- answers

@dataclass(frozen=True)
class Answer:
    item_id: str
    value: AnswerValue
    note: str = ""


def validate_answers(template: ChecklistTemplate,
                     answers: Any) -> tuple[tuple[Answer, ...], tuple[Problem, ...]]:
    """Answers as the CLI's JSON gives them — ``{"id": "yes"|"no"|"na"}`` or
    ``{"id": {"answer": "no", "note": "…"}}`` — checked against the template. Returns the
    well-formed answers in the template's order and the problems; record nothing unless the
    problems are empty."""
    where = {"checklist": template.name}
    if not isinstance(answers, Mapping):
        return (), (error("checklist.answers_not_object", **where),)
    problems: list[Problem] = []
    known = set(template.ids)
    for key in answers:
        if key not in known:
            problems.append(error("checklist.unknown_item", **where, item=str(key)))

    result: list[Answer] = []
    for item in template.items:
        if item.id not in answers:
            problems.append(error("checklist.unanswered", **where, item=item.id))
            continue
        answer = _parse_answer(item.id, answers[item.id], problems)
        if answer is not None:
            result.append(answer)
    return tuple(result), tuple(problems)


def _parse_answer(item_id: str, raw: Any, problems: list[Problem]) -> Answer | None:
    note: Any = ""
    if isinstance(raw, Mapping):
        for key in raw:
            if key not in _ANSWER_FIELDS:
                problems.append(error("checklist.answer_unknown_field", item=item_id, field=str(key)))
        value = raw.get("answer")
        note = raw.get("note", "")
        if note is None:
            note = ""
    else:
        value = raw
    bad = False
    if value not in ANSWER_VALUES:
        problems.append(error("checklist.bad_answer", item=item_id, found=value))
        bad = True
    if not isinstance(note, str):
        problems.append(error("checklist.bad_note", item=item_id))
        bad = True
    elif value == "no" and not note.strip():
        problems.append(error("checklist.note_required", item=item_id))
        bad = True
    return None if bad else Answer(item_id, value, note.strip())


def all_yes(template: ChecklistTemplate) -> tuple[Answer, ...]:
    """Every item answered "yes", for ``station checklist … --all-yes``."""
    return tuple(Answer(i.id, "yes") for i in template.items)


def checked_item_ids(answers: Iterable[Answer]) -> tuple[str, ...]:
    """The items a periodic check counts as done (see the module's note on "na")."""
    return tuple(a.item_id for a in answers if a.value in ("yes", "na"))


# ---------------------------------------------------------------- outcome and gates

@dataclass(frozen=True)
class ChecklistOutcome:
    checklist: str
    version: int
    passed: bool  # every mandatory item "yes"
    failed_mandatory: tuple[str, ...]  # in the template's order, unanswered ones included
    failed_optional: tuple[str, ...]  # optional items answered "no", remarks for the protocol
    answers: tuple[Answer, ...]

    def answer(self, item_id: str) -> Answer | None:
        return next((a for a in self.answers if a.item_id == item_id), None)


def evaluate(template: ChecklistTemplate, answers: Iterable[Answer]) -> ChecklistOutcome:
    """The outcome of answers already accepted by ``validate_answers`` (or ``all_yes``)."""
    by_id: dict[str, Answer] = {}
    for a in answers:
        if template.item(a.item_id) is None:
            raise ValueError(f"answer for item {a.item_id!r} not in the {template.name} checklist")
        if a.item_id in by_id:
            raise ValueError(f"item {a.item_id!r} answered twice")
        by_id[a.item_id] = a
    failed_mandatory = tuple(i.id for i in template.items
                             if i.mandatory and (i.id not in by_id or by_id[i.id].value != "yes"))
    failed_optional = tuple(i.id for i in template.items
                            if not i.mandatory and i.id in by_id and by_id[i.id].value == "no")
    ordered = tuple(by_id[i.id] for i in template.items if i.id in by_id)
    return ChecklistOutcome(template.name, template.version, not failed_mandatory,
                            failed_mandatory, failed_optional, ordered)


@dataclass(frozen=True)
class GateException:
    """The chair's written exception: the station opens despite the listed items."""

    checklist: str
    reason: str
    failed_mandatory: tuple[str, ...]


@dataclass(frozen=True)
class GateDecision:
    allowed: bool
    problems: tuple[Problem, ...]  # errors when refused; warnings for what was let through
    exception: GateException | None = None  # for the protocol, when the gate passed by exception


def _failures(outcome: ChecklistOutcome, make) -> tuple[Problem, ...]:
    out = []
    for item_id in outcome.failed_mandatory:
        a = outcome.answer(item_id)
        if a is None:
            out.append(make("checklist.mandatory_unanswered", checklist=outcome.checklist, item=item_id))
        else:
            out.append(make("checklist.mandatory_not_yes", checklist=outcome.checklist, item=item_id,
                            answer=a.value))
    return tuple(out)


def _require(outcome: ChecklistOutcome | None, name: str) -> None:
    if outcome is not None and outcome.checklist != name:
        raise ValueError(f"the {name} gate was given the {outcome.checklist} checklist")


def opening_gate(outcome: ChecklistOutcome | None, exception_reason: str | None = None) -> GateDecision:
    """May the station open? Only when every mandatory opening item is "yes", or the chair
    records an exception with a non-empty written reason (returned for the protocol)."""
    _require(outcome, "opening")
    if outcome is None:
        return GateDecision(False, (error("checklist.not_done", checklist="opening"),))
    if outcome.passed:
        if exception_reason is not None and exception_reason.strip():
            return GateDecision(True, (warning("checklist.exception_not_needed", checklist="opening"),))
        return GateDecision(True, ())
    if exception_reason is None:
        return GateDecision(False, _failures(outcome, error))
    reason = exception_reason.strip()
    if not reason:
        return GateDecision(False, _failures(outcome, error)
                            + (error("checklist.exception_reason_empty", checklist="opening"),))
    return GateDecision(True, _failures(outcome, warning),
                        GateException("opening", reason, outcome.failed_mandatory))


def closing_gate(outcome: ChecklistOutcome | None) -> GateDecision:
    """May the count begin? Once the closing checklist is completed; failed mandatory items are
    warnings for the protocol (see the module's note)."""
    _require(outcome, "closing")
    if outcome is None:
        return GateDecision(False, (error("checklist.not_done", checklist="closing"),))
    return GateDecision(True, _failures(outcome, warning))


# ---------------------------------------------------------------- periodic schedule

@dataclass(frozen=True)
class OverduePeriod:
    item_id: str
    start: dt.datetime  # when the item fell due
    end: dt.datetime  # when it was checked, or ``now`` while still overdue
    ongoing: bool = False


@dataclass(frozen=True)
class PeriodicStatus:
    next_due_at: dt.datetime  # the earliest due time over all items; in the past when overdue
    state: PeriodicState
    overdue_items: tuple[str, ...]
    due_soon_items: tuple[str, ...]
    overdue_periods: tuple[OverduePeriod, ...]  # by start, then the template's item order
    due_at: Mapping[str, dt.datetime] = field(default_factory=dict)


def periodic_status(template: ChecklistTemplate, opened_at: dt.datetime,
                    checks: Iterable[tuple[dt.datetime, Iterable[str]]],
                    now: dt.datetime) -> PeriodicStatus:
    """Where the periodic checks stand at ``now``. Each item falls due its own ``every_minutes``
    (or the template's) after the opening or after its last check. ``checks`` are
    ``(done_at, ids checked)`` — ids as ``checked_item_ids`` gives them; checks outside
    [opened_at, now] are ignored, so the annex can be computed as of any moment (pass the
    closing time after closing)."""
    if template.name != "periodic":
        raise ValueError(f"the {template.name} checklist has no schedule")
    for moment in (opened_at, now):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("times must carry their UTC offset")
    counted = []
    for done_at, ids in checks:
        if done_at.tzinfo is None or done_at.utcoffset() is None:
            raise ValueError("times must carry their UTC offset")
        ids = frozenset(ids)
        unknown = ids - set(template.ids)
        if unknown:
            raise ValueError(f"periodic check names unknown items {sorted(unknown)}")
        if opened_at <= done_at <= now:
            counted.append((done_at, ids))
    counted.sort(key=lambda c: c[0])

    due_at: dict[str, dt.datetime] = {}
    periods: list[tuple[int, OverduePeriod]] = []
    for order, item in enumerate(template.items):
        every = dt.timedelta(minutes=template.every_minutes_of(item))
        due = opened_at + every
        for done_at, ids in counted:
            if item.id in ids:
                if done_at > due:
                    periods.append((order, OverduePeriod(item.id, due, done_at)))
                due = done_at + every
        if now > due:
            periods.append((order, OverduePeriod(item.id, due, now, ongoing=True)))
        due_at[item.id] = due

    overdue = tuple(i for i in template.ids if now > due_at[i])
    due_soon = tuple(i for i in template.ids if due_at[i] - DUE_SOON <= now <= due_at[i])
    state: PeriodicState = "overdue" if overdue else "due_soon" if due_soon else "ok"
    periods.sort(key=lambda p: (p[1].start, p[0]))
    return PeriodicStatus(min(due_at.values()), state, overdue, due_soon,
                          tuple(p for _, p in periods), MappingProxyType(due_at))
