"""Where the time goes when a benchmark misses its target (cProfile), and what a fix would give.

    python3 bench/profile_hotspots.py search  [--members N]   # name search / search-as-you-type
    python3 bench/profile_hotspots.py import  [--members N]   # Station.import_roll phases
    python3 bench/profile_hotspots.py import-sql [--members N] # the INSERT of import_roll, variants
    python3 bench/profile_hotspots.py fts-prefix [--members N] # name search with a longer FTS prefix index
    python3 bench/profile_hotspots.py checkin [--members N]   # Station.check_in

Run after bench/roll_import.py (it uses the roll and the imported station it left in OUT).
cProfile slows Python code down, so the profiles give shares, not the benchmark's figures.
``search`` also measures a fix without touching the application: the station's database
handle is wrapped so that the FTS query reads ``CROSS JOIN`` where station.py had ``JOIN``
(SQLite never reorders a CROSS JOIN, so the full-text index drives the join). Since commit
897c531 station.py has the CROSS JOIN itself and the rewrite changes nothing.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as c  # noqa: E402
import make_roll  # noqa: E402
import roll_import  # noqa: E402
import checkin as checkin_bench  # noqa: E402

SLOW_JOIN = "FROM members_fts f JOIN members m ON m.rowid = f.rowid"
FIXED_JOIN = "FROM members_fts f CROSS JOIN members m ON m.rowid = f.rowid"


class RewritingDB:
    """The station's sqlite_utils.Database with one SQL text replaced (the proposed fix)."""

    def __init__(self, db, old: str, new: str):
        self._db, self._old, self._new = db, old, new

    def execute(self, sql, *args):
        return self._db.execute(sql.replace(self._old, self._new), *args)

    def __getattr__(self, name):
        return getattr(self._db, name)


def top(profile: cProfile.Profile, sort: str, n: int = 18) -> str:
    s = io.StringIO()
    pstats.Stats(profile, stream=s).strip_dirs().sort_stats(sort).print_stats(n)
    text = s.getvalue()
    return text[text.index("   ncalls"):] if "   ncalls" in text else text


def plans(st) -> None:
    cols = "m.iin"
    for name, join in (("plain JOIN", SLOW_JOIN), ("with CROSS JOIN", FIXED_JOIN)):
        for cond in ("m.precinct = ?", "m.precinct != ?"):
            sql = f"SELECT {cols} {join} WHERE members_fts MATCH ? AND {cond} LIMIT ?"
            plan = st.db.execute("EXPLAIN QUERY PLAN " + sql, ('"kudaib"*', c.PRECINCT, 50)).fetchall()
            print(f"  {name:16} {cond:16} → " + "; ".join(r[-1] for r in plan))


def run_queries(st, session, queries, timeout):
    return roll_import.run_name_queries(st, session, queries, timeout)


