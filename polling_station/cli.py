"""The command line (DESIGN §4). It never imports Qt: start-up stays fast and it runs headless.

Everything goes through the same services as the GUI. Exit codes: 0 success, 1 refused or
invalid input (the message says why), 2 usage.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import click

from polling_station import i18n
from polling_station.errors import Refused


class Context:
    def __init__(self, lang: str):
        self.lang = lang

    def t(self, source: str, **params) -> str:
        return i18n.tr(source, self.lang, **params)

    def render(self, problem) -> str:
        return i18n.render(problem, self.lang)


def _ctx() -> Context:
    return click.get_current_context().find_object(Context)


def refusals(func):
    """Print a refusal's problems, translated, and exit 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Refused as exc:
            ctx = _ctx()
            for problem in exc.problems:
                click.echo(ctx.render(problem), err=True)
            sys.exit(1)

    return wrapper


def _secret(env: str, prompt: str, *, repeat: str | None = None) -> str:
    """A PIN or password from ``env``, else asked in the terminal (hidden). ``repeat`` is for a
    NEW secret: it is asked a second time with that prompt, until both entries agree, since a
    typo nobody sees would lock its owner out. From ``env`` it is taken as it is."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise click.UsageError(_ctx().t("Set {env} or run in a terminal to be asked.", env=env))
    while True:
        value = click.prompt(prompt, hide_input=True)
        if repeat is None or click.prompt(repeat, hide_input=True) == value:
            return value
        click.echo(_ctx().t("The two entries differ; enter it again."), err=True)


def _new_pin(officer_id: str) -> str:
    ctx = _ctx()
    return _secret("PS_NEW_PIN", ctx.t("New PIN for {officer}", officer=officer_id),
                   repeat=ctx.t("Repeat the new PIN for {officer}", officer=officer_id))


def acting(func):
    """Adds ``--as ID`` (the acting officer, PIN from PS_PIN) and ``--desk``."""

    @click.option("--as", "officer", required=True, metavar="ID", help="Login id of the acting officer (PIN from PS_PIN).")
    @click.option("--desk", default="1", show_default=True, help="Check-in desk number or name.")
    @functools.wraps(func)
    def wrapper(*args, officer, desk, **kwargs):
        return func(*args, officer=officer, desk=desk, **kwargs)

    return wrapper


def _open_station(db_path):
    from polling_station.services.station import Station
    return Station.open(db_path)


def _login(station, officer, desk):
    pin = _secret("PS_PIN", _ctx().t("PIN for {officer}", officer=officer))
    return station.login(officer, pin, desk)


def _print_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


class _Main(click.Group):
    """The last resort: an error of ours never prints a traceback (it could show personal data);
    it says what happened and exits 3. Every change is one transaction, so nothing half-written."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort, SystemExit,
                KeyboardInterrupt, Refused):
            raise
        except Exception as exc:  # noqa: BLE001 — the whole point is to catch what we did not foresee
            lang = ctx.obj.lang if isinstance(ctx.obj, Context) else "en"
            click.echo(i18n.tr("Polling Station stopped on an internal error ({kind}). Nothing was half-written: "
                               "every change is one transaction. Please report the command you ran.", lang,
                               kind=type(exc).__name__), err=True)
            sys.exit(3)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--lang", type=click.Choice(i18n.LANGUAGES), default=None,
              help="Language of messages (default: from the locale).")
@click.version_option(package_name="polling-station")
@click.pass_context
def main(ctx, lang):
    """Polling Station: the paper side of a party primary, offline."""
    ctx.obj = Context(i18n.detect_language(lang))
    if ctx.invoked_subcommand is None:
        from polling_station.ui.app import run_gui
        sys.exit(run_gui([], lang=lang))  # without --lang: the desk's remembered choice, then the locale


main.invoke_without_command = True


@main.command("demo")
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to build the demo (default: ./polling-station-demo).")
@click.option("--no-gui", is_flag=True, help="Build the demo and print its status; do not open the GUI.")
@click.option("--replace", "replace_existing", is_flag=True,
              help="Build again over an existing demo in that folder, deleting its station and the work done in it.")
