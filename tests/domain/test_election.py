import copy
import json

import pytest

from polling_station.domain.election import ElectionDefinitionError, parse_election
from polling_station.paths import DEMO


@pytest.fixture
def demo():
    return json.loads((DEMO / "election.json").read_text(encoding="utf-8"))


def problems_of(data):
    with pytest.raises(ElectionDefinitionError) as exc:
        parse_election(data)
    return [(p.code, p.params["path"]) for p in exc.value.problems]


def test_demo_election_loads(demo):
    e = parse_election(demo)
    assert e.id == "amanat-primaries-2020-demo"
    assert e.precinct("101").races == ("almaty-city", "medeu-district")
    assert e.race("medeu-district").excluded[0].candidate == "M05"
    assert e.online_double_vote_policy == "paper_prevails"


def test_wrong_format_tag(demo):
    demo["format"] = "polling-station/election@2"
    assert ("election.format", "format") in problems_of(demo)


def test_every_error_names_its_json_path(demo):
    bad = copy.deepcopy(demo)
    del bad["voting_day"]
    bad["races"][0]["candidates"][1]["iin"] = "123456789012"
    bad["races"][0]["candidates"][2]["sex"] = "X"
    bad["precincts"][1]["races"].append("nowhere")
    bad["online_double_vote_policy"] = "online_prevails"
    bad["roll_cutoff"] = "11.09.2020"
    found = problems_of(bad)
    assert ("election.missing", "voting_day") in found
    assert ("election.iin", "races[0].candidates[1].iin") in found
    assert ("election.sex", "races[0].candidates[2].sex") in found
    assert ("election.unknown_ref", "precincts[1].races[2]") in found
    assert ("election.policy", "online_double_vote_policy") in found
    assert ("election.date", "roll_cutoff") in found


def test_duplicate_ids_and_bad_references(demo):
    bad = copy.deepcopy(demo)
    bad["precincts"][1]["id"] = "101"
    bad["races"][1]["excluded"] = [{"candidate": "ZZ", "reason": "x"}]
    bad["races"][1]["max_choices"] = 99
    found = problems_of(bad)
    assert ("election.duplicate_id", "precincts[1].id") in found
    assert ("election.unknown_ref", "races[1].excluded[0].candidate") in found
    assert ("election.max_choices", "races[1].max_choices") in found


def test_not_an_object():
    assert problems_of([1, 2]) == [("election.not_object", "$")]


def test_online_window_needs_offsets(demo):
    demo["online_voting"]["from"] = "2020-10-01T08:00:00"
    assert ("election.datetime", "online_voting.from") in problems_of(demo)


def test_a_voting_day_before_the_roll_cutoff_is_refused_with_its_path(demo):
    bad = copy.deepcopy(demo)
    bad["voting_day"], bad["roll_cutoff"] = "2020-09-10", "2020-09-11"
    with pytest.raises(ElectionDefinitionError) as exc:
        parse_election(bad)
    [p] = [p for p in exc.value.problems if p.code == "election.voting_before_cutoff"]
    assert dict(p.params) == {"path": "voting_day", "voting_day": "2020-09-10", "cutoff": "2020-09-11"}


def test_voting_on_the_cutoff_day_itself_is_allowed(demo):
    same = copy.deepcopy(demo)
    same["voting_day"] = same["roll_cutoff"]
    assert parse_election(same).voting_day == parse_election(same).roll_cutoff
