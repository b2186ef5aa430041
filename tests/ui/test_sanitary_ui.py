"""The Sanitary tab, the checklist dialog and the periodic-check banner on the real forms and a real
station file, driven the way the chair drives them: the opening checklist before the station may
open, the chair's written exception, the banner that turns amber then red under the station's
clock, observers with their remarks, and the incident log."""
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QFrame

from polling_station.domain.problems import error
from polling_station.i18n import render
from polling_station.services.sanitary import INCIDENT_KINDS
from polling_station.ui import sanitary, style
from polling_station.ui.main_window import MainWindowController
from polling_station.ui.messages import MessageBridge
from polling_station.ui.sanitary_banner import REFRESH_MS
from polling_station.ui.sanitary_text import incident_kind_name

from .conftest import log_in, type_text

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ISOLATION = "An isolation room is ready for people with a fever"
PERIODIC_TWO_HOURLY = ("Touched surfaces were disinfected: desks, door handles, voting booths, ballot boxes",
                       "The premises were aired", "Antiseptic was checked and refilled where needed",
                       "Distance is kept in the queue and in the room")
MASKS = "Commission members changed their masks for new ones"


@pytest.fixture
def ready(station, chair, roll_file):
    """A station in SETUP with its roll and ballots: only the opening checklist is missing."""
    station.import_roll(chair, roll_file)
    for race in station.races:
        station.set_ballots_received(chair, race.id, 100)
    return station


@pytest.fixture
def make_desk(qtbot, settings):
    """The real desk window, which installs the Sanitary tab and banner as it is built."""
    def make(station, lang="en"):
        style.apply(QApplication.instance())
        desk = MainWindowController(station, settings, MessageBridge(lang))
        assert isinstance(desk.sanitary, sanitary.SanitaryDesk)
        qtbot.addWidget(desk.window)
        desk.show()
        qtbot.waitExposed(desk.window)
        desk.window.activateWindow()
        qtbot.waitUntil(desk.window.isActiveWindow)
        return desk

    return make


def click(qtbot, widget):
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_checklist(qtbot, desk, name):
    page = desk.sanitary.page
    desk.tabs.setCurrentWidget(page)
    click(qtbot, page.buttons[name])
    dialog = page.dialog
    qtbot.waitExposed(dialog.dialog)
    qtbot.waitUntil(dialog.dialog.isActiveWindow)
    return dialog


# ----- the opening checklist ------------------------------------------------------------------

