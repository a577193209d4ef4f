from __future__ import annotations

import calendar
import copy
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azfp.dates import PartialDate, Precision, as_date, possibly_within, surely_within


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1, 9999))
    precision = draw(st.sampled_from(list(Precision)))
    text = f"{year:04}"
    if precision is Precision.DECADE:
        text = text[:3] + "X"
    elif precision is Precision.CENTURY:
        text = text[:2] + "XX"
    if precision in (Precision.MONTH, Precision.DAY):
        month = draw(st.integers(1, 12))
        text += f"-{month:02}"
        if precision is Precision.DAY:
            text += f"-{draw(st.integers(1, calendar.monthrange(year, month)[1])):02}"
    text += draw(st.sampled_from(["", "?", "~", "%"]))
    return PartialDate(text)


@pytest.mark.parametrize(
    ("text", "year", "month", "day", "precision"),
    [
        ("1992", 1992, None, None, Precision.YEAR),
        ("1992-03", 1992, 3, None, Precision.MONTH),
        ("1992-03-02", 1992, 3, 2, Precision.DAY),
    ],
)
def test_reads_level_0(
    text: str, year: int, month: int | None, day: int | None, precision: Precision
) -> None:
    date = PartialDate(text)
    assert (date.year, date.month, date.day, date.precision) == (year, month, day, precision)
    assert not date.qualified
    assert str(date) == text


@pytest.mark.parametrize(
    ("text", "uncertain", "approximate", "written"),
    [
        ("1992?", True, False, "1992?"),
        ("1992-03~", False, True, "1992-03~"),
        ("1992-03-02%", True, True, "1992-03-02%"),
        ("~1992", False, True, "1992~"),
    ],
)
def test_reads_level_1_qualifiers(
    text: str, uncertain: bool, approximate: bool, written: str
) -> None:
    date = PartialDate(text)
    assert (date.uncertain, date.approximate, date.qualified) == (uncertain, approximate, True)
    assert str(date) == written


@pytest.mark.parametrize(
    "text",
    [
        "",
        "92",
        "1992-3",
        "1992-13",
        "1992-02-30",
        "1991-02-29",
        "0000",
        "1992-03-02T00",
        "~1992?",
        "1992??",
        " 1992",
        "１９９２",
    ],
)
def test_rejects_what_is_not_an_edtf_date(text: str) -> None:
    with pytest.raises(ValueError, match="not an EDTF date"):
        PartialDate(text)


def test_rejects_other_types() -> None:
    with pytest.raises(TypeError, match="EDTF string"):
        PartialDate(1992)  # type: ignore[arg-type]


def test_unspecified_digits_of_a_year() -> None:
    decade, century = PartialDate("199X"), PartialDate("19XX?")
    assert (decade.year, decade.precision, str(decade)) == (1990, Precision.DECADE, "199X")
    assert (decade.earliest(), decade.latest()) == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))
    assert century.precision is Precision.CENTURY
    assert century.widened() == (dt.date(1800, 1, 1), dt.date(1999 + 100, 12, 31))
    assert PartialDate("1990") < decade < PartialDate("1991")
    assert PartialDate("00XX").earliest() == dt.date(1, 1, 1)
    for text in ("199X-01", "19X5", "1XXX", "X990"):
        with pytest.raises(ValueError, match="not an EDTF date"):
            PartialDate(text)


def test_bounds_follow_the_calendar() -> None:
    assert PartialDate("2024-02").latest() == dt.date(2024, 2, 29)
    assert PartialDate("2023-02").latest() == dt.date(2023, 2, 28)
    assert PartialDate("2001").earliest() == dt.date(2001, 1, 1)
    assert PartialDate("2001").latest() == dt.date(2001, 12, 31)


def test_widened_adds_one_unit_to_qualified_dates_only() -> None:
    assert PartialDate("1992").widened() == (dt.date(1992, 1, 1), dt.date(1992, 12, 31))
    assert PartialDate("1992?").widened() == (dt.date(1991, 1, 1), dt.date(1993, 12, 31))
    assert PartialDate("1992-01~").widened() == (dt.date(1991, 12, 1), dt.date(1992, 2, 29))
    assert PartialDate("1992-12-31?").widened() == (dt.date(1992, 12, 30), dt.date(1993, 1, 1))


