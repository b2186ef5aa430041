"""Sanitary checklists: the shipped templates, answers, the opening and closing gates, and the
periodic schedule under a controlled clock."""
import ast
import copy
import datetime as dt
import json
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polling_station.domain import checklists as cl
from polling_station.domain.checklists import (
    Answer, ChecklistTemplateError, all_yes, checked_item_ids, closing_gate, evaluate, opening_gate,
    parse_template, periodic_status, validate_answers,
)

CHECKLISTS = Path(__file__).resolve().parents[2] / "resources" / "checklists"
ALMATY = dt.timezone(dt.timedelta(hours=6))  # Kazakhstan was UTC+6 in 2020


def raw(name):
    return json.loads((CHECKLISTS / f"{name}.json").read_text(encoding="utf-8"))


def shipped(name):
    return parse_template(raw(name), f"{name}.json", expected_name=name)


def at(hhmm):
    h, m = map(int, hhmm.split(":"))
    return dt.datetime(2020, 10, 3, h, m, tzinfo=ALMATY)


def codes(problems):
    return [p.code for p in problems]


def rejected(data, source="broken.json", **kw):
    with pytest.raises(ChecklistTemplateError) as e:
        parse_template(data, source, **kw)
    return e.value.problems


# ---------------------------------------------------------------- the shipped templates

@pytest.mark.parametrize("name", cl.NAMES)
def test_the_shipped_templates_load_and_validate(name):
    t = shipped(name)
    assert t.name == name and t.version >= 1
    assert t.mandatory_ids
    for lang in cl.LANGS:
        assert t.title[lang]
        assert all(item.text[lang] for item in t.items)
    # every answer set accepted by the CLI's --all-yes passes
    answers, problems = validate_answers(t, {i: "yes" for i in t.ids})
    assert problems == ()
    assert evaluate(t, answers) == evaluate(t, all_yes(t))
    assert evaluate(t, answers).passed


def test_the_shipped_kazakh_and_russian_texts_are_written_in_their_own_alphabets():
    kazakh_letters = set("әғқңөұүһі")
    for name in cl.NAMES:
        t = shipped(name)
        for item in t.items:
            assert not any(c in string.ascii_letters for c in item.text["kk"]), item.id
            assert not any(c in string.ascii_letters for c in item.text["ru"]), item.id
            assert not set(item.text["ru"].lower()) & kazakh_letters, item.id
        # Kazakh written with Russian letters only would be a sign of a careless translation
        assert any(set(i.text["kk"].lower()) & kazakh_letters for i in t.items)


def test_the_opening_template_covers_the_2020_sanitary_rules():
    t = shipped("opening")
    mandatory = set(t.mandatory_ids)
    assert {"premises_and_boxes_disinfected", "aired_and_wet_cleaned", "officers_masks_gloves",
            "voters_masks_gloves", "hand_antiseptic", "distance_markings", "thermometer_at_door",
            "isolation_room", "ppe_bins"} <= mandatory
    # a second door is asked for "if possible": a station in a one-door school may still open
    assert not t.item("separate_entrance_exit").mandatory
    assert t.item("premises_and_boxes_disinfected").text["kk"] == \
        "Үй-жай мен сайлау жәшіктері ашылар алдында залалсыздандырылды"


def test_the_periodic_template_repeats_each_item_on_its_own_frequency():
    t = shipped("periodic")
    assert t.every_minutes == 120
    minutes = {i.id: t.every_minutes_of(i) for i in t.items}
    assert minutes["surfaces_disinfected"] == 120
    assert minutes["premises_aired"] == 120
    assert minutes["officers_masks_changed"] == 180
    assert minutes["antiseptic_refilled"] == 120  # the template's default


def test_opening_and_closing_templates_do_not_repeat():
    assert shipped("opening").every_minutes is None
    assert shipped("closing").every_minutes is None
    data = raw("closing")
    data["items"][0]["every_minutes"] = 60
    [p] = rejected(data, "closing.json")
    assert p.code == "checklist.item_frequency_not_periodic"
    assert p.params["path"] == "$.items[0].every_minutes"


