"""A roll row is judged field by field; duplicates are settled; online files likewise."""
import ast
import datetime as dt
import string
from pathlib import Path

import pytest

from polling_station.domain import iin as iin_rules
from polling_station.domain import members
from polling_station.domain.members import (KAZAKHSTAN_2020, Member, OnlineBallot, OnlineVote,
                                            reconcile, reconcile_online_ballots,
                                            reconcile_online_votes, validate_online_ballot_row,
                                            validate_online_row, validate_row)

ANNA = "871008401427"  # 1987-10-08, female


def _first_valid(prefix: str) -> str:
    """A valid IIN starting with prefix (serial digits searched, check digit computed)."""
    for serial in range(10000):
        candidate = iin_rules.with_check_digit(prefix + f"{serial:04d}"[: 11 - len(prefix)])
        if candidate:
            return candidate
    raise AssertionError("no valid IIN")


# born 15.05.2002, a woman of the 2000s: the IIN starts with 0
ZERO_IIN = _first_valid("0205156")


def _never_issued() -> str:
    for n in range(10**6):
        first11 = f"8001013{n:04d}"
        if iin_rules.check_digit(first11) is None:
            return first11 + "0"
    raise AssertionError("no never-issued number found")


def row(**over):
    fields = {"iin": ANNA, "surname": "Ахметова", "given_name": "Әлия", "patronymic": "Серікқызы",
              "birth_date": "1987-10-08", "sex": "F", "region": "Алматы", "precinct": "12",
              "joined_on": "2015-03-01", "status": "active"}
    fields.update(over)
    return fields


def codes(problems):
    return [p.code for p in problems]


def test_a_complete_row_becomes_a_member():
    r = validate_row(7, row())
    assert r.errors == () and r.warnings == ()
    assert r.member == Member(ANNA, "Ахметова", "Әлия", "Серікқызы", dt.date(1987, 10, 8), "F",
                              "Алматы", "12", dt.date(2015, 3, 1), "active")
    assert r.line == 7 and r.iin == ANNA


def test_names_are_nfc_with_stray_spaces_collapsed():
    decomposed = "Бейсенбаи\u0306"  # й typed as и + combining breve
    r = validate_row(2, row(surname="  " + decomposed + " ", given_name="Анна \u00a0  Мария",
                            patronymic="\u200bСергеевна "))
    assert r.member.surname == "Бейсенбай"
    assert r.member.given_name == "Анна Мария"
    assert r.member.patronymic == "Сергеевна"


@pytest.mark.parametrize("field", ["iin", "surname", "given_name", "precinct", "joined_on", "status"])
def test_required_fields_are_named_when_missing(field):
    r = validate_row(12, row(**{field: "  "}))
    assert r.member is None
    assert any(p.code in ("row.required", "iin.empty") and p.params["field"] == field
               for p in r.errors), r.errors


@pytest.mark.parametrize("field", ["patronymic", "birth_date", "sex", "region"])
def test_optional_fields_may_be_empty(field):
    r = validate_row(3, row(**{field: None}))
    assert r.errors == ()
    assert r.member is not None


def test_a_name_with_digits_is_rejected():
    r = validate_row(4, row(given_name="Әлия 2"))
    assert codes(r.errors) == ["member.name_chars"]
    assert r.errors[0].params == {"field": "given_name", "value": "Әлия 2"}


def test_names_with_hyphen_apostrophe_and_parentheses_pass():
    r = validate_row(4, row(surname="Ахметова-Д'Арк (Сейітова)"))
    assert r.errors == ()


def test_a_wrong_check_digit_is_rejected_with_the_field():
    r = validate_row(9, row(iin="123456789012"))
    assert codes(r.errors) == ["iin.check_digit"]
    assert r.errors[0].params["field"] == "iin"
    assert r.iin == ""


def test_a_never_issued_iin_is_rejected():
    number = _never_issued()
    r = validate_row(9, row(iin=number, birth_date="", sex=""))
    assert codes(r.errors) == ["iin.never_issued"]


@pytest.mark.parametrize("value", ["87100840142", "8710084014270", "87100840142O", "871 008 401 427"])
def test_malformed_iins_are_rejected(value):
    r = validate_row(5, row(iin=value))
    assert r.member is None
    assert r.errors[0].code.startswith("iin.")


