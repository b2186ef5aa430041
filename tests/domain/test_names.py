"""Names: one search key for every spelling, readable Latin renderings, Kazakh alphabetical order."""
import ast
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polling_station.domain import names
from polling_station.domain.names import (
    ALPHABETS,
    KAZAKH_ORDER,
    collation_key,
    fold,
    fold_tokens,
    full_name,
    normalize,
    person_key,
    search_variants,
    sort_people,
    transliterate,
)

# --- the search key ---------------------------------------------------------------------------

SAME_PERSON = [
    ["Құдайбергенов", "kudaibergenov", "Qudaibergenov", "Qūdaibergenov", "Kudaybergenov",
     "ҚҰДАЙБЕРГЕНОВ", "құдайбергенов", "KUDAIBERGENOV", "Qudaıbergenov"],
    ["Жұмабек", "Jumabek", "Zhumabek", "Jūmabek", "ZHUMABEK"],
    ["Асхат", "Askhat", "Asxat", "ASKHAT"],
    ["Шәріпов", "Sharipov", "Şäripov", "Shäripov", "Sháripov", "Şärıpov", "SHARIPOV"],
    ["Чингиз", "Chingiz", "Çingiz", "CHINGIZ"],
    ["Юлия", "Yuliya", "Iuliia", "Iýlııa", "İuliia"],
    ["Ғалым", "Galym", "Ğalym", "Ǵalym"],
    ["Ерасыл Нұрланұлы", "Erasyl Nurlanuly", "Erasyl  Nurlanūly"],
    ["Гауһар", "Gauhar", "Gaukhar", "Гаухар"],
    ["Щукин", "Shchukin", "Şçukin"],
    ["Ботагөз", "Botagoz", "Botagöz", "Botagóz"],
    ["Теңіз", "Teniz", "Teñız", "Teńiz"],
]


@pytest.mark.parametrize("group", SAME_PERSON, ids=lambda g: g[0])
def test_every_spelling_of_a_name_finds_the_same_member(group):
    assert {fold(spelling) for spelling in group} == {fold(group[0])}


def test_the_design_example_folds_to_a_plain_ascii_key():
    assert fold("Құдайбергенов") == "kudaibergenov"


def test_dotted_and_dotless_i_of_every_alphabet_are_one_letter():
    # Python lowercases İ to i + U+0307; the fold must not leave the dot behind.
    assert "İ".lower() == "i\u0307"
    assert {fold(c) for c in ["İ", "ı", "I", "i", "І", "і", "И", "и", "Й", "й", "Ы", "ы", "Y"]} == {"i"}
    assert fold("İlyas") == fold("ılyas") == fold("ILYAS") == fold("Ильяс")


def test_decomposed_input_folds_like_composed():
    decomposed = unicodedata.normalize("NFD", "Şäripov Йолдас")
    assert decomposed != "Şäripov Йолдас"
    assert fold(decomposed) == fold("Şäripov Йолдас") == "waripov ioldas"


def test_a_different_name_stays_different():
    assert fold("Асхат") != fold("Азат")
    assert fold("Шора") != fold("Сора")
    assert fold("Чингиз") != fold("Цингиз")


def test_punctuation_separates_words_and_spaces_collapse():
    assert fold("  Мұхамед-Қали,\tСерікұлы ") == "muxamed kali serikuli"
    assert fold_tokens("Мұхамед-Қали Серікұлы") == ["muxamed", "kali", "serikuli"]
    assert fold_tokens(" - ") == []
    assert fold("") == ""


def test_digits_are_kept_and_foreign_digits_become_ascii():
    assert fold("Ряд 12") == "riad 12"
    assert fold("٣4") == "34"


def test_other_scripts_are_kept_case_folded():
    assert fold("ΩΜΈΓΑ") == fold("ωμέγα") == "ωμεγα"
    assert fold("Straße") == "strasse"


def test_soft_and_hard_signs_are_silent():
    assert fold("Ольга") == fold("Olga") == "olga"
    assert fold("Подъячев") == "podiacev"


@settings(max_examples=3000)
@given(st.text())
def test_fold_is_idempotent_over_all_text(s):
    key = fold(s)
    assert fold(key) == key


def test_fold_is_idempotent_for_every_code_point():
    offenders = []
    for code in range(sys.maxunicode + 1):
        key = fold(chr(code))
        if fold(key) != key:
            offenders.append(hex(code))
    assert offenders == []


NAME_LETTERS = (KAZAKH_ORDER + KAZAKH_ORDER.upper() + "abcdefghijklmnopqrstuvwxyz"
                + "ÄĞÑÖŪÜŞİıÇÁÓÚǴŃÝäğñöūüşçáóúǵńý")


@given(st.text(alphabet=NAME_LETTERS + " -'", max_size=40))
def test_keys_of_names_in_any_script_are_ascii_without_ambiguous_letters(s):
    key = fold(s)
    assert key.isascii()
    assert not set(key) & set("hyqHYQ")
    assert key == key.lower()


# --- Latin renderings -------------------------------------------------------------------------

