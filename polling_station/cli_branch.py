"""``polling-station branch …``: the branch office on the command line (DESIGN §4).

The same service as the GUI (``services.branch.Branch``); no Qt is imported here except by
``branch gui``, and only when it runs. The acting person is the operating-system account (the
branch has no officer PINs); every change is journaled under that name.
"""
from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import click

from polling_station import i18n
from polling_station.cli import _ctx, _print_json, main, refusals, report_journal
from polling_station.errors import Refused


def _open(db):
    from polling_station.services.branch import Branch
    return Branch.open(db)


def _problems(problems) -> list[dict]:
    ctx = _ctx()
    return [{"code": p.code, "message": ctx.render(p)} for p in problems]


@main.group()
def branch():
    """The branch office: import the precincts' packages and the online ballots, publish the results."""


def _print_roll(summary, as_json: bool) -> None:
    ctx = _ctx()
    if as_json:
        data = asdict(summary)
        data["problems"] = [ctx.render(p) for p in summary.problems]
        _print_json(data)
        return
    click.echo(ctx.t("{file}: {rows} rows; {accepted} accepted ({added} new, {changed} changed, {unchanged} "
                     "unchanged), {collapsed} identical duplicates collapsed, {rejected} rejected.",
                     **{k: getattr(summary, k) for k in ("file", "rows", "accepted", "added", "changed", "unchanged",
                                                         "collapsed", "rejected")}))
    click.echo(ctx.t("The roll holds {members} members, {eligible} of them eligible.", members=summary.members,
                     eligible=summary.eligible))
    if summary.rejects_file:
        click.echo(ctx.t("Rejected rows, with line numbers and reasons: {path}", path=summary.rejects_file))


@branch.command("new")
@click.argument("db", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--election", "election_file", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Election definition (polling-station/election@1 JSON).")
@click.option("--roll", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The national or regional member roll (CSV or XLSX): turnout denominators, online checks.")
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the roll's rejected rows (default: ROLL.rejects.csv).")
@click.option("--json", "as_json", is_flag=True, help="Print the roll summary as JSON.")
@refusals
def branch_new(db, election_file, roll, rejects, as_json):
    """Create a branch database from the election definition, and import the roll if given."""
    from polling_station.exchange.election_file import load_election_json
    from polling_station.services.branch import Branch
    ctx = _ctx()
    data = load_election_json(election_file)
    b = Branch.create(db, data)
    click.echo(ctx.t("Created the branch database of {election} in {path}.", election=b.election.id, path=str(db)),
               err=as_json)
    if roll is not None:
        summary = b.import_roll(roll, rejects_path=rejects or roll.with_name(roll.name + ".rejects.csv"),
                                render=ctx.render)
        _print_roll(summary, as_json)


@branch.command("roll-import")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True, help="Import nothing if any row is invalid.")
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the rejected rows (default: FILE.rejects.csv).")
@click.option("--json", "as_json", is_flag=True)
@refusals
def branch_roll_import(db, file, strict, rejects, as_json):
    """Import or update the member roll."""
    b = _open(db)
    summary = b.import_roll(file, strict=strict, rejects_path=rejects or file.with_name(file.name + ".rejects.csv"),
                            render=_ctx().render)
    _print_roll(summary, as_json)


@branch.command("trust")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("cert", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--precinct", default=None, help="Trust it for this precinct only (default: every precinct).")
@refusals
def branch_trust(db, cert, precinct):
    """Trust a CA certificate or a chair's certificate (PEM or DER) to sign packages."""
    ctx = _ctx()
    b = _open(db)
    for entry in b.trust(cert, precinct):
        scope = ctx.t("precinct {precinct}", precinct=precinct) if precinct else ctx.t("every precinct")
        kind = ctx.t("CA") if entry.is_ca else ctx.t("certificate")
        if entry.added:
            click.echo(ctx.t("Trusted {kind} «{subject}» for {scope} (SHA-256 {fingerprint}).", kind=kind,
                             subject=entry.subject, scope=scope, fingerprint=entry.fingerprint[:16]))
        else:
            click.echo(ctx.t("{kind} «{subject}» was already trusted for {scope}.", kind=kind, subject=entry.subject,
                             scope=scope))


def _package_paths(paths) -> list[Path]:
    out = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() == ".zip"))
        else:
            out.append(p)
    return out