def test_the_chair_opens_through_the_checklist_a_no_needs_a_note_and_the_exception_a_reason(
        qtbot, ready, make_desk, clock):
    desk = make_desk(ready)
    log_in(qtbot, desk, "chair", "1111")
    clock.advance(minutes=-30)  # 07:30, half an hour before the doors open
    dialog = open_checklist(qtbot, desk, "opening")
    assert dialog.title_label.text() == "Sanitary checklist before the polling station opens"
    assert len(dialog.rows) == 12
    assert dialog.answerer_label.text() == "Answered by Асқаров Болат (Chair) · 07:30"
    row = dialog.rows["isolation_room"]
    assert row.text_label.text() == ISOLATION
    assert row.mandatory_label.text() == "Mandatory"
    assert dialog.rows["pens_for_voters"].mandatory_label.text() == "Optional"

    # every item yes, then the truth about the isolation room: "no" without a note is refused inline
    click(qtbot, dialog.all_yes_button)
    click(qtbot, row.radios["no"])
    assert row.note_edit.isVisible()
    assert row.note_error.isVisible() and "needs a note" in row.note_error.text()
    click(qtbot, dialog.save_button)
    assert row.note_error.isVisible() and row.form.property("tone") == "refused"
    assert dialog.message_label.text().startswith("Nothing was saved.")
    assert ready.checklist_runs() == []

    type_text(row.note_edit, "Бөлек бөлме жоқ / отдельной комнаты нет")
    assert not row.note_error.isVisible()
    click(qtbot, dialog.save_button)
    runs = ready.checklist_runs("opening")
    assert len(runs) == 1 and runs[0]["officer"] == "chair" and runs[0]["at"] == "2020-10-03T07:30:00+06:00"
    assert runs[0]["failed_mandatory"] == ["isolation_room"]
    assert {"item": "isolation_room", "answer": "no", "note": "Бөлек бөлме жоқ / отдельной комнаты нет"} \
        in runs[0]["answers"]
    assert dialog.outcome_label.isVisible() and ISOLATION in dialog.outcome_label.text()
    assert dialog.outcome_label.property("tone") == "refused"
    assert dialog.exception_group.isVisible()
    assert not dialog.save_button.isEnabled()  # saving again needs a changed answer
    click(qtbot, dialog.close_button)

    # the station does not open with a mandatory item unmet
    desk.tabs.setCurrentWidget(desk.station_tab)
    click(qtbot, desk.station_page.open_button)
    assert ready.state == "SETUP"
    assert render(error("checklist.mandatory_not_yes", checklist="opening", item="isolation_room",
                        answer="no")) in desk.banner.text()
    assert "Not passed at 07:30" in desk.sanitary.page.statuses["opening"].text()

    # the exception: a separate action of the chair's, which needs a written reason
    dialog = open_checklist(qtbot, desk, "opening")
    assert dialog.exception_group.isVisible() and ISOLATION in dialog.outcome_label.text()
    assert "protocol" in dialog.exception_group.title()
    assert not dialog.exception_button.isEnabled()
    type_text(dialog.reason_edit, "   ")
    assert not dialog.exception_button.isEnabled()
    assert not dialog.record_exception()  # pressed anyway: the service refuses, and says why here
    assert render(error("checklist.exception_reason_empty", checklist="opening")) in dialog.exception_note.text()
    assert ready.checklist_exceptions() == []
    reason = "Мектепте бос бөлме жоқ: безгегі барларға ширма артындағы бұрыш бөлінді"
    dialog.reason_edit.clear()
    type_text(dialog.reason_edit, reason)
    click(qtbot, dialog.exception_button)
    assert [e["reason"] for e in ready.checklist_exceptions()] == [reason]
    assert "Exception recorded at 07:30" in dialog.exception_note.text()
    assert not dialog.exception_button.isEnabled()
    assert "An exception is recorded: the station may open" in dialog.outcome_label.text()
    assert dialog.outcome_label.property("tone") == "warn"
    click(qtbot, dialog.close_button)

    # and the station opens from the GUI
    clock.advance(minutes=30)
    desk.tabs.setCurrentWidget(desk.station_tab)
    click(qtbot, desk.station_page.open_button)
    assert ready.state == "OPEN"
    opening = ready.status()["sanitary"]["opening"]
    assert opening["exceptions"][0]["reason"] == reason
    assert opening["exceptions"][0]["failed_mandatory"] == ["isolation_room"]
    page = desk.sanitary.page
    assert "opened by the chair's exception" in page.statuses["opening"].text()
    assert not page.buttons["opening"].isEnabled() and page.buttons["periodic"].isEnabled()


def test_every_item_yes_lets_the_station_open_without_an_exception(qtbot, ready, make_desk):
    desk = make_desk(ready)
    log_in(qtbot, desk, "chair", "1111")
    dialog = open_checklist(qtbot, desk, "opening")
    click(qtbot, dialog.all_yes_button)
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    assert saved.args[0].passed
    assert dialog.outcome_label.property("tone") == "ok"
    assert dialog.outcome_label.text().startswith("Saved at 08:00: every mandatory item is yes.")
    assert not dialog.exception_group.isVisible()
    click(qtbot, dialog.close_button)
    assert desk.banner.text() == "Opening checklist saved at 08:00: every mandatory item is yes."
    desk.tabs.setCurrentWidget(desk.station_tab)
    history = desk.sanitary.page.history_table
    assert [history.item(0, c).text() for c in range(5)] == [
        "08:00", "Opening checklist", "Асқаров Болат", "Passed", "Every item yes"]
    click(qtbot, desk.station_page.open_button)
    assert ready.state == "OPEN"


