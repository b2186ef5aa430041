"""The branch office's decisions from the dashboard: trusting certificates, settling a conflict
between two packages of one precinct, and excluding a candidate — each through its dialog."""
import shutil

import pytest
from PySide6.QtCore import Qt

from polling_station.services.branch import Branch
from tests.conftest import Clock
from tests.services.test_branch_data import election
from tests.ui.conftest import type_text
from tests.ui.test_branch_dashboard import (WAIT_MS, branch_file, open_window, run_job,  # noqa: F401 — fixtures
                                           w, window)

SCREEN_W, SCREEN_H = 1366, 768


@pytest.fixture
def untrusted_file(tmp_path, w):  # noqa: F811
    b = Branch.create(tmp_path / "branch.db", election(), roll=w.roll, clock=Clock(), operator="aliya")
    b.close_db()
    return tmp_path / "branch.db"


@pytest.fixture
def bare_window(qtbot, untrusted_file):
    return open_window(qtbot, untrusted_file)


def folder_of(tmp_path, w, *names, name="usb"):  # noqa: F811
    out = tmp_path / name
    out.mkdir()
    for n in names:
        shutil.copy(w.packages[n], out / w.packages[n].name)
    return out


def fits(dialog):
    hint = dialog.minimumSizeHint()
    return hint.width() <= SCREEN_W and hint.height() <= SCREEN_H


def test_with_nothing_trusted_the_dashboard_says_so_and_the_ca_is_trusted_for_every_precinct(
        qtbot, bare_window, w, tmp_path):  # noqa: F811
    window = bare_window
    assert window.trust_label.text().startswith("No certificate is trusted yet")
    trust = window.open_trust()
    qtbot.waitExposed(trust.dialog)
    assert fits(trust.dialog)
    assert trust.trusted_rows() == [] and not trust.trust_button.isEnabled()
    trust.cert_edit.setText(str(w.ca.pem))
    assert trust.every_radio.isChecked() and not trust.precinct_list.isEnabled()
    with qtbot.waitSignal(window.results_ready, timeout=WAIT_MS):
        qtbot.mouseClick(trust.trust_button, Qt.MouseButton.LeftButton)
    assert trust.message_label.text().startswith("Trusted the CA «Шағын филиал — сынақ КО» for every precinct")
    assert [r[:3] for r in trust.trusted_rows()] == [
        ["Шағын филиал — сынақ КО", "CA: every key it issued", "every precinct"]]
    # trusting it again changes nothing, and says so
    qtbot.mouseClick(trust.trust_button, Qt.MouseButton.LeftButton)
    assert trust.message_label.text() == "«Шағын филиал — сынақ КО» was already trusted for every precinct."
    assert len(trust.trusted_rows()) == 1
    qtbot.mouseClick(trust.close_button, Qt.MouseButton.LeftButton)
    assert window.trust_label.text() == "Trusted: 1 CA(s), 0 chair's certificate(s)."
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    run_job(qtbot, window, lambda: window.import_folder(folder_of(tmp_path, w, "P1", "P3")))
    assert "Imported 2" in window.import_summary.text()


def test_a_chairs_certificate_is_trusted_for_the_ticked_precincts_only(qtbot, bare_window, w, tmp_path):  # noqa: F811
    window = bare_window
    trust = window.open_trust()
    trust.cert_edit.setText(str(w.pem("P1")))
    trust.some_radio.setChecked(True)
    assert trust.precinct_list.isEnabled() and not trust.trust_button.isEnabled()  # no precinct ticked yet
    trust.tick(["P1"])
    assert trust.trust_button.isEnabled()
    qtbot.mouseClick(trust.trust_button, Qt.MouseButton.LeftButton)
    assert trust.message_label.text().startswith(
        "Trusted the certificate «Төраға P1» for precinct P1 — №1 учаске / Участок №1")
    assert [r[:3] for r in trust.trusted_rows()] == [
        ["Төраға P1", "chair's certificate", "P1 — №1 учаске / Участок №1"]]
    trust.dialog.accept()
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    # P1's chair signs for P1; the same chair's package for P2 is refused, and says why
    run_job(qtbot, window, lambda: window.import_folder(folder_of(tmp_path, w, "P1", "P2byP1")))
    rows = {row[0].split(" ")[0]: row for row in window.precinct_rows()}
    assert rows["P1"][2] == "imported" and rows["P2"][2] == "rejected"
    assert "trusted for precinct(s) P1 only, not for precinct P2" in window.rejection_rows()[0][3]


def test_an_unreadable_certificate_is_refused_in_the_dialog(qtbot, bare_window, tmp_path):
    bad = tmp_path / "not-a-cert.pem"
    bad.write_text("hello")
    trust = bare_window.open_trust()
    trust.cert_edit.setText(str(bad))
    qtbot.mouseClick(trust.trust_button, Qt.MouseButton.LeftButton)
    assert "holds no readable certificate" in trust.message_label.text()
    assert trust.dialog.isVisible() and trust.trusted_rows() == []


