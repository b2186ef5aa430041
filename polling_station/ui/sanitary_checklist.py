"""Running one sanitary checklist (opening, periodic or closing) and, for the opening one, the
chair's written exception.

Each item is a row: its text in the desk's language, whether it is mandatory, yes / no / not
applicable, and a note that a "no" requires. Saving hands the answers to the service as they
are; what it refuses comes back onto the rows it concerns, so the rules live in one place.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QRadioButton, QScrollArea, QVBoxLayout, QWidget)

from polling_station.domain.checklists import ChecklistItem, ChecklistOutcome, ChecklistTemplate
from polling_station.errors import Refused
from polling_station.ui import forms, style, text
from polling_station.ui import sanitary_text as stext
from polling_station.ui.context import ENVIRONMENT_ERRORS, DeskContext
from polling_station.ui.dialogs import _DialogController
from polling_station.ui.messages import Message

QSS = """
#titleLabel { font-size: 18pt; font-weight: bold; color: #1F3A5F; }
#answererLabel { font-size: 13pt; color: #333333; }
#introLabel { font-size: 13pt; }
#itemsBox { background: #FFFFFF; }
QFrame#ChecklistItemRow { border-bottom: 1px solid #D5DCE3; background: #FFFFFF; }
QFrame#ChecklistItemRow[tone="warn"] { background: #FFF8EA; border-left: 5px solid #C77700; }
QFrame#ChecklistItemRow[tone="refused"] { background: #FDE7E7; border-left: 5px solid #B3261E; }
#numberLabel { font-size: 14pt; font-weight: bold; color: #4A5968; min-width: 30px; }
#itemText { font-size: 14pt; }
#mandatoryLabel { font-size: 11pt; font-weight: bold; padding: 2px 8px; border-radius: 4px; min-width: 110px; }
#mandatoryLabel[kind="mandatory"] { color: #8E1B1B; border: 2px solid #B3261E; }
#mandatoryLabel[kind="optional"] { color: #4A5968; border: 1px solid #B8C2CC; }
QRadioButton { font-size: 14pt; padding: 5px 12px; border: 2px solid #B8C2CC; border-radius: 6px;
               background: #FFFFFF; }
QRadioButton:focus { border: 3px solid #1F5FBF; }
QRadioButton#yesRadio:checked { background: #1B7F3B; color: #FFFFFF; border-color: #14532D; font-weight: bold; }
QRadioButton#noRadio:checked { background: #B3261E; color: #FFFFFF; border-color: #8E1B1B; font-weight: bold; }
QRadioButton#naRadio:checked { background: #4A5968; color: #FFFFFF; border-color: #333333; font-weight: bold; }
#noteEdit { font-size: 14pt; }
#noteError { font-size: 13pt; font-weight: bold; }
#noteError[tone="warn"] { color: #5C3A00; }
#noteError[tone="refused"] { color: #8E1B1B; }
#messageLabel { font-size: 14pt; }
#messageLabel[tone="refused"] { color: #8E1B1B; font-weight: bold; }
#messageLabel[tone="warn"] { color: #5C3A00; }
#messageLabel[tone="info"] { color: #14532D; }
#outcomeLabel { font-size: 14pt; padding: 8px 12px; border-radius: 6px; }
#outcomeLabel[tone="ok"] { background: #E3F2E6; color: #14532D; border: 2px solid #1B7F3B; font-weight: bold; }
#outcomeLabel[tone="warn"] { background: #FFF1D6; color: #5C3A00; border: 2px solid #C77700; }
#outcomeLabel[tone="refused"] { background: #FDE7E7; color: #8E1B1B; border: 2px solid #B3261E; }
#exceptionGroup { border: 2px solid #C77700; }
#exceptionIntro, #exceptionNote { font-size: 13pt; }
#exceptionNote[tone="refused"] { color: #8E1B1B; font-weight: bold; }
#exceptionNote[tone="ok"] { color: #14532D; font-weight: bold; }
#reasonEdit { font-size: 14pt; }
#exceptionButton { font-weight: bold; color: #5C3A00; border-color: #C77700; }
#exceptionButton:disabled { font-weight: normal; color: #7A8591; border-color: #C3CAD1; }
#saveButton { font-weight: bold; color: #FFFFFF; background: #1F5FBF; border-color: #1F5FBF; }
#saveButton:disabled { color: #7A8591; background: #ECEFF2; border-color: #C3CAD1; }
"""

class ChecklistItemRow(QObject):
    """One item of the checklist on the real ``checklist_item`` form."""

    changed = Signal()

    def __init__(self, item: ChecklistItem, number: int, lang: str, parent: QWidget):
        super().__init__(parent)
        self.item = item
        self.form: QFrame = forms.load("checklist_item", parent)
        f = self.form
        self.number_label = forms.child(f, QLabel, "numberLabel")
        self.text_label = forms.child(f, QLabel, "itemText")
        self.mandatory_label = forms.child(f, QLabel, "mandatoryLabel")
        self.radios = {"yes": forms.child(f, QRadioButton, "yesRadio"),
                       "no": forms.child(f, QRadioButton, "noRadio"),
                       "na": forms.child(f, QRadioButton, "naRadio")}
        self.note_edit = forms.child(f, QLineEdit, "noteEdit")
        self.note_error = forms.child(f, QLabel, "noteError")
        self.group = QButtonGroup(self)
        for radio in self.radios.values():
            self.group.addButton(radio)
        self.number_label.setText(f"{number}.")
        self.refused = False
        self.retranslate(lang)
        self.group.buttonToggled.connect(self._answer_toggled)
        self.note_edit.textChanged.connect(self._note_changed)

    def retranslate(self, lang: str) -> None:
        self.text_label.setText(stext.in_language(self.item.text, lang))
        if self.item.mandatory:
            self.mandatory_label.setText(self.tr("Mandatory"))
            self.mandatory_label.setProperty("kind", "mandatory")
        else:
            self.mandatory_label.setText(self.tr("Optional"))
            self.mandatory_label.setProperty("kind", "optional")
        self._update_note()

    # ----- the answer -------------------------------------------------------------------------

    def answer(self) -> str | None:
        return next((value for value, radio in self.radios.items() if radio.isChecked()), None)

    def set_answer(self, value: str) -> None:
        self.radios[value].setChecked(True)

    def note(self) -> str:
        return self.note_edit.text().strip()

    def _answer_toggled(self, _button, checked: bool) -> None:
        if checked:
            self.refused = False
            self._update_note()
            self.changed.emit()

    def _note_changed(self, _text: str) -> None:
        self._update_note()
        self.changed.emit()

    def _update_note(self) -> None:
        answer = self.answer()
        self.note_edit.setVisible(answer in ("no", "na") or bool(self.note_edit.text()))
        if answer == "no":
            self.note_edit.setPlaceholderText(self.tr("Required: what is wrong, and what is being done about it"))
        else:
            self.note_edit.setPlaceholderText(self.tr("A note, if something should be on record (optional)"))
        if answer == "no" and not self.note():
            # the warning stays until the note is written; after a refused save it turns red
            self.show_problem(self.tr("A “no” needs a note: write what is wrong."), refused=self.refused)
        elif self.refused and answer is None:
            self.show_problem(self.tr("Choose yes, no or not applicable."), refused=True)
        else:
            self.refused = False
            self.note_error.clear()
            self.note_error.setVisible(False)
            style.set_tone(self.form, "")

    def show_problem(self, message: str, *, refused: bool) -> None:
        self.refused = refused
        self.note_error.setText(message)
        self.note_error.setVisible(True)
        tone = style.REFUSED if refused else style.WARN
        style.set_tone(self.form, tone)
        style.set_tone(self.note_error, tone)

    def has_problem(self) -> bool:
        return self.note_error.isVisible()

    def focus(self) -> None:
        if self.answer() == "no":
            self.note_edit.setFocus()
        else:
            (self.group.checkedButton() or self.radios["yes"]).setFocus()


class ChecklistDialog(_DialogController):
    """Runs one checklist for the logged-in officer; ``saved`` carries the recorded outcome."""

    form_name = "checklist"
    saved = Signal(object)  # ChecklistOutcome

    def __init__(self, ctx: DeskContext, template: ChecklistTemplate, parent: QWidget | None):
        super().__init__(ctx, parent)
        self.template = template
        self.name = template.name
        self.outcome: ChecklistOutcome | None = None
        self.saved_at: str | None = None
        d = self.dialog
        d.setStyleSheet(QSS)
        self.title_label = forms.child(d, QLabel, "titleLabel")
        self.answerer_label = forms.child(d, QLabel, "answererLabel")
        self.intro_label = forms.child(d, QLabel, "introLabel")
        self.scroll = forms.child(d, QScrollArea, "itemsScroll")
        self.items_box = forms.child(d, QWidget, "itemsBox")
        self.outcome_label = forms.child(d, QLabel, "outcomeLabel")
        self.exception_group = forms.child(d, QGroupBox, "exceptionGroup")
        self.reason_edit = forms.child(d, QPlainTextEdit, "reasonEdit")
        self.exception_button = forms.child(d, QPushButton, "exceptionButton")
        self.exception_note = forms.child(d, QLabel, "exceptionNote")
        self.all_yes_button = forms.child(d, QPushButton, "allYesButton")
        self.save_button = forms.child(d, QPushButton, "saveButton")
        self.close_button = forms.child(d, QPushButton, "closeButton")

        layout: QVBoxLayout = self.items_box.layout()
        lang = ctx.messages.lang
        self.rows: dict[str, ChecklistItemRow] = {}
        for number, item in enumerate(template.items, 1):
            row = ChecklistItemRow(item, number, lang, self.items_box)
            layout.insertWidget(layout.count() - 1, row.form)
            row.changed.connect(self._answers_changed)
            self.rows[item.id] = row
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # the rows were made after the form: without this, Tab would leave the last item for "all yes"
        chain = [w for row in self.rows.values() for w in (*row.radios.values(), row.note_edit)]
        chain += [self.save_button, self.reason_edit, self.exception_button, self.close_button, self.all_yes_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        self.all_yes_button.clicked.connect(self.answer_all_yes)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(d.reject)
        self.reason_edit.textChanged.connect(self._update_exception)
        self.exception_button.clicked.connect(self.record_exception)
        self.retranslate()
        self._show_recorded_opening()
        self._update_exception()
        self.message_label.setVisible(False)
        self.dialog.installEventFilter(self)

    def _show_message(self, message: Message) -> None:
        super()._show_message(message)
        # an empty message line would leave a gap between the items and the buttons
        self.message_label.setVisible(True)

    def open(self) -> None:
        super().open()
        # focus can only be given once the dialog is on screen
        next(iter(self.rows.values())).radios["yes"].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.LanguageChange:
            # after the loader has put the form's own strings back in the new language
            QTimer.singleShot(0, self, self.retranslate)
        return False

    # ----- what the dialog shows --------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.ctx.messages.lang
        title = stext.in_language(self.template.title, lang)
        self.dialog.setWindowTitle(title)
        self.title_label.setText(title)
        intro = {
            "opening": self.tr("Answer every item as it stands now; a “no” needs a note. The station opens only "
                               "when every mandatory item is yes, or when the chair records an exception."),
            "periodic": self.tr("Answer for what was just done; a “no” needs a note. An item answered “no” "
                                "stays due, and the alarm stays on until it is done and checked again."),
            "closing": self.tr("Answer every item; a “no” needs a note. Mandatory items that are not yes do not "
                               "hold up the count: they are written into the protocol."),
        }
        self.intro_label.setText(intro.get(self.name, ""))
        for row in self.rows.values():
            row.retranslate(lang)
        self._show_answerer()

    def _show_answerer(self) -> None:
        session = self.ctx.session
        now = stext.clock_time(self.ctx.station.clock())
        if session is None:
            self.answerer_label.setText(self.tr("Nobody is logged in · {time}").format(time=now))
        else:
            self.answerer_label.setText(self.tr("Answered by {name} ({role}) · {time}").format(
                name=session.name, role=text.role_name(session.role), time=now))

    def _answers_changed(self) -> None:
        # a changed answer is a new run to save, not a repeat of the one just saved
        self.save_button.setEnabled(True)
        self._show_answerer()

    def _show_recorded_opening(self) -> None:
        """An opening checklist saved earlier that failed: the chair can record the exception for it
        without answering everything again."""
        station = self.ctx.station
        if self.name != "opening" or station.state != "SETUP":
            return
        runs = station.checklist_runs("opening")
        if not runs or runs[-1]["passed"]:
            return
        run = runs[-1]
        names = {o["id"]: o["name"] for o in station.officers()}
        failed = "\n".join("• " + stext.item_text(self.template, i, self.ctx.messages.lang)
                           for i in run["failed_mandatory"])
        head = self.tr("The opening checklist saved at {time} by {name} left these mandatory items unmet:").format(
            time=stext.when(run["at"], station.clock().date()), name=names.get(run["officer"], run["officer"]))
        lines = [head, failed]
        if self._excused():
            lines.append(self.tr("An exception is recorded: the station may open, and the reason goes into the "
                                 "protocol."))
        self._show_outcome("\n".join(lines), style.WARN if self._excused() else style.REFUSED)
        self.exception_group.setVisible(True)

    def _excused(self) -> bool:
        """Whether the chair's recorded exception lets the station open despite the unmet items."""
        station = self.ctx.station
        return self.name == "opening" and station.state == "SETUP" and station.opening_decision().exception is not None

    def _show_outcome(self, message: str, tone: str) -> None:
        self.outcome_label.setText(message)
        style.set_tone(self.outcome_label, tone)
        self.outcome_label.setVisible(True)

    def _update_exception(self) -> None:
        station, lang = self.ctx.station, self.ctx.messages.lang
        recorded = [e for e in station.checklist_exceptions() if e["name"] == "opening"]
        decision = station.opening_decision() if self.name == "opening" else None
        if decision is not None and decision.exception is not None and recorded and station.state == "SETUP":
            last = recorded[-1]
            if self.reason_edit.toPlainText() != last["reason"]:
                self.reason_edit.blockSignals(True)
                self.reason_edit.setPlainText(last["reason"])
                self.reason_edit.blockSignals(False)
            self.reason_edit.setReadOnly(True)
            self.exception_button.setEnabled(False)
            items = ", ".join(stext.item_text(self.template, i, lang) for i in last["failed_mandatory"])
            self.exception_note.setText(self.tr("Exception recorded at {time} for: {items}. The chair may now open "
                                                "the station on the Station tab.").format(
                time=stext.when(last["at"], station.clock().date()), items=items))
            style.set_tone(self.exception_note, style.OK)
            return
        self.reason_edit.setReadOnly(False)
        allowed = self.ctx.may("checklist.exception")
        self.exception_button.setEnabled(allowed and bool(self.reason_edit.toPlainText().strip()))
        if not allowed:
            self.exception_note.setText(self.tr("Only the chair may record an exception."))
        elif not self.reason_edit.toPlainText().strip():
            self.exception_note.setText(self.tr("Write the reason first: without it there is no exception."))
        else:
            self.exception_note.clear()
        style.set_tone(self.exception_note, "")

    # ----- actions ----------------------------------------------------------------------------

    def answer_all_yes(self) -> None:
        for row in self.rows.values():
            row.set_answer("yes")

    def answers(self) -> dict[str, dict[str, str]]:
        """The rows as the service reads them; an unanswered row is left out, so the service names it."""
        return {item_id: {"answer": row.answer(), "note": row.note()}
                for item_id, row in self.rows.items() if row.answer() is not None}

    def save(self) -> ChecklistOutcome | None:
        station, session = self.ctx.station, self.ctx.session
        for row in self.rows.values():
            row.refused = False
        try:
            outcome = station.run_checklist(session, self.name, self.answers())
        except Refused as exc:
            self._show_refusal(exc)
            return None
        except ENVIRONMENT_ERRORS as exc:
            self.ctx.environment_failed(exc)
            return None
        runs = station.checklist_runs(self.name)
        self.saved_at = runs[-1]["at"] if runs else None
        self.outcome = outcome
        self.message_label.clear()
        self.message_label.setVisible(False)
        self._show_saved(outcome)
        self.save_button.setEnabled(False)
        self.ctx.changed.emit()
        self.saved.emit(outcome)
        return outcome

    def _show_refusal(self, exc: Refused) -> None:
        first = None
        general = []
        for problem in exc.problems:
            row = self.rows.get(problem.params.get("item")) if problem.code.startswith("checklist.") else None
            if row is None:
                general.append(stext.render(self.ctx.messages, problem, self.template))
                continue
            if problem.code == "checklist.note_required":
                row.show_problem(self.tr("A “no” needs a note: write what is wrong."), refused=True)
            elif problem.code == "checklist.unanswered":
                row.show_problem(self.tr("Choose yes, no or not applicable."), refused=True)
            else:
                row.show_problem(stext.render(self.ctx.messages, problem, self.template), refused=True)
            first = first or row
        if first is not None:
            count = sum(1 for row in self.rows.values() if row.has_problem() and row.refused)
            general.insert(0, self.tr("Nothing was saved. Items marked in red need an answer or a note: {count}.")
                           .format(count=count))
            self.scroll.ensureWidgetVisible(first.form)
            first.focus()
        self.message_label.setText("\n".join(general))
        style.set_tone(self.message_label, style.REFUSED)
        self.message_label.setVisible(True)

    def _show_saved(self, outcome: ChecklistOutcome, *, focus: bool = True) -> None:
        station, lang = self.ctx.station, self.ctx.messages.lang
        at = stext.when(self.saved_at, station.clock().date())
        if outcome.passed:
            lines = [self.tr("Saved at {time}: every mandatory item is yes.").format(time=at)]
            if self.name == "opening":
                lines.append(self.tr("The sanitary checklist no longer holds up the opening."))
            tone = style.OK
        else:
            lines = [self.tr("Saved at {time}. These mandatory items are not yes:").format(time=at)]
            lines += ["• " + stext.item_text(self.template, i, lang) for i in outcome.failed_mandatory]
            if self._excused():
                lines.append(self.tr("An exception is recorded: the station may open, and the reason goes into "
                                     "the protocol."))
            else:
                lines.append({
                    "opening": self.tr("The station cannot open until they are yes, or until the chair records "
                                       "an exception below."),
                    "periodic": self.tr("They stay due: do them, then record the check again."),
                    "closing": self.tr("They are written into the protocol; the station may still close."),
                }[self.name])
            tone = style.REFUSED if self.name == "opening" and not self._excused() else style.WARN
        if outcome.failed_optional:
            lines.append(self.tr("Optional items answered no, kept as remarks: {items}.").format(
                items="; ".join(stext.item_text(self.template, i, lang) for i in outcome.failed_optional)))
        self._show_outcome("\n".join(lines), tone)
        show_exception = self.name == "opening" and not outcome.passed
        self.exception_group.setVisible(show_exception)
        if show_exception:
            self._update_exception()
            if focus:
                self.reason_edit.setFocus()

    def record_exception(self) -> bool:
        station, session = self.ctx.station, self.ctx.session
        try:
            station.record_opening_exception(session, self.reason_edit.toPlainText())
        except Refused as exc:
            self.exception_note.setText("\n".join(stext.render(self.ctx.messages, p, self.template)
                                                  for p in exc.problems))
            style.set_tone(self.exception_note, style.REFUSED)
            return False
        except ENVIRONMENT_ERRORS as exc:
            self.ctx.environment_failed(exc)
            return False
        self.ctx.changed.emit()
        if self.outcome is not None:
            self._show_saved(self.outcome, focus=False)
        else:
            self._show_recorded_opening()
        self._update_exception()
        self.close_button.setFocus()
        return True

    def _finished(self, result: int) -> None:
        super()._finished(result)
        if self.outcome is None:
            return
        # the dialog is gone: the window's banner keeps the news for whoever looks next
        at = stext.when(self.saved_at, self.ctx.station.clock().date())
        checklist = stext.checklist_name(self.name)
        if self.outcome.passed:
            self.ctx.messages.info(self.tr("{checklist} saved at {time}: every mandatory item is yes.").format(
                checklist=checklist, time=at))
        else:
            self.ctx.messages.warning(self.tr("{checklist} saved at {time}: mandatory items not yes: {count}. "
                                              "See the Sanitary tab.").format(
                checklist=checklist, time=at, count=len(self.outcome.failed_mandatory)))
