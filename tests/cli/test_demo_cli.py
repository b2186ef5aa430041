"""``polling-station demo``: a demo a trainer can trust — every roll row valid, personal data
owner-only, the paper list ready from the start, and a training session's work never deleted
by running the command again."""
import json
import os
import sqlite3

import pytest

from polling_station.exchange.roll import online_voters_report, roll_report
from tests.cli.cli_run import run

posix_modes = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "demo"
    r = run("demo", "--dir", folder, "--no-gui")
    assert r.returncode == 0, r.stderr
    return folder


def test_every_generated_member_is_one_the_import_accepts(demo_dir):
    assert roll_report(demo_dir / "roll.csv") == []
    assert online_voters_report(demo_dir / "online-voters.csv") == []
    status = json.loads(run("station", "status", demo_dir / "station-101.db", "--json").stdout)
    assert status["roll"]["members_total"] == 5000


@posix_modes
def test_files_with_iins_and_names_are_readable_by_their_owner_alone(demo_dir):
    for name in ("roll.csv", "online-voters.csv", "election.json", "station-101.db"):
        assert (demo_dir / name).stat().st_mode & 0o777 == 0o600, name
    assert (demo_dir / "usb").stat().st_mode & 0o777 == 0o700


def test_backups_and_the_paper_list_go_to_the_demo_usb_folder_from_the_start(demo_dir):
    usb = demo_dir / "usb"
    assert (usb / "station-101.backup.db").exists()
    r = run("station", "paper-list", demo_dir / "station-101.db", "--as", "c1", pin="3333")
    assert r.returncode == 0, r.stderr
    assert (usb / "paper-list-101.pdf").exists()


def test_building_again_keeps_a_training_sessions_work_unless_told_to_replace_it(tmp_path):
    folder = tmp_path / "demo"
    assert run("demo", "--dir", folder, "--no-gui").returncode == 0
    db = folder / "station-101.db"
    with sqlite3.connect(db) as con:
        (iin,) = con.execute("SELECT iin FROM members WHERE precinct = '101' AND status = 'active' AND joined_on "
                             "<= '2020-09-11' AND iin NOT IN (SELECT iin FROM online_voters) LIMIT 1").fetchone()
    con.close()
    assert run("station", "checkin", db, iin, "--as", "c1", pin="3333").returncode == 0
    r = run("demo", "--dir", folder, "--no-gui")
    assert r.returncode == 1
    assert f"{folder} already holds a demo" in r.stderr and "--replace" in r.stderr
    assert json.loads(run("station", "status", db, "--json").stdout)["checkins"]["live"] == 1
    r = run("demo", "--dir", folder, "--no-gui", "--replace")
    assert r.returncode == 0, r.stderr
    assert json.loads(run("station", "status", db, "--json").stdout)["checkins"]["live"] == 0
