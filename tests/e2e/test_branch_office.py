"""A branch office's evening, end to end: stations' packages on a USB stick and the online export go
in through the command line; the published files and the dashboard then say the same thing."""
import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from polling_station.ui import style
from polling_station.ui.branch import BranchWindow
from polling_station.ui.messages import MessageBridge
from tests.services.test_branch_data import election, read_csv, world


def branch_cli(*args):
    env = {**os.environ, "PS_LANG": "en"}
    r = subprocess.run([sys.executable, "-m", "polling_station.cli_branch", "branch", *map(str, args)],
                       capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)
    return r


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    return world(tmp_path_factory)


def test_from_a_usb_stick_of_packages_to_published_results_on_paper_and_on_screen(qtbot, tmp_path, w):
    usb = tmp_path / "usb"
    usb.mkdir()
    for name in ("P1", "P1v2", "P2", "P3", "P2stranger"):
        shutil.copy(w.packages[name], usb / w.packages[name].name)
    (tmp_path / "election.json").write_text(json.dumps(election(), ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "branch.db"
    assert branch_cli("new", db, "--election", tmp_path / "election.json", "--roll", w.roll).returncode == 0
    assert branch_cli("trust", db, w.ca.pem).returncode == 0
    r = branch_cli("import", db, usb, "--json")
    assert r.returncode == 1  # the stranger's package is refused; the others are in
    results = {o["file"]: o["result"] for o in json.loads(r.stdout)}
    assert results == {"P1-v1.zip": "imported", "P1-v2.zip": "imported", "P2-v1.zip": "imported",
                       "P2-v1-stranger.zip": "rejected", "P3-v1.zip": "imported"}
    assert branch_cli("online-import", db, w.online).returncode == 0
    assert branch_cli("exclude", db, "--race", "south-council", "--candidate", "S4",
                      "--reason", "Control committee, 4 October").returncode == 0
    assert branch_cli("report", db, "--out", tmp_path / "published").returncode == 0
    assert branch_cli("journal-verify", db).returncode == 0

    turnout = read_csv(tmp_path / "published" / "turnout.csv")
    ratings = read_csv(tmp_path / "published" / "ratings.csv")
    assert turnout[-1]["region"] == "TOTAL" and turnout[-1]["voted"] == "13"
    assert [r["candidate"] for r in ratings if r["race"] == "south-council" and r["rating"] == "overall"
            and not r["rank"]] == ["S4"]

    style.apply(QApplication.instance())
    window = BranchWindow(db, MessageBridge("en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.results is not None and not window.busy, timeout=60_000)
    table = window.turnout_table
    on_screen = [[table.item(r, c).text().replace("\u00a0", "").replace(",", "") for c in range(6)]
                 for r in range(table.rowCount())]
    assert [row[1:] for row in on_screen] == [[t["registered"], t["voted"], t["paper"], t["online"], t["percent"]]
                                              for t in turnout]
    window.race_combo.setCurrentIndex(window.race_combo.findData("south-council"))
    overall = window.rating_tables["overall"]
    assert [overall.item(r, 0).text() for r in range(overall.rowCount())] == \
        [(r["rank"] + ("=" if r["tied"] else "")) or "—" for r in ratings
         if r["race"] == "south-council" and r["rating"] == "overall"]
    states = [row[2] for row in window.precinct_rows()]
    assert states == ["imported", "imported", "imported"]


def test_on_the_command_line_a_misused_key_is_refused_and_an_edited_file_publishes_nothing(tmp_path, w):
    import sqlite3

    from tests.services.test_branch_data import M

    (tmp_path / "election.json").write_text(json.dumps(election(), ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "branch.db"
    assert branch_cli("new", db, "--election", tmp_path / "election.json", "--roll", w.roll).returncode == 0
    assert branch_cli("trust", db, w.ca.pem).returncode == 0  # one CA for every precinct
    r = branch_cli("import", db, w.packages["P1"], w.packages["P2byP1"], w.packages["P2"], w.packages["P3"], "--json")
    assert r.returncode == 1
    outcomes = {o["file"]: o for o in json.loads(r.stdout)}
    assert outcomes["P2-v1-by-P1-chair.zip"]["result"] == "rejected"
    assert [p["code"] for p in outcomes["P2-v1-by-P1-chair.zip"]["problems"]] == ["branch.signer_pinned_elsewhere"]
    assert outcomes["P2-v1.zip"]["result"] == "imported"
    assert branch_cli("online-import", db, w.online).returncode == 0
    assert branch_cli("journal-verify", db).returncode == 0

    conn = sqlite3.connect(db)
    conn.execute("UPDATE online_ballots SET choices = 'N1' WHERE iin = ?", (M["m4"],))
    conn.execute("INSERT INTO online_ballots VALUES ('south-council', ?, '2020-10-02T10:00:00+06:00', 'S4', 1)",
                 (M["m17"],))
    conn.commit()
    conn.close()
    r = branch_cli("journal-verify", db)
    assert r.returncode == 1 and "online_ballots" in r.stderr and "intact" not in r.stdout
    status = json.loads(branch_cli("status", db, "--json").stdout)
    assert status["data"]["intact"] is False
    r = branch_cli("report", db, "--out", tmp_path / "published")
    assert r.returncode == 1 and "online_ballots" in r.stderr and "changed outside the application" in r.stderr
    assert not (tmp_path / "published").exists()
