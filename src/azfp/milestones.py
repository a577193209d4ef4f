"""Timeline events derived from the other records: every dated fact is also a point in time.

The events file holds the events that are facts of their own (independence, the conflict and
the peace process, summits). The starts of membership periods and roles, the establishment of
diplomatic relations, corridor milestones, officeholders' terms, the signature and entry into
force of agreements, and the later statements and outcomes of principles and goals are already
dated in their own records; they join the timeline here, when the events collection is built,
instead of being written twice. A derived event carries the sources and the confidence of the
record it comes from, so nothing on the timeline is unsourced, and it can never disagree with
its record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from azfp.models import (
        Agreement,
        Corridor,
        Country,
        Event,
        Membership,
        Officeholder,
        Organization,
        Outcome,
        Principle,
        Record,
        Relation,
        Restatement,
        Role,
    )

__all__ = ["derive"]

_STATUS = {
    "applicant": "applies to join",
    "observer": "becomes an observer of",
    "special-guest": "becomes a special guest of",
    "partner": "becomes a partner of",
    "dialogue-partner": "becomes a dialogue partner of",
    "signatory": "becomes a signatory of",
    "associate-member": "becomes an associate member of",
    "participating-state": "becomes a participating state of",
    "member": "becomes a member of",
    "founding-member": "becomes a founding member of",
    "suspended": "is suspended from",
    "withdrawn": "withdraws from",
}

_CORRIDOR_STEPS = (
    ("agreement_signed", "agreement signed"),
    ("construction_start", "construction begins"),
    ("opened", "first flow or first traffic"),
    ("inauguration", "official opening"),
)


def _event(record: Record, **fields: Any) -> Event:
    """An event that carries the sources and the confidence of the record it comes from."""
    from azfp.models import Event

    return Event(sources=record.sources, confidence=record.confidence, **fields)


def derive(
    organizations: Iterable[Organization],
    memberships: Iterable[Membership],
    roles: Iterable[Role],
    countries: Iterable[Country],
    relations: Iterable[Relation],
    corridors: Iterable[Corridor],
    officeholders: Iterable[Officeholder],
    agreements: Iterable[Agreement] = (),
    principles: Iterable[Principle] = (),
) -> Iterator[Event]:
    """Yield the events implied by dated records, with ids prefixed by the record's id.

    Examples:
        >>> import azfp
        >>> any(e.id == "un-member-1992-start" for e in azfp.events)
        True
    """
    from azfp.models import Event

    names = {o.id: o.name for o in organizations}
    country_names = {c.id: c.name for c in countries}
    for m in memberships:
        yield _event(
            m,
            id=f"{m.id}-start",
            date=m.start,
            title=f"Azerbaijan {_STATUS[m.status.value]} {names[m.organization]}",
            kind="membership",
            about=(m.organization,),
            note=m.basis,
        )
    for r in roles:
        yield _event(
            r,
            id=f"{r.id}-start",
            date=r.start,
            title=f"Azerbaijan: {r.role} ({names[r.organization]})",
            kind="role",
            about=(r.organization,),
            note=r.basis,
        )
    for relation in relations:
        if relation.established is None:
            continue
        yield _event(
            relation,
            id=f"relations-{relation.id.lower()}-established",
            date=relation.established,
            title=(
                "Azerbaijan and "
                f"{country_names.get(relation.id, relation.id)} establish diplomatic relations"
            ),
            kind="relations",
            about=(relation.id,),
        )
    for corridor in corridors:
        for field, what in _CORRIDOR_STEPS:
            day = getattr(corridor, field)
            if day is None:
                continue
            yield _event(
                corridor,
                id=f"{corridor.id}-{field.replace('_', '-')}",
                date=day,
                title=f"{corridor.name}: {what}",
                kind="corridor",
                about=(corridor.id, *dict.fromkeys(corridor.countries)),
            )
    for holder in officeholders:
        office = holder.office.replace("-", " ")
        acting = "acting " if holder.acting else ""
        yield _event(
            holder,
            id=f"{holder.id}-start",
            date=holder.start,
            title=f"{holder.person} takes office as {acting}{office}",
            kind="office",
            about=(holder.id,),
        )
    for agreement in agreements:
        for field, what in (("signed", "signed"), ("in_force", "enters into force")):
            day = getattr(agreement, field)
            if day is None:
                continue
            yield _event(
                agreement,
                id=f"{agreement.id}-{field.replace('_', '-')}",
                date=day,
                title=f"{agreement.title}: {what}",
                kind="agreement",
                about=(agreement.id, *agreement.parties),
            )
    for principle in principles:
        dated: list[tuple[str, Restatement | Outcome, str, str]] = [
            (
                f"statement-{n}",
                s,
                "statement",
                f"{s.stated_by} {s.effect.value} “{principle.title}”",
            )
            for n, s in enumerate(principle.statements, 1)
        ]
        dated += [
            (
                f"outcome-{n}",
                o,
                "goal",
                f"Goal “{principle.title}”: {o.status.value.replace('-', ' ')}",
            )
            for n, o in enumerate(principle.outcomes, 1)
        ]
        for suffix, item, kind, title in dated:
            yield Event(
                id=f"{principle.id}-{suffix}",
                date=item.date,
                title=title,
                kind=kind,
                about=(principle.id,),
                sources=item.sources,
                confidence=principle.confidence,
                note=item.summary,
            )
