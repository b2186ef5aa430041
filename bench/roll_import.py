"""Roll import, IIN lookup and name search on a large roll, against plain SQLite baselines.

    python3 bench/roll_import.py [--members N] [--out DIR]

One command, one run: generates the roll (bench/make_roll.py; reused when present), then measures
  (a) baseline   `sqlite-utils insert BASE.db members ROLL --csv` (a child process);
  (b) ours       `Station.import_roll` on a fresh station (a child process, timed around the call);
      wall time, CPU time and peak RSS of each child come from os.wait4, so they are separate;
  (c) IIN lookup of 10,000 random members: Station.member, Station.search by IIN, and a raw
      `sqlite3` query on the baseline database after CREATE INDEX on iin (the query alone is timed);
  (d) name-prefix search via Station.search (limit 50) over ~2,000 queries: one token of 3–6
      letters in Cyrillic and in Latin (2021, 2018, passport spellings), and surname + given-name
      prefix (either order, both scripts); the worst queries are listed.
Targets (from the issue, not tests): import ≤ 1.5× baseline; IIN lookup p99 ≤ 0.5 ms;
name search p99 ≤ 10 ms. The machine's load average is printed with every phase: other people's
work on the same machine shows up in the figures. Results also go to OUT/roll_import-N.json.
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as c  # noqa: E402
import make_roll  # noqa: E402

IMPORT_TARGET_RATIO = 1.5
IIN_P99_TARGET_MS = 0.5
NAME_P99_TARGET_MS = 10.0


# --- the child process that imports ---------------------------------------------------------

def child_import(db: Path, roll: Path, rejects: Path) -> None:
    import resource

    st, chair = c.create_station(db)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    summary = st.import_roll(chair, roll, rejects_path=rejects)
    took = time.perf_counter() - t0
    st.close_db()
    print(json.dumps({"import_s": took, "rss_before_import_mb": rss_before,
                      "summary": {k: v for k, v in summary.__dict__.items() if k != "problems"}}))


# --- queries ---------------------------------------------------------------------------------

def name_pool():
    from polling_station import demo_names as n

    surnames = n.KAZAKH_SURNAMES_M + [n.feminine(s) for s in n.KAZAKH_SURNAMES_M] + \
        n.RUSSIAN_SURNAMES_M + [n.feminine(s) for s in n.RUSSIAN_SURNAMES_M]
    given = n.KAZAKH_GIVEN_M + n.KAZAKH_GIVEN_F + n.RUSSIAN_GIVEN_M + n.RUSSIAN_GIVEN_F
    patronymics = [g + "ұлы" for g in n.KAZAKH_GIVEN_M] + [g + "қызы" for g in n.KAZAKH_GIVEN_M] + \
        [r[:-2] + ("евич" if r.endswith("ев") else "ович") for r in n.RUSSIAN_PATRONYMIC_ROOTS] + \
        [r[:-2] + ("евна" if r.endswith("ев") else "овна") for r in n.RUSSIAN_PATRONYMIC_ROOTS]
    return sorted(set(surnames)), sorted(set(given)), sorted(set(patronymics))


def _typed_case(rng: random.Random, s: str) -> str:
    r = rng.random()
    return s.lower() if r < 0.6 else s.upper() if r < 0.7 else s[:1].upper() + s[1:].lower()


def name_queries(rng: random.Random, total: int = 2000) -> list[tuple[str, str]]:
    """(category, query) pairs; deterministic for the rng's seed."""
    from polling_station.demo_names import person
    from polling_station.domain.names import transliterate

    surnames, given, patronymics = name_pool()
    alphabets = ("latin2021", "latin2018", "passport")
    out = [("latin-1", q) for q in ("kudaib", "qudaib", "Kudaib", "QUDAIB", "qudaıb", "kudayb")]
    out += [("cyrillic-1", q) for q in ("құдайб", "Құдайб", "кудайб")]  # кудайб: typed without Kazakh letters

    def one_token(rng):
        r = rng.random()
        pool = surnames if r < 0.5 else given if r < 0.85 else patronymics
        return rng.choice(pool)

    share = {"cyrillic-1": 0.30, "latin-1": 0.30, "cyrillic-2": 0.25, "latin-2": 0.15}
    for category, fraction in share.items():
        for _ in range(int(total * fraction) - sum(1 for k, _ in out if k == category)):
            if category.endswith("-1"):
                word = one_token(rng)
                if category.startswith("latin"):
                    word = transliterate(word, rng.choice(alphabets))
                q = _typed_case(rng, word[:rng.randint(3, 6)])
            else:
                surname, given_name, _ = person(rng, rng.choice("MF"))
                if category.startswith("latin"):
                    alphabet = rng.choice(alphabets)
                    surname, given_name = transliterate(surname, alphabet), transliterate(given_name, alphabet)
                if rng.random() < 0.7:  # surname + given prefix
                    q = f"{surname} {given_name[:rng.randint(1, 4)]}"
                else:  # given name + surname prefix (any order)
                    q = f"{given_name} {surname[:rng.randint(3, 6)]}"
                q = _typed_case(rng, q)
            out.append((category, q))
    return out


