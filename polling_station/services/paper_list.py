"""The paper fallback list: this precinct's roll with check-in marks, written as a PDF to the
backup folder so the commission can go on by hand if the laptop fails.

A mixin of ``Station``. Decisions:
- No journal entry. Writing the list changes nothing in the station; the journal records
  changes of state, and an entry every 30 minutes would only bury those (and move the journal
  head that the protocol seals) without adding a fact anyone must verify.
- Any officer may write it (``paper.list``), in any state: before opening it is a printed roll,
  after closing the record of the day. The GUI's timer writes it only while the station is OPEN.
- One file per precinct, ``paper-list-<precinct>.pdf``, replaced atomically (temporary file,
  fsync, ``os.replace``, fsync of the folder): a reader or a pulled USB stick meets the old list
  or the new one, never half of one. No ``.prev`` copy is kept: an older list printed by mistake
  shows fewer check-ins and invites a second ballot, and since a failed write leaves the last
  good list in place, a second copy would protect against nothing.
- Two steps, ``prepare_paper_list`` (reads the database: quick) and ``PaperListJob.write``
  (draws and writes, touching no database: 2–3 s at 3,000 members), so the desk can
  draw on a worker thread while the clerk keeps scanning.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from polling_station.errors import Refused
from polling_station.services import roles
from polling_station.storage.backup import media_problem

if TYPE_CHECKING:
    from polling_station.reports.paper_list import PaperListModel

FILE_PREFIX = "paper-list-"


def paper_list_name(precinct_id: str) -> str:
    # precinct ids come from the election file: keep the name portable to FAT-formatted sticks
    return f"{FILE_PREFIX}{re.sub(r'[^A-Za-z0-9._-]', '_', precinct_id)}.pdf"


def write_atomically(target: Path, data: bytes) -> Path:
    """Replace ``target`` by ``data`` all at once; faulty media raise ``Refused`` and leave the
    previous file as it was."""
    folder = target.parent
    tmp = folder / (target.name + ".partial")
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "no such folder", str(folder))
        tmp.unlink(missing_ok=True)
        # owner-only, like every file holding IINs; an explicit mode, not the umask, which is
        # process-wide and this may run on a worker thread
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise Refused(media_problem(exc, folder)) from None
    return target


@dataclass(frozen=True)
class PaperListJob:
    """A list read from the database, ready to be drawn and written to ``target``."""
    model: "PaperListModel"
    target: Path

    def render(self) -> bytes:
        from polling_station.reports.paper_list import render_paper_list
        return render_paper_list(self.model)

    def write(self) -> Path:
        return write_atomically(self.target, self.render())


class PaperListMixin:
    def paper_list_model(self) -> "PaperListModel":
        """The list as the database stands now, read in one transaction so that the counts, the
        marks and the time on the paper describe the same moment."""
        # reportlab loads only when a list is made: the command line's start-up stays fast;
        # station.py imports this module for its bases, so its row helpers are reached here too
        from polling_station.reports.paper_list import build_paper_list
        from polling_station.services.station import _MEMBER_COLUMNS, _member_from_row

        with self.db.atomic():
            generated_at = self.clock()
            members = [_member_from_row(r) for r in self.db.execute(
                f"SELECT {_MEMBER_COLUMNS} FROM members WHERE precinct = ?", (self.precinct_id,))]
            keys = ("iin", "at", "receipt", "backfilled", "voided_at")
            checkins = [dict(zip(keys, r)) for r in self.db.execute(
                "SELECT c.iin, c.at, c.receipt, c.backfilled, c.voided_at FROM checkins c "
                "JOIN members m ON m.iin = c.iin WHERE m.precinct = ? ORDER BY c.id", (self.precinct_id,))]
            online = {iin: dt.datetime.fromisoformat(at) for iin, at in self.db.execute(
                "SELECT o.iin, o.voted_at FROM online_voters o JOIN members m ON m.iin = o.iin "
                "WHERE m.precinct = ?", (self.precinct_id,))}
        return build_paper_list(election=self.election, precinct=self.precinct, generated_at=generated_at,
                                members=members, checkins=checkins, online=online)

    def paper_list_path(self, folder) -> Path:
        return Path(folder) / paper_list_name(self.precinct_id)

    def prepare_paper_list(self, session, folder=None) -> PaperListJob:
        """Read the list for ``folder`` (default: the backup folder); nothing is written yet."""
        roles.require(session, "paper.list")
        folder = folder or self.backup_folder()
        if folder is None:
            raise Refused.because("backup.no_folder")
        return PaperListJob(self.paper_list_model(), self.paper_list_path(folder))

    def paper_list_pdf(self, session) -> bytes:
        from polling_station.reports.paper_list import render_paper_list

        roles.require(session, "paper.list")
        return render_paper_list(self.paper_list_model())

    def write_paper_list(self, session, folder=None) -> Path:
        """Write the list to ``folder`` (default: the backup folder) and return its path."""
        return self.prepare_paper_list(session, folder).write()
