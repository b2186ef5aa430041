"""The station tab: open and close, ballots received, and the doors to the correction dialogs.

Buttons are greyed out by the service's role table so an officer sees at once what is theirs
to do; the state rules (what may happen in SETUP, OPEN …) stay in the service, whose refusal
explains itself when a button is pressed at the wrong time.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (QComboBox, QHeaderView, QLabel, QMessageBox, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QWidget)

from polling_station.ui import forms, style, text
from polling_station.ui.context import DeskContext
from polling_station.ui.dialogs import BackfillController, SpoilController, VoidController


class StationPageController(QObject):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form = forms.load("station", parent)
        f = self.form
        self.state_value = forms.child(f, QLabel, "stateValue")
        self.gate_caption = forms.child(f, QLabel, "gateCaption")
        self.gate_list = forms.child(f, QLabel, "gateList")
        self.open_button = forms.child(f, QPushButton, "openButton")
        self.close_button = forms.child(f, QPushButton, "closeButton")
        self.race_combo = forms.child(f, QComboBox, "raceCombo")
        self.count_spin = forms.child(f, QSpinBox, "countSpin")
        self.record_button = forms.child(f, QPushButton, "recordBallotsButton")
        self.ballots_table = forms.child(f, QTableWidget, "ballotsTable")
        self.spoil_button = forms.child(f, QPushButton, "spoilButton")
        self.void_button = forms.child(f, QPushButton, "voidButton")
        self.backfill_button = forms.child(f, QPushButton, "backfillButton")
        self.role_note = forms.child(f, QLabel, "roleNote")
        header = self.ballots_table.horizontalHeader()
        # wrapped cells need their height again whenever a column's width settles
        header.sectionResized.connect(self.ballots_table.resizeRowsToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        for race in ctx.station.races:
            self.race_combo.addItem(race.name, race.id)
        self.race_combo.currentIndexChanged.connect(self._race_chosen)
        self.open_button.clicked.connect(self.open_station)
        self.close_button.clicked.connect(self.ask_close_station)
        self.record_button.clicked.connect(self.record_ballots)
        self.spoil_button.clicked.connect(self.spoil)
        self.void_button.clicked.connect(lambda: self.void())
        self.backfill_button.clicked.connect(self.backfill)
        self.dialog = None
        self.close_confirmation: QMessageBox | None = None
        self.refresh()
        # only here and on a change of race: the periodic refresh must not overwrite a number being typed
        self._race_chosen()

    def refresh(self) -> None:
        ctx, station = self.ctx, self.ctx.station
        state = station.state
        self.state_value.setText(self.tr("The station is {state}.").format(state=text.state_name(state)))
        if state == "SETUP":
            gate = station.open_gate()
            self.gate_caption.setVisible(True)
            if gate:
                self.gate_list.setText("\n".join("• " + ctx.messages.render(p) for p in gate))
                style.set_tone(self.gate_list, style.REFUSED)
            else:
                self.gate_list.setText(self.tr("Everything is ready: the chair may open the station."))
                style.set_tone(self.gate_list, style.OK)
            self.gate_list.setVisible(True)
        else:
            self.gate_caption.setVisible(False)
            self.gate_list.setVisible(False)

        received = station.ballots_received()
        self.ballots_table.setRowCount(len(station.races))
        for row, race in enumerate(station.races):
            self.ballots_table.setItem(row, 0, QTableWidgetItem(race.name))
            count = QTableWidgetItem(text.number(received.get(race.id, 0)))
            self.ballots_table.setItem(row, 1, count)
        self.ballots_table.resizeRowsToContents()

        # a button works only for the roles the action is for, in the states it is allowed in
        state = station.state
        self.open_button.setEnabled(ctx.may("station.open") and state == "SETUP")
        self.close_button.setEnabled(ctx.may("station.close") and state == "OPEN")
        self.record_button.setEnabled(ctx.may("ballots.received") and state in ("SETUP", "OPEN"))
        self.spoil_button.setEnabled(ctx.may("ballot.spoil") and state == "OPEN")
        self.void_button.setEnabled(ctx.may("checkin.void") and state in ("OPEN", "CLOSED"))
        self.backfill_button.setEnabled(ctx.may("checkin") and state in ("OPEN", "CLOSED"))  # what happened while open
        if ctx.session is None:
            self.role_note.clear()
        elif not ctx.may("checkin.void"):
            self.role_note.setText(self.tr("Only the chair may void a check-in."))
        elif not ctx.may("checkin"):
            self.role_note.setText(self.tr("Backfilling the paper list issues ballots, so a clerk does it."))
        else:
            self.role_note.clear()

    def _race_chosen(self, *_args) -> None:
        race_id = self.race_combo.currentData()
        self.count_spin.setValue(self.ctx.station.ballots_received().get(race_id, 0))

    # ----- actions ----------------------------------------------------------------------------

    def record_ballots(self) -> None:
        race_id = self.race_combo.currentData()
        count = self.count_spin.value()
        ok, _ = self.ctx.attempt(self.ctx.station.set_ballots_received, self.ctx.session, race_id, count)
        if ok:
            self.ctx.messages.info(self.tr("Ballots received for «{race}»: {count}.").format(
                race=self.race_combo.currentText(), count=text.number(count)))
            self.ctx.changed.emit()

    def open_station(self) -> None:
        ok, _ = self.ctx.attempt(self.ctx.station.open_station, self.ctx.session)
        if ok:
            self.ctx.messages.info(self.tr("The station is open. Check-ins may begin."))
            self.ctx.changed.emit()

    def ask_close_station(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the station"),
                          self.tr("After closing, no member can be checked in. Close the station now?"),
                          QMessageBox.StandardButton.NoButton, self.form.window())
        box.setObjectName("closeConfirmation")
        yes = box.addButton(self.tr("Close the station"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Keep it open"), QMessageBox.ButtonRole.RejectRole)
        yes.setObjectName("confirmClose")
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(_result: int) -> None:
            self.close_confirmation = None
            if box.clickedButton() is yes:
                self.close_station()

        box.finished.connect(answered)
        self.close_confirmation = box
        box.open()

    def close_station(self) -> None:
        ok, _ = self.ctx.attempt(self.ctx.station.close_station, self.ctx.session)
        if ok:
            self.ctx.messages.info(self.tr("The station is closed. No more check-ins."))
            self.ctx.changed.emit()

    def void(self, iin: str = "") -> VoidController:
        self.dialog = VoidController(self.ctx, self.form.window(), iin)
        self.dialog.open()
        return self.dialog

    def spoil(self) -> SpoilController:
        self.dialog = SpoilController(self.ctx, self.form.window())
        self.dialog.open()
        return self.dialog

    def backfill(self) -> BackfillController:
        self.dialog = BackfillController(self.ctx, self.form.window())
        self.dialog.open()
        return self.dialog
