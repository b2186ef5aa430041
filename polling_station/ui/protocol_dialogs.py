"""The protocol tab's dialogs: the chair's key and its password (``forms/key_password.ui``), and
the reason for a correction (``forms/protocol_correction.ui``).

Both hand what was typed to the page, which asks the service; a refusal arrives through the
message channel and is shown in the dialog, which stays open so the chair can fix the one thing
that was wrong (the password, the folder, the key) without starting again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (QDialog, QFileDialog, QInputDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QWidget)

from polling_station.ui import forms, style
from polling_station.ui.context import DeskContext
from polling_station.ui.messages import Message

# pyside6-lupdate finds calls spelled translate("Context", "text")
translate = QCoreApplication.translate

# What the page does with a request: None keeps the dialog open (the channel said why),
# a callable closes it and then runs (so its message lands on the main window, not the dialog).
Then = Optional[Callable[[], None]]

QSS = """
#introLabel { font-size: 14pt; font-weight: bold; color: #1F3A5F; }
#introLabel[tone="warn"] { font-weight: normal; color: #5C3A00; background: #FFF1D6; border: 2px solid #C77700;
    border-radius: 4px; padding: 6px 10px; }
#keyCaption, #folderCaption, #trustCaption { font-size: 12pt; color: #4A5968; }
#keyLabel, #folderLabel, #trustLabel { font-size: 13pt; }
#keyButton, #folderButton, #trustButton { font-size: 12pt; padding: 4px 12px; }
#reasonCaption, #passwordCaption { font-size: 13pt; font-weight: bold; }
#passwordNote { font-size: 12pt; color: #4A5968; }
#signButton:enabled, #reopenButton:enabled { font-weight: bold; color: #FFFFFF; background: #1B7F3B;
    border-color: #1B7F3B; }