@refusals
def demo_command(folder, no_gui, replace_existing):
    """Build a demo election (3 precincts, ~5,000 members), officers and keys; open precinct 101.

    A folder that already holds a demo is left as it is unless --replace is given."""
    from polling_station import demo
    ctx = _ctx()
    folder = folder or Path.cwd() / "polling-station-demo"
    files = demo.build(folder, replace=replace_existing)
    click.echo(ctx.t("Demo election built in {folder}.", folder=str(files.folder)))
    click.echo(ctx.t("Station database: {path}", path=str(files.station)))
    if files.backups:
        click.echo(ctx.t("Backups and the paper list go to {folder} (a stand-in for the USB stick).",
                         folder=str(files.backups)))
    click.echo(ctx.t("Officers (login id, role, PIN):"))
    for officer_id, name, role, pin in demo.OFFICERS:
        click.echo(f"  {officer_id:6} {i18n.term(role, ctx.lang):12} {pin}  {name}")
    if files.keys:
        click.echo(ctx.t("Trial keys in {folder} (chair's key password: {password}).", folder=str(files.keys),
                         password=demo.KEY_PASSWORD))
    if no_gui:
        from polling_station.services.station import Station
        st = Station.open(files.station)
        s = st.status()
        st.close_db()
        click.echo(ctx.t("State: {state}", state=s["state"]))
        click.echo(ctx.t("Roll: {on_roll} members on this roll, {eligible} eligible; {total} in the file.",
                         on_roll=s["roll"]["on_this_roll"], eligible=s["roll"]["eligible"],
                         total=s["roll"]["members_total"]))
        return
    from polling_station.ui.app import run_gui
    sys.exit(run_gui([], db_path=files.station, lang=ctx.lang))


# ----- station ---------------------------------------------------------------------------------

@main.group()
def station():
    """Set up and run one polling station (one SQLite file)."""


@station.command("new")
@click.argument("db", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--election", "election_file", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Election definition (polling-station/election@1 JSON).")
@click.option("--precinct", required=True, help="Precinct id from the election definition.")
@click.option("--chair", "chair_name", required=True, help="The chair's full name.")
@click.option("--chair-id", default="chair", show_default=True, help="The chair's login id.")
@refusals
def station_new(db, election_file, precinct, chair_name, chair_id):
    """Create a station database; the chair's PIN comes from PS_NEW_PIN (or is asked twice)."""
    from polling_station.exchange.election_file import load_election_json
    from polling_station.services.station import Station
    data = load_election_json(election_file)
    pin = _new_pin(chair_id)
    st = Station.create(db, data, precinct, chair_name=chair_name, chair_id=chair_id, chair_pin=pin)
    click.echo(_ctx().t("Created station {precinct} of {election} in {path}.", precinct=precinct,
                        election=st.election.id, path=str(db)))


@station.command("officer-add")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--id", "officer_id", required=True, help="Login id of the new officer.")
@click.option("--name", required=True, help="Full name.")
@click.option("--role", required=True, type=click.Choice(["chair", "secretary", "clerk"]))
@acting
@refusals
def station_officer_add(db, officer_id, name, role, officer, desk):
    """Add an officer (chair only); the new PIN comes from PS_NEW_PIN (or is asked twice)."""
    st = _open_station(db)
    session = _login(st, officer, desk)
    pin = _new_pin(officer_id)
    st.add_officer(session, officer_id, name, role, pin)
    click.echo(_ctx().t("Added {role} {officer}.", role=role, officer=officer_id))


@dataclass(frozen=True)
class _Report:
    """What became of an import's problem report: written to ``path`` with ``entries``, or none
    needed (``removed`` says an earlier one at that place was deleted)."""

    target: Path
    entries: tuple = ()
    removed: bool = False

    @property
    def path(self) -> Path | None:
        return self.target if self.entries else None

    def count(self, severity: str) -> int:
        return sum(e.severity == severity for e in self.entries)

    @property
    def rejected_rows(self) -> int:
        return len({e.line for e in self.entries if e.severity == "error"})


def _report_target(file: Path, given: Path | None) -> Path:
    target = given or file.with_name(file.name + ".rejects.csv")
    if target.resolve() == file.resolve():
        raise click.UsageError(_ctx().t("The report cannot be written over the file being imported."))
    return target


def _problems_with_lines(file: Path, summary, read_report) -> list:
    """Every problem of an import with its line, IIN and name. The service returns its warnings
    without their lines, so the file is read once more (only when it has problems); the
    warnings stay exactly those the service returned."""
    from polling_station.exchange import roll as roll_files
    if not (summary.rejected or summary.warned):
        return []
    return roll_files.with_importer_warnings(file, read_report(file), summary.problems)


