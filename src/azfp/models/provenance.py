"""Where facts come from: the sources the records cite."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import AnyUrl, StringConstraints

from azfp.dates import PartialDate
from azfp.models.base import Model, Slug

__all__ = ["Source", "SourceKind"]


class SourceKind(StrEnum):
    """What kind of publisher a source is; official kinds count as primary sources."""

    OFFICIAL_AZ = "official-az"
    OFFICIAL_FOREIGN = "official-foreign"
    INTERGOVERNMENTAL = "intergovernmental"
    COMPANY = "company"
    ACADEMIC = "academic"
    PRESS = "press"
    ENCYCLOPEDIC = "encyclopedic"
    SEED = "seed"

    @property
    def official(self) -> bool:
        """True for a government, an intergovernmental body, or the official seed page."""
        return self in {
            SourceKind.OFFICIAL_AZ,
            SourceKind.OFFICIAL_FOREIGN,
            SourceKind.INTERGOVERNMENTAL,
            SourceKind.SEED,
        }


class Source(Model):
    """A document that records cite: a web page, a treaty text, a report.

    Attributes:
        id: the source's slug, used by citations.
        title: the title as the document shows it.
        publisher: who publishes it.
        url: where it is (the address it was read at).
        language: the document's language (ISO 639-1 code).
        published: when it was published, where known.
        accessed: when it was read.
        kind: what kind of publisher it is.
        note: anything a reader of the source should know (an inferred title, say).

    Examples:
        >>> import azfp
        >>> azfp.sources["seed"].kind
        <SourceKind.SEED: 'seed'>
    """

    id: Slug
    title: Annotated[str, StringConstraints(min_length=1)]
    publisher: Annotated[str, StringConstraints(min_length=1)]
    url: AnyUrl
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
    published: PartialDate | None = None
    accessed: PartialDate
    kind: SourceKind
    note: str | None = None

    @property
    def name(self) -> str:
        """The title (so sources look up and display like other records)."""
        return self.title
