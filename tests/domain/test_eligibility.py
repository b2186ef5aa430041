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
    d = run(prior=PriorCheckIn(dt.datetime(2020, 10, 3, 9, 15, tzinfo=TZ), "c1", "2", "Clerk One"))
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
