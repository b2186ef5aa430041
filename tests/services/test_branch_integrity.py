"""A branch file changed outside the application: every table checked against the journal, before a
report is published, by ``journal-verify`` and (row counts) by ``status``; and a branch file of the
previous schema brought forward with its data."""
import hashlib
import json
import sqlite3

import pytest
import sqlite_utils

from polling_station.errors import Refused
from polling_station.services.branch import Branch
from polling_station.storage import journal
from polling_station.storage.branch_schema import migrations
from tests.conftest import Clock
from tests.services.test_branch_data import M, STRANGER, _iins, election, render, world


@pytest.fixture(scope="session")
def w(tmp_path_factory):
    return world(tmp_path_factory)


@pytest.fixture
def branch(tmp_path, w):
    """Every table in use: roll, trust, packages (one conflict resolved, one refused), online
    ballots (some kept for a later roll, two set aside), an exclusion."""
    b = Branch.create(tmp_path / "branch.db", election(), roll=w.roll, clock=Clock(), operator="aliya")
    b.trust(w.ca.pem)
    outcomes = b.import_packages([w.packages[p] for p in ("P1", "P1other", "P2", "P3", "P2stranger")])
    assert [o.result for o in outcomes] == ["imported", "conflict", "imported", "imported", "rejected"]
    b.resolve_conflict("P1", outcomes[0].sha256[:12], "The station's own copy")
    b.import_online(w.online)
    b.exclude("south-council", "S4", "Decision of 4 October")
    yield b
    b.close_db()


def tamper(b, sql, *args):
    """Change the file as anyone with SQLite at hand could, beside the application."""
    conn = sqlite3.connect(b.path)
    conn.execute(sql, args)
    conn.commit()
    conn.close()


def test_a_branch_file_changed_only_by_the_application_verifies_and_publishes(tmp_path, branch, w):
    assert branch.verify_journal() == []
    assert branch.status()["data"] == {"intact": True, "problems": []}
    assert len(branch.write_report(tmp_path / "out")) == 8
    (tmp_path / "roll-2.csv").write_text(w.roll.read_text(encoding="utf-8").replace(",suspended", ",active"),
                                         encoding="utf-8")
    assert branch.import_roll(tmp_path / "roll-2.csv").changed == 1
    assert branch.verify_journal() == []


def p1_package_sha(b):
    return b.precinct_state("P1").current.sha256


TAMPERING = {
    "a ballot's choices edited": ("online_ballots", "UPDATE online_ballots SET choices = 'N1' WHERE iin = ?",
                                  M["m4"]),
    "a ballot inserted for a member on the roll": (
        "online_ballots", "INSERT INTO online_ballots VALUES ('south-council', ?, '2020-10-02T10:00:00+06:00', "
                          "'S4', 1)", M["m17"]),
    "a ballot inserted for an IIN not on the roll": (
        "online_ballots", "INSERT INTO online_ballots VALUES ('north-council', ?, '2020-10-02T10:00:00+06:00', "
                          "'N1', 1)", _iins(1, "770707300")[0]),
    "a ballot deleted": ("online_ballots", "DELETE FROM online_ballots WHERE iin = ?", M["m13"]),
    "an online file's record edited": ("online_files", "UPDATE online_files SET sha256 = ?", "0" * 64),
    "a protocol's votes edited": (
        "packages", "UPDATE packages SET protocol = replace(protocol, '\"votes\":2', '\"votes\":9') "
                    "WHERE precinct = 'P1'"),
    "a package's version raised": ("packages", "UPDATE packages SET version = 5 WHERE precinct = 'P3'"),
    "a package's signer pin cleared": ("packages", "UPDATE packages SET signer_fingerprint = NULL"),
    "a package deleted": ("packages", "DELETE FROM packages WHERE precinct = 'P3'"),
    "a paper check-in deleted": ("package_checkins", "DELETE FROM package_checkins WHERE iin = ?", M["m1"]),
    "a paper check-in inserted": (
        "package_checkins", "INSERT INTO package_checkins SELECT package_id, ?, at FROM package_checkins "
                            "WHERE iin = ?", M["m4"], M["m1"]),
    "a member made ineligible": ("roll_members", "UPDATE roll_members SET eligible = 0 WHERE iin = ?", M["m4"]),
    "a member moved": ("roll_members", "UPDATE roll_members SET precinct = 'P2' WHERE iin = ?", M["m4"]),
    "the registered count raised": ("roll_precincts", "UPDATE roll_precincts SET eligible = eligible + 100"),
    "an exclusion's reason edited": ("exclusions", "UPDATE exclusions SET reason = 'none'"),
    "an exclusion deleted": ("exclusions", "DELETE FROM exclusions"),
    "a resolution deleted": ("resolutions", "DELETE FROM resolutions"),
    "a resolution's choice edited": ("resolutions", "UPDATE resolutions SET set_aside = '[]'"),
    "a trusted certificate swapped": ("trust", "UPDATE trust SET pem = ?", None),
    "a refusal deleted": ("rejections", "DELETE FROM rejections"),
    "the election definition edited": ("meta", "UPDATE meta SET value = replace(value, 'Шағын', 'Үлкен') "
                                               "WHERE key = 'election'"),
}