#reopenButton:enabled { background: #9A5B00; border-color: #9A5B00; }
"""


def choose_key(parent: QWidget | None, start: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, translate("ProtocolDialogs", "The chair's signing key"), start,
                                          translate("ProtocolDialogs", "Key files (*.p12 *.pfx);;All files (*)"))
    return Path(name) if name else None


def ask_signer_change_reason(parent: QWidget | None, why: str) -> str | None:
    """Another person than the previous version's signer is signing: the chair's written reason
    (printed in the protocol), or None when the chair cancels."""
    text, ok = QInputDialog.getMultiLineText(
        parent, translate("ProtocolDialogs", "Change of signer"),
        why + "\n\n" + translate("ProtocolDialogs", "Write why another person signs this version (for example: the "
                                                    "chair is ill; the deputy chair signs by the commission's "
                                                    "decision). The reason is printed in the protocol."))
    reason = " ".join(text.split()) if ok else ""
    return reason or None


def choose_folder(parent: QWidget | None, start: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, translate("ProtocolDialogs", "Folder for the package "
                                                                                 "(the USB stick)"), start)
    return Path(name) if name else None


def choose_certificate(parent: QWidget | None, start: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("ProtocolDialogs", "Certificate of the CA that issues the chairs' keys"), start,
        translate("ProtocolDialogs", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
    return Path(name) if name else None


class _ChannelDialog(QObject):
    """A dialog form that shows the message channel's messages while it is open."""

    form_name = ""

    def __init__(self, ctx: DeskContext, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog = forms.load(self.form_name, parent)
        self.dialog.setWindowFlag(Qt.WindowType.Dialog)
        self.dialog.setStyleSheet(QSS)
        self.message_label = forms.child(self.dialog, QLabel, "messageLabel")
        ctx.messages.shown.connect(self._show_message)
        ctx.messages.cleared.connect(self._clear_message)
        self.dialog.finished.connect(self._finished)

    def open(self) -> None:
        self.dialog.open()

    def _show_message(self, message: Message) -> None:
        if shiboken6.isValid(self.message_label):
            self.message_label.setText(message.text)
            style.set_tone(self.message_label, {"error": style.REFUSED, "warning": style.WARN}.get(
                message.level, style.INFO))

    def _clear_message(self) -> None:
        if shiboken6.isValid(self.message_label):
            self.message_label.clear()

    def _finished(self, _result: int) -> None:
        self.ctx.messages.shown.disconnect(self._show_message)
        self.ctx.messages.cleared.disconnect(self._clear_message)
        # closing the window with the dialog open finishes a dialog Qt is already deleting
        if shiboken6.isValid(self.dialog):
            self.dialog.deleteLater()
        self.deleteLater()


@dataclass(frozen=True)
class KeyRequest:
    key_path: Path
    folder: Path
    trust_path: Path | None
    reason: str
    password: str = field(repr=False)
    signer_change_reason: str = ""


class KeyPasswordDialog(_ChannelDialog):
    """The key, the target folder, the optional trusted CA, a reason when one is needed, and the
    password — everything a signature needs, seen together before anything is signed."""

    form_name = "key_password"
    FINALIZE, REISSUE, EXPORT = "finalize", "reissue", "export"

    def __init__(self, ctx: DeskContext, parent: QWidget | None, *, mode: str, version: int, previous: int,
                 package_name: str, key_path: Path, folder: Path, trust_path: Path | None,
                 act: Callable[[KeyRequest], Then]):
        super().__init__(ctx, parent)
        self.mode, self.version, self.package_name, self.act = mode, version, package_name, act
        self.key_path, self.folder, self.trust_path = key_path, folder, trust_path
        d = self.dialog
        self.intro_label = forms.child(d, QLabel, "introLabel")
        self.key_label = forms.child(d, QLabel, "keyLabel")
        self.folder_label = forms.child(d, QLabel, "folderLabel")
        self.trust_label = forms.child(d, QLabel, "trustLabel")
        self.key_button = forms.child(d, QPushButton, "keyButton")
        self.folder_button = forms.child(d, QPushButton, "folderButton")
        self.trust_button = forms.child(d, QPushButton, "trustButton")
        self.reason_edit = forms.child(d, QPlainTextEdit, "reasonEdit")
        self.password_edit = forms.child(d, QLineEdit, "passwordEdit")
        self.sign_button = forms.child(d, QPushButton, "signButton")
        self.cancel_button = forms.child(d, QPushButton, "cancelButton")
        # never a password in the clipboard or in an input method's history
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        precinct = ctx.station.precinct_id
        if mode == self.REISSUE:
            d.setWindowTitle(self.tr("Sign again with the same counts"))
            self.intro_label.setText(self.tr(
                "Protocol version {version} of precinct {precinct} is signed with the same counts as version "
                "{previous}, which stays stored. The reason is printed in the new version.").format(
                version=version, precinct=precinct, previous=previous))
            self.sign_button.setText(self.tr("Sign version {version}").format(version=version))
        elif mode == self.EXPORT:
            d.setWindowTitle(self.tr("Export the package again"))
            self.intro_label.setText(self.tr(
                "The package of protocol version {version} of precinct {precinct} is written again. Its list "
                "of files is signed anew, with the key that signed the protocol.").format(
                version=version, precinct=precinct))
            self.sign_button.setText(self.tr("Save the package"))
        else:
            d.setWindowTitle(self.tr("Sign and finalize the protocol"))
            self.intro_label.setText(self.tr(
                "Protocol version {version} of precinct {precinct} is signed with the chair's key. The station "
                "then becomes read-only, and the package for the branch office is saved in the folder "
                "below.").format(version=version, precinct=precinct))
            self.sign_button.setText(self.tr("Sign and finalize"))
        for name in ("reasonCaption", "reasonEdit"):
            forms.child(d, QWidget, name).setVisible(mode == self.REISSUE)
        # export_package checks the key against the certificate stored with the version instead
        for name in ("trustCaption", "trustLabel", "trustButton"):
            forms.child(d, QWidget, name).setVisible(mode != self.EXPORT)

        self.key_button.clicked.connect(self.change_key)
        self.folder_button.clicked.connect(self.change_folder)
        self.trust_button.clicked.connect(self.change_trust)
        self.password_edit.textChanged.connect(self._update)
        self.password_edit.returnPressed.connect(self.submit)
        self.reason_edit.textChanged.connect(self._update)
        self.sign_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(d.reject)
        self._show_files()
        self._update()
        (self.reason_edit if mode == self.REISSUE else self.password_edit).setFocus()

    @property
    def target(self) -> Path:
        return self.folder / self.package_name

    def _show_files(self) -> None:
        self.key_label.setText(str(self.key_path))
        self.folder_label.setText(str(self.target))
        if self.trust_path is None:
            self.trust_label.setText(self.tr("None chosen: a self-signed key is still refused, but a key of any "
                                             "CA is accepted."))
        else:
            self.trust_label.setText(str(self.trust_path))

    def _update(self) -> None:
        ready = bool(self.password_edit.text())
        if self.mode == self.REISSUE:
            ready = ready and bool(self.reason_edit.toPlainText().strip())
        self.sign_button.setEnabled(ready)

    def change_key(self) -> None:
        path = choose_key(self.dialog, str(self.key_path))
        if path is not None:
            self.key_path = path
            self._show_files()

    def change_folder(self) -> None:
        path = choose_folder(self.dialog, str(self.folder))
        if path is not None:
            self.folder = path
            self._show_files()

    def change_trust(self) -> None:
        path = choose_certificate(self.dialog, str(self.trust_path or self.key_path.parent))
        if path is not None:
            self.trust_path = path
            self._show_files()

    def submit(self) -> None:
        if not self.sign_button.isEnabled():
            return
        request = KeyRequest(self.key_path, self.folder, self.trust_path,
                             " ".join(self.reason_edit.toPlainText().split()), self.password_edit.text())
        # cleared before the work: whatever happens next, the typed password is gone from the screen
        self.password_edit.clear()
        self.ctx.messages.clear()
        then = self.act(request)
        if then is None:
            self.password_edit.setFocus()
            return
        self.dialog.accept()
        then()

    def _finished(self, result: int) -> None:
        # when the window closes with the dialog open, Qt may already have deleted the field
        if shiboken6.isValid(self.password_edit):
            self.password_edit.clear()
        super()._finished(result)


class CorrectionDialog(_ChannelDialog):
    """The chair reopens a finalized protocol for a correction, with the reason."""

    form_name = "protocol_correction"

    def __init__(self, ctx: DeskContext, parent: QWidget | None, *, version: int, act: Callable[[str], Then]):
        super().__init__(ctx, parent)
        self.act = act
        d = self.dialog
        self.intro_label = forms.child(d, QLabel, "introLabel")
        self.reason_edit = forms.child(d, QPlainTextEdit, "reasonEdit")
        self.reopen_button = forms.child(d, QPushButton, "reopenButton")
        self.cancel_button = forms.child(d, QPushButton, "cancelButton")
        self.intro_label.setText(self.tr(
            "Version {version} stays stored and valid until the corrected version is signed. The station goes "
            "back to COUNTED: on the Count tab the chair reopens the count of each race that must change, the "
            "commission recounts it and types it twice, the chair marks the station counted, and then signs "
            "version {next} here.").format(version=version, next=version + 1))
        style.set_tone(self.intro_label, style.WARN)
        self.reason_edit.textChanged.connect(self._update)
        self.reopen_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(d.reject)
        self._update()
        self.reason_edit.setFocus()

    def _update(self) -> None:
        self.reopen_button.setEnabled(bool(self.reason_edit.toPlainText().strip()))

    def submit(self) -> None:
        if not self.reopen_button.isEnabled():
            return
        self.ctx.messages.clear()
        then = self.act(" ".join(self.reason_edit.toPlainText().split()))
        if then is not None:
            self.dialog.accept()
            then()
