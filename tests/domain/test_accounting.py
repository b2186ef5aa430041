"""Ballot accounting: count sheets, protocol lines and the catalogue of control relations."""
import json
import string
from collections import Counter
from dataclasses import dataclass

import pytest
from hypothesis import given, settings, strategies as st

from polling_station.domain import accounting as acc
from polling_station.domain.accounting import (
    CONTROL_RELATIONS, CountSheet, RaceInfo, StationRecords, blocking, check, count_sheet_to_json,
    parse_count_sheet, parse_count_sheet_json, protocol_lines, unexplained_warnings,
)

ERROR_IDS = {r.id for r in CONTROL_RELATIONS if r.severity == "error"}
RACE = RaceInfo("almaty-city", 2, ("c-abay", "c-ainur", "c-bolat"))


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def renders(problem) -> str:
    """A problem's English message, failing when the template and the params disagree."""
    template = acc.MESSAGES[problem.code]
    assert placeholders(template) <= set(problem.params), (problem.code, problem.params)
    return template.format(**problem.params)


def ids(results) -> list[str]:
    return [r.relation_id for r in results]


# ── scenarios that are consistent by construction ─────────────────────────────────────────────

@dataclass(frozen=True)
class Scenario:
    race: RaceInfo
    records: StationRecords
    sheet: CountSheet
    taken_away: int

    @property
    def lines(self):
        return protocol_lines(self.records, self.sheet)

    def with_sheet(self, **changes):
        fields = dict(unused=self.sheet.unused, found_in_box=self.sheet.found_in_box,
                      invalid=self.sheet.invalid, votes=self.sheet.votes)
        fields.update(changes)
        return Scenario(self.race, self.records, CountSheet(self.race.id, **fields), self.taken_away)

    def with_records(self, **changes):
        fields = dict(roll_eligible=self.records.roll_eligible, received=self.records.received,
                      issued=self.records.issued, spoiled=self.records.spoiled)
        fields.update(changes)
        return Scenario(self.race, StationRecords(**fields), self.sheet, self.taken_away)


@st.composite
def races(draw, min_candidates=1, min_choices=1):
    n = draw(st.integers(min_candidates, 9))
    choices = draw(st.integers(min(min_choices, n), n))
    return RaceInfo("race-1", choices, tuple(f"cand-{i}" for i in range(n)))


@st.composite
def scenarios(draw, race=None, min_valid=0, min_issued=0):
    """A station that really happened: ballots marked within the rules, some invalid, some taken
    away, some spoiled and replaced; every line counted from those events."""
    race = race or draw(races())
    marked = draw(st.lists(st.frozensets(st.sampled_from(race.candidate_ids), min_size=1,
                                         max_size=race.max_choices),
                           min_size=min_valid, max_size=40))
    invalid = draw(st.integers(0, 10))
    taken = draw(st.integers(0, 5))
    found = len(marked) + invalid
    issued = found + taken
    if issued < min_issued:
        taken += min_issued - issued
        issued = min_issued
    spoiled = draw(st.integers(0, 5))
    unused = draw(st.integers(0, 50))
    roll = issued + draw(st.integers(0, 300))
    tally = Counter(c for ballot in marked for c in ballot)
    votes = {c: tally[c] for c in race.candidate_ids}
    return Scenario(race, StationRecords(roll, issued + spoiled + unused, issued, spoiled),
                    CountSheet(race.id, unused, found, invalid, votes), taken)


# ── consistent sheets pass ────────────────────────────────────────────────────────────────────

@given(scenarios())
def test_every_sheet_consistent_with_its_records_passes_every_error_relation(s):
    results = check(s.lines, s.race.max_choices)
    assert blocking(results) == ()


@given(scenarios())
def test_ballots_taken_away_warn_exactly_when_some_were(s):
    assert ("CR08" in ids(check(s.lines, s.race.max_choices))) == (s.taken_away > 0)


@given(races())
def test_an_empty_station_passes_everything(race):
    sheet = CountSheet(race.id, 0, 0, 0, {c: 0 for c in race.candidate_ids})
    assert check(protocol_lines(StationRecords(0, 0, 0, 0), sheet), race.max_choices) == ()


# ── each error relation, violated alone, is reported with its id ──────────────────────────────

def only_errors(s) -> set[str]:
    return {r.relation_id for r in blocking(check(s.lines, s.race.max_choices))}


@given(scenarios(), st.integers(-20, 20).filter(bool))
def test_cr01_received_ballots_not_accounted_for(s, delta):
    s = s.with_records(received=max(0, s.records.received + delta))
    if s.records.received == s.records.issued + s.records.spoiled + s.sheet.unused:
        s = s.with_records(received=s.records.received + 1)
    assert only_errors(s) == {"CR01"}