@pytest.mark.parametrize("case", sorted(TAMPERING))
def test_a_change_made_outside_the_application_is_named_and_no_report_is_published(tmp_path, branch, w, case):
    table, sql, *args = TAMPERING[case]
    if table == "trust":
        args = [w.other_ca.pem.read_text(encoding="ascii")]
    tamper(branch, sql, *args)
    problems = branch.verify_journal()
    assert problems, case
    assert table in {p.params.get("table") for p in problems}
    assert all(render(p) and not render(p).startswith(("branch.", "tamper.")) for p in problems)
    with pytest.raises(Refused) as exc:
        branch.write_report(tmp_path / "out")
    lead = exc.value.problems[0]
    assert lead.code == "branch.report_tampered" and table in lead.params["tables"]
    assert "changed outside the application" in render(lead)
    assert not (tmp_path / "out").exists()


def test_status_sees_a_row_added_or_deleted_at_once(branch):
    tamper(branch, "DELETE FROM online_ballots WHERE iin = ?", M["m13"])
    data = branch.status()["data"]
    assert data["intact"] is False
    assert [(p["code"], p["params"]["table"]) for p in data["problems"]] == [("branch.tamper_rows", "online_ballots")]


def test_a_roll_import_does_not_take_in_an_edit_of_the_roll(tmp_path, branch, w):
    tamper(branch, "UPDATE roll_members SET eligible = 0 WHERE iin = ?", M["m4"])
    with pytest.raises(Refused) as exc:
        branch.import_roll(w.roll)
    assert "roll_members" in {p.params.get("table") for p in exc.value.problems}


def test_an_edited_journal_entry_is_named_before_the_tables(tmp_path, branch):
    conn = sqlite3.connect(branch.path)
    conn.execute("DROP TRIGGER journal_no_update")
    conn.execute("UPDATE journal SET payload = replace(payload, 'Decision of 4 October', 'x') "
                 "WHERE action = 'candidate.excluded'")
    conn.commit()
    conn.close()
    assert [p.code for p in branch.verify_journal()] == ["journal.hash"]
    with pytest.raises(Refused) as exc:
        branch.write_report(tmp_path / "out")
    assert exc.value.problems[0].params["tables"] == "journal"


# ----- a branch file of the previous schema -----------------------------------------------------