def test_an_iin_stored_as_a_number_gets_its_leading_zero_back_quietly():
    r = validate_row(3, row(iin=int(ZERO_IIN), birth_date="2002-05-15", sex="F"))
    assert r.member.iin == ZERO_IIN
    assert r.warnings == ()


def test_an_iin_stored_as_a_float_is_read_exactly():
    assert validate_row(3, row(iin=8.71008401427e11)).member.iin == ANNA
    assert validate_row(3, row(iin=float(ZERO_IIN), birth_date=None, sex=None)).member.iin == ZERO_IIN


def test_an_iin_text_that_lost_its_zero_is_restored_with_a_warning():
    r = validate_row(3, row(iin=ZERO_IIN[1:], birth_date=None, sex=None))
    assert r.member.iin == ZERO_IIN
    assert codes(r.warnings) == ["row.iin_zero_restored"]
    assert r.warnings[0].params["field"] == "iin"


def test_iin_text_from_float_and_scientific_exports():
    assert validate_row(1, row(iin=ANNA + ".0")).member.iin == ANNA
    assert validate_row(1, row(iin="8.71008401427E+11")).member.iin == ANNA
    rounded = validate_row(1, row(iin="8.71008E+11"))
    assert codes(rounded.errors) == ["row.iin_rounded"]


@pytest.mark.parametrize("value,expected", [
    ("1987-10-08", dt.date(1987, 10, 8)),
    ("08.10.1987", dt.date(1987, 10, 8)),
    ("8.10.1987", dt.date(1987, 10, 8)),
    (dt.date(1987, 10, 8), dt.date(1987, 10, 8)),
    (dt.datetime(1987, 10, 8), dt.date(1987, 10, 8)),
])
def test_dates_in_both_written_forms_and_as_spreadsheet_cells(value, expected):
    assert validate_row(1, row(birth_date=value)).member.birth_date == expected


@pytest.mark.parametrize("value,code", [
    ("1987/10/08", "row.date_format"),
    ("10-08-1987", "row.date_format"),
    ("yesterday", "row.date_format"),
    ("31.02.1987", "row.date_invalid"),
    ("1987-13-01", "row.date_invalid"),
    ("1850-01-01", "row.date_out_of_range"),
])
def test_bad_dates_are_rejected_naming_field_and_value(value, code):
    r = validate_row(12, row(birth_date=value))
    assert codes(r.errors) == [code]
    assert r.errors[0].params["field"] == "birth_date"


def test_a_bad_joining_date_names_its_field():
    r = validate_row(12, row(joined_on="30.02.2019"))
    assert [(p.code, p.params["field"]) for p in r.errors] == [("row.date_invalid", "joined_on")]


def test_born_after_joining_is_an_error():
    r = validate_row(3, row(iin=ZERO_IIN, birth_date="2002-05-15", joined_on="2001-01-01"))
    assert codes(r.errors) == ["member.born_after_joining"]


@pytest.mark.parametrize("value,expected", [
    ("M", "M"), ("m", "M"), ("F", "F"), ("f", "F"),
    ("М", "M"), ("м", "M"), ("Ж", "F"), ("ж", "F"),  # Cyrillic
    ("Е", "M"), ("е", "M"), ("Ә", "F"), ("ә", "F"),  # Kazakh ер / әйел
    ("", None),
])
def test_sex_in_latin_russian_and_kazakh(value, expected):
    r = validate_row(1, row(iin="760212350620", birth_date=None, sex=value))
    assert r.errors == ()
    assert r.member.sex == expected


def test_an_unknown_sex_is_rejected():
    assert codes(validate_row(1, row(sex="X")).errors) == ["member.sex_unknown"]


@pytest.mark.parametrize("value,expected", [
    ("active", "active"), ("ACTIVE", "active"), ("Suspended", "suspended"),
    ("активен", "active"), ("Активный", "active"), ("приостановлен", "suspended"),
    ("Белсенді", "active"), ("белсендi", "active"),  # the second with a Latin i
    ("ТОҚТАТЫЛҒАН", "suspended"),
])
def test_status_in_english_russian_and_kazakh(value, expected):
    assert validate_row(1, row(status=value)).member.status == expected


