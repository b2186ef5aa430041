"""A branch office from nothing to published results with the GUI alone: a new branch file from
the election and the roll, the CA trusted, a USB stick of packages (one in conflict, one signed
by a stranger, one not a package at all), the conflict settled, the online ballots, a candidate
excluded, the reports written. Every screen is rendered at 1366×768; with PS_SCREENSHOTS=1 the
pictures are written to docs/screenshots."""
import json
import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from polling_station.ui import style
from polling_station.ui.branch import launch
from polling_station.ui.messages import MessageBridge
from tests.services.test_branch_data import election
from tests.ui.conftest import type_text
from tests.ui.test_branch_dashboard import SCREEN, WAIT_MS, run_job, w  # noqa: F401 — fixture

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shoot(qtbot, widget, path: Path) -> Path:
    qtbot.wait(150)
    assert widget.grab().save(str(path))
    return path


def test_a_branch_office_goes_from_a_folder_of_packages_to_published_results(qtbot, tmp_path, w):  # noqa: F811
    style.apply(QApplication.instance())
    shots: list[Path] = []
    election_file = tmp_path / "election.json"
    election_file.write_text(json.dumps(election(), ensure_ascii=False), encoding="utf-8")
    usb = tmp_path / "usb"
    usb.mkdir()
    for name in ("P1", "P1other", "P2stranger", "P3"):
        shutil.copy(w.packages[name], usb / w.packages[name].name)
    (usb / "notes.zip").write_text("shopping list")

    # 1. a new branch file
    new = launch(tmp_path / "branch.db", MessageBridge("en"))
    qtbot.addWidget(new.dialog)
    new.election_edit.setText(str(election_file))
    new.roll_edit.setText(str(w.roll))
    assert new.create()
    qtbot.waitUntil(lambda: new.summary is not None, timeout=WAIT_MS)
    assert new.rejects_caption.text() == "No row of the roll was rejected."
    shots.append(shoot(qtbot, new.dialog, tmp_path / "branch_new.png"))
    qtbot.mouseClick(new.open_button, Qt.MouseButton.LeftButton)
    window = new.opened
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: window.results is not None and not window.busy, timeout=WAIT_MS)

    # 2. the branch's CA, for every precinct
    trust = window.open_trust()
    trust.cert_edit.setText(str(w.ca.pem))
    qtbot.mouseClick(trust.trust_button, Qt.MouseButton.LeftButton)
    shots.append(shoot(qtbot, trust.dialog, tmp_path / "branch_trust.png"))
    trust.dialog.accept()
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)

    # 3. the USB stick
    run_job(qtbot, window, lambda: window.import_folder(usb))
    states = {row[0].split(" ")[0]: row[2] for row in window.precinct_rows()}
    assert states == {"P1": "conflict", "P2": "rejected", "P3": "imported"}
    assert sorted(r[0] for r in window.rejection_rows()) == ["P2-v1-stranger.zip", "notes.zip"]

    # 4. the commission keeps P1's first package
    resolve = window.open_resolve("P1")
    files = [resolve.packages_table.item(r, 0).text() for r in range(resolve.packages_table.rowCount())]
    resolve.choose(files.index("P1-v1.zip"))
    resolve.reason_edit.setFocus()
    type_text(resolve.reason_edit, "Комиссияның 2020 жылғы 5 қазандағы №3 шешімі / Решение комиссии №3")
    shots.append(shoot(qtbot, resolve.dialog, tmp_path / "branch_resolve.png"))
    with qtbot.waitSignal(window.results_ready, timeout=WAIT_MS):
        qtbot.mouseClick(resolve.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    window.tabs.setCurrentIndex(0)
    window.messages.clear()
    shots.append(shoot(qtbot, window, tmp_path / "branch_dashboard.png"))

    # 5. the online ballots
    online = tmp_path / "online.csv"
    shutil.copy(w.online, online)
    run_job(qtbot, window, lambda: window.import_online(online))
    window.tabs.setCurrentIndex(1)
    shots.append(shoot(qtbot, window, tmp_path / "branch_online.png"))

    # 6. the control committee excludes a candidate of the south
    window.tabs.setCurrentIndex(3)
    window.race_combo.setCurrentIndex(window.race_combo.findData("south-council"))
    exclude = window.open_exclude()
    exclude.choose("S4")
    exclude.reason_edit.setFocus()
    type_text(exclude.reason_edit, "Бақылау комитетінің 2020 жылғы 4 қазандағы шешімі")
    shots.append(shoot(qtbot, exclude.dialog, tmp_path / "branch_exclude.png"))
    with qtbot.waitSignal(window.results_ready, timeout=WAIT_MS):
        qtbot.mouseClick(exclude.exclude_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    window.race_combo.setCurrentIndex(window.race_combo.findData("north-council"))
    window.messages.clear()
    shots.append(shoot(qtbot, window, tmp_path / "branch_ratings.png"))

    # 7. turnout by region and precinct, and the published files
    window.tabs.setCurrentIndex(2)
    assert [r[2] for r in window.precinct_turnout_rows()] == ["Солтүстік / Север", "Солтүстік / Север",
                                                               "Оңтүстік / Юг"]
    with qtbot.waitSignal(window.job_done, timeout=WAIT_MS):
        assert window.write_reports(tmp_path / "reports")
    assert (tmp_path / "reports" / "report.pdf").exists() and (tmp_path / "reports" / "precincts.csv").exists()
    assert "report files written to" in window.banner.text()
    shots.append(shoot(qtbot, window, tmp_path / "branch_turnout.png"))

    for path in shots:
        image = QImage(str(path))
        assert image.width() <= 1366 and image.height() <= 768, path.name
    for name in ("branch_dashboard", "branch_online", "branch_ratings", "branch_turnout"):
        image = QImage(str(tmp_path / f"{name}.png"))
        assert (image.width(), image.height()) == SCREEN, name
    if os.environ.get("PS_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for path in shots:
            shutil.copyfile(path, SCREENSHOTS / path.name)
