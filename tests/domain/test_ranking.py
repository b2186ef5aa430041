"""Results, ratings and the quota-compliant draft list, as a branch office would check them by hand."""
import datetime as dt
import string

import pytest
from hypothesis import given, settings, strategies as st

from polling_station.domain.election import Candidate
from polling_station.domain.ranking import (
    MESSAGES, RaceResult, add_online, add_paper, age_on, combine, empty_result, is_woman, is_youth,
    quota_list, rank, ratings, required_count,
)

VOTING_DAY = dt.date(2020, 10, 3)
OLD = dt.date(1970, 5, 1)
YOUNG = dt.date(1995, 5, 1)
KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"


def kazakh_key(s: str):
    # A stand-in for names.collation_key, enough to show that rank() orders ties by the key it is given.
    return tuple(KAZAKH.index(ch) if ch in KAZAKH else 100 + ord(ch) for ch in s.lower())


def cand(cid, surname, sex="M", born=OLD, given_name="Асан", patronymic=""):
    return Candidate(id=cid, iin="", surname=surname, given_name=given_name, patronymic=patronymic,
                     birth_date=born, sex=sex)


def result_of(race, totals):
    return add_paper(empty_result(race), totals)


def draft(cands, totals, seats, excluded=None, **kw):
    ranked = rank(result_of("r", totals), cands, excluded or {}, kazakh_key)
    return quota_list(ranked, seats, voting_day=VOTING_DAY, **kw)


def ids(draft_list):
    return [row.candidate.id for row in draft_list.rows]


def codes(draft_list):
    return [p.code for p in draft_list.problems]


def assert_messages_fill(problems):
    for p in problems:
        MESSAGES[p.code].format(**p.params)


# --- results ------------------------------------------------------------------------------

def test_a_race_result_adds_protocols_and_online_ballots_apart():
    r = empty_result("almaty")
    r = add_paper(r, {"a": 10, "b": 3, "c": 0})
    r = add_paper(r, {"a": 2, "b": 4})
    r = add_online(r, [("a", "b"), ("b",), ("c", "c")])
    assert (r.paper_votes("a"), r.online_votes("a"), r.total("a")) == (12, 1, 13)
    assert (r.paper_votes("b"), r.online_votes("b"), r.total("b")) == (7, 2, 9)
    # an online ballot that repeats a candidate's id still gives that candidate one vote
    assert (r.paper_votes("c"), r.online_votes("c"), r.total("c")) == (0, 1, 1)
    assert r.online_ballots == 3
    assert r.candidate_ids == {"a", "b", "c"}


def test_combining_partial_results_equals_adding_everything_to_one():
    one = add_online(add_paper(empty_result("r"), {"a": 5}), [("a",), ("b",)])
    two = add_online(add_paper(empty_result("r"), {"a": 1, "b": 2}), [("b", "a")])
    whole = add_online(add_paper(add_paper(empty_result("r"), {"a": 5}), {"a": 1, "b": 2}), [("a",), ("b",), ("b", "a")])
    assert combine(one, two) == combine(two, one) == whole
    assert combine(empty_result("r"), whole) == whole


def test_results_of_different_races_do_not_combine():
    with pytest.raises(ValueError):
        combine(empty_result("a"), empty_result("b"))


def test_a_protocol_with_a_negative_count_is_a_bug_not_a_vote():
    with pytest.raises(ValueError):
        add_paper(empty_result("r"), {"a": -1})


partials = st.builds(
    lambda paper, online: add_online(add_paper(empty_result("r"), paper), online),
    st.dictionaries(st.sampled_from("abcde"), st.integers(0, 50), max_size=5),
    st.lists(st.lists(st.sampled_from("abcde"), min_size=1, max_size=3), max_size=6),
)


@given(st.lists(partials, max_size=6), st.randoms(use_true_random=False))
def test_the_order_of_combining_never_changes_the_result(parts, rnd):
    def fold(items):
        out = empty_result("r")
        for item in items:
            out = combine(out, item)
        return out

    shuffled = list(parts)
    rnd.shuffle(shuffled)
    assert fold(parts) == fold(shuffled)


# --- ranks --------------------------------------------------------------------------------

def test_equal_totals_share_a_rank_are_marked_tied_and_the_next_rank_is_skipped():
    cands = [cand("v", "Ванов"), cand("b", "Бекова", "F"), cand("a", "Әбенов"), cand("k", "Қасымов")]
    rows = rank(result_of("r", {"a": 8, "b": 8, "k": 10, "v": 5}), cands, {}, kazakh_key)
    assert [(r.candidate.id, r.total, r.rank, r.tied) for r in rows] == [
        ("k", 10, 1, False),
        # Ә comes before Б in the Kazakh alphabet, although its code point is larger
        ("a", 8, 2, True),
        ("b", 8, 2, True),
        ("v", 5, 4, False),
    ]


