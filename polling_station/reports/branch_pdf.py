"""The branch report on paper: an A4 PDF in Kazakh and Russian, rendered from ``BranchResults``.

Turnout by region (the seed's Table 2 layout) and by precinct, then per race the results with
ranks, the ratings among women and among youth, and the draft list with the reason each
candidate is on it; the double votes are summed up (their list is ``conflicts.csv``).

Fonts are the shipped DejaVu Sans, embedded as subsets, registered by the protocol renderer;
``invariant`` keeps the bytes a function of the results alone (no clock, no random id).
"""
from __future__ import annotations

import io
from collections import Counter
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from polling_station import i18n
from polling_station.domain import names
from polling_station.reports.protocol_pdf import FONT, FONT_BOLD, register_fonts
from polling_station.services.branch_results import BranchResults, RaceOutcome

PAGE = landscape(A4)
MARGIN = 14 * mm
GREY = colors.HexColor("#4a4a4a")
LIGHT = colors.HexColor("#e9ecef")
RULE = colors.HexColor("#9aa0a6")

STATUS = {"imported": ("қабылданды", "принят"), "missing": ("жоқ", "отсутствует"),
          "rejected": ("қабылданбады", "отклонён"), "conflict": ("қайшылық", "конфликт")}
REASONS = {"rating": ("рейтинг бойынша", "по рейтингу"), "quota_women": ("әйелдер квотасы", "квота женщин"),
           "quota_youth": ("жастар квотасы", "квота молодёжи"),
           "quota_women_youth": ("әйелдер мен жастар квотасы", "квота женщин и молодёжи")}
RESOLUTIONS = {"online_annulled": ("онлайн бюллетень жойылды", "онлайн-бюллетень аннулирован"),
               "referred_to_commission": ("комиссияға жіберілді", "передано комиссии")}


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("b", fontName=FONT, fontSize=8.5, leading=10.5)
    return {
        "base": base,
        "title": ParagraphStyle("t", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=2),
        "sub": ParagraphStyle("s", parent=base, fontSize=10, leading=13, textColor=GREY),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=6,
                             spaceAfter=3, keepWithNext=1),
        "note": ParagraphStyle("n", parent=base, fontSize=7.5, leading=9.5, textColor=GREY),
        "head": ParagraphStyle("hd", parent=base, fontSize=7, leading=9),
    }


def _bi(kk: str, ru: str) -> str:
    return f'{escape(kk)} / <font color="#4a4a4a">{escape(ru)}</font>'


def _grid(rows, widths, number_cols=(), header=1, extra=()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=header)
    style = [("FONT", (0, 0), (-1, -1), FONT, 8), ("GRID", (0, 0), (-1, -1), 0.4, RULE),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, header - 1), LIGHT),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for c in number_cols:
        style.append(("ALIGN", (c, header), (c, -1), "RIGHT"))
    table.setStyle(TableStyle(style + list(extra)))
    return table


def _footer(title: str):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 8 * mm, title)
        canvas.drawRightString(PAGE[0] - MARGIN, 8 * mm, f"бет / стр. {doc.page}")
        canvas.restoreState()
    return draw


def _head(kk: str, ru: str, s) -> Paragraph:
    # one language a line: "Зарегистрировано" must not break inside the word
    return Paragraph(f'{escape(kk)}<br/><font color="#4a4a4a">{escape(ru)}</font>', s["head"])


