"""export(): the data as files other tools read: JSON, CSV, a Data Package, GeoJSON, JSON Schema.

Every format is deterministic: exporting the same data twice gives byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import io
import json
import os
import pathlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from pydantic import BaseModel, TypeAdapter

from azfp._meta import DATA_VERSION, SCHEMA_VERSION
from azfp.checks import ENTITIES
from azfp.dataset import Dataset, default
from azfp.frames import columns, flatten

if TYPE_CHECKING:
    from azfp.models import Corridor

__all__ = ["FORMATS", "export", "geojson"]

#: The formats :func:`export` writes.
FORMATS: Final = ("json", "csv", "datapackage", "geojson", "schema")

# Columns that name records of other tables: (table, column) -> (table, column).
_FOREIGN_KEYS: Final = {
    ("memberships", "organization"): "organizations",
    ("roles", "organization"): "organizations",
    ("relations", "country"): "countries",
}


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()


def _csv_bytes(records: Iterable[BaseModel], model: type[BaseModel]) -> tuple[bytes, list[str]]:
    rows = [flatten(record) for record in records]
    header = list(columns(model))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: "" if value is None else _cell(value) for key, value in row.items()})
    return buffer.getvalue().encode("utf-8"), header


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _field_type(records: list[BaseModel], column: str) -> str:
    values = [flatten(r).get(column) for r in records]
    present = [v for v in values if v is not None and v != ""]
    if present and all(isinstance(v, _dt.date) for v in present):
        return "date"
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "number"
    return "string"


def geojson(corridors: Iterable[Corridor]) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection of corridors: a LineString per route, a Point per site.

    Corridors without waypoints are left out. Coordinates are [longitude, latitude].

    Examples:
        >>> import azfp
        >>> geojson(azfp.corridors)["type"]
        'FeatureCollection'
    """
    features = []
    for corridor in corridors:
        points = [[w.longitude, w.latitude] for w in corridor.waypoints]
        if not points:
            continue
        geometry: dict[str, Any] = (
            {"type": "Point", "coordinates": points[0]}
            if len(points) == 1
            else {"type": "LineString", "coordinates": points}
        )
        properties = {
            "id": corridor.id,
            "name": corridor.name,
            "kind": corridor.kind.value,
            "axis": corridor.axis.value if corridor.axis else None,
            "status": corridor.status.value,
            "countries": list(corridor.countries),
            "length_km": corridor.length.to("km").value if corridor.length else None,
            "capacity": str(corridor.capacity) if corridor.capacity else None,
            "opened": str(corridor.opened) if corridor.opened else None,
            "waypoints": [w.name for w in corridor.waypoints],
            "sources": list(dict.fromkeys(c.source for c in corridor.sources)),
            "confidence": corridor.confidence.value,
        }
        features.append(
            {"type": "Feature", "id": corridor.id, "geometry": geometry, "properties": properties}
        )
    return {"type": "FeatureCollection", "features": features}


def _files(dataset: Dataset, format: str) -> dict[str, bytes]:
    collections = {e.name: list(dataset.collection(e.name)) for e in ENTITIES}
    if format == "json":
        return {
            f"{name}.json": _json_bytes([r.model_dump(mode="json") for r in records])
            for name, records in collections.items()
        }
    if format == "csv":
        return {f"{e.name}.csv": _csv_bytes(collections[e.name], e.model)[0] for e in ENTITIES}
    if format == "geojson":
        return {"corridors.geojson": _json_bytes(geojson(collections["corridors"]))}
    if format == "schema":
        return {
            f"{e.name}.schema.json": _json_bytes(
                TypeAdapter(tuple[e.model, ...]).json_schema()  # type: ignore[name-defined]
            )
            for e in ENTITIES
        }
    return _datapackage(collections, {e.name: e.model for e in ENTITIES})


def _datapackage(
    collections: dict[str, list[Any]], models: dict[str, type[BaseModel]]
) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    resources = []
    for name, records in collections.items():
        data, header = _csv_bytes(records, models[name])
        files[f"data/{name}.csv"] = data
        fields = [{"name": c, "type": _field_type(records, c)} for c in header]
        schema: dict[str, Any] = {"fields": fields, "primaryKey": ["id"]}
        keys = [
            {"fields": [column], "reference": {"resource": target, "fields": ["id"]}}
            for (table, column), target in _FOREIGN_KEYS.items()
            if table == name and column in header
        ]
        if keys:
            schema["foreignKeys"] = keys
        resources.append(
            {
                "name": name,
                "path": f"data/{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": len(data),
                "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
                "schema": schema,
            }
        )
    descriptor = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "azfp",
        "title": "azfp: facts about the foreign policy of the Republic of Azerbaijan",
        "version": DATA_VERSION,
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0 International",
            }
        ],
        "azfp_schema_version": SCHEMA_VERSION,
        "resources": resources,
    }
    files["datapackage.json"] = _json_bytes(descriptor)
    return files


def export(
    directory: str | os.PathLike[str],
    format: str = "json",
    *,
    dataset: Dataset | None = None,
) -> tuple[pathlib.Path, ...]:
    """Write the data to a folder in one format; return the files written, sorted.

    Args:
        directory: the folder (created if missing; existing files of the same names are
            replaced).
        format: one of ``json``, ``csv``, ``datapackage``, ``geojson``, ``schema``.
        dataset: the data to write (the shipped data if None).

    Raises:
        ValueError: the format is unknown.
        TypeError: the directory is not a path.

    Examples:
        >>> import azfp, tempfile
        >>> [p.name for p in azfp.export(tempfile.mkdtemp(), "geojson")]
        ['corridors.geojson']
    """
    if format not in FORMATS:
        raise ValueError(f"format: {format!r} is not one of {', '.join(FORMATS)}")
    if not isinstance(directory, str | os.PathLike):
        raise TypeError(f"directory: expected a folder path, not {type(directory).__name__}")
    root = pathlib.Path(directory)
    written = []
    for name, data in sorted(_files(dataset or default(), format).items()):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return tuple(written)
