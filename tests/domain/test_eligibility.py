import datetime as dt
from dataclasses import dataclass

import pytest

from polling_station.domain.eligibility import PriorCheckIn, PrecinctInfo, decide

TZ = dt.timezone(dt.timedelta(hours=6))
CUTOFF = dt.date(2020, 9, 11)


@dataclass
class M:
    iin: str = "871008401427"
    surname: str = "Әбілова"
    given_name: str = "Гүлнар"
    patronymic: str = ""
    precinct: str = "101"
    status: str = "active"
    joined_on: dt.date = dt.date(2015, 5, 1)


def run(member=M(), **kw):
    args = dict(iin="871008401427", member=member, station_precinct="101", station_state="OPEN",
                officer_role="clerk", roll_cutoff=CUTOFF, policy="paper_prevails", prior=None,
                online_voted_at=None)
    args.update(kw)
    return decide(**args)


def test_an_eligible_member_may_vote():
    d = run()
    assert d.allowed and d.warnings == ()


@pytest.mark.parametrize("kw, code", [
    (dict(station_state="SETUP"), "eligibility.station_not_open"),
    (dict(station_state="CLOSED"), "eligibility.station_not_open"),
    (dict(officer_role="chair"), "eligibility.officer_may_not_issue"),
    (dict(officer_role="secretary"), "eligibility.officer_may_not_issue"),
    (dict(member=None), "eligibility.not_on_roll"),
    (dict(member=M(precinct="102"), member_precinct=PrecinctInfo("102", "№102", "Жамбыл к., 12")),
     "eligibility.other_precinct"),
    (dict(member=M(status="suspended")), "eligibility.suspended"),
    (dict(member=M(joined_on=dt.date(2020, 9, 12))), "eligibility.joined_after_cutoff"),
    (dict(prior=PriorCheckIn(dt.datetime(2020, 10, 3, 9, 15, tzinfo=TZ), "c1", "2", "Clerk One")),
     "eligibility.already_checked_in"),
    (dict(online_voted_at=dt.datetime(2020, 10, 2, 10, 0, tzinfo=TZ), policy="refuse"),
     "eligibility.voted_online_refused"),
])
def test_each_refusal_has_its_own_reason(kw, code):
    d = run(**kw)
    assert not d.allowed
    assert d.refusal.code == code


def test_joined_on_the_cutoff_day_is_eligible():
    assert run(member=M(joined_on=CUTOFF)).allowed


def test_other_precinct_names_the_precinct_and_address():
    d = run(member=M(precinct="102"), member_precinct=PrecinctInfo("102", "№102", "Жамбыл к., 12"))
    assert d.refusal.params["precinct"] == "102"
    assert d.refusal.params["address"] == "Жамбыл к., 12"


def test_already_checked_in_says_when_and_by_whom():
    d = run(prior=PriorCheckIn(dt.datetime(2020, 10, 3, 9, 15, tzinfo=TZ), "c1", "2", "Clerk One"),
            now=dt.datetime(2020, 10, 3, 18, 8, tzinfo=TZ))
    assert d.refusal.params["at"] == "09:15"
    assert d.refusal.params["officer_name"] == "Clerk One"
    assert d.refusal.params["officer"] == "c1"
    assert d.refusal.params["desk"] == "2"


def test_voted_online_under_paper_prevails_warns_and_allows():
    d = run(online_voted_at=dt.datetime(2020, 10, 2, 10, 0, tzinfo=TZ))
    assert d.allowed
    assert [w.code for w in d.warnings] == ["eligibility.voted_online_warning"]


def test_search_without_an_officer_tells_eligibility_only():
    assert run(officer_role=None, station_state="SETUP").allowed


# ----- ballots left, and the order of the refusals --------------------------------------------

from polling_station.domain import eligibility  # noqa: E402
from polling_station.domain.eligibility import BallotStock, backfill_refusal  # noqa: E402

CITY_EMPTY = BallotStock("almaty-city", "Алматы қалалық мәслихаты", received=2, issued=2, spoiled=0)
DISTRICT = BallotStock("medeu-district", "Медеу аудандық мәслихаты", received=100, issued=2, spoiled=0)


def test_no_ballot_left_in_one_race_refuses_naming_the_race_and_the_figures():
    d = run(stock=(DISTRICT, CITY_EMPTY))
    assert d.refusal.code == "eligibility.no_ballot_left"
    assert dict(d.refusal.params) == {"race": "almaty-city", "name": "Алматы қалалық мәслихаты",
                                      "received": 2, "issued": 2, "spoiled": 0}
    spoiled = BallotStock("almaty-city", "A", received=5, issued=3, spoiled=2)
    assert run(stock=(spoiled,)).refusal.params["spoiled"] == 2
    assert run(stock=(BallotStock("almaty-city", "A", 5, 3, 1), DISTRICT)).allowed  # one ballot left


def test_a_search_result_does_not_say_may_vote_when_no_ballot_is_left():
    assert run(officer_role=None, stock=(CITY_EMPTY,)).refusal.code == "eligibility.no_ballot_left"
    # before opening, a search tells eligibility only: the stock is not yet in play
    assert run(officer_role=None, station_state="SETUP", stock=(CITY_EMPTY,)).allowed


