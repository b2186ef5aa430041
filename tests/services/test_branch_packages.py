"""Precinct packages at the branch, made through the real station services: trust, tampering,
duplicates, corrections that supersede, and conflicts the commission resolves."""
import json

import pytest

from polling_station.errors import Refused
from polling_station.services.branch import Branch
from polling_station.storage import journal
from tests.conftest import Clock
from tests.services.test_branch_data import CORRECTION_REASON, election, render, world


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


def test_a_newer_version_that_continues_one_of_two_conflicting_packages_still_needs_the_commission(branch, w):
    outcomes = {name: branch.import_package(w.packages[name]) for name in ("P1", "P1other", "P1v2")}
    s = state(branch, "P1")
    assert s.state == "conflict" and s.current is None
    # P1-v2 continues P1-v1's journal, not P1-v1-other's: it cannot silently replace the latter
    v2 = next(p for p in s.packages if p.version == 2)
    assert [p.code for p in v2.problems] == ["branch.conflict_journal"]
    assert v2.problems[0].params["older_package"] == outcomes["P1other"].sha256[:12]
    chosen = branch.resolve_conflict("P1", outcomes["P1v2"].sha256, "The station's own file, act No. 4")
    assert chosen.state == "current"
    by_file = {p.file: p.state for p in state(branch, "P1").packages}
    assert by_file == {"P1-v1.zip": "superseded", "P1-v1-other.zip": "set_aside", "P1-v2.zip": "current"}
    assert north_totals(branch) == {"N1": 2, "N2": 1, "N3": 0, "N4": 1, "N5": 1}


# ----- a correction must continue the journal of what it corrects (issue: v2 from a fresh file) -----

@pytest.mark.parametrize("order", [("P1", "P1otherv2"), ("P1otherv2", "P1")])
def test_a_version_2_from_another_station_file_does_not_supersede_version_1(branch, w, order):
    outcomes = [branch.import_package(w.packages[name]) for name in order]
    assert [o.result for o in outcomes][-1] == "conflict"
    s = state(branch, "P1")
    assert s.state == "conflict" and s.current is None
    assert {p.version: [x.code for x in p.problems] for p in s.packages} == {
        1: ["branch.conflict_journal"], 2: ["branch.conflict_journal"]}
    assert north_totals(branch) == {"N1": 0, "N2": 0, "N3": 0, "N4": 0, "N5": 0}
    genuine = next(p for p in s.packages if p.file == "P1-v1.zip")
    assert branch.resolve_conflict("P1", genuine.sha256[:12], "v2 was not made from the station's file").state \
        == "current"
    assert {p.file: p.state for p in state(branch, "P1").packages} == {
        "P1-v1.zip": "current", "P1-v2-other.zip": "set_aside"}
    assert north_totals(branch) == {"N1": 2, "N2": 1, "N3": 1, "N4": 0, "N5": 1}
    entry = list(journal.entries(branch.db))[-1]
    assert (entry.action, entry.payload["reason"]) == ("conflict.resolved", "v2 was not made from the station's file")


def test_a_correction_that_continues_the_journal_supersedes_without_a_resolution(branch, w):
    for name in ("P1v2", "P1"):
        branch.import_package(w.packages[name])
    row = branch.db.execute("SELECT journal_seq, journal_hash, journal_finalized FROM packages WHERE version = 1"
                            ).fetchone()
    (finalized,) = branch.db.execute("SELECT journal_finalized FROM packages WHERE version = 2").fetchone()
    assert [row[0], row[1]] in json.loads(finalized)  # v1's head is an entry of v2's journal
    assert state(branch, "P1").current.version == 2


# ----- one signer per precinct (issue: under CA trust any chair's key signed any precinct) ----------

