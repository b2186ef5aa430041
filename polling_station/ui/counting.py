"""The count: one count sheet per race, typed twice by two officers and checked as it is typed;
the tally by ballot; marking the station counted; the door to the public display.

A sheet is generated from the election definition: protocol lines 1–4 from the station's
records, 5–7 typed, 8 computed, then a line per candidate in Kazakh alphabetical order, in the
tab order of the paper sheet. Control relations are checked on every keystroke with the same
pure rules the service applies. What the screen shows of the double entry comes from the
service's view for the logged-in officer, so the first entry never reaches the second officer.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
                               QRadioButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from polling_station import i18n
from polling_station.domain import accounting, names
from polling_station.domain.double_entry import SECOND_ENTRY_ROLES, EntryState
from polling_station.domain.problems import Problem
from polling_station.errors import Refused
from polling_station.services import counting as counting_service
from polling_station.ui import forms, style
from polling_station.ui.context import ENVIRONMENT_ERRORS
from polling_station.ui.messages import Message, MessageBridge

# how a field that a failing relation or a difference concerns is marked where it is typed
DIFFERS = "differs"

QSS = """
#raceTabs QTabBar::tab { font-size: 13pt; padding: 6px 16px; }
#choicesLabel { font-size: 13pt; color: #4A5968; }
#entryCaption { font-size: 14pt; font-weight: bold; }
#entry1Radio, #entry2Radio { font-size: 14pt; }
#statusLabel { font-size: 14pt; padding: 6px 10px; border-radius: 4px; border: 2px solid #8795A3; }
#statusLabel[tone="ok"] { background: #E3F2E6; color: #14532D; border-color: #1B7F3B; font-weight: bold; }
#statusLabel[tone="warn"] { background: #FFF1D6; color: #5C3A00; border-color: #C77700; }
#statusLabel[tone="info"] { background: #EAF1FB; color: #0B2F6B; border-color: #1F5FBF; }
#statusLabel[tone="neutral"] { background: #F1F3F5; color: #333333; }
#recordsCaption, #countedCaption, #candidatesCaption { font-size: 13pt; font-weight: bold; color: #1F3A5F;
    padding-top: 6px; }
