"""Reading the member roll and the online-voting files as party offices really produce them.

CSV (UTF-8 with or without BOM, Windows-1251, or Excel's UTF-16 "Unicode text"; `,` `;` or tab)
and XLSX (first sheet, header found below title rows). Rows come out as
``(physical line, {canonical field: value})`` for ``polling_station.domain.members`` to judge;
problems with the file as a whole raise ``RollFileError``.
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import io
import os
import re
import tempfile
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping

from polling_station.domain import members
from polling_station.domain.members import (EXTRA_CELLS, OnlineReconciled, Reconciled,
                                            fold_label)
from polling_station.domain.names import full_name
from polling_station.errors import Refused
from polling_station.exchange import text_lines
from polling_station.exchange.zip_errors import ZIP_ERRORS
from polling_station.domain.problems import Problem, error

MESSAGES = {
    "roll.not_found": "The file {file} does not exist.",
    "roll.cannot_open": "The file {file} cannot be opened ({reason}).",
    "roll.empty": "The file {file} is empty.",
    "roll.xls_unsupported": "{file} is an Excel 97–2003 workbook (.xls): save it as .xlsx or CSV.",
    "roll.not_a_table": "{file} is neither a CSV text file nor an Excel .xlsx workbook.",
    "roll.xlsx_unreadable": "{file} looks like an Excel workbook but cannot be read: it is damaged "
                            "or not a workbook.",
    "roll.xlsx_wrong_extension": "{file} is an Excel workbook under another name: rename it "
                                 "to .xlsx.",
    "roll.no_header": "No header row found in {file}: the columns must be named ({expected}).",
    "roll.missing_columns": "{file} has no column for {columns} (header on line {line}).",
    "roll.duplicate_column": "{file} has two columns for {column}: «{first}» and «{second}».",
    "roll.csv_malformed": "{file} cannot be read as CSV from line {line} on (an unclosed quote?).",
    "roll.write_failed": "The report {file} cannot be written ({reason}).",
}

# Header texts as offices write them; matched after fold_label and _header_key.
ROLL_HEADERS = {
    "iin": ("iin", "ИИН", "ЖСН", "ИИН/ЖСН", "ЖСН/ИИН"),
    "surname": ("surname", "last name", "lastname", "family name", "Фамилия", "Тегі"),
    "given_name": ("given name", "first name", "firstname", "Имя", "Аты"),
    "patronymic": ("patronymic", "middle name", "Отчество", "Әкесінің аты"),
    "birth_date": ("birth date", "date of birth", "birthdate", "Дата рождения", "Туған күні"),
    "sex": ("sex", "gender", "Пол", "Жынысы"),
    "region": ("region", "Регион", "Область", "Өңір", "Облыс"),
    "precinct": ("precinct", "precinct id", "Участок", "№ участка", "Участок №", "Номер участка",
                 "Избирательный участок", "№ избирательного участка", "Учаске", "Учаске №",
                 "Учаске нөмірі", "Сайлау учаскесі", "Сайлау учаскесінің №"),
    "joined_on": ("joined on", "joined", "date joined", "Дата вступления",
                  "Дата вступления в партию", "Партияға кірген күні",
                  "Мүшелікке қабылданған күні", "Партияға қабылданған күні"),
    "status": ("status", "Статус", "Мәртебесі", "Мәртебе"),
}
ROLL_REQUIRED = ("iin", "surname", "given_name", "precinct", "joined_on", "status")

_IIN_HEADERS = ROLL_HEADERS["iin"]
_VOTED_AT_HEADERS = ("voted at", "time", "Время голосования", "Дата и время голосования",
                     "Дауыс берген уақыты", "Дауыс беру уақыты")
ONLINE_VOTER_HEADERS = {"iin": _IIN_HEADERS, "voted_at": _VOTED_AT_HEADERS}
ONLINE_BALLOT_HEADERS = {
    "iin": _IIN_HEADERS,
    "voted_at": _VOTED_AT_HEADERS,
    "race": ("race", "race id", "Маслихат", "Мәслихат", "Выборы", "Сайлау"),
    "choices": ("choices", "candidates", "Выбор", "Кандидаты", "Таңдау", "Үміткерлер"),
}

_HEADER_SCAN_ROWS = 20
_SAMPLE_CHARS = 64 * 1024
_DELIMITERS = (",", ";", "\t")


class RollFileError(Refused):
    """The file as a whole cannot be used; ``problems`` say why (typed, to be translated)."""

    def __init__(self, problems: Iterable[Problem]):
        super().__init__(list(problems))


@dataclass(frozen=True)
class TableRead:
    path: str
    kind: str                 # "csv" or "xlsx"
    encoding: str | None      # "utf-8", "utf-8-sig", "cp1251", "utf-16"; None for xlsx
    delimiter: str | None     # None for xlsx
    header_line: int          # physical line (CSV) or sheet row (XLSX) of the header
    columns: Mapping[str, str]  # canonical field -> the header text found in the file
    rows: Iterator[tuple[int, dict[str, object]]]  # single pass; blank rows already skipped


@dataclass(frozen=True)
class Loaded:
    table: TableRead  # its rows are consumed
    result: Reconciled | OnlineReconciled


@dataclass(frozen=True)
class _Spec:
    aliases: Mapping[str, str]  # header key -> canonical field
    required: tuple[str, ...]
    expected: str               # for the "no header" message


_PARENTHESES = re.compile(r"\([^)]*\)")
_SLASH = re.compile(r"\s*/\s*")


def _header_key(cell: object) -> str:
    if not isinstance(cell, str):
        return ""
    s = fold_label(_PARENTHESES.sub(" ", cell).replace("_", " ").replace("№", " № "))
    return _SLASH.sub("/", s).strip(" :*.")


def _spec(headers: Mapping[str, tuple[str, ...]], required: Iterable[str]) -> _Spec:
    aliases = {}
    for canonical, texts in headers.items():
        aliases[_header_key(canonical)] = canonical
        for t in texts:
            aliases[_header_key(t)] = canonical
    return _Spec(aliases, tuple(required), ", ".join(headers))


_ROLL = _spec(ROLL_HEADERS, ROLL_REQUIRED)
_ONLINE_VOTERS = _spec(ONLINE_VOTER_HEADERS, ONLINE_VOTER_HEADERS)
_ONLINE_BALLOTS = _spec(ONLINE_BALLOT_HEADERS, ONLINE_BALLOT_HEADERS)


def _header_score(cells: Iterable[object], spec: _Spec) -> int:
    return len({spec.aliases.get(_header_key(c)) for c in cells} - {None})


def _columns(path: str, line: int, cells: list, spec: _Spec) -> dict[str, int]:
    """canonical field -> column index, or RollFileError naming what is missing."""
    index: dict[str, int] = {}
    for i, cell in enumerate(cells):
        canonical = spec.aliases.get(_header_key(cell))
        if canonical is None:
            continue
        if canonical in index:
            raise RollFileError([error("roll.duplicate_column", file=path, column=canonical,
                                       first=str(cells[index[canonical]]).strip(),
                                       second=str(cell).strip())])
        index[canonical] = i
    missing = [c for c in spec.required if c not in index]
    if missing:
        raise RollFileError([error("roll.missing_columns", file=path, line=line,
                                   columns=", ".join(missing), missing=tuple(missing))])
    return index


def _is_blank(cells: Iterable[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


# --- file kinds and encodings -------------------------------------------------------------

def _sniff_kind(path: str) -> tuple[str, bytes]:
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
    except FileNotFoundError:
        raise RollFileError([error("roll.not_found", file=path)]) from None
    except OSError as e:
        raise RollFileError([error("roll.cannot_open", file=path,
                                   reason=e.strerror or type(e).__name__)]) from None
    if not head.strip(b" \t\r\n\xef\xbb\xbf"):
        if len(head) < 8192:
            raise RollFileError([error("roll.empty", file=path)])
    is_xlsx_name = Path(path).suffix.lower() in (".xlsx", ".xlsm")
    if head.startswith(b"PK\x03\x04") and not is_xlsx_name:
        # openpyxl opens workbooks only under their own extensions
        code = "roll.xlsx_wrong_extension" if _is_workbook(path) else "roll.not_a_table"
        raise RollFileError([error(code, file=path)])
    if is_xlsx_name:
        return "xlsx", head
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise RollFileError([error("roll.xls_unsupported", file=path)])
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "csv", head
    if b"\x00" in head or head.startswith(b"%PDF"):
        raise RollFileError([error("roll.not_a_table", file=path)])
    return "csv", head


def _is_workbook(path: str) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return "xl/workbook.xml" in z.namelist()
    except ZIP_ERRORS:
        return False


def _encoding(path: str, head: bytes) -> str:
    """UTF-16 or UTF-8 by their BOM, UTF-8 if the whole file decodes strictly as UTF-8, else
    Windows-1251: the one rule for every text file the application reads (``text_lines``)."""
    return text_lines.detect_encoding(path)


def _open_text(path: str, encoding: str):
    # cp1251 leaves 0x98 undefined: a stray byte becomes U+FFFD, which the name checks reject
    return open(path, encoding=encoding, errors="replace", newline="")


# --- CSV ------------------------------------------------------------------------------------

def _best_header(rows: Iterable[list], spec: _Spec) -> tuple[int, int]:
    """(score, index among non-blank rows) of the row naming the most known columns."""
    best = (0, -1)
    for i, cells in enumerate(r for r in rows if not _is_blank(r)):
        if i >= _HEADER_SCAN_ROWS:
            break
        score = _header_score(cells, spec)
        if score > best[0]:
            best = (score, i)
    return best


def _delimiter(sample: str, spec: _Spec) -> str:
    """The delimiter under which some early row reads as the best header; csv.Sniffer, then
    counting on the first line, break ties."""
    scores = {}
    for d in _DELIMITERS:
        try:
            scores[d] = _best_header(csv.reader(io.StringIO(sample), delimiter=d), spec)[0]
        except csv.Error:
            scores[d] = 0
    top = max(scores.values())
    candidates = [d for d in _DELIMITERS if scores[d] == top]
    if len(candidates) == 1:
        return candidates[0]
    try:
        sniffed = csv.Sniffer().sniff(sample[:16384], delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    if sniffed in candidates:
        return sniffed
    first = next((line for line in sample.splitlines() if line.strip()), "")
    return max(candidates, key=first.count)


def _swallowed_rows(cells: list[str], delimiter: str, row_delimiters: int) -> bool:
    """Whether a value spanning lines holds whole rows: the sign of an unclosed quote."""
    for c in cells:
        if "\n" in c and c.count(delimiter) >= row_delimiters:
            if any(line.count(delimiter) >= row_delimiters for line in c.splitlines()[1:]):
                return True
    return False


def _records(f, delimiter: str, path: str,
             row_delimiters: int | None = None) -> Iterator[tuple[int, int, list[str]]]:
    """(first physical line, last physical line, cells) per CSV record."""
    reader = csv.reader(f, delimiter=delimiter)
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if end > start and row_delimiters and _swallowed_rows(cells, delimiter, row_delimiters):
                # refuse the file rather than lose the swallowed rows
                raise RollFileError([error("roll.csv_malformed", file=path, line=start)])
            yield start, end, cells
    except csv.Error:
        raise RollFileError([error("roll.csv_malformed", file=path, line=end + 1)]) from None


def _csv_table(path: str, head: bytes, spec: _Spec) -> TableRead:
    encoding = _encoding(path, head)
    with _open_text(path, encoding) as f:
        sample = f.read(_SAMPLE_CHARS)
        if len(sample) == _SAMPLE_CHARS and "\n" in sample:
            sample = sample[:sample.rindex("\n") + 1]
    if not sample.strip():
        raise RollFileError([error("roll.empty", file=path)])
    delimiter = _delimiter(sample, spec)
    header = None
    with _open_text(path, encoding) as f:
        seen = 0
        for start, end, cells in _records(f, delimiter, path):
            if _is_blank(cells):
                continue
            if _header_score(cells, spec) > (header[0] if header else 0):
                header = (_header_score(cells, spec), start, end, cells)
            seen += 1
            if seen >= _HEADER_SCAN_ROWS:
                break
    if header is None:
        raise RollFileError([error("roll.no_header", file=path, expected=spec.expected)])
    _, start, header_end, cells = header
    index = _columns(path, start, cells, spec)
    return TableRead(path, "csv", encoding, delimiter, start,
                     {c: cells[i].strip() for c, i in index.items()},
                     _csv_rows(path, encoding, delimiter, header_end, len(cells), index))


def _csv_rows(path: str, encoding: str, delimiter: str, header_end: int, width: int,
              index: Mapping[str, int]) -> Iterator[tuple[int, dict[str, object]]]:
    pairs = tuple(index.items())
    with _open_text(path, encoding) as f:
        for start, _, cells in _records(f, delimiter, path, max(width - 1, 1)):
            if start <= header_end or not "".join(cells).strip():
                continue
            n = len(cells)
            if n >= width:
                fields: dict[str, object] = {name: cells[i].strip() for name, i in pairs}
                if n > width:
                    extra = tuple(c.strip() for c in cells[width:] if c.strip())
                    if extra:
                        fields[EXTRA_CELLS] = extra
            else:
                fields = {name: cells[i].strip() if i < n else "" for name, i in pairs}
            yield start, fields


# --- XLSX -----------------------------------------------------------------------------------

def _xlsx_table(path: str, spec: _Spec) -> TableRead:
    import openpyxl  # only spreadsheet users pay its import time

    try:
        with warnings.catch_warnings():
            # workbooks from other tools trigger harmless style/extension warnings
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many types (zip, XML, KeyError) for a broken package
        raise RollFileError([error("roll.xlsx_unreadable", file=path)]) from e
    try:
        sheet = wb.worksheets[0]
        # a wrong <dimension> in the file would silently cut rows off
        sheet.reset_dimensions()
        rows = enumerate(sheet.iter_rows(values_only=True), start=1)
        early: list[tuple[int, tuple]] = []
        nonblank = 0
        for number, cells in rows:
            early.append((number, cells))
            nonblank += not _is_blank(cells)
            if nonblank >= _HEADER_SCAN_ROWS:
                break
        score, at = _best_header((c for _, c in early), spec)
        if score == 0:
            raise RollFileError([error("roll.no_header", file=path, expected=spec.expected)])
        nonblank = [(n, c) for n, c in early if not _is_blank(c)]
        header_line, cells = nonblank[at]
        index = _columns(path, header_line, list(cells), spec)
    except RollFileError:
        wb.close()
        raise
    except Exception as e:
        wb.close()
        raise RollFileError([error("roll.xlsx_unreadable", file=path)]) from e
    buffered = [(n, c) for n, c in early if n > header_line]
    return TableRead(path, "xlsx", None, None, header_line,
                     {c: str(cells[i]).strip() for c, i in index.items()},
                     _xlsx_rows(wb, buffered, rows, len(cells), index, path))


def _xlsx_cell(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _xlsx_rows(wb, buffered, rows, width, index, path) -> Iterator[tuple[int, dict[str, object]]]:
    pairs = tuple(index.items())
    try:
        for number, cells in _chain(buffered, rows, path):
            if _is_blank(cells):
                continue
            n = len(cells)
            fields: dict[str, object] = {name: _xlsx_cell(cells[i]) if i < n else None
                                         for name, i in pairs}
            if n > width:
                extra = tuple(_xlsx_cell(c) for c in cells[width:] if not _is_blank((c,)))
                if extra:
                    fields[EXTRA_CELLS] = extra
            yield number, fields
    finally:
        wb.close()


def _chain(buffered, rows, path):
    yield from buffered
    try:
        yield from rows
    except Exception as e:  # a truncated or damaged sheet part fails only when reached
        raise RollFileError([error("roll.xlsx_unreadable", file=path)]) from e


# --- entry points ---------------------------------------------------------------------------

def _read(path: str | os.PathLike, spec: _Spec) -> TableRead:
    path = os.fspath(path)
    kind, head = _sniff_kind(path)
    if kind == "xlsx":
        return _xlsx_table(path, spec)
    return _csv_table(path, head, spec)


def read_table(path: str | os.PathLike) -> TableRead:
    """The member roll's rows, keyed by ``members.ROLL_FIELDS``."""
    return _read(path, _ROLL)


