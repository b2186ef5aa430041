"""The branch report files (DESIGN §4 ``branch report``), rendered from ``BranchResults``.

Files, all UTF-8 with a BOM (so Excel on Windows reads Kazakh and Russian names right), one
header row, ``\\n`` line ends, ids as in the election definition:

``turnout.csv``    region,name,registered,voted,paper,online,percent — one row per region in the
                   election's order, then region ``TOTAL``; percent with one decimal
``precincts.csv``  region,precinct,name,registered,voted,paper,online,percent,status,version — the
                   same per precinct, then ``TOTAL``; status imported|missing|rejected|conflict
``results.csv``    race,candidate,paper,online,total,rank,excluded — per race in rating order;
                   equal totals share a rank; an excluded candidate has no rank and its reason
``ratings.csv``    race,rating,rank,tied,candidate,name,sex,youth,total,excluded — the three
                   published ratings (overall, women, youth), each its own competition ranking
``conflicts.csv``  iin,race,paper_at,online_at,resolution — every member who voted both ways
``draft_list.csv`` race,position,candidate,name,sex,youth,total,rank,reason,tie_at_cut
``results.json``   all of the above as ``polling-station/branch-results@1``
``report.pdf``     the bilingual (kk/ru) report

Every file depends only on the results, never on the clock or the order of imports, so the same
data always give the same bytes. Each file is written to a temporary name and renamed.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from polling_station.domain import names
from polling_station.services.branch_results import TOTAL, BranchResults, RaceOutcome, TurnoutRow

FORMAT = "polling-station/branch-results@1"
FILES = ("turnout.csv", "precincts.csv", "results.csv", "ratings.csv", "conflicts.csv", "draft_list.csv",
         "results.json", "report.pdf")


def _csv(header: Iterable[str], rows: Iterable[Iterable]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _full_name(c) -> str:
    return names.full_name(c.surname, c.given_name, c.patronymic)


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


def turnout_csv(results: BranchResults) -> bytes:
    rows = [(r.region, r.name, r.registered, r.voted, r.paper, r.online, r.percent)
            for r in (*results.regions, results.total)]
    return _csv(("region", "name", "registered", "voted", "paper", "online", "percent"), rows)


def precincts_csv(results: BranchResults) -> bytes:
    t = results.total
    rows = [(r.region, r.precinct, r.name, r.registered, r.voted, r.paper, r.online, r.percent, r.status,
             "" if r.version is None else r.version) for r in results.precincts]
    rows.append((TOTAL, "", t.name, t.registered, t.voted, t.paper, t.online, t.percent, "", ""))
    return _csv(("region", "precinct", "name", "registered", "voted", "paper", "online", "percent", "status",
                 "version"), rows)


def results_csv(results: BranchResults) -> bytes:
    rows = []
    for race in results.races:
        for r in race.ratings.overall:
            rows.append((race.race.id, r.candidate.id, r.paper, r.online, r.total,
                         "" if r.rank is None else r.rank, r.excluded_reason or ""))
    return _csv(("race", "candidate", "paper", "online", "total", "rank", "excluded"), rows)


def _rating_rows(race: RaceOutcome):
    for rating in ("overall", "women", "youth"):
        for r in getattr(race.ratings, rating):
            c = r.candidate
            yield (race.race.id, rating, "" if r.rank is None else r.rank, _yes(r.tied), c.id, _full_name(c), c.sex,
                   _yes(c.id in race.youth), r.total, r.excluded_reason or "")


def ratings_csv(results: BranchResults) -> bytes:
    rows = [row for race in results.races for row in _rating_rows(race)]
    return _csv(("race", "rating", "rank", "tied", "candidate", "name", "sex", "youth", "total", "excluded"), rows)


def conflicts_csv(results: BranchResults) -> bytes:
    rows = [(c.iin, c.race, c.paper_at.isoformat(), c.online_at.isoformat(), c.resolution) for c in results.conflicts]
    return _csv(("iin", "race", "paper_at", "online_at", "resolution"), rows)


def draft_csv(results: BranchResults) -> bytes:
    rows = []
    for race in results.races:
        for d in race.draft.rows:
            c = d.candidate
            rows.append((race.race.id, d.position, c.id, _full_name(c), c.sex, _yes(c.id in race.youth), d.total,
                         d.rank, d.reason, _yes(d.tie_at_cut)))
    return _csv(("race", "position", "candidate", "name", "sex", "youth", "total", "rank", "reason", "tie_at_cut"),
                rows)


def _turnout_json(r: TurnoutRow) -> dict:
    out = {"region": r.region, "name": r.name, "registered": r.registered, "voted": r.voted, "paper": r.paper,
           "online": r.online, "percent": r.percent}
    if r.precinct:
        out.update(precinct=r.precinct, status=r.status, version=r.version)
    return out


def _problem_json(p, render: Callable | None) -> dict:
    out = {"code": p.code, "severity": p.severity, "params": {k: list(v) if isinstance(v, tuple) else v
                                                              for k, v in p.params.items()}}
    if render is not None:
        out["message"] = render(p)
    return out


def results_dict(results: BranchResults, render: Callable | None = None) -> dict:
    e = results.election
    races = []
    for race in results.races:
        candidates = []
        for r in race.ratings.overall:
            c = r.candidate
            candidates.append({
                "id": c.id, "name": _full_name(c), "sex": c.sex, "birth_date": c.birth_date.isoformat(),
                "youth": c.id in race.youth, "paper": r.paper, "online": r.online, "total": r.total,
                "rank": r.rank, "tied": r.tied, "excluded": r.excluded_reason})
        ratings = {rating: [{"candidate": r.candidate.id, "rank": r.rank, "tied": r.tied, "total": r.total,
                             "excluded": r.excluded_reason} for r in getattr(race.ratings, rating)]
                   for rating in ("overall", "women", "youth")}
        draft = {"rows": [{"position": d.position, "candidate": d.candidate.id, "total": d.total, "rank": d.rank,
                           "reason": d.reason, "tie_at_cut": d.tie_at_cut} for d in race.draft.rows],
                 "problems": [_problem_json(p, render) for p in race.draft.problems]}
        races.append({"id": race.race.id, "name": race.race.name, "region": race.race.region,
                      "seats": race.race.seats, "max_choices": race.race.max_choices,
                      "online_ballots": race.result.online_ballots, "candidates": candidates,
                      "ratings": ratings, "draft_list": draft})
    s = results.sources
    return {
        "format": FORMAT,
        "election": {"id": e.id, "title": dict(e.title), "voting_day": e.voting_day.isoformat(),
                     "quotas": dict(e.quotas), "youth_max_age": e.youth_max_age},
        "policy": results.policy,
        "sources": {"packages": [{"precinct": p, "version": v, "sha256": sha} for p, v, sha in s.packages],
                    "precincts": dict(s.precinct_states), "online_files": list(s.online_files),
                    "online_ballots": s.online_ballots, "online_counted": s.online_counted,
                    "online_annulled": len(results.conflicts)},
        "turnout": {"regions": [_turnout_json(r) for r in results.regions], "total": _turnout_json(results.total)},
        "precincts": [_turnout_json(r) for r in results.precincts],
        "races": races,
        "conflicts": [{"iin": c.iin, "race": c.race, "paper_at": c.paper_at.isoformat(),
                       "online_at": c.online_at.isoformat(), "resolution": c.resolution, "precinct": c.precinct}
                      for c in results.conflicts],
        "problems": [_problem_json(p, render) for p in results.problems],
    }


def results_json(results: BranchResults) -> bytes:
    return (json.dumps(results_dict(results), ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_all(results: BranchResults, out_dir: Path, *,
              progress: Callable[[int, int], None] | None = None) -> list[Path]:
    from polling_station.reports.branch_pdf import render_branch_pdf

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    renderers = {
        "turnout.csv": turnout_csv, "precincts.csv": precincts_csv, "results.csv": results_csv,
        "ratings.csv": ratings_csv, "conflicts.csv": conflicts_csv, "draft_list.csv": draft_csv,
        "results.json": results_json, "report.pdf": render_branch_pdf,
    }
    written = []
    for n, name in enumerate(FILES, 1):
        path = out_dir / name
        _write_atomic(path, renderers[name](results))
        written.append(path)
        if progress:
            progress(n, len(FILES))
    return written
