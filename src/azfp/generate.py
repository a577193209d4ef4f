"""The derived files of the data folder, made from the data: one command makes them all.

``python -m azfp.generate`` rewrites the data files in canonical form and regenerates the JSON
Schema of every entity, ``datapackage.json``, the ``azfp.ids`` module and ``manifest.json``
(in that order: the manifest's checksums cover everything else). ``--check`` writes nothing and
exits 1 when any file differs from what would be generated, naming each one. Generation refuses
to run on data that fails a check, so a manifest only ever vouches for sound data.
"""

from __future__ import annotations

import argparse
import json
import keyword
import pathlib
import sys
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, TypeAdapter

from azfp._meta import DATA_VERSION, SCHEMA_VERSION
from azfp.checks import ENTITIES, MANIFEST, Entity, check, sha256
from azfp.errors import DataIntegrityError
from azfp.models import Record

__all__ = ["canonical", "expected_files", "main"]

# Fields every record shares go last, so that a record reads id first, then its facts, then
# where they come from.
_TRAILING = ("sources", "confidence", "note")

# The StrEnum class name for each entity in azfp.ids.
ENUM_NAMES = {
    "sources": "Source",
    "organizations": "Org",
    "countries": "Country",
    "memberships": "Membership",
    "roles": "Role",
    "relations": "Relation",
    "agreements": "Agreement",
    "corridors": "Corridor",
    "principles": "Principle",
    "spaces": "Space",
    "events": "Event",
    "figures": "Figure",
    "officeholders": "Officeholder",
    "claims": "Claim",
}


def dumps(value: Any) -> bytes:
    """Canonical JSON: UTF-8, 2-space indent, LF, trailing newline."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _ordered(record: BaseModel) -> dict[str, Any]:
    dumped = record.model_dump(mode="json", exclude_defaults=True)
    if not isinstance(record, Record):
        return dumped
    head = {key: dumped[key] for key in dumped if key not in _TRAILING}
    tail = {key: dumped[key] for key in _TRAILING if key in dumped}
    return head | tail


def canonical(records: Sequence[BaseModel]) -> bytes:
    """The canonical bytes of one data file: records sorted by id, keys in model order."""
    ordered = sorted(records, key=lambda r: str(getattr(r, "id", "")))
    return dumps([_ordered(record) for record in ordered])


def _schema(entity: Entity) -> bytes:
    schema = TypeAdapter(tuple[entity.model, ...]).json_schema()  # type: ignore[name-defined]
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://azfp.invalid/schema/v{SCHEMA_VERSION}/{entity.name}.json",
        "title": f"azfp {entity.name}",
        **schema,
    }
    return dumps(schema)


def _description(entity: Entity) -> str:
    doc = entity.model.__doc__ or entity.name
    return doc.strip().splitlines()[0]


def _datapackage(data_files: dict[str, bytes]) -> bytes:
    resources = []
    for entity in ENTITIES:
        data = data_files[entity.file]
        resources.append(
            {
                "name": entity.name,
                "path": entity.file,
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "bytes": len(data),
                "hash": f"sha256:{sha256(data)}",
                "description": _description(entity),
                "jsonSchema": f"schema/{entity.name}.json",
            }
        )
    return dumps(
        {
            "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
            "name": "azfp",
            "title": "azfp: facts about the foreign policy of the Republic of Azerbaijan",
            "description": (
                "Curated, sourced facts on Azerbaijan's international organizations, "
                "diplomatic relations, stated principles, corridors and timeline. Every record "
                "cites its sources."
            ),
            "version": DATA_VERSION,
            "licenses": [
                {
                    "name": "CC-BY-4.0",
                    "path": "https://creativecommons.org/licenses/by/4.0/",
                    "title": "Creative Commons Attribution 4.0 International",
                }
            ],
            "resources": resources,
        }
    )


def member_name(record_id: str) -> str:
    """The enum member name of an id: ``"btc-pipeline"`` -> ``"BTC_PIPELINE"``."""
    name = record_id.upper().replace("-", "_")
    if not name.isidentifier() or keyword.iskeyword(name) or name[0].isdigit():
        name = f"N_{name}"
    return name


def _member_line(record_id: str) -> str:
    # Wrapped the way the formatter wraps a long assignment, so the file passes its check.
    line = f"    {member_name(record_id)} = {json.dumps(record_id)}"
    if len(line) <= 100:
        return line
    return f"    {member_name(record_id)} = (\n        {json.dumps(record_id)}\n    )"


def _ids_module(records: dict[str, tuple[Any, ...]]) -> bytes:
    lines = [
        '"""Every record id as a named constant, one StrEnum per collection (generated).',
        "",
        "Do not edit: ``python -m azfp.generate`` writes this module from the data, and the",
        "test suite fails when it differs. Each member equals its id, so it can be passed",
        'wherever an id is accepted: ``azfp.organizations[Org.UN]``, ``Org.UN == "un"``.',
        '"""',
        "",
        "from enum import StrEnum",
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in sorted(ENUM_NAMES.values())),
        "]",
    ]
    for entity in ENTITIES:
        lines += ["", "", f"class {ENUM_NAMES[entity.name]}(StrEnum):"]
        lines.append(f'    """Ids of azfp.{entity.name}."""')
        ids = sorted(str(r.id) for r in records[entity.name])
        if ids:
            lines.append("")
        lines += [_member_line(i) for i in ids]
    return ("\n".join(lines) + "\n").encode("utf-8")


