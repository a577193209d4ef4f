"""The base classes every record type shares: immutability, provenance and confidence."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

if TYPE_CHECKING:
    from azfp.dates import PartialDate

__all__ = [
    "Alternative",
    "Citation",
    "Confidence",
    "Model",
    "Record",
    "Slug",
    "check_period",
]

#: A record id other than a country code: lower case letters, digits and single hyphens.
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]

#: Any record id: a slug or an ISO 3166-1 alpha-2 country code.
RecordId = Annotated[
    str, StringConstraints(pattern=r"^([a-z0-9]+(-[a-z0-9]+)*|[A-Z]{2})$", max_length=80)
]

T = TypeVar("T")


class Model(BaseModel):
    """An immutable value: frozen, with unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=False, defer_build=True)


class Confidence(StrEnum):
    """How far a record can be trusted.

    ``high``: an official primary source, or two independent sources agree. ``medium``: a single
    secondary source. ``low``: unresolved; the record's note says what is missing.
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Citation(Model):
    """A pointer from a fact to the source that states it.

    Attributes:
        source: the id of a :class:`~azfp.models.provenance.Source`.
        locator: where in the source (a paragraph, a section), if useful.
        excerpt: a short verbatim passage of the source (at most 200 characters).

    Examples:
        >>> Citation(source="seed", locator="paragraph 4").source
        'seed'
    """

    source: Slug
    locator: str | None = None
    excerpt: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None


Sources = Annotated[tuple[Citation, ...], Field(min_length=1)]


class Alternative(Model, Generic[T]):
    """A value for one field that another source gives, kept beside the preferred value.

    Attributes:
        field: the name of the record's field this is an alternative for.
        value: the other value.
        note: why it differs (a decision date beside a ceremony date, other endpoints, ...).
        sources: who gives it.
    """

    field: str
    value: T
    note: Annotated[str, StringConstraints(min_length=1)]
    sources: Sources


class Record(Model):
    """A fact record: an id, its sources, a confidence and an optional note.

    Attributes:
        id: the record's stable id (a slug, or a country's alpha-2 code).
        sources: every source that states the record's facts (at least one).
        confidence: how far the record can be trusted.
        note: anything a careful reader needs to know.
    """

    id: RecordId
    sources: Sources
    confidence: Confidence
    note: str | None = None


def check_period(
    start: PartialDate | None,
    end: PartialDate | None,
    alternatives: Iterable[Alternative[PartialDate]] = (),
) -> None:
    """Raise ValueError unless a half-open period ends after it starts.

    Also rejects an alternative for a field other than ``start`` or ``end``.
    """
    if start is not None and end is not None and end.latest() <= start.earliest():
        raise ValueError(f"end {end} is not after start {start}")
    for alternative in alternatives:
        if alternative.field not in {"start", "end"}:
            raise ValueError(
                f"alternative for unknown field {alternative.field!r}; expected start or end"
            )