def test_a_periodic_template_without_a_frequency_uses_two_hours():
    data = raw("periodic")
    del data["every_minutes"]
    for item in data["items"]:
        item.pop("every_minutes", None)
    t = parse_template(data, "periodic.json")
    assert {t.every_minutes_of(i) for i in t.items} == {cl.DEFAULT_EVERY_MINUTES}


# ---------------------------------------------------------------- a broken template

def test_a_missing_kazakh_text_names_the_file_the_item_and_the_path():
    data = raw("opening")
    del data["items"][3]["text"]["kk"]
    [p] = rejected(data, "opening.json")
    assert p.code == "checklist.missing_text" and p.is_error
    assert p.params == {"source": "opening.json", "index": 3, "item": "voters_masks_gloves",
                        "lang": "kk", "path": "$.items[3].text.kk"}
    assert "opening.json" in str(ChecklistTemplateError([p]))
    assert "voters_masks_gloves" in cl.MESSAGES[p.code].format(**p.params)


def test_a_blank_text_counts_as_missing():
    data = raw("closing")
    data["items"][1]["text"]["ru"] = "   "
    data["title"]["en"] = ""
    assert sorted(codes(rejected(data))) == ["checklist.missing_text", "checklist.missing_title"]


def test_a_duplicate_id_names_both_items():
    data = raw("periodic")
    data["items"][4]["id"] = "premises_aired"
    [p] = rejected(data, "periodic.json")
    assert p.code == "checklist.duplicate_item_id"
    assert p.params["index"] == 4 and p.params["first_index"] == 1
    assert p.params["item"] == "premises_aired" and p.params["source"] == "periodic.json"
    assert p.params["path"] == "$.items[4].id"


@pytest.mark.parametrize("minutes", [0, -30, 5, 1441, 90.5, "120", True, None])
def test_a_bad_frequency_is_refused(minutes):
    data = raw("periodic")
    data["items"][2]["every_minutes"] = minutes
    [p] = rejected(data, "periodic.json")
    assert p.code == "checklist.item_bad_frequency"
    assert p.params["item"] == "officers_masks_changed" and p.params["index"] == 2
    assert p.params["path"] == "$.items[2].every_minutes" and p.params["found"] == minutes


def test_a_bad_template_frequency_is_refused():
    data = raw("periodic")
    data["every_minutes"] = 0
    [p] = rejected(data, "periodic.json")
    assert p.code == "checklist.bad_frequency" and p.params["path"] == "$.every_minutes"


def test_the_format_tag_name_and_version_are_checked():
    data = raw("opening")
    data["format"] = "polling-station/checklist@2"
    data["name"] = "midday"
    data["version"] = 0
    assert sorted(codes(rejected(data))) == ["checklist.bad_version", "checklist.format",
                                             "checklist.unknown_name"]


def test_a_template_used_under_another_name_is_refused():
    [p] = rejected(raw("closing"), "opening.json", expected_name="opening")
    assert p.code == "checklist.unexpected_name"
    assert p.params["found"] == "closing" and p.params["expected"] == "opening"


def test_every_problem_is_reported_at_once():
    data = raw("opening")
    del data["items"][0]["text"]["kk"]
    data["items"][1]["id"] = data["items"][0]["id"]
    data["items"][2]["mandatory"] = "yes"
    data["items"][3]["mandatroy"] = True
    del data["items"][4]["mandatory"]
    data["items"][5]["id"] = "Distance Markings"
    data["items"].append("not an item")
    problems = rejected(data)
    assert codes(problems) == [
        "checklist.missing_text", "checklist.duplicate_item_id", "checklist.bad_mandatory",
        "checklist.item_unknown_field", "checklist.item_missing_field", "checklist.bad_item_id",
        "checklist.item_not_object",
    ]
    assert [p.params["path"] for p in problems] == [
        "$.items[0].text.kk", "$.items[1].id", "$.items[2].mandatory", "$.items[3].mandatroy",
        "$.items[4].mandatory", "$.items[5].id", "$.items[12]",
    ]


