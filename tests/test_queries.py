from __future__ import annotations

import datetime as dt
import itertools

import pytest

import azfp
from azfp.dates import PartialDate, Precision
from azfp.errors import NotFound
from azfp.models import Corridor, Event, Membership, Relation
from azfp.queries import CorridorCollection, EventCollection, RelationCollection

DAY = dt.timedelta(days=1)


def day_precise(date: PartialDate | None) -> bool:
    return date is not None and date.precision is Precision.DAY and not date.qualified


def test_boundaries_of_every_day_precise_period() -> None:
    wrong = []
    for m in azfp.memberships:
        if day_precise(m.start):
            start = m.start.earliest()
            if m in azfp.memberships.active(on=start - DAY):
                wrong.append(f"{m.id} holds the day before its start")
            if m not in azfp.memberships.active(on=start):
                wrong.append(f"{m.id} does not hold on its start day")
        if day_precise(m.end):
            assert m.end is not None
            end = m.end.earliest()
            if m not in azfp.memberships.active(on=end - DAY):
                wrong.append(f"{m.id} does not hold the day before its end")
            if m in azfp.memberships.active(on=end, include_uncertain=True):
                wrong.append(f"{m.id} holds on its end day")
    assert wrong == []


def test_partial_dates_are_uncertain_inside_their_range() -> None:
    partial = [m for m in azfp.memberships if m.start.precision is not Precision.DAY]
    assert partial, "the data has periods that start at month or year precision"
    wrong = []
    for m in partial:
        inside = m.start.earliest() + (m.start.latest() - m.start.earliest()) / 2
        if m in azfp.memberships.active(on=inside):
            wrong.append(f"{m.id} is certain on {inside}")
        if m.end is None or m.end.earliest() > inside:
            if m not in azfp.memberships.active(on=inside, include_uncertain=True):
                wrong.append(f"{m.id} is not even possible on {inside}")
            if m not in azfp.memberships.active(on=m.start.latest()):
                wrong.append(f"{m.id} is not certain on the last day of its start")
    assert wrong == []


def test_cis_in_mid_1992_was_not_membership() -> None:
    held = [m for m in azfp.memberships.active(on="1992-06-01") if m.organization == "cis"]
    assert [m.status.value for m in held] == ["signatory"]
    assert not azfp.is_member("CIS", on="1992-06-01")
    assert not azfp.memberships.is_member("Commonwealth of Independent States", on="1992-06-01")
    assert azfp.is_member("СНГ", on="2000-01-01")


def test_cis_periods_follow_each_other() -> None:
    periods = azfp.memberships.of("cis")
    assert periods[0].status.value == "signatory"
    assert periods[-1].status.is_membership
    for earlier, later in itertools.pairwise(periods):
        assert earlier.end == later.start, (
            f"{earlier.id} ends {earlier.end}, {later.id} starts {later.start}"
        )


def test_is_member_follows_the_membership_period() -> None:
    un = next(m for m in azfp.memberships.of("UN") if m.status.is_membership)
    start = un.start.earliest()
    assert azfp.is_member("United Nations", on=start)
    assert not azfp.is_member("United Nations", on=start - DAY)
    assert azfp.is_member("un", on=PartialDate(str(start)))
    assert azfp.is_member("un")  # today


def test_of_lists_periods_in_time_order() -> None:
    wrong = []
    for org in azfp.organizations:
        periods = azfp.memberships.of(org.id)
        starts = [p.start.earliest() for p in periods]
        if starts != sorted(starts):
            wrong.append(org.id)
        if azfp.memberships.of(org.name) != periods:
            wrong.append(f"{org.id} by name")
    assert wrong == []


def test_active_today_by_default() -> None:
    assert azfp.memberships.active() == azfp.memberships.active(on=dt.date.today())


