"""Lock the desk when nobody has touched it for a while (QSettings ``session/idle_lock_minutes``).

Any key, click or wheel anywhere in the application counts as activity; a barcode scan is keys.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                       QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class IdleLock(QObject):
    def __init__(self, minutes: Callable[[], float], on_idle: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.minutes = minutes
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # a coarse timer may fire 5 % late or early: 15 s either way on a 5-minute lock
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(on_idle)

    def start(self) -> None:
        # read each time: a changed setting applies from the next login
        self.timer.setInterval(max(1, round(self.minutes() * 60_000)))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.timer.isActive() and event.type() in _ACTIVITY:
            self.timer.start()
        return False