def test_an_unknown_status_is_rejected():
    r = validate_row(1, row(status="excluded"))
    assert codes(r.errors) == ["member.status_unknown"]
    assert r.errors[0].params == {"field": "status", "value": "excluded"}


def test_birth_date_and_sex_disagreeing_with_the_iin_only_warn():
    r = validate_row(5, row(birth_date="1987-10-09", sex="M"))
    assert r.member is not None and r.errors == ()
    assert sorted((p.code, p.params["field"]) for p in r.warnings) == [
        ("iin.birth_date_differs", "birth_date"), ("iin.sex_differs", "sex")]
    assert all(not p.is_error for p in r.warnings)


def test_cells_beyond_the_header_reject_the_row():
    r = validate_row(5, row(**{members.EXTRA_CELLS: ("Медеу",)}))
    assert codes(r.errors) == ["row.extra_cells"]


def test_numbers_in_text_fields_are_read_as_text():
    r = validate_row(5, row(precinct=12.0))
    assert r.member.precinct == "12"


# --- reconcile -----------------------------------------------------------------------------

def test_identical_duplicates_collapse_into_the_first():
    results = [validate_row(2, row()), validate_row(3, row(iin="760212350620", birth_date=None, sex=None)),
               validate_row(4, row(surname=" Ахметова "))]
    rec = reconcile(results)
    assert [m.iin for m in rec.accepted] == [ANNA, "760212350620"]
    assert rec.collapsed == 1
    assert rec.rejected == []


def test_conflicting_duplicates_are_all_rejected_naming_the_other_lines():
    other = dict(iin="760212350620", birth_date=None, sex=None)
    results = [validate_row(2, row()), validate_row(3, row(**other)),
               validate_row(6, row(precinct="13")), validate_row(9, row())]
    rec = reconcile(results)
    assert [m.iin for m in rec.accepted] == ["760212350620"]
    assert [(r.line, r.field) for r in rec.rejected] == [(2, "iin"), (6, "iin"), (9, "iin")]
    by_line = {r.line: r.problems[0] for r in rec.rejected}
    assert by_line[2].code == "member.duplicate_conflict"
    assert by_line[2].params["other_lines"] == "6, 9"
    assert by_line[6].params["other_lines"] == "2, 9"
    assert rec.collapsed == 0


def test_invalid_rows_are_rejected_with_their_line_in_order():
    results = [validate_row(5, row(iin="123456789012")), validate_row(2, row(joined_on="")),
               validate_row(3, row(iin="760212350620", birth_date=None, sex=None))]
    rec = reconcile(results)
    assert [(r.line, r.field) for r in rec.rejected] == [(2, "joined_on"), (5, "iin")]
    assert len(rec.accepted) == 1


def test_a_reject_blames_no_single_field_when_several_are_wrong():
    rec = reconcile([validate_row(2, row(joined_on="", status="?"))])
    assert rec.rejected[0].field is None
    assert len(rec.rejected[0].problems) == 2


def test_a_valid_row_whose_iin_is_also_on_a_rejected_row_is_accepted_with_a_warning():
    rec = reconcile([validate_row(2, row()), validate_row(8, row(joined_on="soon"))])
    assert [m.iin for m in rec.accepted] == [ANNA]
    assert [r.line for r in rec.rejected] == [8]
    assert codes(rec.warned[0].warnings) == ["member.duplicate_of_rejected"]
    assert rec.warned[0].warnings[0].params["other_lines"] == "8"


def test_warned_rows_are_kept_for_the_report():
    rec = reconcile([validate_row(2, row(sex="M")), validate_row(3, row(sex="M"))])
    assert rec.collapsed == 1
    assert [(w.line, codes(w.warnings)) for w in rec.warned] == [(2, ["iin.sex_differs"])]


def test_reconcile_consumes_a_generator_of_a_large_roll():
    def rows():
        for n in range(2000):
            first11 = f"870101{3 + n % 2}{n:04d}"
            number = iin_rules.with_check_digit(first11)
            if number:
                yield validate_row(n + 2, row(iin=number, birth_date=None, sex=None))
    rec = reconcile(rows())
    assert len(rec.accepted) > 1500 and rec.rejected == []


