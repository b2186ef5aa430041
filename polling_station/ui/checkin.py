"""The check-in desk: scan or search, see the member and the service's verdict, issue the ballot.

A scanner types 12 digits and Enter: Enter searches at once and, when the member may vote,
puts the focus on "Issue ballot", so a second Enter issues it (two actions). Typed names are
searched 150 ms after the last key. Whether a member may vote, and whether this officer may
hand over the ballot, is asked of the service every time; the screen only shows its answer.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QStackedWidget, QWidget)

from polling_station.domain import iin as iin_rules
from polling_station.services.station import CheckInReceipt, SearchHit
from polling_station.ui import forms, style, text
from polling_station.ui.context import DeskContext

# a scanner's burst of digits (a few ms apart) becomes one search; a person's keystroke, 100 ms
# or more apart, gets its results within 10 ms plus the search (p99 6 ms on a 1M roll)
SEARCH_DEBOUNCE_MS = 10
SEARCH_LIMIT = 30

_TONE_COLOURS = {style.OK: "#14532D", style.WARN: "#7A4A00", style.REFUSED: "#8E1B1B"}


def _tone(hit: SearchHit) -> str:
    if not hit.decision.allowed:
        return style.REFUSED
    return style.WARN if hit.decision.warnings else style.OK


class CheckInController(QObject):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form = forms.load("checkin", parent)
        f = self.form
        self.search_edit = forms.child(f, QLineEdit, "searchEdit")
        self.results = forms.child(f, QListWidget, "resultsList")
        self.card_stack = forms.child(f, QStackedWidget, "cardStack")
        self.waiting_page = forms.child(f, QFrame, "waitingPage")
        self.card_page = forms.child(f, QFrame, "cardPage")
        self.issued_page = forms.child(f, QFrame, "issuedPage")
        self.waiting_title = forms.child(f, QLabel, "waitingTitle")
        self.waiting_detail = forms.child(f, QLabel, "waitingDetail")
        self.name_label = forms.child(f, QLabel, "nameLabel")
        self.iin_value = forms.child(f, QLabel, "iinValue")
        self.birth_value = forms.child(f, QLabel, "birthValue")
        self.precinct_value = forms.child(f, QLabel, "precinctValue")
        self.membership_value = forms.child(f, QLabel, "membershipValue")
        self.verdict_box = forms.child(f, QFrame, "verdictBox")
        self.verdict_title = forms.child(f, QLabel, "verdictTitle")
        self.verdict_detail = forms.child(f, QLabel, "verdictDetail")
        self.issue_button = forms.child(f, QPushButton, "issueButton")
        self.issue_note = forms.child(f, QLabel, "issueNote")
        self.issued_name = forms.child(f, QLabel, "issuedName")
        self.receipt_label = forms.child(f, QLabel, "receiptLabel")
        self.issued_detail = forms.child(f, QLabel, "issuedDetail")
        self.issued_warning = forms.child(f, QLabel, "issuedWarning")

        self.hits: list[SearchHit] = []
        self.searched = ""  # the query whose results are on screen
        self.last_receipt: CheckInReceipt | None = None
        self.confirmation: QMessageBox | None = None

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_search)

        self.search_edit.textEdited.connect(self._text_edited)
        self.search_edit.returnPressed.connect(self.enter_pressed)
        self.results.currentRowChanged.connect(self._row_changed)
        self.results.itemActivated.connect(lambda _item: self._focus_issue_or_search())
        self.issue_button.clicked.connect(self.issue)
        # a scan arriving while the focus is on the button or the list must still reach the input
        self.issue_button.installEventFilter(self)
        self.results.installEventFilter(self)
        self.search_edit.installEventFilter(self)
        self.show_waiting()

    # ----- input ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if watched is self.search_edit:
            if event.key() == Qt.Key.Key_Escape:
                self.reset()
                return True
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                return True
            return False
        typed = event.text()
        if not typed or not typed.isprintable() or typed == " ":
            return False
        if watched is self.issue_button and self.search_edit.text().strip() == self.searched:
            # the member on the card was skipped: the next scan starts afresh (only once, since
            # a fast scanner's later digits may still be addressed to the button)
            self.search_edit.clear()
        self.search_edit.setFocus()
        QApplication.sendEvent(self.search_edit, QKeyEvent(event.type(), event.key(), event.modifiers(), typed))
        return True

    def _text_edited(self, value: str) -> None:
        if value.strip():
            self.debounce.start()
        else:
            self.debounce.stop()
            self.reset(keep_text=True)

    def enter_pressed(self) -> None:
        self.debounce.stop()
        self.run_search()
        if len(self.hits) == 1:
            self._focus_issue_or_search()
        elif self.hits:
            self.results.setFocus()

    def _focus_issue_or_search(self) -> None:
        if self.issue_button.isEnabled():
            self.issue_button.setFocus()
        else:
            self.search_edit.setFocus()
            self.search_edit.selectAll()

    def reset(self, keep_text: bool = False) -> None:
        self.debounce.stop()
        if not keep_text:
            self.search_edit.clear()
        self.hits = []
        self.results.clear()
        self.show_waiting()
        self.search_edit.setFocus()

    def focus(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # ----- search -----------------------------------------------------------------------------

    def run_search(self, *, keep_messages: bool = False) -> None:
        query = self.search_edit.text().strip()
        if not query or self.ctx.session is None:
            return
        if not keep_messages:
            # a new member at the desk: the last one's message no longer applies
            self.ctx.messages.clear()
        self.searched = query
        ok, hits = self.ctx.attempt(self.ctx.station.search, self.ctx.session, query, SEARCH_LIMIT)
        self.hits = list(hits) if ok else []
        self.results.blockSignals(True)
        self.results.clear()
        for hit in self.hits:
            self.results.addItem(self._item(hit))
        self.results.blockSignals(False)
        if not ok:
            self.show_waiting()
        elif not self.hits:
            self.show_not_found(query)
        else:
            self.results.setCurrentRow(0)

    def _item(self, hit: SearchHit) -> QListWidgetItem:
        m = hit.member
        if not hit.decision.allowed:
            verdict = self.tr("Refused")
        elif hit.decision.warnings:
            verdict = self.tr("Check warning")
        else:
            verdict = self.tr("May vote")
        item = QListWidgetItem(self.tr("{name}\n{iin} · born {birth} · precinct {precinct} · {verdict}").format(
            name=m.full_name, iin=m.iin, birth=text.date(m.birth_date), precinct=m.precinct, verdict=verdict))
        item.setForeground(QBrush(QColor(_TONE_COLOURS[_tone(hit)])))
        return item

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.show_hit(self.hits[row])

    def current_hit(self) -> SearchHit | None:
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) and self.card_stack.currentWidget() is self.card_page else None

    def retranslate(self) -> None:
        """Redraw what is on screen in the newly installed language (the form retranslates itself)."""
        page = self.card_stack.currentWidget()
        if page is self.card_page and self.current_hit() is not None:
            self.show_hit(self.current_hit())
        elif page is self.issued_page and self.last_receipt is not None:
            self.show_issued(self.last_receipt)
        elif page is self.waiting_page and self.waiting_detail.property("tone") == style.REFUSED and self.searched:
            self.show_not_found(self.searched)
        else:
            self.show_waiting()
        for row, hit in enumerate(self.hits):
            self.results.item(row).setText(self._item(hit).text())

    # ----- the card ---------------------------------------------------------------------------

    def show_waiting(self) -> None:
        self.waiting_title.setText(self.tr("Ready for the next member"))
        self.waiting_detail.setText(self.tr("Scan the barcode of the ID card, or type a name."))
        style.set_tone(self.waiting_detail, style.NEUTRAL)
        self.card_stack.setCurrentWidget(self.waiting_page)

    def show_not_found(self, query: str) -> None:
        if query.isascii() and query.isdigit() and len(query) == 12:
            # a mis-scan (bad check digit) reads differently from a valid IIN that is not on the roll
            problems = iin_rules.problems(query) or [self.ctx.station.decide(query, None, None).refusal]
            detail = "\n".join(self.ctx.messages.render(p) for p in problems)
            self.waiting_title.setText(self.tr("Do not issue a ballot"))
        else:
            detail = self.tr("Nobody on the roll matches «{query}». Check the spelling, or scan the ID card.").format(
                query=query)
            self.waiting_title.setText(self.tr("Not found"))
        self.waiting_detail.setText(detail)
        style.set_tone(self.waiting_detail, style.REFUSED)
        self.card_stack.setCurrentWidget(self.waiting_page)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def show_hit(self, hit: SearchHit) -> None:
        m = hit.member
        station = self.ctx.station
        self.name_label.setText(m.full_name)
        self.iin_value.setText(m.iin)
        self.birth_value.setText(text.date(m.birth_date))
        precinct = station.election.precinct(m.precinct)
        if m.precinct == station.precinct_id:
            self.precinct_value.setText(self.tr("{id} (this precinct)").format(id=m.precinct))
        elif precinct is not None:
            self.precinct_value.setText(self.tr("{id}: {name}, {address}").format(
                id=precinct.id, name=precinct.name, address=precinct.address or "—"))
        else:
            self.precinct_value.setText(m.precinct)
        self.membership_value.setText(self.tr("{status}, joined {joined}").format(
            status=text.membership_name(m.status), joined=text.date(m.joined_on)))

        decision = hit.decision
        render = self.ctx.messages.render
        if not decision.allowed:
            self.verdict_title.setText(self.tr("Do not issue a ballot"))
            self.verdict_detail.setText(render(decision.refusal))
        elif decision.warnings:
            self.verdict_title.setText(self.tr("May vote, but read this first"))
            self.verdict_detail.setText("\n".join(render(w) for w in decision.warnings))
        else:
            self.verdict_title.setText(self.tr("May vote"))
            self.verdict_detail.setText(self.tr("On this precinct's roll, membership active, no ballot issued yet."))
        style.set_tone(self.verdict_box, _tone(hit))

        # the member may vote; may this officer, now, hand over the ballot?
        officer = station.decide(m.iin, m, self.ctx.session.role if self.ctx.session else None)
        can_issue = self.ctx.session is not None and decision.allowed and officer.allowed
        self.issue_button.setEnabled(can_issue)
        if decision.allowed and not officer.allowed:
            self.issue_note.setText(render(officer.refusal))
        elif can_issue:
            self.issue_note.setText(self.tr("Press Enter to issue the ballot; scan another card to skip."))
        else:
            self.issue_note.clear()
        self.card_stack.setCurrentWidget(self.card_page)

    # ----- issuing ----------------------------------------------------------------------------

    def issue(self) -> None:
        hit = self.current_hit()
        if hit is None or not self.issue_button.isEnabled():
            return
        if hit.decision.warnings:
            self._confirm(hit)
        else:
            self._check_in(hit)

    def _confirm(self, hit: SearchHit) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Already voted online"),
                          "\n\n".join(self.ctx.messages.render(w) for w in hit.decision.warnings),
                          QMessageBox.StandardButton.NoButton, self.form.window())
        box.setObjectName("onlineVoteConfirmation")
        box.setInformativeText(self.tr("Issue a paper ballot to {name} anyway?").format(name=hit.member.full_name))
        yes = box.addButton(self.tr("Issue the paper ballot"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Do not issue"), QMessageBox.ButtonRole.RejectRole)
        yes.setObjectName("confirmIssue")
        no.setObjectName("cancelIssue")
        # Enter twice in a row must not slip past the warning: the safe answer is the default
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(_result: int) -> None:
            self.confirmation = None
            if box.clickedButton() is yes:
                self._check_in(hit)
            else:
                self.focus()

        box.finished.connect(answered)
        self.confirmation = box
        box.open()

    def _check_in(self, hit: SearchHit) -> None:
        ok, receipt = self.ctx.attempt(self.ctx.station.check_in, self.ctx.session, hit.member.iin)
        if not ok:
            # show what the service knows now (e.g. another desk was faster), beside its refusal
            self.run_search(keep_messages=True)
            self.search_edit.setFocus()
            self.search_edit.selectAll()
            return
        self.last_receipt = receipt
        self.show_issued(receipt)
        self.search_edit.clear()
        self.hits = []
        self.results.clear()
        self.search_edit.setFocus()
        self.ctx.changed.emit()

    def show_issued(self, receipt: CheckInReceipt) -> None:
        self.issued_name.setText(receipt.name)
        self.receipt_label.setText(receipt.receipt)
        self.issued_detail.setText(self.tr("IIN {iin} · at {time} · desk {desk}").format(
            iin=receipt.iin, time=text.time(receipt.at), desk=self.ctx.session.desk))
        self.issued_warning.setText("\n".join(self.ctx.messages.render(w) for w in receipt.warnings))
        self.card_stack.setCurrentWidget(self.issued_page)
