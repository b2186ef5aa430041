"""The paper fallback list, read back the way a commission would meet it: the PDF's text by
poppler's pdftotext (row by row, cropped to where each row is printed), its fonts by pdffonts,
its grey cells on a rendering; and its writing to a USB stick that may fail at any moment.

Run as ``python -m tests.reports.test_paper_list DIR`` to render page 1 of a busy precinct into
DIR/paper_list_page1.png (the screenshot in docs/screenshots/)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from polling_station.domain import names
from polling_station.domain.election import parse_election
from polling_station.domain.iin import with_check_digit
from polling_station.errors import Refused
from polling_station.reports import paper_list as report
from polling_station.services import paper_list as service
from polling_station.services.paper_list import PaperListMixin
from polling_station.services.station import MemberRecord, Station
from tests.reports.protocol_fixtures import pdffonts, pdftotext
from tests.station_fixtures import ROLL_HEADER

TZ = dt.timezone(dt.timedelta(hours=6))


def paper_station_class():
    """Station with the paper list, before and after the lead adds the mixin to its bases."""
    if issubclass(Station, PaperListMixin):
        return Station
    return type("PaperStation", (Station, PaperListMixin), {})


def iin(birth: str, sex: str = "M", serial: int = 1) -> str:
    day = dt.date.fromisoformat(birth)
    century = {19: 3, 20: 5}[day.year // 100] + (sex == "F")
    while True:
        full = with_check_digit(f"{day:%y%m%d}{century}{serial:04d}")
        if full:
            return full
        serial += 1


# precinct 101 in Kazakh alphabetical order (а ә б в г ғ … о ө … у ұ ү … ш … ы і … я); a plain
# code-point sort would put every Kazakh letter (Ә Ғ Қ Ө Ұ Ү І) after Я
IN_KAZAKH_ORDER = [
    ("Абаев", "Азат", "Серікұлы", iin("1990-01-01"), "2010-01-01", "active"),
    ("Абаев", "Әлихан", "Серікұлы", iin("1991-01-01"), "2010-01-01", "active"),
    ("Әбілова", "Гүлнар", "Маратқызы", "871008401427", "2015-05-01", "active"),
    ("Гусев", "Павел", "Игоревич", iin("1970-05-05"), "2005-01-01", "active"),
    ("Ғалымов", "Ерік", "Бекұлы", iin("1971-05-05"), "2005-01-01", "active"),
    ("Жұмабеков", "Ерлан", "", "850808310738", "2018-06-06", "suspended"),
    ("Құдайбергенов", "Әлібек", "Серікұлы", "760212350620", "2010-01-20", "active"),
    ("Оспанов", "Нұрлан", "Асқарұлы", iin("1982-03-03"), "2011-01-01", "active"),
    ("Өмірбеков", "Дәурен", "Талғатұлы", iin("1983-03-03"), "2011-01-01", "active"),
    ("Ұлықбеков", "Айдос", "Маратұлы", iin("1984-04-04"), "2012-01-01", "active"),
    ("Үсенова", "Жанар", "Қайратқызы", iin("1985-04-04", "F"), "2012-01-01", "active"),
    ("Шәріпов", "Бекзат", "Асқарұлы", "791028302728", "2020-09-20", "active"),
    ("Ыбыраев", "Санжар", "Ерланұлы", iin("1986-06-06"), "2013-01-01", "active"),
    ("Ілиясов", "Тимур", "Русланұлы", iin("1987-06-06"), "2013-01-01", "active"),
    ("Яковлева", "Ольга", "Сергеевна", iin("1988-07-07", "F"), "2014-01-01", "active"),
]
OTHER_PRECINCT = ("Иванов", "Сергей", "Петрович", "800416300257", "2012-03-03", "active")
SEX = {"Әбілова": "F", "Үсенова": "F", "Яковлева": "F"}


def roll_line(row, precinct="101") -> str:
    surname, given, patronymic, code, joined, status = row
    digits = code[:6]
    century = "19" if code[6] in "34" else "20"
    birth = f"{century}{digits[:2]}-{digits[2:4]}-{digits[4:6]}"
    return f"{code},{surname},{given},{patronymic},{birth},{SEX.get(surname, 'M')},almaty,{precinct},{joined},{status}"


def by_surname(surname: str, given: str | None = None):
    return next(r for r in IN_KAZAKH_ORDER if r[0] == surname and (given is None or r[1] == given))


@pytest.fixture
def roll_file(tmp_path):
    """Overrides the shared roll: every Kazakh letter that a code-point sort would misplace."""
    path = tmp_path / "roll.csv"
    shuffled = IN_KAZAKH_ORDER[:]
    random.Random(3).shuffle(shuffled)
    lines = [roll_line(r) for r in shuffled] + [roll_line(OTHER_PRECINCT, "102")]
    path.write_text(ROLL_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def paper_station(open_station, chair, clock, tmp_path):
    """Precinct 101 at 09:30 on voting day, after a morning of check-ins, voids and a backfill."""
    st = open_station
    st.__class__ = paper_station_class()
    online = tmp_path / "online.csv"
    online.write_text("iin,voted_at\n871008401427,2020-10-02T10:15:00+06:00\n", encoding="utf-8")
    st.import_online(chair, online)
    clerk = st.login("c1", "3333")
    clock.now = dt.datetime(2020, 10, 3, 8, 14, tzinfo=TZ)
    st.check_in(clerk, by_surname("Құдайбергенов")[3])                       # 101-00001
    clock.now = dt.datetime(2020, 10, 3, 8, 20, tzinfo=TZ)
    st.check_in(clerk, by_surname("Абаев", "Азат")[3])                       # 101-00002
    clock.advance(minutes=5)
    st.void_check_in(chair, by_surname("Абаев", "Азат")[3], "Басқа мүше белгіленді")
    clock.now = dt.datetime(2020, 10, 3, 8, 30, tzinfo=TZ)
    st.check_in(clerk, by_surname("Оспанов")[3])                            # 101-00003
    st.void_check_in(chair, by_surname("Оспанов")[3], "Қате")
    clock.now = dt.datetime(2020, 10, 3, 8, 40, tzinfo=TZ)
    st.check_in(clerk, by_surname("Оспанов")[3])                            # 101-00004
    clock.now = dt.datetime(2020, 10, 3, 9, 30, tzinfo=TZ)
    st.check_in(clerk, by_surname("Гусев")[3], at=dt.datetime(2020, 10, 3, 9, 5, tzinfo=TZ), backfilled=True)
    return st


@pytest.fixture
def pdf(paper_station, clerk, tmp_path):
    path = tmp_path / "list.pdf"
    path.write_bytes(paper_station.paper_list_pdf(clerk))
    return path


def crop_text(pdf: Path, page: int, box: tuple[float, float, float, float]) -> str:
    x, y, w, h = box
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-r", "72", "-x", str(int(x)),
                          "-y", str(int(y) + 1), "-W", str(int(w)), "-H", str(int(h) - 1), "-layout", str(pdf), "-"],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    return " ".join(out.split())


def row_text(pdf: Path, page: int, index: int) -> str:
    return crop_text(pdf, page, report.LAYOUT.row_box(page == 1, index))


def cell_text(pdf: Path, page: int, index: int, column: int) -> str:
    _, top, _, height = report.LAYOUT.row_box(page == 1, index)
    return crop_text(pdf, page, (report.LAYOUT.x[column], top, report.LAYOUT.widths[column], height))


def rendered(pdf: Path, tmp_path: Path, page: int, dpi: int = 72) -> tuple[int, bytes]:
    """The page in grey levels (0 black … 255 white): its width and its pixels, row by row."""
    stem = tmp_path / f"page{page}-{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                    str(stem)], check=True, timeout=60)
    data = stem.with_suffix(".pgm").read_bytes()
    fields, pos = [], 0
    while len(fields) < 4:  # P5 width height maxval, whitespace-separated
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    return int(fields[1]), data[pos + 1:]


def grey_at(pdf: Path, tmp_path: Path, page: int, x: float, y: float) -> int:
    width, pixels = rendered(pdf, tmp_path, page)
    return pixels[int(y) * width + int(x)]


def longest_dark_run(pdf: Path, tmp_path: Path, page: int, box: tuple[float, float, float, float]) -> float:
    """The longest horizontal dark stroke inside ``box``, in points: a strike-through runs
    across a whole time and receipt, where letters alone leave gaps."""
    dpi = 144
    width, pixels = rendered(pdf, tmp_path, page, dpi)
    scale = dpi / 72
    x0, y0, w, h = (round(v * scale) for v in box)
    best = 0
    for y in range(y0, y0 + h):
        run = 0
        for x in range(x0, x0 + w):
            run = run + 1 if pixels[y * width + x] < 128 else 0
            best = max(best, run)
    return best / scale


# ── what is printed ───────────────────────────────────────────────────────────────────────────

def test_every_member_of_the_precinct_is_listed_once_in_kazakh_alphabetical_order(pdf):
    for index, (surname, given, patronymic, code, *_) in enumerate(IN_KAZAKH_ORDER):
        printed = [cell_text(pdf, 1, index, column) for column in range(3)]
        assert printed == [str(index + 1), code, names.full_name(surname, given, patronymic)]
    assert row_text(pdf, 1, len(IN_KAZAKH_ORDER)) == ""
    text = pdftotext(pdf)
    assert "800416300257" not in text and "Иванов" not in text  # precinct 102 is not ours
    assert sorted(IN_KAZAKH_ORDER, key=lambda r: r[0]) != IN_KAZAKH_ORDER  # a code-point sort would fail


def test_a_check_in_shows_its_time_and_receipt_and_closes_the_row_to_handwriting(pdf, tmp_path):
    row = row_text(pdf, 1, IN_KAZAKH_ORDER.index(by_surname("Құдайбергенов")))
    assert "✓ 08:14" in row and "№ 101-00001" in row
    x, top, _, height = report.LAYOUT.row_box(True, IN_KAZAKH_ORDER.index(by_surname("Құдайбергенов")))
    signature_x = report.LAYOUT.x[8] + 20
    assert grey_at(pdf, tmp_path, 1, signature_x, top + height / 2) < 215


def test_a_voided_check_in_is_struck_out_and_the_member_may_still_sign(pdf, tmp_path):
    index = IN_KAZAKH_ORDER.index(by_surname("Абаев", "Азат"))
    cell = cell_text(pdf, 1, index, 5)
    assert cell == "08:20 № 101-00002 белгі жойылды / отметка снята"
    _, top, _, height = report.LAYOUT.row_box(True, index)
    assert grey_at(pdf, tmp_path, 1, report.LAYOUT.x[8] + 20, top + height / 2) > 235
    cell = (report.LAYOUT.x[5], top, report.LAYOUT.widths[5], height)
    assert longest_dark_run(pdf, tmp_path, 1, cell) > 60  # the whole «08:20 № 101-00002», struck


def test_a_member_voided_then_checked_in_again_shows_both(pdf, tmp_path):
    index = IN_KAZAKH_ORDER.index(by_surname("Оспанов"))
    cell = cell_text(pdf, 1, index, 5)
    assert "✓ 08:40" in cell and "№ 101-00004" in cell
    assert "08:30 № 101-00003" in cell
    _, top, _, height = report.LAYOUT.row_box(True, index)
    assert longest_dark_run(pdf, tmp_path, 1, (report.LAYOUT.x[5], top, report.LAYOUT.widths[5], height)) > 50
    # a live check-in alone is not struck
    _, top, _, height = report.LAYOUT.row_box(True, IN_KAZAKH_ORDER.index(by_surname("Құдайбергенов")))
    assert longest_dark_run(pdf, tmp_path, 1, (report.LAYOUT.x[5], top, report.LAYOUT.widths[5], height)) < 15


def test_a_backfilled_check_in_shows_its_paper_time_and_says_it_came_from_paper(pdf):
    cell = cell_text(pdf, 1, IN_KAZAKH_ORDER.index(by_surname("Гусев")), 5)
    assert cell == "✓ 09:05 № 101-00005 қағаздан / с бумаги"


def test_the_eligibility_column_names_suspended_late_and_online_members(pdf, tmp_path):
    def note(surname):
        return cell_text(pdf, 1, IN_KAZAKH_ORDER.index(by_surname(surname)), 4)

    assert note("Жұмабеков") == "Мүшелігі тоқтатылған Членство приостановлено"
    assert note("Шәріпов") == "Кесімнен кейін кірген 20.09.2020 Вступил(а) после отсечки 20.09.2020"
    # paper prevails: a warning, and the row stays open for a ballot
    assert note("Әбілова") == "! Онлайн дауыс берген 02.10 10:15 ! Голосовал(а) онлайн 02.10 10:15"
    assert note("Ыбыраев") == ""
    for surname, blocked in (("Жұмабеков", True), ("Шәріпов", True), ("Әбілова", False), ("Ыбыраев", False)):
        _, top, _, height = report.LAYOUT.row_box(True, IN_KAZAKH_ORDER.index(by_surname(surname)))
        level = grey_at(pdf, tmp_path, 1, report.LAYOUT.x[7] + 10, top + height / 2)
        assert (level < 215) == blocked, surname


def test_under_the_refuse_policy_an_online_voter_gets_no_ballot(paper_station, clerk):
    paper_station.election = dataclasses.replace(paper_station.election, online_double_vote_policy="refuse")
    model = paper_station.paper_list_model()
    row = next(r for r in model.rows if r.surname == "Әбілова")
    assert (row.note, row.no_ballot, row.blocked) == ("voted_online_refused", True, True)


def test_page_one_counts_the_roll_and_says_from_when_the_marks_are(pdf):
    text = " ".join(pdftotext(pdf).split())
    assert "Тізімде / В списке: 15" in text
    assert "Бюллетень берілген / Выдано: 3" in text
    assert "Жойылған белгі / Аннулировано: 2" in text
    assert "Құқығы жоқ / Без права: 2" in text
    assert "Онлайн дауыс берген / Голосовали онлайн: 1" in text
    assert "Жағдай бойынша / По состоянию на: 03.10.2020 09:30 (UTC+06:00)" in text
    assert "Регистрации после 03.10.2020 09:30 в этом списке не отмечены" in text


def test_kazakh_and_russian_headings_and_the_precinct_read_back_exactly(pdf, paper_station):
    layout = report.LAYOUT
    top = report.PAGE_HEIGHT - layout.rows_top(True) - report.COLUMN_HEAD_HEIGHT
    heads = [crop_text(pdf, 1, (layout.x[i], top, layout.widths[i], report.COLUMN_HEAD_HEIGHT))
             for i in range(len(report.COLUMNS))]
    assert heads == ["№", "ЖСН ИИН", "Тегі, аты, әкесінің аты Фамилия, имя, отчество", "Туған күні Дата рождения",
                     "Ескертпе Примечание", "Компьютердегі белгі Отметка в компьютере",
                     "Уақыты (сағ:мин) Время (чч:мм)", "Берген мүше (инициалы) Выдал (инициалы)",
                     "Дауыс берушінің қолы Подпись голосующего"]
    text = " ".join(pdftotext(pdf).split())
    for label in ("Учаске / Участок № 101", "Партия мүшелерінің тізімі — қағаздағы қосалқы нұсқа",
                  "Список членов партии — резервный бумажный экземпляр",
                  paper_station.precinct.name, paper_station.precinct.address,
                  paper_station.election.title["kk"], paper_station.election.title["ru"]):
        assert label in text, label


def test_every_font_is_embedded_and_none_is_helvetica(pdf):
    fonts = pdffonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    assert all("DejaVu" in f["name"] for f in fonts), fonts


def test_the_same_moment_renders_the_same_bytes(paper_station):
    model = paper_station.paper_list_model()
    assert report.render_paper_list(model) == report.render_paper_list(model)


def test_an_empty_roll_still_prints_one_page_that_says_so(station, clerk, tmp_path):
    station.__class__ = paper_station_class()
    path = tmp_path / "empty.pdf"
    path.write_bytes(station.paper_list_pdf(clerk))
    text = " ".join(pdftotext(path).split())
    assert "Список этого участка пуст" in text and "бет 1 / 1 — стр. 1 из 1" in text


# ── a big precinct ────────────────────────────────────────────────────────────────────────────

def big_model(n: int) -> report.PaperListModel:
    from polling_station.demo_names import person
    from polling_station.paths import DEMO
    import json

    election = parse_election(json.loads((DEMO / "election.json").read_text(encoding="utf-8")))
    rng = random.Random(n)
    used = set()
    members = []
    while len(members) < n:
        sex = rng.choice("MF")
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 52))
        code = iin(birth.isoformat(), sex, rng.randrange(9000))
        if code in used:
            continue
        used.add(code)
        surname, given, patronymic = person(rng, sex)
        members.append(MemberRecord(code, surname, given, patronymic, birth, sex, "almaty", "101",
                                    dt.date(2010, 1, 1), "active"))
    checkins = [{"iin": m.iin, "at": f"2020-10-03T{8 + i // 60:02d}:{i % 60:02d}:00+06:00",
                 "receipt": f"101-{i + 1:05d}", "backfilled": 0, "voided_at": None}
                for i, m in enumerate(members[::3][:600])]
    return report.build_paper_list(election=election, precinct=election.precinct("101"),
                                   generated_at=dt.datetime(2020, 10, 3, 14, 30, tzinfo=TZ),
                                   members=members, checkins=checkins, online={})


def test_three_thousand_members_page_with_header_guide_words_and_page_x_of_y_on_every_page(tmp_path):
    model = big_model(3000)
    path = tmp_path / "big.pdf"
    path.write_bytes(report.render_paper_list(model))
    pages = pdftotext(path).split("\f")[:-1]
    first, other = report.LAYOUT.rows_fitting(True), report.LAYOUT.rows_fitting(False)
    assert len(pages) == 1 + -(-(3000 - first) // other)
    assert other >= 24  # compact, yet each row keeps room for a signature: 125 pages, not 300
    start = 0
    for number, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert f"бет {number} / {len(pages)} — стр. {number} из {len(pages)}" in flat
        assert "Сформирован: 03.10.2020 14:30:00 (UTC+06:00)" in flat
        assert "Жағдай бойынша / По состоянию на: 03.10.2020 14:30" in flat
        assert "Дауыс берушінің қолы" in flat and "Подпись голосующего" in flat  # the header row again
        rows = model.rows[start:start + (first if number == 1 else other)]
        assert f"{rows[0].surname} … {rows[-1].surname}" in flat
        start += len(rows)
    # every member exactly once, in the model's (Kazakh) order
    printed = [line.split()[1] for page in pages for line in page.splitlines()
               if len(line.split()) > 1 and line.split()[0].isdigit() and len(line.split()[1]) == 12]
    assert printed == [r.iin for r in model.rows]
    assert [r.iin for r in model.rows] == [m.iin for m in sorted(model.rows, key=lambda r: (
        names.person_key(r.surname, r.given_name, r.patronymic), r.iin))]


def test_a_name_too_long_for_its_column_is_shrunk_or_wrapped_never_cut(tmp_path):
    model = big_model(3)
    long_row = model.rows[0].__class__(**{**model.rows[0].__dict__, "surname": "Тоқтарбекұлы-Сейітжаппарова",
                                          "given_name": "Гүлнұр-Ақмаржан", "patronymic": "Мұхаммедқалиқызы"})
    model = report.PaperListModel(**{**model.__dict__, "rows": (long_row,) + model.rows[1:]})
    path = tmp_path / "long.pdf"
    path.write_bytes(report.render_paper_list(model))
    cell = cell_text(path, 1, 0, 2)
    assert cell == "Тоқтарбекұлы-Сейітжаппарова Гүлнұр-Ақмаржан Мұхаммедқалиқызы"


# ── writing it to the backup folder ───────────────────────────────────────────────────────────

def test_the_list_goes_to_the_backup_folder_under_the_precincts_name(paper_station, chair, clerk, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    paper_station.set_backup_folder(chair, usb)
    path = paper_station.write_paper_list(clerk)
    assert path == usb / "paper-list-101.pdf"
    assert path.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in usb.iterdir()) == ["paper-list-101.pdf", "station-101.backup.db"]


def test_each_write_replaces_the_list_whole_and_leaves_no_temporary_file(paper_station, clerk, clock, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "paper-list-101.pdf.partial").write_bytes(b"%PDF-1.4 cut short when the power failed")
    first = paper_station.write_paper_list(clerk, out).read_bytes()
    clock.advance(minutes=30)
    paper_station.check_in(clerk, by_surname("Ыбыраев")[3])
    second = paper_station.write_paper_list(clerk, out)
    assert second.read_bytes() != first and "Ыбыраев" in pdftotext(second)
    assert [p.name for p in out.iterdir()] == ["paper-list-101.pdf"]  # no .partial, no .prev


@pytest.mark.parametrize("failing, err, code", [
    ("replace", errno.EIO, "media.missing"),
    ("fsync", errno.ENOSPC, "media.full"),
])
def test_a_failing_stick_keeps_the_previous_list_intact_and_says_why(paper_station, clerk, tmp_path, monkeypatch,
                                                                    failing, err, code):
    out = tmp_path / "out"
    out.mkdir()
    before = paper_station.write_paper_list(clerk, out).read_bytes()

    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(service.os, failing, fail)
    with pytest.raises(Refused) as refused:
        paper_station.write_paper_list(clerk, out)
    assert [p.code for p in refused.value.problems] == [code]
    assert refused.value.problems[0].params["folder"] == str(out)
    assert (out / "paper-list-101.pdf").read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["paper-list-101.pdf"]


def test_the_list_holds_iins_so_only_its_owner_may_read_it(paper_station, clerk, tmp_path):
    old = os.umask(0o022)  # a permissive default, as on most desktops
    try:
        path = paper_station.write_paper_list(clerk, tmp_path)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_removed_stick_is_refused_as_missing(paper_station, clerk, tmp_path):
    with pytest.raises(Refused) as refused:
        paper_station.write_paper_list(clerk, tmp_path / "gone")
    assert [p.code for p in refused.value.problems] == ["media.missing"]


def test_without_a_backup_folder_the_refusal_says_to_choose_one(paper_station, clerk):
    with pytest.raises(Refused) as refused:
        paper_station.write_paper_list(clerk)
    assert [p.code for p in refused.value.problems] == ["backup.no_folder"]


@pytest.mark.parametrize("officer, pin", [("chair", "1111"), ("sec", "2222"), ("c1", "3333")])
def test_every_officer_may_write_the_list_and_nobody_logged_out(paper_station, officer, pin, tmp_path):
    assert paper_station.write_paper_list(paper_station.login(officer, pin), tmp_path).exists()


def test_nobody_logged_in_is_refused(paper_station, tmp_path):
    with pytest.raises(Refused) as refused:
        paper_station.write_paper_list(None, tmp_path)
    assert [p.code for p in refused.value.problems] == ["auth.no_session"]


def test_writing_the_list_changes_nothing_in_the_station(paper_station, clerk, tmp_path):
    before = (paper_station.status(), paper_station.members_digest())
    paper_station.write_paper_list(clerk, tmp_path)
    assert (paper_station.status(), paper_station.members_digest()) == before  # journal head included


def test_the_file_name_is_portable_whatever_the_precinct_id():
    assert service.paper_list_name("101") == "paper-list-101.pdf"
    assert service.paper_list_name("Алматы/7 a") == "paper-list-_______7_a.pdf"


# ── the screenshot ────────────────────────────────────────────────────────────────────────────

def render_screenshot(folder: Path) -> Path:
    """Page 1 of the demo precinct at 14:30 after a morning's voting, at 70 dpi."""
    import tempfile

    os.environ.setdefault("PS_TEST_FAST_KDF", "1")
    with tempfile.TemporaryDirectory() as scratch:
        return _render_screenshot(Path(scratch), folder)


