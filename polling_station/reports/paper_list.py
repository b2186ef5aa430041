"""The paper fallback: this precinct's roll with check-in marks, as a landscape A4 PDF.

If the laptop fails during the voting day, the commission goes on with this printout: a clerk
writes the time and their initials and the voter signs. Afterwards the written check-ins are
backfilled with their original times (``station checkin --from FILE``).

``build_paper_list`` turns the station's rows into a ``PaperListModel`` (pure: it decides each
member's mark with ``domain.eligibility`` and orders members with ``domain.names``);
``render_paper_list`` draws it.

Decisions:
- Drawn straight on the canvas with a fixed row height rather than as a platypus Table: at
  3,000 members the page count is known before drawing (so «page X of Y» needs no second
  pass), rows never split, and 3,000 members draw in 2–3 s on a two-core machine.
- Every page repeats the column header, the snapshot time (check-ins made after it are not on
  the paper), the first and last surname on the page (to leaf through 100 pages like a
  dictionary) and the legend, because pages get separated at a busy desk.
- A grey cell means «do not issue a ballot here»: the member already has a live check-in, or may
  not receive a ballot (suspended, joined after the cutoff, voted online under ``refuse``).
  A voided check-in is struck through and the row stays open, since the member may come again.
- Kazakh first, Russian second, in every heading (as on the ballots and the protocol). Text too
  wide for its cell is first narrowed (to 80 %), then made smaller: never cut.
- Fonts: the shipped DejaVu Sans, registered by the protocol renderer and embedded as subsets;
  the canvas starts in DejaVu so no unembedded Helvetica reference is written. ``invariant``:
  the same model gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass
from typing import Iterable, Mapping, Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from polling_station.domain import eligibility, names
from polling_station.reports.protocol_pdf import FONT, FONT_BOLD, FONT_MONO, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN_X = 10 * mm
MARGIN_TOP = 8 * mm
MARGIN_BOTTOM = 7 * mm
HEADER_HEIGHT = 16 * mm        # title, election, precinct, snapshot time, guide words
INTRO_HEIGHT = 23 * mm         # page 1 only: counts and what to do with the list
COLUMN_HEAD_HEIGHT = 10.5 * mm
FOOTER_HEIGHT = 10 * mm        # legend and page number
ROW_HEIGHT = 6.6 * mm          # room for a signature; 24 rows a page, 3,000 members on 125 pages

BLACK = colors.black
GREY = colors.HexColor("#4a4a4a")
RULE = colors.HexColor("#8a9096")
LIGHT = colors.HexColor("#e9ecef")
ZEBRA = colors.HexColor("#f4f5f6")
BLOCKED = colors.HexColor("#c4c4c4")   # still distinct from the zebra on a black-and-white laser

# (kk, ru, width); the last column takes what remains of the page
COLUMNS = (
    ("№", "", 10 * mm),
    ("ЖСН", "ИИН", 24 * mm),
    ("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", 67 * mm),
    ("Туған күні", "Дата рождения", 19 * mm),
    ("Ескертпе", "Примечание", 43 * mm),
    ("Компьютердегі белгі", "Отметка в компьютере", 40 * mm),
    ("Уақыты (сағ:мин)", "Время (чч:мм)", 19 * mm),
    ("Берген мүше (инициалы)", "Выдал (инициалы)", 20 * mm),
    ("Дауыс берушінің қолы", "Подпись голосующего", None),
)
HANDWRITTEN = (6, 7, 8)

# what a mark in the «note» column says, Kazakh then Russian
NOTE_TEXT = {
    "suspended": ("Мүшелігі тоқтатылған", "Членство приостановлено"),
    "joined_after_cutoff": ("Кесімнен кейін кірген {date}", "Вступил(а) после отсечки {date}"),
    "voted_online_refused": ("Онлайн дауыс берген {at}", "Голосовал(а) онлайн {at}"),
    "voted_online_warning": ("! Онлайн дауыс берген {at}", "! Голосовал(а) онлайн {at}"),
}
REFUSAL_NOTES = {"eligibility.suspended": "suspended", "eligibility.joined_after_cutoff": "joined_after_cutoff",
                 "eligibility.voted_online_refused": "voted_online_refused"}


# ── the model ──────────────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class CheckMark:
    at: dt.datetime
    receipt: str
    backfilled: bool = False
    voided_at: dt.datetime | None = None


@dataclass(frozen=True)
class PaperRow:
    number: int
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: dt.date | None
    note: str | None = None                 # a key of NOTE_TEXT
    joined_on: dt.date | None = None
    online_at: dt.datetime | None = None
    no_ballot: bool = False                 # not to receive a ballot whatever happens today
    checkin: CheckMark | None = None        # the live check-in
    voided: tuple[CheckMark, ...] = ()

    @property
    def blocked(self) -> bool:
        """The handwritten columns are not to be filled in."""
        return self.no_ballot or self.checkin is not None


@dataclass(frozen=True)
class PaperListModel:
    precinct_id: str
    precinct_name: str
    precinct_address: str
    election_title_kk: str
    election_title_ru: str
    voting_day: dt.date
    generated_at: dt.datetime
    online_policy: str
    rows: tuple[PaperRow, ...]

    @property
    def checked_in(self) -> int:
        return sum(1 for r in self.rows if r.checkin is not None)

    @property
    def voided(self) -> int:
        return sum(len(r.voided) for r in self.rows)

    @property
    def no_ballot(self) -> int:
        return sum(1 for r in self.rows if r.no_ballot)

    @property
    def voted_online(self) -> int:
        return sum(1 for r in self.rows if r.online_at is not None)


class MemberLike(eligibility.MemberLike, Protocol):
    birth_date: dt.date | None


def _when(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def build_paper_list(*, election, precinct, generated_at: dt.datetime, members: Iterable[MemberLike],
                     checkins: Iterable[Mapping], online: Mapping[str, dt.datetime]) -> PaperListModel:
    """The list as it stands at ``generated_at``: members of ``precinct`` in Kazakh order.

    ``checkins`` are rows with ``iin, at, receipt, backfilled, voided_at`` (as ``Station.checkins``
    gives them); ``online`` maps an IIN to its online voting time."""
    live: dict[str, CheckMark] = {}
    voided: dict[str, list[CheckMark]] = {}
    for c in checkins:
        mark = CheckMark(_when(c["at"]), c["receipt"], bool(c.get("backfilled")),
                         _when(c["voided_at"]) if c.get("voided_at") else None)
        if mark.voided_at is None:
            live[c["iin"]] = mark
        else:
            voided.setdefault(c["iin"], []).append(mark)
    ours = [m for m in members if m.precinct == precinct.id]
    ours.sort(key=lambda m: (names.person_key(m.surname, m.given_name, m.patronymic), m.iin))
    rows = []
    for number, m in enumerate(ours, start=1):
        # prior=None: whether the member may receive a ballot at all; a check-in is shown on its own
        decision = eligibility.decide(
            iin=m.iin, member=m, station_precinct=precinct.id, station_state="OPEN", officer_role=None,
            roll_cutoff=election.roll_cutoff, policy=election.online_double_vote_policy, prior=None,
            online_voted_at=online.get(m.iin))
        note = REFUSAL_NOTES.get(decision.refusal.code) if decision.refusal else None
        if note is None and any(w.code == "eligibility.voted_online_warning" for w in decision.warnings):
            note = "voted_online_warning"
        rows.append(PaperRow(
            number=number, iin=m.iin, surname=m.surname, given_name=m.given_name, patronymic=m.patronymic or "",
            birth_date=m.birth_date, note=note,
            joined_on=m.joined_on if note == "joined_after_cutoff" else None,
            online_at=online.get(m.iin), no_ballot=not decision.allowed, checkin=live.get(m.iin),
            voided=tuple(sorted(voided.get(m.iin, ()), key=lambda v: v.at))))
    title = election.title
    return PaperListModel(
        precinct_id=precinct.id, precinct_name=precinct.name, precinct_address=precinct.address or "",
        election_title_kk=title.get("kk") or title.get("ru") or election.id,
        election_title_ru=title.get("ru") or title.get("kk") or election.id,
        voting_day=election.voting_day, generated_at=generated_at,
        online_policy=election.online_double_vote_policy, rows=tuple(rows))


# ── text helpers ───────────────────────────────────────────────────────────────────────────────

def _w(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def _fit_size(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size ≤ ``size`` at which ``text`` fits ``width`` (never below ``smallest``)."""
    natural = _w(text, font, size)
    if natural <= width:
        return size
    return max(smallest, size * width / natural)


