"""The count sheet, the tally and the public display on the real forms and a real station file,
driven the way the commission drives them: the keyboard for numbers, the mouse for buttons."""
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QSpinBox

from polling_station.domain.double_entry import EntryState
from polling_station.services.counting import CountingMixin
from polling_station.services.station import Station
from polling_station.ui import style
from polling_station.ui.counting import CountingPage
from polling_station.ui.messages import MessageBridge
from polling_station.ui.public_display import PublicDisplay
from tests.ui.conftest import type_text

CountingStation = Station  # Station includes the counting mixin
CITY, DISTRICT = "almaty-city", "medeu-district"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


class Desk:
    """Who is logged in at the desk; the page asks it, as the main window's context would answer."""

    def __init__(self):
        self.session = None


@pytest.fixture
def closed(open_station, chair, clerk):
    st = open_station
    if not isinstance(st, CountingMixin):
        st.__class__ = CountingStation
    for iin in ("871008401427", "760212350620"):
        st.check_in(clerk, iin)
    st.run_checklist(chair, "closing", all_yes=True)
    st.close_station(chair)
    return st


@pytest.fixture
def desk():
    return Desk()


def make_page(qtbot, station, desk):
    style.apply(QApplication.instance())
    page = CountingPage(station, lambda: desk.session, MessageBridge("en"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def page(qtbot, closed, desk):
    return make_page(qtbot, closed, desk)


def log_in(page, desk, officer, pin):
    desk.session = page.station.login(officer, pin)
    page.refresh()


def type_sheet(qtbot, sheet, numbers):
    """Numbers for lines 5, 6, 7 and the candidates, typed down the sheet with Enter after each."""
    sheet.spins["unused"].setFocus(Qt.FocusReason.TabFocusReason)
    for n in numbers:
        qtbot.keyClicks(QApplication.focusWidget(), str(n))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def city_numbers(unused=98, found=2, invalid=0, votes=(2, 1)):
    return [unused, found, invalid, *votes] + [0] * (10 - len(votes))


def texts(widget):
    """Everything the widget shows as text, for checking what an officer can see."""
    out = [w.text() for w in widget.findChildren(QLabel)]
    out += [w.text() for w in widget.findChildren(QSpinBox)]
    for lst in widget.findChildren(QListWidget):
        out += [lst.item(i).text() for i in range(lst.count())]
    return "\n".join(out)


def test_the_sheet_follows_the_paper_candidates_in_kazakh_order_and_the_tab_order(qtbot, page, desk):
    log_in(page, desk, "c1", "3333")
    sheet = page.sheets[CITY]
    assert [sheet.candidate_captions[c].text().split()[0] for c in sheet.order] == [
        "Әбілова", "Ғаббасов", "Жұмабекова", "Иванова", "Ким", "Құдайбергенов", "Нұрланұлы", "Сейітқали",
        "Үсенова", "Шәріпов"]
    assert [sheet.values[n].text() for n in (1, 2, 3, 4)] == ["2", "100", "2", "0"]
    sheet.spins["unused"].setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget().objectName()]
    for _ in range(13):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    assert visited == ["line5Spin", "line6Spin", "line7Spin"] + [f"votes_{c}" for c in sheet.order] + ["submitButton"]


def test_the_page_fits_a_1366_by_768_screen_and_shows_its_numbers(qtbot, page, desk):
    log_in(page, desk, "c1", "3333")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        hint = page.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (page.tabs.tabText(index), hint)
    sheet = page.sheets[CITY]
    page.tabs.setCurrentIndex(0)
    sheet.spins["found_in_box"].setValue(123456)
    for spin in sheet.form.findChildren(QSpinBox):
        assert spin.lineEdit().width() >= 80, spin.objectName()
        assert spin.lineEdit().fontMetrics().horizontalAdvance("123456") < spin.lineEdit().width() - 8


def test_a_clerk_and_the_secretary_enter_a_sheet_through_the_widgets(qtbot, page, desk):
    st = page.station
    log_in(page, desk, "c1", "3333")
    sheet = page.sheets[CITY]
    type_sheet(qtbot, sheet, city_numbers())
    assert QApplication.focusWidget() is sheet.submit_button
    # totals as you type: line 8 and the votes together
    assert sheet.values[8].text() == "2" and sheet.total_value.text() == "3"
    assert sheet.relations_ok.isVisible() and sheet.relation_rows == {}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter after the last line saves
    assert st.count_status(CITY).entries_typed == (1,)
    assert "Entry 1" in page.messages.last.text

    log_in(page, desk, "sec", "2222")
    assert sheet.entry == 2
    # entry 1 is not on the secretary's screen: the sheet starts empty
    assert [s.value() for s in sheet.spins.values()] == [0] * 13
    type_sheet(qtbot, sheet, city_numbers())
    qtbot.mouseClick(sheet.submit_button, Qt.MouseButton.LeftButton)
    assert st.count_status(CITY).status is EntryState.AGREED
    assert "agreed" in page.messages.last.text
    assert "Agreed" in sheet.status_label.text()
    assert page.tabs.tabText(0).startswith("✓")
    assert not sheet.submit_button.isEnabled() and sheet.spins["unused"].isReadOnly()


def test_a_failing_relation_is_shown_inline_as_soon_as_it_fails(qtbot, page, desk):
    log_in(page, desk, "c1", "3333")
    sheet = page.sheets[CITY]
    type_sheet(qtbot, sheet, [98, 5])  # five ballots in the box, but only two were issued
    row = sheet.relation_rows[("CR02", "")]
    assert row.isVisible() and row.property("tone") == style.REFUSED
    assert "CR02" in row.title.text() and "error" in row.title.text()
    assert "Line 6 (5) must not exceed line 3 (2)" in row.text.text()
    assert sheet.spins["found_in_box"].property("tone") == style.REFUSED
    assert sheet.values[3].property("tone") == style.REFUSED
    sheet.spins["found_in_box"].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(sheet.spins["found_in_box"], "2")
    assert ("CR02", "") not in sheet.relation_rows
    assert not sheet.spins["found_in_box"].property("tone")


def test_a_candidate_over_the_valid_ballots_is_named_in_the_relation(qtbot, page, desk):
    log_in(page, desk, "c1", "3333")
    sheet = page.sheets[CITY]
    type_sheet(qtbot, sheet, city_numbers(votes=(3, 1)))
    row = sheet.relation_rows[("CR05", "A02")]
    assert "Әбілова Гүлнар Маратқызы has 3 votes" in row.text.text()
    assert sheet.spins["votes.A02"].property("tone") == style.REFUSED


def test_a_warning_requires_a_written_reason_before_counted(qtbot, page, desk, chair, clerk):
    st = page.station
    secretary = st.login("sec", "2222")
    for race, votes in ((DISTRICT, None), (CITY, None)):
        ids = st.race_info(race).candidate_ids
        found = 1 if race == CITY else 2
        sheet_data = {"race": race, "unused": 98, "found_in_box": found, "invalid": 0,
                      "votes": {cid: (1 if i < found else 0) for i, cid in enumerate(ids)}}
        st.enter_count(clerk, race, sheet_data, 1)
        st.enter_count(secretary, race, sheet_data, 2)
    log_in(page, desk, "chair", "1111")
    sheet = page.sheets[CITY]
    row = sheet.relation_rows[("CR08", "")]
    assert row.property("tone") == style.WARN and "explanation" in row.title.text()
    assert "Not explained yet" in row.note.text()
    assert not page.counted_button.isEnabled()
    assert "needs a written explanation" in page.gate_label.text() and "CR08" in page.gate_label.text()

    reason = "Бір сайлаушы бюллетеньді алып кетті / Один избиратель унёс бюллетень"
    row.edit.setFocus()
    type_text(row.edit, reason)
    qtbot.mouseClick(row.save, Qt.MouseButton.LeftButton)
    assert st.explanations(CITY) == {"CR08": reason}
    row = sheet.relation_rows[("CR08", "")]
    assert row.edit.toPlainText() == reason and "Explanation recorded" in row.note.text()
    assert page.counted_button.isEnabled()
    qtbot.mouseClick(page.counted_button, Qt.MouseButton.LeftButton)
    assert st.state == "COUNTED"
    assert "counted" in page.gate_label.text()


def test_differences_are_listed_line_by_line_without_the_first_entry(qtbot, page, desk, clerk):
    st = page.station
    ids = st.race_info(CITY).candidate_ids
    st.enter_count(clerk, CITY, {"race": CITY, "unused": 98, "found_in_box": 2, "invalid": 0,
                                 "votes": {cid: {ids[0]: 777, ids[1]: 1}.get(cid, 0) for cid in ids}}, 1)
    log_in(page, desk, "sec", "2222")
    sheet = page.sheets[CITY]
    type_sheet(qtbot, sheet, city_numbers())
    qtbot.mouseClick(sheet.submit_button, Qt.MouseButton.LeftButton)
    items = [sheet.differences_list.item(i).text() for i in range(sheet.differences_list.count())]
    assert items == ["Line 9 · Әбілова Гүлнар Маратқызы: you typed 2"]
    assert sheet.spins["votes.A02"].property("tone") == "differs"
    assert "differ on 1 line(s)" in sheet.status_label.text()
    assert "777" not in texts(page)
    # the clerk retypes after the recount; the secretary's screen then shows the agreement
    st.enter_count(clerk, CITY, {"race": CITY, "unused": 98, "found_in_box": 2, "invalid": 0,
                                 "votes": {cid: {ids[0]: 2, ids[1]: 1}.get(cid, 0) for cid in ids}}, 1)
    page.refresh()
    assert "Agreed" in sheet.status_label.text() and sheet.differences_list.count() == 1


def test_the_tally_by_ballot_becomes_an_entry(qtbot, page, desk):
    log_in(page, desk, "c1", "3333")
    sheet = page.sheets[DISTRICT]
    tally = sheet.open_tally()
    dialog = tally.dialog
    qtbot.waitExposed(dialog)
    first, second = sheet.order[0], sheet.order[1]
    qtbot.mouseClick(tally.mark_buttons[first], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tally.mark_buttons[second], Qt.MouseButton.LeftButton)
    assert "2 mark(s)" in tally.ballot_label.text()
    qtbot.mouseClick(tally.next_button, Qt.MouseButton.LeftButton)
    # a blank ballot: Next with nothing tapped counts it invalid and says so
    qtbot.mouseClick(tally.next_button, Qt.MouseButton.LeftButton)
    assert "no mark" in tally.message_label.text()
    assert "Ballots counted: 2. Valid: 1. Invalid: 1." == tally.totals_label.text()
    assert tally.unused_spin.value() == 98
    qtbot.mouseClick(tally.to_entry_button, Qt.MouseButton.LeftButton)
    assert page.station.count_status(DISTRICT).entries_typed == (1,)
    assert sheet.spins["found_in_box"].value() == 2 and sheet.spins["invalid"].value() == 1
    assert sheet.spins[f"votes.{first}"].value() == 1 and sheet.spins[f"votes.{second}"].value() == 1


def test_the_second_entrys_tally_starts_empty_and_never_shows_the_first(qtbot, page, desk):
    log_in(page, desk, "c1", "3333")
    sheet = page.sheets[DISTRICT]
    tally = sheet.open_tally()
    qtbot.waitExposed(tally.dialog)
    first = sheet.order[0]
    for _ in range(2):
        tally.mark_buttons[first].setChecked(True)
        qtbot.mouseClick(tally.next_button, Qt.MouseButton.LeftButton)
    assert tally.totals_label.text() == "Ballots counted: 2. Valid: 2. Invalid: 0."
    tally.dialog.reject()
    # the secretary comes to type entry 2 before the clerk has typed entry 1 from that tally
    log_in(page, desk, "sec", "2222")
    sheet.entry_radios[2].setChecked(True)
    tally = sheet.open_tally()
    qtbot.waitExposed(tally.dialog)
    assert tally.entry == 2
    assert tally.totals_label.text() == "Ballots counted: 0. Valid: 0. Invalid: 0."
    assert all(b.text().endswith("— 0") for b in tally.mark_buttons.values()), [
        b.text() for b in tally.mark_buttons.values()]
    assert not tally.undo_button.isEnabled()
    tally.mark_buttons[first].setChecked(True)
    qtbot.mouseClick(tally.next_button, Qt.MouseButton.LeftButton)
    assert tally.totals_label.text() == "Ballots counted: 1. Valid: 1. Invalid: 0."
    tally.dialog.reject()
    # and the clerk finds exactly their own two ballots again
    log_in(page, desk, "c1", "3333")
    sheet.entry_radios[1].setChecked(True)
    tally = sheet.open_tally()
    qtbot.waitExposed(tally.dialog)
    assert tally.totals_label.text() == "Ballots counted: 2. Valid: 2. Invalid: 0."
    tally.dialog.reject()


def test_the_public_display_shows_the_agreed_lines_and_catches_up_by_itself(qtbot, closed, clerk):
    st = closed
    display = PublicDisplay(st)
    qtbot.addWidget(display)
    display.poll_timer.setInterval(50)
    display.resize(1366, 768)
    display.show()
    page = display.race_pages[CITY][0]
    assert page.line_values[6].text() == "—" and "Идёт подсчёт" in page.state.text()
    secretary = st.login("sec", "2222")
    ids = st.race_info(CITY).candidate_ids
    data = {"race": CITY, "unused": 98, "found_in_box": 2, "invalid": 0,
            "votes": {cid: {ids[0]: 2, ids[1]: 1}.get(cid, 0) for cid in ids}}
    st.enter_count(clerk, CITY, data, 1)
    assert page.line_values[6].text() == "—"  # entry 1 alone is not public
    st.enter_count(secretary, CITY, data, 2)
    qtbot.waitUntil(lambda: page.line_values[6].text() == "2", timeout=3000)
    assert [page.line_values[n].text() for n in range(1, 9)] == ["2", "100", "2", "0", "98", "2", "0", "2"]
    assert page.vote_values["A02"].text() == "2" and page.vote_values["A06"].text() == "1"
    assert "Строки протокола согласованы" in page.state.text() and "келісілді" in page.state.text()
    assert display.pages.currentWidget() is page
    assert display.race_pages[DISTRICT][0].line_values[8].text() == "—"


def test_the_page_opens_the_public_display_and_feeds_it(qtbot, page, desk):
    display = page.open_public_display()
    qtbot.addWidget(display)
    assert display.isVisible()
    with qtbot.waitSignal(display.refreshed, timeout=1000):
        page.agreed.emit(CITY)


@pytest.fixture
def busy_station(tmp_path):
    """The demo's precinct 101 after a day of voting: hundreds of check-ins, a few spoiled ballots."""
    from polling_station import demo
    files = demo.build(tmp_path / "demo")
    st = CountingStation.open(files.station)
    chair, clerk = st.login("chair", "1111"), st.login("c1", "3333")
    members = st.db.execute("SELECT iin FROM members WHERE precinct = '101' AND status = 'active' "
                            "AND joined_on <= '2020-09-11' ORDER BY iin LIMIT 612").fetchall()
    for (iin,) in members:
        st.check_in(clerk, iin)
    st.spoil(clerk, CITY, 9)
    st.spoil(clerk, DISTRICT, 4)
    st.run_checklist(chair, "closing", all_yes=True)
    st.close_station(chair)
    yield st
    st.close_db()


def test_screenshots_of_the_count_sheet_and_the_public_display(qtbot, busy_station, desk, tmp_path):
    """Renders both screens at 1366×768; with PS_SCREENSHOTS=1 they are written to docs/screenshots."""
    st = busy_station
    records = st.station_records(CITY)
    unused = records.received - records.issued - records.spoiled
    found = records.issued - 2
    votes = {"A02": 231, "A06": 97, "A10": 188, "A03": 142, "A07": 64, "A01": 305, "A04": 121, "A05": 176,
             "A08": 203, "A09": 88}
    secretary = st.login("sec", "2222")
    clerk = st.login("c1", "3333")
    d_ids = st.race_info(DISTRICT).candidate_ids
    district = {"race": DISTRICT, "unused": records.received - records.issued - 4, "found_in_box": found,
                "invalid": 11, "votes": dict(zip(d_ids, (212, 190, 305, 166, 48, 233)))}
    city = {"race": CITY, "unused": unused, "found_in_box": found, "invalid": 14, "votes": votes}
    st.enter_count(clerk, DISTRICT, district, 1)
    st.enter_count(secretary, DISTRICT, district, 2)
    st.enter_count(clerk, CITY, city, 1)

    page = make_page(qtbot, st, desk)
    log_in(page, desk, "sec", "2222")
    sheet = page.sheets[CITY]
    # the secretary types entry 2 with two digits of the unused ballots swapped: CR01 fails at once
    wrong_unused = int(str(unused)[:-2] + str(unused)[-1] + str(unused)[-2])
    type_sheet(qtbot, sheet, [wrong_unused, found, 14] + [votes[c] for c in sheet.order])
    assert ("CR01", "") in sheet.relation_rows and ("CR08", "") in sheet.relation_rows
    qtbot.wait(100)
    count_png = tmp_path / "count_sheet_failing_relation.png"
    assert page.grab().save(str(count_png))

    tally = sheet.open_tally()
    qtbot.waitExposed(tally.dialog)
    for marks in (["A01", "A05"], [], ["A02"]):
        for cid in marks:
            tally.mark_buttons[cid].setChecked(True)
        tally.next_ballot()
    tally.mark_buttons["A01"].setChecked(True)
    tally.mark_buttons["A08"].setChecked(True)
    qtbot.wait(100)
    tally_png = tmp_path / "count_tally.png"
    assert tally.dialog.grab().save(str(tally_png))
    tally.dialog.reject()

    st.enter_count(secretary, CITY, city, 2)
    display = PublicDisplay(st)
    qtbot.addWidget(display)
    display.resize(1366, 768)
    display.show()
    qtbot.waitExposed(display)
    display.refresh()
    display.pages.setCurrentWidget(display.race_pages[CITY][0])
    qtbot.wait(100)
    display_png = tmp_path / "public_display.png"
    assert display.grab().save(str(display_png))

    from PySide6.QtGui import QImage
    for path in (count_png, display_png):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768)
    if os.environ.get("PS_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for path in (count_png, tally_png, display_png):
            shutil.copyfile(path, SCREENSHOTS / path.name)
