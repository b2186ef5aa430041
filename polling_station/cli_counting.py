"""The counting commands of ``polling-station station`` (DESIGN §4): typing a count sheet as entry
1 or 2, where the count stands, explanations of warnings, the tally by ballot, and marking the
station counted. Same services and rules as the GUI; no Qt.
"""
from __future__ import annotations

from pathlib import Path

import click

from polling_station.cli import _ctx, _login, _open_station, _print_json, acting, refusals, station

_DB = click.Path(exists=True, dir_okay=False, path_type=Path)


def _relation_lines(ctx, relations, explanations) -> list[str]:
    out = []
    for r in relations:
        message = ctx.render(r.problem())
        if r.is_error:
            out.append("  " + ctx.t("{relation} (error): {message}", relation=r.relation_id, message=message))
            continue
        out.append("  " + ctx.t("{relation} (warning): {message}", relation=r.relation_id, message=message))
        explanation = explanations.get(r.relation_id)
        if explanation:
            out.append("    " + ctx.t("Explanation: {text}", text=explanation))
    return out


def _view_json(view, ctx) -> dict:
    from polling_station.domain.accounting import count_sheet_to_json
    return {
        "race": view.race,
        "status": view.status.value,
        "entries_typed": list(view.entries_typed),
        "own_entry": view.own_entry,
        "differences": [{"field": f, "yours": v} for f, v in view.differences],
        "agreed": count_sheet_to_json(view.agreed) if view.agreed else None,
        "relations": [{"id": r.relation_id, "severity": r.severity, "message": ctx.render(r.problem()),
                       "explanation": view.explanations.get(r.relation_id)} for r in view.relations],
        "notices": [ctx.render(p) for p in view.notices if p.code != "double_entry.entries_differ"],
    }


def _print_view(st, view, as_json: bool) -> None:
    from polling_station.domain.double_entry import EntryState
    from polling_station.services.counting import line_of_field
    ctx = _ctx()
    if as_json:
        _print_json(_view_json(view, ctx))
        return
    for notice in view.notices:
        if notice.code != "double_entry.entries_differ":
            click.echo(ctx.render(notice), err=True)
    if view.status is EntryState.AGREED:
        click.echo(ctx.t("agreed: both entries of race {race} are the same; this count sheet counts.", race=view.race))
    elif view.status is EntryState.SECOND_DIFFERS:
        click.echo(ctx.t("The two entries of race {race} differ on {count} lines; recount them and retype them:",
                         race=view.race, count=len(view.differences)))
        order = st.race_info(view.race).candidate_ids
        for name, yours in view.differences:
            line = line_of_field(name, order)
            if yours is None:
                click.echo("  " + ctx.t("line {line} ({field})", line=line, field=name))
            else:
                click.echo("  " + ctx.t("line {line} ({field}): you typed {value}", line=line, field=name, value=yours))
    else:
        click.echo(ctx.t("Entry {entry} of race {race} recorded; waiting for the other entry.",
                         entry=view.own_entry, race=view.race))
    if view.relations:
        click.echo(ctx.t("Control relations that fail on this count sheet:"))
        for line in _relation_lines(ctx, view.relations, view.explanations):
            click.echo(line)


