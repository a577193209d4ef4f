"""Collections with the helpers of their kind.

Periods "as of" a day, corridors through a country, events between two days, relations
established between two days, relations with the states of a space, the spaces of a state.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from azfp.collection import Collection
from azfp.dates import PartialDate, as_date

if TYPE_CHECKING:
    from azfp.models import Corridor, Event, Membership, Relation, Role, Space

__all__ = [
    "CorridorCollection",
    "EventCollection",
    "MembershipCollection",
    "PeriodCollection",
    "RelationCollection",
    "RoleCollection",
    "SpaceCollection",
]

# Record classes are named as strings so that importing this module builds none of them.
P = TypeVar("P", "Membership", "Role")

#: Turns an organization's id, acronym or name into its id (raises NotFound).
Resolver = Callable[[str], str]


def _today() -> _dt.date:
    return _dt.date.today()


def _period_order(record: Membership | Role) -> tuple[_dt.date, _dt.date, str]:
    return (record.start.earliest(), record.start.latest(), record.id)


class PeriodCollection(Collection[P]):
    """Dated periods of one organization each (memberships or roles), with "as of" helpers."""

    __slots__ = ("_bounds", "_resolve")

    _resolve: Resolver
    _bounds: tuple[tuple[_dt.date, _dt.date, _dt.date, _dt.date, P], ...] | None

    def __init__(self, records: Iterable[P], name: str, resolve: Resolver) -> None:
        super().__init__(records, name)  # type: ignore[arg-type]  # mypy and constrained TypeVars
        self._set("_resolve", resolve)
        self._set("_bounds", None)

    def _period_bounds(self) -> tuple[tuple[_dt.date, _dt.date, _dt.date, _dt.date, P], ...]:
        # Each period as (surely from, possibly from, surely until, possibly until, record), in
        # the order active() returns them, computed once: active() then only compares dates.
        bounds = self._bounds
        if bounds is None:
            rows = []
            for p in sorted(self, key=lambda p: (p.organization, *_period_order(p))):
                start_low, start_high = p.start.widened()
                end_low, end_high = p.end.widened() if p.end else (_dt.date.max, _dt.date.max)
                rows.append((start_high, start_low, end_low, end_high, p))
            bounds = tuple(rows)
            self._set("_bounds", bounds)
        return bounds

    def _reset(self) -> None:
        self._set("_bounds", None)

    def of(self, organization: str) -> tuple[P, ...]:
        """All periods for one organization, in time order.

        Args:
            organization: the organization's id, acronym or any name.

        Raises:
            NotFound: no organization matches.
            TypeError: the argument is not a string.

        Examples:
            >>> import azfp
            >>> [m.status.value for m in azfp.memberships.of("CIS")][:1]
            ['signatory']
        """
        organization_id = self._resolve(organization)
        return tuple(
            sorted((p for p in self if p.organization == organization_id), key=_period_order)
        )

    def active(
        self, on: _dt.date | str | PartialDate | None = None, *, include_uncertain: bool = False
    ) -> tuple[P, ...]:
        """The periods that hold on one day, by organization and start.

        Args:
            on: the day (a ``datetime.date``, an ISO string or a day-precision PartialDate);
                today if None.
            include_uncertain: also return periods whose partial or qualified dates make it
                possible, but not certain, that they hold on that day.

        Raises:
            TypeError: ``on`` is of another type.
            ValueError: ``on`` is not a single day.

        Examples:
            >>> import azfp
            >>> {"un", "cis"} <= {m.organization for m in azfp.memberships.active(on="1995-01-01")}
            True
        """
        day = _today() if on is None else as_date(on, "on")
        if not isinstance(include_uncertain, bool):
            raise TypeError(
                f"include_uncertain: expected True or False, not {type(include_uncertain).__name__}"
            )
        bounds = self._period_bounds()
        if include_uncertain:
            return tuple(p for _, low, _, high, p in bounds if low <= day < high)
        return tuple(p for high, _, low, _, p in bounds if high <= day < low)


class MembershipCollection(PeriodCollection["Membership"]):
    """Azerbaijan's status periods in organizations (``azfp.memberships``)."""

    __slots__ = ()

    def is_member(self, organization: str, on: _dt.date | str | PartialDate | None = None) -> bool:
        """True when Azerbaijan is a member (or founding member, or participating state) on a day.

        Examples:
            >>> import azfp
            >>> azfp.memberships.is_member("CIS", on="1992-06-01")
            False
        """
        organization_id = self._resolve(organization)
        return any(
            m.organization == organization_id and m.status.is_membership for m in self.active(on=on)
        )


class RoleCollection(PeriodCollection["Role"]):
    """Elected seats, chairmanships, presidencies and hostings (``azfp.roles``)."""

    __slots__ = ()


