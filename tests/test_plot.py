from __future__ import annotations

import datetime as dt
import pathlib

import pytest

pytest.importorskip("matplotlib")

import azfp
import azfp.plot


def test_membership_timeline_has_a_row_per_organization(tmp_path: pathlib.Path) -> None:
    fig = azfp.plot.membership_timeline(until=dt.date(2026, 1, 1))
    (ax,) = fig.axes
    organizations = {m.organization for m in azfp.memberships}
    assert len(ax.get_yticks()) == len(organizations)
    assert len(ax.patches) == len(azfp.memberships)
    fig.savefig(tmp_path / "timeline.png")
    fig.savefig(tmp_path / "timeline.svg")
    assert (tmp_path / "timeline.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "timeline.svg").read_bytes()[:400]


def test_corridor_map_draws_every_route_and_labels_countries(tmp_path: pathlib.Path) -> None:
    fig = azfp.plot.corridor_map()
    (ax,) = fig.axes
    routed = [c for c in azfp.corridors if len(c.waypoints) > 1]
    lines = [line for line in ax.get_lines() if len(list(line.get_xdata())) > 1]  # type: ignore[arg-type]
    assert len(lines) == len(routed)
    texts = {t.get_text() for t in ax.texts}
    assert {"Azerbaijan", "Georgia", "Türkiye"} <= texts
    fig.savefig(tmp_path / "map.png")


def test_relations_per_year_counts_the_dated_relations() -> None:
    fig = azfp.plot.relations_per_year()
    (ax,) = fig.axes
    heights = sum(p.get_height() for p in ax.patches)  # type: ignore[attr-defined]
    assert heights == sum(1 for r in azfp.relations if r.established is not None)
    assert ax.get_ylabel() == "states"
