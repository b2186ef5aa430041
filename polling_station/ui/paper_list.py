"""The paper fallback at the desk: the printable roll with check-in marks, written to the backup
folder every N minutes (QSettings ``paper_list/every_minutes``, default 30) while the station is
open and someone is logged in, and on demand from the station tab. Each timed write also backs up
the station file to the same folder.

The database is read on the GUI thread (a fraction of a second); drawing and writing the PDF,
2–3 s at 3,000 members, run on a worker thread so a clerk's scans are never held up.
Results reach the person at the desk through the one message channel.

For the main window: ``self.paper_list = paper_list.install(self)`` in
``MainWindowController.__init__``, after the station tab exists.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from polling_station.errors import Refused
from polling_station.services.paper_list import PaperListJob
from polling_station.ui import forms, style
from polling_station.ui.context import DeskContext
from polling_station.ui.messages import ERROR, WARNING
from polling_station.ui.text import translate

EVERY_MINUTES_KEY = "paper_list/every_minutes"
EVERY_MINUTES_DEFAULT = 30.0

# the size style.py gives the group's other buttons by name
_BUTTON_QSS = "QPushButton { font-size: 15pt; padding: 12px 16px; }"
_STATUS_QSS = ('QLabel[tone="ok"] { color: #14532D; } '
               'QLabel[tone="refused"] { color: #8E1B1B; font-weight: bold; }')


class _Relay(QObject):
    # emitted on the worker thread; Qt queues it to the scheduler on the GUI thread
    done = Signal(object, object, bool)  # job, Path or the exception, periodic


class PaperListScheduler(QObject):
    written = Signal(object)   # Path
    failed = Signal(object)    # the Refused or the unexpected exception
    finished = Signal()        # after either: the desk may write again

    def __init__(self, ctx: DeskContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.last_path: Path | None = None
        self.last_generated_at = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._state = ctx.station.state
        ctx.changed.connect(self._station_changed)

    def every_minutes(self) -> float:
        try:
            minutes = float(self.ctx.settings.value(EVERY_MINUTES_KEY, EVERY_MINUTES_DEFAULT))
        except (TypeError, ValueError):
            minutes = EVERY_MINUTES_DEFAULT
        # a nonsense value must not switch the fallback off, nor rewrite the stick every second
        return max(1.0, minutes) if minutes > 0 else EVERY_MINUTES_DEFAULT

    def start(self) -> None:
        self.timer.start(round(self.every_minutes() * 60_000))

    def stop(self) -> None:
        self.timer.stop()

    def due(self) -> bool:
        return self.ctx.session is not None and self.ctx.station.state == "OPEN"

    @Slot()
    def tick(self) -> bool:
        """The timer's slot: writes the list when it is due; returns whether a write started."""
        # read each time: a changed setting applies from the next tick
        self.timer.setInterval(round(self.every_minutes() * 60_000))
        if not self.due():
            return False
        self._timed_backup()
        return self._write(periodic=True)

    def _timed_backup(self) -> None:
        """With the list, a checked copy of the station file goes to the stick: what was recorded
        since the last change of state is never only on this computer for longer than N minutes.
        Without a folder the paper list's own refusal says what to do."""
        station = self.ctx.station
        if station.backup_folder() is not None:
            self.ctx.attempt(station.backup_now)

    @Slot()
    def write_now(self) -> bool:
        """On demand (the button): in any state, for whoever is logged in."""
        return self._write(periodic=False)

    def _station_changed(self) -> None:
        state = self.ctx.station.state
        if state == "OPEN" and self._state != "OPEN":
            # the first list of the day exists from the moment voting starts
            self.tick()
        self._state = state

    def _write(self, periodic: bool) -> bool:
        if self.busy:
            if not periodic:
                self.ctx.messages.info(translate("PaperList", "The paper list is being written; it will be "
                                                              "ready in a moment."))
            return False
        ok, job = self.ctx.attempt(self.ctx.station.prepare_paper_list, self.ctx.session)
        if not ok:
            self.failed.emit(None)
            self.finished.emit()
            return False
        self.busy = True
        threading.Thread(target=self._run, args=(job, periodic), name="paper-list", daemon=False).start()
        return True

    def _run(self, job: PaperListJob, periodic: bool) -> None:
        try:
            result = job.write()
        except Exception as exc:  # noqa: BLE001 — handed to the GUI thread, which reports it
            result = exc
        try:
            self._relay.done.emit(job, result, periodic)
        except RuntimeError:
            pass  # the window closed while drawing: the file is written, nobody is left to tell

    @Slot(object, object, bool)
    def _done(self, job: PaperListJob, result, periodic: bool) -> None:
        self.busy = False
        try:
            if isinstance(result, Path):
                self.last_path, self.last_generated_at = result, job.model.generated_at
                message = translate("PaperList", "Paper list written: {path} (marks as of {time}).").format(
                    path=str(result), time=job.model.generated_at.strftime("%H:%M"))
                shown = self.ctx.messages.last
                # a timed write must not push away a refusal or a warning someone is still reading
                if not periodic or shown is None or shown.level not in (WARNING, ERROR):
                    self.ctx.messages.info(message)
                self.written.emit(result)
            elif isinstance(result, Refused):
                self.ctx.messages.refused(result)
                self.failed.emit(result)
            else:
                self.ctx.messages.error(translate("PaperList", "The paper list could not be written: {reason}")
                                        .format(reason=result))
                self.failed.emit(result)
                raise result
        finally:
            self.finished.emit()


