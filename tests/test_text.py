from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azfp.text import normalize, trigrams


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Naxçıvan", "Nakhchivan"),
        ("İSLAM", "islam"),
        ("Şuşa", "Shusha"),
        ("Türk Dövlətləri Təşkilatı", "turk dovletleri teskilati"),
        ("Ёлка", "елка"),
        ("Азербайджан", "АЗЕРБАЙДЖАН"),
        ("Organisation  of the   Islamic Conference", "organisation of the islamic-conference"),
        ("Côte d’Ivoire", "Cote d'Ivoire"),
    ],
)
def test_same_name_same_key(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Romania"), ("UN", "EU"), ("Iran", "Iraq")])
def test_different_names_different_keys(a: str, b: str) -> None:
    assert normalize(a) != normalize(b)


def test_punctuation_only_is_empty() -> None:
    assert normalize(" -- ,.; ") == ""


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_keys_are_trimmed_lower_case_single_spaced(text: str) -> None:
    key = normalize(text)
    assert key == key.strip()
    assert "  " not in key
    assert key == key.lower() or not key.isascii()


def test_trigrams_pad_both_ends() -> None:
    assert trigrams("un") == frozenset({" un", "un "})
    assert trigrams("") == frozenset()


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_fast_path_agrees_with_the_general_path(text: str) -> None:
    from azfp.text import _fold_once

    general = _fold_once(text)
    assert normalize(text) == _fold_once(general) == general
