"""What the protocol tests share: real keys from a trial CA, a station driven through the real
services from set-up to COUNTED, and the poppler and NSS tools a branch office would use.

Import the fixtures a test module needs by name (``from tests.reports.protocol_fixtures import
pki, ...``): pytest finds fixtures in the test module's namespace.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from polling_station.paths import DEMO
from polling_station.services.counting import CountingMixin
from polling_station.services.protocol import ProtocolMixin
from polling_station.services.station import Station
from polling_station.signing import keys
from tests.conftest import Clock
from tests.services.conftest import ROLL_HEADER, ROLL_ROWS

CA_PASSWORD = b"branch-office-ca"
KEY_PASSWORD = "chair-key-2020"
CHAIR_IIN = "871008401427"
CITY, DISTRICT = "almaty-city", "medeu-district"
VOTERS = ("871008401427", "760212350620")


def station_class():
    """Station with the counting and protocol mixins, whether or not the lead has wired them in."""
    missing = tuple(m for m in (ProtocolMixin, CountingMixin) if not issubclass(Station, m))
    return type("ProtocolStation", missing + (Station,), {}) if missing else Station


@dataclass(frozen=True)
class Pki:
    ca_p12: Path
    ca_pem: Path
    chair_p12: Path
    chair_pem: Path
    stranger_p12: Path
    stranger_ca_pem: Path
    auth_p12: Path
    self_signed_p12: Path


@pytest.fixture(scope="session")
def pki(tmp_path_factory) -> Pki:
    d = tmp_path_factory.mktemp("protocol-pki")
    ca = keys.make_ca("Алматы қалалық филиалы — сынақ КО", d / "ca", CA_PASSWORD)
    chair = keys.issue_key(ca.p12, CA_PASSWORD, "Асқаров Болат", d / "chair.p12", KEY_PASSWORD.encode(),
                           iin=CHAIR_IIN)
    auth = keys.issue_key(ca.p12, CA_PASSWORD, "Асқаров Болат (AUTH)", d / "AUTH_chair.p12",
                          KEY_PASSWORD.encode(), iin=CHAIR_IIN, purpose="auth")
    other = keys.make_ca("Бөтен КО / Unknown CA", d / "other-ca", CA_PASSWORD)
    stranger = keys.issue_key(other.p12, CA_PASSWORD, "Бөтен Адам", d / "stranger.p12", KEY_PASSWORD.encode(),
                              iin="760212350620")
    return Pki(ca.p12, ca.pem, chair, chair.with_suffix(".pem"), stranger, other.pem, auth,
               _self_signed(d / "self-signed.p12"))


@dataclass(frozen=True)
class OtherSigners:
    deputy_p12: Path    # another person's signing key from the same CA (a deputy chair)
    renewed_p12: Path   # the chair's renewed key: the same IIN, a new certificate
    no_iin_p12: Path    # a key whose certificate carries no IIN


DEPUTY_IIN = "760212350620"


@pytest.fixture(scope="session")
def other_signers(pki, tmp_path_factory) -> OtherSigners:
    d = tmp_path_factory.mktemp("other-signers")
    deputy = keys.issue_key(pki.ca_p12, CA_PASSWORD, "Серікова Айжан", d / "deputy.p12", KEY_PASSWORD.encode(),
                            iin=DEPUTY_IIN)
    renewed = keys.issue_key(pki.ca_p12, CA_PASSWORD, "Асқаров Болат", d / "chair-renewed.p12",
                             KEY_PASSWORD.encode(), iin=CHAIR_IIN)
    no_iin = keys.issue_key(pki.ca_p12, CA_PASSWORD, "Асқаров Болат", d / "chair-no-iin.p12", KEY_PASSWORD.encode())
    return OtherSigners(deputy, renewed, no_iin)


def _self_signed(path: Path) -> Path:
    """A signing key whose certificate nobody issued: usage bits right, chain missing."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Өзі қол қойған / Self-signed")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(keys._key_usage(digital_signature=True, content_commitment=True), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .sign(key, hashes.SHA256()))
    path.write_bytes(keys._pkcs12("self", key, cert, (), KEY_PASSWORD.encode()))
    return path