@given(st.data())
def test_cr02_ballots_added_to_the_box(data):
    s = data.draw(scenarios())
    stuffed = data.draw(st.lists(st.frozensets(st.sampled_from(s.race.candidate_ids), min_size=1,
                                               max_size=s.race.max_choices),
                                 min_size=s.taken_away + 1, max_size=s.taken_away + 10))
    votes = Counter(s.sheet.votes)
    votes.update(c for ballot in stuffed for c in ballot)
    s = s.with_sheet(found_in_box=s.sheet.found_in_box + len(stuffed),
                     votes={c: votes[c] for c in s.race.candidate_ids})
    assert only_errors(s) == {"CR02"}


@given(scenarios(), st.integers(1, 30))
def test_cr03_more_invalid_ballots_than_found(s, excess):
    s = s.with_sheet(invalid=s.sheet.found_in_box + excess)
    assert only_errors(s) == {"CR03"}


@given(scenarios(min_issued=1), st.data())
def test_cr04_more_ballots_issued_than_members_on_the_roll(s, data):
    short = data.draw(st.integers(1, s.records.issued))
    s = s.with_records(roll_eligible=s.records.issued - short)
    assert only_errors(s) == {"CR04"}


@given(st.data())
def test_cr05_a_candidate_with_more_votes_than_valid_ballots(data):
    race = data.draw(races(min_candidates=2, min_choices=2))
    s = data.draw(scenarios(race=race, min_valid=1))
    valid = s.sheet.valid
    favourite = data.draw(st.sampled_from(race.candidate_ids))
    excess = data.draw(st.integers(1, valid * (race.max_choices - 1)))
    s = s.with_sheet(votes={c: valid + excess if c == favourite else 0 for c in race.candidate_ids})
    results = blocking(check(s.lines, race.max_choices))
    assert only_errors(s) == {"CR05"}
    assert [r.params["candidate"] for r in results] == [favourite]
    assert results[0].fields == (f"votes.{favourite}",)


@given(st.data())
def test_cr06_more_votes_than_valid_ballots_times_choices(data):
    race = data.draw(races(min_candidates=2))
    if race.max_choices == len(race.candidate_ids):
        race = RaceInfo(race.id, race.max_choices - 1, race.candidate_ids)
    s = data.draw(scenarios(race=race, min_valid=1))
    valid, n = s.sheet.valid, len(race.candidate_ids)
    # Start from every candidate on every valid ballot, then take away less than the slack.
    budget = data.draw(st.integers(0, (n - race.max_choices) * valid - 1))
    votes = {}
    for c in race.candidate_ids:
        cut = min(budget, valid)
        votes[c] = valid - cut
        budget -= cut
    s = s.with_sheet(votes=votes)
    assert only_errors(s) == {"CR06"}


@given(st.data())
def test_cr07_fewer_votes_than_valid_ballots(data):
    s = data.draw(scenarios(min_valid=1))
    total = data.draw(st.integers(0, s.sheet.valid - 1))
    spread = data.draw(st.lists(st.sampled_from(s.race.candidate_ids), min_size=total, max_size=total))
    counts = Counter(spread)
    s = s.with_sheet(votes={c: counts[c] for c in s.race.candidate_ids})
    assert only_errors(s) == {"CR07"}


def test_a_negative_line_8_reports_cr03_alone_not_a_failure_per_candidate():
    sheet = CountSheet(RACE.id, 0, 10, 14, {"c-abay": 3, "c-ainur": 0, "c-bolat": 5})
    lines = protocol_lines(StationRecords(100, 10, 10, 0), sheet)
    assert lines.valid == -4
    assert ids(blocking(check(lines, RACE.max_choices))) == ["CR03"]


def test_a_relation_fails_once_per_offending_candidate():
    sheet = CountSheet(RACE.id, 0, 10, 0, {"c-abay": 11, "c-ainur": 0, "c-bolat": 12})
    lines = protocol_lines(StationRecords(100, 10, 10, 0), sheet)
    failures = [r for r in check(lines, 3) if r.relation_id == "CR05"]
    assert [r.params["candidate"] for r in failures] == ["c-abay", "c-bolat"]


# ── warnings and their thresholds ─────────────────────────────────────────────────────────────

def lines_with(*, issued=100, spoiled=0, found=100, invalid=0, votes=None):
    valid = found - invalid
    votes = votes if votes is not None else {"c-abay": valid, "c-ainur": 0, "c-bolat": 0}
    return protocol_lines(StationRecords(500, issued + spoiled, issued, spoiled),
                          CountSheet(RACE.id, 0, found, invalid, votes))


