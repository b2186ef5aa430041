"""How the sanitary record reads on screen: item texts in the desk's language, checklist, answer
and incident-kind names, times and intervals. Display only; the rules are in domain/checklists.py."""
from __future__ import annotations

import datetime as dt
from typing import Mapping

from PySide6.QtCore import QCoreApplication

from polling_station.domain.checklists import ChecklistTemplate
from polling_station.domain.problems import Problem
from polling_station.ui.messages import MessageBridge

# pyside6-lupdate finds calls spelled translate("Context", "text")
translate = QCoreApplication.translate


def in_language(texts: Mapping[str, str], lang: str) -> str:
    """A template's text in ``lang``; templates carry kk, ru and en, English is the fallback."""
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


def item_text(template: ChecklistTemplate, item_id: str, lang: str) -> str:
    item = template.item(item_id)
    # a run recorded under an older template may name an item the current one dropped
    return in_language(item.text, lang) if item is not None else item_id


def render(messages: MessageBridge, problem: Problem, template: ChecklistTemplate | None = None) -> str:
    """A problem in the desk's language, naming a checklist item by its text rather than its id."""
    item = problem.params.get("item")
    if template is not None and isinstance(item, str) and template.item(item) is not None:
        problem = Problem(problem.code, {**problem.params, "item": item_text(template, item, messages.lang)},
                          problem.severity)
    return messages.render(problem)


def checklist_name(name: str) -> str:
    names = {
        "opening": translate("Sanitary", "Opening checklist"),
        "periodic": translate("Sanitary", "Periodic check"),
        "closing": translate("Sanitary", "Closing checklist"),
    }
    return names.get(name, name)


def answer_name(value: str) -> str:
    names = {
        "yes": translate("Sanitary", "yes"),
        "no": translate("Sanitary", "no"),
        "na": translate("Sanitary", "not applicable"),
    }
    return names.get(value, value)


def incident_kind_name(kind: str) -> str:
    names = {
        "general": translate("Sanitary", "General"),
        "disorder": translate("Sanitary", "Disorder"),
        "health": translate("Sanitary", "Health: fever, feeling unwell"),
        "equipment": translate("Sanitary", "Equipment"),
        "ballots": translate("Sanitary", "Ballots"),
        "complaint": translate("Sanitary", "Complaint"),
        "power": translate("Sanitary", "Power failure"),
        "other": translate("Sanitary", "Other"),
    }
    return names.get(kind, kind)


def every(minutes: int | None) -> str:
    if not minutes:
        return "—"
    if minutes % 60 == 0:
        return translate("Sanitary", "every {hours} h").format(hours=minutes // 60)
    return translate("Sanitary", "every {minutes} min").format(minutes=minutes)


def clock_time(t: dt.datetime) -> str:
    return t.strftime("%H:%M")


def when(value: str | dt.datetime | None, today: dt.date | None = None) -> str:
    """HH:MM on the day itself; with the date when it was another day (an opening checklist
    done the evening before, say)."""
    if not value:
        return "—"
    t = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if today is not None and t.date() != today:
        return t.strftime("%d.%m.%Y %H:%M")
    return clock_time(t)
