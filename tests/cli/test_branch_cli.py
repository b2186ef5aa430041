"""``polling-station branch …`` end to end in a subprocess, as a branch office's batch script runs it."""
import json
import os
import subprocess
import sys

import pytest

from tests.services.test_branch_data import election, read_lines, world


def run(*args):
    env = dict(os.environ)
    env["PS_LANG"] = "en"
    return subprocess.run([sys.executable, "-m", "polling_station.cli_branch", *map(str, args)], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    return world(tmp_path_factory)


@pytest.fixture
def setup(tmp_path, w):
    (tmp_path / "election.json").write_text(json.dumps(election(), ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / "packages"
    folder.mkdir()
    for name in ("P1", "P2", "P3"):
        (folder / w.packages[name].name).write_bytes(w.packages[name].read_bytes())
    return tmp_path


def test_a_branch_office_goes_from_packages_and_online_ballots_to_the_reports(setup, w):
    d = setup
    db = d / "branch.db"
    r = run("branch", "new", db, "--election", d / "election.json", "--roll", w.roll, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["eligible"] == 15
    r = run("branch", "trust", db, w.ca.pem)
    assert r.returncode == 0 and "every precinct" in r.stdout, r.stderr
    r = run("branch", "import", db, d / "packages", "--json")
    assert r.returncode == 0, r.stderr
    assert [(o["precinct"], o["result"]) for o in json.loads(r.stdout)] == [("P1", "imported"), ("P2", "imported"),
                                                                           ("P3", "imported")]
    r = run("branch", "import", db, d / "packages" / "P1-v1.zip")
    assert r.returncode == 0 and "DUPLICATE" in r.stdout
    r = run("branch", "online-import", db, w.online, "--rejects", d / "online-rejects.csv")
    assert r.returncode == 0, r.stderr
    assert "21 rows; 9 accepted" in r.stdout and "11 rejected" in r.stdout
    assert read_lines(d / "online-rejects.csv")[0] == "\ufeffline,severity,field,iin,name,code,message\r"
    r = run("branch", "report", db, "--out", d / "out")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (d / "out").iterdir()) == sorted(
        ["turnout.csv", "precincts.csv", "results.csv", "ratings.csv", "conflicts.csv", "draft_list.csv",
         "results.json", "report.pdf"])
    assert read_lines(d / "out" / "turnout.csv")[3] == "TOTAL,Барлығы / Всего,15,13,7,6,86.7"
    r = run("branch", "status", db)
    assert r.stdout.splitlines() == ["P1\tСолтүстік / Север\timported\tv1", "P2\tСолтүстік / Север\timported\tv1",
                                      "P3\tОңтүстік / Юг\timported\tv1"]  # regions by name
    r = run("branch", "journal-verify", db)
    assert r.returncode == 0 and "intact" in r.stdout


def test_a_refused_package_says_why_and_exits_1(setup, w):
    d = setup
    db = d / "branch.db"
    assert run("branch", "new", db, "--election", d / "election.json").returncode == 0
    assert run("branch", "trust", db, w.pem("P1"), "--precinct", "P1").returncode == 0
    r = run("branch", "import", db, w.packages["P2byP1"], w.packages["P1"])
    assert r.returncode == 1
    first, second = r.stdout.splitlines()
    assert first.startswith("P2-v1-by-P1-chair.zip\tREJECTED\tprecinct P2\t")
    assert second.startswith("P1-v1.zip\tIMPORTED\tprecinct P1 v1")
    assert "pyhanko" not in r.stderr.lower()
    r = run("branch", "status", db, "--json")
    states = {s["precinct"]: s for s in json.loads(r.stdout)["precinct_states"]}
    assert states["P2"]["state"] == "rejected"
    assert states["P2"]["rejections"][0]["problems"][0]["code"] == "branch.signer_other_precinct"


def test_a_conflict_is_resolved_on_the_command_line_with_a_reason(setup, w):
    d = setup
    db = d / "branch.db"
    run("branch", "new", db, "--election", d / "election.json")
    run("branch", "trust", db, w.ca.pem)
    r = run("branch", "import", db, w.packages["P1"], w.packages["P1other"], "--json")
    assert [o["result"] for o in json.loads(r.stdout)] == ["imported", "conflict"]
    chosen = json.loads(r.stdout)[1]["sha256"][:12]
    status = run("branch", "status", db).stdout.splitlines()[0]
    assert "conflict" in status and "branch.conflict_same_version" not in status
    assert len(status.split("\t")) >= 5  # each package in conflict, with why
    ru = run("--lang", "ru", "branch", "status", db).stdout.splitlines()[0]
    assert "в конфликте" in ru and "conflict" not in ru, ru
    r = run("branch", "resolve", db, "--precinct", "P1", "--package", chosen, "--reason", "Act No. 3")
    assert r.returncode == 0, r.stderr
    assert run("branch", "status", db).stdout.splitlines()[0] == "P1\tСолтүстік / Север\timported\tv1"


def test_refusals_and_usage_errors(setup, w):
    d = setup
    db = d / "branch.db"
    run("branch", "new", db, "--election", d / "election.json")
    r = run("branch", "trust", db, w.ca.pem, "--precinct", "P9")
    assert r.returncode == 1 and "P9" in r.stderr
    r = run("branch", "online-import", db, w.online)
    assert r.returncode == 1 and "roll" in r.stderr
    r = run("branch", "exclude", db, "--race", "north-council", "--candidate", "N1", "--reason", "Decision No. 7")
    assert r.returncode == 0
    r = run("branch", "report", db)
    assert r.returncode == 2
    r = run("branch", "new", db, "--election", d / "election.json")
    assert r.returncode == 1 and "already exists" in r.stderr


def test_every_branch_command_has_help_and_the_command_line_imports_no_qt():
    for command in ("new", "roll-import", "trust", "import", "resolve", "online-import", "exclude", "status",
                    "report", "journal-verify", "gui"):
        r = run("branch", command, "--help")
        assert r.returncode == 0 and "Usage" in r.stdout
    probe = ("import sys, polling_station.cli_branch; "
             "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", probe], timeout=60).returncode == 0


def test_a_large_refused_batch_leaks_no_signer_iin_to_the_terminal(setup, w):
    d = setup
    db = d / "branch.db"
    run("branch", "new", db, "--election", d / "election.json")
    run("branch", "trust", db, w.ca.pem)
    batch = d / "batch"
    batch.mkdir()
    for n in range(16):  # enough for the parallel verification
        (batch / f"copy-{n:02d}.zip").write_bytes(w.packages["P2stranger"].read_bytes())
    r = run("branch", "import", db, batch)
    assert r.returncode == 1 and r.stdout.count("REJECTED") == 16
    assert "791028302728" not in r.stderr + r.stdout and "Traceback" not in r.stderr
