"""The login screen: choose the officer, type the PIN; the service checks it and counts failures."""
from __future__ import annotations

from PySide6.QtCore import QObject, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from polling_station.ui import forms, style, text
from polling_station.ui.context import DESK_KEY, DeskContext
from polling_station.ui.language import LANGUAGES, LanguageSwitch
from polling_station.ui.messages import Message


class LoginController(QObject):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, language: LanguageSwitch | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.language = language
        self.form = forms.load("login", parent)
        self.language_combo = forms.child(self.form, QComboBox, "languageCombo")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(ctx.messages.lang), 0))
        self.language_combo.setVisible(language is not None)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.officer_list = forms.child(self.form, QListWidget, "officerList")
        self.pin_edit = forms.child(self.form, QLineEdit, "pinEdit")
        self.desk_edit = forms.child(self.form, QLineEdit, "deskEdit")
        self.login_button = forms.child(self.form, QPushButton, "loginButton")
        self.message_label = forms.child(self.form, QLabel, "messageLabel")

        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin_edit))
        self.desk_edit.setText(str(ctx.settings.value(DESK_KEY, "1")))
        self.officer_list.itemActivated.connect(lambda _item: self.pin_edit.setFocus())
        self.officer_list.currentRowChanged.connect(self._officer_chosen)
        self.pin_edit.returnPressed.connect(self.log_in)
        self.login_button.clicked.connect(self.log_in)
        self.fill_officers()

    def _language_chosen(self, _index: int) -> None:
        if self.language is not None:
            self.language.switch(self.language_combo.currentData())
            self.focus()

    def fill_officers(self) -> None:
        current = self.selected_officer()
        self.officer_list.clear()
        for officer in self.ctx.station.officers():
            if not officer["active"]:
                continue
            item = QListWidgetItem(self.tr("{name} — {role}").format(
                name=officer["name"], role=text.role_name(officer["role"])))
            item.setData(Qt.ItemDataRole.UserRole, officer["id"])
            item.setToolTip(self.tr("Login id: {officer}").format(officer=officer["id"]))
            self.officer_list.addItem(item)
        self.select_officer(current)

    def selected_officer(self) -> str | None:
        item = self.officer_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_officer(self, officer_id: str | None) -> None:
        for row in range(self.officer_list.count()):
            if self.officer_list.item(row).data(Qt.ItemDataRole.UserRole) == officer_id:
                self.officer_list.setCurrentRow(row)
                return

    def _officer_chosen(self, _row: int) -> None:
        self.pin_edit.clear()

    def log_in(self) -> None:
        officer_id = self.selected_officer()
        if officer_id is None:
            self.ctx.messages.warning(self.tr("Choose your name in the list first."))
            self.officer_list.setFocus()
            return
        pin = self.pin_edit.text()
        desk = self.desk_edit.text().strip() or "1"
        # the PIN never stays in the field, right or wrong
        self.pin_edit.clear()
        ok, session = self.ctx.attempt(self.ctx.station.login, officer_id, pin, desk)
        if not ok:
            self.pin_edit.setFocus()
            return
        self.ctx.settings.setValue(DESK_KEY, desk)
        self.show_message(None)
        self.ctx.log_in(session)

    def show_message(self, message: Message | None) -> None:
        if message is None:
            self.message_label.clear()
            style.set_tone(self.message_label, style.NEUTRAL)
            return
        self.message_label.setText(message.text)
        style.set_tone(self.message_label, {"error": style.REFUSED, "warning": style.WARN}.get(message.level, style.INFO))

    def focus(self) -> None:
        if self.selected_officer() is None:
            self.officer_list.setFocus()
        else:
            self.pin_edit.setFocus()