def read_online_voters(path: str | os.PathLike) -> TableRead:
    """The snapshot of members who voted online: ``iin, voted_at``."""
    return _read(path, _ONLINE_VOTERS)


def read_online_ballots(path: str | os.PathLike) -> TableRead:
    """The online ballots: ``iin, voted_at, race, choices``."""
    return _read(path, _ONLINE_BALLOTS)


@contextlib.contextmanager
def _bulk():
    # a million live rows make the cyclic GC rescan them again and again; they hold no cycles
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_roll(path: str | os.PathLike) -> Loaded:
    """Read, validate and reconcile a member roll."""
    table = read_table(path)
    with _bulk():
        return Loaded(table, members.reconcile(members.validate_row(n, f) for n, f in table.rows))


def load_online_voters(path: str | os.PathLike) -> Loaded:
    table = read_online_voters(path)
    with _bulk():
        return Loaded(table, members.reconcile_online_votes(
            (n, *members.validate_online_row(n, f)) for n, f in table.rows))


def load_online_ballots(path: str | os.PathLike) -> Loaded:
    table = read_online_ballots(path)
    with _bulk():
        return Loaded(table, members.reconcile_online_ballots(
            (n, *members.validate_online_ballot_row(n, f)) for n, f in table.rows))


# --- problem report -----------------------------------------------------------------------
# One CSV per imported file, one row per problem: what a chair needs to find the row in the file
# (line), whether the row was kept (severity), which value to fix (field), whose row it is (iin,
# name) and what is wrong (message). Documented in docs/formats.md.