def cmd_search(args, out: Path, members: int) -> dict:
    from polling_station.services.station import Station

    db = c.template_path(out, members)
    if not db.exists():
        raise SystemExit(f"{db} is missing: run bench/roll_import.py --members {members} first")
    st = Station.open(db)
    chair = st.login(c.CHAIR[0], c.CHAIR[2])
    print("EXPLAIN QUERY PLAN of the name query in Station.search:")
    plans(st)

    # 1. cProfile of a few shipped searches, without a deadline (so the profile is complete)
    sample = [("cyrillic-1", "құдайб"), ("latin-1", "kudaib"), ("cyrillic-1", "Ерл"),
              ("cyrillic-2", "Құдайбергенов Ә"), ("latin-2", "Tolegen Kaira"), ("cyrillic-2", "ілияс есен")]
    print(f"\nShipped Station.search, each query once, deadline {args.shipped_timeout} s ({members:,} members):")
    shipped_once = []
    prof = cProfile.Profile()
    for cat, q in sample[:args.profile_queries]:
        hits, cut = [], False
        t0 = time.perf_counter()
        prof.enable()
        try:
            with c.Deadline(st.db.conn, args.shipped_timeout or None):
                hits = st.search(chair, q)
        except Exception as exc:
            if not c.is_interrupt(exc):
                raise
            cut = True
        prof.disable()
        took = time.perf_counter() - t0
        shipped_once.append({"query": q, "ms": took * 1e3, "hits": len(hits), "interrupted": cut})
        print(f"  {q!r:22} {'≥' if cut else ' '}{took * 1e3:10.1f} ms   "
              f"{'interrupted' if cut else str(len(hits)) + ' hits'}", flush=True)
    if shipped_once:
        print("\ncProfile (shipped), by internal time:")
        print(top(prof, "tottime", 12))

    # 2. the same query set as bench/roll_import.py, with the CROSS JOIN fix
    queries = roll_import.name_queries(random.Random(args.seed), args.queries)
    st.db = RewritingDB(st.db, SLOW_JOIN, FIXED_JOIN)
    run_queries(st, chair, queries[:20], None)
    prof = cProfile.Profile()
    rows = run_queries(st, chair, queries, None)
    fixed = roll_import.name_search_summary(rows)
    print(f"\nWith CROSS JOIN: {len(rows)} name queries (the bench's set): p50 {c.fmt_stat(fixed['all'], 'p50')}, "
          f"p99 {c.fmt_stat(fixed['all'], 'p99')}, max {c.fmt_stat(fixed['all'], 'max')}")
    for cat, s in fixed["by_category"].items():
        print(f"  {cat:12} p50 {c.fmt_stat(s, 'p50'):>9}  p99 {c.fmt_stat(s, 'p99'):>9}")
    print("  worst:", ", ".join(f"{q['query']!r} {q['ms']:.1f} ms ({q['hits']} hits)" for q in fixed["worst"][:6]))
    prof.enable()
    run_queries(st, chair, queries[:400], None)
    prof.disable()
    print("\ncProfile (with CROSS JOIN, 400 queries), by internal time:")
    print(top(prof, "tottime", 14))
    print("cProfile (with CROSS JOIN), by cumulative time:")
    print(top(prof, "cumulative", 22))

    # 2b. attribution: the FTS statements alone (with CROSS JOIN) vs the whole search
    from polling_station.domain import names as name_rules
    from polling_station.services.station import _MEMBER_COLUMNS

    cols = ", ".join(f"m.{col.strip()}" for col in _MEMBER_COLUMNS.split(","))
    base = f"SELECT {cols} {FIXED_JOIN} WHERE members_fts MATCH ?"
    conn = st.db.conn

    def fts_only(q, limit=50):
        match = " ".join(f'"{t}"*' for t in name_rules.fold_tokens(q))
        rows = conn.execute(base + " AND m.precinct = ? LIMIT ?", (match, c.PRECINCT, limit)).fetchall()
        if len(rows) < limit:
            rows += conn.execute(base + " AND m.precinct != ? LIMIT ?", (match, c.PRECINCT, limit - len(rows))).fetchall()
        return rows

    fts_rows = []
    for cat, q in queries:
        t0 = time.perf_counter()
        fts_only(q)
        fts_rows.append((time.perf_counter() - t0, False, cat, q, 0, 0))
    fts = roll_import.name_search_summary(fts_rows)
    print(f"\nThe FTS statements alone (CROSS JOIN, same {len(fts_rows)} queries): p50 {c.fmt_ms(fts['all']['p50_ms'])}, "
          f"p99 {c.fmt_ms(fts['all']['p99_ms'])}, max {c.fmt_ms(fts['all']['max_ms'])}")
    for cat, s in fts["by_category"].items():
        print(f"  {cat:12} p50 {c.fmt_ms(s['p50_ms']):>9}  p99 {c.fmt_ms(s['p99_ms']):>9}")
    print("  worst:", ", ".join(f"{q['query']!r} {q['ms']:.1f} ms" for q in fts["worst"][:6]))
    per_query = sorted(((a[0] - b[0]) * 1e3 for a, b in zip(rows, fts_rows)))
    print(f"  the rest of Station.search (rows → MemberRecord, sort, eligibility per hit): "
          f"p50 {c.fmt_ms(c.pct(per_query, 50))} per query")

    # 3. keystrokes with the fix, on this station (SETUP state: search works the same)
    names = checkin_bench.typed_names(st, random.Random(checkin_bench.NAMES_SEED), args.names)
    ks = checkin_bench.measure_keystrokes(st, chair, names, None)
    print(f"With CROSS JOIN: {ks['all']['n']} keystrokes: p50 {c.fmt_ms(ks['all']['p50_ms'])}, "
          f"p99 {c.fmt_ms(ks['all']['p99_ms'])}, max {c.fmt_ms(ks['all']['max_ms'])}")
    for label, s in ks["by_length"].items():
        print(f"  typed {label:14} p50 {c.fmt_ms(s['p50_ms']):>9}  p99 {c.fmt_ms(s['p99_ms']):>9}")
    print("  «Құдайбергенов Әлібек»: " + "  ".join(f"{c.last_word(t)}:{ms:.1f}"
                                                  for t, ms, _, _ in ks["first_name"]))
    st.close_db()
    return {"shipped_once": shipped_once, "fixed_names": fixed, "fts_only": fts,
            "fixed_keystrokes": {k: v for k, v in ks.items() if k != "first_name"},
            "fixed_first_name": ks["first_name"]}


