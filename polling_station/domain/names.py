"""Members' and candidates' names: display form, search key, Latin renderings, Kazakh order.

Rolls arrive in Kazakh or Russian Cyrillic, officers type in whatever keyboard they have, and
documents spell the same person as Құдайбергенов, Qūdaibergenov (2021 Latin), Qudaıbergenov
(2018 Latin) or KUDAIBERGENOV (passport). SQLite only folds ASCII, so the project stores
``fold(name)`` next to each name and searches that (DESIGN.md "Names and order").

Pure functions over ``str``; nothing here touches files, the database or Qt.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

__all__ = [
    "ALPHABETS",
    "KAZAKH_ORDER",
    "collation_key",
    "fold",
    "fold_tokens",
    "search_variants",
    "full_name",
    "normalize",
    "person_key",
    "sort_people",
    "transliterate",
]

# The 42 letters of the Kazakh Cyrillic alphabet in dictionary order (it contains all of Russian).
KAZAKH_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"

ALPHABETS = ("latin2021", "latin2018", "passport")


# --------------------------------------------------------------------------------------------
# Display form
# --------------------------------------------------------------------------------------------

def normalize(s: str) -> str:
    """The stored and displayed form: NFC, trimmed, inner whitespace collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", s).split())


def full_name(surname: str, given_name: str, patronymic: str | None = None) -> str:
    """«Surname Given Patronymic», as rolls and protocols write it; a missing patronymic is left out."""
    parts = (normalize(p) for p in (surname, given_name, patronymic or ""))
    return " ".join(p for p in parts if p)


# --------------------------------------------------------------------------------------------
# Search key
# --------------------------------------------------------------------------------------------
# The key is a lowercase ASCII "skeleton" in which every spelling of a Kazakh sound collapses to
# one letter: ш/sh/ş → w, ч/ch/ç → c, ж/zh/j → j, х/һ/kh/h → x, қ/q → k, ы/й/і/y/ı/İ → i, …
# The skeleton never contains "h", "y" or "q", the only letters whose meaning depends on their
# neighbours, so folding a key again changes nothing (fold is idempotent).

_CYRILLIC_SKELETON = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "x", "һ": "x", "ц": "ts", "ч": "c", "ш": "w",
    # Every romanization writes щ as ш+ч (shch, şç), so its key is w+c, not w.
    "щ": "wc",
    "ъ": "", "ы": "i", "і": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Ukrainian letters without a canonical decomposition that turn up in Russian-language rolls.
    "є": "e", "ґ": "g",
}

# Latin letters whose diacritic changes the sound, so they cannot simply lose their mark.
_LATIN_SPECIAL = {
    "ş": "w", "ș": "w",   # 2021 Ş (and the comma-below look-alike keyboards produce) = ш
    "ç": "ch",            # 2021 Ç = ч; "ch", not "c", so that Çh reads as Chh (ч + х)
    "ý": "u",             # 2018 Ý = у
    "ı": "i",             # 2021 І = ı
    "ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe",  # no decomposition in Unicode
}


def _ascii_fold(ch: str) -> str:
    if ch.isalpha():
        low = ch.lower()
        # y never starts or ends a digraph, so it can become i at once; "h" and "q" must wait
        # for the digraph pass ("qh" is қх, not қ+kh).
        return "i" if low == "y" else low
    return ch if ch.isdigit() else " "


def _eager_fold_table() -> dict[int, str]:
    table = {i: _ascii_fold(chr(i)) for i in range(128)}
    for cyr, key in _CYRILLIC_SKELETON.items():
        table[ord(cyr)] = key
        table[ord(cyr.upper())] = key
    for lat, key in _LATIN_SPECIAL.items():
        table[ord(lat)] = table[ord(lat.upper())] = key
    # "İ".lower() is i + U+0307 (two characters); map the capital itself.
    table[ord("İ")] = "i"
    return table


_EAGER_FOLD = _eager_fold_table()
_APOSTROPHES = frozenset("ʼʻʹʽ")  # modifier letters used as apostrophes: separators, not letters
_CACHE_LIMIT = 1 << 16            # a hostile roll file must not grow the cache without bound