def _report(target: Path, entries) -> _Report:
    """Write the report of ``entries``; with none, delete an earlier report of that name."""
    from polling_station.exchange import roll as roll_files
    if entries:
        roll_files.write_report(target, entries, _ctx().render)
        return _Report(target, tuple(entries))
    return _Report(target, removed=roll_files.remove_report(target))


_SHOWN_PROBLEMS = 20


def _echo_report(report: _Report, err: bool = False) -> None:
    ctx = _ctx()
    for e in report.entries[:_SHOWN_PROBLEMS]:
        click.echo("  " + ctx.t("Line {line}, {severity}: {message}", line=e.line,
                                severity=ctx.t("error") if e.severity == "error" else ctx.t("warning"),
                                message=ctx.render(e.problem)), err=err)
    if len(report.entries) > _SHOWN_PROBLEMS:
        click.echo("  " + ctx.t("… and {n} more in the report.", n=len(report.entries) - _SHOWN_PROBLEMS), err=err)
    if report.path:
        click.echo(ctx.t("Report of every problem, with line, IIN and name: {path} (rejected rows: {rejected}; "
                         "warnings: {warnings}).", path=str(report.path), rejected=report.rejected_rows,
                         warnings=report.count("warning")), err=err)
    elif report.removed:
        click.echo(ctx.t("No problems: the earlier report {path} was deleted.", path=str(report.target)), err=err)


def _print_import(summary, report: _Report, as_json: bool):
    ctx = _ctx()
    if as_json:
        data = asdict(summary)
        data["problems"] = [ctx.render(p) for p in summary.problems]
        data["rejects_file"] = str(report.path) if report.path else None
        data["report"] = {"file": data["rejects_file"], "rejected_rows": report.rejected_rows,
                          "errors": report.count("error"), "warnings": report.count("warning"),
                          "removed_earlier": report.removed,
                          "problems": [{"line": e.line, "severity": e.severity, "field": e.field,
                                        "code": e.problem.code, "message": ctx.render(e.problem)}
                                       for e in report.entries]}
        _print_json(data)
        return
    click.echo(ctx.t("{file}: {rows} rows; {accepted} accepted ({added} new, {changed} changed, {unchanged} unchanged), "
                     "{collapsed} identical duplicates collapsed, {rejected} rejected, {warned} with warnings.",
                     **{k: getattr(summary, k) for k in ("file", "rows", "accepted", "added", "changed", "unchanged",
                                                         "collapsed", "rejected", "warned")}))
    _echo_report(report)