# --- measurements ----------------------------------------------------------------------------

def measure_lookups(station_db: Path, base_db: Path, rng: random.Random, n: int) -> dict:
    """The three lookups of each IIN run back to back (interleaved), so that a burst of load from
    other processes hits all three alike."""
    from polling_station.services.station import Station

    base = sqlite3.connect(base_db, isolation_level=None)
    t0 = time.perf_counter()
    base.execute("CREATE INDEX IF NOT EXISTS members_iin ON members (iin)")
    index_s = time.perf_counter() - t0
    res = {"create_index_s": index_s, "load_before": c.load()}
    st = Station.open(station_db)
    all_iins = [r[0] for r in st.db.execute("SELECT iin FROM members")]
    iins = rng.sample(all_iins, min(n, len(all_iins)))
    del all_iins
    chair = st.login(c.CHAIR[0], c.CHAIR[2])
    # sqlite-utils 4 detects column types by default: the baseline stores the IIN as an INTEGER
    # (and so loses the leading zero of members born 2000–2009); it is queried with what it stores
    numeric = base.execute("SELECT typeof(iin) FROM members LIMIT 1").fetchone()[0] == "integer"
    res["baseline_iin_type"] = "integer" if numeric else "text"

    def raw(i):
        return base.execute("SELECT * FROM members WHERE iin = ?", (int(i) if numeric else i,)).fetchone()

    def search(i):
        return st.search(chair, i)

    fns = (("raw", raw), ("member", st.member), ("search_iin", search))
    for i in iins[:200]:  # warm-up, not counted
        for _, fn in fns:
            fn(i)
    times = {k: [] for k, _ in fns}
    cpu = {k: [] for k, _ in fns}
    perf, thread_time = time.perf_counter, time.thread_time
    for i in iins:
        for key, fn in fns:
            c0 = thread_time()
            t0 = perf()
            r = fn(i)
            times[key].append(perf() - t0)
            cpu[key].append(thread_time() - c0)
            if not r:
                raise SystemExit(f"{key}: {i} not found")
            if key == "search_iin" and (len(r) != 1 or r[0].member.iin != i):
                raise SystemExit(f"search by IIN {i} gave {r}")
    res.update({k: c.summary_ms(v) for k, v in times.items()})
    # CPU time of the thread: what the code costs, without waits for a CPU on a loaded machine
    res["cpu"] = {k: c.summary_ms(v) for k, v in cpu.items()}
    res["load_after"] = c.load()
    st.close_db()
    base.close()
    return res


def run_name_queries(st, session, queries, timeout: float | None, limit: int = 50):
    """[(seconds, interrupted, category, query, hits, hits in this precinct)]"""
    rows = []
    perf = time.perf_counter
    for category, q in queries:
        hits, cut = [], False
        t0 = perf()
        try:
            with c.Deadline(st.db.conn, timeout):
                hits = st.search(session, q, limit)
        except Exception as exc:
            if not c.is_interrupt(exc):
                raise
            cut = True
        took = perf() - t0
        rows.append((took, cut, category, q, len(hits), sum(1 for h in hits if h.member.precinct == c.PRECINCT)))
    return rows


def name_search_summary(rows) -> dict:
    by_cat = {}
    for cat in dict.fromkeys(r[2] for r in rows):
        by_cat[cat] = c.summary_censored([(r[0], r[1]) for r in rows if r[2] == cat])
    worst = sorted(rows, key=lambda r: r[0], reverse=True)[:12]
    return {"all": c.summary_censored([(r[0], r[1]) for r in rows]), "by_category": by_cat,
            "worst": [{"ms": t * 1e3, "interrupted": cut, "category": k, "query": q, "hits": h, "in_precinct": p}
                      for t, cut, k, q, h, p in worst],
            "queries_without_hits": sum(1 for r in rows if r[4] == 0 and not r[1])}


