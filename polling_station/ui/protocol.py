"""The Protocol tab: what still stands in the way of the final protocol; a preview (QtPdf) of the
draft and of every signed version; the chair's actions — sign and finalize, sign again with the
same counts, issue a corrected protocol, export the package again — and printing copies for the
wall and the observers. ``install`` adds the tab to the desk's main window.

The service decides and explains; this page greys out what it would refuse. Only signed versions
are printed, so no draft ever reaches the wall. The key's password lives in the password field
only until the service has used it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem, QProgressDialog, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from polling_station.domain.problems import Problem
from polling_station.errors import Refused
from polling_station.ui import forms, protocol_dialogs, style, text
from polling_station.ui.context import ENVIRONMENT_ERRORS, DeskContext
from polling_station.ui.messages import ERROR, Message
from polling_station.ui.protocol_dialogs import (CorrectionDialog, KeyPasswordDialog, KeyRequest, Then,
                                                 choose_folder, choose_key)
from polling_station.ui.protocol_print import PrintError, load_pdf, print_document

__all__ = ["ProtocolPage", "install"]

KEY_FILE_KEY = "protocol/key_file"
EXPORT_FOLDER_KEY = "protocol/export_folder"
TRUST_FILE_KEY = "protocol/trusted_ca"
DRAFT = 0  # the versions list's entry for the unsigned draft (signed versions start at 1)

QSS = """
#protocolStateLabel { font-size: 15pt; font-weight: bold; padding: 6px 10px; border-radius: 4px;
    border: 2px solid #8795A3; background: #F1F3F5; color: #333333; }