def test_structural_damage_is_reported_not_raised_as_a_crash():
    assert codes(rejected([])) == ["checklist.not_object"]
    assert sorted(codes(rejected({}))) == ["checklist.missing_field"] * 5
    assert codes(rejected({**raw("opening"), "items": []})) == ["checklist.no_items"]
    assert codes(rejected({**raw("opening"), "title": "Opening"})) == ["checklist.text_not_object"]
    assert codes(rejected({**raw("opening"), "colour": "red"})) == ["checklist.unknown_field"]
    data = raw("opening")
    data["items"][0]["text"] = "Disinfected"
    assert codes(rejected(data)) == ["checklist.item_text_not_object"]


def test_a_template_inside_an_election_definition_reports_its_path_there():
    data = raw("opening")
    del data["items"][0]["text"]["ru"]
    [p] = rejected(data, "election.json", root="$.checklists.opening")
    assert p.params["path"] == "$.checklists.opening.items[0].text.ru"


def test_parsing_does_not_change_the_data():
    data = raw("periodic")
    before = copy.deepcopy(data)
    parse_template(data, "periodic.json")
    assert data == before


# ---------------------------------------------------------------- answers

def test_the_cli_answer_forms_are_accepted():
    t = shipped("closing")
    given_answers = {i: "yes" for i in t.ids}
    given_answers["aired_before_count"] = {"answer": "no", "note": "  windows do not open  "}
    given_answers["counters_masks_gloves"] = {"answer": "na"}
    answers, problems = validate_answers(t, given_answers)
    assert problems == ()
    assert [a.item_id for a in answers] == list(t.ids)
    assert Answer("aired_before_count", "no", "windows do not open") in answers
    assert Answer("counters_masks_gloves", "na", "") in answers


def test_a_no_without_a_note_is_refused():
    t = shipped("opening")
    given_answers = {i: "yes" for i in t.ids}
    given_answers["isolation_room"] = "no"
    given_answers["ppe_bins"] = {"answer": "no", "note": " "}
    answers, problems = validate_answers(t, given_answers)
    assert [(p.code, p.params["item"]) for p in problems] == [
        ("checklist.note_required", "isolation_room"), ("checklist.note_required", "ppe_bins")]
    assert "isolation_room" not in [a.item_id for a in answers]


def test_an_unknown_item_and_a_missing_item_are_refused():
    t = shipped("periodic")
    given_answers = {i: "yes" for i in t.ids if i != "distance_kept"}
    given_answers["face_shields_disinfected"] = "yes"
    _, problems = validate_answers(t, given_answers)
    assert [(p.code, p.params["item"]) for p in problems] == [
        ("checklist.unknown_item", "face_shields_disinfected"),
        ("checklist.unanswered", "distance_kept")]


def test_malformed_answers_are_refused():
    t = shipped("closing")
    given_answers = {i: "yes" for i in t.ids}
    given_answers["used_ppe_disposed"] = "YES"
    given_answers["aired_before_count"] = {"answer": "yes", "note": 5}
    given_answers["counters_masks_gloves"] = {"answer": "yes", "remark": "ok"}
    _, problems = validate_answers(t, given_answers)
    assert codes(problems) == ["checklist.bad_answer", "checklist.answer_unknown_field",
                               "checklist.bad_note"]
    assert codes(validate_answers(t, ["yes"])[1]) == ["checklist.answers_not_object"]


def test_a_mandatory_item_answered_not_applicable_does_not_pass():
    t = shipped("opening")
    given_answers = {i: "yes" for i in t.ids}
    given_answers["isolation_room"] = "na"
    given_answers["separate_entrance_exit"] = "na"
    answers, problems = validate_answers(t, given_answers)
    assert problems == ()
    outcome = evaluate(t, answers)
    assert not outcome.passed and outcome.failed_mandatory == ("isolation_room",)


def test_an_optional_no_is_a_remark_not_a_failure():
    t = shipped("opening")
    given_answers = {i: "yes" for i in t.ids}
    given_answers["separate_entrance_exit"] = {"answer": "no", "note": "the school has one door"}
    outcome = evaluate(t, validate_answers(t, given_answers)[0])
    assert outcome.passed and outcome.failed_optional == ("separate_entrance_exit",)


def test_evaluate_refuses_answers_from_another_checklist():
    with pytest.raises(ValueError):
        evaluate(shipped("opening"), all_yes(shipped("closing")))


