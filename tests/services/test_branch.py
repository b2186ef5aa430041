"""The branch office's service without packages: its file, the roll, trust, exclusions, the online
ballots and the draft list's quotas (packages: ``test_branch_packages.py``)."""
import json

import pytest

from polling_station.errors import Refused
from polling_station.services.branch import Branch
from polling_station.services.station import Station
from polling_station.storage import journal
from tests.conftest import Clock
from tests.signing.conftest import chair_key, pki_dir, trial_ca  # noqa: F401 — real keys, made once
from tests.services.test_branch_data import (M, ONLINE_REJECTS, election, online_text, read_csv, render,
                                             roll_text)


def codes(exc):
    return [p.code for p in exc.value.problems]


def actions(b):
    return [e.action for e in journal.entries(b.db)]


@pytest.fixture
def roll_file(tmp_path):
    path = tmp_path / "roll.csv"
    path.write_text(roll_text(), encoding="utf-8")
    return path


@pytest.fixture
def online_file(tmp_path):
    path = tmp_path / "online.csv"
    path.write_text(online_text(), encoding="utf-8")
    return path


@pytest.fixture
def branch(tmp_path, roll_file):
    b = Branch.create(tmp_path / "branch.db", election(), roll=roll_file, clock=Clock(), operator="aliya")
    yield b
    b.close_db()


# ----- the file and the roll ------------------------------------------------------------------

def test_a_new_branch_counts_the_eligible_members_of_each_precinct(branch):
    # P1: m1–m5 and m6 suspended; P2: m7–m10; P3: m11–m15, m17 and m16 who joined after the cutoff
    assert branch.registered() == {"P1": (6, 5), "P2": (4, 4), "P3": (7, 6)}
    assert actions(branch) == ["branch.created", "roll.imported"]
    assert all(e.officer == "aliya" for e in journal.entries(branch.db))
    assert branch.verify_journal() == []


def test_reimporting_the_same_roll_changes_nothing(branch, roll_file):
    summary = branch.import_roll(roll_file)
    assert (summary.added, summary.changed, summary.unchanged) == (0, 0, 17)
    assert actions(branch) == ["branch.created", "roll.imported"]


def test_a_roll_row_of_a_precinct_the_election_lacks_is_rejected_with_its_line(tmp_path, branch):
    path = tmp_path / "more.csv"
    path.write_text(roll_text().replace(",south,P3,2015-01-01,active\n", ",south,P9,2015-01-01,active\n", 1),
                    encoding="utf-8")
    summary = branch.import_roll(path, rejects_path=tmp_path / "rejects.csv")
    assert summary.rejected == 1
    rows = read_csv(tmp_path / "rejects.csv")
    assert [(r["line"], r["field"], r["code"]) for r in rows] == [("12", "precinct", "branch.roll_unknown_precinct")]


def test_a_strict_roll_import_with_an_invalid_row_imports_nothing(tmp_path):
    path = tmp_path / "roll.csv"
    path.write_text(roll_text().replace(M["m3"], "123456789012"), encoding="utf-8")
    with pytest.raises(Refused) as exc:
        b = Branch.create(tmp_path / "b.db", election(), clock=Clock())
        b.import_roll(path, strict=True)
    assert codes(exc) == ["branch.roll_rejected"]
    assert b.registered() == {}
    b.close_db()


def test_a_branch_file_is_not_a_station_file(tmp_path, branch):
    with pytest.raises(Refused) as exc:
        Station.open(branch.path)
    assert codes(exc) == ["storage.wrong_kind"]
    assert exc.value.problems[0].params["found"] == "branch"


def test_an_invalid_election_definition_creates_no_file(tmp_path):
    data = election()
    data["regions"] = []
    with pytest.raises(Refused):
        Branch.create(tmp_path / "b.db", data)
    assert not (tmp_path / "b.db").exists()


def test_the_journal_names_the_operating_system_user_by_default(tmp_path):
    import getpass
    b = Branch.create(tmp_path / "b.db", election())
    assert next(journal.entries(b.db)).officer == getpass.getuser()
    b.close_db()


# ----- trust ----------------------------------------------------------------------------------

def test_trusting_a_ca_for_all_and_a_chair_for_one_precinct(branch, trial_ca, chair_key):
    (ca,) = branch.trust(trial_ca.pem)
    (chair,) = branch.trust(chair_key.pem, "P2")
    assert ca.is_ca and ca.precinct is None and ca.added
    assert not chair.is_ca and chair.precinct == "P2"
    assert len(branch.trust_roots("P1")) == 1 and len(branch.trust_roots("P2")) == 2
    assert branch.trust(trial_ca.pem)[0].added is False
    assert actions(branch).count("trust.added") == 2