def measure_name_search(station_db: Path, rng: random.Random, total: int, timeout: float | None) -> dict:
    from polling_station.services.station import Station

    queries = name_queries(rng, total)
    st = Station.open(station_db)
    chair = st.login(c.CHAIR[0], c.CHAIR[2])
    run_name_queries(st, chair, queries[:20], timeout)  # warm-up, as a morning's first searches
    load_before = c.load()
    rows = run_name_queries(st, chair, queries, timeout)
    st.close_db()
    res = name_search_summary(rows)
    res.update(load_before=load_before, load_after=c.load(), timeout_s=timeout)
    return res


# --- report ------------------------------------------------------------------------------------

def verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def report(r: dict) -> str:
    lines = []
    b, o = r["baseline"], r["ours"]
    lk, ns = r["lookups"], r["names"]
    n = r["roll"]["members"]
    w = lines.append
    w(f"\n=== Roll import, IIN lookup, name search — {n:,} members ===")
    w(f"{'measure':58} {'result':>22}  {'target':>14}  verdict")
    if b is None:
        w("(a), (b) import: not measured in this run (--skip-import)")
        return "\n".join(lines + report_lookups_names(r, lk, ns))
    ratio = o["import_s"] / b["wall_s"]
    cpu_ratio = o["cpu_s"] / b["cpu_s"]
    w(f"{'(a) baseline sqlite-utils insert --csv, wall':58} {b['wall_s']:>20.1f} s  {'':>14}")
    w(f"{'(b) Station.import_roll (validated, FTS, journal), wall':58} {o['import_s']:>20.1f} s  {'':>14}")
    w(f"{'    ratio ours / baseline (wall)':58} {ratio:>21.2f}×  {'≤ 1.5×':>14}  {verdict(ratio <= IMPORT_TARGET_RATIO)}")
    w(f"{'    CPU time (user+sys) baseline / ours':58} {b['cpu_s']:>9.1f} / {o['cpu_s']:>7.1f} s  "
      f"{'(' + format(cpu_ratio, '.2f') + '× CPU)':>14}")
    w(f"{'    peak RSS baseline / ours':58} {b['max_rss_mb']:>8.0f} / {o['max_rss_mb']:>6.0f} MB")
    w(f"{'    child wall incl. start-up & station creation (ours)':58} {o['wall_s']:>20.1f} s")
    lines += report_lookups_names(r, lk, ns)
    w(f"  summary of our import: {r['ours']['summary']}")
    return "\n".join(lines)


