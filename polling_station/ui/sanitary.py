"""The Sanitary tab: the opening, periodic and closing checklists and their history, the schedule
of periodic checks, observers with their remarks, and the incident log; and ``install``, which
adds the tab and the due/overdue banner to the desk's main window.

Buttons are greyed out by the service's role table and the station's state; the service decides
and explains anything pressed anyway. Everything recorded here is journaled by the service and
reaches ``station status`` and the protocol's annex.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (QComboBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from polling_station.services.sanitary import INCIDENT_KINDS
from polling_station.ui import forms, style
from polling_station.ui import sanitary_text as stext
from polling_station.ui.context import DeskContext
from polling_station.ui.sanitary_banner import SanitaryBanner
from polling_station.ui.sanitary_checklist import ChecklistDialog
from polling_station.ui.sanitary_text import translate

__all__ = ["ChecklistDialog", "SanitaryBanner", "SanitaryPage", "SanitaryDesk", "install"]

# the header of the periodic schedule measures its wrapped headings in this size
HEADER_POINT_SIZE = 11

QSS = """
#sanitaryTabs QTabBar::tab { font-size: 13pt; padding: 6px 18px; min-width: 90px; }
#openingButton, #periodicButton, #closingButton { font-size: 14pt; padding: 6px 12px; }
#openingStatus, #periodicStatus, #closingStatus { font-size: 12pt; padding: 0 4px; }
#openingStatus[tone="ok"], #periodicStatus[tone="ok"], #closingStatus[tone="ok"] { color: #14532D; }
#openingStatus[tone="warn"], #periodicStatus[tone="warn"], #closingStatus[tone="warn"] {
    color: #5C3A00; font-weight: bold; }
#openingStatus[tone="refused"], #periodicStatus[tone="refused"], #closingStatus[tone="refused"] {
    color: #8E1B1B; font-weight: bold; }
