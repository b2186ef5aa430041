"""Fuzzing the JSON a person hands the application: count sheets, checklist answers, election
definitions, and the JSON files themselves.

Only a result or a typed, readable refusal; a refused input leaves the station file unchanged, and
a refused election definition leaves no station file behind.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polling_station.domain import accounting
from polling_station.domain.election import ElectionDefinitionError, parse_election
from polling_station.exchange.election_file import load_json
from polling_station.services.station import Station
from tests.e2e.crash_station import station_class
from tests.fuzz.helpers import (ACCEPTED, assert_user_readable, fuzz, json_values, mutated, ran, typed_refusal,
                                unchanged_unless_accepted)

FullStation = station_class()


@pytest.fixture(scope="module")
def election():
    from polling_station.paths import DEMO
    return json.loads((DEMO / "election.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def closed_station(tmp_path_factory, election):
    """A CLOSED station with two check-ins: count sheets may be typed."""
    from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS
    folder = tmp_path_factory.mktemp("fuzz-count")
    st_ = FullStation.create(folder / "station.db", election, "101", chair_name="Асқаров Болат",
                                 chair_id="chair", chair_pin="1111")
    chair = st_.login("chair", "1111")
    st_.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", "3333")
    roll = folder / "roll.csv"
    roll.write_text(ROLL_HEADER + "\n".join(ROLL_ROWS) + "\n", encoding="utf-8")
    st_.import_roll(chair, roll)
    for race in st_.races:
        st_.set_ballots_received(chair, race.id, 100)
    st_.run_checklist(chair, "opening", all_yes=True)
    st_.open_station(chair)
    clerk = st_.login("c1", "3333")
    st_.check_in(clerk, "871008401427")
    st_.check_in(clerk, "760212350620")
    st_.run_checklist(chair, "closing", all_yes=True)
    st_.close_station(chair)
    yield st_, clerk
    st_.close_db()


@pytest.fixture(scope="module")
def setup_station(tmp_path_factory, election):
    folder = tmp_path_factory.mktemp("fuzz-checklist")
    st_ = Station.create(folder / "station.db", election, "101", chair_name="Асқаров Болат", chair_id="chair",
                         chair_pin="1111")
    yield st_, st_.login("chair", "1111")
    st_.close_db()


def _sheet(race, candidates):
    return {"race": race, "unused": 98, "found_in_box": 2, "invalid": 0,
            "votes": {c: (1 if i < 2 else 0) for i, c in enumerate(candidates)}}


# ----- count sheets -------------------------------------------------------------------------

@fuzz(300)
@given(data=st.data())
def test_random_count_sheets_are_parsed_or_refused(data, election):
    ran("count sheet (parser)")
    race = accounting.RaceInfo("almaty-city", 3, tuple(f"A{i:02d}" for i in range(1, 11)))
    sheet = data.draw(json_values | st.builds(lambda d: d, st.just(None)).map(
        lambda _: mutated(_sheet("almaty-city", race.candidate_ids), data)))
    parsed, problems = accounting.parse_count_sheet(sheet, race)
    errors = [p for p in problems if p.is_error]
    assert (parsed is None) == bool(errors)
    if problems:
        assert_user_readable(list(problems))
    text = json.dumps(sheet) if data.draw(st.booleans()) else data.draw(st.text(max_size=60))
    parsed, problems = accounting.parse_count_sheet_json(text, race)
    assert parsed is not None or problems


@fuzz(150)
@given(data=st.data())
def test_random_count_sheets_typed_at_a_station(closed_station, data):
    station, clerk = closed_station
    ran("count sheet (station)")
    ids = station.race_info("almaty-city").candidate_ids
    sheet = mutated(_sheet("almaty-city", ids), data)
    as_text = data.draw(st.booleans())
    with unchanged_unless_accepted(station) as outcome:
        with typed_refusal():
            station.enter_count(clerk, "almaty-city", json.dumps(sheet) if as_text else sheet, 1)
            outcome.accepted = True
            ACCEPTED["count sheet (station)"] += 1


@fuzz(100)
@given(text=st.text(max_size=80) | json_values.map(json.dumps))
def test_the_race_a_sheet_file_names(closed_station, text):
    station, _ = closed_station
    ran("count sheet (race of a file)")
    with typed_refusal():
        station.sheet_race(text)


# ----- checklist answers --------------------------------------------------------------------

@fuzz(250)
@given(data=st.data())
def test_random_checklist_answers(setup_station, data):
    station, chair = setup_station
    ran("checklist answers")
    template = station.checklist_template("opening")
    good = {i.id: "yes" for i in template.items}
    answer = st.sampled_from(["yes", "no", "na", "YES", "", {"answer": "no", "note": "Маска жоқ"},
                              {"answer": "no"}, {"answer": "yes", "note": None}, {"answer": "na", "extra": 1}])
    typed = st.fixed_dictionaries({}, optional={i.id: answer | json_values for i in template.items})
    complete = st.fixed_dictionaries({i.id: st.sampled_from(["yes", "na", {"answer": "no", "note": "Жоқ / нет"}])
                                      for i in template.items})
    answers = data.draw(st.just(None).map(lambda _: mutated(good, data)) | json_values | typed | complete)
    with unchanged_unless_accepted(station) as outcome:
        with typed_refusal():
            station.run_checklist(chair, "opening", answers)
            outcome.accepted = True
            ACCEPTED["checklist answers"] += 1


@fuzz(60)
@given(name=st.text(max_size=12) | st.sampled_from(["opening", "periodic", "closing"]))
def test_random_checklist_names(setup_station, name):
    station, chair = setup_station
    ran("checklist names")
    with unchanged_unless_accepted(station) as outcome:
        with typed_refusal():
            station.run_checklist(chair, name, all_yes=True)
            outcome.accepted = True


# ----- election definitions -----------------------------------------------------------------

def test_a_precinct_listing_a_race_as_a_list_is_refused(election):
    doc = json.loads(json.dumps(election))
    doc["precincts"][0]["races"][0] = ["almaty-city"]
    with pytest.raises(ElectionDefinitionError) as exc:
        parse_election(doc)
    assert_user_readable(exc.value.problems)


@fuzz(250)
@given(data=st.data())
def test_random_election_definitions(election, data):
    ran("election definition (parser)")
    doc = data.draw(st.just(None).map(lambda _: mutated(election, data, rounds=4)) | json_values)
    try:
        parse_election(doc)
    except ElectionDefinitionError as exc:
        assert_user_readable(exc.problems)


@fuzz(60)
@given(data=st.data())
def test_a_refused_election_definition_leaves_no_station_file(election, data):
    ran("election definition (new station)")
    doc = mutated(election, data, rounds=2)
    folder = Path(tempfile.mkdtemp())
    path = folder / "station.db"
    with typed_refusal():
        st_ = Station.create(path, doc, data.draw(st.sampled_from(["101", "102", "999", ""])), chair_name="X",
                             chair_id="chair", chair_pin="1111")
        st_.close_db()
        ACCEPTED["election definition (new station)"] += 1
        return
    assert sorted(p.name for p in folder.iterdir()) == []


@fuzz(120)
@given(data=st.binary(max_size=400) | json_values.map(lambda v: json.dumps(v).encode()))
def test_random_json_files(tmp_path, data):
    ran("JSON files")
    path = tmp_path / "answers.json"
    path.write_bytes(data)
    with typed_refusal():
        load_json(path)
