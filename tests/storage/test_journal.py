import sqlite3

import pytest

from polling_station.storage import journal
from polling_station.storage.db import open_database
from polling_station.storage.station_schema import migrations
from polling_station.errors import Refused


@pytest.fixture
def db(tmp_path):
    d = open_database(tmp_path / "s.db", migrations, "station", create=True)
    with d.atomic():
        for i in range(5):
            journal.append(d, at=f"2020-10-03T09:0{i}:00+06:00", officer="c1", action="checkin",
                           payload={"iin": f"{i}", "desk": "1"})
    yield d
    d.close()


def raw(path):
    """A connection from outside the application: no triggers dropped, but a tamperer can."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER journal_no_update")
    conn.execute("DROP TRIGGER journal_no_delete")
    return conn


def test_an_untouched_journal_verifies(db):
    assert journal.verify(db) == []


def test_the_journal_refuses_update_and_delete(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE journal SET officer = 'x' WHERE seq = 2")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM journal WHERE seq = 2")


def test_an_edited_entry_is_named(db, tmp_path):
    conn = raw(tmp_path / "s.db")
    conn.execute("""UPDATE journal SET payload = '{"desk":"1","iin":"99"}' WHERE seq = 3""")
    conn.commit()
    assert [(p.code, p.params["seq"]) for p in journal.verify(db)] == [("journal.hash", 3)]


def test_a_deleted_entry_is_found(db, tmp_path):
    conn = raw(tmp_path / "s.db")
    conn.execute("DELETE FROM journal WHERE seq = 2")
    conn.commit()
    assert [p.code for p in journal.verify(db)] == ["journal.gap"]


def test_a_cut_off_tail_is_found(db, tmp_path):
    conn = raw(tmp_path / "s.db")
    conn.execute("DELETE FROM journal WHERE seq = 5")
    conn.commit()
    assert [p.code for p in journal.verify(db)] == ["journal.head"]


def test_a_rewritten_chain_without_the_head_is_found(db, tmp_path):
    # the tamperer recomputes every hash after changing entry 2, but not the recorded head
    conn = raw(tmp_path / "s.db")
    rows = conn.execute("SELECT seq, at, officer, action, payload FROM journal ORDER BY seq").fetchall()
    prev = journal.GENESIS
    for seq, at, officer, action, payload in rows:
        if seq == 2:
            payload = payload.replace('"1"', '"2"')
        digest = journal.entry_hash(prev, seq, at, officer, action, payload)
        conn.execute("UPDATE journal SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?", (payload, prev, digest, seq))
        prev = digest
    conn.commit()
    assert [p.code for p in journal.verify(db)] == ["journal.head_hash"]


def test_migrations_from_an_empty_database(tmp_path):
    d = open_database(tmp_path / "new.db", migrations, "station", create=True)
    names = [m.name for m in migrations.applied(d)]
    assert names == [m.name for m in migrations._migrations]
    assert {"members", "checkins", "journal", "officers"} <= set(d.table_names())
    assert d.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert d.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    d.close()
    assert (tmp_path / "new.db").stat().st_mode & 0o077 == 0  # owner-only


def test_a_newer_schema_is_refused(tmp_path):
    d = open_database(tmp_path / "s.db", migrations, "station", create=True)
    d["_sqlite_migrations"].insert({"migration_set": migrations.name, "name": "9999_from_the_future",
                                    "applied_at": "2030-01-01"})
    d.close()
    with pytest.raises(Refused) as exc:
        open_database(tmp_path / "s.db", migrations, "station")
    assert exc.value.problems[0].code == "storage.newer_schema"


def test_not_a_database(tmp_path):
    (tmp_path / "x.db").write_bytes(b"hello, this is not sqlite" * 100)
    with pytest.raises(Refused) as exc:
        open_database(tmp_path / "x.db", migrations, "station")
    assert exc.value.problems[0].code in ("storage.unreadable", "storage.not_a_database")


def _delete(path, *seqs):
    conn = raw(path)
    conn.executemany("DELETE FROM journal WHERE seq = ?", [(s,) for s in seqs])
    conn.commit()
    conn.close()


def test_a_deleted_entry_is_named_not_the_one_after_it(db, tmp_path):
    from polling_station.i18n import render
    _delete(tmp_path / "s.db", 3)
    problems = journal.verify(db)
    assert [(p.code, p.params["missing"], p.params["previous"], p.params["seq"]) for p in problems] == [
        ("journal.gap", 3, 2, 4)]
    assert render(problems[0]) == "Journal entry 3 is missing (the entries jump from 2 to 4)."


def test_several_deleted_entries_are_named_as_a_range(db, tmp_path):
    from polling_station.i18n import render
    _delete(tmp_path / "s.db", 2, 3, 4)
    problems = journal.verify(db)
    assert [(p.code, p.params["first"], p.params["last"]) for p in problems] == [("journal.gap_range", 2, 4)]
    assert render(problems[0]) == "Journal entries 2 to 4 are missing (the entries jump from 1 to 5)."


def test_a_repeated_entry_in_an_exported_journal_is_not_called_a_gap():
    rows = []
    prev = journal.GENESIS
    for seq in (1, 2):
        digest = journal.entry_hash(prev, seq, "2020-10-03T09:00:00+06:00", "c1", "checkin", "{}")
        rows.append((seq, "2020-10-03T09:00:00+06:00", "c1", "checkin", "{}", prev, digest))
        prev = digest
    problems = journal.verify_rows(rows + [rows[1]], (2, prev))
    assert [(p.code, p.params["seq"], p.params["previous"]) for p in problems][0] == ("journal.order", 2, 2)
