"""azfp: curated, sourced, typed facts about the foreign policy of the Republic of Azerbaijan.

Importing azfp reads no data and imports neither pydantic nor ``importlib.metadata``: each
collection is read, checked and validated the first time it is used.

Examples:
    >>> import azfp
    >>> azfp.organizations.lookup("OIC").name
    'Organisation of Islamic Cooperation'
    >>> azfp.is_member("CIS", on="1992-06-01")
    False
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from azfp._meta import DATA_VERSION, __version__
from azfp.errors import AzfpError, DataIntegrityError, NotFound, Problem

if TYPE_CHECKING:
    from azfp.collection import Collection, to_frame
    from azfp.dataset import Dataset, load, validate
    from azfp.dates import PartialDate
    from azfp.exports import export
    from azfp.models import (
        Agreement,
        Claim,
        Country,
        Event,
        Figure,
        Officeholder,
        Organization,
        Principle,
        Relation,
        Source,
    )
    from azfp.quantities import Quantity
    from azfp.queries import (
        CorridorCollection,
        EventCollection,
        MembershipCollection,
        RelationCollection,
        RoleCollection,
        SpaceCollection,
    )

    sources: Collection[Source]
    organizations: Collection[Organization]
    countries: Collection[Country]
    memberships: MembershipCollection
    roles: RoleCollection
    relations: RelationCollection
    agreements: Collection[Agreement]
    corridors: CorridorCollection
    principles: Collection[Principle]
    spaces: SpaceCollection
    events: EventCollection
    figures: Collection[Figure]
    officeholders: Collection[Officeholder]
    claims: Collection[Claim]

__all__ = [
    "COLLECTIONS",
    "DATA_VERSION",
    "AzfpError",
    "DataIntegrityError",
    "Dataset",
    "NotFound",
    "PartialDate",
    "Problem",
    "Quantity",
    "__version__",
    "agreements",
    "claims",
    "corridors",
    "countries",
    "events",
    "export",
    "figures",
    "is_member",
    "load",
    "memberships",
    "officeholders",
    "organizations",
    "partners",
    "principles",
    "relations",
    "relations_count",
    "roles",
    "sources",
    "spaces",
    "timeline",
    "to_frame",
    "validate",
]

#: The names of the collections, in the order they are checked (sources first).
COLLECTIONS: tuple[str, ...] = (
    "sources",
    "organizations",
    "countries",
    "memberships",
    "roles",
    "relations",
    "agreements",
    "corridors",
    "principles",
    "spaces",
    "events",
    "figures",
    "officeholders",
    "claims",
)
_LAZY = {
    "Dataset": ("azfp.dataset", "Dataset"),
    "load": ("azfp.dataset", "load"),
    "export": ("azfp.exports", "export"),
    "to_frame": ("azfp.collection", "to_frame"),
    "validate": ("azfp.dataset", "validate"),
    "PartialDate": ("azfp.dates", "PartialDate"),
    "Quantity": ("azfp.quantities", "Quantity"),
}


def __getattr__(name: str) -> Any:
    """Resolve collections and heavy names on first use (PEP 562)."""
    if name in COLLECTIONS:
        from azfp.dataset import default

        collection = default().collection(name)
        # Later reads are plain attribute reads; the shipped data never changes in a process.
        globals()[name] = collection
        return collection
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(f"module 'azfp' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def is_member(organization: str, on: _dt.date | str | PartialDate | None = None) -> bool:
    """True when Azerbaijan is a member of an organization on a day (today if None).

    Members, founding members and OSCE participating states count; observers, partners,
    applicants and signatories do not.

    Args:
        organization: the organization's id, acronym or any name.
        on: the day (a ``datetime.date``, an ISO string or a day-precision PartialDate).

    Raises:
        NotFound: no organization matches.
        TypeError, ValueError: ``on`` is not a day.

    Examples:
        >>> import azfp
        >>> azfp.is_member("UN", on="1992-03-02")
        True
        >>> azfp.is_member("UN", on="1992-03-01")
        False
    """
    from azfp.dataset import default

    return default().memberships.is_member(organization, on=on)


def relations_count(on: _dt.date | str | PartialDate | None = None) -> int:
    """The number of states with which Azerbaijan certainly has diplomatic relations on a day.

    Counted from the relations table (today if ``on`` is None); see the docs on how this differs
    from published figures.

    Examples:
        >>> import azfp
        >>> azfp.relations_count(on="1991-01-01")
        0
    """
    from azfp.dataset import default

    return default().relations.count(on=on)


def partners(space: str, on: _dt.date | str | PartialDate | None = None) -> tuple[Relation, ...]:
    """Azerbaijan's diplomatic relations with the states of one space, by country code.

    Args:
        space: the space's id or name (``"turkic-world"``, ``"the West"``, ...).
        on: a day: only relations that certainly hold on it count (see
            :attr:`Relation.certain_from`). With None, every active relation counts, dated or
            not.

    Raises:
        NotFound: no space matches.

    Examples:
        >>> import azfp
        >>> "TR" in [r.id for r in azfp.partners("turkic-world")]
        True
    """
    from azfp.dataset import default

    return default().partners(space, on=on)


_TIMELINE_KINDS = ("organizations", "countries", "corridors", "agreements", "principles")


def timeline(entity: str) -> tuple[Event, ...]:
    """The dated events about one organization, country, corridor, agreement or principle.

    In time order; a principle's events are its later statements and, for a goal, its outcomes.

    Args:
        entity: an id, or any name the entity's collection can look up.

    Raises:
        NotFound: nothing of that name exists.

    Examples:
        >>> import azfp
        >>> isinstance(azfp.timeline("un"), tuple)
        True
    """
    from azfp.dataset import default

    dataset = default()
    if not isinstance(entity, str):
        raise TypeError(f"entity: expected a string, not {type(entity).__name__}")
    for name in _TIMELINE_KINDS:
        record = dataset.collection(name).get(entity)
        if record is not None:
            return dataset.events.about(record.id)
    misses: list[NotFound] = []
    for name in _TIMELINE_KINDS:
        try:
            record = dataset.collection(name).lookup(entity)
        except NotFound as miss:
            misses.append(miss)
            continue
        return dataset.events.about(record.id)
    suggestions = [s for miss in misses for s in miss.suggestions][:3]
    raise NotFound(entity, "organization, country, corridor, agreement or principle", suggestions)
