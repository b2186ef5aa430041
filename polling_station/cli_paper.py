"""``station paper-list``: write the paper fallback list (this precinct's roll with check-in
marks) as a PDF, by default into the backup folder. Same service as the GUI's timer; no Qt.

    polling-station station paper-list DB [--out DIR] --as ID
"""
from __future__ import annotations

from pathlib import Path

import click

from polling_station.cli import _ctx, _login, _open_station, acting, refusals, station


@station.command("paper-list")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for paper-list-<precinct>.pdf (default: the configured backup folder).")
@acting
@refusals
def station_paper_list(db, folder, officer, desk):
    """Write the printable roll with check-in marks, replacing the previous list at once."""
    st = _open_station(db)
    try:
        session = _login(st, officer, desk)
        path = st.write_paper_list(session, folder)
        roll = st.status()
    finally:
        st.close_db()
    click.echo(_ctx().t("Paper list written: {path} ({members} members, {checked_in} checked in).",
                        path=str(path), members=roll["roll"]["on_this_roll"], checked_in=roll["checkins"]["live"]))


if __name__ == "__main__":
    from polling_station.cli import main
    main()