def test_rank_keeps_paper_and_online_apart_in_each_row():
    r = add_online(add_paper(empty_result("r"), {"a": 3}), [("a",), ("a", "b")])
    rows = rank(r, [cand("a", "Абаев"), cand("b", "Бабаев")], {}, kazakh_key)
    assert [(x.candidate.id, x.paper, x.online, x.total) for x in rows] == [("a", 3, 2, 5), ("b", 0, 1, 1)]


def test_an_excluded_candidate_is_shown_with_the_reason_but_takes_no_rank():
    cands = [cand("x", "Ержанов"), cand("a", "Абаев"), cand("b", "Бабаев"), cand("c", "Сапаров")]
    rows = rank(result_of("r", {"x": 20, "a": 9, "b": 7, "c": 7}), cands,
                {"x": "excluded by the control committee on 4 October", "other-race": "x"}, kazakh_key)
    assert [(r.candidate.id, r.rank, r.tied, r.excluded_reason) for r in rows] == [
        ("a", 1, False, None),
        ("b", 2, True, None),
        ("c", 2, True, None),
        ("x", None, False, "excluded by the control committee on 4 October"),
    ]
    assert rows[-1].total == 20 and rows[-1].excluded


def test_an_excluded_candidate_never_makes_a_tie():
    rows = rank(result_of("r", {"x": 5, "a": 5}), [cand("x", "Ержанов"), cand("a", "Абаев")], {"x": "r"}, kazakh_key)
    assert [(r.candidate.id, r.rank, r.tied) for r in rows] == [("a", 1, False), ("x", None, False)]


def test_a_candidate_without_votes_is_ranked_last():
    rows = rank(result_of("r", {"a": 1}), [cand("a", "Абаев"), cand("b", "Бабаев")], {}, kazakh_key)
    assert [(r.candidate.id, r.total, r.rank) for r in rows] == [("a", 1, 1), ("b", 0, 2)]


def test_votes_for_a_candidate_not_in_the_race_are_refused():
    with pytest.raises(ValueError):
        rank(result_of("r", {"ghost": 1}), [cand("a", "Абаев")], {}, kazakh_key)


candidate_specs = st.lists(
    st.tuples(st.sampled_from("MF"), st.booleans(), st.integers(0, 12), st.booleans()), max_size=14)


def build(specs):
    cands, totals, excluded = [], {}, {}
    for i, (sex, young, total, out) in enumerate(specs):
        cid = f"c{i:02d}"
        cands.append(cand(cid, string.ascii_uppercase[i % 26] + f"{i:02d}", sex, YOUNG if young else OLD))
        totals[cid] = total
        if out:
            excluded[cid] = "control committee"
    return cands, totals, excluded


@given(candidate_specs, st.randoms(use_true_random=False))
def test_ranks_are_competition_ranks_whatever_the_order_of_candidates(specs, rnd):
    cands, totals, excluded = build(specs)
    rows = rank(result_of("r", totals), cands, excluded, str)
    shuffled = list(cands)
    rnd.shuffle(shuffled)
    assert rank(result_of("r", totals), shuffled, excluded, str) == rows
    ranked = [r for r in rows if not r.excluded]
    for r in ranked:
        assert r.rank == 1 + sum(o.total > r.total for o in ranked)
        assert r.tied == (sum(o.total == r.total for o in ranked) > 1)
    assert all(r.rank is None for r in rows if r.excluded)
    assert [r.excluded for r in rows] == sorted(r.excluded for r in rows)


# --- youth and the three ratings ----------------------------------------------------------

def test_a_candidate_whose_35th_birthday_is_voting_day_is_no_longer_youth():
    turns_35_today = cand("a", "Абаев", born=dt.date(1985, 10, 3))
    turns_35_tomorrow = cand("b", "Бабаев", born=dt.date(1985, 10, 4))
    assert age_on(turns_35_today.birth_date, VOTING_DAY) == 35
    assert not is_youth(turns_35_today, VOTING_DAY)
    assert age_on(turns_35_tomorrow.birth_date, VOTING_DAY) == 34
    assert is_youth(turns_35_tomorrow, VOTING_DAY)
    assert is_youth(turns_35_today, VOTING_DAY, youth_max_age=36)