@branch.command("import")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("packages", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one result per package as JSON.")
@refusals
def branch_import(db, packages, as_json):
    """Verify and import precinct packages (files, or folders of *.zip). Exit 1 if any was refused."""
    from polling_station.services.branch_verify import quiet_verifier_logs
    ctx = _ctx()
    quiet_verifier_logs()
    b = _open(db)
    outcomes = b.import_packages(_package_paths(packages))
    if as_json:
        _print_json([{"file": o.file, "sha256": o.sha256, "result": o.result, "precinct": o.precinct,
                      "version": o.version, "supersedes": list(o.supersedes), "problems": _problems(o.problems)}
                     for o in outcomes])
    else:
        for o in outcomes:
            where = ctx.t("precinct {precinct} v{version}", precinct=o.precinct, version=o.version) \
                if o.version is not None else (ctx.t("precinct {precinct}", precinct=o.precinct) if o.precinct else "")
            # English keeps the codes scripts match on; kk and ru read words
            result = o.result.upper() if ctx.lang == "en" else i18n.term(o.result, ctx.lang)
            line = f"{o.file}\t{result}\t{where}"
            if o.supersedes:
                line += "\t" + ctx.t("supersedes version(s) {versions}", versions=", ".join(map(str, o.supersedes)))
            if o.problems:
                line += "\t" + "; ".join(ctx.render(p) for p in o.problems)
            click.echo(line)
    if any(o.result == "rejected" for o in outcomes):
        sys.exit(1)


@branch.command("resolve")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--precinct", required=True)
@click.option("--package", "package", required=True, help="SHA-256 (or its first digits) of the package to keep.")
@click.option("--reason", required=True, help="The commission's reason for the choice.")
@refusals
def branch_resolve(db, precinct, package, reason):
    """Settle a conflict: keep the package the commission chose among those that cannot all stand
    (two different ones of one version, another signer, a version that does not continue the journal)."""
    b = _open(db)
    chosen = b.resolve_conflict(precinct, package, reason)
    click.echo(_ctx().t("Precinct {precinct}: version {version} from {file} is now current.", precinct=precinct,
                        version=chosen.version, file=chosen.file))


@branch.command("online-import")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the rejected rows (default: FILE.rejects.csv).")
@click.option("--json", "as_json", is_flag=True)
@refusals
def branch_online_import(db, file, rejects, as_json):
    """Import the online ballots (CSV iin,voted_at,race,choices); rejected rows go to a report."""
    ctx = _ctx()
    b = _open(db)
    rejects = rejects or file.with_name(file.name + ".rejects.csv")
    s = b.import_online(file, rejects_path=rejects, render=ctx.render)
    if as_json:
        data = asdict(s)
        data["problems"] = [ctx.render(p) for p in s.problems[:100]]
        data["examples"] = {code: {"line": line, "message": ctx.render(p)} for code, (line, p) in s.examples.items()}
        _print_json(data)
        return
    click.echo(ctx.t("{file}: {rows} rows; {accepted} accepted ({added} new, {unchanged} already imported), "
                     "{collapsed} identical duplicates collapsed, {rejected} rejected.",
                     **{k: getattr(s, k) for k in ("file", "rows", "accepted", "added", "unchanged", "collapsed",
                                                   "rejected")}))
    for code, n in s.reasons.items():
        line, problem = s.examples[code]
        click.echo("  " + ctx.t("{count} × {code}, e.g. line {line}: {message}", count=n, code=code, line=line,
                                message=ctx.render(problem)))
    if s.rejects_file:
        click.echo(ctx.t("Rejected rows, with line numbers and reasons: {path}", path=s.rejects_file))


@branch.command("exclude")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--race", required=True)
@click.option("--candidate", required=True)
@click.option("--reason", required=True, help="The control committee's decision.")
@refusals
def branch_exclude(db, race, candidate, reason):
    """Record a candidate excluded by the control committee: shown, never ranked."""
    b = _open(db)
    b.exclude(race, candidate, reason)
    click.echo(_ctx().t("Candidate {candidate} of race {race} excluded.", candidate=candidate, race=race))


@branch.command("status")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@refusals
def branch_status(db, as_json):
    """Every precinct: imported (version), missing, rejected (why) or in conflict."""
    ctx = _ctx()
    b = _open(db)
    states = b.precinct_states()
    if as_json:
        status = b.status()
        status["precinct_states"] = [{
            "precinct": s.precinct, "region": s.region, "state": s.state,
            "version": s.current.version if s.current else None,
            "packages": [{"file": p.file, "sha256": p.sha256, "version": p.version, "state": p.state,
                          "reason": p.reason, "signer": p.signer} for p in s.packages],
            "rejections": [{"file": r.file, "sha256": r.sha256, "problems": _problems(r.problems)}
                           for r in s.rejections]} for s in states]
        _print_json(status)
        return
    regions = {r.id: r.name for r in b.election.regions}
    for s in states:
        state = s.state if ctx.lang == "en" else i18n.term(s.state, ctx.lang)
        line = f"{s.precinct}\t{regions.get(s.region, s.region)}\t{state}"
        if s.current:
            line += f"\tv{s.current.version}"
        if s.superseded:
            line += "\t" + ctx.t("superseded: {versions}", versions=", ".join(f"v{p.version}" for p in s.superseded))
        if s.state == "conflict":
            for p in s.packages:
                if p.state == "conflict":  # each package with why it cannot stand
                    why = "; ".join(ctx.render(problem) for problem in p.problems)
                    line += f"\t{p.sha256[:12]} ({p.file})" + (f": {why}" if why else "")
        if s.state == "rejected":
            line += "\t" + "; ".join(ctx.render(p) for p in s.rejections[-1].problems)
        click.echo(line)


@branch.command("report")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@refusals
def branch_report(db, out_dir):
    """Write turnout, precincts, results, ratings, conflicts, the draft list, results.json and report.pdf."""
    b = _open(db)
    try:
        paths = b.write_report(out_dir)
    except OSError as exc:
        raise Refused.because("media.failed", folder=str(out_dir), reason=exc.strerror or str(exc)) from None
    for path in paths:
        click.echo(str(path))


@branch.command("journal-verify")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@refusals
def branch_journal_verify(db):
    """Check the branch journal's hash chain; exit 1 and name the entry if it was altered."""
    report_journal(_open(db))


@branch.command("gui")
@click.argument("db", type=click.Path(dir_okay=False, path_type=Path))
def branch_gui(db):
    """Open the branch dashboard; on a file that does not exist yet, first create it from the
    election definition and the member roll."""
    from polling_station.ui.branch import run_branch_gui
    sys.exit(run_branch_gui(db, lang=_ctx().lang))


if __name__ == "__main__":
    main()
