"""Sanitary checklists, observers and incidents: the station's record beyond the ballots.

A mixin of ``Station``: the same transaction-plus-journal discipline, split out by responsibility.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from polling_station.domain import checklists as rules
from polling_station.domain.problems import error
from polling_station.errors import Refused
from polling_station.paths import CHECKLISTS
from polling_station.services import roles
from polling_station.storage import journal

MESSAGES = {
    "sanitary.template_file": "The checklist template {file} cannot be read: {reason}.",
    "sanitary.answers_file": "{file}, line {line}, column {column}: not valid JSON ({reason}).",
    "sanitary.no_exception_needed": "The opening checklist passed: no exception is needed.",
    "sanitary.exception_stale": "The exception recorded at {at} does not answer the opening checklist saved at "
                                "{run_at} (it was written for an earlier checklist or other items): the chair "
                                "must record an exception for this checklist, with its reason.",
    "observer.name": "The observer's name and whom they represent are required.",
    "observer.unknown": "There is no observer number {observer}.",
    "observer.left": "Observer {observer} already left at {at}.",
    "remark.text": "Write the remark's text.",
    "remark.unknown": "There is no remark number {remark}.",
    "incident.text": "Describe the incident.",
    "incident.kind": "The kind of incident must be one of: {allowed}.",
}

INCIDENT_KINDS = ("general", "disorder", "health", "equipment", "ballots", "complaint", "power", "other")


def iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


class SanitaryMixin:
    # ----- templates --------------------------------------------------------------------------

    def checklist_template(self, name: str) -> rules.ChecklistTemplate:
        """The election's own template when it carries one, otherwise the shipped default."""
        cache = self.__dict__.setdefault("_templates", {})
        if name in cache:
            return cache[name]
        own = (self.election.checklists or {}).get(name)
        try:
            if own is not None:
                template = rules.parse_template(own, "election.json", expected_name=name, root=f"$.checklists.{name}")
            else:
                path = CHECKLISTS / f"{name}.json"
                try:
                    data = json.loads(Path(path).read_text(encoding="utf-8"))
                except (OSError, ValueError) as exc:
                    raise Refused(error("sanitary.template_file", file=str(path), reason=str(exc))) from None
                template = rules.parse_template(data, path.name, expected_name=name)
        except rules.ChecklistTemplateError as exc:
            raise Refused(list(exc.problems)) from None
        cache[name] = template
        return template

    # ----- running a checklist ----------------------------------------------------------------

    def run_checklist(self, session, name: str, answers: dict | None = None, *, all_yes: bool = False):
        roles.require(session, "checklist.run")
        allowed_states = {"opening": ("SETUP",), "periodic": ("OPEN",), "closing": ("OPEN", "CLOSED")}
        if name not in allowed_states:
            raise Refused(error("checklist.unknown_name", source="", path="name", found=name))
        self._require_state(*allowed_states[name])
        template = self.checklist_template(name)
        if all_yes:
            parsed = rules.all_yes(template)
        else:
            parsed, problems = rules.validate_answers(template, answers if answers is not None else {})
            if problems:
                raise Refused(list(problems))
        outcome = rules.evaluate(template, parsed)
        at = iso(self.clock())
        answers_json = [{"item": a.item_id, "answer": a.value, "note": a.note} for a in outcome.answers]
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO checklist_runs (name, version, at, officer, answers, passed, failed_mandatory) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (name, template.version, at, session.officer_id, json.dumps(answers_json, ensure_ascii=False),
                 int(outcome.passed), json.dumps(list(outcome.failed_mandatory))))
            journal.append(self.db, at=at, officer=session.officer_id, action="checklist.completed", payload={
                "name": name, "version": template.version, "answers": answers_json, "passed": outcome.passed,
                "failed_mandatory": list(outcome.failed_mandatory)})
        return outcome

    def checklist_runs(self, name: str | None = None) -> list[dict]:
        sql = "SELECT id, name, version, at, officer, answers, passed, failed_mandatory FROM checklist_runs"
        args: tuple = ()
        if name:
            sql += " WHERE name = ?"
            args = (name,)
        keys = ("id", "name", "version", "at", "officer", "answers", "passed", "failed_mandatory")
        out = []
        for row in self.db.execute(sql + " ORDER BY id", args):
            d = dict(zip(keys, row))
            d["answers"] = json.loads(d["answers"])
            d["failed_mandatory"] = json.loads(d["failed_mandatory"])
            d["passed"] = bool(d["passed"])
            out.append(d)
        return out

    def _latest_outcome(self, name: str) -> rules.ChecklistOutcome | None:
        runs = self.checklist_runs(name)
        if not runs:
            return None
        template = self.checklist_template(name)
        answers = [rules.Answer(a["item"], a["answer"], a["note"]) for a in runs[-1]["answers"]]
        return rules.evaluate(template, answers)

    def checklist_exceptions(self) -> list[dict]:
        keys = ("id", "name", "at", "officer", "reason", "failed_mandatory")
        return [dict(zip(keys, r[:5] + (json.loads(r[5]),))) for r in self.db.execute(
            "SELECT id, name, at, officer, reason, failed_mandatory FROM checklist_exceptions ORDER BY id")]

    def _opening_record(self) -> tuple[int, dict | None]:
        """The journal's word on the opening gate: the seq of the latest opening checklist run, and
        the latest opening exception (seq, at, officer and payload) — the journal orders them even
        when both were written within the same second."""
        run_seq = self.db.execute(
            "SELECT coalesce(max(seq), 0) FROM journal WHERE action = 'checklist.completed' "
            "AND json_extract(payload, '$.name') = 'opening'").fetchone()[0]
        row = self.db.execute(
            "SELECT seq, at, officer, payload FROM journal WHERE action = 'checklist.exception' "
            "AND json_extract(payload, '$.name') = 'opening' ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            return run_seq, None
        payload = json.loads(row[3])
        return run_seq, {"seq": row[0], "at": row[1], "officer": row[2], "reason": payload.get("reason") or "",
                         "failed_mandatory": list(payload.get("failed_mandatory") or ())}

    def opening_exception(self) -> dict | None:
        """The chair's exception that answers the latest opening checklist run — recorded after
        that run and for exactly its failed mandatory items — or None. An exception written for an
        earlier run never opens the station after a new failing run."""
        outcome = self._latest_outcome("opening")
        if outcome is None or outcome.passed:
            return None
        run_seq, latest = self._opening_record()
        if latest is None or latest["seq"] < run_seq:
            return None
        if sorted(latest["failed_mandatory"]) != sorted(outcome.failed_mandatory):
            return None
        return latest

    def opening_decision(self, exception_reason: str | None = None) -> rules.GateDecision:
        """May the station open? With ``exception_reason`` as a proposed exception; without it,
        with the recorded exception that answers the latest opening checklist, if any."""
        if exception_reason is not None:
            return rules.opening_gate(self._latest_outcome("opening"), exception_reason)
        outcome = self._latest_outcome("opening")
        answering = self.opening_exception()
        decision = rules.opening_gate(outcome, answering["reason"] if answering else None)
        if answering is None and not decision.allowed and outcome is not None:
            _, latest = self._opening_record()
            if latest is not None:
                runs = self.checklist_runs("opening")
                decision = rules.GateDecision(False, decision.problems + (
                    error("sanitary.exception_stale", at=latest["at"], run_at=runs[-1]["at"]),))
        return decision

    def _opening_checklist_problems(self):
        decision = self.opening_decision()
        return [] if decision.allowed else list(decision.problems)

    def _record_opening_exception(self, session, reason: str) -> list:
        """Record the chair's exception for the latest opening checklist run (in the caller's
        transaction, if any); returns the problems that refuse it, and then writes nothing."""
        at = iso(self.clock())
        with self.db.atomic():
            decision = rules.opening_gate(self._latest_outcome("opening"), reason or "")
            if not decision.allowed:
                return list(decision.problems)
            if decision.exception is None:
                return [error("sanitary.no_exception_needed")]
            failed = list(decision.exception.failed_mandatory)
            run = self.checklist_runs("opening")[-1]
            self.db.execute("INSERT INTO checklist_exceptions (name, at, officer, reason, failed_mandatory) "
                            "VALUES ('opening', ?, ?, ?, ?)",
                            (at, session.officer_id, decision.exception.reason, json.dumps(failed)))
            journal.append(self.db, at=at, officer=session.officer_id, action="checklist.exception", payload={
                "name": "opening", "reason": decision.exception.reason, "failed_mandatory": failed,
                "run": run["id"]})
        return []

    def record_opening_exception(self, session, reason: str) -> None:
        """The chair opens despite failed mandatory items, with a written reason for the protocol.
        The exception answers the latest opening checklist run only: a new run needs a new one."""
        roles.require(session, "checklist.exception")
        self._require_state("SETUP")
        problems = self._record_opening_exception(session, reason)
        if problems:
            raise Refused(problems)

    def open_station_by_exception(self, session, reason: str) -> None:
        """Record the chair's exception for the failed opening checklist and open the station, in
        one transaction: if the station cannot open (ballots not received, …), no exception stays
        recorded. ``Station.open_station`` runs inside it (its own transaction nests), and the
        backup that follows a change of state waits for this one to commit."""
        roles.require(session, "checklist.exception")
        self._require_state("SETUP")
        with self.db.atomic():
            problems = self._record_opening_exception(session, reason)
            if problems:
                raise Refused(problems)
            self.open_station(session)

    def closing_decision(self) -> rules.GateDecision:
        return rules.closing_gate(self._latest_outcome("closing"))

    def periodic_status(self, now: dt.datetime | None = None) -> rules.PeriodicStatus | None:
        """Where the periodic sanitary checks stand (None before opening)."""
        meta = dict(self.db.execute("SELECT key, value FROM meta WHERE key IN ('opened_at', 'closed_at')"))
        if "opened_at" not in meta:
            return None
        template = self.checklist_template("periodic")
        end = now or self.clock()
        if "closed_at" in meta:
            end = min(end, dt.datetime.fromisoformat(meta["closed_at"]))
        checks = []
        for run in self.checklist_runs("periodic"):
            answers = [rules.Answer(a["item"], a["answer"], a["note"]) for a in run["answers"]]
            checks.append((dt.datetime.fromisoformat(run["at"]), rules.checked_item_ids(answers)))
        return rules.periodic_status(template, dt.datetime.fromisoformat(meta["opened_at"]), checks, end)

    # ----- observers --------------------------------------------------------------------------

    def add_observer(self, session, name: str, represents: str, arrived_at: dt.datetime | None = None) -> int:
        roles.require(session, "observer.add")
        self._require_state("SETUP", "OPEN", "CLOSED", "COUNTED")
        name, represents = (name or "").strip(), (represents or "").strip()
        if not name or not represents:
            raise Refused.because("observer.name")
        at = iso(arrived_at or self.clock())
        with self.db.atomic():
            cur = self.db.execute("INSERT INTO observers (name, represents, arrived_at) VALUES (?, ?, ?)",
                                  (name, represents, at))
            journal.append(self.db, at=iso(self.clock()), officer=session.officer_id, action="observer.arrived",
                           payload={"id": cur.lastrowid, "name": name, "represents": represents, "at": at})
        return cur.lastrowid

    def observer_left(self, session, observer_id: int, left_at: dt.datetime | None = None) -> None:
        roles.require(session, "observer.leave")
        self._require_state("SETUP", "OPEN", "CLOSED", "COUNTED")
        at = iso(left_at or self.clock())
        with self.db.atomic():
            row = self.db.execute("SELECT left_at FROM observers WHERE id = ?", (observer_id,)).fetchone()
            if row is None:
                raise Refused.because("observer.unknown", observer=observer_id)
            if row[0]:
                raise Refused.because("observer.left", observer=observer_id, at=row[0])
            self.db.execute("UPDATE observers SET left_at = ? WHERE id = ?", (at, observer_id))
            journal.append(self.db, at=iso(self.clock()), officer=session.officer_id, action="observer.left",
                           payload={"id": observer_id, "at": at})

    def add_remark(self, session, observer_id: int, text: str, response: str | None = None) -> int:
        """An observer's remark or complaint, and the commission's response when it is given."""
        roles.require(session, "observer.remark")
        self._require_state("SETUP", "OPEN", "CLOSED", "COUNTED")
        text = (text or "").strip()
        if not text:
            raise Refused.because("remark.text")
        at = iso(self.clock())
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM observers WHERE id = ?", (observer_id,)).fetchone() is None:
                raise Refused.because("observer.unknown", observer=observer_id)
            response = (response or "").strip() or None
            cur = self.db.execute(
                "INSERT INTO observer_remarks (observer_id, at, text, response, responded_at, responded_by) "
                "VALUES (?, ?, ?, ?, ?, ?)", (observer_id, at, text, response, at if response else None,
                                              session.officer_id if response else None))
            journal.append(self.db, at=at, officer=session.officer_id, action="observer.remark",
                           payload={"id": cur.lastrowid, "observer": observer_id, "text": text, "response": response})
        return cur.lastrowid

    def respond_to_remark(self, session, remark_id: int, response: str) -> None:
        roles.require(session, "observer.remark")
        self._require_state("SETUP", "OPEN", "CLOSED", "COUNTED")
        response = (response or "").strip()
        if not response:
            raise Refused.because("remark.text")
        at = iso(self.clock())
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM observer_remarks WHERE id = ?", (remark_id,)).fetchone() is None:
                raise Refused.because("remark.unknown", remark=remark_id)
            self.db.execute("UPDATE observer_remarks SET response = ?, responded_at = ?, responded_by = ? WHERE id = ?",
                            (response, at, session.officer_id, remark_id))
            journal.append(self.db, at=at, officer=session.officer_id, action="observer.response",
                           payload={"remark": remark_id, "response": response})

    def observers(self) -> list[dict]:
        keys = ("id", "name", "represents", "arrived_at", "left_at")
        out = [dict(zip(keys, r)) for r in self.db.execute(
            "SELECT id, name, represents, arrived_at, left_at FROM observers ORDER BY id")]
        rkeys = ("id", "at", "text", "response", "responded_at", "responded_by")
        for o in out:
            o["remarks"] = [dict(zip(rkeys, r)) for r in self.db.execute(
                "SELECT id, at, text, response, responded_at, responded_by FROM observer_remarks "
                "WHERE observer_id = ? ORDER BY id", (o["id"],))]
        return out

    # ----- incidents --------------------------------------------------------------------------

    def add_incident(self, session, description: str, *, kind: str = "general", action_taken: str = "",
                     at: dt.datetime | None = None) -> int:
        roles.require(session, "incident.add")
        self._require_state("SETUP", "OPEN", "CLOSED", "COUNTED")
        description = (description or "").strip()
        if not description:
            raise Refused.because("incident.text")
        if kind not in INCIDENT_KINDS:
            raise Refused.because("incident.kind", allowed=", ".join(INCIDENT_KINDS))
        when = iso(at or self.clock())
        with self.db.atomic():
            cur = self.db.execute("INSERT INTO incidents (at, kind, description, action_taken, officer) "
                                  "VALUES (?, ?, ?, ?, ?)", (when, kind, description, action_taken or "",
                                                             session.officer_id))
            journal.append(self.db, at=iso(self.clock()), officer=session.officer_id, action="incident", payload={
                "id": cur.lastrowid, "at": when, "kind": kind, "description": description,
                "action_taken": action_taken or ""})
        return cur.lastrowid

    def incidents(self) -> list[dict]:
        keys = ("id", "at", "kind", "description", "action_taken", "officer")
        return [dict(zip(keys, r)) for r in self.db.execute(
            "SELECT id, at, kind, description, action_taken, officer FROM incidents ORDER BY at, id")]

    def sanitary_status(self) -> dict:
        p = self.periodic_status()
        opening = self.checklist_runs("opening")
        closing = self.checklist_runs("closing")
        return {
            "opening": {"done": bool(opening), "passed": bool(opening and opening[-1]["passed"]),
                        "failed_mandatory": opening[-1]["failed_mandatory"] if opening else [],
                        "exceptions": [e for e in self.checklist_exceptions() if e["name"] == "opening"]},
            "periodic": None if p is None else {
                "state": p.state, "next_due_at": iso(p.next_due_at), "overdue_items": list(p.overdue_items),
                "due_soon_items": list(p.due_soon_items), "checks": len(self.checklist_runs("periodic")),
                "overdue_periods": [{"item": o.item_id, "from": iso(o.start), "to": iso(o.end), "ongoing": o.ongoing}
                                    for o in p.overdue_periods]},
            "closing": {"done": bool(closing), "passed": bool(closing and closing[-1]["passed"]),
                        "failed_mandatory": closing[-1]["failed_mandatory"] if closing else []},
        }
