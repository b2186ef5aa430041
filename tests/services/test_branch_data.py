"""A small election computed by hand, for the branch office's tests (issue 7).

Two regions, three precincts, two races; paper voters at every precinct, online ballots, a double
vote each way (online before paper, online after paper), a candidate excluded by the control
committee, ties, and an online file with every kind of reject. The expected report lines are
written out in the tests that use it.

North (region ``north``): precincts P1 and P2 vote in ``north-council`` (3 seats, up to 2 marks).
South (region ``south``): precinct P3 votes in ``south-council`` (2 seats, 1 mark).

Roll: P1 m1–m5 active, m6 suspended · P2 m7–m10 · P3 m11–m15, m17 active, m16 joined after the
cutoff. Paper: P1 m1 m2 m3 · P2 m7 m8 · P3 m11 m12. Counted online: m4 m5 m9 (north), m13 m14 m15
(south). Annulled online: m1 (online 1 Oct, before paper), m8 (online 4 Oct, after paper), m12.
"""
from __future__ import annotations

import copy
import datetime as dt

from polling_station.domain.iin import with_check_digit

TZ = dt.timezone(dt.timedelta(hours=6))
VOTING_DAY = dt.date(2020, 10, 3)


def _iins(count: int, stem: str = "800101300") -> list[str]:
    out, serial = [], 0
    while len(out) < count:
        iin = with_check_digit(f"{stem}{serial:02d}")
        serial += 1
        if iin:
            out.append(iin)
    return out


M = dict(zip((f"m{i}" for i in range(1, 18)), _iins(17)))
STRANGER = _iins(1, "750505400")[0]  # valid, but on no roll

ELECTION = {
    "format": "polling-station/election@1",
    "id": "small-2020",
    "title": {"kk": "Шағын сайлау", "ru": "Малые выборы", "en": "Small election"},
    "voting_day": "2020-10-03",
    "online_voting": {"from": "2020-10-01T08:00:00+06:00", "to": "2020-10-04T20:00:00+06:00"},
    "roll_cutoff": "2020-09-11",
    "youth_max_age": 35,
    "quotas": {"women": 0.3, "youth": 0.2},
    "online_double_vote_policy": "paper_prevails",
    "regions": [{"id": "north", "name": "Солтүстік / Север"}, {"id": "south", "name": "Оңтүстік / Юг"}],
    "precincts": [
        {"id": "P1", "region": "north", "name": "№1 учаске / Участок №1", "address": "Мектеп 1",
         "races": ["north-council"]},
        {"id": "P2", "region": "north", "name": "№2 учаске / Участок №2", "address": "Мектеп 2",
         "races": ["north-council"]},
        {"id": "P3", "region": "south", "name": "№3 учаске / Участок №3", "address": "Мектеп 3",
         "races": ["south-council"]},
    ],
    "races": [
        {"id": "north-council", "region": "north", "name": "Солтүстік мәслихаты / Северный маслихат", "seats": 3,
         "max_choices": 2,
         "candidates": [
             {"id": "N1", "iin": "700501300011", "surname": "Сейітов", "given_name": "Арман",
              "patronymic": "Болатұлы", "birth_date": "1970-05-01", "sex": "M"},
             {"id": "N2", "iin": "680110300012", "surname": "Әлиев", "given_name": "Дәурен",
              "patronymic": "Серікұлы", "birth_date": "1968-01-10", "sex": "M"},
             {"id": "N3", "iin": "900202300013", "surname": "Жақсыбеков", "given_name": "Ерлан",
              "patronymic": "", "birth_date": "1990-02-02", "sex": "M"},
             {"id": "N4", "iin": "750303300014", "surname": "Бекұлы", "given_name": "Нұржан",
              "patronymic": "", "birth_date": "1975-03-03", "sex": "M"},
             {"id": "N5", "iin": "950615400015", "surname": "Қасымова", "given_name": "Дана",
              "patronymic": "Ерланқызы", "birth_date": "1995-06-15", "sex": "F"},
         ],
         "excluded": [{"candidate": "N3", "reason": "Бақылау комитетінің шешімі / Решение контрольного комитета"}]},
        {"id": "south-council", "region": "south", "name": "Оңтүстік мәслихаты / Южный маслихат", "seats": 2,
         "max_choices": 1,
         "candidates": [
             {"id": "S1", "iin": "800303400016", "surname": "Омарова", "given_name": "Сәуле",
              "patronymic": "", "birth_date": "1980-03-03", "sex": "F"},
             {"id": "S2", "iin": "850404300017", "surname": "Нұрланов", "given_name": "Бауыржан",
              "patronymic": "", "birth_date": "1985-04-04", "sex": "M"},
             {"id": "S3", "iin": "980808300018", "surname": "Төлеген", "given_name": "Асхат",
              "patronymic": "", "birth_date": "1998-08-08", "sex": "M"},
             {"id": "S4", "iin": "600101400019", "surname": "Ыбырай", "given_name": "Гүлмира",
              "patronymic": "", "birth_date": "1960-01-01", "sex": "F"},
         ]},
    ],
}