#checksRoleNote { font-size: 12pt; color: #4A5968; }
#scheduleLabel { font-size: 12pt; color: #4A5968; }
QTableWidget { font-size: 12pt; }
QHeaderView::section { font-size: %dpt; }
#nameCaption, #representsCaption, #remarkCaption, #responseCaption, #kindCaption, #descriptionCaption,
#actionCaption { font-size: 13pt; }
QLineEdit, QPlainTextEdit, QComboBox { font-size: 13pt; }
#registerButton, #leftButton, #remarkButton, #responseButton, #incidentButton { font-size: 13pt; padding: 6px 12px; }
""" % HEADER_POINT_SIZE

_GREEN, _AMBER, _RED = QColor("#E3F2E6"), QColor("#FFF1D6"), QColor("#FDE7E7")
# the schedule's columns after the item (every, last done, next due, state, overdue periods): at most
_SCHEDULE_WIDTHS = {1: 140, 2: 130, 3: 130, 4: 200, 5: 260}


def _item(value: str, data=None) -> QTableWidgetItem:
    cell = QTableWidgetItem(value)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell


def _selected_id(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    cell = table.item(rows[0].row(), 0)
    return cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None


def _select_id(table: QTableWidget, wanted: int | None) -> None:
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == wanted:
            table.selectRow(row)
            return


def _stretch(table: QTableWidget, stretch: tuple[int, ...]) -> None:
    header = table.horizontalHeader()
    # wrapped cells need their height again whenever a column's width settles
    header.sectionResized.connect(table.resizeRowsToContents)
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


class SanitaryPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SanitaryPage")
        self.ctx = ctx
        self.dialog: ChecklistDialog | None = None
        self.tab_widget: QTabWidget | None = None  # set by install, for the tab's title
        self._present: set[int] = set()
        self._officer_names: dict[str, str] = {}
        self._today = ctx.station.clock().date()
        self.form = forms.load("sanitary", self)
        self.setStyleSheet(QSS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        f = self.form
        self.tabs = forms.child(f, QTabWidget, "sanitaryTabs")
        names = ("opening", "periodic", "closing")
        self.buttons = {name: forms.child(f, QPushButton, f"{name}Button") for name in names}
        self.statuses = {name: forms.child(f, QLabel, f"{name}Status") for name in names}
        self.role_note = forms.child(f, QLabel, "checksRoleNote")
        self.schedule_label = forms.child(f, QLabel, "scheduleLabel")
        self.schedule_table = forms.child(f, QTableWidget, "scheduleTable")
        self.history_table = forms.child(f, QTableWidget, "historyTable")
        self.observers_table = forms.child(f, QTableWidget, "observersTable")
        self.name_edit = forms.child(f, QLineEdit, "nameEdit")
        self.represents_edit = forms.child(f, QLineEdit, "representsEdit")
        self.register_button = forms.child(f, QPushButton, "registerButton")
        self.left_button = forms.child(f, QPushButton, "leftButton")
        self.remarks_table = forms.child(f, QTableWidget, "remarksTable")
        self.remark_edit = forms.child(f, QPlainTextEdit, "remarkEdit")
        self.response_edit = forms.child(f, QPlainTextEdit, "responseEdit")
        self.remark_button = forms.child(f, QPushButton, "remarkButton")
        self.response_button = forms.child(f, QPushButton, "responseButton")
        self.incidents_table = forms.child(f, QTableWidget, "incidentsTable")
        self.kind_combo = forms.child(f, QComboBox, "kindCombo")
        self.description_edit = forms.child(f, QPlainTextEdit, "descriptionEdit")
        self.action_edit = forms.child(f, QPlainTextEdit, "actionEdit")
        self.incident_button = forms.child(f, QPushButton, "incidentButton")

        _stretch(self.schedule_table, (0,))
        schedule_header = self.schedule_table.horizontalHeader()
        # Kazakh and Russian headings are long: they wrap rather than squeeze the item's own column
        schedule_header.setDefaultAlignment(Qt.AlignmentFlag(Qt.AlignmentFlag.AlignCenter.value
                                                             | Qt.TextFlag.TextWordWrap.value))
        for column in range(1, 6):
            schedule_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        _stretch(self.history_table, (4,))
        _stretch(self.observers_table, (1, 2))
        _stretch(self.remarks_table, (2, 3))
        _stretch(self.incidents_table, (2, 3))
        self._fill_kinds()

        for name, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, n=name: self.run_checklist(n))
        self.register_button.clicked.connect(self.register_observer)
        self.name_edit.returnPressed.connect(self.represents_edit.setFocus)
        self.represents_edit.returnPressed.connect(self.register_observer)
        self.left_button.clicked.connect(self.observer_left)
        self.remark_button.clicked.connect(self.record_remark)
        self.response_button.clicked.connect(self.answer_remark)
        self.incident_button.clicked.connect(self.record_incident)
        self.observers_table.itemSelectionChanged.connect(self._update_buttons)
        self.remarks_table.itemSelectionChanged.connect(self._update_buttons)
        self.remark_edit.textChanged.connect(self._update_buttons)
        self.response_edit.textChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(lambda _index: QTimer.singleShot(0, self, self._fit_rows))
        ctx.changed.connect(self.refresh)
        ctx.session_changed.connect(self.refresh)
        self.refresh()

    def _fill_kinds(self) -> None:
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in INCIDENT_KINDS:
            self.kind_combo.addItem(stext.incident_kind_name(kind), kind)
        index = self.kind_combo.findData(current)
        self.kind_combo.setCurrentIndex(max(index, 0))

    # ----- what the page shows ----------------------------------------------------------------

    def refresh(self) -> None:
        station = self.ctx.station
        if station.closed:  # a late language change or timer after the file was closed
            return
        self._officer_names = {o["id"]: o["name"] for o in station.officers()}
        self._today = station.clock().date()
        self.refresh_checks()
        self.refresh_observers()
        self.refresh_incidents()
        self._update_buttons()

    def _when(self, value) -> str:
        return stext.when(value, self._today)

    def _officer(self, officer_id: str | None) -> str:
        return self._officer_names.get(officer_id, officer_id or "—")

    def refresh_checks(self) -> None:
        station = self.ctx.station
        self._today = station.clock().date()
        self._show_opening_status()
        self._show_closing_status()
        self.refresh_schedule()
        self._show_history()

    def _show_opening_status(self) -> None:
        station, label = self.ctx.station, self.statuses["opening"]
        runs = station.checklist_runs("opening")
        exceptions = [e for e in station.checklist_exceptions() if e["name"] == "opening"]
        if not runs:
            label.setText(self.tr("Not done yet: the station cannot open without it."))
            tone = style.WARN if station.state == "SETUP" else style.NEUTRAL
        elif runs[-1]["passed"]:
            label.setText(self.tr("Passed at {time} ({name}).").format(
                time=self._when(runs[-1]["at"]), name=self._officer(runs[-1]["officer"])))
            tone = style.OK
        elif exceptions:
            label.setText(self.tr("Not passed at {time}; opened by the chair's exception: {reason}").format(
                time=self._when(runs[-1]["at"]), reason=exceptions[-1]["reason"]))
            tone = style.WARN
        else:
            label.setText(self.tr("Not passed at {time}. Mandatory items not yes: {count}.").format(
                time=self._when(runs[-1]["at"]), count=len(runs[-1]["failed_mandatory"])))
            tone = style.REFUSED
        style.set_tone(label, tone)

    def _show_closing_status(self) -> None:
        station, label = self.ctx.station, self.statuses["closing"]
        runs = station.checklist_runs("closing")
        if not runs:
            label.setText(self.tr("Not done yet: the station closes only after it."))
            # not a matter for the middle of the day: the Station tab asks for it at closing time
            tone = style.NEUTRAL
        elif runs[-1]["passed"]:
            label.setText(self.tr("Passed at {time} ({name}).").format(
                time=self._when(runs[-1]["at"]), name=self._officer(runs[-1]["officer"])))
            tone = style.OK
        else:
            label.setText(self.tr("Saved at {time}. Mandatory items not yes, written into the protocol: "
                                  "{count}.").format(time=self._when(runs[-1]["at"]),
                                                     count=len(runs[-1]["failed_mandatory"])))
            tone = style.WARN
        style.set_tone(label, tone)

    def refresh_schedule(self) -> None:
        """The periodic part only: cheap enough for the banner's 30-second tick."""
        station, lang = self.ctx.station, self.ctx.messages.lang
        template = station.checklist_template("periodic")
        status = station.periodic_status()
        last_done: dict[str, str] = {}
        for run in station.checklist_runs("periodic"):
            for answer in run["answers"]:
                if answer["answer"] in ("yes", "na"):
                    last_done[answer["item"]] = run["at"]

        label = self.statuses["periodic"]
        if status is None:
            self.schedule_label.setText(self.tr("The schedule starts when the station opens: each item falls due "
                                                "its interval after the opening."))
            label.setText(self.tr("During voting, at the times shown below."))
            tone = style.NEUTRAL
        else:
            self.schedule_label.setText(self.tr("Each item falls due its interval after its last check. A check "
                                                "done late leaves an overdue period, recorded for the protocol."))
            if status.state == "overdue":
                since = min(status.due_at[i] for i in status.overdue_items)
                label.setText(self.tr("OVERDUE since {time}: do the check now and record it.").format(
                    time=stext.clock_time(since)))
                tone = style.REFUSED
            elif status.state == "due_soon":
                soon = min(status.due_at[i] for i in status.due_soon_items)
                label.setText(self.tr("Due soon, at {time}.").format(time=stext.clock_time(soon)))
                tone = style.WARN
            else:
                label.setText(self.tr("Next due at {time}.").format(time=stext.clock_time(status.next_due_at)))
                tone = style.OK
            if station.state != "OPEN":
                label.setText(self.tr("Voting has ended."))
                tone = style.NEUTRAL
        style.set_tone(label, tone)

        periods: dict[str, list[str]] = {}
        for period in (status.overdue_periods if status is not None else ()):
            if period.ongoing:
                shown = self.tr("since {start}, not done yet").format(start=stext.clock_time(period.start))
            else:
                shown = self.tr("{start} to {end}").format(start=stext.clock_time(period.start),
                                                           end=stext.clock_time(period.end))
            periods.setdefault(period.item_id, []).append(shown)

        self.schedule_table.setRowCount(len(template.items))
        for row, item in enumerate(template.items):
            state_text, colour = "—", None
            due = "—"
            if status is not None:
                due_at = status.due_at[item.id]
                due = stext.clock_time(due_at)
                if item.id in status.overdue_items:
                    state_text, colour = self.tr("Overdue since {time}").format(time=due), _RED
                elif item.id in status.due_soon_items:
                    state_text, colour = self.tr("Due soon"), _AMBER
                else:
                    state_text, colour = self.tr("In time"), _GREEN
            cells = (stext.in_language(item.text, lang), stext.every(template.every_minutes_of(item)),
                     self._when(last_done.get(item.id)), due, state_text,
                     "; ".join(periods.get(item.id, ())) or "—")
            for column, value in enumerate(cells):
                cell = _item(value, item.id if column == 0 else None)
                if colour is not None and column == 4:
                    cell.setBackground(QBrush(colour))
                self.schedule_table.setItem(row, column, cell)
        # late checks pile up in the last column over a long day: it wraps, and the item keeps its room
        for column, widest in _SCHEDULE_WIDTHS.items():
            self.schedule_table.resizeColumnToContents(column)
            self.schedule_table.setColumnWidth(column, min(self.schedule_table.columnWidth(column), widest))
        self._fit_schedule_header()
        self.schedule_table.resizeRowsToContents()

    def _fit_schedule_header(self) -> None:
        """As tall as its longest wrapped heading: the header does not measure wrapped text itself."""
        table = self.schedule_table
        font = QFont(table.font())
        font.setPointSize(HEADER_POINT_SIZE)
        font.setBold(True)
        metrics = QFontMetrics(font)
        flags = Qt.TextFlag.TextWordWrap.value | Qt.AlignmentFlag.AlignCenter.value
        tallest = max(metrics.boundingRect(QRect(0, 0, max(table.columnWidth(c) - 8, 8), 10_000), flags,
                                           table.horizontalHeaderItem(c).text()).height()
                      for c in range(table.columnCount()))
        table.horizontalHeader().setFixedHeight(tallest + 10)

    def _show_history(self) -> None:
        station, lang = self.ctx.station, self.ctx.messages.lang
        runs = list(reversed(station.checklist_runs()))
        self.history_table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            template = station.checklist_template(run["name"])
            details = []
            for answer in run["answers"]:
                if answer["answer"] == "yes" and not answer["note"]:
                    continue
                item = stext.item_text(template, answer["item"], lang)
                if answer["note"]:
                    details.append(self.tr("{item} — {answer}: {note}").format(
                        item=item, answer=stext.answer_name(answer["answer"]), note=answer["note"]))
                else:
                    details.append(self.tr("{item} — {answer}").format(item=item,
                                                                      answer=stext.answer_name(answer["answer"])))
            if run["passed"]:
                result, colour = self.tr("Passed"), _GREEN
            else:
                result = self.tr("Mandatory items not yes: {count}").format(count=len(run["failed_mandatory"]))
                colour = _RED if run["name"] == "opening" else _AMBER
            cells = (self._when(run["at"]), stext.checklist_name(run["name"]), self._officer(run["officer"]),
                     result, "\n".join(details) or self.tr("Every item yes"))
            for column, value in enumerate(cells):
                cell = _item(value, run["id"] if column == 0 else None)
                if column == 3:
                    cell.setBackground(QBrush(colour))
                self.history_table.setItem(row, column, cell)
        self.history_table.resizeRowsToContents()

    def refresh_observers(self) -> None:
        observers = self.ctx.station.observers()
        chosen_observer = _selected_id(self.observers_table)
        chosen_remark = _selected_id(self.remarks_table)
        self.observers_table.setRowCount(len(observers))
        remarks = []
        self._present = {o["id"] for o in observers if not o["left_at"]}
        for row, observer in enumerate(observers):
            cells = (str(observer["id"]), observer["name"], observer["represents"], self._when(observer["arrived_at"]),
                     self._when(observer["left_at"]) if observer["left_at"] else self.tr("present"))
            for column, value in enumerate(cells):
                self.observers_table.setItem(row, column, _item(value, observer["id"] if column == 0 else None))
            remarks += [(observer, remark) for remark in observer["remarks"]]
        self.observers_table.resizeRowsToContents()
        _select_id(self.observers_table, chosen_observer)

        remarks.sort(key=lambda pair: (pair[1]["at"], pair[1]["id"]))
        self.remarks_table.setRowCount(len(remarks))
        for row, (observer, remark) in enumerate(remarks):
            if remark["response"]:
                response = self.tr("{response} ({time}, {name})").format(
                    response=remark["response"], time=self._when(remark["responded_at"]),
                    name=self._officer(remark["responded_by"]))
            else:
                response = self.tr("Not answered yet")
            cells = (self._when(remark["at"]), observer["name"], remark["text"], response)
            for column, value in enumerate(cells):
                cell = _item(value, remark["id"] if column == 0 else None)
                if column == 3 and not remark["response"]:
                    cell.setBackground(QBrush(_AMBER))
                self.remarks_table.setItem(row, column, cell)
        self.remarks_table.resizeRowsToContents()
        _select_id(self.remarks_table, chosen_remark)

    def refresh_incidents(self) -> None:
        incidents = self.ctx.station.incidents()
        self.incidents_table.setRowCount(len(incidents))
        for row, incident in enumerate(incidents):
            cells = (self._when(incident["at"]), stext.incident_kind_name(incident["kind"]), incident["description"],
                     incident["action_taken"] or "—", self._officer(incident["officer"]))
            for column, value in enumerate(cells):
                self.incidents_table.setItem(row, column, _item(value, incident["id"] if column == 0 else None))
        self.incidents_table.resizeRowsToContents()

    def _update_buttons(self) -> None:
        ctx, state = self.ctx, self.ctx.station.state
        may_run = ctx.may("checklist.run")
        self.buttons["opening"].setEnabled(may_run and state == "SETUP")
        self.buttons["periodic"].setEnabled(may_run and state == "OPEN")
        self.buttons["closing"].setEnabled(may_run and state in ("OPEN", "CLOSED"))
        if ctx.session is not None and not may_run:
            self.role_note.setText(self.tr("Checklists are recorded by the chair or the secretary."))
        else:
            self.role_note.clear()
        self.role_note.setVisible(bool(self.role_note.text()))

        observer = _selected_id(self.observers_table)
        present = observer in self._present
        registering = state in ("SETUP", "OPEN", "CLOSED", "COUNTED")
        self.register_button.setEnabled(ctx.may("observer.add") and registering)
        self.left_button.setEnabled(ctx.may("observer.leave") and present)
        self.remark_button.setEnabled(ctx.may("observer.remark") and observer is not None
                                      and bool(self.remark_edit.toPlainText().strip()))
        self.response_button.setEnabled(ctx.may("observer.remark") and _selected_id(self.remarks_table) is not None
                                        and bool(self.response_edit.toPlainText().strip()))
        self.incident_button.setEnabled(ctx.may("incident.add"))

    # ----- actions ----------------------------------------------------------------------------

    def run_checklist(self, name: str) -> ChecklistDialog | None:
        ok, template = self.ctx.attempt(self.ctx.station.checklist_template, name)
        if not ok:
            return None
        self.dialog = ChecklistDialog(self.ctx, template, self.window())
        self.dialog.open()
        return self.dialog

    def run_periodic(self) -> ChecklistDialog | None:
        """What the banner asks for; an officer who may not record it is told who does."""
        if not self.ctx.may("checklist.run"):
            self.ctx.messages.info(self.tr("The chair or the secretary records the periodic check: "
                                           "tell them, or log in as one of them."))
            return None
        return self.run_checklist("periodic")

    def register_observer(self) -> None:
        name = self.name_edit.text().strip()
        ok, _ = self.ctx.attempt(self.ctx.station.add_observer, self.ctx.session, name, self.represents_edit.text())
        if not ok:
            return
        self.name_edit.clear()
        self.represents_edit.clear()
        self.ctx.messages.info(self.tr("Observer {name} registered, arrived at {time}.").format(
            name=name, time=stext.clock_time(self.ctx.station.clock())))
        self.ctx.changed.emit()
        self.name_edit.setFocus()

    def observer_left(self) -> None:
        observer = _selected_id(self.observers_table)
        if observer is None:
            return
        ok, _ = self.ctx.attempt(self.ctx.station.observer_left, self.ctx.session, observer)
        if not ok:
            return
        name = next((o["name"] for o in self.ctx.station.observers() if o["id"] == observer), "")
        self.ctx.messages.info(self.tr("Observer {name} left at {time}.").format(
            name=name, time=stext.clock_time(self.ctx.station.clock())))
        self.ctx.changed.emit()

    def record_remark(self) -> None:
        observer = _selected_id(self.observers_table)
        if observer is None:
            return
        ok, _ = self.ctx.attempt(self.ctx.station.add_remark, self.ctx.session, observer,
                                 self.remark_edit.toPlainText(), self.response_edit.toPlainText())
        if not ok:
            return
        self.remark_edit.clear()
        self.response_edit.clear()
        self.ctx.messages.info(self.tr("The remark was recorded at {time}.").format(
            time=stext.clock_time(self.ctx.station.clock())))
        self.ctx.changed.emit()

    def answer_remark(self) -> None:
        remark = _selected_id(self.remarks_table)
        if remark is None:
            return
        ok, _ = self.ctx.attempt(self.ctx.station.respond_to_remark, self.ctx.session, remark,
                                 self.response_edit.toPlainText())
        if not ok:
            return
        self.response_edit.clear()
        self.ctx.messages.info(self.tr("The commission's response was recorded at {time}.").format(
            time=stext.clock_time(self.ctx.station.clock())))
        self.ctx.changed.emit()

    def record_incident(self) -> None:
        kind = self.kind_combo.currentData()
        ok, _ = self.ctx.attempt(self.ctx.station.add_incident, self.ctx.session, self.description_edit.toPlainText(),
                                 kind=kind, action_taken=self.action_edit.toPlainText().strip())
        if not ok:
            return
        self.description_edit.clear()
        self.action_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.ctx.messages.info(self.tr("Incident recorded at {time}: {kind}.").format(
            time=stext.clock_time(self.ctx.station.clock()), kind=stext.incident_kind_name(kind)))
        self.ctx.changed.emit()

    def _fit_rows(self) -> None:
        # rows sized while a table was hidden keep the height of its narrow columns of then
        for table in (self.schedule_table, self.history_table, self.observers_table, self.remarks_table,
                      self.incidents_table):
            if table.isVisible():
                table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)

    # ----- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # after the loader has put the form's own strings back in the new language
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._fill_kinds()
        self.refresh()
        if self.tab_widget is not None:
            self.tab_widget.setTabText(self.tab_widget.indexOf(self), self.title())

    @staticmethod
    def title() -> str:
        return translate("SanitaryPage", "Sanitary")