def report_lookups_names(r, lk, ns) -> list[str]:
    lines = []
    w = lines.append
    for key, label in (("raw", "(c) IIN lookup, raw sqlite3 indexed query"),
                       ("member", "    IIN lookup, Station.member(iin)"),
                       ("search_iin", "    IIN lookup, Station.search(session, iin)")):
        s = lk[key]
        tgt = "" if key == "raw" else "p99 ≤ 0.5 ms"
        v = "" if key == "raw" else verdict(s["p99_ms"] <= IIN_P99_TARGET_MS)
        w(f"{label:58} {'p50 ' + c.fmt_ms(s['p50_ms']) + ' p99 ' + c.fmt_ms(s['p99_ms']):>22}  {tgt:>14}  {v}")
        if "cpu" in lk:
            s = lk["cpu"][key]
            w(f"{'        CPU time of the call (no waiting for a CPU)':58} "
              f"{'p50 ' + c.fmt_ms(s['p50_ms']) + ' p99 ' + c.fmt_ms(s['p99_ms']):>22}")
    s = ns["all"]
    w(f"{'(d) name search, Station.search limit 50, all ' + str(s['n']) + ' queries':58} "
      f"{'p50 ' + c.fmt_stat(s, 'p50') + ' p99 ' + c.fmt_stat(s, 'p99'):>22}  {'p99 ≤ 10 ms':>14}  "
      f"{verdict(s['p99_ms'] <= NAME_P99_TARGET_MS)}")
    for cat, s in ns["by_category"].items():
        w(f"{'    ' + cat + ' (' + str(s['n']) + ')':58} "
          f"{'p50 ' + c.fmt_stat(s, 'p50') + ' p99 ' + c.fmt_stat(s, 'p99'):>22}")
    w(f"    max {c.fmt_stat(ns['all'], 'max')}; interrupted at the {ns['timeout_s']} s deadline: "
      f"{ns['all']['interrupted']}; queries with no hit: {ns['queries_without_hits']}")
    w("  worst name queries:")
    for q in ns["worst"]:
        w(f"    {'≥' if q['interrupted'] else ' '}{q['ms']:8.1f} ms  {q['category']:11} {q['query']!r:34} "
          f"hits {q['hits'] if not q['interrupted'] else '?'} (in precinct {q['in_precinct'] if not q['interrupted'] else '?'})")
    b, o = r["baseline"], r["ours"]
    imports = (f"baseline {b['load_before']} → {b['load_after']}; ours {o['load_before']} → {o['load_after']}; "
               if b else "")
    w(f"  load average (1/5/15 min): start {r['facts']['load_at_start']}; {imports}lookups {lk['load_before']} → "
      f"{lk['load_after']}; names {ns['load_before']} → {ns['load_after']}")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=make_roll.DEFAULT_OUT)
    ap.add_argument("--lookups", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=7, help="seed of the name queries (IIN sample: seed + 100)")
    ap.add_argument("--query-timeout", type=float, default=0.5,
                    help="interrupt a name search after this many seconds and count it as ≥ that (0: never)")
    ap.add_argument("--skip-import", action="store_true",
                    help="reuse the databases of an earlier full run; measure (c) and (d) only")
    ap.add_argument("--child-import", nargs=3, metavar=("DB", "ROLL", "REJECTS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_import:
        db, roll, rejects = map(Path, args.child_import)
        child_import(db, roll, rejects)
        return 0

    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    facts = c.machine_facts(out)
    c.print_facts(facts)
    roll = make_roll.default_path(out, args.members)
    meta, took = make_roll.ensure(roll, args.members)
    print(f"roll: {roll} ({meta['bytes'] / 1e6:.0f} MB, "
          f"{'reused' if took is None else f'generated in {took:.1f} s'}); per precinct {meta['per_precinct']}",
          flush=True)

    base_db = out / f"baseline-{args.members}.db"
    station_db = c.template_path(out, args.members)
    if args.skip_import:
        if not base_db.exists() or not c.template_ok(out, args.members, roll):
            raise SystemExit("--skip-import needs the databases of an earlier full run")
        baseline = ours = None
    else:
        baseline, ours = measure_imports(args, out, roll, base_db, station_db)
    return finish(args, out, facts, meta, base_db, station_db, baseline, ours, argv)


def measure_imports(args, out, roll, base_db, station_db):
    c.remove_db(base_db)
    print(f"(a) baseline: sqlite-utils insert {base_db.name} members {roll.name} --csv …", flush=True)
    load_before = c.load()
    baseline = c.run_measured(c.sqlite_utils_command() + ["insert", str(base_db), "members", str(roll), "--csv"])
    baseline.update(load_before=load_before, load_after=c.load())
    if baseline["returncode"]:
        raise SystemExit(f"baseline failed: {baseline['stderr']}")
    print(f"    {baseline['wall_s']:.1f} s wall, {baseline['cpu_s']:.1f} s CPU, {baseline['max_rss_mb']:.0f} MB",
          flush=True)

    c.remove_db(station_db)
    print("(b) ours: Station.import_roll on a fresh station …", flush=True)
    load_before = c.load()
    ours = c.run_measured([sys.executable, __file__, "--child-import", str(station_db), str(roll),
                           str(out / f"rejects-{args.members}.csv")])
    ours.update(load_before=load_before, load_after=c.load())
    if ours["returncode"]:
        raise SystemExit(f"our import failed: {ours['stderr']}")
    ours.update(json.loads(ours["stdout"].strip().splitlines()[-1]))
    c.mark_template(out, args.members, roll)
    print(f"    {ours['import_s']:.1f} s in import_roll ({ours['wall_s']:.1f} s child wall), "
          f"{ours['cpu_s']:.1f} s CPU, {ours['max_rss_mb']:.0f} MB; {ours['summary']}", flush=True)
    if ours["summary"]["accepted"] != args.members:
        print("    WARNING: not every generated row was accepted", flush=True)
    return baseline, ours


def finish(args, out, facts, meta, base_db, station_db, baseline, ours, argv):
    print(f"(c) IIN lookups ×{args.lookups} …", flush=True)
    lookups = measure_lookups(station_db, base_db, random.Random(args.seed + 100), args.lookups)
    print(f"(d) name search ×{args.queries} …", flush=True)
    names = measure_name_search(station_db, random.Random(args.seed), args.queries, args.query_timeout or None)

    result = {"facts": facts, "roll": meta, "baseline": baseline, "ours": ours, "lookups": lookups,
              "names": names, "command": "python3 bench/roll_import.py " + " ".join(argv or sys.argv[1:])}
    for side in ("baseline", "ours"):
        if result[side]:
            result[side].pop("stdout", None)
    text = report(result)
    print(text)
    result["report"] = text
    saved = out / f"roll_import-{args.members}{'-lookups' if baseline is None else ''}.json"
    saved.write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str))
    print(f"\nresults: {saved}; station kept at {station_db} for bench/checkin.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
