"""The ratings chart's vote axis: a tick on whole numbers only, so a bar's length reads right."""
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from polling_station.ui.branch_chart import MOST_TICKS, RatingChart, vote_axis
from tests.ui.test_branch_dashboard import ru_locale  # noqa: F401 — fixture


@pytest.mark.parametrize("top, expected", [
    (0, (4, 1)), (3, (4, 1)), (4, (5, 1)), (5, (6, 1)), (7, (8, 1)), (8, (10, 2)), (13, (14, 2)),
    (57, (60, 10)), (4000, (5000, 1000)), (662_687, (700_000, 100_000)),
])
def test_the_vote_axis_steps_by_one_two_or_five_times_a_power_of_ten(top, expected):
    maximum, step = vote_axis(top)
    assert (maximum, step) == expected
    assert maximum > top and maximum % step == 0 and maximum // step <= MOST_TICKS


def test_a_race_whose_best_candidate_has_4_votes_is_drawn_on_ticks_0_to_5(qapp):
    chart = RatingChart(QApplication.font())
    chart._set_axis(4)
    # not "0 1 2 3 5" (five even ticks of 0..5 printed with %d): every tick is a whole number
    assert chart.ticks() == [("0", 0.0), ("1", 1.0), ("2", 2.0), ("3", 3.0), ("4", 4.0), ("5", 5.0)]
    assert (chart.axis_votes.min(), chart.axis_votes.max()) == (0.0, 5.0)


def test_the_vote_axis_writes_large_numbers_in_the_officers_language(qapp, ru_locale):  # noqa: F811
    chart = RatingChart(QApplication.font())
    chart._set_axis(4000)
    assert chart.ticks()[1] == (QLocale().toString(1000), 1000.0) == ("1\xa0000", 1000.0)
    # a new race redraws the axis from scratch
    chart._set_axis(2)
    assert [label for label, _ in chart.ticks()] == ["0", "1", "2", "3", "4"]


def test_a_race_of_many_candidates_draws_the_first_ten_and_says_so(qapp):
    from types import SimpleNamespace as Row
    rows = [Row(rank=n, tied=False, total=100 - n, candidate=Row(surname=f"Кандидат{n}")) for n in range(1, 13)]
    outcome = Row(ratings=Row(overall=rows), race=Row(name="Race"))
    chart = RatingChart(QApplication.font())
    chart.show(outcome)
    assert chart.totals() == list(range(90, 100))  # the tenth at the bottom, the first at the top
    assert chart.chart.title() == "The first 10 of 12 candidates"
    assert chart.axis_names.categories()[-1] == "1 Кандидат1"