def test_an_unanswered_item_is_marked_and_nothing_is_saved(qtbot, ready, make_desk):
    desk = make_desk(ready)
    log_in(qtbot, desk, "sec", "2222")
    dialog = open_checklist(qtbot, desk, "opening")
    rows = list(dialog.rows.values())
    for row in rows[:-1]:
        click(qtbot, row.radios["yes"])
    click(qtbot, dialog.save_button)
    assert rows[-1].note_error.text() == "Choose yes, no or not applicable."
    assert all(not row.note_error.isVisible() for row in rows[:-1])
    assert ready.checklist_runs() == []
    click(qtbot, rows[-1].radios["na"])
    assert not rows[-1].note_error.isVisible()
    click(qtbot, dialog.save_button)
    assert ready.checklist_runs("opening")[0]["passed"]
    # the secretary may record checklists, but an exception is the chair's alone
    assert not dialog.exception_group.isVisible()
    dialog.dialog.reject()


def test_the_answers_are_keyboard_operable(qtbot, ready, make_desk):
    desk = make_desk(ready)
    log_in(qtbot, desk, "chair", "1111")
    dialog = open_checklist(qtbot, desk, "opening")
    first = next(iter(dialog.rows.values()))
    assert QApplication.focusWidget() is first.radios["yes"]
    qtbot.keyClick(first.radios["yes"], Qt.Key.Key_Space)
    assert first.answer() == "yes"
    qtbot.keyClick(first.radios["yes"], Qt.Key.Key_Right)
    assert first.answer() == "no" and QApplication.focusWidget() is first.radios["no"]
    assert first.note_edit.isVisible()
    dialog.dialog.reject()


def test_a_clerk_sees_the_checklists_but_records_none(qtbot, ready, make_desk):
    desk = make_desk(ready)
    log_in(qtbot, desk, "c1", "3333")
    page = desk.sanitary.page
    assert not any(button.isEnabled() for button in page.buttons.values())
    assert page.role_note.text() == "Checklists are recorded by the chair or the secretary."
    assert not page.register_button.isEnabled()
    assert page.incident_button.isEnabled()


def test_the_items_read_in_the_desks_language(qtbot, ready, make_desk):
    desk = make_desk(ready, lang="kk")
    log_in(qtbot, desk, "chair", "1111")
    dialog = open_checklist(qtbot, desk, "opening")
    template = ready.checklist_template("opening")
    assert dialog.rows["isolation_room"].text_label.text() == template.item("isolation_room").text["kk"]
    assert dialog.title_label.text() == template.title["kk"]
    dialog.dialog.reject()


def test_every_incident_kind_has_a_name_of_its_own():
    names = [incident_kind_name(kind) for kind in INCIDENT_KINDS]
    assert all(name and name != kind for name, kind in zip(names, INCIDENT_KINDS))
    assert len(set(names)) == len(INCIDENT_KINDS)


PROBE_KK_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context><name>SanitaryPage</name>
 <message><source>Sanitary</source><translation>Санитария</translation></message>
</context>
<context><name>SanitaryForm</name>
 <message><source>Observers</source><translation>Байқаушылар</translation></message>
</context>
<context><name>SanitaryBanner</name>
 <message><source>Next disinfection check due at {time}.</source>
  <translation>Келесі залалсыздандыру сағат {time}-де: беттер, есік тұтқалары, кабиналар, жәшіктер, үстелдер, терезелер, еден, қолжуғыштар, қалам-қағаз, кезек белгілері және кіреберіс.</translation></message>
</context>
<context><name>Sanitary</name>
 <message><source>Power failure</source><translation>Электр жарығының сөнуі</translation></message>