def legacy_branch(path, roll_rows, ballots):
    """A branch file as the previous version wrote it: migration 0001 only, one ballot per member
    and race with its precinct, journal entries without digests."""
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="0002_signer_pins_journal_links_online_versions")
    data = election()
    at, who = "2020-10-05T10:00:00+06:00", "aliya"
    with db.conn:
        db.execute("INSERT INTO meta (key, value) VALUES ('election', ?), ('created_at', ?)",
                   (json.dumps(data, ensure_ascii=False), at))
        journal.append(db, at=at, officer=who, action="branch.created", payload={
            "election": data["id"], "election_sha256": hashlib.sha256(journal.canonical(data).encode()).hexdigest()})
        db.conn.executemany("INSERT INTO roll_members VALUES (?, ?, ?)", roll_rows)
        db.execute("INSERT INTO roll_precincts SELECT precinct, count(*), sum(eligible) FROM roll_members "
                   "GROUP BY precinct")
        journal.append(db, at=at, officer=who, action="roll.imported", payload={"members": len(roll_rows)})
        db.execute("INSERT INTO online_files (id, file, sha256, rows, added, rejected, imported_at) "
                   "VALUES (1, 'online.csv', ?, 2, 2, 0, ?)", ("a" * 64, at))
        db.conn.executemany("INSERT INTO online_ballots VALUES (?, ?, ?, ?, ?, 1)", ballots)
        journal.append(db, at=at, officer=who, action="online.imported", payload={"file": "online.csv", "added": 2})
        protocol = json.dumps({"precinct": {"id": "P1"}, "version": 1, "races": [{"id": "north-council", "lines": {},
                               "candidates": [{"id": "N1", "votes": 1}]}]})
        db.execute("INSERT INTO packages (id, sha256, file, precinct, version, reason, signer, signer_iin, protocol, "
                   "imported_at, imported_by) VALUES (1, ?, 'P1-v1.zip', 'P1', 1, '', 'Төраға P1', NULL, ?, ?, ?)",
                   ("b" * 64, protocol, at, who))
        db.execute("INSERT INTO package_checkins VALUES (1, ?, '2020-10-03T09:00:00+06:00')", (M["m1"],))
        journal.append(db, at=at, officer=who, action="package.imported", payload={
            "file": "P1-v1.zip", "sha256": "b" * 64, "precinct": "P1", "version": 1, "reason": "",
            "signer": "Төраға P1", "signer_iin": None, "checkins": 1, "state": "current", "supersedes": []})
    db.close()


def test_a_branch_file_of_the_previous_schema_is_brought_forward_and_checked_from_then_on(tmp_path):
    path = tmp_path / "old.db"
    roll = sorted((M[f"m{n}"], "P1", 1) for n in range(1, 6))
    legacy_branch(path, roll, [
        ("north-council", M["m4"], "2020-10-01T04:00:00+00:00", "N4 N2", "P1"),
        ("north-council", M["m5"], "2020-10-01T11:00:00+06:00", "N4", "P1")])
    b = Branch.open(path, clock=Clock(), operator="aliya")
    # ballots in the canonical form, the baseline recorded, nothing lost
    assert sorted(b.db.execute("SELECT iin, voted_at, choices FROM online_ballots").fetchall()) == sorted([
        (M["m4"], "2020-10-01T10:00:00+06:00", "N2 N4"), (M["m5"], "2020-10-01T11:00:00+06:00", "N4")])
    assert [e.action for e in journal.entries(b.db)][-1] == "integrity.baseline"
    assert b.verify_journal() == []
    north = next(r for r in b.results().races if r.race.id == "north-council")
    assert {r.candidate.id: r.online for r in north.ratings.overall}["N4"] == 2
    # the package of the earlier version: no signer pin, no journal link, still the current protocol
    assert b.db.execute("SELECT signer_fingerprint, journal_seq FROM packages").fetchone() == (None, None)
    assert b.precinct_state("P1").current.file == "P1-v1.zip"
    assert {r.candidate.id: r.paper for r in north.ratings.overall}["N1"] == 1
    b.close_db()
    b = Branch.open(path, clock=Clock(), operator="aliya")  # the baseline is recorded once
    assert [e.action for e in journal.entries(b.db)].count("integrity.baseline") == 1
    tamper(b, "UPDATE online_ballots SET choices = 'N1' WHERE iin = ?", M["m5"])
    tamper(b, "UPDATE packages SET protocol = replace(protocol, '\"votes\": 1', '\"votes\": 7')")
    tamper(b, "DELETE FROM package_checkins")
    assert {"online_ballots", "packages", "package_checkins"} <= {p.params.get("table") for p in b.verify_journal()}
    b.close_db()


def test_a_stranger_kept_for_a_later_roll_is_no_tampering(branch):
    # the row the roll refused is stored on purpose: it is in the journal's digest of its file
    assert branch.db.execute("SELECT count(*) FROM online_ballots WHERE iin = ?", (STRANGER,)).fetchone()[0] == 1
    assert branch.verify_journal() == []
