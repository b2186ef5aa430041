"""What every fuzz test shares: how many cases ran, what a "typed" refusal is, and the check that
a refused input left the database file byte for byte as it was."""
from __future__ import annotations

import contextlib
import hashlib
import os
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from polling_station import i18n
from polling_station.errors import Refused

CASES: Counter = Counter()
ACCEPTED: Counter = Counter()  # cases whose input was (partly) taken in: the accepting path ran too

# PS_FUZZ_SCALE=10 runs ten times the examples (a longer local session); CI keeps the default.
SCALE = float(os.environ.get("PS_FUZZ_SCALE", "1"))
# CI draws the same examples every run (a red build means a change broke something, never that
# the dice found an old bug); PS_FUZZ_RANDOM=1 draws new ones, as a long local session should:
#   PS_FUZZ_RANDOM=1 PS_FUZZ_SCALE=25 python3 -m pytest tests/fuzz   (68,522 cases, 12 min)
RANDOM = os.environ.get("PS_FUZZ_RANDOM", "") not in ("", "0")


def fuzz(max_examples: int):
    return settings(max_examples=max(1, int(max_examples * SCALE)), deadline=None, derandomize=not RANDOM,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large, HealthCheck.filter_too_much])


def ran(name: str) -> None:
    CASES[name] += 1


def assert_user_readable(problems) -> None:
    """Every problem has a code with a message template, and renders without an exception."""
    templates = i18n.templates()
    assert problems, "a refusal must say why"
    for p in problems:
        assert p.code in templates, f"{p.code} has no message"
        text = i18n.render(p, "en")
        assert text and not text.startswith(p.code), text
        for lang in ("kk", "ru"):
            assert i18n.render(p, lang)


def file_state(db_path: Path) -> dict[str, str | None]:
    out = {}
    for suffix in ("", "-wal"):
        f = Path(str(db_path) + suffix)
        out[suffix or "db"] = hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else None
    return out


@contextlib.contextmanager
def unchanged_unless_accepted(station, check=None):
    """Checkpoint, hash the file and its WAL, run the body; if it refused, the hashes must match.

    The body sets ``outcome.accepted = True`` when the input was (partly) taken in, in which case
    the file may change but must still verify (``check(station)`` returns its problems; by default
    a station's tamper report)."""

    class Outcome:
        accepted = False

    station.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_state(station.path)
    outcome = Outcome()
    yield outcome
    if not outcome.accepted:
        assert file_state(station.path) == before, "a refused input changed the database file"
    else:
        if check is None:
            from polling_station.services.integrity import tamper_report as check
        assert check(station) == []


json_scalars = st.none() | st.booleans() | st.integers(min_value=-2**63, max_value=2**64) | \
    st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12)
json_values = st.recursive(json_scalars, lambda children: st.lists(children, max_size=4) |
                           st.dictionaries(st.text(max_size=8), children, max_size=4), max_leaves=10)


def paths_of(value, prefix=()):
    """Every path (tuple of keys and indices) into a JSON document."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths_of(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths_of(v, prefix + (i,))


def mutated(document, data, rounds: int = 3, values=None):
    """``document`` with a few subtrees replaced by random JSON (or ``values``) or removed (deep copies)."""
    import copy
    doc = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, rounds))):
        paths = list(paths_of(doc))
        path = data.draw(st.sampled_from(paths))
        if not path:
            doc = data.draw(json_values)
            continue
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        kind = data.draw(st.sampled_from(["json", "number", "delete"]))
        if kind == "json":
            parent[path[-1]] = data.draw(json_values if values is None else values)
        elif kind == "number":  # a plausible typo keeps the document valid more often than random JSON
            parent[path[-1]] = data.draw(st.integers(-3, 1000))
        elif isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent.pop(path[-1])
    return doc


@contextlib.contextmanager
def typed_refusal(*typed: type[BaseException]):
    """The body may refuse only with ``Refused`` or one of ``typed``; anything else fails the test."""
    try:
        yield
    except Refused as exc:
        assert_user_readable(exc.problems)
    except typed as exc:
        assert_user_readable(list(getattr(exc, "problems", ())))
