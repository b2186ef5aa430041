"""``branch gui DB`` on a file that does not exist: the office creates the branch file from the
election definition and the member roll, reads the roll's summary and rejected rows, then works."""
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from polling_station.ui import style
from polling_station.ui.branch import BranchWindow, launch
from polling_station.ui.branch_new import NewBranchDialog
from polling_station.ui.messages import MessageBridge
from tests.services.test_branch_data import ROLL_HEADER, ROLL_ROWS, STRANGER, election
from tests.ui.test_branch_dashboard import WAIT_MS, branch_file, w  # noqa: F401 — fixtures

BAD_IIN = "123456789012"


@pytest.fixture
def election_file(tmp_path):
    path = tmp_path / "election.json"
    path.write_text(json.dumps(election(), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def roll_with_rejects(tmp_path):
    """The small election's roll with two bad rows: line 19 an invalid IIN, line 20 a precinct of no election."""
    path = tmp_path / "roll.csv"
    bad = [f"{BAD_IIN},Қате,Жол,,1980-01-01,,north,P1,2015-01-01,active",
           f"{STRANGER},Басқа,Учаске,,1975-05-05,F,north,P9,2015-01-01,active"]
    path.write_text("\n".join([ROLL_HEADER, *ROLL_ROWS, *bad]) + "\n", encoding="utf-8")
    return path


def new_dialog(qtbot, path, opened=None):
    style.apply(QApplication.instance())
    messages = MessageBridge("en")
    dialog = launch(path, messages)
    assert isinstance(dialog, NewBranchDialog)
    qtbot.addWidget(dialog.dialog)
    qtbot.waitExposed(dialog.dialog)
    return dialog


def test_a_missing_branch_file_is_created_from_the_election_and_the_roll(qtbot, tmp_path, election_file,
                                                                         roll_with_rejects):
    path = tmp_path / "branch.db"
    dialog = new_dialog(qtbot, path)
    hint = dialog.dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    assert str(path) in dialog.intro.text()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.election_edit, str(election_file))
    assert dialog.election_info.text() == ("«Small election» (small-2020), voting day 03.10.2020: 2 region(s), "
                                           "3 precinct(s), 2 race(s).")
    assert not dialog.create_button.isEnabled()  # the roll is needed too
    qtbot.keyClicks(dialog.roll_edit, str(roll_with_rejects))
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.message_label.text() == "" and dialog.summary is not None
    assert dialog.summary_label.text() == (
        "Created branch.db. roll.csv: 19 row(s) read; 17 member(s) imported (0 with a warning), 0 identical "
        "duplicate(s) collapsed, 2 row(s) rejected. The roll holds 17 member(s), 15 of them eligible to vote.")
    assert str(roll_with_rejects) + ".rejects.csv" in dialog.rejects_caption.text()
    rejects = dialog.rejects_rows()
    assert [r[0] for r in rejects] == ["19", "20"]
    assert "IIN" in rejects[0][2] and "P9" in rejects[1][2]
    assert dialog.open_button.isVisible() and not dialog.create_button.isVisible()
    assert not dialog.election_edit.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    window = dialog.opened
    assert isinstance(window, BranchWindow) and window.isVisible()
    qtbot.addWidget(window)
    assert window.width() <= 1366 and window.height() <= 768
    qtbot.waitUntil(lambda: window.results is not None and not window.busy, timeout=WAIT_MS)
    assert window.turnout_rows()[-1][1] == "15"  # the roll's eligible members are the denominators
    assert window.trust_label.text().startswith("No certificate is trusted yet")


def test_an_election_file_that_is_not_a_definition_is_refused_before_anything_is_created(
        qtbot, tmp_path, roll_with_rejects):
    bad = tmp_path / "election.json"
    bad.write_text('{"format": "polling-station/election@1", "id": ', encoding="utf-8")
    dialog = new_dialog(qtbot, tmp_path / "branch.db")
    dialog.election_edit.setText(str(bad))
    dialog.roll_edit.setText(str(roll_with_rejects))
    assert "not valid JSON" in dialog.election_info.text()
    assert not dialog.create_button.isEnabled()
    dialog.election_edit.setText(str(tmp_path / "nowhere.json"))
    assert dialog.election_info.text() == f"There is no file {tmp_path / 'nowhere.json'}."
    assert not (tmp_path / "branch.db").exists()


def test_a_roll_that_cannot_be_read_leaves_no_half_made_branch_file(qtbot, tmp_path, election_file):
    roll = tmp_path / "roll.xls"
    roll.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # an Excel 97-2003 workbook
    dialog = new_dialog(qtbot, tmp_path / "branch.db")
    dialog.election_edit.setText(str(election_file))
    dialog.roll_edit.setText(str(roll))
    assert dialog.create()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert "Excel 97–2003 workbook" in dialog.message_label.text()
    assert dialog.summary is None and dialog.create_button.isEnabled() and dialog.election_edit.isEnabled()
    assert not (tmp_path / "branch.db").exists()


def test_an_existing_branch_file_opens_the_dashboard_at_once(qtbot, branch_file):  # noqa: F811
    window = launch(branch_file, MessageBridge("en"))
    qtbot.addWidget(window)
    assert isinstance(window, BranchWindow)
    qtbot.waitUntil(lambda: window.results is not None and not window.busy, timeout=WAIT_MS)


def test_the_command_line_lets_branch_gui_name_a_file_that_does_not_exist_yet(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import polling_station.ui.branch as branch_ui
    from polling_station.cli import main

    seen = []
    monkeypatch.setattr(branch_ui, "run_branch_gui", lambda db, lang=None: seen.append(db) or 0)
    result = CliRunner().invoke(main, ["branch", "gui", str(tmp_path / "new.db")])
    assert result.exit_code == 0, result.output
    assert seen == [tmp_path / "new.db"]
    assert not (tmp_path / "new.db").exists()  # the GUI, not the command line, creates it
