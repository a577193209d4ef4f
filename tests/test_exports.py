from __future__ import annotations

import csv
import json
import pathlib
from typing import Any

import pytest

import azfp
from azfp.cli import main
from azfp.exports import FORMATS, geojson
from azfp.models import Corridor


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_written_and_deterministic(fmt: str, tmp_path: pathlib.Path) -> None:
    first = azfp.export(tmp_path / "a", fmt)
    second = azfp.export(tmp_path / "b", fmt)
    assert first
    assert [p.relative_to(tmp_path / "a") for p in first] == [
        p.relative_to(tmp_path / "b") for p in second
    ]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_json_export_round_trips_every_record(tmp_path: pathlib.Path) -> None:
    azfp.export(tmp_path, "json")
    for name in azfp.COLLECTIONS:
        records = json.loads((tmp_path / f"{name}.json").read_text("utf-8"))
        assert [r["id"] for r in records] == [r.id for r in getattr(azfp, name)]


def test_csv_export_has_one_row_per_record(tmp_path: pathlib.Path) -> None:
    azfp.export(tmp_path, "csv")
    for name in azfp.COLLECTIONS:
        with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [r["id"] for r in rows] == [r.id for r in getattr(azfp, name)]
    with (tmp_path / "memberships.csv").open(encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert {"start", "start_earliest", "start_latest", "sources"} <= set(row)


def test_datapackage_has_keys_hashes_and_types(tmp_path: pathlib.Path) -> None:
    azfp.export(tmp_path, "datapackage")
    descriptor = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))
    assert descriptor["version"] == azfp.DATA_VERSION
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert set(resources) == set(azfp.COLLECTIONS)
    import hashlib

    for resource in resources.values():
        data = (tmp_path / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["schema"]["primaryKey"] == ["id"]
    keys = resources["memberships"]["schema"]["foreignKeys"]
    assert {
        "fields": ["organization"],
        "reference": {"resource": "organizations", "fields": ["id"]},
    } in keys
    types = {f["name"]: f["type"] for f in resources["memberships"]["schema"]["fields"]}
    assert types["start_earliest"] == "date"


def assert_rfc7946(collection: dict[str, Any]) -> None:
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        geometry = feature["geometry"]
        points = (
            [geometry["coordinates"]] if geometry["type"] == "Point" else geometry["coordinates"]
        )
        assert geometry["type"] in {"Point", "LineString"}
        if geometry["type"] == "LineString":
            assert len(points) >= 2
        for longitude, latitude in points:
            assert -180 <= longitude <= 180
            assert -90 <= latitude <= 90
        assert isinstance(feature["properties"], dict)


def test_geojson_of_constructed_corridors() -> None:
    def corridor(i: str, waypoints: list[tuple[str, float, float]]) -> Corridor:
        return Corridor.model_validate(
            {
                "id": i,
                "name": i,
                "kind": "port" if len(waypoints) == 1 else "railway",
                "status": "operational",
                "length": {"value": 826, "unit": "km"} if len(waypoints) > 1 else None,
                "waypoints": [
                    {"name": n, "longitude": lon, "latitude": lat} for n, lon, lat in waypoints
                ],
                "sources": [{"source": "seed"}],
                "confidence": "high",
            }
        )

    collection = geojson(
        [
            corridor("line", [("Baku", 49.89, 40.38), ("Kars", 43.09, 40.6)]),
            corridor("site", [("Baku", 49.89, 40.38)]),
            corridor("none", []),
        ]
    )
    assert_rfc7946(collection)
    assert [f["id"] for f in collection["features"]] == ["line", "site"]
    assert collection["features"][0]["geometry"]["coordinates"][0] == [49.89, 40.38]
    assert collection["features"][0]["properties"]["length_km"] == 826


def test_shipped_geojson_is_valid(tmp_path: pathlib.Path) -> None:
    (path,) = azfp.export(tmp_path, "geojson")
    assert_rfc7946(json.loads(path.read_text("utf-8")))


def test_export_rejects_bad_arguments(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ValueError, match="format: 'xml'"):
        azfp.export(tmp_path, "xml")
    with pytest.raises(TypeError, match="directory"):
        azfp.export(42, "json")  # type: ignore[arg-type]


def test_export_command(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path), "--format", "csv"]) == 0
    assert f"to {tmp_path}" in capsys.readouterr().out
    assert main(["export", str(tmp_path), "--format", "xml"]) == 2
    assert "invalid choice" in capsys.readouterr().err
