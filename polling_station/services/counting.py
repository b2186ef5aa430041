"""Counting: the double entry of each race's count sheet, the control relations, the optional
tally by ballot, and the step from CLOSED to COUNTED.

A mixin of ``Station``, with the same discipline as the rest of the service: check the role,
decide with the pure rules (``domain.accounting``, ``domain.double_entry``, ``domain.tally``),
then write the change and its journal entry in one transaction.

What an officer may see is decided by ``double_entry.view_for``: nothing this module returns to
an officer ever carries the numbers of an entry they did not type, until both entries agree.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from polling_station.domain import accounting, double_entry, names
from polling_station.domain import tally as tally_rules
from polling_station.domain.accounting import (CountSheet, ProtocolLines, RaceInfo, RelationResult,
                                               StationRecords)
from polling_station.domain.double_entry import DoubleEntry, EntryState
from polling_station.domain.problems import Problem, error
from polling_station.errors import Refused
from polling_station.services import roles
from polling_station.storage import journal

MESSAGES = {
    "count.not_agreed": "The count of race «{race}» is not agreed yet: two officers must type it and "
                        "their entries must agree.",
    "count.relation_error": "Race «{race}»: control relation {relation} fails. Recount, correct the count "
                            "sheet, and have both entries typed again.",
    "count.warning_unexplained": "Race «{race}»: control relation {relation} is a warning that needs a "
                                 "written explanation for the protocol.",
    "count.explain_unknown": "There is no control relation «{relation}».",
    "count.explain_error": "Control relation {relation} is an error: it is corrected by a recount, not "
                           "explained.",
    "count.explain_not_agreed": "Explain a warning once both entries of race «{race}» agree.",
    "count.explain_holds": "Control relation {relation} holds for race «{race}»: there is nothing to explain.",
    "count.explain_empty": "Write the explanation of control relation {relation}.",
    "count.tally_agreed": "The count of race «{race}» is already agreed; the chair must reopen it before "
                          "more ballots are tallied.",
}

def may(session, action: str) -> bool:
    """Whether ``session`` may do ``action``: for greying out controls; the service checks again."""
    return roles.may(session, action)


_require = roles.require


def _iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


def _raise_errors(problems: Iterable[Problem]) -> None:
    problems = list(problems)
    if any(p.is_error for p in problems):
        raise Refused(problems)


def line_of_field(field_name: str, candidate_ids: tuple[str, ...]) -> int:
    """The protocol line number of a sheet field (``votes.<id>`` → 9…)."""
    if field_name.startswith("votes."):
        return len(accounting.LINE_FIELDS) + 1 + candidate_ids.index(field_name[len("votes."):])
    return accounting.LINE_FIELDS.index(field_name) + 1


@dataclass(frozen=True)
class CountView:
    """A race's count as one officer may see it (after ``double_entry.EntryView``), with the
    control relations of the sheet they may see: their own entry before agreement, the agreed
    sheet after."""

    race: str
    status: EntryState
    entries_typed: tuple[int, ...]
    own_entry: int | None
    own_sheet: CountSheet | None
    differences: tuple[tuple[str, int | None], ...]   # (field, the viewer's own value)
    agreed: CountSheet | None
    lines: ProtocolLines | None
    relations: tuple[RelationResult, ...]
    explanations: Mapping[str, str] = field(default_factory=dict)
    notices: tuple[Problem, ...] = ()

    @property
    def difference_fields(self) -> tuple[str, ...]:
        return tuple(f for f, _ in self.differences)


@dataclass(frozen=True)
class CountStatus:
    """What anyone may know of a race's count: never an entry's numbers, only the agreed sheet."""

    race: str
    station_state: str
    status: EntryState
    entries_typed: tuple[int, ...]
    differences: tuple[str, ...]                        # field names only
    agreed: CountSheet | None
    lines: ProtocolLines | None
    relations: tuple[RelationResult, ...]               # failures on the agreed sheet
    explanations: Mapping[str, str]

    @property
    def blocking(self) -> tuple[RelationResult, ...]:
        return accounting.blocking(self.relations)

    @property
    def unexplained(self) -> tuple[RelationResult, ...]:
        return accounting.unexplained_warnings(self.relations, self.explanations)

    @property
    def ready(self) -> bool:
        """Agreed, no error relation fails, every failing warning explained."""
        return self.agreed is not None and not self.blocking and not self.unexplained

    def problems(self) -> list[Problem]:
        """Why this race keeps the station from being marked counted (empty when ready)."""
        if self.agreed is None:
            return [error("count.not_agreed", race=self.race)]
        out = [error("count.relation_error", race=self.race, relation=r.relation_id) for r in self.blocking]
        seen = []
        for r in self.unexplained:
            if r.relation_id not in seen:
                seen.append(r.relation_id)
                out.append(error("count.warning_unexplained", race=self.race, relation=r.relation_id))
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "race": self.race,
            "station_state": self.station_state,
            "status": self.status.value,
            "entries_typed": list(self.entries_typed),
            "differences": list(self.differences),
            "agreed": accounting.count_sheet_to_json(self.agreed) if self.agreed else None,
            "lines": [{"line": n, "field": f, "value": v} for n, f, v in self.lines.numbered()]
            if self.lines else None,
            "relations": [{"id": r.relation_id, "severity": r.severity, "params": dict(r.params),
                           "explanation": self.explanations.get(r.relation_id)} for r in self.relations],
            "ready": self.ready,
        }


class CountingMixin:
    # ----- the race as counting sees it -------------------------------------------------------

    def candidates(self, race_id: str) -> tuple:
        """The race's candidates in Kazakh alphabetical order, as ballots and protocols list them."""
        race = self._race(race_id)
        return tuple(sorted(race.candidates, key=lambda c: names.person_key(c.surname, c.given_name, c.patronymic)))

    def race_info(self, race_id: str) -> RaceInfo:
        race = self._race(race_id)
        return RaceInfo(race.id, race.max_choices, tuple(c.id for c in self.candidates(race_id)))

    def station_records(self, race_id: str) -> StationRecords:
        """Protocol lines 1–4 of a race from the station's own records."""
        self._race(race_id)
        eligible = self.db.execute(
            "SELECT count(*) FROM members WHERE precinct = ? AND status = 'active' AND joined_on <= ?",
            (self.precinct_id, self.election.roll_cutoff.isoformat())).fetchone()[0]
        return StationRecords(roll_eligible=eligible, received=self.ballots_received().get(race_id, 0),
                              issued=self.issued(), spoiled=self.spoiled().get(race_id, 0))

    def sheet_race(self, text: str) -> str:
        """The race a count sheet's JSON text is for (so that a sheet file needs no --race)."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise Refused(error("count_sheet.not_json", reason=exc.msg, line=exc.lineno, column=exc.colno)) from None
        if not isinstance(data, dict):
            raise Refused(error("count_sheet.not_object"))
        if "race" not in data:
            raise Refused(error("count_sheet.missing", field="race"))
        race_id = data["race"]
        if not isinstance(race_id, str):
            raise Refused.because("station.unknown_race", race=json.dumps(race_id, ensure_ascii=False))
        self._race(race_id)
        return race_id

    def _parse_sheet(self, race_id: str, sheet) -> tuple[CountSheet, tuple[Problem, ...]]:
        info = self.race_info(race_id)
        if isinstance(sheet, CountSheet):
            # re-read through the parser so that a sheet built in code meets the same checks
            sheet = accounting.count_sheet_to_json(sheet)
        if isinstance(sheet, str):
            parsed, problems = accounting.parse_count_sheet_json(sheet, info)
        else:
            parsed, problems = accounting.parse_count_sheet(sheet, info)
        _raise_errors(problems)
        return parsed, problems

    def _lines(self, race_id: str, sheet: CountSheet) -> ProtocolLines:
        return accounting.protocol_lines(self.station_records(race_id), sheet, self.race_info(race_id).candidate_ids)

    def _relations(self, race_id: str, lines: ProtocolLines) -> tuple[RelationResult, ...]:
        return accounting.check(lines, self._race(race_id).max_choices)

    # ----- stored double entry ----------------------------------------------------------------

    def _double_entry(self, race_id: str) -> DoubleEntry:
        info = self.race_info(race_id)
        entries = {}
        for number, officer, role, sheet_json in self.db.execute(
                "SELECT entry, officer, role, sheet FROM count_entries WHERE race = ? ORDER BY entry", (race_id,)):
            sheet, problems = accounting.parse_count_sheet(json.loads(sheet_json), info)
            if sheet is None:
                raise ValueError(f"race {race_id}: stored entry {number} is not a valid sheet: {problems}")
            entries[number] = double_entry.Entry(officer, role, sheet)
        return DoubleEntry(race_id, entries.get(1), entries.get(2))

    def _store_entries(self, state: DoubleEntry, at: str, changed: int | None) -> None:
        """Write ``state``'s entries; only entry ``changed`` gets the time ``at`` (None: none does)."""
        # keyed by officer: after a discard, entry 2 moves to entry 1 and keeps its time
        typed_at = dict(self.db.execute("SELECT officer, at FROM count_entries WHERE race = ?", (state.race,)))
        self.db.execute("DELETE FROM count_entries WHERE race = ?", (state.race,))
        for number in (1, 2):
            e = state.entry(number)
            if e is None:
                continue
            when = at if number == changed else typed_at.get(e.officer_id, at)
            self.db.execute("INSERT INTO count_entries (race, entry, officer, role, sheet, at) VALUES (?, ?, ?, ?, ?, ?)",
                            (state.race, number, e.officer_id, e.role,
                             json.dumps(accounting.count_sheet_to_json(e.sheet), ensure_ascii=False), when))

    def explanations(self, race_id: str) -> dict[str, str]:
        return dict(self.db.execute("SELECT relation, text FROM relation_explanations WHERE race = ? "
                                    "ORDER BY relation", (race_id,)))

    def _view(self, state: DoubleEntry, officer_id: str, notices: tuple[Problem, ...] = ()) -> CountView:
        v = double_entry.view_for(state, officer_id)
        seen = v.agreed or v.own_sheet
        lines = self._lines(state.race, seen) if seen is not None else None
        relations = self._relations(state.race, lines) if lines is not None else ()
        return CountView(race=v.race, status=v.status, entries_typed=v.entries_typed, own_entry=v.own_entry,
                         own_sheet=v.own_sheet, differences=v.differences, agreed=v.agreed, lines=lines,
                         relations=relations,
                         explanations=self.explanations(state.race) if v.agreed is not None else {},
                         notices=notices)

    # ----- double entry -----------------------------------------------------------------------

    def enter_count(self, session, race_id: str, sheet, entry: int) -> CountView:
        """Officer ``session`` types ``sheet`` (a CountSheet, its JSON dict or JSON text) as entry
        1 or 2 of ``race_id``. Returns what that officer may see: their own sheet, the fields on
        which the entries differ (with their own values only), or the agreed sheet."""
        _require(session, "count.enter")
        self._require_state("CLOSED")
        parsed, notices = self._parse_sheet(race_id, sheet)
        at = _iso(self.clock())
        with self.db.atomic():
            before = self._double_entry(race_id)
            after, problems = double_entry.enter(before, session.officer_id, session.role, parsed, entry)
            _raise_errors(problems)
            self._store_entries(after, at, entry)
            journal.append(self.db, at=at, officer=session.officer_id, action="count.entered", payload={
                "race": race_id, "entry": entry, "sheet": accounting.count_sheet_to_json(parsed),
                "status": after.status.value, "differences": [d.field for d in after.differences]})
            if after.status is EntryState.AGREED:
                self._record_agreed(race_id, after.agreed, at, session.officer_id)
        return self._view(after, session.officer_id, tuple(notices) + tuple(problems))

    def _record_agreed(self, race_id: str, sheet: CountSheet, at: str, officer: str) -> None:
        sheet_json = accounting.count_sheet_to_json(sheet)
        lines = self._lines(race_id, sheet)
        self.db.execute("INSERT INTO count_agreed (race, sheet, at) VALUES (?, ?, ?) ON CONFLICT (race) DO UPDATE "
                        "SET sheet = excluded.sheet, at = excluded.at",
                        (race_id, json.dumps(sheet_json, ensure_ascii=False), at))
        journal.append(self.db, at=at, officer=officer, action="count.agreed", payload={
            "race": race_id, "sheet": sheet_json, "lines": [v for _, _, v in lines.numbered()],
            "relations": [r.relation_id for r in self._relations(race_id, lines)]})

    def count_view(self, session, race_id: str) -> CountView:
        """The race's count as the logged-in officer may see it."""
        if session is None:
            raise Refused.because("auth.no_session")
        return self._view(self._double_entry(race_id), session.officer_id)

    def discard_entry(self, session, race_id: str, entry: int) -> CountView:
        """The chair discards entry 1 or 2 before agreement (the other, if any, becomes entry 1)."""
        _require(session, "count.discard")
        self._require_state("CLOSED")
        at = _iso(self.clock())
        with self.db.atomic():
            before = self._double_entry(race_id)
            after, problems = double_entry.discard(before, session.role, entry)
            _raise_errors(problems)
            self._store_entries(after, at, None)
            journal.append(self.db, at=at, officer=session.officer_id, action="count.discarded", payload={
                "race": race_id, "entry": entry, "officer": before.entry(entry).officer_id})
        return self._view(after, session.officer_id)

    def reopen_count(self, session, race_id: str) -> CountView:
        """The chair empties a race's double entry (agreed or not) so that it is recounted and typed
        again. Explanations go with it: they were written for the numbers being thrown away. The
        tally by ballot stays (undo takes ballots back). A station already marked COUNTED goes back
        to CLOSED, since one of its counts is open again."""
        _require(session, "count.reopen")
        self._require_state("CLOSED", "COUNTED")
        at = _iso(self.clock())
        with self.db.atomic():
            before = self._double_entry(race_id)
            after, problems = double_entry.reopen(before, session.role)
            _raise_errors(problems)
            dropped = self.explanations(race_id)
            self.db.execute("DELETE FROM count_entries WHERE race = ?", (race_id,))
            self.db.execute("DELETE FROM count_agreed WHERE race = ?", (race_id,))
            self.db.execute("DELETE FROM relation_explanations WHERE race = ?", (race_id,))
            was = self.state
            if was == "COUNTED":
                self._set_state("CLOSED")
            journal.append(self.db, at=at, officer=session.officer_id, action="count.reopened", payload={
                "race": race_id, "was": before.status.value, "explanations_dropped": dropped,
                "station_state": "CLOSED" if was == "COUNTED" else was})
        return self._view(after, session.officer_id)

    # ----- control relations ------------------------------------------------------------------

    def explain_relation(self, session, race_id: str, relation_id: str, text: str) -> None:
        """The written explanation of a failing warning relation, for the protocol; writing it
        again replaces it."""
        _require(session, "count.explain")
        self._require_state("CLOSED")
        relation = accounting.RELATIONS_BY_ID.get(relation_id)
        if relation is None:
            raise Refused.because("count.explain_unknown", relation=relation_id)
        if relation.severity == "error":
            raise Refused.because("count.explain_error", relation=relation_id)
        text = (text or "").strip()
        if not text:
            raise Refused.because("count.explain_empty", relation=relation_id)
        at = _iso(self.clock())
        with self.db.atomic():
            agreed = self._double_entry(race_id).agreed
            if agreed is None:
                raise Refused.because("count.explain_not_agreed", race=race_id)
            failing = {r.relation_id for r in self._relations(race_id, self._lines(race_id, agreed))}
            if relation_id not in failing:
                raise Refused.because("count.explain_holds", relation=relation_id, race=race_id)
            self.db.execute("INSERT INTO relation_explanations (race, relation, text, officer, at) VALUES (?, ?, ?, ?, ?) "
                            "ON CONFLICT (race, relation) DO UPDATE SET text = excluded.text, "
                            "officer = excluded.officer, at = excluded.at",
                            (race_id, relation_id, text, session.officer_id, at))
            journal.append(self.db, at=at, officer=session.officer_id, action="count.explained",
                           payload={"race": race_id, "relation": relation_id, "text": text})

    def count_status(self, race_id: str) -> CountStatus:
        """Where a race's count stands, as anyone may see it (no entry's numbers)."""
        state = self._double_entry(race_id)
        agreed = state.agreed
        lines = self._lines(race_id, agreed) if agreed is not None else None
        return CountStatus(
            race=race_id, station_state=self.state, status=state.status,
            entries_typed=tuple(n for n in (1, 2) if state.entry(n) is not None),
            differences=tuple(d.field for d in state.differences), agreed=agreed, lines=lines,
            relations=self._relations(race_id, lines) if lines is not None else (),
            explanations=self.explanations(race_id))

    def count_statuses(self) -> list[CountStatus]:
        return [self.count_status(r.id) for r in self.races]

    def revision(self) -> int:
        """A number that grows with every recorded change (the journal's length): a cheap way for
        a screen to notice that another desk, or the command line, changed the station."""
        return self.db.execute("SELECT seq FROM journal_head WHERE id = 1").fetchone()[0]

    def counting_gate(self) -> list[Problem]:
        """What still stands between CLOSED and COUNTED (empty when the station may be marked counted)."""
        return [p for s in self.count_statuses() for p in s.problems()]

    def mark_counted(self, session) -> None:
        """CLOSED → COUNTED, once every race of the precinct is agreed, no error relation fails and
        every failing warning is explained."""
        _require(session, "station.counted")
        self._require_state("CLOSED")
        at = _iso(self.clock())
        with self.db.atomic():
            statuses = self.count_statuses()
            problems = [p for s in statuses for p in s.problems()]
            if problems:
                raise Refused(problems)
            self._set_state("COUNTED")
            journal.append(self.db, at=at, officer=session.officer_id, action="station.counted", payload={
                "races": {s.race: {"lines": [v for _, _, v in s.lines.numbered()],
                                   "warnings": {r.relation_id: s.explanations[r.relation_id] for r in s.relations}}
                          for s in statuses}})

    # ----- the tally by ballot ----------------------------------------------------------------
    #
    # A tally belongs to the officer who taps it, and becomes that officer's entry: entry 1 and
    # entry 2 are typed by two different officers (double entry), so each entry has its own tally
    # and neither officer ever sees the other's running totals. It is kept by officer rather than
    # by entry number because an entry's number can change (a discarded entry 1 makes entry 2 the
    # first) while its officer does not.

    def tally(self, session, race_id: str) -> tally_rules.Tally:
        """The running tally of ``race_id`` that the officer of ``session`` has tapped so far."""
        if session is None:
            raise Refused.because("auth.no_session")
        officer = session.officer_id
        info = self.race_info(race_id)
        ballots = [tally_rules.TalliedBallot(frozenset(json.loads(marks)), kind) for marks, kind in self.db.execute(
            "SELECT marks, kind FROM tally_ballots WHERE race = ? AND officer = ? ORDER BY seq", (race_id, officer))]
        return tally_rules.replay(info, ballots)

    def _tally_guard(self, session, race_id: str) -> None:
        _require(session, "count.tally")
        self._require_state("CLOSED")
        self._race(race_id)
        if self._double_entry(race_id).status is EntryState.AGREED:
            raise Refused.because("count.tally_agreed", race=race_id)

    def _tally_append(self, session, race_id: str, ballot: tally_rules.TalliedBallot) -> None:
        at = _iso(self.clock())
        order = self.race_info(race_id).candidate_ids
        marks = [c for c in order if c in ballot.marks]
        seq = self.db.execute("SELECT coalesce(max(seq), 0) + 1 FROM tally_ballots WHERE race = ?",
                              (race_id,)).fetchone()[0]
        self.db.execute("INSERT INTO tally_ballots (race, seq, marks, kind, officer, at) VALUES (?, ?, ?, ?, ?, ?)",
                        (race_id, seq, json.dumps(marks), ballot.kind, session.officer_id, at))
        journal.append(self.db, at=at, officer=session.officer_id, action="count.tallied",
                       payload={"race": race_id, "seq": seq, "marks": marks, "kind": ballot.kind})

    def tally_add(self, session, race_id: str, marks: Iterable[str]) -> tuple[tally_rules.Tally, tuple[Problem, ...]]:
        """One ballot with these candidates marked, on the acting officer's own tally; a blank or
        over-marked one counts as invalid (and a warning says so). Returns that running tally."""
        with self.db.atomic():
            self._tally_guard(session, race_id)
            current = self.tally(session, race_id)
            after, problems = tally_rules.add_ballot(current, marks)
            _raise_errors(problems)
            self._tally_append(session, race_id, after.ballots[-1])
        return after, problems

    def tally_add_invalid(self, session, race_id: str) -> tally_rules.Tally:
        """One ballot the commission declared invalid for a reason its marks do not show."""
        with self.db.atomic():
            self._tally_guard(session, race_id)
            after = tally_rules.add_invalid(self.tally(session, race_id))
            self._tally_append(session, race_id, after.ballots[-1])
        return after

    def tally_undo(self, session, race_id: str) -> tally_rules.Tally:
        """Take back the last ballot the acting officer tallied (never another officer's)."""
        at = _iso(self.clock())
        with self.db.atomic():
            self._tally_guard(session, race_id)
            after, problems = tally_rules.undo_last(self.tally(session, race_id))
            _raise_errors(problems)
            seq = self.db.execute("SELECT max(seq) FROM tally_ballots WHERE race = ? AND officer = ?",
                                  (race_id, session.officer_id)).fetchone()[0]
            self.db.execute("DELETE FROM tally_ballots WHERE race = ? AND seq = ?", (race_id, seq))
            journal.append(self.db, at=at, officer=session.officer_id, action="count.tally_undone",
                           payload={"race": race_id, "seq": seq})
        return after

    def tally_to_entry(self, session, race_id: str, unused: int, entry: int) -> CountView:
        """Type the acting officer's own tally, with line 5 counted at closing, as entry 1 or 2."""
        _require(session, "count.tally")
        if isinstance(unused, bool) or not isinstance(unused, int):
            raise Refused(error("count_sheet.not_integer", field="unused", value=json.dumps(unused)))
        if unused < 0:
            raise Refused(error("count_sheet.negative", field="unused", value=unused))
        sheet = tally_rules.to_sheet(self.tally(session, race_id), unused)
        return self.enter_count(session, race_id, sheet, entry)
