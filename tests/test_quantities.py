from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from azfp.quantities import Quantity, Unit


def test_length_conversions_are_exact() -> None:
    assert Quantity(1, "mi").to("km").value == pytest.approx(1.609344)
    assert Quantity(1768, "km").to("m") == Quantity(1_768_000, "m")


def test_rate_and_power_conversions() -> None:
    assert Quantity(365, "bcm_per_year").to("mcm_per_day").value == pytest.approx(1000)
    assert Quantity(1, "gw").to(Unit.MW) == Quantity(1000, Unit.MW)
    assert Quantity(1.2, "million_barrels_per_day").to("barrels_per_day").value == pytest.approx(
        1_200_000
    )


def test_oil_volume_to_mass_needs_an_explicit_factor() -> None:
    with pytest.raises(ValueError, match="barrels_per_tonne"):
        Quantity(1_000_000, "barrels_per_day").to("million_tonnes_per_year")
    with pytest.raises(ValueError, match="barrels_per_tonne"):
        Quantity(1_000_000, "barrels_per_day").to("tonnes_per_year", barrels_per_tonne=0)
    yearly = Quantity(1_000_000, "barrels_per_day").to(
        "million_tonnes_per_year", barrels_per_tonne=7.3
    )
    assert yearly.value == pytest.approx(1_000_000 * 365 / 7.3 / 1e6)
    back = yearly.to("barrels_per_day", barrels_per_tonne=7.3)
    assert back.value == pytest.approx(1_000_000)


def test_refuses_a_conversion_between_dimensions() -> None:
    with pytest.raises(ValueError, match="not exact"):
        Quantity(1, "km").to("mw")


def test_refuses_an_unknown_unit_naming_it() -> None:
    with pytest.raises(ValueError, match="'furlong'"):
        Quantity(1, "km").to("furlong")
    with pytest.raises(ValueError, match="furlong"):
        Quantity(1, "furlong")


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_rejects_non_finite_values(value: float) -> None:
    with pytest.raises(ValidationError, match="finite"):
        Quantity(value, "km")


def test_is_frozen_and_printable() -> None:
    length = Quantity(1768, "km")
    with pytest.raises(ValidationError):
        length.value = 1  # type: ignore[misc]
    assert str(length) == "1,768 km"
    assert str(Quantity(1.5, "bcm_per_year")) == "1.5 bcm per year"


@given(st.floats(min_value=-1e12, max_value=1e12), st.sampled_from(["km", "m", "mi"]))
def test_conversion_round_trips(value: float, unit: str) -> None:
    there = Quantity(value, "km").to(unit)
    assert there.to("km").value == pytest.approx(value, rel=1e-9, abs=1e-9)