REPORT_COLUMNS = ("line", "severity", "field", "iin", "name", "code", "message")
_REPORT_HEADERS = (",".join(REPORT_COLUMNS), "line,field,code,message")  # this one's and the first format's

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ReportEntry:
    """One problem of one line of an imported file. ``problem.severity`` says whether the row was
    rejected ("error") or imported with a warning ("warning")."""

    line: int
    problem: Problem
    field: str = ""
    iin: str = ""   # the row's IIN as the file has it, when it has one
    name: str = ""  # «surname given patronymic» as the file has them, when it has them

    @property
    def severity(self) -> str:
        return self.problem.severity


def _cell(text: str) -> str:
    # Excel runs a cell that starts like a formula; file contents must never become one
    return "'" + text if text.startswith(_FORMULA_START) else text


def _raw_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _row_identity(fields: Mapping[str, object], iin: str = "") -> tuple[str, str]:
    """(IIN, full name) of a row as the file writes them, for a report."""
    return (iin or _raw_text(fields.get("iin")),
            full_name(*(_raw_text(fields.get(f)) for f in ("surname", "given_name", "patronymic"))))


def _identities(path: str | os.PathLike, lines: set[int]) -> dict[int, tuple[str, str]]:
    """(IIN, name) of the given lines of a roll, read back from the file."""
    out: dict[int, tuple[str, str]] = {}
    if not lines:
        return out
    rows = read_table(path).rows
    try:
        for line, fields in rows:
            if line in lines:
                out[line] = _row_identity(fields)
                if len(out) == len(lines):
                    break
    finally:
        rows.close()
    return out


