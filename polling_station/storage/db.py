"""Opening a station or branch database: pragmas, schema version, owner-only files.

Every database is one SQLite file in WAL mode with ``synchronous=FULL``: a commit returns only
after the write-ahead log is on disk, which is what lets a check-in be acknowledged as durable.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from polling_station.errors import Refused

MESSAGES = {
    "storage.missing": "There is no database at {path}.",
    "storage.exists": "A file already exists at {path}; choose another name.",
    "storage.not_a_database": "{path} is not a Polling Station database.",
    "storage.newer_schema":
        "{path} was written by a newer version of Polling Station (it has {unknown}); update the application.",
    "storage.wrong_kind": "{path} is a {found} database, not a {expected} database.",
    "storage.unreadable": "{path} cannot be opened: {reason}.",
}


@contextmanager
def owner_only():
    """New files (database, WAL, backups, exports) readable by the owner alone: they hold IINs."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost transaction takes the write lock at once
    (BEGIN IMMEDIATE): two desks on one file then wait for each other (busy_timeout) instead of
    one failing with «database is locked» when its read turns into a write."""

    _after_commit: list | None = None

    def after_commit(self, action) -> None:
        """Run ``action()`` once the outermost transaction has committed (never if it rolls back):
        what must see the change durable, such as a backup, without being part of it."""
        if self._after_commit is None:
            self._after_commit = []
        if action not in self._after_commit:
            self._after_commit.append(action)

    @contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self._after_commit = []
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._after_commit = []
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._after_commit = []
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        actions, self._after_commit = self._after_commit, []
        for action in actions:
            action()


def _connect(path: Path) -> sqlite_utils.Database:
    with owner_only():
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        # a damaged text cell must become a readable sentence, never a crash of every command
        conn.text_factory = lambda b: b.decode("utf-8", "replace")
        db = Database(conn)
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    return db


def open_database(path: Path | str, migrations: Migrations, kind: str, *, create: bool = False) -> sqlite_utils.Database:
    """Open (or create) a database of ``kind`` ('station' or 'branch') and migrate it forward.

    A database that has migrations this version does not know is refused rather than touched:
    it was written by a newer version and we must not guess at its schema.
    """
    path = Path(path)
    if create and path.exists():
        raise Refused.because("storage.exists", path=str(path))
    if not create and not path.exists():
        raise Refused.because("storage.missing", path=str(path))
    try:
        db = _connect(path)
        if not create:
            tables = set(db.table_names())
            if "_sqlite_migrations" not in tables:
                db.close()
                raise Refused.because("storage.not_a_database", path=str(path))
            sets = {r[0] for r in db.execute("SELECT DISTINCT migration_set FROM _sqlite_migrations")}
            if migrations.name not in sets:
                db.close()
                found = next(iter(sets), "?").split(".")[-1]
                raise Refused.because("storage.wrong_kind", path=str(path), found=found, expected=kind)
            known = {m.name for m in migrations._migrations}
            applied = [m.name for m in migrations.applied(db)]
            unknown = [name for name in applied if name not in known]
            if unknown:
                db.close()
                raise Refused.because("storage.newer_schema", path=str(path), unknown=", ".join(unknown))
        with owner_only():
            migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise Refused.because("storage.unreadable", path=str(path), reason=str(exc)) from None
    return db