def test_trust_refuses_an_unknown_precinct_and_a_file_without_a_certificate(tmp_path, branch, trial_ca):
    with pytest.raises(Refused) as exc:
        branch.trust(trial_ca.pem, "P9")
    assert codes(exc) == ["branch.unknown_precinct"]
    junk = tmp_path / "junk.pem"
    junk.write_text("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")
    with pytest.raises(Refused) as exc:
        branch.trust(junk)
    assert codes(exc) == ["branch.cert_unreadable"]


# ----- exclusions -----------------------------------------------------------------------------

def test_an_exclusion_added_at_the_branch_needs_a_known_candidate_and_a_reason(branch):
    with pytest.raises(Refused) as exc:
        branch.exclude("north-council", "S1", "any")
    assert codes(exc) == ["branch.unknown_candidate"]
    with pytest.raises(Refused) as exc:
        branch.exclude("north-council", "N1", "   ")
    assert codes(exc) == ["branch.exclusion_reason"]
    with pytest.raises(Refused) as exc:
        branch.exclude("north-council", "N3", "again")
    assert codes(exc) == ["branch.already_excluded"]
    branch.exclude("north-council", "N1", "Decision of 4 October")
    assert branch.exclusions()[("north-council", "N1")].source == "branch"
    assert actions(branch)[-1] == "candidate.excluded"
    overall = next(r for r in branch.results().races if r.race.id == "north-council").ratings.overall
    assert [(r.candidate.id, r.rank) for r in overall if r.rank is None] == [("N3", None), ("N1", None)]


# ----- online ballots -------------------------------------------------------------------------

def test_online_rows_are_rejected_with_their_line_and_reason(tmp_path, branch, online_file):
    rejects = tmp_path / "online.rejects.csv"
    summary = branch.import_online(online_file, rejects_path=rejects, render=render)
    assert (summary.rows, summary.accepted, summary.added, summary.collapsed, summary.rejected) == (21, 9, 9, 1, 11)
    rows = read_csv(rejects)
    found: dict[int, list[str]] = {}
    for r in rows:
        found.setdefault(int(r["line"]), []).append(r["code"])
    assert found == ONLINE_REJECTS
    assert all(r["message"] and not r["message"].startswith("branch.") for r in rows)
    # kept beside the 9 ballots: the rows the roll refuses (m6, m16, a stranger, m2 in a race not
    # of their precinct), for a later roll to judge, and m10's two differing ballots, to set aside
    assert summary.kept == branch.online_ballot_count() == 15
    entry = list(journal.entries(branch.db))[-1]
    assert entry.action == "online.imported" and entry.payload["added"] == 9 and entry.payload["rejected"] == 11
    results = branch.results()
    assert (results.sources.online_ballots, results.sources.online_set_aside,
            results.sources.online_not_admitted) == (9, 1, 4)
    assert [(a.iin, a.race, len(a.ballots)) for a in results.online_set_aside] == [(M["m10"], "north-council", 2)]


def test_importing_the_same_online_file_again_changes_nothing(branch, online_file):
    branch.import_online(online_file)
    before = actions(branch)
    again = branch.import_online(online_file)
    assert (again.added, again.unchanged) == (0, 9)
    assert actions(branch) == before


def roll_with(**status) -> str:
    """The roll with the status of some members changed: ``roll_with(m5="suspended")``."""
    lines = roll_text().split("\n")
    for member, value in status.items():
        n = next(i for i, line in enumerate(lines) if line.startswith(M[member] + ","))
        lines[n] = lines[n].rsplit(",", 1)[0] + "," + value
    return "\n".join(lines)


def online_figures(b) -> tuple:
    r = b.results()
    north = next(x for x in r.races if x.race.id == "north-council")
    return ({x.candidate.id: x.online for x in north.ratings.overall}, r.total.online,
            [(a.iin, a.race, a.ballots) for a in r.online_set_aside])


