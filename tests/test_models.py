from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from azfp.dates import PartialDate
from azfp.models import (
    Citation,
    Membership,
    MembershipStatus,
    Organization,
    Relation,
    Source,
    SourceKind,
)

MEMBERSHIP: dict[str, Any] = {
    "id": "un-member-1992",
    "organization": "un",
    "status": "member",
    "start": "1992-03-02",
    "sources": [{"source": "seed"}],
    "confidence": "high",
}
RELATION: dict[str, Any] = {
    "id": "GH",
    "country": "GH",
    "status": "active",
    "attested": "2023-02-14",
    "sources": [{"source": "seed"}],
    "confidence": "low",
}


def membership(**change: Any) -> dict[str, Any]:
    return {**MEMBERSHIP, **change}


def relation(**change: Any) -> dict[str, Any]:
    return {**RELATION, **change}


def test_a_valid_record_validates_and_types_its_fields() -> None:
    record = Membership.model_validate(membership())
    assert record.start == PartialDate("1992-03-02")
    assert record.status is MembershipStatus.MEMBER
    assert record.sources == (Citation(source="seed"),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sources": []}, "at least 1"),
        ({"confidence": "certain"}, "confidence"),
        ({"status": "friend"}, "status"),
        ({"start": "2 March 1992"}, "not an EDTF date"),
        ({"end": "1992-03-01"}, "not after start"),
        ({"end": "1992-03-02"}, "not after start"),
        ({"colour": "blue"}, "Extra inputs"),
        ({"id": "UN Member"}, "pattern"),
        ({"sources": [{"source": "seed", "excerpt": "x" * 201}]}, "at most 200"),
        (
            {
                "alternatives": [
                    {
                        "field": "colour",
                        "value": "1992",
                        "note": "n",
                        "sources": [{"source": "seed"}],
                    }
                ]
            },
            "unknown field",
        ),
    ],
)
def test_invalid_records_are_rejected(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Membership.model_validate(membership(**change))


def test_confidence_is_required() -> None:
    record = membership()
    del record["confidence"]
    with pytest.raises(ValidationError, match="confidence"):
        Membership.model_validate(record)


def test_records_are_frozen() -> None:
    record = Membership.model_validate(membership())
    with pytest.raises(ValidationError, match="frozen"):
        record.status = MembershipStatus.OBSERVER  # type: ignore[misc]
    assert isinstance(record.sources, tuple)


def test_organization_name_must_be_the_english_name() -> None:
    with pytest.raises(ValidationError, match=r"differs from names\.en"):
        Organization.model_validate(
            {
                "id": "un",
                "name": "UN",
                "names": {"en": "United Nations"},
                "kind": "intergovernmental-organization",
                "sources": [{"source": "seed"}],
                "confidence": "high",
            }
        )


def test_source_kinds_that_count_as_official() -> None:
    assert {k for k in SourceKind if k.official} == {
        SourceKind.OFFICIAL_AZ,
        SourceKind.OFFICIAL_FOREIGN,
        SourceKind.INTERGOVERNMENTAL,
        SourceKind.SEED,
    }


def test_source_round_trips_through_json() -> None:
    source = Source.model_validate(
        {
            "id": "seed",
            "title": "Foreign Policy",
            "publisher": "azerbaijan.az",
            "url": "https://azerbaijan.az/en/information/801",
            "language": "en",
            "accessed": "2026-11-27",
            "kind": "seed",
        }
    )
    assert Source.model_validate_json(source.model_dump_json()) == source
    assert source.name == "Foreign Policy"


def test_an_undated_active_relation_may_carry_an_attested_date() -> None:
    assert Relation.model_validate(relation()).attested == PartialDate("2023-02-14")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"established": "2010"}, "establishment date is known"),
        ({"status": "none"}, "status is none"),
        ({"country": "GA"}, "differs from id"),
    ],
)
def test_an_attested_date_stands_only_for_an_unknown_establishment_date(
    change: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        Relation.model_validate(relation(**change))


@pytest.mark.parametrize(
    ("change", "first"),
    [
        ({}, dt.date(2023, 2, 14)),
        ({"attested": "2022"}, dt.date(2022, 12, 31)),
        ({"attested": None, "established": "1992-03"}, dt.date(1992, 3, 31)),
        ({"attested": None}, None),
        ({"attested": None, "established": "1992", "status": "severed"}, None),
    ],
)
def test_a_relation_certainly_holds_from_the_last_day_its_known_date_may_denote(
    change: dict[str, Any], first: dt.date | None
) -> None:
    assert Relation.model_validate(relation(**change)).certain_from == first
