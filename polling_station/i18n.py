"""One catalogue for every message a person reads, GUI or command line.

English is the source language. Translations live in Qt Linguist files
(``resources/translations/polling_station_{kk,ru}.ts``); the GUI loads them compiled through
QTranslator, and the command line (which must not import Qt) reads the same ``.ts`` files here
with ElementTree. Problems are rendered from their code's English template, translated, then
filled with their parameters, so no message is ever assembled from fragments.
"""
from __future__ import annotations

import importlib
import locale
import os
import xml.etree.ElementTree as ET
from functools import lru_cache

from polling_station.domain.problems import Problem
from polling_station.paths import TRANSLATIONS

LANGUAGES = ("kk", "ru", "en")
CATALOGUE = "polling_station"



def message_modules() -> list[str]:
    """Every module of the package except the GUI: those that define ``MESSAGES`` are read."""
    import pkgutil

    import polling_station
    names = []
    for info in pkgutil.walk_packages(polling_station.__path__, "polling_station."):
        if info.name.startswith("polling_station.ui") or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return sorted(names)


@lru_cache(maxsize=None)
def templates() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in message_modules():
        module = importlib.import_module(name)
        for code, template in getattr(module, "MESSAGES", {}).items():
            if code in out and out[code] != template:
                raise RuntimeError(f"message code {code} is defined twice with different texts")
            out[code] = template
    return out


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English source) → translation, finished entries only."""
    path = TRANSLATIONS / f"{CATALOGUE}_{lang}.ts"
    if lang == "en" or not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                out[(ctx, source)] = tr.text
    return out


def detect_language(explicit: str | None = None) -> str:
    if explicit in LANGUAGES:
        return explicit
    for var in ("PS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
    try:
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
    except ValueError:
        code = ""
    return code if code in LANGUAGES else "en"


def translate(context: str, source: str, lang: str) -> str:
    return catalogue(lang).get((context, source), source)


def tr(source: str, lang: str, **params) -> str:
    """A command-line sentence (context ``cli``), filled with its parameters; codes among them
    (a state, a role, a checklist, a field) are shown as words of ``lang``, as in ``render``. English
    keeps the codes, which the documentation and scripts use."""
    text = translate("cli", source, lang)
    if not params:
        return text
    if lang != "en":
        params = {k: (term(v, lang) if k in TERM_PARAMS else v) for k, v in params.items()}
    return text.format(**params)


# Codes that reach messages as parameters (roles, states, field names…): shown as words, and
# translated in the catalogue's «terms» context, so no English code sits in a Kazakh sentence.
TERMS = {
    "chair": "chair", "secretary": "secretary", "clerk": "clerk",
    "SETUP": "setting up", "OPEN": "open", "CLOSED": "closed", "COUNTED": "counted", "FINALIZED": "finalized",
    "opening": "opening", "periodic": "periodic", "closing": "closing",
    "race": "race", "region": "region", "candidate": "candidate", "precinct": "precinct",
    "station": "station", "branch": "branch",
    "M": "male", "F": "female",
    "iin": "IIN", "surname": "surname", "given_name": "given name", "patronymic": "patronymic",
    "birth_date": "birth date", "sex": "sex", "joined_on": "date of joining", "status": "status",
    "voted_at": "voting time", "choices": "choices", "unused": "unused ballots",
    "found_in_box": "ballots found in the box", "invalid": "invalid ballots", "votes": "votes",
    "general": "general", "disorder": "disorder", "health": "health", "equipment": "equipment",
    "ballots": "ballots", "complaint": "complaint", "power": "power failure", "other": "other",
    "active": "active", "suspended": "suspended",
    # what became of a package at the branch, and a precinct's state there
    "imported": "imported", "duplicate": "already imported", "rejected": "rejected", "superseded": "superseded",
    "conflict": "in conflict", "missing": "missing",
    # kinds of object in the station file, as the tamper report names them
    "table": "table", "index": "index", "trigger": "trigger", "view": "view",
    # service actions, as «auth.role» names them
    "officer.add": "add an officer", "roll.import": "import the member roll",
    "online.import": "import the online voters", "search": "search the roll",
    "ballots.received": "record ballots received", "station.open": "open the station",
    "station.close": "close the station", "checkin": "issue a ballot", "checkin.void": "void a check-in",
    "ballot.spoil": "record a spoiled ballot", "checklist.run": "record a checklist",
    "checklist.exception": "open by exception", "observer.add": "register an observer",
    "observer.leave": "record an observer's departure", "observer.remark": "record an observer's remark",
    "incident.add": "record an incident", "paper.list": "print the paper list",
    "backup.configure": "choose the backup folder", "station.restore": "restore from a backup",
    "count.enter": "enter a count sheet", "count.explain": "explain a warning",
    "count.discard": "discard a count entry", "count.reopen": "reopen a count", "count.tally": "tally ballots",
    "station.counted": "close the count", "protocol.finalize": "finalize the protocol",
    "protocol.correct": "correct a finalized protocol", "protocol.export": "export the protocol package",
}
TERM_PARAMS = frozenset({"role", "allowed", "action", "state", "checklist", "kind", "field", "fields", "found", "expected",
                         "encoded", "sex", "status"})


def term(value, lang: str) -> str:
    """A code shown as a word in ``lang`` («chair» → «төраға»); other values unchanged."""
    if not isinstance(value, str):
        return value
    parts = value.split(", ")
    if not all(p in TERMS for p in parts):
        return value
    return ", ".join(translate("terms", TERMS[p], lang) for p in parts)


def render(problem: Problem, lang: str = "en") -> str:
    template = templates().get(problem.code)
    if template is None:
        return problem.code + (" " + repr(dict(problem.params)) if problem.params else "")
    params = {k: (term(v, lang) if k in TERM_PARAMS else v) for k, v in problem.params.items()}
    text = translate("messages", template, lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)
