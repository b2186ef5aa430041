"""Backups through SQLite's online backup API, checked before they replace the previous one.

A backup is written to a temporary file in the target folder, checked with
``PRAGMA integrity_check`` and a journal-chain verification, fsynced, and only then renamed over
the previous backup: a pulled USB stick or a full disk leaves the old backup intact.
"""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from polling_station.domain.problems import Problem, error
from polling_station.errors import Refused
from polling_station.storage import journal
from polling_station.storage.db import owner_only

MESSAGES = {
    "media.read_only": "{folder} is read-only: nothing was written there.",
    "media.full": "{folder} is full: nothing was written there.",
    "media.missing": "{folder} is not there (was the USB stick removed?): nothing was written.",
    "media.failed": "Writing to {folder} failed ({reason}): nothing was written.",
    "backup.integrity": "The copy in {file} failed SQLite's integrity check: {detail}.",
    "backup.journal": "The copy in {file} has a broken journal.",
    "backup.not_a_backup": "{file} is not a Polling Station station backup.",
}


def media_problem(exc: OSError, folder: Path) -> Problem:
    """What an operating-system error on removable media means for the person holding it."""
    code = {errno.EROFS: "media.read_only", errno.EACCES: "media.read_only", errno.EPERM: "media.read_only",
            errno.ENOSPC: "media.full", errno.EDQUOT: "media.full",
            errno.ENOENT: "media.missing", errno.ENODEV: "media.missing", errno.EIO: "media.missing",
            errno.ENOTDIR: "media.missing"}.get(exc.errno)
    if code:
        return error(code, folder=str(folder))
    return error("media.failed", folder=str(folder), reason=exc.strerror or str(exc))


def check_copy(path: Path) -> list[Problem]:
    """integrity_check and the journal chain of a database file (a backup or the live file)."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            return [error("backup.integrity", file=str(path), detail="; ".join(rows[:3]))]
        try:
            jrows = conn.execute("SELECT seq, at, officer, action, payload, prev_hash, hash FROM journal ORDER BY seq")
            head = conn.execute("SELECT seq, hash FROM journal_head").fetchone()
        except sqlite3.DatabaseError:
            return [error("backup.not_a_backup", file=str(path))]
        problems = journal.verify_rows(jrows, tuple(head) if head else None)
        return [error("backup.journal", file=str(path))] + problems if problems else []
    except sqlite3.DatabaseError as exc:
        return [error("backup.integrity", file=str(path), detail=str(exc))]
    finally:
        conn.close()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the open database to ``target`` (a file path), replacing it only once the copy checks."""
    target = Path(target)
    folder = target.parent
    tmp = folder / (target.name + ".partial")
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "no such folder", str(folder))
        with owner_only():
            tmp.unlink(missing_ok=True)
            dest = sqlite3.connect(tmp)
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        problems = check_copy(tmp)
        if problems:
            tmp.unlink(missing_ok=True)
            raise Refused(problems)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
        _fsync_dir(folder)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise Refused(media_problem(exc, folder)) from None
    except sqlite3.OperationalError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        reason = str(exc)
        code = "media.full" if "full" in reason else "media.read_only" if "readonly" in reason or "read-only" in reason \
            else "media.failed"
        raise Refused(error(code, folder=str(folder), reason=reason)) from None
    return target
