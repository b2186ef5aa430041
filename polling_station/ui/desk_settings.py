"""The station tab's «Backup and this desk» box: the backup folder on a USB stick (the second
place the station file lives, and where the paper list is written), and this desk's two timers,
the idle lock and the paper list.

The folder is the station's (in its file, journaled, chosen by the chair or the secretary); the
timers are the desk's own (``QSettings``), changed by the chair or the secretary as well, so that
a clerk cannot switch the idle lock off for the day.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from polling_station.ui import forms, style
from polling_station.ui.context import IDLE_MINUTES_KEY, DeskContext
from polling_station.ui.paper_list import EVERY_MINUTES_KEY, PaperListScheduler


class DeskSettingsControls(QObject):
    def __init__(self, ctx: DeskContext, scheduler: PaperListScheduler, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.scheduler = scheduler
        self.form = forms.load("desk_settings", parent)
        f = self.form
        self.backup_value = forms.child(f, QLabel, "backupValue")
        self.choose_button = forms.child(f, QPushButton, "chooseBackupButton")
        self.backup_now_button = forms.child(f, QPushButton, "backupNowButton")
        self.idle_spin = forms.child(f, QSpinBox, "idleSpin")
        self.paper_spin = forms.child(f, QSpinBox, "paperSpin")
        self.choose_button.clicked.connect(self.choose_folder)
        self.backup_now_button.clicked.connect(self.back_up_now)
        self.idle_spin.valueChanged.connect(lambda v: self._remember(IDLE_MINUTES_KEY, v))
        self.paper_spin.valueChanged.connect(self._paper_minutes_changed)
        ctx.session_changed.connect(self.refresh)
        ctx.changed.connect(self.refresh)
        f.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        station = self.ctx.station
        if station.closed:
            return
        folder = station.backup_folder()
        if folder is None:
            self.backup_value.setText(self.tr("Not chosen yet: choose a folder on a USB stick before opening."))
            style.set_tone(self.backup_value, style.WARN)
        else:
            self.backup_value.setText(str(folder))
            style.set_tone(self.backup_value, style.NEUTRAL)
        may_configure = self.ctx.may("backup.configure")
        self.choose_button.setEnabled(may_configure)
        self.backup_now_button.setEnabled(self.ctx.session is not None and folder is not None)
        for spin, value in ((self.idle_spin, self.ctx.idle_minutes()), (self.paper_spin, self.scheduler.every_minutes())):
            spin.blockSignals(True)
            spin.setValue(round(value))
            spin.blockSignals(False)
            spin.setEnabled(may_configure)

    def choose_folder(self) -> None:
        current = self.ctx.station.backup_folder()
        folder = QFileDialog.getExistingDirectory(self.form.window(), self.tr("The backup folder (a USB stick)"),
                                                  str(current) if current else "")
        if not folder:
            return
        ok, written = self.ctx.attempt(self.ctx.station.set_backup_folder, self.ctx.session, folder)
        if ok:
            self.ctx.messages.info(self.tr("Backup folder chosen: {folder}. A first backup is written there: {file}.")
                                   .format(folder=folder, file=written.name))
            self.ctx.changed.emit()

    def back_up_now(self) -> None:
        ok, written = self.ctx.attempt(self.ctx.station.backup_now)
        if ok:
            self.ctx.messages.info(self.tr("Backup written and checked: {path}.").format(path=written))

    def _remember(self, key: str, minutes: int) -> None:
        if self.ctx.may("backup.configure"):
            self.ctx.settings.setValue(key, minutes)
            self.ctx.settings.sync()

    def _paper_minutes_changed(self, minutes: int) -> None:
        self._remember(EVERY_MINUTES_KEY, minutes)
        self.scheduler.timer.setInterval(round(self.scheduler.every_minutes() * 60_000))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form and event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        return False


def install(controller) -> DeskSettingsControls:
    """Put the box under «Opening and closing» on the station tab of a ``MainWindowController``
    (after ``paper_list.install``, whose scheduler it sets)."""
    page = controller.station_page
    controls = DeskSettingsControls(controller.ctx, controller.paper_list, page.form)
    forms.child(page.form, QVBoxLayout, "settingsHost").addWidget(controls.form)
    return controls
