"""Live turnout: the counters, check-ins per hour, and the ballots per race, all from the service.

The chart and the counters read the same service figures (voided check-ins excluded), so
their totals agree; a test holds them to it.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from polling_station.ui import forms, text
from polling_station.ui.context import DeskContext


MAX_FILLED_HOURS = 48  # two days of bars; a longer span shows only the hours with check-ins


def _hours(per_hour: list[tuple[str, int]]) -> list[tuple[dt.datetime, int]]:
    """Fill the hours without check-ins between the first and the last, so gaps show as gaps;
    over a longer span than two days (a station left open, a clock that was wrong) only the hours
    with check-ins get a bar, so the chart stays readable and cheap to draw."""
    counts = {dt.datetime.strptime(h, "%Y-%m-%dT%H"): n for h, n in per_hour}
    if not counts:
        return []
    hour, last = min(counts), max(counts)
    if last - hour > dt.timedelta(hours=MAX_FILLED_HOURS):
        return sorted(counts.items())
    out = []
    while hour <= last:
        out.append((hour, counts.get(hour, 0)))
        hour += dt.timedelta(hours=1)
    return out


class TurnoutController(QObject):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form = forms.load("turnout", parent)
        f = self.form
        self.values = {name: forms.child(f, QLabel, f"{name}Value")
                       for name in ("checkedIn", "turnout", "voided", "backfilled", "online")}
        self.notes = {name: forms.child(f, QLabel, f"{name}Note")
                      for name in ("checkedIn", "turnout", "voided", "backfilled", "online")}
        self.table = forms.child(f, QTableWidget, "reconciliationTable")
        header = self.table.horizontalHeader()
        # wrapped cells need their height again whenever a column's width settles
        header.sectionResized.connect(self.table.resizeRowsToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.series = QBarSeries()
        self.bars = QBarSet("")
        self.bars.setColor(QColor("#1F5FBF"))
        self.bars.setLabelColor(QColor("#111111"))
        self.series.append(self.bars)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart.addSeries(self.series)
        self.axis_x = QBarCategoryAxis()
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%d")
        label_font = QFont(f.font())
        label_font.setPointSize(12)
        for axis in (self.axis_x, self.axis_y):
            axis.setLabelsFont(label_font)
            axis.setLabelsBrush(QBrush(QColor("#111111")))
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.axis_x)
        self.series.attachAxis(self.axis_y)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("hourChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        host = forms.child(f, QFrame, "chartHost")
        host.layout().addWidget(self.chart_view)
        self.refresh()

    def refresh(self) -> None:
        station = self.ctx.station
        status = station.status()
        c = status["checkins"]
        self.values["checkedIn"].setText(text.number(c["live"]))
        self.values["turnout"].setText(text.percent(c["turnout_percent"]))
        self.values["voided"].setText(text.number(c["voided"]))
        self.values["backfilled"].setText(text.number(c["backfilled"]))
        self.values["online"].setText(text.number(c["also_voted_online"]))
        self.notes["checkedIn"].setText(self.tr("ballots issued, voids excluded"))
        self.notes["turnout"].setText(self.tr("of {eligible} eligible members").format(
            eligible=text.number(status["roll"]["eligible"])))
        self.notes["voided"].setText(self.tr("by the chair, with reasons"))
        self.notes["backfilled"].setText(self.tr("entered later from the paper list"))
        self.notes["online"].setText(self.tr("to be annulled online at the branch"))

        hours = _hours(station.checkins_per_hour())
        several_days = len({h.date() for h, _ in hours}) > 1
        categories = [h.strftime("%d.%m %H:00" if several_days else "%H:00") for h, _ in hours]
        self.bars.remove(0, self.bars.count())
        self.bars.append([float(n) for _, n in hours])
        self.axis_x.clear()
        self.axis_x.append(categories)
        top = max((n for _, n in hours), default=0)
        # head-room above the tallest bar for its label; whole numbers on the axis
        self.axis_y.setRange(0, max(4, top + max(1, top // 5)))
        self.axis_y.setTickCount(5)
        self.axis_y.applyNiceNumbers()

        races = status["races"]
        self.table.setRowCount(len(races))
        for row, race in enumerate(races):
            cells = [race["name"]] + [text.number(race[k]) for k in ("received", "issued", "spoiled", "remaining")]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 4 and race["remaining"] < 0:
                    item.setForeground(QBrush(QColor("#8E1B1B")))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def chart_total(self) -> int:
        return int(sum(self.bars.at(i) for i in range(self.bars.count())))
