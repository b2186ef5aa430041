"""Reading the lines of a plain text file as office computers save them: UTF-8 with or without
a BOM, Windows-1251 (Notepad's «ANSI» on a Russian Windows), or UTF-16 with a BOM (Notepad's
«Unicode»). The paper-list backfill («IIN [time]» per line) reads its input through here, from
the command line and from the GUI.

The encoding is decided as the member roll's is (``exchange/roll.py`` uses ``detect_encoding``
too): a BOM names UTF-8 or UTF-16; otherwise UTF-8 if the whole file decodes strictly as UTF-8,
else Windows-1251. A byte Windows-1251 leaves undefined becomes U+FFFD rather than an error, so
the line holding it is refused by the rule that reads it, and the other lines still count.

Lines come back without their line break, numbered as an editor numbers them: ``\\n``, ``\\r\\n``
and a lone ``\\r`` each end a line (form feeds and Unicode separators do not).
"""
from __future__ import annotations

import codecs
import io
import os
from typing import BinaryIO, Iterator

from polling_station.errors import Refused
from polling_station.domain.problems import error

# the same sentences as the roll reader's, so translations are shared
MESSAGES = {
    "text.not_found": "The file {file} does not exist.",
    "text.cannot_open": "The file {file} cannot be opened ({reason}).",
}

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CHUNK = 1 << 20


def _refusal(path: str, e: OSError) -> Refused:
    if isinstance(e, FileNotFoundError):
        return Refused(error("text.not_found", file=path))
    return Refused(error("text.cannot_open", file=path, reason=e.strerror or type(e).__name__))


def detect_encoding(path: str | os.PathLike) -> str:
    """The codec to read ``path`` with: ``"utf-16"`` or ``"utf-8-sig"`` when the file starts with
    that BOM; ``"utf-8"`` when every byte decodes strictly as UTF-8 (the file is read through,
    in 1 MiB chunks); else ``"cp1251"``. An empty file is ``"utf-8"``.

    Raises ``Refused`` (``text.not_found`` / ``text.cannot_open``) when the file cannot be read."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
            if head.startswith(_UTF16_BOMS):
                return "utf-16"
            decoder = codecs.getincrementaldecoder("utf-8")("strict")
            try:
                decoder.decode(head)
                while chunk := f.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                return "cp1251"
    except OSError as e:
        raise _refusal(os.fspath(path), e) from None
    return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"


def iter_lines(path: str | os.PathLike) -> Iterator[str]:
    """The lines of the text file ``path``, decoded (see ``detect_encoding``), without line
    breaks, one by one: line *n* of the file is the *n*-th item, blank lines included, so a
    caller numbering from 1 names the line an editor shows. The file is scanned once for its
    encoding before the first line comes back.

    Raises ``Refused`` (``text.not_found`` / ``text.cannot_open``) when the file cannot be read;
    the error surfaces at the first ``next()``, since this is a generator."""
    name = os.fspath(path)
    encoding = detect_encoding(name)
    try:
        # cp1251 leaves 0x98 undefined: a stray byte becomes U+FFFD, which the IIN check refuses
        f = open(name, encoding=encoding, errors="replace", newline=None)
    except OSError as e:
        raise _refusal(name, e) from None
    with f:
        try:
            for line in f:
                yield line.rstrip("\n")
        except OSError as e:
            raise _refusal(name, e) from None


def read_lines(path: str | os.PathLike) -> list[str]:
    """All lines of the text file ``path`` at once (as ``iter_lines``): for a dialog that shows
    the file before anything is done with it. Raises ``Refused`` when the file cannot be read."""
    return list(iter_lines(path))


def _strip_break(raw: bytes) -> bytes:
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    return raw


def iter_stream_lines(stream: BinaryIO) -> Iterator[str]:
    """The lines of a byte stream (``sys.stdin.buffer``), each decoded as soon as it has arrived,
    so a caller can act on line 1 before line 2 is written (a pipe from another program, or an
    officer typing). Lines come without their breaks; ``\\n`` and ``\\r\\n`` end a line.

    The decision follows ``detect_encoding`` as far as a stream allows: a UTF-8 BOM is dropped;
    a UTF-16 BOM switches to UTF-16 for the whole stream; otherwise each line is read as strict
    UTF-8 until one is not valid UTF-8, and from then on every line as Windows-1251 (a file has
    one encoding; earlier lines that were valid UTF-8 were ASCII or UTF-8 text, so they stand)."""
    peek = getattr(stream, "peek", None)
    head = peek(4)[:4] if peek is not None else b""
    if head.startswith(_UTF16_BOMS):
        text = io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline=None)
        try:
            while line := text.readline():
                yield line.rstrip("\n")
        finally:
            text.detach()  # the caller owns the stream (stdin stays open)
        return
    first = True
    encoding = "utf-8"
    while raw := stream.readline():
        if first:
            first = False
            if raw.startswith(_UTF16_BOMS):  # no peek: the stream is read through, then decoded
                text = (raw + stream.read()).decode("utf-16", errors="replace")
                yield from (line.rstrip("\n") for line in io.StringIO(text, newline=None))
                return
            if raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
        raw = _strip_break(raw)
        if encoding == "utf-8":
            try:
                yield raw.decode("utf-8")
                continue
            except UnicodeDecodeError:
                encoding = "cp1251"
        yield raw.decode("cp1251", errors="replace")