@pytest.fixture(scope="session")
def nss_trusting_ca(tmp_path_factory, pki) -> Path:
    """An NSS database in which the trial CA is a trusted issuer, as pdfsig reads it."""
    directory = tmp_path_factory.mktemp("nss")
    _certutil("-N", "--empty-password", "-d", f"sql:{directory}")
    _certutil("-A", "-n", "trial-ca", "-t", "CT,C,C", "-i", str(pki.ca_pem), "-d", f"sql:{directory}")
    return directory


def _certutil(*args: str) -> None:
    subprocess.run(["certutil", *args], check=True, capture_output=True, timeout=60)


def pdfsig(pdf: Path, nss_dir: Path) -> str:
    """pdfsig's text (it exits 0 even on a digest mismatch, so its words are what counts)."""
    result = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss_dir}", str(pdf)], capture_output=True, text=True,
                            timeout=60)
    return result.stdout + result.stderr


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True, timeout=60).stdout
    lines = out.splitlines()
    header = lines[0]
    emb = header.index(" emb ") + 1
    rows = []
    for line in lines[2:]:
        rows.append({"name": line.split()[0], "emb": line[emb:emb + 3].strip(), "line": line})
    return rows


# ----- a station driven through the real services ------------------------------------------------

def drive_to_counted(path: Path, clock: Clock | None = None, *, opening_exception: str | None = None):
    """Set up, open, vote, close and count a station of precinct 101, returning it COUNTED.

    Two members vote (one check-in voided and redone), one spoiled ballot in the city race, an
    observer with an answered remark, an incident, a late periodic check, and two warning
    relations explained: CR10 (city: 1 spoiled of 2 issued) and CR08 (district: a ballot taken away).
    With ``opening_exception``, the opening checklist fails (no isolation room) and the chair opens
    by exception for that reason."""
    clock = clock or Clock()
    election = json.loads((DEMO / "election.json").read_text(encoding="utf-8"))
    st = station_class().create(path, election, "101", chair_name="Асқаров Болат", chair_id="chair",
                                chair_pin="1111", clock=clock)
    chair = st.login("chair", "1111")
    st.add_officer(chair, "sec", "Серікова Айжан", "secretary", "2222")
    st.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", "3333")
    st.add_officer(chair, "c2", "Ли Анна", "clerk", "4444")
    secretary = st.login("sec", "2222")
    clerk = st.login("c1", "3333")
    roll = path.with_name(path.stem + "-roll.csv")
    roll.write_text(ROLL_HEADER + "\n".join(ROLL_ROWS) + "\n", encoding="utf-8")
    st.import_roll(chair, roll)
    for race in st.races:
        st.set_ballots_received(chair, race.id, 100)
    if opening_exception is None:
        st.run_checklist(chair, "opening", all_yes=True)
        st.open_station(chair)
    else:
        answers = {item.id: "yes" for item in st.checklist_template("opening").items}
        answers["isolation_room"] = {"answer": "no", "note": "Бөлек бөлме жоқ / нет отдельной комнаты"}
        st.run_checklist(chair, "opening", answers)
        st.open_station_by_exception(chair, opening_exception)
    observer = st.add_observer(secretary, "Жақсылықов Марат", "Үміткер Құдайбергенов Ә. / кандидат Кудайбергенов А.")
    clock.advance(minutes=30)
    st.check_in(clerk, VOTERS[0])
    st.void_check_in(chair, VOTERS[0], "Басқа адамның құжаты / документ другого человека")
    st.check_in(clerk, VOTERS[0])
    st.spoil(clerk, CITY)
    clock.advance(minutes=60)
    st.check_in(clerk, VOTERS[1])
    remark = st.add_remark(secretary, observer, "Кабинаның пердесі жоқ / В кабине нет шторки")
    st.respond_to_remark(chair, remark, "Перде ілінді / Шторка повешена")
    st.add_incident(clerk, "Электр 10 минутқа өшті / Отключение электричества на 10 минут", kind="power",
                    action_taken="Қағаз тізім бойынша тіркеу / регистрация по бумажному списку")
    clock.advance(minutes=100)
    st.run_checklist(chair, "periodic", all_yes=True)
    clock.now = clock.now.replace(hour=20, minute=0)
    st.run_checklist(chair, "closing", all_yes=True)
    st.close_station(chair)
    clock.advance(minutes=40)
    for race_id, unused, found, votes in ((CITY, 97, 2, {0: 2, 1: 1}), (DISTRICT, 98, 1, {0: 1})):
        ids = st.race_info(race_id).candidate_ids
        counted = {cid: 0 for cid in ids}
        counted.update({ids[i]: n for i, n in votes.items()})
        sheet = {"race": race_id, "unused": unused, "found_in_box": found, "invalid": 0, "votes": counted}
        st.enter_count(clerk, race_id, sheet, 1)
        st.enter_count(secretary, race_id, sheet, 2)
    st.explain_relation(chair, CITY, "CR10", "Бір сайлаушы бюллетеньді қате толтырды / "
                                             "Один избиратель ошибся при заполнении")
    st.explain_relation(chair, DISTRICT, "CR08", "Бір сайлаушы бюллетеньді алып кетті / "
                                                 "Один избиратель унёс бюллетень")
    st.mark_counted(chair)
    clock.advance(minutes=15)
    return st


