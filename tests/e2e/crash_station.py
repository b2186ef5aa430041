"""Build an open station with a generated roll, for the crash-safety harness (tests/e2e).

Usable from a test or by hand: ``python -m tests.e2e.crash_station DIR [MEMBERS]`` prints the
database path and leaves the eligible IINs in DIR/iins.txt.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import random
import sys
from pathlib import Path

from polling_station.demo_names import person
from polling_station.domain.iin import with_check_digit
from polling_station.paths import DEMO
from polling_station.services.station import Station

PRECINCT = "101"


def station_class():
    """Station with the counting and protocol mixins, whether or not the lead has wired them in yet."""
    from polling_station.services.counting import CountingMixin
    from polling_station.services.protocol import ProtocolMixin
    missing = tuple(m for m in (ProtocolMixin, CountingMixin) if not issubclass(Station, m))
    return type("FullStation", missing + (Station,), {}) if missing else Station
PINS = {"chair": "1111", "c1": "3333", "c2": "4444"}
TZ = dt.timezone(dt.timedelta(hours=6))


def members(n: int, seed: int = 2020) -> list[dict]:
    """``n`` valid, active members of precinct 101 who joined before the roll cutoff."""
    rng = random.Random(seed)
    used: set[str] = set()
    rows = []
    while len(rows) < n:
        sex = rng.choice("MF")
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 50))
        century = 3 + (sex == "F")
        iin = with_check_digit(f"{birth:%y%m%d}{century}{rng.randrange(10000):04d}")
        if iin is None or iin in used:
            continue
        used.add(iin)
        surname, given, patronymic = person(rng, sex)
        rows.append({"iin": iin, "surname": surname, "given_name": given, "patronymic": patronymic,
                     "birth_date": birth.isoformat(), "sex": sex, "region": "almaty", "precinct": PRECINCT,
                     "joined_on": "2015-05-01", "status": "active"})
    return rows


def build(folder: Path, n: int = 3000, seed: int = 2020) -> tuple[Path, list[str]]:
    """An OPEN station in ``folder`` whose roll holds ``n`` eligible members; returns (db, IINs)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = members(n, seed)
    roll = folder / "roll.csv"
    with open(roll, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    election = json.loads((DEMO / "election.json").read_text(encoding="utf-8"))
    clock = lambda: dt.datetime(2020, 10, 3, 8, 0, tzinfo=TZ)  # noqa: E731 (a fixed voting-day morning)
    db = folder / "station.db"
    st = Station.create(db, election, PRECINCT, chair_name="Асқаров Болат", chair_id="chair",
                        chair_pin=PINS["chair"], clock=clock)
    try:
        chair = st.login("chair", PINS["chair"])
        st.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", PINS["c1"])
        st.add_officer(chair, "c2", "Ли Анна", "clerk", PINS["c2"])
        st.import_roll(chair, roll)
        for race in st.races:
            st.set_ballots_received(chair, race.id, n + 100)
        st.run_checklist(chair, "opening", all_yes=True)
        st.open_station(chair)
    finally:
        st.close_db()
    roll.unlink()
    iins = [r["iin"] for r in rows]
    (folder / "iins.txt").write_text("\n".join(iins) + "\n", encoding="utf-8")
    return db, iins


if __name__ == "__main__":
    path, _ = build(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 3000)
    print(path)
