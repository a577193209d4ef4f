"""International organizations, Azerbaijan's status periods in them, and the roles it held."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints, model_validator

from azfp.dates import PartialDate
from azfp.models.base import Alternative, Record, Slug, check_period
from azfp.models.names import Acronyms, FormerName, Names

__all__ = ["Membership", "MembershipStatus", "Organization", "OrganizationKind", "Role"]


class OrganizationKind(StrEnum):
    """What kind of body an organization is."""

    INTERGOVERNMENTAL_ORGANIZATION = "intergovernmental-organization"
    SPECIALIZED_AGENCY = "specialized-agency"
    SUPRANATIONAL_UNION = "supranational-union"
    PARTNERSHIP = "partnership"
    MOVEMENT = "movement"
    FORUM = "forum"
    COALITION = "coalition"
    FINANCIAL_INSTITUTION = "financial-institution"


class Organization(Record):
    """An international organization, forum or format Azerbaijan belongs to or works with.

    Attributes:
        name: the English display name.
        acronym: the usual English acronym, if any.
        names: the name in English, Azerbaijani and Russian.
        acronyms: acronyms per language.
        aliases: other names in use.
        former_names: earlier names with their periods.
        kind: what kind of body it is.
        founded: when it was founded (the founding document's date or its entry into force; the
            note says which where it matters).
        headquarters: the city of its seat.
        wikidata: its Wikidata item id, where known.

    Examples:
        >>> import azfp
        >>> azfp.organizations.lookup("Türk Dövlətləri Təşkilatı").acronym
        'OTS'
    """

    id: Slug
    name: str
    acronym: str | None = None
    names: Names
    acronyms: Acronyms = Acronyms()
    aliases: tuple[str, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    kind: OrganizationKind
    founded: PartialDate | None = None
    headquarters: str | None = None
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[1-9]\d*$")] | None = None

    @model_validator(mode="after")
    def _name_is_english_name(self) -> Organization:
        if self.name != self.names.en:
            raise ValueError(f"name {self.name!r} differs from names.en {self.names.en!r}")
        return self


class MembershipStatus(StrEnum):
    """Azerbaijan's standing in an organization during one period."""

    APPLICANT = "applicant"
    OBSERVER = "observer"
    SPECIAL_GUEST = "special-guest"
    PARTNER = "partner"
    DIALOGUE_PARTNER = "dialogue-partner"
    SIGNATORY = "signatory"
    ASSOCIATE_MEMBER = "associate-member"
    PARTICIPATING_STATE = "participating-state"
    MEMBER = "member"
    FOUNDING_MEMBER = "founding-member"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"

    @property
    def is_membership(self) -> bool:
        """True for full membership: member, founding member, or OSCE participating state."""
        return self in {
            MembershipStatus.MEMBER,
            MembershipStatus.FOUNDING_MEMBER,
            MembershipStatus.PARTICIPATING_STATE,
        }


class Membership(Record):
    """One period of one status of Azerbaijan in one organization.

    Periods are half-open: the status holds from ``start`` up to, not including, ``end``.

    Attributes:
        organization: the organization's id.
        status: the status during the period.
        start: the first day the status holds.
        end: the first day it no longer holds; None while it still holds.
        basis: what the start date is (an admission decision, a signature, a deposit of an
            instrument, a ceremony), since these are different dates.
        alternatives: other dates that sources give for ``start`` or ``end``.

    Examples:
        >>> import azfp
        >>> [m.status.value for m in azfp.memberships.of("UN")]
        ['applicant', 'member']
    """

    id: Slug
    organization: Slug
    status: MembershipStatus
    start: PartialDate
    end: PartialDate | None = None
    basis: str | None = None
    alternatives: tuple[Alternative[PartialDate], ...] = ()

    @model_validator(mode="after")
    def _check_period(self) -> Membership:
        check_period(self.start, self.end, self.alternatives)
        return self


class RoleKind(StrEnum):
    """What kind of role Azerbaijan held in an organization."""

    ELECTED_SEAT = "elected-seat"
    CHAIRMANSHIP = "chairmanship"
    PRESIDENCY = "presidency"
    HOSTING = "hosting"


class Role(Record):
    """An elected seat, a chairmanship, a presidency or a hosting Azerbaijan held.

    Attributes:
        organization: the organization (or the conference's organization) concerned.
        role: what the role was, in words.
        kind: elected seat, chairmanship, presidency or hosting.
        start: the first day it held.
        end: the first day it no longer held; None while it holds.
        basis: what the dates are (a term of office, a summit at which a chairmanship passed).

    Examples:
        >>> import azfp
        >>> isinstance(len(azfp.roles), int)
        True
    """

    id: Slug
    organization: Slug
    role: str
    kind: RoleKind
    start: PartialDate
    end: PartialDate | None = None
    basis: str | None = None
    alternatives: tuple[Alternative[PartialDate], ...] = ()

    @model_validator(mode="after")
    def _check_period(self) -> Role:
        check_period(self.start, self.end, self.alternatives)
        return self