class RelationCollection(Collection["Relation"]):
    """Diplomatic relations, one record per country (``azfp.relations``)."""

    __slots__ = ("_sure_days",)

    _sure_days: tuple[_dt.date, ...] | None

    def __init__(self, records: Iterable[Relation], name: str) -> None:
        super().__init__(records, name)
        self._set("_sure_days", None)

    def _reset(self) -> None:
        self._set("_sure_days", None)

    def established_between(
        self, start: _dt.date | str | PartialDate, end: _dt.date | str | PartialDate
    ) -> tuple[Relation, ...]:
        """Relations established on a day in [start, end), by date.

        Only relations whose establishment date certainly falls in the range are returned.

        Examples:
            >>> import azfp
            >>> isinstance(azfp.relations.established_between("1991-01-01", "1993-01-01"), tuple)
            True
        """
        low, high = as_date(start, "start"), as_date(end, "end")
        found = [
            r
            for r in self
            if r.established is not None
            and low <= r.established.widened()[0]
            and r.established.widened()[1] < high
        ]
        return tuple(sorted(found, key=lambda r: (r.established or PartialDate("0001"), r.id)))

    def count(self, on: _dt.date | str | PartialDate | None = None) -> int:
        """The number of states with which relations certainly exist on a day (today if None).

        A relation counts from its :attr:`~azfp.models.Relation.certain_from` day: the last day
        of its establishment date or, where that date is not known, of its attested date.

        Examples:
            >>> import azfp
            >>> azfp.relations.count(on="1990-01-01")
            0
        """
        day = _today() if on is None else as_date(on, "on")
        days = self._sure_days
        if days is None:
            # The first day each active relation certainly holds, sorted: a count is a bisection.
            days = tuple(sorted(first for r in self if (first := r.certain_from) is not None))
            self._set("_sure_days", days)
        return bisect.bisect_right(days, day)

    def bounds(self, on: _dt.date | str | PartialDate | None = None) -> tuple[int, int]:
        """The fewest and the most states with which relations may exist on a day.

        The first number is :meth:`count`; the second adds the active relations whose date
        may fall on or before the day and those whose date is not known. A published count
        that the table agrees with lies between the two.

        Examples:
            >>> import azfp
            >>> low, high = azfp.relations.bounds(on="2000-01-01")
            >>> low <= high
            True
        """
        day = _today() if on is None else as_date(on, "on")
        possible = sum(
            1
            for r in self
            if r.status == "active" and (r.established is None or r.established.widened()[0] <= day)
        )
        return self.count(on=day), possible

    def among(
        self, countries: Iterable[str], on: _dt.date | str | PartialDate | None = None
    ) -> tuple[Relation, ...]:
        """The relations with some states that hold on a day, by country code.

        With ``on=None`` every active relation counts; with a day, only those whose
        establishment (or, undated, attested) date is certainly on or before it.

        Examples:
            >>> import azfp
            >>> [r.id for r in azfp.relations.among(["TR", "AM"])]
            ['TR']
        """
        if isinstance(countries, str) or not isinstance(countries, Iterable):
            raise TypeError("countries: expected several country codes, not one string")
        codes = list(countries)
        if not all(isinstance(code, str) for code in codes):
            raise TypeError("countries: expected country codes as strings")
        day = None if on is None else as_date(on, "on")
        found = []
        for code in sorted(set(codes)):
            relation = self.get(code)
            if relation is None or relation.status != "active":
                continue
            if day is not None and ((sure := relation.certain_from) is None or sure > day):
                continue
            found.append(relation)
        return tuple(found)


class CorridorCollection(Collection["Corridor"]):
    """Corridors, pipelines, railways, ports, cables and fields (``azfp.corridors``)."""

    __slots__ = ()

    def through(self, country: str) -> tuple[Corridor, ...]:
        """The corridors whose route passes through a country (its alpha-2 code).

        Raises:
            TypeError: the argument is not a string.

        Examples:
            >>> import azfp
            >>> isinstance(azfp.corridors.through("GE"), tuple)
            True
        """
        if not isinstance(country, str):
            raise TypeError(f"country: expected a string, not {type(country).__name__}")
        code = country.strip().upper()
        return tuple(c for c in self if code in c.countries)


class EventCollection(Collection["Event"]):
    """The dated timeline (``azfp.events``)."""

    __slots__ = ()

    def between(
        self, start: _dt.date | str | PartialDate, end: _dt.date | str | PartialDate
    ) -> tuple[Event, ...]:
        """Events whose date may fall in [start, end), in time order.

        Examples:
            >>> import azfp
            >>> isinstance(azfp.events.between("1991-01-01", "2000-01-01"), tuple)
            True
        """
        low, high = as_date(start, "start"), as_date(end, "end")
        if high < low:
            raise ValueError(f"end: {high} is before start {low}")
        found = [e for e in self if e.date.latest() >= low and e.date.earliest() < high]
        return tuple(sorted(found, key=lambda e: (e.date.earliest(), e.id)))

    def about(self, record_id: str) -> tuple[Event, ...]:
        """Events that concern one record (by its exact id), in time order."""
        found = [e for e in self if record_id in e.about]
        return tuple(sorted(found, key=lambda e: (e.date.earliest(), e.id)))


class SpaceCollection(Collection["Space"]):
    """The spaces the stated policy names (``azfp.spaces``)."""

    __slots__ = ()

    def of(self, country: str) -> tuple[Space, ...]:
        """The spaces a state belongs to (its alpha-2 code), by id.

        Raises:
            TypeError: the argument is not a string.

        Examples:
            >>> import azfp
            >>> isinstance(azfp.spaces.of("TR"), tuple)
            True
        """
        if not isinstance(country, str):
            raise TypeError(f"country: expected a string, not {type(country).__name__}")
        code = country.strip().upper()
        return tuple(s for s in self if code in s.countries)
