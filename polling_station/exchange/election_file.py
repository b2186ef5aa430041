"""Reading an election definition file: bytes → JSON → domain ``Election`` with typed errors."""
from __future__ import annotations

import json
from pathlib import Path

from polling_station.domain.problems import error
from polling_station.errors import Refused

MESSAGES = {
    "election_file.unreadable": "{file} cannot be read: {reason}.",
    "election_file.json": "{file}, line {line}, column {column}: not valid JSON ({reason}).",
}


def load_json(path: Path):
    """Any JSON input file (answers, count sheets): errors name the file, line and column."""
    return load_election_json(path)


def load_election_json(path: Path) -> dict:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise Refused(error("election_file.unreadable", file=str(path), reason=str(exc))) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise Refused(error("election_file.json", file=str(path), line=exc.lineno, column=exc.colno,
                            reason=exc.msg)) from None