# --- online voters -------------------------------------------------------------------------

def test_an_online_vote_with_an_offset():
    vote, problems = validate_online_row(2, {"iin": ANNA, "voted_at": "2020-10-01T09:30:00+06:00"})
    assert problems == ()
    assert vote == OnlineVote(ANNA, dt.datetime(2020, 10, 1, 9, 30, tzinfo=KAZAKHSTAN_2020))


def test_a_utc_z_time_is_accepted():
    vote, problems = validate_online_row(2, {"iin": ANNA, "voted_at": "2020-10-01T03:30:00Z"})
    assert problems == ()
    assert vote.voted_at == dt.datetime(2020, 10, 1, 9, 30, tzinfo=KAZAKHSTAN_2020)


@pytest.mark.parametrize("value", ["2020-10-01 09:30:00", "01.10.2020 09:30", dt.datetime(2020, 10, 1, 9, 30)])
def test_a_time_without_offset_is_read_as_kazakhstan_time_with_a_warning(value):
    vote, problems = validate_online_row(2, {"iin": ANNA, "voted_at": value})
    assert vote.voted_at == dt.datetime(2020, 10, 1, 9, 30, tzinfo=KAZAKHSTAN_2020)
    assert codes(problems) == ["row.naive_time"]
    assert not problems[0].is_error and problems[0].params["field"] == "voted_at"


@pytest.mark.parametrize("value,code", [
    ("2020-10-01", "row.time_format"), ("yesterday", "row.time_format"),
    ("2020-10-32T09:00:00+06:00", "row.time_format"), ("", "row.required"),
])
def test_bad_online_times_are_errors(value, code):
    vote, problems = validate_online_row(2, {"iin": ANNA, "voted_at": value})
    assert vote is None
    assert codes(problems) == [code]


def test_online_duplicates_same_time_collapse_and_different_times_keep_the_earliest():
    def v(line, iin, at):
        return (line, *validate_online_row(line, {"iin": iin, "voted_at": at}))
    rec = reconcile_online_votes([
        v(2, ANNA, "2020-10-02T10:00:00+06:00"),
        v(3, "760212350620", "2020-10-01T10:00:00+06:00"),
        v(4, "760212350620", "2020-10-01T04:00:00Z"),       # the same moment in UTC
        v(5, ANNA, "2020-10-01T08:00:00+06:00"),
        v(6, "123456789012", "2020-10-01T08:00:00+06:00"),
    ])
    assert [(x.iin, x.voted_at.isoformat()) for x in rec.accepted] == [
        (ANNA, "2020-10-01T08:00:00+06:00"), ("760212350620", "2020-10-01T10:00:00+06:00")]
    assert rec.collapsed == 1
    assert [(r.line, r.field) for r in rec.rejected] == [(6, "iin")]
    assert [(w.line, codes(w.problems)) for w in rec.warned] == [(5, ["online.duplicate_times"])]
    assert rec.warned[0].problems[0].params["other_lines"] == "2"


# --- online ballots ------------------------------------------------------------------------

def ballot(line, iin=ANNA, race="almaty-city", choices="c1 c7  c3", at="2020-10-01T09:00:00+06:00"):
    return (line, *validate_online_ballot_row(line, {"iin": iin, "voted_at": at, "race": race,
                                                     "choices": choices}))


def test_an_online_ballot_splits_its_choices_on_spaces():
    _, b, problems = ballot(2)
    assert problems == ()
    assert b == OnlineBallot(ANNA, dt.datetime(2020, 10, 1, 9, tzinfo=KAZAKHSTAN_2020),
                             "almaty-city", ("c1", "c7", "c3"))


def test_a_candidate_chosen_twice_is_an_error_and_an_empty_ballot_a_warning():
    assert codes(ballot(2, choices="c1 c1")[2]) == ["online.choice_repeated"]
    _, b, problems = ballot(2, choices="")
    assert b.choices == () and codes(problems) == ["online.no_choices"]
    assert codes(ballot(2, race="")[2]) == ["row.required"]


