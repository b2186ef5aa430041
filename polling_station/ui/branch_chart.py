"""The ratings chart: one horizontal bar per candidate, best at the top, excluded ones in grey.

The vote axis has a tick on whole numbers only, each labelled in the officer's language. A
``QValueAxis`` with ``"%d"`` spreads its default five ticks evenly — 0, 1.25, 2.5, 3.75, 5 printed
as "0 1 2 3 5" — so a bar of 4 seemed to end past "3" and short of a "5" it had not reached. The
axis here is a ``QCategoryAxis`` whose labels sit on the values 0, step, 2·step … with a step
of 1, 2 or 5 × 10ⁿ, and whose labels are written by ``QLocale`` (1 000 in Russian and Kazakh)
— QtCharts' own ``localizeNumbers`` drops the labels altogether under a Russian locale (Qt 6.12).
"""
from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSet, QCategoryAxis, QChart, QChartView,
                              QHorizontalStackedBarSeries)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from polling_station.ui.branch_view import GREY

# pyside6-lupdate finds calls spelled translate("Context", "text")
translate = QCoreApplication.translate
MOST_TICKS = 8
# a race has 50 candidates on average (10,990 for 216 councils): the chart draws the first ones,
# each bar tall enough for its name; the tables beside it hold the whole rating
MOST_BARS = 10


def vote_axis(top: int) -> tuple[int, int]:
    """(maximum, step) of an axis for bars up to ``top`` votes: whole-number ticks 0, step, … maximum,
    at most ``MOST_TICKS`` intervals, with room after the longest bar."""
    top = max(int(top), 0)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            maximum = (top // step + 1) * step
            if maximum // step <= MOST_TICKS:
                # a small range still shows a few ticks: 0..4 rather than 0..1
                return (max(maximum, 4) if step == 1 else maximum), step
        magnitude *= 10


class RatingChart(QObject):
    """Owns the chart, its series and axes; ``show(outcome)`` draws a race's overall rating."""

    def __init__(self, font: QFont, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setBackgroundRoundness(0)
        # the race is named in the combo box above: the room goes to the bars and their names
        self.chart.setMargins(QMargins(4, 4, 8, 4))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        # the names the dashboard's translations already have
        self.ranked_bars = QBarSet(translate("BranchWindow", "Ranked"))
        self.ranked_bars.setColor(QColor("#1F5FBF"))
        self.excluded_bars = QBarSet(translate("BranchWindow", "Excluded (not ranked)"))
        self.excluded_bars.setColor(GREY)
        self.series = QHorizontalStackedBarSeries()
        self.series.append(self.ranked_bars)
        self.series.append(self.excluded_bars)
        self.chart.addSeries(self.series)
        self.axis_names = QBarCategoryAxis()
        self.axis_votes = QCategoryAxis()
        self.axis_votes.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.axis_votes.setStartValue(0)
        self.chart.addAxis(self.axis_names, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.axis_votes, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.axis_names)
        self.series.attachAxis(self.axis_votes)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        small = QFont(font)
        small.setPointSize(10)
        for axis in (self.axis_names, self.axis_votes):
            axis.setLabelsFont(small)
        self.chart.legend().setFont(small)
        self.chart.setTitleFont(small)
        self.view = QChartView(self.chart, parent)
        self.view.setObjectName("ratingChart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._set_axis(0)

    def show(self, outcome) -> None:
        overall = list(outcome.ratings.overall)
        shown = overall[:MOST_BARS]
        # best at the top: a horizontal bar axis lists its first category at the bottom
        rows = list(reversed(shown))
        for bars in (self.ranked_bars, self.excluded_bars):
            bars.remove(0, bars.count())
        self.ranked_bars.append([float(0 if r.rank is None else r.total) for r in rows])
        self.excluded_bars.append([float(r.total if r.rank is None else 0) for r in rows])
        self.axis_names.clear()
        self.axis_names.append([f"{r.rank if r.rank is not None else '—'}{'=' if r.tied else ''} "
                                f"{r.candidate.surname}" for r in rows])
        self._set_axis(max((r.total for r in rows), default=0))
        self.chart.setTitle(self.tr("The first {shown} of {total} candidates").format(
            shown=len(shown), total=len(overall)) if len(shown) < len(overall) else "")

    def _set_axis(self, top: int) -> None:
        maximum, step = vote_axis(top)
        axis = self.axis_votes
        for label in axis.categoriesLabels():
            axis.remove(label)
        locale = QLocale()
        for value in range(0, maximum + 1, step):
            axis.append(locale.toString(value), value)
        axis.setRange(0, maximum)

    def totals(self) -> list[int]:
        """The length of each bar, bottom to top."""
        return [int(self.ranked_bars.at(i) + self.excluded_bars.at(i)) for i in range(self.ranked_bars.count())]

    def ticks(self) -> list[tuple[str, float]]:
        """(label, value) of every tick of the vote axis, left to right."""
        return [(label, self.axis_votes.endValue(label)) for label in self.axis_votes.categoriesLabels()]
