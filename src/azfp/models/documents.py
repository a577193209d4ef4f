"""Political documents (agreements) and the corridors and projects they concern."""

from __future__ import annotations

from enum import StrEnum

from azfp.dates import PartialDate
from azfp.models.base import Alternative, Model, Record, Slug
from azfp.models.names import Names
from azfp.quantities import Quantity

__all__ = [
    "Agreement",
    "Axis",
    "Corridor",
    "CorridorKind",
    "CorridorStatus",
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
    """A point of a route, coarse enough for a map."""

    name: str
    longitude: float
    latitude: float


class Corridor(Record):
    """A transport or energy corridor, pipeline, railway, port, cable or field.

    Attributes:
        name: the English display name.
        kind: what it is.
        axis: east-west or north-south, where it has one.
        countries: the alpha-2 codes of the countries on its route, in order.
        length: its length, where it has one.
        capacity: its capacity (design capacity unless the note says otherwise).
        status: how far it has come.
        opened: when it opened (first flow, first train, inauguration: the note says which).
    """

    id: Slug
    name: str
    names: Names | None = None
    kind: CorridorKind
    axis: Axis | None = None
    countries: tuple[str, ...] = ()
    length: Quantity | None = None
    capacity: Quantity | None = None
    status: CorridorStatus
    opened: PartialDate | None = None
    components: tuple[Slug, ...] = ()
    waypoints: tuple[Waypoint, ...] = ()
    alternatives: tuple[Alternative[Quantity], ...] = ()
