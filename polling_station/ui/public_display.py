"""The public display: the enlarged public copy of the protocol, for a projector or a large screen.

It shows, race by race, the protocol lines as soon as both entries of a race agree, in large
type, in Kazakh and in Russian at once. Its words are fixed in both state languages rather than
translated into the desk's language: observers and members in the room read it, not the clerk.
It catches up by itself when anything is recorded (by this desk, another one, or the command
line), and turns the pages when there are several races.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from polling_station.domain import names
from polling_station.ui import forms, style

POLL_MS = 3_000
PAGE_MS = 15_000
# more candidates than this go on further pages of the race, each with lines 1–8 beside them
CANDIDATES_PER_PAGE = 12

# (kk, ru) for protocol lines 1–8: the words of the ballot-accounting rules, as on the paper protocol
LINE_LABELS = {
    1: ("Тізімге енгізілген партия мүшелері", "Члены партии, включённые в список"),
    2: ("Алынған бюллетеньдер", "Получено бюллетеней"),
    3: ("Берілген бюллетеньдер", "Выдано бюллетеней"),
    4: ("Бүлінген (ауыстырылған) бюллетеньдер", "Испорченные (заменённые) бюллетени"),
    5: ("Пайдаланылмаған (өтелген) бюллетеньдер", "Неиспользованные (погашенные) бюллетени"),
    6: ("Сайлау жәшігінен табылған бюллетеньдер", "Бюллетени, обнаруженные в ящике для голосования"),
    7: ("Жарамсыз бюллетеньдер", "Недействительные бюллетени"),
    8: ("Жарамды бюллетеньдер", "Действительные бюллетени"),
}
CANDIDATES_HEADING = ("Үміткерлерге берілген дауыстар", "Голоса, поданные за кандидатов")
COUNTING = ("Санау жүріп жатыр", "Идёт подсчёт")
# both entries of the count sheet agree: these are the protocol's numbers
AGREED = ("Хаттама жолдары келісілді", "Строки протокола согласованы")
CHOICES = ("Бір бюллетеньде {n} үміткерге дейін белгілеуге болады",
           "В бюллетене можно отметить до {n} кандидатов")
PENDING_VALUE = "—"

QSS = """
#PublicDisplay, #PublicDisplayForm, #racePages, #racePage { background: #FFFFFF; }
#displayHeader { background: #1F3A5F; }
#displayHeader QLabel { color: #FFFFFF; }
#displayTitle { font-size: 22pt; font-weight: bold; }
#precinctLabel { font-size: 14pt; color: #DCE6F2; }
#pageLabel { font-size: 18pt; font-weight: bold; }
#raceTitle { font-size: 22pt; font-weight: bold; color: #1F3A5F; }
#raceChoices { font-size: 13pt; color: #4A5968; }
#raceState { font-size: 15pt; font-weight: bold; padding: 4px 12px; border-radius: 4px; }
#raceState[tone="ok"] { color: #14532D; background: #E3F2E6; }
#raceState[tone="neutral"] { color: #5C3A00; background: #FFF1D6; }
#linesFrame, #candidatesFrame { border: 2px solid #B8C2CC; border-radius: 6px; background: #FFFFFF; }
#linesFrame QLabel, #candidatesFrame QLabel { border: none; }
QLabel[kind="lineNumber"] { font-size: 20pt; font-weight: bold; color: #4A5968; }
QLabel[kind="lineKk"] { font-size: 16pt; color: #111111; }
QLabel[kind="lineRu"] { font-size: 13pt; color: #4A5968; }
QLabel[kind="lineValue"] { font-size: 28pt; font-weight: bold; color: #111111; }
#candidatesHeadingKk { font-size: 17pt; font-weight: bold; color: #1F3A5F; }
#candidatesHeadingRu { font-size: 14pt; font-weight: bold; color: #4A5968; }
QLabel[kind="candidateName"] { font-size: 17pt; color: #111111; }
QLabel[kind="candidateVotes"] { font-size: 26pt; font-weight: bold; color: #111111; }
"""


def _bilingual(pair: tuple[str, str], **params) -> str:
    kk, ru = pair
    return f"{kk.format(**params)} · {ru.format(**params)}"


def _number(n: int) -> str:
    # Kazakh and Russian both group thousands with a space; a narrow no-break one keeps it together
    return f"{n:,}".replace(",", "\u202f")


def _label(text: str, kind: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    if kind:
        label.setProperty("kind", kind)
    if name:
        label.setObjectName(name)
    return label


class _RacePage(QWidget):
    """One race, or one part of a long race: lines 1–8 on the left, votes per candidate on the right.

    ``first`` is the index of this page's first candidate in the race's Kazakh order."""

    def __init__(self, race, candidates, first: int = 0):
        super().__init__()
        self.setObjectName("racePage")
        self.race = race
        self.candidates = candidates
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 10, 24, 14)
        outer.setSpacing(8)

        title = _label(race.name, name="raceTitle")
        title.setWordWrap(True)
        outer.addWidget(title)
        under = QHBoxLayout()
        choices = _label(_bilingual(CHOICES, n=race.max_choices), name="raceChoices")
        choices.setWordWrap(True)
        under.addWidget(choices, 1)
        self.state = _label("", name="raceState")
        under.addWidget(self.state, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(under)

        body = QHBoxLayout()
        body.setSpacing(16)
        lines = QFrame()
        lines.setObjectName("linesFrame")
        grid = QGridLayout(lines)
        grid.setContentsMargins(14, 8, 14, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.line_values: dict[int, QLabel] = {}
        for row, (number, (kk, ru)) in enumerate(LINE_LABELS.items()):
            grid.addWidget(_label(str(number), "lineNumber"), row, 0, Qt.AlignmentFlag.AlignVCenter)
            words = QVBoxLayout()
            words.setSpacing(0)
            words.addWidget(_label(kk, "lineKk"))
            words.addWidget(_label(ru, "lineRu"))
            grid.addLayout(words, row, 1)
            value = _label(PENDING_VALUE, "lineValue", f"line{number}Public")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 2)
            self.line_values[number] = value
        body.addWidget(lines, 11)

        votes = QFrame()
        votes.setObjectName("candidatesFrame")
        cgrid = QGridLayout(votes)
        cgrid.setContentsMargins(14, 8, 14, 8)
        cgrid.setHorizontalSpacing(14)
        cgrid.setVerticalSpacing(2)
        cgrid.setColumnStretch(1, 1)
        cgrid.addWidget(_label(CANDIDATES_HEADING[0], name="candidatesHeadingKk"), 0, 0, 1, 3)
        cgrid.addWidget(_label(CANDIDATES_HEADING[1], name="candidatesHeadingRu"), 1, 0, 1, 3)
        self.vote_values: dict[str, QLabel] = {}
        first_line = len(LINE_LABELS) + 1 + first
        for i, c in enumerate(self.candidates):
            row = i + 2
            cgrid.addWidget(_label(str(first_line + i), "lineNumber"), row, 0)
            name = _label(names.full_name(c.surname, c.given_name, c.patronymic), "candidateName")
            name.setWordWrap(True)
            cgrid.addWidget(name, row, 1)
            value = _label(PENDING_VALUE, "candidateVotes", f"votes{c.id}Public")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cgrid.addWidget(value, row, 2)
            self.vote_values[c.id] = value
        cgrid.setRowStretch(len(self.candidates) + 2, 1)
        body.addWidget(votes, 10)
        outer.addLayout(body, 1)

    def show_status(self, status) -> None:
        if status.lines is None:
            self.state.setText(_bilingual(COUNTING))
            style.set_tone(self.state, style.NEUTRAL)
            for label in (*self.line_values.values(), *self.vote_values.values()):
                label.setText(PENDING_VALUE)
            return
        self.state.setText(_bilingual(AGREED))
        style.set_tone(self.state, style.OK)
        for number, label in self.line_values.items():
            label.setText(_number(status.lines.line(number)))
        for candidate_id, votes in status.lines.votes:
            if candidate_id in self.vote_values:
                self.vote_values[candidate_id].setText(_number(votes))


class PublicDisplay(QWidget):
    """A second window for the projector. ``refresh`` re-reads the station; it also runs by itself
    whenever the station changes, so the display never needs the desk's attention."""

    refreshed = Signal()

    def __init__(self, station, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.station = station
        self.setObjectName("PublicDisplay")
        self.form = forms.load("public_display", self)
        self.setWindowTitle(self.form.windowTitle())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.setStyleSheet(QSS)
        self.precinct_label = forms.child(self.form, QLabel, "precinctLabel")
        self.page_label = forms.child(self.form, QLabel, "pageLabel")
        self.pages = forms.child(self.form, QStackedWidget, "racePages")
        precinct = station.precinct
        self.precinct_label.setText(f"{precinct.name} · {precinct.address}" if precinct.address else precinct.name)
        self.race_pages: dict[str, list[_RacePage]] = {}
        for race in station.races:
            candidates = station.candidates(race.id)
            self.race_pages[race.id] = []
            for first in range(0, max(len(candidates), 1), CANDIDATES_PER_PAGE):
                page = _RacePage(race, candidates[first:first + CANDIDATES_PER_PAGE], first)
                self.pages.addWidget(page)
                self.race_pages[race.id].append(page)
        self.pages.currentChanged.connect(self._show_page_number)
        self._agreed: set[str] = set()
        self._revision = -1

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self._poll)
        self.page_timer = QTimer(self)
        self.page_timer.setInterval(PAGE_MS)
        self.page_timer.timeout.connect(self.next_page)
        self.refresh()
        self.poll_timer.start()
        self.page_timer.start()

    def refresh(self, *_args) -> None:
        self._revision = self.station.revision()
        statuses = self.station.count_statuses()
        for status in statuses:
            for page in self.race_pages[status.race]:
                page.show_status(status)
        agreed = {s.race for s in statuses if s.lines is not None}
        newly_agreed = next((s.race for s in statuses if s.race in agreed - self._agreed), None)
        self._agreed = agreed
        if newly_agreed is not None:
            # the room wants to see the count that was just agreed, not whatever page was up
            self.pages.setCurrentWidget(self.race_pages[newly_agreed][0])
            self.page_timer.start()
        self._show_page_number()
        self.refreshed.emit()

    def _poll(self) -> None:
        if self.station.revision() != self._revision:
            self.refresh()

    def next_page(self) -> None:
        if self.pages.count() > 1:
            self.pages.setCurrentIndex((self.pages.currentIndex() + 1) % self.pages.count())

    def _show_page_number(self, *_args) -> None:
        count = self.pages.count()
        self.page_label.setText(f"{self.pages.currentIndex() + 1} / {count}" if count > 1 else "")

    def show_on_best_screen(self) -> None:
        """Full screen on a second screen (the projector) when there is one, else a window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            here = self.parentWidget().screen() if self.parentWidget() else QGuiApplication.primaryScreen()
            other = next((s for s in screens if s is not here), screens[-1])
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            self.resize(1366, 768)
            self.show()

    def closeEvent(self, event) -> None:
        self.poll_timer.stop()
        self.page_timer.stop()
        super().closeEvent(event)
