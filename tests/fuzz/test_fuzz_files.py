"""Fuzzing the files a station and a branch office read: the member roll (CSV and XLSX), the
online-voters snapshot, the online ballots and the paper list.

Whatever the bytes, the answer is an import summary or a typed refusal a person can read, and a
refused file leaves the station database byte for byte as it was.
"""
from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polling_station.errors import Refused
from polling_station.exchange import roll as roll_files
from polling_station.services.station import Station
from tests.fuzz.helpers import ACCEPTED, assert_user_readable, fuzz, ran, typed_refusal, unchanged_unless_accepted
from tests.station_fixtures import ROLL_ROWS

HEADER_WORDS = sorted({w for words in roll_files.ROLL_HEADERS.values() for w in words} |
                      set(roll_files.ROLL_HEADERS) | {w for ws in roll_files.ONLINE_BALLOT_HEADERS.values() for w in ws})
VALID_CELLS = [c for row in ROLL_ROWS for c in row.split(",")] + [
    "01.02.1987", "1987-02-30", "М", "Ж", "Е", "Ә", "suspended", "2020-10-02T10:00:00+06:00", "2020-10-02 10:00",
    "8.71008401427E+11", "71008401427", "A01 A02", "", " ", "=cmd|' /C calc'!A0", "\u0130", "ı", "\ufeff"]
cells = st.sampled_from(VALID_CELLS) | st.text(max_size=15)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16", "latin-1"])


@st.composite
def csv_bytes(draw, header_words=HEADER_WORDS):
    """A CSV as an office might produce one, or nearly: known and unknown headers, a title row,
    blank lines, quoted fields, stray delimiters, any of the usual encodings and line endings."""
    header = draw(st.lists(st.sampled_from(header_words) | st.text(max_size=10), min_size=1, max_size=12))
    width = len(header)
    rows = draw(st.lists(st.lists(cells, min_size=max(0, width - 2), max_size=width + 2), max_size=8))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC])))
    if draw(st.booleans()):
        writer.writerow([draw(st.text(max_size=30))])  # a title row above the header
    writer.writerow(header)
    for row in rows:
        if draw(st.integers(0, 9)) == 0:
            buffer.write("\n")
        writer.writerow(row)
    text = buffer.getvalue()
    if draw(st.integers(0, 4)) == 0:  # an unclosed quote somewhere
        at = draw(st.integers(0, len(text)))
        text = text[:at] + '"' + text[at:]
    return text.encode(draw(encodings), errors="replace")


FIELDS = ("iin", "surname", "given_name", "patronymic", "birth_date", "sex", "region", "precinct", "joined_on",
          "status")


@st.composite
def nearly_valid_roll(draw):
    """The fixtures' roll with its columns shuffled and renamed, and a few cells spoiled: so that
    some rows are imported and the accepting path is fuzzed too."""
    order = draw(st.permutations(FIELDS))
    header = [draw(st.sampled_from((f,) + roll_files.ROLL_HEADERS[f])) for f in order]
    rows = []
    for line in draw(st.lists(st.sampled_from(ROLL_ROWS), min_size=1, max_size=6)):
        values = dict(zip(FIELDS, line.split(",")))
        row = [values[f] for f in order]
        if draw(st.integers(0, 2)) == 0:
            row[draw(st.integers(0, len(row) - 1))] = draw(cells)
        rows.append(row)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=draw(st.sampled_from([",", ";", "\t"])))
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"])))


def _workbook_bytes() -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Список членов партии"])
    ws.append(["ИИН", "surname", "given_name", "patronymic", "birth_date", "sex",
                                                    "region", "precinct", "joined_on", "status"])
    for row in ROLL_ROWS:
        ws.append(row.split(","))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


WORKBOOK = _workbook_bytes()


@st.composite
def mutated_workbook(draw):
    data = bytearray(WORKBOOK)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert"]))
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:at + draw(st.integers(1, 400))]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=40))
        if not data:
            break
    return bytes(data)


@pytest.fixture(scope="module")
def setup_station(tmp_path_factory, election_data_module):
    folder = tmp_path_factory.mktemp("fuzz-setup")
    st_ = Station.create(folder / "station.db", election_data_module, "101", chair_name="Асқаров Болат",
                         chair_id="chair", chair_pin="1111")
    chair = st_.login("chair", "1111")
    yield st_, chair, folder
    st_.close_db()


@pytest.fixture(scope="module")
def election_data_module():
    import json
    from polling_station.paths import DEMO
    return json.loads((DEMO / "election.json").read_text(encoding="utf-8"))


def _import(station, session, folder: Path, name: str, data: bytes, method: str, counter: str):
    ran(counter)
    path = Path(tempfile.mkdtemp(dir=folder)) / name
    path.write_bytes(data)
    with unchanged_unless_accepted(station) as outcome:
        # RollFileError is exchange.roll's typed error; that the services let it through is its own test
        with typed_refusal(roll_files.RollFileError):
            summary = getattr(station, method)(session, path, rejects_path=path.with_name("rejects.csv"))
            outcome.accepted = bool(summary.added or summary.changed)
            if outcome.accepted:
                ACCEPTED[counter] += 1
            for p in summary.problems:
                assert_user_readable([p])