def _fix_candidate_iins(election: dict) -> dict:
    # the literal IINs above only carry the birth dates; give each a valid check digit
    for race in election["races"]:
        for c in race["candidates"]:
            c["iin"] = _iins(1, c["iin"][:9])[0]
    return election


ELECTION = _fix_candidate_iins(ELECTION)


def election(policy: str = "paper_prevails", **changes) -> dict:
    data = copy.deepcopy(ELECTION)
    data["online_double_vote_policy"] = policy
    data.update(changes)
    return data


ROLL_HEADER = "iin,surname,given_name,patronymic,birth_date,sex,region,precinct,joined_on,status"
_SURNAMES = ["Абаев", "Бекова", "Ғалиев", "Дәулетова", "Ержанов", "Жұмаева", "Зейнолла", "Исаев", "Кәрімова",
             "Қасенов", "Лукпанова", "Мұратов", "Нұрова", "Оспанов", "Пірәлиева", "Рахимов", "Сәрсенова"]


def _member_row(n: int, precinct: str, region: str, joined: str = "2015-01-01", status: str = "active") -> str:
    # sex left blank: the members' IINs encode 1980-01-01 and a man, and a disagreement only warns
    return ",".join((M[f"m{n}"], _SURNAMES[n - 1], "Есім", "", "1980-01-01", "", region, precinct, joined, status))


ROLL_ROWS = (
    [_member_row(n, "P1", "north") for n in range(1, 6)]
    + [_member_row(6, "P1", "north", status="suspended")]
    + [_member_row(n, "P2", "north") for n in range(7, 11)]
    + [_member_row(n, "P3", "south") for n in range(11, 16)]
    + [_member_row(16, "P3", "south", joined="2020-09-20")]
    + [_member_row(17, "P3", "south")]
)


def roll_text() -> str:
    return ROLL_HEADER + "\n" + "\n".join(ROLL_ROWS) + "\n"


# precinct → (check-ins: member, time on voting day), count sheet of its race
PAPER = {
    "P1": ([("m1", "09:00"), ("m2", "09:30"), ("m3", "10:00")],
           {"race": "north-council", "unused": 7, "found_in_box": 3, "invalid": 0,
            "votes": {"N1": 2, "N2": 1, "N3": 1, "N4": 0, "N5": 1}}),
    "P2": ([("m7", "11:00"), ("m8", "11:30")],
           {"race": "north-council", "unused": 8, "found_in_box": 2, "invalid": 0,
            "votes": {"N1": 1, "N2": 1, "N3": 0, "N4": 1, "N5": 0}}),
    "P3": ([("m11", "12:00"), ("m12", "12:30")],
           {"race": "south-council", "unused": 8, "found_in_box": 2, "invalid": 0,
            "votes": {"S1": 1, "S2": 1, "S3": 0, "S4": 0}}),
}
BALLOTS_RECEIVED = 10


