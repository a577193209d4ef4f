"""The ``azfp`` command line: tables for people, ``--json`` for programs.

Every command goes through the public API. Bad input prints one line on stderr and exits 2; a
data folder that fails validation exits 1.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import azfp
from azfp.errors import AzfpError, DataIntegrityError, NotFound
from azfp.render import (
    NOT_LISTED,
    SINGULAR,
    dated_lines,
    member_list_lines,
    period_lines,
    relation_lines,
    render,
    sources_text,
    table,
)

__all__ = ["main"]

_DESCRIPTION = (
    "Curated, sourced facts about the foreign policy of the Republic of Azerbaijan: "
    "organizations and memberships, relations, principles, corridors and a timeline."
)


class _UsageError(Exception):
    """Bad input from the command line: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _emit(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text())


def _day(text: str | None) -> _dt.date:
    from azfp.dates import as_date

    if text is None:
        return _dt.date.today()
    try:
        return as_date(text, "--on")
    except (TypeError, ValueError) as error:
        raise _UsageError(str(error)) from None


def _membership_rows(day: _dt.date) -> list[dict[str, Any]]:
    rows = []
    for m in azfp.memberships.active(on=day):
        organization = azfp.organizations[m.organization]
        rows.append(
            {
                "organization": m.organization,
                "acronym": organization.acronym,
                "name": organization.name,
                "status": m.status.value,
                "since": str(m.start),
                "until": str(m.end) if m.end else None,
                "sources": list(dict.fromkeys(c.source for c in m.sources)),
                "confidence": m.confidence.value,
            }
        )
    return rows


def _cmd_summary(args: argparse.Namespace) -> int:
    today = _dt.date.today()
    counts = {name: len(getattr(azfp, name)) for name in azfp.COLLECTIONS}
    active = _membership_rows(today)
    corridors = [{"id": c.id, "name": c.name, "status": c.status.value} for c in azfp.corridors]
    data = {
        "version": azfp.__version__,
        "data_version": azfp.DATA_VERSION,
        "records": counts,
        "memberships_active": {"on": today.isoformat(), "periods": active},
        "corridors": corridors,
    }

    def text() -> str:
        parts = [
            f"azfp {azfp.__version__}, data {azfp.DATA_VERSION}",
            "",
            table(sorted(counts.items()), ["collection", "records"]),
            "",
            f"Status in organizations on {today.isoformat()}:",
            table(
                [
                    (r["acronym"] or r["organization"], r["name"], r["status"], r["since"])
                    for r in active
                ],
                ["org", "name", "status", "since"],
            ),
        ]
        if corridors:
            parts += [
                "",
                "Corridors:",
                table(
                    [(c["id"], c["name"], c["status"]) for c in corridors], ["id", "name", "status"]
                ),
            ]
        else:
            parts += ["", "Corridors: none recorded in this data release yet."]
        return "\n".join(parts)

    _emit(args, data, text)
    return 0


def _cmd_memberships(args: argparse.Namespace) -> int:
    day = _day(args.on)
    rows = _membership_rows(day)

    def text() -> str:
        if not rows:
            return f"No status in any organization is recorded for {day.isoformat()}."
        body = table(
            [
                (
                    r["acronym"] or r["organization"],
                    r["status"],
                    r["since"],
                    r["until"] or "",
                    ", ".join(r["sources"][:2]),
                )
                for r in rows
            ],
            ["org", "status", "since", "until", "sources"],
        )
        return f"Azerbaijan in international organizations on {day.isoformat()}:\n{body}"

    _emit(args, {"on": day.isoformat(), "periods": rows}, text)
    return 0


def _cmd_roles(args: argparse.Namespace) -> int:
    day = None if args.on is None else _day(args.on)
    periods = azfp.roles.active(on=day) if day else tuple(azfp.roles)
    rows = [
        {
            "organization": r.organization,
            "role": r.role,
            "kind": r.kind.value,
            "since": str(r.start),
            "until": str(r.end) if r.end else None,
            "sources": list(dict.fromkeys(c.source for c in r.sources)),
        }
        for r in sorted(periods, key=lambda r: (r.start.earliest(), r.id))
    ]

    def text() -> str:
        when = f"on {day.isoformat()}" if day else "since 1991"
        if not rows:
            return f"No role is recorded {when}."
        body = table(
            [(r["organization"], r["role"], r["since"], r["until"] or "") for r in rows],
            ["org", "role", "since", "until"],
        )
        return f"Roles held by Azerbaijan {when}:\n{body}"

    _emit(args, {"on": day.isoformat() if day else None, "roles": rows}, text)
    return 0