def _field(p: Problem, blamed: str | None = None) -> str:
    return str(p.params.get("field") or blamed or "")


def roll_report_entries(path: str | os.PathLike, reconciled: Reconciled,
                        known: Mapping[int, tuple[str, str]] | None = None) -> list[ReportEntry]:
    """Every problem of a reconciled roll, in line order: each rejected row's errors and each
    imported row's warnings, with the row's IIN and name. ``known`` gives (IIN, name) by line for
    rows already seen; the other rejected lines are read back from ``path`` (one pass, only
    when there are such lines)."""
    known = dict(known or {})
    known.update(_identities(path, {r.line for r in reconciled.rejected} - known.keys()))
    entries = []
    for reject in reconciled.rejected:
        iin, name = known.get(reject.line, ("", ""))
        for p in reject.problems:
            entries.append(ReportEntry(reject.line, p, _field(p, reject.field),
                                       iin or str(p.params.get("iin") or ""), name))
    for result in reconciled.warned:
        m = result.member
        name = full_name(m.surname, m.given_name, m.patronymic)
        for p in result.warnings:
            entries.append(ReportEntry(result.line, p, _field(p), m.iin, name))
    entries.sort(key=lambda e: (e.line, not e.problem.is_error))
    return entries


def roll_report(path: str | os.PathLike) -> list[ReportEntry]:
    """Read, validate and reconcile a member roll exactly as an import does, and return every
    problem it has (``roll_report_entries``); nothing is imported."""
    table = read_table(path)
    known: dict[int, tuple[str, str]] = {}

    def results():
        for line, fields in table.rows:
            r = members.validate_row(line, fields)
            if r.errors:
                known[line] = _row_identity(fields, r.iin)
            yield r

    with _bulk():
        rec = members.reconcile(results())
    rec.accepted.clear()
    return roll_report_entries(path, rec, known)


