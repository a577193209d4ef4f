from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

import pytest

import azfp
from azfp import dataset as dataset_module
from azfp.checks import ENTITIES, read_manifest
from azfp.dataset import Dataset
from azfp.errors import DataIntegrityError

Edit = Callable[[str, Callable[[list[Any]], None]], None]


def test_import_reads_no_data_and_stays_light() -> None:
    code = (
        "import sys, azfp; "
        "heavy = sorted(m for m in ('pydantic', 'importlib.metadata', 'azfp.dataset', "
        "'azfp.models', 'pandas') if m in sys.modules); "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_each_collection_is_read_on_first_use_only() -> None:
    code = (
        "import sys, azfp; azfp.organizations.lookup('OIC'); "
        "from azfp.dataset import default; "
        "print(','.join(sorted(default()._collections)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "organizations"


def test_the_facade_names_every_collection() -> None:
    assert tuple(entity.name for entity in ENTITIES) == azfp.COLLECTIONS


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        azfp.nope  # noqa: B018
    assert "organizations" in dir(azfp)


def forget_loaded_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the next use of the façade load the shipped data afresh (restored afterwards)."""
    monkeypatch.setattr(dataset_module, "_default", None)
    for name in azfp.COLLECTIONS:
        monkeypatch.delitem(vars(azfp), name, raising=False)


def test_concurrent_first_use_loads_once(monkeypatch: pytest.MonkeyPatch) -> None:
    forget_loaded_data(monkeypatch)
    builds: list[str] = []
    real_build = Dataset._build

    def counting_build(self: Dataset, entity: Any) -> Any:
        builds.append(entity.name)
        return real_build(self, entity)

    monkeypatch.setattr(Dataset, "_build", counting_build)
    barrier = threading.Barrier(32)
    seen: list[object] = []

    def touch() -> None:
        barrier.wait()
        seen.append(azfp.organizations)

    threads = [threading.Thread(target=touch) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == ["organizations"]
    assert len(seen) == 32
    assert all(s is seen[0] for s in seen)


def test_load_of_the_shipped_data(dataset: azfp.Dataset) -> None:
    assert dataset.data_version == azfp.DATA_VERSION
    for entity in ENTITIES:
        assert len(dataset.collection(entity.name)) == len(getattr(azfp, entity.name))
    assert repr(dataset) == f"<Dataset {azfp.DATA_VERSION}>"


def test_load_of_an_intact_copy(data_copy: pathlib.Path) -> None:
    copy = azfp.load(data_copy)
    assert [o.id for o in copy.organizations] == [o.id for o in azfp.organizations]
    assert copy.memberships.of("CIS") == azfp.memberships.of("CIS")
    assert azfp.validate(data_copy) == ()
    assert (
        azfp.load(str(data_copy)).figures["diplomatic-relations"]
        == azfp.figures["diplomatic-relations"]
    )


def test_one_changed_byte_fails_naming_the_file(data_copy: pathlib.Path) -> None:
    target = data_copy / "organizations.json"
    data = bytearray(target.read_bytes())
    index = data.index(b"United Nations")
    data[index] = ord("X")
    target.write_bytes(bytes(data))
    with pytest.raises(DataIntegrityError, match=r"organizations\.json.*checksum mismatch"):
        azfp.load(data_copy)
    problems = azfp.validate(data_copy)
    assert problems
    assert {p.file for p in problems} == {"organizations.json"}


def test_a_lazily_read_file_is_checked_against_the_manifest(data_copy: pathlib.Path) -> None:
    manifest, problems = read_manifest(data_copy)
    assert problems == []
    lazy = Dataset(data_copy, manifest=manifest)
    (data_copy / "figures.json").write_bytes((data_copy / "figures.json").read_bytes() + b" ")
    assert len(lazy.organizations) == len(azfp.organizations)
    with pytest.raises(DataIntegrityError, match=r"figures\.json.*checksum"):
        lazy.figures  # noqa: B018
    (data_copy / "events.json").unlink()
    with pytest.raises(DataIntegrityError, match=r"events\.json.*missing"):
        lazy.events  # noqa: B018


def problems_after(data_copy: pathlib.Path, *, verify: bool = True) -> list[str]:
    with pytest.raises(DataIntegrityError) as caught:
        azfp.load(data_copy, verify=verify)
    listed = [str(p) for p in azfp.validate(data_copy, verify=verify)]
    assert [str(p) for p in caught.value.problems] == listed
    return listed


def test_truncated_file(data_copy: pathlib.Path) -> None:
    path = data_copy / "memberships.json"
    path.write_bytes(path.read_bytes()[:100])
    listed = problems_after(data_copy)
    assert any("memberships.json: checksum mismatch" in p for p in listed)
    assert any("memberships.json: not valid JSON" in p for p in listed)


def test_missing_and_extra_files(data_copy: pathlib.Path) -> None:
    (data_copy / "roles.json").unlink()
    (data_copy / "schema" / "roles.json").unlink()
    (data_copy / "extra.json").write_text("[]\n")
    listed = problems_after(data_copy)
    assert "roles.json: missing" in listed
    assert "schema/roles.json: listed in manifest.json but missing" in listed
    assert "extra.json: not listed in manifest.json" in listed


def test_missing_or_broken_manifest(data_copy: pathlib.Path) -> None:
    manifest = data_copy / "manifest.json"
    manifest.write_text("{")
    assert any("manifest.json: not valid JSON" in p for p in problems_after(data_copy))
    manifest.write_text("[]")
    assert any("expected an object" in p for p in problems_after(data_copy))
    manifest.unlink()
    assert any("manifest.json: missing" in p for p in problems_after(data_copy))
    assert azfp.load(data_copy, verify=False).organizations["un"] == azfp.organizations["un"]


def test_wrong_schema_and_data_version(data_copy: pathlib.Path) -> None:
    path = data_copy / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["schema_version"] = 99
    manifest["data_version"] = "2026-11-27"
    path.write_text(json.dumps(manifest))
    listed = problems_after(data_copy)
    assert any("schema version 99" in p for p in listed)
    assert any("is not YYYY.MM.DD" in p for p in listed)


def test_record_problems_name_every_record(data_copy: pathlib.Path, edit_records: Edit) -> None:
    def damage(records: list[Any]) -> None:
        records[0]["status"] = "friend"
        records[1]["sources"] = []
        records[4]["end"] = "1900"

    edit_records("memberships.json", damage)
    raw = json.loads((data_copy / "memberships.json").read_text())
    listed = problems_after(data_copy, verify=False)
    assert len(listed) == 3
    assert listed[0].startswith(f"memberships.json [{raw[0]['id']}]: status: Input should be")
    assert listed[1].startswith(f"memberships.json [{raw[1]['id']}]: sources: ")
    assert listed[2].startswith(f"memberships.json [{raw[4]['id']}]: record: ")
    assert "not after start" in listed[2]


def test_cross_record_problems(data_copy: pathlib.Path, edit_records: Edit) -> None:
    def damage(records: list[Any]) -> None:
        records.append(dict(records[2]))
        records[3]["organization"] = "warsaw-pact"
        records[5]["sources"] = [{"source": "nowhere"}]
        records[6]["start"] = "2999-01-01"
        records[6].pop("end", None)

    edit_records("memberships.json", damage)
    raw = json.loads((data_copy / "memberships.json").read_text())
    listed = problems_after(data_copy, verify=False)
    assert f"memberships.json [{raw[2]['id']}]: duplicate id" in listed
    assert (
        f"memberships.json [{raw[3]['id']}]: organization names 'warsaw-pact', "
        "which is not in organizations" in listed
    )
    assert f"memberships.json [{raw[5]['id']}]: cites unknown source 'nowhere'" in listed
    assert any(
        p.startswith(f"memberships.json [{raw[6]['id']}]: date 2999-01-01 is after") for p in listed
    )


def test_a_file_that_is_not_an_array(data_copy: pathlib.Path) -> None:
    (data_copy / "figures.json").write_text('{"records": []}')
    assert any(
        "figures.json: expected a JSON array" in p for p in problems_after(data_copy, verify=False)
    )


def test_load_refuses_what_is_not_a_folder(tmp_path: pathlib.Path) -> None:
    with pytest.raises(DataIntegrityError, match="is not a folder"):
        azfp.load(tmp_path / "nowhere")
    assert len(azfp.validate(tmp_path / "nowhere")) == 1
    with pytest.raises(TypeError, match="path"):
        azfp.load(42)  # type: ignore[arg-type]
