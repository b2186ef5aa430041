"""Shared helpers of the benchmarks: percentiles, machine facts, load, the station template."""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEMO_ELECTION = ROOT / "resources" / "demo" / "election.json"
CHAIR = ("chair", "Асқаров Болат Серікұлы", "1111")
CLERK = ("c1", "Омаров Нұрлан Қайратұлы", "3333")
PRECINCT = "101"


# --- statistics -----------------------------------------------------------------------------

def pct(values, p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty sequence."""
    s = sorted(values)
    k = max(1, math.ceil(p / 100 * len(s)))
    return s[k - 1]


def summary_ms(seconds: list[float]) -> dict:
    return {"n": len(seconds), "p50_ms": pct(seconds, 50) * 1e3, "p90_ms": pct(seconds, 90) * 1e3,
            "p99_ms": pct(seconds, 99) * 1e3, "max_ms": max(seconds) * 1e3,
            "mean_ms": sum(seconds) / len(seconds) * 1e3}


def fmt_ms(x: float) -> str:
    if x < 0.1:
        return f"{x * 1000:.0f} µs"
    if x < 10:
        return f"{x:.2f} ms"
    return f"{x:.1f} ms"


# --- machine --------------------------------------------------------------------------------

def load() -> str:
    a, b, c = os.getloadavg()
    return f"{a:.2f} {b:.2f} {c:.2f}"


def fsync_probe(folder: Path, n: int = 100) -> dict:
    """Latency of write(4 KiB) + fsync on the benchmark's file system: the floor of a durable commit."""
    path = Path(folder) / ".fsync-probe"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    times = []
    try:
        for _ in range(n):
            os.write(fd, b"x" * 4096)
            t = time.perf_counter()
            os.fsync(fd)
            times.append(time.perf_counter() - t)
    finally:
        os.close(fd)
        path.unlink(missing_ok=True)
    return summary_ms(times)


def machine_facts(folder: Path) -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        import sqlite_utils
        su_version = getattr(sqlite_utils, "__version__", None) or _sqlite_utils_version()
    except ImportError:
        su_version = None
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cores": os.cpu_count(), "cpu": cpu, "memory_gb": mem_gb,
        "os": platform.platform(), "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "sqlite_utils": su_version,
        "load_at_start": load(), "fsync_4k": fsync_probe(folder), "code": code_version(),
    }


def code_version() -> str:
    """The commit measured, and whether the measured modules differ from it (others edit them)."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "polling_station"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"
    changed = [line[3:] for line in dirty.splitlines()]
    return head + (f" + uncommitted changes in {len(changed)} file(s) of polling_station/" if changed else "")


def _sqlite_utils_version() -> str | None:
    try:
        from importlib.metadata import version
        return version("sqlite-utils")
    except Exception:
        return None


def print_facts(f: dict) -> None:
    fs = f["fsync_4k"]
    print(f"machine: {f['cores']} cores ({f['cpu']}), {f['memory_gb']} GB, {f['os']}")
    print(f"python {f['python']}, SQLite {f['sqlite']}, sqlite-utils {f['sqlite_utils']}; {f['date']}; "
          f"code {f.get('code', '?')}")
    print(f"load average at start: {f['load_at_start']}; "
          f"fsync of 4 KiB on the bench folder: p50 {fmt_ms(fs['p50_ms'])}, p99 {fmt_ms(fs['p99_ms'])}")


def sqlite_utils_command() -> list[str]:
    """The real sqlite-utils executable (a pyenv shim would add its own start-up to the timing)."""
    exe = shutil.which("sqlite-utils")
    if exe and "/shims/" in exe and shutil.which("pyenv"):
        try:
            exe = subprocess.run(["pyenv", "which", "sqlite-utils"], capture_output=True, text=True,
                                 check=True).stdout.strip() or exe
        except (OSError, subprocess.CalledProcessError):
            pass
    if not exe:
        raise SystemExit("sqlite-utils is not installed (it is the import baseline)")
    return [exe]


def run_measured(cmd: list[str], **kw) -> dict:
    """Run a child process; its own wall time, CPU time and peak RSS (os.wait4, so only that child)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    # read the pipes first (a full pipe would block the child), then reap it with wait4
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"cmd": cmd, "returncode": proc.returncode, "wall_s": wall,
            "cpu_s": usage.ru_utime + usage.ru_stime, "user_s": usage.ru_utime, "sys_s": usage.ru_stime,
            "max_rss_mb": usage.ru_maxrss / 1024, "stdout": out.decode(errors="replace"),
            "stderr": err.decode(errors="replace")}


# --- files and the station template ---------------------------------------------------------

def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def election_data() -> dict:
    return json.loads(DEMO_ELECTION.read_text(encoding="utf-8"))


def create_station(path: Path):
    from polling_station.services.station import Station

    remove_db(path)
    officer_id, name, pin = CHAIR
    st = Station.create(path, election_data(), PRECINCT, chair_name=name, chair_id=officer_id, chair_pin=pin)
    return st, st.login(officer_id, pin)


def template_path(out: Path, members: int) -> Path:
    """The station right after importing the roll (state SETUP), kept for the other benches."""
    return Path(out) / f"station-{members}.db"


def template_ok(out: Path, members: int, roll: Path) -> bool:
    path = template_path(out, members)
    marker = path.with_name(path.name + ".json")
    if not path.exists() or not marker.exists():
        return False
    meta = json.loads(marker.read_text())
    return meta.get("roll_bytes") == roll.stat().st_size and meta.get("members") == members


def mark_template(out: Path, members: int, roll: Path) -> None:
    path = template_path(out, members)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    path.with_name(path.name + ".json").write_text(json.dumps(
        {"members": members, "roll": str(roll), "roll_bytes": roll.stat().st_size}))


def copy_template(out: Path, members: int, dest: Path) -> None:
    src = template_path(out, members)
    con = sqlite3.connect(src)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    remove_db(dest)
    shutil.copyfile(src, dest)
    os.chmod(dest, 0o600)


class Deadline:
    """Interrupt SQLite work on ``conn`` that runs past ``seconds`` (a progress handler), so that
    one pathological query cannot stall a benchmark; the caller records it as "≥ seconds"."""

    def __init__(self, conn, seconds: float | None):
        self.conn, self.seconds, self.end = conn, seconds, 0.0

    def _check(self) -> int:
        return 1 if time.perf_counter() > self.end else 0

    def __enter__(self):
        if self.seconds:
            self.end = time.perf_counter() + self.seconds
            self.conn.set_progress_handler(self._check, 20_000)
        return self

    def __exit__(self, *exc):
        if self.seconds:
            self.conn.set_progress_handler(None, 0)
        return False


def is_interrupt(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc)


def summary_censored(rows: list[tuple[float, bool]]) -> dict:
    """Percentiles where some times are lower bounds (interrupted at the deadline)."""
    s = summary_ms([t for t, _ in rows])
    s["interrupted"] = sum(1 for _, cut in rows if cut)
    if s["interrupted"]:
        cut_at = min(t for t, cut in rows if cut) * 1e3
        for k in ("p50_ms", "p90_ms", "p99_ms", "max_ms"):
            s[k.replace("_ms", "_lower_bound")] = s[k] >= cut_at
    return s


def fmt_stat(s: dict, key: str) -> str:
    v = fmt_ms(s[f"{key}_ms"])
    return ("≥ " + v) if s.get(f"{key}_lower_bound") else v


def last_word(typed: str) -> str:
    """How a keystroke's query is shown: its last word, ␠ for a typed space."""
    if not typed.strip():
        return "␠"
    return typed.split()[-1] + ("␠" if typed.endswith(" ") else "")