@pytest.mark.parametrize(
    ("on", "error", "message"),
    [
        (1995, TypeError, "^on: "),
        (b"1995-01-01", TypeError, "^on: "),
        ("1995", ValueError, "^on: .*not a single day"),
        ("1 January 1995", ValueError, "^on: "),
    ],
)
def test_active_names_the_bad_argument(on: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        azfp.memberships.active(on=on)  # type: ignore[arg-type]


def test_include_uncertain_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="include_uncertain"):
        azfp.memberships.active(on="2000-01-01", include_uncertain="yes")  # type: ignore[arg-type]


def test_unknown_organization() -> None:
    with pytest.raises(NotFound):
        azfp.memberships.of("Warsaw Pact of Azerbaijan")
    with pytest.raises(NotFound):
        azfp.is_member("Warsaw Pact of Azerbaijan")


def test_roles_share_the_period_helpers() -> None:
    assert azfp.roles.active(on="2000-01-01") == tuple(
        r
        for r in azfp.roles
        if r.start.latest() <= dt.date(2000, 1, 1)
        and (r.end is None or dt.date(2000, 1, 1) < r.end.earliest())
    )


def relation(code: str, established: str | None, status: str = "active") -> Relation:
    return Relation.model_validate(
        {
            "id": code,
            "country": code,
            "status": status,
            "established": established,
            "sources": [{"source": "seed"}],
            "confidence": "high",
        }
    )


def test_relations_count_and_established_between() -> None:
    relations = RelationCollection(
        [
            relation("TR", "1992-01-14"),
            relation("US", "1992-03"),
            relation("AM", None, "none"),
            relation("XK", "1992-02-01", "severed"),
        ],
        "relations",
    )
    assert relations.count(on="1992-01-13") == 0
    assert relations.count(on="1992-01-14") == 1
    assert relations.count(on="1992-03-15") == 1  # the March date is not yet certain
    assert relations.count(on="1992-04-01") == 2
    in_early_1992 = relations.established_between("1992-01-01", "1992-04-01")
    assert [r.id for r in in_early_1992] == ["TR", "XK", "US"]
    assert [r.id for r in relations.established_between("1992-01-15", "1992-03-31")] == ["XK"]
    assert azfp.relations_count(on="1990-01-01") == 0


def test_corridors_through_a_country() -> None:
    pipe = Corridor.model_validate(
        {
            "id": "btc-pipeline",
            "name": "BTC",
            "kind": "oil-pipeline",
            "countries": ["AZ", "GE", "TR"],
            "status": "operational",
            "sources": [{"source": "seed"}],
            "confidence": "high",
        }
    )
    corridors = CorridorCollection([pipe], "corridors")
    assert corridors.through("ge") == (pipe,)
    assert corridors.through("AM") == ()
    with pytest.raises(TypeError, match="country"):
        corridors.through(None)  # type: ignore[arg-type]


def test_events_between_and_about() -> None:
    def event(i: str, date: str, about: list[str]) -> Event:
        return Event.model_validate(
            {
                "id": i,
                "date": date,
                "title": i,
                "kind": "membership",
                "about": about,
                "sources": [{"source": "seed"}],
                "confidence": "high",
            }
        )

    events = EventCollection(
        [
            event("b", "1992-03-02", ["un"]),
            event("a", "1991", ["oic"]),
            event("c", "2001-01", ["coe"]),
        ],
        "events",
    )
    assert [e.id for e in events.between("1991-06-01", "1992-03-03")] == ["a", "b"]
    assert [e.id for e in events.between("1992-03-03", "2001-01-02")] == ["c"]
    assert [e.id for e in events.about("un")] == ["b"]
    with pytest.raises(ValueError, match="before start"):
        events.between("2000-01-01", "1999-01-01")


def test_timeline_resolves_names_and_refuses_unknown_ones() -> None:
    assert azfp.timeline("United Nations") == azfp.timeline("un")
    with pytest.raises(NotFound):
        azfp.timeline("no such thing at all")
    with pytest.raises(TypeError, match="entity"):
        azfp.timeline(1)  # type: ignore[arg-type]


def test_membership_model_example_is_consistent() -> None:
    assert isinstance(azfp.memberships.of("UN")[0], Membership)
