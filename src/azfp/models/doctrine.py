"""The stated policy: principles, goals, spaces and the seed page's claims.

Principles and goals carry their later statements and outcomes; claims stand beside the current
state of affairs.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import model_validator

from azfp.dates import PartialDate
from azfp.models.base import Model, Record, Slug, Sources
from azfp.models.names import Names

__all__ = [
    "Claim",
    "MemberList",
    "Outcome",
    "OutcomeStatus",
    "Principle",
    "Restatement",
    "Space",
    "StatementEffect",
]


class StatementEffect(StrEnum):
    """What a later statement does to a principle or goal."""

    RESTATES = "restates"
    CHANGES = "changes"


class Restatement(Model):
    """A later, dated statement of a principle or goal by whoever makes it.

    Attributes:
        date: when it was stated.
        stated_by: who states it (for example "President Ilham Aliyev").
        effect: whether it restates the principle or changes it.
        summary: what it says, in the library's own words.
    """

    date: PartialDate
    stated_by: str
    effect: StatementEffect
    summary: str
    sources: Sources


class OutcomeStatus(StrEnum):
    """What became of a goal."""

    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly-achieved"
    OVERTAKEN = "overtaken"


class Outcome(Model):
    """A dated step in what became of a goal, attributed to whoever states it.

    Attributes:
        date: when it happened.
        status: achieved, partly achieved or overtaken.
        summary: what happened, in the library's own words, with any claim attributed.
    """

    date: PartialDate
    status: OutcomeStatus
    summary: str
    sources: Sources


class Principle(Record):
    """A principle, goal or stance of the stated foreign policy, attributed to who states it.

    Attributes:
        title: a short English title.
        kind: principle, goal or stance.
        statement: the principle in the library's own words.
        stated_by: who states it (for example "Government of Azerbaijan").
        statements: later dated statements that restate or change it, oldest first.
        outcomes: for a goal, the dated steps in what became of it, oldest first.
    """

    id: Slug
    title: str
    kind: str
    statement: str
    stated_by: str
    statements: tuple[Restatement, ...] = ()
    outcomes: tuple[Outcome, ...] = ()

    @model_validator(mode="after")
    def _check_order(self) -> Principle:
        for label, items in (("statements", self.statements), ("outcomes", self.outcomes)):
            dates = [item.date for item in items]
            if dates != sorted(dates):
                raise ValueError(f"{label} are not in date order")
        return self

    @property
    def name(self) -> str:
        """The title (so principles look up and display like other records)."""
        return self.title

    @property
    def status(self) -> OutcomeStatus | None:
        """The status of the latest outcome (None while nothing is recorded)."""
        return self.outcomes[-1].status if self.outcomes else None


class MemberList(Model):
    """The states an organization lists as members (or observers) on a date.

    Attributes:
        organization: the organization's id.
        status: member or observer.
        countries: the alpha-2 codes of the states listed.
        as_of: the date of the list, where the source gives one.
    """

    organization: Slug
    status: str
    countries: tuple[str, ...]
    as_of: PartialDate | None = None
    sources: Sources
    note: str | None = None


class Space(Record):
    """One of the political, economic and cultural spaces the stated policy names.

    Attributes:
        name: the English display name.
        criterion: how membership of the space is defined.
        countries: the alpha-2 codes of its countries (the members on its member lists).
        organizations: the ids of the organizations that define it.
        member_lists: the sourced member lists the countries come from.
    """

    id: Slug
    name: str
    names: Names | None = None
    criterion: str
    countries: tuple[str, ...] = ()
    organizations: tuple[Slug, ...] = ()
    member_lists: tuple[MemberList, ...] = ()

    @model_validator(mode="after")
    def _check_members(self) -> Space:
        if not self.member_lists:
            return self
        listed = {
            code
            for member_list in self.member_lists
            if member_list.status == "member" and member_list.organization in self.organizations
            for code in member_list.countries
        }
        if set(self.countries) != listed:
            missing = sorted(listed - set(self.countries))
            extra = sorted(set(self.countries) - listed)
            raise ValueError(
                f"countries differ from the member lists: missing {missing}, not listed {extra}"
            )
        return self


class Claim(Record):
    """A statement of the seed page beside what later sources say (its ``sources`` cite the seed).

    Attributes:
        title: a short English title.
        claim: what the seed states, in the library's own words.
        as_of: the date the claim refers to, where it can be told (the seed page is undated).
        current: the state of affairs in the latest sources, in the library's own words.
        current_as_of: the date of that state of affairs.
        current_sources: who states it.
        changed: True when later facts differ from the claim.
        about: the ids of the records it concerns.
    """

    id: Slug
    title: str
    claim: str
    as_of: PartialDate | None = None
    current: str
    current_as_of: PartialDate
    current_sources: Sources
    changed: bool
    about: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The title (so claims look up and display like other records)."""
        return self.title
