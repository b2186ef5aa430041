"""The strip under the window's header that says, during voting, when the next periodic sanitary
check is due: calm while there is time, amber in the last quarter of an hour, a red alarm once an
item is overdue. It reads the station's own clock, so a test moves time instead of waiting.

One line high: with the count sheet's tab, the window has no more room on a 768-pixel screen;
and no wider than the screen whatever the language. The headline takes the room it needs (cut
only when a language makes it longer than the line); the items that are due run on after it, cut
to the width left with an ellipsis. All of them are in the tooltip, in the checklist the banner
opens, and on the Sanitary tab."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from polling_station.domain.checklists import PeriodicStatus
from polling_station.ui import forms, style
from polling_station.ui import sanitary_text as stext
from polling_station.ui.context import DeskContext

REFRESH_MS = 30_000

QSS = """
#sanitaryBanner { border-bottom: 3px solid #1F5FBF; background: #EAF1FB; }
#sanitaryBanner QLabel { color: #0B2F6B; }
#sanitaryBanner[tone="warn"] { background: #FFF1D6; border-bottom: 3px solid #C77700; }
#sanitaryBanner[tone="warn"] QLabel { color: #5C3A00; }
#sanitaryBanner[tone="refused"] { background: #B3261E; border-bottom: 3px solid #6E1111; }
#sanitaryBanner[tone="refused"] QLabel { color: #FFFFFF; }
#bannerText { font-size: 15pt; font-weight: bold; }
#bannerItems { font-size: 13pt; }
#bannerButton { font-size: 12pt; font-weight: bold; padding: 3px 14px; }
#sanitaryBanner[tone="refused"] #bannerButton { color: #8E1B1B; border-color: #FFFFFF; }
"""


class SanitaryBanner(QFrame):
    """Shown only while the station is open; ``activated`` asks for the periodic checklist."""

    activated = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sanitaryBanner")
        self.ctx = ctx
        self.status: PeriodicStatus | None = None
        self.headline = ""
        self.items = ""  # the due items in full; the label shows as much as fits
        self.setStyleSheet(QSS)
        self.form = forms.load("sanitary_banner", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.text_label = forms.child(self.form, QLabel, "bannerText")
        self.items_label = forms.child(self.form, QLabel, "bannerItems")
        self.button = forms.child(self.form, QPushButton, "bannerButton")
        self.button.clicked.connect(self.activated.emit)
        self.items_label.installEventFilter(self)
        self.text_label.installEventFilter(self)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.changed.connect(self.refresh)
        ctx.session_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        station = self.ctx.station
        if station.closed:  # a late language change or timer after the file was closed
            return
        self.status = status = station.periodic_status() if station.state == "OPEN" else None
        if status is None:
            self.setVisible(False)
            return
        template = station.checklist_template("periodic")
        lang = self.ctx.messages.lang

        def names(ids) -> str:
            return " · ".join(stext.item_text(template, i, lang) for i in ids)

        if status.state == "overdue":
            # the longest overdue first: it is the one "since" names, and the line may be cut
            overdue = sorted(status.overdue_items, key=lambda i: status.due_at[i])
            since = status.due_at[overdue[0]]
            # the items are statements of a checklist ("The premises were aired"): say they are not done
            headline = self.tr("Sanitary check OVERDUE since {time}. Not done ({count}):").format(
                time=stext.clock_time(since), count=len(overdue))
            items = names(overdue)
            tone = style.REFUSED
        elif status.state == "due_soon":
            soon = min(status.due_at[i] for i in status.due_soon_items)
            headline = self.tr("Sanitary check due at {time}, soon:").format(time=stext.clock_time(soon))
            items = names(status.due_soon_items)
            tone = style.WARN
        else:
            headline = self.tr("Next disinfection check due at {time}.").format(
                time=stext.clock_time(status.next_due_at))
            items = ""
            tone = style.INFO
        may = self.ctx.may("checklist.run")
        if not may:
            headline = self.tr("{headline} Tell the chair or the secretary.").format(headline=headline)
        self.headline, self.items = headline, items
        # the headline's stretch takes the line up to its own length, and the items the rest
        self.text_label.setMaximumWidth(self.text_label.fontMetrics().horizontalAdvance(headline) + 4)
        self.items_label.setVisible(bool(items))
        self.button.setVisible(may)
        self.setToolTip("\n".join(
            self.tr("{item}: due at {time}").format(item=stext.item_text(template, i, lang),
                                                   time=stext.clock_time(status.due_at[i]))
            for i in template.ids))
        style.set_tone(self, tone)
        self.setVisible(True)
        # the labels' new widths now, not at the next event loop turn: the text is cut to them
        self.form.layout().activate()
        self._elide()

    def _elide(self) -> None:
        for label, full in ((self.text_label, self.headline), (self.items_label, self.items)):
            label.setText(label.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, max(label.width(), 0)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.items_label, self.text_label) and event.type() == QEvent.Type.Resize:
            self._elide()
        return False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.refresh)
        super().changeEvent(event)
