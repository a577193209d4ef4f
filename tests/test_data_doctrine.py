"""Checks of the doctrine: principles over time, spaces and the seed's claims.

Each test names every offending record at once.
"""

from __future__ import annotations

import datetime as _dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import azfp
from azfp.cli import main

SPACES_THE_SEED_NAMES = {"the-west", "islamic-world", "turkic-world", "cis"}


def test_the_four_spaces_the_seed_names_exist_and_cite_it() -> None:
    assert {s.id for s in azfp.spaces} >= SPACES_THE_SEED_NAMES
    offenders = [s.id for s in azfp.spaces if not any(c.source == "seed" for c in s.sources)]
    assert offenders == []


def test_every_space_is_defined_by_sourced_member_lists_of_its_organizations() -> None:
    offenders = []
    for space in azfp.spaces:
        listed = {m.organization for m in space.member_lists if m.status == "member"}
        if not space.organizations or listed != set(space.organizations):
            offenders.append(f"{space.id}: organizations {space.organizations}, lists {listed}")
        for member_list in space.member_lists:
            if not member_list.countries:
                offenders.append(f"{space.id}: empty {member_list.organization} list")
    assert offenders == []


def test_member_lists_agree_with_azerbaijans_own_memberships() -> None:
    # Azerbaijan is on the member list of every organization it is a member of on the list's
    # date, and on no member list of an organization it does not belong to.
    offenders = []
    for space in azfp.spaces:
        for member_list in space.member_lists:
            if member_list.status != "member":
                continue
            day = member_list.as_of or azfp.PartialDate(azfp.DATA_VERSION.replace(".", "-"))
            member = azfp.is_member(member_list.organization, on=day.latest())
            listed = "AZ" in member_list.countries
            if member != listed:
                offenders.append(f"{space.id}/{member_list.organization}: {member} vs {listed}")
    assert offenders == []


def test_spaces_of_a_country_are_the_spaces_that_list_it() -> None:
    offenders = [
        f"{country.id}: {space.id}"
        for country in azfp.countries
        for space in azfp.spaces
        if (space in azfp.spaces.of(country.id)) != (country.id in space.countries)
    ]
    assert offenders == []


@pytest.mark.parametrize("space", sorted(SPACES_THE_SEED_NAMES))
def test_partners_of_a_space_are_active_relations_with_its_states(space: str) -> None:
    found = azfp.partners(space)
    countries = set(azfp.spaces[space].countries)
    assert found
    assert {r.id for r in found} <= countries
    assert all(r.status == "active" for r in found)
    expected = {
        c for c in countries if c in azfp.relations and azfp.relations[c].status == "active"
    }
    assert {r.id for r in found} == expected


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(SPACES_THE_SEED_NAMES)),
    st.dates(_dt.date(1990, 1, 1), _dt.date(2027, 1, 1)),
    st.dates(_dt.date(1990, 1, 1), _dt.date(2027, 1, 1)),
)
def test_partners_on_a_day_grow_with_the_day(space: str, one: _dt.date, two: _dt.date) -> None:
    early, late = sorted((one, two))
    before = {r.id for r in azfp.partners(space, on=early)}
    after = {r.id for r in azfp.partners(space, on=late)}
    assert before <= after <= {r.id for r in azfp.partners(space)}


def test_partners_reject_what_is_not_a_space() -> None:
    with pytest.raises(azfp.NotFound):
        azfp.partners("no such space")
    with pytest.raises(TypeError, match="space"):
        azfp.partners(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="countries"):
        azfp.relations.among("TR")


def test_the_space_names_resolve() -> None:
    assert azfp.spaces.lookup("The West").id == "the-west"
    assert azfp.partners("The Turkic world") == azfp.partners("turkic-world")


def test_every_principle_and_goal_is_restated_or_marked_as_the_seeds_only() -> None:
    offenders = [p.id for p in azfp.principles if not p.statements]
    assert offenders == []


def test_statements_and_outcomes_are_dated_in_order_and_sourced() -> None:
    offenders = []
    for principle in azfp.principles:
        for label, items in (("statement", principle.statements), ("outcome", principle.outcomes)):
            days = [item.date.earliest() for item in items]
            if days != sorted(days):
                offenders.append(f"{principle.id}: {label}s out of order")
            offenders += [f"{principle.id}: {label} without source" for i in items if not i.sources]
        if principle.outcomes and principle.kind != "goal":
            offenders.append(f"{principle.id}: outcomes on a {principle.kind}")
    assert offenders == []


def test_the_territorial_integrity_goal_records_what_became_of_it() -> None:
    goal = azfp.principles["restore-territorial-integrity"]
    assert goal.status is not None
    assert goal.outcomes[0].date >= azfp.PartialDate("2020")


def test_the_timeline_of_a_principle_holds_its_statements_and_outcomes() -> None:
    offenders = []
    for principle in azfp.principles:
        days = sorted(
            [str(s.date) for s in principle.statements] + [str(o.date) for o in principle.outcomes]
        )
        found = sorted(str(e.date) for e in azfp.timeline(principle.id))
        if found != days:
            offenders.append(principle.id)
    assert offenders == []


def test_every_claim_cites_a_paragraph_of_the_seed_with_its_words() -> None:
    offenders = [
        f"{claim.id}: {citation.source} {citation.locator}"
        for claim in azfp.claims
        for citation in claim.sources
        if citation.source != "seed"
        or not re.fullmatch(r"paragraph [1-9][0-9]*", citation.locator or "")
        or not citation.excerpt
    ]
    assert offenders == []


def test_claims_about_figures_match_the_figures_seed_point() -> None:
    offenders = []
    for claim in azfp.claims:
        for ref in claim.about:
            figure = azfp.figures.get(ref)
            if figure is None:
                continue
            seed_values = {
                p.value for p in figure.points if any(c.source == "seed" for c in p.sources)
            }
            numbers = {float(w) for w in claim.claim.replace(",", " ").split() if w.isdigit()}
            if not seed_values & numbers:
                offenders.append(f"{claim.id}: {numbers} vs the seed point {seed_values}")
    assert offenders == []


def test_a_changed_claim_says_what_changed_and_when() -> None:
    offenders = [
        c.id for c in azfp.claims if c.changed and (not c.current or not c.current_sources)
    ]
    assert offenders == []
    assert any(c.changed for c in azfp.claims)
    assert {"diplomatic-relations", "AM"} <= {ref for c in azfp.claims for ref in c.about}


def test_show_prints_a_space_a_principle_and_a_claim(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "turkic-world"]) == 0
    out = capsys.readouterr().out
    assert "Member lists:" in out
    assert "ots members" in out
    assert main(["show", "restore-territorial-integrity"]) == 0
    out = capsys.readouterr().out
    assert "Later statements:" in out
    assert "Outcomes:" in out
    assert main(["show", "relations-with-177-countries", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "claims"
    assert data["record"]["current_sources"]
