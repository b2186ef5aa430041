"""Check-in rules on a real station file: the paper-list backfill's time window, the ballot stock,
the order of the refusals, and what the refusals and the roll import say."""
import datetime as dt

import pytest

from polling_station.domain.iin import with_check_digit
from polling_station.errors import Refused
from polling_station.i18n import render
from polling_station.services.station import Station
from tests.conftest import Clock
from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS

TZ = dt.timezone(dt.timedelta(hours=6))
ANNA, ALIBEK = "871008401427", "760212350620"  # the two eligible members of precinct 101 in ROLL_ROWS
CITY, DISTRICT = "almaty-city", "medeu-district"


def refused(code, fn, *args, **kw):
    with pytest.raises(Refused) as exc:
        fn(*args, **kw)
    assert [p.code for p in exc.value.problems] == [code], exc.value.problems
    return exc.value.problems[0]


def snapshot(st):
    """What a refused action must leave as it was."""
    return (st.db.execute("SELECT count(*) FROM checkins").fetchone()[0],
            st.db.execute("SELECT seq, hash FROM journal_head").fetchone(),
            st.ballots_received())


GIVEN_NAMES = ("Арман", "Бауыржан", "Дәурен", "Ерлан", "Қайрат", "Нұрлан", "Серік", "Талғат")


def extra_members(n, precinct="101"):
    """n more eligible members (born 1990, joined 2015)."""
    out, serial = [], 0
    while len(out) < n:
        iin = with_check_digit(f"9001013{serial:04d}")
        serial += 1
        if iin:
            given = GIVEN_NAMES[len(out)]
            out.append((iin, f"{iin},Сейітов,{given},,1990-01-01,M,almaty,{precinct},2015-01-01,active"))
    return out


@pytest.fixture
def voters(station, chair, tmp_path):
    """Precinct 101 with eight eligible members, set up but not open."""
    extra = extra_members(6)
    roll = tmp_path / "roll8.csv"
    roll.write_text(ROLL_HEADER + "\n".join(ROLL_ROWS + [r for _, r in extra]) + "\n", encoding="utf-8")
    station.import_roll(chair, roll)
    return [ANNA, ALIBEK] + [i for i, _ in extra]


def open_with(st, chair, **received):
    for race in st.races:
        st.set_ballots_received(chair, race.id, received.get(race.id.replace("-", "_"), 100))
    st.run_checklist(chair, "opening", all_yes=True)
    st.open_station(chair)


def close(st, chair):
    st.run_checklist(chair, "closing", all_yes=True)
    st.close_station(chair)


# ----- the paper-list backfill ----------------------------------------------------------------

def test_a_paper_list_line_without_a_time_is_refused_and_now_is_never_used(open_station, clerk, clock):
    st = open_station
    clock.advance(hours=2)
    [line] = st.read_paper_list([f"{ANNA}"])
    assert line.problem.code == "station.paper_no_time"
    assert render(line.problem) == (f"Line 1: no time after the IIN {ANNA}; copy the time of the check-in "
                                    "from the paper list (HH:MM).")
    refused("station.paper_no_time", st.parse_paper_list, ["# desk 2", f"{ANNA}"])
    before = snapshot(st)
    refused("eligibility.backfill_no_time", st.check_in, clerk, ANNA, backfilled=True)
    assert snapshot(st) == before


