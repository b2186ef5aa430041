"""``polling-station demo``: a realistic demo election to try the application or train officers.

It writes, into one folder: the election definition, a member roll of about 5,000 members of
three precincts (Kazakh and Russian names, a few suspended members and late joiners), a snapshot
of members who already voted online, a station database for precinct 101 set up and opened
(officers with PINs, roll imported, ballots received, opening checklist done, backups and the
paper fallback list going to ``usb/``), and trial keys (a branch office CA and the chair's key)
when the signing module is available.

Every generated roll row is one the import accepts (a member joins at 18 or later). Files that
hold IINs or names are readable by their owner alone, like the station database. A folder that
already holds a demo is not overwritten unless ``replace`` is given: its station may hold a
training session's work.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

from polling_station.demo_names import person
from polling_station.domain.iin import with_check_digit
from polling_station.errors import Refused
from polling_station.paths import DEMO

MESSAGES = {
    "demo.exists": "{folder} already holds a demo ({files}). Open its station with «polling-station» and "
                   "choose the file, or build the demo again with --replace (its station and everything "
                   "done in it are deleted).",
}

MEMBERS_PER_PRECINCT = {"101": 1800, "102": 1700, "201": 1500}
OFFICERS = [("chair", "Асқаров Болат Серікұлы", "chair", "1111"),
            ("sec", "Серікова Айжан Маратқызы", "secretary", "2222"),
            ("c1", "Омаров Нұрлан Қайратұлы", "clerk", "3333"),
            ("c2", "Ли Анна Викторовна", "clerk", "4444")]
KEY_PASSWORD = "demo-key-2020"
CA_PASSWORD = "demo-ca-2020"
TZ = dt.timezone(dt.timedelta(hours=6))
ADULT_AGE = 18
BACKUP_FOLDER = "usb"


@dataclass(frozen=True)
class DemoFiles:
    folder: Path
    election: Path
    roll: Path
    online: Path
    station: Path
    keys: Path | None
    backups: Path | None = None  # the station's backup folder, where the paper list goes too


def make_iin(rng: random.Random, birth: dt.date, sex: str, used: set) -> str:
    century = {1900: 3, 2000: 5}[birth.year // 100 * 100] + (1 if sex == "F" else 0)
    while True:
        full = with_check_digit(f"{birth:%y%m%d}{century}{rng.randrange(10000):04d}")
        if full and full not in used:
            used.add(full)
            return full


@contextlib.contextmanager
def _owner_only_text(path: Path):
    """A text file for personal data, readable by its owner alone (also when it existed)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o600)
    with open(fd, "w", encoding="utf-8", newline="") as f:
        yield f


def _adult_on(birth: dt.date) -> dt.date:
    try:
        return birth.replace(year=birth.year + ADULT_AGE)
    except ValueError:  # born on 29 February
        return dt.date(birth.year + ADULT_AGE, 3, 1)


def joined_on(birth: dt.date, offset: int, cutoff: dt.date) -> dt.date:
    """The joining date drawn as ``offset`` days after 1 January 2000, moved into the member's
    adult years (up to the roll ``cutoff``) when it falls before their 18th birthday."""
    joined = dt.date(2000, 1, 1) + dt.timedelta(days=offset)
    adult = _adult_on(birth)
    if joined < adult:
        span = max((cutoff - adult).days, 1)
        joined = adult + dt.timedelta(days=offset % span)
    return joined