def cmd_import(args, out: Path, members: int) -> dict:
    roll = make_roll.default_path(out, members)
    make_roll.ensure(roll, members)
    db = out / f"profile-import-{members}.db"
    st, chair = c.create_station(db)
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    summary = st.import_roll(chair, roll)
    prof.disable()
    took = time.perf_counter() - t0
    st.close_db()
    c.remove_db(db)
    stats = pstats.Stats(prof)
    phases = {}
    wanted = {("members.py", "reconcile"): "read CSV + validate rows + reconcile (members.reconcile)",
              ("station.py", "<listcomp>"): "fold names into records (station.import_roll listcomp)",
              ("~", "<method 'executemany' of 'sqlite3.Connection' objects>"): "INSERT … ON CONFLICT + FTS triggers (executemany)",
              ("station.py", "members_digest"): "members_digest (whole-roll SHA-256 for the journal)",
              ("station.py", "_file_sha256"): "file SHA-256",
              ("roll.py", "_encoding"): "UTF-8 check of the whole file (roll._encoding)",
              ("members.py", "validate_row"): "  of which validate_row",
              ("roll.py", "_csv_rows"): "  of which CSV reading (roll._csv_rows)"}
    for (file, line, fn), (cc, nc, tt, ct, callers) in stats.stats.items():
        for (wf, wfn), label in wanted.items():
            if fn == wfn and (file.endswith(wf) or wf == "~"):
                phases[label] = phases.get(label, 0.0) + ct
    print(f"Station.import_roll of {members:,} rows under cProfile: {took:.1f} s ({summary.accepted} accepted)")
    total = sum(v for k, v in phases.items() if not k.startswith("  "))
    for label, secs in sorted(phases.items(), key=lambda kv: -kv[1]):
        print(f"  {label:62} {secs:7.1f} s  {100 * secs / took:5.1f} %")
    print(f"  {'(rest)':62} {took - total:7.1f} s")
    print("\ncProfile by internal time:")
    print(top(prof, "tottime", 20))
    return {"members": members, "took_s": took, "phases_s": phases}


