"""Reading real roll files as party offices produce them: encodings, delimiters, spreadsheets."""
import codecs
import csv
import datetime as dt
import types

import openpyxl
import pytest

from polling_station.domain import iin as iin_rules
from polling_station.domain.members import KAZAKHSTAN_2020
from polling_station.exchange import roll
from polling_station.exchange.roll import (RollFileError, load_online_ballots, load_online_voters,
                                           load_roll, read_online_ballots, read_online_voters,
                                           read_table, remove_report, roll_report,
                                           with_importer_warnings, write_rejects, write_report)

ANNA = "871008401427"   # 1987-10-08, female
BOLAT = "760212350620"  # 1976-02-12, male
DANA = "800416300257"
ERLAN = "791028302728"
GAUHAR = "850808310738"  # valid only through the second check-digit pass

EN_HEADER = ["iin", "surname", "given_name", "patronymic", "birth_date", "sex", "region",
             "precinct", "joined_on", "status"]
RU_HEADER = ["ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Область", "№ участка",
             "Дата вступления в партию", "Статус"]
KK_HEADER = ["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Туған күні", "Жынысы", "Өңір",
             "Сайлау учаскесі", "Партияға кірген күні", "Мәртебесі"]


def _zero_iin() -> str:
    """A valid IIN of a woman born 15.05.2002: it starts with 0, as Excel loses it."""
    for serial in range(1000):
        number = iin_rules.with_check_digit(f"0205156{serial:04d}")
        if number:
            return number
    raise AssertionError


ZERO_IIN = _zero_iin()


def write_bytes(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def write_text(tmp_path, name, lines, *, encoding="utf-8", eol="\n", bom=False):
    data = eol.join(lines).encode(encoding) + eol.encode(encoding)
    return write_bytes(tmp_path, name, (codecs.BOM_UTF8 if bom else b"") + data)


def all_rows(table):
    return list(table.rows)


# --- CSV encodings and delimiters -------------------------------------------------------------

def test_a_utf8_csv_with_bom_and_commas(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        ",".join(EN_HEADER),
        f"{ANNA},Ахметова,Әлия,Серікқызы,1987-10-08,F,Алматы,12,2015-03-01,active",
        f"{BOLAT},Бекұлы,Болат,,12.02.1976,M,Алматы,12,2016-04-02,active",
    ], bom=True)
    table = read_table(path)
    assert (table.kind, table.encoding, table.delimiter, table.header_line) == ("csv", "utf-8-sig", ",", 1)
    rows = all_rows(table)
    assert [n for n, _ in rows] == [2, 3]
    assert rows[0][1]["iin"] == ANNA  # the BOM did not stick to the first header or value
    assert rows[0][1]["given_name"] == "Әлия"
    assert isinstance(table.rows, types.GeneratorType)


def test_a_utf8_csv_without_bom(tmp_path):
    path = write_text(tmp_path, "roll.csv", [",".join(EN_HEADER),
                                             f"{ANNA},Ахметова,Әлия,,,,,12,2015-03-01,active"])
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert all_rows(table)[0][1]["surname"] == "Ахметова"


def test_a_windows_1251_csv_with_semicolons_crlf_and_russian_headers(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        ";".join(RU_HEADER),
        f"{ANNA};Иванова;Анна;Сергеевна;08.10.1987;Ж;Алматы;12;01.03.2015;активен",
        f"{BOLAT};Петров;Борис;;12.02.1976;М;Алматы;12;02.04.2016;приостановлен",
    ], encoding="cp1251", eol="\r\n")
    assert "Иванова".encode("cp1251") in path.read_bytes()
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    assert table.columns["joined_on"] == "Дата вступления в партию"
    loaded = load_roll(path)
    assert [(m.surname, m.sex, m.status) for m in loaded.result.accepted] == [
        ("Иванова", "F", "active"), ("Петров", "M", "suspended")]
    assert loaded.result.rejected == []