# ---------------------------------------------------------------- the gates

def test_the_station_cannot_open_before_the_opening_checklist():
    decision = opening_gate(None)
    assert not decision.allowed and codes(decision.problems) == ["checklist.not_done"]
    # an exception excuses named items: without a completed checklist there are none to name
    assert not opening_gate(None, "the thermometer is on its way").allowed


def test_opening_is_refused_with_a_missing_mandatory_item_and_allowed_after():
    t = shipped("opening")
    given_answers = {i: "yes" for i in t.ids}
    given_answers["thermometer_at_door"] = {"answer": "no", "note": "not delivered yet"}
    decision = opening_gate(evaluate(t, validate_answers(t, given_answers)[0]))
    assert not decision.allowed and decision.exception is None
    [p] = decision.problems
    assert p.is_error and p.code == "checklist.mandatory_not_yes"
    assert p.params == {"checklist": "opening", "item": "thermometer_at_door", "answer": "no"}

    given_answers["thermometer_at_door"] = "yes"
    decision = opening_gate(evaluate(t, validate_answers(t, given_answers)[0]))
    assert decision.allowed and decision.problems == () and decision.exception is None


def test_an_unanswered_mandatory_item_blocks_opening():
    t = shipped("opening")
    answers = tuple(a for a in all_yes(t) if a.item_id != "ppe_bins")
    decision = opening_gate(evaluate(t, answers))
    assert not decision.allowed
    assert [(p.code, p.params["item"]) for p in decision.problems] == [
        ("checklist.mandatory_unanswered", "ppe_bins")]


def test_the_chairs_exception_needs_a_written_reason():
    t = shipped("opening")
    given_answers = {i: "yes" for i in t.ids}
    given_answers["isolation_room"] = {"answer": "no", "note": "no spare room in the building"}
    outcome = evaluate(t, validate_answers(t, given_answers)[0])

    for blank in ("", "   \n"):
        decision = opening_gate(outcome, blank)
        assert not decision.allowed and decision.exception is None
        assert codes(decision.problems) == ["checklist.mandatory_not_yes",
                                            "checklist.exception_reason_empty"]

    decision = opening_gate(outcome, "  A screened corner of the gym serves as isolation.  ")
    assert decision.allowed
    assert decision.exception == cl.GateException(
        "opening", "A screened corner of the gym serves as isolation.", ("isolation_room",))
    # what the exception excuses stays visible, as warnings
    assert [(p.code, p.severity) for p in decision.problems] == [("checklist.mandatory_not_yes", "warning")]


def test_an_exception_is_not_recorded_when_nothing_failed():
    t = shipped("opening")
    decision = opening_gate(evaluate(t, all_yes(t)), "just in case")
    assert decision.allowed and decision.exception is None
    assert [(p.code, p.severity) for p in decision.problems] == [("checklist.exception_not_needed", "warning")]


def test_closing_requires_the_closing_checklist_but_not_its_success():
    t = shipped("closing")
    assert not closing_gate(None).allowed
    assert codes(closing_gate(None).problems) == ["checklist.not_done"]
    given_answers = {i: "yes" for i in t.ids}
    given_answers["used_ppe_disposed"] = {"answer": "no", "note": "the bin was not collected"}
    decision = closing_gate(evaluate(t, validate_answers(t, given_answers)[0]))
    assert decision.allowed
    assert [(p.code, p.severity, p.params["item"]) for p in decision.problems] == [
        ("checklist.mandatory_not_yes", "warning", "used_ppe_disposed")]


def test_a_gate_given_the_wrong_checklist_is_a_bug():
    with pytest.raises(ValueError):
        opening_gate(evaluate(shipped("closing"), all_yes(shipped("closing"))))
    with pytest.raises(ValueError):
        closing_gate(evaluate(shipped("opening"), all_yes(shipped("opening"))))


def _templates():
    ids = st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), min_size=1, max_size=8,
                   unique=True)
    return ids.flatmap(lambda xs: st.tuples(*[st.booleans() for _ in xs]).map(
        lambda flags: parse_template({
            "format": cl.FORMAT, "name": "opening", "version": 1,
            "title": {"kk": "Ашу", "ru": "Открытие", "en": "Opening"},
            "items": [{"id": i, "mandatory": m, "text": {"kk": "м", "ru": "т", "en": "t"}}
                      for i, m in zip(xs, flags)],
        }, "generated.json")))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.just(None), _templates()), st.data())