@fuzz(100)
@given(data=st.binary(max_size=3000), name=st.sampled_from(["roll.csv", "roll.xlsx", "roll.txt", "roll.xls", "roll"]))
def test_random_bytes_as_a_roll(setup_station, data, name):
    station, chair, folder = setup_station
    _import(station, chair, folder, name, data, "import_roll", "roll: random bytes")


@fuzz(250)
@given(data=csv_bytes() | nearly_valid_roll())
def test_random_csv_as_a_roll(setup_station, data):
    station, chair, folder = setup_station
    _import(station, chair, folder, "roll.csv", data, "import_roll", "roll: random CSV")


@fuzz(120)
@given(data=mutated_workbook(), name=st.sampled_from(["roll.xlsx", "roll.csv"]))
def test_a_damaged_workbook_as_a_roll(setup_station, data, name):
    station, chair, folder = setup_station
    _import(station, chair, folder, name, data, "import_roll", "roll: damaged XLSX")


@fuzz(200)
@given(data=csv_bytes(header_words=["iin", "ИИН", "ЖСН", "voted_at", "voted at", "Время голосования"])
       | st.binary(max_size=1500))
def test_random_online_voters_snapshots(setup_station, data):
    station, chair, folder = setup_station
    _import(station, chair, folder, "online.csv", data, "import_online", "online voters")


@fuzz(120)
@given(data=csv_bytes() | st.binary(max_size=1500) | mutated_workbook())
def test_random_online_ballot_files(tmp_path, data):
    ran("online ballots (reader)")
    path = tmp_path / "ballots.csv"
    path.write_bytes(data)
    with typed_refusal(roll_files.RollFileError):
        loaded = roll_files.load_online_ballots(path)
        for reject in loaded.result.rejected:
            assert_user_readable(list(reject.problems))


@pytest.fixture(scope="module")
def branch(tmp_path_factory):
    from polling_station.services.branch import Branch
    from tests.services.test_branch_data import election, roll_text
    folder = tmp_path_factory.mktemp("fuzz-branch")
    (folder / "roll.csv").write_text(roll_text(), encoding="utf-8")
    b = Branch.create(folder / "branch.db", election(), roll=folder / "roll.csv")
    yield b, folder
    b.close_db()


@st.composite
def nearly_valid_online_ballots(draw):
    from tests.services.test_branch_data import ONLINE_HEADER, ONLINE_ROWS
    rows = [r.split(",") for _, r in draw(st.lists(st.sampled_from(ONLINE_ROWS), min_size=1, max_size=8))]
    for row in rows:
        if draw(st.integers(0, 2)) == 0:
            row[draw(st.integers(0, 3))] = draw(cells)
    buffer = io.StringIO()
    csv.writer(buffer).writerows([ONLINE_HEADER.split(",")] + rows)
    return buffer.getvalue().encode("utf-8")


@fuzz(120)
@given(data=nearly_valid_online_ballots() | csv_bytes(header_words=sorted(
    {w for ws in roll_files.ONLINE_BALLOT_HEADERS.values() for w in ws} | set(roll_files.ONLINE_BALLOT_HEADERS))))
def test_random_online_ballots_at_the_branch(branch, data):
    b, folder = branch
    ran("online ballots (branch)")
    path = Path(tempfile.mkdtemp(dir=folder)) / "ballots.csv"
    path.write_bytes(data)
    with unchanged_unless_accepted(b, check=lambda x: x.verify_journal()) as outcome:
        with typed_refusal(roll_files.RollFileError):
            summary = b.import_online(path, rejects_path=path.with_name("rejects.csv"))
            # a ballot that differs from an earlier file's adds nothing countable, but is kept so
            # that both are set aside whatever the order of the files
            outcome.accepted = bool(summary.recorded)
            if outcome.accepted:
                ACCEPTED["online ballots (branch)"] += 1


@fuzz(200)
@given(lines=st.lists(st.text(max_size=40) | st.builds(lambda i, t: f"{i} {t}", st.sampled_from(
    ["871008401427", "760212350620"]), st.sampled_from(["09:40", "25:61", "9h", "2020-10-03T10:05:00+06:00",
                                                         "2020-10-03T10:05:00", "", ":", "1:2:3"]) | st.text(max_size=8)),
    max_size=6))
def test_random_paper_lists(setup_station, lines):
    station, _, _ = setup_station
    ran("paper list")
    with unchanged_unless_accepted(station):
        for entry in station.read_paper_list(lines):
            if entry.problem is not None:
                assert_user_readable([entry.problem])
        with typed_refusal():
            station.parse_paper_list(lines)


@pytest.mark.parametrize("method", ["import_roll", "import_online"])
def test_a_broken_file_is_refused_like_any_other_input(setup_station, method):
    station, chair, folder = setup_station
    empty = folder / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(Refused):
        getattr(station, method)(chair, empty)
