"""Generate a large, valid member roll for the benchmarks (DESIGN.md §3 columns).

    python3 bench/make_roll.py [--members N] [--out FILE] [--seed S]

Deterministic for a given seed and N. Names come from ``polling_station.demo_names.person``
(3 in 4 Kazakh, 1 in 4 Russian), IINs are valid (two-pass check digit, birth date and sex encoded,
members born 2000–2001 start with 0), 40 % of members are in precinct 101 and 30 % each in 102
and 201 of the demo election, about 1 % are suspended and 1 % joined after the roll cutoff.
1,000,000 rows take about 10 s.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from polling_station.demo_names import person  # noqa: E402
from polling_station.domain.iin import check_digit  # noqa: E402

COLUMNS = ("iin", "surname", "given_name", "patronymic", "birth_date", "sex", "region", "precinct",
           "joined_on", "status")
DEMO_ELECTION = ROOT / "resources" / "demo" / "election.json"
# (precinct, share): 40 % at the station measured, the rest elsewhere (search shows them last)
SHARES = (("101", 0.40), ("102", 0.30), ("201", 0.30))
DEFAULT_SEED = 2020
DEFAULT_OUT = Path(tempfile.gettempdir()) / "polling-station-bench"  # large files stay out of the repo


def default_path(out_dir: Path, members: int) -> Path:
    return Path(out_dir) / f"roll-{members}.csv"


def generate(path: Path, members: int = 1_000_000, seed: int = DEFAULT_SEED) -> dict:
    """Write the roll to ``path`` (atomically) and return a small description of it."""
    election = json.loads(DEMO_ELECTION.read_text(encoding="utf-8"))
    region_of = {p["id"]: p["region"] for p in election["precincts"]}
    rng = random.Random(seed)
    rand, randrange = rng.random, rng.randrange

    birth0 = dt.date(1950, 1, 1)
    births = [birth0 + dt.timedelta(days=d) for d in range(365 * 52)]  # 1950 .. 2001
    birth_text = [(d.isoformat(), f"{d:%y%m%d}", 3 if d.year < 2000 else 5) for d in births]
    joined0 = dt.date(2000, 1, 1)
    joined_text = [(joined0 + dt.timedelta(days=d)).isoformat() for d in range(7500)]  # to mid-2020
    late_text = [(dt.date(2020, 9, 12) + dt.timedelta(days=d)).isoformat() for d in range(20)]
    thresholds = []
    acc = 0.0
    for precinct, share in SHARES:
        acc += share
        thresholds.append((acc, precinct, region_of[precinct]))

    used: set[str] = set()
    counts = {p: 0 for p, _ in SHARES}
    tmp = path.with_name(path.name + ".part")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        rows = []
        for _ in range(members):
            sex = "M" if rand() < 0.5 else "F"
            birth_iso, yymmdd, century = birth_text[randrange(len(birth_text))]
            century += sex == "F"
            while True:
                first11 = f"{yymmdd}{century}{randrange(10000):04d}"
                d = check_digit(first11)
                if d is None:
                    continue
                iin = first11 + str(d)
                if iin not in used:
                    used.add(iin)
                    break
            surname, given, patronymic = person(rng, sex)
            r = rand()
            for limit, precinct, region in thresholds:
                if r < limit:
                    break
            counts[precinct] += 1
            joined = late_text[randrange(20)] if rand() < 0.01 else joined_text[randrange(7500)]
            if joined < birth_iso:  # born after joining is (rightly) rejected by the import
                joined = joined_text[-1 - randrange(365)]
            status = "suspended" if rand() < 0.01 else "active"
            rows.append((iin, surname, given, patronymic, birth_iso, sex, region, precinct, joined, status))
            if len(rows) == 50_000:
                w.writerows(rows)
                rows.clear()
        w.writerows(rows)
    tmp.replace(path)
    return {"file": str(path), "members": members, "seed": seed, "per_precinct": counts}


def ensure(path: Path, members: int, seed: int = DEFAULT_SEED) -> tuple[dict, float | None]:
    """Reuse ``path`` if it already holds the roll of these parameters, else generate it.
    Returns (description, seconds spent generating or None when reused)."""
    meta_path = path.with_name(path.name + ".json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("members") == members and meta.get("seed") == seed and \
                meta.get("bytes") == path.stat().st_size:
            return meta, None
    t0 = time.perf_counter()
    meta = generate(path, members, seed)
    took = time.perf_counter() - t0
    meta["bytes"] = path.stat().st_size
    meta["generated_in_s"] = round(took, 2)
    meta_path.write_text(json.dumps(meta, indent=1))
    return meta, took


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, help=f"CSV file (default {DEFAULT_OUT}/roll-N.csv)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--force", action="store_true", help="regenerate even if the file exists")
    args = ap.parse_args(argv)
    path = args.out or default_path(DEFAULT_OUT, args.members)
    if args.force:
        path.with_name(path.name + ".json").unlink(missing_ok=True)
    meta, took = ensure(path, args.members, args.seed)
    state = "reused" if took is None else f"generated in {took:.1f} s"
    print(f"{path}: {meta['members']:,} members, {meta['bytes'] / 1e6:.1f} MB, {state}; "
          f"per precinct {meta['per_precinct']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
