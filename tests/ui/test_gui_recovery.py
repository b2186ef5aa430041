"""Start-up with a damaged station file leads the chair to a backup instead of a crash."""
import sqlite3

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from polling_station.services.station import Station
from polling_station.ui import app as app_module
from polling_station.ui.messages import MessageBridge


def test_a_tampered_file_is_named_and_restored_from_the_backup(qapp, open_station, clerk, tmp_path, monkeypatch):
    st = open_station
    st.check_in(clerk, "871008401427")
    usb = tmp_path / "usb"
    usb.mkdir()
    saved = st.backup_now(usb, st.login("chair", "1111"))
    path = st.path
    st.close_db()
    conn = sqlite3.connect(path)  # someone edits the file outside the application
    conn.execute("UPDATE checkins SET at = '2020-10-03T07:00:00+06:00'")
    conn.commit()
    conn.close()
    problems = Station.open(path).health_check()
    assert problems, "the edit must be detected"

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    answers = iter([("chair", True), ("1111", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    from PySide6.QtCore import QSettings
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert app_module.recover(path, problems, MessageBridge("en"), settings) is True
    assert "failed its start-up check" in shown[0]
    restored = Station.open(path)
    assert restored.health_check() == []
    assert restored.checkins()[0]["at"] != "2020-10-03T07:00:00+06:00"
    restored.close_db()
