"""Officers' PINs and logins: salted scrypt hashes, and a lockout that grows and survives restarts."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from polling_station.errors import Refused

MESSAGES = {
    "auth.unknown_officer": "There is no officer with the login «{officer}».",
    "auth.inactive_officer": "The officer «{officer}» has been deactivated.",
    "auth.wrong_pin": "Wrong PIN for «{officer}». {remaining} attempt(s) left before a lockout.",
    "auth.locked": "Too many wrong PINs for «{officer}»: try again after {until}.",
    "auth.pin_format": "A PIN is 4 to 12 digits.",
    "auth.no_session": "Log in first.",
    "auth.role": "A {role} may not do this ({action}); it needs: {allowed}.",
}

MAX_FAILURES = 5
BASE_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 3600

# scrypt parameters: 2**15 × 8 takes ~0.1 s and 32 MiB, enough to make guessing a 4–6 digit PIN
# from a stolen database slow; tests may ask for a cheaper cost (the parameters are stored with
# each hash, so verification always uses the cost the hash was made with).
_N = 2 ** 10 if os.environ.get("PS_TEST_FAST_KDF") == "1" else 2 ** 15
_R, _P = 8, 1


@dataclass(frozen=True)
class Session:
    officer_id: str
    name: str
    role: str
    desk: str = "1"


def check_pin_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        raise Refused.because("auth.pin_format")


def hash_pin(pin: str) -> str:
    check_pin_format(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             maxmem=64 * 1024 * 1024, dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def lock_seconds(failures: int) -> int:
    """Seconds of lockout after ``failures`` consecutive wrong PINs: 30 s at the 5th, doubling."""
    if failures < MAX_FAILURES:
        return 0
    return min(BASE_LOCK_SECONDS * 2 ** (failures - MAX_FAILURES), MAX_LOCK_SECONDS)


def login(db, officer_id: str, pin: str, now: dt.datetime, desk: str = "1") -> Session:
    row = db.execute("SELECT name, role, pin_hash, active FROM officers WHERE id = ?", (officer_id,)).fetchone()
    if row is None:
        raise Refused.because("auth.unknown_officer", officer=officer_id)
    name, role, pin_hash, active = row
    if not active:
        raise Refused.because("auth.inactive_officer", officer=officer_id)
    failure = db.execute("SELECT failures, locked_until FROM login_failures WHERE officer_id = ?",
                         (officer_id,)).fetchone()
    failures = failure[0] if failure else 0
    if failure and failure[1] and dt.datetime.fromisoformat(failure[1]) > now:
        raise Refused.because("auth.locked", officer=officer_id,
                              until=dt.datetime.fromisoformat(failure[1]).strftime("%H:%M:%S"))
    if pin_matches(pin, pin_hash):
        if failure:
            with db.atomic():
                db.execute("DELETE FROM login_failures WHERE officer_id = ?", (officer_id,))
        return Session(officer_id, name, role, desk)
    failures += 1
    seconds = lock_seconds(failures)
    until = (now + dt.timedelta(seconds=seconds)).isoformat(timespec="seconds") if seconds else None
    with db.atomic():
        db.execute("INSERT INTO login_failures (officer_id, failures, locked_until) VALUES (?, ?, ?) "
                   "ON CONFLICT (officer_id) DO UPDATE SET failures = excluded.failures, "
                   "locked_until = excluded.locked_until", (officer_id, failures, until))
    if until:
        raise Refused.because("auth.locked", officer=officer_id,
                              until=dt.datetime.fromisoformat(until).strftime("%H:%M:%S"))
    raise Refused.because("auth.wrong_pin", officer=officer_id, remaining=MAX_FAILURES - failures)
