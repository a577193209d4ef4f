"""Text rendering for the command line: tables, field values, periods, relations, sources.

Only the command line uses this module; it reads records through the public API.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from pydantic import BaseModel

import azfp

__all__ = [
    "NOT_LISTED",
    "SINGULAR",
    "dated_lines",
    "member_list_lines",
    "period_lines",
    "relation_lines",
    "render",
    "sources_text",
    "table",
]


def table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    """Rows as a plain-text table with a header line, columns padded to their widest cell."""
    cells = [[str(c) for c in header]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def sources_text(record: Any) -> list[str]:
    """One line per citation of a record: id, title, publisher, address, and the excerpt."""
    lines = []
    for citation in record.sources:
        source = azfp.sources[citation.source]
        line = f"  [{citation.source}] {source.title} ({source.publisher}) {source.url}"
        if citation.excerpt:
            line += f'\n      "{" ".join(citation.excerpt.split())}"'
        lines.append(line)
    return lines


SINGULAR = {
    "countries": "country",
    "organizations": "organization",
    "corridors": "corridor",
    "agreements": "agreement",
    "principles": "principle",
    "spaces": "space",
    "events": "event",
    "figures": "figure",
    "officeholders": "officeholder",
    "relations": "relation",
    "roles": "role",
    "claims": "claim",
}


def relation_lines(relation: Any) -> list[str]:
    """The lines describing one diplomatic relation, with its alternatives and sources."""
    lines = [f"Diplomatic relations with Azerbaijan: {relation.status.value}"]
    if relation.established:
        lines.append(f"  established: {relation.established}")
    elif relation.attested:
        lines.append(f"  established: not known; attested by {relation.attested}")
    if relation.recognized:
        lines.append(f"  recognised Azerbaijan's independence: {relation.recognized}")
    for alternative in relation.alternatives:
        lines.append(
            f"  also given for {alternative.field}: {alternative.value} ({alternative.note})"
        )
    for field, label in (
        ("embassy_of_azerbaijan", "Azerbaijan's resident embassy there"),
        ("embassy_in_baku", "its resident embassy in Baku"),
    ):
        embassy = getattr(relation, field)
        if embassy is not None:
            cited = ", ".join(dict.fromkeys(c.source for c in embassy.sources))
            answer = "yes" if embassy.exists else "no"
            lines.append(f"  {label}: {answer} (as of {embassy.as_of}; {cited})")
    lines.append(f"  confidence: {relation.confidence.value}")
    if relation.note:
        lines.append(f"  note: {relation.note}")
    lines += ["  sources:", *("  " + line for line in sources_text(relation))]
    return lines


def period_lines(periods: Sequence[Any], what: Callable[[Any], str]) -> list[str]:
    """One line per period (start, end, what, confidence, sources), with basis and alternatives."""
    lines = []
    for period in periods:
        until = f" until {period.end}" if period.end else ""
        cited = ", ".join(dict.fromkeys(c.source for c in period.sources))
        lines.append(
            f"  {period.start}{until}: {what(period)} ({period.confidence.value}; {cited})"
        )
        if period.basis:
            lines.append(f"      basis: {period.basis}")
        for alternative in period.alternatives:
            lines.append(
                f"      also given for {alternative.field}: {alternative.value} "
                f"({alternative.note})"
            )
    return lines


NOT_LISTED = frozenset(
    {
        "id",
        "name",
        "sources",
        "note",
        "former_names",
        "alternatives",
        "statements",
        "outcomes",
        "member_lists",
        "current_sources",
    }
)


def dated_lines(items: Sequence[Any], head: Callable[[Any], str]) -> list[str]:
    """One line per dated item of a record (statements, outcomes), with its sources."""
    lines = []
    for item in items:
        cited = ", ".join(dict.fromkeys(c.source for c in item.sources))
        lines.append(f"  {item.date}: {head(item)} ({cited})")
        lines.append(f"      {item.summary}")
    return lines


def member_list_lines(space: Any) -> list[str]:
    """One line per member list of a space: organization, status, date, count and sources."""
    lines = []
    for member_list in space.member_lists:
        cited = ", ".join(dict.fromkeys(c.source for c in member_list.sources))
        as_of = f" as of {member_list.as_of}" if member_list.as_of else ""
        lines.append(
            f"  {member_list.organization} {member_list.status}s{as_of}: "
            f"{len(member_list.countries)} states ({cited})"
        )
    return lines


def render(value: Any) -> str:
    """One field's value in words: quantities with units, names per language, lists joined."""
    if isinstance(value, tuple):
        return "; ".join(render(item) for item in value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, BaseModel):
        fields = {k: getattr(value, k) for k in type(value).model_fields}
        if "share_percent" in fields:
            share = fields["share_percent"]
            return f"{fields['name']}" + (f" {share:g}%" if share is not None else "")
        if "longitude" in fields:
            return f"{fields['name']} ({fields['longitude']:g}, {fields['latitude']:g})"
        if "value" in fields and "unit" in fields:
            return str(value)
        if "exists" in fields:
            return f"{'yes' if fields['exists'] else 'no'} (as of {fields['as_of']})"
        parts = [f"{k}: {render(v)}" for k, v in fields.items() if v not in (None, ())]
        return ", ".join(parts)
    return str(value)