def test_online_ballot_duplicates_within_the_file():
    rec = reconcile_online_ballots([
        ballot(2), ballot(3, race="almaty-region"), ballot(4),          # 4 repeats 2 exactly
        ballot(5, iin="760212350620"), ballot(6, iin="760212350620", choices="c2"),
    ])
    assert [(b.iin, b.race) for b in rec.accepted] == [(ANNA, "almaty-city"), (ANNA, "almaty-region")]
    assert rec.collapsed == 1
    assert [(r.line, r.problems[0].code) for r in rec.rejected] == [
        (5, "online.ballot_conflict"), (6, "online.ballot_conflict")]


# --- messages --------------------------------------------------------------------------------

def _raised_codes(module) -> set[str]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("error", "warning") and node.args
                and isinstance(node.args[0], ast.Constant)):
            found.add(node.args[0].value)
    return found


def test_every_code_raised_has_an_english_message():
    raised = _raised_codes(members)
    assert raised and raised <= set(members.MESSAGES)


def test_every_message_formats_with_the_params_it_is_given():
    produced = []
    for fields in (row(iin="8.71008E+11"), row(iin="123456789012"), row(given_name="1"),
                   row(birth_date="x"), row(birth_date="31.02.2000"), row(birth_date="1800-01-01"),
                   row(sex="?", status="?", joined_on=""), row(sex="M", birth_date="1987-10-09"),
                   row(iin=ZERO_IIN[1:], birth_date=None, sex=None),
                   row(**{members.EXTRA_CELLS: ("a", "b")}),
                   row(iin=ZERO_IIN, birth_date="2002-05-15", joined_on="2001-01-01")):
        r = validate_row(1, fields)
        produced += r.errors + r.warnings
    produced += reconcile([validate_row(1, row()), validate_row(2, row(precinct="9"))]).rejected[0].problems
    produced += reconcile([validate_row(1, row()), validate_row(2, row(status=""))]).warned[0].warnings
    produced += next(members.flag_unknown_precincts([validate_row(1, row(precinct="999"))], {"101"})).warnings
    produced += validate_online_row(1, {"iin": ANNA, "voted_at": "2020-10-01 10:00"})[1]
    produced += validate_online_row(1, {"iin": ANNA, "voted_at": "never"})[1]
    produced += ballot(1, choices="a a")[2] + ballot(1, choices="")[2]
    produced += reconcile_online_ballots([ballot(1), ballot(2, choices="x")]).rejected[0].problems
    produced += reconcile_online_votes([
        (1, *validate_online_row(1, {"iin": ANNA, "voted_at": "2020-10-01T10:00+06:00"})),
        (2, *validate_online_row(2, {"iin": ANNA, "voted_at": "2020-10-01T11:00+06:00"}))]).warned[0].problems
    messages = {**members.MESSAGES, **iin_rules.MESSAGES}
    assert {p.code for p in produced} >= set(members.MESSAGES)
    for p in produced:
        text = messages[p.code].format(**p.params)
        assert "{" not in text
        assert set(text) & set(string.ascii_letters)


def test_a_precinct_the_election_does_not_define_warns_with_line_and_precinct_but_is_kept():
    rows = [validate_row(2, row(precinct="101")), validate_row(3, row(iin=ZERO_IIN, precinct="№101")),
            validate_row(4, row(iin=_first_valid("7602123"), precinct="999"))]
    rec = reconcile(members.flag_unknown_precincts(rows, {"101", "102"}))
    assert len(rec.accepted) == 3 and rec.rejected == []
    warned = [(r.line, [(p.code, p.severity, p.params["line"], p.params["precinct"]) for p in r.warnings
                        if p.code == "member.unknown_precinct"]) for r in rec.warned]
    assert warned == [(3, [("member.unknown_precinct", "warning", 3, "№101")]),
                      (4, [("member.unknown_precinct", "warning", 4, "999")])]
    text = members.MESSAGES["member.unknown_precinct"].format(**rec.warned[0].warnings[-1].params)
    assert text.startswith("Line 3: the precinct «№101» is not in the election definition")


def test_an_invalid_row_gets_no_precinct_warning_on_top_of_its_errors():
    [r] = members.flag_unknown_precincts([validate_row(2, row(surname="", precinct="999"))], {"101"})
    assert r.errors and r.warnings == ()