@station.command("count")
@click.argument("db", type=_DB)
@click.option("--sheet", "sheet_file", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help='Count sheet JSON: {"race", "unused", "found_in_box", "invalid", "votes": {candidate id: n}}.')
@click.option("--entry", required=True, type=click.Choice(["1", "2"]),
              help="Entry 1 or 2; entry 2 by the chair or the secretary, not entry 1's officer.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
@acting
@refusals
def station_count(db, sheet_file, entry, as_json, officer, desk):
    """Type a race's count sheet as entry 1 or 2; prints the differences, or «agreed»."""
    text = sheet_file.read_text(encoding="utf-8-sig")
    st = _open_station(db)
    session = _login(st, officer, desk)
    race = st.sheet_race(text)
    _print_view(st, st.enter_count(session, race, text, int(entry)), as_json)


@station.command("count-status")
@click.argument("db", type=_DB)
@click.option("--race", default=None, help="Only this race (default: every race of the precinct).")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@refusals
def station_count_status(db, race, as_json):
    """Where each race's count stands: entries typed, differing lines, the agreed protocol lines and
    the failing control relations."""
    ctx = _ctx()
    st = _open_station(db)
    statuses = [st.count_status(race)] if race else st.count_statuses()
    if as_json:
        data = []
        for s in statuses:
            item = s.to_json()
            for rel, r in zip(item["relations"], s.relations):
                rel["message"] = ctx.render(r.problem())
            item["problems"] = [ctx.render(p) for p in s.problems()]
            data.append(item)
        _print_json(data)
        return
    for s in statuses:
        status_text = {
            "empty": ctx.t("not typed yet"),
            "first_entered": ctx.t("entry 1 typed, waiting for entry 2"),
            "second_differs": ctx.t("the two entries differ"),
            "agreed": ctx.t("agreed"),
        }[s.status.value]
        click.echo(ctx.t("Race {race}: {status}", race=s.race, status=status_text))
        if s.differences:
            click.echo(ctx.t("  differing fields: {fields}", fields=", ".join(s.differences)))
        if s.lines is not None:
            for number, name, value in s.lines.numbered():
                click.echo(f"  {number:>3}  {name:<16} {value}")
        for line in _relation_lines(ctx, s.relations, s.explanations):
            click.echo(line)
        for problem in s.problems():
            if problem.code != "count.not_agreed":
                click.echo("  " + ctx.render(problem))
    gate = [p for s in statuses for p in s.problems()]
    if not race:
        state = statuses[0].station_state if statuses else st.state
        if state == "COUNTED":
            click.echo(ctx.t("The station is marked counted."))
        elif not gate:
            click.echo(ctx.t("Every race is agreed and checked: the chair may mark the station counted."))


@station.command("explain")
@click.argument("db", type=_DB)
@click.option("--race", required=True, help="Race id.")
@click.option("--relation", required=True, help="Id of the failing warning relation, e.g. CR08.")
@click.option("--text", required=True, help="The explanation, as it goes into the protocol.")
@acting
@refusals
def station_explain(db, race, relation, text, officer, desk):
    """Write the explanation of a failing warning relation (after both entries agree)."""
    st = _open_station(db)
    st.explain_relation(_login(st, officer, desk), race, relation.upper(), text)
    click.echo(_ctx().t("Race {race}: the explanation of {relation} is recorded.", race=race, relation=relation.upper()))


@station.command("count-discard")
@click.argument("db", type=_DB)
@click.option("--race", required=True, help="Race id.")
@click.option("--entry", required=True, type=click.Choice(["1", "2"]), help="The entry to discard.")
@acting
@refusals
def station_count_discard(db, race, entry, officer, desk):
    """Discard entry 1 or 2 of a race before agreement (chair); it is typed again."""
    st = _open_station(db)
    st.discard_entry(_login(st, officer, desk), race, int(entry))
    click.echo(_ctx().t("Race {race}: entry {entry} discarded.", race=race, entry=entry))


@station.command("count-reopen")
@click.argument("db", type=_DB)
@click.option("--race", required=True, help="Race id.")
@acting
@refusals
def station_count_reopen(db, race, officer, desk):
    """Reopen a race's count (chair): both entries and the explanations are cleared for a recount."""
    st = _open_station(db)
    st.reopen_count(_login(st, officer, desk), race)
    click.echo(_ctx().t("Race {race}: the count is reopened; type both entries again.", race=race))


def _print_tally(st, tally, as_json: bool) -> None:
    from polling_station.domain.names import full_name
    ctx = _ctx()
    if as_json:
        _print_json({"race": tally.race.id, "found_in_box": tally.found_in_box, "invalid": tally.invalid,
                     "valid": tally.valid, "votes": tally.votes})
        return
    click.echo(ctx.t("Race {race}: {ballots} ballots tallied, {invalid} invalid, {valid} valid.",
                     race=tally.race.id, ballots=tally.found_in_box, invalid=tally.invalid, valid=tally.valid))
    votes = tally.votes
    for c in st.candidates(tally.race.id):
        click.echo(f"  {c.id:<8} {votes[c.id]:>6}  {full_name(c.surname, c.given_name, c.patronymic)}")


@station.command("tally")
@click.argument("db", type=_DB)
@click.option("--race", required=True, help="Race id.")
@click.option("--ballot", "ballots", multiple=True, metavar="MARKS",
              help='One ballot: the marked candidate ids separated by spaces ("" for a blank ballot). Repeatable.')
@click.option("--from", "from_file", type=click.File("r", encoding="utf-8"),
              help="Ballots from a file, one per line: the marked candidate ids; an empty line is a blank ballot.")
@click.option("--invalid", "declared_invalid", default=0, type=click.IntRange(min=0),
              help="Ballots the commission declared invalid for a reason their marks do not show.")
@click.option("--undo", default=0, type=click.IntRange(min=0), help="Take back the last N ballots tallied.")
@click.option("--json", "as_json", is_flag=True, help="Print the totals as JSON.")
@acting
@refusals
def station_tally(db, race, ballots, from_file, declared_invalid, undo, as_json, officer, desk):
    """Tally ballots one by one (blank and over-marked ones count as invalid); prints the totals."""
    ctx = _ctx()
    st = _open_station(db)
    session = _login(st, officer, desk)
    marked = list(ballots)
    if from_file:
        marked += [line.rstrip("\r\n") for line in from_file]
    for _ in range(undo):
        st.tally_undo(session, race)
    for marks in marked:
        _, problems = st.tally_add(session, race, marks.split())
        for problem in problems:
            click.echo(ctx.render(problem), err=True)
    for _ in range(declared_invalid):
        st.tally_add_invalid(session, race)
    _print_tally(st, st.tally(session, race), as_json)


@station.command("tally-enter")
@click.argument("db", type=_DB)
@click.option("--race", required=True, help="Race id.")
@click.option("--unused", required=True, type=click.IntRange(min=0), help="Unused, cancelled ballots (line 5).")
@click.option("--entry", required=True, type=click.Choice(["1", "2"]), help="Type the totals as entry 1 or 2.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
@acting
@refusals
def station_tally_enter(db, race, unused, entry, as_json, officer, desk):
    """Type the tally's totals as entry 1 or 2 of the race's count sheet."""
    st = _open_station(db)
    _print_view(st, st.tally_to_entry(_login(st, officer, desk), race, unused, int(entry)), as_json)


@station.command("counted")
@click.argument("db", type=_DB)
@acting
@refusals
def station_counted(db, officer, desk):
    """Mark the station counted (chair): every race agreed, no error relation failing, every
    failing warning explained."""
    st = _open_station(db)
    st.mark_counted(_login(st, officer, desk))
    click.echo(_ctx().t("The station is counted: every race is agreed and checked."))


if __name__ == "__main__":
    from polling_station.cli import main
    main()
