"""Keeping the Qt Linguist catalogues complete: ``python -m polling_station.i18n_catalogue update``.

One catalogue per language, ``resources/translations/polling_station_{kk,ru}.ts`` (English is the
source language). It holds three kinds of context:
- the GUI's own contexts, extracted from ``polling_station/ui/*.py`` and ``forms/*.ui`` by Qt's
  ``pyside6-lupdate``;
- ``messages``: the English template of every problem code (the ``MESSAGES`` dicts);
- ``cli``: every sentence the command line prints through ``Context.t("…")``.
``update`` merges what the sources say now into the catalogues, keeping every translation whose
(context, source) still exists; new strings arrive as unfinished. ``compile`` writes the ``.qm``
files the GUI loads. The test ``tests/test_translations.py`` fails on anything unfinished, missing,
or whose placeholders differ from the source. This module does not import Qt (it runs the tools).
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from polling_station import i18n
from polling_station.paths import FORMS, ROOT, TRANSLATIONS

UI_SOURCES = ROOT / "polling_station" / "ui"
CLI_SOURCES = [ROOT / "polling_station" / "cli.py", *sorted((ROOT / "polling_station").glob("cli_*.py"))]
TRANSLATED = ("kk", "ru")
_PY_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}")
_QT_ARG = re.compile(r"%(\d+)")


def placeholders(text: str) -> tuple[list[str], list[str]]:
    """The Python-format fields and Qt %n arguments of a string, sorted, for comparison."""
    return sorted(_PY_FIELD.findall(text)), sorted(_QT_ARG.findall(text))


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    raise RuntimeError(f"{name} is not installed (it comes with PySide6-Essentials)")


def gui_messages() -> list[tuple[str, str, str | None]]:
    """(context, source, comment) of every GUI string, as lupdate extracts them."""
    files = [str(p) for p in sorted(UI_SOURCES.glob("*.py"))] + [str(p) for p in sorted(FORMS.glob("*.ui"))]
    if not files:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "gui.ts"
        subprocess.run([_tool("pyside6-lupdate"), *files, "-ts", str(ts), "-no-obsolete", "-silent"],
                       check=True, capture_output=True)
        out = []
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                out.append((name, message.findtext("source") or "", message.findtext("comment")))
        return out


def cli_messages() -> list[str]:
    """Every literal passed to ``….t("…")`` in the command-line modules."""
    out = []
    for path in CLI_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("t", "tr")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                out.append(node.args[0].value)
    return list(dict.fromkeys(out))


def source_messages() -> list[tuple[str, str, str | None]]:
    """All (context, source, comment) the catalogues must translate, in a stable order."""
    msgs = gui_messages()
    msgs += [("messages", template, code) for code, template in sorted(i18n.templates().items())]
    msgs += [("cli", s, None) for s in cli_messages()]
    msgs += [("terms", display, code) for code, display in i18n.TERMS.items()]
    seen, out = set(), []
    for ctx, src, comment in msgs:
        if (ctx, src) not in seen:
            seen.add((ctx, src))
            out.append((ctx, src, comment))
    return out


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(context, source) → (translation text, type attribute)."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            out[(ctx, message.findtext("source") or "")] = (tr.text if tr is not None else None,
                                                             tr.get("type") if tr is not None else "unfinished")
    return out


def write_ts(path: Path, lang: str, messages, existing) -> tuple[int, int]:
    root = ET.Element("TS", version="2.1", language={"kk": "kk_KZ", "ru": "ru_RU"}.get(lang, lang),
                      sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    done = todo = 0
    for ctx, src, comment in messages:
        if ctx not in contexts:
            c = ET.SubElement(root, "context")
            ET.SubElement(c, "name").text = ctx
            contexts[ctx] = c
        m = ET.SubElement(contexts[ctx], "message")
        ET.SubElement(m, "source").text = src
        if comment:
            ET.SubElement(m, "comment").text = comment
        text, kind = existing.get((ctx, src), (None, "unfinished"))
        tr = ET.SubElement(m, "translation")
        if text and kind not in ("unfinished", "obsolete", "vanished"):
            tr.text = text
            done += 1
        else:
            if text:
                tr.text = text
            tr.set("type", "unfinished")
            todo += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done, todo


def update() -> dict[str, tuple[int, int]]:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    messages = source_messages()
    report = {}
    for lang in TRANSLATED:
        path = TRANSLATIONS / f"{i18n.CATALOGUE}_{lang}.ts"
        report[lang] = write_ts(path, lang, messages, read_ts(path))
    return report


def compile_catalogues(target: Path = TRANSLATIONS) -> list[Path]:
    out = []
    for lang in TRANSLATED:
        ts = TRANSLATIONS / f"{i18n.CATALOGUE}_{lang}.ts"
        if not ts.exists():
            continue
        qm = Path(target) / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent"], check=True,
                       capture_output=True)
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        for lang, (done, todo) in update().items():
            print(f"{lang}: {done} translated, {todo} unfinished")
        return 0
    if argv[:1] == ["compile"]:
        for qm in compile_catalogues():
            print(qm)
        return 0
    print("usage: python -m polling_station.i18n_catalogue update|compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
