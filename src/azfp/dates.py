"""Dates known to the day, the month or only the year (EDTF), and the periods built from them.

A :class:`PartialDate` reads and writes the Extended Date/Time Format of the Library of Congress
(ISO 8601-2): level 0 ("1992", "1992-03", "1992-03-02"), the level 1 qualifiers for an
uncertain ("1992?"), an approximate ("1992~") or an uncertain and approximate ("1992%") date, and
level 1 unspecified digits at the end of a year ("199X": some year of the 1990s; "19XX").
The older prefix form of approximation ("~1992") is read as well; ``str()`` always writes the
standard suffix form, so ``PartialDate(str(d)) == d`` for every date.

Periods are half-open: a status holds from its ``start`` (the first day it holds) up to but not
including its ``end`` (the first day it no longer holds).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
from enum import StrEnum
from functools import total_ordering
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema

__all__ = ["DateLike", "PartialDate", "Precision", "as_date", "possibly_within", "surely_within"]

_EDTF: Final = re.compile(
    r"(?P<prefix>~)?(?:(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?"
    r"|(?P<vague>[0-9]{2}(?:[0-9]X|XX)))(?P<qualifier>[?~%])?",
    re.ASCII,
)

#: The JSON Schema pattern of the strings a PartialDate reads.
EDTF_PATTERN: Final = r"^~?([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|[0-9]{2}([0-9]X|XX))[?~%]?$"


class Precision(StrEnum):
    """How much of a date is known."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@total_ordering