def test_paper_list_times_outside_the_open_hours_are_refused_line_by_line(open_station, clock):
    st = open_station  # opened at 2020-10-03 08:00
    clock.advance(hours=3)  # now 11:00, still open
    lines = st.read_paper_list([
        f"{ANNA} 07:59",                          # before the opening
        f"{ANNA} 11:30",                          # after now
        f"{ANNA} 1999-10-03T09:00:00+06:00",
        f"{ANNA} 2031-10-03T09:00:00+06:00",
        f"{ALIBEK} 08:00",                        # the opening minute: accepted
        f"{ALIBEK} 2020-10-03T10:59:00+06:00",    # accepted
    ])
    window = {"opened": "2020-10-03 08:00", "until": "2020-10-03 11:00"}
    assert [(p.line, p.problem.code, p.problem.params["at"]) for p in lines if p.problem] == [
        (1, "station.paper_time_outside", "2020-10-03 07:59"),
        (2, "station.paper_time_outside", "2020-10-03 11:30"),
        (3, "station.paper_time_outside", "1999-10-03 09:00"),
        (4, "station.paper_time_outside", "2031-10-03 09:00"),
    ]
    assert all({k: p.problem.params[k] for k in window} == window for p in lines if p.problem)
    assert [p.problem for p in lines[4:]] == [None, None]
    assert render(lines[0].problem) == ("Line 1: the time 2020-10-03 07:59 is outside the hours the station was open "
                                        "(2020-10-03 08:00 to 2020-10-03 11:00).")
    refused("station.paper_time_outside", st.parse_paper_list, [f"{ALIBEK} 09:00", f"{ANNA} 1999-10-03T09:00:00+06:00"])


def test_check_in_itself_refuses_a_backfill_outside_the_open_hours(open_station, clerk, clock):
    st = open_station
    clock.advance(hours=3)
    before = snapshot(st)
    for when in (dt.datetime(1999, 10, 3, 9, 0, tzinfo=TZ), dt.datetime(2031, 10, 3, 9, 0, tzinfo=TZ),
                 dt.datetime(2020, 10, 3, 7, 30, tzinfo=TZ), dt.datetime(2020, 10, 3, 11, 1, tzinfo=TZ)):
        p = refused("eligibility.backfill_outside_hours", st.check_in, clerk, ANNA, at=when, backfilled=True)
        assert (p.params["opened"], p.params["until"]) == ("2020-10-03 08:00", "2020-10-03 11:00")
    assert snapshot(st) == before
    r = st.check_in(clerk, ANNA, at=dt.datetime(2020, 10, 3, 10, 45, tzinfo=TZ), backfilled=True)
    assert r.at == "2020-10-03T10:45:00+06:00"


def test_after_closing_the_window_ends_at_the_closing(open_station, chair, clerk, clock):
    st = open_station
    clock.now = dt.datetime(2020, 10, 3, 20, 0, tzinfo=TZ)
    close(st, chair)
    clock.now = dt.datetime(2020, 10, 3, 21, 30, tzinfo=TZ)  # the paper list is entered after closing
    lines = st.read_paper_list([f"{ANNA} 19:59", f"{ALIBEK} 20:30", f"{ALIBEK}"])
    assert lines[0].problem is None and lines[0].when == dt.datetime(2020, 10, 3, 19, 59, tzinfo=TZ)
    assert lines[1].problem.code == "station.paper_time_outside"
    assert lines[1].problem.params["until"] == "2020-10-03 20:00"
    assert lines[2].problem.code == "station.paper_no_time"
    refused("eligibility.backfill_outside_hours", st.check_in, clerk, ALIBEK,
            at=dt.datetime(2020, 10, 3, 20, 30, tzinfo=TZ), backfilled=True)
    refused("eligibility.backfill_no_time", st.check_in, clerk, ALIBEK, backfilled=True)
    assert st.check_in(clerk, ANNA, at=lines[0].when, backfilled=True).at == "2020-10-03T19:59:00+06:00"


def test_hh_mm_is_read_on_the_day_the_station_opened_in_the_stations_time_zone(
        tmp_path, election_data, roll_file):
    # a rehearsal a fortnight before the voting day, on a laptop set to UTC+5 (western Kazakhstan)
    west = dt.timezone(dt.timedelta(hours=5))
    clock = Clock(dt.datetime(2020, 9, 19, 8, 0, tzinfo=west))
    st = Station.create(tmp_path / "rehearsal.db", election_data, "101", chair_name="Асқаров Болат",
                        chair_id="chair", chair_pin="1111", clock=clock)
    try:
        chair = st.login("chair", "1111")
        st.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", "3333")
        st.import_roll(chair, roll_file)
        open_with(st, chair)
        clock.advance(hours=4)
        [line] = st.read_paper_list([f"{ANNA} 09:40"])
        assert line.problem is None
        assert line.when == dt.datetime(2020, 9, 19, 9, 40, tzinfo=west)  # not on the voting day, 3 October
        assert line.when.utcoffset() == dt.timedelta(hours=5)
        r = st.check_in(st.login("c1", "3333"), ANNA, at=line.when, backfilled=True)
        assert r.at == "2020-09-19T09:40:00+05:00"
    finally:
        st.close_db()


