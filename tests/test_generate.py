from __future__ import annotations

import json
import pathlib
from collections.abc import Callable
from typing import Any

import pytest

import azfp
from azfp import generate, ids
from azfp.checks import ENTITIES

Edit = Callable[[str, Callable[[list[Any]], None]], None]


def test_committed_generated_files_match_the_data(shipped_data: pathlib.Path) -> None:
    stale = generate.stale_files(shipped_data)
    assert stale == [], "run: python -m azfp.generate"


def test_check_mode_reports_nothing_on_the_shipped_data() -> None:
    assert generate.main(["--check"]) == 0


def test_manifest_names_every_shipped_file_with_its_version(shipped_data: pathlib.Path) -> None:
    manifest = json.loads((shipped_data / "manifest.json").read_text("utf-8"))
    assert manifest["data_version"] == azfp.DATA_VERSION
    names = set(manifest["files"])
    on_disk = {p.relative_to(shipped_data).as_posix() for p in shipped_data.rglob("*.json")}
    assert names == on_disk - {"manifest.json"}
    for entity in ENTITIES:
        stored = json.loads((shipped_data / entity.file).read_text("utf-8"))
        assert manifest["files"][entity.file]["records"] == len(stored)


def test_ids_module_has_one_member_per_stored_record(shipped_data: pathlib.Path) -> None:
    for entity in ENTITIES:
        enum = getattr(ids, generate.ENUM_NAMES[entity.name])
        stored = json.loads((shipped_data / entity.file).read_text("utf-8"))
        assert sorted(enum) == sorted(r["id"] for r in stored)
        assert all(member in getattr(azfp, entity.name) for member in enum)
    assert str(ids.Org.UN) == "un"
    assert azfp.organizations[ids.Org.OTS].acronym == "OTS"


@pytest.mark.parametrize(
    ("record_id", "name"),
    [("un", "UN"), ("btc-pipeline", "BTC_PIPELINE"), ("1994-psa", "N_1994_PSA"), ("TR", "TR")],
)
def test_member_names(record_id: str, name: str) -> None:
    assert generate.member_name(record_id) == name


def test_records_are_written_id_first_and_sources_last(shipped_data: pathlib.Path) -> None:
    raw = json.loads((shipped_data / "memberships.json").read_text("utf-8"))
    for record in raw:
        keys = list(record)
        assert keys[0] == "id"
        assert keys[-2:] in (["sources", "confidence"], ["confidence", "note"])


def test_regenerating_a_changed_copy_makes_it_valid_again(
    data_copy: pathlib.Path, edit_records: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_records("memberships.json", lambda records: records[0].update(note="changed"))
    assert azfp.validate(data_copy) != ()
    assert generate.main(["--check", "--data", str(data_copy)]) == 1
    assert "stale: data/manifest.json" in capsys.readouterr().err
    assert generate.main(["--data", str(data_copy)]) == 0
    assert "wrote data/manifest.json" in capsys.readouterr().out
    assert azfp.validate(data_copy) == ()
    assert (
        azfp.load(data_copy)
        .memberships[json.loads((data_copy / "memberships.json").read_text())[0]["id"]]
        .note
        == "changed"
    )


def test_generation_refuses_unsound_data(
    data_copy: pathlib.Path, edit_records: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_records("memberships.json", lambda records: records[0].update(organization="nowhere"))
    assert generate.main(["--data", str(data_copy)]) == 1
    assert "organization names 'nowhere'" in capsys.readouterr().err