CONDENSED = 0.8  # letters narrowed this far keep their height: easier to read than a smaller size


def _fitted(c: Canvas, x: float, y: float, text: str, font: str, size: float, width: float,
            smallest: float = 4.5, centre: bool = False) -> tuple[float, float]:
    """Draw ``text`` within ``width`` from ``x`` (or centred in it): narrowed first, then smaller.
    Returns (drawn width, size)."""
    natural = _w(text, font, size)
    scale = 1.0
    if natural > width:
        scale = max(CONDENSED, width / natural)
        if natural * scale > width:
            size = max(smallest, size * width / (natural * scale))
    drawn = _w(text, font, size) * scale
    t = c.beginText(x + (width - drawn) / 2 if centre else x, y)
    t.setFont(font, size)
    if scale != 1.0:
        t.setHorizScale(scale * 100)
    t.textOut(text)
    if scale != 1.0:
        t.setHorizScale(100)  # Tz outlives the text object in the PDF's graphics state
    c.drawText(t)
    return drawn, size


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and _w(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + ([line] if line else [])


def _number(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def _offset(t: dt.datetime) -> str:
    off = t.utcoffset()
    if off is None:
        return ""
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f" (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"


def _clock(t: dt.datetime, day: dt.date) -> str:
    """HH:MM as recorded (as the check-in screen showed it); the date too when not the voting day."""
    return t.strftime("%H:%M") if t.date() == day else t.strftime("%d.%m %H:%M")


# ── drawing ────────────────────────────────────────────────────────────────────────────────────

class Layout:
    """Where things are on every page (points, PDF coordinates: y grows upwards)."""

    def __init__(self) -> None:
        widths = [w for *_, w in COLUMNS if w is not None]
        rest = PAGE_WIDTH - 2 * MARGIN_X - sum(widths)
        self.widths = [w if w is not None else rest for *_, w in COLUMNS]
        self.x = [MARGIN_X]
        for w in self.widths:
            self.x.append(self.x[-1] + w)
        self.table_top = PAGE_HEIGHT - MARGIN_TOP - HEADER_HEIGHT
        self.table_bottom = MARGIN_BOTTOM + FOOTER_HEIGHT

    def rows_top(self, first: bool) -> float:
        return self.table_top - (INTRO_HEIGHT if first else 0) - COLUMN_HEAD_HEIGHT

    def rows_fitting(self, first: bool) -> int:
        return int((self.rows_top(first) - self.table_bottom) // ROW_HEIGHT)

    def row_box(self, first: bool, index: int) -> tuple[float, float, float, float]:
        """Row ``index`` of a page as (left, top, width, height), measured from the page's
        top-left corner as poppler's tools measure it."""
        top = PAGE_HEIGHT - self.rows_top(first) + index * ROW_HEIGHT
        return self.x[0], top, self.x[-1] - self.x[0], ROW_HEIGHT


LAYOUT = Layout()


def _pages(rows: tuple[PaperRow, ...], page: Layout) -> list[tuple[PaperRow, ...]]:
    first, other = page.rows_fitting(True), page.rows_fitting(False)
    chunks = [rows[:first]]
    rest = rows[first:]
    for i in range(math.ceil(len(rest) / other)):
        chunks.append(rest[i * other:(i + 1) * other])
    return chunks


TITLE_KK = "Партия мүшелерінің тізімі — қағаздағы қосалқы нұсқа"
TITLE_RU = "Список членов партии — резервный бумажный экземпляр"


def _header(c: Canvas, model: PaperListModel, chunk: tuple[PaperRow, ...]) -> None:
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    y = PAGE_HEIGHT - MARGIN_TOP - 4 * mm
    precinct = f"Учаске / Участок № {model.precinct_id}"
    c.setFillColor(BLACK)
    c.setFont(FONT_BOLD, 12)
    c.drawRightString(right, y, precinct)
    room = right - left - _w(precinct, FONT_BOLD, 12) - 10 * mm
    title_kk, title_ru = TITLE_KK + "  /  ", TITLE_RU
    natural = _w(title_kk, FONT_BOLD, 11.5) + _w(title_ru, FONT, 11.5)
    size = min(11.5, 11.5 * room / natural)
    c.setFont(FONT_BOLD, size)
    c.drawString(left, y, title_kk)
    c.setFont(FONT, size)
    c.drawString(left + _w(title_kk, FONT_BOLD, size), y, title_ru)

    y -= 4.8 * mm
    stamp = f"{model.generated_at:%d.%m.%Y %H:%M}{_offset(model.generated_at)}"
    snapshot = f"Жағдай бойынша / По состоянию на: {stamp}"
    c.setFont(FONT_BOLD, 9.5)
    c.drawRightString(right, y, snapshot)
    place = f"{model.precinct_name}, {model.precinct_address}" if model.precinct_address else model.precinct_name
    room = right - left - _w(snapshot, FONT_BOLD, 9.5) - 8 * mm
    c.setFont(FONT, _fit_size(place, FONT, 8, room, 5.5))
    c.drawString(left, y, place)

    y -= 4.6 * mm
    guide_width = 0.0
    if chunk:
        guide = f"{chunk[0].surname} … {chunk[-1].surname}"
        label = "Осы бетте / На этой странице:"
        c.setFont(FONT_BOLD, 10)
        c.drawRightString(right, y, guide)
        c.setFont(FONT, 7.5)
        c.setFillColor(GREY)
        c.drawRightString(right - _w(guide, FONT_BOLD, 10) - 1.5 * mm, y, label)
        guide_width = _w(guide, FONT_BOLD, 10) + 1.5 * mm + _w(label, FONT, 7.5)
    election = f"{model.election_title_kk} / {model.election_title_ru}"
    room = right - left - guide_width - 8 * mm
    c.setFillColor(GREY)
    c.setFont(FONT, _fit_size(election, FONT, 7.5, room, 5))
    c.drawString(left, y, election)
    c.setFillColor(BLACK)


def _intro(c: Canvas, model: PaperListModel, top: float) -> None:
    """Page 1: the counts and what to do with the list."""
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    stamp = f"{model.generated_at:%d.%m.%Y %H:%M}"
    counts = [
        ("Тізімде / В списке", len(model.rows)),
        ("Бюллетень берілген / Выдано", model.checked_in),
        ("Жойылған белгі / Аннулировано", model.voided),
        ("Құқығы жоқ / Без права", model.no_ballot),
        ("Онлайн дауыс берген / Голосовали онлайн", model.voted_online),
    ]
    gap = 6 * mm
    natural = sum(_w(f"{label}: ", FONT, 8.5) + _w(_number(n), FONT_BOLD, 9.5) for label, n in counts)
    scale = min(1.0, (right - left - gap * (len(counts) - 1)) / natural)
    y = top - 4 * mm
    x = left
    for label, n in counts:
        c.setFont(FONT, 8.5 * scale)
        c.drawString(x, y, f"{label}: ")
        x += _w(f"{label}: ", FONT, 8.5 * scale)
        c.setFont(FONT_BOLD, 9.5 * scale)
        c.drawString(x, y, _number(n))
        x += _w(_number(n), FONT_BOLD, 9.5 * scale) + gap

    refuse = model.online_policy == "refuse"
    kk = ("Компьютер істен шықса, осы тізіммен жұмыс істеңіз: бюллетень бергенде уақытты (сағ:мин) және өз "
          "инициалыңызды жазыңыз, дауыс берушіге қол қойғызыңыз. Кейін бұл белгілер компьютерге бастапқы "
          "уақытымен енгізіледі. " + ("Онлайн дауыс берген мүшеге бюллетень берілмейді." if refuse else
                                     "Онлайн дауыс берген мүшеге («!») бюллетень беріледі, онлайн дауысы "
                                     "филиалда жойылады."))
    ru = ("Если компьютер вышел из строя, работайте по этому списку: при выдаче бюллетеня впишите время "
          "(чч:мм) и свои инициалы, получите подпись голосующего. Позже эти отметки вносятся в компьютер с "
          "исходным временем. " + ("Проголосовавшему онлайн бюллетень не выдаётся." if refuse else
                                   "Проголосовавшему онлайн («!») бюллетень выдаётся, онлайн-голос "
                                   "аннулируется в филиале."))
    half = (right - left - gap) / 2
    # three lines a language, so the table starts where the page count assumed it would
    size = 7.5
    while size > 5.5 and max(len(_wrap(t, FONT, size, half)) for t in (kk, ru)) > 3:
        size -= 0.25
    y -= 4.2 * mm
    for x, text, colour in ((left, kk, BLACK), (left + half + gap, ru, GREY)):
        c.setFillColor(colour)
        c.setFont(FONT, size)
        for n, line in enumerate(_wrap(text, FONT, size, half)):
            c.drawString(x, y - n * 3.2 * mm, line)
    c.setFillColor(BLACK)
    warning = (f"{stamp} кейінгі тіркеулер бұл тізімде белгіленбеген: күмән болса, төрағаға айтыңыз.  /  "
               f"Регистрации после {stamp} в этом списке не отмечены: при сомнении — к председателю.")
    y -= 3 * 3.2 * mm + 0.8 * mm
    c.setFont(FONT_BOLD, _fit_size(warning, FONT_BOLD, 8, right - left, 5.5))
    c.drawString(left, y, warning)


def _column_heads(c: Canvas, page: Layout, top: float) -> None:
    bottom = top - COLUMN_HEAD_HEIGHT
    c.setFillColor(LIGHT)
    c.rect(MARGIN_X, bottom, page.x[-1] - MARGIN_X, COLUMN_HEAD_HEIGHT, stroke=0, fill=1)
    for i, (kk, ru, _) in enumerate(COLUMNS):
        width = page.widths[i] - 2 * mm
        if i in HANDWRITTEN:
            c.setFillColor(colors.HexColor("#d8e2ee"))  # the columns to write in stand out
            c.rect(page.x[i], bottom, page.widths[i], COLUMN_HEAD_HEIGHT, stroke=0, fill=1)
        for size in (7, 6.5, 6):
            room = width / CONDENSED
            lines = [(FONT_BOLD, BLACK, line) for line in _wrap(kk, FONT_BOLD, size, room)]
            lines += [(FONT, GREY, line) for line in _wrap(ru, FONT, size, room)]
            if len(lines) * (size + 1) <= COLUMN_HEAD_HEIGHT - 2:
                break
        leading = size + 1
        y = top - (COLUMN_HEAD_HEIGHT - len(lines) * leading) / 2 - size
        for font, colour, line in lines:
            c.setFillColor(colour)
            _fitted(c, page.x[i] + mm, y, line, font, size, width, centre=True)
            y -= leading
    c.setFillColor(BLACK)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.rect(MARGIN_X, bottom, page.x[-1] - MARGIN_X, COLUMN_HEAD_HEIGHT, stroke=1, fill=0)
    for x in page.x[1:-1]:
        c.line(x, bottom, x, top)


def _name_cell(c: Canvas, row: PaperRow, x: float, width: float, y_mid: float) -> None:
    rest = " ".join(p for p in (row.given_name, row.patronymic) if p)
    size = 8.5
    one_line = _w(row.surname, FONT_BOLD, size) + (_w(" " + rest, FONT, size) if rest else 0)
    if one_line * CONDENSED <= width or not rest:
        if not rest:
            _fitted(c, x, y_mid - size * 0.35, row.surname, FONT_BOLD, size, width)
            return
        scale = min(1.0, width / one_line)
        t = c.beginText(x, y_mid - size * 0.35)
        if scale != 1.0:
            t.setHorizScale(scale * 100)
        t.setFont(FONT_BOLD, size)
        t.textOut(row.surname + " ")
        t.setFont(FONT, size)
        t.textOut(rest)
        if scale != 1.0:
            t.setHorizScale(100)
        c.drawText(t)
        return
    # a long name: surname above, given name and patronymic below, never cut
    _fitted(c, x, y_mid + 1.2, row.surname, FONT_BOLD, 7.5, width)
    _fitted(c, x, y_mid - 6.6, rest, FONT, 7.5, width)


def _two_lines(c: Canvas, first: tuple[str, str, float], second: tuple[str, str, float] | None, x: float,
               width: float, y_mid: float, colour=BLACK, second_colour=GREY) -> list[tuple[float, float, float, float]]:
    """One or two lines centred vertically in a row; returns each line's (x, baseline, width, size)."""
    drawn = []
    if second is None:
        baselines = [y_mid - first[2] * 0.35]
    else:
        baselines = [y_mid + 1.0, y_mid - 0.93 * second[2] - 0.2]
    for (text, font, size), y, tone in zip((first, second), baselines, (colour, second_colour)):
        c.setFillColor(tone)
        line_width, size = _fitted(c, x, y, text, font, size, width)
        drawn.append((x, y, line_width, size))
    c.setFillColor(BLACK)
    return drawn


def _note_cell(c: Canvas, row: PaperRow, model: PaperListModel, x: float, width: float, y_mid: float) -> None:
    if row.note is None:
        return
    kk, ru = NOTE_TEXT[row.note]
    params = {"date": f"{row.joined_on:%d.%m.%Y}" if row.joined_on else "",
              "at": f"{row.online_at:%d.%m %H:%M}" if row.online_at else ""}
    font = FONT_BOLD if row.no_ballot else FONT
    _two_lines(c, (kk.format(**params), font, 7.5), (ru.format(**params), FONT, 7), x, width, y_mid)


def _checkin_cell(c: Canvas, row: PaperRow, model: PaperListModel, x: float, width: float, y_mid: float) -> None:
    def clock(mark: CheckMark) -> str:
        return _clock(mark.at, model.voting_day)

    last_void = row.voided[-1] if row.voided else None
    if row.checkin is not None:
        # the tick and the time are what a clerk looks for; the receipt is for the backfill
        first = (f"✓ {clock(row.checkin)}", FONT_BOLD, 9.5)
        if last_void is not None:
            # the strike says «voided» (the legend too): no words, so the line stays legible
            struck = f"{clock(last_void)} № {last_void.receipt}"
            receipt = f"№ {row.checkin.receipt}"
            c.setFont(FONT, 7)
            c.drawRightString(x + width, y_mid + 1.0, receipt)
            (_, (sx, sy, sw, size)) = _two_lines(c, first, (struck, FONT, 7), x, width, y_mid)
            _strike(c, sx, sy, sw, size)
            return
        second = f"№ {row.checkin.receipt}" + ("  қағаздан / с бумаги" if row.checkin.backfilled else "")
        _two_lines(c, first, (second, FONT, 7), x, width, y_mid)
        return
    if last_void is not None:
        struck = f"{clock(last_void)} № {last_void.receipt}"
        more = f"  (+{len(row.voided) - 1})" if len(row.voided) > 1 else ""
        ((fx, fy, fw, size), _) = _two_lines(c, (struck + more, FONT, 8),
                                             ("белгі жойылды / отметка снята", FONT_BOLD, 7), x, width, y_mid,
                                             second_colour=BLACK)
        _strike(c, fx, fy, fw, size)


def _strike(c: Canvas, x: float, baseline: float, width: float, size: float) -> None:
    c.saveState()
    c.setLineWidth(0.7)
    c.setStrokeColor(BLACK)
    y = baseline + size * 0.32
    c.line(x - 0.5, y, x + width + 0.5, y)
    c.restoreState()


def _rows(c: Canvas, model: PaperListModel, page: Layout, chunk: tuple[PaperRow, ...], top: float) -> None:
    pad = 1.4 * mm
    total_width = page.x[-1] - MARGIN_X
    for i, row in enumerate(chunk):
        y_top = top - i * ROW_HEIGHT
        y_bottom = y_top - ROW_HEIGHT
        y_mid = y_bottom + ROW_HEIGHT / 2
        if row.number % 2 == 0:
            c.setFillColor(ZEBRA)
            c.rect(MARGIN_X, y_bottom, total_width, ROW_HEIGHT, stroke=0, fill=1)
        if row.blocked:
            c.setFillColor(BLOCKED)
            c.rect(page.x[HANDWRITTEN[0]], y_bottom, page.x[-1] - page.x[HANDWRITTEN[0]], ROW_HEIGHT, stroke=0, fill=1)
        c.setFillColor(BLACK)
        c.setFont(FONT, 7.5)
        c.drawRightString(page.x[1] - pad, y_mid - 2.6, str(row.number))
        c.setFont(FONT_MONO, 8.5)
        c.drawString(page.x[1] + pad, y_mid - 3, row.iin)
        _name_cell(c, row, page.x[2] + pad, page.widths[2] - 2 * pad, y_mid)
        c.setFont(FONT, 8)
        c.drawString(page.x[3] + pad, y_mid - 2.8, f"{row.birth_date:%d.%m.%Y}" if row.birth_date else "—")
        _note_cell(c, row, model, page.x[4] + pad, page.widths[4] - 2 * pad, y_mid)
        _checkin_cell(c, row, model, page.x[5] + pad, page.widths[5] - 2 * pad, y_mid)
    bottom = top - len(chunk) * ROW_HEIGHT
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    for i in range(1, len(chunk) + 1):
        y = top - i * ROW_HEIGHT
        c.line(MARGIN_X, y, page.x[-1], y)
    for x in page.x:
        c.line(x, bottom, x, top)
    if not chunk:
        c.setFont(FONT, 9)
        c.drawString(MARGIN_X + 2 * mm, top - 6 * mm, "Бұл учаскенің тізімі бос. / Список этого участка пуст.")


def _footer(c: Canvas, model: PaperListModel, number: int, total: int) -> None:
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    y = MARGIN_BOTTOM + FOOTER_HEIGHT - 4 * mm
    legend = [
        "✓ 08:14 № 101-00001 — компьютерде тіркелген, бюллетень берілген. Сұр өріс — бюллетень БЕРМЕҢІЗ (берілген "
        "немесе құқығы жоқ). Сызылған белгі — тіркеу жойылған, мүше бюллетень ала алады. «!» — онлайн дауыс берген.",
        "✓ 08:14 № 101-00001 — отмечен в компьютере, бюллетень выдан. Серое поле — бюллетень НЕ ВЫДАВАТЬ (уже выдан "
        "или нет права). Зачёркнутая отметка — регистрация аннулирована, бюллетень можно выдать. «!» — голосовал онлайн.",
    ]
    c.setFillColor(GREY)
    for line in legend:
        c.setFont(FONT, _fit_size(line, FONT, 6.6, right - left, 5))
        c.drawString(left, y, line)
        y -= 2.9 * mm
    y = MARGIN_BOTTOM
    stamp = f"{model.generated_at:%d.%m.%Y %H:%M:%S}{_offset(model.generated_at)}"
    c.setFont(FONT, 7)
    c.drawString(left, y, f"Учаске / Участок № {model.precinct_id} · Жасалған уақыты / Сформирован: {stamp}")
    c.setFillColor(BLACK)
    c.setFont(FONT_BOLD, 8.5)
    c.drawRightString(right, y, f"бет {number} / {total} — стр. {number} из {total}")


def render_paper_list(model: PaperListModel) -> bytes:
    """The PDF bytes of the paper list."""
    register_fonts()
    page = LAYOUT
    chunks = _pages(model.rows, page)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1,
               initialFontName=FONT, initialFontSize=8, lang="kk")
    c.setTitle(f"Тізім / Список — № {model.precinct_id}, {model.generated_at:%d.%m.%Y %H:%M}")
    c.setSubject(model.election_title_ru)
    c.setCreator("Polling Station")
    for number, chunk in enumerate(chunks, start=1):
        _header(c, model, chunk)
        top = page.rows_top(number == 1)
        if number == 1:
            _intro(c, model, page.table_top)
        _column_heads(c, page, top + COLUMN_HEAD_HEIGHT)
        _rows(c, model, page, chunk, top)
        _footer(c, model, number, len(chunks))
        c.showPage()
    c.save()
    return buffer.getvalue()
