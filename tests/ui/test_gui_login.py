"""Officers log in at the desk; wrong PINs are counted by the service and lock the officer out."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from polling_station.domain.problems import error
from polling_station.i18n import render

from .conftest import log_in, type_text


def test_the_login_screen_lists_officers_with_their_roles(desk):
    items = [desk.login.officer_list.item(i).text() for i in range(desk.login.officer_list.count())]
    assert items == ["Асқаров Болат — Chair", "Серікова Айжан — Secretary", "Омаров Нұрлан — Clerk",
                     "Ли Анна — Clerk"]
    assert desk.screens.currentWidget() is desk.login_page
    assert desk.officer_label.text() == "Nobody is logged in"
    assert desk.login.pin_edit.echoMode() == desk.login.pin_edit.EchoMode.Password


def test_a_clerk_logs_in_and_the_header_says_who_where_and_what_state(qtbot, desk):
    desk.login.desk_edit.setText("3")
    log_in(qtbot, desk, "c1", "3333")
    assert desk.ctx.session.officer_id == "c1"
    assert desk.screens.currentWidget() is desk.work_page
    assert desk.officer_label.text() == "Омаров Нұрлан · Clerk"
    assert desk.desk_label.text() == "Desk 3 · login c1"
    assert desk.station_label.text() == "Precinct 101"
    assert desk.station_name_label.text() == desk.ctx.station.precinct.name
    assert desk.state_label.text() == "OPEN: voting"
    assert desk.tabs.currentWidget() is desk.checkin.form.parentWidget()
    assert desk.checkin.search_edit.hasFocus()
    assert desk.login.pin_edit.text() == ""
    assert desk.ctx.settings.value("desk/name") == "3"


def test_a_wrong_pin_says_so_and_does_not_log_in(qtbot, desk):
    log_in(qtbot, desk, "c1", "9999")
    assert desk.ctx.session is None
    assert desk.screens.currentWidget() is desk.login_page
    assert desk.login.message_label.text() == render(error("auth.wrong_pin", officer="c1", remaining=4))
    assert desk.login.message_label.property("tone") == "refused"
    assert desk.login.pin_edit.text() == ""


def test_five_wrong_pins_lock_the_officer_out_with_a_growing_delay(qtbot, desk, clock):
    for remaining in (4, 3, 2, 1):
        log_in(qtbot, desk, "c1", "0000")
        assert desk.login.message_label.text() == render(error("auth.wrong_pin", officer="c1", remaining=remaining))
    log_in(qtbot, desk, "c1", "0000")
    assert desk.login.message_label.text() == render(error("auth.locked", officer="c1", until="08:00:30"))
    # locked: even the right PIN is refused until the delay has passed
    log_in(qtbot, desk, "c1", "3333")
    assert desk.ctx.session is None
    assert "08:00:30" in desk.login.message_label.text()
    clock.advance(seconds=31)
    log_in(qtbot, desk, "c1", "0000")
    assert desk.login.message_label.text() == render(error("auth.locked", officer="c1", until="08:01:31"))
    clock.advance(seconds=61)
    log_in(qtbot, desk, "c1", "3333")
    assert desk.ctx.session is not None and desk.ctx.session.officer_id == "c1"


def test_another_officer_is_not_locked_out_by_a_colleagues_mistakes(qtbot, desk):
    for _ in range(5):
        log_in(qtbot, desk, "c1", "0000")
    log_in(qtbot, desk, "c2", "4444")
    assert desk.ctx.session.officer_id == "c2"


def test_the_lock_button_returns_to_the_login_screen(qtbot, desk):
    log_in(qtbot, desk, "c1", "3333")
    qtbot.mouseClick(desk.lock_button, Qt.MouseButton.LeftButton)
    assert desk.ctx.session is None
    assert desk.screens.currentWidget() is desk.login_page
    assert desk.officer_label.text() == "Nobody is logged in"
    assert not desk.lock_button.isVisible()


def test_the_chair_starts_on_the_station_tab(qtbot, desk):
    log_in(qtbot, desk, "chair", "1111")
    assert desk.officer_label.text() == "Асқаров Болат · Chair"
    assert desk.tabs.currentWidget() is desk.station_tab


def test_a_long_name_is_elided_in_the_header_and_a_long_message_wraps_without_growing_the_window(
        qtbot, desk, chair):
    long_name = "Мұхаммедқалиева-Досмұхамедова Ақмарал-Гүлжаһан Нұрсұлтанқызы Ерболатқызы Серікбайқызы"
    desk.ctx.station.add_officer(chair, "c9", long_name, "clerk", "9999")
    desk.login.fill_officers()
    log_in(qtbot, desk, "c9", "9999")
    window = desk.window
    assert window.width() <= 1366 and window.minimumSizeHint().width() <= 1366
    assert desk.officer_label.text() == f"{long_name} · Clerk"  # the whole text stays the label's
    shown = desk.officer_label.shown_text()
    assert shown.endswith("…") and len(shown) < len(desk.officer_label.text())
    assert desk.officer_label.toolTip() == desk.officer_label.text()

    sentence = ("This member is registered at precinct 102, 150 Abai Avenue, Almaty. Do not issue a ballot; "
                "send the member to their own precinct. ")
    desk.ctx.messages.error(sentence * 3)
    qtbot.waitUntil(desk.banner.isVisible)
    qtbot.wait(50)
    assert window.height() <= 768 and window.minimumSizeHint().height() <= 768
    assert desk.banner.height() >= desk.banner.heightForWidth(desk.banner.width())  # every line shows


def test_the_language_is_switched_on_the_login_screen_at_once_and_remembered(qtbot, desk, settings):
    from polling_station.ui.language import LANGUAGE_KEY
    combo = desk.login.language_combo
    assert combo.isVisible() and [combo.itemText(i) for i in range(combo.count())] == \
        ["Қазақша", "Русский", "English"]
    try:
        combo.setCurrentIndex(combo.findData("ru"))
        qtbot.waitUntil(lambda: desk.login.form.findChild(QLabel, "loginTitle").text() == "Вход на рабочее место")
        assert settings.value(LANGUAGE_KEY) == "ru" and desk.ctx.messages.lang == "ru"
        assert desk.officer_label.text() == "Никто не вошёл в систему"
        # the service's refusals follow the switch too
        desk.login.select_officer("c1")
        type_text(desk.login.pin_edit, "0000")
        desk.login.pin_edit.returnPressed.emit()
        assert desk.login.message_label.text().startswith("Неверный PIN-код")
        log_in(qtbot, desk, "c1", "3333")
        assert desk.tabs.tabText(0) == "Регистрация"
        desk.lock()
        combo.setCurrentIndex(combo.findData("kk"))
        qtbot.waitUntil(lambda: desk.login.form.findChild(QLabel, "loginTitle").text() != "Вход на рабочее место")
        assert desk.ctx.messages.lang == "kk" and settings.value(LANGUAGE_KEY) == "kk"
        assert desk.tabs.tabText(0) == "Тіркеу"
    finally:
        combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: desk.login.form.findChild(QLabel, "loginTitle").text() == "Log in to this desk")
    assert desk.tabs.tabText(0) == "Check-in"
