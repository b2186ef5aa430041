import datetime as dt
import json
import os
from pathlib import Path

import pytest

# Qt aborts without a display: every test runs offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Scrypt at full cost makes hundreds of logins slow; tests use a cheaper, still salted, setting.
os.environ.setdefault("PS_TEST_FAST_KDF", "1")

from polling_station.paths import DEMO  # noqa: E402

pytest_plugins = ["tests.station_fixtures"]

TZ = dt.timezone(dt.timedelta(hours=6))


class Clock:
    """A controlled clock: tests move time explicitly instead of sleeping."""

    def __init__(self, start=dt.datetime(2020, 10, 3, 8, 0, tzinfo=TZ)):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, **kw):
        self.now += dt.timedelta(**kw)
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def election_data():
    return json.loads((DEMO / "election.json").read_text(encoding="utf-8"))


@pytest.fixture
def election_file(tmp_path, election_data):
    path = tmp_path / "election.json"
    path.write_text(json.dumps(election_data, ensure_ascii=False), encoding="utf-8")
    return path
