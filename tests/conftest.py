"""Shared fixtures: a writable copy of the shipped data folder."""

from __future__ import annotations

import json
import pathlib
import shutil
from collections.abc import Callable
from typing import Any

import importlib_resources
import pytest

import azfp


def shipped_data() -> pathlib.Path:
    """The shipped data folder as a path (the tests run from an unzipped install)."""
    root = importlib_resources.files("azfp") / "data"
    return pathlib.Path(str(root))


@pytest.fixture(name="shipped_data")
def _shipped_data() -> pathlib.Path:
    """The shipped data folder (read only: use data_copy to change anything)."""
    return shipped_data()


@pytest.fixture
def data_copy(tmp_path: pathlib.Path) -> pathlib.Path:
    """A fresh copy of the shipped data folder that a test may damage."""
    target = tmp_path / "data"
    shutil.copytree(shipped_data(), target)
    return target


@pytest.fixture
def edit_records(data_copy: pathlib.Path) -> Callable[[str, Callable[[list[Any]], None]], None]:
    """Change the records of one file of the copy (the manifest is left as it was)."""

    def edit(file: str, change: Callable[[list[Any]], None]) -> None:
        path = data_copy / file
        records = json.loads(path.read_text(encoding="utf-8"))
        change(records)
        path.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", "utf-8")

    return edit


@pytest.fixture(scope="session")
def dataset() -> azfp.Dataset:
    """The shipped data, loaded and checked in full once."""
    return azfp.load()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """azfp never uses the network: any socket made during a test fails the test."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a test tried to open a network socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