def test_a_tab_separated_file_with_kazakh_headers(tmp_path):
    path = write_text(tmp_path, "roll.tsv", [
        "\t".join(KK_HEADER),
        f"{ANNA}\tАхметова\tӘлия\tСерікқызы\t08.10.1987\tӘ\tАлматы қ.\t12\t2015-03-01\tбелсенді",
        f"{DANA}\tҚұдайбергенов\tҒалым\t\t\tЕ\t\t12\t2015-03-01\tтоқтатылған",
    ])
    table = read_table(path)
    assert table.delimiter == "\t"
    assert set(table.columns) == set(EN_HEADER)
    members = load_roll(path).result.accepted
    assert [(m.surname, m.sex, m.status) for m in members] == [
        ("Ахметова", "F", "active"), ("Құдайбергенов", "M", "suspended")]


def test_excel_unicode_text_utf16_is_read(tmp_path):
    text = "\r\n".join(["\t".join(EN_HEADER), f"{ANNA}\tАхметова\tӘлия\t\t\t\t\t12\t2015-03-01\tactive"])
    path = write_bytes(tmp_path, "roll.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert all_rows(table)[0][1]["given_name"] == "Әлия"


def test_a_byte_undefined_in_1251_does_not_stop_the_file_but_rejects_its_row(tmp_path):
    header = ";".join(RU_HEADER).encode("cp1251")
    good = f"{BOLAT};Петров;Борис;;;;;12;2016-04-02;active".encode("cp1251")
    bad = f"{ANNA};Ив".encode("cp1251") + b"\x98" + ";Анна;;;;;12;2015-03-01;active".encode("cp1251")
    path = write_bytes(tmp_path, "roll.csv", b"\r\n".join([header, good, bad]) + b"\r\n")
    result = load_roll(path).result
    assert [m.iin for m in result.accepted] == [BOLAT]
    assert [(r.line, r.field, r.problems[0].code) for r in result.rejected] == [(3, "surname", "member.name_chars")]


def test_commas_inside_quoted_names_do_not_fool_delimiter_detection(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        ";".join(EN_HEADER),
        f'{ANNA};"Ахметова, Д.";"Әлия, Анна";;;;"Алматы, Медеу";12;2015-03-01;active',
        f'{BOLAT};"Бекұлы, Б.";"Болат, Б.";;;;"Алматы, Алмалы";12;2015-03-01;active',
    ])
    table = read_table(path)
    assert table.delimiter == ";"
    assert all_rows(table)[1][1]["region"] == "Алматы, Алмалы"


# --- physical lines, blank lines, quoting, spaces ------------------------------------------------

def test_quoted_newlines_and_blank_lines_keep_physical_line_numbers(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        ",".join(EN_HEADER),                                                    # 1
        "",                                                                     # 2
        f'{ANNA},"Ахметова","Әлия',                                             # 3
        'Анна",,,,"Алматы, Медеу",12,2015-03-01,active',                        # 4
        "  ",                                                                   # 5
        ",,,,,,,,,",                                                            # 6
        f"{BOLAT},Бекұлы,Болат,,,,,12,2016-04-02,active",                       # 7
        f"{DANA},Дәулетова,Дана,,,,,12,31.02.2016,active",                      # 8
    ], eol="\r\n")
    rows = all_rows(read_table(path))
    assert [n for n, _ in rows] == [3, 7, 8]
    assert rows[0][1]["given_name"] == "Әлия\r\nАнна"
    assert rows[0][1]["region"] == "Алматы, Медеу"
    result = load_roll(path).result
    assert result.accepted[0].given_name == "Әлия Анна"
    assert [(r.line, r.field, r.problems[0].code) for r in result.rejected] == [
        (8, "joined_on", "row.date_invalid")]


def test_stray_spaces_around_values_and_headers_are_stripped(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        " IIN ;  Surname; Given Name ;Patronymic;Birth_Date; SEX ;Region;Precinct;Joined On;Status ",
        f"  {ANNA} ;  Ахметова  ;  Әлия   Анна ; ; 1987-10-08 ; F ; Алматы ; 12 ; 2015-03-01 ; active ",
    ])
    table = read_table(path)
    assert set(table.columns) == set(EN_HEADER)
    member = load_roll(path).result.accepted[0]
    assert (member.iin, member.surname, member.given_name, member.precinct) == (ANNA, "Ахметова", "Әлия Анна", "12")


def test_header_aliases_first_and_last_name_and_date_of_birth(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        "IIN,Last name,First name,Middle name,Date of birth,Gender,Region,Precinct,Joined,Status",
        f"{ANNA},Akhmetova,Aliya,,1987-10-08,F,Almaty,12,2015-03-01,active",
    ])
    assert load_roll(path).result.accepted[0].given_name == "Aliya"