def test_invalid_ballots_warn_only_above_five_percent_of_those_found():
    assert "CR09" not in ids(check(lines_with(found=100, invalid=5), 2))
    assert "CR09" in ids(check(lines_with(found=100, invalid=6), 2))
    assert "CR09" not in ids(check(lines_with(found=0, invalid=0, issued=0), 2))


def test_spoiled_ballots_warn_only_above_ten_percent_of_those_issued():
    assert "CR10" not in ids(check(lines_with(spoiled=10), 2))
    assert "CR10" in ids(check(lines_with(spoiled=11), 2))
    assert "CR10" in ids(check(lines_with(issued=0, found=0, spoiled=1), 2))


def test_warnings_do_not_block_but_need_a_written_explanation():
    results = check(lines_with(issued=100, found=90, invalid=9), 2)
    assert ids(results) == ["CR08", "CR09"]
    assert blocking(results) == ()
    assert ids(unexplained_warnings(results, {})) == ["CR08", "CR09"]
    assert ids(unexplained_warnings(results, {"CR08": "Two members left with their ballot.",
                                              "CR09": "   "})) == ["CR09"]
    assert unexplained_warnings(results, {"CR08": "Two left.", "CR09": "Torn ballots."}) == ()


def test_errors_block_and_an_explanation_does_not_lift_them():
    results = check(lines_with(found=101, votes={"c-abay": 101, "c-ainur": 0, "c-bolat": 0}), 2)
    assert ids(blocking(results)) == ["CR02"]
    assert unexplained_warnings(results, {"CR02": "We are sure."}) == ()
    assert ids(blocking(results)) == ["CR02"]


def test_a_failure_names_the_fields_to_highlight():
    sheet = CountSheet(RACE.id, 0, 100, 0, {"c-abay": 100, "c-ainur": 0, "c-bolat": 0})
    (result,) = check(protocol_lines(StationRecords(500, 99, 100, 0), sheet), 2)
    assert result.relation_id == "CR01"
    assert result.fields == ("received", "issued", "spoiled", "unused")
    assert result.problem().code == "relation.CR01"
    assert renders(result.problem()) == "Line 2 (99) must equal lines 3 + 4 + 5 (100 + 0 + 0 = 100)."


# ── the catalogue itself ──────────────────────────────────────────────────────────────────────

# One failing protocol per relation, so that every message is rendered from real params.
EXAMPLE_FAILURES = {
    "CR01": (StationRecords(500, 120, 100, 0), (0, 100, 0, {"c-abay": 100, "c-ainur": 0, "c-bolat": 0})),
    "CR02": (StationRecords(500, 100, 100, 0), (0, 103, 0, {"c-abay": 103, "c-ainur": 0, "c-bolat": 0})),
    "CR03": (StationRecords(500, 100, 100, 0), (0, 100, 101, {"c-abay": 0, "c-ainur": 0, "c-bolat": 0})),
    "CR04": (StationRecords(90, 100, 100, 0), (0, 100, 0, {"c-abay": 100, "c-ainur": 0, "c-bolat": 0})),
    "CR05": (StationRecords(500, 100, 100, 0), (0, 100, 0, {"c-abay": 101, "c-ainur": 0, "c-bolat": 0})),
    "CR06": (StationRecords(500, 100, 100, 0), (0, 100, 0, {"c-abay": 100, "c-ainur": 100, "c-bolat": 1})),
    "CR07": (StationRecords(500, 100, 100, 0), (0, 100, 0, {"c-abay": 60, "c-ainur": 39, "c-bolat": 0})),
    "CR08": (StationRecords(500, 100, 100, 0), (0, 98, 0, {"c-abay": 98, "c-ainur": 0, "c-bolat": 0})),
    "CR09": (StationRecords(500, 100, 100, 0), (0, 100, 6, {"c-abay": 94, "c-ainur": 0, "c-bolat": 0})),
    "CR10": (StationRecords(500, 111, 100, 11), (0, 100, 0, {"c-abay": 100, "c-ainur": 0, "c-bolat": 0})),
}


def example_lines(relation_id):
    records, (unused, found, invalid, votes) = EXAMPLE_FAILURES[relation_id]
    return protocol_lines(records, CountSheet(RACE.id, unused, found, invalid, votes))


def test_relation_ids_are_numbered_in_order_and_unique():
    assert [r.id for r in CONTROL_RELATIONS] == [f"CR{i:02d}" for i in range(1, len(CONTROL_RELATIONS) + 1)]
    assert set(EXAMPLE_FAILURES) == {r.id for r in CONTROL_RELATIONS}