@pytest.mark.parametrize("cyrillic, latin2021, latin2018, passport", [
    ("Құдайбергенов Әлібек Серікұлы", "Qūdaibergenov Älıbek Serıkūly",
     "Qudaıbergenov Álibek Serikuly", "Kudaibergenov Alibek Serikuly"),
    ("Шәріпов", "Şärıpov", "Sháripov", "Sharipov"),
    ("Жұмабек", "Jūmabek", "Jumabek", "Zhumabek"),
    ("Асхат", "Ashat", "Ashat", "Askhat"),
    ("Чингиз", "Çingiz", "Chıngız", "Chingiz"),
    ("Юлия", "İuliia", "Iýlııa", "Yuliya"),
    ("Гауһар Ыбырайқызы", "Gauhar Ybyraiqyzy", "Gaýhar Ybyraıqyzy", "Gauhar Ybyraikyzy"),
    ("Іргебаев", "Irgebaev", "Irgebaev", "Irgebaev"),
    ("Ботагөз Теңізбай", "Botagöz Teñızbai", "Botagóz Teńizbaı", "Botagoz Tenizbai"),
])
def test_names_render_in_each_latin_alphabet(cyrillic, latin2021, latin2018, passport):
    assert transliterate(cyrillic, "latin2021") == latin2021
    assert transliterate(cyrillic, "latin2018") == latin2018
    assert transliterate(cyrillic, "passport") == passport


def test_capitals_follow_the_word():
    assert transliterate("ШӘРІПОВ Шора", "passport") == "SHARIPOV Shora"
    assert transliterate("ЖҰМАБЕК", "latin2018") == "JUMABEK"
    assert transliterate("ИСА Иса", "latin2021") == "İSA İsa"
    assert transliterate("ІЛИЯС", "latin2021") == "ILİİAS"
    assert transliterate("Ш. Ж.", "passport") == "Sh. Zh."  # initials


def test_text_that_is_not_cyrillic_passes_through():
    assert transliterate("Smith-Құдайбергенов, 2", "passport") == "Smith-Kudaibergenov, 2"
    assert transliterate("Ωμέγα", "latin2021") == "Ωμέγα"


def test_an_unknown_alphabet_is_refused():
    with pytest.raises(ValueError, match="latin2021"):
        transliterate("Асхат", "latin1929")


# A Cyrillic с, з, к, ц (or қ in passport spelling) before х/һ renders as a Latin letter plus "h",
# which any reader — and fold — takes for the digraphs sh, zh, kh, tsh: "Асхат" in the 2021
# alphabet is "Ashat", the same letters as "Ашат". No key can tell them apart, so the round-trip
# property is drawn from names without those pairs (ъ/ь are silent, so they do not separate them).
_DIGRAPH_TRAPS = {
    "latin2021": re.compile("[сзкц][хһ]"),
    "latin2018": re.compile("[сзкц][хһ]"),
    "passport": re.compile("[сзкқц]һ"),
}
KAZAKH_RUSSIAN = KAZAKH_ORDER + KAZAKH_ORDER.upper()
cyrillic_names = st.text(alphabet=KAZAKH_RUSSIAN + " -", min_size=1, max_size=30)


@settings(max_examples=600)
@given(cyrillic_names, st.sampled_from(ALPHABETS))
def test_a_rendered_name_is_found_by_its_cyrillic_key(name, alphabet):
    silent = re.sub("[ъь]", "", name.lower())
    if _DIGRAPH_TRAPS[alphabet].search(silent):
        name = name.replace("х", "ф").replace("Х", "Ф").replace("һ", "ф").replace("Һ", "Ф")
    assert fold(transliterate(name, alphabet)) == fold(name)


def test_the_digraph_trap_is_real():
    # Why the property above needs its restriction, kept honest: remove it and this fails.
    assert fold(transliterate("Асхат", "latin2021")) == fold("Ашат")
    assert fold(transliterate("Асхат", "passport")) == fold("Асхат")


# --- Kazakh alphabetical order ----------------------------------------------------------------

def test_candidates_sort_in_kazakh_alphabetical_order():
    shuffled = ["Іргебаев", "Ыбырай", "Әбілов", "Абаев", "Бәкір", "Ғалым", "Үсенов", "Ұлан", "Шора", "Һашим"]
    assert sorted(shuffled, key=collation_key) == [
        "Абаев", "Әбілов", "Бәкір", "Ғалым", "Ұлан", "Үсенов", "Һашим", "Шора", "Ыбырай", "Іргебаев"]


def test_every_letter_of_the_alphabet_sorts_in_its_place():
    letters = list(KAZAKH_ORDER)
    assert sorted(reversed(letters), key=collation_key) == letters
    assert sorted(reversed(KAZAKH_ORDER.upper()), key=collation_key) == list(KAZAKH_ORDER.upper())


def test_case_does_not_decide_the_order_but_breaks_ties():
    assert sorted(["Әбілов", "абаев", "Абаев", "АБАЕВ"], key=collation_key) == [
        "АБАЕВ", "Абаев", "абаев", "Әбілов"]


