"""The protocol on paper: an A4 PDF in Kazakh and Russian, rendered from ``ProtocolModel``.

Every page carries the precinct, the protocol's version, «бет X / Y — стр. X из Y», the one
signing time, the start of the machine-readable protocol's SHA-256 and lines for the chair's and
the secretary's signatures (regional practice: every page numbered and signed). The results page
ends with the commission's signature table, the full SHA-256 in groups and the QR code(s).

Decisions:
- Fonts: DejaVu Sans (regular, bold) and DejaVu Sans Mono from ``resources/fonts``, embedded as
  subsets; the canvas starts in DejaVu so no unembedded Helvetica reference is ever written.
- QR: the ``qrcode`` library computes the matrix (it chooses the smallest version, at most 25,
  at level M); the modules are drawn as vector rectangles, so print and screen stay sharp at any
  zoom and no raster image or ``reportlab.graphics`` font state is involved.
- The PDF carries ``protocol.json`` and ``protocol-qr.txt`` (the QR texts, one per line) as
  embedded files. Signed with the rest of the file, they let a verifier compare the QR and the
  machine-readable protocol without rasterising pages.
- ``invariant``: the same model renders to the same bytes (no clock, no random document id).
"""
from __future__ import annotations

import datetime as dt
import functools
import io
from xml.sax.saxutils import escape

import qrcode
import qrcode.constants
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from polling_station.paths import FONTS
from polling_station.reports.protocol_model import (QR_LEVEL, QR_MAX_VERSION, ProtocolModel, hash_groups,
                                                    qr_payloads, sha256_hex, to_machine_dict, to_machine_json)

FONT = "PS-DejaVuSans"
FONT_BOLD = "PS-DejaVuSans-Bold"
FONT_MONO = "PS-DejaVuSansMono"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_MONO: "DejaVuSansMono.ttf"}

ATTACHMENT_JSON = "protocol.json"
ATTACHMENT_QR = "protocol-qr.txt"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 27 * mm
QR_SIZE = 58 * mm          # the largest a code is printed (version 25: 0.46 mm a module)
QR_MIN_SIZE = 40 * mm
QR_MODULE = 0.55 * mm      # below this a phone camera at arm's length starts to struggle

GREY = colors.HexColor("#4a4a4a")
LIGHT = colors.HexColor("#e9ecef")
RULE = colors.HexColor("#9aa0a6")
WARN = colors.HexColor("#8a4b00")

# Line labels of the protocol (DESIGN §2); Kazakh first, as on the ballots.
LINE_LABELS = {
    1: ("Тізімге енгізілген партия мүшелерінің саны", "Число членов партии, внесённых в список"),
    2: ("Учаскелік комиссия алған бюллетеньдер саны", "Число бюллетеней, полученных участковой комиссией"),
    3: ("Дауыс берушілерге берілген бюллетеньдер саны", "Число бюллетеней, выданных голосующим"),
    4: ("Бүлінген (ауыстырылған) бюллетеньдер саны", "Число испорченных (заменённых) бюллетеней"),
    5: ("Пайдаланылмаған (өтелген) бюллетеньдер саны", "Число неиспользованных (погашенных) бюллетеней"),
    6: ("Сайлау жәшігінен табылған бюллетеньдер саны", "Число бюллетеней, обнаруженных в ящике для голосования"),
    7: ("Жарамсыз бюллетеньдер саны", "Число недействительных бюллетеней"),
    8: ("Жарамды бюллетеньдер саны", "Число действительных бюллетеней"),
}
ROLE_LABELS = {"chair": ("Төраға", "Председатель"), "secretary": ("Хатшы", "Секретарь"),
               "clerk": ("Комиссия мүшесі", "Член комиссии")}
ANSWER_LABELS = {"yes": ("Иә", "Да"), "no": ("Жоқ", "Нет"), "na": ("Қатысы жоқ", "Не применимо")}
ANSWER_MARKS = {"yes": "✓", "no": "✗", "na": "—"}
INCIDENT_KINDS = {
    "general": ("Жалпы", "Общее"), "disorder": ("Тәртіп бұзу", "Нарушение порядка"),
    "health": ("Денсаулық", "Здоровье"), "equipment": ("Жабдық", "Оборудование"),
    "ballots": ("Бюллетеньдер", "Бюллетени"), "complaint": ("Шағым", "Жалоба"),
    "power": ("Электр қуаты", "Электропитание"), "other": ("Басқа", "Другое"),
}
CHECKLIST_TITLES = {"opening": ("Ашылу алдындағы", "Перед открытием"),
                    "periodic": ("Мерзімді", "Периодическая"), "closing": ("Жабылу кезіндегі", "При закрытии")}