def test_the_design_checks_are_errors_and_the_design_warnings_are_warnings():
    severity = {r.id: r.severity for r in CONTROL_RELATIONS}
    assert {k for k, v in severity.items() if v == "error"} == {f"CR0{i}" for i in range(1, 8)}
    assert {r.formula for r in CONTROL_RELATIONS if r.severity == "error"} >= {
        "2 = 3 + 4 + 5", "6 ≤ 3", "6 = 7 + 8", "3 ≤ 1"}


@pytest.mark.parametrize("relation", CONTROL_RELATIONS, ids=lambda r: r.id)
def test_every_relation_has_kk_ru_and_en_text(relation):
    assert set(relation.text) == set(acc.LANGUAGES)
    assert all(len(t) > 40 for t in relation.text.values())
    assert set("әғқңөұүһі") & set(relation.text["kk"].lower()), "Kazakh text uses Kazakh letters"
    assert not set("әғқңөұүі") & set(relation.text["ru"].lower()), "Russian text has no Kazakh letters"
    assert relation.text["en"].isascii()
    assert relation.severity in ("error", "warning")


@pytest.mark.parametrize("relation", CONTROL_RELATIONS, ids=lambda r: r.id)
def test_every_relation_fails_on_its_example_and_its_message_placeholders_match(relation):
    results = [r for r in check(example_lines(relation.id), RACE.max_choices) if r.relation_id == relation.id]
    assert results, f"{relation.id} did not fail on its example"
    template = acc.MESSAGES[relation.code]
    for result in results:
        assert result.severity == relation.severity
        assert placeholders(template) == set(result.params)
        assert "{" not in template.format(**result.params)


def test_every_message_template_names_its_placeholders():
    for code, template in acc.MESSAGES.items():
        for _, name, spec, conversion in string.Formatter().parse(template):
            assert name != "", f"{code} has a positional placeholder"
            assert not spec and not conversion, f"{code}: translators cannot keep format specs"


# ── protocol lines ────────────────────────────────────────────────────────────────────────────

def test_protocol_lines_number_1_to_8_then_the_candidates_in_the_callers_order():
    sheet = CountSheet(RACE.id, 17, 80, 3, {"c-abay": 40, "c-ainur": 50, "c-bolat": 20})
    lines = protocol_lines(StationRecords(400, 100, 81, 2), sheet, ["c-bolat", "c-abay", "c-ainur"])
    assert [v for _, _, v in lines.numbered()] == [400, 100, 81, 2, 17, 80, 3, 77, 20, 40, 50]
    assert [f for _, f, _ in lines.numbered()][-3:] == ["votes.c-bolat", "votes.c-abay", "votes.c-ainur"]
    assert [lines.line(n) for n in range(1, 12)] == [400, 100, 81, 2, 17, 80, 3, 77, 20, 40, 50]
    with pytest.raises(IndexError):
        lines.line(12)


def test_protocol_lines_refuse_an_order_that_is_not_the_sheets_candidates():
    sheet = CountSheet(RACE.id, 0, 0, 0, {"c-abay": 0, "c-ainur": 0, "c-bolat": 0})
    with pytest.raises(ValueError):
        protocol_lines(StationRecords(0, 0, 0, 0), sheet, ["c-abay", "c-ainur"])


# ── parsing the count sheet JSON ──────────────────────────────────────────────────────────────

def good_json(**changes):
    data = {"race": RACE.id, "unused": 12, "found_in_box": 80, "invalid": 2,
            "votes": {"c-abay": 40, "c-ainur": 50, "c-bolat": 20}}
    data.update(changes)
    return data


def fields_of(problems):
    return sorted(p.params.get("field") for p in problems)


def test_a_well_formed_sheet_parses_and_round_trips():
    sheet, problems = parse_count_sheet(good_json(), RACE)
    assert problems == ()
    assert sheet == CountSheet(RACE.id, 12, 80, 2, {"c-abay": 40, "c-ainur": 50, "c-bolat": 20})
    assert parse_count_sheet(count_sheet_to_json(sheet), RACE) == (sheet, ())
    assert parse_count_sheet_json(json.dumps(count_sheet_to_json(sheet)), RACE) == (sheet, ())


@pytest.mark.parametrize("bad", [True, 2.0, 2.5, "12", None, [], -1])
@pytest.mark.parametrize("name", ["unused", "found_in_box", "invalid"])
def test_a_line_that_is_not_a_non_negative_whole_number_is_refused_by_name(name, bad):
    sheet, problems = parse_count_sheet(good_json(**{name: bad}), RACE)
    assert sheet is None
    assert fields_of(problems) == [name]
    expected = "count_sheet.negative" if bad == -1 else "count_sheet.not_integer"
    assert problems[0].code == expected
    assert name in renders(problems[0])


