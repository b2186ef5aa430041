"""The station's corrections: void a check-in, record a spoiled ballot, backfill from the paper list.

Each dialog is opened without blocking (``open``), shows the channel's messages while it is in
front, and asks the service to do the work; it never decides whether the work is allowed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRegularExpression, Qt
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QWidget)

from polling_station.errors import Refused
from polling_station.exchange import text_lines
from polling_station.ui import forms, style, text
from polling_station.ui.context import ENVIRONMENT_ERRORS, DeskContext
from polling_station.ui.messages import Message

_GREEN, _RED = QColor("#14532D"), QColor("#8E1B1B")


class _DialogController(QObject):
    """Loads a dialog form and routes the channel's messages to its message label while open."""

    form_name = ""

    def __init__(self, ctx: DeskContext, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog = forms.load(self.form_name, parent)
        self.dialog.setWindowFlag(Qt.WindowType.Dialog)
        self.message_label = forms.child(self.dialog, QLabel, "messageLabel")
        ctx.messages.shown.connect(self._show_message)
        ctx.messages.cleared.connect(self.message_label.clear)
        self.dialog.finished.connect(self._finished)

    def _show_message(self, message: Message) -> None:
        self.message_label.setText(message.text)
        style.set_tone(self.message_label, {"error": style.REFUSED, "warning": style.WARN}.get(message.level, style.INFO))

    def _finished(self, _result: int) -> None:
        self.ctx.messages.shown.disconnect(self._show_message)
        self.ctx.messages.cleared.disconnect(self.message_label.clear)
        self.dialog.deleteLater()
        self.deleteLater()

    def open(self) -> None:
        self.dialog.open()


class VoidController(_DialogController):
    form_name = "void_dialog"

    def __init__(self, ctx: DeskContext, parent: QWidget | None, iin: str = ""):
        super().__init__(ctx, parent)
        d = self.dialog
        self.iin_edit = forms.child(d, QLineEdit, "iinEdit")
        self.checkin_label = forms.child(d, QLabel, "checkinLabel")
        self.reason_edit = forms.child(d, QPlainTextEdit, "reasonEdit")
        self.void_button = forms.child(d, QPushButton, "voidButton")
        self.cancel_button = forms.child(d, QPushButton, "cancelButton")
        self.iin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.iin_edit))
        self.iin_edit.textChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        self.void_button.clicked.connect(self.void)
        self.cancel_button.clicked.connect(d.reject)
        self.iin_edit.setText(iin)
        self._update()
        (self.reason_edit if iin else self.iin_edit).setFocus()

    def _update(self) -> None:
        iin = self.iin_edit.text()
        live = [c for c in self.ctx.station.checkins(include_voided=False) if c["iin"] == iin] if len(iin) == 12 else []
        if live:
            c = live[0]
            name = " ".join(x for x in (c["surname"], c["given_name"], c["patronymic"]) if x)
            self.checkin_label.setText(self.tr("{name}: checked in at {time} at desk {desk}, receipt {receipt}.").format(
                name=name, time=text.time(c["at"]), desk=c["desk"], receipt=c["receipt"]))
            style.set_tone(self.checkin_label, style.NEUTRAL)
        elif len(iin) == 12:
            self.checkin_label.setText(self.tr("This IIN has no check-in to void."))
            style.set_tone(self.checkin_label, style.REFUSED)
        else:
            self.checkin_label.clear()
        # the reason is required by the service too; greying out the button saves a round of errors
        self.void_button.setEnabled(len(iin) == 12 and bool(self.reason_edit.toPlainText().strip()))

    def void(self) -> None:
        iin = self.iin_edit.text()
        ok, _ = self.ctx.attempt(self.ctx.station.void_check_in, self.ctx.session, iin,
                                 self.reason_edit.toPlainText())
        if not ok:
            return
        self.ctx.changed.emit()
        self.dialog.accept()
        self.ctx.messages.info(self.tr("The check-in of {iin} was voided; the member may be checked in again.").format(
            iin=iin))


