"""The station's use cases: the only code that changes a station database.

Every public method checks the acting officer's role, decides with the pure rules of
``polling_station.domain``, and writes the change together with its journal entry in one
transaction. A method returns only after that transaction is committed (``synchronous=FULL``),
so whatever it acknowledges is on disk.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field, asdict
from pathlib import Path
from typing import Callable, Iterable

from polling_station.domain import eligibility, names
from polling_station.domain import iin as iin_rules
from polling_station.domain.election import Election, ElectionDefinitionError, parse_election
from polling_station.domain.problems import Problem, error
from polling_station.errors import Refused
from polling_station.services import auth, integrity, roles
from polling_station.services.counting import CountingMixin
from polling_station.services.paper_list import PaperListMixin
from polling_station.services.protocol import ProtocolMixin
from polling_station.services.sanitary import SanitaryMixin
from polling_station.storage import backup, journal
from polling_station.storage.db import open_database
from polling_station.storage.station_schema import migrations

MESSAGES = {
    "station.unknown_precinct": "The election «{election}» has no precinct «{precinct}».",
    "station.state": "This cannot be done while the station is {state} (it needs: {allowed}).",
    "station.officer_exists": "An officer with the login «{officer}» already exists.",
    "station.officer_id": "A login id is 1 to 20 letters, digits, '-' or '_' (found «{officer}»).",
    "station.officer_name": "The officer's name is required.",
    "station.role": "The role must be chair, secretary or clerk (found «{role}»).",
    "station.unknown_race": "This precinct has no race «{race}».",
    "station.count": "The number must be a whole number of at least {minimum} (found «{value}»).",
    "station.open_needs_ballots": "Record the ballots received for race «{race}» before opening.",
    "station.void_reason": "Write the reason for voiding this check-in.",
    "station.not_checked_in": "{iin} has no check-in to void.",
    "station.roll_rejected": "{rejected} row(s) of {file} are invalid; with --strict nothing was imported.",
    "station.empty_search": "Type at least one letter or digit to search.",
    "station.bad_time": "Line {line}: «{value}» is not a time (HH:MM or ISO 8601 with offset).",
    "station.bad_line": "Line {line}: expected «IIN [time]», found «{value}».",
    "backup.no_folder": "No backup folder is set: choose one (a USB stick) first.",
    "station.spoil_exceeds": "Race «{race}»: {count} spoiled ballot(s) exceed the {available} ballots still unissued.",
    "station.received_below_used":
        "Race «{race}»: the ballots received cannot be {count}: {used} have already been used ({issued} issued, "
        "{spoiled} spoiled).",
    "station.paper_no_time":
        "Line {line}: no time after the IIN {iin}; copy the time of the check-in from the paper list (HH:MM).",
    "station.paper_time_outside":
        "Line {line}: the time {at} is outside the hours the station was open ({opened} to {until}).",
    "station.paper_not_opened":
        "Line {line}: the station has not been opened, so no check-in can be entered from a paper list.",
}

# a paper-list line's problem: the check-in's own refusal, with the line it was read from
_PAPER_LINE_CODES = {
    "eligibility.backfill_no_time": "station.paper_no_time",
    "eligibility.backfill_outside_hours": "station.paper_time_outside",
}

STATES = ("SETUP", "OPEN", "CLOSED", "COUNTED", "FINALIZED")


def now_local() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


@dataclass(frozen=True)
class MemberRecord:
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: dt.date | None
    sex: str | None
    region: str
    precinct: str
    joined_on: dt.date
    status: str

    @property
    def full_name(self) -> str:
        return names.full_name(self.surname, self.given_name, self.patronymic)


@dataclass(frozen=True)
class SearchHit:
    member: MemberRecord
    decision: eligibility.Decision
    checked_in_at: str | None


@dataclass(frozen=True)
class CheckInReceipt:
    iin: str
    name: str
    receipt: str
    at: str
    warnings: tuple[Problem, ...]
    journal_seq: int


@dataclass(frozen=True)
class PaperLine:
    line: int
    iin: str
    when: dt.datetime | None
    problem: Problem | None = None


@dataclass(frozen=True)
class ImportSummary:
    file: str
    rows: int
    accepted: int
    added: int
    changed: int
    unchanged: int
    collapsed: int
    rejected: int
    warned: int
    rejects_file: str | None
    problems: tuple = field(default=(), repr=False)
    # of the accepted members, those on this station's own roll (None where it does not apply)
    in_this_precinct: int | None = None


_MEMBER_COLUMNS = "iin, surname, given_name, patronymic, birth_date, sex, region, precinct, joined_on, status"


def _member_from_row(row) -> MemberRecord:
    iin, surname, given, patronymic, birth, sex, region, precinct, joined, status = row
    return MemberRecord(iin, surname, given, patronymic, dt.date.fromisoformat(birth) if birth else None,
                        sex, region, precinct, dt.date.fromisoformat(joined), status)


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Station(SanitaryMixin, CountingMixin, ProtocolMixin, PaperListMixin):
    """One polling station's database. Create with ``Station.create`` or open with ``Station.open``."""

    def __init__(self, db, path: Path, clock: Callable[[], dt.datetime] = now_local):
        self.db = db
        self.path = path
        self.clock = clock
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        self.election: Election = parse_election(json.loads(meta["election"]))
        self.precinct_id: str = meta["precinct"]
        self.precinct = self.election.precinct(self.precinct_id)
        self.races = tuple(self.election.race(r) for r in self.precinct.races)

    # ----- life cycle of the file -------------------------------------------------------------

    @classmethod
    def create(cls, path, election_data: dict, precinct_id: str, *, chair_name: str, chair_id: str,
               chair_pin: str, clock: Callable[[], dt.datetime] = now_local) -> "Station":
        try:
            election = parse_election(election_data)
        except ElectionDefinitionError as exc:
            raise Refused(exc.problems) from None
        if election.precinct(precinct_id) is None:
            raise Refused.because("station.unknown_precinct", election=election.id, precinct=precinct_id)
        _check_officer_fields(chair_id, chair_name, "chair")
        pin_hash = auth.hash_pin(chair_pin)
        path = Path(path)
        db = open_database(path, migrations, "station", create=True)
        at = iso(clock())
        try:
            with db.atomic():
                db.execute("INSERT INTO meta (key, value) VALUES ('election', ?), ('precinct', ?), ('state', 'SETUP'), "
                           "('created_at', ?)", (json.dumps(election_data, ensure_ascii=False), precinct_id, at))
                db.execute("INSERT INTO officers (id, name, role, pin_hash, created_at) VALUES (?, ?, 'chair', ?, ?)",
                           (chair_id, chair_name, pin_hash, at))
                journal.append(db, at=at, officer=chair_id, action="station.created", payload={
                    "election": election.id, "precinct": precinct_id,
                    "election_sha256": hashlib.sha256(journal.canonical(election_data).encode()).hexdigest(),
                    "chair": {"id": chair_id, "name": chair_name,
                              "pin_hash_sha256": integrity.pin_hash_digest(pin_hash)}})
        except Exception:
            db.close()
            path.unlink(missing_ok=True)
            raise
        return cls(db, path, clock)

    @classmethod
    def open(cls, path, clock: Callable[[], dt.datetime] = now_local) -> "Station":
        path = Path(path)
        return cls(open_database(path, migrations, "station"), path, clock)

    def close_db(self) -> None:
        self.db.close()
        self.closed = True

    closed = False

    # ----- helpers ----------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self.db.execute("SELECT value FROM meta WHERE key = 'state'").fetchone()[0]

    def _require_state(self, *allowed: str) -> None:
        state = self.state
        if state not in allowed:
            raise Refused.because("station.state", state=state, allowed=", ".join(allowed))

    def _set_state(self, state: str) -> None:
        self.db.execute("UPDATE meta SET value = ? WHERE key = 'state'", (state,))
        # every change of state (open, close, counted, finalized, reopened) leaves a copy on the
        # stick once it is committed
        self.db.after_commit(self._auto_backup)

    def _race(self, race_id: str):
        race = next((r for r in self.races if r.id == race_id), None)
        if race is None:
            raise Refused.because("station.unknown_race", race=race_id)
        return race

    def login(self, officer_id: str, pin: str, desk: str = "1") -> auth.Session:
        return auth.login(self.db, officer_id, pin, self.clock(), desk)

    def officers(self) -> list[dict]:
        return [dict(zip(("id", "name", "role", "active"), r)) for r in
                self.db.execute("SELECT id, name, role, active FROM officers ORDER BY "
                                "CASE role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END, id")]

    # ----- officers ---------------------------------------------------------------------------

    def add_officer(self, session, officer_id: str, name: str, role: str, pin: str) -> None:
        roles.require(session, "officer.add")
        self._require_state("SETUP", "OPEN", "CLOSED", "COUNTED")
        _check_officer_fields(officer_id, name, role)
        pin_hash = auth.hash_pin(pin)
        at = iso(self.clock())
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM officers WHERE id = ?", (officer_id,)).fetchone():
                raise Refused.because("station.officer_exists", officer=officer_id)
            self.db.execute("INSERT INTO officers (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                            (officer_id, name, role, pin_hash, at))
            journal.append(self.db, at=at, officer=session.officer_id, action="officer.added",
                           payload={"id": officer_id, "name": name, "role": role,
                                    "pin_hash_sha256": integrity.pin_hash_digest(pin_hash)})

    # ----- the roll and the online snapshot ---------------------------------------------------

    def import_roll(self, session, path, *, strict: bool = False, rejects_path=None,
                    render: Callable[[Problem], str] | None = None) -> ImportSummary:
        from polling_station.domain import members as member_rules
        from polling_station.exchange import roll as roll_files

        roles.require(session, "roll.import")
        self._require_state("SETUP")
        path = Path(path)
        table = roll_files.read_table(path)
        results = (member_rules.validate_row(line, fields) for line, fields in table.rows)
        results = member_rules.flag_unknown_precincts(results, {p.id for p in self.election.precincts})
        rec = member_rules.reconcile(results)
        rejects_file = None
        if rec.rejected and rejects_path is not None:
            roll_files.write_rejects(Path(rejects_path), rec.rejected, render or (lambda p: p.code))
            rejects_file = str(rejects_path)
        if strict and rec.rejected:
            raise Refused(error("station.roll_rejected", rejected=len(rec.rejected), file=path.name))
        at = iso(self.clock())
        fold = names.fold
        dates: dict[dt.date, str] = {}  # a few thousand dates repeat across the roll: one string each

        def iso_date(d: dt.date | None) -> str | None:
            return None if d is None else dates.setdefault(d, d.isoformat())

        records = []
        in_this_precinct = 0
        accepted = rec.accepted
        while accepted:  # each member becomes its row and is let go: the roll is never held twice
            m = accepted.pop()
            in_this_precinct += m.precinct == self.precinct_id
            records.append((m.iin, m.surname, m.given_name, m.patronymic, iso_date(m.birth_date), m.sex,
                            m.region, m.precinct, iso_date(m.joined_on), m.status,
                            fold(names.full_name(m.surname, m.given_name, m.patronymic))))
        records.sort()  # in IIN order the primary-key b-tree fills page after page
        with self.db.atomic():
            before = self.db.execute("SELECT count(*) FROM members").fetchone()[0]
            # into an empty roll the search index is built once at the end ('rebuild'), not row by
            # row through the trigger: 52 s → 8 s for a million members. DDL is transactional in
            # SQLite, so a failure leaves the trigger (and everything) as it was.
            fts_trigger = self.db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name = 'members_fts_insert'").fetchone()[0] if not before else None
            if fts_trigger:
                self.db.execute("DROP TRIGGER members_fts_insert")
            cursor = self.db.conn.executemany(
                f"INSERT INTO members ({_MEMBER_COLUMNS}, name_key) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (iin) DO UPDATE SET surname = excluded.surname, given_name = excluded.given_name, "
                "patronymic = excluded.patronymic, birth_date = excluded.birth_date, sex = excluded.sex, "
                "region = excluded.region, precinct = excluded.precinct, joined_on = excluded.joined_on, "
                "status = excluded.status, name_key = excluded.name_key "
                "WHERE (surname, given_name, patronymic, birth_date, sex, region, precinct, joined_on, status) "
                "IS NOT (excluded.surname, excluded.given_name, excluded.patronymic, excluded.birth_date, "
                "excluded.sex, excluded.region, excluded.precinct, excluded.joined_on, excluded.status)",
                records)
            # rowcount sums inserted and updated rows; rows the WHERE left alone (and the FTS
            # trigger's writes) are not counted, so re-importing the same file counts 0
            written = cursor.rowcount
            if fts_trigger:
                self.db.execute("INSERT INTO members_fts (members_fts) VALUES ('rebuild')")
                self.db.execute(fts_trigger)
            after = self.db.execute("SELECT count(*) FROM members").fetchone()[0]
            added = after - before
            changed = written - added
            if written:
                journal.append(self.db, at=at, officer=session.officer_id, action="roll.imported", payload={
                    "file": path.name, "sha256": _file_sha256(path), "accepted": len(records),
                    "added": added, "changed": changed, "rejected": len(rec.rejected),
                    "members": after, "roll": integrity.roll_digests(self.db)})
        return ImportSummary(path.name, len(records) + rec.collapsed + len(rec.rejected), len(records),
                             added, changed, len(records) - written, rec.collapsed, len(rec.rejected),
                             len(rec.warned), rejects_file, tuple(p for r in rec.warned for p in r.warnings),
                             in_this_precinct)

    def members_digest(self) -> str:
        """SHA-256 over the whole roll in IIN order: lets a verifier see a roll edited outside the app."""
        h = hashlib.sha256()
        for row in self.db.execute(f"SELECT {_MEMBER_COLUMNS} FROM members ORDER BY iin"):
            h.update(journal.canonical(list(row)).encode())
            h.update(b"\n")
        return h.hexdigest()
    def import_online(self, session, path, *, rejects_path=None,
                      render: Callable[[Problem], str] | None = None) -> ImportSummary:
        """The snapshot of members who already voted online (``iin,voted_at``). Re-importing a
        newer snapshot adds the new voters; a voter keeps the earliest time seen."""
        from polling_station.domain import members as member_rules
        from polling_station.exchange import roll as roll_files

        roles.require(session, "online.import")
        self._require_state("SETUP", "OPEN")
        path = Path(path)
        table = roll_files.read_online_voters(path)
        accepted: dict[str, dt.datetime] = {}
        rejected = []
        warned = []
        rows = 0
        for line, fields in table.rows:
            rows += 1
            vote, problems = member_rules.validate_online_row(line, fields)
            errors = [p for p in problems if p.is_error]
            if errors or vote is None:
                rejected.append(member_rules.Reject(line, None, tuple(errors)))
                continue
            warned.extend(p for p in problems if not p.is_error)
            earlier = accepted.get(vote.iin)
            if earlier is None or vote.voted_at < earlier:
                accepted[vote.iin] = vote.voted_at
        rejects_file = None
        if rejected and rejects_path is not None:
            roll_files.write_rejects(Path(rejects_path), rejected, render or (lambda p: p.code))
            rejects_file = str(rejects_path)
        at = iso(self.clock())
        records = [(i, iso(t)) for i, t in accepted.items()]
        with self.db.atomic():
            before = self.db.execute("SELECT count(*) FROM online_voters").fetchone()[0]
            cursor = self.db.conn.executemany(
                "INSERT INTO online_voters (iin, voted_at) VALUES (?, ?) ON CONFLICT (iin) DO UPDATE SET "
                "voted_at = excluded.voted_at WHERE excluded.voted_at < online_voters.voted_at", records)
            written = cursor.rowcount
            after = self.db.execute("SELECT count(*) FROM online_voters").fetchone()[0]
            if written:
                journal.append(self.db, at=at, officer=session.officer_id, action="online.imported", payload={
                    "file": path.name, "sha256": _file_sha256(path), "accepted": len(records),
                    "added": after - before, "changed": written - (after - before), "rejected": len(rejected),
                    "voters": integrity.online_voters_digest(self.db)})
        return ImportSummary(path.name, rows, len(records), after - before, written - (after - before),
                             len(records) - written, rows - len(records) - len(rejected), len(rejected),
                             len(warned), rejects_file, tuple(warned))

    # ----- looking members up -----------------------------------------------------------------

    def member(self, iin: str) -> MemberRecord | None:
        row = self.db.execute(f"SELECT {_MEMBER_COLUMNS} FROM members WHERE iin = ?", (iin,)).fetchone()
        return _member_from_row(row) if row else None

    def _prior(self, iin: str) -> eligibility.PriorCheckIn | None:
        row = self.db.execute("SELECT at, officer, desk FROM checkins WHERE iin = ? AND voided_at IS NULL",
                              (iin,)).fetchone()
        if row is None:
            return None
        name = self.db.execute("SELECT name FROM officers WHERE id = ?", (row[1],)).fetchone()
        return eligibility.PriorCheckIn(dt.datetime.fromisoformat(row[0]), row[1], row[2], name[0] if name else "")

    def checkin_of(self, iin: str) -> dict | None:
        """The member's live check-in (the one a void would cancel), or None."""
        keys = ("iin", "at", "officer", "desk", "receipt", "backfilled")
        row = self.db.execute("SELECT iin, at, officer, desk, receipt, backfilled FROM checkins "
                              "WHERE iin = ? AND voided_at IS NULL", (iin,)).fetchone()
        return dict(zip(keys, row)) if row else None

    def _online_at(self, iin: str) -> dt.datetime | None:
        row = self.db.execute("SELECT voted_at FROM online_voters WHERE iin = ?", (iin,)).fetchone()
        return dt.datetime.fromisoformat(row[0]) if row else None

    def _precinct_info(self, precinct_id: str) -> eligibility.PrecinctInfo:
        p = self.election.precinct(precinct_id)
        if p is None:
            return eligibility.PrecinctInfo(precinct_id, precinct_id, "")
        return eligibility.PrecinctInfo(p.id, p.name, p.address)

    def decide(self, iin: str, member: MemberRecord | None, role: str | None,
               state: str | None = None, stock: tuple[eligibility.BallotStock, ...] | None = None
               ) -> eligibility.Decision:
        return eligibility.decide(
            iin=iin, member=member, station_precinct=self.precinct_id, station_state=state or self.state,
            officer_role=role, roll_cutoff=self.election.roll_cutoff,
            policy=self.election.online_double_vote_policy, prior=self._prior(iin),
            online_voted_at=self._online_at(iin),
            member_precinct=self._precinct_info(member.precinct) if member else None,
            stock=self.ballot_stock() if stock is None else stock, now=self.clock())

    def search(self, session, query: str, limit: int = 50) -> list[SearchHit]:
        """By IIN, IIN prefix, or name tokens in any order and any script (prefixes match).
        Members of this precinct come first, then others (so the clerk can say where to go)."""
        roles.require(session, "search")
        q = query.strip()
        if q.isascii() and q.isdigit():
            if len(q) == 12:
                rows = self.db.execute(f"SELECT {_MEMBER_COLUMNS} FROM members WHERE iin = ?", (q,)).fetchall()
            else:
                rows = self.db.execute(f"SELECT {_MEMBER_COLUMNS} FROM members WHERE iin >= ? AND iin < ? "
                                       "ORDER BY iin LIMIT ?", (q, q + ":", limit)).fetchall()
        else:
            words = names.search_variants(q)
            if not words:
                raise Refused.because("station.empty_search")
            # every word must match (as a prefix) one of the keys it may stand for
            match = " AND ".join("(" + " OR ".join(f'"{key}"*' for key in keys) + ")" for keys in words)
            cols = ", ".join(f"m.{c.strip()}" for c in _MEMBER_COLUMNS.split(","))
            # CROSS JOIN keeps the FTS index first: the planner otherwise scans the precinct and probes FTS per row
            base = (f"SELECT {cols} FROM members_fts f CROSS JOIN members m ON m.rowid = f.rowid "
                    "WHERE members_fts MATCH ?")
            rows = self.db.execute(base + " AND m.precinct = ? LIMIT ?", (match, self.precinct_id, limit)).fetchall()
            if len(rows) < limit:
                rows += self.db.execute(base + " AND m.precinct != ? LIMIT ?",
                                        (match, self.precinct_id, limit - len(rows))).fetchall()
        members = [_member_from_row(r) for r in rows]
        members.sort(key=lambda m: (m.precinct != self.precinct_id,
                                    names.person_key(m.surname, m.given_name, m.patronymic), m.iin))
        hits = []
        stock = self.ballot_stock()
        for m in members:
            prior = self._prior(m.iin)
            hits.append(SearchHit(m, self.decide(m.iin, m, None, stock=stock), iso(prior.at) if prior else None))
        return hits

    # ----- ballots ----------------------------------------------------------------------------

    def set_ballots_received(self, session, race_id: str, count: int) -> None:
        roles.require(session, "ballots.received")
        self._require_state("SETUP", "OPEN")
        self._race(race_id)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise Refused.because("station.count", minimum=0, value=count)
        at = iso(self.clock())
        with self.db.atomic():
            issued, spoiled = self.issued(), self.spoiled().get(race_id, 0)
            if count < issued + spoiled:
                raise Refused.because("station.received_below_used", race=race_id, count=count,
                                      used=issued + spoiled, issued=issued, spoiled=spoiled)
            self.db.execute("INSERT INTO ballots_received (race, count) VALUES (?, ?) ON CONFLICT (race) "
                            "DO UPDATE SET count = excluded.count", (race_id, count))
            journal.append(self.db, at=at, officer=session.officer_id, action="ballots.received",
                           payload={"race": race_id, "count": count})

    def ballots_received(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT race, count FROM ballots_received").fetchall())

    def spoiled(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT race, sum(count) FROM spoiled GROUP BY race").fetchall())

    def issued(self) -> int:
        """Ballots issued per race: every live check-in received one ballot of each race."""
        return self.db.execute("SELECT count(*) FROM checkins WHERE voided_at IS NULL").fetchone()[0]

    def ballot_stock(self) -> tuple[eligibility.BallotStock, ...]:
        """Every race of the precinct: received, issued, spoiled (what remains for the next voter)."""
        received, spoiled, issued = self.ballots_received(), self.spoiled(), self.issued()
        return tuple(eligibility.BallotStock(r.id, r.name, received.get(r.id, 0), issued, spoiled.get(r.id, 0))
                     for r in self.races)

    def spoil(self, session, race_id: str, count: int = 1) -> None:
        """A voter spoiled a ballot and got a replacement: it counts on protocol line 4."""
        roles.require(session, "ballot.spoil")
        self._require_state("OPEN")
        self._race(race_id)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise Refused.because("station.count", minimum=1, value=count)
        at = iso(self.clock())
        with self.db.atomic():
            received = self.ballots_received().get(race_id, 0)
            available = received - self.issued() - self.spoiled().get(race_id, 0)
            if count > available:
                raise Refused.because("station.spoil_exceeds", race=race_id, count=count, available=available)
            self.db.execute("INSERT INTO spoiled (race, count, at, officer) VALUES (?, ?, ?, ?)",
                            (race_id, count, at, session.officer_id))
            journal.append(self.db, at=at, officer=session.officer_id, action="ballot.spoiled",
                           payload={"race": race_id, "count": count})

    # ----- opening and closing ----------------------------------------------------------------

    def open_gate(self) -> list[Problem]:
        """What still stands between SETUP and OPEN (empty when the station may open)."""
        problems = []
        received = self.ballots_received()
        for race in self.races:
            if received.get(race.id, 0) <= 0:
                problems.append(error("station.open_needs_ballots", race=race.id))
        problems.extend(self._opening_checklist_problems())
        return problems

    def open_station(self, session) -> None:
        roles.require(session, "station.open")
        self._require_state("SETUP")
        at = iso(self.clock())
        with self.db.atomic():
            problems = self.open_gate()
            if problems:
                raise Refused(problems)
            self._set_state("OPEN")
            self.db.execute("INSERT INTO meta (key, value) VALUES ('opened_at', ?) ON CONFLICT (key) DO UPDATE "
                            "SET value = excluded.value", (at,))
            journal.append(self.db, at=at, officer=session.officer_id, action="station.opened",
                           payload={"ballots_received": self.ballots_received()})

    def close_station(self, session) -> None:
        roles.require(session, "station.close")
        self._require_state("OPEN")
        decision = self.closing_decision()
        if not decision.allowed:
            raise Refused(list(decision.problems))
        at = iso(self.clock())
        with self.db.atomic():
            self._set_state("CLOSED")
            self.db.execute("INSERT INTO meta (key, value) VALUES ('closed_at', ?) ON CONFLICT (key) DO UPDATE "
                            "SET value = excluded.value", (at,))
            journal.append(self.db, at=at, officer=session.officer_id, action="station.closed",
                           payload={"issued": self.issued(), "spoiled": self.spoiled(),
                                    "closing_warnings": [p.code for p in decision.problems]})

    # ----- check-in ---------------------------------------------------------------------------

    def check_in(self, session, iin: str, *, at: dt.datetime | None = None,
                 backfilled: bool = False) -> CheckInReceipt:
        """Issue a ballot. Returns only once the check-in and its journal entry are committed.

        A backfill (``backfilled=True``) enters a check-in from the paper list: ``at`` is the time
        written there, which must lie within the hours the station was open.
        The refusals come in the order of ``eligibility.decide``: the station (open, a ballot of
        every race left), then the officer, then the IIN and the member."""
        if session is None:
            roles.require(session, "checkin")
        # one transaction: the ballots left and the member's check-ins are read where they are written
        with self.db.atomic():
            state = self.state
            # a paper-list backfill records what happened while the station was open
            effective_state = "OPEN" if backfilled and state in ("OPEN", "CLOSED") else state
            stock = self.ballot_stock()
            refusal = eligibility.station_refusal(station_state=effective_state, stock=stock)
            if refusal is not None:
                raise Refused(refusal)
            if session.role not in roles.ACTIONS["checkin"]:
                raise Refused(error("eligibility.officer_may_not_issue", role=session.role))
            iin = iin.strip()
            bad = iin_rules.problems(iin)
            if bad:
                raise Refused(bad)
            if backfilled:
                hours = self._open_hours()
                if hours is None:  # never opened: nothing happened that a paper list could record
                    raise Refused(error("eligibility.station_not_open", state=state))
                refusal = eligibility.backfill_refusal(at=at, opened_at=hours[0], until=hours[1])
                if refusal is not None:
                    raise Refused(refusal)
            when = at or self.clock()
            member = self.member(iin)
            decision = self.decide(iin, member, session.role, effective_state, stock)
            if not decision.allowed:
                raise Refused(decision.refusal)
            number = self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM checkins").fetchone()[0]
            receipt = f"{self.precinct_id}-{number:05d}"
            at_text = iso(when)
            entry = journal.append(self.db, at=iso(self.clock()), officer=session.officer_id, action="checkin",
                                   payload={"iin": iin, "at": at_text, "desk": session.desk, "receipt": receipt,
                                            "backfilled": backfilled,
                                            "warnings": [p.code for p in decision.warnings]})
            try:
                self.db.execute(
                    "INSERT INTO checkins (id, iin, at, officer, desk, receipt, backfilled, online_warning, journal_seq) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (number, iin, at_text, session.officer_id, session.desk, receipt, int(backfilled),
                     int(bool(decision.warnings)), entry.seq))
            except sqlite3.IntegrityError:
                # another desk checked this member in between our read and our write
                raise Refused(self.decide(iin, member, session.role, effective_state).refusal
                              or error("eligibility.not_on_roll", iin=iin)) from None
        return CheckInReceipt(iin, member.full_name, receipt, at_text, decision.warnings, entry.seq)

    def void_check_in(self, session, iin: str, reason: str) -> None:
        roles.require(session, "checkin.void")
        self._require_state("OPEN", "CLOSED")
        reason = (reason or "").strip()
        if not reason:
            raise Refused.because("station.void_reason")
        at = iso(self.clock())
        with self.db.atomic():
            row = self.db.execute("SELECT id, receipt FROM checkins WHERE iin = ? AND voided_at IS NULL",
                                  (iin,)).fetchone()
            if row is None:
                raise Refused.because("station.not_checked_in", iin=iin)
            self.db.execute("UPDATE checkins SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?",
                            (at, session.officer_id, reason, row[0]))
            journal.append(self.db, at=at, officer=session.officer_id, action="checkin.voided",
                           payload={"iin": iin, "receipt": row[1], "reason": reason})

    def _open_hours(self) -> tuple[dt.datetime, dt.datetime] | None:
        """When the station opened, and when it closed (now while it is open); None before opening."""
        meta = dict(self.db.execute("SELECT key, value FROM meta WHERE key IN ('opened_at', 'closed_at')"))
        if "opened_at" not in meta:
            return None
        until = dt.datetime.fromisoformat(meta["closed_at"]) if "closed_at" in meta else self.clock()
        return dt.datetime.fromisoformat(meta["opened_at"]), until

    def read_paper_list(self, lines: Iterable[str]) -> list[PaperLine]:
        """Lines «IIN time» copied from the paper list. A time HH:MM is on the day the station
        opened, in the station's time zone (its clock's); every time must lie within the hours
        the station was open. Every line gets its own result: a bad line is reported, never
        dropped silently."""
        out = []
        tz = self.clock().tzinfo
        hours = self._open_hours()
        opened_on = hours[0].astimezone(tz).date() if hours else None
        for number, raw in enumerate(lines, 1):
            text = raw.strip()
            if not text or text.startswith("#"):
                continue
            parts = text.split(None, 1)
            iin = parts[0]
            when, problem = None, None
            if len(parts) == 2:
                value = parts[1].strip()
                try:
                    if len(value) <= 5 and ":" in value:
                        hh, mm = value.split(":")
                        time_of_day = dt.time(int(hh), int(mm))
                        when = dt.datetime.combine(opened_on, time_of_day, tz) if opened_on else None
                    else:
                        when = dt.datetime.fromisoformat(value)
                        if when.tzinfo is None or when.utcoffset() is None:
                            raise ValueError(value)
                except ValueError:
                    when, problem = None, error("station.bad_time", line=number, value=value)
            if problem is None:
                if hours is None:
                    problem = error("station.paper_not_opened", line=number)
                else:
                    refusal = eligibility.backfill_refusal(at=when, opened_at=hours[0], until=hours[1])
                    if refusal is not None:
                        problem = error(_PAPER_LINE_CODES[refusal.code], **refusal.params, line=number, iin=iin)
            out.append(PaperLine(number, iin, when, problem))
        return out

    def parse_paper_list(self, lines: Iterable[str]) -> list[tuple[int, str, dt.datetime | None]]:
        """The strict form: refuses the whole list at its first bad line."""
        out = []
        for entry in self.read_paper_list(lines):
            if entry.problem is not None:
                raise Refused(entry.problem)
            out.append((entry.line, entry.iin, entry.when))
        return out

    # ----- reporting --------------------------------------------------------------------------

    def checkins(self, include_voided: bool = True) -> list[dict]:
        sql = ("SELECT c.iin, c.at, c.officer, c.desk, c.receipt, c.backfilled, c.voided_at, c.void_reason, "
               "m.surname, m.given_name, m.patronymic FROM checkins c LEFT JOIN members m ON m.iin = c.iin")
        if not include_voided:
            sql += " WHERE c.voided_at IS NULL"
        keys = ("iin", "at", "officer", "desk", "receipt", "backfilled", "voided_at", "void_reason",
                "surname", "given_name", "patronymic")
        return [dict(zip(keys, r)) for r in self.db.execute(sql + " ORDER BY c.at, c.id")]

    def checkins_per_hour(self) -> list[tuple[str, int]]:
        return [(h, n) for h, n in self.db.execute(
            "SELECT substr(at, 1, 13) AS hour, count(*) FROM checkins WHERE voided_at IS NULL "
            "GROUP BY hour ORDER BY hour")]

    def status(self) -> dict:
        db = self.db
        cutoff = self.election.roll_cutoff.isoformat()
        on_roll = db.execute("SELECT count(*) FROM members WHERE precinct = ?", (self.precinct_id,)).fetchone()[0]
        eligible = db.execute("SELECT count(*) FROM members WHERE precinct = ? AND status = 'active' AND joined_on <= ?",
                              (self.precinct_id, cutoff)).fetchone()[0]
        checked_in = self.issued()
        voided = db.execute("SELECT count(*) FROM checkins WHERE voided_at IS NOT NULL").fetchone()[0]
        backfilled = db.execute("SELECT count(*) FROM checkins WHERE backfilled = 1 AND voided_at IS NULL").fetchone()[0]
        online_here = db.execute("SELECT count(*) FROM online_voters o JOIN members m ON m.iin = o.iin "
                                 "WHERE m.precinct = ?", (self.precinct_id,)).fetchone()[0]
        both = db.execute("SELECT count(*) FROM checkins c JOIN online_voters o ON o.iin = c.iin "
                          "WHERE c.voided_at IS NULL").fetchone()[0]
        received, spoiled = self.ballots_received(), self.spoiled()
        meta = dict(db.execute("SELECT key, value FROM meta WHERE key != 'election'").fetchall())
        head = db.execute("SELECT seq, hash FROM journal_head").fetchone()
        return {
            "format": "polling-station/status@1",
            "election": self.election.id,
            "precinct": {"id": self.precinct.id, "name": self.precinct.name, "address": self.precinct.address,
                         "region": self.precinct.region},
            "state": meta.get("state"),
            "opened_at": meta.get("opened_at"),
            "closed_at": meta.get("closed_at"),
            "officers": self.officers(),
            "roll": {"members_total": db.execute("SELECT count(*) FROM members").fetchone()[0],
                     "on_this_roll": on_roll, "eligible": eligible,
                     "online_voters_snapshot": db.execute("SELECT count(*) FROM online_voters").fetchone()[0],
                     "online_voters_on_this_roll": online_here},
            "checkins": {"live": checked_in, "voided": voided, "backfilled": backfilled,
                         "also_voted_online": both,
                         "turnout_percent": round(100 * checked_in / eligible, 1) if eligible else 0.0},
            "races": [{"id": r.id, "name": r.name, "received": received.get(r.id, 0), "issued": checked_in,
                       "spoiled": spoiled.get(r.id, 0),
                       "remaining": received.get(r.id, 0) - checked_in - spoiled.get(r.id, 0)} for r in self.races],
            "sanitary": self.sanitary_status(),
            "observers": self.observers(),
            "incidents": self.incidents(),
            "journal": {"entries": head[0], "head": head[1]},
        }

    def verify_journal(self) -> list[Problem]:
        return journal.verify(self.db)

    # ----- backups and health -----------------------------------------------------------------

    def backup_path(self, folder) -> Path:
        return Path(folder) / f"station-{self.precinct_id}.backup.db"

    def backup_folder(self) -> Path | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'backup_dir'").fetchone()
        return Path(row[0]) if row else None

    def set_backup_folder(self, session, folder) -> Path:
        """Choose the second location (a USB folder) and write the first backup there at once."""
        roles.require(session, "backup.configure")
        target = backup.backup_to(self.db.conn, self.backup_path(folder))
        at = iso(self.clock())
        with self.db.atomic():
            self.db.execute("INSERT INTO meta (key, value) VALUES ('backup_dir', ?) ON CONFLICT (key) DO UPDATE "
                            "SET value = excluded.value", (str(Path(folder).resolve()),))
            journal.append(self.db, at=at, officer=session.officer_id, action="backup.configured",
                           payload={"folder": str(Path(folder).resolve())})
        return backup.backup_to(self.db.conn, target)

    def backup_now(self, folder=None, session=None) -> Path:
        """Back up to the configured folder, or to ``folder`` if the session may choose one
        (a clerk may not copy the roll wherever they like); raises Refused on faulty media."""
        if folder is not None and Path(folder).resolve() != self.backup_folder():
            roles.require(session, "backup.configure")
        folder = folder or self.backup_folder()
        if folder is None:
            raise Refused.because("backup.no_folder")
        return backup.backup_to(self.db.conn, self.backup_path(folder))

    def _auto_backup(self) -> None:
        """After a state change: a backup, if a folder is configured. A failure never undoes the
        state change; it is kept for the UI to show (``last_backup_problems``)."""
        self.last_backup_problems: list[Problem] = []
        if self.backup_folder() is None:
            return
        try:
            self.backup_now()
        except Refused as exc:
            self.last_backup_problems = exc.problems

    def health_check(self) -> list[Problem]:
        """SQLite's integrity check, the journal chain, and any change made outside the
        application (the state replayed from the journal against the tables)."""
        problems = backup.check_copy(self.path)
        if problems:
            return problems
        return integrity.tamper_report(self)

    @classmethod
    def restore(cls, db_path, backup_file, officer_id: str, pin: str,
                clock: Callable[[], dt.datetime] = now_local) -> Path:
        """Replace a damaged station file by a checked backup. The chair authenticates against the
        backup (the damaged file may not open); the damaged file is kept beside it, renamed."""
        db_path, backup_file = Path(db_path), Path(backup_file)
        problems = backup.check_copy(backup_file)
        if problems:
            raise Refused(problems)
        st = cls.open(backup_file, clock)
        try:
            session = st.login(officer_id, pin)
            roles.require(session, "station.restore")
            kept = None
            stamp = clock().strftime("%Y%m%d-%H%M%S")
            if db_path.exists():
                kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
                os.replace(db_path, kept)
                for suffix in ("-wal", "-shm"):
                    side = Path(str(db_path) + suffix)
                    if side.exists():
                        os.replace(side, Path(str(kept) + suffix))
            backup.backup_to(st.db.conn, db_path)
        finally:
            st.close_db()
        restored = cls.open(db_path, clock)
        try:
            with restored.db.atomic():
                journal.append(restored.db, at=iso(clock()), officer=officer_id, action="station.restored",
                               payload={"from": backup_file.name, "damaged_copy": kept.name if kept else None})
        finally:
            restored.close_db()
        return db_path


def _check_officer_fields(officer_id: str, name: str, role: str) -> None:
    import re
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,20}", officer_id or ""):
        raise Refused.because("station.officer_id", officer=officer_id)
    if not (name or "").strip():
        raise Refused.because("station.officer_name")
    if role not in ("chair", "secretary", "clerk"):
        raise Refused.because("station.role", role=role)
