"""The branch office at the seed's scale: a synthetic party, real station packages, timed merge.

    python3 bench/branch_scale.py [--out DIR] [--workers 2] [--per-region 12] [--reuse]

What it builds (deterministic for a seed):
- 17 regions (the 14 oblasts and 3 cities of 2020), one regional race each (30 candidates, 15
  seats, up to 3 marks), ``--per-region`` precincts per region (12: 204 precincts);
- a national roll of 786,782 eligible members, split over the regions in proportion to their
  2020 population and evenly over each region's precincts;
- 662,687 voters: 81,583 on paper, 581,104 online only, with regional turnout between 78.4 % and
  90.1 % (an assumption: the seed's Table 2 could not be reconstructed, so the rates are
  invented around the national 84.2 %, and the totals are exactly the seed's);
- 5,000 of the paper voters also voted online (annulled at the branch), and 1,200 online rows
  that must be rejected (unknown IIN, wrong race, too many marks, outside the window, two
  different ballots of one member) plus 600 exact duplicates that collapse;
- one station file per precinct, driven through the real station services (roll import, opening
  checklist, check-ins, closing, double-entry count, finalize with PAdES and the signed manifest)
  — the "fast path": one process per precinct in a pool, ``synchronous=OFF`` on these throwaway
  station files and a cheap PIN hash (``PS_TEST_FAST_KDF``), since only the packages matter here.

Then it times, each as a separate ``python -m polling_station.cli_branch`` process (wall time
and the process's peak resident memory from ``wait4``): ``branch new --roll``, ``branch trust``,
``branch import`` (every package), ``branch online-import`` and ``branch report``; beside each, a
baseline measured in the same run (verification alone, a bare csv pass, a bare SELECT).
Target (issue 7): import + online-import + report ≤ 60 s and ≤ 1.5 GB on 2 cores.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from polling_station.demo_names import person  # noqa: E402
from polling_station.domain.iin import check_digit  # noqa: E402

SEED = 2020
MEMBERS = 786_782
VOTERS = 662_687
PAPER = 81_583
ONLINE = VOTERS - PAPER  # 581,104
DOUBLE = 5_000
TZ = dt.timezone(dt.timedelta(hours=6))
KEY_PASSWORD = "bench-key"
CA_PASSWORD = b"bench-ca"
CANDIDATES, SEATS, MAX_CHOICES = 30, 15, 3
DEFAULT_OUT = Path(tempfile.gettempdir()) / "polling-station-branch-bench"

# id, name (kk / ru), population 2020 in thousands (the weights of the roll), assumed turnout %
REGIONS = (
    ("nur-sultan", "Нұр-Сұлтан қаласы / город Нур-Султан", 1136, 79.8),
    ("almaty-city", "Алматы қаласы / город Алматы", 1916, 78.4),
    ("shymkent", "Шымкент қаласы / город Шымкент", 1038, 87.6),
    ("akmola", "Ақмола облысы / Акмолинская область", 736, 83.7),
    ("aktobe", "Ақтөбе облысы / Актюбинская область", 881, 84.6),
    ("almaty-region", "Алматы облысы / Алматинская область", 2056, 86.9),
    ("atyrau", "Атырау облысы / Атырауская область", 645, 85.0),
    ("east", "Шығыс Қазақстан облысы / Восточно-Казахстанская область", 1370, 82.0),
    ("zhambyl", "Жамбыл облысы / Жамбылская область", 1130, 88.2),
    ("west", "Батыс Қазақстан облысы / Западно-Казахстанская область", 657, 84.1),
    ("karaganda", "Қарағанды облысы / Карагандинская область", 1377, 81.5),
    ("kostanay", "Қостанай облысы / Костанайская область", 869, 82.9),
    ("kyzylorda", "Қызылорда облысы / Кызылординская область", 803, 89.4),
    ("mangystau", "Маңғыстау облысы / Мангистауская область", 698, 85.3),
    ("pavlodar", "Павлодар облысы / Павлодарская область", 753, 82.4),
    ("north", "Солтүстік Қазақстан облысы / Северо-Казахстанская область", 548, 83.2),
    ("turkistan", "Түркістан облысы / Туркестанская область", 2016, 90.1),
)


def apportion(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to ``weights`` summing exactly to ``total`` (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)[: total - sum(out)]:
        out[i] += 1
    return out


class Iins:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def new(self, birth: dt.date, sex: str) -> str:
        century = (3 if birth.year < 2000 else 5) + (sex == "F")
        while True:
            first11 = f"{birth:%y%m%d}{century}{self.rng.randrange(10000):04d}"
            d = check_digit(first11)
            if d is not None and first11 + str(d) not in self.used:
                iin = first11 + str(d)
                self.used.add(iin)
                return iin


# ----- the synthetic party ---------------------------------------------------------------------

def plan(per_region: int) -> dict:
    registered = apportion(MEMBERS, [r[2] for r in REGIONS])
    voters = apportion(VOTERS, [n * r[3] for n, r in zip(registered, REGIONS)])
    paper = apportion(PAPER, voters)
    return {"registered": registered, "voters": voters, "paper": paper, "per_region": per_region}


def build_election(rng: random.Random, iins: Iins, per_region: int) -> dict:
    regions, precincts, races = [], [], []
    for rid, name, _, _ in REGIONS:
        regions.append({"id": rid, "name": name})
        race_id = f"{rid}-maslikhat"
        for k in range(1, per_region + 1):
            precincts.append({"id": f"{rid}-{k:02d}", "region": rid,
                              "name": f"№{k} сайлау учаскесі / Избирательный участок №{k} ({rid})",
                              "address": f"{name.split(' / ')[0]}, №{k} мектеп", "races": [race_id]})
        candidates = []
        for c in range(1, CANDIDATES + 1):
            sex = "F" if rng.random() < 0.4 else "M"
            young = rng.random() < 0.25
            birth = dt.date(1988 + rng.randrange(12), 1 + rng.randrange(12), 1 + rng.randrange(28)) if young else \
                dt.date(1955 + rng.randrange(30), 1 + rng.randrange(12), 1 + rng.randrange(28))
            surname, given, patronymic = person(rng, sex)
            candidates.append({"id": f"{rid[:3].upper()}{c:02d}", "iin": iins.new(birth, sex), "surname": surname,
                               "given_name": given, "patronymic": patronymic, "birth_date": birth.isoformat(),
                               "sex": sex})
        races.append({"id": race_id, "region": rid, "name": f"{name.split(' / ')[0]} мәслихаты / маслихат",
                      "seats": SEATS, "max_choices": MAX_CHOICES, "candidates": candidates,
                      "excluded": [{"candidate": candidates[-1]["id"],
                                    "reason": "Бақылау комитетінің 4 қазандағы шешімі / Решение КК от 4 октября"}]})
    return {
        "format": "polling-station/election@1", "id": "amanat-primaries-2020-bench",
        "title": {"kk": "Праймериз 2020 (синтетикалық)", "ru": "Праймериз 2020 (синтетические)",
                  "en": "Primaries 2020 (synthetic)"},
        "voting_day": "2020-10-03",
        "online_voting": {"from": "2020-10-01T08:00:00+06:00", "to": "2020-10-04T20:00:00+06:00"},
        "roll_cutoff": "2020-09-11", "youth_max_age": 35, "quotas": {"women": 0.3, "youth": 0.2},
        "online_double_vote_policy": "paper_prevails",
        "regions": regions, "precincts": precincts, "races": races,
    }


ROLL_COLUMNS = ("iin", "surname", "given_name", "patronymic", "birth_date", "sex", "region", "precinct",
                "joined_on", "status")


def build_people(rng, iins, election, p, folder: Path) -> dict:
    """The roll (national and per precinct), who votes how, and the online file."""
    births = [dt.date(1950, 1, 1) + dt.timedelta(days=d) for d in range(365 * 52)]
    last_join = dt.date(2020, 9, 1)
    rolls = folder / "rolls"
    rolls.mkdir(exist_ok=True)
    paper_of: dict[str, list[str]] = {}
    online_voters: list[tuple[str, str]] = []  # (iin, race)
    race_of_region = {r["region"]: r["id"] for r in election["races"]}
    weights = {r["id"]: [1.0 / (i + 1) ** 0.7 for i in range(len(r["candidates"]))] for r in election["races"]}
    with open(folder / "roll.csv", "w", encoding="utf-8", newline="") as national:
        out = csv.writer(national)
        out.writerow(ROLL_COLUMNS)
        for ri, (rid, _, _, _) in enumerate(REGIONS):
            region_precincts = [x["id"] for x in election["precincts"] if x["region"] == rid]
            sizes = apportion(p["registered"][ri], [1] * len(region_precincts))
            paper_sizes = apportion(p["paper"][ri], sizes)
            online_n = p["voters"][ri] - p["paper"][ri]
            online_sizes = apportion(online_n, sizes)
            for pid, size, n_paper, n_online in zip(region_precincts, sizes, paper_sizes, online_sizes):
                rows = []
                for _ in range(size):
                    sex = "M" if rng.random() < 0.5 else "F"
                    birth = births[rng.randrange(len(births))]
                    surname, given, patronymic = person(rng, sex)
                    # joined at 18 or later, before the cutoff (a roll row born after joining is rejected)
                    adult = birth.replace(year=birth.year + 18) if (birth.month, birth.day) != (2, 29) else \
                        dt.date(birth.year + 18, 3, 1)
                    first = max(adult, dt.date(2000, 1, 1))
                    span = max(1, (last_join - first).days)
                    joined = min(first + dt.timedelta(days=rng.randrange(span)), last_join)
                    rows.append((iins.new(birth, sex), surname, given, patronymic, birth.isoformat(), sex, rid, pid,
                                 joined.isoformat(), "active"))
                out.writerows(rows)
                with open(rolls / f"{pid}.csv", "w", encoding="utf-8", newline="") as f:
                    w = csv.writer(f)
                    w.writerow(ROLL_COLUMNS)
                    w.writerows(rows)
                order = rng.sample(range(size), n_paper + n_online)
                paper_of[pid] = [rows[i][0] for i in order[:n_paper]]
                online_voters.extend((rows[i][0], race_of_region[rid]) for i in order[n_paper:])
    # 5,000 paper voters who also voted online, before or after their check-in
    all_paper = [(iin, pid) for pid, voters in paper_of.items() for iin in voters]
    region_of = {x["id"]: x["region"] for x in election["precincts"]}
    doubles = [(iin, race_of_region[region_of[pid]]) for iin, pid in rng.sample(all_paper, DOUBLE)]
    ballots = online_voters + doubles
    rng.shuffle(ballots)

    def choices(race: str) -> str:
        ids = [c["id"] for c in next(r for r in election["races"] if r["id"] == race)["candidates"]]
        k = 1 + rng.randrange(MAX_CHOICES)
        picked = set()
        while len(picked) < k:
            picked.add(rng.choices(ids, weights[race])[0])
        return " ".join(sorted(picked))

    start = dt.datetime(2020, 10, 1, 8, 0, tzinfo=TZ)
    window = int((dt.datetime(2020, 10, 4, 20, 0, tzinfo=TZ) - start).total_seconds())
    rows = [(iin, (start + dt.timedelta(seconds=rng.randrange(window))).isoformat(), race, choices(race))
            for iin, race in ballots]
    bad = []
    races = [r["id"] for r in election["races"]]
    for i in range(300):  # not on the roll
        bad.append((iins.new(dt.date(1970, 1, 1), "M"), "2020-10-02T10:00:00+06:00", races[i % 17], "X"))
    for r in rows[:200]:  # a race not of their precinct
        other = races[(races.index(r[2]) + 1) % 17]
        bad.append((r[0], "2020-10-02T11:00:00+06:00", other, choices(other)))
    for r in rows[200:400]:  # more marks than allowed
        ids = [c["id"] for c in next(x for x in election["races"] if x["id"] == r[2])["candidates"]][:MAX_CHOICES + 1]
        bad.append((r[0], "2020-10-02T12:00:00+06:00", r[2], " ".join(ids)))
    for r in rows[400:600]:  # after the window closed
        bad.append((r[0], "2020-10-05T09:00:00+06:00", r[2], r[3]))
    conflicting = []
    for r in rows[600:850]:  # a second, different ballot of the same member in the same race
        other = r[3].split()[0]
        alt = next(c["id"] for c in next(x for x in election["races"] if x["id"] == r[2])["candidates"]
                   if c["id"] != other)
        conflicting.append((r[0], r[1], r[2], alt))
    duplicates = rows[1000:1600]
    everything = rows + bad + conflicting + duplicates
    rng.shuffle(everything)
    with open(folder / "online.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("iin", "voted_at", "race", "choices"))
        w.writerows(everything)
    # what the branch must find: the bad rows and both ballots of each conflicting member rejected;
    # a double voter's ballot annulled; a conflicting member who voted only online did not vote
    conflicted = {r[0] for r in conflicting}
    double_iins = {iin for iin, _ in doubles}
    lost = len(conflicted - double_iins)
    return {"paper_of": paper_of, "online_rows": len(everything), "online_ballots": len(rows),
            "expected_rejects": len(bad) + 2 * len(conflicting),
            "expected_counted": len(rows) - len(conflicted) - len(double_iins - conflicted),
            "expected_online_voters": ONLINE - lost,
            "expected_conflicts": len(double_iins - conflicted)}


# ----- stations, through the real services -----------------------------------------------------

def chair_name(pid: str) -> str:
    return f"Төраға {pid}"


def _station_job(args) -> tuple[str, float]:
    try:
        return _station(*args)
    except Exception as exc:
        # a Refused does not cross the process boundary intact: send its words instead
        from polling_station import i18n
        problems = getattr(exc, "problems", None)
        words = "; ".join(i18n.render(p) for p in problems) if problems else repr(exc)
        raise RuntimeError(f"station {args[0]}: {words}") from None


def _station(pid, election_path, roll_path, voters, key_path, out_dir, seed) -> tuple[str, float]:
    os.environ["PS_TEST_FAST_KDF"] = "1"
    from polling_station.services.counting import CountingMixin
    from polling_station.services.protocol import ProtocolMixin
    from polling_station.services.station import Station

    t0 = time.perf_counter()
    rng = random.Random(f"{seed}-{pid}")
    clock_now = [dt.datetime(2020, 10, 3, 7, 30, tzinfo=TZ)]
    clock = lambda: clock_now[0]  # noqa: E731
    data = json.loads(Path(election_path).read_text(encoding="utf-8"))
    db_path = Path(out_dir) / "stations" / f"{pid}.db"
    db_path.unlink(missing_ok=True)
    st = Station.create(db_path, data, pid, chair_name=chair_name(pid), chair_id="chair", chair_pin="1111", clock=clock)
    missing = tuple(m for m in (ProtocolMixin, CountingMixin) if not isinstance(st, m))
    if missing:  # until the lead gives Station these mixins itself
        st.__class__ = type("FullStation", (*missing, type(st)), {})
    st.db.execute("PRAGMA synchronous=OFF")  # a throwaway bench file: durability is not what is measured
    chair = st.login("chair", "1111")
    st.add_officer(chair, "sec", "Хатшы", "secretary", "2222")
    st.add_officer(chair, "c1", "Тіркеуші", "clerk", "3333")
    st.import_roll(chair, roll_path)
    race = st.races[0]
    st.set_ballots_received(chair, race.id, len(voters) + 50)
    st.run_checklist(chair, "opening", all_yes=True)
    st.open_station(chair)
    clerk = st.login("c1", "3333")
    step = dt.timedelta(seconds=max(1, 12 * 3600 // max(1, len(voters))))
    clock_now[0] = dt.datetime(2020, 10, 3, 8, 0, tzinfo=TZ)
    for iin in voters:
        clock_now[0] += step
        st.check_in(clerk, iin)
    clock_now[0] = dt.datetime(2020, 10, 3, 20, 0, tzinfo=TZ)
    chair = st.login("chair", "1111")
    st.run_checklist(chair, "closing", all_yes=True)
    st.close_station(chair)
    ids = [c.id for c in race.candidates]
    weights = [1.0 / (i + 1) ** 0.7 for i in range(len(ids))]
    invalid = len(voters) // 100
    votes = dict.fromkeys(ids, 0)
    for _ in range(len(voters) - invalid):
        picked = set()
        k = 1 + rng.randrange(race.max_choices)
        while len(picked) < k:
            picked.add(rng.choices(ids, weights)[0])
        for c in picked:
            votes[c] += 1
    sheet = {"race": race.id, "unused": 50, "found_in_box": len(voters), "invalid": invalid, "votes": votes}
    st.enter_count(st.login("c1", "3333"), race.id, sheet, 1)
    st.enter_count(st.login("sec", "2222"), race.id, sheet, 2)
    st.mark_counted(st.login("chair", "1111"))
    st.finalize(st.login("chair", "1111"), key_path, KEY_PASSWORD, Path(out_dir) / "packages" / f"{pid}.zip")
    st.close_db()
    return pid, time.perf_counter() - t0


def build(folder: Path, per_region: int, workers: int) -> dict:
    from polling_station.signing import keys

    t0 = time.perf_counter()
    rng = random.Random(SEED)
    iins = Iins(rng)
    p = plan(per_region)
    election = build_election(rng, iins, per_region)
    (folder / "election.json").write_text(json.dumps(election, ensure_ascii=False), encoding="utf-8")
    people = build_people(rng, iins, election, p, folder)
    t_people = time.perf_counter() - t0
    ca = keys.make_ca("Bench branch CA", folder / "ca", CA_PASSWORD, overwrite=True)
    # one chair, one key, one precinct: the branch binds a chair's key to the precinct it signs
    # for, and the certificate's name must be the chair the protocol names (chair_name(pid))
    chair_keys = {x["id"]: keys.issue_key(ca.p12, CA_PASSWORD, chair_name(x["id"]), folder / "keys" / f"{x['id']}.p12",
                                          KEY_PASSWORD.encode(), iin=iins.new(dt.date(1975, 5, 5), "M"), overwrite=True)
                  for x in election["precincts"]}
    for sub in ("stations", "packages"):
        shutil.rmtree(folder / sub, ignore_errors=True)
        (folder / sub).mkdir()
    jobs = [(x["id"], str(folder / "election.json"), str(folder / "rolls" / f"{x['id']}.csv"),
             people["paper_of"][x["id"]], str(chair_keys[x["id"]]), str(folder), SEED)
            for x in election["precincts"]]
    t1 = time.perf_counter()
    with Pool(workers) as pool:
        per_station = [t for _, t in pool.imap_unordered(_station_job, jobs, chunksize=1)]
    t_stations = time.perf_counter() - t1
    meta = {"precincts": len(jobs), "members": MEMBERS, "voters": VOTERS, "paper": PAPER, "online_only": ONLINE,
            "double": DOUBLE, "online_rows": people["online_rows"], "online_ballots": people["online_ballots"],
            "expected_rejects": people["expected_rejects"], "expected_counted": people["expected_counted"],
            "expected_online_voters": people["expected_online_voters"],
            "expected_conflicts": people["expected_conflicts"],
            "generate_people_s": round(t_people, 1), "stations_s": round(t_stations, 1),
            "station_mean_s": round(sum(per_station) / len(per_station), 2), "workers": workers,
            "plan": p}
    (folder / "world.json").write_text(json.dumps(meta, indent=1))
    return meta


# ----- the timed merge -------------------------------------------------------------------------

def _tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants (the import's verifier workers), from /proc."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                parent[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, ppid in parent.items():
            if ppid == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total


def run_child(args) -> tuple[float, float, str, int, float]:
    """Run a branch command; (wall seconds, peak resident MiB of its process tree, stdout, exit code,
    CPU seconds of the tree — what the wall time would be on idle CPUs when the step runs on one)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "polling_station.cli_branch", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "PS_LANG": "en"})
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.wait(0.2):
            peak[0] = max(peak[0], _tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout_chunks = []
    while True:
        chunk = proc.stdout.read(65536)
        if not chunk:
            break
        stdout_chunks.append(chunk)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{args[:2]} failed ({proc.returncode}): {err.decode()[-2000:]}")
    # the larger of the sampled tree and the main process's own high-water mark (short peaks escape sampling)
    return (wall, max(usage.ru_maxrss * 1024, peak[0]) / 2**20, b"".join(stdout_chunks).decode(), proc.returncode,
            usage.ru_utime + usage.ru_stime)


def baselines(folder: Path) -> dict:
    from polling_station.exchange.package import verify_package

    out = {}
    pkgs = sorted((folder / "packages").glob("*.zip"))
    t0 = time.perf_counter()
    for path in pkgs:
        verify_package(path, [folder / "ca" / "ca.pem"])
    out["verify_only_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with open(folder / "online.csv", encoding="utf-8", newline="") as f:
        n = sum(1 for _ in csv.reader(f))
    out["csv_pass_s"] = time.perf_counter() - t0
    out["csv_rows"] = n
    conn = sqlite3.connect(folder / "branch.db")
    t0 = time.perf_counter()
    rows = conn.execute("SELECT race, iin, voted_at, choices FROM online_ballots").fetchall()
    out["select_online_s"] = time.perf_counter() - t0
    out["select_rows"] = len(rows)
    conn.close()
    return out


def merge(folder: Path) -> dict:
    db = folder / "branch.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.rmtree(folder / "report", ignore_errors=True)
    steps = {}
    steps["new --roll"] = run_child(("branch", "new", db, "--election", folder / "election.json",
                                     "--roll", folder / "roll.csv", "--json"))
    steps["trust"] = run_child(("branch", "trust", db, folder / "ca" / "ca.pem"))
    steps["import"] = run_child(("branch", "import", db, folder / "packages", "--json"))
    steps["online-import"] = run_child(("branch", "online-import", db, folder / "online.csv", "--json"))
    steps["report"] = run_child(("branch", "report", db, "--out", folder / "report"))
    imported = json.loads(steps["import"][2])
    online = json.loads(steps["online-import"][2])
    results = json.loads((folder / "report" / "results.json").read_text(encoding="utf-8"))
    return {
        "steps": {k: {"seconds": round(v[0], 2), "peak_mib": round(v[1]), "cpu_seconds": round(v[4], 2)}
                  for k, v in steps.items()},
        "packages": {r: sum(1 for o in imported if o["result"] == r) for r in {o["result"] for o in imported}},
        "online": {k: online[k] for k in ("rows", "accepted", "added", "collapsed", "rejected")},
        "turnout_total": results["turnout"]["total"],
        "conflicts": len(results["conflicts"]),
        "online_counted": results["sources"]["online_counted"],
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--per-region", type=int, default=12)
    ap.add_argument("--reuse", action="store_true", help="reuse the packages and files of an earlier run")
    ap.add_argument("--fraction", type=float, default=1.0,
                    help="scale the party down (e.g. 0.01 for a quick check of the bench itself)")
    args = ap.parse_args(argv)
    if args.fraction != 1.0:
        global MEMBERS, VOTERS, PAPER, ONLINE, DOUBLE
        MEMBERS, VOTERS, PAPER = (round(n * args.fraction) for n in (MEMBERS, VOTERS, PAPER))
        ONLINE, DOUBLE = VOTERS - PAPER, round(DOUBLE * args.fraction)
    folder = args.out
    folder.mkdir(parents=True, exist_ok=True)
    if args.reuse and (folder / "world.json").exists():
        world = json.loads((folder / "world.json").read_text())
        print(f"reusing {folder}: {world['precincts']} packages")
    else:
        print("building the synthetic party and its stations (a few minutes) …", flush=True)
        world = build(folder, args.per_region, args.workers)
        print(f"  people and files {world['generate_people_s']} s; {world['precincts']} stations in "
              f"{world['stations_s']} s ({world['station_mean_s']} s each, {world['workers']} workers)")
    load_before = os.getloadavg()[0]
    result = merge(folder)
    base = baselines(folder)
    load_after = os.getloadavg()[0]
    s = result["steps"]
    merge_s = s["import"]["seconds"] + s["online-import"]["seconds"] + s["report"]["seconds"]
    merge_peak = max(s[k]["peak_mib"] for k in ("import", "online-import", "report"))
    merge_cpu = sum(s[k]["cpu_seconds"] for k in ("import", "online-import", "report"))
    print(f"\n{'step':16} {'seconds':>8} {'CPU s':>7} {'peak MiB':>9}   baseline (same run)")
    notes = {"import": f"verify_package alone: {base['verify_only_s']:.2f} s for {world['precincts']} packages",
             "online-import": f"bare csv.reader pass: {base['csv_pass_s']:.2f} s for {base['csv_rows']:,} rows",
             "report": f"bare SELECT of the online ballots: {base['select_online_s']:.2f} s "
                       f"({base['select_rows']:,} rows)"}
    for name, step in s.items():
        print(f"{name:16} {step['seconds']:8.2f} {step['cpu_seconds']:7.2f} {step['peak_mib']:9d}   "
              f"{notes.get(name, '')}")
    print(f"\nmerge (import + online-import + report): {merge_s:.1f} s, peak {merge_peak} MiB "
          f"(target ≤ 60 s, ≤ 1536 MiB): {'MET' if merge_s <= 60 and merge_peak <= 1536 else 'MISSED'}; "
          f"load average {load_before:.1f} before, {load_after:.1f} after on {os.cpu_count()} CPUs; "
          f"CPU time {merge_cpu:.1f} s")
    t = result["turnout_total"]
    print(f"turnout: {t['voted']:,} of {t['registered']:,} ({t['percent']} %), paper {t['paper']:,}, "
          f"online {t['online']:,}; double votes annulled {result['conflicts']:,}; packages {result['packages']}; "
          f"online rows {result['online']}")
    checks = {
        "voted": t["voted"] == PAPER + world["expected_online_voters"], "paper": t["paper"] == PAPER,
        "online": t["online"] == world["expected_online_voters"],
        "conflicts": result["conflicts"] == world["expected_conflicts"],
        "rejected": result["online"]["rejected"] == world["expected_rejects"],
        "counted": result["online_counted"] == world["expected_counted"],
    }
    print("checks:", ", ".join(f"{k} {'ok' if v else 'WRONG'}" for k, v in checks.items()))
    summary = {"world": world, "merge": result, "baselines": base, "merge_seconds": round(merge_s, 1),
               "merge_peak_mib": merge_peak, "checks": checks, "cpus": os.cpu_count(),
               "load_average": [round(load_before, 2), round(load_after, 2)], "merge_cpu_seconds": round(merge_cpu, 1),
               "python": sys.version.split()[0]}
    (folder / "bench-results.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