@pytest.mark.parametrize("kw, code", [
    # the station first: closed is closed, whoever asks and whatever is left
    (dict(station_state="CLOSED", officer_role="chair", stock=(CITY_EMPTY,)), "eligibility.station_not_open"),
    (dict(station_state="SETUP", officer_role="secretary"), "eligibility.station_not_open"),
    # then the ballots left, before the officer and the member
    (dict(officer_role="chair", stock=(CITY_EMPTY,)), "eligibility.no_ballot_left"),
    (dict(member=None, stock=(CITY_EMPTY,)), "eligibility.no_ballot_left"),
    (dict(prior=PriorCheckIn(dt.datetime(2020, 10, 3, 9, 15, tzinfo=TZ), "c1", "2"), stock=(CITY_EMPTY,)),
     "eligibility.no_ballot_left"),
    # then the officer, then the member
    (dict(officer_role="chair", member=None), "eligibility.officer_may_not_issue"),
])
def test_the_refusals_come_station_first_then_officer_then_member(kw, code):
    assert run(**kw).refusal.code == code


def test_not_on_roll_points_to_this_stations_roll_and_the_branch_office():
    d = run(member=None)
    text = eligibility.MESSAGES[d.refusal.code].format(**d.refusal.params)
    assert text == ("The IIN 871008401427 is not in this station's roll; check with the party's branch office.")


# ----- the time of an earlier check-in --------------------------------------------------------

EARLIER = PriorCheckIn(dt.datetime(2020, 10, 2, 18, 8, tzinfo=TZ), "c1", "2", "Clerk One")


def test_an_earlier_check_in_today_shows_its_time_only():
    d = run(prior=EARLIER, now=dt.datetime(2020, 10, 2, 19, 0, tzinfo=TZ))
    assert d.refusal.params["at"] == "18:08"


def test_an_earlier_check_in_on_another_day_shows_its_date_too():
    d = run(prior=EARLIER, now=dt.datetime(2020, 10, 3, 9, 0, tzinfo=TZ))
    assert d.refusal.params["at"] == "2020-10-02 18:08"
    assert run(prior=EARLIER).refusal.params["at"] == "2020-10-02 18:08"  # no "today" known: the date too


def test_the_day_of_an_earlier_check_in_is_the_day_in_the_stations_time_zone():
    # 23:30 in UTC+5 is 00:30 the next day in UTC+6: for a station on UTC+6 that is "today"
    prior = PriorCheckIn(dt.datetime(2020, 10, 2, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=5))), "c1", "1")
    assert run(prior=prior, now=dt.datetime(2020, 10, 3, 9, 0, tzinfo=TZ)).refusal.params["at"] == "00:30"


# ----- a check-in entered later from the paper list -------------------------------------------

OPENED = dt.datetime(2020, 10, 3, 8, 0, 25, tzinfo=TZ)
CLOSED = dt.datetime(2020, 10, 3, 20, 0, 10, tzinfo=TZ)


def at(*args, tz=TZ):
    return dt.datetime(*args, tzinfo=tz)


def test_a_backfill_needs_a_time():
    assert backfill_refusal(at=None, opened_at=OPENED, until=CLOSED).code == "eligibility.backfill_no_time"


@pytest.mark.parametrize("when", [
    at(2020, 10, 3, 8, 0),            # the opening minute (the paper says 08:00)
    at(2020, 10, 3, 13, 15),
    at(2020, 10, 3, 20, 0, 10),       # the closing itself
    at(2020, 10, 3, 7, 0, tz=dt.timezone(dt.timedelta(hours=5))),  # 08:00 in UTC+6
])
def test_a_backfill_within_the_open_hours_is_accepted(when):
    assert backfill_refusal(at=when, opened_at=OPENED, until=CLOSED) is None


@pytest.mark.parametrize("when, shown", [
    (at(1999, 10, 3, 9, 0), "1999-10-03 09:00"),
    (at(2031, 10, 3, 9, 0), "2031-10-03 09:00"),
    (at(2020, 10, 3, 7, 59), "2020-10-03 07:59"),
    (at(2020, 10, 3, 20, 1), "2020-10-03 20:01"),
    (at(2020, 10, 2, 12, 0), "2020-10-02 12:00"),
    (at(2020, 10, 3, 6, 30, tz=dt.timezone(dt.timedelta(hours=5))), "2020-10-03 07:30"),
])
def test_a_backfill_outside_the_open_hours_names_the_time_and_the_window(when, shown):
    p = backfill_refusal(at=when, opened_at=OPENED, until=CLOSED)
    assert p.code == "eligibility.backfill_outside_hours"
    assert dict(p.params) == {"at": shown, "opened": "2020-10-03 08:00", "until": "2020-10-03 20:00"}


def test_a_backfill_time_without_an_offset_is_a_bug_not_a_guess():
    with pytest.raises(ValueError):
        backfill_refusal(at=dt.datetime(2020, 10, 3, 9, 0), opened_at=OPENED, until=CLOSED)