def test_the_gate_passes_iff_every_mandatory_item_is_yes(template, data):
    t = template or shipped("opening")
    choice = {i: data.draw(st.sampled_from(["yes", "no", "na", "unanswered"]), label=i) for i in t.ids}
    given_answers = {i: ({"answer": "no", "note": "noted"} if v == "no" else v)
                     for i, v in choice.items() if v != "unanswered"}
    answers, problems = validate_answers(t, given_answers)
    assert all(p.code == "checklist.unanswered" for p in problems)
    assert len(problems) == list(choice.values()).count("unanswered")

    decision = opening_gate(evaluate(t, answers))
    every_mandatory_yes = all(choice[i] == "yes" for i in t.mandatory_ids)
    assert decision.allowed == every_mandatory_yes
    assert (decision.problems == ()) == every_mandatory_yes
    assert opening_gate(evaluate(t, answers), "reason").allowed is True


# ---------------------------------------------------------------- the periodic schedule

def test_a_periodic_check_becomes_due_soon_then_overdue():
    t = shipped("periodic")
    opened = at("08:00")
    status = periodic_status(t, opened, [], at("09:44"))
    assert status.state == "ok" and status.next_due_at == at("10:00")
    assert status.overdue_periods == ()

    status = periodic_status(t, opened, [], at("09:45"))
    assert status.state == "due_soon"
    assert "surfaces_disinfected" in status.due_soon_items
    assert "officers_masks_changed" not in status.due_soon_items  # due at 11:00

    assert periodic_status(t, opened, [], at("10:00")).state == "due_soon"

    status = periodic_status(t, opened, [], at("10:01"))
    assert status.state == "overdue"
    assert status.overdue_items == ("surfaces_disinfected", "premises_aired",
                                    "antiseptic_refilled", "distance_kept")
    assert cl.OverduePeriod("surfaces_disinfected", at("10:00"), at("10:01"), ongoing=True) \
        in status.overdue_periods


def test_a_late_check_records_the_overdue_period_and_restarts_the_clock():
    t = shipped("periodic")
    opened = at("08:00")
    late = (at("10:30"), checked_item_ids(all_yes(t)))
    status = periodic_status(t, opened, [late], at("11:00"))
    assert status.state == "ok" and status.next_due_at == at("12:30")
    assert status.due_at["officers_masks_changed"] == at("13:30")
    assert [(p.item_id, p.start, p.end, p.ongoing) for p in status.overdue_periods] == [
        (i, at("10:00"), at("10:30"), False)
        for i in ("surfaces_disinfected", "premises_aired", "antiseptic_refilled", "distance_kept")]

    # nobody checks again: by 13:00 the two-hourly items are overdue once more, still open
    status = periodic_status(t, opened, [late], at("13:00"))
    assert status.state == "overdue"
    still_open = [p for p in status.overdue_periods if p.ongoing]
    assert {p.item_id for p in still_open} == {"surfaces_disinfected", "premises_aired",
                                               "antiseptic_refilled", "distance_kept"}
    assert {(p.start, p.end) for p in still_open} == {(at("12:30"), at("13:00"))}
    assert len(status.overdue_periods) == 8


def test_the_masks_are_changed_every_three_hours():
    t = shipped("periodic")
    opened = at("08:00")
    on_time = [(at("09:50"), ["surfaces_disinfected", "premises_aired", "antiseptic_refilled",
                              "distance_kept"])]
    assert periodic_status(t, opened, on_time, at("10:50")).due_soon_items == ("officers_masks_changed",)
    status = periodic_status(t, opened, on_time, at("11:20"))
    assert status.overdue_items == ("officers_masks_changed",)
    assert status.overdue_periods == (
        cl.OverduePeriod("officers_masks_changed", at("11:00"), at("11:20"), ongoing=True),)


