# The station fixtures live in tests/station_fixtures.py (registered for every test folder by
# tests/conftest.py); the names are re-exported here for modules that import them from here.
from tests.station_fixtures import ROLL_HEADER, ROLL_ROWS  # noqa: F401
