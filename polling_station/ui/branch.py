"""The branch office's window: import dashboard, online ballots, turnout, ratings and the draft list.

Long work (verifying a folder of packages, 600,000 online ballots, merging for the ratings) runs
in a worker thread with its own database connection, reporting progress to a bar; the window
reads the same file through its own connection (WAL lets both proceed). Refusals and failing
disks reach the user through the one message channel; the controller holds no rules.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import QSettings, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QFrame, QHeaderView, QLabel, QMainWindow,
                               QProgressBar, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QWidget)

from polling_station.domain import names
from polling_station.errors import Refused
from polling_station.services.branch import Branch
from polling_station.ui import forms, style, text
from polling_station.ui.messages import MessageBridge

ENVIRONMENT_ERRORS = (sqlite3.DatabaseError, OSError)
_GREY = QColor("#6B7280")
_STATE_TONES = {"imported": QColor("#E3F2E6"), "missing": QColor("#F1F3F5"), "rejected": QColor("#FDE7E7"),
                "conflict": QColor("#FFF1D6")}


class BranchJob(QThread):
    """Runs ``work(branch, progress)`` on its own connection to the branch file."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, db_path: Path, work: Callable[[Branch, Callable[[int, int], None]], Any], parent=None):
        super().__init__(parent)
        self.db_path = db_path
        self.work = work

    def run(self) -> None:
        from polling_station.services.branch_verify import quiet_verifier_logs
        quiet_verifier_logs()
        try:
            branch = Branch.open(self.db_path)
        except (Refused, *ENVIRONMENT_ERRORS) as exc:
            self.failed.emit(exc)
            return
        try:
            self.succeeded.emit(self.work(branch, self.progressed.emit))
        except (Refused, *ENVIRONMENT_ERRORS) as exc:
            self.failed.emit(exc)
        finally:
            branch.close_db()