NONE = "Жоқ / Нет"


# ── fonts and styles ───────────────────────────────────────────────────────────────────────────

@functools.lru_cache(maxsize=None)
def register_fonts() -> None:
    """Register the shipped DejaVu fonts once per process (reportlab's registry is global)."""
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@functools.lru_cache(maxsize=None)
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "small_ru": ParagraphStyle("small_ru", parent=base, fontSize=7.5, leading=9.5, textColor=GREY),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                                alignment=TA_CENTER, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=13, alignment=TA_CENTER),
        "subtitle_ru": ParagraphStyle("subtitle_ru", parent=base, fontSize=10, leading=13, alignment=TA_CENTER,
                                      textColor=GREY),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6,
                             spaceAfter=3),
        "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=9.5),
        "number": ParagraphStyle("number", parent=base, fontName=FONT_BOLD, fontSize=11, leading=13,
                                 alignment=TA_RIGHT),
        "head_number": ParagraphStyle("head_number", parent=base, alignment=TA_RIGHT),
        "mono": ParagraphStyle("mono", parent=base, fontName=FONT_MONO, fontSize=10.5, leading=14),
        "center_small": ParagraphStyle("center_small", parent=base, fontSize=7.5, leading=9.5,
                                       alignment=TA_CENTER),
        "warn": ParagraphStyle("warn", parent=base, fontName=FONT_BOLD, textColor=WARN),
    }


def _p(text: str, style: str = "base") -> Paragraph:
    return Paragraph(text, _styles()[style])


def _bi(kk: str, ru: str, style: str = "base", sep: str = "<br/>") -> Paragraph:
    """Kazakh, then Russian in grey: the two languages stay visually distinct in every cell."""
    grey = "#4a4a4a"
    return _p(f'{escape(kk)}{sep}<font color="{grey}">{escape(ru)}</font>', style)


# ── time formatting ───────────────────────────────────────────────────────────────────────────

def _when(value: str, with_date: bool = True) -> str:
    if not value:
        return ""
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return t.strftime("%d.%m.%Y %H:%M") if with_date else t.strftime("%H:%M")


def _at(value: str, day: str) -> str:
    """A time of the voting day as HH:MM; any other moment with its date."""
    return _when(value, not _same_day(value, day))


def _day(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
    except ValueError:
        return value


def _offset(value: str) -> str:
    try:
        offset = dt.datetime.fromisoformat(value).utcoffset()
    except ValueError:
        return ""
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _same_day(value: str, day: str) -> bool:
    try:
        return dt.datetime.fromisoformat(value).date().isoformat() == day
    except ValueError:
        return False


# ── QR ─────────────────────────────────────────────────────────────────────────────────────────

_LEVELS = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
           "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of ``text`` in byte mode at level M, with the standard 4-module quiet zone."""
    code = qrcode.QRCode(version=None, error_correction=_LEVELS[QR_LEVEL], border=4)
    code.add_data(text.encode("ascii"), optimize=0)
    code.make(fit=True)
    if code.version > QR_MAX_VERSION:
        raise ValueError(f"QR payload needs version {code.version} (> {QR_MAX_VERSION})")
    return code.get_matrix()


class QrFlowable(Flowable):
    def __init__(self, matrix: list[list[bool]], size: float):
        super().__init__()
        self.matrix = matrix
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        n = len(self.matrix)
        module = self.size / n
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.black)
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + 1) * module
            start = None
            # A run of dark modules is one rectangle: fewer operators, no hairline seams.
            for col, dark in enumerate(row + [False]):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    canvas.rect(start * module, y, (col - start) * module, module, stroke=0, fill=1)
                    start = None
        canvas.restoreState()


# ── page furniture ─────────────────────────────────────────────────────────────────────────────

class _ProtocolCanvas(Canvas):
    """Defers each page until the page count is known, then draws header and footer on all."""

    furniture = None  # draw(canvas, page, total), set by render_protocol_pdf

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.furniture(self, number, total)
            super().showPage()
        super().save()


