"""``station paper-list`` end to end, in a subprocess, as a chair's script or a clerk at a
terminal would run it."""
import os
import subprocess
import sys

import pytest

from tests.reports.protocol_fixtures import pdftotext

# Runs the command module as ``python -m polling_station.cli_paper`` does; until Station lists
# PaperListMixin among its bases, it adds it first, exactly as that wiring will.
BOOT = ("import runpy, sys\n"
        "from polling_station.services.station import Station\n"
        "from polling_station.services.paper_list import PaperListMixin\n"
        "if not issubclass(Station, PaperListMixin):\n"
        "    Station.__bases__ = Station.__bases__ + (PaperListMixin,)\n"
        "sys.argv[0] = 'polling-station'\n"
        "runpy.run_module('polling_station.cli_paper', run_name='__main__', alter_sys=True)\n")


def run(*args, pin=None):
    env = dict(os.environ)
    env.pop("PS_PIN", None)
    env["PS_LANG"] = "en"
    if pin:
        env["PS_PIN"] = pin
    return subprocess.run([sys.executable, "-c", BOOT, *map(str, args)], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def db(open_station, clerk):
    open_station.check_in(clerk, "760212350620")
    return open_station.path


def test_a_clerk_writes_the_list_into_a_chosen_folder(db, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    r = run("station", "paper-list", db, "--out", out, "--as", "c1", pin="3333")
    assert r.returncode == 0, r.stderr
    path = out / "paper-list-101.pdf"
    assert r.stdout.strip() == f"Paper list written: {path} (4 members, 1 checked in)."
    text = " ".join(pdftotext(path).split())
    assert "Құдайбергенов Әлібек Серікұлы" in text and "✓ 08:00" in text and "№ 101-00001" in text
    assert [p.name for p in out.iterdir()] == ["paper-list-101.pdf"]


def test_without_out_the_list_goes_to_the_backup_folder(db, station, chair, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    station.set_backup_folder(chair, usb)
    r = run("station", "paper-list", db, "--as", "sec", pin="2222")
    assert r.returncode == 0, r.stderr
    assert (usb / "paper-list-101.pdf").exists()


def test_no_backup_folder_and_no_out_is_refused_with_the_reason(db):
    r = run("station", "paper-list", db, "--as", "c1", pin="3333")
    assert r.returncode == 1
    assert r.stderr.strip() == "No backup folder is set: choose one (a USB stick) first."


def test_a_stick_that_is_not_there_is_refused_and_nothing_is_left_behind(db, tmp_path):
    gone = tmp_path / "E"
    r = run("station", "paper-list", db, "--out", gone, "--as", "c1", pin="3333")
    assert r.returncode == 1
    assert r.stderr.strip() == f"{gone} is not there (was the USB stick removed?): nothing was written."
    assert not gone.exists()


def test_a_wrong_pin_writes_nothing(db, tmp_path):
    r = run("station", "paper-list", db, "--out", tmp_path, "--as", "c1", pin="9999")
    assert r.returncode == 1 and r.stderr.strip()
    assert not (tmp_path / "paper-list-101.pdf").exists()


def test_the_command_documents_itself_and_needs_the_acting_officer(db):
    r = run("station", "paper-list", "--help")
    assert r.returncode == 0 and "--out DIR" in r.stdout and "--as ID" in r.stdout
    assert "backup folder" in r.stdout
    r = run("station", "paper-list", db)
    assert r.returncode == 2 and "--as" in r.stderr


def test_the_command_line_does_not_load_qt():
    r = subprocess.run([sys.executable, "-c", "import sys, polling_station.cli_paper; "
                        "print(any(m.startswith('PySide6') for m in sys.modules))"],
                       capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "False", r.stderr