# ----- a protocol from plain data (no database) ------------------------------------------------

TZ = dt.timezone(dt.timedelta(hours=6))


def demo_election():
    from polling_station.domain.election import parse_election
    return parse_election(json.loads((DEMO / "election.json").read_text(encoding="utf-8")))


def checklist_templates():
    from polling_station.domain.checklists import parse_template
    from polling_station.paths import CHECKLISTS
    return {n: parse_template(json.loads((CHECKLISTS / f"{n}.json").read_text(encoding="utf-8")), f"{n}.json",
                              expected_name=n) for n in ("opening", "periodic", "closing")}


def sample_inputs(election=None, *, precinct="101", votes=None, found_in_box=410, invalid=9, unused=768,
                  explanations=True, records=(1850, 1200, 420, 12)) -> dict:
    """Keyword arguments for ``build_protocol``: 420 ballots issued of 1200, 12 spoiled, 410 found in
    the box (CR08 explained), the annex filled as a real day would fill it."""
    from polling_station.domain import accounting
    from polling_station.domain.checklists import OverduePeriod
    from polling_station.reports.protocol_model import CheckinSummary
    election = election or demo_election()
    races = election.precinct(precinct).races
    records = {r: accounting.StationRecords(*records) for r in races}
    sheets = {}
    for race_id in races:
        race = election.race(race_id)
        valid = found_in_box - invalid
        if votes and race_id in votes:
            counted = votes[race_id]
        else:
            n = len(race.candidates)
            counted = {c.id: min(valid, (valid * 2) // n + 7 * k - 3 * n) for k, c in enumerate(race.candidates)}
        sheets[race_id] = accounting.CountSheet(race_id, unused, found_in_box, invalid, counted)
    templates = checklist_templates()

    def run(run_id, name, at, no=None):
        return {"id": run_id, "name": name, "version": 1, "at": at, "officer": "chair", "passed": no is None,
                "failed_mandatory": [no] if no else [],
                "answers": [{"item": i.id, "answer": "no" if i.id == no else "yes",
                             "note": "Бөлек бөлме жоқ / нет отдельной комнаты" if i.id == no else ""}
                            for i in templates[name].items]}

    runs = ([run(1, "opening", "2020-10-03T07:10:00+06:00", "isolation_room")]
            + [run(2 + k, "periodic", f"2020-10-03T{9 + 2 * k:02d}:55:00+06:00") for k in range(6)]
            + [run(9, "closing", "2020-10-03T20:01:00+06:00")])
    return dict(
        election=election, precinct_id=precinct, version=1, reason="", signed_at="2020-10-03T23:41:00+06:00",
        records=records, sheets=sheets,
        explanations=[{"race": r, "relation": "CR08", "officer": "chair", "at": "2020-10-03T22:00:00+06:00",
                       "text": "10 сайлаушы бюллетеньді алып кетті / 10 избирателей унесли бюллетени"}
                      for r in races] if explanations else [],
        checklist_runs=runs, templates=templates,
        checklist_exceptions=[{"name": "opening", "at": "2020-10-03T07:20:00+06:00", "officer": "chair",
                               "reason": "Оқшаулау бөлмесі көрші мектепте / изолятор в соседней школе",
                               "failed_mandatory": ["isolation_room"]}],
        overdue_periods=[OverduePeriod("surfaces_disinfected", dt.datetime(2020, 10, 3, 10, 0, tzinfo=TZ),
                                       dt.datetime(2020, 10, 3, 10, 25, tzinfo=TZ))],
        observers=[{"id": 1, "name": "Жақсылықов Марат", "represents": "Үміткер Құдайбергенов Ә. / кандидат "
                    "Кудайбергенов А.", "arrived_at": "2020-10-03T07:50:00+06:00", "left_at": None,
                    "remarks": [{"id": 1, "at": "2020-10-03T12:00:00+06:00",
                                 "text": "Кабинаның пердесі жоқ / В кабине нет шторки",
                                 "response": "Перде ілінді / Шторка повешена",
                                 "responded_at": "2020-10-03T12:10:00+06:00", "responded_by": "sec"}]}],
        incidents=[{"id": 1, "at": "2020-10-03T14:05:00+06:00", "kind": "power",
                    "description": "Электр 10 минутқа өшті / Отключение электричества на 10 минут",
                    "action_taken": "Қағаз тізім бойынша тіркеу / регистрация по бумажному списку",
                    "officer": "chair"}],
        officers=[{"id": "c2", "name": "Ли Анна", "role": "clerk", "active": 1},
                  {"id": "sec", "name": "Серікова Айжан", "role": "secretary", "active": 1},
                  {"id": "chair", "name": "Асқаров Болат", "role": "chair", "active": 1},
                  {"id": "c1", "name": "Омаров Нұрлан", "role": "clerk", "active": 1}],
        checkins=CheckinSummary(420, 12, 1),
        journal_head=(120, "ab" * 32),
    )


def big_inputs(candidates: int = 400) -> dict:
    """A city race of ``candidates`` candidates at a very large station: its QR must split."""
    election = big_election(candidates)
    ids = [c.id for c in election.race("almaty-city").candidates]
    votes = {cid: 100 + (i * 37) % 800 for i, cid in enumerate(ids)}
    district = {c.id: 30000 + 1000 * i for i, c in enumerate(election.race("medeu-district").candidates)}
    return sample_inputs(election, votes={"almaty-city": votes, "medeu-district": district},
                         records=(200000, 150000, 120000, 10), unused=29990, found_in_box=120000, invalid=0)


def big_election(candidates: int = 400):
    """The demo election with one race of ``candidates`` candidates."""
    from polling_station.domain.election import parse_election
    data = json.loads((DEMO / "election.json").read_text(encoding="utf-8"))
    race = data["races"][0]
    template = race["candidates"][0]
    race["candidates"] = [dict(template, id=f"K{i:03d}", surname=f"Үміткер{i:03d}", iin=template["iin"])
                          for i in range(candidates)]
    return parse_election(data)