@station.command("roll-import")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True, help="Import nothing if any row is invalid.")
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the report of rejected rows and warnings (default: FILE.rejects.csv beside "
                   "the file; an earlier report there is deleted when the file has no problems).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@acting
@refusals
def station_roll_import(db, file, strict, rejects, as_json, officer, desk):
    """Import the member roll (CSV or XLSX; en/ru/kk headers; UTF-8 or Windows-1251).

    Every rejected row and every warning goes into one report, with its line, field, IIN and name."""
    from polling_station.exchange import roll as roll_files
    target = _report_target(file, rejects)
    st = _open_station(db)
    session = _login(st, officer, desk)
    try:
        summary = st.import_roll(session, file, strict=strict, rejects_path=target, render=_ctx().render)
    except Refused as exc:
        if any(p.code == "station.roll_rejected" for p in exc.problems):
            _echo_report(_report(target, roll_files.roll_report(file)), err=True)
        raise
    _print_import(summary, _report(target, _problems_with_lines(file, summary, roll_files.roll_report)), as_json)


@station.command("online-import")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the report of rejected rows and warnings (default: FILE.rejects.csv).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@acting
@refusals
def station_online_import(db, file, rejects, as_json, officer, desk):
    """Import the snapshot of members who already voted online (CSV iin,voted_at)."""
    from polling_station.exchange import roll as roll_files
    target = _report_target(file, rejects)
    st = _open_station(db)
    session = _login(st, officer, desk)
    summary = st.import_online(session, file, rejects_path=target, render=_ctx().render)
    _print_import(summary, _report(target, _problems_with_lines(file, summary, roll_files.online_voters_report)),
                  as_json)


def _hit_json(hit, ctx):
    m = hit.member
    d = hit.decision
    return {"iin": m.iin, "surname": m.surname, "given_name": m.given_name, "patronymic": m.patronymic,
            "birth_date": m.birth_date, "sex": m.sex, "region": m.region, "precinct": m.precinct,
            "joined_on": m.joined_on, "status": m.status, "eligible": d.allowed,
            "reason": d.refusal.code if d.refusal else None,
            "message": ctx.render(d.refusal) if d.refusal else None,
            "warnings": [{"code": w.code, "message": ctx.render(w)} for w in d.warnings],
            "checked_in_at": hit.checked_in_at}


@station.command("search")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("query")
@click.option("--json", "as_json", is_flag=True)
@click.option("--limit", default=50, show_default=True)
@acting
@refusals
def station_search(db, query, as_json, limit, officer, desk):
    """Find members by IIN, IIN prefix, or names in any script and order.

    The results show members' personal data (IIN, name, birth date), so an officer must log in:
    --as ID with the PIN from PS_PIN (or a prompt), as for every other station command. DESIGN §4
    lists the command without --as; why it is required is in docs/decisions.md."""
    ctx = _ctx()
    st = _open_station(db)
    session = _login(st, officer, desk)
    hits = st.search(session, query, limit=limit)
    if as_json:
        _print_json([_hit_json(h, ctx) for h in hits])
        return
    if not hits:
        click.echo(ctx.t("No member found."))
    for h in hits:
        verdict = ctx.t("may vote") if h.decision.allowed else ctx.render(h.decision.refusal)
        click.echo(f"{h.member.iin}  {h.member.full_name}  [{h.member.precinct}]  {verdict}")


@station.command("ballots-received")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--race", required=True)
@click.option("--count", required=True, type=click.IntRange(min=0))
@acting
@refusals
def station_ballots_received(db, race, count, officer, desk):
    """Record the ballots received for a race."""
    st = _open_station(db)
    st.set_ballots_received(_login(st, officer, desk), race, count)
    click.echo(_ctx().t("Race {race}: {count} ballots received.", race=race, count=count))


@station.command("open")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--exception", "exception_reason", default=None,
              help="Open despite failed mandatory opening items, for this written reason (recorded in the protocol).")
@acting
@refusals
def station_open(db, exception_reason, officer, desk):
    """Open the station for voting (chair): needs the opening checklist and the ballots received."""
    st = _open_station(db)
    session = _login(st, officer, desk)
    if exception_reason is not None:
        # the exception and the opening are one transaction: refused, nothing stays recorded
        st.open_station_by_exception(session, exception_reason)
    else:
        st.open_station(session)
    click.echo(_ctx().t("The station is open."))


