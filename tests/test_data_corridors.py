"""Checks of the corridors table; each test names every offender at once."""

from __future__ import annotations

import pytest

import azfp
from azfp.cli import main
from azfp.models import Corridor, CorridorKind
from azfp.quantities import Quantity, Unit

#: The corridors and projects the corridors issue names, by id.
REQUIRED = (
    "btc-pipeline",
    "scp",
    "scpx",
    "tanap",
    "tap",
    "southern-gas-corridor",
    "baku-novorossiysk-pipeline",
    "baku-supsa-pipeline",
    "btk-railway",
    "instc",
    "rasht-astara-railway",
    "middle-corridor",
    "traceca",
    "lapis-lazuli-route",
    "baku-port",
    "black-sea-cable",
    "caspian-green-corridor",
    "zangezur-corridor",
    "tripp",
    "acg-psa",
    "shah-deniz",
)

LENGTH = {Unit.KM, Unit.M, Unit.MI}
OIL = {Unit.BARRELS_PER_DAY, Unit.MILLION_BARRELS_PER_DAY, Unit.TONNES_PER_YEAR}
OIL |= {Unit.MILLION_TONNES_PER_YEAR}
GAS = {Unit.BCM_PER_YEAR, Unit.MCM_PER_DAY}
FREIGHT = {Unit.TONNES_PER_YEAR, Unit.MILLION_TONNES_PER_YEAR, Unit.TEU_PER_YEAR}
POWER = {Unit.KW, Unit.MW, Unit.GW}
CAPACITY = {
    CorridorKind.OIL_PIPELINE: OIL,
    CorridorKind.GAS_PIPELINE: GAS,
    CorridorKind.RAILWAY: FREIGHT,
    CorridorKind.ROAD: FREIGHT,
    CorridorKind.MULTIMODAL_ROUTE: FREIGHT,
    CorridorKind.PORT: FREIGHT,
    CorridorKind.POWER_CABLE: POWER,
    CorridorKind.FIELD: OIL | GAS,
    CorridorKind.PRODUCTION_SHARING_AGREEMENT: OIL | GAS,
}


def quantities(corridor: Corridor) -> list[tuple[str, Quantity]]:
    found: list[tuple[str, object]] = [
        ("length", corridor.length),
        ("capacity", corridor.capacity),
        ("throughput", corridor.throughput),
    ]
    found += [(a.field, a.value) for a in corridor.alternatives]
    return [(f, q) for f, q in found if isinstance(q, Quantity)]


def test_every_named_corridor_is_present_with_route_dates_and_status() -> None:
    offenders = []
    for corridor_id in REQUIRED:
        corridor = azfp.corridors.get(corridor_id)
        if corridor is None:
            offenders.append(f"{corridor_id}: missing")
            continue
        if not corridor.countries:
            offenders.append(f"{corridor_id}: no route countries")
        dates = [corridor.agreement_signed, corridor.construction_start, corridor.opened]
        if not any(d is not None for d in [*dates, corridor.inauguration]):
            offenders.append(f"{corridor_id}: no date")
    assert offenders == []


def test_named_corridors_with_a_sourced_figure() -> None:
    without = [c for c in REQUIRED if c in azfp.corridors and not quantities(azfp.corridors[c])]
    assert without == []


def test_units_fit_the_kind_of_corridor() -> None:
    offenders = []
    for corridor in azfp.corridors:
        for field, quantity in quantities(corridor):
            allowed = LENGTH if field == "length" else CAPACITY[corridor.kind]
            if quantity.unit not in allowed:
                offenders.append(f"{corridor.id}: {field} in {quantity.unit.value}")
    assert offenders == []


def test_route_countries_are_in_the_countries_table() -> None:
    offenders = [
        f"{c.id}: {code}"
        for c in azfp.corridors
        for code in c.countries
        if code not in azfp.countries
    ]
    assert offenders == []


def test_components_resolve_and_are_not_the_corridor_itself() -> None:
    offenders = [
        f"{c.id}: {part}"
        for c in azfp.corridors
        for part in c.components
        if part not in azfp.corridors or part == c.id
    ]
    assert offenders == []


def test_the_southern_gas_corridor_lists_its_parts() -> None:
    assert set(azfp.corridors["southern-gas-corridor"].components) >= {"scpx", "tanap", "tap"}


def test_waypoints_are_coarse_points_on_earth() -> None:
    offenders = [
        f"{c.id}: {w.name}"
        for c in azfp.corridors
        for w in c.waypoints
        if not (-180 <= w.longitude <= 180 and -90 <= w.latitude <= 90)
        or round(w.longitude, 2) != w.longitude
    ]
    assert offenders == []


def test_dates_follow_the_life_of_a_project() -> None:
    # An agreement may follow a first service (an association formed on a working route), but
    # construction starts after its agreement and before the first flow.
    offenders = []
    for c in azfp.corridors:
        for earlier, later in (
            (c.agreement_signed, c.construction_start),
            (c.construction_start, c.opened),
        ):
            if earlier is not None and later is not None and earlier.earliest() > later.latest():
                offenders.append(f"{c.id}: {earlier} after {later}")
    assert offenders == []


def test_through_and_filters() -> None:
    georgian = azfp.corridors.through("GE")
    assert azfp.corridors["btc-pipeline"] in georgian
    assert all("GE" in c.countries for c in georgian)
    gas = azfp.corridors.filter(kind="gas-pipeline")
    assert gas
    assert all(c.kind == "gas-pipeline" for c in gas)
    assert all(c.axis == "north-south" for c in azfp.corridors.filter(axis="north-south"))
    btc = azfp.corridors.lookup("BTC")
    assert btc.id == "btc-pipeline"
    assert btc.length is not None
    miles = btc.length.to("mi")
    assert miles.value == pytest.approx(btc.length.value / 1.609344)


def test_btc_keeps_both_published_lengths() -> None:
    btc = azfp.corridors["btc-pipeline"]
    lengths = {q.value for f, q in quantities(btc) if f == "length"}
    assert {1768, 1776} <= lengths


def test_show_a_corridor(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "BTC"]) == 0
    out = capsys.readouterr().out
    assert "Baku" in out
    assert "length" in out
    assert "Sources:" in out