def expected_files(data_dir: pathlib.Path) -> dict[pathlib.Path, bytes]:
    """Every generated file with the bytes it should hold, computed from the data.

    Raises:
        DataIntegrityError: the data fails a check (schema, references, sources, dates).
    """
    records, problems = check(data_dir, verify=False)
    if problems:
        raise DataIntegrityError(problems)
    data_files = {entity.file: canonical(records[entity.name]) for entity in ENTITIES}
    schemas = {f"schema/{entity.name}.json": _schema(entity) for entity in ENTITIES}
    package = {"datapackage.json": _datapackage(data_files)}
    shipped = data_files | schemas | package
    manifest: dict[str, Any] = {
        "data_version": DATA_VERSION,
        "schema_version": SCHEMA_VERSION,
        "files": {},
    }
    for name in sorted(shipped):
        data = shipped[name]
        entry: dict[str, Any] = {"sha256": sha256(data), "bytes": len(data)}
        stem = name.removesuffix(".json")
        if stem in records:
            entry["records"] = len(records[stem])
        manifest["files"][name] = entry
    out = {data_dir / name: data for name, data in shipped.items()}
    out[data_dir / MANIFEST] = dumps(manifest)
    out[data_dir.parent / "ids.py"] = _ids_module(records)
    return out


def stale_files(data_dir: pathlib.Path) -> list[pathlib.Path]:
    """The generated files that differ from what the data would generate."""
    stale = []
    for path, data in expected_files(data_dir).items():
        if not path.is_file() or path.read_bytes() != data:
            stale.append(path)
    return stale


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate the derived files (or, with ``--check``, report the stale ones)."""
    parser = argparse.ArgumentParser(prog="python -m azfp.generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    parser.add_argument(
        "--data",
        type=pathlib.Path,
        default=pathlib.Path(__file__).parent / "data",
        help="the data folder (default: the package's own)",
    )
    args = parser.parse_args(argv)
    try:
        expected = expected_files(args.data)
    except DataIntegrityError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    stale = [p for p, d in expected.items() if not p.is_file() or p.read_bytes() != d]
    if args.check:
        for path in stale:
            print(f"stale: {path.relative_to(args.data.parent)}", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(expected[path])
        print(f"wrote {path.relative_to(args.data.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
