"""May this member be given a ballot here, now, by this officer? (DESIGN §2 "Eligibility").

One pure function, ``decide``, returns a ``Decision``: allowed or refused with exactly one
typed reason, plus warnings (a member who already voted online, under ``paper_prevails``).
The order of the checks is the order a clerk would explain them in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from polling_station.domain.problems import Problem, error, warning

ISSUING_ROLES = ("clerk",)

MESSAGES = {
    "eligibility.station_not_open": "Ballots are issued only while the station is open (it is {state}).",
    "eligibility.officer_may_not_issue":
        "The {role} may not issue ballots (Elections law, Art. 41): a clerk must do it.",
    "eligibility.not_on_roll": "The IIN {iin} is not on the party's member roll.",
    "eligibility.other_precinct":
        "{name} is on the roll of precinct {precinct} ({precinct_name}, {address}), not of this one.",
    "eligibility.suspended": "{name}'s party membership is suspended.",
    "eligibility.joined_after_cutoff":
        "{name} joined the party on {joined_on}, after the roll cutoff of {cutoff}.",
    "eligibility.already_checked_in":
        "{name} already received a ballot here at {at} from {officer_name} (login {officer}) at desk {desk}.",
    "eligibility.voted_online_refused": "{name} already voted online at {at}; this election refuses a paper ballot.",
    "eligibility.voted_online_warning":
        "{name} already voted online at {at}. The paper ballot prevails: the online vote will be annulled at the branch office.",
}


class MemberLike(Protocol):
    iin: str
    surname: str
    given_name: str
    patronymic: str
    precinct: str
    status: str
    joined_on: dt.date


@dataclass(frozen=True)
class PrecinctInfo:
    id: str
    name: str
    address: str


@dataclass(frozen=True)
class PriorCheckIn:
    at: dt.datetime
    officer: str  # login id
    desk: str
    officer_name: str = ""


@dataclass(frozen=True)
class Decision:
    refusal: Problem | None
    warnings: tuple[Problem, ...] = ()

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def _name(m: MemberLike) -> str:
    return " ".join(x for x in (m.surname, m.given_name, m.patronymic) if x)


def _time(t: dt.datetime) -> str:
    return t.strftime("%H:%M") if t.date() else t.isoformat()


def decide(
    *,
    iin: str,
    member: MemberLike | None,
    station_precinct: str,
    station_state: str,
    officer_role: str | None,
    roll_cutoff: dt.date,
    policy: str,
    prior: PriorCheckIn | None,
    online_voted_at: dt.datetime | None,
    member_precinct: PrecinctInfo | None = None,
) -> Decision:
    """Decide a check-in. ``officer_role`` None means: only tell whether the member is eligible
    (a search result), not whether this officer may hand over the ballot."""
    if station_state != "OPEN" and officer_role is not None:
        return Decision(error("eligibility.station_not_open", state=station_state))
    if officer_role is not None and officer_role not in ISSUING_ROLES:
        return Decision(error("eligibility.officer_may_not_issue", role=officer_role))
    if member is None:
        return Decision(error("eligibility.not_on_roll", iin=iin))
    name = _name(member)
    if member.precinct != station_precinct:
        p = member_precinct or PrecinctInfo(member.precinct, member.precinct, "")
        return Decision(error("eligibility.other_precinct", name=name, precinct=p.id,
                              precinct_name=p.name, address=p.address or "—"))
    if prior is not None:
        return Decision(error("eligibility.already_checked_in", name=name, at=_time(prior.at),
                              officer=prior.officer, officer_name=prior.officer_name or prior.officer,
                              desk=prior.desk))
    if member.status != "active":
        return Decision(error("eligibility.suspended", name=name))
    if member.joined_on > roll_cutoff:
        return Decision(error("eligibility.joined_after_cutoff", name=name,
                              joined_on=member.joined_on.isoformat(), cutoff=roll_cutoff.isoformat()))
    if online_voted_at is not None:
        at = online_voted_at.strftime("%Y-%m-%d %H:%M")
        if policy == "refuse":
            return Decision(error("eligibility.voted_online_refused", name=name, at=at))
        return Decision(None, (warning("eligibility.voted_online_warning", name=name, at=at),))
    return Decision(None)
