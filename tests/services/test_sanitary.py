"""Sanitary checklists, observers and incidents through the station service."""
import pytest

from polling_station.errors import Refused
from polling_station.storage import journal


def codes(exc):
    return [p.code for p in exc.value.problems]


@pytest.fixture
def ready(station, chair, roll_file):
    station.import_roll(chair, roll_file)
    for race in station.races:
        station.set_ballots_received(chair, race.id, 100)
    return station


def opening_answers(station, **overrides):
    template = station.checklist_template("opening")
    answers = {item.id: "yes" for item in template.items}
    answers.update(overrides)
    return answers


def test_opening_refused_with_a_missing_mandatory_item_and_allowed_after(ready, chair):
    st = ready
    st.run_checklist(chair, "opening", opening_answers(
        st, isolation_room={"answer": "no", "note": "Бөлме жоқ / нет комнаты"}))
    with pytest.raises(Refused) as exc:
        st.open_station(chair)
    assert codes(exc) == ["checklist.mandatory_not_yes"]
    st.run_checklist(chair, "opening", opening_answers(st))
    st.open_station(chair)
    assert st.state == "OPEN"


def test_a_no_needs_a_note(ready, chair):
    with pytest.raises(Refused) as exc:
        ready.run_checklist(chair, "opening", opening_answers(ready, isolation_room="no"))
    assert "checklist.note_required" in codes(exc)
    assert ready.checklist_runs() == []


def test_the_exception_path_needs_a_written_reason(ready, chair, clerk):
    st = ready
    st.run_checklist(chair, "opening", opening_answers(st, isolation_room={"answer": "no", "note": "жоқ"}))
    with pytest.raises(Refused) as exc:
        st.record_opening_exception(chair, "   ")
    assert "checklist.exception_reason_empty" in codes(exc)
    with pytest.raises(Refused):
        st.record_opening_exception(clerk, "reason")
    st.record_opening_exception(chair, "Оқшаулау бөлмесі көрші мектепте / изолятор в соседней школе")
    st.open_station(chair)
    s = st.status()["sanitary"]["opening"]
    assert s["exceptions"][0]["failed_mandatory"] == ["isolation_room"]
    assert "checklist.exception" in [e.action for e in journal.entries(st.db)]


def no(note="жоқ / нет"):
    return {"answer": "no", "note": note}


def test_an_old_exception_does_not_open_the_station_after_a_new_failing_checklist(ready, chair):
    st = ready
    st.run_checklist(chair, "opening", opening_answers(st, isolation_room=no()))
    st.record_opening_exception(chair, "Оқшаулау бөлмесі көрші мектепте / изолятор в соседней школе")
    assert st.opening_decision().allowed
    # the same second, the same failed item: only the journal's order tells the run is newer
    st.run_checklist(chair, "opening", opening_answers(st, isolation_room=no()))
    assert st.opening_exception() is None
    with pytest.raises(Refused) as exc:
        st.open_station(chair)
    assert codes(exc) == ["checklist.mandatory_not_yes", "sanitary.exception_stale"]
    assert st.state == "SETUP"


def test_an_exception_must_cover_exactly_the_failed_items_of_the_latest_run(ready, chair, clock):
    st = ready
    st.run_checklist(chair, "opening", opening_answers(st, isolation_room=no()))
    st.record_opening_exception(chair, "Изолятор в соседней школе")
    clock.advance(minutes=5)
    st.run_checklist(chair, "opening", opening_answers(st, isolation_room=no(), thermometer_at_door=no()))
    # the exception is older than this run and says nothing of the thermometer
    with pytest.raises(Refused) as exc:
        st.open_station(chair)
    assert "sanitary.exception_stale" in codes(exc)
    assert [p.params["item"] for p in exc.value.problems if p.code == "checklist.mandatory_not_yes"] == [
        "thermometer_at_door", "isolation_room"]
    clock.advance(minutes=1)
    st.record_opening_exception(chair, "Термометр и изолятор будут к 9:00")
    assert sorted(st.opening_exception()["failed_mandatory"]) == ["isolation_room", "thermometer_at_door"]
    st.open_station(chair)
    assert st.state == "OPEN"
    [_, second] = [e for e in journal.entries(st.db) if e.action == "checklist.exception"]
    assert second.payload["run"] == st.checklist_runs("opening")[-1]["id"]


def test_a_passing_run_after_an_exception_opens_without_it(ready, chair):
    st = ready
    st.run_checklist(chair, "opening", opening_answers(st, isolation_room=no()))
    st.record_opening_exception(chair, "Изолятор в соседней школе")
    st.run_checklist(chair, "opening", opening_answers(st))
    assert st.opening_decision().allowed and st.opening_decision().problems == ()
    st.open_station(chair)
    assert st.state == "OPEN"


