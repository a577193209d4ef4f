"""Checks of principles, officeholders and the timeline; each test names every offender."""

from __future__ import annotations

import json

import pytest

import azfp
from azfp.cli import main


def test_the_timeline_has_at_least_a_hundred_sourced_events() -> None:
    assert len(azfp.events) >= 100
    assert [e.id for e in azfp.events if not e.sources] == []


def test_every_principle_cites_a_paragraph_of_the_seed() -> None:
    offenders = [
        p.id
        for p in azfp.principles
        if not any(
            c.source == "seed" and (c.locator or "").startswith("paragraph") for c in p.sources
        )
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "principle",
    [
        "peace",
        "respect-for-international-law",
        "territorial-integrity",
        "mutually-beneficial-cooperation",
        "balanced-multi-vector-policy",
        "territory-not-used-against-neighbours",
        "equality-in-international-relations",
    ],
)
def test_the_principles_the_seed_states_are_recorded(principle: str) -> None:
    assert principle in azfp.principles
    assert azfp.principles[principle].stated_by


def test_event_links_resolve() -> None:
    known = {
        *(o.id for o in azfp.organizations),
        *(c.id for c in azfp.countries),
        *(c.id for c in azfp.corridors),
        *(a.id for a in azfp.agreements),
        *(o.id for o in azfp.officeholders),
        *(p.id for p in azfp.principles),
        *(s.id for s in azfp.spaces),
        *(f.id for f in azfp.figures),
    }
    offenders = [f"{e.id}: {ref}" for e in azfp.events for ref in e.about if ref not in known]
    assert offenders == []


def test_timelines_of_one_thing_are_in_time_order() -> None:
    for entity in ("ots", "TR", "btc-pipeline", "Commonwealth of Independent States"):
        events = azfp.timeline(entity)
        assert events, entity
        days = [e.date.earliest() for e in events]
        assert days == sorted(days)


def test_timeline_of_an_organization_follows_its_memberships() -> None:
    starts = {str(m.start) for m in azfp.memberships.of("cis")}
    assert starts <= {str(e.date) for e in azfp.timeline("cis")}


def test_contested_names_are_aliases_of_a_neutral_title() -> None:
    war = azfp.events["second-karabakh-war-2020"]
    assert war.title.startswith("Second Karabakh War")
    assert {"Patriotic War", "44-day war"} <= set(war.aliases)
    assert azfp.events.lookup("Patriotic War") is war


def test_officeholders_include_every_president_since_independence() -> None:
    presidents = [o for o in azfp.officeholders if o.office == "president"]
    current = [o for o in presidents if o.end is None]
    assert len(current) == 1
    assert all(o.sources for o in azfp.officeholders)
    foreign = [o for o in azfp.officeholders if o.office == "foreign-minister" and o.end is None]
    assert len(foreign) == 1


def test_timeline_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--from", "1991-01-01", "--to", "1992-01-01", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows
    assert all("1991" <= r["date"][:4] < "1992" for r in rows if r["date"][3] != "X")
    assert main(["timeline", "--about", "OTS"]) == 0
    out = capsys.readouterr().out
    assert "Turkic" in out
    assert main(["timeline", "--from", "2000-01-01", "--to", "1999-01-01"]) == 2
    assert "before" in capsys.readouterr().err
    assert main(["timeline", "--from", "1900-01-01", "--to", "1900-01-02"]) == 0
    assert "No event" in capsys.readouterr().out