</context>
</TS>
"""


def test_a_catalogue_installed_at_run_time_retranslates_the_tab_and_the_banner(qtbot, open_station, make_desk,
                                                                             tmp_path):
    # what issue 9's language switch does: a translator installed while the window is open
    import subprocess

    from PySide6.QtCore import QTranslator

    ts, qm = tmp_path / "probe_kk.ts", tmp_path / "probe_kk.qm"
    ts.write_text(PROBE_KK_TS, encoding="utf-8")
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    desk = make_desk(open_station)
    log_in(qtbot, desk, "chair", "1111")
    page, banner = desk.sanitary.page, desk.sanitary.banner
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: desk.tabs.tabText(desk.tabs.indexOf(page)) == "Санитария", timeout=2000)
        assert page.tabs.tabText(1) == "Байқаушылар"
        qtbot.waitUntil(lambda: banner.headline.startswith("Келесі залалсыздандыру сағат 10:00-де:"), timeout=2000)
        assert page.kind_combo.itemText(page.kind_combo.findData("power")) == "Электр жарығының сөнуі"
        # a headline longer than the line is cut, and never widens the window past the screen
        assert banner.text_label.text().endswith("…")
        assert banner.minimumSizeHint().width() < 1366
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: banner.headline == "Next disinfection check due at 10:00.", timeout=2000)
    assert desk.tabs.tabText(desk.tabs.indexOf(page)) == "Sanitary"


# ----- the periodic checks and the banner -----------------------------------------------------

def test_the_banner_turns_due_soon_then_overdue_and_back_after_a_periodic_check(
        qtbot, open_station, make_desk, clock):
    desk = make_desk(open_station)
    banner, page = desk.sanitary.banner, desk.sanitary.page
    assert banner.timer.isActive() and banner.timer.interval() == REFRESH_MS == 30_000
    # on the login screen too, with who records it
    assert banner.isVisible() and banner.property("tone") == "info"
    assert banner.headline == "Next disinfection check due at 10:00. Tell the chair or the secretary."
    assert not banner.button.isVisible()
    log_in(qtbot, desk, "chair", "1111")
    assert banner.headline == "Next disinfection check due at 10:00."
    assert banner.button.isVisible()

    clock.advance(hours=1, minutes=50)  # 09:50
    banner.refresh()
    assert banner.property("tone") == "warn" and banner.status.state == "due_soon"
    assert banner.headline == "Sanitary check due at 10:00, soon:"
    assert banner.items == " · ".join(PERIODIC_TWO_HOURLY)

    clock.advance(minutes=15)  # 10:05
    banner.refresh()
    assert banner.property("tone") == "refused" and banner.status.state == "overdue"
    assert banner.headline == "Sanitary check OVERDUE since 10:00. Not done (4):"
    assert banner.text_label.text() == banner.headline  # whole: only a longer language would be cut
    assert banner.items == " · ".join(PERIODIC_TWO_HOURLY)  # not the masks: due every 3 hours, at 11:00
    # one line, as much as fits; the rest is in the tooltip
    shown = banner.items_label.text()
    assert shown.startswith(PERIODIC_TWO_HOURLY[0][:20]) and banner.items.startswith(shown.rstrip("…"))
    assert banner.height() <= 50
    assert "The premises were aired: due at 10:00" in banner.toolTip()
    banner.timer.timeout.emit()  # the page follows the banner's tick
    assert page.statuses["periodic"].text() == "OVERDUE since 10:00: do the check now and record it."

    # clicking the alarm opens the periodic checklist
    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitExposed(dialog.dialog)
    assert dialog.name == "periodic" and len(dialog.rows) == 5
    click(qtbot, dialog.all_yes_button)
    click(qtbot, dialog.save_button)
    assert dialog.outcome_label.property("tone") == "ok"
    click(qtbot, dialog.close_button)

    assert banner.property("tone") == "info" and banner.status.state == "ok"
    assert banner.headline == "Next disinfection check due at 12:05."
    periods = open_station.status()["sanitary"]["periodic"]["overdue_periods"]
    assert {(p["from"], p["to"], p["ongoing"]) for p in periods} == {
        ("2020-10-03T10:00:00+06:00", "2020-10-03T10:05:00+06:00", False)}
    assert len(periods) == 4
    schedule = page.schedule_table
    rows = {schedule.item(r, 0).text(): [schedule.item(r, c).text() for c in range(1, 6)]
            for r in range(schedule.rowCount())}
    assert rows[MASKS] == ["every 3 h", "10:05", "13:05", "In time", "—"]
    assert rows["The premises were aired"] == ["every 2 h", "10:05", "12:05", "In time", "10:00 to 10:05"]


def test_a_periodic_no_keeps_the_alarm_on(qtbot, open_station, make_desk, clock):
    desk = make_desk(open_station)
    log_in(qtbot, desk, "sec", "2222")
    clock.advance(hours=2, minutes=10)
    desk.sanitary.banner.refresh()
    dialog = open_checklist(qtbot, desk, "periodic")
    click(qtbot, dialog.all_yes_button)
    row = dialog.rows["antiseptic_refilled"]
    click(qtbot, row.radios["no"])
    type_text(row.note_edit, "Антисептик бітті, әкелуге кетті")
    click(qtbot, dialog.save_button)
    assert dialog.outcome_label.property("tone") == "warn"
    dialog.dialog.reject()
    banner = desk.sanitary.banner
    assert banner.status.state == "overdue" and banner.status.overdue_items == ("antiseptic_refilled",)
    assert banner.items_label.text() == "Antiseptic was checked and refilled where needed"


def test_the_banner_is_hidden_outside_voting(qtbot, ready, make_desk):
    desk = make_desk(ready)
    assert not desk.sanitary.banner.isVisible()
    log_in(qtbot, desk, "chair", "1111")
    assert not desk.sanitary.banner.isVisible()
    ready.run_checklist(ready.login("chair", "1111"), "opening", all_yes=True)
    click(qtbot, desk.station_page.open_button)
    assert desk.sanitary.banner.isVisible()  # ctx.changed refreshed it


# ----- observers and incidents ----------------------------------------------------------------

def test_observers_remarks_and_incidents_entered_in_the_tab_reach_the_status(qtbot, open_station, make_desk, clock):
    desk = make_desk(open_station)
    log_in(qtbot, desk, "chair", "1111")
    page = desk.sanitary.page
    desk.tabs.setCurrentWidget(page)
    page.tabs.setCurrentWidget(page.form.findChild(type(page.form), "observersPage"))

    clock.advance(minutes=20)
    type_text(page.name_edit, "Серіков Ержан")
    type_text(page.represents_edit, "Кандидат Әбілова Г. сенім білдірген адамы")
    click(qtbot, page.register_button)
    assert page.observers_table.rowCount() == 1
    assert page.observers_table.item(0, 4).text() == "present"
    assert page.name_edit.text() == ""

    clock.advance(minutes=40)
    page.observers_table.selectRow(0)
    assert not page.remark_button.isEnabled()  # nothing written yet
    type_text(page.remark_edit, "Жәшіктің мөрі ашылар алдында көрсетілмеді")
    click(qtbot, page.remark_button)
    assert page.remarks_table.item(0, 3).text() == "Not answered yet"

    clock.advance(minutes=5)
    page.remarks_table.selectRow(0)
    type_text(page.response_edit, "Мөр байқаушының көзінше тексерілді")
    click(qtbot, page.response_button)
    assert page.remarks_table.item(0, 3).text() == "Мөр байқаушының көзінше тексерілді (09:05, Асқаров Болат)"

    clock.advance(hours=2)
    page.observers_table.selectRow(0)
    click(qtbot, page.left_button)
    assert page.observers_table.item(0, 4).text() == "11:05"
    assert not page.left_button.isEnabled()

    page.tabs.setCurrentWidget(page.form.findChild(type(page.form), "incidentsPage"))
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("power"))
    assert page.kind_combo.currentText() == "Power failure"
    type_text(page.description_edit, "Электр жарығы 10 минутқа сөнді")
    type_text(page.action_edit, "Фонарь қосылды, дауыс беру тоқтамады")
    click(qtbot, page.incident_button)
    assert [page.incidents_table.item(0, c).text() for c in range(5)] == [
        "11:05", "Power failure", "Электр жарығы 10 минутқа сөнді", "Фонарь қосылды, дауыс беру тоқтамады",
        "Асқаров Болат"]

    status = open_station.status()
    observer = status["observers"][0]
    assert (observer["name"], observer["represents"]) == ("Серіков Ержан", "Кандидат Әбілова Г. сенім білдірген адамы")
    assert (observer["arrived_at"], observer["left_at"]) == ("2020-10-03T08:20:00+06:00", "2020-10-03T11:05:00+06:00")
    remark = observer["remarks"][0]
    assert (remark["text"], remark["response"], remark["responded_by"]) == (
        "Жәшіктің мөрі ашылар алдында көрсетілмеді", "Мөр байқаушының көзінше тексерілді", "chair")
    incident = status["incidents"][0]
    assert (incident["kind"], incident["description"], incident["action_taken"], incident["officer"]) == (
        "power", "Электр жарығы 10 минутқа сөнді", "Фонарь қосылды, дауыс беру тоқтамады", "chair")


def test_an_observer_without_a_name_is_refused_with_the_reason(qtbot, open_station, make_desk):
    desk = make_desk(open_station)
    log_in(qtbot, desk, "sec", "2222")
    page = desk.sanitary.page
    type_text(page.represents_edit, "Қоғамдық бірлестік")
    click(qtbot, page.register_button)
    assert desk.banner.text() == render(error("observer.name"))
    assert open_station.observers() == []
    assert page.represents_edit.text() == "Қоғамдық бірлестік"  # kept, to add the name to


def test_a_clerk_records_an_incident_but_not_an_empty_one(qtbot, open_station, make_desk):
    desk = make_desk(open_station)
    log_in(qtbot, desk, "c1", "3333")
    page = desk.sanitary.page
    click(qtbot, page.incident_button)
    assert desk.banner.text() == render(error("incident.text"))
    type_text(page.description_edit, "Сайлаушы кезекте есінен танды, жедел жәрдем шақырылды")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("health"))
    click(qtbot, page.incident_button)
    assert [(i["kind"], i["officer"]) for i in open_station.incidents()] == [("health", "c1")]


# ----- the window -----------------------------------------------------------------------------

def test_install_puts_the_tab_after_the_station_tab_and_the_banner_under_the_header(qtbot, open_station, make_desk):
    desk = make_desk(open_station)
    log_in(qtbot, desk, "chair", "1111")
    station_index = desk.tabs.indexOf(desk.station_tab)
    assert desk.tabs.widget(station_index + 1) is desk.sanitary.page
    assert desk.tabs.tabText(station_index + 1) == "Sanitary"
    assert [desk.tabs.tabText(i) for i in range(desk.tabs.count())].count("Sanitary") == 1
    assert desk.window.findChildren(sanitary.SanitaryBanner) == [desk.sanitary.banner]
    banner = desk.sanitary.banner
    header = desk.window.findChild(QFrame, "header")
    assert banner.geometry().top() >= header.geometry().bottom()
    assert banner.geometry().bottom() <= desk.screens.geometry().top()
    for page_index in range(desk.sanitary.page.tabs.count()):
        desk.tabs.setCurrentWidget(desk.sanitary.page)
        desk.sanitary.page.tabs.setCurrentIndex(page_index)
        hint = desk.window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (page_index, hint)


# ----- screenshots ----------------------------------------------------------------------------

def _over_window(window_image: QImage, dialog_image: QImage) -> QImage:
    """The dialog where the chair sees it: centred on the dimmed window."""
    out = QImage(window_image)
    painter = QPainter(out)
    painter.fillRect(out.rect(), QColor(0, 0, 0, 90))
    top_left = QPoint((out.width() - dialog_image.width()) // 2, (out.height() - dialog_image.height()) // 2)
    painter.drawImage(top_left, dialog_image)
    painter.setPen(QColor("#5B6B7A"))
    painter.drawRect(QRect(top_left, dialog_image.size()).adjusted(-1, -1, 0, 0))
    painter.end()
    return out


def at_full_size(qtbot, desk):
    # a message shown meanwhile (the paper list's, say) may have grown the window past the screen
    desk.ctx.messages.clear()
    qtbot.wait(50)  # the layout gives up the message's height only once it has run
    desk.window.resize(1366, 768)
    qtbot.wait(50)


def test_screenshots_of_the_checklist_the_tab_and_the_overdue_banner(qtbot, ready, make_desk, clock, tmp_path):
    desk = make_desk(ready)
    desk.window.resize(1366, 768)
    log_in(qtbot, desk, "chair", "1111")
    clock.advance(minutes=-25)
    dialog = open_checklist(qtbot, desk, "opening")
    rows = list(dialog.rows.values())
    for row in rows[:5]:
        click(qtbot, row.radios["yes"])
    click(qtbot, rows[3].radios["no"])
    type_text(rows[3].note_edit, "Қолғап 20 жұп қана, қосымшасы 09:00-де келеді")
    click(qtbot, rows[5].radios["no"])
    dialog.scroll.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    checklist_png = tmp_path / "checklist_opening.png"
    assert _over_window(desk.window.grab().toImage(), dialog.dialog.grab().toImage()).save(str(checklist_png))
    dialog.dialog.reject()

    # a morning at the station: opened, one observer with a remark, an incident, checks done late
    chair = ready.login("chair", "1111")
    ready.run_checklist(chair, "opening", all_yes=True)
    clock.advance(minutes=25)
    ready.open_station(chair)
    observer = ready.add_observer(chair, "Серіков Ержан", "Кандидат Әбілова Г. сенім білдірген адамы")
    clock.advance(minutes=50)
    remark = ready.add_remark(chair, observer, "Жәшіктің мөрі ашылар алдында көрсетілмеді")
    clock.advance(minutes=4)
    ready.respond_to_remark(chair, remark, "Мөр байқаушының көзінше тексерілді")
    ready.add_observer(chair, "Петрова Ольга Николаевна", "Наблюдатель от общественного объединения")
    clock.advance(minutes=40)
    ready.add_incident(chair, "Электр жарығы 10 минутқа сөнді", kind="power",
                       action_taken="Фонарь қосылды, дауыс беру тоқтамады")
    clock.advance(minutes=36)  # 10:10
    periodic = {i: "yes" for i in ready.checklist_template("periodic").ids}
    periodic["antiseptic_refilled"] = {"answer": "no", "note": "Антисептик бітті, әкелуге кетті"}
    ready.run_checklist(chair, "periodic", periodic)
    clock.advance(minutes=25)  # 10:35
    desk.ctx.changed.emit()
    page = desk.sanitary.page
    desk.tabs.setCurrentWidget(page)
    at_full_size(qtbot, desk)
    tab_png = tmp_path / "sanitary_tab.png"
    assert desk.window.grab().save(str(tab_png))

    # nobody did the noon check: the alarm names every item it is late for
    clock.advance(hours=1, minutes=50)  # 12:25
    desk.tabs.setCurrentWidget(desk.checkin.form.parentWidget())
    desk.sanitary.banner.refresh()
    at_full_size(qtbot, desk)
    banner_png = tmp_path / "sanitary_overdue_banner.png"
    banner = desk.sanitary.banner
    assert banner.headline == "Sanitary check OVERDUE since 10:00. Not done (4):"
    assert banner.items_label.text().startswith("Antiseptic")  # the one late since 10:00 leads
    assert desk.window.grab().save(str(banner_png))

    for path in (checklist_png, tab_png, banner_png):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), path.name
    if os.environ.get("PS_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for path in (checklist_png, tab_png, banner_png):
            shutil.copyfile(path, SCREENSHOTS / path.name)
