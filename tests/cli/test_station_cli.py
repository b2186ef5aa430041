"""The command line end to end, in a subprocess, on a temporary directory (as a script would)."""
import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS


def run(*args, pin=None, new_pin=None, cwd=None):
    env = dict(os.environ)
    env.pop("PS_PIN", None)
    env.pop("PS_NEW_PIN", None)
    env["PS_LANG"] = "en"
    if pin:
        env["PS_PIN"] = pin
    if new_pin:
        env["PS_NEW_PIN"] = new_pin
    return subprocess.run([sys.executable, "-m", "polling_station", *map(str, args)], capture_output=True,
                          text=True, env=env, cwd=cwd, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture(scope="module")
def setup_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    from polling_station.paths import DEMO
    (d / "election.json").write_text((DEMO / "election.json").read_text(encoding="utf-8"), encoding="utf-8")
    (d / "roll.csv").write_text(ROLL_HEADER + "\n".join(ROLL_ROWS) + "\n", encoding="utf-8")
    return d


def test_a_station_from_new_to_closed(setup_dir):
    d = setup_dir
    db = d / "s.db"
    r = run("station", "new", db, "--election", d / "election.json", "--precinct", "101", "--chair",
            "Асқаров Болат", new_pin="1111")
    assert r.returncode == 0, r.stderr
    assert run("station", "officer-add", db, "--id", "c1", "--name", "Омаров Нұрлан", "--role", "clerk",
               "--as", "chair", pin="1111", new_pin="3333").returncode == 0
    r = run("station", "roll-import", db, d / "roll.csv", "--as", "chair", "--json", pin="1111")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"] == 5
    r = run("station", "search", db, "QUDAIBERGENOV", "--json", "--as", "c1", pin="3333")
    hits = json.loads(r.stdout)
    assert [h["iin"] for h in hits] == ["760212350620"] and hits[0]["eligible"] is True
    r = run("station", "open", db, "--as", "chair", pin="1111")
    assert r.returncode == 1
    assert "ballots received" in r.stderr and "opening checklist" in r.stderr.lower()
    for race in ("almaty-city", "medeu-district"):
        assert run("station", "ballots-received", db, "--race", race, "--count", "100", "--as", "chair",
                   pin="1111").returncode == 0
    assert run("station", "checklist", db, "opening", "--all-yes", "--as", "chair", pin="1111").returncode == 0
    assert run("station", "open", db, "--as", "chair", pin="1111").returncode == 0
    r = run("station", "checkin", db, "871008401427", "800416300257", "--as", "c1", pin="3333")
    assert r.returncode == 1  # one refused
    lines = r.stdout.strip().splitlines()
    assert lines[0].startswith("871008401427\tOK\t101-00001")
    assert lines[1].startswith("800416300257\tREFUSED") and "precinct 102" in lines[1]
    r = run("station", "checkin", db, "871008401427", "--as", "c1", pin="3333")
    assert r.returncode == 1 and "already received a ballot" in r.stdout
    assert run("station", "void", db, "871008401427", "--reason", "wrong", "--as", "c1", pin="3333").returncode == 1
    assert run("station", "void", db, "871008401427", "--reason", "Қате / ошибка", "--as", "chair",
               pin="1111").returncode == 0
    paper = d / "paper.txt"
    # the station opened a moment ago (the real clock): times from the paper list lie after it
    now = dt.datetime.now().astimezone().strftime("%H:%M")
    paper.write_text(f"871008401427 {now}\n760212350620 {now}\n", encoding="utf-8")
    r = run("station", "checkin", db, "--from", paper, "--as", "c1", pin="3333")
    assert r.returncode == 0, r.stdout + r.stderr
    assert [ln.split("\t")[0] for ln in r.stdout.splitlines()] == ["871008401427", "760212350620"]
    assert run("station", "spoil", db, "--race", "almaty-city", "--as", "c1", pin="3333").returncode == 0
    assert run("station", "observer-add", db, "--name", "Серіков Ержан", "--represents", "Кандидат A02",
               "--as", "chair", pin="1111").returncode == 0
    assert run("station", "incident", db, "--text", "Жарық сөнді", "--kind", "power", "--as", "c1",
               pin="3333").returncode == 0
    assert run("station", "checklist", db, "closing", "--all-yes", "--as", "chair", pin="1111").returncode == 0
    assert run("station", "close", db, "--as", "chair", pin="1111").returncode == 0
    s = json.loads(run("station", "status", db, "--json").stdout)
    assert s["state"] == "CLOSED"
    assert s["checkins"]["live"] == 2 and s["checkins"]["voided"] == 1 and s["checkins"]["backfilled"] == 2
    assert s["races"][0]["spoiled"] == 1
    assert s["observers"][0]["represents"] == "Кандидат A02"
    assert s["incidents"][0]["kind"] == "power"
    r = run("station", "journal-verify", db)
    assert r.returncode == 0 and "intact" in r.stdout


def test_a_wrong_pin_is_refused_with_exit_1(setup_dir, tmp_path):
    db = tmp_path / "s.db"
    run("station", "new", db, "--election", setup_dir / "election.json", "--precinct", "101", "--chair", "X",
        new_pin="1111")
    r = run("station", "roll-import", db, setup_dir / "roll.csv", "--as", "chair", pin="9999")
    assert r.returncode == 1 and "Wrong PIN" in r.stderr


def test_no_pin_and_no_terminal_is_a_usage_error(setup_dir, tmp_path):
    r = run("station", "new", tmp_path / "s.db", "--election", setup_dir / "election.json", "--precinct", "101",
            "--chair", "X")
    assert r.returncode == 2 and "PS_NEW_PIN" in r.stderr


def test_an_unknown_precinct_and_a_broken_election_file(setup_dir, tmp_path):
    r = run("station", "new", tmp_path / "a.db", "--election", setup_dir / "election.json", "--precinct", "999",
            "--chair", "X", new_pin="1111")
    assert r.returncode == 1 and "999" in r.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "polling-station/election@1",\n "id": }', encoding="utf-8")
    r = run("station", "new", tmp_path / "b.db", "--election", bad, "--precinct", "101", "--chair", "X",
            new_pin="1111")
    assert r.returncode == 1 and "line 2" in r.stderr
    assert not (tmp_path / "b.db").exists()