@pytest.mark.parametrize("bad", [False, 1.0, "7", -3, None])
def test_a_candidates_votes_that_are_not_a_count_are_refused_by_name(bad):
    sheet, problems = parse_count_sheet(good_json(votes={"c-abay": bad, "c-ainur": 1, "c-bolat": 2}), RACE)
    assert sheet is None
    assert fields_of(problems) == ["votes.c-abay"]
    assert "votes.c-abay" in renders(problems[0])


def test_a_boolean_is_shown_as_the_json_the_user_typed():
    _, problems = parse_count_sheet(good_json(invalid=True), RACE)
    assert renders(problems[0]) == "Field «invalid» must be a whole number, not true."


def test_every_candidate_must_be_present_and_no_stranger():
    votes = {"c-abay": 40, "c-bolat": 20, "c-nobody": 3}
    sheet, problems = parse_count_sheet(good_json(votes=votes), RACE)
    assert sheet is None
    assert {(p.code, p.params["field"]) for p in problems} == {
        ("count_sheet.unknown_candidate", "votes.c-nobody"),
        ("count_sheet.candidate_missing", "votes.c-ainur")}
    for p in problems:
        renders(p)


def test_missing_fields_and_a_wrong_race_are_named():
    data = good_json(race="astana-city")
    del data["invalid"]
    sheet, problems = parse_count_sheet(data, RACE)
    assert sheet is None
    assert fields_of(problems) == ["invalid", "race"]
    assert [renders(p) for p in problems if p.code == "count_sheet.race_mismatch"] == [
        'Field «race» is "astana-city", but this count sheet is for race «almaty-city».']


def test_votes_must_be_an_object_and_the_sheet_an_object():
    assert fields_of(parse_count_sheet(good_json(votes=[40, 50, 20]), RACE)[1]) == ["votes"]
    sheet, problems = parse_count_sheet([1, 2, 3], RACE)
    assert sheet is None and [p.code for p in problems] == ["count_sheet.not_object"]


def test_an_unknown_field_is_a_warning_and_the_sheet_still_parses():
    sheet, problems = parse_count_sheet(good_json(comment="recounted twice"), RACE)
    assert sheet is not None
    assert [(p.code, p.severity, p.params["field"]) for p in problems] == [
        ("count_sheet.unknown_field", "warning", "comment")]


def test_a_candidate_written_twice_in_the_json_text_is_refused():
    text = ('{"race": "almaty-city", "unused": 1, "found_in_box": 2, "invalid": 0,'
            ' "votes": {"c-abay": 2, "c-ainur": 0, "c-bolat": 0, "c-abay": 1}}')
    sheet, problems = parse_count_sheet_json(text, RACE)
    assert sheet is None
    assert [(p.code, p.params["field"]) for p in problems] == [("count_sheet.duplicate", "votes.c-abay")]


def test_a_line_written_twice_in_the_json_text_is_refused():
    text = ('{"race": "almaty-city", "unused": 1, "unused": 2, "found_in_box": 2, "invalid": 0,'
            ' "votes": {"c-abay": 2, "c-ainur": 0, "c-bolat": 0}}')
    assert fields_of(parse_count_sheet_json(text, RACE)[1]) == ["unused"]


def test_text_that_is_not_json_says_where():
    sheet, problems = parse_count_sheet_json('{"race": "almaty-city",\n "unused": 1,,}', RACE)
    assert sheet is None
    assert problems[0].code == "count_sheet.not_json" and problems[0].params["line"] == 2
    renders(problems[0])


@settings(max_examples=50)
@given(scenarios())
def test_any_generated_sheet_round_trips_through_json(s):
    race = s.race
    text = json.dumps(count_sheet_to_json(s.sheet), ensure_ascii=False)
    assert parse_count_sheet_json(text, race) == (s.sheet, ())


def test_count_sheets_are_values():
    a = CountSheet(RACE.id, 1, 2, 0, {"c-abay": 2, "c-ainur": 0, "c-bolat": 0})
    b = CountSheet(RACE.id, 1, 2, 0, {"c-bolat": 0, "c-ainur": 0, "c-abay": 2})
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1


def test_a_malformed_race_is_a_bug_not_a_user_error():
    with pytest.raises(ValueError):
        RaceInfo("r", 0, ("a",))
    with pytest.raises(ValueError):
        RaceInfo("r", 1, ("a", "a"))
