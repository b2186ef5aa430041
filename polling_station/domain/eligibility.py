"""May this member be given a ballot here, now, by this officer? (DESIGN §2 "Eligibility").

One pure function, ``decide``, returns a ``Decision``: allowed or refused with exactly one
typed reason, plus warnings (a member who already voted online, under ``paper_prevails``).
The order of the checks is the order a clerk would explain them in: first the station (open,
a ballot of every race left), then the officer (a clerk issues, Art. 41), then the member.
``backfill_refusal`` is the rule for a check-in entered later from the paper list: it carries
the time written on the list, and that time lies within the hours the station was open.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol, Sequence

from polling_station.domain.problems import Problem, error, warning

ISSUING_ROLES = ("clerk",)

MESSAGES = {
    "eligibility.station_not_open": "Ballots are issued only while the station is open (it is {state}).",
    "eligibility.officer_may_not_issue":
        "The {role} may not issue ballots (Elections law, Art. 41): a clerk must do it.",
    "eligibility.no_ballot_left":
        "No ballot is left for «{name}» (race {race}): {received} received, {issued} issued, {spoiled} spoiled; "
        "the chair or the secretary must first record the further ballots received.",
    "eligibility.not_on_roll":
        "The IIN {iin} is not in this station's roll; check with the party's branch office.",
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
    "eligibility.backfill_no_time":
        "A check-in entered from the paper list needs the time written on the list.",
    "eligibility.backfill_outside_hours":
        "The time {at} is outside the hours the station was open ({opened} to {until}).",
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
class BallotStock:
    """One race's ballots at this station: each check-in issues one ballot of every race."""
    race: str
    name: str
    received: int
    issued: int
    spoiled: int

    @property
    def remaining(self) -> int:
        return self.received - self.issued - self.spoiled


@dataclass(frozen=True)
class Decision:
    refusal: Problem | None
    warnings: tuple[Problem, ...] = ()

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def _name(m: MemberLike) -> str:
    return " ".join(x for x in (m.surname, m.given_name, m.patronymic) if x)


def _time(t: dt.datetime, now: dt.datetime | None) -> str:
    """HH:MM when ``t`` was today (in the time zone of ``now``), else the date too."""
    if now is not None and t.tzinfo is not None and now.tzinfo is not None:
        t = t.astimezone(now.tzinfo)
    if now is not None and t.date() == now.date():
        return t.strftime("%H:%M")
    return t.strftime("%Y-%m-%d %H:%M")


def stock_refusal(stock: Sequence[BallotStock]) -> Problem | None:
    """The first race (in the precinct's order) with no ballot left, as a refusal."""
    for s in stock:
        if s.remaining <= 0:
            return error("eligibility.no_ballot_left", race=s.race, name=s.name, received=s.received,
                         issued=s.issued, spoiled=s.spoiled)
    return None


def station_refusal(*, station_state: str, stock: Sequence[BallotStock]) -> Problem | None:
    """What refuses every check-in, whoever the member and the officer: the station is not open,
    or a race has no ballot left."""
    if station_state != "OPEN":
        return error("eligibility.station_not_open", state=station_state)
    return stock_refusal(stock)


def _minute(t: dt.datetime) -> dt.datetime:
    return t.replace(second=0, microsecond=0)


def backfill_refusal(*, at: dt.datetime | None, opened_at: dt.datetime, until: dt.datetime) -> Problem | None:
    """May a check-in written on the paper list at ``at`` be entered? The station was open from
    ``opened_at`` until ``until`` (its closing, or now while it is still open). The paper says
    HH:MM, so the opening counts from the start of its minute; all times are shown in the time
    zone of the opening."""
    if at is None:
        return error("eligibility.backfill_no_time")
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"a time without a UTC offset cannot be placed: {at.isoformat()}")
    if not _minute(opened_at) <= at <= until:
        tz = opened_at.tzinfo
        return error("eligibility.backfill_outside_hours", at=at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                     opened=opened_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                     until=until.astimezone(tz).strftime("%Y-%m-%d %H:%M"))
    return None


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
    stock: Sequence[BallotStock] = (),
    now: dt.datetime | None = None,
) -> Decision:
    """Decide a check-in. ``officer_role`` None means: only tell whether the member is eligible
    (a search result), not whether this officer may hand over the ballot. ``stock`` is every race
    of the precinct; while the station is open, a race with no ballot left refuses everyone, so
    a search result never says "may vote" when no ballot can be handed over. ``now`` tells
    whether an earlier check-in was today (its time only) or on another day (with the date)."""
    if officer_role is not None:
        station = station_refusal(station_state=station_state, stock=stock)
    else:  # a search: whatever the state, tell eligibility; while open, also whether a ballot is left
        station = stock_refusal(stock) if station_state == "OPEN" else None
    if station is not None:
        return Decision(station)
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
        return Decision(error("eligibility.already_checked_in", name=name, at=_time(prior.at, now),
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