def test_an_online_ballot_that_differs_from_one_in_another_file_sets_both_aside_in_either_order(tmp_path):
    later = tmp_path / "later.csv"
    later.write_text(online_text([(2, f"{M['m4']},2020-10-01T10:00:00+06:00,north-council,N1"),
                                  (3, f"{M['m17']},2020-10-02T10:00:00+06:00,south-council,S4")]), encoding="utf-8")
    first = tmp_path / "online.csv"
    first.write_text(online_text(), encoding="utf-8")
    roll = tmp_path / "roll.csv"
    roll.write_text(roll_text(), encoding="utf-8")
    figures = []
    for n, order in enumerate(((first, later), (later, first))):
        b = Branch.create(tmp_path / f"b{n}.db", election(), roll=roll, clock=Clock())
        summaries = [b.import_online(f, rejects_path=tmp_path / f"{n}-{f.name}.rejects.csv", render=render)
                     for f in order]
        figures.append(online_figures(b))
        b.close_db()
        if order[0] == first:
            assert (summaries[1].added, summaries[1].rejected) == (1, 1)
            (row,) = read_csv(tmp_path / f"{n}-later.csv.rejects.csv")
            assert (row["line"], row["code"]) == ("2", "branch.online_differs") and "online.csv" in row["message"]
            assert "neither ballot is counted" in row["message"]
    assert figures[0] == figures[1]
    # m4's two ballots (N2 N4, and N1) are both set aside: neither counts, in any order. No package is
    # imported, so the online north ballots that count are m1 (N5), m5 (N4), m8 (N1 N3), m9 (N3 N2)
    votes, online, set_aside = figures[0]
    assert votes == {"N1": 1, "N2": 1, "N3": 2, "N4": 1, "N5": 1}
    assert set_aside == [  # by IIN
        (M["m4"], "north-council", (("2020-10-01T10:00:00+06:00", ("N1",)),
                                    ("2020-10-01T10:00:00+06:00", ("N2", "N4")))),
        (M["m10"], "north-council", (("2020-10-02T10:00:00+06:00", ("N1",)),
                                     ("2020-10-02T10:05:00+06:00", ("N2",))))]


def test_the_same_ballot_in_two_files_is_one_ballot_whatever_the_time_zone_it_is_written_in(tmp_path, branch):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text(online_text([(2, f"{M['m4']},2020-10-01T10:00:00+06:00,north-council,N2 N4")]), encoding="utf-8")
    b.write_text(online_text([(2, f"{M['m4']},2020-10-01T04:00:00+00:00,north-council,N4 N2")]), encoding="utf-8")
    assert branch.import_online(a).added == 1
    assert (branch.import_online(b).unchanged, branch.online_ballot_count()) == (1, 1)
    votes, online, set_aside = online_figures(branch)
    assert (votes["N2"], votes["N4"], online, set_aside) == (1, 1, 1, [])


def test_a_newer_roll_that_suspends_a_member_sets_their_online_ballot_aside_in_either_order(tmp_path, online_file):
    roll, suspended = tmp_path / "roll.csv", tmp_path / "roll-2.csv"
    roll.write_text(roll_text(), encoding="utf-8")
    suspended.write_text(roll_with(m5="suspended"), encoding="utf-8")
    assert suspended.read_text(encoding="utf-8").count(",suspended") == 2  # m5 now, m6 as before
    figures = []
    for n, steps in enumerate((("online", "roll"), ("roll", "online"))):
        b = Branch.create(tmp_path / f"b{n}.db", election(), roll=roll, clock=Clock())
        for step in steps:
            b.import_online(online_file) if step == "online" else b.import_roll(suspended)
        figures.append((online_figures(b), b.results().sources.online_not_admitted))
        b.close_db()
    assert figures[0] == figures[1]
    (votes, online, _), not_admitted = figures[0]
    assert votes["N4"] == 1 and online == 8  # m5's ballot (N4) no longer counts
    assert not_admitted == 5


def test_a_newer_roll_that_admits_a_member_counts_the_ballot_an_earlier_import_refused(tmp_path, branch, online_file):
    summary = branch.import_online(online_file)
    assert summary.reasons["branch.online_not_eligible"] == 2  # m6 (suspended), m16 (joined after the cutoff)
    before, online_before, _ = online_figures(branch)
    reinstated = tmp_path / "roll-2.csv"
    reinstated.write_text(roll_with(m6="active"), encoding="utf-8")
    assert branch.import_roll(reinstated).changed == 1
    after, online_after, _ = online_figures(branch)
    assert (after["N1"] - before["N1"], online_after - online_before) == (1, 1)  # m6 voted N1


def test_a_member_moved_by_a_newer_roll_counts_where_the_roll_now_puts_them(tmp_path, branch, online_file):
    branch.import_online(online_file)
    before = {r.precinct: r.online for r in branch.results().precincts}
    assert before == {"P1": 3, "P2": 2, "P3": 4}  # no paper yet: m1 m4 m5 · m8 m9 · m12 m13 m14 m15
    moved = tmp_path / "roll-2.csv"
    moved.write_text("\n".join(line.replace(",north,P1,", ",north,P2,") if line.startswith(M["m4"]) else line
                               for line in roll_text().split("\n")), encoding="utf-8")
    assert branch.import_roll(moved).changed == 1
    assert {r.precinct: r.online for r in branch.results().precincts} == {"P1": 2, "P2": 3, "P3": 4}
    assert branch.registered()["P2"] == (5, 5)