@pytest.fixture
def conflict_window(qtbot, tmp_path, w):  # noqa: F811
    b = Branch.create(tmp_path / "branch.db", election(), roll=w.roll, clock=Clock(), operator="aliya")
    b.trust(w.ca.pem)
    b.close_db()
    window = open_window(qtbot, tmp_path / "branch.db")
    run_job(qtbot, window, lambda: window.import_folder(folder_of(tmp_path, w, "P1", "P1other", "P3")))
    return window


def test_the_commission_settles_a_conflict_with_a_reason(qtbot, conflict_window, w):  # noqa: F811
    window = conflict_window
    rows = {row[0].split(" ")[0]: row for row in window.precinct_rows()}
    assert rows["P1"][2] == "conflict" and window.resolve_button.isEnabled()
    assert window.banner.text().startswith("A precinct has packages that cannot all stand")
    resolve = window.open_resolve()
    qtbot.waitExposed(resolve.dialog)
    assert fits(resolve.dialog)
    assert resolve.precinct_combo.currentData() == "P1"
    files = [resolve.packages_table.item(r, 0).text() for r in range(resolve.packages_table.rowCount())]
    assert sorted(files) == ["P1-v1-other.zip", "P1-v1.zip"]
    assert not resolve.resolve_button.isEnabled()
    resolve.choose(files.index("P1-v1-other.zip"))
    assert not resolve.resolve_button.isEnabled()  # the reason is required
    resolve.reason_edit.setFocus()
    type_text(resolve.reason_edit, "Комиссияның №3 шешімі")
    assert resolve.resolve_button.isEnabled()
    with qtbot.waitSignal(window.results_ready, timeout=WAIT_MS):
        qtbot.mouseClick(resolve.resolve_button, Qt.MouseButton.LeftButton)
    assert resolve.chosen.file == "P1-v1-other.zip"  # and the dialog closed
    rows = {row[0].split(" ")[0]: row for row in window.precinct_rows()}
    assert rows["P1"][2:4] == ["imported", "1"]
    assert rows["P1"][5].endswith("Set aside by the commission's choice: P1-v1.zip")
    assert window.banner.text().startswith("Precinct P1 — №1 учаске / Участок №1: version 1 from P1-v1-other.zip")
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    assert not window.resolve_button.isEnabled()
    # the chosen package's votes count now (P1_OTHER: N1 1, N2 2, N3 1, N5 1)
    window.race_combo.setCurrentIndex(window.race_combo.findData("north-council"))
    table = window.rating_tables["overall"]
    totals = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert totals["Әлиев Дәурен Серікұлы"] == "2"


def test_double_clicking_a_precinct_in_conflict_opens_its_settlement(qtbot, conflict_window):
    window = conflict_window
    row = [r[0].split(" ")[0] for r in window.precinct_rows()].index("P1")
    window.precinct_table.cellDoubleClicked.emit(row, 0)
    assert window.dialog is not None and window.dialog.precinct_combo.currentData() == "P1"
    window.dialog.dialog.reject()


def test_a_candidate_is_excluded_with_the_control_committees_reason(qtbot, window):
    window.race_combo.setCurrentIndex(window.race_combo.findData("south-council"))
    exclude = window.open_exclude()
    qtbot.waitExposed(exclude.dialog)
    assert fits(exclude.dialog)
    assert exclude.race_combo.currentData() == "south-council"
    # Kazakh alphabetical order: Нұрланов, Омарова, Төлеген, Ыбырай
    assert [exclude.candidate_combo.itemData(i) for i in range(exclude.candidate_combo.count())] == [
        "S2", "S1", "S3", "S4"]
    exclude.choose("S3")
    assert not exclude.exclude_button.isEnabled()
    exclude.reason_edit.setFocus()
    type_text(exclude.reason_edit, "Бақылау комитетінің 12 шешімі")
    with qtbot.waitSignal(window.results_ready, timeout=WAIT_MS):
        qtbot.mouseClick(exclude.exclude_button, Qt.MouseButton.LeftButton)
    assert window.banner.text() == ("Төлеген Асхат is excluded from the ratings of «Оңтүстік мәслихаты / Южный "
                                    "маслихат»; the votes stay in the results.")
    table = window.rating_tables["overall"]
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[-1][1:] == ["Төлеген Асхат", "0", "excluded"]
    assert table.item(table.rowCount() - 1, 3).toolTip() == "Бақылау комитетінің 12 шешімі"
    # the next time the dialog lists the exclusion, and no longer offers the candidate
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    again = window.open_exclude()
    assert "S3" not in [again.candidate_combo.itemData(i) for i in range(again.candidate_combo.count())]
    assert [[again.excluded_table.item(0, c).text() for c in range(3)]] == [
        ["Төлеген Асхат", "this branch", "Бақылау комитетінің 12 шешімі"]]
    again.race_combo.setCurrentIndex(again.race_combo.findData("north-council"))
    assert again.excluded_table.item(0, 1).text() == "the election definition"
    again.dialog.reject()


def test_an_exclusion_needs_a_reason_the_service_accepts(qtbot, window):
    exclude = window.open_exclude()
    exclude.reason_edit.setPlainText("   ")
    assert not exclude.exclude_button.isEnabled()
    exclude.exclude()  # as if the button had been pressed: the service refuses, the dialog says why
    assert exclude.message_label.text() == "Write the control committee's reason for excluding the candidate."
    assert exclude.dialog.isVisible()
