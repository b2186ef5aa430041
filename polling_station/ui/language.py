"""The desk's language: Kazakh, Russian or English, switched at run time and remembered.

A switch removes the translators it installed and installs the new language's (ours and Qt's
own), sets the default ``QLocale`` (numbers and dates), tells the message bridge (service
messages are rendered in its language) and saves the choice (``QSettings`` ``ui/language``).
Every open window then receives ``QEvent.LanguageChange`` and retranslates itself.
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from polling_station import i18n
from polling_station.paths import TRANSLATIONS

LANGUAGE_KEY = "ui/language"
# each language by its own name: a clerk finds theirs whatever the screen shows now
LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our catalogue and Qt's own (standard buttons, file dialogs), when they exist for ``lang``."""
    QLocale.setDefault(QLocale({"kk": "kk_KZ", "ru": "ru_RU"}.get(lang, "en_GB")))
    installed = []
    for name, folder in ((f"{i18n.CATALOGUE}_{lang}", str(TRANSLATIONS)),
                         (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if lang != "en" and translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class LanguageSwitch(QObject):
    changed = Signal(str)

    def __init__(self, app: QApplication, settings: QSettings, messages, lang: str,
                 translators: list[QTranslator] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.app, self.settings, self.messages = app, settings, messages
        self.lang = lang
        self.translators = list(translators or [])

    def switch(self, lang: str) -> None:
        if lang not in dict(LANGUAGES) or lang == self.lang:
            return
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = install_translators(self.app, lang)
        self.lang = lang
        self.messages.lang = lang
        self.settings.setValue(LANGUAGE_KEY, lang)
        self.settings.sync()
        self.changed.emit(lang)
