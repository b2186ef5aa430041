"""The branch report is published as one set: a failure while rendering or writing leaves the
previous report whole, never new CSV files beside an old report.pdf and results.json."""
import errno
import json
from pathlib import Path

import pytest

from polling_station.reports import branch_files
from polling_station.reports.branch_files import FILES
from polling_station.services.branch import Branch
from tests.conftest import Clock
from tests.services.test_branch_data import M, election, online_text, world


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    return world(tmp_path_factory)


@pytest.fixture
def branch(tmp_path, w):
    b = Branch.create(tmp_path / "branch.db", election(), roll=w.roll, clock=Clock(), operator="aliya")
    b.trust(w.ca.pem)
    b.import_packages([w.packages[p] for p in ("P1", "P2", "P3")])
    yield b
    b.close_db()


def snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def leftovers(folder):
    """Anything the writer may leave beside or inside the report folder."""
    return sorted(p.name for p in [*folder.parent.iterdir(), *folder.iterdir()] if p.name.startswith("."))


def with_more_online_votes(b, tmp_path):
    more = tmp_path / "more.csv"
    more.write_text(online_text([(2, f"{M['m17']},2020-10-02T10:00:00+06:00,south-council,S4")]), encoding="utf-8")
    assert b.import_online(more).added == 1


def test_a_second_report_replaces_the_whole_set_and_leaves_nothing_else(tmp_path, branch):
    out = tmp_path / "published"
    branch.write_report(out)
    first = snapshot(out)
    with_more_online_votes(branch, tmp_path)
    paths = branch.write_report(out)
    assert [p.name for p in paths] == list(FILES) and sorted(p.name for p in out.iterdir()) == sorted(FILES)
    second = snapshot(out)
    assert {n for n in FILES if first[n] != second[n]} >= {"results.csv", "results.json", "report.pdf"}
    assert leftovers(out) == []


def test_a_rendering_failure_midway_leaves_the_previous_report_whole(tmp_path, branch, monkeypatch):
    out = tmp_path / "published"
    branch.write_report(out)
    before = snapshot(out)
    with_more_online_votes(branch, tmp_path)
    import polling_station.reports.branch_pdf as branch_pdf

    def broken(results):  # the last file: every CSV is rendered by then
        raise RuntimeError("the PDF renderer failed")

    monkeypatch.setattr(branch_pdf, "render_branch_pdf", broken)
    with pytest.raises(RuntimeError):
        branch.write_report(out)
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_full_disk_while_writing_leaves_the_previous_report_whole(tmp_path, branch, monkeypatch):
    out = tmp_path / "published"
    branch.write_report(out)
    before = snapshot(out)
    with_more_online_votes(branch, tmp_path)
    real = branch_files._write_file
    written = []

    def filling_up(path, data):
        if len(written) == 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path.name)
        real(path, data)

    monkeypatch.setattr(branch_files, "_write_file", filling_up)
    with pytest.raises(OSError):
        branch.write_report(out)
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_in_a_folder_shared_with_other_files_those_stay_and_a_failed_rename_undoes_the_others(
        tmp_path, branch, monkeypatch):
    shared = tmp_path / "Documents"
    shared.mkdir()
    (shared / "letter.txt").write_text("keep me", encoding="utf-8")
    branch.write_report(shared)
    assert sorted(p.name for p in shared.iterdir()) == sorted([*FILES, "letter.txt"])
    before = snapshot(shared)
    with_more_online_votes(branch, tmp_path)
    # report.pdf, the last of the set, is open in another program that forbids replacing it (Windows)
    real = branch_files.os.replace

    def locked(src, dst):
        if Path(src).name == "report.pdf" and ".new-" in str(src):  # the new one, over the old
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))
        return real(src, dst)

    monkeypatch.setattr(branch_files.os, "replace", locked)
    with pytest.raises(PermissionError):
        branch.write_report(shared)
    assert snapshot(shared) == before  # the seven files already replaced are the old ones again
    assert leftovers(shared) == []
    monkeypatch.setattr(branch_files.os, "replace", real)
    branch.write_report(shared)
    assert json.loads((shared / "results.json").read_bytes())["sources"]["online_ballots"] == 1
    assert (shared / "letter.txt").read_text(encoding="utf-8") == "keep me"
    assert leftovers(shared) == []


def test_a_folder_in_the_way_of_a_report_file_is_refused_before_anything_changes(tmp_path, branch):
    shared = tmp_path / "Documents"
    shared.mkdir()
    (shared / "letter.txt").write_text("keep me", encoding="utf-8")
    branch.write_report(shared)
    (shared / "report.pdf").unlink()
    (shared / "report.pdf").mkdir()
    (shared / "report.pdf" / "notes.txt").write_text("mine", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in shared.iterdir() if p.is_file()}
    with pytest.raises(IsADirectoryError):
        branch.write_report(shared)
    assert {p.name: p.read_bytes() for p in shared.iterdir() if p.is_file()} == before
    assert (shared / "report.pdf" / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert leftovers(shared) == []


def test_report_files_are_the_owners_alone(tmp_path, branch):
    import os
    old = os.umask(0o022)
    try:
        branch.write_report(tmp_path / "published")
    finally:
        os.umask(old)
    assert {oct(p.stat().st_mode & 0o077) for p in (tmp_path / "published").iterdir()} == {"0o0"}