def test_a_29_february_birthday_falls_on_28_february_in_a_common_year():
    born = dt.date(2000, 2, 29)
    assert age_on(born, dt.date(2021, 2, 27)) == 20
    assert age_on(born, dt.date(2021, 2, 28)) == 21
    assert age_on(born, dt.date(2024, 2, 28)) == 23
    assert age_on(born, dt.date(2024, 2, 29)) == 24


def test_women_and_youth_ratings_are_each_ranked_among_their_own():
    cands = [
        cand("m", "Мұратов", born=OLD), cand("w", "Әлиева", "F", born=OLD),
        cand("yw", "Жанар", "F", born=YOUNG), cand("ym", "Бекұлы", born=YOUNG),
        cand("yx", "Ержан", "F", born=YOUNG),
    ]
    r = ratings(result_of("r", {"m": 50, "w": 40, "yw": 30, "ym": 30, "yx": 60}), cands,
                {"yx": "control committee"}, kazakh_key, voting_day=VOTING_DAY)
    assert [(x.candidate.id, x.rank, x.tied) for x in r.overall] == [
        ("m", 1, False), ("w", 2, False), ("ym", 3, True), ("yw", 3, True), ("yx", None, False)]
    assert [(x.candidate.id, x.rank) for x in r.women] == [("w", 1), ("yw", 2), ("yx", None)]
    assert [(x.candidate.id, x.rank, x.tied) for x in r.youth] == [
        ("ym", 1, True), ("yw", 1, True), ("yx", None, False)]
    assert r.ranks_of("yw") == (3, 2, 1)
    assert r.ranks_of("m") == (1, None, None)
    assert is_woman(cands[1]) and not is_woman(cands[0])


# --- the draft party list -----------------------------------------------------------------

def test_quotas_are_rounded_up_from_their_decimal_value():
    assert required_count(0.3, 7) == 3  # 2 of 7 would be 28.6%
    assert required_count(0.3, 10) == 3
    assert required_count(0.2, 10) == 2
    assert required_count(0.2, 11) == 3
    assert required_count(0.3, 0) == 0
    with pytest.raises(ValueError):
        required_count(1.5, 3)


def test_when_the_rating_alone_meets_both_quotas_the_list_is_the_rating():
    cands = [cand("w", "Әлиева", "F", YOUNG), cand("m1", "Бекұлы"), cand("w2", "Жанар", "F"), cand("m2", "Мұратов")]
    d = draft(cands, {"w": 9, "m1": 8, "w2": 7, "m2": 6}, seats=3)
    assert ids(d) == ["w", "m1", "w2"]
    assert [r.reason for r in d.rows] == ["rating"] * 3
    assert d.problems == ()


def test_the_women_quota_brings_in_the_best_rated_woman_in_place_of_the_last_man():
    # 5 seats: at least ⌈1.5⌉ = 2 women and ⌈1.0⌉ = 1 youth
    cands = [cand("m1", "Абаев", born=YOUNG), cand("m2", "Бабаев"), cand("m3", "Ғалиев"), cand("w1", "Дина", "F"),
             cand("m4", "Ерлан"), cand("w2", "Жанар", "F"), cand("w3", "Зере", "F")]
    d = draft(cands, {"m1": 100, "m2": 90, "m3": 80, "w1": 70, "m4": 60, "w2": 50, "w3": 40}, seats=5)
    assert [(r.position, r.candidate.id, r.total, r.reason) for r in d.rows] == [
        (1, "m1", 100, "rating"), (2, "m2", 90, "rating"), (3, "m3", 80, "rating"),
        (4, "w1", 70, "rating"), (5, "w2", 50, "quota_women")]
    assert d.problems == ()


def test_the_youth_quota_does_not_remove_a_woman_the_women_quota_needs():
    cands = [cand("w1", "Айгүл", "F"), cand("m1", "Бабаев"), cand("m2", "Ғалиев"), cand("m3", "Ерлан"),
             cand("w2", "Жанар", "F"), cand("y1", "Қайрат", born=YOUNG), cand("y2", "Нұрлан", born=YOUNG)]
    d = draft(cands, {"w1": 100, "m1": 90, "m2": 80, "m3": 70, "w2": 60, "y1": 50, "y2": 40}, seats=5)
    # w2 is the lowest rated of the top five, but without her the list would have one woman
    assert [(r.candidate.id, r.reason) for r in d.rows] == [
        ("w1", "rating"), ("m1", "rating"), ("m2", "rating"), ("w2", "rating"), ("y1", "quota_youth")]
    assert d.problems == ()