def _stable_base(ch: str) -> str:
    """casefold + NFKD + drop marks, repeated until nothing changes (once or twice in practice).

    One round is not always enough for exotic characters (a compatibility decomposition can
    yield a capital, a casefold can yield a decomposable letter); the fixed point is what makes
    fold idempotent over all of Unicode.
    """
    s = ch
    for _ in range(16):
        t = "".join(c for c in unicodedata.normalize("NFKD", s.casefold())
                    if not unicodedata.category(c).startswith("M"))
        if t == s:
            break
        s = t
    return s


def _classify(c: str) -> str:
    key = _EAGER_FOLD.get(ord(c))
    if key is not None:
        return key
    if c in _APOSTROPHES:
        return " "
    cat = unicodedata.category(c)
    if cat == "Nd":
        return str(unicodedata.decimal(c))
    if cat[0] in "LN":
        return c  # another script's letter or number: kept, already stable
    return " "


class _FoldTable(dict):
    """str.translate table: the eager part is built at import, the rest on first sight."""

    def __missing__(self, code: int) -> str:
        key = "".join(_classify(c) for c in _stable_base(chr(code)))
        if len(self) < _CACHE_LIMIT:
            self[code] = key
        return key


_FOLD = _FoldTable(_EAGER_FOLD)


def fold(s: str) -> str:
    """The search key of a name in any script: lowercase ASCII skeleton tokens, one space apart.

    "Құдайбергенов", "ҚҰДАЙБЕРГЕНОВ", "Qūdaibergenov", "Kudaybergenov" all give "kudaibergenov".
    """
    # NFC first so that a decomposed ş or й (s + U+0327, и + U+0306) meets its table entry.
    s = unicodedata.normalize("NFC", s).translate(_FOLD)
    if "h" in s:
        # Digraphs end in h and never start with it, so they cannot overlap: order is irrelevant.
        s = (s.replace("sh", "w").replace("ch", "c").replace("zh", "j").replace("kh", "x")
             .replace("h", "x"))
    if "q" in s:
        s = s.replace("q", "k")
    return " ".join(s.split())


def fold_tokens(s: str) -> list[str]:
    """The words of fold(s), for token-prefix search."""
    return fold(s).split()


# A Latin s, z or k before h is a digraph in passport spelling (sh = ш, zh = ж, kh = х) but two
# letters in the 2018 and 2021 alphabets, where h is х (Ashat = Асхат, Tokhtar = Тохтар).
_AMBIGUOUS_DIGRAPHS = {"s": "w", "z": "j", "k": "x"}
_VARIANT_LIMIT = 8
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def search_variants(s: str) -> list[list[str]]:
    """For each word typed, the search keys it may stand for; ``fold``'s reading comes first.

    Two readings are added where Latin spelling is ambiguous: ``sh``, ``zh``, ``kh`` may be one
    letter (passport: Shynar = Шынар) or two (2021 Latin: Ashat = Асхат); and a word still being
    typed in Latin letters may stop inside a digraph (``Ask|hat``, ``Erz|han``), so a final s, z
    or k may also be the start of ш, ж, х. At most eight keys per word.
    """
    text = unicodedata.normalize("NFC", s)
    typing_latin = not _CYRILLIC.search(text)
    words = []
    for raw in text.translate(_FOLD).split():  # h and q are still as typed here
        readings = [""]
        i = 0
        while i < len(raw):
            c, after = raw[i], raw[i + 1:i + 2]
            if after == "h" and c in _AMBIGUOUS_DIGRAPHS:
                options, i = (_AMBIGUOUS_DIGRAPHS[c], c + "x"), i + 2
            elif after == "h" and c == "c":
                options, i = ("c",), i + 2
            elif c in "hq":
                options, i = ("x" if c == "h" else "k",), i + 1
            elif typing_latin and i == len(raw) - 1 and c in _AMBIGUOUS_DIGRAPHS:
                options, i = (c, _AMBIGUOUS_DIGRAPHS[c]), i + 1
            else:
                options, i = (c,), i + 1
            readings = [r + o for r in readings for o in options][:_VARIANT_LIMIT]
        words.append(list(dict.fromkeys(_vowel_spellings(readings, typing_latin)))[:_VARIANT_LIMIT])
    return words