def online_voters_report(path: str | os.PathLike) -> list[ReportEntry]:
    """Every problem of an online voters snapshot as the station imports it: a row with an error
    is rejected (its errors listed), a valid row's warnings are listed. There are no names."""
    entries = []
    for line, fields in read_online_voters(path).rows:
        vote, problems = members.validate_online_row(line, fields)
        errors = [p for p in problems if p.is_error]
        iin = vote.iin if vote is not None else _raw_text(fields.get("iin"))
        for p in errors if errors or vote is None else problems:
            entries.append(ReportEntry(line, p, _field(p), iin))
    return entries


def with_importer_warnings(path: str | os.PathLike, entries: Iterable[ReportEntry],
                           warnings: Iterable[Problem]) -> list[ReportEntry]:
    """``entries`` (from ``roll_report`` or ``online_voters_report``) with their warnings made
    exactly ``warnings``, the ones the importer returned (``ImportSummary.problems``, which carry
    no line): each is placed on the line of the equal entry, or on its own ``line`` parameter
    (IIN and name read back from ``path``), or on no line at all. Errors are kept as they are."""
    from collections import defaultdict
    found: dict[Problem, list[ReportEntry]] = defaultdict(list)
    out = []
    for e in entries:
        if e.problem.is_error:
            out.append(e)
        else:
            found[e.problem].append(e)
    placed, unplaced = [], []
    for p in warnings:
        if found.get(p):
            placed.append(found[p].pop(0))
        else:
            unplaced.append(p)
    if unplaced:
        lines = {p.params["line"] for p in unplaced if isinstance(p.params.get("line"), int)}
        known = {e.line: (e.iin, e.name) for e in out + placed if e.line in lines}
        try:
            known.update(_identities(path, lines - known.keys()))
        except Refused:
            pass  # the names are a help, the warning itself is what counts
        for p in unplaced:
            line = p.params.get("line") if isinstance(p.params.get("line"), int) else 0
            out.append(ReportEntry(line, p, _field(p), *known.get(line, ("", ""))))
    out.extend(placed)
    out.sort(key=lambda e: (e.line, not e.problem.is_error))
    return out