def test_a_title_row_above_the_csv_header_is_skipped(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        "Список членов партии «Nur Otan»;;;;;;;;;",
        "по состоянию на 11.09.2020;;;;;;;;;",
        ";".join(RU_HEADER),
        f"{ANNA};Иванова;Анна;;;;;12;2015-03-01;активна",
    ], encoding="cp1251")
    table = read_table(path)
    assert table.header_line == 3
    assert [n for n, _ in table.rows] == [4]


def test_cells_beyond_the_header_reject_their_row(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        ",".join(EN_HEADER),
        f"{ANNA},Ахметова,Әлия,,,,,12,2015-03-01,active,,",       # empty trailing cells are harmless
        f"{BOLAT},Бекұлы,Болат,,,,,12,2016-04-02,active,Медеу",
    ])
    result = load_roll(path).result
    assert [m.iin for m in result.accepted] == [ANNA]
    assert [(r.line, r.problems[0].code) for r in result.rejected] == [(3, "row.extra_cells")]


def test_an_unclosed_quote_refuses_the_file_at_its_line(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        ",".join(EN_HEADER),
        f"{ANNA},Ахметова,Әлия,,,,,12,2015-03-01,active",
        f'{BOLAT},"Бекұлы,Болат,,,,,12,2016-04-02,active',
        f"{DANA},Дәулетова,Дана,,,,,12,2016-04-02,active",
        f"{ERLAN},Ерланов,Ерлан,,,,,12,2016-04-02,active",
    ])
    with pytest.raises(RollFileError) as caught:
        all_rows(read_table(path))
    assert caught.value.problems[0].code == "roll.csv_malformed"
    assert caught.value.problems[0].params["line"] == 3


# --- XLSX ----------------------------------------------------------------------------------------

