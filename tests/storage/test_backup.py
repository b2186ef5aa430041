"""Backups: checked before they replace the previous one; faulty media leave everything as it was."""
import os
import sqlite3

import pytest

from polling_station.errors import Refused
from polling_station.services.station import Station
from polling_station.storage import backup


def test_a_backup_is_a_checked_copy(open_station, clerk, tmp_path):
    open_station.check_in(clerk, "871008401427")
    usb = tmp_path / "usb"
    usb.mkdir()
    path = open_station.backup_now(usb, open_station.login("chair", "1111"))
    assert backup.check_copy(path) == []
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT iin FROM checkins").fetchall() == [("871008401427",)]
    assert path.stat().st_mode & 0o077 == 0
    assert not list(usb.glob("*.partial"))


def test_state_changes_back_up_automatically(station, chair, roll_file, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    station.set_backup_folder(chair, usb)
    station.import_roll(chair, roll_file)
    for race in station.races:
        station.set_ballots_received(chair, race.id, 10)
    station.run_checklist(chair, "opening", all_yes=True)
    station.open_station(chair)
    copy = sqlite3.connect(station.backup_path(usb))
    assert copy.execute("SELECT value FROM meta WHERE key = 'state'").fetchone() == ("OPEN",)


def test_a_read_only_folder_is_a_clear_message(open_station, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    if os.access(ro, os.W_OK):  # root ignores permissions: a read-only mount is not at hand
        pytest.skip("running as root; the errno mapping is covered by the test below")
    with pytest.raises(Refused) as exc:
        open_station.backup_now(ro, open_station.login("chair", "1111"))
    assert exc.value.problems[0].code == "media.read_only"


def test_a_vanished_folder_is_a_clear_message_and_the_old_backup_survives(open_station, tmp_path):
    with pytest.raises(Refused) as exc:
        open_station.backup_now(tmp_path / "gone", open_station.login("chair", "1111"))
    assert exc.value.problems[0].code == "media.missing"


@pytest.mark.parametrize("err, code", [("ENOSPC", "media.full"), ("EROFS", "media.read_only"),
                                       ("EIO", "media.missing")])
def test_faulty_media_are_named_and_nothing_is_left_half_written(open_station, tmp_path, monkeypatch, err, code):
    import errno
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / open_station.backup_path(usb).name).write_bytes(b"the previous backup")

    def fail(*a, **kw):
        raise OSError(getattr(errno, err), os.strerror(getattr(errno, err)))

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(Refused) as exc:
        open_station.backup_now(usb, open_station.login("chair", "1111"))
    monkeypatch.undo()
    assert exc.value.problems[0].code == code
    assert [p.name for p in usb.iterdir()] == [open_station.backup_path(usb).name]
    assert open_station.backup_path(usb).read_bytes() == b"the previous backup"


def test_restore_replaces_a_damaged_file_and_keeps_it(open_station, clerk, tmp_path, clock):
    st = open_station
    st.check_in(clerk, "871008401427")
    usb = tmp_path / "usb"
    usb.mkdir()
    saved = st.backup_now(usb, st.login("chair", "1111"))
    path = st.path
    st.close_db()
    with open(path, "r+b") as f:  # damage the live file's pages
        f.seek(4096)
        f.write(b"\xff" * 8192)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(str(path) + suffix):
            os.remove(str(path) + suffix)
    assert backup.check_copy(path) != []
    with pytest.raises(Refused):
        Station.restore(path, saved, "c1", "3333", clock)  # a clerk may not restore
    Station.restore(path, saved, "chair", "1111", clock)
    again = Station.open(path, clock)
    assert again.health_check() == []
    assert [c["iin"] for c in again.checkins()] == ["871008401427"]
    assert any(p.name.startswith(path.name + ".damaged-") for p in path.parent.iterdir())
    again.close_db()


def test_health_check_names_a_broken_journal(open_station, clerk):
    st = open_station
    st.check_in(clerk, "871008401427")
    conn = sqlite3.connect(st.path)
    conn.execute("DROP TRIGGER journal_no_update")
    conn.execute("UPDATE journal SET payload = replace(payload, '871008401427', '760212350620') WHERE action = 'checkin'")
    conn.commit()
    codes = [p.code for p in st.health_check()]
    assert "journal.hash" in codes