def test_a_no_in_a_periodic_check_leaves_the_item_due():
    t = shipped("periodic")
    given_answers = {i: "yes" for i in t.ids}
    given_answers["antiseptic_refilled"] = {"answer": "no", "note": "the stock ran out"}
    given_answers["distance_kept"] = "na"
    answers, _ = validate_answers(t, given_answers)
    status = periodic_status(t, at("08:00"), [(at("09:55"), checked_item_ids(answers))], at("10:05"))
    assert status.overdue_items == ("antiseptic_refilled",)


def test_checks_outside_the_opening_and_now_do_not_count():
    t = shipped("periodic")
    everything = checked_item_ids(all_yes(t))
    checks = [(at("07:30"), everything), (at("10:30"), everything)]
    status = periodic_status(t, at("08:00"), checks, at("10:10"))
    # the 10:30 check has not happened yet at 10:10; the 07:30 one was before opening
    assert status.state == "overdue" and status.next_due_at == at("10:00")


def test_the_schedule_does_not_depend_on_the_order_checks_are_given_in():
    t = shipped("periodic")
    everything = checked_item_ids(all_yes(t))
    checks = [(at("12:40"), everything), (at("09:50"), everything)]
    forward = periodic_status(t, at("08:00"), list(reversed(checks)), at("14:30"))
    assert periodic_status(t, at("08:00"), checks, at("14:30")) == forward
    assert {(p.start, p.end) for p in forward.overdue_periods} == {(at("11:50"), at("12:40"))}


def test_the_schedule_refuses_what_would_be_a_bug():
    t = shipped("periodic")
    with pytest.raises(ValueError):
        periodic_status(shipped("opening"), at("08:00"), [], at("09:00"))
    with pytest.raises(ValueError):
        periodic_status(t, dt.datetime(2020, 10, 3, 8, 0), [], at("09:00"))
    with pytest.raises(ValueError):
        periodic_status(t, at("08:00"), [(at("08:30"), ["face_shields"])], at("09:00"))


# ---------------------------------------------------------------- messages

def test_every_code_raised_has_a_message_and_every_message_is_used():
    tree = ast.parse(Path(cl.__file__).read_text(encoding="utf-8"))
    raised = {node.value for node in ast.walk(tree)
              if isinstance(node, ast.Constant) and isinstance(node.value, str)
              and node.value.startswith("checklist.") and " " not in node.value}
    assert raised == set(cl.MESSAGES)


def test_every_problem_formats_with_its_own_parameters():
    problems = []
    data = raw("opening")
    del data["items"][0]["text"]["kk"]
    data["items"][1]["id"] = data["items"][0]["id"]
    data["items"][2]["every_minutes"] = 60
    data["items"][3]["mandatory"] = 1
    data["items"][4]["x"] = 1
    data["items"][5]["text"] = []
    del data["items"][6]["mandatory"]
    data["items"][7]["id"] = 7
    data["items"].append(3)
    data["every_minutes"] = 60
    data["title"] = {"kk": "", "ru": "т", "en": "t", "de": "T"}
    data["format"] = "x"
    data["version"] = "1"
    data["extra"] = 1
    problems += rejected(data)
    problems += rejected({**raw("opening"), "name": "midday"})
    problems += rejected({**raw("periodic"), "every_minutes": 1}) + rejected([])
    problems += rejected({**raw("opening"), "items": {}, "title": 1})
    problems += rejected(raw("opening"), expected_name="closing") + rejected({})
    p = raw("periodic")
    p["items"][0]["every_minutes"] = 1
    problems += rejected(p)
    t = shipped("opening")
    problems += validate_answers(t, {"x": "yes", "isolation_room": {"answer": "maybe", "n": 1},
                                     "ppe_bins": "no", "hand_antiseptic": {"answer": "na", "note": 2}})[1]
    problems += validate_answers(t, None)[1]
    failed = evaluate(t, [Answer("ppe_bins", "no", "full")])
    problems += opening_gate(failed, "").problems + opening_gate(None).problems
    problems += opening_gate(evaluate(t, all_yes(t)), "why").problems
    assert {p.code for p in problems} == set(cl.MESSAGES)
    for p in problems:
        text = cl.MESSAGES[p.code].format(**p.params)
        assert "{" not in text
