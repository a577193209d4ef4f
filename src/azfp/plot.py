"""Figures of the data with matplotlib (the ``plot`` extra), built on the public API only.

Each function returns a ``matplotlib.figure.Figure``; save it with ``fig.savefig("x.png")`` or
``"x.svg"``. Nothing is shown on screen unless you do so.

Examples:
    >>> import azfp.plot
    >>> fig = azfp.plot.relations_per_year()
    >>> fig.axes[0].get_ylabel()
    'states'
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from typing import TYPE_CHECKING, Any

import azfp

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["corridor_map", "membership_timeline", "relations_per_year"]

# One colour per family of status, so that the timeline reads at a glance.
_STATUS_COLOURS = {
    "member": "#1f6fb4",
    "founding-member": "#0b4f8a",
    "participating-state": "#1f6fb4",
    "associate-member": "#6fa8dc",
    "partner": "#4caf7a",
    "dialogue-partner": "#4caf7a",
    "observer": "#f2a541",
    "special-guest": "#f2c879",
    "applicant": "#c9c9c9",
    "signatory": "#9e9e9e",
    "suspended": "#d9534f",
    "withdrawn": "#7f2b2b",
}
_KIND_COLOURS = {
    "oil-pipeline": "#3b3b3b",
    "gas-pipeline": "#1f6fb4",
    "railway": "#c0392b",
    "road": "#e67e22",
    "multimodal-route": "#8e44ad",
    "power-cable": "#27ae60",
}


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg", force=False)
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("azfp.plot needs matplotlib: pip install 'azfp[plot]'") from None
    return plt


def _short(label: str, width: int = 28) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def membership_timeline(until: _dt.date | None = None) -> Figure:
    """One row per organization, a bar per status period, from 1991 to today.

    Periods whose start is known only to the month or the year are drawn from the earliest day
    they may have begun.

    Args:
        until: the right edge of the chart (today if None).
    """
    plt = _pyplot()
    end = until or _dt.date.today()
    organizations = sorted(
        {m.organization for m in azfp.memberships},
        key=lambda o: (min(m.start.earliest() for m in azfp.memberships.of(o)), o),
        reverse=True,
    )
    fig: Figure
    fig, ax = plt.subplots(figsize=(11, 0.24 * len(organizations) + 1.6))
    seen: set[str] = set()
    for row, organization in enumerate(organizations):
        for period in azfp.memberships.of(organization):
            left = period.start.earliest()
            right = period.end.earliest() if period.end else end
            status = period.status.value
            ax.barh(
                row,
                (right - left).days,
                left=left,
                height=0.7,
                color=_STATUS_COLOURS.get(status, "#999999"),
                label=status if status not in seen else None,
            )
            seen.add(status)
    labels = [
        _short(azfp.organizations[o].acronym or azfp.organizations[o].name) for o in organizations
    ]
    ax.set_yticks(range(len(organizations)), labels, fontsize=7)
    ax.set_xlim(_dt.date(1991, 1, 1), end)
    ax.set_title("Azerbaijan in international organizations, by status")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(loc="lower left", fontsize=7, ncol=3, frameon=True)
    fig.tight_layout()
    return fig


def corridor_map(extent: tuple[float, float, float, float] = (17, 66, 33.5, 47)) -> Figure:
    """The corridors as lines between their coarse waypoints, coloured by kind.

    Each country on a route is labelled at the mean position of its waypoints; the two ends of
    each route are marked with their towns. Ports and fields with a single waypoint are points.
    Routes that run beyond the frame (the North-South corridor reaches St Petersburg and
    Mumbai) are cut at its edge.

    Args:
        extent: the frame as (west, east, south, north) in degrees.
    """
    plt = _pyplot()
    west, east, south, north = extent
    fig: Figure
    fig, ax = plt.subplots(figsize=(13, 5.2))
    ends: dict[str, tuple[float, float]] = {}
    by_country: dict[str, set[tuple[float, float]]] = {}
    kinds: set[str] = set()
    for corridor in azfp.corridors:
        points = [(w.longitude, w.latitude) for w in corridor.waypoints]
        for w in corridor.waypoints:
            if w.country:
                by_country.setdefault(w.country, set()).add((w.longitude, w.latitude))
        if not points:
            continue
        first, last = corridor.waypoints[0], corridor.waypoints[-1]
        ends[first.name] = points[0]
        ends[last.name] = points[-1]
        colour = _KIND_COLOURS.get(corridor.kind.value, "#555555")
        label = corridor.kind.value if corridor.kind.value not in kinds else None
        kinds.add(corridor.kind.value)
        if len(points) == 1:
            ax.plot(*points[0], marker="s", color=colour, markersize=8, label=label, zorder=3)
        else:
            xs, ys = zip(*points, strict=True)
            ax.plot(xs, ys, color=colour, linewidth=1.8, alpha=0.7, label=label)
    for name, (x, y) in sorted(ends.items()):
        if west <= x <= east and south <= y <= north:
            ax.plot(x, y, marker="o", color="black", markersize=3, zorder=4)
            ax.annotate(name, (x, y), xytext=(3, -9), textcoords="offset points", fontsize=7)
    for code, places in sorted(by_country.items()):
        x = sum(p[0] for p in places) / len(places)
        y = sum(p[1] for p in places) / len(places)
        if west <= x <= east and south <= y <= north:
            country = azfp.countries.get(code)
            ax.annotate(
                country.name if country else code,
                (x, y),
                xytext=(0, 10),
                textcoords="offset points",
                ha="center",
                fontsize=9,
                fontweight="bold",
                color="#444444",
            )
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°N)")
    ax.set_title("Corridors through and from Azerbaijan (coarse routes between towns)")
    ax.set_aspect(1.25)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    return fig


def relations_per_year() -> Figure:
    """The number of states with which diplomatic relations were established, by year.

    Only relations with a sourced establishment date are counted; the title says how many.
    """
    plt = _pyplot()
    years = Counter(r.established.year for r in azfp.relations if r.established is not None)
    dated = sum(years.values())
    fig: Figure
    fig, ax = plt.subplots(figsize=(10, 4))
    first, last = min(years), max(years)
    span = range(first, last + 1)
    ax.bar(list(span), [years.get(y, 0) for y in span], color="#1f6fb4")
    ax.set_xlabel("year")
    ax.set_ylabel("states")
    ax.set_title(
        f"Diplomatic relations established per year ({dated} of {len(azfp.relations)} "
        "states have a sourced date)"
    )
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    return fig
