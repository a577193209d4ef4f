"""The record types of azfp: pydantic models, frozen, with unknown fields rejected.

One module per family: ``base`` (provenance and confidence), ``provenance`` (sources),
``names``, ``organizations`` (organizations, memberships, roles), ``countries`` (countries and
relations), ``documents`` (agreements and corridors) and ``history`` (principles, spaces,
events, officeholders and figures).
"""

from azfp.models.base import Alternative, Citation, Confidence, Model, Record
from azfp.models.countries import Country, Embassy, Relation, RelationStatus
from azfp.models.documents import (
    Agreement,
    Axis,
    CapacityBasis,
    Corridor,
    CorridorKind,
    CorridorStatus,
    Shareholder,
    Waypoint,
)
from azfp.models.history import (
    Event,
    Figure,
    FigurePoint,
    Officeholder,
    Principle,
    Qualifier,
    Space,
)
from azfp.models.names import Acronyms, FormerName, Names
from azfp.models.organizations import (
    Membership,
    MembershipStatus,
    Organization,
    OrganizationKind,
    Role,
    RoleKind,
)
from azfp.models.provenance import Source, SourceKind

__all__ = [
    "Acronyms",
    "Agreement",
    "Alternative",
    "Axis",
    "CapacityBasis",
    "Citation",
    "Confidence",
    "Corridor",
    "CorridorKind",
    "CorridorStatus",
    "Country",
    "Embassy",
    "Event",
    "Figure",
    "FigurePoint",
    "FormerName",
    "Membership",
    "MembershipStatus",
    "Model",
    "Names",
    "Officeholder",
    "Organization",
    "OrganizationKind",
    "Principle",
    "Qualifier",
    "Record",
    "Relation",
    "RelationStatus",
    "Role",
    "RoleKind",
    "Shareholder",
    "Source",
    "SourceKind",
    "Space",
    "Waypoint",
]
