"""How the station's codes and values read on screen: role, state and membership names, dates,
times and numbers. Display only; what they mean is decided in the domain and the services."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale


# pyside6-lupdate finds calls spelled translate("Context", "text")
translate = QCoreApplication.translate


def role_name(role: str) -> str:
    names = {
        "chair": translate("Terms", "Chair"),
        "secretary": translate("Terms", "Secretary"),
        "clerk": translate("Terms", "Clerk"),
    }
    return names.get(role, role)


def state_name(state: str) -> str:
    names = {
        "SETUP": translate("Terms", "SETUP: not open yet"),
        "OPEN": translate("Terms", "OPEN: voting"),
        "CLOSED": translate("Terms", "CLOSED"),
        "COUNTED": translate("Terms", "COUNTED"),
        "FINALIZED": translate("Terms", "FINALIZED"),
    }
    return names.get(state, state)


def membership_name(status: str) -> str:
    names = {
        "active": translate("Terms", "Active member"),
        "suspended": translate("Terms", "Membership suspended"),
    }
    return names.get(status, status)


def date(value: dt.date | None) -> str:
    # dd.MM.yyyy in every language: it is how Kazakh and Russian documents write dates, and a
    # two-digit year (some locales' short format) is ambiguous for members born 1920–2009
    return value.strftime("%d.%m.%Y") if value else "—"


def time(iso_text: str | None) -> str:
    if not iso_text:
        return "—"
    try:
        return dt.datetime.fromisoformat(iso_text).strftime("%H:%M")
    except ValueError:
        return iso_text


def number(n: int) -> str:
    return QLocale().toString(int(n))


def percent(p: float) -> str:
    return translate("Terms", "{value} %").format(value=QLocale().toString(float(p), "f", 1))
