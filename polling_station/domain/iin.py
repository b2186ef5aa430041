"""Kazakhstan's individual identification number (ИИН / ЖСН).

12 digits: YYMMDD, a century-and-sex digit (1–6; 0, 7, 8 and 9 are never issued), a 4-digit
serial, a check digit computed in two passes (weights 1..11, then 3..11,1,2; a second 10 means
the number was never issued).
Since Government Decree No. 853 (2013) the first seven digits need not encode the birth date
and sex, so a disagreement with the roll is a warning, never a rejection.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from polling_station.domain.problems import Problem, error, warning

MESSAGES = {
    "iin.empty": "The IIN is missing.",
    "iin.not_digits": "The IIN «{iin}» must be 12 digits.",
    "iin.length": "The IIN «{iin}» has {length} digits; it must have 12.",
    "iin.never_issued": "The IIN «{iin}» cannot exist: its check digit computes to 10 twice.",
    "iin.check_digit": "The IIN «{iin}» has a wrong check digit ({found}; expected {expected}).",
    "iin.century_digit": "The IIN «{iin}» cannot exist: its 7th digit (century and sex) is {digit}; "
                         "only 1 to 6 are issued.",
    "iin.birth_date_differs": "The IIN «{iin}» encodes the birth date {encoded}, the roll says {given}.",
    "iin.sex_differs": "The IIN «{iin}» encodes sex {encoded}, the roll says {given}.",
}

_CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}


def check_digit(first11: str) -> int | None:
    """The check digit for 11 digits, or None when the number can never be issued."""
    # unrolled: this runs for every row of a 1,000,000-member roll
    a, b, c, d, e, f, g, h, i, j, k = first11.encode("ascii")
    s1 = a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k - 48 * 66
    r = s1 % 11
    if r == 10:
        r = (3 * a + 4 * b + 5 * c + 6 * d + 7 * e + 8 * f + 9 * g + 10 * h + 11 * i + j + 2 * k - 48 * 66) % 11
        if r == 10:
            return None
    return r


def problems(iin: str) -> list[Problem]:
    """Errors of the number itself (format and check digit); empty when valid."""
    if not iin:
        return [error("iin.empty")]
    if not iin.isascii() or not iin.isdigit():
        return [error("iin.not_digits", iin=iin)]
    if len(iin) != 12:
        return [error("iin.length", iin=iin, length=len(iin))]
    expected = check_digit(iin[:11])
    if expected is None:
        return [error("iin.never_issued", iin=iin)]
    if expected != ord(iin[11]) - 48:
        return [error("iin.check_digit", iin=iin, found=iin[11], expected=expected)]
    # after the check digit: a mistyped digit reads as a typing error first
    if iin[6] not in _CENTURY:
        return [error("iin.century_digit", iin=iin, digit=iin[6])]
    return []


def is_valid(iin: str) -> bool:
    return not problems(iin)


def with_check_digit(first11: str) -> str | None:
    """Complete 11 digits into a valid IIN, or None if no valid IIN starts with them (no check
    digit exists, or the century-and-sex digit is never issued)."""
    if first11[6:7] not in _CENTURY:
        return None
    d = check_digit(first11)
    return None if d is None else first11 + str(d)


def restore_leading_zeros(raw: str) -> str:
    """A spreadsheet that stored the IIN as a number lost its leading zeros (born 2000–2009):
    pad back to 12 digits, but only when the padded number then validates."""
    if raw.isdigit() and len(raw) < 12:
        padded = raw.zfill(12)
        if is_valid(padded):
            return padded
    return raw


@dataclass(frozen=True)
class Encoded:
    """What the first seven digits say, when they follow the pre-2013 scheme."""

    birth_date: dt.date | None
    sex: str | None  # "M" or "F"


def decode(iin: str) -> Encoded:
    """Birth date and sex encoded in a valid IIN (None for either when they do not decode)."""
    century = _CENTURY.get(iin[6]) if len(iin) >= 7 else None
    sex = None
    if century is not None:
        sex = "M" if int(iin[6]) % 2 == 1 else "F"
    birth = None
    if century is not None:
        try:
            birth = dt.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
        except ValueError:
            birth = None
    return Encoded(birth, sex)


def agreement_warnings(iin: str, birth_date: dt.date | None, sex: str | None) -> list[Problem]:
    """Warnings when the roll's birth date or sex disagree with the IIN (allowed since 2013)."""
    enc = decode(iin)
    out = []
    if birth_date is not None and enc.birth_date is not None and birth_date != enc.birth_date:
        out.append(warning("iin.birth_date_differs", iin=iin, encoded=enc.birth_date.isoformat(),
                           given=birth_date.isoformat()))
    if sex is not None and enc.sex is not None and sex != enc.sex:
        out.append(warning("iin.sex_differs", iin=iin, encoded=enc.sex, given=sex))
    return out
