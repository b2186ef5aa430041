"""Start the desk: the Qt application, the language, the station file, the window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from polling_station import i18n
from polling_station.errors import Refused
from polling_station.ui import style
from polling_station.ui.context import RECENT_FILE_KEY
from polling_station.ui.language import LANGUAGE_KEY, LanguageSwitch, install_translators  # noqa: F401 (re-exported)
from polling_station.ui.messages import MessageBridge



# pyside6-lupdate finds calls spelled translate("Context", "text")
translate = QCoreApplication.translate


def choose_station_file(settings: QSettings) -> Path | None:
    recent = str(settings.value(RECENT_FILE_KEY, "") or "")
    folder = str(Path(recent).parent) if recent else str(Path.home())
    dialog = QFileDialog(None, translate("App", "Open the station file"), folder,
                         translate("App", "Station files (*.db *.sqlite);;All files (*)"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if recent:
        dialog.selectFile(recent)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def recover(path: Path, problems, messages: MessageBridge, settings: QSettings) -> bool:
    """Show what is wrong with the station file and offer to restore it from a backup.
    True when the file was restored (the damaged one is kept beside it)."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

    from polling_station.services.station import Station
    title = translate("App", "The station file needs attention")
    details = "\n".join("• " + messages.render(p) for p in problems[:12])
    answer = QMessageBox.critical(
        None, title,
        translate("App", "The station file {file} failed its start-up check:\n\n{details}\n\n"
                         "The chair can restore it from the last checked backup (the damaged file is kept). "
                         "Restore now?").format(file=path.name, details=details),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backup_file, _ = QFileDialog.getOpenFileName(None, translate("App", "Choose the backup"), str(path.parent),
                                                 translate("App", "Station backups (*.db);;All files (*)"))
    if not backup_file:
        return False
    officer, ok = QInputDialog.getText(None, title, translate("App", "The chair's login:"), text="chair")
    if not ok:
        return False
    pin, ok = QInputDialog.getText(None, title, translate("App", "The chair's PIN:"), QLineEdit.EchoMode.Password)
    if not ok:
        return False
    try:
        Station.restore(path, backup_file, officer, pin)
    except Refused as exc:
        QMessageBox.critical(None, title, "\n".join(messages.render(p) for p in exc.problems))
        return False
    QMessageBox.information(None, title, translate("App", "The station was restored from {backup}.").format(
        backup=Path(backup_file).name))
    return True


def run_gui(argv: list[str], db_path: str | Path | None = None, lang: str | None = None) -> int:
    """Open the desk window on ``db_path`` (asked for when None) and run until it is closed.

    Returns the process exit code: 0 when closed normally or when no file was chosen, 1 when the
    station file could not be opened (the reason is shown first).
    """
    from polling_station.services.station import Station
    from polling_station.ui.main_window import MainWindowController

    app = QApplication.instance() or QApplication(["polling-station", *argv])
    app.setOrganizationName("Polling Station")
    app.setApplicationName("Polling Station")
    settings = QSettings()
    lang = i18n.detect_language(lang or str(settings.value(LANGUAGE_KEY, "") or "") or None)
    translators = install_translators(app, lang)
    style.apply(app)

    path = Path(db_path) if db_path else choose_station_file(settings)
    if path is None:
        return 0
    messages = MessageBridge(lang)
    try:
        station = Station.open(path)
        problems = station.health_check()
    except Refused as exc:
        if not any(p.code == "storage.unreadable" for p in exc.problems):
            # no file, not a station, a newer version: nothing to restore, say why
            QMessageBox.critical(None, translate("App", "Polling Station"),
                                 "\n".join(messages.render(p) for p in exc.problems))
            return 1
        problems, station = exc.problems, None
    if problems:
        # a damaged or tampered file: lead the chair to a checked backup instead of working on it
        if station is not None:
            station.close_db()
        if not recover(path, problems, messages, settings):
            return 1
        station = Station.open(path)
    settings.setValue(RECENT_FILE_KEY, str(path.resolve()))
    language = LanguageSwitch(app, settings, messages, lang, translators)
    try:
        main = MainWindowController(station, settings, messages, language)
        main.show()
        main.window.showMaximized()
        return app.exec()
    finally:
        station.close_db()
        for translator in language.translators:
            app.removeTranslator(translator)
