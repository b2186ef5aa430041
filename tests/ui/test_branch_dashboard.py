"""The branch dashboard on a real branch file and real packages, driven as the office uses it.

The fixtures here (``w``, ``branch_file``, ``folder``, ``window``, ``run_job``, ``ru_locale``) are
shared with the other ``test_branch_*`` modules of the GUI."""
import errno
import shutil

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from polling_station.services.branch import Branch
from polling_station.ui import style
from polling_station.ui.branch import BranchWindow
from polling_station.ui.branch_view import count, percent
from polling_station.ui.messages import MessageBridge
from tests.conftest import Clock
from tests.services.test_branch_data import election, world

WAIT_MS = 60_000
SCREEN = (1366, 768)


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


def open_window(qtbot, path, lang="en") -> BranchWindow:
    style.apply(QApplication.instance())
    win = BranchWindow(path, MessageBridge(lang))
    qtbot.addWidget(win)
    win.resize(*SCREEN)
    win.show()
    qtbot.waitUntil(lambda: win.results is not None and not win.busy, timeout=WAIT_MS)
    return win


@pytest.fixture
def window(qtbot, branch_file):
    return open_window(qtbot, branch_file)


@pytest.fixture
def ru_locale():
    """Russian numbers, as the app sets them for a Russian-speaking office (QLocale.setDefault)."""
    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    yield
    QLocale.setDefault(before)


def run_job(qtbot, window, start):
    """Start a job and wait until its results are on screen and the window is idle again."""
    with qtbot.waitSignal(window.results_ready, timeout=WAIT_MS):
        assert start()
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)


def test_every_precinct_is_listed_missing_before_any_import(window):
    assert [row[:3] for row in window.precinct_rows()] == [
        ["P1 — №1 учаске / Участок №1", "Солтүстік / Север", "missing"],
        ["P2 — №2 учаске / Участок №2", "Солтүстік / Север", "missing"],
        ["P3 — №3 учаске / Участок №3", "Оңтүстік / Юг", "missing"]]
    assert window.rejection_rows() == []
    assert window.trust_label.text() == "Trusted: 1 CA(s), 0 chair's certificate(s)."
    assert not window.resolve_button.isEnabled()


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
    assert window.banner.text() == "1 package(s) were refused: the reasons are in the list of refused files below."
    assert [o.result for o in window.last_outcomes] == ["imported", "imported", "rejected", "imported"]
    refused = window.rejection_rows()
    assert [r[:2] for r in refused] == [["P2-v1-stranger.zip", "P2 — №2 учаске / Участок №2"]]
    assert "Төраға stranger" in refused[0][3]


def test_online_import_fills_the_progress_bar_and_lists_the_reasons_for_rejects(qtbot, window, w, tmp_path):
    online = tmp_path / "online.csv"
    shutil.copy(w.online, online)
    run_job(qtbot, window, lambda: window.import_online(online))
    assert window.online_progress.value() == window.online_progress.maximum() > 0
    assert window.last_online.added == 9
    table = window.reject_table
    reasons = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): table.item(r, 1).text()
               for r in range(table.rowCount())}
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
    # the chart's vote axis has a tick on every whole number, and room after the longest bar
    assert window.chart.ticks() == [(str(n), float(n)) for n in range(5)]


def test_reports_are_written_from_the_dashboard(qtbot, window, folder, tmp_path):
    run_job(qtbot, window, lambda: window.import_folder(folder))
    with qtbot.waitSignal(window.job_done, timeout=WAIT_MS):
        window.write_reports(tmp_path / "reports")
    assert (tmp_path / "reports" / "report.pdf").exists()
    assert "8 report files" in window.banner.text()


def test_every_tab_of_the_dashboard_fits_a_1366_by_768_screen(window):
    window.messages.error("A long message in the banner. " * 8)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (window.tabs.tabText(index), hint)


