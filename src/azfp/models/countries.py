"""States and Azerbaijan's diplomatic relations with each of them."""

from __future__ import annotations

import datetime as _dt
from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints, model_validator

from azfp.dates import PartialDate
from azfp.models.base import Alternative, Model, Record, Sources
from azfp.models.names import FormerName, Names

__all__ = ["Country", "Embassy", "Relation", "RelationStatus"]

Alpha2 = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class Country(Record):
    """A state, identified by its ISO 3166-1 alpha-2 code.

    Attributes:
        id: the alpha-2 code, upper case ("TR").
        alpha3: the alpha-3 code ("TUR").
        numeric: the numeric code, three digits ("792").
        name: the English display name.
        names: the name in English, Azerbaijani and Russian.
        aliases: other names in use ("Turkey" for Türkiye).
        former_names: earlier names with their periods.
        wikidata: its Wikidata item id, where known.

    Examples:
        >>> import azfp
        >>> "TR" in azfp.countries or len(azfp.countries) == 0
        True
    """

    id: Alpha2
    alpha3: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    numeric: Annotated[str, StringConstraints(pattern=r"^\d{3}$")]
    name: str
    names: Names
    aliases: tuple[str, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[1-9]\d*$")] | None = None


class RelationStatus(StrEnum):
    """The state of diplomatic relations with one country."""

    ACTIVE = "active"
    NONE = "none"
    SUSPENDED = "suspended"
    SEVERED = "severed"


class Embassy(Model):
    """Whether a resident embassy exists, as of a date, with its source.

    Attributes:
        exists: True when a resident embassy exists on that date.
        as_of: the date the sources state it for.
        note: when it opened or closed, or how the state is covered instead, where sourced.
    """

    exists: bool
    as_of: PartialDate
    sources: Sources
    note: str | None = None


class Relation(Record):
    """Azerbaijan's diplomatic relations with one country (id = the country's alpha-2 code).

    Attributes:
        country: the partner's alpha-2 code (equal to the id).
        status: active, none, suspended or severed.
        established: the date diplomatic relations were established, where known.
        recognized: the date the partner recognised Azerbaijan's independence, where known.
        attested: a date by which a cited source shows relations in place (a visit, credentials,
            a dated list) when the date they were established is not known: the unknown date
            lies on or before it.
        embassy_of_azerbaijan: Azerbaijan's resident embassy in that country.
        embassy_in_baku: that country's resident embassy in Baku.
        alternatives: other dates sources give.
    """

    id: Alpha2
    country: Alpha2
    status: RelationStatus
    established: PartialDate | None = None
    recognized: PartialDate | None = None
    attested: PartialDate | None = None
    embassy_of_azerbaijan: Embassy | None = None
    embassy_in_baku: Embassy | None = None
    alternatives: tuple[Alternative[PartialDate], ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Relation:
        if self.country != self.id:
            raise ValueError(f"country {self.country!r} differs from id {self.id!r}")
        if self.attested is not None:
            if self.status != "active":
                raise ValueError(f"attested date on a relation whose status is {self.status.value}")
            if self.established is not None:
                raise ValueError("attested date on a relation whose establishment date is known")
        for alternative in self.alternatives:
            if alternative.field not in {"established", "recognized"}:
                raise ValueError(
                    f"alternative for unknown field {alternative.field!r}; "
                    "expected established or recognized"
                )
        return self

    @property
    def certain_from(self) -> _dt.date | None:
        """The first day an active relation certainly holds, or None if that is not known.

        It is the last day its establishment date may denote or, where that date is not known,
        the last day of its attested date.
        """
        known = self.established or self.attested
        if self.status != "active" or known is None:
            return None
        return known.widened()[1]