def test_is_immutable_and_copies_by_its_text() -> None:
    date = PartialDate("1992-03-02")
    with pytest.raises(AttributeError):
        date._year = 1993
    with pytest.raises(AttributeError):
        del date._year
    assert copy.deepcopy(date) == date
    assert date.__reduce__() == (PartialDate, ("1992-03-02",))
    assert repr(date) == "PartialDate('1992-03-02')"


def test_from_date() -> None:
    assert PartialDate.from_date(dt.date(1992, 3, 2)) == PartialDate("1992-03-02")
    assert PartialDate.from_date(dt.datetime(1992, 3, 2, 10, 0)) == PartialDate("1992-03-02")


def test_compares_only_with_partial_dates() -> None:
    assert PartialDate("1992") != "1992"
    with pytest.raises(TypeError):
        _ = PartialDate("1992") < "1993"


@given(partial_dates())
def test_str_round_trips(date: PartialDate) -> None:
    again = PartialDate(str(date))
    assert again == date
    assert hash(again) == hash(date)
    assert str(again) == str(date)


@given(partial_dates())
def test_earliest_never_after_latest(date: PartialDate) -> None:
    low, high = date.widened()
    assert low <= date.earliest() <= date.latest() <= high


@given(partial_dates(), partial_dates())
def test_order_is_total_and_follows_the_calendar(a: PartialDate, b: PartialDate) -> None:
    assert (a < b) + (a == b) + (b < a) == 1
    if a.latest() < b.earliest():
        assert a < b


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1995-01-01", dt.date(1995, 1, 1)),
        (" 1995-01-01 ", dt.date(1995, 1, 1)),
        (dt.date(1995, 1, 1), dt.date(1995, 1, 1)),
        (dt.datetime(1995, 1, 1, 23, 59), dt.date(1995, 1, 1)),
        (PartialDate("1995-01-01"), dt.date(1995, 1, 1)),
    ],
)
def test_as_date_accepts_days(value: object, expected: dt.date) -> None:
    assert as_date(value) == expected


@pytest.mark.parametrize("value", ["1995", "1995-01", "1995-01-01?", "yesterday", ""])
def test_as_date_rejects_what_is_not_one_day(value: str) -> None:
    with pytest.raises(ValueError, match=r"^when: "):
        as_date(value, "when")


@pytest.mark.parametrize("value", [None, 1995, 1995.0, b"1995-01-01", ["1995-01-01"]])
def test_as_date_rejects_other_types_naming_the_argument(value: object) -> None:
    with pytest.raises(TypeError, match=r"^when: "):
        as_date(value, "when")


def test_periods_are_half_open() -> None:
    start, end = PartialDate("1992-03-02"), PartialDate("1993-09-24")
    assert not surely_within(dt.date(1992, 3, 1), start, end)
    assert surely_within(dt.date(1992, 3, 2), start, end)
    assert surely_within(dt.date(1993, 9, 23), start, end)
    assert not surely_within(dt.date(1993, 9, 24), start, end)
    assert surely_within(dt.date(3000, 1, 1), start, None)
    assert surely_within(dt.date(1000, 1, 1), None, end)


def test_partial_bounds_are_certain_only_past_their_range() -> None:
    start, end = PartialDate("1991"), PartialDate("2011-05")
    assert not surely_within(dt.date(1991, 6, 1), start, end)
    assert possibly_within(dt.date(1991, 6, 1), start, end)
    assert surely_within(dt.date(1991, 12, 31), start, end)
    assert surely_within(dt.date(2011, 4, 30), start, end)
    assert not surely_within(dt.date(2011, 5, 15), start, end)
    assert possibly_within(dt.date(2011, 5, 15), start, end)
    assert not possibly_within(dt.date(2011, 5, 31), start, end)
    assert not possibly_within(dt.date(1990, 12, 31), start, end)


@given(partial_dates(), st.dates())
def test_certain_implies_possible(start: PartialDate, day: dt.date) -> None:
    if surely_within(day, start, None):
        assert possibly_within(day, start, None)
    if surely_within(day, None, start):
        assert possibly_within(day, None, start)
