"""Checks of the shipped data itself. Each test collects every offending record, so a failure
names all of them at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import azfp
from azfp.checks import ENTITIES, walk
from azfp.dates import PartialDate
from azfp.models import Citation, Confidence, Record

RELEASE = dt.datetime.strptime(azfp.DATA_VERSION, "%Y.%m.%d").date()

#: The organizations the seed page lists as memberships, and the cooperation it names.
SEED_MEMBERSHIPS = ("un", "osce", "nam", "ots", "coe", "oic", "unesco", "icesco", "cis")
SEED_COOPERATION = ("nato", "eu", "anti-terrorist-coalition")


def all_records() -> list[tuple[str, Any]]:
    return [(e.name, r) for e in ENTITIES for r in getattr(azfp, e.name)]


def test_every_fact_record_has_a_source_and_a_confidence() -> None:
    offenders = [
        f"{name}:{r.id}"
        for name, r in all_records()
        if isinstance(r, Record) and (not r.sources or r.confidence not in set(Confidence))
    ]
    assert offenders == []


def test_every_citation_resolves_and_excerpts_are_short() -> None:
    offenders = []
    for name, record in all_records():
        for value in walk(record):
            if isinstance(value, Citation):
                if value.source not in azfp.sources:
                    offenders.append(f"{name}:{record.id} cites {value.source}")
                if value.excerpt is not None and len(value.excerpt) > 200:
                    offenders.append(f"{name}:{record.id} excerpt of {len(value.excerpt)} chars")
    assert offenders == []


def test_every_source_is_cited() -> None:
    cited = {
        value.source
        for _, record in all_records()
        for value in walk(record)
        if isinstance(value, Citation)
    }
    assert sorted({s.id for s in azfp.sources} - cited) == []


def test_ids_are_unique_within_each_collection() -> None:
    offenders = []
    for entity in ENTITIES:
        ids = [r.id for r in getattr(azfp, entity.name)]
        offenders += [f"{entity.name}:{i}" for i in set(ids) if ids.count(i) > 1]
    assert offenders == []


def test_no_date_after_the_data_release() -> None:
    offenders = [
        f"{name}:{record.id} {value}"
        for name, record in all_records()
        for value in walk(record)
        if isinstance(value, PartialDate) and value.earliest() > RELEASE
    ]
    assert offenders == []


def test_periods_start_before_they_end() -> None:
    offenders = [
        f"{name}:{r.id}"
        for name, r in all_records()
        if getattr(r, "end", None) is not None and r.end.latest() <= r.start.earliest()
    ]
    assert offenders == []


def test_membership_periods_of_one_organization_do_not_overlap() -> None:
    """Full membership periods never overlap, and neither do two periods of the same status."""
    offenders = []
    for org in azfp.organizations:
        periods = azfp.memberships.of(org.id)
        for i, a in enumerate(periods):
            for b in periods[i + 1 :]:
                same_kind = a.status == b.status or (
                    a.status.is_membership and b.status.is_membership
                )
                a_end = a.end.earliest() if a.end else dt.date.max
                if same_kind and b.start.latest() < a_end:
                    offenders.append(f"{a.id} overlaps {b.id}")
    assert offenders == []


def test_references_resolve() -> None:
    offenders = [
        f"memberships:{m.id} -> {m.organization}"
        for m in azfp.memberships
        if m.organization not in azfp.organizations
    ]
    offenders += [
        f"roles:{r.id} -> {r.organization}"
        for r in azfp.roles
        if r.organization not in azfp.organizations
    ]
    assert offenders == []


@pytest.mark.parametrize("org", SEED_MEMBERSHIPS)
def test_every_membership_the_seed_names_is_recorded_with_a_membership_period(org: str) -> None:
    assert org in azfp.organizations
    assert any(m.status.is_membership for m in azfp.memberships.of(org))


@pytest.mark.parametrize("org", SEED_COOPERATION)
def test_every_cooperation_the_seed_names_is_recorded(org: str) -> None:
    assert org in azfp.organizations
    assert azfp.memberships.of(org)


def test_seed_organizations_cite_the_seed() -> None:
    offenders = [
        org
        for org in SEED_MEMBERSHIPS + SEED_COOPERATION
        if not any(c.source == "seed" for c in azfp.organizations[org].sources)
    ]
    assert offenders == []


def test_every_organization_has_azerbaijani_and_russian_names() -> None:
    missing = [
        f"{o.id}:{lang}"
        for o in azfp.organizations
        for lang in ("az", "ru")
        if getattr(o.names, lang) is None
    ]
    # Names not found in any source stay out rather than being made up; each such gap must be
    # explained in the record's note.
    unexplained = [
        m for m in missing if "name" not in (azfp.organizations[m.split(":")[0]].note or "")
    ]
    assert unexplained == []


def test_former_names_are_dated_and_end_before_today() -> None:
    offenders = [
        f"{o.id}:{f.name}"
        for o in azfp.organizations
        for f in o.former_names
        if f.end is None or f.end.earliest() > RELEASE
    ]
    assert offenders == []


def test_seed_figures_are_recorded_as_the_seeds_claims() -> None:
    claims = {
        figure.id: point
        for figure in azfp.figures
        for point in figure.points
        if any(c.source == "seed" for c in point.sources)
    }
    assert claims["diplomatic-relations"].value == 177
    assert claims["foreign-missions-in-azerbaijan"].value == 80
    assert claims["foreign-missions-in-azerbaijan"].qualifier == "more_than"
    assert all(point.as_of is None for point in claims.values()), "the seed page is undated"


def test_figure_points_are_in_time_order() -> None:
    offenders = []
    for figure in azfp.figures:
        dated = [p.as_of.earliest() for p in figure.points if p.as_of is not None]
        if dated != sorted(dated):
            offenders.append(figure.id)
        undated_seen = False
        for point in figure.points:
            undated_seen = undated_seen or point.as_of is None
            if undated_seen and point.as_of is not None:
                offenders.append(f"{figure.id}: dated point after an undated one")
                break
    assert offenders == []


def test_a_low_or_medium_confidence_membership_says_why() -> None:
    offenders = [m.id for m in azfp.memberships if m.confidence != "high" and not m.note]
    assert offenders == []


def test_a_period_without_an_official_source_says_why() -> None:
    offenders = [
        m.id
        for m in azfp.memberships
        if not any(azfp.sources[c.source].kind.official for c in m.sources) and not m.note
    ]
    assert offenders == []


# At least 85% of the periods rest on an official source (the organization, a government, an
# official portal); the others each say why in their note (test above).
OFFICIAL_SHARE_FLOOR = 0.85


def test_share_of_membership_periods_resting_on_an_official_source() -> None:
    official = [
        m.id
        for m in azfp.memberships
        if any(azfp.sources[c.source].kind.official for c in m.sources)
    ]
    assert len(official) / len(azfp.memberships) >= OFFICIAL_SHARE_FLOOR


def test_wikidata_items_of_organizations_are_unique_and_cited() -> None:
    items = [o.wikidata for o in azfp.organizations if o.wikidata]
    offenders = [q for q in set(items) if items.count(q) > 1]
    offenders += [
        o.id
        for o in azfp.organizations
        if o.wikidata and not any("wikidata" in (c.locator or "") for c in o.sources)
    ]
    assert offenders == []
    assert items