@dataclass
class SanitaryDesk:
    """What ``install`` added to a main window, for the window's owner and for tests."""

    page: SanitaryPage
    banner: SanitaryBanner


def install(controller) -> SanitaryDesk:
    """Add the Sanitary tab (after the Station tab) and the periodic-check banner (under the
    header, above the screens) to a ``MainWindowController``. Both follow ``ctx.changed`` and
    ``ctx.session_changed`` themselves."""
    ctx = controller.ctx
    page = SanitaryPage(ctx)
    tabs = controller.tabs
    station_tab = controller.window.findChild(QWidget, "stationTab")
    index = tabs.indexOf(station_tab) + 1 if station_tab is not None else tabs.count()
    tabs.insertTab(index, page, page.title())
    page.tab_widget = tabs

    # parented before it enters the layout: inserted parentless, PySide 6.12 invalidated the
    # Python side of the widgets its form had loaded
    banner = SanitaryBanner(ctx, controller.window.centralWidget())
    central = forms.child(controller.window, QVBoxLayout, "centralLayout")
    screens = forms.child(controller.window, QWidget, "screens")
    # under the header and the message banner, so it is seen on every screen, the login one included
    central.insertWidget(central.indexOf(screens), banner)
    banner.activated.connect(page.run_periodic)
    # other desks write to the same file: the page catches up on the banner's tick
    banner.timer.timeout.connect(page.refresh)
    return SanitaryDesk(page, banner)
