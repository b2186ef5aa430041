"""The branch office's window: packages, online ballots, turnout, ratings and the draft list.

The whole office's work from one window: trust the certificates, import a folder of packages
(every refusal stays listed, with its reasons), settle a conflict, import the online ballots,
exclude a candidate, read the turnout by region and by precinct, the ratings and the draft list,
and write the report files. ``branch gui DB`` on a file that does not exist first offers to
create it (``branch_new``).

Long work (verifying a folder of packages, 600,000 online ballots, merging for the ratings) runs
in a worker thread with its own database connection (``branch_jobs``), reporting progress to a
bar; the window reads the same file through its own connection (WAL lets both proceed). Any
failure of that work gives the buttons back and reaches the officer through the one message
channel, translated; the controller holds no rules.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QFrame, QLabel, QMainWindow,
                               QProgressBar, QPushButton, QSplitter, QTableWidget, QTabWidget, QWidget)

from polling_station.domain import names
from polling_station.errors import Refused
from polling_station.services.branch import Branch
from polling_station.ui import elide, forms, style
from polling_station.ui import branch_view as view
from polling_station.ui.branch_chart import RatingChart
from polling_station.ui.branch_dialogs import ExcludeDialog, ResolveDialog, TrustDialog, precinct_label
from polling_station.ui.branch_jobs import ENVIRONMENT_ERRORS, BranchJob, failure_text
from polling_station.ui.messages import MessageBridge

__all__ = ["BranchJob", "BranchWindow", "ENVIRONMENT_ERRORS", "launch", "run_branch_gui"]

SCREEN = (1366, 768)
_STATE_TONES = {"imported": QColor("#E3F2E6"), "missing": QColor("#F1F3F5"), "rejected": QColor("#FDE7E7"),
                "conflict": QColor("#FFF1D6")}


class BranchWindow(QMainWindow):
    results_ready = Signal()
    job_done = Signal(str)  # the job's name, once its results are on screen (or its failure is)

    def __init__(self, db_path, messages: MessageBridge | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.messages = messages or MessageBridge(parent=self)
        self.branch = Branch.open(self.db_path)
        self.results = None
        self.job: BranchJob | None = None
        self.dialog = None  # the decision dialog open now, if any
        self.last_outcomes: list = []
        self.last_online = None
        self._results_wanted = False
        self._states: dict[str, str] = {}  # precinct → its state, in the table's order

        self.form = forms.load("branch_dashboard")
        self.setCentralWidget(self.form)
        f = self.form
        self.banner = forms.child(f, QLabel, "messageBanner")
        self.tabs = forms.child(f, QTabWidget, "tabs")
        self.choose_button = forms.child(f, QPushButton, "chooseFolderButton")
        self.trust_button = forms.child(f, QPushButton, "trustButton")
        self.resolve_button = forms.child(f, QPushButton, "resolveButton")
        self.trust_label = forms.child(f, QLabel, "trustLabel")
        self.folder_label = forms.child(f, QLabel, "folderLabel")
        self.import_progress = forms.child(f, QProgressBar, "importProgress")
        self.import_summary = forms.child(f, QLabel, "importSummary")
        self.precinct_table = forms.child(f, QTableWidget, "precinctTable")
        self.rejection_table = forms.child(f, QTableWidget, "rejectionTable")
        self.online_button = forms.child(f, QPushButton, "onlineButton")
        self.online_progress = forms.child(f, QProgressBar, "onlineProgress")
        self.online_summary = forms.child(f, QLabel, "onlineSummary")
        self.reject_table = forms.child(f, QTableWidget, "rejectTable")
        self.turnout_table = forms.child(f, QTableWidget, "turnoutTable")
        self.precinct_turnout_table = forms.child(f, QTableWidget, "precinctTurnoutTable")
        self.turnout_summary = forms.child(f, QLabel, "turnoutSummary")
        self.report_button = forms.child(f, QPushButton, "reportButton")
        self.race_combo = forms.child(f, QComboBox, "raceCombo")
        self.race_info = forms.child(f, QLabel, "raceInfo")
        self.exclude_button = forms.child(f, QPushButton, "excludeButton")
        self.rating_tables = {name: forms.child(f, QTableWidget, f"{name}Table")
                              for name in ("overall", "women", "youth")}
        self.draft_table = forms.child(f, QTableWidget, "draftTable")
        self.draft_problems = forms.child(f, QLabel, "draftProblems")
        self.job_buttons = (self.choose_button, self.trust_button, self.resolve_button, self.online_button,
                            self.report_button, self.exclude_button)

        view.plain(self.precinct_table, stretch=5)
        view.plain(self.rejection_table, stretch=3)
        view.plain(self.reject_table, stretch=0)
        view.plain(self.turnout_table, stretch=0)
        view.plain(self.precinct_turnout_table, stretch=1)
        ratings = (*self.rating_tables.values(), self.draft_table)
        for table in ratings:
            # the name is what must be read whole; rank, votes and notes take what they need; four
            # tables share 1366 px, so a full Kazakh name needs the smaller type
            view.plain(table, stretch=1)
            table.setStyleSheet("QTableWidget { font-size: 12pt; }")
        self.wrapped_tables = (self.precinct_table, self.rejection_table, self.reject_table, *ratings)
        for table in self.wrapped_tables:
            # a long text takes a second line rather than losing its end; wrapped cells need their
            # height again whenever a column's width settles
            table.setWordWrap(True)
            table.setTextElideMode(Qt.TextElideMode.ElideNone)
            table.horizontalHeader().sectionResized.connect(table.resizeRowsToContents)
        # a table filled while its tab was hidden measured its rows at a width it never had
        self.tabs.currentChanged.connect(lambda _index: QTimer.singleShot(0, self, self._fit_rows))
        for name, factors in (("ratingsSplitter", (1, 1)), ("packagesSplitter", (3, 2)), ("turnoutSplitter", (1, 2))):
            splitter = forms.child(f, QSplitter, name)
            for index, factor in enumerate(factors):
                splitter.setStretchFactor(index, factor)
        elide.keep_wrapped_height_exact(self.banner)

        election = self.branch.election
        self.region_names = {r.id: r.name for r in election.regions}
        forms.child(f, QLabel, "stationNameLabel").setText(election.title.get("kk", election.id))
        forms.child(f, QLabel, "deskLabel").setText(self.tr("Acting: {user}").format(user=self.branch.operator))
        self.setWindowTitle(self.tr("Polling Station: branch office — {election}").format(election=election.id))
        for race in election.races:
            self.race_combo.addItem(race.name, race.id)

        self.chart = RatingChart(self.form.font(), self)
        forms.child(f, QFrame, "chartHost").layout().addWidget(self.chart.view)
        self.choose_button.clicked.connect(self.choose_folder)
        self.trust_button.clicked.connect(self.open_trust)
        self.resolve_button.clicked.connect(lambda: self.open_resolve())
        self.precinct_table.cellDoubleClicked.connect(self._precinct_double_clicked)
        self.online_button.clicked.connect(self.choose_online_file)
        self.report_button.clicked.connect(self.choose_report_folder)
        self.exclude_button.clicked.connect(self.open_exclude)
        self.race_combo.currentIndexChanged.connect(self.show_race)
        self.messages.shown.connect(self._show_message)
        self.messages.cleared.connect(lambda: self.banner.setVisible(False))
        self.refresh_precincts()
        self.refresh_results()

    # ----- jobs -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _start(self, name: str, work, bar: QProgressBar | None, on_done: Callable[[Any], None]) -> bool:
        if self.busy:
            self.messages.warning(self.tr("Wait until the current work finishes."))
            return False
        for button in self.job_buttons:
            button.setEnabled(False)
        job = BranchJob(self.db_path, work, self)
        if bar is not None:
            bar.setRange(0, 0)  # busy until the first figure arrives
            job.progressed.connect(lambda done, total: (bar.setRange(0, max(total, 1)), bar.setValue(min(done, total))))

        def release():
            # the job has reported and closed its connection: let its thread end so the next may start
            job.wait()
            job.deleteLater()
            self.job = None
            self._idle()

        def finished_ok(value):
            release()
            try:
                on_done(value)
            except Exception as exc:  # noqa: BLE001 — the work is done; showing it failed (our bug)
                import logging
                logging.getLogger(__name__).exception("showing the result of %s failed", name)
                self.messages.error(failure_text(exc, self.messages.render))
            self.job_done.emit(name)
            self._refresh_if_wanted()

        def finished_badly(exc):
            release()
            if bar is not None:
                bar.setRange(0, 1)
                bar.setValue(0)
            self.messages.error(failure_text(exc, self.messages.render))
            self.job_done.emit(name)
            self._refresh_if_wanted()

        job.succeeded.connect(finished_ok)
        job.failed.connect(finished_badly)
        self.job = job
        job.start()
        return True

    def _idle(self) -> None:
        for button in self.job_buttons:
            button.setEnabled(True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if not self.busy:
            self.resolve_button.setEnabled(any(s == "conflict" for s in self._states.values()))

    def _fit_rows(self) -> None:
        for table in self.wrapped_tables:
            if table.isVisible():
                table.resizeRowsToContents()

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
        try:
            paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".zip")
        except OSError as exc:
            self.messages.error(failure_text(exc, self.messages.render))
            return False
        self.folder_label.setText(self.tr("{count} package(s) in {folder}").format(count=view.count(len(paths)),
                                                                                   folder=folder))
        if not paths:
            self.messages.warning(self.tr("There is no package (a .zip file) in {folder}.").format(folder=folder))
            return False
        return self._start("packages", lambda b, progress: b.import_packages(paths, progress), self.import_progress,
                           self._packages_imported)

    def _packages_imported(self, outcomes) -> None:
        self.last_outcomes = outcomes
        counts = Counter(o.result for o in outcomes)
        self.import_summary.setText(self.tr(
            "Imported {imported}, already there {duplicate}, superseded {superseded}, in conflict {conflict}, "
            "rejected {rejected}.").format(**{k: view.count(counts.get(k, 0)) for k in
                                              ("imported", "duplicate", "superseded", "conflict", "rejected")}))
        self.refresh_precincts()
        # one sentence in the banner; every reason is in the list of refused files
        if counts.get("rejected"):
            self.messages.error(self.tr("{count} package(s) were refused: the reasons are in the list of refused "
                                        "files below.").format(count=view.count(counts["rejected"])))
        elif counts.get("conflict"):
            self.messages.warning(self.tr("A precinct has packages that cannot all stand: settle the conflict "
                                          "(the commission chooses one)."))
        elif outcomes:
            self.messages.info(self.tr("Every package of the folder was verified."))
        self.refresh_results()

    def _status_text(self, state: str) -> str:
        return {"imported": self.tr("imported"), "missing": self.tr("missing"), "rejected": self.tr("rejected"),
                "conflict": self.tr("conflict")}.get(state, state)

    def _region(self, region_id: str) -> str:
        return self.region_names.get(region_id, region_id)

    def refresh_precincts(self) -> None:
        states = self.branch.precinct_states()
        self._states = {s.precinct: s.state for s in states}
        rows = []
        for s in states:
            background = _STATE_TONES.get(s.state)
            superseded = ", ".join(f"v{p.version}" for p in s.superseded)
            if s.state == "rejected":
                details = "\n".join(self.messages.render(p) for p in s.rejections[-1].problems)
            elif s.state == "conflict":
                in_conflict = [p for p in s.packages if p.state == "conflict"]
                why = dict.fromkeys(self.messages.render(problem) for p in in_conflict
                                    for problem in getattr(p, "problems", ()))
                details = "\n".join(why) or self.tr("Different packages of version {version}: {files}").format(
                    version=max(p.version for p in in_conflict),
                    files=", ".join(f"{p.file} ({p.sha256[:12]})" for p in in_conflict))
            elif s.current is not None:
                details = self.tr("Signed by {signer}").format(signer=s.current.signer)
                if s.current.reason:
                    details += " — " + self.tr("correction: {reason}").format(reason=s.current.reason)
                aside = [p.file for p in s.packages if p.state == "set_aside"]
                if aside:
                    details += "\n" + self.tr("Set aside by the commission's choice: {files}").format(
                        files=", ".join(aside))
            else:
                details = ""
            rows.append([view.cell(f"{s.precinct} — {s.name}", background=background),
                         view.cell(self._region(s.region), background=background),
                         view.cell(self._status_text(s.state), background=background),
                         view.cell(s.current.version if s.current else "", number=True, background=background),
                         view.cell(superseded, background=background), view.cell(details, background=background)])
        view.fill(self.precinct_table, rows)
        self.precinct_table.resizeRowsToContents()
        self._refresh_rejections(states)
        self._refresh_trust()
        self._update_buttons()

    def _refresh_rejections(self, states) -> None:
        """Every refused file, those of a precinct now settled and those tied to no precinct included."""
        known = {s.precinct for s in states}
        refused = [r for s in states for r in s.rejections] + list(self.branch.unassigned_rejections())
        refused.sort(key=lambda r: (r.at, r.file))
        rows = []
        for r in refused:
            if r.precinct in known:
                where = precinct_label(self.branch, r.precinct)
            elif r.precinct:
                where = self.tr("«{precinct}»: not a precinct of this election").format(precinct=r.precinct)
            else:
                where = self.tr("unknown (not readable)")
            why = "\n".join(self.messages.render(p) for p in r.problems)
            rows.append([view.cell(r.file, tip=r.sha256), view.cell(where), view.cell(view.when(r.at)),
                         view.cell(why)])
        view.fill(self.rejection_table, rows)
        self.rejection_table.resizeRowsToContents()

    def _refresh_trust(self) -> None:
        trusted = self.branch.trusted()
        if not trusted:
            self.trust_label.setText(self.tr("No certificate is trusted yet: every package would be refused. "
                                             "Trust the branch's CA first."))
            self.trust_label.setStyleSheet("color: #8E1B1B; font-weight: bold;")
            return
        cas = sum(1 for t in trusted if t.is_ca)
        self.trust_label.setText(self.tr("Trusted: {cas} CA(s), {certificates} chair's certificate(s).").format(
            cas=view.count(cas), certificates=view.count(len(trusted) - cas)))
        self.trust_label.setStyleSheet("")

    def precinct_rows(self) -> list[list[str]]:
        return view.texts(self.precinct_table)

    def rejection_rows(self) -> list[list[str]]:
        return view.texts(self.rejection_table)

    # ----- decisions: trust, conflicts, exclusions --------------------------------------------

    def _open_dialog(self, dialog) -> Any:
        dialog.changed.connect(self._decided)
        dialog.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _decided(self) -> None:
        try:
            self.refresh_precincts()
        except Exception as exc:  # noqa: BLE001 — the decision is recorded; the officer learns the list is stale
            self.messages.error(failure_text(exc, self.messages.render))
        self.refresh_results()

    def open_trust(self) -> TrustDialog:
        return self._open_dialog(TrustDialog(self.branch, self.messages, self))

    def open_resolve(self, precinct: str | None = None) -> ResolveDialog:
        if precinct is None:
            row = self.precinct_table.currentRow()
            states = list(self._states)
            if 0 <= row < len(states) and self._states[states[row]] == "conflict":
                precinct = states[row]
        return self._open_dialog(ResolveDialog(self.branch, self.messages, self, precinct))

    def _precinct_double_clicked(self, row: int, _column: int) -> None:
        states = list(self._states)
        if 0 <= row < len(states) and self._states[states[row]] == "conflict" and not self.busy:
            self.open_resolve(states[row])

    def open_exclude(self) -> ExcludeDialog:
        return self._open_dialog(ExcludeDialog(self.branch, self.messages, self, self.race_combo.currentData()))

    # ----- online ballots ---------------------------------------------------------------------

    def choose_online_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The online ballots"), "",
                                              self.tr("CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)"))
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
            file=summary.file, rows=view.count(summary.rows), added=view.count(summary.added),
            unchanged=view.count(summary.unchanged), rejected=view.count(summary.rejected))
            + (("\n" + self.tr("Rejected rows, with line numbers and reasons: {path}").format(
                path=summary.rejects_file)) if summary.rejects_file else ""))
        rows = []
        for code, n in summary.reasons.items():
            line, problem = summary.examples[code]
            example = self.tr("e.g. line {line}: {message}").format(line=line, message=self.messages.render(problem))
            reason = view.cell(example, tip=example)
            reason.setData(Qt.ItemDataRole.UserRole, code)
            rows.append([reason, view.cell(view.count(n), number=True)])
        view.fill(self.reject_table, rows)
        self.reject_table.resizeRowsToContents()
        self.refresh_results()

    # ----- turnout, ratings, draft list -------------------------------------------------------

    def refresh_results(self) -> None:
        if self.busy:
            self._results_wanted = True  # after the work in hand
            return
        self._results_wanted = False
        self._start("results", lambda b, progress: b.results(), None, self._results_ready)

    def _refresh_if_wanted(self) -> None:
        if self._results_wanted and not self.busy:
            self.refresh_results()

    def _turnout_numbers(self, r) -> list:
        return [*(view.cell(view.count(v), number=True) for v in (r.registered, r.voted, r.paper, r.online)),
                view.cell(view.percent(r.percent), number=True)]

    def _results_ready(self, results) -> None:
        self.results = results
        rows = [[view.cell(r.name), *self._turnout_numbers(r)] for r in results.regions]
        rows.append([view.cell(self.tr("Total")), *self._turnout_numbers(results.total)])
        view.fill(self.turnout_table, rows)
        bold = self.turnout_table.font()
        bold.setBold(True)
        for column in range(self.turnout_table.columnCount()):
            self.turnout_table.item(len(rows) - 1, column).setFont(bold)
        view.fill(self.precinct_turnout_table, [
            [view.cell(p.precinct), view.cell(p.name), view.cell(self._region(p.region)),
             view.cell(view.count(p.registered), number=True), view.cell(view.count(p.voted), number=True),
             view.cell(view.count(p.paper), number=True), view.cell(view.count(p.online), number=True),
             view.cell(view.percent(p.percent), number=True)] for p in results.precincts])
        self.turnout_summary.setText(self.tr(
            "Online ballots: {ballots}, counted {counted}; members who voted both ways: {conflicts}.").format(
            ballots=view.count(results.sources.online_ballots), counted=view.count(results.sources.online_counted),
            conflicts=view.count(len({c.iin for c in results.conflicts}))))
        self.show_race()
        self.results_ready.emit()

    def turnout_rows(self) -> list[list[str]]:
        return view.texts(self.turnout_table)

    def precinct_turnout_rows(self) -> list[list[str]]:
        return view.texts(self.precinct_turnout_table)

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
        if race.region:
            self.race_info.setText(self.tr("{region}: {seats} seats; up to {max_choices} marks per ballot").format(
                region=self._region(race.region), seats=view.count(race.seats),
                max_choices=view.count(race.max_choices)))
        else:
            self.race_info.setText(self.tr("{seats} seats; up to {max_choices} marks per ballot").format(
                seats=view.count(race.seats), max_choices=view.count(race.max_choices)))
        for rating, table in self.rating_tables.items():
            rows = []
            for r in getattr(outcome.ratings, rating):
                excluded = r.rank is None
                if excluded:
                    rank, note = "—", self.tr("excluded")
                elif r.tied:
                    rank, note = f"{r.rank}=", self.tr("tie")
                else:
                    rank, note = str(r.rank), ""
                tip = r.excluded_reason if excluded else ""
                rows.append([view.cell(rank, number=True, grey=excluded),
                             view.cell(self._name(r.candidate), grey=excluded, tip=tip or self._name(r.candidate)),
                             view.cell(view.count(r.total), number=True, grey=excluded),
                             view.cell(note, grey=excluded, tip=tip)])
            view.fill(table, rows)
            table.resizeRowsToContents()
        reasons = {"rating": self.tr("by rating"), "quota_women": self.tr("women's quota"),
                   "quota_youth": self.tr("youth quota"), "quota_women_youth": self.tr("women's and youth quotas")}
        rows = []
        for d in outcome.draft.rows:
            why = reasons.get(d.reason, d.reason) + (" — " + self.tr("tie at the cut") if d.tie_at_cut else "")
            rows.append([view.cell(d.position, number=True), view.cell(self._name(d.candidate)),
                         view.cell(view.count(d.total), number=True), view.cell(why)])
        view.fill(self.draft_table, rows)
        self.draft_table.resizeRowsToContents()
        self.draft_problems.setText("\n".join(self.messages.render(p) for p in outcome.draft.problems))
        self.chart.show(outcome)

    def chart_totals(self) -> list[int]:
        return self.chart.totals()

    # ----- reports ----------------------------------------------------------------------------

    def choose_report_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the reports"))
        if folder:
            self.write_reports(folder)

    def write_reports(self, folder) -> bool:
        folder = Path(folder)
        return self._start("report", lambda b, progress: b.write_report(folder, progress=progress), None,
                           lambda paths: self.messages.info(self.tr("{count} report files written to {folder}.").format(
                               count=view.count(len(paths)), folder=folder)))

    # ----- messages and closing ---------------------------------------------------------------

    def _show_message(self, message) -> None:
        tone = {"error": style.REFUSED, "warning": style.WARN}.get(message.level, style.INFO)
        self.banner.setText(message.text)
        style.set_tone(self.banner, tone)
        self.banner.setVisible(True)
        elide.fit_wrapped_height(self.banner)

    def closeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if self.job is not None:
            self.job.wait()
        self.branch.close_db()
        super().closeEvent(event)


def fit_screen(window: QWidget) -> None:
    """1366×768, or the screen's room when it is smaller."""
    width, height = SCREEN
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)


def launch(db_path, messages: MessageBridge):
    """The dashboard on an existing branch file; on a missing one, the new-branch dialog first
    (the dashboard opens when the officer has seen the roll's summary). Returns what is shown."""
    from polling_station.ui.branch_new import NewBranchDialog

    path = Path(db_path)

    def open_window(p: Path) -> BranchWindow:
        window = BranchWindow(p, messages)
        fit_screen(window)
        window.show()
        return window

    if path.exists():
        return open_window(path)
    dialog = NewBranchDialog(path, messages, open_window)
    dialog.open()
    return dialog


def run_branch_gui(db_path, lang: str | None = None) -> int:
    """Open the branch dashboard on ``db_path`` (creating the file first if there is none) and run
    until it is closed."""
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
        shown = launch(db_path, messages)
    except (Refused, *ENVIRONMENT_ERRORS) as exc:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(None, "Polling Station", failure_text(exc, messages.render))
        return 1
    code = app.exec()
    if hasattr(shown, "wait_idle"):
        shown.wait_idle()
    del translators
    return code