def test_under_ca_trust_a_chair_cannot_sign_another_precincts_protocol(branch, w):
    assert branch.import_package(w.packages["P1"]).result == "imported"
    outcome = branch.import_package(w.packages["P2byP1"])
    assert outcome.result == "rejected"
    (problem,) = outcome.problems
    assert problem.code == "branch.signer_pinned_elsewhere"
    assert problem.params == {"signer": "Төраға P1", "precinct": "P2", "precincts": "P1"}
    assert "one precinct only" in render(problem)
    assert branch.import_package(w.packages["P2"]).result == "imported"
    assert state(branch, "P2").current.signer == "Төраға P2"


def test_another_certificate_with_the_same_iin_cannot_sign_another_precincts_protocol_either(branch, w):
    assert branch.import_package(w.packages["P1"]).result == "imported"
    outcome = branch.import_package(w.packages["P2byP1renewed"])
    assert (outcome.result, [p.code for p in outcome.problems]) == ("rejected", ["branch.signer_pinned_elsewhere"])
    # not the certificate that is bound to P1, but the IIN it carries
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    renewed = x509.load_pem_x509_certificate(w.pem("P1renewed").read_bytes()).fingerprint(hashes.SHA256()).hex()
    assert branch.db.execute("SELECT signer_fingerprint != ?, signer_iin FROM packages", (renewed,)).fetchone() \
        == (1, "871008401427")


def test_a_package_signed_by_someone_other_than_the_chair_it_names_is_held_and_pins_no_one(branch, w):
    outcome = branch.import_package(w.packages["P2byP1"])  # before P1's own: nothing binds P1's key yet
    assert outcome.result == "conflict"
    assert [(p.code, p.params["signer"], p.params["chair"]) for p in outcome.problems] == [
        ("branch.signer_not_chair", "Төраға P1", "Төраға P2")]
    assert state(branch, "P2").state == "conflict"
    # held, it binds P1's key to nothing: P1's own package still comes in
    assert branch.import_package(w.packages["P1"]).result == "imported"
    outcome = branch.import_package(w.packages["P2"])
    assert outcome.result == "conflict"
    assert {p.code for p in outcome.problems} == {"branch.conflict_same_version", "branch.conflict_signer"}
    branch.resolve_conflict("P2", outcome.sha256[:16], "The chair's own copy")
    assert {p.file: p.state for p in state(branch, "P2").packages} == {
        "P2-v1.zip": "current", "P2-v1-by-P1-chair.zip": "set_aside"}


def test_a_version_signed_with_another_key_of_the_same_chair_needs_the_commission(branch, w):
    for name in ("P1", "P1v2", "P1v3key"):
        outcome = branch.import_package(w.packages[name])
    assert outcome.result == "conflict"
    assert {p.code for p in outcome.problems} == {"branch.conflict_signer"}
    (p,) = [p for p in outcome.problems if p.params["other_version"] == 2]
    assert p.params["signer"] == p.params["other_signer"] == "Төраға P1"
    assert p.params["fingerprint"] != p.params["other_fingerprint"]
    assert state(branch, "P1").state == "conflict"
    chosen = branch.resolve_conflict("P1", outcome.sha256[:12], "New key of the chair, NCA letter of 5 October")
    assert (chosen.state, chosen.version) == ("current", 3)
    assert [(p.version, p.state) for p in state(branch, "P1").packages] == [
        (1, "set_aside"), (2, "set_aside"), (3, "current")]
    assert north_totals(branch) == {"N1": 2, "N2": 1, "N3": 0, "N4": 1, "N5": 1}


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
        "imported", "conflict", "conflict", "imported", "rejected", "imported", "duplicate"]


def test_the_commission_may_confirm_a_signer_who_is_not_the_named_chair(branch, w):
    outcome = branch.import_package(w.packages["P2byP1"])
    assert outcome.result == "conflict" and state(branch, "P2").current is None
    chosen = branch.resolve_conflict("P2", outcome.sha256[:12], "The chair was ill; P1's chair signed, act No. 9")
    assert chosen.state == "current" and chosen.problems == ()
    # confirmed, the package now binds P1's chair to P2: P1's own package is refused
    assert [p.code for p in branch.import_package(w.packages["P1"]).problems] == ["branch.signer_pinned_elsewhere"]
