"""Kazakh and Russian are first-class: every string a person reads is translated, completely.

Fails on a string missing from a catalogue (run `python -m polling_station.i18n_catalogue update`),
on an unfinished or empty translation, and on a translation whose placeholders differ from the
English source.
"""
import pytest

from polling_station import i18n
from polling_station.i18n_catalogue import TRANSLATED, placeholders, read_ts, source_messages
from polling_station.paths import TRANSLATIONS


@pytest.fixture(scope="module")
def sources():
    return source_messages()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_is_in_the_catalogue(lang, sources):
    catalogue = read_ts(TRANSLATIONS / f"{i18n.CATALOGUE}_{lang}.ts")
    missing = [f"{ctx}: {src}" for ctx, src, _ in sources if (ctx, src) not in catalogue]
    assert missing == [], f"{len(missing)} strings missing from the {lang} catalogue"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_translation_is_finished(lang, sources):
    catalogue = read_ts(TRANSLATIONS / f"{i18n.CATALOGUE}_{lang}.ts")
    unfinished = [f"{ctx}: {src}" for ctx, src, _ in sources
                  if (ctx, src) in catalogue and (not (catalogue[(ctx, src)][0] or "").strip()
                                                  or catalogue[(ctx, src)][1] in ("unfinished", "obsolete", "vanished"))]
    assert unfinished == [], f"{len(unfinished)} unfinished {lang} translations"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_match_the_source(lang, sources):
    catalogue = read_ts(TRANSLATIONS / f"{i18n.CATALOGUE}_{lang}.ts")
    wrong = []
    for ctx, src, _ in sources:
        text = (catalogue.get((ctx, src)) or (None, None))[0]
        if text and placeholders(text) != placeholders(src):
            wrong.append(f"{ctx}: {src!r} → {text!r}")
    assert wrong == []


def test_a_problem_renders_in_kazakh_and_russian_with_its_terms():
    from polling_station.domain.problems import error
    p = error("auth.role", role="clerk", action="station.open", allowed="chair")
    kk, ru, en = (i18n.render(p, lang) for lang in ("kk", "ru", "en"))
    assert en == "A clerk may not do this (open the station); it needs: chair."
    for text in (kk, ru):
        assert text != en
        assert "clerk" not in text and "station.open" not in text


def test_the_command_line_follows_the_language(tmp_path):
    import os
    import subprocess
    import sys
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database " * 300)
    runs = {}
    for lang in ("en", "ru", "kk"):
        env = dict(os.environ, PS_LANG=lang)
        runs[lang] = subprocess.run([sys.executable, "-m", "polling_station", "station", "status", str(junk)],
                                    capture_output=True, text=True, env=env)
        assert runs[lang].returncode == 1
    assert runs["en"].stderr != runs["ru"].stderr != runs["kk"].stderr
    assert str(junk) in runs["ru"].stderr and str(junk) in runs["kk"].stderr
