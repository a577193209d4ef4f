"""Names the docstring examples in src/azfp may use without importing them."""

import datetime

import pytest


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict[str, object]) -> None:
    doctest_namespace["datetime"] = datetime