def test_a_paper_list_read_before_opening_says_the_station_is_not_open(station, chair, roll_file):
    station.import_roll(chair, roll_file)
    lines = station.read_paper_list([f"{ANNA} 09:40", f"{ALIBEK} 9h40"])
    assert [p.problem.code for p in lines] == ["station.paper_not_opened", "station.bad_time"]


# ----- the ballot stock -----------------------------------------------------------------------

def test_no_ballot_is_issued_beyond_the_stock(station, chair, clerk, voters):
    st = station
    open_with(st, chair, almaty_city=2)
    for iin in voters[:2]:
        st.check_in(clerk, iin)
    before = snapshot(st)
    for iin in voters[2:6]:
        p = refused("eligibility.no_ballot_left", st.check_in, clerk, iin)
        assert dict(p.params) == {"race": CITY, "name": st.election.race(CITY).name,
                                  "received": 2, "issued": 2, "spoiled": 0}
    assert snapshot(st) == before
    assert render(p) == ("No ballot is left for «Алматы қалалық мәслихаты / Алматинский городской маслихат» "
                         "(race almaty-city): 2 received, 2 issued, 0 spoiled; the chair or the secretary must "
                         "first record the further ballots received.")
    assert [r["remaining"] for r in st.status()["races"]] == [0, 98]
    # more ballots arrive: check-ins go on
    st.set_ballots_received(chair, CITY, 3)
    st.check_in(clerk, voters[2])
    assert st.issued() == 3


def test_spoiled_ballots_count_against_the_stock_and_a_backfill_is_refused_too(station, chair, clerk, voters, clock):
    st = station
    open_with(st, chair, medeu_district=3)
    st.check_in(clerk, voters[0])
    st.spoil(clerk, DISTRICT)
    st.check_in(clerk, voters[1])
    clock.advance(hours=1)
    p = refused("eligibility.no_ballot_left", st.check_in, clerk, voters[2],
                at=dt.datetime(2020, 10, 3, 8, 30, tzinfo=TZ), backfilled=True)
    assert (p.params["race"], p.params["received"], p.params["issued"], p.params["spoiled"]) == (DISTRICT, 3, 2, 1)


def test_the_search_does_not_say_may_vote_when_no_ballot_is_left(station, chair, clerk, voters):
    st = station
    open_with(st, chair, almaty_city=1)
    assert st.search(clerk, voters[1])[0].decision.allowed
    st.check_in(clerk, voters[0])
    hit = st.search(clerk, voters[1])[0]
    assert hit.decision.refusal.code == "eligibility.no_ballot_left"
    assert st.decide(voters[1], hit.member, None).refusal.code == "eligibility.no_ballot_left"


def test_ballots_received_cannot_fall_below_those_issued_and_spoiled(station, chair, clerk, voters):
    st = station
    open_with(st, chair)
    st.check_in(clerk, voters[0])
    st.check_in(clerk, voters[1])
    st.spoil(clerk, CITY)
    before = snapshot(st)
    p = refused("station.received_below_used", st.set_ballots_received, chair, CITY, 2)
    assert dict(p.params) == {"race": CITY, "count": 2, "used": 3, "issued": 2, "spoiled": 1}
    assert render(p) == ("Race «almaty-city»: the ballots received cannot be 2: 3 have already been used "
                         "(2 issued, 1 spoiled).")
    refused("station.received_below_used", st.set_ballots_received, chair, DISTRICT, 1)  # 2 issued, none spoiled
    assert snapshot(st) == before
    st.set_ballots_received(chair, CITY, 3)  # exactly what was used: allowed, nothing left
    assert st.ballots_received()[CITY] == 3
    refused("eligibility.no_ballot_left", st.check_in, clerk, voters[2])