class PaperListControls(QObject):
    """The station tab's button and the line that says when the last list was written."""

    def __init__(self, ctx: DeskContext, scheduler: PaperListScheduler, layout: QVBoxLayout, after,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.scheduler = scheduler
        self.button = QPushButton()
        self.button.setObjectName("paperListButton")
        self.button.setStyleSheet(_BUTTON_QSS)
        self.status = QLabel()
        self.status.setObjectName("paperListStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(_STATUS_QSS)
        index = layout.indexOf(after) + 1
        layout.insertWidget(index, self.button)
        layout.insertWidget(index + 1, self.status)
        self.button.clicked.connect(scheduler.write_now)
        scheduler.written.connect(self._written)
        scheduler.failed.connect(self._failed)
        ctx.session_changed.connect(self.refresh)
        self.button.installEventFilter(self)
        self._outcome: str | None = None
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.button.setText(translate("PaperList", "Write the paper list now"))
        self.button.setToolTip(translate(
            "PaperList", "A PDF of this precinct's roll with the check-ins so far, for working on paper if this "
                         "computer fails. Written to the backup folder; also every {minutes} minutes while the "
                         "station is open.").format(minutes=f"{self.scheduler.every_minutes():g}"))
        if self._outcome == "failed":
            self._failed(None)
        elif self._outcome == "written":
            self._written(self.scheduler.last_path)

    def refresh(self) -> None:
        self.button.setEnabled(self.ctx.may("paper.list"))

    def _written(self, path: Path) -> None:
        self._outcome = "written"
        # the file name fits the narrow column; the whole path is in the tooltip and the banner
        self.status.setText(translate("PaperList", "Last paper list: marks as of {time}, {file}").format(
            time=self.scheduler.last_generated_at.strftime("%H:%M"), file=path.name))
        self.status.setToolTip(str(path))
        style.set_tone(self.status, style.OK)

    def _failed(self, _reason) -> None:
        self._outcome = "failed"
        self.status.setText(translate("PaperList", "The last paper list was not written: see the message above."))
        self.status.setToolTip("")
        style.set_tone(self.status, style.REFUSED)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.button and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(controller) -> PaperListScheduler:
    """Add the paper list to a ``MainWindowController``: the button under «During the voting» on
    the station tab, and the timer. Returns the scheduler (its ``controls`` hold the widgets)."""
    page = controller.station_page
    layout = forms.child(page.form, QVBoxLayout, "correctionsLayout")
    scheduler = PaperListScheduler(controller.ctx, controller)
    scheduler.controls = PaperListControls(controller.ctx, scheduler, layout, page.backfill_button, scheduler)
    scheduler.start()
    return scheduler
