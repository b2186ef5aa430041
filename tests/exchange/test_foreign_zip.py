"""ZIP files made by somebody else: every oddity zipfile can raise on is a refusal, never a traceback.

CI once found (by fuzzing) a file whose "version needed to extract" was 6.4: ``zipfile`` raises
``NotImplementedError`` for it, which the roll reader did not expect. These cases pin that down for
each reader of foreign ZIP files, whatever the fuzzer happens to draw.
"""
from __future__ import annotations

import io
import struct
import zipfile

import pytest

from polling_station.exchange import package as pkg
from polling_station.exchange import roll as roll_files
from polling_station.services import branch_packages


def _zip(**central_overrides) -> bytes:
    """A one-member ZIP whose central directory record is altered as asked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>" * 20)
        z.writestr("protocol.json", '{"precinct": {"id": "101"}}')
    raw = bytearray(buffer.getvalue())
    at = raw.index(b"PK\x01\x02")
    fields = {"extract_version": (6, "<H"), "compress_type": (10, "<H"), "flag_bits": (8, "<H")}
    for name, value in central_overrides.items():
        offset, fmt = fields[name]
        struct.pack_into(fmt, raw, at + offset, value)
    return bytes(raw)


ODD_ZIPS = {
    "needs version 6.4": _zip(extract_version=64),
    "unknown compression": _zip(compress_type=99),
    "encrypted member": _zip(flag_bits=1),
    "truncated": _zip()[:-30],
    "broken deflate": _zip().replace(b"<workbook/>", b"<w\x00rkbook/>", 1),
}


@pytest.mark.parametrize("name", list(ODD_ZIPS))
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_roll_readers_refuse_odd_zip_files(tmp_path, name, suffix):
    path = tmp_path / f"roll{suffix}"
    path.write_bytes(ODD_ZIPS[name])
    for read in (roll_files.load_online_ballots, roll_files.load_roll):
        with pytest.raises(roll_files.RollFileError) as refused:
            read(path)
        assert refused.value.problems, name


@pytest.mark.parametrize("name", list(ODD_ZIPS))
def test_package_reader_refuses_odd_zip_files(tmp_path, name):
    data = ODD_ZIPS[name]
    try:
        files = pkg.read_package(data)
    except pkg.PackageReadError as exc:
        assert [p.code for p in exc.problems] == ["package.unreadable"]
    else:  # a damaged member may still be sliced out; its hash then tells
        assert files.names
    path = tmp_path / "p.zip"
    path.write_bytes(data)
    assert branch_packages._claimed_precinct(path) in (None, "101")
