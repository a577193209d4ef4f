from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import azfp
from azfp.collection import Collection
from azfp.errors import AzfpError, NotFound
from azfp.frames import flatten
from azfp.models import Organization, Source
from azfp.text import normalize


def every_name(org: Organization) -> list[str]:
    names = [org.id, org.name, *org.aliases, *(n for _, n in org.names.items())]
    names += list(org.acronyms.all())
    names += [f.name for f in org.former_names] + [f.acronym for f in org.former_names if f.acronym]
    return names


def test_every_name_of_every_organization_finds_it() -> None:
    owners: dict[str, set[str]] = {}
    for org in azfp.organizations:
        for name in every_name(org):
            owners.setdefault(normalize(name), set()).add(org.id)
    wrong = []
    for org in azfp.organizations:
        for name in every_name(org):
            if owners[normalize(name)] != {org.id}:
                continue  # shared by two organizations: covered by the ambiguity test
            for variant in (name, name.upper(), name.lower(), f"  {name} "):
                try:
                    found = azfp.organizations.lookup(variant).id
                except NotFound:
                    found = "<NotFound>"
                if found != org.id:
                    wrong.append(f"{variant!r} -> {found}, expected {org.id}")
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Türk Dövlətləri Təşkilatı", "ots"),
        ("TURK DOVLETLERI TESKILATI", "ots"),
        ("Turkic Council", "ots"),
        ("Организация тюркских государств", "ots"),
        ("CSCE", "osce"),
        ("ООН", "un"),
        ("BMT", "un"),
        ("Organisation of the Islamic Conference", "oic"),
        ("İslam Əməkdaşlıq Təşkilatı", "oic"),
        ("islam emekdasliq teskilati", "oic"),
        ("ISESCO", "icesco"),
        ("Совет Европы", "coe"),
    ],
)
def test_lookup_folds_case_accents_and_azerbaijani_letters(text: str, expected: str) -> None:
    assert azfp.organizations.lookup(text).id == expected


def test_lookup_miss_names_the_input_and_suggests() -> None:
    with pytest.raises(NotFound) as caught:
        azfp.organizations.lookup("Organization of Turkic Stats")
    error = caught.value
    assert isinstance(error, LookupError)
    assert isinstance(error, AzfpError)
    assert error.query == "Organization of Turkic Stats"
    assert "'Organization of Turkic Stats'" in str(error)
    assert 1 <= len(error.suggestions) <= 3
    assert error.suggestions[0] == "ots"
    assert all(s in azfp.organizations for s in error.suggestions)


def test_lookup_of_nonsense_has_no_suggestions() -> None:
    with pytest.raises(NotFound) as caught:
        azfp.organizations.lookup("zzqqxx")
    assert caught.value.suggestions == ()


def test_lookup_of_a_name_two_records_share_equally_is_refused() -> None:
    a = Organization.model_validate(
        {
            "id": "a",
            "name": "Alpha",
            "names": {"en": "Alpha"},
            "aliases": ["Same"],
            "kind": "forum",
            "sources": [{"source": "seed"}],
            "confidence": "low",
        }
    )
    b = a.model_copy(
        update={"id": "b", "name": "Beta", "names": a.names.model_copy(update={"en": "Beta"})}
    )
    both = Collection([a, b], "organizations")
    with pytest.raises(NotFound, match="names 2 organizations records equally") as caught:
        both.lookup("same")
    assert set(caught.value.suggestions) == {"a", "b"}
    assert both.lookup("alpha") is a


@given(st.text(max_size=60))
def test_lookup_of_any_text_returns_a_record_or_raises_not_found(text: str) -> None:
    try:
        record = azfp.organizations.lookup(text)
    except NotFound as error:
        miss = error
    else:
        assert record in azfp.organizations
        return
    assert miss.query == text
    assert len(miss.suggestions) <= 3