def _furniture(model: ProtocolModel, sha256: str):
    chair = model.chair
    secretary = next((m for m in model.commission if m.role == "secretary"), None)
    short_hash = hash_groups(sha256)[:19]
    signed = f"{_when(model.signed_at)} ({_offset(model.signed_at)})"

    def draw(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        top = PAGE_HEIGHT - 12 * mm
        canvas.setFillColor(GREY)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(left, top, "Хаттама / Протокол · сайлау учаскесі / избирательный участок "
                                     f"№ {model.precinct_id}")
        canvas.drawRightString(right, top, f"Нұсқа / Версия {model.version}")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)

        base = 10 * mm
        canvas.line(left, base + 12 * mm, right, base + 12 * mm)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, 7.5)
        y = base + 7.5 * mm
        chair_label = "Төраға / Председатель"
        secretary_label = "Хатшы / Секретарь"
        canvas.drawString(left, y, chair_label)
        x = left + canvas.stringWidth(chair_label, FONT, 7.5) + 2 * mm
        canvas.line(x, y - 0.8 * mm, x + 32 * mm, y - 0.8 * mm)
        if chair:
            canvas.setFont(FONT, 6)
            canvas.drawString(x, y - 3.5 * mm, chair.name)
            canvas.setFont(FONT, 7.5)
        x2 = x + 40 * mm
        canvas.drawString(x2, y, secretary_label)
        x3 = x2 + canvas.stringWidth(secretary_label, FONT, 7.5) + 2 * mm
        canvas.line(x3, y - 0.8 * mm, x3 + 32 * mm, y - 0.8 * mm)
        if secretary:
            canvas.setFont(FONT, 6)
            canvas.drawString(x3, y - 3.5 * mm, secretary.name)
        canvas.setFont(FONT_BOLD, 8)
        canvas.drawRightString(right, y, f"бет {number} / {total} — стр. {number} из {total}")
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(GREY)
        canvas.drawString(left, base, f"Қол қойылды / Подписан: {signed}")
        canvas.drawRightString(right, base, f"SHA-256 protocol.json: {short_hash} …")
        canvas.restoreState()

    return draw


def _attach(canvas: Canvas, files: list[tuple[str, bytes]]) -> None:
    """Embedded files (PDF 1.7 §7.11.4), in the name tree's required sorted order."""
    doc = canvas._doc
    entries = []
    for name, data in sorted(files):
        stream = pdfdoc.PDFStream(pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("EmbeddedFile"),
            "Params": pdfdoc.PDFDictionary({"Size": len(data)}),
        }), data)
        spec = pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("Filespec"), "F": pdfdoc.PDFString(name), "UF": pdfdoc.PDFString(name),
            "EF": pdfdoc.PDFDictionary({"F": doc.Reference(stream)}),
        })
        entries += [pdfdoc.PDFString(name), doc.Reference(spec)]
    canvas.setCatalogEntry("Names", pdfdoc.PDFDictionary({
        "EmbeddedFiles": pdfdoc.PDFDictionary({"Names": pdfdoc.PDFArray(entries)})}))


# ── the story ──────────────────────────────────────────────────────────────────────────────────

def _grid(data, widths, *, header_rows: int = 1, number_cols: tuple[int, ...] = (), zebra: bool = False,
          extra: list | None = None) -> Table:
    table = Table(data, colWidths=widths, repeatRows=header_rows)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT))
    for col in number_cols:
        style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    if zebra:
        for row in range(header_rows + 1, len(data), 2):
            style.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f7f8f9")))
    table.setStyle(TableStyle(style + (extra or [])))
    return table


