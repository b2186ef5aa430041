"""``polling-station demo``: a realistic demo election to try the application or train officers.

It writes, into one folder: the election definition, a member roll of about 5,000 members of
three precincts (Kazakh and Russian names, a few suspended members and late joiners), a snapshot
of members who already voted online, a station database for precinct 101 set up and opened
(officers with PINs, roll imported, ballots received, opening checklist done), and trial keys
(a branch office CA and the chair's key) when the signing module is available.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from polling_station.demo_names import person
from polling_station.domain.iin import with_check_digit
from polling_station.paths import DEMO

MEMBERS_PER_PRECINCT = {"101": 1800, "102": 1700, "201": 1500}
OFFICERS = [("chair", "Асқаров Болат Серікұлы", "chair", "1111"),
            ("sec", "Серікова Айжан Маратқызы", "secretary", "2222"),
            ("c1", "Омаров Нұрлан Қайратұлы", "clerk", "3333"),
            ("c2", "Ли Анна Викторовна", "clerk", "4444")]
KEY_PASSWORD = "demo-key-2020"
CA_PASSWORD = "demo-ca-2020"
TZ = dt.timezone(dt.timedelta(hours=6))


@dataclass(frozen=True)
class DemoFiles:
    folder: Path
    election: Path
    roll: Path
    online: Path
    station: Path
    keys: Path | None


def make_iin(rng: random.Random, birth: dt.date, sex: str, used: set) -> str:
    century = {1900: 3, 2000: 5}[birth.year // 100 * 100] + (1 if sex == "F" else 0)
    while True:
        full = with_check_digit(f"{birth:%y%m%d}{century}{rng.randrange(10000):04d}")
        if full and full not in used:
            used.add(full)
            return full


def write_roll(path: Path, election: dict, rng: random.Random) -> list[dict]:
    used: set = set()
    rows = []
    region_of = {p["id"]: p["region"] for p in election["precincts"]}
    for precinct, n in MEMBERS_PER_PRECINCT.items():
        for _ in range(n):
            sex = rng.choice("MF")
            birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 52))
            surname, given, patronymic = person(rng, sex)
            joined = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(7500))
            r = rng.random()
            if r < 0.01:
                joined = dt.date(2020, 9, 12) + dt.timedelta(days=rng.randrange(20))  # after the cutoff
            status = "suspended" if rng.random() < 0.01 else "active"
            rows.append({"iin": make_iin(rng, birth, sex, used), "surname": surname, "given_name": given,
                         "patronymic": patronymic, "birth_date": birth.isoformat(), "sex": sex,
                         "region": region_of[precinct], "precinct": precinct, "joined_on": joined.isoformat(),
                         "status": status})
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return rows


def write_online(path: Path, rows: list[dict], rng: random.Random) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["iin", "voted_at"])
        for row in rows:
            if row["status"] == "active" and rng.random() < 0.12:
                t = dt.datetime(2020, 10, 1, 8, 0, tzinfo=TZ) + dt.timedelta(minutes=rng.randrange(60 * 60))
                w.writerow([row["iin"], t.isoformat()])


def build(folder: Path, *, precinct: str = "101", seed: int = 2020) -> DemoFiles:
    from polling_station.services.station import Station

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    election_path = folder / "election.json"
    shutil.copyfile(DEMO / "election.json", election_path)
    election = json.loads(election_path.read_text(encoding="utf-8"))
    roll_path, online_path = folder / "roll.csv", folder / "online-voters.csv"
    rows = write_roll(roll_path, election, rng)
    write_online(online_path, rows, rng)
    db_path = folder / f"station-{precinct}.db"
    if db_path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
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
    finally:
        st.close_db()
    keys = _make_keys(folder / "keys")
    return DemoFiles(folder, election_path, roll_path, online_path, db_path, keys)


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
