"""The branch office merges paper check-ins with online ballots: one vote per member, in any import order."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from polling_station.domain.merge import MESSAGES, OnlineBallot, PaperVote, resolve

UTC6 = dt.timezone(dt.timedelta(hours=6))
UTC = dt.timezone.utc


def at(day, hour, minute=0, tz=UTC6):
    return dt.datetime(2020, 10, day, hour, minute, tzinfo=tz)


def online(iin, when, race="almaty", choices=("c1",)):
    return OnlineBallot(iin, when, race, tuple(choices))


def paper(iin, when, precinct="p1"):
    return PaperVote(iin, precinct, when)


def assert_messages_fill(outcome):
    for p in [*outcome.problems, *(c.as_problem() for c in outcome.conflicts)]:
        MESSAGES[p.code].format(**p.params)


def test_a_member_who_voted_only_online_is_counted():
    b = online("900101300123", at(1, 10))
    out = resolve([paper("850505400456", at(3, 9))], [b], "paper_prevails")
    assert out.counted_online == (b,)
    assert out.conflicts == () and out.problems == ()


@pytest.mark.parametrize("online_day,online_hour", [(1, 10), (3, 8), (3, 18), (4, 20)])
def test_paper_prevails_annuls_the_online_ballot_whichever_came_first(online_day, online_hour):
    member = "900101300123"
    ballot = online(member, at(online_day, online_hour))
    out = resolve([paper(member, at(3, 12), "p7")], [ballot, online("111111111111", at(2, 9))], "paper_prevails")
    assert [b.iin for b in out.counted_online] == ["111111111111"]
    assert len(out.conflicts) == 1
    c = out.conflicts[0]
    assert (c.iin, c.race, c.paper_at, c.online_at, c.resolution, c.precinct) == (
        member, "almaty", at(3, 12), at(online_day, online_hour), "online_annulled", "p7")
    assert out.annulled == 1
    assert_messages_fill(out)


def test_every_race_of_a_double_voter_is_annulled_and_reported():
    member = "900101300123"
    ballots = [online(member, at(2, 9), "city"), online(member, at(2, 9), "district")]
    out = resolve([paper(member, at(3, 10))], ballots, "paper_prevails")
    assert out.counted_online == ()
    assert [(c.race, c.resolution) for c in out.conflicts] == [("city", "online_annulled"), ("district", "online_annulled")]


def test_refuse_reports_the_member_to_the_commission_and_does_not_count_the_online_ballot():
    member = "900101300123"
    other = online("111111111111", at(2, 9))
    out = resolve([paper(member, at(3, 10), "p2")], [online(member, at(3, 11)), other], "refuse")
    assert out.counted_online == (other,)
    assert [(c.iin, c.resolution, c.precinct) for c in out.conflicts] == [(member, "referred_to_commission", "p2")]
    problem = out.conflicts[0].as_problem()
    assert problem.code == "merge.referred_to_commission" and problem.severity == "warning"
    assert_messages_fill(out)


def test_times_in_different_offsets_are_the_same_instant():
    member = "900101300123"
    out = resolve([paper(member, at(3, 4, tz=UTC))], [online(member, at(3, 10))], "paper_prevails")
    assert out.conflicts[0].paper_at == out.conflicts[0].online_at


def test_the_same_check_in_imported_twice_is_one_paper_vote():
    member = "900101300123"
    out = resolve([paper(member, at(3, 10)), paper(member, at(3, 10))], [online(member, at(2, 9))], "paper_prevails")
    assert out.problems == ()
    assert len(out.conflicts) == 1


def test_check_ins_at_two_precincts_are_reported_and_the_earliest_is_the_paper_vote():
    member = "900101300123"
    votes = [paper(member, at(3, 15), "p2"), paper(member, at(3, 9), "p1"), paper(member, at(3, 15), "p2")]
    out = resolve(votes, [online(member, at(1, 9))], "paper_prevails")
    assert [(p.code, p.params["count"], p.params["precincts"]) for p in out.problems] == [
        ("merge.paper_checked_in_twice", 2, "p1, p2")]
    assert out.problems[0].severity == "warning"
    assert (out.conflicts[0].paper_at, out.conflicts[0].precinct) == (at(3, 9), "p1")
    assert_messages_fill(out)


def test_counted_ballots_come_out_by_race_then_iin():
    ballots = [online("3", at(1, 9), "b"), online("1", at(2, 9), "b"), online("2", at(3, 9), "a")]
    out = resolve([], ballots, "paper_prevails")
    assert [(b.race, b.iin) for b in out.counted_online] == [("a", "2"), ("b", "1"), ("b", "3")]


def test_any_object_with_the_fields_is_accepted():
    class Row:
        def __init__(self, iin, voted_at, race, choices):
            self.iin, self.voted_at, self.race, self.choices = iin, voted_at, race, choices

    row = Row("1", at(1, 9), "a", ("c1", "c2"))
    assert resolve([], [row], "paper_prevails").counted_online == (row,)


def test_an_unknown_policy_is_a_bug():
    with pytest.raises(ValueError):
        resolve([], [], "online_prevails")


# --- any order of the inputs gives the same outcome ---------------------------------------

iins = st.sampled_from([f"{i:012d}" for i in range(8)])
times = st.builds(lambda d, m, off: at(d, 0) + dt.timedelta(minutes=m) - dt.timedelta(hours=off),
                  st.integers(1, 4), st.integers(0, 24 * 60 - 1), st.sampled_from([0, 6]))
paper_votes = st.lists(st.builds(PaperVote, iins, st.sampled_from(["p1", "p2", "p3"]), times), max_size=8)
online_ballots = st.lists(st.builds(OnlineBallot, iins, times, st.sampled_from(["a", "b"]),
                                    st.lists(st.sampled_from(["c1", "c2", "c3"]), min_size=1, max_size=2).map(tuple)),
                          max_size=16)
policies = st.sampled_from(["paper_prevails", "refuse"])


@settings(max_examples=300)
@given(paper_votes, online_ballots, policies, st.randoms(use_true_random=False))
def test_any_order_of_paper_votes_and_online_ballots_gives_the_same_outcome(p, o, policy, rnd):
    p2, o2 = list(p), list(o)
    rnd.shuffle(p2)
    rnd.shuffle(o2)
    assert resolve(p, o, policy) == resolve(p2, o2, policy)
    # and the same from generators, as a database cursor would give them
    assert resolve(iter(p2), iter(o2), policy) == resolve(p, o, policy)


@given(paper_votes, online_ballots, policies)
def test_no_online_ballot_of_a_paper_voter_is_counted_and_each_is_reported(p, o, policy):
    paper_voters = {v.iin for v in p}
    out = resolve(p, o, policy)
    assert not {b.iin for b in out.counted_online} & paper_voters
    assert sorted(map(repr, out.counted_online)) == sorted(repr(b) for b in o if b.iin not in paper_voters)
    assert len(out.conflicts) == sum(b.iin in paper_voters for b in o)
    expected = "online_annulled" if policy == "paper_prevails" else "referred_to_commission"
    for c in out.conflicts:
        assert c.resolution == expected
        assert c.paper_at == min(v.at for v in p if v.iin == c.iin)
    assert_messages_fill(out)
