"""A real station file (tmp_path) and the real forms, driven the way a clerk drives them."""
import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from polling_station.ui import style
from polling_station.ui.context import IDLE_MINUTES_KEY
from polling_station.ui.main_window import MainWindowController
from polling_station.ui.messages import MessageBridge

# members of tests/station_fixtures.py's roll, by what happens when they come to precinct 101
ELIGIBLE = "760212350620"          # Құдайбергенов Әлібек Серікұлы
VOTED_ONLINE = "871008401427"      # Әбілова Гүлнар Маратқызы, in the online snapshot
OTHER_PRECINCT = "800416300257"    # Иванов Сергей Петрович, precinct 102
JOINED_LATE = "791028302728"       # Шәріпов Бекзат, joined 2020-09-20 (cutoff 2020-09-11)
SUSPENDED = "850808310738"         # Жұмабеков Ерлан
ONLINE_AT = "2020-10-02T10:15:00+06:00"


@pytest.fixture
def online_file(tmp_path):
    path = tmp_path / "online.csv"
    path.write_text(f"iin,voted_at\n{VOTED_ONLINE},{ONLINE_AT}\n", encoding="utf-8")
    return path


@pytest.fixture
def desk_station(open_station, chair, online_file):
    open_station.import_online(chair, online_file)
    return open_station


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue(IDLE_MINUTES_KEY, 5)
    return s


def make_desk(qtbot, station, settings):
    style.apply(QApplication.instance())
    desk = MainWindowController(station, settings, MessageBridge("en"))
    qtbot.addWidget(desk.window, before_close_func=lambda _w: desk.shutdown())
    desk.show()
    qtbot.waitExposed(desk.window)
    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow)
    return desk


@pytest.fixture
def desk(qtbot, desk_station, settings):
    return make_desk(qtbot, desk_station, settings)


def type_text(widget: QWidget, text: str) -> None:
    """Key events per character: qtbot.keyClicks aborts the process on non-Latin-1 letters."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press_enter(qtbot) -> None:
    """Enter goes wherever the focus is, as on the real keyboard."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def log_in(qtbot, desk, officer: str, pin: str) -> None:
    desk.login.select_officer(officer)
    desk.login.pin_edit.setFocus()
    qtbot.keyClicks(desk.login.pin_edit, pin)
    qtbot.keyClick(desk.login.pin_edit, Qt.Key.Key_Return)


def scan(qtbot, desk, iin: str) -> None:
    """What a USB barcode scanner does: 12 digits and Enter into whatever has the focus."""
    qtbot.keyClicks(QApplication.focusWidget(), iin)
    press_enter(qtbot)


@pytest.fixture(autouse=True)
def no_windows_outlive_their_test(qapp):
    """Each test's windows are destroyed with it: a window left behind would keep refreshing
    (timers, language changes) from a station file the test has already closed."""
    yield
    from PySide6.QtCore import QCoreApplication
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