def test_online_import_needs_the_roll(tmp_path, online_file):
    b = Branch.create(tmp_path / "b.db", election())
    with pytest.raises(Refused) as exc:
        b.import_online(online_file)
    assert codes(exc) == ["branch.no_roll"]
    b.close_db()


def test_online_import_reports_progress_up_to_the_whole_file(tmp_path, branch, monkeypatch):
    from polling_station.services import branch as branch_module
    monkeypatch.setattr(branch_module, "PROGRESS_EVERY", 5)
    path = tmp_path / "online.csv"
    path.write_text(online_text(), encoding="utf-8")
    seen = []
    branch.import_online(path, progress=lambda done, total: seen.append((done, total)))
    assert seen[:4] == [(5, 22), (10, 22), (15, 22), (20, 22)] and seen[-1] == (22, 22)


# ----- the draft list's quotas, on online ballots only ----------------------------------------

NORTH_VOTERS = ["m1", "m2", "m3", "m4", "m5", "m7", "m8", "m9", "m10"]


def ballots_for(totals: dict[str, int]) -> list[tuple[str, str]]:
    """(member, choices) giving each candidate its total, at most two marks per ballot."""
    need = dict(totals)
    out = []
    for member in NORTH_VOTERS:
        picks = sorted((c for c in need if need[c] > 0), key=lambda c: (-need[c], c))[:2]
        if not picks:
            break
        for c in picks:
            need[c] -= 1
        out.append((member, " ".join(picks)))
    assert not any(need.values()), "more marks than nine voters can give"
    return out


def draft_of(tmp_path, data, totals):
    roll = tmp_path / "roll.csv"
    roll.write_text(roll_text(), encoding="utf-8")
    b = Branch.create(tmp_path / "quota.db", data, roll=roll, clock=Clock())
    online = tmp_path / "quota-online.csv"
    online.write_text(online_text([(0, f"{M[m]},2020-10-02T10:00:00+06:00,north-council,{c}")
                                   for m, c in ballots_for(totals)]), encoding="utf-8")
    b.import_online(online)
    race = next(r for r in b.results().races if r.race.id == "north-council")
    b.close_db()
    assert {r.candidate.id: r.total for r in race.ratings.overall} == totals
    return race.draft


def _north(data) -> dict:
    return next(r for r in data["races"] if r["id"] == "north-council")


def test_the_draft_list_brings_in_a_woman_when_the_top_of_the_rating_has_none(tmp_path):
    data = election()
    _north(data)["excluded"] = []  # N3, a young man, stands
    # rating: N3 5, N1 4, N2 3 | N5 (the only woman) 2, N4 1 — youth is met by N3, women is not
    draft = draft_of(tmp_path, data, {"N3": 5, "N1": 4, "N2": 3, "N5": 2, "N4": 1})
    assert [(d.candidate.id, d.reason) for d in draft.rows] == [
        ("N3", "rating"), ("N1", "rating"), ("N5", "quota_women")]


def test_the_draft_list_brings_in_a_young_candidate_when_the_top_of_the_rating_has_none(tmp_path):
    data = election()
    north = _north(data)
    north["excluded"] = []
    n4 = next(c for c in north["candidates"] if c["id"] == "N4")
    n4.update(sex="F", surname="Бекова")  # an older woman: women's quota met by rating
    # rating: N4 5, N1 4, N2 3 | N3 (young man) 2, N5 (young woman) 1 — women met, youth not
    draft = draft_of(tmp_path, data, {"N4": 5, "N1": 4, "N2": 3, "N3": 2, "N5": 1})
    assert [(d.candidate.id, d.reason) for d in draft.rows] == [
        ("N4", "rating"), ("N1", "rating"), ("N3", "quota_youth")]
    assert draft.problems == ()


def test_a_quota_that_no_candidate_can_fill_is_reported_not_hidden(tmp_path):
    data = election()
    north = _north(data)
    north["candidates"] = [c for c in north["candidates"] if c["id"] != "N5"]
    north["excluded"] = []
    draft = draft_of(tmp_path, data, {"N1": 4, "N2": 3, "N3": 2, "N4": 1})
    assert [p.code for p in draft.problems] == ["ranking.women_shortfall"]
    assert json.dumps([d.candidate.id for d in draft.rows]) == '["N1", "N2", "N3"]'
