"""The stated policy (principles and spaces), its officeholders, its timeline and its figures."""

from __future__ import annotations

from enum import StrEnum

from pydantic import model_validator

from azfp.dates import PartialDate
from azfp.models.base import (
    Alternative,
    Confidence,
    Model,
    Record,
    Slug,
    Sources,
    check_period,
)
from azfp.models.names import Names

__all__ = [
    "Event",
    "Figure",
    "FigurePoint",
    "Officeholder",
    "Qualifier",
]


class Event(Record):
    """A dated event of the timeline.

    Attributes:
        date: when it happened (its first day, for an event that lasted several days).
        last_day: the last day of an event that lasted several days (a war, a summit).
        title: what happened, in a short neutral sentence.
        kind: the kind of event (independence, membership, role, relations, corridor,
            conflict, ceasefire, peace-process, agreement, summit, office, ...).
        about: the ids of the records it concerns (organizations, countries, corridors, ...).
        aliases: other common names of the event, each side's among them.

    Examples:
        >>> import azfp
        >>> days = azfp.events.between("1992-03-02", "1992-03-03")
        >>> "un-member-1992-start" in [e.id for e in days]
        True
    """

    id: Slug
    date: PartialDate
    last_day: PartialDate | None = None
    title: str
    kind: str
    about: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    alternatives: tuple[Alternative[PartialDate], ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Event:
        if self.last_day is not None and self.last_day.latest() < self.date.earliest():
            raise ValueError(f"last_day {self.last_day} is before date {self.date}")
        for alternative in self.alternatives:
            if alternative.field not in {"date", "last_day"}:
                raise ValueError(f"alternative for unknown field {alternative.field!r}")
        return self

    @property
    def name(self) -> str:
        """The title (so events look up and display like other records)."""
        return self.title


class Officeholder(Record):
    """One person's period in one office.

    Attributes:
        person: the person's English name.
        names: the name in English, Azerbaijani and Russian.
        office: the office (president, foreign-minister).
        acting: True for an acting officeholder.
        start: the first day in office.
        end: the first day out of office; None while in office.
    """

    id: Slug
    person: str
    names: Names | None = None
    office: str
    acting: bool = False
    start: PartialDate
    end: PartialDate | None = None
    alternatives: tuple[Alternative[PartialDate], ...] = ()

    @property
    def name(self) -> str:
        """The person's name (so officeholders look up and display like other records)."""
        return self.person

    @model_validator(mode="after")
    def _check_period(self) -> Officeholder:
        check_period(self.start, self.end, self.alternatives)
        return self


class Qualifier(StrEnum):
    """How a published figure states its number."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    ABOUT = "about"


class FigurePoint(Model):
    """One published value of a figure.

    Attributes:
        value: the number as published.
        qualifier: exact, more than, or about.
        as_of: the date the number refers to (None when the source gives no date).
        definition_note: where this source counts something slightly different.
        sources: who publishes it.
        confidence: how far the point can be trusted.
        note: anything else a reader needs.
    """

    value: float
    qualifier: Qualifier = Qualifier.EXACT
    as_of: PartialDate | None = None
    definition_note: str | None = None
    sources: Sources
    confidence: Confidence
    note: str | None = None


class Figure(Record):
    """A headline number with its definition and its history of published values.

    Attributes:
        name: what the number counts, in a few words.
        definition: exactly what is counted.
        points: the published values, oldest first (undated points last).
    """

    id: Slug
    name: str
    definition: str
    points: tuple[FigurePoint, ...]

    def latest(self) -> FigurePoint | None:
        """The most recent dated point, or None when no point is dated.

        Examples:
            >>> import azfp
            >>> azfp.figures["diplomatic-relations"].latest() is not None
            True
        """
        dated = [(p.as_of.latest(), p) for p in self.points if p.as_of is not None]
        return max(dated, key=lambda pair: pair[0])[1] if dated else None