# ----- the order of the refusals --------------------------------------------------------------

def test_a_closed_station_is_closed_for_the_chair_too(open_station, chair, station):
    st = open_station
    close(st, chair)
    p = refused("eligibility.station_not_open", st.check_in, chair, ANNA)
    assert p.params["state"] == "CLOSED"
    refused("eligibility.station_not_open", st.check_in, station.login("sec", "2222"), "123")  # before the IIN
    # a backfill after closing records the open hours: then the officer's role decides
    refused("eligibility.officer_may_not_issue", st.check_in, chair, ANNA,
            at=dt.datetime(2020, 10, 3, 8, 0, tzinfo=TZ), backfilled=True)


def test_a_station_in_setup_says_so_to_the_chair(station, chair, roll_file):
    station.import_roll(chair, roll_file)
    assert refused("eligibility.station_not_open", station.check_in, chair, ANNA).params["state"] == "SETUP"


def test_no_ballot_left_comes_before_the_officers_role(station, chair, clerk, voters):
    open_with(station, chair, almaty_city=1)
    station.check_in(clerk, voters[0])
    refused("eligibility.no_ballot_left", station.check_in, chair, voters[1])


# ----- what the refusals say ------------------------------------------------------------------

def test_not_on_roll_says_this_stations_roll_and_to_ask_the_branch_office(open_station, clerk):
    stranger = with_check_digit("90010130999") or with_check_digit("90010130998")
    p = refused("eligibility.not_on_roll", open_station.check_in, clerk, stranger)
    assert render(p) == f"The IIN {stranger} is not in this station's roll; check with the party's branch office."


def test_already_checked_in_on_an_earlier_day_gives_the_date(open_station, clerk, clock, station):
    st = open_station
    clock.now = dt.datetime(2020, 10, 3, 18, 8, tzinfo=TZ)
    st.check_in(clerk, ANNA)
    other = station.login("c2", "4444", desk="2")
    assert refused("eligibility.already_checked_in", st.check_in, other, ANNA).params["at"] == "18:08"
    clock.now = dt.datetime(2020, 10, 4, 9, 0, tzinfo=TZ)  # the station left open overnight
    p = refused("eligibility.already_checked_in", st.check_in, other, ANNA)
    assert p.params["at"] == "2020-10-03 18:08"
    assert "already received a ballot here at 2020-10-03 18:08" in render(p)


def test_the_all_zero_iin_is_refused_at_the_desk(open_station, clerk):
    refused("iin.century_digit", open_station.check_in, clerk, "000000000000")


# ----- the roll import ------------------------------------------------------------------------

def test_roll_rows_of_precincts_the_election_does_not_know_are_imported_with_a_warning(station, chair, tmp_path):
    (a, row_a), (b, row_b) = extra_members(2)
    roll = tmp_path / "roll.csv"
    roll.write_text(ROLL_HEADER + "\n".join(ROLL_ROWS + [row_a.replace(",101,", ",№101,"),
                                                         row_b.replace(",101,", ",999,")]) + "\n", encoding="utf-8")
    s = station.import_roll(chair, roll)
    assert (s.accepted, s.rejected) == (7, 0)
    unknown = [p for p in s.problems if p.code == "member.unknown_precinct"]
    assert [(p.severity, p.params["line"], p.params["precinct"]) for p in unknown] == [
        ("warning", 7, "№101"), ("warning", 8, "999")]
    assert render(unknown[0]) == ("Line 7: the precinct «№101» is not in the election definition, so no polling "
                                  "station will find this member on its own roll; check the roll file.")
    assert station.member(a).precinct == "№101"
    # ROLL_ROWS: four members of 101 and one of 102; «№101» is not 101
    assert s.in_this_precinct == 4


def test_the_import_summary_counts_this_precincts_members(station, chair, roll_file):
    assert station.import_roll(chair, roll_file).in_this_precinct == 4
