"""The branch office's decisions: trust a certificate, settle a conflict, exclude a candidate.

Each dialog is a Qt Designer form (``forms/branch_*.ui``) opened without blocking; it asks the
service to do the work on the window's connection and shows the service's refusal in its own
message label, translated. It never decides whether the work is allowed: the buttons are greyed
only to save a round of errors that the service would give anyway.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton, QTableWidget, QWidget)

from polling_station.domain import names
from polling_station.errors import Refused
from polling_station.services.branch import Branch
from polling_station.ui import forms, style
from polling_station.ui import branch_view as view
from polling_station.ui.branch_jobs import failure_text
from polling_station.ui.messages import MessageBridge


def precinct_label(branch: Branch, precinct_id: str) -> str:
    precinct = next((p for p in branch.election.precincts if p.id == precinct_id), None)
    return f"{precinct_id} — {precinct.name}" if precinct is not None else precinct_id


def region_names(branch: Branch) -> dict[str, str]:
    return {r.id: r.name for r in branch.election.regions}


class BranchDialog(QObject):
    """Loads a dialog form; ``attempt`` runs a service call and shows what went wrong in the form."""

    form_name = ""
    changed = Signal()  # the branch file changed: the window refreshes what it shows

    def __init__(self, branch: Branch, messages: MessageBridge, parent: QWidget | None):
        super().__init__(parent)
        self.branch = branch
        self.messages = messages
        self.dialog: QDialog = forms.load(self.form_name, parent)
        self.dialog.setWindowFlag(Qt.WindowType.Dialog)
        self.message_label = forms.child(self.dialog, QLabel, "messageLabel")
        self.dialog.finished.connect(self._finished)

    def say(self, text: str, tone: str = style.INFO) -> None:
        self.message_label.setText(text)
        style.set_tone(self.message_label, tone)

    def attempt(self, fn: Callable[..., Any], *args, **kwargs) -> tuple[bool, Any]:
        try:
            return True, fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 — a refusal, a failing disk or our bug: all are shown
            if not isinstance(exc, Refused):
                import logging
                logging.getLogger(__name__).exception("branch dialog failed")
            self.say(failure_text(exc, self.messages.render), style.REFUSED)
            return False, None

    def _finished(self, _result: int) -> None:
        self.dialog.deleteLater()
        self.deleteLater()

    def open(self) -> None:
        self.dialog.open()


class TrustDialog(BranchDialog):
    """Trust a CA or a chair's certificate, for every precinct or for the ticked ones; shows what is trusted."""

    form_name = "branch_trust"

    def __init__(self, branch: Branch, messages: MessageBridge, parent: QWidget | None):
        super().__init__(branch, messages, parent)
        d = self.dialog
        self.cert_edit = forms.child(d, QLineEdit, "certEdit")
        self.choose_button = forms.child(d, QPushButton, "chooseButton")
        self.every_radio = forms.child(d, QRadioButton, "everyRadio")
        self.some_radio = forms.child(d, QRadioButton, "someRadio")
        self.precinct_list = forms.child(d, QListWidget, "precinctList")
        self.trust_button = forms.child(d, QPushButton, "trustButton")
        self.trusted_table = forms.child(d, QTableWidget, "trustedTable")
        self.close_button = forms.child(d, QPushButton, "closeButton")
        view.plain(self.trusted_table, stretch=0)
        regions = region_names(branch)
        for p in branch.election.precincts:
            item = QListWidgetItem(f"{p.id} — {p.name} ({regions.get(p.region, p.region)})")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.precinct_list.addItem(item)
        self.cert_edit.textChanged.connect(self._update)
        self.some_radio.toggled.connect(self._update)
        self.precinct_list.itemChanged.connect(self._update)
        self.choose_button.clicked.connect(self.choose_file)
        self.trust_button.clicked.connect(self.trust)
        self.close_button.clicked.connect(d.accept)
        self.refresh()
        self._update()
        self.cert_edit.setFocus()

    def ticked(self) -> list[str]:
        return [self.precinct_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.precinct_list.count())
                if self.precinct_list.item(i).checkState() == Qt.CheckState.Checked]

    def tick(self, precinct_ids) -> None:
        self.some_radio.setChecked(True)
        for i in range(self.precinct_list.count()):
            item = self.precinct_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in precinct_ids
                               else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        some = self.some_radio.isChecked()
        self.precinct_list.setEnabled(some)
        self.trust_button.setEnabled(bool(self.cert_edit.text().strip()) and (not some or bool(self.ticked())))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.dialog, self.tr("A CA or chair's certificate"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if path:
            self.cert_edit.setText(path)

    def trust(self) -> None:
        path = Path(self.cert_edit.text().strip())
        scopes = self.ticked() if self.some_radio.isChecked() else [None]
        lines, added = [], False
        for precinct in scopes:
            ok, entries = self.attempt(self.branch.trust, path, precinct)
            if not ok:
                self.refresh()
                if lines:  # the precincts before the failing one are trusted
                    self.changed.emit()
                return
            for e in entries:
                added = added or e.added
                lines.append(self._trusted_sentence(e, precinct))
        if added:
            lines.append(self.tr("Packages refused before are not checked again by themselves: import their "
                                 "folder again."))
        self.say("\n".join(lines), style.OK)
        self.refresh()
        self.changed.emit()

    def _trusted_sentence(self, e, precinct: str | None) -> str:
        # whole sentences, one per case: a translation never splices fragments
        subject, fingerprint = view.subject_name(e.subject), e.fingerprint[:16]
        where = precinct_label(self.branch, precinct) if precinct else ""
        if not e.added:
            if precinct:
                return self.tr("«{subject}» was already trusted for precinct {precinct}.").format(
                    subject=subject, precinct=where)
            return self.tr("«{subject}» was already trusted for every precinct.").format(subject=subject)
        if e.is_ca and precinct:
            return self.tr("Trusted the CA «{subject}» for precinct {precinct} (SHA-256 {fingerprint}…).").format(
                subject=subject, precinct=where, fingerprint=fingerprint)
        if e.is_ca:
            return self.tr("Trusted the CA «{subject}» for every precinct (SHA-256 {fingerprint}…).").format(
                subject=subject, fingerprint=fingerprint)
        if precinct:
            return self.tr("Trusted the certificate «{subject}» for precinct {precinct} (SHA-256 "
                           "{fingerprint}…).").format(subject=subject, precinct=where, fingerprint=fingerprint)
        return self.tr("Trusted the certificate «{subject}» for every precinct (SHA-256 {fingerprint}…).").format(
            subject=subject, fingerprint=fingerprint)

    def refresh(self) -> None:
        rows = []
        for e in self.branch.trusted():
            scope = precinct_label(self.branch, e.precinct) if e.precinct else self.tr("every precinct")
            rows.append([view.cell(view.subject_name(e.subject), tip=e.subject),
                         view.cell(self.tr("CA: every key it issued") if e.is_ca else self.tr("chair's certificate")),
                         view.cell(scope), view.cell(view.when(e.not_after)[:10]),
                         view.cell(e.fingerprint[:16] + "…", tip=e.fingerprint)])
        view.fill(self.trusted_table, rows)

    def trusted_rows(self) -> list[list[str]]:
        return view.texts(self.trusted_table)


class ResolveDialog(BranchDialog):
    """The commission's choice among different packages of the same version of a precinct."""

    form_name = "branch_resolve"

    def __init__(self, branch: Branch, messages: MessageBridge, parent: QWidget | None, precinct: str | None = None):
        super().__init__(branch, messages, parent)
        d = self.dialog
        self.precinct_combo = forms.child(d, QComboBox, "precinctCombo")
        self.packages_table = forms.child(d, QTableWidget, "packagesTable")
        self.reason_edit = forms.child(d, QPlainTextEdit, "reasonEdit")
        self.resolve_button = forms.child(d, QPushButton, "resolveButton")
        self.cancel_button = forms.child(d, QPushButton, "cancelButton")
        self.chosen = None  # the PackageRecord now current, once resolved
        view.plain(self.packages_table, stretch=5)
        header = self.packages_table.horizontalHeader()
        header.sectionResized.connect(self.packages_table.resizeRowsToContents)
        self.packages_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.states = {s.precinct: s for s in branch.precinct_states() if s.state == "conflict"}
        for pid in self.states:
            self.precinct_combo.addItem(precinct_label(branch, pid), pid)
        if precinct in self.states:
            self.precinct_combo.setCurrentIndex(self.precinct_combo.findData(precinct))
        self.precinct_combo.currentIndexChanged.connect(self.show_packages)
        self.packages_table.itemSelectionChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        self.resolve_button.clicked.connect(self.resolve)
        self.cancel_button.clicked.connect(d.reject)
        self.show_packages()
        if not self.states:
            self.say(self.tr("No precinct has conflicting packages now."), style.INFO)
        self.packages_table.setFocus()

    def show_packages(self) -> None:
        state = self.states.get(self.precinct_combo.currentData())
        packages = [p for p in state.packages if p.state == "conflict"] if state else []
        rows = []
        for p in packages:
            first = view.cell(p.file, tip=p.sha256)
            first.setData(Qt.ItemDataRole.UserRole, p.sha256)
            why = "\n".join(self.messages.render(problem) for problem in getattr(p, "problems", ()))
            rows.append([first, view.cell(p.version, number=True), view.cell(p.signer),
                         view.cell(view.when(p.imported_at)), view.cell(p.sha256[:16]), view.cell(why)])
        view.fill(self.packages_table, rows)
        self.packages_table.resizeRowsToContents()
        self.packages_table.clearSelection()
        self._update()

    def choose(self, row: int) -> None:
        self.packages_table.selectRow(row)

    def _chosen_sha(self) -> str | None:
        rows = self.packages_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.packages_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _update(self) -> None:
        self.resolve_button.setEnabled(self._chosen_sha() is not None
                                       and bool(self.reason_edit.toPlainText().strip()))

    def resolve(self) -> None:
        precinct, sha = self.precinct_combo.currentData(), self._chosen_sha()
        if precinct is None or sha is None:
            return
        ok, chosen = self.attempt(self.branch.resolve_conflict, precinct, sha, self.reason_edit.toPlainText())
        if not ok:
            return
        self.chosen = chosen
        self.changed.emit()
        self.dialog.accept()
        self.messages.info(self.tr("Precinct {precinct}: version {version} from {file} now counts; the other "
                                   "packages are set aside.").format(precinct=precinct_label(self.branch, precinct),
                                                                     version=chosen.version, file=chosen.file))


class ExcludeDialog(BranchDialog):
    """The control committee's exclusion of a candidate, with its reason."""

    form_name = "branch_exclude"

    def __init__(self, branch: Branch, messages: MessageBridge, parent: QWidget | None, race: str | None = None):
        super().__init__(branch, messages, parent)
        d = self.dialog
        self.race_combo = forms.child(d, QComboBox, "raceCombo")
        self.candidate_combo = forms.child(d, QComboBox, "candidateCombo")
        self.reason_edit = forms.child(d, QPlainTextEdit, "reasonEdit")
        self.exclude_button = forms.child(d, QPushButton, "excludeButton")
        self.cancel_button = forms.child(d, QPushButton, "cancelButton")
        self.excluded_table = forms.child(d, QTableWidget, "excludedTable")
        view.plain(self.excluded_table)
        for r in branch.election.races:
            self.race_combo.addItem(r.name, r.id)
        if race is not None and self.race_combo.findData(race) >= 0:
            self.race_combo.setCurrentIndex(self.race_combo.findData(race))
        self.race_combo.currentIndexChanged.connect(self.show_race)
        self.candidate_combo.currentIndexChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        self.exclude_button.clicked.connect(self.exclude)
        self.cancel_button.clicked.connect(d.reject)
        self.show_race()
        self.candidate_combo.setFocus()

    def _race(self):
        race_id = self.race_combo.currentData()
        return next((r for r in self.branch.election.races if r.id == race_id), None)

    def show_race(self) -> None:
        race = self._race()
        if race is None:
            return
        excluded = {cid: e for (rid, cid), e in self.branch.exclusions().items() if rid == race.id}

        def name(c) -> str:
            return names.full_name(c.surname, c.given_name, c.patronymic)

        ordered = sorted(race.candidates, key=lambda c: (names.collation_key(c.surname),
                                                         names.collation_key(c.given_name),
                                                         names.collation_key(c.patronymic), c.id))
        self.candidate_combo.clear()
        for c in ordered:
            if c.id not in excluded:
                self.candidate_combo.addItem(name(c), c.id)
        rows = []
        for c in ordered:
            e = excluded.get(c.id)
            if e is not None:
                source = self.tr("the election definition") if e.source == "election" else self.tr("this branch")
                rows.append([view.cell(name(c)), view.cell(source), view.cell(e.reason, tip=e.reason)])
        view.fill(self.excluded_table, rows)
        self.excluded_table.resizeRowsToContents()
        self._update()

    def choose(self, candidate_id: str) -> None:
        self.candidate_combo.setCurrentIndex(self.candidate_combo.findData(candidate_id))

    def _update(self) -> None:
        self.exclude_button.setEnabled(self.candidate_combo.currentData() is not None
                                       and bool(self.reason_edit.toPlainText().strip()))

    def exclude(self) -> None:
        race, candidate = self._race(), self.candidate_combo.currentData()
        if race is None or candidate is None:
            return
        who = self.candidate_combo.currentText()
        ok, _ = self.attempt(self.branch.exclude, race.id, candidate, self.reason_edit.toPlainText())
        if not ok:
            return
        self.changed.emit()
        self.dialog.accept()
        self.messages.info(self.tr("{candidate} is excluded from the ratings of «{race}»; the votes stay in the "
                                   "results.").format(candidate=who, race=race.name))
