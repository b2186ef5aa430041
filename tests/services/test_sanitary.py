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
