"""The forms load, fit a 1366×768 laptop, show their numbers; the app and the screenshot script run."""
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMessageBox, QSpinBox

from polling_station.paths import FORMS
from polling_station.ui import forms, screenshots
from polling_station.ui.app import run_gui
from polling_station.ui.context import RECENT_FILE_KEY

from .conftest import log_in

FORM_NAMES = sorted(p.stem for p in FORMS.glob("*.ui"))


def test_every_form_the_application_needs_is_there():
    assert set(FORM_NAMES) >= {"login", "main_window", "checkin", "turnout", "station", "void_dialog",
                               "spoil_dialog", "backfill_dialog"}


@pytest.mark.parametrize("name", FORM_NAMES)
def test_each_form_loads_with_the_one_loader(qtbot, name):
    widget = forms.load(name)
    qtbot.addWidget(widget)
    assert widget.objectName()


def test_a_missing_widget_is_a_loud_error_not_a_silent_none(qtbot):
    widget = forms.load("login")
    qtbot.addWidget(widget)
    with pytest.raises(forms.FormError, match="no QLineEdit named 'nope'"):
        forms.child(widget, QLineEdit, "nope")
    with pytest.raises(forms.FormError):
        forms.load("no_such_form")


def test_the_desk_fits_a_1366_by_768_screen(qtbot, desk):
    log_in(qtbot, desk, "chair", "1111")
    for index in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(index)
        hint = desk.window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (desk.tabs.tabText(index), hint)


def test_number_fields_show_their_numbers(qtbot, desk):
    # a style sheet once squeezed the spin boxes' text to one pixel: the ballots field looked empty
    log_in(qtbot, desk, "chair", "1111")
    desk.tabs.setCurrentWidget(desk.station_tab)
    dialog = desk.station_page.spoil()
    qtbot.waitExposed(dialog.dialog)
    for spin in desk.window.findChildren(QSpinBox) + dialog.dialog.findChildren(QSpinBox):
        if spin.isVisible():
            assert spin.findChild(QLineEdit).width() >= 60, spin.objectName()
    dialog.dialog.reject()


def close_soon(collect):
    """Close the first window or box that appears, once the event loop runs."""

    def check():
        box = QApplication.activeModalWidget()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if isinstance(box, QMessageBox):
            collect.append(box.text())
            box.accept()
        elif windows:
            collect.append(windows[0].windowTitle())
            windows[0].close()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(20, check)


@pytest.fixture
def user_settings(tmp_path):
    # run_gui reads the per-user settings: keep them out of the real home folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    return tmp_path / "config"


def test_run_gui_opens_the_station_file_and_remembers_it(qtbot, desk_station, user_settings):
    seen = []
    close_soon(seen)
    assert run_gui([], db_path=desk_station.path, lang="en") == 0
    assert seen == ["Polling Station: precinct 101"]
    assert QSettings().value(RECENT_FILE_KEY) == str(Path(desk_station.path).resolve())


def test_run_gui_says_why_a_file_cannot_be_opened(qtbot, tmp_path, user_settings):
    seen = []
    close_soon(seen)
    assert run_gui([], db_path=tmp_path / "missing.db", lang="en") == 1
    assert seen == [f"There is no database at {tmp_path / 'missing.db'}."]


def test_the_screenshot_script_saves_five_full_size_pictures(qapp, tmp_path):
    assert screenshots.main([str(tmp_path)]) == 0
    for name in screenshots.SHOTS:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert (image.width(), image.height()) == screenshots.SIZE, name


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_desk_fits_a_1366_by_768_screen_in_kazakh_and_russian(qapp, tmp_path, lang):
    """Longer words must not push the window off a laptop screen (it was 1,525 px wide in Kazakh)."""
    assert screenshots.main([str(tmp_path), lang]) == 0
    for name in (*screenshots.SHOTS, "count"):
        image = QImage(str(tmp_path / f"{name}-{lang}.png"))
        assert (image.width(), image.height()) == screenshots.SIZE, name


KK_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context><name>MainWindow</name>
 <message><source>Check-in</source><translation>Тіркеу</translation></message>
</context>
<context><name>MainWindowController</name>
 <message><source>Precinct {id}</source><translation>№{id} учаске</translation></message>
</context>
<context><name>Terms</name>
 <message><source>OPEN: voting</source><translation>АШЫҚ: дауыс беру</translation></message>
</context>
<context><name>CheckInController</name>
 <message><source>Ready for the next member</source><translation>Келесі мүшені күтудеміз</translation></message>
</context>
</TS>
"""


def test_a_catalogue_installed_at_run_time_retranslates_forms_and_controllers(qtbot, desk, tmp_path):
    # what issue 9's language switch will do: install a translator while the window is open
    import subprocess

    from PySide6.QtCore import QTranslator

    ts, qm = tmp_path / "probe_kk.ts", tmp_path / "probe_kk.qm"
    ts.write_text(KK_TS, encoding="utf-8")
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    log_in(qtbot, desk, "c1", "3333")
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: desk.tabs.tabText(0) == "Тіркеу", timeout=2000)
        assert desk.station_label.text() == "№101 учаске"
        assert desk.state_label.text() == "АШЫҚ: дауыс беру"
        assert desk.checkin.waiting_title.text() == "Келесі мүшені күтудеміз"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: desk.tabs.tabText(0) == "Check-in", timeout=2000)
    assert desk.station_label.text() == "Precinct 101"
