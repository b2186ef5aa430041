"""The branch dashboard on a real branch file and real packages, driven as the office uses it."""
import shutil

import pytest
from PySide6.QtWidgets import QApplication

from polling_station.services.branch import Branch
from polling_station.ui import style
from polling_station.ui.branch import BranchWindow
from polling_station.ui.messages import MessageBridge
from tests.conftest import Clock
from tests.services.test_branch_data import election, world

WAIT_MS = 60_000


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    return world(tmp_path_factory)


@pytest.fixture
def branch_file(tmp_path, w):
    b = Branch.create(tmp_path / "branch.db", election(), roll=w.roll, clock=Clock(), operator="aliya")
    b.trust(w.ca.pem)
    b.close_db()
    return tmp_path / "branch.db"


@pytest.fixture
def folder(tmp_path, w):
    out = tmp_path / "usb"
    out.mkdir()
    for name in ("P1", "P1v2", "P2stranger", "P3"):
        shutil.copy(w.packages[name], out / w.packages[name].name)
    return out


@pytest.fixture
def window(qtbot, branch_file):
    style.apply(QApplication.instance())
    win = BranchWindow(branch_file, MessageBridge("en"))
    qtbot.addWidget(win)
    win.resize(1360, 860)
    win.show()
    qtbot.waitUntil(lambda: win.results is not None and not win.busy, timeout=WAIT_MS)
    return win


def run_job(qtbot, window, start):
    with qtbot.waitSignal(window.results_ready, timeout=WAIT_MS):
        assert start()
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)


def test_every_precinct_is_listed_missing_before_any_import(window):
    assert [row[:3] for row in window.precinct_rows()] == [
        ["P1 — №1 учаске / Участок №1", "north", "missing"],
        ["P2 — №2 учаске / Участок №2", "north", "missing"],
        ["P3 — №3 учаске / Участок №3", "south", "missing"]]


def test_importing_a_folder_shows_imported_superseded_and_rejected_precincts(qtbot, window, folder):
    run_job(qtbot, window, lambda: window.import_folder(folder))
    assert window.import_progress.value() == window.import_progress.maximum() == 4
    rows = {row[0].split(" ")[0]: row for row in window.precinct_rows()}
    assert rows["P1"][2:5] == ["imported", "2", "v1"]
    assert "correction:" in rows["P1"][5]
    assert rows["P2"][2] == "rejected" and "Төраға stranger" in rows["P2"][5]
    assert rows["P3"][2:4] == ["imported", "1"]
    assert "Imported 3" in window.import_summary.text() and "rejected 1" in window.import_summary.text()
    assert window.banner.isVisible()
    assert [o.result for o in window.last_outcomes] == ["imported", "imported", "rejected", "imported"]


def test_online_import_fills_the_progress_bar_and_lists_the_reasons_for_rejects(qtbot, window, w, tmp_path):
    online = tmp_path / "online.csv"
    shutil.copy(w.online, online)
    run_job(qtbot, window, lambda: window.import_online(online))
    assert window.online_progress.value() == window.online_progress.maximum() > 0
    assert window.last_online.added == 9
    reasons = {window.reject_table.item(r, 0).toolTip(): window.reject_table.item(r, 1).text()
               for r in range(window.reject_table.rowCount())}
    examples = [window.reject_table.item(r, 0).text() for r in range(window.reject_table.rowCount())]
    assert "e.g. line 13: The IIN" in "\n".join(examples) and "is not on the member roll" in "\n".join(examples)
    assert reasons["online.ballot_conflict"] == "2" and reasons["branch.online_not_eligible"] == "2"
    assert (tmp_path / "online.csv.rejects.csv").exists()


def test_the_ratings_screen_shows_ties_and_excluded_candidates_and_the_draft_list(qtbot, window, folder, w):
    run_job(qtbot, window, lambda: window.import_folder(folder))
    run_job(qtbot, window, lambda: window.import_online(w.online))
    window.tabs.setCurrentIndex(3)
    window.race_combo.setCurrentIndex(window.race_combo.findData("north-council"))
    table = window.rating_tables["overall"]
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    # P1's version 2 moved a vote from N3 to N4, and P2 was refused (so m8's online ballot counts):
    # N2, N4 and N1 have 3 each, N5 1; N3 (2) is excluded
    assert [r[:3] for r in rows] == [["1=", "Әлиев Дәурен Серікұлы", "3"], ["1=", "Бекұлы Нұржан", "3"],
                                     ["1=", "Сейітов Арман Болатұлы", "3"], ["4", "Қасымова Дана Ерланқызы", "1"],
                                     ["—", "Жақсыбеков Ерлан", "2"]]
    assert rows[0][3] == "tie" and rows[4][3] == "excluded"
    assert table.item(4, 3).toolTip().startswith("Бақылау комитетінің шешімі")
    youth = window.rating_tables["youth"]
    assert [youth.item(r, 0).text() for r in range(youth.rowCount())] == ["1", "—"]
    assert window.chart_totals() == [2, 1, 3, 3, 3]  # best at the top of a horizontal chart
    draft = [[window.draft_table.item(r, c).text() for c in range(4)] for r in range(window.draft_table.rowCount())]
    assert [d[1] for d in draft] == ["Әлиев Дәурен Серікұлы", "Бекұлы Нұржан", "Қасымова Дана Ерланқызы"]
    assert draft[2][3] == "women's and youth quotas"
    turnout = window.turnout_table
    assert [turnout.item(turnout.rowCount() - 1, c).text() for c in (0, 5)] == ["Total", "80.0"]


def test_reports_are_written_from_the_dashboard(qtbot, window, folder, tmp_path):
    run_job(qtbot, window, lambda: window.import_folder(folder))
    with qtbot.waitSignal(window.job_done, timeout=WAIT_MS):
        window.write_reports(tmp_path / "reports")
    assert (tmp_path / "reports" / "report.pdf").exists()
    assert "8 report files" in window.banner.text()


def test_every_tab_of_the_dashboard_fits_a_1366_by_768_screen(window):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (window.tabs.tabText(index), hint)