def test_digits_then_cyrillic_then_latin_then_other_scripts():
    assert sorted(["Ωmega", "Zhumabek", "Абаев", "Яна", "12 участок", "Abaev"], key=collation_key) == [
        "12 участок", "Абаев", "Яна", "Abaev", "Zhumabek", "Ωmega"]


def test_a_shorter_name_sorts_before_its_longer_extensions():
    assert sorted(["Абаева", "Абаев Б", "Абаев"], key=collation_key) == ["Абаев", "Абаев Б", "Абаева"]


def test_latin_accents_sort_with_their_letter():
    assert sorted(["Bakir", "Äbilov", "Abaev"], key=collation_key) == ["Abaev", "Äbilov", "Bakir"]
    assert sorted(["Äbil", "Abil"], key=collation_key) == ["Abil", "Äbil"]


@given(st.lists(st.text(), unique=True, max_size=12), st.randoms())
def test_the_order_is_total_and_does_not_depend_on_the_input_order(strings, rnd):
    once = sorted(strings, key=collation_key)
    shuffled = list(strings)
    rnd.shuffle(shuffled)
    assert sorted(shuffled, key=collation_key) == once
    assert len({collation_key(s) for s in strings}) == len(strings)


def test_people_sort_by_surname_then_given_name_then_patronymic():
    people = [
        ("Абаев", "Асхат", "Серікұлы"),
        ("абаев", "Азат", None),
        ("Абаев", "Асхат", "Бекұлы"),
        ("Әбілов", "Арман", ""),
    ]
    assert sorted(people, key=lambda p: person_key(*p)) == [
        ("абаев", "Азат", None),
        ("Абаев", "Асхат", "Бекұлы"),
        ("Абаев", "Асхат", "Серікұлы"),
        ("Әбілов", "Арман", ""),
    ]
    assert collation_key(None) == collation_key("")
    records = [{"s": s, "g": g, "p": p} for s, g, p in people]
    assert [r["g"] for r in sort_people(records, key=lambda r: (r["s"], r["g"], r["p"]))] == [
        "Азат", "Асхат", "Асхат", "Арман"]


# --- display form -----------------------------------------------------------------------------

def test_normalize_trims_collapses_and_composes():
    assert normalize("  Құдайбергенов \t Әлібек\u00a0 ") == "Құдайбергенов Әлібек"
    assert normalize(unicodedata.normalize("NFD", "Йолдас")) == "Йолдас"


def test_full_name_leaves_out_a_missing_patronymic():
    assert full_name("Құдайбергенов", " Әлібек", "Серікұлы") == "Құдайбергенов Әлібек Серікұлы"
    assert full_name("Smith", "John", None) == "Smith John"
    assert full_name("Smith", "John", "  ") == "Smith John"


# --- purity -----------------------------------------------------------------------------------

def test_the_names_module_imports_only_the_standard_library():
    tree = ast.parse(Path(names.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported and imported <= set(sys.stdlib_module_names) | {"__future__"}


# --- what a typed word may stand for ----------------------------------------------------------

@given(st.text())
def test_the_first_reading_of_every_word_is_folds_reading(text):
    variants = search_variants(text)
    assert [v[0] for v in variants] == fold_tokens(text)
    assert all(1 <= len(v) <= 8 and len(set(v)) == len(v) for v in variants)


@pytest.mark.parametrize("typed, name", [
    ("Ashat", "Асхат"),          # 2018/2021 Latin: h is х, so sh is с+х
    ("Askhat", "Асхат"),         # passport: kh is х
    ("Tohtar", "Тохтар"), ("Tokhtar", "Тохтар"),
    ("Shynar", "Шынар"), ("Şynar", "Шынар"),
])
def test_ambiguous_latin_spellings_reach_the_cyrillic_name(typed, name):
    assert fold(name) in search_variants(typed)[0]


@pytest.mark.parametrize("typed, name", [
    ("As", "Асхат"), ("Ask", "Асхат"), ("Erz", "Ержан"), ("Z", "Жұмабеков"), ("S", "Шынар"),
    ("Aiz", "Айжан"), ("Tokh", "Тохтар"),
])
def test_a_latin_word_cut_inside_a_digraph_still_reaches_the_name(typed, name):
    assert any(fold(name).startswith(v) for v in search_variants(typed)[0])


@pytest.mark.parametrize("typed, name", [
    ("Yelena", "Елена"), ("Yerlan", "Ерлан"), ("Yerzhan", "Ержан"), ("Maria", "Мария"), ("Mariya", "Мария"),
    ("Ilyas", "Ілияс"), ("Ilyas", "Ильяс"), ("Iliyas", "Ильяс"), ("Yulia", "Юлия"), ("Ильяс", "Ілияс"),
])
def test_passport_and_russian_spellings_of_iotated_vowels_reach_the_name(typed, name):
    assert fold(name) in search_variants(typed)[0]


def test_cyrillic_typing_adds_no_guesses():
    assert search_variants("Асқар Ержан") == [[fold("Асқар")], [fold("Ержан")]]