#protocolStateLabel[tone="ok"] { background: #E3F2E6; color: #14532D; border-color: #1B7F3B; }
#protocolStateLabel[tone="warn"] { background: #FFF1D6; color: #5C3A00; border-color: #C77700; }
#protocolStateLabel[tone="refused"] { background: #FDE7E7; color: #8E1B1B; border-color: #B3261E; }
#protocolStateLabel[tone="info"] { background: #EAF1FB; color: #0B2F6B; border-color: #1F5FBF; }
#protocolGateCaption, #versionsCaption { font-size: 13pt; font-weight: bold; color: #1F3A5F; }
#protocolGateList { font-size: 13pt; color: #8E1B1B; }
#versionsList { font-size: 13pt; }
#versionsList::item:selected { background: #1F5FBF; color: #FFFFFF; }
#protocolRoleNote { font-size: 12pt; color: #4A5968; }
#finalizeButton, #correctButton, #exportButton, #printButton { font-size: 14pt; padding: 8px 12px; }
#finalizeButton[tone="ok"]:enabled { font-weight: bold; color: #FFFFFF; background: #1B7F3B; border-color: #1B7F3B; }
#previewCaption { font-size: 13pt; padding: 4px 8px; border-radius: 4px; }
#previewCaption[tone="warn"] { background: #FFF1D6; color: #5C3A00; border: 2px solid #C77700; }
#previewCaption[tone="ok"] { background: #E3F2E6; color: #14532D; border: 2px solid #1B7F3B; }
#previewPlaceholder { font-size: 15pt; color: #4A5968; }
#pdfView { background: #8795A3; border: 1px solid #5B6B7A; }
"""


def package_name(precinct_id: str, version: int) -> str:
    # the version in the name: a stick carrying both a protocol and its correction keeps both
    return f"protocol-{precinct_id}-v{version}.zip"


def _when(iso_text: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso_text)
    except (TypeError, ValueError):
        return iso_text or "—"
    return f"{text.date(moment.date())} {text.time(iso_text)}"


class ProtocolPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProtocolPage")
        self.ctx = ctx
        self.form = forms.load("protocol", self)
        self.setStyleSheet(QSS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        f = self.form
        self.state_label = forms.child(f, QLabel, "protocolStateLabel")
        self.gate_caption = forms.child(f, QLabel, "protocolGateCaption")
        self.gate_list = forms.child(f, QListWidget, "protocolGateList")
        self.versions_caption = forms.child(f, QLabel, "versionsCaption")
        self.versions_list = forms.child(f, QListWidget, "versionsList")
        self.role_note = forms.child(f, QLabel, "protocolRoleNote")
        self.finalize_button = forms.child(f, QPushButton, "finalizeButton")
        self.correct_button = forms.child(f, QPushButton, "correctButton")
        self.export_button = forms.child(f, QPushButton, "exportButton")
        self.print_button = forms.child(f, QPushButton, "printButton")
        self.preview_caption = forms.child(f, QLabel, "previewCaption")
        self.preview_stack = forms.child(f, QStackedWidget, "previewStack")
        self.preview_placeholder = forms.child(f, QLabel, "previewPlaceholder")
        self.preview_pdf_page = forms.child(f, QWidget, "previewPdfPage")

        self.document: QPdfDocument | None = None
        self.view = QPdfView(self.preview_pdf_page)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        forms.child(f, QVBoxLayout, "previewHost").addWidget(self.view)
        self.tab_widget = None  # set by install, for the tab's title
        self.shown_key: tuple | None = None  # what the preview holds: (DRAFT, version, journal seq) or (version,)
        self.key_dialog: KeyPasswordDialog | None = None
        self.correction_dialog: CorrectionDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.printer: QPrinter | None = None  # kept, so the printer chosen once stays chosen
        self._gate: list[Problem] = []
        self._versions: list[dict] = []
        self._entries: list[int] = []

        self.versions_list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.finalize_button.clicked.connect(self.start_finalize)
        self.correct_button.clicked.connect(self.start_correction)
        self.export_button.clicked.connect(self.start_export)
        self.print_button.clicked.connect(self.start_print)
        self.refresh()

    @staticmethod
    def title() -> str:
        return QApplication.translate("ProtocolPage", "Protocol")

    # ----- showing the station ----------------------------------------------------------------

    def refresh(self) -> None:
        station = self.ctx.station
        try:
            state = station.state
            self._gate = [self._named(p) for p in station.protocol_gate()]
            self._versions = station.protocols()
        except ENVIRONMENT_ERRORS as exc:
            self.ctx.environment_failed(exc)
            return
        self._show_state(state)
        self._fill_versions(state)
        self._enable(state)
        self._update_preview()

    def _named(self, problem: Problem) -> Problem:
        """The problem with its race named as the ballot names it, not by its id."""
        race_id = problem.params.get("race")
        race = next((r for r in self.ctx.station.races if r.id == race_id), None)
        if race is None:
            return problem
        return Problem(problem.code, {**problem.params, "race": race.name}, problem.severity)

    @property
    def next_version(self) -> int:
        return (self._versions[-1]["version"] if self._versions else 0) + 1

    def _show_state(self, state: str) -> None:
        latest = self._versions[-1]["version"] if self._versions else None
        if state in ("SETUP", "OPEN"):
            message, tone = self.tr("Voting is not over: the protocol is signed once the station is closed "
                                    "and counted."), style.NEUTRAL
        elif state == "CLOSED":
            message, tone = self.tr("The count is not finished: the chair marks the station counted on the "
                                    "Count tab once every race is agreed."), style.WARN
        elif state == "COUNTED" and self._gate:
            message, tone = self.tr("The counts do not allow a protocol yet."), style.REFUSED
        elif state == "COUNTED" and latest is not None:
            message, tone = self.tr("Correction of version {version}: the counts are final again, and the "
                                    "chair may sign version {next}.").format(version=latest,
                                                                               next=self.next_version), style.INFO
        elif state == "COUNTED":
            message, tone = self.tr("Everything is counted and checked: the chair may sign and finalize the "
                                    "protocol."), style.OK
        elif state == "FINALIZED":
            message, tone = self.tr("The protocol is finalized: version {version} is signed and the station is "
                                    "read-only.").format(version=latest), style.OK
        else:
            message, tone = text.state_name(state), style.NEUTRAL
        self.state_label.setText(message)
        style.set_tone(self.state_label, tone)

        self.gate_list.clear()
        for problem in self._gate:
            self.gate_list.addItem(QListWidgetItem(self.ctx.messages.render(problem)))
        blocked = bool(self._gate) and state != "FINALIZED"
        self.gate_caption.setVisible(blocked)
        self.gate_list.setVisible(blocked)

    def _fill_versions(self, state: str) -> None:
        previous = self.selected()
        names = {o["id"]: o["name"] for o in self.ctx.station.officers()}
        self.versions_list.blockSignals(True)
        self.versions_list.clear()
        if state == "COUNTED" and not self._gate:
            item = QListWidgetItem(self.tr("Draft of version {version}: not signed, for checking").format(
                version=self.next_version))
            item.setData(Qt.ItemDataRole.UserRole, DRAFT)
            self.versions_list.addItem(item)
        for v in reversed(self._versions):
            lines = [self.tr("Version {version} · {when} · signed by {officer}").format(
                version=v["version"], when=_when(v["created_at"]), officer=names.get(v["officer"], v["officer"]))]
            if v["reason"]:
                lines.append(self.tr("Reason: {reason}").format(reason=v["reason"]))
            if not v["package_sha256"]:
                lines.append(self.tr("Its package has not been saved yet: use Export again."))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, v["version"])
            self.versions_list.addItem(item)
        entries = [self.versions_list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.versions_list.count())]
        # a new version or a new draft is what the chair wants to see; otherwise the choice stays
        wanted = previous if entries == self._entries and previous in entries else (entries[0] if entries else None)
        self._entries = entries
        if wanted is not None:
            self.versions_list.setCurrentRow(entries.index(wanted))
        self.versions_list.blockSignals(False)
        self.versions_caption.setVisible(bool(entries))
        self.versions_list.setVisible(bool(entries))

    def selected(self) -> int | None:
        """DRAFT, a signed version's number, or None."""
        item = self.versions_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _enable(self, state: str) -> None:
        ctx = self.ctx
        finalized = state == "FINALIZED"
        may_finalize = ctx.may("protocol.finalize")
        if finalized:
            self.finalize_button.setText(self.tr("&Sign again with the same counts…"))
            self.finalize_button.setToolTip(self.tr("A new version with the same counts and a reason, for "
                                                    "example when the key or the printed copy was wrong."))
        else:
            self.finalize_button.setText(self.tr("&Sign and finalize…"))
            self.finalize_button.setToolTip(self.tr("The chair signs the protocol with the key file; the station "
                                                    "then becomes read-only and the package is saved."))
        self.finalize_button.setEnabled(may_finalize and (finalized or (state == "COUNTED" and not self._gate)))
        # signing is the step to take only before the protocol exists; afterwards a reissue is the exception
        style.set_tone(self.finalize_button, style.NEUTRAL if finalized else style.OK)
        self.correct_button.setEnabled(finalized and ctx.may("protocol.correct"))
        self.correct_button.setToolTip(self.tr("When counts must change: the station goes back to the count, and "
                                               "a corrected version is signed with the reason."))
        self.export_button.setEnabled(bool(self._versions) and ctx.may("protocol.export"))
        self.export_button.setToolTip(self.tr("Save the package of the chosen version again, to another USB "
                                              "stick or folder."))
        self.print_button.setEnabled(ctx.session is not None and self.selected() not in (None, DRAFT))
        self.print_button.setToolTip(self.tr("Only a signed version is printed, so that no draft reaches the "
                                             "wall."))
        if ctx.session is not None and not may_finalize:
            self.role_note.setText(self.tr("Only the chair signs, corrects and exports the protocol; you may "
                                           "look at it and print a signed version."))
            self.role_note.setVisible(True)
        else:
            self.role_note.setVisible(False)

    def _selection_changed(self) -> None:
        self._enable(self.ctx.station.state)
        self._update_preview()

    # ----- the preview ------------------------------------------------------------------------

    def _update_preview(self) -> None:
        if not self.isVisible():
            return  # a hidden tab renders nothing; showEvent catches up
        choice = self.selected()
        if choice is None:
            self._show_placeholder()
            return
        station = self.ctx.station
        if choice == DRAFT:
            ok, model = self.ctx.attempt(station.protocol_model)
            if not ok:
                self._show_placeholder()
                return
            key = (DRAFT, model.version, model.journal_seq)
            if key != self.shown_key:
                from polling_station.reports.protocol_pdf import render_protocol_pdf
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    self._load(render_protocol_pdf(model), key)
                finally:
                    QApplication.restoreOverrideCursor()
            self.preview_caption.setText(self.tr(
                "Draft of version {version}, {pages} page(s), as it would be signed now. It is not the protocol "
                "until the chair signs it.").format(version=model.version, pages=self.document.pageCount()))
            style.set_tone(self.preview_caption, style.WARN)
        else:
            key = (choice,)
            if key != self.shown_key:
                ok, data = self.ctx.attempt(station.protocol_pdf, choice)
                if not ok:
                    self._show_placeholder()
                    return
                self._load(data, key)
            row = next((v for v in self._versions if v["version"] == choice), None)
            self.preview_caption.setText(self.tr(
                "Version {version}, signed {when}, {pages} page(s): the PDF exactly as stored and exported.").format(
                version=choice, when=_when(row["created_at"]) if row else "—", pages=self.document.pageCount()))
            style.set_tone(self.preview_caption, style.OK)
        self.preview_caption.setVisible(True)
        self.preview_stack.setCurrentWidget(self.preview_pdf_page)

    def _load(self, data: bytes, key: tuple) -> None:
        old = self.document
        self.document = load_pdf(data, self)
        self.view.setDocument(self.document)
        self.shown_key = key
        if old is not None:
            old.deleteLater()

    def _show_placeholder(self) -> None:
        state = self.ctx.station.state
        if state in ("SETUP", "OPEN", "CLOSED"):
            self.preview_placeholder.setText(self.tr("The preview of the protocol appears here once the station "
                                                     "is counted."))
        else:
            self.preview_placeholder.setText(self.tr("The preview appears here once nothing stands in the way of "
                                                     "the protocol."))
        self.preview_caption.setVisible(False)
        self.preview_stack.setCurrentWidget(self.preview_stack.widget(0))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # after the loader has put the form's own strings back in the new language
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh()
        if self.tab_widget is not None:
            self.tab_widget.setTabText(self.tab_widget.indexOf(self), self.title())

    # ----- signing, correcting, exporting ------------------------------------------------------

    def _remembered(self, key: str) -> str:
        return str(self.ctx.settings.value(key, "") or "")

    def _choose_key_and_folder(self) -> tuple[Path, Path] | None:
        key = choose_key(self.window(), self._remembered(KEY_FILE_KEY))
        if key is None:
            return None
        folder = choose_folder(self.window(), self._remembered(EXPORT_FOLDER_KEY))
        if folder is None:
            return None
        return key, folder

    def _trusted_ca(self) -> Path | None:
        remembered = self._remembered(TRUST_FILE_KEY)
        return Path(remembered) if remembered and Path(remembered).is_file() else None

    def _remember(self, request: KeyRequest) -> None:
        # paths only: the password is never written anywhere
        self.ctx.settings.setValue(KEY_FILE_KEY, str(request.key_path))
        self.ctx.settings.setValue(EXPORT_FOLDER_KEY, str(request.folder))
        if request.trust_path is not None:
            self.ctx.settings.setValue(TRUST_FILE_KEY, str(request.trust_path))

    def start_finalize(self) -> KeyPasswordDialog | None:
        chosen = self._choose_key_and_folder()
        if chosen is None:
            return None
        reissue = self.ctx.station.state == "FINALIZED"
        version = self.next_version
        self.key_dialog = KeyPasswordDialog(
            self.ctx, self.window(), mode=KeyPasswordDialog.REISSUE if reissue else KeyPasswordDialog.FINALIZE,
            version=version, previous=version - 1, package_name=package_name(self.ctx.station.precinct_id, version),
            key_path=chosen[0], folder=chosen[1], trust_path=self._trusted_ca(), act=self._finalize)
        self.key_dialog.dialog.finished.connect(self._key_dialog_closed)
        self.key_dialog.open()
        return self.key_dialog

    def _finalize(self, request: KeyRequest) -> Then:
        ctx, station = self.ctx, self.ctx.station
        target = request.folder / package_name(station.precinct_id, self.next_version)
        trust = [request.trust_path] if request.trust_path is not None else []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = station.finalize(ctx.session, request.key_path, request.password, target, request.reason,
                                      trust_roots=trust, signer_change_reason=request.signer_change_reason)
        except Refused as exc:
            changed = next((p for p in exc.problems if p.code == "protocol.signer_changed"), None)
            if changed is not None and not request.signer_change_reason:
                QApplication.restoreOverrideCursor()  # the chair types now
                reason = protocol_dialogs.ask_signer_change_reason(self.window(), ctx.messages.render(changed))
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # balanced by the finally below
                if reason is None:
                    ctx.messages.problems(exc.problems)
                    return None
                return self._finalize(dataclasses.replace(request, signer_change_reason=reason))
            problems = [self._named(p) for p in exc.problems]
            stored = next((p for p in problems if p.code == "protocol.export_after_finalize"), None)
            if stored is not None:
                # signed and stored, only the package is missing: the dialog's work is done
                self._remember(request)
                lines = [ctx.messages.render(p) for p in problems if p is not stored]
                lines.append(self.tr("Protocol version {version} is signed and stored, but its package was not "
                                     "saved: save it with Export again.").format(version=stored.params["version"]))
                message = Message(ERROR, "\n".join(lines), tuple(p.code for p in problems))
                return lambda: self._after_change(lambda: ctx.messages.show(message))
            ctx.messages.problems(problems)
            return None
        except ENVIRONMENT_ERRORS as exc:
            ctx.environment_failed(exc)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._remember(request)
        return lambda: self._after_change(lambda: ctx.messages.info(self.tr(
            "Protocol version {version} is signed by {signer} and finalized; the station is read-only. The "
            "package is saved as {path}.").format(version=result.version, signer=result.signer,
                                                  path=str(result.package_path))))

    def start_export(self) -> KeyPasswordDialog | None:
        choice = self.selected()
        version = choice if choice not in (None, DRAFT) else self._versions[-1]["version"]
        chosen = self._choose_key_and_folder()
        if chosen is None:
            return None
        self.key_dialog = KeyPasswordDialog(
            self.ctx, self.window(), mode=KeyPasswordDialog.EXPORT, version=version, previous=version,
            package_name=package_name(self.ctx.station.precinct_id, version), key_path=chosen[0],
            folder=chosen[1], trust_path=None, act=lambda request: self._export(request, version))
        self.key_dialog.dialog.finished.connect(self._key_dialog_closed)
        self.key_dialog.open()
        return self.key_dialog

    def _export(self, request: KeyRequest, version: int) -> Then:
        ctx, station = self.ctx, self.ctx.station
        target = request.folder / package_name(station.precinct_id, version)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok, result = ctx.attempt(station.export_package, ctx.session, request.key_path, request.password,
                                     target, version)
        finally:
            QApplication.restoreOverrideCursor()
        if not ok:
            return None
        self._remember(request)
        return lambda: self._after_change(lambda: ctx.messages.info(self.tr(
            "The package of protocol version {version} is saved as {path}.").format(
            version=result.version, path=str(result.package_path))))

    def _key_dialog_closed(self) -> None:
        self.key_dialog = None

    def start_correction(self) -> CorrectionDialog:
        latest = self._versions[-1]["version"]
        self.correction_dialog = CorrectionDialog(self.ctx, self.window(), version=latest, act=self._reopen)
        self.correction_dialog.dialog.finished.connect(lambda _r: setattr(self, "correction_dialog", None))
        self.correction_dialog.open()
        return self.correction_dialog

    def _reopen(self, reason: str) -> Then:
        ctx = self.ctx
        ok, _ = ctx.attempt(ctx.station.reopen_for_correction, ctx.session, reason)
        if not ok:
            return None
        corrected = self.next_version
        return lambda: self._after_change(lambda: ctx.messages.info(self.tr(
            "The protocol is reopened for correction and the station is back to COUNTED. On the Count tab, "
            "reopen the count of each race that must change and have it recounted and typed twice; then mark "
            "the station counted and sign version {version} here.").format(version=corrected)))

    def _after_change(self, tell) -> None:
        self.ctx.changed.emit()
        self.refresh()
        tell()

    # ----- printing ---------------------------------------------------------------------------

    def suggested_copies(self) -> int:
        """One for the wall and one for each observer still in the room."""
        return 1 + sum(1 for o in self.ctx.station.observers() if not o.get("left_at"))

    def start_print(self) -> QPrintDialog | None:
        version = self.selected()
        if version in (None, DRAFT):
            return None
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self.printer
        printer.setCopyCount(self.suggested_copies())
        printer.setDocName(package_name(self.ctx.station.precinct_id, version).removesuffix(".zip"))
        dialog = QPrintDialog(printer, self.window())
        dialog.setWindowTitle(self.tr("Print protocol version {version}").format(version=version))
        # every copy is printed whole, in order: a range or uncollated stacks only invite a missing page
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, False)
        dialog.accepted.connect(lambda: self.print_version(version, printer))
        dialog.finished.connect(lambda _r: setattr(self, "print_dialog", None))
        self.print_dialog = dialog
        # QPrintDialog.open() in PySide wants a receiver; this is the same non-blocking window-modal show
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def print_version(self, version: int, printer: QPrinter, copies: int | None = None) -> int:
        """Print ``copies`` (default: the count chosen in the print dialog) of a signed version."""
        copies = printer.copyCount() if copies is None else copies
        ok, data = self.ctx.attempt(self.ctx.station.protocol_pdf, version)
        if not ok:
            return 0
        document = load_pdf(data, self)
        pages = document.pageCount()
        progress = QProgressDialog(self.tr("Printing protocol version {version}…").format(version=version),
                                   self.tr("Stop printing"), 0, 1, self.window())
        progress.setWindowTitle(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def advance(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(self.tr("Printing page {page} of {total}…").format(
                page=min(done + 1, total), total=total))
            return not progress.wasCanceled()

        try:
            printed = print_document(document, printer, copies, advance)
        except PrintError as exc:
            self.ctx.messages.error(self.tr("The protocol was not printed: {reason}").format(reason=exc.reason))
            return 0
        finally:
            progress.close()
            progress.deleteLater()
            document.deleteLater()
        if printed < copies * pages:
            self.ctx.messages.warning(self.tr("Printing was stopped after {printed} of {total} page(s).").format(
                printed=printed, total=copies * pages))
        else:
            self.ctx.messages.info(self.tr("Protocol version {version} was sent to the printer: {copies} copy(ies) "
                                           "of {pages} page(s).").format(version=version, copies=copies,
                                                                         pages=pages))
        return printed


def install(controller) -> ProtocolPage:
    """Add the Protocol tab (after the Count tab) to a ``MainWindowController`` and keep it current."""
    ctx = controller.ctx
    page = ProtocolPage(ctx)
    tabs = controller.tabs
    counting = getattr(controller, "counting", None)
    index = tabs.indexOf(counting) + 1 if counting is not None and tabs.indexOf(counting) >= 0 else tabs.count()
    tabs.insertTab(index, page, page.title())
    page.tab_widget = tabs
    ctx.changed.connect(page.refresh)
    ctx.session_changed.connect(page.refresh)

    def follow_the_window_clock() -> None:
        # another desk may have marked the station counted; the window's timer is made after
        # the tabs, so it is looked for once the window's constructor has finished
        timer = getattr(controller, "refresh_timer", None)
        if timer is not None:
            timer.timeout.connect(page.refresh)

    if getattr(controller, "refresh_timer", None) is not None:
        follow_the_window_clock()
    else:
        QTimer.singleShot(0, page, follow_the_window_clock)
    return page