def test_when_both_quotas_are_short_a_young_woman_fills_both_at_once():
    cands = [cand(f"m{i}", f"Ер{i}") for i in range(1, 6)] + [
        cand("w", "Әлиева", "F"), cand("yw", "Жанар", "F", YOUNG), cand("ym", "Қайрат", born=YOUNG)]
    totals = {"m1": 100, "m2": 90, "m3": 80, "m4": 70, "m5": 60, "w": 55, "yw": 50, "ym": 45}
    d = draft(cands, totals, seats=5)
    assert [(r.position, r.candidate.id, r.reason) for r in d.rows] == [
        (1, "m1", "rating"), (2, "m2", "rating"), (3, "m3", "rating"), (4, "w", "quota_women"),
        (5, "yw", "quota_women_youth")]
    assert d.problems == ()


def test_when_both_quotas_are_short_and_no_one_is_in_both_each_is_filled_in_rating_order():
    cands = [cand(f"m{i}", f"Ер{i}") for i in range(1, 6)] + [
        cand("w1", "Әлиева", "F"), cand("w2", "Бекова", "F"), cand("y", "Қайрат", born=YOUNG)]
    totals = {"m1": 100, "m2": 90, "m3": 80, "m4": 70, "m5": 60, "w1": 55, "w2": 52, "y": 50}
    d = draft(cands, totals, seats=5)
    assert [(r.candidate.id, r.reason) for r in d.rows] == [
        ("m1", "rating"), ("m2", "rating"), ("w1", "quota_women"), ("w2", "quota_women"), ("y", "quota_youth")]


def test_too_few_women_are_all_listed_and_the_shortfall_is_reported():
    cands = [cand(f"m{i}", f"Ер{i}", born=YOUNG if i == 1 else OLD) for i in range(1, 8)] + [cand("w", "Әлиева", "F")]
    totals = {f"m{i}": 100 - i for i in range(1, 8)} | {"w": 1}
    d = draft(cands, totals, seats=5)
    assert ids(d) == ["m1", "m2", "m3", "m4", "w"]
    assert d.rows[-1].reason == "quota_women"
    assert codes(d) == ["ranking.women_shortfall"]
    assert dict(d.problems[0].params) == {
        "required": 2, "selected": 1, "available": 1, "seats": 5, "percent": "30", "youth_max_age": 35}
    assert d.problems[0].severity == "warning"
    assert_messages_fill(d.problems)


def test_a_tie_at_the_last_seat_is_flagged_for_the_commission():
    # 3 seats: one woman and one youth needed; the young woman at the top gives both
    cands = [cand("yw", "Жанар", "F", YOUNG), cand("m1", "Мұратов"), cand("a", "Ақанов"), cand("b", "Бекетов")]
    d = draft(cands, {"yw": 100, "m1": 90, "a": 80, "b": 80}, seats=3)
    assert [(r.candidate.id, r.rank, r.tie_at_cut) for r in d.rows] == [("yw", 1, False), ("m1", 2, False), ("a", 3, True)]
    assert codes(d) == ["ranking.tie_at_cut"]
    tie = d.problems[0]
    assert tie.params["total"] == 80
    assert tie.params["selected_ids"] == ("a",) and tie.params["unselected_ids"] == ("b",)
    assert tie.params["selected"] == "Ақанов Асан" and tie.params["unselected"] == "Бекетов Асан"
    assert_messages_fill(d.problems)


def test_a_tie_that_the_quota_decides_is_not_flagged():
    # Әлиев and Бекова have the same total; only Бекова keeps the list at one woman, so no choice was made
    cands = [cand("y", "Мұратов", born=YOUNG), cand("m1", "Нұрлан"), cand("w", "Бекова", "F"), cand("m2", "Әлиев")]
    d = draft(cands, {"y": 100, "m1": 90, "w": 80, "m2": 80}, seats=3)
    assert [(r.candidate.id, r.reason, r.tie_at_cut) for r in d.rows] == [
        ("y", "rating", False), ("m1", "rating", False), ("w", "quota_women", False)]
    assert d.problems == ()


def test_a_tie_among_women_brought_in_by_the_quota_is_flagged():
    cands = [cand("y", "Мұратов", born=YOUNG), cand("m1", "Нұрлан"), cand("m2", "Омаров"),
             cand("w1", "Әлия", "F"), cand("w2", "Бибігүл", "F")]
    d = draft(cands, {"y": 100, "m1": 90, "m2": 85, "w1": 20, "w2": 20}, seats=3)
    assert [(r.candidate.id, r.reason, r.tie_at_cut) for r in d.rows] == [
        ("y", "rating", False), ("m1", "rating", False), ("w1", "quota_women", True)]
    assert codes(d) == ["ranking.tie_at_cut"]
    assert d.problems[0].params["unselected_ids"] == ("w2",)