@station.command("checklist")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("name", type=click.Choice(["opening", "periodic", "closing"]))
@click.option("--answers", "answers_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help='JSON {"item id": "yes"|"no"|"na" or {"answer": "no", "note": "…"}}.')
@click.option("--all-yes", is_flag=True, help="Every item was checked and is in place.")
@click.option("--json", "as_json", is_flag=True)
@acting
@refusals
def station_checklist(db, name, answers_file, all_yes, as_json, officer, desk):
    """Record a sanitary checklist (opening, periodic or closing)."""
    from polling_station.exchange.election_file import load_json
    ctx = _ctx()
    if bool(answers_file) == bool(all_yes):
        raise click.UsageError(ctx.t("Give --answers FILE or --all-yes (one of them)."))
    st = _open_station(db)
    session = _login(st, officer, desk)
    answers = load_json(answers_file) if answers_file else None
    outcome = st.run_checklist(session, name, answers, all_yes=all_yes)
    if as_json:
        _print_json({"checklist": name, "passed": outcome.passed, "failed_mandatory": list(outcome.failed_mandatory)})
    elif outcome.passed:
        click.echo(ctx.t("Checklist {name} recorded: every mandatory item is in place.", name=i18n.term(name, ctx.lang)))
    else:
        click.echo(ctx.t("Checklist {name} recorded; mandatory items not in place: {items}.", name=i18n.term(name, ctx.lang),
                         items=", ".join(outcome.failed_mandatory)))


@station.command("observer-add")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", required=True)
@click.option("--represents", required=True, help="Whom the observer represents (candidate, party body…).")
@acting
@refusals
def station_observer_add(db, name, represents, officer, desk):
    """Register an observer's arrival."""
    st = _open_station(db)
    number = st.add_observer(_login(st, officer, desk), name, represents)
    click.echo(_ctx().t("Observer {number} registered.", number=number))


@station.command("observer-leave")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--observer", "observer_id", required=True, type=int)
@acting
@refusals
def station_observer_leave(db, observer_id, officer, desk):
    """Record an observer's departure."""
    st = _open_station(db)
    st.observer_left(_login(st, officer, desk), observer_id)
    click.echo(_ctx().t("Observer {number} left.", number=observer_id))


@station.command("observer-remark")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--observer", "observer_id", required=True, type=int)
@click.option("--text", required=True)
@click.option("--response", default=None, help="The commission's response.")
@acting
@refusals
def station_observer_remark(db, observer_id, text, response, officer, desk):
    """Record an observer's remark or complaint, and the commission's response."""
    st = _open_station(db)
    number = st.add_remark(_login(st, officer, desk), observer_id, text, response)
    click.echo(_ctx().t("Remark {number} recorded.", number=number))


@station.command("incident")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--text", required=True, help="What happened.")
@click.option("--kind", default="general", show_default=True)
@click.option("--action", "action_taken", default="", help="What the commission did.")
@acting
@refusals
def station_incident(db, text, kind, action_taken, officer, desk):
    """Record an incident in the station's log."""
    st = _open_station(db)
    number = st.add_incident(_login(st, officer, desk), text, kind=kind, action_taken=action_taken)
    click.echo(_ctx().t("Incident {number} recorded.", number=number))


@station.command("close")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@acting
@refusals
def station_close(db, officer, desk):
    """Close the station: no more check-ins (chair)."""
    st = _open_station(db)
    st.close_station(_login(st, officer, desk))
    click.echo(_ctx().t("The station is closed."))


def _paper_line(st, number: int, text: str):
    """Line ``number`` of a paper list, read by the service's rule (``PaperLine``, with the line's
    own number), or None for a blank or comment line."""
    entries = list(st.read_paper_list([text]))
    if not entries:
        return None
    entry = entries[0]
    problem = entry.problem
    if problem is not None and "line" in problem.params:
        problem = replace(problem, params={**problem.params, "line": number})
    return replace(entry, line=number, problem=problem)


def _input_lines(source: str):
    """The lines of a file, or of standard input for ``-``, decoded as they arrive."""
    from polling_station.exchange import text_lines
    if source == "-":
        return text_lines.iter_stream_lines(sys.stdin.buffer)
    return text_lines.iter_lines(source)


@station.command("checkin")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("iins", nargs=-1)
@click.option("--from", "from_file", type=click.Path(exists=True, dir_okay=False, allow_dash=True),
              help="Backfill from the paper list: lines «IIN [time]» (HH:MM, or ISO 8601 with offset); - reads "
                   "standard input. UTF-8 (with or without BOM), UTF-16 or Windows-1251.")
@acting
@refusals
def station_checkin(db, iins, from_file, officer, desk):
    """Check members in (issue ballots). Each member gets one output line, in input order, printed as soon as
    that check-in is on disk; with --from each line is checked in as it is read, and a bad line is reported
    in its place without stopping the others. Exit 1 if any line was refused."""
    ctx = _ctx()
    if bool(iins) == bool(from_file):
        raise click.UsageError(ctx.t("Give IINs or --from FILE (not both)."))
    st = _open_station(db)
    session = _login(st, officer, desk)
    backfilled = from_file is not None
    if backfilled:
        read = (_paper_line(st, n, text) for n, text in enumerate(_input_lines(from_file), 1))
        items = ((e.line, e.iin, e.when, e.problem) for e in read if e is not None)
    else:
        items = ((None, iin, None, None) for iin in iins)
    failed = 0
    for line, iin, when, problem in items:  # one at a time: the next line is read after this one is done
        if problem is not None:
            failed += 1
            _say(f"{iin}\t{ctx.t('REFUSED')}\t" + ctx.render(problem))
            continue
        try:
            r = st.check_in(session, iin, at=when, backfilled=backfilled)
        except Refused as exc:
            failed += 1
            where = ctx.t("line {line}: ", line=line) if line else ""
            _say(f"{iin}\t{ctx.t('REFUSED')}\t{where}" + "; ".join(ctx.render(p) for p in exc.problems))
            continue
        extra = "".join("\t" + ctx.render(w) for w in r.warnings)
        _say(f"{r.iin}\t{ctx.t('OK')}\t{r.receipt}\t{r.at}{extra}")
    if failed:
        sys.exit(1)


def _say(line: str) -> None:
    """One result line, on its way at once (a script reading our output acts on it)."""
    click.echo(line)
    sys.stdout.flush()


@station.command("void")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("iin")
@click.option("--reason", required=True)
@acting
@refusals
def station_void(db, iin, reason, officer, desk):
    """Void a wrong check-in (chair, with a reason)."""
    st = _open_station(db)
    st.void_check_in(_login(st, officer, desk), iin, reason)
    click.echo(_ctx().t("Check-in of {iin} voided.", iin=iin))


@station.command("spoil")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--race", required=True)
@click.option("--count", default=1, show_default=True, type=click.IntRange(min=1))
@acting
@refusals
def station_spoil(db, race, count, officer, desk):
    """Record spoiled ballots replaced for voters (protocol line 4)."""
    st = _open_station(db)
    st.spoil(_login(st, officer, desk), race, count)
    click.echo(_ctx().t("Race {race}: {count} spoiled ballot(s) recorded.", race=race, count=count))


@station.command("status")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@refusals
def station_status(db, as_json):
    """The station's state, roll, check-ins and ballots."""
    ctx = _ctx()
    st = _open_station(db)
    s = st.status()
    if as_json:
        _print_json(s)
        return
    click.echo(ctx.t("Precinct {id} — {name}", id=s["precinct"]["id"], name=s["precinct"]["name"]))
    click.echo(ctx.t("State: {state}", state=s["state"]))
    click.echo(ctx.t("Roll: {on_roll} members on this roll, {eligible} eligible; {total} in the file.",
                     on_roll=s["roll"]["on_this_roll"], eligible=s["roll"]["eligible"], total=s["roll"]["members_total"]))
    c = s["checkins"]
    click.echo(ctx.t("Checked in: {live} ({percent}%), voided {voided}, backfilled {backfilled}.",
                     live=c["live"], percent=c["turnout_percent"], voided=c["voided"], backfilled=c["backfilled"]))
    for r in s["races"]:
        click.echo(ctx.t("Race {id}: received {received}, issued {issued}, spoiled {spoiled}, remaining {remaining}.",
                         **{k: r[k] for k in ("id", "received", "issued", "spoiled", "remaining")}))
    click.echo(ctx.t("Journal: {entries} entries.", entries=s["journal"]["entries"]))


@station.command("journal-verify")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@refusals
def station_journal_verify(db):
    """Check the journal's hash chain; exit 1 and name the entry if it was altered."""
    report_journal(_open_station(db))


def report_journal(store) -> None:
    """A station's or a branch's journal: refused with the altered entry named, or said intact."""
    problems = store.verify_journal()
    if problems:
        raise Refused(problems)
    click.echo(_ctx().t("The journal is intact ({entries} entries).", entries=store.status()["journal"]["entries"]))


@station.command("backup")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the backup (default: the configured backup folder).")
@click.option("--set-default", is_flag=True, help="Remember this folder for automatic backups.")
@acting
@refusals
def station_backup(db, folder, set_default, officer, desk):
    """Back up the station (SQLite backup API, checked before it replaces the previous one)."""
    st = _open_station(db)
    session = _login(st, officer, desk)
    path = st.set_backup_folder(session, folder) if set_default and folder else st.backup_now(folder, session)
    click.echo(_ctx().t("Backup written and checked: {path}", path=str(path)))


@station.command("restore")
@click.argument("db", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--from", "backup_file", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@acting
@refusals
def station_restore(db, backup_file, officer, desk):
    """Replace a damaged station file by a checked backup (chair; PIN as in the backup)."""
    from polling_station.services.station import Station
    pin = _secret("PS_PIN", _ctx().t("PIN for {officer}", officer=officer))
    Station.restore(db, backup_file, officer, pin)
    click.echo(_ctx().t("Restored {path} from {backup}; the damaged file was kept beside it.", path=str(db),
                        backup=str(backup_file)))


@station.command("check")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@refusals
def station_check(db):
    """SQLite's integrity check and the journal chain; exit 1 and say what is wrong."""
    st = _open_station(db)
    problems = st.health_check()
    if problems:
        raise Refused(problems)
    click.echo(_ctx().t("The station file is intact."))


# command groups defined in their own modules attach themselves to the groups above
import polling_station.cli_counting  # noqa: E402,F401
import polling_station.cli_protocol  # noqa: E402,F401
import polling_station.cli_paper  # noqa: E402,F401
import polling_station.cli_branch  # noqa: E402,F401

if __name__ == "__main__":
    main()
