"""The station tab's «Backup and this desk» box: the chair chooses the USB folder from the GUI
(a first backup is written and checked there, the choice journaled), anyone may back up now once
it is chosen, and the desk's idle lock and paper-list timers are the chair's or secretary's to set."""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from polling_station.storage import backup
from polling_station.ui.context import IDLE_MINUTES_KEY
from polling_station.ui.paper_list import EVERY_MINUTES_KEY

from .conftest import log_in


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(monkeypatch, folder):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))


def test_the_chair_chooses_the_backup_folder_and_a_checked_backup_is_written_there(qtbot, desk, tmp_path,
                                                                                   monkeypatch):
    station, box = desk.ctx.station, desk.desk_settings
    log_in(qtbot, desk, "chair", "1111")
    assert "Not chosen yet" in box.backup_value.text() and box.backup_value.property("tone") == "warn"
    assert not box.backup_now_button.isEnabled()
    usb = tmp_path / "usb"
    usb.mkdir()
    choose(monkeypatch, usb)
    click(qtbot, box.choose_button)
    assert station.backup_folder() == usb.resolve()
    written = list(usb.iterdir())
    assert len(written) == 1 and backup.check_copy(written[0]) == []
    assert desk.banner.property("tone") == "info" and str(usb) in desk.banner.text()
    assert box.backup_value.text() == str(usb.resolve())
    actions = [row[0] for row in station.db.execute("SELECT action FROM journal ORDER BY seq")]
    assert actions[-1] == "backup.configured"
    # any officer then backs up on demand
    desk.lock()
    log_in(qtbot, desk, "c1", "3333")
    assert not box.choose_button.isEnabled() and box.backup_now_button.isEnabled()
    click(qtbot, box.backup_now_button)
    assert "Backup written and checked" in desk.banner.text()


def test_a_folder_that_cannot_be_written_is_refused_with_the_reason(qtbot, desk, tmp_path, monkeypatch):
    log_in(qtbot, desk, "chair", "1111")
    choose(monkeypatch, tmp_path / "no" / "such" / "stick")
    click(qtbot, desk.desk_settings.choose_button)
    assert desk.ctx.station.backup_folder() is None
    assert desk.banner.property("tone") == "refused"


def test_the_desk_timers_are_the_chairs_and_apply_at_once(qtbot, desk, settings):
    box = desk.desk_settings
    log_in(qtbot, desk, "c1", "3333")
    assert not box.idle_spin.isEnabled() and not box.paper_spin.isEnabled()
    desk.lock()
    log_in(qtbot, desk, "chair", "1111")
    assert box.idle_spin.value() == 5 and box.paper_spin.value() == 30
    box.idle_spin.setValue(12)
    box.paper_spin.setValue(15)
    assert float(settings.value(IDLE_MINUTES_KEY)) == 12 and desk.ctx.idle_minutes() == 12
    assert float(settings.value(EVERY_MINUTES_KEY)) == 15
    assert desk.paper_list.timer.interval() == 15 * 60_000