def _heading(model: ProtocolModel) -> list:
    story = [
        _p("ХАТТАМА · ПРОТОКОЛ", "title"),
        _p("учаскелік сайлау комиссиясының дауыс беру қорытындылары туралы", "subtitle"),
        _p("участковой избирательной комиссии об итогах голосования", "subtitle_ru"),
        Spacer(1, 3 * mm),
        _p(f"<b>{escape(model.election_title.kk)}</b>", "subtitle"),
        _p(escape(model.election_title.ru), "subtitle_ru"),
        Spacer(1, 4 * mm),
    ]
    width = PAGE_WIDTH - 2 * MARGIN_X
    name = escape(model.precinct_name)
    precinct = f"<b>{name}</b>" if model.precinct_id in model.precinct_name else \
        f"<b>№ {escape(model.precinct_id)}</b> — {name}"
    rows = [
        [_bi("Сайлау учаскесі", "Избирательный участок"), _p(precinct)],
        [_bi("Мекенжайы", "Адрес"), _p(escape(model.precinct_address) or "—")],
        [_bi("Өңір", "Регион"), _p(escape(model.region_name))],
        [_bi("Дауыс беру күні", "День голосования"), _p(f"<b>{_day(model.voting_day)}</b>")],
        [_bi("Учаске ашылды", "Участок открыт"),
         _p(f"<b>{_when(model.opened_at)}</b> ({_offset(model.opened_at)})" if model.opened_at else "—")],
        [_bi("Учаске жабылды", "Участок закрыт"),
         _p(f"<b>{_when(model.closed_at)}</b> ({_offset(model.closed_at)})" if model.closed_at else "—")],
        [_bi("Хаттамаға қол қойылған уақыт", "Время подписания протокола"),
         _p(f"<b>{_when(model.signed_at)}</b> ({_offset(model.signed_at)})")],
    ]
    if model.version == 1:
        rows.append([_bi("Нұсқа", "Версия"), _p("<b>1</b>")])
    else:
        rows.append([_bi("Нұсқа", "Версия"),
                     _p(f"<b>{model.version}</b> — түзетілген хаттама / "
                        f'<font color="#4a4a4a">уточнённый протокол</font>')])
        rows.append([_bi("Түзету себебі", "Причина уточнения"), _p(f"<b>{escape(model.reason)}</b>")])
        for prior in model.supersedes:
            rows.append([_bi(f"{prior.version}-нұсқаны алмастырады", f"Заменяет версию {prior.version}"),
                         _p(f"{_when(prior.signed_at)}, SHA-256 "
                            f'<font name="{FONT_MONO}">{hash_groups(prior.sha256)[:39]} …</font>')])
    if model.signer is not None:
        rows.append([_bi("Хаттамаға қол қойған", "Протокол подписал"), _p(_signer_text(model.signer, bold=True))])
    if model.signer_change is not None:
        change = model.signer_change
        rows.append([_bi("Қол қоюшы ауыстырылды", "Смена подписанта"),
                     _p(f"{change.previous_version}-нұсқаға қол қойған / версию {change.previous_version} "
                        f"подписал: {_signer_text(change.previous)}<br/><b>{escape(change.reason)}</b>")])
    c = model.checkins
    rows.append([_bi("Бюллетень алған дауыс берушілер", "Выдано бюллетеней голосующим"),
                 _p(f"<b>{c.live}</b> · оның ішінде қағаз тізімнен кейін енгізілген / в том числе внесено позже "
                    f"с бумажного списка: {c.backfilled} · жойылған тіркеу / аннулировано отметок: {c.voided}")])
    story.append(_grid(rows, [58 * mm, width - 58 * mm], header_rows=0,
                       extra=[("BACKGROUND", (0, 0), (0, -1), LIGHT)]))
    return story


def _signer_text(signer, bold: bool = False) -> str:
    """«Name · ЖСН / ИИН 871008401427 · SHA-256 3f9a 0c12 …»: who holds the signing certificate."""
    name = f"<b>{escape(signer.name)}</b>" if bold else escape(signer.name)
    iin = f" · ЖСН / ИИН {escape(signer.iin)}" if signer.iin else ""
    return f'{name}{iin} · SHA-256 <font name="{FONT_MONO}">{hash_groups(signer.sha256)[:19]} …</font>'


# Failure parameters of the relations, spoken in the protocol's terms.
_PARAM_LABELS = {
    "roll_eligible": "(1)", "received": "(2)", "issued": "(3)", "spoiled": "(4)", "unused": "(5)",
    "found_in_box": "(6)", "invalid": "(7)", "valid": "(8)",
    "accounted": "(3)+(4)+(5)", "missing": "айырма / разница", "excess": "артық / лишних",
    "total": "Σ дауыс / голосов", "max_choices": "белгі / отметок", "limit": "шек / предел",
    "threshold": "шек, % / порог, %", "candidate": "үміткер / кандидат", "votes": "дауыс / голосов",
}


def _relation_numbers(params) -> str:
    return " · ".join(f"{_PARAM_LABELS.get(k, k)} = {v}" for k, v in params)


