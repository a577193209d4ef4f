"""Quantities with units: lengths, capacities, power, money and counts.

The set of units is closed. ``Quantity.to`` converts only where the conversion is exact or a
fixed standard (kilometres to miles, megawatts to gigawatts, a daily rate to a yearly one); a
conversion that depends on a physical property (barrels of oil to tonnes depends on the oil's
density) raises ``ValueError`` rather than guess.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict, field_validator

__all__ = ["Quantity", "Unit"]


class Unit(StrEnum):
    """The units a Quantity may carry."""

    KM = "km"
    M = "m"
    MI = "mi"
    KW = "kw"
    MW = "mw"
    GW = "gw"
    BARRELS_PER_DAY = "barrels_per_day"
    MILLION_BARRELS_PER_DAY = "million_barrels_per_day"
    TONNES_PER_YEAR = "tonnes_per_year"
    MILLION_TONNES_PER_YEAR = "million_tonnes_per_year"
    BCM_PER_YEAR = "bcm_per_year"
    MCM_PER_DAY = "mcm_per_day"
    TEU_PER_YEAR = "teu_per_year"
    USD = "usd"
    USD_MILLION = "usd_million"
    USD_BILLION = "usd_billion"
    COUNT = "count"


# Each unit as (dimension, factor to the dimension's base unit). Units of one dimension convert
# into each other by these factors; the factors are definitions, not measurements.
_DAYS_PER_YEAR: Final = 365
_SCALE: Final[dict[Unit, tuple[str, float]]] = {
    Unit.M: ("length", 1.0),
    Unit.KM: ("length", 1000.0),
    Unit.MI: ("length", 1609.344),
    Unit.KW: ("power", 1.0),
    Unit.MW: ("power", 1e3),
    Unit.GW: ("power", 1e6),
    Unit.BARRELS_PER_DAY: ("oil_volume_rate", 1.0),
    Unit.MILLION_BARRELS_PER_DAY: ("oil_volume_rate", 1e6),
    Unit.TONNES_PER_YEAR: ("mass_rate", 1.0),
    Unit.MILLION_TONNES_PER_YEAR: ("mass_rate", 1e6),
    Unit.BCM_PER_YEAR: ("gas_volume_rate", 1e9 / _DAYS_PER_YEAR),
    Unit.MCM_PER_DAY: ("gas_volume_rate", 1e6),
    Unit.TEU_PER_YEAR: ("container_rate", 1.0),
    Unit.USD: ("money", 1.0),
    Unit.USD_MILLION: ("money", 1e6),
    Unit.USD_BILLION: ("money", 1e9),
    Unit.COUNT: ("count", 1.0),
}


class Quantity(BaseModel):
    """A number with its unit.

    Attributes:
        value: the number, as the source gives it.
        unit: one of :class:`Unit`.

    Examples:
        >>> Quantity(1768, "km").to("mi").unit
        <Unit.MI: 'mi'>
        >>> round(Quantity(1768, "km").to("mi").value)
        1099
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    value: float
    unit: Unit

    def __init__(self, value: float, unit: Unit | str) -> None:
        super().__init__(value=value, unit=Unit(unit))

    @field_validator("value")
    @classmethod
    def _finite(cls, value: float) -> float:
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("a quantity must be a finite number")
        return value

    def to(self, unit: Unit | str, *, barrels_per_tonne: float | None = None) -> Quantity:
        """Convert to another unit of the same dimension.

        An oil rate in barrels per day converts to (million) tonnes per year, and back, only
        when ``barrels_per_tonne`` is given: the factor depends on the oil's density, so azfp
        will not pick one for you. The data shows a published pair: the Baku–Tbilisi–Ceyhan
        record gives its design capacity both as 1 million barrels per day and as 50 million
        tonnes per year, which implies 7.3 barrels per tonne. A year counts 365 days.

        Args:
            unit: the target unit (a :class:`Unit` or its string value).
            barrels_per_tonne: barrels of the oil in one tonne, for oil volume to mass.

        Raises:
            ValueError: the unit is unknown, or the conversion is not exact or standard.

        Examples:
            >>> Quantity(16, "bcm_per_year").to("mcm_per_day").unit
            <Unit.MCM_PER_DAY: 'mcm_per_day'>
            >>> round(Quantity(1_000_000, "barrels_per_day").to(
            ...     "million_tonnes_per_year", barrels_per_tonne=7.33).value, 1)
            49.8
        """
        try:
            target = Unit(unit)
        except ValueError:
            known = ", ".join(u.value for u in Unit)
            raise ValueError(f"unit: unknown unit {unit!r}; expected one of {known}") from None
        source_dim, source_factor = _SCALE[self.unit]
        target_dim, target_factor = _SCALE[target]
        if {source_dim, target_dim} == {"oil_volume_rate", "mass_rate"}:
            if barrels_per_tonne is None or not barrels_per_tonne > 0:
                raise ValueError(
                    "barrels_per_tonne: converting an oil volume to a mass needs the oil's "
                    "barrels per tonne (a positive number), which depends on its density"
                )
            # Base units: barrels per day and tonnes per year.
            base = self.value * source_factor
            if source_dim == "oil_volume_rate":
                converted = base * _DAYS_PER_YEAR / barrels_per_tonne
            else:
                converted = base * barrels_per_tonne / _DAYS_PER_YEAR
            return Quantity(converted / target_factor, target)
        if source_dim != target_dim:
            raise ValueError(
                f"unit: cannot convert {self.unit.value} ({source_dim}) to {target.value} "
                f"({target_dim}): the conversion is not exact"
            )
        return Quantity(value=self.value * source_factor / target_factor, unit=target)

    def __str__(self) -> str:
        number = f"{self.value:,.0f}" if self.value == int(self.value) else f"{self.value:,}"
        return f"{number} {self.unit.value.replace('_', ' ')}"
