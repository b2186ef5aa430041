"""The check-in desk: a scan and one more Enter issue the ballot; every refusal explains itself."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from polling_station.domain.problems import error
from polling_station.i18n import render
from polling_station.services.station import Station

from .conftest import (ELIGIBLE, JOINED_LATE, OTHER_PRECINCT, SUSPENDED, VOTED_ONLINE, log_in, make_desk,
                       press_enter, scan, type_text)


@pytest.fixture
def clerk_desk(qtbot, desk):
    log_in(qtbot, desk, "c1", "3333")
    return desk


def live_checkins(desk):
    return desk.ctx.station.status()["checkins"]["live"]


def test_scan_then_enter_issues_the_ballot_and_shows_the_receipt(qtbot, clerk_desk, clock):
    desk, page = clerk_desk, clerk_desk.checkin
    clock.advance(minutes=5)
    scan(qtbot, desk, ELIGIBLE)
    # action 1 (the scan) shows the member and puts the focus on the ballot
    assert page.card_stack.currentWidget() is page.card_page
    assert page.name_label.text() == "Құдайбергенов Әлібек Серікұлы"
    assert page.iin_value.text() == ELIGIBLE
    assert page.birth_value.text() == "12.02.1976"
    assert page.precinct_value.text() == "101 (this precinct)"
    assert page.membership_value.text() == "Active member, joined 20.01.2010"
    assert page.verdict_title.text() == "May vote"
    assert page.verdict_box.property("tone") == "ok"
    assert page.issue_button.isEnabled()
    assert QApplication.focusWidget() is page.issue_button
    assert live_checkins(desk) == 0
    # action 2
    press_enter(qtbot)
    assert live_checkins(desk) == 1
    checkin = desk.ctx.station.checkins()[0]
    assert page.card_stack.currentWidget() is page.issued_page
    assert page.receipt_label.text() == checkin["receipt"] == "101-00001"
    assert page.issued_name.text() == "Құдайбергенов Әлібек Серікұлы"
    assert page.issued_detail.text() == f"IIN {ELIGIBLE} · at 08:05 · desk 1"
    # ready for the next member at once
    assert page.search_edit.text() == ""
    assert QApplication.focusWidget() is page.search_edit
    assert desk.turnout.values["checkedIn"].text() == "1"


def expected_refusal(desk, iin):
    station = desk.ctx.station
    return render(station.decide(iin, station.member(iin), None).refusal)


@pytest.mark.parametrize("iin, code, must_say", [
    (OTHER_PRECINCT, "eligibility.other_precinct",
     ["Иванов Сергей Петрович", "precinct 102", "Избирательный участок №102", "Жамбыл көшесі, 12"]),
    (SUSPENDED, "eligibility.suspended", ["Жұмабеков Ерлан", "suspended"]),
    (JOINED_LATE, "eligibility.joined_after_cutoff", ["Шәріпов Бекзат Асқарұлы", "2020-09-20", "2020-09-11"]),
], ids=["other-precinct", "suspended", "joined-after-cutoff"])
def test_each_refusal_shows_its_own_message_and_no_ballot(qtbot, clerk_desk, iin, code, must_say):
    desk, page = clerk_desk, clerk_desk.checkin
    station = desk.ctx.station
    assert station.decide(iin, station.member(iin), None).refusal.code == code
    scan(qtbot, desk, iin)
    assert page.card_stack.currentWidget() is page.card_page
    assert page.verdict_title.text() == "Do not issue a ballot"
    assert page.verdict_detail.text() == expected_refusal(desk, iin)
    for words in must_say:
        assert words in page.verdict_detail.text()
    assert page.verdict_box.property("tone") == "refused"
    assert not page.issue_button.isEnabled()
    # Enter again must not issue anything: the focus stayed in the input
    assert QApplication.focusWidget() is page.search_edit
    press_enter(qtbot)
    press_enter(qtbot)
    assert live_checkins(desk) == 0


def test_already_checked_in_says_when_by_whom_and_at_which_desk(qtbot, clerk_desk, clock):
    desk, page = clerk_desk, clerk_desk.checkin
    station = desk.ctx.station
    clock.advance(minutes=42)
    station.check_in(station.login("c2", "4444", desk="3"), ELIGIBLE)
    scan(qtbot, desk, ELIGIBLE)
    assert page.verdict_detail.text() == render(error(
        "eligibility.already_checked_in", name="Құдайбергенов Әлібек Серікұлы", at="08:42",
        officer="c2", officer_name="Ли Анна", desk="3"))
    assert not page.issue_button.isEnabled()
    press_enter(qtbot)
    assert live_checkins(desk) == 1


def test_the_same_card_scanned_twice_is_checked_in_once(qtbot, clerk_desk):
    desk, page = clerk_desk, clerk_desk.checkin
    scan(qtbot, desk, ELIGIBLE)
    press_enter(qtbot)
    assert page.receipt_label.text() == "101-00001"
    scan(qtbot, desk, ELIGIBLE)
    press_enter(qtbot)
    press_enter(qtbot)
    assert live_checkins(desk) == 1
    assert page.verdict_box.property("tone") == "refused"
    assert "already received a ballot here at 08:00 from Омаров Нұрлан (login c1) at desk 1" in page.verdict_detail.text()


def test_a_service_refusal_at_the_moment_of_issuing_reaches_the_banner(qtbot, clerk_desk):
    desk, page = clerk_desk, clerk_desk.checkin
    station = desk.ctx.station
    scan(qtbot, desk, ELIGIBLE)
    assert page.issue_button.hasFocus()
    # another desk is faster between the scan and the Enter
    station.check_in(station.login("c2", "4444", desk="2"), ELIGIBLE)
    press_enter(qtbot)
    assert live_checkins(desk) == 1
    assert desk.banner.isVisible()
    assert "already received a ballot here" in desk.banner.text()
    assert desk.banner.property("tone") == "refused"
    assert page.verdict_box.property("tone") == "refused"


def test_a_new_scan_while_the_ballot_button_has_focus_starts_over(qtbot, clerk_desk):
    desk, page = clerk_desk, clerk_desk.checkin
    scan(qtbot, desk, SUSPENDED)
    scan(qtbot, desk, ELIGIBLE)
    assert page.issue_button.hasFocus()
    # the clerk skips this member and scans the next card: the digits must reach the input
    scan(qtbot, desk, OTHER_PRECINCT)
    assert page.name_label.text() == "Иванов Сергей Петрович"
    assert live_checkins(desk) == 0


def confirmation_buttons(page):
    box = page.confirmation
    assert box is not None and box.isVisible()
    return box, box.findChild(QPushButton, "confirmIssue"), box.findChild(QPushButton, "cancelIssue")


def test_voted_online_warns_and_issues_only_after_a_clear_confirmation(qtbot, clerk_desk):
    desk, page = clerk_desk, clerk_desk.checkin
    scan(qtbot, desk, VOTED_ONLINE)
    assert page.verdict_box.property("tone") == "warn"
    assert page.verdict_title.text() == "May vote, but read this first"
    assert page.verdict_detail.text() == render(error(
        "eligibility.voted_online_warning", name="Әбілова Гүлнар Маратқызы", at="2020-10-02 10:15"))
    assert page.issue_button.isEnabled()
    press_enter(qtbot)
    box, yes, no = confirmation_buttons(page)
    assert "already voted online at 2020-10-02 10:15" in box.text()
    # a second reflexive Enter lands on "Do not issue"
    assert box.defaultButton() is no
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert live_checkins(desk) == 0
    assert QApplication.focusWidget() is page.search_edit
    # the member insists, the clerk is sure: Enter shows the card again, Enter asks again
    press_enter(qtbot)
    assert QApplication.focusWidget() is page.issue_button
    press_enter(qtbot)
    box, yes, no = confirmation_buttons(page)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert live_checkins(desk) == 1
    assert page.card_stack.currentWidget() is page.issued_page
    assert "annulled at the branch office" in page.issued_warning.text()
    assert desk.ctx.station.status()["checkins"]["also_voted_online"] == 1


def test_under_the_refuse_policy_an_online_voter_is_refused(qtbot, tmp_path, election_data, clock, roll_file,
                                                            online_file, settings):
    election_data["online_double_vote_policy"] = "refuse"
    station = Station.create(tmp_path / "refuse.db", election_data, "101", chair_name="Асқаров Болат",
                             chair_id="chair", chair_pin="1111", clock=clock)
    chair = station.login("chair", "1111")
    station.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", "3333")
    station.import_roll(chair, roll_file)
    station.import_online(chair, online_file)
    for race in station.races:
        station.set_ballots_received(chair, race.id, 100)
    station.run_checklist(chair, "opening", all_yes=True)
    station.open_station(chair)
    try:
        desk = make_desk(qtbot, station, settings)
        log_in(qtbot, desk, "c1", "3333")
        scan(qtbot, desk, VOTED_ONLINE)
        page = desk.checkin
        assert page.verdict_detail.text() == render(error(
            "eligibility.voted_online_refused", name="Әбілова Гүлнар Маратқызы", at="2020-10-02 10:15"))
        assert not page.issue_button.isEnabled()
        press_enter(qtbot)
        assert station.status()["checkins"]["live"] == 0
    finally:
        station.close_db()


def test_a_valid_iin_not_on_the_roll_and_a_misread_scan_are_told_apart(qtbot, clerk_desk):
    page = clerk_desk.checkin
    scan(qtbot, clerk_desk, "900101300017")  # valid check digit, nobody on the roll
    assert page.card_stack.currentWidget() is page.waiting_page
    assert page.waiting_detail.text() == render(error("eligibility.not_on_roll", iin="900101300017"))
    scan(qtbot, clerk_desk, "760212350621")  # one digit misread
    assert "wrong check digit" in page.waiting_detail.text()
    assert page.waiting_detail.property("tone") == "refused"


def test_kazakh_letters_typed_as_key_events_find_the_member(qtbot, clerk_desk):
    page = clerk_desk.checkin
    type_text(page.search_edit, "құдай әлі")
    # search waits for the typing to pause
    assert page.results.count() == 0
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=3000)
    assert page.results.item(0).text().startswith("Құдайбергенов Әлібек Серікұлы\n760212350620")
    assert page.name_label.text() == "Құдайбергенов Әлібек Серікұлы"


@pytest.mark.parametrize("query", ["kudaibergenov", "Qudaibergenov", "ҚҰДАЙБЕРГЕНОВ", "Алибек Кудай"])
def test_names_in_any_script_and_order_find_the_member(qtbot, clerk_desk, query):
    page = clerk_desk.checkin
    type_text(page.search_edit, query)
    qtbot.waitUntil(lambda: page.results.count() >= 1, timeout=3000)
    assert page.hits[0].member.iin == ELIGIBLE


def test_a_name_search_lists_members_of_other_precincts_marked_refused(qtbot, clerk_desk):
    page = clerk_desk.checkin
    type_text(page.search_edit, "Иван")
    press_enter(qtbot)
    assert page.results.count() == 1
    assert page.results.item(0).text().endswith("precinct 102 · Refused")
    assert page.verdict_box.property("tone") == "refused"


def test_the_chair_sees_the_member_but_may_not_issue(qtbot, desk):
    log_in(qtbot, desk, "chair", "1111")
    desk.tabs.setCurrentWidget(desk.checkin.form.parentWidget())
    page = desk.checkin
    page.search_edit.setFocus()
    scan(qtbot, desk, ELIGIBLE)
    assert page.verdict_title.text() == "May vote"
    assert not page.issue_button.isEnabled()
    assert page.issue_note.text() == render(error("eligibility.officer_may_not_issue", role="chair"))
    press_enter(qtbot)
    assert live_checkins(desk) == 0


def test_escape_clears_the_desk_for_the_next_member(qtbot, clerk_desk):
    page = clerk_desk.checkin
    scan(qtbot, clerk_desk, SUSPENDED)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""
    assert page.results.count() == 0
    assert page.card_stack.currentWidget() is page.waiting_page
