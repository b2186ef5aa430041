"""Reading a text file's lines as office computers save them (the paper list for a backfill)."""
import codecs
import io

import pytest

from polling_station.errors import Refused
from polling_station.exchange import roll
from polling_station.exchange.text_lines import detect_encoding, iter_lines, iter_stream_lines, read_lines

LINES = ["# Список с бумаги, участок № 101", "871008401427 09:40", "", "760212350620 10:02"]


def saved(tmp_path, data: bytes, name="paper.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1251", "cp1251"), ("utf-16", "utf-16"),
    ("utf-16-be", "utf-16"),
])
def test_every_way_notepad_saves_a_list_reads_back_the_same_lines(tmp_path, encoding, expected):
    data = ("\r\n".join(LINES) + "\r\n").encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = saved(tmp_path, data)
    assert detect_encoding(path) == expected
    assert read_lines(path) == LINES
    assert list(iter_lines(path)) == LINES


def test_a_utf8_bom_never_sticks_to_the_first_iin(tmp_path):
    path = saved(tmp_path, codecs.BOM_UTF8 + b"871008401427 09:40\n")
    assert read_lines(path) == ["871008401427 09:40"]


def test_a_file_that_is_utf8_until_one_byte_is_read_whole_as_1251(tmp_path):
    # the decision is for the whole file, as for the roll: line 1 alone would pass as UTF-8
    path = saved(tmp_path, "Әбілова 871008401427\n".encode("utf-8") + "Иванов 800416300257\n".encode("cp1251"))
    assert detect_encoding(path) == "cp1251"
    assert roll._encoding(str(path), path.read_bytes()[:8192]) == "cp1251"
    assert read_lines(path)[1] == "Иванов 800416300257"


def test_lines_are_numbered_as_an_editor_numbers_them(tmp_path):
    path = saved(tmp_path, b"a\r\nb\rc\n\nd\x0ce")
    assert read_lines(path) == ["a", "b", "c", "", "d\x0ce"]


def test_a_byte_1251_lacks_becomes_a_replacement_character_not_an_error(tmp_path):
    path = saved(tmp_path, b"87100840142\x98 09:40\n\xc8\xe2\xe0\xed\xee\xe2\n")
    assert read_lines(path) == ["87100840142\ufffd 09:40", "Иванов"]


def test_an_empty_file_has_no_lines(tmp_path):
    assert read_lines(saved(tmp_path, b"")) == []


def test_a_missing_file_is_a_typed_refusal(tmp_path):
    with pytest.raises(Refused) as caught:
        read_lines(tmp_path / "nowhere.txt")
    assert [p.code for p in caught.value.problems] == ["text.not_found"]
    with pytest.raises(Refused) as caught:
        read_lines(tmp_path)  # a folder
    assert [p.code for p in caught.value.problems] == ["text.cannot_open"]


@pytest.mark.parametrize("buffered", [True, False], ids=["stdin (peek)", "plain stream"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "utf-16"])
def test_a_stream_decodes_as_a_file_does(encoding, buffered):
    data = ("\r\n".join(LINES) + "\n").encode(encoding)
    stream = io.BufferedReader(io.BytesIO(data)) if buffered else io.BytesIO(data)
    assert list(iter_stream_lines(stream)) == LINES


def test_a_stream_switches_to_1251_at_its_first_line_that_is_not_utf8():
    data = b"871008401427 09:40\n" + "Иванов\n".encode("cp1251") + "Ёлкин\n".encode("cp1251")
    assert list(iter_stream_lines(io.BytesIO(data))) == ["871008401427 09:40", "Иванов", "Ёлкин"]


def test_a_stream_gives_each_line_before_the_next_has_been_written():
    class Trickle(io.RawIOBase):
        """A pipe: one write at a time, and nothing beyond what has been written."""

        def __init__(self, chunks):
            self.chunks = list(chunks)
            self.delivered = 0

        def readable(self):
            return True

        def readinto(self, b):
            if not self.chunks:
                return 0
            chunk = self.chunks.pop(0)
            b[:len(chunk)] = chunk
            self.delivered += 1
            return len(chunk)

    pipe = Trickle([codecs.BOM_UTF8 + b"871008401427 09:40\n", b"760212350620 10:02\n"])
    lines = iter_stream_lines(io.BufferedReader(pipe))
    assert next(lines) == "871008401427 09:40"
    assert pipe.delivered == 1
    assert next(lines) == "760212350620 10:02"