QLabel[kind="lineNumber"] { font-size: 13pt; font-weight: bold; color: #4A5968; min-width: 28px; }
QLabel[kind="lineCaption"] { font-size: 13pt; }
#candidatesScroll, #candidatesBox { background: transparent; }
QLabel[kind="lineValue"] { font-size: 15pt; font-weight: bold; padding: 2px 10px;
    border: 2px solid transparent; border-radius: 4px; }
#line8Value { background: #F1F3F5; }
QSpinBox[kind="count"] { font-size: 14pt; padding-top: 2px; padding-bottom: 2px; }
QSpinBox[kind="count"]::up-button, QSpinBox[kind="count"]::down-button { width: 0px; border: none; }
QSpinBox[tone="refused"], QLabel[kind="lineValue"][tone="refused"] { border: 3px solid #B3261E;
    background: #FDE7E7; }
QSpinBox[tone="warn"], QLabel[kind="lineValue"][tone="warn"] { border: 3px solid #C77700; background: #FFF1D6; }
QSpinBox[tone="differs"] { border: 3px dashed #1F5FBF; background: #EAF1FB; }
#totalCaption { font-size: 14pt; font-weight: bold; }
#totalValue { font-size: 15pt; font-weight: bold; }
#totalNote { font-size: 12pt; color: #4A5968; }
#relationsCaption, #differencesCaption { font-size: 14pt; font-weight: bold; }
#relationsScroll, #relationsBox { background: #FFFFFF; }
#relationsOkLabel { font-size: 13pt; color: #14532D; }
QFrame[kind="relation"] { border-radius: 6px; border: 2px solid #8795A3; background: #FFFFFF; }
QFrame[kind="relation"][tone="refused"] { border-color: #B3261E; background: #FDE7E7; }
QFrame[kind="relation"][tone="warn"] { border-color: #C77700; background: #FFF1D6; }
QFrame[kind="relation"] QLabel { border: none; background: transparent; }
QLabel[kind="relationTitle"] { font-size: 13pt; font-weight: bold; }
QFrame[tone="refused"] QLabel { color: #8E1B1B; }
QFrame[tone="warn"] QLabel { color: #5C3A00; }
QLabel[kind="relationText"] { font-size: 13pt; }
QLabel[kind="relationNote"] { font-size: 12pt; font-style: italic; }
QFrame[kind="relation"] QPlainTextEdit { font-size: 13pt; color: #111111; }
QFrame[kind="relation"] QPushButton { font-size: 12pt; padding: 4px 10px; }
#differencesList { font-size: 13pt; }
#gateLabel { font-size: 13pt; }
#gateLabel[tone="refused"] { color: #8E1B1B; }
#gateLabel[tone="ok"] { color: #14532D; font-weight: bold; }
#countedButton, #displayButton { font-size: 14pt; }
#pageMessage { font-size: 14pt; padding: 6px 10px; border-radius: 4px; }
#pageMessage[tone="refused"] { background: #FDE7E7; color: #8E1B1B; border: 2px solid #B3261E; }
#pageMessage[tone="warn"] { background: #FFF1D6; color: #5C3A00; border: 2px solid #C77700; }
#pageMessage[tone="info"] { background: #E3F2E6; color: #14532D; border: 2px solid #1B7F3B; }
#tallyTitle { font-size: 18pt; font-weight: bold; color: #1F3A5F; }
#tallyHint, #ballotLabel, #totalsLabel { font-size: 14pt; }
#totalsLabel { font-weight: bold; }
QPushButton[kind="mark"] { font-size: 14pt; padding: 10px; text-align: left; min-height: 48px; }
QPushButton[kind="mark"]:checked { background: #1F5FBF; color: #FFFFFF; border-color: #0B2F6B; }
#messageLabel { font-size: 13pt; }
#messageLabel[tone="refused"] { color: #8E1B1B; }
#messageLabel[tone="warn"] { color: #5C3A00; }
#messageLabel[tone="info"] { color: #14532D; }
"""

_TONES = {"error": style.REFUSED, "warning": style.WARN}


def _count_field(spin: QSpinBox) -> None:
    spin.setProperty("kind", "count")
    spin.setFixedWidth(118)
    # the arrows are hidden by the style sheet, not by NoButtons: with a styled border, Qt 6 gives
    # a NoButtons spin box's text field a width of one pixel
    spin.lineEdit().setTextMargins(0, 0, 8, 0)


def _full_name(candidate) -> str:
    return names.full_name(candidate.surname, candidate.given_name, candidate.patronymic)


class _EnterMovesOn(QObject):
    """Enter in a count field moves to the next one, as the pen moves down the paper sheet."""

    def __init__(self, fields: list[QSpinBox], after: QWidget, parent: QObject):
        super().__init__(parent)
        self.fields, self.after = fields, after

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and watched in self.fields):
            i = self.fields.index(watched)
            target = self.fields[i + 1] if i + 1 < len(self.fields) else self.after
            # a tab-like focus selects the whole number, so typing replaces it
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False


class _RelationRow(QFrame):
    """One failing relation: its id, what fails with the numbers, and for a warning the field
    for the written explanation."""

    save_requested = Signal(str, str)

    def __init__(self, relation_id: str, is_error: bool):
        super().__init__()
        self.relation_id = relation_id
        self.setProperty("kind", "relation")
        self.setObjectName(f"relation_{relation_id}")
        style.set_tone(self, style.REFUSED if is_error else style.WARN)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setProperty("kind", "relationTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setProperty("kind", "relationText")
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.note = None
        self.edit = None
        self.save = None
        if not is_error:
            self.edit = QPlainTextEdit()
            self.edit.setObjectName(f"explain_{relation_id}")
            self.edit.setTabChangesFocus(True)
            self.edit.setFixedHeight(62)
            self.save = QPushButton()
            self.save.setObjectName(f"saveExplanation_{relation_id}")
            self.note = QLabel()
            self.note.setProperty("kind", "relationNote")
            self.note.setWordWrap(True)
            layout.addWidget(self.edit)
            row = QHBoxLayout()
            row.addWidget(self.note, 1)
            row.addWidget(self.save, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self.save.clicked.connect(lambda: self.save_requested.emit(self.relation_id, self.edit.toPlainText()))


class CountSheetController(QObject):
    """The count sheet of one race (``forms/count_sheet.ui``)."""

    def __init__(self, page: "CountingPage", race, parent: QWidget):
        super().__init__(parent)
        self.page = page
        self.race = race
        station = page.station
        self.candidates = station.candidates(race.id)
        self.order = tuple(c.id for c in self.candidates)
        self.form = forms.load("count_sheet", parent)
        f = self.form
        self.choices_label = forms.child(f, QLabel, "choicesLabel")
        self.status_label = forms.child(f, QLabel, "statusLabel")
        self.entry_radios = {1: forms.child(f, QRadioButton, "entry1Radio"),
                             2: forms.child(f, QRadioButton, "entry2Radio")}
        self.values = {n: forms.child(f, QLabel, f"line{n}Value") for n in (1, 2, 3, 4, 8)}
        self.spins: dict[str, QSpinBox] = {"unused": forms.child(f, QSpinBox, "line5Spin"),
                                           "found_in_box": forms.child(f, QSpinBox, "line6Spin"),
                                           "invalid": forms.child(f, QSpinBox, "line7Spin")}
        self.total_value = forms.child(f, QLabel, "totalValue")
        self.total_note = forms.child(f, QLabel, "totalNote")
        self.relations_layout = forms.child(f, QVBoxLayout, "relationsLayout")
        self.relations_ok = forms.child(f, QLabel, "relationsOkLabel")
        self.differences_list = forms.child(f, QListWidget, "differencesList")
        self.submit_button = forms.child(f, QPushButton, "submitButton")
        self.tally_button = forms.child(f, QPushButton, "tallyButton")
        self.discard_button = forms.child(f, QPushButton, "discardButton")
        self.reopen_button = forms.child(f, QPushButton, "reopenButton")
        for n in range(1, 9):
            forms.child(f, QLabel, f"line{n}Number").setProperty("kind", "lineNumber")
            forms.child(f, QLabel, f"line{n}Caption").setProperty("kind", "lineCaption")
        for label in self.values.values():
            label.setProperty("kind", "lineValue")
        for spin in self.spins.values():
            _count_field(spin)

        grid = forms.child(f, QGridLayout, "candidatesGrid")
        grid.setColumnStretch(1, 1)
        first_line = len(accounting.LINE_FIELDS) + 1
        self.candidate_captions: dict[str, QLabel] = {}
        for i, c in enumerate(self.candidates):
            number = QLabel(str(first_line + i))
            number.setProperty("kind", "lineNumber")
            caption = QLabel(_full_name(c))
            caption.setProperty("kind", "lineCaption")
            caption.setWordWrap(True)
            spin = QSpinBox()
            spin.setObjectName(f"votes_{c.id}")
            _count_field(spin)
            spin.setMaximum(999_999)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            caption.setBuddy(spin)
            grid.addWidget(number, i, 0)
            grid.addWidget(caption, i, 1)
            grid.addWidget(spin, i, 2)
            self.spins[f"votes.{c.id}"] = spin
            self.candidate_captions[c.id] = caption

        # the paper's order: lines 5, 6, 7, then the candidates top to bottom, then save
        chain = [self.entry_radios[1], self.entry_radios[2]] + list(self.spins.values()) + [
            self.submit_button, self.tally_button, self.discard_button, self.reopen_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        self._enter_moves_on = _EnterMovesOn(list(self.spins.values()), self.submit_button, self)
        for spin in self.spins.values():
            spin.installEventFilter(self._enter_moves_on)
            spin.valueChanged.connect(self._typed)

        self.relation_rows: dict[tuple[str, str], _RelationRow] = {}
        self.drafts: dict[str, str] = {}
        self.records = None
        self.view = None
        self.status = None
        self._filled_for = None
        self._entry_picked_by_hand = False
        self._officer = None
        for number, radio in self.entry_radios.items():
            radio.toggled.connect(lambda on, n=number: on and self._entry_toggled(n))
        self.submit_button.clicked.connect(self.submit)
        self.tally_button.clicked.connect(self.open_tally)
        self.discard_button.clicked.connect(self.discard)
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.reopen_confirmation: QMessageBox | None = None
        self.tally: TallyController | None = None

    # ----- reading the screen -----------------------------------------------------------------

    @property
    def entry(self) -> int:
        return 2 if self.entry_radios[2].isChecked() else 1

    def typed_sheet(self) -> dict:
        """The count sheet as typed, in the JSON form the service and the command line share."""
        return {"race": self.race.id,
                "unused": self.spins["unused"].value(),
                "found_in_box": self.spins["found_in_box"].value(),
                "invalid": self.spins["invalid"].value(),
                "votes": {cid: self.spins[f"votes.{cid}"].value() for cid in self.order}}

    def field_caption(self, field: str) -> str:
        """The line as the sheet names it, e.g. "Line 6 · Ballots found in the ballot box"."""
        line = counting_service.line_of_field(field, self.order)
        if field.startswith("votes."):
            caption = self.candidate_captions[field[len("votes."):]].text()
        else:
            caption = forms.child(self.form, QLabel, f"line{line}Caption").text().replace("&", "")
        return self.tr("Line {line} · {caption}").format(line=line, caption=caption)

    # ----- showing the station ----------------------------------------------------------------

    def refresh(self) -> None:
        page, station = self.page, self.page.station
        session = page.session()
        state = station.state
        self.records = station.station_records(self.race.id)
        self.status = station.count_status(self.race.id)
        self.view = station.count_view(session, self.race.id) if session is not None else None
        self.choices_label.setText(self.tr("A ballot may mark up to {count} candidate(s).").format(
            count=self.race.max_choices))
        for n, field in ((1, "roll_eligible"), (2, "received"), (3, "issued"), (4, "spoiled")):
            self.values[n].setText(str(getattr(self.records, field)))

        agreed = self.status.agreed
        officer = session.officer_id if session is not None else None
        if officer != self._officer:
            # a different officer at the desk: their own entry, not the last officer's choice
            self._officer, self._entry_picked_by_hand = officer, False
            self.drafts.clear()
        if not self._entry_picked_by_hand:
            self._pick_entry()
        key = (officer, self.entry, self.status.status, self.status.entries_typed,
               agreed, self.view.own_sheet if self.view else None)
        if key != self._filled_for:
            self._fill(agreed or self._own_sheet_for_selected_entry())
            self._filled_for = key

        closed = state == "CLOSED"
        may_enter = counting_service.may(session, "count.enter")
        editable = closed and agreed is None and may_enter
        for spin in self.spins.values():
            spin.setReadOnly(not editable)
            spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)
        for radio in self.entry_radios.values():
            radio.setEnabled(editable)
        self.submit_button.setEnabled(editable)
        self.tally_button.setEnabled(closed and agreed is None and counting_service.may(session, "count.tally"))
        typed = self.status.entries_typed
        self.discard_button.setEnabled(closed and agreed is None and self.entry in typed
                                       and counting_service.may(session, "count.discard"))
        self.reopen_button.setEnabled(state in ("CLOSED", "COUNTED") and bool(typed)
                                      and counting_service.may(session, "count.reopen"))
        self._show_status(state, session)
        self._show_differences()
        self._typed()

    def _pick_entry(self) -> None:
        """The entry this officer would type: their own, else the one still missing."""
        view, typed = self.view, self.status.entries_typed
        if view is not None and view.own_entry is not None:
            entry = view.own_entry
        elif 1 not in typed:
            entry = 1
        else:
            entry = 2
        radio = self.entry_radios[entry]
        radio.blockSignals(True)
        radio.setChecked(True)
        radio.blockSignals(False)

    def _own_sheet_for_selected_entry(self):
        view = self.view
        if view is not None and view.own_entry == self.entry:
            return view.own_sheet
        # never anyone else's entry: the second officer types from the paper, not from the screen
        return None

    def _fill(self, sheet) -> None:
        for spin in self.spins.values():
            spin.blockSignals(True)
        if sheet is None:
            for spin in self.spins.values():
                spin.setValue(0)
        else:
            self.spins["unused"].setValue(sheet.unused)
            self.spins["found_in_box"].setValue(sheet.found_in_box)
            self.spins["invalid"].setValue(sheet.invalid)
            for cid in self.order:
                self.spins[f"votes.{cid}"].setValue(sheet.votes.get(cid, 0))
        for spin in self.spins.values():
            spin.blockSignals(False)

    def _entry_toggled(self, entry: int) -> None:
        self._entry_picked_by_hand = True
        self.refresh()

    def _show_status(self, state: str, session) -> None:
        status, view = self.status, self.view
        if status.agreed is not None:
            if state == "CLOSED":
                text = self.tr("Agreed: both entries are the same, and this count sheet counts.")
            else:
                text = self.tr("Agreed and final: the station has been marked counted.")
            tone = style.OK
        elif state in ("SETUP", "OPEN"):
            text, tone = self.tr("The count sheet is typed after the station is closed."), style.NEUTRAL
        elif session is None:
            text, tone = self.tr("Log in to type the count sheet."), style.NEUTRAL
        elif status.status is EntryState.SECOND_DIFFERS:
            text = self.tr("The two entries differ on {count} line(s), listed on the right. Recount those "
                           "lines; the officer whose entry was wrong retypes it.").format(
                count=len(status.differences))
            tone = style.WARN
        elif status.status is EntryState.FIRST_ENTERED and view.own_entry == 1:
            text = self.tr("You typed entry 1. Entry 2 is typed independently by the chair or the secretary.")
            tone = style.INFO
        elif status.status is EntryState.FIRST_ENTERED:
            if session.role in SECOND_ENTRY_ROLES:
                text = self.tr("Entry 1 has been typed by another officer. Type entry 2 from the paper count "
                               "sheet: entry 1 stays hidden until both agree.")
            else:
                text = self.tr("Entry 1 has been typed. Entry 2 is typed by the chair or the secretary.")
            tone = style.INFO
        else:
            text = self.tr("Nobody has typed this count sheet yet. Entry 1 may be typed by any member of the "
                           "commission; entry 2 by the chair or the secretary.")
            tone = style.NEUTRAL
        self.status_label.setText(text)
        style.set_tone(self.status_label, tone)

    def _show_differences(self) -> None:
        self.differences_list.clear()
        differences = self.view.differences if self.view is not None else \
            tuple((f, None) for f in self.status.differences)
        for field, yours in differences:
            if yours is None:
                line = self.field_caption(field)
            else:
                line = self.tr("{line}: you typed {value}").format(line=self.field_caption(field), value=yours)
            self.differences_list.addItem(QListWidgetItem(line))
        if not differences:
            self.differences_list.addItem(QListWidgetItem(self.tr("None so far: differences are shown once both "
                                                                  "entries are saved.")))

    # ----- as the officer types ---------------------------------------------------------------

    def _typed(self, *_args) -> None:
        if self.records is None:
            return
        data = self.typed_sheet()
        sheet = accounting.CountSheet(**data)
        lines = accounting.protocol_lines(self.records, sheet, self.order)
        self.values[8].setText(str(lines.valid))
        total, limit = lines.total_votes, max(lines.valid, 0) * self.race.max_choices
        self.total_value.setText(str(total))
        self.total_note.setText(self.tr("At least line 8 ({valid}) and at most line 8 × {choices} ({limit}).").format(
            valid=lines.valid, choices=self.race.max_choices, limit=limit))
        untouched = not any(v for k, v in data.items() if k not in ("race", "votes")) and not any(
            data["votes"].values()) and (self.view is None or self.view.own_entry != self.entry)
        # an empty sheet fails several relations at once; checking starts with the first number typed
        results = () if untouched else accounting.check(lines, self.race.max_choices)
        self._show_relations(results, untouched)
        self._mark_fields(results)

    def _mark_fields(self, results) -> None:
        tones: dict[str, str] = {}
        differing = set(self.status.differences) if self.status is not None else set()
        for field in differing:
            tones[field] = DIFFERS
        for r in results:
            for field in r.fields:
                # an error outranks a warning, which outranks a difference, on the same field
                if r.is_error or tones.get(field) != style.REFUSED:
                    tones[field] = style.REFUSED if r.is_error else style.WARN
        for field, spin in self.spins.items():
            style.set_tone(spin, tones.get(field, ""))
        for n, field in ((1, "roll_eligible"), (2, "received"), (3, "issued"), (4, "spoiled"), (8, "valid")):
            style.set_tone(self.values[n], tones.get(field, ""))
        # CR05–CR07 name "votes" as a whole: every candidate's field joins in
        if "votes" in tones:
            for cid in self.order:
                spin = self.spins[f"votes.{cid}"]
                if not spin.property("tone"):
                    style.set_tone(spin, tones["votes"])

    def _show_relations(self, results, untouched: bool = False) -> None:
        lang = self.page.messages.lang
        station, session = self.page.station, self.page.session()
        status = self.status
        explanations = status.explanations if status is not None else {}
        agreed = status is not None and status.agreed is not None
        may_explain = agreed and station.state == "CLOSED" and counting_service.may(session, "count.explain")
        # a relation fails once, or once per candidate (CR05): one row for each failure
        keyed = {(r.relation_id, str(r.params.get("candidate", ""))): r for r in results}
        if list(self.relation_rows) != list(keyed):
            for row in self.relation_rows.values():
                row.setParent(None)
                row.deleteLater()
            self.relation_rows = {}
            for i, (key, result) in enumerate(keyed.items()):
                row = _RelationRow(result.relation_id, result.is_error)
                row.save_requested.connect(self.explain)
                if row.edit is not None:
                    row.edit.textChanged.connect(
                        lambda r=row: self.drafts.__setitem__(r.relation_id, r.edit.toPlainText()))
                self.relations_layout.insertWidget(i + 1, row)
                row.show()
                self.relation_rows[key] = row
        for key, row in self.relation_rows.items():
            result = keyed[key]
            relation = accounting.RELATIONS_BY_ID[result.relation_id]
            if result.is_error:
                row.title.setText(self.tr("{relation} ({formula}): an error, which blocks the protocol").format(
                    relation=result.relation_id, formula=relation.formula))
            else:
                row.title.setText(self.tr("{relation} ({formula}): a warning, which needs a written "
                                          "explanation").format(relation=result.relation_id, formula=relation.formula))
            problem = result.problem()
            if "candidate" in problem.params:
                # the sheet names candidates, not their ids
                candidate = next((c for c in self.candidates if c.id == problem.params["candidate"]), None)
                if candidate is not None:
                    problem = Problem(problem.code, {**problem.params, "candidate": _full_name(candidate)},
                                      problem.severity)
            row.text.setText(self.page.messages.render(problem))
            row.setToolTip(relation.text.get(lang, relation.text["en"]))
            if row.edit is not None:
                stored = explanations.get(row.relation_id, "")
                if not row.edit.hasFocus():
                    row.edit.blockSignals(True)
                    row.edit.setPlainText(self.drafts.get(row.relation_id, stored) if may_explain else stored)
                    row.edit.blockSignals(False)
                row.edit.setReadOnly(not may_explain)
                row.edit.setPlaceholderText(
                    self.tr("Why this happened, for the protocol.") if may_explain else
                    self.tr("The explanation is written once both entries agree."))
                row.save.setText(self.tr("Save the explanation"))
                row.save.setEnabled(may_explain)
                if stored:
                    row.note.setText(self.tr("Explanation recorded; it goes into the protocol."))
                elif agreed:
                    row.note.setText(self.tr("Not explained yet: the station cannot be marked counted without it."))
                else:
                    row.note.setText("")
        self.relations_ok.setVisible(not results)
        self.relations_ok.setText(self.tr("The control relations are checked as you type.") if untouched else
                                  self.tr("Every control relation holds."))

    # ----- actions ----------------------------------------------------------------------------

    def submit(self) -> None:
        page, entry = self.page, self.entry
        ok, view = page.attempt(page.station.enter_count, page.session(), self.race.id, self.typed_sheet(), entry)
        if not ok:
            return
        if view.status is EntryState.AGREED:
            page.messages.info(self.tr("The count of «{race}» is agreed: both entries are the same.").format(
                race=self.race.name))
        elif view.status is EntryState.SECOND_DIFFERS:
            page.messages.warning(self.tr("The two entries of «{race}» differ on {count} line(s). Recount those "
                                          "lines; the officer whose entry was wrong retypes it.").format(
                race=self.race.name, count=len(view.differences)))
        else:
            page.messages.info(self.tr("Entry {entry} of «{race}» is saved.").format(entry=entry, race=self.race.name))
        page.recorded(self.race.id, view.status is EntryState.AGREED)

    def explain(self, relation_id: str, text: str) -> None:
        page = self.page
        ok, _ = page.attempt(page.station.explain_relation, page.session(), self.race.id, relation_id, text)
        if ok:
            self.drafts.pop(relation_id, None)
            page.messages.info(self.tr("The explanation of {relation} is recorded for the protocol.").format(
                relation=relation_id))
            page.recorded(self.race.id, False)

    def discard(self) -> None:
        page, entry = self.page, self.entry
        ok, _ = page.attempt(page.station.discard_entry, page.session(), self.race.id, entry)
        if ok:
            page.messages.info(self.tr("Entry {entry} of «{race}» is discarded; it is typed again.").format(
                entry=entry, race=self.race.name))
            self._entry_picked_by_hand = False
            page.recorded(self.race.id, False)

    def ask_reopen(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reopen the count"),
                          self.tr("Both entries of «{race}» and the explanations are cleared, and the race is "
                                  "recounted and typed twice again. Reopen the count?").format(race=self.race.name),
                          QMessageBox.StandardButton.NoButton, self.form.window())
        box.setObjectName("reopenConfirmation")
        yes = box.addButton(self.tr("Reopen the count"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        yes.setObjectName("confirmReopen")
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(_result: int) -> None:
            self.reopen_confirmation = None
            if box.clickedButton() is yes:
                self.reopen()

        box.finished.connect(answered)
        self.reopen_confirmation = box
        box.open()

    def reopen(self) -> None:
        page = self.page
        ok, _ = page.attempt(page.station.reopen_count, page.session(), self.race.id)
        if ok:
            page.messages.info(self.tr("The count of «{race}» is reopened: type both entries again.").format(
                race=self.race.name))
            self._entry_picked_by_hand = False
            self.drafts.clear()
            page.recorded(self.race.id, False)

    def open_tally(self) -> "TallyController":
        self.tally = TallyController(self.page, self.race, self.entry, self.form.window())
        self.tally.entered.connect(lambda: self.page.recorded(self.race.id, self.page.station.count_status(
            self.race.id).agreed is not None))
        self.tally.open()
        return self.tally


class TallyController(QObject):
    """The tally by ballot (``forms/tally.ui``): tap the candidates marked on the ballot in hand,
    then "Next ballot"; the totals become an entry of the count sheet."""

    entered = Signal()

    def __init__(self, page: "CountingPage", race, entry: int, parent: QWidget | None):
        super().__init__(parent)
        self.page, self.race, self.entry = page, race, entry
        self.candidates = page.station.candidates(race.id)
        self.dialog: QDialog = forms.load("tally", parent)
        self.dialog.setWindowFlag(Qt.WindowType.Dialog)
        self.dialog.setStyleSheet(QSS)
        d = self.dialog
        forms.child(d, QLabel, "tallyTitle").setText(race.name)
        self.hint = forms.child(d, QLabel, "tallyHint")
        self.ballot_label = forms.child(d, QLabel, "ballotLabel")
        self.totals_label = forms.child(d, QLabel, "totalsLabel")
        self.message_label = forms.child(d, QLabel, "messageLabel")
        self.next_button = forms.child(d, QPushButton, "nextButton")
        self.invalid_button = forms.child(d, QPushButton, "invalidButton")
        self.undo_button = forms.child(d, QPushButton, "undoButton")
        self.unused_spin = forms.child(d, QSpinBox, "unusedSpin")
        self.to_entry_button = forms.child(d, QPushButton, "toEntryButton")
        self.close_button = forms.child(d, QPushButton, "closeButton")
        grid = forms.child(d, QGridLayout, "candidateGrid")
        self.mark_buttons: dict[str, QPushButton] = {}
        rows = (len(self.candidates) + 1) // 2
        for i, c in enumerate(self.candidates):
            button = QPushButton()
            button.setObjectName(f"mark_{c.id}")
            button.setProperty("kind", "mark")
            button.setCheckable(True)
            button.toggled.connect(self._show_ballot)
            grid.addWidget(button, i % rows, i // rows)
            self.mark_buttons[c.id] = button
        _count_field(self.unused_spin)
        records = page.station.station_records(race.id)
        self.unused_spin.setValue(max(records.received - records.issued - records.spoiled, 0))

        self.next_button.clicked.connect(self.next_ballot)
        self.invalid_button.clicked.connect(self.declared_invalid)
        self.undo_button.clicked.connect(self.undo)
        self.to_entry_button.clicked.connect(self.to_entry)
        self.close_button.clicked.connect(d.reject)
        page.messages.shown.connect(self._show_message)
        d.finished.connect(self._finished)
        d.installEventFilter(self)
        self.hint.setText(self.tr("Tap the candidates marked on the ballot in your hand, then press Next ballot. "
                                  "A ballot with no mark, or with more than {count} marks, is counted invalid "
                                  "automatically.").format(count=race.max_choices))
        self.to_entry_button.setText(self.tr("Type the totals as entry {entry}").format(entry=entry))
        self.refresh()

    def open(self) -> None:
        self.dialog.open()

    def refresh(self) -> None:
        session = self.page.session()
        if session is None:
            return  # logged out (idle lock) under the dialog: nothing of anyone's tally to show
        # the officer's own tally only: entry 2's officer never sees entry 1's running totals
        tally = self.page.station.tally(session, self.race.id)
        votes = tally.votes
        for i, c in enumerate(self.candidates):
            label = self.tr("{name} — {votes}").format(name=_full_name(c), votes=votes[c.id])
            key = self._key_of(i)
            self.mark_buttons[c.id].setText(f"{key} · {label}" if key else label)
        self.totals_label.setText(self.tr("Ballots counted: {ballots}. Valid: {valid}. Invalid: {invalid}.").format(
            ballots=tally.found_in_box, valid=tally.valid, invalid=tally.invalid))
        self.undo_button.setEnabled(bool(tally.ballots))
        self._show_ballot()

    @staticmethod
    def _key_of(index: int) -> str:
        # digit keys 1…9, 0 tap the first ten candidates: faster than the mouse with a ballot in hand
        return str((index + 1) % 10) if index < 10 else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.text().isdigit() and not self.unused_spin.hasFocus():
            index = (int(event.text()) - 1) % 10
            if index < len(self.candidates):
                self.mark_buttons[self.candidates[index].id].toggle()
                return True
        return False

    def marks(self) -> list[str]:
        return [cid for cid, button in self.mark_buttons.items() if button.isChecked()]

    def _show_ballot(self, *_args) -> None:
        count = len(self.marks())
        if count == 0:
            text = self.tr("This ballot: no mark yet. Next ballot now counts it invalid (blank).")
        elif count > self.race.max_choices:
            text = self.tr("This ballot: {count} marks, more than {limit}. Next ballot counts it invalid.").format(
                count=count, limit=self.race.max_choices)
        else:
            text = self.tr("This ballot: {count} mark(s) of at most {limit}.").format(
                count=count, limit=self.race.max_choices)
        self.ballot_label.setText(text)

    def _clear_marks(self) -> None:
        for button in self.mark_buttons.values():
            button.setChecked(False)

    def next_ballot(self) -> None:
        page = self.page
        ok, result = page.attempt(page.station.tally_add, page.session(), self.race.id, self.marks())
        if not ok:
            return
        _, problems = result
        if problems:
            page.messages.problems(problems)
        else:
            self.message_label.clear()
        self._clear_marks()
        self.refresh()

    def declared_invalid(self) -> None:
        page = self.page
        ok, _ = page.attempt(page.station.tally_add_invalid, page.session(), self.race.id)
        if ok:
            self.message_label.clear()
            self._clear_marks()
            self.refresh()

    def undo(self) -> None:
        page = self.page
        ok, _ = page.attempt(page.station.tally_undo, page.session(), self.race.id)
        if ok:
            page.messages.info(self.tr("The last ballot was taken back."))
            self.refresh()

    def to_entry(self) -> None:
        page = self.page
        ok, _ = page.attempt(page.station.tally_to_entry, page.session(), self.race.id, self.unused_spin.value(),
                             self.entry)
        if ok:
            self.entered.emit()
            self.dialog.accept()

    def _show_message(self, message: Message) -> None:
        self.message_label.setText(message.text)
        style.set_tone(self.message_label, _TONES.get(message.level, style.INFO))

    def _finished(self, _result: int) -> None:
        self.page.messages.shown.disconnect(self._show_message)
        self.dialog.deleteLater()


class CountingPage(QWidget):
    """The counting tab: a count sheet per race, the step to COUNTED, and the public display.

    ``session_provider`` returns the logged-in officer's session (or None). ``messages`` is the
    desk's message channel; without one the page shows its messages itself.
    """

    changed = Signal()       # something was recorded
    agreed = Signal(str)     # a race's count became agreed (race id)

    def __init__(self, station, session_provider: Callable[[], object], messages: MessageBridge | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CountingPage")
        self.station = station
        self.session = session_provider
        own_channel = messages is None
        self.messages = messages or MessageBridge(i18n.detect_language())
        self.setStyleSheet(QSS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("raceTabs")
        layout.addWidget(self.tabs, 1)
        self.sheets: dict[str, CountSheetController] = {}
        for race in station.races:
            host = QWidget()
            host_layout = QVBoxLayout(host)
            host_layout.setContentsMargins(6, 6, 6, 6)
            sheet = CountSheetController(self, race, host)
            host_layout.addWidget(sheet.form)
            # a long candidate list (or a message above the tabs) on a 768 px screen scrolls, and
            # the window stays on the screen
            self.tabs.addTab(forms.scrolling(host, f"countScroll_{race.id}"), race.name)
            self.sheets[race.id] = sheet

        bottom = QHBoxLayout()
        self.gate_label = QLabel()
        self.gate_label.setObjectName("gateLabel")
        self.gate_label.setWordWrap(True)
        self.counted_button = QPushButton()
        self.counted_button.setObjectName("countedButton")
        self.display_button = QPushButton()
        self.display_button.setObjectName("displayButton")
        bottom.addWidget(self.gate_label, 1)
        bottom.addWidget(self.display_button)
        bottom.addWidget(self.counted_button)
        layout.addLayout(bottom)
        self.message_label = QLabel()
        self.message_label.setObjectName("pageMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)
        if own_channel:
            self.messages.shown.connect(self._show_message)
            self.messages.cleared.connect(lambda: self.message_label.setVisible(False))

        self.counted_button.clicked.connect(self.mark_counted)
        self.display_button.clicked.connect(self.open_public_display)
        self.display = None
        self.refresh()

    # ----- the desk ---------------------------------------------------------------------------

    def attempt(self, fn, *args):
        """Run a service call; a refusal or a failing disk reaches the user as a message."""
        try:
            return True, fn(*args)
        except Refused as exc:
            self.messages.refused(exc)
        except ENVIRONMENT_ERRORS as exc:
            self.messages.error(self.tr("The station file could not be written ({reason}). Nothing was recorded: "
                                        "check the disk, then try again.").format(reason=exc))
        return False, None

    def _show_message(self, message: Message) -> None:
        self.message_label.setText(message.text)
        style.set_tone(self.message_label, _TONES.get(message.level, style.INFO))
        self.message_label.setVisible(True)

    def recorded(self, race_id: str, agreed: bool) -> None:
        self.refresh()
        self.changed.emit()
        if agreed:
            self.agreed.emit(race_id)

    def refresh(self) -> None:
        for index, (race_id, sheet) in enumerate(self.sheets.items()):
            sheet.refresh()
            done = sheet.status.agreed is not None
            self.tabs.setTabText(index, self.tr("✓ {race}").format(race=sheet.race.name) if done else sheet.race.name)
        state = self.station.state
        session = self.session()
        self.counted_button.setText(self.tr("Mark the station &counted"))
        self.display_button.setText(self.tr("&Public display…"))
        self.counted_button.setToolTip(self.tr("The chair marks the station counted once every race is agreed and "
                                               "checked."))
        if state in ("SETUP", "OPEN"):
            self.gate_label.setText(self.tr("Counting begins once the station is closed."))
            style.set_tone(self.gate_label, style.NEUTRAL)
            self.counted_button.setEnabled(False)
        elif state == "CLOSED":
            waiting = self._waiting()
            if waiting:
                self.gate_label.setText("\n".join(waiting))
                style.set_tone(self.gate_label, style.REFUSED)
            else:
                self.gate_label.setText(self.tr("Every race is agreed and checked: the chair may mark the station "
                                                "counted."))
                style.set_tone(self.gate_label, style.OK)
            self.counted_button.setEnabled(not waiting and counting_service.may(session, "station.counted"))
        else:
            self.gate_label.setText(self.tr("The station is counted: the protocol can be finalized."))
            style.set_tone(self.gate_label, style.OK)
            self.counted_button.setEnabled(False)

    def _waiting(self) -> list[str]:
        """What keeps the station from COUNTED, one sentence per kind of obstacle."""
        not_agreed, failing, unexplained = [], [], []
        for sheet in self.sheets.values():
            status, name = sheet.status, sheet.race.name
            if status.agreed is None:
                not_agreed.append(f"«{name}»")
                continue
            errors = sorted({r.relation_id for r in status.blocking})
            if errors:
                failing.append(f"«{name}» ({', '.join(errors)})")
            warnings = sorted({r.relation_id for r in status.unexplained})
            if warnings:
                unexplained.append(f"«{name}» ({', '.join(warnings)})")
        out = []
        if not_agreed:
            out.append(self.tr("Not agreed yet: {races}.").format(races="; ".join(not_agreed)))
        if failing:
            out.append(self.tr("A control relation fails, so recount and type again: {races}.").format(
                races="; ".join(failing)))
        if unexplained:
            out.append(self.tr("A warning needs a written explanation: {races}.").format(races="; ".join(unexplained)))
        return out

    def mark_counted(self) -> None:
        ok, _ = self.attempt(self.station.mark_counted, self.session())
        if ok:
            self.messages.info(self.tr("The station is counted. The protocol can now be finalized and signed."))
            self.refresh()
            self.changed.emit()

    def open_public_display(self):
        from polling_station.ui.public_display import PublicDisplay
        if self.display is None:
            self.display = PublicDisplay(self.station, self)
            self.agreed.connect(self.display.refresh)
        self.display.show_on_best_screen()
        return self.display

    def showEvent(self, event) -> None:
        # other desks and the command line write to the same file
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        # a hidden page refreshes when it is shown again
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.refresh()
        super().changeEvent(event)
