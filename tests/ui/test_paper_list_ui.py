"""The paper list at the desk: the station tab's button, the timer's writes (its slot called
directly: no test waits for 30 minutes), and what the message channel says on success and on a
failing USB stick."""
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QPushButton

from polling_station.storage import backup
from polling_station.ui import paper_list
from polling_station.ui.paper_list import EVERY_MINUTES_KEY
from tests.reports.protocol_fixtures import pdftotext
from tests.reports.test_paper_list import paper_station_class

from .conftest import ELIGIBLE, log_in, make_desk

WAIT_MS = 60_000  # drawing runs on a worker thread; this bounds a broken test, it is not a sleep


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def paper_desk(qtbot, settings):
    desks = []

    def make(station):
        station.__class__ = paper_station_class()
        desk = make_desk(qtbot, station, settings)
        desk.paper_list = paper_list.install(desk)
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        # the controller outlives its window (a closure holds it): its timers must not fire
        # into a deleted window during a later test
        desk.refresh_timer.stop()
        desk.idle.stop()
        desk.paper_list.stop()


@pytest.fixture
def desk(paper_desk, desk_station):
    return paper_desk(desk_station)


@pytest.fixture
def desk_with_stick(paper_desk, desk_station, chair, usb):
    desk_station.set_backup_folder(chair, usb)
    return paper_desk(desk_station)


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_button_sits_under_during_the_voting_after_the_backfill_and_waits_for_a_login(qtbot, desk):
    controls = desk.paper_list.controls
    group = desk.station_page.form.findChild(QGroupBox, "correctionsGroup")
    buttons = [b.objectName() for b in group.findChildren(QPushButton)]
    assert buttons.index("paperListButton") == buttons.index("backfillButton") + 1
    assert controls.button.text() == "Write the paper list now"
    assert "every 30 minutes" in controls.button.toolTip()
    assert not controls.button.isEnabled()
    log_in(qtbot, desk, "c1", "3333")
    assert controls.button.isEnabled()


def test_a_clerk_writes_the_list_on_demand_and_the_desk_says_where(qtbot, desk_with_stick, usb):
    desk = desk_with_stick
    desk.ctx.station.check_in(desk.ctx.station.login("c2", "4444", desk="2"), ELIGIBLE)
    log_in(qtbot, desk, "c1", "3333")
    desk.tabs.setCurrentWidget(desk.station_tab)
    with qtbot.waitSignal(desk.paper_list.written, timeout=WAIT_MS) as written:
        click(qtbot, desk.paper_list.controls.button)
    path = usb / "paper-list-101.pdf"
    assert written.args == [path]
    assert "Құдайбергенов Әлібек Серікұлы" in pdftotext(path) and "✓ 08:00" in pdftotext(path)
    assert desk.banner.isVisible()
    assert desk.banner.text() == f"Paper list written: {path} (marks as of 08:00)."
    status = desk.paper_list.controls.status
    assert (status.text(), status.toolTip()) == ("Last paper list: marks as of 08:00, paper-list-101.pdf", str(path))


def test_the_timer_writes_only_while_the_station_is_open_and_someone_is_logged_in(qtbot, desk_with_stick, usb,
                                                                                  chair, clock):
    desk, scheduler = desk_with_stick, desk_with_stick.paper_list
    target = usb / "paper-list-101.pdf"
    assert scheduler.timer.isActive()
    assert not scheduler.tick()  # the desk is locked
    assert not target.exists()
    log_in(qtbot, desk, "c1", "3333")
    copy = usb / "station-101.backup.db"
    copy.unlink()  # the one choosing the folder wrote; the timer writes again
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS):
        assert scheduler.tick()
    first = target.read_bytes()
    assert copy.exists() and backup.check_copy(copy) == []  # and a checked copy of the station file
    station = desk.ctx.station
    clock.advance(hours=12)
    station.run_checklist(chair, "closing", all_yes=True)
    station.close_station(chair)
    desk.ctx.changed.emit()
    assert not scheduler.tick()  # closed: the list stays as it was at the end of voting
    assert target.read_bytes() == first