@pytest.mark.parametrize("bad", [None, 1, b"un", ["un"]])
def test_lookup_and_search_reject_non_strings(bad: object) -> None:
    with pytest.raises(TypeError, match="text: expected a string"):
        azfp.organizations.lookup(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text: expected a string"):
        azfp.organizations.search(bad)  # type: ignore[arg-type]


def test_search_ranks_close_names_first() -> None:
    assert azfp.organizations.search("turkic states")[0].id == "ots"
    assert azfp.organizations.search("Cooperation Council of Turkic")[0].id == "ots"
    assert azfp.organizations.search("nato")[0].id == "nato"
    assert azfp.organizations.search("  ") == ()
    assert len(azfp.organizations.search("organization", limit=2)) == 2


@pytest.mark.parametrize(
    ("limit", "error"), [(0, ValueError), (-1, ValueError), (1.5, TypeError), (True, TypeError)]
)
def test_search_checks_its_limit(limit: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="limit"):
        azfp.organizations.search("un", limit=limit)  # type: ignore[arg-type]


def test_container_protocol() -> None:
    orgs = azfp.organizations
    ids = [o.id for o in orgs]
    assert ids == sorted(ids)
    assert len(orgs) == len(set(ids))
    assert "un" in orgs
    assert orgs["un"] in orgs
    assert "UN" not in orgs  # `in` takes exact ids; lookup takes names
    assert 42 not in orgs
    assert orgs.get("un") is orgs["un"]
    assert orgs.get("nope") is None
    assert orgs.get("nope", "default") == "default"
    with pytest.raises(NotFound, match="no organizations id 'nope'"):
        orgs["nope"]
    with pytest.raises(TypeError, match="id: expected a string"):
        orgs.get(1)  # type: ignore[call-overload]
    assert repr(orgs) == f"<Collection organizations: {len(ids)} records>"
    assert orgs.name == "organizations"


def test_filter_and_where() -> None:
    cis = azfp.memberships.filter(organization="cis")
    assert len(cis) >= 2
    assert all(m.organization == "cis" for m in cis)
    assert [m.id for m in cis.filter(status="member")] == [
        m.id for m in azfp.memberships if m.organization == "cis" and m.status == "member"
    ]
    first = next(iter(cis))
    assert list(cis.filter(start=str(first.start))) == [first]
    open_ended = azfp.memberships.where(lambda m: m.end is None)
    assert all(m.end is None for m in open_ended)
    assert len(open_ended) < len(azfp.memberships)
    assert isinstance(cis, type(azfp.memberships))
    assert cis.of("cis") == azfp.memberships.of("cis")
    with pytest.raises(TypeError, match="colour is not a field"):
        azfp.memberships.filter(colour="red")
    with pytest.raises(TypeError, match="predicate"):
        azfp.memberships.where("end")  # type: ignore[arg-type]


def test_html_repr_escapes_text() -> None:
    hostile = Source.model_validate(
        {
            "id": "x",
            "title": "<script>alert(1)</script>",
            "publisher": "a & b",
            "url": "https://example.org/",
            "language": "en",
            "accessed": "2026-01-01",
            "kind": "press",
        }
    )
    html = Collection([hostile], "sources")._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "a &amp; b" in html


def test_html_repr_shows_every_record_up_to_fifty() -> None:
    html = azfp.sources._repr_html_()
    assert html.count("<tr>") == min(len(azfp.sources), 50) + 1
    assert (f"and {len(azfp.sources) - 50} more" in html) == (len(azfp.sources) > 50)


def test_flatten_gives_date_bounds_and_names_per_language() -> None:
    row = flatten(azfp.memberships.of("un")[-1])
    assert row["start"] == str(azfp.memberships.of("un")[-1].start)
    assert row["start_earliest"] <= row["start_latest"]  # type: ignore[operator]
    org = flatten(azfp.organizations["un"])
    assert org["names_en"] == "United Nations"
    assert isinstance(org["sources"], str)


def test_to_frame_has_one_row_per_record() -> None:
    pytest.importorskip("pandas")
    frame = azfp.organizations.to_frame()
    assert len(frame) == len(azfp.organizations)
    assert list(frame["id"]) == [o.id for o in azfp.organizations]
    assert {"names_az", "names_ru", "founded_earliest"} <= set(frame.columns)
    assert len(azfp.roles.to_frame()) == len(azfp.roles)
