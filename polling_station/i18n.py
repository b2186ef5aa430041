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
    """A command-line sentence (context ``cli``), filled with its parameters."""
    text = translate("cli", source, lang)
    return text.format(**params) if params else text


def render(problem: Problem, lang: str = "en") -> str:
    template = templates().get(problem.code)
    if template is None:
        return problem.code + (" " + repr(dict(problem.params)) if problem.params else "")
    text = translate("messages", template, lang)
    try:
        return text.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return template.format(**problem.params)