def _turnout_table(rows, s, with_status: bool) -> Table:
    head = [_head("Өңір", "Регион", s)]
    if with_status:
        head.append(_head("Учаске", "Участок", s))
    head += [_head(kk, ru, s) for kk, ru in (
        ("Тіркелген", "Зарегистрировано"), ("Дауыс бергендер", "Проголосовало"), ("Қағаз", "Бумажные"),
        ("Онлайн", "Онлайн"), ("%", "%"))]
    if with_status:
        head.append(_head("Хаттама", "Протокол", s))
    data = [head]
    for r in rows:
        line = [Paragraph(escape(r.name), s["base"])]
        if with_status:
            line = [r.region, Paragraph(f"{escape(r.precinct)} — {escape(r.name)}", s["base"])]
        line += [f"{r.registered:,}".replace(",", " "), f"{r.voted:,}".replace(",", " "),
                 f"{r.paper:,}".replace(",", " "), f"{r.online:,}".replace(",", " "), r.percent]
        if with_status:
            # plain text: a Paragraph per cell makes a national report's 200 rows several times slower
            kk, ru = STATUS.get(r.status, (r.status, r.status))
            line.append(f"{kk} / {ru}" + (f"\nv{r.version}" if r.version else ""))
        data.append(line)
    width = PAGE[0] - 2 * MARGIN
    if with_status:
        widths = [20 * mm, width - 20 * mm - 5 * 29 * mm - 42 * mm] + [29 * mm] * 5 + [42 * mm]
        return _grid(data, widths, number_cols=(2, 3, 4, 5, 6))
    widths = [width - 5 * 30 * mm] + [30 * mm] * 5
    return _grid(data, widths, number_cols=(1, 2, 3, 4, 5),
                 extra=[("FONT", (0, len(data) - 1), (-1, len(data) - 1), FONT_BOLD, 8)])


def _name(c) -> str:
    return names.full_name(c.surname, c.given_name, c.patronymic)


def _race_section(race: RaceOutcome, s) -> list:
    r = race.race
    width = PAGE[0] - 2 * MARGIN
    story = [Paragraph(escape(r.name), s["h1"]),
             Paragraph(_bi(f"Мандаттар: {r.seats}; бюллетеньде ең көбі {r.max_choices} белгі",
                           f"Мандатов: {r.seats}; не более {r.max_choices} отметок в бюллетене"), s["note"])]
    head = [Paragraph(_bi(kk, ru), s["base"]) for kk, ru in (
        ("Орын", "Место"), ("Үміткер", "Кандидат"), ("Қағаз", "Бумажные"), ("Онлайн", "Онлайн"),
        ("Барлығы", "Всего"), ("Ескерту", "Примечание"))]
    data = [head]
    for row in race.ratings.overall:
        if row.rank is None:
            note = _bi("шығарылды", "исключён") + ": " + escape(row.excluded_reason or "")
        elif row.tied:
            note = _bi("тең дауыс", "равенство голосов")
        else:
            note = ""
        data.append([("" if row.rank is None else f"{row.rank}{'=' if row.tied else ''}"),
                     Paragraph(escape(_name(row.candidate)), s["base"]), row.paper, row.online, row.total,
                     Paragraph(note, s["base"])])
    story.append(_grid(data, [16 * mm, 80 * mm, 24 * mm, 24 * mm, 24 * mm, width - 168 * mm],
                       number_cols=(0, 2, 3, 4)))
    for rating, kk, ru in (("women", "Әйелдер арасындағы рейтинг", "Рейтинг среди женщин"),
                           ("youth", "Жастар арасындағы рейтинг", "Рейтинг среди молодёжи")):
        rows = getattr(race.ratings, rating)
        story.append(Paragraph(_bi(kk, ru), s["h2"]))
        if not rows:
            story.append(Paragraph(_bi("үміткер жоқ", "кандидатов нет"), s["note"]))
            continue
        data = [[Paragraph(_bi("Орын", "Место"), s["base"]), Paragraph(_bi("Үміткер", "Кандидат"), s["base"]),
                 Paragraph(_bi("Барлығы", "Всего"), s["base"])]]
        for row in rows:
            data.append(["" if row.rank is None else f"{row.rank}{'=' if row.tied else ''}",
                         Paragraph(escape(_name(row.candidate)) + (" — " + _bi("шығарылды", "исключён")
                                                                   if row.rank is None else ""), s["base"]),
                         row.total])
        story.append(_grid(data, [16 * mm, 120 * mm, 24 * mm], number_cols=(0, 2)))
    story.append(Paragraph(_bi("Квоталарды сақтайтын партиялық тізімнің жобасы",
                               "Проект партийного списка с соблюдением квот"), s["h2"]))
    data = [[Paragraph(_bi(kk, ru), s["base"]) for kk, ru in (
        ("№", "№"), ("Үміткер", "Кандидат"), ("Барлығы", "Всего"), ("Орын", "Место"), ("Негіз", "Основание"))]]
    for d in race.draft.rows:
        kk, ru = REASONS.get(d.reason, (d.reason, d.reason))
        flag = " — " + _bi("тең дауыс шекте", "равенство на границе") if d.tie_at_cut else ""
        data.append([d.position, Paragraph(escape(_name(d.candidate)), s["base"]), d.total, d.rank,
                     Paragraph(_bi(kk, ru) + flag, s["base"])])
    story.append(_grid(data, [12 * mm, 100 * mm, 24 * mm, 18 * mm, width - 154 * mm], number_cols=(0, 2, 3)))
    for p in race.draft.problems:
        story.append(Paragraph(f"{escape(i18n.render(p, 'kk'))}<br/>"
                               f'<font color="#4a4a4a">{escape(i18n.render(p, "ru"))}</font>', s["note"]))
    return story


