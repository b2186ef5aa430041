"""The report a chair acts on after ``station roll-import`` / ``online-import``: one file, every
rejected row and every warning, each with its line, IIN and name; nothing stale left behind."""
import csv
import json

import pytest

from tests.cli.cli_run import run
from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS

ANNA = "871008401427"  # a woman: "M" in the roll is a warning, not a rejection


@pytest.fixture
def db(station):
    return station.path


def report_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def sex_mismatch_rows(n):
    """``n`` rows whose IIN says «woman born 15.01.1980» and whose sex column says M."""
    from polling_station.domain.iin import with_check_digit
    iins = (with_check_digit(f"8001154{serial:04d}") for serial in range(1000))
    return [f"{iin},Серікова,Айжан,,1980-01-15,M,almaty,101,2015-05-01,active" for iin in iins if iin][:n]


def test_warnings_and_rejections_land_in_one_report_with_lines_iins_and_names(db, tmp_path):
    roll = tmp_path / "roll.csv"
    roll.write_text(ROLL_HEADER + ROLL_ROWS[0].replace(",F,", ",M,") + "\n"
                    + "871008401428,Ахметов,Дәурен,,1987-10-08,M,almaty,101,2015-05-01,active\n"
                    + ROLL_ROWS[1] + "\n", encoding="utf-8")
    r = run("station", "roll-import", db, roll, "--as", "chair", pin="1111")
    assert r.returncode == 0, r.stderr
    report = tmp_path / "roll.csv.rejects.csv"
    assert [(row["line"], row["severity"], row["field"], row["iin"], row["name"]) for row in report_rows(report)] == [
        ("2", "warning", "sex", ANNA, "Әбілова Гүлнар Маратқызы"),
        ("3", "error", "iin", "871008401428", "Ахметов Дәурен")]
    assert "encodes sex female, the roll says M" in report_rows(report)[0]["message"]
    out = r.stdout.splitlines()
    assert f"  Line 2, warning: The IIN «{ANNA}» encodes sex female, the roll says M." in out
    assert "  Line 3, error: The IIN «871008401428» has a wrong check digit (8; expected 7)." in out
    assert out[-1] == (f"Report of every problem, with line, IIN and name: {report} (rejected rows: 1; warnings: 1).")


def test_every_warning_is_in_the_report_not_only_the_first_twenty(db, tmp_path):
    roll = tmp_path / "roll.csv"
    rows = sex_mismatch_rows(45)
    roll.write_text(ROLL_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    r = run("station", "roll-import", db, roll, "--as", "chair", "--json", pin="1111")
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["warned"] == 45
    report = tmp_path / "roll.csv.rejects.csv"
    assert summary["report"]["file"] == summary["rejects_file"] == str(report)
    assert (summary["report"]["warnings"], summary["report"]["errors"]) == (45, 0)
    assert [p["line"] for p in summary["report"]["problems"]] == list(range(2, 47))
    assert [row["line"] for row in report_rows(report)] == [str(n) for n in range(2, 47)]
    text = run("station", "roll-import", db, roll, "--as", "chair", pin="1111").stdout.splitlines()
    assert sum(line.startswith("  Line ") for line in text) == 20
    assert "  … and 25 more in the report." in text


def test_a_clean_import_deletes_the_stale_report_and_says_so(db, tmp_path):
    roll = tmp_path / "roll.csv"
    roll.write_text(ROLL_HEADER + ROLL_ROWS[0] + "\n871008401428,Ахметов,Дәурен,,1987-10-08,M,almaty,101,"
                    "2015-05-01,active\n", encoding="utf-8")
    assert run("station", "roll-import", db, roll, "--as", "chair", pin="1111").returncode == 0
    report = tmp_path / "roll.csv.rejects.csv"
    assert report.exists()
    roll.write_text(ROLL_HEADER + ROLL_ROWS[0] + "\n", encoding="utf-8")  # the office corrected the file
    r = run("station", "roll-import", db, roll, "--as", "chair", pin="1111")
    assert r.returncode == 0, r.stderr
    assert not report.exists()
    assert r.stdout.splitlines()[-1] == f"No problems: the earlier report {report} was deleted."
    again = run("station", "roll-import", db, roll, "--as", "chair", pin="1111")
    assert "report" not in again.stdout


def test_a_clean_import_never_deletes_a_file_that_is_not_a_report(db, tmp_path):
    roll = tmp_path / "roll.csv"
    roll.write_text(ROLL_HEADER + ROLL_ROWS[0] + "\n", encoding="utf-8")
    notes = tmp_path / "notes.csv"
    notes.write_text("who,what\nchair,check line 3\n", encoding="utf-8")
    r = run("station", "roll-import", db, roll, "--rejects", notes, "--as", "chair", pin="1111")
    assert r.returncode == 0 and notes.read_text(encoding="utf-8") == "who,what\nchair,check line 3\n"
    r = run("station", "roll-import", db, roll, "--rejects", roll, "--as", "chair", pin="1111")
    assert r.returncode == 2 and "cannot be written over the file being imported" in r.stderr


def test_a_strict_import_refused_still_reports_every_problem(db, tmp_path):
    roll = tmp_path / "roll.csv"
    roll.write_text(ROLL_HEADER + ROLL_ROWS[0].replace(",F,", ",M,") + "\n"
                    + "871008401428,Ахметов,Дәурен,,1987-10-08,M,almaty,101,2015-05-01,active\n", encoding="utf-8")
    r = run("station", "roll-import", db, roll, "--strict", "--as", "chair", pin="1111")
    assert r.returncode == 1
    report = tmp_path / "roll.csv.rejects.csv"
    assert [(row["line"], row["severity"]) for row in report_rows(report)] == [("2", "warning"), ("3", "error")]
    assert f"{report} (rejected rows: 1; warnings: 1)" in r.stderr


def test_an_online_snapshot_report_names_the_line_and_the_iin(db, tmp_path):
    roll = tmp_path / "roll.csv"
    roll.write_text(ROLL_HEADER + "\n".join(ROLL_ROWS) + "\n", encoding="utf-8")
    assert run("station", "roll-import", db, roll, "--as", "chair", pin="1111").returncode == 0
    online = tmp_path / "online.csv"
    online.write_text(f"iin,voted_at\n{ANNA},2020-10-01 09:30\n760212350620,yesterday\n", encoding="utf-8")
    r = run("station", "online-import", db, online, "--as", "chair", pin="1111")
    assert r.returncode == 0, r.stderr
    rows = report_rows(tmp_path / "online.csv.rejects.csv")
    assert [(row["line"], row["severity"], row["field"], row["iin"]) for row in rows] == [
        ("2", "warning", "voted_at", ANNA), ("3", "error", "voted_at", "760212350620")]
