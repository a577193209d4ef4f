"""Checks of the countries and relations tables; each test names every offender at once."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import azfp


def test_codes_and_names_agree_with_iso_3166() -> None:
    offenders = []
    for country in azfp.countries:
        iso = pycountry.countries.get(alpha_2=country.id)
        if iso is None:
            offenders.append(f"{country.id}: not an ISO 3166-1 code")
            continue
        if (iso.alpha_3, iso.numeric) != (country.alpha3, country.numeric):
            offenders.append(f"{country.id}: {country.alpha3}/{country.numeric}")
        known = {iso.name, getattr(iso, "common_name", None), getattr(iso, "official_name", None)}
        if not known & {country.name, *country.aliases}:
            offenders.append(f"{country.id}: no ISO name among {country.name!r} and its aliases")
    assert offenders == []


def test_every_state_but_azerbaijan_has_one_relation_record() -> None:
    countries = {c.id for c in azfp.countries}
    relations = {r.id for r in azfp.relations}
    assert "AZ" in countries
    assert sorted(countries - {"AZ"} - relations) == []
    assert sorted(relations - countries) == []


def test_country_names_in_every_language_are_findable() -> None:
    offenders = []
    for country in azfp.countries:
        for _, name in country.names.items():
            try:
                found = azfp.countries.lookup(name)
            except azfp.NotFound:
                offenders.append(f"{country.id}: {name!r} not found")
                continue
            if found.id != country.id:
                offenders.append(f"{country.id}: {name!r} finds {found.id}")
    assert offenders == []


def test_relations_are_dated_after_independence_and_before_the_release() -> None:
    release = dt.datetime.strptime(azfp.DATA_VERSION, "%Y.%m.%d").date()
    offenders = [
        f"{r.id}: {r.established}"
        for r in azfp.relations
        if r.established is not None
        and not (dt.date(1991, 1, 1) <= r.established.earliest() <= release)
    ]
    assert offenders == []


def test_only_active_relations_carry_an_establishment_date_or_a_note_says_why() -> None:
    offenders = [
        r.id for r in azfp.relations if r.status != "active" and r.established and not r.note
    ]
    assert offenders == []


def test_armenia_has_no_diplomatic_relations() -> None:
    armenia = azfp.relations["AM"]
    assert armenia.status == "none"
    assert armenia.established is None
    assert armenia.confidence == "high"
    assert len({c.source for c in armenia.sources}) >= 2


def test_a_relation_without_a_date_says_why() -> None:
    offenders = [r.id for r in azfp.relations if r.established is None and not r.note]
    assert offenders == []


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 1, 1)), st.integers(0, 4000))
def test_relations_count_never_falls_over_time(day: dt.date, days: int) -> None:
    later = day + dt.timedelta(days=days)
    assert azfp.relations_count(on=day) <= azfp.relations_count(on=later)


@settings(max_examples=50, deadline=None)
@given(st.dates(dt.date(1991, 1, 1), dt.date(2030, 1, 1)))
def test_relations_count_counts_the_active_relations_dated_or_attested_by_the_day(
    day: dt.date,
) -> None:
    expected = sum(
        1
        for r in azfp.relations
        if r.status == "active"
        and (known := r.established or r.attested) is not None
        and known.latest() <= day
    )
    assert azfp.relations_count(on=day) == expected


def test_an_attested_date_moves_an_undated_relation_into_the_count() -> None:
    attested = [(r, r.attested) for r in azfp.relations if r.attested is not None]
    assert attested
    for relation, known in attested:
        day = known.latest()
        before = day - dt.timedelta(days=1)
        assert relation in azfp.relations.among([relation.id], on=day)
        assert relation not in azfp.relations.among([relation.id], on=before)


def test_an_attested_relation_is_undated_and_its_note_names_what_attests_it() -> None:
    offenders = [
        r.id
        for r in azfp.relations
        if r.attested is not None
        and (r.established is not None or "attest" not in (r.note or "").lower())
    ]
    assert offenders == []


@pytest.mark.parametrize("code", ["TR", "US", "RU"])
def test_show_a_country_prints_its_relation(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    from azfp.cli import main

    assert main(["show", code]) == 0
    out = capsys.readouterr().out
    relation = azfp.relations[code]
    assert "Diplomatic relations with Azerbaijan: active" in out
    assert str(relation.established) in out


def test_every_dated_published_count_of_relations_lies_within_the_tables_bounds() -> None:
    offenders = []
    for point in azfp.figures["diplomatic-relations"].points:
        if point.as_of is None:
            continue
        low = azfp.relations.bounds(on=point.as_of.earliest())[0]
        high = azfp.relations.bounds(on=point.as_of.latest())[1]
        if not low <= point.value <= high:
            offenders.append(f"{point.as_of}: {point.value:g} outside [{low}, {high}]")
    assert offenders == []


@settings(max_examples=50, deadline=None)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)))
def test_bounds_start_at_the_count_and_hold_every_active_relation_at_most(day: dt.date) -> None:
    low, high = azfp.relations.bounds(on=day)
    assert low == azfp.relations_count(on=day)
    assert low <= high <= len(azfp.relations.filter(status="active"))


def test_every_state_has_its_own_wikidata_item_cited() -> None:
    items = [c.wikidata for c in azfp.countries]
    offenders = [c.id for c in azfp.countries if c.wikidata is None]
    offenders += [q for q in set(items) if q is not None and items.count(q) > 1]
    offenders += [
        c.id
        for c in azfp.countries
        if c.wikidata and not any("wikidata" in (s.locator or "") for s in c.sources)
    ]
    assert offenders == []


def test_a_wikidata_item_looks_up_its_record() -> None:
    offenders = [
        c.id for c in azfp.countries if c.wikidata and azfp.countries.lookup(c.wikidata) != c
    ]
    offenders += [
        o.id
        for o in azfp.organizations
        if o.wikidata and azfp.organizations.lookup(o.wikidata) != o
    ]
    assert offenders == []


def test_every_active_relation_has_an_establishment_or_an_attested_date() -> None:
    offenders = [
        r.id
        for r in azfp.relations
        if r.status == "active" and r.established is None and r.attested is None
    ]
    assert offenders == []


def test_show_an_undated_relation_prints_its_attested_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from azfp.cli import main

    relation = next(r for r in azfp.relations if r.attested is not None)
    assert main(["show", relation.id]) == 0
    assert f"attested by {relation.attested}" in capsys.readouterr().out
