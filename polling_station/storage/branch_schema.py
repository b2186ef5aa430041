"""The branch office database's schema, as named forward migrations (never recreated, never rewound).

One SQLite file per branch office: the election, the roll's IIN → precinct map (the turnout
denominators and the online ballots' home precincts), the trusted certificates, every precinct
package accepted or refused, the online ballots, and the exclusions added at the branch. The
journal is the station's own hash-chained journal; every change is appended to it in the same
transaction.

Add a migration at the end for every change; never edit one that has shipped.
"""
from __future__ import annotations

from sqlite_utils.migrations import Migrations

from polling_station.storage import journal

migrations = Migrations("polling-station.branch")


@migrations(name="0001_branch")
def m0001_branch(db):
    db.executescript(journal.SCHEMA)
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        -- one row per member of the roll; WITHOUT ROWID keeps 800,000 rows at about 30 MB
        CREATE TABLE roll_members (
            iin TEXT PRIMARY KEY,
            precinct TEXT NOT NULL,
            eligible INTEGER NOT NULL CHECK (eligible IN (0, 1))
        ) WITHOUT ROWID;
        -- the roll's counts per precinct, rewritten with every roll import: turnout reads them at once
        CREATE TABLE roll_precincts (
            precinct TEXT PRIMARY KEY,
            members INTEGER NOT NULL,
            eligible INTEGER NOT NULL
        );

        -- precinct '' trusts the certificate for every precinct
        CREATE TABLE trust (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            precinct TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL,
            is_ca INTEGER NOT NULL,
            not_after TEXT NOT NULL,
            pem TEXT NOT NULL,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL,
            UNIQUE (fingerprint, precinct)
        );

        -- every package that passed verification, whatever became of it (current, superseded, conflict)
        CREATE TABLE packages (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            file TEXT NOT NULL,
            precinct TEXT NOT NULL,
            version INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            signer TEXT NOT NULL,
            signer_iin TEXT,
            protocol TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL
        );
        CREATE INDEX packages_precinct ON packages (precinct, version);
        CREATE TABLE package_checkins (
            package_id INTEGER NOT NULL REFERENCES packages (id),
            iin TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (package_id, iin)
        ) WITHOUT ROWID;

        -- packages refused at import, with the reasons; the same refusal is recorded once
        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            file TEXT NOT NULL,
            precinct TEXT NOT NULL DEFAULT '',
            problems TEXT NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (sha256, problems)
        );

        -- the commission's choice between different packages of one protocol version
        CREATE TABLE resolutions (
            precinct TEXT NOT NULL,
            version INTEGER NOT NULL,
            chosen TEXT NOT NULL,
            set_aside TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            PRIMARY KEY (precinct, version)
        );

        CREATE TABLE online_files (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            rows INTEGER NOT NULL,
            added INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        );
        -- precinct: the member's, from the roll (kept in step by roll imports): turnout reads no join
        CREATE TABLE online_ballots (
            race TEXT NOT NULL,
            iin TEXT NOT NULL,
            voted_at TEXT NOT NULL,
            choices TEXT NOT NULL,
            precinct TEXT NOT NULL,
            file_id INTEGER NOT NULL,
            PRIMARY KEY (race, iin)
        ) WITHOUT ROWID;

        -- candidates excluded by the control committee after the election definition was issued
        CREATE TABLE exclusions (
            race TEXT NOT NULL,
            candidate TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            PRIMARY KEY (race, candidate)
        );
        """
    )