def paper_at(member: str) -> str:
    for checkins, _ in PAPER.values():
        for who, hhmm in checkins:
            if who == member:
                return f"2020-10-03T{hhmm}:00+06:00"
    raise KeyError(member)


ONLINE_HEADER = "iin,voted_at,race,choices"
# (line, row); line 1 is the header
ONLINE_ROWS = [
    (2, f"{M['m4']},2020-10-01T10:00:00+06:00,north-council,N2 N4"),
    (3, f"{M['m5']},2020-10-01T11:00:00+06:00,north-council,N4"),
    (4, f"{M['m9']},2020-10-02T09:00:00+06:00,north-council,N3 N2"),
    (5, f"{M['m1']},2020-10-01T12:00:00+06:00,north-council,N5"),      # voted online before paper
    (6, f"{M['m8']},2020-10-04T09:00:00+06:00,north-council,N1 N3"),   # voted online after paper
    (7, f"{M['m13']},2020-10-02T10:00:00+06:00,south-council,S2"),
    (8, f"{M['m14']},2020-10-02T11:00:00+06:00,south-council,S3"),
    (9, f"{M['m12']},2020-10-02T12:00:00+06:00,south-council,S3"),      # voted both ways
    (10, f"{M['m15']},2020-10-03T15:00:00+06:00,south-council,S1"),
    (11, f"{M['m15']},2020-10-03T15:00:00+06:00,south-council,S1"),     # identical duplicate: collapses
    (12, f"{M['m6']},2020-10-02T10:00:00+06:00,north-council,N1"),      # suspended
    (13, f"{STRANGER},2020-10-02T10:00:00+06:00,north-council,N1"),     # not on the roll
    (14, f"{M['m10']},2020-10-02T10:00:00+06:00,north-council,N1"),     # two different ballots …
    (15, f"{M['m10']},2020-10-02T10:05:00+06:00,north-council,N2"),     # … for the same race
    (16, f"{M['m17']},2020-10-02T10:00:00+06:00,south-council,S1 S2"),  # more choices than allowed
    (17, f"{M['m16']},2020-10-02T10:00:00+06:00,south-council,S1"),     # joined after the cutoff
    (18, f"{M['m17']},2020-10-05T10:00:00+06:00,south-council,S4"),     # after the window closed
    (19, f"{M['m3']},2020-10-02T10:00:00+06:00,city-council,X1"),       # no such race
    (20, f"{M['m2']},2020-10-02T10:00:00+06:00,south-council,S1"),      # not a race of the member's precinct
    (21, f"{M['m7']},2020-10-02T10:00:00+06:00,north-council,N9"),      # no such candidate
    (22, "123456789012,2020-10-02T10:00:00+06:00,north-council,N1"),    # not an IIN
]

# line → the codes its rejection carries
ONLINE_REJECTS = {
    12: ["branch.online_not_eligible"],
    13: ["branch.online_unknown_member"],
    14: ["online.ballot_conflict"],
    15: ["online.ballot_conflict"],
    16: ["branch.online_too_many_choices"],
    17: ["branch.online_not_eligible"],
    18: ["branch.online_outside_window"],
    19: ["branch.online_unknown_race"],
    20: ["branch.online_wrong_race"],
    21: ["branch.online_unknown_candidate"],
    22: ["iin.check_digit"],
}


def online_text(rows=None) -> str:
    rows = ONLINE_ROWS if rows is None else rows
    return ONLINE_HEADER + "\n" + "\n".join(r for _, r in rows) + "\n"


# ----- the data itself ------------------------------------------------------------------------

def test_the_small_election_is_a_valid_definition():
    from polling_station.domain.election import parse_election
    parsed = parse_election(election())
    assert [p.id for p in parsed.precincts] == ["P1", "P2", "P3"]
    assert parsed.race("north-council").excluded[0].candidate == "N3"