def test_turnout_is_shown_per_precinct_with_the_region_by_name(qtbot, window, folder, w):
    run_job(qtbot, window, lambda: window.import_folder(folder))
    run_job(qtbot, window, lambda: window.import_online(w.online))
    # P1: m1 m2 m3 on paper, m4 m5 online, of 5 eligible; P2 refused, so m9 and m8 count online;
    # P3: m11 m12 on paper, m13 m14 m15 online, of 6 eligible (m16 joined after the cutoff)
    assert window.precinct_turnout_rows() == [
        ["P1", "№1 учаске / Участок №1", "Солтүстік / Север", "5", "5", "3", "2", "100.0"],
        ["P2", "№2 учаске / Участок №2", "Солтүстік / Север", "4", "2", "0", "2", "50.0"],
        ["P3", "№3 учаске / Участок №3", "Оңтүстік / Юг", "6", "5", "2", "3", "83.3"]]
    assert [r[0] for r in window.turnout_rows()] == ["Солтүстік / Север", "Оңтүстік / Юг", "Total"]


def test_percentages_and_counts_are_written_in_the_officers_language(qtbot, ru_locale, branch_file, folder, w):
    window = open_window(qtbot, branch_file, "ru")
    run_job(qtbot, window, lambda: window.import_folder(folder))
    run_job(qtbot, window, lambda: window.import_online(w.online))
    assert window.turnout_rows()[-1][5] == "80,0"
    assert [r[7] for r in window.precinct_turnout_rows()] == ["100,0", "50,0", "83,3"]
    assert count(786782) == "786\xa0782" and percent("84.2") == "84,2" and percent("") == "—"


def test_a_file_that_is_no_package_stays_listed_with_its_reason(qtbot, window, folder):
    (folder / "notes.zip").write_text("not a zip")
    run_job(qtbot, window, lambda: window.import_folder(folder))
    refused = {r[0]: r for r in window.rejection_rows()}
    assert set(refused) == {"notes.zip", "P2-v1-stranger.zip"}
    assert refused["notes.zip"][1] == "unknown (not readable)"
    assert "notes.zip is not a precinct package" in refused["notes.zip"][3]
    assert "2 package(s) were refused" in window.banner.text()


def test_a_refusal_stays_listed_after_a_good_package_of_the_precinct_came(qtbot, window, w, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    shutil.copy(w.packages["P2stranger"], first)
    shutil.copy(w.packages["P2"], second)
    run_job(qtbot, window, lambda: window.import_folder(first))
    run_job(qtbot, window, lambda: window.import_folder(second))
    rows = {row[0].split(" ")[0]: row for row in window.precinct_rows()}
    assert rows["P2"][2] == "imported"
    assert [r[0] for r in window.rejection_rows()] == ["P2-v1-stranger.zip"]


@pytest.mark.parametrize("failure, shown, hidden", [
    (ValueError("list index out of range"), "a fault in the program (ValueError)", "list index out of range"),
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full", "No space left on device"),
])
def test_any_failure_of_the_work_gives_the_buttons_back_and_says_what_happened(
        qtbot, window, folder, monkeypatch, failure, shown, hidden):
    def broken(self, paths, progress=None, **kwargs):
        raise failure

    monkeypatch.setattr(Branch, "import_packages", broken)
    with qtbot.waitSignal(window.job_done, timeout=WAIT_MS):
        assert window.import_folder(folder)
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    assert all(b.isEnabled() for b in (window.choose_button, window.trust_button, window.online_button,
                                       window.report_button, window.exclude_button))
    assert window.banner.isVisible() and shown in window.banner.text() and hidden not in window.banner.text()
    assert window.import_progress.value() == 0
    monkeypatch.undo()
    run_job(qtbot, window, lambda: window.import_folder(folder))  # and the next try works
    assert "Imported 3" in window.import_summary.text()


def test_a_failure_while_showing_a_result_still_reports_and_frees_the_window(qtbot, window, folder, monkeypatch):
    monkeypatch.setattr(BranchWindow, "_packages_imported", lambda self, outcomes: [][1])
    with qtbot.waitSignal(window.job_done, timeout=WAIT_MS):
        window.import_folder(folder)
    assert not window.busy and window.choose_button.isEnabled()
    assert "a fault in the program (IndexError)" in window.banner.text()


def test_a_folder_without_packages_says_so_and_starts_nothing(window, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert not window.import_folder(empty)
    assert window.banner.text() == f"There is no package (a .zip file) in {empty}." and not window.busy
