"""Long branch work in a worker thread, and what the officer reads when it fails.

Verifying a folder of packages, 600,000 online ballots or a national roll take seconds to
minutes: the work runs in a ``QThread`` with its own database connection and reports progress.
Whatever goes wrong reaches the window as the exception itself, so the window always gets its
buttons back; ``failure_text`` turns it into a sentence in the officer's language: a refusal is
rendered from its typed problems, a failing disk or busy file is said in words, and a fault of
the program says so (the traceback goes to the error output) instead of showing Python's English text.
"""
from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal

from polling_station.errors import Refused
from polling_station.services.branch import Branch

# pyside6-lupdate finds calls spelled translate("Context", "text")
translate = QCoreApplication.translate

ENVIRONMENT_ERRORS = (sqlite3.DatabaseError, OSError)
Progress = Callable[[int, int], None]
MOST_PROBLEMS_SHOWN = 6  # a message, not a report: the rest would push the window past the screen
log = logging.getLogger(__name__)


class Job(QThread):
    """Runs ``work(progress)`` once; emits ``succeeded(value)`` or ``failed(exception)``, never neither."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any], parent=None):
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        try:
            from polling_station.services.branch_verify import quiet_verifier_logs
            quiet_verifier_logs()
            value = self.work(self.progressed.emit)
        except BaseException as exc:  # noqa: BLE001 — every failure must reach the window, a bug too
            if not isinstance(exc, (Refused, *ENVIRONMENT_ERRORS)):
                log.exception("branch job failed")
            self.failed.emit(exc)
            return
        self.succeeded.emit(value)


class BranchJob(Job):
    """Runs ``work(branch, progress)`` on its own connection to the branch file, closed before it reports."""

    def __init__(self, db_path: Path, work: Callable[[Branch, Progress], Any], parent=None):
        self.db_path = Path(db_path)

        def on_own_connection(progress: Progress):
            branch = Branch.open(self.db_path)
            try:
                return work(branch, progress)
            finally:
                branch.close_db()

        super().__init__(on_own_connection, parent)


_OS_REASONS = {
    errno.ENOSPC: lambda: translate("BranchJobs", "the disk is full"),
    errno.EACCES: lambda: translate("BranchJobs", "access is denied"),
    errno.EPERM: lambda: translate("BranchJobs", "access is denied"),
    errno.EROFS: lambda: translate("BranchJobs", "the disk is read-only"),
    errno.ENOENT: lambda: translate("BranchJobs", "the file or folder does not exist"),
    errno.ENOTDIR: lambda: translate("BranchJobs", "the file or folder does not exist"),
    errno.EISDIR: lambda: translate("BranchJobs", "a folder was chosen where a file is needed"),
    errno.EIO: lambda: translate("BranchJobs", "the disk could not be read or written (a failing disk or a "
                                               "removed USB stick)"),
}

_SQLITE_REASONS = {
    "SQLITE_FULL": lambda: translate("BranchJobs", "the disk is full"),
    "SQLITE_BUSY": lambda: translate("BranchJobs", "another program is using the branch file"),
    "SQLITE_LOCKED": lambda: translate("BranchJobs", "another program is using the branch file"),
    "SQLITE_READONLY": lambda: translate("BranchJobs", "the branch file is read-only"),
    "SQLITE_CANTOPEN": lambda: translate("BranchJobs", "the branch file cannot be opened"),
    "SQLITE_IOERR": lambda: translate("BranchJobs", "the disk could not be read or written (a failing disk or a "
                                                    "removed USB stick)"),
    "SQLITE_CORRUPT": lambda: translate("BranchJobs", "the branch file is damaged"),
    "SQLITE_NOTADB": lambda: translate("BranchJobs", "the branch file is damaged"),
}


def environment_reason(exc: BaseException) -> str:
    """Why the disk or the file failed, in the officer's language when we know the case."""
    if isinstance(exc, OSError):
        known = _OS_REASONS.get(exc.errno)
        if known is not None:
            return known()
        return exc.strerror or type(exc).__name__
    name = getattr(exc, "sqlite_errorname", "") or ""
    # extended codes (SQLITE_IOERR_WRITE …) share their primary code's words
    known = _SQLITE_REASONS.get(name) or _SQLITE_REASONS.get("_".join(name.split("_")[:2]))
    if known is not None:
        return known()
    return translate("BranchJobs", "a database error ({code})").format(code=name or type(exc).__name__)


def failure_text(exc: BaseException, render: Callable) -> str:
    """One message for any failure of branch work (``render`` turns a problem into the officer's language)."""
    if isinstance(exc, Refused):
        shown = [render(p) for p in exc.problems[:MOST_PROBLEMS_SHOWN]]
        more = len(exc.problems) - len(shown)
        if more > 0:
            shown.append(translate("BranchJobs", "… and {count} more.").format(count=more))
        return "\n".join(shown)
    if isinstance(exc, ENVIRONMENT_ERRORS):
        where = getattr(exc, "filename", None)
        if where:
            return translate("BranchJobs", "{file} could not be used: {reason}. The step that failed "
                                           "was not recorded; try again when it is fixed.").format(file=where,
                                                                                 reason=environment_reason(exc))
        return translate("BranchJobs", "The branch file or a chosen file could not be used: {reason}. "
                                       "The step that failed was not recorded; try again when it is fixed.").format(
            reason=environment_reason(exc))
    return translate("BranchJobs", "The work stopped because of a fault in the program ({kind}), not in your "
                                   "files. What was finished before it is kept. Please report it (the details "
                                   "were written to the program's error output).").format(kind=type(exc).__name__)