_SINGLE_IOTATED = re.compile(r"(?<=[^i])i([au])")  # Maria, Ilyas: я/ю after a consonant written a, ya
_DOUBLE_IOTATED = re.compile(r"(?<=[^i])ii([au])")  # Mariya, Iliyas: ия/ию written iya, iyu


def _vowel_spellings(readings: list[str], typing_latin: bool) -> list[str]:
    """Spellings of е, ё, я, ю that differ between the roll and what is typed: passports write a
    word-initial Е as Ye (Yelena, Yerlan), Ё as Yo; Мария is Maria or Mariya, Ильяс and Ілияс are
    both Ilyas or Iliyas. The key of each reading with the other spelling follows it."""
    out = []
    for r in readings:
        out.append(r)
        if typing_latin and len(r) > 2 and r[:2] in ("ie", "io"):
            out.append("e" + r[2:])
    for r in list(out):
        for other in (_SINGLE_IOTATED.sub(r"ii\1", r), _DOUBLE_IOTATED.sub(r"i\1", r)):
            if other != r:
                out.append(other)
    return out


# --------------------------------------------------------------------------------------------
# Latin renderings
# --------------------------------------------------------------------------------------------
# Only Kazakh/Russian Cyrillic letters change; anything else passes through as written.
# Ё is written E in every alphabet (as ICAO passports do) and Ъ/Ь are dropped, so that the search
# key of the rendering is the search key of the original.

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "з": "z", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f",
    "ц": "ts", "ъ": "", "ь": "", "э": "e",
}

_TRANSLIT: dict[str, dict[str, str]] = {
    # The April 2021 draft: İ/i for И and Й, I/ı for І; Ч as Ç (converters disagree; Ç is the
    # one that keeps Ч apart from Ц).
    "latin2021": {
        **_COMMON,
        "ә": "ä", "ғ": "ğ", "ж": "j", "и": "i", "й": "i", "қ": "q", "ң": "ñ", "ө": "ö",
        "у": "u", "ұ": "ū", "ү": "ü", "х": "h", "һ": "h", "ч": "ç", "ш": "ş", "щ": "şç",
        "ы": "y", "і": "ı", "ю": "iu", "я": "ia",
    },
    # The February 2018 decree: acute accents, digraphs Sh and Ch, Ý for У, ı for И and Й.
    "latin2018": {
        **_COMMON,
        "ә": "á", "ғ": "ǵ", "ж": "j", "и": "ı", "й": "ı", "қ": "q", "ң": "ń", "ө": "ó",
        "у": "ý", "ұ": "u", "ү": "ú", "х": "h", "һ": "h", "ч": "ch", "ш": "sh", "щ": "shch",
        "ы": "y", "і": "i", "ю": "ıý", "я": "ıa",
    },
    # Passport practice: no diacritics, Zh Kh Sh Ch, Y for Ы; Й as I (Kairat, Aidos).
    "passport": {
        **_COMMON,
        "ә": "a", "ғ": "g", "ж": "zh", "и": "i", "й": "i", "қ": "k", "ң": "n", "ө": "o",
        "у": "u", "ұ": "u", "ү": "u", "х": "kh", "һ": "h", "ч": "ch", "ш": "sh", "щ": "shch",
        "ы": "y", "і": "i", "ю": "yu", "я": "ya",
    },
}

_WORD = re.compile(r"[^\W\d_]+")


def _upper(text: str, alphabet: str) -> str:
    # In the 2021 alphabet the capital of i is İ (and of ı is I), as in Turkish.
    if alphabet == "latin2021":
        text = text.replace("i", "İ")
    return text.upper()


