"""Who may do what: every service action and the roles allowed to perform it.

One table, so that the role matrix test and the documentation read the same source.
"""
from __future__ import annotations

from polling_station.errors import Refused

ACTIONS: dict[str, frozenset[str]] = {
    "officer.add": frozenset({"chair"}),
    "roll.import": frozenset({"chair", "secretary"}),
    "online.import": frozenset({"chair", "secretary"}),
    "search": frozenset({"chair", "secretary", "clerk"}),
    "ballots.received": frozenset({"chair", "secretary"}),
    "station.open": frozenset({"chair"}),
    "station.close": frozenset({"chair"}),
    # Art. 41: the chair and the secretary do not issue ballots (the refusal says so, in eligibility)
    "checkin": frozenset({"clerk"}),
    "checkin.void": frozenset({"chair"}),
    "ballot.spoil": frozenset({"chair", "secretary", "clerk"}),
    "checklist.run": frozenset({"chair", "secretary"}),
    "checklist.exception": frozenset({"chair"}),
    "observer.add": frozenset({"chair", "secretary"}),
    "observer.leave": frozenset({"chair", "secretary"}),
    "observer.remark": frozenset({"chair", "secretary"}),
    "incident.add": frozenset({"chair", "secretary", "clerk"}),
    "paper.list": frozenset({"chair", "secretary", "clerk"}),
    "backup.configure": frozenset({"chair", "secretary"}),
    "station.restore": frozenset({"chair"}),
    "count.enter": frozenset({"chair", "secretary", "clerk"}),  # entry 2 is further limited by double entry
    "count.explain": frozenset({"chair", "secretary"}),
    "count.discard": frozenset({"chair"}),
    "count.reopen": frozenset({"chair"}),
    "count.tally": frozenset({"chair", "secretary", "clerk"}),
    "station.counted": frozenset({"chair"}),
    "protocol.finalize": frozenset({"chair"}),
    "protocol.correct": frozenset({"chair"}),
    "protocol.export": frozenset({"chair"}),
}


def may(session, action: str) -> bool:
    """Whether this session's officer may perform ``action`` (for enabling buttons)."""
    return session is not None and session.role in ACTIONS[action]


def require(session, action: str) -> None:
    if session is None:
        raise Refused.because("auth.no_session")
    allowed = ACTIONS[action]
    if session.role not in allowed:
        raise Refused.because("auth.role", role=session.role, action=action, allowed=", ".join(sorted(allowed)))
