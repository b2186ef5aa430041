"""The append-only, hash-chained journal (after vxsuite's event log).

Each entry records one change: its sequence number, time, acting officer, action and payload
(canonical JSON), and the SHA-256 of the previous entry's hash together with its own fields.
Entries are appended in the same transaction as the state they describe, so the journal and
the state never disagree about what happened. Triggers refuse UPDATE and DELETE; an edit made
outside SQLite's triggers (or by dropping them) breaks the chain, and ``verify`` names where.
The head (last seq and hash) is also kept in ``journal_head`` so that cutting off the tail shows.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterator

import sqlite_utils

from polling_station.domain.problems import Problem, error

GENESIS = "0" * 64

MESSAGES = {
    "journal.gap": "Journal entry {missing} is missing (the entries jump from {previous} to {seq}).",
    "journal.gap_range": "Journal entries {first} to {last} are missing (the entries jump from {previous} to {seq}).",
    "journal.order": "Journal entry {seq} comes after entry {previous}: entries are repeated or out of order.",
    "journal.link": "Journal entry {seq} does not follow entry {previous}: the chain is broken there.",
    "journal.hash": "Journal entry {seq} ({action}) was altered after it was written.",
    "journal.head": "The journal ends at entry {last} but the station recorded entry {head} as the last: entries were removed.",
    "journal.head_hash": "The last journal entry ({seq}) differs from the one the station recorded.",
}

SCHEMA = """
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    officer TEXT,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE journal_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL);
INSERT INTO journal_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
"""


def canonical(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, seq: int, at: str, officer: str | None, action: str, payload_json: str) -> str:
    h = hashlib.sha256()
    for part in (prev_hash, str(seq), at, officer or "", action, payload_json):
        data = part.encode("utf-8")
        h.update(len(data).to_bytes(8, "big"))  # length-prefixed: no ambiguity between fields
        h.update(data)
    return h.hexdigest()


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    officer: str | None
    action: str
    payload: dict
    prev_hash: str
    hash: str


def append(db: sqlite_utils.Database, *, at: str, officer: str | None, action: str, payload: dict) -> Entry:
    """Append one entry. Call inside the transaction that makes the change it records."""
    seq, prev = db.execute("SELECT seq, hash FROM journal_head WHERE id = 1").fetchone()
    seq += 1
    body = canonical(payload)
    digest = entry_hash(prev, seq, at, officer, action, body)
    db.execute("INSERT INTO journal (seq, at, officer, action, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
               (seq, at, officer, action, body, prev, digest))
    db.execute("UPDATE journal_head SET seq = ?, hash = ? WHERE id = 1", (seq, digest))
    return Entry(seq, at, officer, action, payload, prev, digest)


def entries(db: sqlite_utils.Database, action: str | None = None) -> Iterator[Entry]:
    sql = "SELECT seq, at, officer, action, payload, prev_hash, hash FROM journal"
    args: tuple = ()
    if action:
        sql += " WHERE action = ?"
        args = (action,)
    for seq, at, officer, act, payload, prev, digest in db.execute(sql + " ORDER BY seq", args):
        yield Entry(seq, at, officer, act, json.loads(payload), prev, digest)


def verify_rows(rows, head: tuple[int, str] | None) -> list[Problem]:
    """Check a sequence of raw journal rows (seq, at, officer, action, payload, prev_hash, hash)."""
    problems: list[Problem] = []
    expected_prev, previous_seq = GENESIS, 0
    last_hash = GENESIS
    for seq, at, officer, action, payload, prev, digest in rows:
        if seq == previous_seq + 2:
            problems.append(error("journal.gap", missing=seq - 1, seq=seq, previous=previous_seq))
        elif seq > previous_seq + 2:
            problems.append(error("journal.gap_range", first=previous_seq + 1, last=seq - 1, seq=seq,
                                  previous=previous_seq))
        elif seq <= previous_seq:
            problems.append(error("journal.order", seq=seq, previous=previous_seq))
        elif prev != expected_prev:
            problems.append(error("journal.link", seq=seq, previous=previous_seq))
        if entry_hash(prev, seq, at, officer, action, payload) != digest:
            problems.append(error("journal.hash", seq=seq, action=action))
        expected_prev, previous_seq, last_hash = digest, seq, digest
    if head is not None:
        head_seq, head_hash = head
        if head_seq != previous_seq:
            problems.append(error("journal.head", last=previous_seq, head=head_seq))
        elif head_hash != last_hash:
            problems.append(error("journal.head_hash", seq=head_seq))
    return problems


def verify(db: sqlite_utils.Database) -> list[Problem]:
    rows = db.execute("SELECT seq, at, officer, action, payload, prev_hash, hash FROM journal ORDER BY seq")
    head = db.execute("SELECT seq, hash FROM journal_head WHERE id = 1").fetchone()
    return verify_rows(rows, tuple(head) if head else None)