def _xlsx(tmp_path, rows, name="roll.xlsx", extra_sheet=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Тізім"
    for r in rows:
        ws.append(r)
    if extra_sheet:
        wb.create_sheet("Other").append(["nothing", "here"])
    path = tmp_path / name
    wb.save(path)
    return path


def test_an_xlsx_with_a_title_row_date_cells_and_numeric_iins(tmp_path):
    path = _xlsx(tmp_path, [
        ["Партия мүшелерінің тізімі — Алматы қ., №12 сайлау учаскесі"],          # 1
        [],                                                                  # 2
        KK_HEADER,                                                           # 3
        [int(ANNA), "Ахметова", "Әлия", "Серікқызы", dt.date(1987, 10, 8), "Ә", "Алматы", 12,
         dt.datetime(2015, 3, 1), "белсенді"],                               # 4
        [],                                                                  # 5
        [int(ZERO_IIN), "Дәулетова", "Дана", None, dt.date(2002, 5, 15), "Ж", None, 12,
         dt.date(2020, 9, 1), "белсенді"],                                   # 6
        [float(BOLAT), " Бекұлы ", "Болат", None, None, "Е", None, "12", "2016-04-02", "active"],  # 7
    ], extra_sheet=True)
    table = read_table(path)
    assert (table.kind, table.header_line, table.encoding, table.delimiter) == ("xlsx", 3, None, None)
    rows = all_rows(table)
    assert [n for n, _ in rows] == [4, 6, 7]
    assert isinstance(rows[0][1]["birth_date"], dt.datetime)  # a real date cell, not text
    assert rows[1][1]["iin"] == int(ZERO_IIN) and not str(rows[1][1]["iin"]).startswith("0")
    result = load_roll(path).result
    assert [(m.iin, m.birth_date, m.joined_on, m.precinct) for m in result.accepted] == [
        (ANNA, dt.date(1987, 10, 8), dt.date(2015, 3, 1), "12"),
        (ZERO_IIN, dt.date(2002, 5, 15), dt.date(2020, 9, 1), "12"),
        (BOLAT, None, dt.date(2016, 4, 2), "12"),
    ]
    assert result.rejected == [] and result.warned == []


def test_an_xlsx_with_russian_headers_reads_the_first_sheet_only(tmp_path):
    path = _xlsx(tmp_path, [RU_HEADER, [ANNA, "Иванова", "Анна", "", "08.10.1987", "ж", "", "12",
                                        "01.03.2015", "Активный"]], extra_sheet=True)
    assert [m.surname for m in load_roll(path).result.accepted] == ["Иванова"]


def test_an_xlsx_with_a_wrong_dimension_still_yields_every_row(tmp_path):
    path = _xlsx(tmp_path, [EN_HEADER] + [[BOLAT, "Бекұлы", "Болат", None, None, None, None, 12,
                                           dt.date(2016, 4, 2), "active"]] * 3)
    # some exporters write <dimension ref="A1"/>: rows must not be cut off at it
    import zipfile
    patched = tmp_path / "patched.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:J4"/>', b'<dimension ref="A1"/>')
                assert b'<dimension ref="A1"/>' in data
            dst.writestr(item, data)
    assert [n for n, _ in read_table(patched).rows] == [2, 3, 4]


def test_a_corrupt_xlsx_is_refused(tmp_path):
    path = write_bytes(tmp_path, "roll.xlsx", b"PK\x03\x04" + b"\x00garbage" * 50)
    with pytest.raises(RollFileError) as caught:
        read_table(path)
    assert caught.value.problems[0].code == "roll.xlsx_unreadable"


# --- file-level problems ---------------------------------------------------------------------------

def test_a_missing_required_column_names_the_file_and_the_columns(tmp_path):
    path = write_text(tmp_path, "roll.csv", ["iin,surname,given_name,precinct",
                                             f"{ANNA},Ахметова,Әлия,12"])
    with pytest.raises(RollFileError) as caught:
        read_table(path)
    (p,) = caught.value.problems
    assert p.code == "roll.missing_columns"
    assert p.params["file"] == str(path)
    assert p.params["missing"] == ("joined_on", "status")
    assert p.params["columns"] == "joined_on, status"
    assert roll.MESSAGES[p.code].format(**p.params).startswith(str(path))


@pytest.mark.parametrize("content,code", [
    (b"", "roll.empty"),
    (b"\xef\xbb\xbf\r\n  \r\n", "roll.empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "roll.xls_unsupported"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "roll.not_a_table"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "roll.not_a_table"),
    ("Привет, это письмо,\nа не список.\n".encode(), "roll.no_header"),
])
def test_unreadable_files_are_refused_with_a_clear_code(tmp_path, content, code):
    path = write_bytes(tmp_path, "roll.csv", content)
    with pytest.raises(RollFileError) as caught:
        read_table(path)
    assert [p.code for p in caught.value.problems] == [code]


def test_a_workbook_saved_as_csv_is_refused_with_advice(tmp_path):
    path = _xlsx(tmp_path, [EN_HEADER], name="roll.xlsx")
    renamed = path.rename(tmp_path / "roll.csv")
    with pytest.raises(RollFileError) as caught:
        read_table(renamed)
    assert caught.value.problems[0].code == "roll.xlsx_wrong_extension"


def test_a_zip_archive_is_not_a_table(tmp_path):
    import zipfile
    path = tmp_path / "package.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("manifest.json", "{}")
    with pytest.raises(RollFileError) as caught:
        read_table(path)
    assert caught.value.problems[0].code == "roll.not_a_table"


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(RollFileError) as caught:
        read_table(tmp_path / "nowhere.csv")
    assert caught.value.problems[0].code == "roll.not_found"


def test_two_columns_for_the_same_field_are_refused(tmp_path):
    path = write_text(tmp_path, "roll.csv", [",".join(EN_HEADER + ["ИИН"]), ""])
    with pytest.raises(RollFileError) as caught:
        read_table(path)
    p = caught.value.problems[0]
    assert (p.code, p.params["column"], p.params["second"]) == ("roll.duplicate_column", "iin", "ИИН")


def test_a_header_only_file_has_no_rows(tmp_path):
    path = write_text(tmp_path, "roll.csv", [";".join(RU_HEADER)])
    assert all_rows(read_table(path)) == []


# --- the roll's rules on a real file -----------------------------------------------------------------

def test_a_roll_with_duplicates_warnings_and_bad_rows(tmp_path):
    path = write_text(tmp_path, "roll.csv", [
        ";".join(RU_HEADER),                                                        # 1
        f"{ANNA};Иванова;Анна;;08.10.1987;Ж;Алматы;12;01.03.2015;активен",          # 2
        f"{BOLAT};Петров;Борис;;;М;Алматы;12;02.04.2016;активен",                   # 3
        f"{ANNA};Иванова;Анна;;1987-10-08;F;Алматы;12;2015-03-01;active",           # 4 same as 2
        f"{DANA};Даулетова;Дана;;;;;12;2016-04-02;активен",                          # 5
        f"{DANA};Даулетова;Дана;;;;;13;2016-04-02;активен",                          # 6 conflicts with 5
        f"{ERLAN};Ерланов;Ерлан;;28.10.1979;Ж;;12;2016-04-02;активен",               # 7 sex differs
        f"{GAUHAR};Гаухар;Али;;09.08.1985;;;12;2016-04-02;активен",                  # 8 date differs
        "800101300720;Никто;Никто;;;;;12;2016-04-02;активен",                        # 9 never issued
        "123456789012;Ошибка;Ошибка;;;;;12;2016-04-02;активен",                      # 10 check digit
        f"{'760212350620'[:11]}9;Петров;Борис;;;;;12;2016-04-02;активен",            # 11
        "791028302728x;Ерланов;Ерлан;;;;;12;2016-13-01;активен",                     # 12
    ], encoding="cp1251", eol="\r\n")
    result = load_roll(path).result
    assert [m.iin for m in result.accepted] == [ANNA, BOLAT, ERLAN, GAUHAR]
    assert result.collapsed == 1
    rejected = {r.line: r for r in result.rejected}
    assert sorted(rejected) == [5, 6, 9, 10, 11, 12]
    assert rejected[5].problems[0].code == "member.duplicate_conflict"
    assert rejected[5].problems[0].params["other_lines"] == "6"
    assert rejected[9].problems[0].code == "iin.never_issued"
    assert rejected[10].problems[0].code == "iin.check_digit"
    assert {(p.code, p.params["field"]) for p in rejected[12].problems} == {
        ("iin.not_digits", "iin"), ("row.date_invalid", "joined_on")}
    assert rejected[12].field is None
    warned = {w.line: [p.code for p in w.warnings] for w in result.warned}
    assert warned == {7: ["iin.sex_differs"], 8: ["iin.birth_date_differs"]}


def test_reading_the_same_file_twice_gives_the_same_result(tmp_path):
    path = write_text(tmp_path, "roll.csv", [",".join(EN_HEADER),
                                             f"{ANNA},Ахметова,Әлия,,,,,12,2015-03-01,active"])
    assert load_roll(path).result == load_roll(path).result


def test_a_large_roll_is_read_whole(tmp_path):
    lines = [",".join(EN_HEADER)]
    n = 0
    while len(lines) <= 30000:
        number = iin_rules.with_check_digit(f"8{n % 10}0{1 + n % 9}1{3 + n % 2}{n:05d}"[:11])
        n += 1
        if number:
            lines.append(f"{number},Ахметова,Әлия,Серікқызы,,,Алматы,{n % 40},2015-03-01,active")
    path = write_text(tmp_path, "big.csv", lines)
    result = load_roll(path).result  # speed is measured in bench/, never asserted here
    assert len(result.accepted) + result.collapsed == 30000


# --- online files --------------------------------------------------------------------------------------

@pytest.mark.parametrize("header,delimiter,encoding", [
    (["iin", "voted_at"], ",", "utf-8"),
    (["ИИН", "Время голосования"], ";", "cp1251"),
    (["ЖСН", "Дауыс берген уақыты"], "\t", "utf-8"),
])
def test_online_voters_with_english_russian_and_kazakh_headers(tmp_path, header, delimiter, encoding):
    path = write_text(tmp_path, "online.csv", [
        delimiter.join(header),
        f"{ANNA}{delimiter}2020-10-01T09:30:00+06:00",
        f"{BOLAT}{delimiter}2020-10-02 10:00:00",
        f"{ANNA}{delimiter}2020-10-01T03:30:00Z",
        f"{DANA}{delimiter}завтра",
    ], encoding=encoding)
    assert read_online_voters(path).delimiter == delimiter
    result = load_online_voters(path).result
    assert [(v.iin, v.voted_at) for v in result.accepted] == [
        (ANNA, dt.datetime(2020, 10, 1, 9, 30, tzinfo=KAZAKHSTAN_2020)),
        (BOLAT, dt.datetime(2020, 10, 2, 10, 0, tzinfo=KAZAKHSTAN_2020)),
    ]
    assert result.collapsed == 1
    assert [(w.line, w.problems[0].code) for w in result.warned] == [(3, "row.naive_time")]
    assert [(r.line, r.field, r.problems[0].code) for r in result.rejected] == [(5, "voted_at", "row.time_format")]


def test_an_online_voters_file_without_the_time_column_is_refused(tmp_path):
    path = write_text(tmp_path, "online.csv", ["iin", ANNA])
    with pytest.raises(RollFileError) as caught:
        read_online_voters(path)
    assert caught.value.problems[0].params["missing"] == ("voted_at",)


def test_online_ballots(tmp_path):
    path = write_text(tmp_path, "ballots.csv", [
        "iin,voted_at,race,choices",
        f"{ANNA},2020-10-01T09:30:00+06:00,almaty-city,c1 c4 c9",
        f"{ANNA},2020-10-01T09:30:00+06:00,almaty-region,r2",
        f"{BOLAT},2020-10-01T09:31:00+06:00,almaty-city,c1",
        f"{BOLAT},2020-10-01T09:31:00+06:00,almaty-city,c2",
        f'{DANA},2020-10-01T09:32:00+06:00,almaty-city,"c3  c3"',
    ])
    table = read_online_ballots(path)
    assert set(table.columns) == {"iin", "voted_at", "race", "choices"}
    result = load_online_ballots(path).result
    assert [(b.iin, b.race, b.choices) for b in result.accepted] == [
        (ANNA, "almaty-city", ("c1", "c4", "c9")), (ANNA, "almaty-region", ("r2",))]
    assert [(r.line, r.problems[0].code) for r in result.rejected] == [
        (4, "online.ballot_conflict"), (5, "online.ballot_conflict"), (6, "online.choice_repeated")]


# --- rejects report ------------------------------------------------------------------------------------

def _render(p):
    from polling_station.domain import iin as iin_module, members as members_module
    messages = {**roll.MESSAGES, **iin_module.MESSAGES, **members_module.MESSAGES}
    return messages[p.code].format(**p.params)


def _report_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_the_rejects_report_is_a_utf8_bom_csv_excel_opens(tmp_path):
    source = write_text(tmp_path, "roll.csv", [
        ";".join(RU_HEADER),
        f"{ANNA};Иванова;Анна;;;;;12;31.02.2015;активен",
        "123456789012;=HYPERLINK(\"x\");Анна;;;;;12;2015-03-01;активен",
    ])
    result = load_roll(source).result
    out = tmp_path / "reports" / "rejects.csv"
    out.parent.mkdir()
    out.write_text("old report", encoding="utf-8")
    written = write_rejects(out, result.rejected, _render)
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["line", "severity", "field", "iin", "name", "code", "message"]
    assert written == len(rows) - 1 == 3
    assert rows[1][:3] == ["2", "error", "joined_on"] and rows[1][5] == "row.date_invalid"
    assert "31.02.2015" in rows[1][6]
    assert {(r[0], r[2], r[5]) for r in rows[2:]} == {("3", "iin", "iin.check_digit"),
                                                      ("3", "surname", "member.name_chars")}
    assert next(r for r in rows if r[5] == "iin.check_digit")[3] == "123456789012"  # named by the problem
    name_row = next(r for r in rows if r[5] == "member.name_chars")
    assert not name_row[6].startswith("=")
    assert [p.name for p in out.parent.iterdir()] == ["rejects.csv"]


def test_formula_like_messages_are_defused(tmp_path):
    from polling_station.domain.members import Reject
    from polling_station.domain.problems import error
    out = tmp_path / "rejects.csv"
    write_rejects(out, [Reject(4, None, (error("x.y", field="surname"),))], lambda p: "=1+2")
    with open(out, encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1] == ["4", "error", "surname", "", "", "x.y", "'=1+2"]


def test_a_rejects_report_into_a_missing_folder_is_a_typed_error(tmp_path):
    with pytest.raises(RollFileError) as caught:
        write_rejects(tmp_path / "no" / "such" / "rejects.csv", [], str)
    assert caught.value.problems[0].code == "roll.write_failed"


# --- the report a chair acts on: every problem with its line, IIN and name ---------------------

def _problem_roll(tmp_path):
    return write_text(tmp_path, "roll.csv", [
        ",".join(EN_HEADER),
        f"{ANNA},Әбілова,Гүлнар,Маратқызы,1987-10-08,M,almaty,101,2015-05-01,active",    # 2: sex differs
        "871008401428,Ахметов,Дәурен,,1987-10-08,M,almaty,101,2015-05-01,active",         # 3: check digit
        f"{BOLAT},Құдайбергенов,Әлібек,,1976-02-12,M,almaty,101,2010-01-20,active",        # 4: conflict with 5
        f"{BOLAT},Кудайбергенов,Алибек,,1976-02-12,M,almaty,101,2010-01-20,active",        # 5
        f"{DANA},Иванов,Сергей,Петрович,1980-04-16,M,almaty,102,2012-03-03,active",        # 6: fine
        f"{ERLAN},Шәріпов,Бекзат,,1979-10-28,M,almaty,101,32.13.2019,active",              # 7: bad date
    ])


def test_the_report_gives_each_problem_its_line_severity_field_iin_and_name(tmp_path):
    entries = roll_report(_problem_roll(tmp_path))
    assert [(e.line, e.severity, e.field, e.iin, e.name, e.problem.code) for e in entries] == [
        (2, "warning", "sex", ANNA, "Әбілова Гүлнар Маратқызы", "iin.sex_differs"),
        (3, "error", "iin", "871008401428", "Ахметов Дәурен", "iin.check_digit"),
        (4, "error", "iin", BOLAT, "Құдайбергенов Әлібек", "member.duplicate_conflict"),
        (5, "error", "iin", BOLAT, "Кудайбергенов Алибек", "member.duplicate_conflict"),
        (7, "error", "joined_on", ERLAN, "Шәріпов Бекзат", "row.date_invalid"),
    ]


def test_warnings_and_rejections_share_one_report_file_readable_by_its_owner_alone(tmp_path):
    out = tmp_path / "roll.csv.rejects.csv"
    assert write_report(out, roll_report(_problem_roll(tmp_path)), _render) == 5
    rows = _report_rows(out)
    assert [(r["line"], r["severity"], r["iin"]) for r in rows] == [
        ("2", "warning", ANNA), ("3", "error", "871008401428"), ("4", "error", BOLAT), ("5", "error", BOLAT),
        ("7", "error", ERLAN)]
    assert rows[0]["message"] == f"The IIN «{ANNA}» encodes sex F, the roll says M."
    if hasattr(__import__("os"), "getuid"):
        assert out.stat().st_mode & 0o777 == 0o600


def test_importer_warnings_decide_which_warnings_the_report_holds(tmp_path):
    from polling_station.domain.problems import warning
    path = _problem_roll(tmp_path)
    entries = roll_report(path)
    sex = next(e.problem for e in entries if e.severity == "warning")
    extra = warning("member.unknown_precinct", field="precinct", line=6, precinct="102")
    merged = with_importer_warnings(path, entries, [sex, extra])
    assert [(e.line, e.severity, e.problem.code) for e in merged] == [
        (2, "warning", "iin.sex_differs"), (3, "error", "iin.check_digit"), (4, "error", "member.duplicate_conflict"),
        (5, "error", "member.duplicate_conflict"), (6, "warning", "member.unknown_precinct"),
        (7, "error", "row.date_invalid")]
    assert (merged[4].iin, merged[4].name) == (DANA, "Иванов Сергей Петрович")  # read back from line 6
    # a warning the importer did not return is not reported
    assert [e.severity for e in with_importer_warnings(path, entries, [])].count("warning") == 0


def test_only_a_report_is_removed_never_another_file(tmp_path):
    report = tmp_path / "roll.csv.rejects.csv"
    write_report(report, [], _render)
    assert remove_report(report) is True and not report.exists()
    assert remove_report(report) is False
    old = tmp_path / "old.rejects.csv"
    old.write_text("\ufeffline,field,code,message\r\n3,iin,iin.check_digit,…\r\n", encoding="utf-8")
    assert remove_report(old) is True and not old.exists()
    precious = tmp_path / "roll.csv"
    precious.write_text(",".join(EN_HEADER) + "\n", encoding="utf-8")
    assert remove_report(precious) is False and precious.exists()