def test_an_excluded_candidate_is_never_on_the_list():
    cands = [cand("x", "Ержанов", "F", YOUNG), cand("w", "Әлия", "F", YOUNG), cand("m", "Бекұлы"), cand("n", "Нұрлан")]
    d = draft(cands, {"x": 100, "w": 50, "m": 40, "n": 30}, seats=2, excluded={"x": "control committee"})
    assert ids(d) == ["w", "m"]


def test_fewer_candidates_than_seats_lists_them_all_and_says_so():
    cands = [cand("w", "Әлия", "F", YOUNG), cand("m", "Бекұлы")]
    d = draft(cands, {"w": 5, "m": 9}, seats=4)
    assert ids(d) == ["m", "w"]
    assert codes(d) == ["ranking.seats_unfilled", "ranking.women_shortfall"]
    assert_messages_fill(d.problems)


def test_one_seat_cannot_hold_both_quotas_without_a_young_woman():
    cands = [cand("y", "Мұратов", born=YOUNG), cand("w", "Әлия", "F")]
    d = draft(cands, {"y": 10, "w": 9}, seats=1)
    assert ids(d) == ["y"]
    assert codes(d) == ["ranking.women_unreachable"]
    assert_messages_fill(d.problems)


def test_one_seat_goes_to_the_best_rated_young_woman_when_there_is_one():
    cands = [cand("y", "Мұратов", born=YOUNG), cand("w", "Әлия", "F"), cand("yw", "Жанар", "F", YOUNG)]
    d = draft(cands, {"y": 10, "w": 9, "yw": 1}, seats=1)
    assert [(r.candidate.id, r.reason) for r in d.rows] == [("yw", "quota_women")]
    assert d.problems == ()


def test_custom_quotas_and_youth_age_are_honoured():
    cands = [cand("m1", "Абаев"), cand("m2", "Бабаев"), cand("o", "Ғалиев", born=dt.date(1984, 1, 1))]
    d = draft(cands, {"m1": 9, "m2": 8, "o": 1}, seats=2, quotas={"women": 0, "youth": 0.5}, youth_max_age=40)
    assert [(r.candidate.id, r.reason) for r in d.rows] == [("m1", "rating"), ("o", "quota_youth")]
    with pytest.raises(ValueError):
        draft(cands, {}, seats=2, quotas={"veterans": 0.1})


@settings(max_examples=300)
@given(candidate_specs, st.integers(0, 12))
def test_the_draft_list_always_fills_what_it_can_and_meets_every_quota_it_can(specs, seats):
    cands, totals, excluded = build(specs)
    ranked = rank(result_of("r", totals), cands, excluded, str)
    d = quota_list(ranked, seats, voting_day=VOTING_DAY)
    eligible = [r for r in ranked if not r.excluded]

    assert len(d.rows) == min(seats, len(eligible))
    assert [r.position for r in d.rows] == list(range(1, len(d.rows) + 1))
    assert not {r.candidate.id for r in d.rows} & set(excluded)
    rank_of = {r.candidate.id: r.rank for r in ranked}
    assert [rank_of[r.candidate.id] for r in d.rows] == sorted(rank_of[r.candidate.id] for r in d.rows)

    women = sum(is_woman(r.candidate) for r in d.rows)
    youth = sum(is_youth(r.candidate, VOTING_DAY) for r in d.rows)
    need_women, need_youth = required_count(0.3, seats), required_count(0.2, seats)
    enough_women = sum(is_woman(r.candidate) for r in eligible) >= need_women
    enough_youth = sum(is_youth(r.candidate, VOTING_DAY) for r in eligible) >= need_youth
    if seats >= 2 and enough_women and enough_youth:
        assert women >= need_women and youth >= need_youth
    assert (women < need_women) == any(c.startswith("ranking.women_") for c in codes(d))
    assert (youth < need_youth) == any(c.startswith("ranking.youth_") for c in codes(d))
    assert_messages_fill(d.problems)

    top = [r.candidate.id for r in eligible[:seats]]
    top_women = sum(is_woman(r.candidate) for r in eligible[:seats])
    top_youth = sum(is_youth(r.candidate, VOTING_DAY) for r in eligible[:seats])
    if top_women >= need_women and top_youth >= need_youth:
        assert ids(d) == top