def _cmd_timeline(args: argparse.Namespace) -> int:
    start = _day(args.start) if args.start else _dt.date(1900, 1, 1)
    end = _day(args.end) if args.end else _dt.date.today() + _dt.timedelta(days=1)
    if end < start:
        raise _UsageError(f"--to: {end} is before --from {start}")
    events = azfp.events.between(start, end)
    if args.about:
        about = {e.id for e in azfp.timeline(args.about)}
        events = tuple(e for e in events if e.id in about)
    rows = [
        {
            "date": str(e.date),
            "last_day": str(e.last_day) if e.last_day else None,
            "title": e.title,
            "kind": e.kind,
            "id": e.id,
            "sources": list(dict.fromkeys(c.source for c in e.sources)),
        }
        for e in events
    ]

    def text() -> str:
        if not rows:
            return "No event is recorded in that range."
        return table(
            [
                (f"{e.date}/{e.last_day}" if e.last_day else str(e.date), e.kind, e.title)
                for e in events
            ],
            ["date", "kind", "event"],
        )

    _emit(args, rows, text)
    return 0


def _find(text: str) -> tuple[str, Any]:
    misses: list[NotFound] = []
    for name in azfp.COLLECTIONS:
        if name in {"memberships", "sources"}:
            continue
        collection = getattr(azfp, name)
        try:
            return name, collection.lookup(text)
        except NotFound as miss:
            misses.append(miss)
    suggestions = [s for miss in misses for s in miss.suggestions][:3]
    raise NotFound(text, "azfp", suggestions)


def _doctrine_lines(record: Any) -> list[str]:
    lines: list[str] = []
    if getattr(record, "statements", ()):
        lines += ["", "Later statements:"]
        lines += dated_lines(record.statements, lambda s: f"{s.stated_by} ({s.effect.value})")
    if getattr(record, "outcomes", ()):
        lines += ["", "Outcomes:", *dated_lines(record.outcomes, lambda o: o.status.value)]
    if getattr(record, "member_lists", ()):
        lines += ["", "Member lists:", *member_list_lines(record)]
    if getattr(record, "current_sources", ()):
        cited = ", ".join(dict.fromkeys(c.source for c in record.current_sources))
        lines += [f"  current sources: {cited}"]
    return lines


