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
data always give the same bytes.

The files are published as one set (``write_all``): all of them are rendered, then written and
flushed to disk in a new folder beside the target, and only then put in place, so that a reader
never finds new CSV files beside an old ``report.pdf``:

- a target folder that holds nothing but report files (or does not exist yet) is replaced as a
  whole: the old folder is renamed aside, the new one renamed into its place, the old one deleted;
- in a folder shared with other files, each report file is renamed over its old version one after
  the other (a rename is atomic per file, the set is not); if one rename fails, the ones already
  made are undone, so the folder keeps the old set.

A failure before that point (a full disk, a file locked by another program) leaves the old set
untouched and no temporary files behind.
"""
from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
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
                    "online_annulled": len(results.conflicts), "online_set_aside": s.online_set_aside,
                    "online_not_admitted": s.online_not_admitted},
        "turnout": {"regions": [_turnout_json(r) for r in results.regions], "total": _turnout_json(results.total)},
        "precincts": [_turnout_json(r) for r in results.precincts],
        "races": races,
        "conflicts": [{"iin": c.iin, "race": c.race, "paper_at": c.paper_at.isoformat(),
                       "online_at": c.online_at.isoformat(), "resolution": c.resolution, "precinct": c.precinct}
                      for c in results.conflicts],
        "online_set_aside": [{"iin": a.iin, "race": a.race, "precinct": a.precinct,
                              "ballots": [{"voted_at": at, "choices": list(choices)} for at, choices in a.ballots]}
                             for a in results.online_set_aside],
        "problems": [_problem_json(p, render) for p in results.problems],
    }


def results_json(results: BranchResults) -> bytes:
    return (json.dumps(results_dict(results), ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _write_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with open(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot fsync a directory; the rename is what NTFS journals
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _only_reports(folder: Path) -> bool:
    """Whether the folder holds nothing but report files (so it may be replaced as a whole)."""
    return all(entry.name in FILES and entry.is_file() and not entry.is_symlink() for entry in folder.iterdir())


def _replace_folder(staged: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.rename(staged, out_dir)
        _fsync_directory(out_dir.parent)
        return
    old = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.old-"))
    os.rmdir(old)
    os.rename(out_dir, old)
    try:
        os.rename(staged, out_dir)
    except BaseException:
        os.rename(old, out_dir)  # the old set back where it was
        raise
    _fsync_directory(out_dir.parent)
    shutil.rmtree(old, ignore_errors=True)


def _replace_files(staged: Path, out_dir: Path) -> None:
    """Rename each staged file over its old version; undo them all if one fails."""
    for name in FILES:
        target = out_dir / name
        if target.is_symlink() or (target.exists() and not target.is_file()):
            raise IsADirectoryError(errno.EISDIR, "not a report file", str(target))
    done: list[tuple[Path, Path | None]] = []  # (target, its old version set aside, or None)
    try:
        for name in FILES:
            target = out_dir / name
            previous = None
            if target.exists():
                previous = staged / f".{name}.old"
                os.replace(target, previous)
            done.append((target, previous))
            os.replace(staged / name, target)
    except BaseException:
        for target, previous in reversed(done):
            try:
                if previous is not None:
                    os.replace(previous, target)
                else:
                    target.unlink(missing_ok=True)
            except OSError:
                pass  # nothing more can be restored; the error below says what failed
        raise
    _fsync_directory(out_dir)


def write_all(results: BranchResults, out_dir: Path, *,
              progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Render every report file, then publish them as one set in ``out_dir`` (see the module doc)."""
    from polling_station.reports.branch_pdf import render_branch_pdf

    out_dir = Path(out_dir)
    renderers = {
        "turnout.csv": turnout_csv, "precincts.csv": precincts_csv, "results.csv": results_csv,
        "ratings.csv": ratings_csv, "conflicts.csv": conflicts_csv, "draft_list.csv": draft_csv,
        "results.json": results_json, "report.pdf": render_branch_pdf,
    }
    rendered = {}
    for n, name in enumerate(FILES, 1):
        rendered[name] = renderers[name](results)
        if progress:
            progress(n, len(FILES))
    given, out_dir = out_dir, out_dir.absolute()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    # a folder of its own is replaced whole; never the working folder or a mount point
    whole = not out_dir.exists() or (_only_reports(out_dir) and not os.path.ismount(out_dir)
                                     and out_dir.resolve() != Path.cwd().resolve())
    # beside the target (the same file system, so renames are atomic); in a shared folder, inside it
    staged = Path(tempfile.mkdtemp(dir=out_dir.parent if whole else out_dir, prefix=f".{out_dir.name}.new-"))
    try:
        for name in FILES:
            _write_file(staged / name, rendered[name])
        _fsync_directory(staged)
        if whole:
            _replace_folder(staged, out_dir)
        else:
            _replace_files(staged, out_dir)
    finally:
        if staged.exists():
            shutil.rmtree(staged, ignore_errors=True)
    return [given / name for name in FILES]
