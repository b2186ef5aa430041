"""The election definition, format ``polling-station/election@1`` (DESIGN §3).

``parse_election`` takes the already-decoded JSON value and returns an ``Election`` or raises
``ElectionDefinitionError`` whose problems each name the JSON path and what is wrong there.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from polling_station.domain import iin as iin_rules
from polling_station.domain.problems import Problem, error

FORMAT = "polling-station/election@1"
POLICIES = ("paper_prevails", "refuse")
LANGS = ("kk", "ru", "en")

MESSAGES = {
    "election.not_object": "{path}: expected a JSON object.",
    "election.format": "{path}: the format must be «{expected}», found «{found}».",
    "election.missing": "{path}: this field is required.",
    "election.type": "{path}: expected {expected}.",
    "election.date": "{path}: «{value}» is not a date (YYYY-MM-DD).",
    "election.datetime": "{path}: «{value}» is not a time with an offset (ISO 8601, e.g. 2020-10-01T08:00:00+06:00).",
    "election.policy": "{path}: must be one of {allowed}, found «{value}».",
    "election.duplicate_id": "{path}: the id «{id}» is used twice.",
    "election.unknown_ref": "{path}: «{id}» is not a known {kind}.",
    "election.range": "{path}: {value} is out of range ({low}..{high}).",
    "election.sex": "{path}: sex must be «M» or «F», found «{value}».",
    "election.iin": "{path}: the IIN «{value}» is not valid.",
    "election.window": "{path}: the online voting window must end after it starts.",
    "election.voting_before_cutoff": "{path}: the voting day {voting_day} is before the roll cutoff {cutoff}; "
                                     "the cutoff must be on or before the voting day.",
    "election.max_choices": "{path}: max_choices ({value}) exceeds the number of candidates ({candidates}).",
}


@dataclass(frozen=True)
class Region:
    id: str
    name: str


@dataclass(frozen=True)
class Precinct:
    id: str
    region: str
    name: str
    address: str
    races: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    id: str
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: dt.date
    sex: str


@dataclass(frozen=True)
class Exclusion:
    candidate: str
    reason: str


@dataclass(frozen=True)
class Race:
    id: str
    region: str | None
    name: str
    seats: int
    max_choices: int
    candidates: tuple[Candidate, ...]
    excluded: tuple[Exclusion, ...] = ()

    def candidate(self, candidate_id: str) -> Candidate | None:
        return next((c for c in self.candidates if c.id == candidate_id), None)


@dataclass(frozen=True)
class Election:
    id: str
    title: Mapping[str, str]
    voting_day: dt.date
    online_from: dt.datetime
    online_to: dt.datetime
    roll_cutoff: dt.date
    youth_max_age: int
    quotas: Mapping[str, float]
    online_double_vote_policy: str
    regions: tuple[Region, ...]
    precincts: tuple[Precinct, ...]
    races: tuple[Race, ...]
    checklists: Mapping[str, Any] = field(default_factory=dict)

    def precinct(self, precinct_id: str) -> Precinct | None:
        return next((p for p in self.precincts if p.id == precinct_id), None)

    def race(self, race_id: str) -> Race | None:
        return next((r for r in self.races if r.id == race_id), None)

    def region(self, region_id: str) -> Region | None:
        return next((r for r in self.regions if r.id == region_id), None)


class ElectionDefinitionError(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s) in the election definition")
        self.problems = problems


class _Reader:
    """Walks the JSON value, collecting every problem instead of stopping at the first."""

    def __init__(self):
        self.problems: list[Problem] = []

    def fail(self, code: str, path: str, **params):
        self.problems.append(error(code, path=path, **params))
        return None

    def obj(self, value, path):
        if not isinstance(value, dict):
            return self.fail("election.not_object", path)
        return value

    def get(self, obj, key, path, kind, required=True, default=None):
        p = f"{path}.{key}" if path else key
        if key not in obj or obj[key] is None:
            if required:
                return self.fail("election.missing", p)
            return default
        value = obj[key]
        if kind == "str" and not required and value == "":
            return default
        checks = {
            "str": lambda v: isinstance(v, str) and v.strip() != "",
            "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "num": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            "list": lambda v: isinstance(v, list),
            "dict": lambda v: isinstance(v, dict),
        }
        names = {"str": "a non-empty string", "int": "an integer", "num": "a number",
                 "list": "a list", "dict": "an object"}
        if not checks[kind](value):
            return self.fail("election.type", p, expected=names[kind])
        return value.strip() if kind == "str" else value

    def date(self, obj, key, path, required=True):
        p = f"{path}.{key}" if path else key
        raw = self.get(obj, key, path, "str", required)
        if raw is None:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            return self.fail("election.date", p, value=raw)

    def datetime(self, obj, key, path):
        p = f"{path}.{key}"
        raw = self.get(obj, key, path, "str")
        if raw is None:
            return None
        try:
            value = dt.datetime.fromisoformat(raw)
        except ValueError:
            return self.fail("election.datetime", p, value=raw)
        if value.tzinfo is None:
            return self.fail("election.datetime", p, value=raw)
        return value

    def texts(self, obj, key, path):
        p = f"{path}.{key}" if path else key
        value = self.get(obj, key, path, "dict")
        if value is None:
            return {}
        out = {}
        for lang in LANGS:
            text = self.get(value, lang, p, "str")
            if text is not None:
                out[lang] = text
        return out

    def unique(self, items, path):
        seen = set()
        for i, item in enumerate(items):
            if item is None:
                continue
            if item.id in seen:
                self.fail("election.duplicate_id", f"{path}[{i}].id", id=item.id)
            seen.add(item.id)


def parse_election(data: Any) -> Election:
    r = _Reader()
    if r.obj(data, "$") is None:
        raise ElectionDefinitionError(r.problems)
    fmt = data.get("format")
    if fmt != FORMAT:
        r.fail("election.format", "format", expected=FORMAT, found=fmt)
    eid = r.get(data, "id", "", "str")
    title = r.texts(data, "title", "")
    voting_day = r.date(data, "voting_day", "")
    online = r.get(data, "online_voting", "", "dict") or {}
    online_from = r.datetime(online, "from", "online_voting") if online else None
    online_to = r.datetime(online, "to", "online_voting") if online else None
    if online_from and online_to and online_to <= online_from:
        r.fail("election.window", "online_voting")
    cutoff = r.date(data, "roll_cutoff", "")
    if voting_day and cutoff and voting_day < cutoff:
        r.fail("election.voting_before_cutoff", "voting_day", voting_day=voting_day.isoformat(),
               cutoff=cutoff.isoformat())
    youth = r.get(data, "youth_max_age", "", "int", required=False, default=35)
    if youth is not None and not 18 <= youth <= 100:
        r.fail("election.range", "youth_max_age", value=youth, low=18, high=100)
    quotas_raw = r.get(data, "quotas", "", "dict", required=False, default={}) or {}
    quotas = {}
    for key in ("women", "youth"):
        value = r.get(quotas_raw, key, "quotas", "num", required=False, default=0)
        if value is not None and not 0 <= value <= 1:
            r.fail("election.range", f"quotas.{key}", value=value, low=0, high=1)
        quotas[key] = float(value or 0)
    policy = r.get(data, "online_double_vote_policy", "", "str", required=False, default="paper_prevails")
    if policy is not None and policy not in POLICIES:
        r.fail("election.policy", "online_double_vote_policy", allowed=", ".join(POLICIES), value=policy)

    regions = []
    for i, raw in enumerate(r.get(data, "regions", "", "list") or []):
        path = f"regions[{i}]"
        if r.obj(raw, path) is None:
            continue
        rid, name = r.get(raw, "id", path, "str"), r.get(raw, "name", path, "str")
        if rid is not None and name is not None:
            regions.append(Region(rid, name))
    r.unique(regions, "regions")
    region_ids = {x.id for x in regions}

    races = []
    for i, raw in enumerate(r.get(data, "races", "", "list") or []):
        race = _parse_race(r, raw, f"races[{i}]", region_ids)
        if race is not None:
            races.append(race)
    r.unique(races, "races")
    race_ids = {x.id for x in races}

    precincts = []
    for i, raw in enumerate(r.get(data, "precincts", "", "list") or []):
        path = f"precincts[{i}]"
        if r.obj(raw, path) is None:
            continue
        pid = r.get(raw, "id", path, "str")
        region = r.get(raw, "region", path, "str")
        name = r.get(raw, "name", path, "str")
        address = r.get(raw, "address", path, "str", required=False, default="")
        race_list = r.get(raw, "races", path, "list") or []
        for j, race_id in enumerate(race_list):
            if not isinstance(race_id, str):
                r.fail("election.type", f"{path}.races[{j}]", expected="a race id (a string)")
            elif race_id not in race_ids:
                r.fail("election.unknown_ref", f"{path}.races[{j}]", id=race_id, kind="race")
        if region is not None and region not in region_ids:
            r.fail("election.unknown_ref", f"{path}.region", id=region, kind="region")
        if pid and region and name:
            precincts.append(Precinct(pid, region, name, address or "", tuple(str(x) for x in race_list)))
    r.unique(precincts, "precincts")

    checklists = r.get(data, "checklists", "", "dict", required=False, default={}) or {}

    if r.problems:
        raise ElectionDefinitionError(r.problems)
    return Election(eid, title, voting_day, online_from, online_to, cutoff, youth, quotas, policy,
                    tuple(regions), tuple(precincts), tuple(races), checklists)


def _parse_race(r: _Reader, raw, path, region_ids) -> Race | None:
    if r.obj(raw, path) is None:
        return None
    rid = r.get(raw, "id", path, "str")
    region = r.get(raw, "region", path, "str", required=False)
    if region is not None and region not in region_ids:
        r.fail("election.unknown_ref", f"{path}.region", id=region, kind="region")
    name = r.get(raw, "name", path, "str")
    seats = r.get(raw, "seats", path, "int")
    if seats is not None and seats < 1:
        r.fail("election.range", f"{path}.seats", value=seats, low=1, high="∞")
    max_choices = r.get(raw, "max_choices", path, "int")
    if max_choices is not None and max_choices < 1:
        r.fail("election.range", f"{path}.max_choices", value=max_choices, low=1, high="∞")
    candidates = []
    for j, c in enumerate(r.get(raw, "candidates", path, "list") or []):
        cpath = f"{path}.candidates[{j}]"
        if r.obj(c, cpath) is None:
            continue
        cid = r.get(c, "id", cpath, "str")
        ciin = r.get(c, "iin", cpath, "str")
        if ciin is not None and not iin_rules.is_valid(ciin):
            r.fail("election.iin", f"{cpath}.iin", value=ciin)
        surname = r.get(c, "surname", cpath, "str")
        given = r.get(c, "given_name", cpath, "str")
        patronymic = r.get(c, "patronymic", cpath, "str", required=False, default="")
        birth = r.date(c, "birth_date", cpath)
        sex = r.get(c, "sex", cpath, "str")
        if sex is not None and sex not in ("M", "F"):
            r.fail("election.sex", f"{cpath}.sex", value=sex)
        if None not in (cid, ciin, surname, given, birth, sex):
            candidates.append(Candidate(cid, ciin, surname, given, patronymic or "", birth, sex))
    r.unique(candidates, f"{path}.candidates")
    if max_choices and candidates and max_choices > len(candidates):
        r.fail("election.max_choices", f"{path}.max_choices", value=max_choices, candidates=len(candidates))
    ids = {c.id for c in candidates}
    excluded = []
    for j, e in enumerate(r.get(raw, "excluded", path, "list", required=False, default=[]) or []):
        epath = f"{path}.excluded[{j}]"
        if r.obj(e, epath) is None:
            continue
        cid = r.get(e, "candidate", epath, "str")
        reason = r.get(e, "reason", epath, "str")
        if cid is not None and cid not in ids:
            r.fail("election.unknown_ref", f"{epath}.candidate", id=cid, kind="candidate")
        if cid and reason:
            excluded.append(Exclusion(cid, reason))
    if None in (rid, name, seats, max_choices):
        return None
    return Race(rid, region, name, seats, max_choices, tuple(candidates), tuple(excluded))
