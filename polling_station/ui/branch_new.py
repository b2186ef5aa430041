"""A new branch file, from the election definition and the member roll (``branch gui`` on a missing file).

The officer chooses the two files; the election is read at once so they see which election it
is (title, regions, precincts, races) or why the file is refused. Creating runs in a worker
thread — a national roll of 786,782 rows takes about 20 s — and ends with the roll's summary
and its rejected rows, each with its line and reason (also written beside the roll as
``ROLL.rejects.csv``). Only then is the dashboard opened.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QDialog, QFileDialog, QLabel, QLineEdit, QProgressBar, QPushButton, QTableWidget,
                               QWidget)

from polling_station.errors import Refused
from polling_station.services.branch import Branch, RollSummary
from polling_station.ui import forms, style
from polling_station.ui import branch_view as view
from polling_station.ui.branch_jobs import Job, failure_text
from polling_station.ui.messages import MessageBridge

REJECTS_SHOWN = 1000  # the whole report is in the file; the screen shows its beginning


def rejects_path(roll: Path) -> Path:
    return roll.with_name(roll.name + ".rejects.csv")


def create_branch(path: Path, election_data: dict, roll: Path, render: Callable, progress) -> RollSummary:
    """Create the branch file and import the roll; on any failure no half-made file is left behind
    (as ``Branch.create`` does for its own roll), so the officer can simply try again."""
    branch = Branch.create(path, election_data)
    try:
        summary = branch.import_roll(roll, rejects_path=rejects_path(roll), render=render, progress=progress)
    except BaseException:
        branch.close_db()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    branch.close_db()
    return summary


class NewBranchDialog(QObject):
    """``on_created(path)`` is called when the officer opens the new file; it returns the window it opened."""

    def __init__(self, db_path, messages: MessageBridge, on_created: Callable[[Path], Any] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(db_path)
        self.messages = messages
        self.on_created = on_created
        self.election_data: dict | None = None
        self.summary: RollSummary | None = None
        self.job: Job | None = None
        self.opened = None  # what on_created returned (the dashboard)
        self.dialog: QDialog = forms.load("branch_new", parent)
        d = self.dialog
        self.intro = forms.child(d, QLabel, "introLabel")
        self.election_edit = forms.child(d, QLineEdit, "electionEdit")
        self.election_button = forms.child(d, QPushButton, "electionButton")
        self.election_info = forms.child(d, QLabel, "electionInfo")
        self.roll_edit = forms.child(d, QLineEdit, "rollEdit")
        self.roll_button = forms.child(d, QPushButton, "rollButton")
        self.progress = forms.child(d, QProgressBar, "progress")
        self.summary_label = forms.child(d, QLabel, "summaryLabel")
        self.rejects_caption = forms.child(d, QLabel, "rejectsCaption")
        self.rejects_table = forms.child(d, QTableWidget, "rejectsTable")
        self.message_label = forms.child(d, QLabel, "messageLabel")
        self.cancel_button = forms.child(d, QPushButton, "cancelButton")
        self.create_button = forms.child(d, QPushButton, "createButton")
        self.open_button = forms.child(d, QPushButton, "openButton")
        view.plain(self.rejects_table, stretch=2)
        self.intro.setText(self.tr(
            "There is no branch file at {path} yet. Create it from the election definition and the member roll: "
            "the roll says who may vote online and gives the turnout's denominators.").format(path=self.path))
        self.progress.setVisible(False)
        self.rejects_table.setVisible(False)
        self.election_edit.textChanged.connect(self.read_election)
        self.roll_edit.textChanged.connect(self._update)
        self.election_button.clicked.connect(self.choose_election)
        self.roll_button.clicked.connect(self.choose_roll)
        self.create_button.clicked.connect(self.create)
        self.open_button.clicked.connect(self.open_dashboard)
        self.cancel_button.clicked.connect(d.reject)
        self.dialog.installEventFilter(_HoldWhileBusy(self))
        self._update()
        self.election_edit.setFocus()

    # ----- the two files ----------------------------------------------------------------------

    def choose_election(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.dialog, self.tr("The election definition"), "",
                                              self.tr("Election definitions (*.json);;All files (*)"))
        if path:
            self.election_edit.setText(path)

    def choose_roll(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.dialog, self.tr("The member roll"), "",
                                              self.tr("Rolls (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.roll_edit.setText(path)

    def read_election(self) -> None:
        """Show which election the file defines, or why it cannot be used."""
        from polling_station.domain.election import ElectionDefinitionError, parse_election
        from polling_station.exchange.election_file import load_election_json

        self.election_data = None
        text = self.election_edit.text().strip()
        if not text:
            self.election_info.clear()
            self._update()
            return
        path = Path(text)
        if not path.is_file():
            self._election_says(self.tr("There is no file {file}.").format(file=path), style.REFUSED)
            return
        try:
            data = load_election_json(path)
            election = parse_election(data)
        except Refused as exc:
            self._election_says("\n".join(self.messages.render(p) for p in exc.problems[:6]), style.REFUSED)
            return
        except ElectionDefinitionError as exc:
            self._election_says("\n".join(self.messages.render(p) for p in exc.problems[:6]), style.REFUSED)
            return
        self.election_data = data
        title = election.title.get(self.messages.lang) or election.title.get("kk") or election.id
        self._election_says(self.tr(
            "«{title}» ({election}), voting day {day}: {regions} region(s), {precincts} precinct(s), "
            "{races} race(s).").format(title=title, election=election.id, day=election.voting_day.strftime("%d.%m.%Y"),
                                       regions=view.count(len(election.regions)),
                                       precincts=view.count(len(election.precincts)),
                                       races=view.count(len(election.races))), style.OK)

    def _election_says(self, text: str, tone: str) -> None:
        self.election_info.setText(text)
        style.set_tone(self.election_info, tone)
        self._update()

    def _update(self) -> None:
        idle = self.job is None and self.summary is None
        for widget in (self.election_edit, self.election_button, self.roll_edit, self.roll_button):
            widget.setEnabled(idle)
        self.create_button.setEnabled(idle and self.election_data is not None and bool(self.roll_edit.text().strip()))

    # ----- creating ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None

    def create(self) -> bool:
        if self.busy or self.election_data is None or not self.roll_edit.text().strip():
            return False
        roll = Path(self.roll_edit.text().strip())
        data, path, render = self.election_data, self.path, self.messages.render
        self.message_label.clear()
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        job = Job(lambda progress: create_branch(path, data, roll, render, progress), self)
        job.progressed.connect(lambda done, total: (self.progress.setRange(0, max(total, 1)),
                                                    self.progress.setValue(min(done, total))))
        job.succeeded.connect(self._created)
        job.failed.connect(self._failed)
        self.job = job
        self._update()
        self.cancel_button.setEnabled(False)
        job.start()
        return True

    def _release(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job.deleteLater()
            self.job = None
        self.cancel_button.setEnabled(True)

    def _failed(self, exc) -> None:
        self._release()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message_label.setText(failure_text(exc, self.messages.render))
        style.set_tone(self.message_label, style.REFUSED)
        self._update()

    def _created(self, summary: RollSummary) -> None:
        self._release()
        self.summary = summary
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.summary_label.setText(self.tr(
            "Created {path}. {file}: {rows} row(s) read; {accepted} member(s) imported ({warned} with a warning), "
            "{collapsed} identical duplicate(s) collapsed, {rejected} row(s) rejected. The roll holds {members} "
            "member(s), {eligible} of them eligible to vote.").format(
            path=self.path.name, file=summary.file, rows=view.count(summary.rows),
            accepted=view.count(summary.accepted), warned=view.count(summary.warned),
            collapsed=view.count(summary.collapsed), rejected=view.count(summary.rejected),
            members=view.count(summary.members), eligible=view.count(summary.eligible)))
        style.set_tone(self.summary_label, style.WARN if summary.rejected else style.OK)
        self._show_rejects(summary)
        self.create_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.open_button.setVisible(True)
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self._update()

    def _show_rejects(self, summary: RollSummary) -> None:
        if not summary.rejected or not summary.rejects_file:
            self.rejects_caption.setText(self.tr("No row of the roll was rejected."))
            self.rejects_table.setVisible(False)
            return
        rows = []
        try:
            with open(summary.rejects_file, encoding="utf-8-sig", newline="") as f:
                for n, record in enumerate(csv.DictReader(f)):
                    if n == REJECTS_SHOWN:
                        break
                    rows.append([view.cell(record.get("line", ""), number=True), view.cell(record.get("field", "")),
                                 view.cell(record.get("message", ""), tip=record.get("code", ""))])
        except (OSError, csv.Error, UnicodeDecodeError):
            rows = []  # the caption still says where the report is
        self.rejects_caption.setText(self.tr(
            "Rejected rows, with line numbers and reasons (the whole report is {path}):").format(
            path=summary.rejects_file))
        view.fill(self.rejects_table, rows)
        self.rejects_table.setVisible(True)

    def rejects_rows(self) -> list[list[str]]:
        return view.texts(self.rejects_table)

    def open_dashboard(self) -> None:
        if self.summary is None:
            return
        if self.on_created is not None:
            try:
                self.opened = self.on_created(self.path)
            except Exception as exc:  # noqa: BLE001 — shown here; the dialog stays so nothing is lost
                self.message_label.setText(failure_text(exc, self.messages.render))
                style.set_tone(self.message_label, style.REFUSED)
                return
        self.dialog.accept()

    def wait_idle(self, ms: int = 60_000) -> None:
        if self.job is not None:
            self.job.wait(ms)

    def open(self) -> None:
        self.dialog.open()

    def exec(self) -> int:
        return self.dialog.exec()


class _HoldWhileBusy(QObject):
    """Escape and the window's close button do nothing while the file is being created: closing then
    would leave a half-imported roll, or a thread without its window."""

    def __init__(self, owner: NewBranchDialog):
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        if not self.owner.busy:
            return False
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
