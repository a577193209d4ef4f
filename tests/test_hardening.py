"""Adversarial tests: bad input, damaged data, mutation attempts, zip imports, safety."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import azfp
from azfp.checks import MAX_FILE_BYTES
from azfp.cli import main
from azfp.dates import PartialDate
from azfp.errors import NotFound
from azfp.quantities import Quantity

LOOKALIKES = [
    "İ",
    "ı",
    "I\u0307",
    "ə",
    "Ə",
    "ё",
    "Ё",
    "\u0301",
    "\u200f",
    "\u202e",
    "\ufeff",
    "ش",
    "Ｏ",
    "𝐎",
    "\x00",
    "\n",
    " ",
]
texts = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(LOOKALIKES), max_size=12).map("".join),
    st.text(alphabet=st.sampled_from("OICUNotsİıəöüşçğ- "), max_size=20),
    st.just("x" * 10_000),
)
anything = st.one_of(
    texts,
    st.integers(),
    st.floats(allow_nan=True),
    st.none(),
    st.binary(max_size=20),
    st.dates(),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
)

ARGUMENT_NAMES = (
    "text",
    "id",
    "on",
    "start",
    "end",
    "entity",
    "country",
    "countries",
    "space",
    "limit",
    "unit",
)


def outcome(call: Callable[[], object]) -> object:
    """Run a call; the only allowed failures are NotFound and errors that name an argument."""
    try:
        return call()
    except NotFound:
        return "not found"
    except (TypeError, ValueError) as error:
        message = str(error)
        assert any(name in message for name in ARGUMENT_NAMES) or "EDTF" in message, message
        return "refused"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_every_public_function_answers_refuses_or_names_the_argument(value: Any) -> None:
    calls: list[Callable[[], object]] = [
        lambda: azfp.organizations.lookup(value),
        lambda: azfp.organizations.search(value),
        lambda: azfp.organizations.get(value),
        lambda: azfp.countries.lookup(value),
        lambda: azfp.memberships.of(value),
        lambda: azfp.memberships.active(on=value),
        lambda: azfp.memberships.active(on=value, include_uncertain=True),
        lambda: azfp.roles.active(on=value),
        lambda: azfp.is_member(value),
        lambda: azfp.is_member("UN", on=value),
        lambda: azfp.relations_count(on=value),
        lambda: azfp.timeline(value),
        lambda: azfp.events.between(value, "2030-01-01"),
        lambda: azfp.corridors.through(value),
        lambda: azfp.relations.established_between("1991-01-01", value),
        lambda: azfp.organizations.search("un", limit=value),
        lambda: azfp.partners(value),
        lambda: azfp.partners("turkic-world", on=value),
        lambda: azfp.spaces.of(value),
        lambda: azfp.relations.among(value),
        lambda: azfp.relations.bounds(on=value),
        lambda: azfp.countries.lookup(value),
    ]
    for call in calls:
        outcome(call)


@settings(max_examples=200)
@given(anything)
def test_dates_and_quantities_refuse_cleanly(value: Any) -> None:
    assert "EDTF" in refusal(lambda: PartialDate(value), "EDTF")
    assert "unit" in refusal(lambda: Quantity(1, "km").to(value), "unit")


def refusal(call: Callable[[], object], expected: str) -> str:
    """The message of a TypeError/ValueError the call raises, or ``expected`` if it succeeds."""
    try:
        call()
    except (TypeError, ValueError) as error:
        return str(error)
    return expected


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    command=st.sampled_from(
        [
            "show",
            "search",
            "memberships --on",
            "roles --on",
            "timeline --about",
            "timeline --from",
            "summary --bogus",
            "show --json",
            "validate",
            "export {tmp} --format",
        ]
    ),
    text=texts,
)
def test_the_command_line_never_shows_a_traceback(
    command: str, text: str, capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        code = main([*command.format(tmp=tmp_path / "out").split(), text])
    except SystemExit as stop:  # argparse's --help and --version exit; nothing else may
        code = stop.code if isinstance(stop.code, int) else 2
    out, err = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "Traceback" not in out + err
    if code == 2:
        assert err.count("\n") == 1
        assert err.startswith("azfp:")


def test_an_oversized_data_file_is_refused(data_copy: pathlib.Path) -> None:
    path = data_copy / "spaces.json"
    with path.open("wb") as handle:
        handle.write(b"[" + b" " * (MAX_FILE_BYTES + 10) + b"]")
    with pytest.raises(azfp.DataIntegrityError, match=r"spaces\.json.*more than"):
        azfp.load(data_copy, verify=False)


def test_records_cannot_be_changed() -> None:
    record = azfp.organizations["un"]
    with pytest.raises(ValidationError):
        record.name = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        record.aliases.append("changed")  # type: ignore[attr-defined]
    copy = record.model_copy(update={"name": "changed"})
    assert copy.name == "changed"
    assert azfp.organizations["un"].name == "United Nations"
    assert azfp.organizations.lookup("United Nations") is record


def test_collections_and_their_indexes_cannot_be_changed() -> None:
    organizations = azfp.organizations
    with pytest.raises(AttributeError, match="immutable"):
        organizations._records = ()
    with pytest.raises(AttributeError, match="immutable"):
        del organizations._name
    with pytest.raises(TypeError):
        organizations._by_id["un"] = None  # type: ignore[index]
    results = organizations.search("un")
    assert isinstance(results, tuple)
    with pytest.raises(AttributeError):
        results.append(None)  # type: ignore[attr-defined]
    dataset = azfp.load()
    with pytest.raises(AttributeError, match="immutable"):
        dataset._root = None  # type: ignore[assignment]


def test_works_when_imported_from_a_zip_file(tmp_path: pathlib.Path) -> None:
    package = pathlib.Path(azfp.__file__).parent
    archive = tmp_path / "azfp.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                bundle.write(path, pathlib.Path("azfp") / path.relative_to(package))
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import azfp; "
        "assert '.zip' in azfp.__file__, azfp.__file__; "
        "print(azfp.organizations.lookup('OIC').id, len(azfp.load().memberships))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(archive)], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["oic", str(len(azfp.memberships))]


def test_no_unsafe_calls_in_the_code() -> None:
    root = pathlib.Path(__file__).resolve().parent.parent
    pattern = re.compile(r"\b(eval|exec)\(|\bpickle\b|yaml\.load\(|marshal\.loads")
    offenders = []
    for folder in ("src", "tests", "benchmarks", "tools"):
        for path in (root / folder).rglob("*.py"):
            if path.name == "test_hardening.py":
                continue
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if pattern.search(line):
                    offenders.append(f"{path.relative_to(root)}:{number}")
    assert offenders == []


def test_the_suite_runs_without_network() -> None:
    import socket

    with pytest.raises(AssertionError, match="network"):
        socket.socket()


def test_notebook_table_escapes_data_from_a_folder(data_copy: pathlib.Path) -> None:
    path = data_copy / "sources.json"
    records = json.loads(path.read_text("utf-8"))
    records[0]["title"] = "<img src=x onerror=alert(1)>"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", "utf-8")
    html = azfp.load(data_copy, verify=False).sources._repr_html_()
    assert "<img" not in html
    assert "&lt;img" in html


def test_dates_in_the_far_future_or_past_are_handled() -> None:
    assert azfp.memberships.active(on=dt.date.max) == azfp.memberships.active(on="9999-12-31")
    assert azfp.memberships.active(on=dt.date.min) == ()
    assert azfp.relations_count(on=dt.date.min) == 0
