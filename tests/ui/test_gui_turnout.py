"""Live turnout: the counters, the hourly chart and the reconciliation agree with the service."""
from polling_station.ui.turnout import _hours

from .conftest import ELIGIBLE, JOINED_LATE, VOTED_ONLINE, log_in, press_enter, scan


def shown_number(label) -> int:
    return int(label.text().replace("\u00a0", "").replace(",", ""))


def test_the_chart_totals_equal_the_counters_voids_excluded(qtbot, desk, clock):
    station = desk.ctx.station
    clerk = station.login("c2", "4444", desk="2")
    clock.advance(minutes=10)
    station.check_in(clerk, VOTED_ONLINE)      # 08:10
    clock.advance(minutes=5)
    station.check_in(clerk, ELIGIBLE)          # 08:15, then voided
    station.void_check_in(station.login("chair", "1111"), ELIGIBLE, "wrong member")
    clock.advance(hours=2)                     # nobody at 09:00
    log_in(qtbot, desk, "c1", "3333")
    scan(qtbot, desk, ELIGIBLE)                # checked in again after the void, at 10:15
    press_enter(qtbot)

    turnout = desk.turnout
    status = station.status()["checkins"]
    assert status["live"] == 2 and status["voided"] == 1
    assert shown_number(turnout.values["checkedIn"]) == status["live"]
    assert turnout.chart_total() == status["live"]
    assert shown_number(turnout.values["voided"]) == 1
    assert turnout.values["turnout"].text() == "100.0 %"
    assert turnout.notes["turnout"].text() == "of 2 eligible members"
    assert shown_number(turnout.values["online"]) == 1
    # one bar per hour, the empty hour included, so the day reads as it went
    assert [turnout.axis_x.at(i) for i in range(turnout.axis_x.count())] == ["08:00", "09:00", "10:00"]
    assert [turnout.bars.at(i) for i in range(turnout.bars.count())] == [1.0, 0.0, 1.0]


def test_the_reconciliation_table_has_a_row_per_race(qtbot, desk):
    station = desk.ctx.station
    station.check_in(station.login("c2", "4444"), ELIGIBLE)
    station.spoil(station.login("c2", "4444"), station.races[0].id, 3)
    desk.turnout.refresh()
    table = desk.turnout.table
    header = [table.horizontalHeaderItem(c).text() for c in range(5)]
    assert header == ["Race", "Received", "Issued", "Spoiled", "Remaining"]
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert rows == [[station.races[0].name, "100", "1", "3", "96"], [station.races[1].name, "100", "1", "0", "99"]]


def test_turnout_follows_each_check_in_at_the_desk(qtbot, desk):
    log_in(qtbot, desk, "c1", "3333")
    assert desk.turnout.chart_total() == 0
    scan(qtbot, desk, ELIGIBLE)
    press_enter(qtbot)
    assert desk.turnout.chart_total() == 1 == shown_number(desk.turnout.values["checkedIn"])
    scan(qtbot, desk, JOINED_LATE)
    press_enter(qtbot)
    assert desk.turnout.chart_total() == 1


def test_hours_without_check_ins_are_filled_in():
    assert _hours([]) == []
    filled = _hours([("2020-10-03T08", 3), ("2020-10-03T11", 1)])
    assert [(h.hour, n) for h, n in filled] == [(8, 3), (9, 0), (10, 0), (11, 1)]


def test_a_span_of_years_gets_a_bar_per_hour_with_check_ins_not_a_bar_per_hour_between():
    # one check-in with a wrong clock once made 53,866 empty bars and a one-second refresh
    spread = _hours([("1999-01-01T10", 1), ("2020-10-03T08", 3), ("2020-10-03T11", 1), ("2030-01-01T10", 1)])
    assert [n for _, n in spread] == [1, 3, 1, 1]
    assert len(_hours([("2020-10-03T08", 1), ("2020-10-05T08", 1)])) == 49  # two days: still filled