def write_roll(path: Path, election: dict, rng: random.Random) -> list[dict]:
    used: set = set()
    rows = []
    region_of = {p["id"]: p["region"] for p in election["precincts"]}
    cutoff = dt.date.fromisoformat(election["roll_cutoff"])
    for precinct, n in MEMBERS_PER_PRECINCT.items():
        for _ in range(n):
            sex = rng.choice("MF")
            birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 52))
            surname, given, patronymic = person(rng, sex)
            joined = joined_on(birth, rng.randrange(7500), cutoff)
            r = rng.random()
            if r < 0.01:
                joined = dt.date(2020, 9, 12) + dt.timedelta(days=rng.randrange(20))  # after the cutoff
            status = "suspended" if rng.random() < 0.01 else "active"
            rows.append({"iin": make_iin(rng, birth, sex, used), "surname": surname, "given_name": given,
                         "patronymic": patronymic, "birth_date": birth.isoformat(), "sex": sex,
                         "region": region_of[precinct], "precinct": precinct, "joined_on": joined.isoformat(),
                         "status": status})
    with _owner_only_text(path) as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return rows


def write_online(path: Path, rows: list[dict], rng: random.Random) -> None:
    with _owner_only_text(path) as f:
        w = csv.writer(f)
        w.writerow(["iin", "voted_at"])
        for row in rows:
            if row["status"] == "active" and rng.random() < 0.12:
                t = dt.datetime(2020, 10, 1, 8, 0, tzinfo=TZ) + dt.timedelta(minutes=rng.randrange(60 * 60))
                w.writerow([row["iin"], t.isoformat()])


def demo_files(folder: Path, precinct: str = "101") -> dict[str, Path]:
    """What ``build`` writes into ``folder`` (keys aside: they are kept when they exist)."""
    folder = Path(folder)
    return {"election": folder / "election.json", "roll": folder / "roll.csv",
            "online": folder / "online-voters.csv", "station": folder / f"station-{precinct}.db"}


def build(folder: Path, *, precinct: str = "101", seed: int = 2020, replace: bool = False) -> DemoFiles:
    """Write the demo into ``folder``. Refused (``demo.exists``) when the folder already holds any
    of its files, unless ``replace``: then the station there is deleted and built anew."""
    from polling_station.services.station import Station

    folder = Path(folder)
    paths = demo_files(folder, precinct)
    existing = [p.name for p in paths.values() if p.exists()]
    if existing and not replace:
        raise Refused.because("demo.exists", folder=str(folder), files=", ".join(existing))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    election_path, roll_path, online_path, db_path = (paths[k] for k in ("election", "roll", "online", "station"))
    text = (DEMO / "election.json").read_text(encoding="utf-8")
    with _owner_only_text(election_path) as f:  # the candidates' IINs
        f.write(text)
    election = json.loads(text)
    rows = write_roll(roll_path, election, rng)
    write_online(online_path, rows, rng)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    backups = folder / BACKUP_FOLDER
    backups.mkdir(mode=0o700, exist_ok=True)
    chair_id, chair_name, _, chair_pin = OFFICERS[0]
    st = Station.create(db_path, election, precinct, chair_name=chair_name, chair_id=chair_id, chair_pin=chair_pin)
    try:
        chair = st.login(chair_id, chair_pin)
        for officer_id, name, role, pin in OFFICERS[1:]:
            st.add_officer(chair, officer_id, name, role, pin)
        st.import_roll(chair, roll_path)
        st.import_online(chair, online_path)
        for race in st.races:
            st.set_ballots_received(chair, race.id, MEMBERS_PER_PRECINCT[precinct] + 50)
        st.run_checklist(chair, "opening", all_yes=True)
        st.open_station(chair)
        # the second location a real station sets first thing; the paper list goes there too
        st.set_backup_folder(chair, backups)
    finally:
        st.close_db()
    keys = _make_keys(folder / "keys")
    return DemoFiles(folder, election_path, roll_path, online_path, db_path, keys, backups)


def _make_keys(folder: Path) -> Path | None:
    try:
        from polling_station.signing import keys
    except ImportError:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "ca.p12").exists():
        keys.make_ca("Polling Station demo branch CA", folder, CA_PASSWORD.encode())
    if not (folder / "chair.p12").exists():
        keys.issue_key(folder / "ca.p12", CA_PASSWORD.encode(), OFFICERS[0][1], folder / "chair.p12",
                       KEY_PASSWORD.encode(), iin="760212350620")
    return folder