def test_a_bad_roll_gets_a_rejects_report_a_chair_can_act_on(setup_dir, tmp_path):
    db = tmp_path / "s.db"
    run("station", "new", db, "--election", setup_dir / "election.json", "--precinct", "101", "--chair", "X",
        new_pin="1111")
    roll = tmp_path / "roll.csv"
    roll.write_text(ROLL_HEADER + ROLL_ROWS[0] + "\n871008401428,Ә,Б,,1987-10-08,F,almaty,101,2015-05-01,active\n"
                    + "760212350620,Құдайбергенов,Әлібек,,32.13.1976,M,almaty,101,2010-01-20,active\n",
                    encoding="utf-8")
    r = run("station", "roll-import", db, roll, "--strict", "--as", "chair", pin="1111")
    assert r.returncode == 1
    report = (tmp_path / "roll.csv.rejects.csv").read_text(encoding="utf-8-sig")
    assert "3," in report and "check digit" in report
    assert "4," in report and "birth_date" in report
    s = json.loads(run("station", "status", db, "--json").stdout)
    assert s["roll"]["members_total"] == 0


def test_the_command_line_does_not_import_qt():
    code = ("import sys; import polling_station.cli, polling_station.services.station; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip()
    assert out == "False"


def test_every_command_has_help_text():
    from polling_station.cli import main
    import click

    def walk(group, prefix=()):
        for name, cmd in group.commands.items():
            yield prefix + (name,), cmd
            if isinstance(cmd, click.Group):
                yield from walk(cmd, prefix + (name,))

    missing = [" ".join(p) for p, cmd in walk(main) if not (cmd.help or "").strip()]
    assert missing == []


def test_search_help_says_why_an_officer_must_log_in():
    r = run("station", "search", "--help")
    assert r.returncode == 0
    text = " ".join(r.stdout.split())
    assert "personal data" in text and "an officer must log in" in text
    assert "--as ID" in text and "docs/decisions.md" in text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_codes_in_command_line_sentences_are_words_of_the_language(setup_dir, tmp_path, lang):
    d = tmp_path
    db = d / "s.db"
    assert run("station", "new", db, "--election", setup_dir / "election.json", "--precinct", "101", "--chair",
               "Асқаров Болат", new_pin="1111").returncode == 0
    r = run("--lang", lang, "station", "checklist", db, "opening", "--all-yes", "--as", "chair", pin="1111")
    assert r.returncode == 0, r.stderr
    assert "opening" not in r.stdout, r.stdout
    r = run("--lang", lang, "station", "status", db)
    assert r.returncode == 0, r.stderr
    assert "SETUP" not in r.stdout, r.stdout
    r = run("--lang", lang, "demo", "--dir", d / "demo", "--no-gui")
    assert r.returncode == 0, r.stderr
    from polling_station import i18n
    assert " clerk " not in r.stdout and i18n.term("clerk", lang) in r.stdout, r.stdout  # «chair» is a login id