def write_report(path: str | os.PathLike, entries: Iterable[ReportEntry],
                 render: Callable[[Problem], str]) -> int:
    """Write ``line,severity,field,iin,name,code,message`` (UTF-8 with BOM, for Excel on
    Windows), one row per entry; atomically (a crash never leaves half a report) and readable by
    the owner alone (it holds IINs and names). Returns the rows written."""
    target = Path(path)
    count = 0
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise RollFileError([error("roll.write_failed", file=str(target),
                                   reason=e.strerror or type(e).__name__)]) from None
    try:
        with open(fd, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(REPORT_COLUMNS)
            for e in entries:
                w.writerow((e.line or "", e.severity, _cell(e.field), _cell(e.iin), _cell(e.name), e.problem.code,
                            _cell(render(e.problem))))
                count += 1
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise RollFileError([error("roll.write_failed", file=str(target),
                                   reason=e.strerror or type(e).__name__)]) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def write_rejects(path: str | os.PathLike, rejects: Iterable[members.LineProblems],
                  render: Callable[[Problem], str]) -> int:
    """The report (``write_report``) of rejected lines alone, when only their problems are at
    hand: the IIN is filled in where a problem names it. Returns the rows written."""
    return write_report(path, (ReportEntry(r.line, p, _field(p, r.field), str(p.params.get("iin") or ""))
                               for r in rejects for p in r.problems), render)


def remove_report(path: str | os.PathLike) -> bool:
    """Delete an earlier report at ``path`` (a clean import must not leave a stale one behind to
    mislead). Only a file that starts with a report's header is deleted; anything else there is
    left alone. Returns whether a report was deleted."""
    target = Path(path)
    try:
        with open(target, "rb") as f:
            first = f.readline(512)
    except (FileNotFoundError, IsADirectoryError):
        return False
    except OSError as e:
        raise RollFileError([error("roll.write_failed", file=str(target),
                                   reason=e.strerror or type(e).__name__)]) from None
    if first.decode("utf-8-sig", errors="replace").strip() not in _REPORT_HEADERS:
        return False
    try:
        target.unlink()
    except FileNotFoundError:
        return False
    except OSError as e:
        raise RollFileError([error("roll.write_failed", file=str(target),
                                   reason=e.strerror or type(e).__name__)]) from None
    return True