def test_a_timed_write_does_not_push_away_a_refusal_on_screen(qtbot, desk_with_stick, usb):
    desk, scheduler = desk_with_stick, desk_with_stick.paper_list
    log_in(qtbot, desk, "c1", "3333")
    desk.ctx.messages.error("The IIN 123 is not on the party's member roll.")
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS):
        scheduler.tick()
    assert (usb / "paper-list-101.pdf").exists()
    assert desk.banner.text() == "The IIN 123 is not on the party's member roll."
    assert desk.paper_list.controls.status.text().startswith("Last paper list: marks as of 08:00")


def test_without_a_backup_folder_the_desk_is_told_to_choose_one(qtbot, desk):
    log_in(qtbot, desk, "c1", "3333")
    with qtbot.waitSignal(desk.paper_list.failed, timeout=WAIT_MS):
        click(qtbot, desk.paper_list.controls.button)
    assert desk.banner.text() == "No backup folder is set: choose one (a USB stick) first."
    assert desk.banner.property("tone") == "refused"
    status = desk.paper_list.controls.status
    assert status.text() == "The last paper list was not written: see the message above."
    assert status.property("tone") == "refused"


def test_a_pulled_stick_is_reported_and_nothing_is_half_written(qtbot, desk_with_stick, usb):
    desk = desk_with_stick
    log_in(qtbot, desk, "c1", "3333")
    shutil.rmtree(usb)
    with qtbot.waitSignal(desk.paper_list.failed, timeout=WAIT_MS):
        assert desk.paper_list.tick()  # the database part succeeds; the stick fails on the worker
    assert desk.banner.text() == f"{usb} is not there (was the USB stick removed?): nothing was written."
    assert not usb.exists()
    assert not desk.paper_list.busy


def test_a_second_request_while_drawing_is_not_doubled(qtbot, desk_with_stick):
    desk, scheduler = desk_with_stick, desk_with_stick.paper_list
    log_in(qtbot, desk, "c1", "3333")
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS):
        assert scheduler.write_now()
        assert not scheduler.write_now()  # the first is still on the worker: its result is not back yet
        assert desk.banner.text() == "The paper list is being written; it will be ready in a moment."
    assert not scheduler.busy


@pytest.mark.parametrize("value, minutes", [(None, 30), (5, 5), ("10", 10), ("abc", 30), (0, 30), (-4, 30),
                                            (0.1, 1)])
def test_the_interval_comes_from_the_settings(qtbot, desk, settings, value, minutes):
    scheduler = desk.paper_list
    if value is None:
        settings.remove(EVERY_MINUTES_KEY)
    else:
        settings.setValue(EVERY_MINUTES_KEY, value)
    scheduler.tick()
    assert scheduler.timer.interval() == minutes * 60_000


@pytest.fixture
def ready_to_open(station, chair, roll_file, usb):
    station.import_roll(chair, roll_file)
    for race in station.races:
        station.set_ballots_received(chair, race.id, 100)
    station.run_checklist(chair, "opening", all_yes=True)
    station.set_backup_folder(chair, usb)
    return station


def test_opening_the_station_writes_the_first_list_at_once(qtbot, paper_desk, ready_to_open, usb):
    desk = paper_desk(ready_to_open)
    log_in(qtbot, desk, "chair", "1111")
    with qtbot.waitSignal(desk.paper_list.written, timeout=WAIT_MS):
        click(qtbot, desk.station_page.open_button)
    assert ready_to_open.state == "OPEN"
    assert (usb / "paper-list-101.pdf").exists()


PROBE_KK_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context><name>PaperList</name>
 <message><source>Write the paper list now</source><translation>Қағаз тізімді қазір жазу</translation></message>
</context>
</TS>
"""


def test_the_button_follows_a_language_change(qtbot, desk, tmp_path):
    import subprocess

    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    ts, qm = tmp_path / "probe_kk.ts", tmp_path / "probe_kk.qm"
    ts.write_text(PROBE_KK_TS, encoding="utf-8")
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    button = desk.paper_list.controls.button
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: button.text() == "Қағаз тізімді қазір жазу", timeout=2000)
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: button.text() == "Write the paper list now", timeout=2000)