class SpoilController(_DialogController):
    form_name = "spoil_dialog"

    def __init__(self, ctx: DeskContext, parent: QWidget | None):
        super().__init__(ctx, parent)
        d = self.dialog
        self.race_combo = forms.child(d, QComboBox, "raceCombo")
        self.count_spin = forms.child(d, QSpinBox, "countSpin")
        self.spoil_button = forms.child(d, QPushButton, "spoilButton")
        self.cancel_button = forms.child(d, QPushButton, "cancelButton")
        for race in ctx.station.races:
            self.race_combo.addItem(race.name, race.id)
        self.spoil_button.clicked.connect(self.spoil)
        self.cancel_button.clicked.connect(d.reject)
        self.race_combo.setFocus()

    def spoil(self) -> None:
        race_id = self.race_combo.currentData()
        count = self.count_spin.value()
        ok, _ = self.ctx.attempt(self.ctx.station.spoil, self.ctx.session, race_id, count)
        if not ok:
            return
        self.ctx.changed.emit()
        self.dialog.accept()
        self.ctx.messages.info(self.tr("Spoiled ballots recorded for «{race}»: {count}.").format(
            count=count, race=self.race_combo.currentText()))


class BackfillController(_DialogController):
    form_name = "backfill_dialog"

    def __init__(self, ctx: DeskContext, parent: QWidget | None):
        super().__init__(ctx, parent)
        d = self.dialog
        self.lines_edit = forms.child(d, QPlainTextEdit, "linesEdit")
        self.load_button = forms.child(d, QPushButton, "loadButton")
        self.run_button = forms.child(d, QPushButton, "runButton")
        self.results_table = forms.child(d, QTableWidget, "resultsTable")
        self.summary_label = forms.child(d, QLabel, "summaryLabel")
        self.close_button = forms.child(d, QPushButton, "closeButton")
        header = self.results_table.horizontalHeader()
        # wrapped cells need their height again whenever a column's width settles
        header.sectionResized.connect(self.results_table.resizeRowsToContents)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.load_button.clicked.connect(self.choose_file)
        self.run_button.clicked.connect(self.run)
        self.close_button.clicked.connect(d.accept)
        self.lines_edit.setFocus()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.dialog, self.tr("Paper list"), "",
                                              self.tr("Text files (*.txt *.csv);;All files (*)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        # UTF-8 with or without a BOM, UTF-16 or Windows-1251, as Notepad or Excel saved it
        ok, lines = self.ctx.attempt(text_lines.read_lines, path)
        if ok:
            self.lines_edit.setPlainText("\n".join(lines))

    def run(self) -> None:
        station, session = self.ctx.station, self.ctx.session
        ok, entries = self.ctx.attempt(station.read_paper_list, self.lines_edit.toPlainText().splitlines())
        if not ok:
            return
        self.results_table.setRowCount(0)
        done = refused = 0
        # every line gets its own result; a bad line never stops the others (as on the command line)
        for entry in entries:
            line, iin, when = entry.line, entry.iin, entry.when
            if entry.problem is not None:
                refused += 1
                self._add_row(line, iin, when, self.ctx.messages.render(entry.problem), _RED)
                continue
            try:
                receipt = station.check_in(session, iin, at=when, backfilled=True)
            except ENVIRONMENT_ERRORS as exc:
                self.ctx.environment_failed(exc)
                break
            except Refused as exc:
                refused += 1
                self._add_row(line, iin, when, "\n".join(self.ctx.messages.render(p) for p in exc.problems), _RED)
            else:
                done += 1
                result = [self.tr("Checked in, receipt {receipt}").format(receipt=receipt.receipt)]
                result += [self.ctx.messages.render(w) for w in receipt.warnings]
                self._add_row(line, iin, when, "\n".join(result), _GREEN)
        self.results_table.resizeRowsToContents()
        self.summary_label.setText(self.tr("Checked in: {done}. Refused: {refused}.").format(done=done, refused=refused))
        style.set_tone(self.summary_label, style.REFUSED if refused else style.OK)
        if done:
            self.ctx.changed.emit()

    def _add_row(self, line: int, iin: str, when, result: str, colour: QColor) -> None:
        row = self.results_table.rowCount()
        self.results_table.insertRow(row)
        cells = (str(line), iin, when.strftime("%H:%M") if when else self.tr("now"), result)
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if column == 3:
                item.setForeground(QBrush(colour))
            self.results_table.setItem(row, column, item)