def _render_screenshot(work: Path, folder: Path) -> Path:
    import csv
    import json

    from polling_station import demo
    from polling_station.paths import DEMO

    election = json.loads((DEMO / "election.json").read_text(encoding="utf-8"))
    rng = random.Random(2020)
    rows = demo.write_roll(work / "roll.csv", election, rng)
    demo.write_online(work / "online.csv", rows, rng)
    ours = sorted((r for r in rows if r["precinct"] == "101"),
                  key=lambda r: names.person_key(r["surname"], r["given_name"], r["patronymic"]))
    # page 1 shows one of each mark a clerk can meet
    ours[4]["status"] = "suspended"
    ours[9]["joined_on"] = "2020-09-25"
    with open(work / "roll.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    now = [dt.datetime(2020, 10, 3, 8, 0, tzinfo=TZ)]
    st = paper_station_class().create(work / "s.db", election, "101", chair_name="Асқаров Болат Серікұлы",
                                      chair_id="chair", chair_pin="1111", clock=lambda: now[0])
    chair = st.login("chair", "1111")
    st.add_officer(chair, "c1", "Омаров Нұрлан Қайратұлы", "clerk", "3333")
    st.import_roll(chair, work / "roll.csv")
    st.import_online(chair, work / "online.csv")
    for race in st.races:
        st.set_ballots_received(chair, race.id, 1900)
    st.run_checklist(chair, "opening", all_yes=True)
    st.open_station(chair)
    clerk = st.login("c1", "3333")
    for k, (index, minute) in enumerate([(0, 3), (2, 9), (3, 17), (6, 24), (7, 31), (11, 48), (13, 70), (16, 95),
                                          (18, 130), (19, 151), (22, 200), (25, 260)]):
        now[0] = dt.datetime(2020, 10, 3, 8, 0, tzinfo=TZ) + dt.timedelta(minutes=minute)
        try:
            st.check_in(clerk, ours[index]["iin"])
        except Refused:
            pass
    now[0] = dt.datetime(2020, 10, 3, 10, 5, tzinfo=TZ)
    st.void_check_in(chair, ours[7]["iin"], "Қате мүше белгіленді")
    st.void_check_in(chair, ours[16]["iin"], "Қате мүше белгіленді")
    now[0] = dt.datetime(2020, 10, 3, 10, 20, tzinfo=TZ)
    st.check_in(clerk, ours[16]["iin"])
    st.check_in(clerk, ours[14]["iin"], at=dt.datetime(2020, 10, 3, 9, 12, tzinfo=TZ), backfilled=True)
    now[0] = dt.datetime(2020, 10, 3, 14, 30, tzinfo=TZ)
    pdf = work / "list.pdf"
    pdf.write_bytes(st.paper_list_pdf(clerk))
    st.close_db()
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "70", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf),
                    str(folder / "paper_list_page1")], check=True)
    return folder / "paper_list_page1.png"


if __name__ == "__main__":
    print(render_screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