def transliterate(s: str, alphabet: str) -> str:
    """A Latin rendering of a Kazakh or Russian name: "Шәріпов" → "Şärıpov" / "Sháripov" / "Sharipov".

    Capitals follow the word: a capitalised word gets a capitalised rendering ("Шора" → "Shora"),
    an all-capitals word stays all capitals ("ШОРА" → "SHORA").
    """
    try:
        table = _TRANSLIT[alphabet]
    except KeyError:
        raise ValueError(f"unknown alphabet {alphabet!r}; expected one of {ALPHABETS}") from None

    def word(m: re.Match[str]) -> str:
        w = m.group()
        all_caps = len(w) > 1 and w.isupper()
        out = []
        for c in w:
            low = c.lower()
            latin = table.get(low)
            if latin is None:
                out.append(c)
            elif c == low or not latin:
                out.append(latin)
            elif all_caps:
                out.append(_upper(latin, alphabet))
            else:
                out.append(_upper(latin[0], alphabet) + latin[1:])
        return "".join(out)

    return _WORD.sub(word, unicodedata.normalize("NFC", s))


# --------------------------------------------------------------------------------------------
# Kazakh alphabetical order
# --------------------------------------------------------------------------------------------
# The primary key is a string of "weight" characters compared code point by code point:
# separators < digits < Cyrillic in Kazakh order < Latin a–z < every other script (which keeps its
# own code points, all above the weights). Case and Latin diacritics only break ties.

_W_SEPARATOR = "\x01"
_W_DIGIT0 = 0x10
_W_CYRILLIC0 = 0x20
_W_LATIN0 = _W_CYRILLIC0 + len(KAZAKH_ORDER)  # 0x4A: Latin a–z end at 0x63, below U+0100


def _eager_collation_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for i, c in enumerate(KAZAKH_ORDER):
        table[ord(c)] = table[ord(c.upper())] = chr(_W_CYRILLIC0 + i)
    for i, c in enumerate("abcdefghijklmnopqrstuvwxyz"):
        table[ord(c)] = table[ord(c.upper())] = chr(_W_LATIN0 + i)
    for d in range(10):
        table[ord("0") + d] = chr(_W_DIGIT0 + d)
    return table


_EAGER_COLLATION = _eager_collation_table()


def _collation_weight(c: str) -> str:
    w = _EAGER_COLLATION.get(ord(c))
    if w is not None:
        return w
    cat = unicodedata.category(c)
    if cat == "Nd":
        return chr(_W_DIGIT0 + unicodedata.decimal(c))
    if cat[0] in "LN":
        return c
    return _W_SEPARATOR


class _CollationTable(dict):
    def __missing__(self, code: int) -> str:
        # ä, ǵ, ї sort with their base letter (ä = a at the first level); ß, ﬁ expand.
        weight = "".join(_collation_weight(c) for c in _stable_base(chr(code)))
        if len(self) < _CACHE_LIMIT:
            self[code] = weight
        return weight


# ASCII letters and digits all have weights, so a letter that weighs itself is at least U+00AA,
# above every weight: other scripts sort after Latin.
_COLLATION = _CollationTable(_EAGER_COLLATION)


def collation_key(s: str | None) -> tuple[str, str, str]:
    """Sort key for Kazakh alphabetical order, case-insensitive first, total and deterministic.

    sorted(["Шора", "Абаев", "Әбілов"], key=collation_key) == ["Абаев", "Әбілов", "Шора"].
    """
    s = s or ""  # a missing patronymic sorts like an empty one
    n = unicodedata.normalize("NFC", s)
    # The untouched original comes last, so that even canonically equal spellings get an order.
    return (n.translate(_COLLATION), n.casefold(), s)


def person_key(surname: str, given_name: str, patronymic: str | None = None) -> tuple:
    """Sort key for people: surname, then given name, then patronymic, at each level of strength.

    All three primary keys are compared before any case or accent difference, so "абаев Азат"
    still sorts before "Абаев Асхат".
    """
    keys = [collation_key(p) for p in (surname, given_name, patronymic)]
    return tuple(tuple(k[level] for k in keys) for level in range(3))


_T = TypeVar("_T")


def sort_people(items: Iterable[_T], key: Callable[[_T], tuple[str, str, str | None]]) -> list[_T]:
    """Items sorted in Kazakh order; ``key(item)`` returns (surname, given_name, patronymic)."""
    return sorted(items, key=lambda item: person_key(*key(item)))
