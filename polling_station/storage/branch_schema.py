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


@migrations(name="0002_signer_pins_journal_links_online_versions")
def m0002_signer_pins_journal_links_online_versions(db):
    """What binds a precinct's packages to one signer and one station journal, and online ballots
    kept as every distinct version a member sent (decided over all files together, not at import).

    Packages imported before this migration keep NULL in the new columns: nothing is known of
    their signer's certificate or their journal, so no rule can be checked against them. The
    stored online ballots are rewritten in the canonical form imports now use (choices in
    candidate-id order, the time in the offset of the election's online window), and their
    member's precinct is no longer copied: it is read from the roll whenever results are computed.
    """
    import datetime as dt
    import json

    for statement in (
        # SHA-256 of the DER certificate that signed the package (manifest and PDF)
        "ALTER TABLE packages ADD COLUMN signer_fingerprint TEXT",
        # the package's journal head (its protocol.finalized entry) …
        "ALTER TABLE packages ADD COLUMN journal_seq INTEGER",
        "ALTER TABLE packages ADD COLUMN journal_hash TEXT",
        # … and every protocol.finalized entry its journal holds, JSON [[seq, hash], …]
        "ALTER TABLE packages ADD COLUMN journal_finalized TEXT",
        # the chair protocol.json names (commission member with role chair)
        "ALTER TABLE packages ADD COLUMN chair TEXT",
        "CREATE INDEX packages_signer ON packages (signer_fingerprint)",
        # every distinct version of a member's ballot in a race; file_id: the first file that brought it
        """CREATE TABLE online_versions (
            race TEXT NOT NULL,
            iin TEXT NOT NULL,
            voted_at TEXT NOT NULL,
            choices TEXT NOT NULL,
            file_id INTEGER NOT NULL,
            PRIMARY KEY (race, iin, voted_at, choices)
        ) WITHOUT ROWID""",
    ):
        db.execute(statement)
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    zone = None
    if "election" in meta:
        try:
            zone = dt.datetime.fromisoformat(json.loads(meta["election"])["online_voting"]["from"]).tzinfo
        except (ValueError, KeyError, TypeError):
            zone = None

    def canonical(voted_at: str, choices: str) -> tuple[str, str]:
        try:
            moment = dt.datetime.fromisoformat(voted_at)
            if zone is not None and moment.tzinfo is not None:
                voted_at = moment.astimezone(zone).isoformat()
        except ValueError:
            pass
        return voted_at, " ".join(sorted(choices.split()))

    rows = [(race, iin, *canonical(voted_at, choices), file_id) for race, iin, voted_at, choices, file_id
            in db.execute("SELECT race, iin, voted_at, choices, file_id FROM online_ballots")]
    rows.sort(key=lambda r: r[:4])
    db.conn.executemany("INSERT OR IGNORE INTO online_versions (race, iin, voted_at, choices, file_id) "
                        "VALUES (?, ?, ?, ?, ?)", rows)
    db.execute("DROP TABLE online_ballots")
    db.execute("ALTER TABLE online_versions RENAME TO online_ballots")
    # a file made by an earlier version: the branch records what its tables hold now, on its next
    # opening (services.branch_integrity), so that later changes made outside the application show
    if db.execute("SELECT seq FROM journal_head").fetchone()[0] > 0:
        db.execute("INSERT INTO meta (key, value) VALUES ('integrity_baseline', 'pending')")