def _cmd_show(args: argparse.Namespace) -> int:
    kind, record = _find(args.text)
    data: dict[str, Any] = {"kind": kind, "record": record.model_dump(mode="json")}
    history: list[Any] = []
    roles: list[Any] = []
    relation = azfp.relations.get(record.id) if kind == "countries" else None
    agreements: list[Any] = []
    spaces: list[Any] = []
    if relation is not None:
        data["relation"] = relation.model_dump(mode="json")
    if kind == "countries":
        agreements = sorted(
            (a for a in azfp.agreements if record.id in a.parties),
            key=lambda a: (a.signed is None, a.signed.earliest() if a.signed else None, a.id),
        )
        spaces = list(azfp.spaces.of(record.id))
        data["agreements"] = [a.model_dump(mode="json") for a in agreements]
        data["spaces"] = [s.id for s in spaces]
    if kind == "organizations":
        history = list(azfp.memberships.of(record.id))
        roles = list(azfp.roles.of(record.id))
        data["memberships"] = [m.model_dump(mode="json") for m in history]
        data["roles"] = [r.model_dump(mode="json") for r in roles]

    def text() -> str:
        lines = [f"{getattr(record, 'name', record.id)}  ({SINGULAR.get(kind, kind)} {record.id})"]
        for key in type(record).model_fields:
            value = getattr(record, key)
            if key in NOT_LISTED or value is None or value == ():
                continue
            lines.append(f"  {key.replace('_', ' ')}: {render(value)}")
        for alternative in getattr(record, "alternatives", ()):
            lines.append(
                f"  also given for {alternative.field}: {render(alternative.value)} "
                f"({alternative.note})"
            )
        for former in getattr(record, "former_names", ()):
            until = f" until {former.end}" if former.end else ""
            lines.append(
                f"  former name: {former.name}"
                + (f" ({former.acronym})" if former.acronym else "")
                + until
            )
        if getattr(record, "note", None):
            lines.append(f"  note: {record.note}")
        if history:
            lines += ["", "History:", *period_lines(history, lambda m: m.status.value)]
        if roles:
            lines += ["", "Roles:", *period_lines(roles, lambda r: r.role)]
        if relation is not None:
            lines += ["", *relation_lines(relation)]
        if agreements:
            lines += ["", "Agreements:"]
            lines += [f"  {a.signed or 'undated'}: {a.title} ({a.kind})" for a in agreements]
        if spaces:
            lines += ["", "Spaces: " + ", ".join(s.name for s in spaces)]
        lines += _doctrine_lines(record)
        lines += ["", "Sources:", *sources_text(record)]
        return "\n".join(lines)

    _emit(args, data, text)
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    found = []
    # Sources last: a search is usually for a thing, not for a page about it.
    for name in sorted(azfp.COLLECTIONS, key=lambda name: name == "sources"):
        for record in getattr(azfp, name).search(args.text, limit=args.limit):
            found.append(
                {
                    "collection": name,
                    "id": record.id,
                    "name": str(getattr(record, "name", record.id)),
                }
            )

    def text() -> str:
        if not found:
            return f"Nothing matches {args.text!r}."
        return table(
            [(f["collection"], f["id"], f["name"]) for f in found], ["collection", "id", "name"]
        )

    _emit(args, found, text)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    written = azfp.export(args.directory, args.format)
    if args.json:
        print(json.dumps([str(p) for p in written], ensure_ascii=False, indent=2))
    else:
        print(f"wrote {len(written)} file{'s' if len(written) != 1 else ''} to {args.directory}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    problems = azfp.validate(args.path)
    where = args.path or "the shipped data"
    if args.json:
        print(
            json.dumps(
                {"path": where, "problems": [str(p) for p in problems]},
                ensure_ascii=False,
                indent=2,
            )
        )
    elif problems:
        print(f"{where}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
        for problem in problems:
            print(f"  {problem}")
    else:
        print(f"{where}: all checks passed")
    return 1 if problems else 0


def _parser() -> _Parser:
    parser = _Parser(prog="azfp", description=_DESCRIPTION)
    parser.add_argument(
        "--version",
        action="version",
        version=f"azfp {azfp.__version__} (data {azfp.DATA_VERSION})",
        help="print the code and data versions",
    )
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", help="print JSON for programs")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    summary = commands.add_parser("summary", parents=[common], help="what the data holds (default)")
    summary.set_defaults(run=_cmd_summary)
    show = commands.add_parser(
        "show", parents=[common], help="one record with its history and sources"
    )
    show.add_argument("text", help="an id, code, acronym or name")
    show.set_defaults(run=_cmd_show)
    search = commands.add_parser("search", parents=[common], help="records whose names come close")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=5, help="matches per collection (default 5)")
    search.set_defaults(run=_cmd_search)
    memberships = commands.add_parser(
        "memberships", parents=[common], help="status in organizations on a day"
    )
    memberships.add_argument("--on", metavar="DATE", help="YYYY-MM-DD (default: today)")
    memberships.set_defaults(run=_cmd_memberships)
    timeline = commands.add_parser("timeline", parents=[common], help="dated events, in order")
    timeline.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    timeline.add_argument(
        "--to", dest="end", metavar="DATE", help="day after the last (YYYY-MM-DD)"
    )
    timeline.add_argument("--about", metavar="TEXT", help="only events about this record")
    timeline.set_defaults(run=_cmd_timeline)
    roles = commands.add_parser(
        "roles", parents=[common], help="seats, chairmanships, presidencies and hostings"
    )
    roles.add_argument("--on", metavar="DATE", help="YYYY-MM-DD (default: every role)")
    roles.set_defaults(run=_cmd_roles)
    export = commands.add_parser("export", parents=[common], help="write the data to files")
    export.add_argument("directory", help="the folder to write to (created if missing)")
    export.add_argument(
        "--format",
        default="json",
        choices=["json", "csv", "datapackage", "geojson", "schema"],
        help="file format (default: json)",
    )
    export.set_defaults(run=_cmd_export)
    validate = commands.add_parser(
        "validate", parents=[common], help="check a data folder; exit 1 on any problem"
    )
    validate.add_argument("path", nargs="?", help="a data folder (default: the shipped data)")
    validate.set_defaults(run=_cmd_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Examples:
        >>> main(["validate"])
        the shipped data: all checks passed
        0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["summary", *(argv or [])])
        if getattr(args, "command", None) == "search" and args.limit < 1:
            raise _UsageError(f"--limit: expected at least 1, not {args.limit}")
        return int(args.run(args))
    except _UsageError as error:
        _complain(f"error: {error}")
        return 2
    except NotFound as error:
        _complain(str(error))
        return 2
    except DataIntegrityError as error:
        _complain(f"damaged data: {error}")
        return 1
    except AzfpError as error:  # pragma: no cover - every AzfpError is one of the above
        _complain(str(error))
        return 1
    except OSError as error:
        _complain(f"cannot use {error.filename!r}: {error.strerror}")
        return 1


_CONTROL = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")


def _complain(message: str) -> None:
    """Print one line on stderr: control characters from the input are shown escaped."""
    line = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), message)
    print(f"azfp: {line}", file=sys.stderr)