def render_branch_pdf(results: BranchResults) -> bytes:
    register_fonts()
    s = _styles()
    e = results.election
    title_kk = e.title.get("kk", e.id)
    title_ru = e.title.get("ru", e.id)
    story = [Paragraph(_bi("Праймериз қорытындылары", "Итоги праймериз"), s["title"]),
             Paragraph(f"{escape(title_kk)}<br/>{escape(title_ru)}", s["sub"]),
             Paragraph(_bi(f"Дауыс беру күні: {e.voting_day:%d.%m.%Y}", f"День голосования: {e.voting_day:%d.%m.%Y}"),
                       s["sub"]), Spacer(1, 4 * mm)]
    src = results.sources
    states = Counter(state for _, state in src.precinct_states)
    story.append(Paragraph(_bi(
        f"Учаскелер: {len(src.precinct_states)}, хаттамасы қабылданғаны {states.get('imported', 0)}; "
        f"онлайн бюллетеньдер: {src.online_ballots}, есептелгені {src.online_counted}, "
        f"қосарланған дауыстар: {len(results.conflicts)}",
        f"Участков: {len(src.precinct_states)}, протоколы приняты: {states.get('imported', 0)}; "
        f"онлайн-бюллетеней: {src.online_ballots}, учтено {src.online_counted}, "
        f"двойных голосов: {len(results.conflicts)}"), s["note"]))

    story.append(Paragraph(_bi("Дауыс беруге қатысу өңірлер бойынша", "Явка по регионам"), s["h1"]))
    story.append(_turnout_table([*results.regions, results.total], s, with_status=False))
    story.append(Paragraph(_bi("Дауыс беруге қатысу учаскелер бойынша", "Явка по участкам"), s["h1"]))
    story.append(_turnout_table(results.precincts, s, with_status=True))

    story.append(Paragraph(_bi("Қосарланған дауыстар", "Двойные голоса"), s["h1"]))
    by_resolution = Counter(c.resolution for c in results.conflicts)
    if by_resolution:
        for resolution, n in sorted(by_resolution.items()):
            kk, ru = RESOLUTIONS.get(resolution, (resolution, resolution))
            story.append(Paragraph(f"{_bi(kk, ru)}: {n}", s["base"]))
        story.append(Paragraph(_bi("Толық тізім: conflicts.csv", "Полный список: conflicts.csv"), s["note"]))
    else:
        story.append(Paragraph(_bi("жоқ", "нет"), s["base"]))
    for p in results.problems:
        story.append(Paragraph(f"{escape(i18n.render(p, 'kk'))}<br/>"
                               f'<font color="#4a4a4a">{escape(i18n.render(p, "ru"))}</font>', s["note"]))

    for race in results.races:
        story += _race_section(race, s)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=16 * mm, invariant=1, initialFontName=FONT, initialFontSize=8.5,
                            title=f"Праймериз қорытындылары / Итоги праймериз — {e.id}", creator="Polling Station",
                            lang="kk")
    footer = _footer(f"{e.id} — {title_ru}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
