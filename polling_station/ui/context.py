"""What every screen of one desk shares: the station, the logged-in officer, the settings and
the message channel. Passed explicitly to each controller (no global registry)."""
from __future__ import annotations

import sqlite3
from typing import Any, Callable

from PySide6.QtCore import QObject, QSettings, Signal

from polling_station.errors import Refused
from polling_station.services import roles
from polling_station.services.auth import Session
from polling_station.services.station import Station
from polling_station.ui.messages import MessageBridge

IDLE_MINUTES_KEY = "session/idle_lock_minutes"
IDLE_MINUTES_DEFAULT = 5.0
DESK_KEY = "desk/name"
RECENT_FILE_KEY = "station/recent_file"

# failures of the machine rather than of the user's input or of our code
ENVIRONMENT_ERRORS = (sqlite3.DatabaseError, OSError)


class DeskContext(QObject):
    changed = Signal()          # the station's data changed (a check-in, a void, the state …)
    session_changed = Signal()  # someone logged in, or the desk was locked

    def __init__(self, station: Station, settings: QSettings, messages: MessageBridge,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.station = station
        self.settings = settings
        self.messages = messages
        self.session: Session | None = None

    def may(self, action: str) -> bool:
        """Whether the service's role table lets the acting officer do ``action``; used only to
        grey out what would be refused anyway (the service checks again)."""
        return self.session is not None and self.session.role in roles.ACTIONS.get(action, ())

    def attempt(self, fn: Callable[..., Any], *args, **kwargs) -> tuple[bool, Any]:
        """Run a service call; a refusal or a failing disk reaches the user as a message."""
        try:
            return True, fn(*args, **kwargs)
        except Refused as exc:
            self.messages.refused(exc)
        except ENVIRONMENT_ERRORS as exc:
            self.environment_failed(exc)
        return False, None

    def environment_failed(self, exc: Exception) -> None:
        # the disk filled up or the USB stick was pulled: the transaction was rolled back
        self.messages.error(self.tr(
            "The station file could not be written ({reason}). Nothing was recorded: "
            "check the disk, then try again.").format(reason=exc))

    def log_in(self, session: Session) -> None:
        self.session = session
        self.session_changed.emit()

    def lock(self) -> None:
        self.session = None
        self.session_changed.emit()

    def idle_minutes(self) -> float:
        try:
            minutes = float(self.settings.value(IDLE_MINUTES_KEY, IDLE_MINUTES_DEFAULT))
        except (TypeError, ValueError):
            minutes = IDLE_MINUTES_DEFAULT
        # a desk holding IINs is never left unlocked: a nonsense value means the default, not "never"
        return minutes if minutes > 0 else IDLE_MINUTES_DEFAULT
