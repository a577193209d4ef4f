"""Political documents (agreements) and the corridors and projects they concern."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from azfp.dates import PartialDate
from azfp.models.base import Alternative, Model, Record, Slug
from azfp.models.names import Names
from azfp.quantities import Quantity

__all__ = [
    "Agreement",
    "Axis",
    "CapacityBasis",
    "Corridor",
    "CorridorKind",
    "CorridorStatus",
    "Shareholder",
    "Waypoint",
]


class Agreement(Record):
    """A bilateral or multilateral political document Azerbaijan is party to.

    Attributes:
        title: the document's English title.
        kind: what it is (strategic partnership declaration, alliance declaration, treaty, ...).
        parties: the ids of the countries and organizations party to it (besides Azerbaijan).
        signed: the date of signature.
        in_force: the date of entry into force, where it differs and is known.
    """

    id: Slug
    title: str
    kind: str
    parties: tuple[str, ...]
    signed: PartialDate | None = None
    in_force: PartialDate | None = None
    alternatives: tuple[Alternative[PartialDate], ...] = ()

    @property
    def name(self) -> str:
        """The title (so agreements look up and display like other records)."""
        return self.title


class CorridorKind(StrEnum):
    """What kind of corridor or project a record is."""

    OIL_PIPELINE = "oil-pipeline"
    GAS_PIPELINE = "gas-pipeline"
    RAILWAY = "railway"
    ROAD = "road"
    MULTIMODAL_ROUTE = "multimodal-route"
    POWER_CABLE = "power-cable"
    PORT = "port"
    FIELD = "field"
    PRODUCTION_SHARING_AGREEMENT = "production-sharing-agreement"


class Axis(StrEnum):
    """The direction a corridor runs in."""

    EAST_WEST = "east-west"
    NORTH_SOUTH = "north-south"


class CorridorStatus(StrEnum):
    """How far a corridor or project has come."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    UNDER_CONSTRUCTION = "under-construction"
    OPERATIONAL = "operational"
    SUSPENDED = "suspended"
    DECOMMISSIONED = "decommissioned"


class Waypoint(Model):
    """A point of a route, coarse enough for a map (a town near the node, two decimals).

    Attributes:
        name: the place the point stands for.
        country: the alpha-2 code of the country it lies in.
        longitude: degrees east, -180 to 180.
        latitude: degrees north, -90 to 90.
    """

    name: str
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = None
    longitude: Annotated[float, Field(ge=-180, le=180)]
    latitude: Annotated[float, Field(ge=-90, le=90)]


class Shareholder(Model):
    """A holder of a stake in a corridor's company or contract."""

    name: str
    share_percent: Annotated[float, Field(gt=0, le=100)] | None = None


class CapacityBasis(StrEnum):
    """What a capacity figure describes."""

    DESIGN = "design"
    CURRENT = "current"
    EXPANDED = "expanded"


class Corridor(Record):
    """A transport or energy corridor, pipeline, railway, port, cable, field or contract.

    Attributes:
        name: the English display name.
        names: the name in English, Azerbaijani and Russian, where sourced.
        aliases: other names and acronyms (BTC, TANAP, Middle Corridor, ...).
        kind: what it is.
        axis: east-west or north-south, where it has one.
        countries: the alpha-2 codes of the countries on its route, in route order.
        endpoints: the names of its two ends (or its site, for a port or a field).
        length: its length, where it has one.
        capacity: its capacity; ``capacity_basis`` says whether design, current or expanded.
        throughput: what it actually carried or produced in a period (``throughput_as_of``).
        status: how far it has come.
        agreement_signed: the date its founding agreement was signed.
        construction_start: the date construction began.
        opened: the date it first carried traffic or flow (first oil, first gas, first train).
        inauguration: the date of its official opening ceremony, where that differs.
        operator: who operates it.
        shareholders: who holds stakes, with their shares where sourced.
        components: the ids of its parts (for a composite such as the Southern Gas Corridor).
        waypoints: coarse points of its route, in order, for maps.
        alternatives: other values sources give for a figure or a date.

    Examples:
        >>> import azfp
        >>> all(c.kind for c in azfp.corridors)
        True
    """

    id: Slug
    name: str
    names: Names | None = None
    aliases: tuple[str, ...] = ()
    kind: CorridorKind
    axis: Axis | None = None
    countries: tuple[str, ...] = ()
    endpoints: tuple[str, ...] = ()
    length: Quantity | None = None
    capacity: Quantity | None = None
    capacity_basis: CapacityBasis | None = None
    throughput: Quantity | None = None
    throughput_as_of: PartialDate | None = None
    status: CorridorStatus
    agreement_signed: PartialDate | None = None
    construction_start: PartialDate | None = None
    opened: PartialDate | None = None
    inauguration: PartialDate | None = None
    operator: str | None = None
    shareholders: tuple[Shareholder, ...] = ()
    components: tuple[Slug, ...] = ()
    waypoints: tuple[Waypoint, ...] = ()
    alternatives: tuple[Alternative[Quantity | PartialDate], ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Corridor:
        dated = {"agreement_signed", "construction_start", "opened", "inauguration"}
        for alternative in self.alternatives:
            if alternative.field in {"length", "capacity", "throughput"}:
                if not isinstance(alternative.value, Quantity):
                    raise ValueError(f"alternative {alternative.field} must be a quantity")
            elif alternative.field in dated:
                if not isinstance(alternative.value, PartialDate):
                    raise ValueError(f"alternative {alternative.field} must be a date")
            else:
                raise ValueError(f"alternative for unknown field {alternative.field!r}")
        if self.capacity is None and self.capacity_basis is not None:
            raise ValueError("capacity_basis without a capacity")
        if (self.throughput is None) != (self.throughput_as_of is None):
            raise ValueError("throughput and throughput_as_of go together")
        return self