class PartialDate:
    """A calendar date known to the year, the month or the day, optionally qualified.

    Args:
        text: an EDTF string such as ``"1992"``, ``"1992-03"``, ``"1992-03-02"``, ``"1992?"``.

    Raises:
        ValueError: the text is not such a date, or names a day that does not exist.
        TypeError: the argument is not a string.

    Examples:
        >>> d = PartialDate("1992-03")
        >>> d.year, d.month, d.day, d.precision
        (1992, 3, None, <Precision.MONTH: 'month'>)
        >>> d.earliest(), d.latest()
        (datetime.date(1992, 3, 1), datetime.date(1992, 3, 31))
        >>> str(PartialDate("~1994"))
        '1994~'
    """

    __slots__ = ("_approximate", "_day", "_month", "_span", "_uncertain", "_year")

    _year: int
    _span: int
    _month: int | None
    _day: int | None
    _uncertain: bool
    _approximate: bool

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"PartialDate expects an EDTF string, not {type(text).__name__}")
        match = _EDTF.fullmatch(text)
        if match is None:
            raise ValueError(
                f"{text!r} is not an EDTF date: expected YYYY, YYYY-MM or YYYY-MM-DD "
                "(or a decade 199X, a century 19XX), optionally followed by ?, ~ or %"
            )
        vague = match["vague"]
        span = 10 ** vague.count("X") if vague else 1
        year = int(vague.replace("X", "0")) if vague else int(match["year"])
        month = int(match["month"]) if match["month"] else None
        day = int(match["day"]) if match["day"] else None
        if year == 0 and span == 1:
            raise ValueError(f"{text!r} is not an EDTF date: year 0000 is outside 0001-9999")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} is not an EDTF date: month {month} is not 01-12")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"{text!r} is not an EDTF date: day {day} is not 01-{last:02}")
        qualifier = match["qualifier"] or ""
        if match["prefix"] and qualifier:
            raise ValueError(f"{text!r} is not an EDTF date: it is qualified twice")
        object.__setattr__(self, "_year", year)
        object.__setattr__(self, "_span", span)
        object.__setattr__(self, "_month", month)
        object.__setattr__(self, "_day", day)
        object.__setattr__(self, "_uncertain", qualifier in {"?", "%"})
        object.__setattr__(self, "_approximate", bool(match["prefix"]) or qualifier in {"~", "%"})

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """Return the day-precision PartialDate of a ``datetime.date``.

        Examples:
            >>> PartialDate.from_date(datetime.date(1992, 3, 2))
            PartialDate('1992-03-02')
        """
        return cls(value.isoformat()[:10])

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"PartialDate is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"PartialDate is immutable; cannot delete {name!r}")

    @property
    def year(self) -> int:
        """The year (for a decade or a century, its first year: 1990 for "199X")."""
        return self._year

    @property
    def month(self) -> int | None:
        """The month (1-12), or None when only the year is known."""
        return self._month

    @property
    def day(self) -> int | None:
        """The day of the month, or None when it is not known."""
        return self._day

    @property
    def uncertain(self) -> bool:
        """True when the source is unsure of the date (EDTF ``?``)."""
        return self._uncertain

    @property
    def approximate(self) -> bool:
        """True when the date is approximate (EDTF ``~``)."""
        return self._approximate

    @property
    def qualified(self) -> bool:
        """True when the date is uncertain or approximate."""
        return self._uncertain or self._approximate

    @property
    def precision(self) -> Precision:
        """How much of the date is known: year, month or day."""
        if self._day is not None:
            return Precision.DAY
        if self._month is not None:
            return Precision.MONTH
        if self._span == 10:
            return Precision.DECADE
        if self._span == 100:
            return Precision.CENTURY
        return Precision.YEAR

    def earliest(self) -> _dt.date:
        """The first day the date may denote (qualifiers do not widen it).

        Examples:
            >>> PartialDate("2001").earliest()
            datetime.date(2001, 1, 1)
        """
        return _dt.date(max(self._year, 1), self._month or 1, self._day or 1)

    def latest(self) -> _dt.date:
        """The last day the date may denote (qualifiers do not widen it).

        Examples:
            >>> PartialDate("2024-02").latest()
            datetime.date(2024, 2, 29)
        """
        year = self._year + self._span - 1
        month = self._month or 12
        day = self._day or calendar.monthrange(year, month)[1]
        return _dt.date(year, month, day)

    def widened(self) -> tuple[_dt.date, _dt.date]:
        """The range the date may fall in, widened by one unit of its precision if qualified.

        An uncertain or approximate date ("1992?", "1992-03~") may lie a little outside the
        stated year, month or day; azfp takes "a little" to be one unit of the stated precision
        on each side. Unqualified dates return ``(earliest(), latest())``.

        Examples:
            >>> PartialDate("1992?").widened()
            (datetime.date(1991, 1, 1), datetime.date(1993, 12, 31))
        """
        low, high = self.earliest(), self.latest()
        if not self.qualified:
            return low, high
        return _step(low, self.precision, -1, self._span), _step(
            high, self.precision, +1, self._span
        )

    def _key(self) -> tuple[int, int, int, int, int]:
        flags = (1 if self._uncertain else 0) + (2 if self._approximate else 0)
        return (self._year, self._month or 0, self._day or 0, self._span, flags)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        text = f"{self._year:04}"
        if self._span > 1:
            digits = len(str(self._span)) - 1
            text = text[:-digits] + "X" * digits
        if self._month is not None:
            text += f"-{self._month:02}"
        if self._day is not None:
            text += f"-{self._day:02}"
        if self._uncertain and self._approximate:
            text += "%"
        elif self._uncertain:
            text += "?"
        elif self._approximate:
            text += "~"
        return text

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r})"

    def __reduce__(self) -> tuple[type[PartialDate], tuple[str]]:
        return (PartialDate, (str(self),))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Validate from an EDTF string (or a PartialDate); serialise back to the string."""
        from pydantic_core import core_schema

        from_str = _interned

        from_json = core_schema.no_info_after_validator_function(from_str, core_schema.str_schema())
        return core_schema.json_or_python_schema(
            json_schema=from_json,
            python_schema=core_schema.union_schema(
                [core_schema.is_instance_schema(cls), from_json]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """Describe the type as an EDTF string in JSON Schema."""
        return {
            "type": "string",
            "pattern": EDTF_PATTERN,
            "description": "EDTF date: YYYY, YYYY-MM or YYYY-MM-DD, optionally qualified ? ~ %",
        }


@functools.lru_cache(maxsize=16384)
def _interned(text: str) -> PartialDate:
    # Dates are immutable, and the same few thousand strings recur across the data (every
    # source's access date, say), so validation shares one object per string.
    return PartialDate(text)


def _step(day: _dt.date, precision: Precision, direction: int, span: int = 1) -> _dt.date:
    """Move to the far end of the neighbouring span of years, month or day, within 0001-9999."""
    try:
        if precision is Precision.DAY:
            return day + _dt.timedelta(days=direction)
        if precision is Precision.MONTH:
            if direction < 0:
                return (day.replace(day=1) - _dt.timedelta(days=1)).replace(day=1)
            first = day + _dt.timedelta(days=1)
            return first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return day.replace(year=day.year + direction * span)
    except (OverflowError, ValueError):
        return _dt.date.min if direction < 0 else _dt.date.max


#: What a DATE argument accepts: a ``datetime.date``, an ISO string, or a PartialDate.
DateLike = _dt.date | str | PartialDate


def as_date(value: object, argument: str = "on") -> _dt.date:
    """Turn a DATE argument into one ``datetime.date``.

    A ``datetime.date`` is taken as it is (a ``datetime`` gives its date); a string is read as
    EDTF; a PartialDate must name a single day.

    Args:
        value: the argument as the caller passed it.
        argument: the argument's name, used in error messages.

    Raises:
        TypeError: the value is of another type.
        ValueError: the string is no date, or the date is not known to the day.

    Examples:
        >>> as_date("1995-01-01")
        datetime.date(1995, 1, 1)
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            value = PartialDate(value.strip())
        except ValueError as error:
            raise ValueError(f"{argument}: {error}") from None
    if isinstance(value, PartialDate):
        if value.precision is not Precision.DAY or value.qualified:
            raise ValueError(
                f"{argument}: {str(value)!r} is not a single day; give YYYY-MM-DD "
                "(a year or a month covers many days)"
            )
        return value.earliest()
    raise TypeError(
        f"{argument}: expected a datetime.date, an ISO date string or a PartialDate, "
        f"not {type(value).__name__}"
    )


def surely_within(day: _dt.date, start: PartialDate | None, end: PartialDate | None) -> bool:
    """True when a half-open period [start, end) certainly contains the day.

    A missing start means "since before anything recorded"; a missing end means "still holds".

    Examples:
        >>> surely_within(datetime.date(1995, 1, 1), PartialDate("1992-03-02"), None)
        True
        >>> surely_within(datetime.date(1992, 6, 1), PartialDate("1992"), None)
        False
    """
    if start is not None and day < start.widened()[1]:
        return False
    return end is None or day < end.widened()[0]


def possibly_within(day: _dt.date, start: PartialDate | None, end: PartialDate | None) -> bool:
    """True when the half-open period [start, end) may contain the day, given partial dates.

    Examples:
        >>> possibly_within(datetime.date(1992, 6, 1), PartialDate("1992"), None)
        True
    """
    if start is not None and day < start.widened()[0]:
        return False
    return end is None or day < end.widened()[1]
