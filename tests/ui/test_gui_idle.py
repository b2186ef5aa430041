"""An unattended desk locks itself; activity keeps it open. Timers are driven, not slept on."""
from PySide6.QtCore import Qt

from polling_station.ui.context import IDLE_MINUTES_KEY

from .conftest import log_in, make_desk


def test_the_idle_lock_takes_its_minutes_from_the_settings(qtbot, desk_station, settings):
    settings.setValue(IDLE_MINUTES_KEY, 2)
    desk = make_desk(qtbot, desk_station, settings)
    assert not desk.idle.timer.isActive()
    log_in(qtbot, desk, "c1", "3333")
    assert desk.idle.timer.isActive()
    assert desk.idle.timer.interval() == 2 * 60_000


def test_an_unset_or_nonsense_setting_means_five_minutes(qtbot, desk_station, settings):
    settings.setValue(IDLE_MINUTES_KEY, "never")
    desk = make_desk(qtbot, desk_station, settings)
    log_in(qtbot, desk, "c1", "3333")
    assert desk.idle.timer.interval() == 5 * 60_000


def test_activity_postpones_the_lock(qtbot, desk):
    log_in(qtbot, desk, "c1", "3333")
    qtbot.wait(200)
    before = desk.idle.timer.remainingTime()
    qtbot.keyClick(desk.checkin.search_edit, Qt.Key.Key_7)
    assert desk.idle.timer.remainingTime() > before


def test_when_the_timer_runs_out_the_desk_returns_to_the_login_screen(qtbot, desk):
    log_in(qtbot, desk, "c1", "3333")
    qtbot.keyClicks(desk.checkin.search_edit, "7602")
    desk.idle.timer.timeout.emit()
    assert desk.ctx.session is None
    assert desk.screens.currentWidget() is desk.login_page
    assert desk.officer_label.text() == "Nobody is logged in"
    assert desk.login.message_label.text() == ("The desk was locked after 5 minute(s) without activity. "
                                               "Log in again with your PIN.")
    # nothing of the last member stays on screen for the next person
    assert desk.checkin.search_edit.text() == ""
    assert not desk.idle.timer.isActive()


def test_a_real_short_timer_locks_the_desk(qtbot, desk_station, settings):
    settings.setValue(IDLE_MINUTES_KEY, 0.002)  # 120 ms
    desk = make_desk(qtbot, desk_station, settings)
    log_in(qtbot, desk, "c1", "3333")
    qtbot.waitUntil(lambda: desk.ctx.session is None, timeout=3000)
    assert desk.screens.currentWidget() is desk.login_page