def _race_section(race, index: int) -> list:
    width = PAGE_WIDTH - 2 * MARGIN_X
    head = [
        CondPageBreak(70 * mm),
        _p(f"{index}. {escape(race.name)}", "h1"),
        _p(f"Мандаттар саны / Число мандатов: <b>{race.seats}</b> · бір бюллетеньдегі белгілер саны / число "
           f"отметок в бюллетене: <b>1–{race.max_choices}</b>", "note"),
        Spacer(1, 2 * mm),
    ]
    rows = [[_p("№"), _bi("Жолдың атауы", "Наименование строки"), _bi("Саны", "Число", "head_number")]]
    for line in race.lines:
        kk, ru = LINE_LABELS[line.number]
        rows.append([_p(f"<b>{line.number}</b>"), _bi(kk, ru), _p(str(line.value), "number")])
    lines_table = _grid(rows, [10 * mm, width - 44 * mm, 34 * mm], number_cols=(2,))

    rows = [[_p("№"), _bi("Үміткердің тегі, аты, әкесінің аты", "Фамилия, имя, отчество кандидата"),
             _bi("Дауыс саны", "Число голосов", "head_number")]]
    for c in race.candidates:
        name = f"<b>{escape(c.surname)}</b> {escape(c.given_name)} {escape(c.patronymic)}".strip()
        if c.excluded:
            name += ' <font color="#8a4b00">(шығарылған / исключён)</font>'
        rows.append([_p(str(c.line)), _p(name), _p(str(c.votes), "number")])
    votes_table = _grid(rows, [10 * mm, width - 44 * mm, 34 * mm], number_cols=(2,), zebra=True)

    # the race's heading and its lines 1–8 stay on one page: a line alone on the next page is
    # easily missed by whoever checks the copy on the wall
    story = [KeepTogether(head + [lines_table]), Spacer(1, 3 * mm), CondPageBreak(35 * mm),
                    _p(f"{index}. {escape(race.name)}", "note"),
                    _p("Үміткерлерге берілген дауыстар (әліпби бойынша) / "
                       '<font color="#4a4a4a">Голоса, поданные за кандидатов (в алфавитном порядке)</font>', "h2"),
                    votes_table, Spacer(1, 2 * mm)]
    checked = f"{race.relations_checked[0]}–{race.relations_checked[-1]}" if race.relations_checked else "—"
    if race.warnings:
        failed = ", ".join(w.id for w in race.warnings)
        story.append(_p(f"Бақылау қатынастары / Контрольные соотношения {checked}: орындалмағаны / не выполнены "
                        f"<b>{failed}</b> — ескерту, түсіндірмесі төменде / предупреждение, объяснение ниже; "
                        f"қалғандары орындалды / остальные выполнены.", "small"))
    else:
        story.append(_p(f"Бақылау қатынастары / Контрольные соотношения {checked}: барлығы орындалды / "
                        f"все выполнены.", "small"))
    for w in race.warnings:
        block = [
            Spacer(1, 1.5 * mm),
            _p(f"⚠ {w.id}: {escape(w.formula)} — {escape(_relation_numbers(w.params))}", "warn"),
            _p(escape(w.text.kk), "small"),
            _p(escape(w.text.ru), "small_ru"),
            _p(f"<b>Комиссияның түсіндірмесі / Объяснение комиссии:</b> {escape(w.explanation)}"),
        ]
        story.append(KeepTogether(block))
    return story


def _signatures(model: ProtocolModel) -> list:
    width = PAGE_WIDTH - 2 * MARGIN_X
    rows = [[_p("№"), _bi("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
             _bi("Лауазымы", "Должность"), _bi("Қолы", "Подпись")]]
    for number, m in enumerate(model.commission, start=1):
        kk, ru = ROLE_LABELS.get(m.role, (m.role, m.role))
        rows.append([_p(str(number)), _p(escape(m.name)), _bi(kk, ru, "small"), ""])
    table = Table(rows, colWidths=[10 * mm, width - 104 * mm, 44 * mm, 50 * mm], repeatRows=1,
                  rowHeights=[None] + [10 * mm] * len(model.commission))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (3, 1), (3, -1), 0.8, colors.black),
        ("LEFTPADDING", (3, 1), (3, -1), 8),
        ("RIGHTPADDING", (3, 1), (3, -1), 8),
    ]))
    return [KeepTogether([
        _p("Учаскелік сайлау комиссиясы / "
           '<font color="#4a4a4a">Участковая избирательная комиссия</font>', "h1"),
        table,
        Spacer(1, 3 * mm),
        _p(f"Хаттамаға қол қойылған күні мен уақыты / Дата и время подписания протокола: "
           f"<b>{_when(model.signed_at)}</b> ({_offset(model.signed_at)})"),
        _p("М.О. / М.П.", "small"),
        _p("Хаттамаға төрағаның электрондық цифрлық қолтаңбасы (ЭЦҚ, PAdES) қойылған / "
           "Протокол подписан электронной цифровой подписью (ЭЦП, PAdES) председателя.", "small_ru"),
    ])]


