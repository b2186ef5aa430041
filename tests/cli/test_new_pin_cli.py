"""A new PIN typed at a terminal is asked twice: a typo nobody sees would lock the chair out.
Logging in asks once; PS_NEW_PIN / PS_PIN keep scripts non-interactive."""
import sys

import pytest

from tests.cli.cli_run import Terminal, env, run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def test_a_chair_who_mistypes_the_new_pin_is_asked_again(election_file, tmp_path):
    db = tmp_path / "s.db"
    t = Terminal("station", "new", db, "--election", election_file, "--precinct", "101", "--chair", "Асқаров Болат",
                 environment=env())
    t.expect("New PIN for chair")
    t.type("1234")
    t.expect("Repeat the new PIN for chair")
    t.type("1243")
    t.expect("The two entries differ; enter it again.")
    t.expect("New PIN for chair")
    t.type("1234")
    t.expect("Repeat the new PIN for chair")
    t.type("1234")
    assert t.finish() == 0, t.transcript
    assert "Created station 101" in t.transcript
    assert "1234" not in t.transcript and "1243" not in t.transcript  # never echoed
    assert run("station", "backup", db, "--to", tmp_path, "--as", "chair", pin="1234").returncode == 0
    assert run("station", "backup", db, "--to", tmp_path, "--as", "chair", pin="1243").returncode == 1


def test_a_new_officer_pin_is_asked_twice_and_the_chair_pin_once(station, tmp_path):
    t = Terminal("station", "officer-add", station.path, "--id", "c3", "--name", "Ахметов Дәурен", "--role", "clerk",
                 "--as", "chair", environment=env())
    t.expect("PIN for chair")
    t.type("1111")
    t.expect("New PIN for c3")
    t.type("5555")
    t.expect("Repeat the new PIN for c3")
    t.type("5555")
    assert t.finish() == 0, t.transcript
    assert t.transcript.count("PIN for chair") == 1 and "Repeat the new PIN for chair" not in t.transcript
    assert "Added clerk c3." in t.transcript
    assert station.login("c3", "5555").officer_id == "c3"


def test_the_environment_still_sets_a_new_pin_without_asking(election_file, tmp_path):
    t = Terminal("station", "new", tmp_path / "s.db", "--election", election_file, "--precinct", "101", "--chair", "X",
                 environment=env(new_pin="1111"))
    assert t.finish() == 0, t.transcript
    assert "PIN" not in t.transcript


def test_a_new_key_password_is_asked_twice_too(tmp_path):
    t = Terminal("keys", "ca", "--name", "Demo branch CA", "--out", tmp_path / "ca", environment=env())
    t.expect("Password for the new CA key")
    t.type("branch-2020")
    t.expect("Repeat the password for the new CA key")
    t.type("branch-2020")
    assert t.finish() == 0, t.transcript
    assert (tmp_path / "ca" / "ca.p12").exists()
