"""The record types of azfp: pydantic models, frozen, with unknown fields rejected.

One module per family: ``base`` (provenance and confidence), ``provenance`` (sources),
``names``, ``organizations`` (organizations, memberships, roles), ``countries`` (countries and
relations), ``documents`` (agreements and corridors), ``doctrine`` (principles, spaces and the
seed's claims) and ``history`` (events, officeholders and figures).

The submodules are imported on first use of one of their names (PEP 562), so a program that
reads only organizations never builds the record classes of corridors or events.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from azfp.models.base import Alternative, Citation, Confidence, Model, Record
    from azfp.models.countries import Country, Embassy, Relation, RelationStatus
    from azfp.models.doctrine import (
        Claim,
        MemberList,
        Outcome,
        OutcomeStatus,
        Principle,
        Restatement,
        Space,
        StatementEffect,
    )
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
    from azfp.models.history import Event, Figure, FigurePoint, Officeholder, Qualifier
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

_MODULE = {
    "Acronyms": "azfp.models.names",
    "Agreement": "azfp.models.documents",
    "Alternative": "azfp.models.base",
    "Axis": "azfp.models.documents",
    "CapacityBasis": "azfp.models.documents",
    "Citation": "azfp.models.base",
    "Claim": "azfp.models.doctrine",
    "Confidence": "azfp.models.base",
    "Corridor": "azfp.models.documents",
    "CorridorKind": "azfp.models.documents",
    "CorridorStatus": "azfp.models.documents",
    "Country": "azfp.models.countries",
    "Embassy": "azfp.models.countries",
    "Event": "azfp.models.history",
    "Figure": "azfp.models.history",
    "FigurePoint": "azfp.models.history",
    "FormerName": "azfp.models.names",
    "MemberList": "azfp.models.doctrine",
    "Membership": "azfp.models.organizations",
    "MembershipStatus": "azfp.models.organizations",
    "Model": "azfp.models.base",
    "Names": "azfp.models.names",
    "Officeholder": "azfp.models.history",
    "Organization": "azfp.models.organizations",
    "OrganizationKind": "azfp.models.organizations",
    "Outcome": "azfp.models.doctrine",
    "OutcomeStatus": "azfp.models.doctrine",
    "Principle": "azfp.models.doctrine",
    "Qualifier": "azfp.models.history",
    "Record": "azfp.models.base",
    "Relation": "azfp.models.countries",
    "RelationStatus": "azfp.models.countries",
    "Restatement": "azfp.models.doctrine",
    "Role": "azfp.models.organizations",
    "RoleKind": "azfp.models.organizations",
    "Shareholder": "azfp.models.documents",
    "Source": "azfp.models.provenance",
    "SourceKind": "azfp.models.provenance",
    "Space": "azfp.models.doctrine",
    "StatementEffect": "azfp.models.doctrine",
    "Waypoint": "azfp.models.documents",
}


def __getattr__(name: str) -> Any:
    """Import a record class's module on first use."""
    module = _MODULE.get(name)
    if module is None:
        raise AttributeError(f"module 'azfp.models' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "Acronyms",
    "Agreement",
    "Alternative",
    "Axis",
    "CapacityBasis",
    "Citation",
    "Claim",
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
    "MemberList",
    "Membership",
    "MembershipStatus",
    "Model",
    "Names",
    "Officeholder",
    "Organization",
    "OrganizationKind",
    "Outcome",
    "OutcomeStatus",
    "Principle",
    "Qualifier",
    "Record",
    "Relation",
    "RelationStatus",
    "Restatement",
    "Role",
    "RoleKind",
    "Shareholder",
    "Source",
    "SourceKind",
    "Space",
    "StatementEffect",
    "Waypoint",
]