def _item(value, *, number: bool = False, grey: bool = False, background: QColor | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if grey:
        item.setForeground(QBrush(_GREY))
    if background is not None:
        item.setBackground(QBrush(background))
    return item


class BranchWindow(QMainWindow):
    results_ready = Signal()
    job_done = Signal(str)  # the job's name, once its results are on screen

    def __init__(self, db_path, messages: MessageBridge | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.messages = messages or MessageBridge(parent=self)
        self.branch = Branch.open(self.db_path)
        self.results = None
        self.job: BranchJob | None = None
        self.last_outcomes: list = []
        self.last_online = None

        self.form = forms.load("branch_dashboard")
        self.setCentralWidget(self.form)
        f = self.form
        self.banner = forms.child(f, QLabel, "messageBanner")
        self.tabs = forms.child(f, QTabWidget, "tabs")
        self.choose_button = forms.child(f, QPushButton, "chooseFolderButton")
        self.folder_label = forms.child(f, QLabel, "folderLabel")
        self.import_progress = forms.child(f, QProgressBar, "importProgress")
        self.import_summary = forms.child(f, QLabel, "importSummary")
        self.precinct_table = forms.child(f, QTableWidget, "precinctTable")
        self.online_button = forms.child(f, QPushButton, "onlineButton")
        self.online_progress = forms.child(f, QProgressBar, "onlineProgress")
        self.online_summary = forms.child(f, QLabel, "onlineSummary")
        self.reject_table = forms.child(f, QTableWidget, "rejectTable")
        self.turnout_table = forms.child(f, QTableWidget, "turnoutTable")
        self.turnout_summary = forms.child(f, QLabel, "turnoutSummary")
        self.report_button = forms.child(f, QPushButton, "reportButton")
        self.race_combo = forms.child(f, QComboBox, "raceCombo")
        self.race_info = forms.child(f, QLabel, "raceInfo")
        self.rating_tables = {name: forms.child(f, QTableWidget, f"{name}Table")
                              for name in ("overall", "women", "youth")}
        self.draft_table = forms.child(f, QTableWidget, "draftTable")
        self.draft_problems = forms.child(f, QLabel, "draftProblems")
        for table in (self.precinct_table, self.turnout_table, self.reject_table, self.draft_table,
                      *self.rating_tables.values()):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.precinct_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.reject_table.horizontalHeader().setStretchLastSection(False)
        self.reject_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for table in (*self.rating_tables.values(), self.draft_table):
            # the name is what must be read whole; rank, votes and notes take what they need
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        splitter = forms.child(f, QSplitter, "ratingsSplitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        election = self.branch.election
        forms.child(f, QLabel, "stationNameLabel").setText(election.title.get("kk", election.id))
        forms.child(f, QLabel, "deskLabel").setText(self.tr("Acting: {user}").format(user=self.branch.operator))
        self.setWindowTitle(self.tr("Polling Station: branch office — {election}").format(election=election.id))
        for race in election.races:
            self.race_combo.addItem(race.name, race.id)

        self._build_chart()
        self.choose_button.clicked.connect(self.choose_folder)
        self.online_button.clicked.connect(self.choose_online_file)
        self.report_button.clicked.connect(self.choose_report_folder)
        self.race_combo.currentIndexChanged.connect(self.show_race)
        self.messages.shown.connect(self._show_message)
        self.messages.cleared.connect(lambda: self.banner.setVisible(False))
        self.refresh_precincts()
        self.refresh_results()

    # ----- jobs -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.isRunning()

    def _start(self, name: str, work, bar: QProgressBar | None, on_done: Callable[[Any], None]) -> bool:
        if self.busy:
            self.messages.warning(self.tr("Wait until the current import finishes."))
            return False
        for button in (self.choose_button, self.online_button, self.report_button):
            button.setEnabled(False)
        job = BranchJob(self.db_path, work, self)
        if bar is not None:
            bar.setRange(0, 0)  # busy until the first figure arrives
            job.progressed.connect(lambda done, total: (bar.setRange(0, max(total, 1)), bar.setValue(min(done, total))))

        def release():
            # the worker emits before closing its connection: let it finish so the next job may start
            job.wait()
            job.deleteLater()
            self.job = None
            self._idle()

        def finished_ok(value):
            release()
            on_done(value)
            self.job_done.emit(name)

        def finished_badly(exc):
            release()
            if bar is not None:
                bar.setRange(0, 1)
                bar.setValue(0)
            if isinstance(exc, Refused):
                self.messages.refused(exc)
            else:
                self.messages.error(self.tr("The branch file or a chosen file could not be used ({reason}). "
                                            "Nothing was recorded.").format(reason=exc))
            self.job_done.emit(name)

        job.succeeded.connect(finished_ok)
        job.failed.connect(finished_badly)
        self.job = job
        job.start()
        return True

    def _idle(self) -> None:
        for button in (self.choose_button, self.online_button, self.report_button):
            button.setEnabled(True)

    def wait_idle(self, ms: int = 60_000) -> None:
        if self.job is not None:
            self.job.wait(ms)

    # ----- packages ---------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The folder with the precincts' packages"))
        if folder:
            self.import_folder(folder)

    def import_folder(self, folder) -> bool:
        folder = Path(folder)
        paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".zip")
        self.folder_label.setText(self.tr("{count} package(s) in {folder}").format(count=len(paths), folder=folder))
        return self._start("packages", lambda b, progress: b.import_packages(paths, progress), self.import_progress,
                           self._packages_imported)

    def _packages_imported(self, outcomes) -> None:
        self.last_outcomes = outcomes
        counts = Counter(o.result for o in outcomes)
        self.import_summary.setText(self.tr(
            "Imported {imported}, already there {duplicate}, superseded {superseded}, in conflict {conflict}, "
            "rejected {rejected}.").format(**{k: counts.get(k, 0) for k in
                                              ("imported", "duplicate", "superseded", "conflict", "rejected")}))
        rejected = [o for o in outcomes if o.result == "rejected"]
        if rejected:
            self.messages.problems([p for o in rejected for p in o.problems])
        self.refresh_precincts()
        self.refresh_results()

    def _status_text(self, state: str) -> str:
        return {"imported": self.tr("imported"), "missing": self.tr("missing"), "rejected": self.tr("rejected"),
                "conflict": self.tr("conflict")}.get(state, state)

    def refresh_precincts(self) -> None:
        states = self.branch.precinct_states()
        table = self.precinct_table
        table.setRowCount(len(states))
        for row, s in enumerate(states):
            background = _STATE_TONES.get(s.state)
            superseded = ", ".join(f"v{p.version}" for p in s.superseded)
            if s.state == "rejected":
                details = "\n".join(self.messages.render(p) for p in s.rejections[-1].problems)
            elif s.state == "conflict":
                details = self.tr("Different packages of version {version}: {files}").format(
                    version=max(p.version for p in s.packages),
                    files=", ".join(f"{p.file} ({p.sha256[:12]})" for p in s.packages if p.state == "conflict"))
            elif s.current is not None:
                details = self.tr("Signed by {signer}").format(signer=s.current.signer)
                if s.current.reason:
                    details += " — " + self.tr("correction: {reason}").format(reason=s.current.reason)
            else:
                details = ""
            cells = [_item(f"{s.precinct} — {s.name}"), _item(s.region), _item(self._status_text(s.state)),
                     _item(s.current.version if s.current else "", number=True), _item(superseded), _item(details)]
            for column, cell in enumerate(cells):
                cell.setBackground(QBrush(background))
                table.setItem(row, column, cell)
        table.resizeRowsToContents()

    def precinct_rows(self) -> list[list[str]]:
        t = self.precinct_table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

    # ----- online ballots ---------------------------------------------------------------------

    def choose_online_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The online ballots"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.import_online(path)

    def import_online(self, path) -> bool:
        path = Path(path)
        rejects = path.with_name(path.name + ".rejects.csv")
        render = self.messages.render
        return self._start("online", lambda b, progress: b.import_online(path, rejects_path=rejects, render=render,
                                                                          progress=progress),
                           self.online_progress, self._online_imported)

    def _online_imported(self, summary) -> None:
        self.last_online = summary
        self.online_summary.setText(self.tr(
            "{file}: {rows} rows; {added} ballots added, {unchanged} already imported, {rejected} rejected.").format(
            file=summary.file, rows=text.number(summary.rows), added=text.number(summary.added),
            unchanged=text.number(summary.unchanged), rejected=text.number(summary.rejected))
            + (("\n" + self.tr("Rejected rows, with line numbers and reasons: {path}").format(
                path=summary.rejects_file)) if summary.rejects_file else ""))
        self.reject_table.setRowCount(len(summary.reasons))
        for row, (code, n) in enumerate(summary.reasons.items()):
            line, problem = summary.examples[code]
            reason = _item(self.tr("e.g. line {line}: {message}").format(line=line,
                                                                         message=self.messages.render(problem)))
            reason.setToolTip(code)
            self.reject_table.setItem(row, 0, reason)
            self.reject_table.setItem(row, 1, _item(text.number(n), number=True))
        self.refresh_results()

    # ----- turnout, ratings, draft list -------------------------------------------------------

    def refresh_results(self) -> None:
        self._start("results", lambda b, progress: b.results(), None, self._results_ready)

    def _results_ready(self, results) -> None:
        self.results = results
        rows = [*results.regions, results.total]
        self.turnout_table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            name = self.tr("Total") if r is results.total else r.name
            cells = [_item(name), *(_item(text.number(v), number=True)
                                    for v in (r.registered, r.voted, r.paper, r.online)),
                     _item(r.percent, number=True)]
            for column, cell in enumerate(cells):
                self.turnout_table.setItem(row, column, cell)
        self.turnout_summary.setText(self.tr(
            "Online ballots: {ballots}, counted {counted}; members who voted both ways: {conflicts}.").format(
            ballots=text.number(results.sources.online_ballots), counted=text.number(results.sources.online_counted),
            conflicts=text.number(len({c.iin for c in results.conflicts}))))
        self.show_race()
        self.results_ready.emit()

    def _race_outcome(self):
        if self.results is None:
            return None
        race_id = self.race_combo.currentData()
        return next((r for r in self.results.races if r.race.id == race_id), None)

    def _name(self, c) -> str:
        return names.full_name(c.surname, c.given_name, c.patronymic)

    def show_race(self) -> None:
        outcome = self._race_outcome()
        if outcome is None:
            return
        race = outcome.race
        self.race_info.setText(self.tr("{seats} seats; up to {max_choices} marks per ballot").format(
            seats=race.seats, max_choices=race.max_choices))
        for rating, table in self.rating_tables.items():
            rows = getattr(outcome.ratings, rating)
            table.setRowCount(len(rows))
            for row, r in enumerate(rows):
                excluded = r.rank is None
                if excluded:
                    rank, note = "—", self.tr("excluded")
                elif r.tied:
                    rank, note = f"{r.rank}=", self.tr("tie")
                else:
                    rank, note = str(r.rank), ""
                cells = [_item(rank, number=True, grey=excluded), _item(self._name(r.candidate), grey=excluded),
                         _item(text.number(r.total), number=True, grey=excluded), _item(note, grey=excluded)]
                if excluded:
                    cells[3].setToolTip(r.excluded_reason)
                    cells[1].setToolTip(r.excluded_reason)
                for column, cell in enumerate(cells):
                    table.setItem(row, column, cell)
        reasons = {"rating": self.tr("by rating"), "quota_women": self.tr("women's quota"),
                   "quota_youth": self.tr("youth quota"), "quota_women_youth": self.tr("women's and youth quotas")}
        self.draft_table.setRowCount(len(outcome.draft.rows))
        for row, d in enumerate(outcome.draft.rows):
            why = reasons.get(d.reason, d.reason) + (" — " + self.tr("tie at the cut") if d.tie_at_cut else "")
            for column, cell in enumerate((_item(d.position, number=True), _item(self._name(d.candidate)),
                                           _item(text.number(d.total), number=True), _item(why))):
                self.draft_table.setItem(row, column, cell)
        self.draft_problems.setText("\n".join(self.messages.render(p) for p in outcome.draft.problems))
        self._update_chart(outcome)

    def _build_chart(self) -> None:
        self.chart = QChart()
        self.chart.setBackgroundRoundness(0)
        self.ranked_bars = QBarSet(self.tr("Ranked"))
        self.ranked_bars.setColor(QColor("#1F5FBF"))
        self.excluded_bars = QBarSet(self.tr("Excluded (not ranked)"))
        self.excluded_bars.setColor(_GREY)
        self.series = QHorizontalStackedBarSeries()
        self.series.append(self.ranked_bars)
        self.series.append(self.excluded_bars)
        self.chart.addSeries(self.series)
        self.axis_names = QBarCategoryAxis()
        self.axis_votes = QValueAxis()
        self.axis_votes.setLabelFormat("%d")
        self.chart.addAxis(self.axis_names, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.axis_votes, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.axis_names)
        self.series.attachAxis(self.axis_votes)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        small = QFont(self.form.font())
        small.setPointSize(10)
        for axis in (self.axis_names, self.axis_votes):
            axis.setLabelsFont(small)
        self.chart.legend().setFont(small)
        self.chart.setTitleFont(small)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("ratingChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        forms.child(self.form, QFrame, "chartHost").layout().addWidget(self.chart_view)

    def _update_chart(self, outcome) -> None:
        # best at the top: a horizontal bar axis lists its first category at the bottom
        rows = list(reversed(outcome.ratings.overall))
        for bars in (self.ranked_bars, self.excluded_bars):
            bars.remove(0, bars.count())
        self.ranked_bars.append([float(0 if r.rank is None else r.total) for r in rows])
        self.excluded_bars.append([float(r.total if r.rank is None else 0) for r in rows])
        self.axis_names.clear()
        self.axis_names.append([f"{r.rank if r.rank is not None else '—'}{'=' if r.tied else ''} "
                                f"{r.candidate.surname}" for r in rows])
        top = max((r.total for r in rows), default=0)
        self.axis_votes.setRange(0, max(4, top + max(1, top // 10)))
        self.chart.setTitle(outcome.race.name)

    def chart_totals(self) -> list[int]:
        return [int(self.ranked_bars.at(i) + self.excluded_bars.at(i)) for i in range(self.ranked_bars.count())]

    # ----- reports ----------------------------------------------------------------------------

    def choose_report_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the reports"))
        if folder:
            self.write_reports(folder)

    def write_reports(self, folder) -> bool:
        folder = Path(folder)
        return self._start("report", lambda b, progress: b.write_report(folder, progress=progress), None,
                           lambda paths: self.messages.info(self.tr("{count} report files written to {folder}.").format(
                               count=len(paths), folder=folder)))

    # ----- messages and closing ---------------------------------------------------------------

    def _show_message(self, message) -> None:
        tone = {"error": style.REFUSED, "warning": style.WARN}.get(message.level, style.INFO)
        self.banner.setText(message.text)
        style.set_tone(self.banner, tone)
        self.banner.setVisible(True)

    def closeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if self.job is not None:
            self.job.wait()
        self.branch.close_db()
        super().closeEvent(event)


def run_branch_gui(db_path, lang: str | None = None) -> int:
    """Open the branch dashboard on ``db_path`` and run until it is closed."""
    from polling_station import i18n
    from polling_station.ui.app import install_translators

    app = QApplication.instance() or QApplication(["polling-station"])
    app.setOrganizationName("Polling Station")
    app.setApplicationName("Polling Station")
    QSettings()
    lang = lang or i18n.detect_language()
    translators = install_translators(app, lang)
    style.apply(app)
    messages = MessageBridge(lang)
    try:
        window = BranchWindow(db_path, messages)
    except Refused as exc:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(None, "Polling Station", "\n".join(messages.render(p) for p in exc.problems))
        return 1
    window.resize(1360, 860)
    window.show()
    code = app.exec()
    del translators
    return code