def cmd_import_sql(args, out: Path, members: int) -> dict:
    """Split the cost of the INSERT in import_roll: the same 1M records (taken from the imported
    station) inserted with the statement import_roll uses, into fresh stations, with variants."""
    from polling_station.services import station as station_module

    src = c.template_path(out, members)
    if not src.exists():
        raise SystemExit(f"{src} is missing: run bench/roll_import.py --members {members} first")
    con = sqlite3.connect(src)
    records = con.execute(f"SELECT {station_module._MEMBER_COLUMNS}, name_key FROM members ORDER BY rowid").fetchall()
    con.close()
    roll_order = records
    sql = ("INSERT INTO members (" + station_module._MEMBER_COLUMNS + ", name_key) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
           "ON CONFLICT (iin) DO UPDATE SET surname = excluded.surname, given_name = excluded.given_name, "
           "patronymic = excluded.patronymic, birth_date = excluded.birth_date, sex = excluded.sex, "
           "region = excluded.region, precinct = excluded.precinct, joined_on = excluded.joined_on, "
           "status = excluded.status, name_key = excluded.name_key "
           "WHERE (surname, given_name, patronymic, birth_date, sex, region, precinct, joined_on, status) "
           "IS NOT (excluded.surname, excluded.given_name, excluded.patronymic, excluded.birth_date, "
           "excluded.sex, excluded.region, excluded.precinct, excluded.joined_on, excluded.status)")
    variants = [
        ("as shipped (file order, default cache)", roll_order, [], False),
        ("records sorted by IIN", sorted(roll_order), [], False),
        ("file order, PRAGMA cache_size=-262144 (256 MiB)", roll_order, ["PRAGMA cache_size=-262144"], False),
        ("sorted by IIN + cache_size 256 MiB", None, ["PRAGMA cache_size=-262144"], False),
        ("as shipped but no FTS trigger (attribution only)", roll_order, [], True),
        ("sorted + 256 MiB + FTS built once after the INSERT", None, ["PRAGMA cache_size=-262144"], "rebuild"),
        ("file order, default cache, FTS built once after", roll_order, [], "rebuild"),
    ]
    results = {}
    db_path = out / f"profile-import-sql-{members}.db"
    chosen = [variants[int(i)] for i in args.only.split(",")] if args.only else variants[:args.variants]
    for label, recs, pragmas, no_fts in chosen:
        if recs is None:
            recs = sorted(roll_order)
        st, _ = c.create_station(db_path)
        for p in pragmas:
            st.db.execute(p)
        if no_fts:
            st.db.execute("DROP TRIGGER members_fts_insert")
        load_before = c.load()
        t0 = time.perf_counter()
        with st.db.atomic():
            st.db.conn.executemany(sql, recs)
            if no_fts == "rebuild":
                st.db.execute("INSERT INTO members_fts (members_fts) VALUES ('rebuild')")
        took = time.perf_counter() - t0
        if no_fts == "rebuild":  # the index must answer as the trigger-built one does
            n = st.db.execute("SELECT count(*) FROM members_fts WHERE members_fts MATCH '\"kudaib\"*'").fetchone()[0]
            print(f"    (FTS check: {n} rows match kudaib*)")
        st.close_db()
        c.remove_db(db_path)
        results[label] = {"s": took, "load": load_before}
        print(f"  {label:52} {took:7.1f} s   (load {load_before})", flush=True)
    return {"members": members, "executemany": results}