def _verification(model: ProtocolModel, sha256: str, payloads: tuple[str, ...]) -> list:
    width = PAGE_WIDTH - 2 * MARGIN_X
    groups = hash_groups(sha256).split(" ")
    text = [
        _p("Машинамен оқылатын хаттама / "
           '<font color="#4a4a4a">Машиночитаемый протокол</font>', "h2"),
        _p("protocol.json — SHA-256:", "small"),
        _p(" ".join(groups[:8]) + "<br/>" + " ".join(groups[8:]), "mono"),
        Spacer(1, 2 * mm),
        _p("QR-кодта: сайлау учаскесі, хаттама нұсқасы, SHA-256 басы, әр сайлаудың 1–8 жолдары және "
           "үміткерлердің дауыстары (id бойынша реттелген).", "small"),
        _p("QR-код содержит: участок, версию протокола, начало SHA-256, строки 1–8 каждого голосования "
           "и голоса кандидатов (в порядке их id).", "small_ru"),
    ]
    if len(payloads) > 1:
        text.append(_p(f"Кодтар саны / Число кодов: <b>{len(payloads)}</b> — барлығын сканерлеңіз / "
                       f"сканируйте все.", "small"))
    matrices = [qr_matrix(payload) for payload in payloads]
    size = max(QR_MIN_SIZE, min(QR_SIZE, max(len(m) for m in matrices) * QR_MODULE))
    cells = []
    for k, matrix in enumerate(matrices, start=1):
        cell = Table([[QrFlowable(matrix, size)], [_p(f"QR {k} / {len(payloads)}", "center_small")]],
                     colWidths=[size])
        cell.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        cells.append(cell)
    story: list = [CondPageBreak(size + 20 * mm)]
    if len(cells) == 1:
        block = Table([[cells[0], text]], colWidths=[size + 6 * mm, width - size - 6 * mm])
        block.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (0, 0), 0)]))
        return story + [Spacer(1, 4 * mm), block]
    per_row = 3
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    grid = Table(rows, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return story + [KeepTogether(text), Spacer(1, 2 * mm), grid]


def _checklist_run(model: ProtocolModel, run) -> list:
    width = PAGE_WIDTH - 2 * MARGIN_X
    if run.passed:
        verdict = "барлық міндетті талаптар орындалды / все обязательные требования выполнены"
    else:
        verdict = "міндетті талаптар орындалмады / обязательные требования не выполнены (✗)"
    rows = [[_bi("Талап", "Требование"), _bi("Жауап", "Ответ"), _bi("Ескертпе", "Примечание")]]
    for a in run.answers:
        akk, aru = ANSWER_LABELS.get(a.answer, (a.answer, a.answer))
        answer = f'<font color="#8a4b00"><b>✗ {escape(akk)} / {escape(aru)}</b></font>' if a.answer == "no" \
            else f'{escape(akk)} / <font color="#4a4a4a">{escape(aru)}</font>'
        rows.append([_bi(("* " if a.mandatory else "") + a.text.kk, a.text.ru, "small"), _p(answer, "small"),
                     _p(escape(a.note), "small")])
    return [CondPageBreak(40 * mm),
            _p(f"{escape(run.title.kk)} / <font color=\"#4a4a4a\">{escape(run.title.ru)}</font>", "h2"),
            _p(f"{_at(run.at, model.voting_day)} — {escape(model.officer_name(run.officer))} — {escape(verdict)}",
               "note"),
            _grid(rows, [width - 72 * mm, 24 * mm, 48 * mm])]


def _periodic_grid(model: ProtocolModel, periodic) -> list:
    """Periodic checks as a grid (items × check times): a day's rounds side by side."""
    width = PAGE_WIDTH - 2 * MARGIN_X
    day = model.voting_day
    story = [CondPageBreak(50 * mm),
             _p(f"{escape(periodic[0].title.kk)} / <font color=\"#4a4a4a\">{escape(periodic[0].title.ru)}</font>",
                "h2")]
    items: list = []
    for run in periodic:
        for a in run.answers:
            if all(i.item != a.item for i in items):
                items.append(a)
    per_table = 8
    for start in range(0, len(periodic), per_table):
        runs = periodic[start:start + per_table]
        header = [_bi("Талап", "Требование", "small")] + [
            _p(f"<b>{_at(r.at, day)}</b><br/>{escape(model.officer_name(r.officer))}", "center_small") for r in runs]
        rows = [header]
        for item in items:
            row = [_bi(("* " if item.mandatory else "") + item.text.kk, item.text.ru, "small")]
            for r in runs:
                answer = next((a for a in r.answers if a.item == item.item), None)
                row.append(_p(ANSWER_MARKS.get(answer.answer, "?") if answer else "", "center_small"))
            rows.append(row)
        column = min(18 * mm, (width - 70 * mm) / len(runs))
        story.append(_grid(rows, [width - column * len(runs)] + [column] * len(runs)))
        story.append(Spacer(1, 2 * mm))
    story.append(_p("✓ иә / да · ✗ жоқ / нет · — қатысы жоқ / не применимо", "small"))
    for r in periodic:
        for a in r.answers:
            if a.note:
                story.append(_p(f"{_at(r.at, day)} — {escape(a.text.kk)} / {escape(a.text.ru)}: "
                                f"<b>{escape(a.note)}</b>", "small"))
    return story


def _annex_checklists(model: ProtocolModel) -> list:
    width = PAGE_WIDTH - 2 * MARGIN_X
    day = model.voting_day
    story = [CondPageBreak(60 * mm), _p("1-қосымша. Санитариялық бақылау / "
                                        '<font color="#4a4a4a">Приложение 1. Санитарный контроль</font>', "h1")]
    runs = model.checklist_runs
    if not runs:
        story.append(_p(NONE))
    else:
        story.append(_p("* — міндетті талап / обязательное требование", "note"))
    # In the order of the day: opening, the periodic rounds, closing.
    for run in (r for r in runs if r.name == "opening"):
        story += _checklist_run(model, run)
    periodic = [r for r in runs if r.name == "periodic"]
    if periodic:
        story += _periodic_grid(model, periodic)
    for run in (r for r in runs if r.name not in ("opening", "periodic")):
        story += _checklist_run(model, run)

    story.append(CondPageBreak(35 * mm))
    story.append(_p("Ерекше жағдайлар (себебі көрсетілген) / "
                    '<font color="#4a4a4a">Исключения (с указанием причины)</font>', "h2"))
    if model.checklist_exceptions:
        rows = [[_bi("Уақыты", "Время"), _bi("Орындалмаған міндетті талаптар", "Невыполненные обязательные требования"),
                 _bi("Себебі", "Причина")]]
        for e in model.checklist_exceptions:
            kk, ru = CHECKLIST_TITLES.get(e.name, (e.name, e.name))
            failed = "<br/>".join(f"{escape(t.kk)} / <font color=\"#4a4a4a\">{escape(t.ru)}</font>"
                                  for t in e.failed_texts) or escape(", ".join(e.failed_mandatory))
            rows.append([_p(f"{_at(e.at, day)}<br/>{escape(kk)} / {escape(ru)}", "small"), _p(failed, "small"),
                         _p(f"<b>{escape(e.reason)}</b><br/>— {escape(model.officer_name(e.officer))}", "small")])
        story.append(_grid(rows, [28 * mm, (width - 28 * mm) / 2, (width - 28 * mm) / 2]))
    else:
        story.append(_p(NONE))

    story.append(CondPageBreak(30 * mm))
    story.append(_p("Мерзімді тексерудің кешіктірілген кезеңдері / "
                    '<font color="#4a4a4a">Периоды просрочки периодической проверки</font>', "h2"))
    if model.overdue_periods:
        rows = [[_bi("Талап", "Требование"), _bi("Мерзімі өтті", "Просрочено с"), _bi("Орындалды", "Выполнено")]]
        for o in model.overdue_periods:
            end = _at(o.end, day)
            if o.ongoing:
                end += "<br/>(орындалмады, жабылуға дейін / не выполнено до закрытия)"
            rows.append([_bi(o.text.kk, o.text.ru, "small"), _p(_at(o.start, day), "small"), _p(end, "small")])
        story.append(_grid(rows, [width - 80 * mm, 30 * mm, 50 * mm]))
    else:
        story.append(_p(NONE))
    return story


def _annex_observers(model: ProtocolModel) -> list:
    width = PAGE_WIDTH - 2 * MARGIN_X
    day = model.voting_day
    story = [CondPageBreak(50 * mm),
             _p("2-қосымша. Байқаушылар және олардың ескертпелері / "
                '<font color="#4a4a4a">Приложение 2. Наблюдатели и их замечания</font>', "h1")]
    if not model.observers:
        return story + [_p(NONE)]
    rows = [[_p("№"), _bi("Байқаушы", "Наблюдатель"), _bi("Кімнің атынан", "Кого представляет"),
             _bi("Келді", "Прибыл"), _bi("Кетті", "Убыл")]]
    for o in model.observers:
        rows.append([_p(str(o.id)), _p(escape(o.name)), _p(escape(o.represents), "small"),
                     _p(_at(o.arrived_at, day), "small"), _p(_at(o.left_at, day) or "—", "small")])
    story.append(_grid(rows, [10 * mm, 50 * mm, width - 110 * mm, 25 * mm, 25 * mm]))
    remarks = [(o, r) for o in model.observers for r in o.remarks]
    story.append(CondPageBreak(30 * mm))
    story.append(_p("Ескертпелер мен шағымдар / "
                    '<font color="#4a4a4a">Замечания и жалобы</font>', "h2"))
    if not remarks:
        return story + [_p(NONE)]
    rows = [[_bi("Уақыты", "Время"), _bi("Байқаушы", "Наблюдатель"), _bi("Ескертпе", "Замечание"),
             _bi("Комиссияның жауабы", "Ответ комиссии")]]
    for o, r in remarks:
        answer = escape(r.response) if r.response else "— жауап берілмеген / ответ не дан —"
        if r.response:
            answer += f"<br/>({_at(r.responded_at, day)}, {escape(model.officer_name(r.responded_by))})"
        rows.append([_p(_at(r.at, day), "small"), _p(f"№ {o.id} {escape(o.name)}", "small"),
                     _p(escape(r.text), "small"), _p(answer, "small")])
    story.append(_grid(rows, [18 * mm, 35 * mm, (width - 53 * mm) / 2, (width - 53 * mm) / 2]))
    return story


def _annex_incidents(model: ProtocolModel) -> list:
    width = PAGE_WIDTH - 2 * MARGIN_X
    day = model.voting_day
    story = [CondPageBreak(50 * mm),
             _p("3-қосымша. Оқиғалар / "
                '<font color="#4a4a4a">Приложение 3. Происшествия</font>', "h1")]
    if not model.incidents:
        return story + [_p(NONE)]
    rows = [[_bi("Уақыты", "Время"), _bi("Түрі", "Вид"), _bi("Не болды", "Что произошло"),
             _bi("Қабылданған шара", "Принятые меры"), _bi("Тіркеген", "Записал")]]
    for i in model.incidents:
        kk, ru = INCIDENT_KINDS.get(i.kind, (i.kind, i.kind))
        rows.append([_p(_at(i.at, day), "small"), _bi(kk, ru, "small"), _p(escape(i.description), "small"),
                     _p(escape(i.action_taken) or "—", "small"), _p(escape(model.officer_name(i.officer)), "small")])
    story.append(_grid(rows, [18 * mm, 30 * mm, (width - 83 * mm) / 2, (width - 83 * mm) / 2, 35 * mm]))
    return story


def render_protocol_pdf(model: ProtocolModel) -> bytes:
    """The unsigned protocol PDF. Sign it with ``signing.pades.sign_pdf``."""
    register_fonts()
    machine = to_machine_json(model)
    sha256 = sha256_hex(machine)
    payloads = qr_payloads(to_machine_dict(model), sha256)

    story = _heading(model)
    for index, race in enumerate(model.races, start=1):
        story += _race_section(race, index)
    story += _verification(model, sha256, payloads)
    story += _signatures(model)
    story += _annex_checklists(model)
    story += _annex_observers(model)
    story += _annex_incidents(model)

    furniture = _furniture(model, sha256)
    attachments = [(ATTACHMENT_JSON, machine), (ATTACHMENT_QR, ("\n".join(payloads) + "\n").encode("ascii"))]

    class _Canvas(_ProtocolCanvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.furniture = furniture
            _attach(self, attachments)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, invariant=1, initialFontName=FONT, initialFontSize=9,
        title=f"Хаттама / Протокол — № {model.precinct_id}, v{model.version}",
        author=model.chair.name if model.chair else "", subject=model.election_title.ru,
        creator="Polling Station", lang="kk",
    )
    doc.build(story, canvasmaker=_Canvas)
    return buffer.getvalue()
