"""Precinct packages at the branch, made through the real station services: trust, tampering,
duplicates, corrections that supersede, and conflicts the commission resolves."""
import pytest

from polling_station.errors import Refused
from polling_station.services.branch import Branch
from polling_station.storage import journal
from tests.conftest import Clock
from tests.services.test_branch_data import CORRECTION_REASON, election, world


@pytest.fixture(scope="session")
def w(tmp_path_factory):
    return world(tmp_path_factory)


@pytest.fixture
def branch(tmp_path, w):
    b = Branch.create(tmp_path / "branch.db", election(), roll=w.roll, clock=Clock(), operator="aliya")
    b.trust(w.ca.pem)
    yield b
    b.close_db()


def actions(b):
    return [e.action for e in journal.entries(b.db)]


def state(b, precinct):
    return b.precinct_state(precinct)


def north_totals(b):
    race = next(r for r in b.results().races if r.race.id == "north-council")
    return {r.candidate.id: r.paper for r in race.ratings.overall}


def test_a_package_signed_by_a_trusted_chair_is_imported_with_its_check_ins(branch, w):
    (outcome,) = branch.import_packages([w.packages["P1"]])
    assert (outcome.result, outcome.precinct, outcome.version, outcome.problems) == ("imported", "P1", 1, ())
    s = state(branch, "P1")
    assert s.state == "imported" and s.current.signer == "Төраға P1"
    assert branch.db.execute("SELECT count(*) FROM package_checkins").fetchone()[0] == 3
    assert actions(branch)[-1] == "package.imported"
    assert north_totals(branch) == {"N1": 2, "N2": 1, "N3": 1, "N4": 0, "N5": 1}


def test_the_same_package_twice_changes_nothing(branch, w):
    branch.import_package(w.packages["P1"])
    before = actions(branch)
    again = branch.import_package(w.packages["P1"])
    assert again.result == "duplicate"
    assert actions(branch) == before
    assert branch.db.execute("SELECT count(*) FROM packages").fetchone()[0] == 1


def test_a_precinct_without_a_trusted_certificate_is_refused_with_the_reason(tmp_path, w):
    b = Branch.create(tmp_path / "b.db", election(), clock=Clock())
    outcome = b.import_package(w.packages["P2"])
    assert outcome.result == "rejected"
    assert [p.code for p in outcome.problems] == ["branch.no_trust"]
    assert state(b, "P2").state == "rejected"
    b.close_db()


def test_a_package_signed_by_a_key_of_an_untrusted_ca_is_refused(branch, w):
    outcome = branch.import_package(w.packages["P2stranger"])
    assert outcome.result == "rejected"
    assert {(p.code, p.params["signer"], p.params["precinct"]) for p in outcome.problems} == {
        ("branch.signer_untrusted", "Төраға stranger", "P2")}
    assert {p.params["document"] for p in outcome.problems} == {"manifest.sig", "protocol.pdf"}
    s = state(branch, "P2")
    assert s.state == "rejected" and s.rejections[-1].file == "P2-v1-stranger.zip"
    assert actions(branch)[-1] == "package.rejected"


def test_a_chair_trusted_for_one_precinct_cannot_sign_for_another(tmp_path, w):
    b = Branch.create(tmp_path / "b.db", election(), clock=Clock())
    b.trust(w.pem("P1"), "P1")
    b.trust(w.pem("P2"), "P2")
    assert b.import_package(w.packages["P1"]).result == "imported"
    outcome = b.import_package(w.packages["P2byP1"])
    assert outcome.result == "rejected"
    (problem,) = outcome.problems
    assert problem.code == "branch.signer_other_precinct"
    assert problem.params == {"signer": "Төраға P1", "precinct": "P2", "precincts": "P1"}
    assert b.import_package(w.packages["P2"]).result == "imported"
    b.close_db()


