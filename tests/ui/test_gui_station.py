"""The station tab: voids (the chair, with a reason), spoiled ballots, the paper-list backfill,
ballots received, opening and closing."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from polling_station.domain.problems import error
from polling_station.i18n import render
from polling_station.services.station import Station

from .conftest import ELIGIBLE, OTHER_PRECINCT, VOTED_ONLINE, log_in, make_desk, press_enter, scan, type_text


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def checked_in_by_a_clerk(station, *iins):
    clerk = station.login("c2", "4444", desk="2")
    return [station.check_in(clerk, iin) for iin in iins]


def test_the_chair_voids_a_check_in_with_a_reason_and_the_member_may_come_again(qtbot, desk):
    station = desk.ctx.station
    checked_in_by_a_clerk(station, ELIGIBLE)
    log_in(qtbot, desk, "chair", "1111")
    page = desk.station_page
    click(qtbot, page.void_button)
    dialog = page.dialog
    assert dialog.dialog.isVisible()
    qtbot.keyClicks(dialog.iin_edit, ELIGIBLE)
    assert dialog.checkin_label.text() == ("Құдайбергенов Әлібек Серікұлы: checked in at 08:00 at desk 2, "
                                           "receipt 101-00001.")
    # no reason, no void
    assert not dialog.void_button.isEnabled()
    type_text(dialog.reason_edit, "   ")
    assert not dialog.void_button.isEnabled()
    type_text(dialog.reason_edit, "Хатшы басқа мүшені белгіледі")
    click(qtbot, dialog.void_button)
    assert not dialog.dialog.isVisible()
    status = station.status()["checkins"]
    assert (status["live"], status["voided"]) == (0, 1)
    voided = station.checkins()[0]
    assert voided["void_reason"] == "Хатшы басқа мүшені белгіледі"
    assert desk.banner.isVisible() and "was voided" in desk.banner.text()
    assert desk.turnout.values["voided"].text() == "1"
    # a clerk may now check the member in again
    desk.lock()
    log_in(qtbot, desk, "c1", "3333")
    scan(qtbot, desk, ELIGIBLE)
    assert desk.checkin.verdict_title.text() == "May vote"
    press_enter(qtbot)
    assert station.status()["checkins"]["live"] == 1


def test_voiding_is_unavailable_to_a_clerk_and_refused_if_tried(qtbot, desk):
    station = desk.ctx.station
    checked_in_by_a_clerk(station, ELIGIBLE)
    log_in(qtbot, desk, "c1", "3333")
    page = desk.station_page
    assert not page.void_button.isEnabled()
    assert page.role_note.text() == "Only the chair may void a check-in."
    # and the service itself refuses, whatever the screen offered
    dialog = page.void(ELIGIBLE)
    type_text(dialog.reason_edit, "ошибка")
    click(qtbot, dialog.void_button)
    assert dialog.dialog.isVisible()
    assert dialog.message_label.text() == render(error("auth.role", role="clerk", action="checkin.void",
                                                       allowed="chair"))
    assert station.status()["checkins"]["voided"] == 0
    dialog.dialog.reject()


def test_voiding_a_member_without_a_check_in_says_so(qtbot, desk):
    log_in(qtbot, desk, "chair", "1111")
    dialog = desk.station_page.void()
    qtbot.keyClicks(dialog.iin_edit, ELIGIBLE)
    assert dialog.checkin_label.text() == "This IIN has no check-in to void."
    type_text(dialog.reason_edit, "тест")
    click(qtbot, dialog.void_button)
    assert dialog.message_label.text() == render(error("station.not_checked_in", iin=ELIGIBLE))
    dialog.dialog.reject()


def test_a_spoiled_ballot_is_recorded_per_race(qtbot, desk):
    station = desk.ctx.station
    checked_in_by_a_clerk(station, ELIGIBLE)
    log_in(qtbot, desk, "c1", "3333")
    click(qtbot, desk.station_page.spoil_button)
    dialog = desk.station_page.dialog
    race = station.races[1]
    dialog.race_combo.setCurrentIndex(1)
    dialog.count_spin.setValue(2)
    click(qtbot, dialog.spoil_button)
    assert station.spoiled() == {race.id: 2}
    row = desk.turnout.table
    assert [row.item(1, c).text() for c in range(5)] == [race.name, "100", "1", "2", "97"]
    assert "Spoiled ballots recorded" in desk.banner.text()


def test_more_spoiled_ballots_than_remain_are_refused(qtbot, desk):
    log_in(qtbot, desk, "c1", "3333")
    dialog = desk.station_page.spoil()
    dialog.count_spin.setValue(101)
    click(qtbot, dialog.spoil_button)
    assert dialog.dialog.isVisible()
    assert "exceed the 100 ballots still unissued" in dialog.message_label.text()
    dialog.dialog.reject()


def test_the_paper_list_is_backfilled_with_original_times_and_a_result_per_line(qtbot, desk, clock):
    station = desk.ctx.station
    clock.advance(hours=4)  # the computer is back at noon; the list covers the morning
    log_in(qtbot, desk, "c1", "3333")
    click(qtbot, desk.station_page.backfill_button)
    dialog = desk.station_page.dialog
    dialog.lines_edit.setPlainText(
        f"# written at desk 2 during the power cut\n"
        f"{ELIGIBLE} 09:30\n"
        f"{OTHER_PRECINCT} 09:35\n"
        f"{VOTED_ONLINE} 09:40\n"
        f"{ELIGIBLE} 09:50\n"
        f"123 09:55\n")
    click(qtbot, dialog.run_button)
    table = dialog.results_table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [r[:3] for r in rows] == [["2", ELIGIBLE, "09:30"], ["3", OTHER_PRECINCT, "09:35"],
                                     ["4", VOTED_ONLINE, "09:40"], ["5", ELIGIBLE, "09:50"], ["6", "123", "09:55"]]
    assert rows[0][3] == "Checked in, receipt 101-00001"
    assert "precinct 102" in rows[1][3]
    assert rows[2][3].startswith("Checked in, receipt 101-00002")
    assert "already voted online" in rows[2][3]
    assert "already received a ballot here at 09:30" in rows[3][3]
    assert rows[4][3] == render(error("iin.length", iin="123", length=3))
    assert dialog.summary_label.text() == "Checked in: 2. Refused: 3."
    status = station.status()["checkins"]
    assert (status["live"], status["backfilled"]) == (2, 2)
    assert [(c["iin"], c["at"], c["backfilled"]) for c in station.checkins()] == [
        (ELIGIBLE, "2020-10-03T09:30:00+06:00", 1), (VOTED_ONLINE, "2020-10-03T09:40:00+06:00", 1)]
    assert desk.turnout.values["backfilled"].text() == "2"
    dialog.dialog.accept()


def test_a_bad_line_of_the_paper_list_is_reported_in_its_place_and_the_others_are_checked_in(qtbot, desk, tmp_path,
                                                                                            clock):
    clock.advance(hours=4)
    log_in(qtbot, desk, "c1", "3333")
    dialog = desk.station_page.backfill()
    paper = tmp_path / "paper.txt"
    paper.write_text(f"{VOTED_ONLINE} 9.40\n{ELIGIBLE} 09:30\n", encoding="utf-8")
    dialog.load_file(paper)
    click(qtbot, dialog.run_button)
    table = dialog.results_table
    assert table.rowCount() == 2
    assert [table.item(0, 0).text(), table.item(0, 3).text()] == \
        ["1", render(error("station.bad_time", line=1, value="9.40"))]
    assert table.item(1, 0).text() == "2" and table.item(1, 3).text().startswith("Checked in, receipt")
    assert desk.ctx.station.status()["checkins"]["live"] == 1
    assert dialog.summary_label.text() == "Checked in: 1. Refused: 1."
    dialog.dialog.reject()


def test_locking_the_desk_closes_an_open_dialog(qtbot, desk):
    log_in(qtbot, desk, "chair", "1111")
    dialog = desk.station_page.void()
    assert dialog.dialog.isVisible()
    desk.lock()
    assert not dialog.dialog.isVisible()
    assert desk.screens.currentWidget() is desk.login_page


@pytest.fixture
def setup_station(station, chair, roll_file):
    station.import_roll(chair, roll_file)
    return station


def test_the_chair_records_ballots_and_opens_the_station_when_the_gate_allows(qtbot, setup_station, settings):
    station = setup_station
    desk = make_desk(qtbot, station, settings)
    log_in(qtbot, desk, "chair", "1111")
    page = desk.station_page
    assert desk.state_label.text() == "SETUP: not open yet"
    gate = page.gate_list.text()
    for race in station.races:
        assert render(error("station.open_needs_ballots", race=race.id)) in gate
    # opening too early: the service's refusal lists what is missing
    click(qtbot, page.open_button)
    assert station.state == "SETUP"
    assert desk.banner.property("tone") == "refused"
    assert render(error("station.open_needs_ballots", race=station.races[0].id)) in desk.banner.text()
    for index in range(len(station.races)):
        page.race_combo.setCurrentIndex(index)
        page.count_spin.setValue(250)
        click(qtbot, page.record_button)
    assert station.ballots_received() == {r.id: 250 for r in station.races}
    assert page.ballots_table.item(0, 1).text() == "250"
    station.run_checklist(station.login("chair", "1111"), "opening", all_yes=True)
    page.refresh()
    assert page.gate_list.text() == "Everything is ready: the chair may open the station."
    click(qtbot, page.open_button)
    assert station.state == "OPEN"
    assert desk.state_label.text() == "OPEN: voting"
    assert desk.state_label.property("tone") == "ok"
    # what the state no longer allows is greyed out, what it now allows is offered
    assert not page.open_button.isEnabled()
    assert page.close_button.isEnabled() and page.spoil_button.isEnabled() and page.void_button.isEnabled()


def test_closing_asks_first_and_the_service_decides(qtbot, desk):
    station = desk.ctx.station
    log_in(qtbot, desk, "chair", "1111")
    page = desk.station_page
    click(qtbot, page.close_button)
    box = page.close_confirmation
    assert box.isVisible()
    # keep it open
    box.reject()
    assert station.state == "OPEN"
    # without the closing checklist the service refuses, and the banner says why
    click(qtbot, page.close_button)
    click(qtbot, page.close_confirmation.findChild(QPushButton, "confirmClose"))
    assert station.state == "OPEN"
    assert desk.banner.property("tone") == "refused"
    assert desk.banner.text() == "\n".join(render(p) for p in station.closing_decision().problems)
    station.run_checklist(station.login("chair", "1111"), "closing", all_yes=True)
    click(qtbot, page.close_button)
    click(qtbot, page.close_confirmation.findChild(QPushButton, "confirmClose"))
    assert station.state == "CLOSED"
    assert desk.state_label.text() == "CLOSED"
    assert not page.close_button.isEnabled() and not page.open_button.isEnabled()
    assert not page.record_button.isEnabled() and not page.spoil_button.isEnabled()
    assert page.void_button.isEnabled()  # a wrong check-in may still be voided before the count


def test_the_secretary_may_record_ballots_but_not_open_or_void(qtbot, desk):
    log_in(qtbot, desk, "sec", "2222")
    page = desk.station_page
    assert page.record_button.isEnabled()
    assert not page.open_button.isEnabled()
    assert not page.close_button.isEnabled()
    assert not page.void_button.isEnabled()
    assert not page.backfill_button.isEnabled()
    assert page.spoil_button.isEnabled()


def test_a_station_file_that_cannot_be_written_is_reported_not_crashed(qtbot, desk, monkeypatch):
    import sqlite3
    log_in(qtbot, desk, "c1", "3333")
    station = desk.ctx.station

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Station, "check_in", disk_full)
    scan(qtbot, desk, ELIGIBLE)
    press_enter(qtbot)
    assert desk.banner.property("tone") == "refused"
    assert "could not be written (database or disk is full)" in desk.banner.text()
    assert station.status()["checkins"]["live"] == 0


def test_the_periodic_refresh_leaves_a_number_being_typed_alone(qtbot, desk):
    log_in(qtbot, desk, "chair", "1111")
    page = desk.station_page
    page.count_spin.setValue(321)
    desk.refresh_timer.timeout.emit()
    assert page.count_spin.value() == 321
    page.race_combo.setCurrentIndex(1)
    assert page.count_spin.value() == 100


def test_a_paper_list_saved_in_windows_1251_loads_as_written(qtbot, desk, tmp_path):
    log_in(qtbot, desk, "c1", "3333")
    dialog = desk.station_page.backfill()
    paper = tmp_path / "paper.txt"
    paper.write_bytes(f"# Бумажный список, стол 2\r\n{ELIGIBLE} 09:30\r\n".encode("cp1251"))
    dialog.load_file(paper)
    assert dialog.lines_edit.toPlainText() == f"# Бумажный список, стол 2\n{ELIGIBLE} 09:30"
    dialog.dialog.reject()
