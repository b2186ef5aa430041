"""The station database's schema, as named forward migrations (never recreated, never rewound).

Add a migration at the end for every change; never edit one that has shipped.
"""
from __future__ import annotations

from sqlite_utils.migrations import Migrations

from polling_station.storage import journal

migrations = Migrations("polling-station.station")


@migrations(name="0001_station")
def m0001_station(db):
    db.executescript(journal.SCHEMA)
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE officers (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('chair', 'secretary', 'clerk')),
            pin_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE login_failures (
            officer_id TEXT PRIMARY KEY,
            failures INTEGER NOT NULL,
            locked_until TEXT
        );
        CREATE TABLE members (
            iin TEXT PRIMARY KEY,
            surname TEXT NOT NULL,
            given_name TEXT NOT NULL,
            patronymic TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            sex TEXT,
            region TEXT NOT NULL DEFAULT '',
            precinct TEXT NOT NULL,
            joined_on TEXT NOT NULL,
            status TEXT NOT NULL,
            name_key TEXT NOT NULL
        );
        CREATE INDEX members_precinct ON members (precinct);
        CREATE VIRTUAL TABLE members_fts USING fts5(
            name_key, content='members', content_rowid='rowid',
            prefix='1 2 3', tokenize='unicode61 remove_diacritics 0'
        );
        CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
            INSERT INTO members_fts (rowid, name_key) VALUES (new.rowid, new.name_key);
        END;
        CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
            INSERT INTO members_fts (members_fts, rowid, name_key) VALUES ('delete', old.rowid, old.name_key);
        END;
        CREATE TRIGGER members_fts_update AFTER UPDATE OF name_key ON members BEGIN
            INSERT INTO members_fts (members_fts, rowid, name_key) VALUES ('delete', old.rowid, old.name_key);
            INSERT INTO members_fts (rowid, name_key) VALUES (new.rowid, new.name_key);
        END;
        CREATE TABLE online_voters (iin TEXT PRIMARY KEY, voted_at TEXT NOT NULL);
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            iin TEXT NOT NULL,
            at TEXT NOT NULL,
            officer TEXT NOT NULL,
            desk TEXT NOT NULL,
            receipt TEXT NOT NULL UNIQUE,
            backfilled INTEGER NOT NULL DEFAULT 0,
            online_warning INTEGER NOT NULL DEFAULT 0,
            voided_at TEXT,
            voided_by TEXT,
            void_reason TEXT,
            journal_seq INTEGER NOT NULL
        );
        -- the database itself refuses a second live check-in of one member
        CREATE UNIQUE INDEX checkins_one_live ON checkins (iin) WHERE voided_at IS NULL;
        CREATE INDEX checkins_at ON checkins (at);
        CREATE TABLE ballots_received (race TEXT PRIMARY KEY, count INTEGER NOT NULL CHECK (count >= 0));
        CREATE TABLE spoiled (
            id INTEGER PRIMARY KEY, race TEXT NOT NULL, count INTEGER NOT NULL CHECK (count > 0),
            at TEXT NOT NULL, officer TEXT NOT NULL
        );
        """
    )


@migrations(name="0002_sanitary_observers_incidents")
def m0002_sanitary_observers_incidents(db):
    db.executescript(
        """
        CREATE TABLE checklist_runs (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (name IN ('opening', 'periodic', 'closing')),
            version INTEGER NOT NULL,
            at TEXT NOT NULL,
            officer TEXT NOT NULL,
            answers TEXT NOT NULL,
            passed INTEGER NOT NULL,
            failed_mandatory TEXT NOT NULL
        );
        CREATE TABLE checklist_exceptions (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            at TEXT NOT NULL,
            officer TEXT NOT NULL,
            reason TEXT NOT NULL,
            failed_mandatory TEXT NOT NULL
        );
        CREATE TABLE observers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            represents TEXT NOT NULL,
            arrived_at TEXT NOT NULL,
            left_at TEXT
        );
        CREATE TABLE observer_remarks (
            id INTEGER PRIMARY KEY,
            observer_id INTEGER NOT NULL REFERENCES observers (id),
            at TEXT NOT NULL,
            text TEXT NOT NULL,
            response TEXT,
            responded_at TEXT,
            responded_by TEXT
        );
        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            description TEXT NOT NULL,
            action_taken TEXT NOT NULL DEFAULT '',
            officer TEXT NOT NULL
        );
        """
    )


@migrations(name="0003_counting")
def m0003_counting(db):
    db.executescript(
        """
        -- each officer's independent entry of a race's count sheet (entry 1 or 2)
        CREATE TABLE count_entries (
            race TEXT NOT NULL,
            entry INTEGER NOT NULL CHECK (entry IN (1, 2)),
            officer TEXT NOT NULL,
            role TEXT NOT NULL,
            sheet TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (race, entry)
        );
        -- the sheet both entries agreed on; only this one counts
        CREATE TABLE count_agreed (
            race TEXT PRIMARY KEY,
            sheet TEXT NOT NULL,
            at TEXT NOT NULL
        );
        -- the written explanation of a failed warning relation, for the protocol
        CREATE TABLE relation_explanations (
            race TEXT NOT NULL,
            relation TEXT NOT NULL,
            text TEXT NOT NULL,
            officer TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (race, relation)
        );
        -- the optional tally by ballot, one row per ballot in the order tallied
        CREATE TABLE tally_ballots (
            race TEXT NOT NULL,
            seq INTEGER NOT NULL,
            marks TEXT NOT NULL,
            kind TEXT NOT NULL,
            officer TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (race, seq)
        );
        """
    )


@migrations(name="0004_protocols")
def m0004_protocols(db):
    db.executescript(
        """
        -- every protocol version ever finalized; a correction adds a version, never replaces one
        CREATE TABLE protocols (
            version INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            officer TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            protocol_json TEXT NOT NULL,
            protocol_sha256 TEXT NOT NULL,
            signed_pdf BLOB NOT NULL,
            signer_cert_pem TEXT NOT NULL,
            signer_iin TEXT,
            package_sha256 TEXT
        );
        """
    )