def test_a_byte_changed_anywhere_in_a_package_refuses_it_once(tmp_path, branch, w):
    data = bytearray(w.packages["P3"].read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "P3-tampered.zip"
    tampered.write_bytes(bytes(data))
    outcome = branch.import_package(tampered)
    assert outcome.result == "rejected" and outcome.problems
    assert branch.import_package(tampered).result == "rejected"
    assert branch.db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 1
    assert actions(branch).count("package.rejected") == 1
    assert branch.import_package(w.packages["P3"]).result == "imported"
    assert state(branch, "P3").state == "imported"


def test_a_file_that_is_not_a_package_is_refused(tmp_path, branch):
    junk = tmp_path / "notes.zip"
    junk.write_text("not a zip")
    outcome = branch.import_package(junk)
    assert outcome.result == "rejected" and [p.code for p in outcome.problems] == ["branch.package_unreadable"]
    assert [r.file for r in branch.unassigned_rejections()] == ["notes.zip"]


def test_a_package_of_another_election_is_refused(tmp_path, w):
    b = Branch.create(tmp_path / "b.db", election(id="another-2020"), clock=Clock())
    b.trust(w.ca.pem)
    outcome = b.import_package(w.packages["P1"])
    assert [p.code for p in outcome.problems] == ["branch.package_other_election"]
    b.close_db()


@pytest.mark.parametrize("order", [("P1", "P1v2"), ("P1v2", "P1")])
def test_a_corrected_version_supersedes_the_older_one_in_either_order(branch, w, order):
    first, second = (branch.import_package(w.packages[name]) for name in order)
    if order[0] == "P1":
        assert (first.result, second.result, second.supersedes) == ("imported", "imported", (1,))
    else:
        assert (first.result, second.result) == ("imported", "superseded")
    s = state(branch, "P1")
    assert s.state == "imported" and s.current.version == 2 and s.current.reason == CORRECTION_REASON
    assert [(p.version, p.state, p.superseded_by) for p in s.superseded] == [(1, "superseded", 2)]
    assert north_totals(branch) == {"N1": 2, "N2": 1, "N3": 0, "N4": 1, "N5": 1}


def test_two_different_packages_of_one_version_are_a_conflict_until_the_commission_chooses(branch, w):
    assert branch.import_package(w.packages["P1"]).result == "imported"
    outcome = branch.import_package(w.packages["P1other"])
    assert outcome.result == "conflict"
    s = state(branch, "P1")
    assert s.state == "conflict" and s.current is None
    assert sorted(p.state for p in s.packages) == ["conflict", "conflict"]
    assert north_totals(branch) == {"N1": 0, "N2": 0, "N3": 0, "N4": 0, "N5": 0}
    with pytest.raises(Refused) as exc:
        branch.resolve_conflict("P1", outcome.sha256[:10], "  ")
    assert [p.code for p in exc.value.problems] == ["branch.resolution_reason"]
    chosen = branch.resolve_conflict("P1", outcome.sha256[:10], "The commission's copy, act No. 3")
    assert chosen.sha256 == outcome.sha256 and chosen.state == "current"
    assert [p.state for p in state(branch, "P1").packages if p.sha256 != outcome.sha256] == ["set_aside"]
    assert north_totals(branch) == {"N1": 1, "N2": 2, "N3": 1, "N4": 0, "N5": 1}
    assert actions(branch)[-1] == "conflict.resolved"
    with pytest.raises(Refused) as exc:
        branch.resolve_conflict("P1", outcome.sha256[:10], "again")
    assert [p.code for p in exc.value.problems] == ["branch.no_conflict"]


def test_a_newer_version_settles_a_conflict_of_the_older_one(branch, w):
    for name in ("P1", "P1other", "P1v2"):
        branch.import_package(w.packages[name])
    s = state(branch, "P1")
    assert s.state == "imported" and s.current.version == 2
    assert sorted(p.state for p in s.packages) == ["current", "superseded", "superseded"]


def test_a_large_batch_is_verified_in_parallel_with_the_same_outcomes(tmp_path, w, monkeypatch):
    from polling_station.services import branch_packages
    names = ("P1", "P1other", "P1v2", "P2", "P2stranger", "P3", "P1")
    outcomes = {}
    for mode, workers in (("serial", 1), ("parallel", 2)):
        monkeypatch.setattr(branch_packages, "PARALLEL_FROM", 2)
        b = Branch.create(tmp_path / f"{mode}.db", election(), clock=Clock())
        b.trust(w.ca.pem)
        results = b.import_packages([w.packages[n] for n in names], workers=workers)
        outcomes[mode] = ([(o.file, o.result, o.version) for o in results],
                          [(s.precinct, s.state, s.current.sha256 if s.current else None) for s in b.precinct_states()])
        b.close_db()
    assert outcomes["serial"] == outcomes["parallel"]
    assert [r for _, r, _ in outcomes["parallel"][0]] == [
        "imported", "conflict", "imported", "imported", "rejected", "imported", "duplicate"]
