"""The one channel through which errors, warnings and notices reach the person at the desk.

After qutebrowser's ``message.py``: controllers never pop up their own boxes; they report here
and whichever surface is in front (the login screen, the main window's banner, an open dialog)
shows the message. Typed problems from the services are rendered in the user's language here,
so the rest of the UI never handles a problem's English template.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from PySide6.QtCore import QObject, Signal

from polling_station import i18n
from polling_station.domain.problems import Problem
from polling_station.errors import Refused

INFO, WARNING, ERROR = "info", "warning", "error"


@dataclass(frozen=True)
class Message:
    level: str
    text: str
    codes: tuple[str, ...] = ()


class MessageBridge(QObject):
    shown = Signal(object)  # Message
    cleared = Signal()

    def __init__(self, lang: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.lang = lang
        self.last: Message | None = None

    def render(self, problem: Problem) -> str:
        return i18n.render(problem, self.lang)

    def show(self, message: Message) -> None:
        self.last = message
        self.shown.emit(message)

    def info(self, text: str) -> None:
        self.show(Message(INFO, text))

    def warning(self, text: str) -> None:
        self.show(Message(WARNING, text))

    def error(self, text: str) -> None:
        self.show(Message(ERROR, text))

    def problems(self, problems: Iterable[Problem]) -> None:
        problems = list(problems)
        if not problems:
            return
        level = ERROR if any(p.is_error for p in problems) else WARNING
        # each problem is a whole sentence; several are shown one per line, never spliced together
        self.show(Message(level, "\n".join(self.render(p) for p in problems), tuple(p.code for p in problems)))

    def refused(self, exc: Refused) -> None:
        self.problems(exc.problems)

    def clear(self) -> None:
        self.last = None
        self.cleared.emit()
