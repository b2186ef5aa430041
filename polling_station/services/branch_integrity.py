"""Tamper evidence for the branch file: its tables checked against its journal.

Every change the branch makes is written together with a journal entry (``services.branch``),
and each entry carries enough to check afterwards what the change left in the tables:

================  =========================================  ============================================
table             recorded by                                checked as
================  =========================================  ============================================
meta (election)   ``branch.created``: ``election_sha256``     the stored definition's SHA-256
roll_members      ``roll.imported``: ``roll`` (count, digest) one SHA-256 over every row in key order
roll_precincts    —                                          recounted from ``roll_members``
trust             ``trust.added``                            row by row; the fingerprint of the stored PEM
packages          ``package.imported``                       row by row, the protocol by its SHA-256
package_checkins  ``package.imported``: ``checkins_digest``  one SHA-256 per package
rejections        ``package.rejected``                       row by row
resolutions       ``conflict.resolved`` (the last one wins)   row by row
exclusions        ``candidate.excluded``                     row by row
online_files      ``online.imported``: ``file_id``…          row by row
online_ballots    ``online.imported``: ``ballots``           one SHA-256 over the rows each file added
================  =========================================  ============================================

Online ballots are added, never changed, so each file's digest covers only its own rows and an
import hashes only what it adds; the roll is changed in place by a newer roll, so its whole
digest is taken again after each roll import (and checked before it, so that an import never
launders an edit). A branch file made before these digests existed gets an ``integrity.baseline``
entry on its first opening by this version: later changes show, earlier ones cannot.

``problems(db)`` reads every row (about 2 s for 800,000 members and 600,000 online ballots);
``problems(db, quick=True)`` compares the row counts only, for ``status``.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any, Iterable

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from polling_station.domain.problems import Problem, error
from polling_station.storage import journal

MESSAGES = {
    "branch.tamper_rows": "{table}: the rows that {source} brought in were changed outside the application "
                          "({found} rows in the file, {expected} recorded by journal entry {seq}).",
    "branch.tamper_election": "The election definition stored in the branch file was changed outside the "
                              "application.",
    "branch.report_tampered": "The report was not written: the branch file was changed outside the application "
                              "({tables}), so its figures can no longer be trusted. Rebuild the branch file from "
                              "the packages and online files, or go back to a copy whose data match its journal.",
}

CHUNK = 50_000
BASELINE = "integrity.baseline"


# ----- the digests the journal keeps ------------------------------------------------------------

def _digest(lines: Iterable[str]) -> dict:
    h = hashlib.sha256()
    count = 0
    buffer: list[str] = []
    for line in lines:
        buffer.append(line)
        if len(buffer) >= CHUNK:
            h.update("".join(buffer).encode("utf-8"))
            count += len(buffer)
            buffer.clear()
    h.update("".join(buffer).encode("utf-8"))
    count += len(buffer)
    return {"count": count, "digest": h.hexdigest()}


def ballot_line(race: str, iin: str, voted_at: str, choices: str) -> str:
    return f"{race}\t{iin}\t{voted_at}\t{choices}\n"


def ballots_digest(rows: Iterable[tuple[str, str, str, str]]) -> dict:
    """(race, iin, voted_at, choices) rows, in primary-key order."""
    return _digest(ballot_line(*row) for row in rows)


def checkins_digest(rows: Iterable[tuple[str, str]]) -> dict:
    """(iin, at) rows of one package, in IIN order."""
    return _digest(f"{iin}\t{at}\n" for iin, at in rows)


def roll_state(db) -> dict:
    """The roll as ``roll.imported`` records it: members, eligible members, one digest."""
    eligible = 0

    def lines():
        nonlocal eligible
        cursor = db.execute("SELECT iin, precinct, eligible FROM roll_members ORDER BY iin")
        while True:
            chunk = cursor.fetchmany(CHUNK)
            if not chunk:
                return
            for iin, precinct, flag in chunk:
                eligible += flag
                yield f"{iin}\t{precinct}\t{flag}\n"

    found = _digest(lines())
    return {"members": found["count"], "eligible": eligible, "digest": found["digest"]}


def protocol_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_PACKAGE_COLUMNS = ("id", "file", "precinct", "version", "reason", "signer", "signer_iin", "signer_fingerprint",
                    "chair", "journal_seq", "journal_hash", "journal_finalized")


def package_record(row: dict) -> dict:
    """What ``package.imported`` (or a baseline) records of a packages row."""
    out = {k: row[k] for k in _PACKAGE_COLUMNS}
    out["journal_finalized"] = json.loads(row["journal_finalized"]) if row["journal_finalized"] else None
    out["protocol_sha256"] = protocol_sha256(row["protocol"])
    return out


def _package_rows(db, where: str = "", args: tuple = ()) -> Iterable[tuple[str, dict]]:
    cols = ", ".join(_PACKAGE_COLUMNS)
    cursor = db.execute(f"SELECT sha256, {cols}, protocol FROM packages {where} ORDER BY id", args)
    for values in cursor:
        row = dict(zip(("sha256", *_PACKAGE_COLUMNS, "protocol"), values))
        yield row["sha256"], row


def package_row(db, package_id: int) -> dict:
    """One packages row as ``package_record`` reads it."""
    (found,) = [row for _, row in _package_rows(db, "WHERE id = ?", (package_id,))]
    return found


def _file_ballot_digests(db) -> dict[int, dict]:
    """file_id → digest of its online ballots, in one pass in primary-key order."""
    hashers: dict[int, list] = {}
    cursor = db.execute("SELECT file_id, race, iin, voted_at, choices FROM online_ballots")
    while True:
        chunk = cursor.fetchmany(CHUNK)
        if not chunk:
            break
        parts: dict[int, list[str]] = {}
        for file_id, race, iin, voted_at, choices in chunk:
            part = parts.get(file_id)
            if part is None:
                part = parts[file_id] = []
            part.append(ballot_line(race, iin, voted_at, choices))
        for file_id, part in parts.items():
            h = hashers.get(file_id)
            if h is None:
                h = hashers[file_id] = [hashlib.sha256(), 0]
            h[0].update("".join(part).encode("utf-8"))
            h[1] += len(part)
    return {f: {"count": n, "digest": h.hexdigest()} for f, (h, n) in hashers.items()}


def _checkin_digests(db) -> dict[int, dict]:
    out: dict[int, list] = {}
    for package_id, iin, at in db.execute("SELECT package_id, iin, at FROM package_checkins "
                                          "ORDER BY package_id, iin"):
        h = out.get(package_id)
        if h is None:
            h = out[package_id] = [hashlib.sha256(), 0]
        h[0].update(f"{iin}\t{at}\n".encode("utf-8"))
        h[1] += 1
    return {p: {"count": n, "digest": h.hexdigest()} for p, (h, n) in out.items()}


def baseline(db) -> dict:
    """What the tables of a file made before the digests hold now (the ``integrity.baseline`` payload)."""
    return {
        "roll": roll_state(db),
        "online_files": {str(i): {"file": f, "sha256": s} for i, f, s in db.execute(
            "SELECT id, file, sha256 FROM online_files ORDER BY id")},
        "online_ballots": {str(f): d for f, d in sorted(_file_ballot_digests(db).items())},
        "packages": {sha: package_record(row) for sha, row in _package_rows(db)},
        "checkins": {str(p): d for p, d in sorted(_checkin_digests(db).items())},
    }


# ----- what the journal says the tables hold ----------------------------------------------------

class _Expected:
    def __init__(self):
        self.election_sha256: str | None = None
        self.roll: tuple[int, dict] | None = None  # (seq, state)
        self.roll_unknown = False  # a roll import of an earlier version: no digest to compare
        self.online_files: dict[int, tuple[int, dict]] = {}
        self.online_ballots: dict[int, tuple[int, dict]] = {}
        self.online_unknown = False
        self.packages: dict[str, tuple[int, dict]] = {}
        self.checkins: dict[int, tuple[int, dict]] = {}
        self.checkins_by_sha: dict[str, tuple[int, dict]] = {}
        self.resolutions: dict[tuple[str, int], dict] = {}
        self.exclusions: dict[tuple[str, str], str] = {}
        self.trust: dict[tuple[str, str], dict] = {}
        self.rejections: Counter = Counter()


def _expected(db) -> _Expected:
    x = _Expected()
    for e in journal.entries(db):
        p = e.payload
        if e.action == "branch.created":
            x.election_sha256 = p.get("election_sha256")
        elif e.action == "roll.imported":
            if isinstance(p.get("roll"), dict):
                x.roll, x.roll_unknown = (e.seq, p["roll"]), False
            else:
                x.roll_unknown = True
        elif e.action == "trust.added":
            x.trust[(p.get("fingerprint"), p.get("precinct") or "")] = p
        elif e.action == "package.imported":
            if "id" in p:
                x.packages[p.get("sha256")] = (e.seq, p)
                if isinstance(p.get("checkins_digest"), dict):
                    x.checkins[p["id"]] = (e.seq, p["checkins_digest"])
            else:  # recorded by an earlier version: the fields it had
                x.packages.setdefault(p.get("sha256"), (e.seq, p))
        elif e.action == "package.rejected":
            x.rejections[(p.get("sha256"), p.get("file"), p.get("precinct") or "",
                          journal.canonical(p.get("problems")))] += 1
        elif e.action == "conflict.resolved":
            x.resolutions[(p.get("precinct"), p.get("version"))] = p
        elif e.action == "candidate.excluded":
            x.exclusions[(p.get("race"), p.get("candidate"))] = p.get("reason")
        elif e.action == "online.imported":
            if "file_id" in p:
                x.online_files[p["file_id"]] = (e.seq, p)
                x.online_ballots[p["file_id"]] = (e.seq, p.get("ballots") or {"count": 0})
            else:
                x.online_unknown = True
        elif e.action == BASELINE:
            x.roll, x.roll_unknown = (e.seq, p["roll"]), False
            x.online_files = {int(i): (e.seq, f) for i, f in p["online_files"].items()}
            x.online_ballots = {int(i): (e.seq, d) for i, d in p["online_ballots"].items()}
            x.online_unknown = False
            x.packages = {sha: (e.seq, {**r, "sha256": sha}) for sha, r in p["packages"].items()}
            x.checkins = {int(i): (e.seq, d) for i, d in p["checkins"].items()}
    return x


# ----- the check --------------------------------------------------------------------------------

def problems(db, *, quick: bool = False) -> list[Problem]:
    """Every table that no longer holds what the journal recorded, named (empty when all agree).

    Call it only on a journal whose own chain verifies (``storage.journal.verify``)."""
    x = _expected(db)
    found: list[Problem] = []
    found += _election(db, x)
    found += _roll(db, x, quick)
    found += _trust(db, x)
    found += _packages(db, x, quick)
    found += _small_tables(db, x)
    found += _online(db, x, quick)
    return found


def tables(problems_found: Iterable[Problem]) -> list[str]:
    """The tables the problems name, in order of first mention."""
    return list(dict.fromkeys(str(p.params.get("table", "meta")) for p in problems_found))


def _election(db, x: _Expected) -> list[Problem]:
    row = db.execute("SELECT value FROM meta WHERE key = 'election'").fetchone()
    if x.election_sha256 is None or row is None:
        return []
    try:
        stored = hashlib.sha256(journal.canonical(json.loads(row[0])).encode()).hexdigest()
    except ValueError:
        stored = ""
    return [] if stored == x.election_sha256 else [error("branch.tamper_election", table="meta")]


def roll_problems(db) -> list[Problem]:
    """The roll against its last recorded state; a roll import checks this before it writes."""
    return _roll(db, _expected(db), quick=False)


def _roll(db, x: _Expected, quick: bool) -> list[Problem]:
    out = []
    if not x.roll_unknown:
        seq, expected = x.roll if x.roll is not None else (1, {"members": 0, "eligible": 0, "digest": None})
        if quick or expected.get("digest") is None:
            n = db.execute("SELECT count(*) FROM roll_members").fetchone()[0]
            state = {"members": n, "digest": expected.get("digest")}
        else:
            state = roll_state(db)
        if (state["members"], state["digest"]) != (expected["members"], expected.get("digest")):
            out.append(error("tamper.roll_changed", table="roll_members", found=state["members"],
                             expected=expected["members"], seq=seq))
    counts = {p: (n, e) for p, n, e in db.execute(
        "SELECT precinct, count(*), sum(eligible) FROM roll_members GROUP BY precinct")}
    stored = {p: (n, e) for p, n, e in db.execute("SELECT precinct, members, eligible FROM roll_precincts")}
    for precinct in sorted(set(counts) | set(stored)):
        if counts.get(precinct) != stored.get(precinct):
            out.append(error("tamper.row_changed", table="roll_precincts", key=precinct, field="members, eligible",
                             found=_pair(stored.get(precinct)), expected=_pair(counts.get(precinct))))
    return out


def _pair(value) -> str:
    return "—" if value is None else f"{value[0]}, {value[1]}"


def _trust(db, x: _Expected) -> list[Problem]:
    out = []
    rows = {}
    for fingerprint, precinct, subject, is_ca, not_after, pem in db.execute(
            "SELECT fingerprint, precinct, subject, is_ca, not_after, pem FROM trust"):
        rows[(fingerprint, precinct)] = (subject, bool(is_ca), not_after)
        key = f"{fingerprint[:16]}… {precinct or '*'}"
        try:
            der = x509.load_pem_x509_certificate(pem.encode("ascii")).public_bytes(serialization.Encoding.DER)
            actual = hashlib.sha256(der).hexdigest()
        except (ValueError, UnicodeEncodeError):
            actual = "?"
        if actual != fingerprint:
            out.append(error("tamper.row_changed", table="trust", key=key, field="pem",
                             found=actual[:16], expected=fingerprint[:16]))
    for key in sorted(set(rows) | set(x.trust), key=str):
        label = f"{str(key[0])[:16]}… {key[1] or '*'}"
        if key not in x.trust:
            out.append(error("tamper.row_added", table="trust", key=label))
        elif key not in rows:
            out.append(error("tamper.row_missing", table="trust", key=label))
        else:
            p = x.trust[key]
            expected = (p.get("subject"), bool(p.get("is_ca")), p.get("not_after"))
            for name, a, b in zip(("subject", "is_ca", "not_after"), rows[key], expected):
                if a != b:
                    out.append(error("tamper.row_changed", table="trust", key=label, field=name, found=a, expected=b))
    return out


def _short(value: Any) -> Any:
    return value[:16] if isinstance(value, str) and len(value) == 64 else value


def _packages(db, x: _Expected, quick: bool) -> list[Problem]:
    out = []
    seen = set()
    ids = {}
    if quick:
        rows = [(sha, {"id": i, "precinct": p, "version": v, "file": f}) for sha, i, p, v, f in db.execute(
            "SELECT sha256, id, precinct, version, file FROM packages")]
    else:
        rows = list(_package_rows(db))
    for sha, row in rows:
        seen.add(sha)
        ids[row["id"]] = row.get("file") or sha[:12]
        key = f"{row['precinct']} v{row['version']} ({sha[:12]})"
        entry = x.packages.get(sha)
        if entry is None:
            out.append(error("tamper.row_added", table="packages", key=key))
            continue
        if quick:
            continue
        recorded = entry[1]
        actual = package_record(row)
        for name in ("id", "precinct", "version", "file", "reason", "signer", "signer_iin", "signer_fingerprint",
                     "chair", "journal_seq", "journal_hash", "journal_finalized", "protocol_sha256"):
            if name not in recorded:
                continue  # an entry of an earlier version did not record it
            if actual[name] != recorded[name]:
                out.append(error("tamper.row_changed", table="packages", key=key,
                                 field="protocol" if name == "protocol_sha256" else name,
                                 found=_short(actual[name]), expected=_short(recorded[name])))
    for sha in sorted(set(x.packages) - seen):
        p = x.packages[sha][1]
        out.append(error("tamper.row_missing", table="packages", key=f"{p.get('precinct')} v{p.get('version')} "
                                                                     f"({str(sha)[:12]})"))
    # the check-ins of each package
    if quick:
        counts = dict(db.execute("SELECT package_id, count(*) FROM package_checkins GROUP BY package_id"))
        actual_checkins = {p: {"count": n, "digest": None} for p, n in counts.items()}
    else:
        actual_checkins = _checkin_digests(db)
    for package_id in sorted(set(actual_checkins) | set(x.checkins)):
        if package_id not in x.checkins:
            if package_id not in ids:
                out.append(error("tamper.row_added", table="package_checkins", key=f"package_id {package_id}"))
            continue  # a package recorded by an earlier version: no digest to compare
        seq, expected = x.checkins[package_id]
        got = actual_checkins.get(package_id, {"count": 0, "digest": hashlib.sha256().hexdigest()})
        if got["count"] != expected["count"] or (not quick and got["digest"] != expected["digest"]):
            out.append(error("branch.tamper_rows", table="package_checkins", source=ids.get(package_id, package_id),
                             found=got["count"], expected=expected["count"], seq=seq))
    return out


def _small_tables(db, x: _Expected) -> list[Problem]:
    out = []
    rows = {(p, v): (c, json.loads(s), r) for p, v, c, s, r in db.execute(
        "SELECT precinct, version, chosen, set_aside, reason FROM resolutions")}
    for key in sorted(set(rows) | set(x.resolutions), key=str):
        label = f"{key[0]} v{key[1]}"
        if key not in x.resolutions:
            out.append(error("tamper.row_added", table="resolutions", key=label))
        elif key not in rows:
            out.append(error("tamper.row_missing", table="resolutions", key=label))
        else:
            p = x.resolutions[key]
            for name, a, b in zip(("chosen", "set_aside", "reason"), rows[key],
                                  (p.get("chosen"), p.get("set_aside"), p.get("reason"))):
                if a != b:
                    out.append(error("tamper.row_changed", table="resolutions", key=label, field=name,
                                     found=_short(a) if not isinstance(a, list) else len(a),
                                     expected=_short(b) if not isinstance(b, list) else len(b or [])))
    rows_ex = {(r, c): why for r, c, why in db.execute("SELECT race, candidate, reason FROM exclusions")}
    for key in sorted(set(rows_ex) | set(x.exclusions), key=str):
        label = f"{key[0]}/{key[1]}"
        if key not in x.exclusions:
            out.append(error("tamper.row_added", table="exclusions", key=label))
        elif key not in rows_ex:
            out.append(error("tamper.row_missing", table="exclusions", key=label))
        elif rows_ex[key] != x.exclusions[key]:
            out.append(error("tamper.row_changed", table="exclusions", key=label, field="reason",
                             found=rows_ex[key], expected=x.exclusions[key]))
    found = Counter()
    for sha, file, precinct, problems_json in db.execute("SELECT sha256, file, precinct, problems FROM rejections"):
        try:
            listed = journal.canonical(json.loads(problems_json))
        except ValueError:
            listed = problems_json
        found[(sha, file, precinct, listed)] += 1
    if found != x.rejections:
        out.append(error("tamper.table_changed", table="rejections", found=sum(found.values()),
                         expected=sum(x.rejections.values())))
    return out


def _online(db, x: _Expected, quick: bool) -> list[Problem]:
    if x.online_unknown:
        return []
    out = []
    files = {i: (f, s) for i, f, s in db.execute("SELECT id, file, sha256 FROM online_files")}
    for file_id in sorted(set(files) | set(x.online_files)):
        if file_id not in x.online_files:
            out.append(error("tamper.row_added", table="online_files", key=file_id))
        elif file_id not in files:
            out.append(error("tamper.row_missing", table="online_files", key=file_id))
        else:
            p = x.online_files[file_id][1]
            for name, a in zip(("file", "sha256"), files[file_id]):
                if a != p.get(name):
                    out.append(error("tamper.row_changed", table="online_files", key=file_id, field=name,
                                     found=_short(a), expected=_short(p.get(name))))
    if quick:
        actual = {f: {"count": n, "digest": None} for f, n in db.execute(
            "SELECT file_id, count(*) FROM online_ballots GROUP BY file_id")}
    else:
        actual = _file_ballot_digests(db)
    empty = hashlib.sha256().hexdigest()
    for file_id in sorted(set(actual) | set(x.online_ballots)):
        seq, expected = x.online_ballots.get(file_id, (0, {"count": 0, "digest": empty}))
        got = actual.get(file_id, {"count": 0, "digest": empty})
        if got["count"] != expected["count"] or (not quick and got["digest"] != expected.get("digest", empty)):
            if file_id not in x.online_ballots:
                out.append(error("tamper.row_added", table="online_ballots", key=f"file_id {file_id}"))
                continue
            out.append(error("branch.tamper_rows", table="online_ballots", source=files[file_id][0] if file_id in files
                             else f"file_id {file_id}", found=got["count"], expected=expected["count"], seq=seq))
    return out