def cmd_fts_prefix(args, out: Path, members: int) -> dict:
    """What-if for the name-search tail: the FTS index with prefix='1 2 3 4 5 6' instead of '1 2 3'
    (on a copy of the imported station), searched with the CROSS JOIN fix."""
    from polling_station.services.station import Station

    dest = out / f"fts-prefix-{members}.db"
    c.copy_template(out, members, dest)
    con = sqlite3.connect(dest, isolation_level=None)
    res = {}
    size = lambda: con.execute("PRAGMA page_count").fetchone()[0] * con.execute("PRAGMA page_size").fetchone()[0]
    res["size_before_mb"] = size() / 1e6
    t0 = time.perf_counter()
    con.execute("INSERT INTO members_fts (members_fts) VALUES ('rebuild')")
    res["rebuild_123_s"] = time.perf_counter() - t0
    con.execute("DROP TABLE members_fts")
    con.execute("VACUUM")
    res["size_without_fts_mb"] = size() / 1e6
    t0 = time.perf_counter()
    con.execute("CREATE VIRTUAL TABLE members_fts USING fts5(name_key, content='members', content_rowid='rowid', "
                "prefix='1 2 3 4 5 6', tokenize='unicode61 remove_diacritics 0')")
    con.execute("INSERT INTO members_fts (members_fts) VALUES ('rebuild')")
    res["rebuild_123456_s"] = time.perf_counter() - t0
    res["size_after_mb"] = size() / 1e6
    con.close()
    print(f"FTS 'rebuild' of 1,000,000 rows: prefix='1 2 3' {res['rebuild_123_s']:.1f} s; "
          f"prefix='1 2 3 4 5 6' {res['rebuild_123456_s']:.1f} s")
    print(f"database: {res['size_before_mb']:.0f} MB as imported; {res['size_without_fts_mb']:.0f} MB without FTS; "
          f"{res['size_after_mb']:.0f} MB with prefix='1 2 3 4 5 6'")
    st = Station.open(dest)
    chair = st.login(c.CHAIR[0], c.CHAIR[2])
    st.db = RewritingDB(st.db, SLOW_JOIN, FIXED_JOIN)
    queries = roll_import.name_queries(random.Random(args.seed), args.queries)
    run_queries(st, chair, queries[:20], None)
    fixed = roll_import.name_search_summary(run_queries(st, chair, queries, None))
    print(f"CROSS JOIN + prefix='1 2 3 4 5 6': {fixed['all']['n']} name queries: p50 {c.fmt_ms(fixed['all']['p50_ms'])}, "
          f"p99 {c.fmt_ms(fixed['all']['p99_ms'])}, max {c.fmt_ms(fixed['all']['max_ms'])}")
    for cat, s in fixed["by_category"].items():
        print(f"  {cat:12} p50 {c.fmt_ms(s['p50_ms']):>9}  p99 {c.fmt_ms(s['p99_ms']):>9}")
    print("  worst:", ", ".join(f"{q['query']!r} {q['ms']:.1f} ms" for q in fixed["worst"][:6]))
    names = checkin_bench.typed_names(st, random.Random(checkin_bench.NAMES_SEED), args.names)
    ks = checkin_bench.measure_keystrokes(st, chair, names, None)
    print(f"CROSS JOIN + prefix='1 2 3 4 5 6': {ks['all']['n']} keystrokes: p50 {c.fmt_ms(ks['all']['p50_ms'])}, "
          f"p99 {c.fmt_ms(ks['all']['p99_ms'])}, max {c.fmt_ms(ks['all']['max_ms'])}")
    st.close_db()
    c.remove_db(dest)
    res.update(names=fixed, keystrokes={k: v for k, v in ks.items() if k != "first_name"})
    return res


def cmd_checkin(args, out: Path, members: int) -> dict:
    roll = make_roll.default_path(out, members)
    db, _ = checkin_bench.prepare_station(out, members, roll)
    st, clerk = checkin_bench.open_for_voting(db)
    cutoff = st.election.roll_cutoff.isoformat()
    eligible = [r[0] for r in st.db.execute(
        "SELECT iin FROM members WHERE precinct = ? AND status = 'active' AND joined_on <= ?",
        (c.PRECINCT, cutoff))]
    chosen = random.Random(args.seed).sample(eligible, 500)
    prof = cProfile.Profile()
    prof.enable()
    for iin in chosen:
        st.check_in(clerk, iin)
    prof.disable()
    st.close_db()
    print("cProfile of 500 Station.check_in, by internal time:")
    print(top(prof, "tottime", 15))
    return {}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("search", "import", "import-sql", "fts-prefix", "checkin"))
    ap.add_argument("--variants", type=int, default=7, help="import-sql: how many variants to run")
    ap.add_argument("--only", help="import-sql: comma-separated variant numbers (0-based)")
    ap.add_argument("--members", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=make_roll.DEFAULT_OUT)
    ap.add_argument("--queries", type=int, default=2_000)
    ap.add_argument("--names", type=int, default=100)
    ap.add_argument("--profile-queries", type=int, default=6, help="shipped searches to profile (slow)")
    ap.add_argument("--shipped-timeout", type=float, default=60.0, help="deadline of each shipped search")
    ap.add_argument("--seed", type=int, default=7, help="seed of the name queries (as bench/roll_import.py)")
    args = ap.parse_args(argv)
    out = args.out
    print(f"load average at start: {c.load()}")
    result = {"search": cmd_search, "import": cmd_import, "import-sql": cmd_import_sql, "fts-prefix": cmd_fts_prefix,
              "checkin": cmd_checkin}[args.what](args, out, args.members)
    result["load_at_end"] = c.load()
    print(f"load average at end: {result['load_at_end']}")
    (out / f"profile-{args.what}-{args.members}.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