def test_the_exception_and_the_opening_are_one_transaction(station, chair, roll_file):
    st = station
    st.import_roll(chair, roll_file)
    st.run_checklist(chair, "opening", opening_answers(st, isolation_room=no()))
    before = st.db.execute("SELECT seq FROM journal_head").fetchone()[0]
    # no ballots received yet: the opening is refused, and so no exception stays recorded
    with pytest.raises(Refused) as exc:
        st.open_station_by_exception(chair, "Изолятор в соседней школе")
    assert {"station.open_needs_ballots"} <= set(codes(exc))
    assert st.checklist_exceptions() == [] and st.state == "SETUP"
    assert st.db.execute("SELECT seq FROM journal_head").fetchone()[0] == before
    for race in st.races:
        st.set_ballots_received(chair, race.id, 100)
    with pytest.raises(Refused) as exc:
        st.open_station_by_exception(chair, "  ")
    assert "checklist.exception_reason_empty" in codes(exc) and st.checklist_exceptions() == []
    st.open_station_by_exception(chair, "Изолятор в соседней школе")
    assert st.state == "OPEN"
    assert [e["reason"] for e in st.checklist_exceptions()] == ["Изолятор в соседней школе"]
    assert [e.action for e in journal.entries(st.db)][-2:] == ["checklist.exception", "station.opened"]
    assert st.verify_journal() == []


def test_opening_by_exception_is_the_chairs_and_only_for_a_failed_checklist(ready, chair):
    st = ready
    secretary = st.login("sec", "2222")
    st.run_checklist(chair, "opening", all_yes=True)
    with pytest.raises(Refused) as exc:
        st.open_station_by_exception(chair, "на всякий случай")
    assert codes(exc) == ["sanitary.no_exception_needed"] and st.state == "SETUP"
    st.run_checklist(chair, "opening", opening_answers(st, isolation_room=no()))
    with pytest.raises(Refused) as exc:
        st.open_station_by_exception(secretary, "Изолятор в соседней школе")
    assert codes(exc) == ["auth.role"]
    assert st.checklist_exceptions() == [] and st.state == "SETUP"


def test_a_backup_folder_does_not_stall_opening_by_exception(ready, chair, tmp_path):
    st = ready
    folder = tmp_path / "usb"
    folder.mkdir()
    st.set_backup_folder(chair, folder)
    st.run_checklist(chair, "opening", opening_answers(st, isolation_room=no()))
    st.open_station_by_exception(chair, "Изолятор в соседней школе")
    from polling_station.services.station import Station
    copy = Station.open(st.backup_path(folder))
    try:
        assert copy.state == "OPEN" and len(copy.checklist_exceptions()) == 1
    finally:
        copy.close_db()


def test_periodic_check_becomes_due_then_overdue_under_a_controlled_clock(ready, chair, clock):
    st = ready
    st.run_checklist(chair, "opening", all_yes=True)
    st.open_station(chair)
    assert st.periodic_status().state == "ok"
    clock.advance(minutes=106)
    assert st.periodic_status().state == "due_soon"
    clock.advance(minutes=20)
    status = st.periodic_status()
    assert status.state == "overdue"
    assert "surfaces_disinfected" in status.overdue_items
    st.run_checklist(chair, "periodic", all_yes=True)
    status = st.periodic_status()
    assert status.state == "ok"
    periods = [p for p in status.overdue_periods if p.item_id == "surfaces_disinfected"]
    assert len(periods) == 1 and not periods[0].ongoing
    assert st.status()["sanitary"]["periodic"]["overdue_periods"]


def test_observers_remarks_and_incidents_appear_in_status(ready, chair, clerk):
    st = ready
    oid = st.add_observer(chair, "Серіков Ержан", "Кандидат Әбілова Г. сенім білдірген адамы")
    rid = st.add_remark(chair, oid, "Бюллетень жәшігі мөрленбеген / ящик не опечатан")
    st.respond_to_remark(chair, rid, "Жәшік мөрленді / ящик опечатан в 08:05")
    st.observer_left(chair, oid)
    st.add_incident(clerk, "Электр жарығы 10 минутқа сөнді / отключение света", kind="power",
                    action_taken="Қағаз тізім / бумажный список")
    s = st.status()
    assert s["observers"][0]["name"] == "Серіков Ержан"
    assert s["observers"][0]["left_at"] is not None
    assert s["observers"][0]["remarks"][0]["response"].startswith("Жәшік")
    assert s["incidents"][0]["kind"] == "power"
    with pytest.raises(Refused) as exc:
        st.add_incident(clerk, " ")
    assert codes(exc) == ["incident.text"]
    assert st.verify_journal() == []