def test_every_member_has_a_distinct_valid_iin():
    from polling_station.domain.iin import is_valid
    iins = [*M.values(), STRANGER]
    assert len(set(iins)) == len(iins) and all(is_valid(i) for i in iins)


# ----- reading what the branch wrote ----------------------------------------------------------

def render(problem) -> str:
    from polling_station import i18n
    return i18n.render(problem, "en")


def read_csv(path) -> list[dict]:
    import csv
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read_lines(path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().split("\n")


# ----- real packages, made through the station services ---------------------------------------

KEY_PASSWORD = b"chair-key"
CA_PASSWORD = b"branch-ca"
CORRECTION_REASON = "Бір бюллетень қайта саналды / Один бюллетень пересчитан"
REISSUE_REASON = "Төрағаның кілті жаңартылды / Ключ председателя обновлён"
# P1's recount for version 2: one vote moves from N3 to N4
P1_RECOUNT = {"race": "north-council", "unused": 7, "found_in_box": 3, "invalid": 0,
              "votes": {"N1": 2, "N2": 1, "N3": 0, "N4": 1, "N5": 1}}
# a second, different station file of P1 (set up twice): another version 1
P1_OTHER = {"race": "north-council", "unused": 7, "found_in_box": 3, "invalid": 0,
            "votes": {"N1": 1, "N2": 2, "N3": 1, "N4": 0, "N5": 1}}


class World:
    """Keys, and the packages of the small election, made once per test process."""

    def __init__(self, folder):
        from pathlib import Path

        from polling_station.signing import keys

        self.folder = Path(folder)
        self.ca = keys.make_ca("Шағын филиал — сынақ КО", self.folder / "ca", CA_PASSWORD)
        self.other_ca = keys.make_ca("Unknown office CA", self.folder / "other-ca", CA_PASSWORD)
        self.keys = {}
        for name, iin, ca in (("P1", "871008401427", self.ca), ("P2", "760212350620", self.ca),
                              ("P3", "800416300257", self.ca), ("stranger", "791028302728", self.other_ca)):
            self.keys[name] = keys.issue_key(ca.p12, CA_PASSWORD, f"Төраға {name}", self.folder / f"{name}.p12",
                                             KEY_PASSWORD, iin=iin)
        # P1's chair's second key (the first lost or expired): the same person, another certificate
        self.keys["P1renewed"] = keys.issue_key(self.ca.p12, CA_PASSWORD, "Төраға P1", self.folder / "P1renewed.p12",
                                                KEY_PASSWORD, iin="871008401427")
        self.roll = self.folder / "roll.csv"
        self.roll.write_text(roll_text(), encoding="utf-8")
        self.online = self.folder / "online.csv"
        self.online.write_text(online_text(), encoding="utf-8")
        out = self.folder / "packages"
        out.mkdir()
        self.packages = {}
        p1 = self._station("P1", "P1")
        self.packages["P1"] = self._finalize(p1, "P1", out / "P1-v1.zip")
        self.packages["P1v2"] = self._correct(p1, "P1", out / "P1-v2.zip", P1_RECOUNT)
        # version 3: version 2's counts reissued, signed with the chair's renewed key
        p1.clock.advance(hours=1)
        p1.finalize(p1.login("chair", "1111"), self.keys["P1renewed"], KEY_PASSWORD, out / "P1-v3-renewed-key.zip",
                    reason=REISSUE_REASON)
        self.packages["P1v3key"] = out / "P1-v3-renewed-key.zip"
        p1.close_db()
        for precinct in ("P2", "P3"):
            st = self._station(precinct, precinct)
            self.packages[precinct] = self._finalize(st, precinct, out / f"{precinct}-v1.zip")
            st.close_db()
        st = self._station("P1", "P1-other", sheet=P1_OTHER)
        self.packages["P1other"] = self._finalize(st, "P1", out / "P1-v1-other.zip")
        # a "version 2" of P1 from that other station file: its journal does not continue P1-v1.zip's
        self.packages["P1otherv2"] = self._correct(st, "P1", out / "P1-v2-other.zip", P1_RECOUNT)
        st.close_db()
        st = self._station("P2", "P2-stranger")
        self.packages["P2stranger"] = self._finalize(st, "stranger", out / "P2-v1-stranger.zip")
        st.close_db()
        st = self._station("P2", "P2-by-P1")
        self.packages["P2byP1"] = self._finalize(st, "P1", out / "P2-v1-by-P1-chair.zip")
        st.close_db()
        # P1's chair again, with their other certificate (the same IIN)
        st = self._station("P2", "P2-by-P1-renewed")
        self.packages["P2byP1renewed"] = self._finalize(st, "P1renewed", out / "P2-v1-by-P1-chair-renewed.zip")
        st.close_db()

    def pem(self, name):
        return self.keys[name].with_suffix(".pem")

    def _station(self, precinct, label, sheet=None):
        from polling_station.services.counting import CountingMixin
        from polling_station.services.protocol import ProtocolMixin
        from polling_station.services.station import Station
        from tests.conftest import Clock

        clock = Clock(dt.datetime(2020, 10, 3, 7, 30, tzinfo=TZ))
        # the chair's name as their key names them (the branch compares the two)
        st = Station.create(self.folder / f"{label}.db", election(), precinct, chair_name=f"Төраға {precinct}",
                            chair_id="chair", chair_pin="1111", clock=clock)
        missing = tuple(m for m in (ProtocolMixin, CountingMixin) if not isinstance(st, m))
        if missing:  # until the lead gives Station these mixins itself
            st.__class__ = type("FullStation", (*missing, type(st)), {})
        chair = st.login("chair", "1111")
        st.add_officer(chair, "sec", "Хатшы Айжан", "secretary", "2222")
        st.add_officer(chair, "c1", "Тіркеуші Нұрлан", "clerk", "3333")
        st.import_roll(chair, self.roll)
        checkins, counted = PAPER[precinct]
        for race in st.races:
            st.set_ballots_received(chair, race.id, BALLOTS_RECEIVED)
        st.run_checklist(chair, "opening", all_yes=True)
        st.open_station(chair)
        clerk = st.login("c1", "3333")
        for member, hhmm in checkins:
            hh, mm = map(int, hhmm.split(":"))
            clock.now = dt.datetime(2020, 10, 3, hh, mm, tzinfo=TZ)
            st.check_in(clerk, M[member])
        clock.now = dt.datetime(2020, 10, 3, 20, 0, tzinfo=TZ)
        chair = st.login("chair", "1111")
        st.run_checklist(chair, "closing", all_yes=True)
        st.close_station(chair)
        self._count(st, sheet or counted)
        return st

    def _count(self, st, sheet):
        clerk, secretary = st.login("c1", "3333"), st.login("sec", "2222")
        st.enter_count(clerk, sheet["race"], sheet, 1)
        st.enter_count(secretary, sheet["race"], sheet, 2)
        st.mark_counted(st.login("chair", "1111"))

    def _finalize(self, st, key, out):
        st.finalize(st.login("chair", "1111"), self.keys[key], KEY_PASSWORD, out)
        return out

    def _correct(self, st, key, out, sheet):
        chair = st.login("chair", "1111")
        st.clock.advance(hours=1)
        st.reopen_for_correction(chair, CORRECTION_REASON)
        st.reopen_count(chair, sheet["race"])
        self._count(st, sheet)
        return self._finalize(st, key, out)


_WORLD: list = []


def world(tmp_path_factory) -> World:
    if not _WORLD:
        _WORLD.append(World(tmp_path_factory.mktemp("branch-world")))
    return _WORLD[0]
