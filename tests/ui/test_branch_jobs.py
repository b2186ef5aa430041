"""What the branch officer reads when background work fails: the case in words, never Python's text."""
import errno
import sqlite3

from polling_station.domain.problems import error
from polling_station.errors import Refused
from polling_station.ui.branch_jobs import failure_text
from polling_station.ui.messages import MessageBridge

render = MessageBridge("en").render


def test_a_busy_branch_file_is_said_in_words(tmp_path):
    path = tmp_path / "busy.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as exc:
        text = failure_text(exc, render)
    finally:
        holder.close()
        other.close()
    assert "another program is using the branch file" in text and "database is locked" not in text


def test_a_file_that_may_not_be_read_is_named_with_the_reason():
    exc = PermissionError(errno.EACCES, "Permission denied", "/media/usb/P1.zip")
    assert failure_text(exc, render) == ("/media/usb/P1.zip could not be used: access is denied. The step that "
                                         "failed was not recorded; try again when it is fixed.")


def test_a_long_refusal_is_cut_short_in_the_message():
    problems = [error("branch.unknown_precinct", election="e", precinct=f"P{n}") for n in range(10)]
    lines = failure_text(Refused(problems), render).split("\n")
    assert len(lines) == 7 and lines[0] == "The election «e» has no precinct «P0»." and lines[-1] == "… and 4 more."


def test_a_fault_of_the_program_names_its_kind_only():
    text = failure_text(KeyError("precinct_states"), render)
    assert "a fault in the program (KeyError)" in text and "precinct_states" not in text
