"""The checks a data folder must pass: manifest, checksums, schema, references, dates.

Every check collects :class:`~azfp.errors.Problem` values instead of stopping at the first, so
that ``azfp validate`` and :class:`~azfp.errors.DataIntegrityError` can name every problem at once.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import importlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final, cast

from importlib_resources.abc import Traversable
from pydantic import BaseModel, TypeAdapter, ValidationError

from azfp._meta import DATA_VERSION, SCHEMA_VERSION
from azfp.collection import Collection
from azfp.dates import PartialDate
from azfp.errors import Problem
from azfp.models.base import Citation
from azfp.queries import (
    CorridorCollection,
    EventCollection,
    MembershipCollection,
    RelationCollection,
    RoleCollection,
    SpaceCollection,
)

__all__ = [
    "ENTITIES",
    "MANIFEST",
    "Entity",
    "check",
    "check_entry",
    "check_records",
    "parse",
    "read",
    "read_manifest",
    "sha256",
    "walk",
]

MANIFEST: Final = "manifest.json"

#: The largest data file read (64 MiB): far above any real one, low enough that a damaged or
#: hostile folder cannot exhaust memory through one huge file.
MAX_FILE_BYTES: Final = 64 * 1024 * 1024


@dataclass(frozen=True)
class Entity:
    """One kind of record: its file, its model and the collection class that holds it.

    The model is named by ``module:Class`` and imported on first use, so that reading one
    collection builds only the record classes it needs.
    """

    name: str
    model_path: str
    collection: type[Collection[Any]] = Collection

    @property
    def model(self) -> type[BaseModel]:
        """The record class (imported on first use)."""
        module, _, attribute = self.model_path.partition(":")
        model: type[BaseModel] = getattr(importlib.import_module(module), attribute)
        return model

    @property
    def file(self) -> str:
        """The data file's name, e.g. ``organizations.json``."""
        return f"{self.name}.json"


#: Every entity, in the order files are checked (sources first: everything cites them).
ENTITIES: Final[tuple[Entity, ...]] = (
    Entity("sources", "azfp.models.provenance:Source"),
    Entity("organizations", "azfp.models.organizations:Organization"),
    Entity("countries", "azfp.models.countries:Country"),
    Entity("memberships", "azfp.models.organizations:Membership", MembershipCollection),
    Entity("roles", "azfp.models.organizations:Role", RoleCollection),
    Entity("relations", "azfp.models.countries:Relation", RelationCollection),
    Entity("agreements", "azfp.models.documents:Agreement"),
    Entity("corridors", "azfp.models.documents:Corridor", CorridorCollection),
    Entity("principles", "azfp.models.doctrine:Principle"),
    Entity("spaces", "azfp.models.doctrine:Space", SpaceCollection),
    Entity("events", "azfp.models.history:Event", EventCollection),
    Entity("figures", "azfp.models.history:Figure"),
    Entity("officeholders", "azfp.models.history:Officeholder"),
    Entity("claims", "azfp.models.doctrine:Claim"),
)
BY_NAME: Final = {entity.name: entity for entity in ENTITIES}
_ADAPTERS: dict[str, TypeAdapter[tuple[Any, ...]]] = {}
_ADAPTERS_LOCK = threading.Lock()

# The collections an event or a claim may be about (besides officeholders and events).
_LINKABLE: Final = (
    "organizations",
    "countries",
    "corridors",
    "agreements",
    "principles",
    "spaces",
    "figures",
)

# Fields that name records of other collections: (entity, field) -> the collections they may name.
_REFERENCES: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("memberships", "organization"): ("organizations",),
    ("roles", "organization"): ("organizations",),
    ("relations", "country"): ("countries",),
    ("agreements", "parties"): ("countries", "organizations"),
    ("corridors", "countries"): ("countries",),
    ("corridors", "components"): ("corridors",),
    ("spaces", "countries"): ("countries",),
    ("spaces", "organizations"): ("organizations",),
    ("spaces", "member_lists.organization"): ("organizations",),
    ("spaces", "member_lists.countries"): ("countries",),
    ("events", "about"): (*_LINKABLE, "officeholders"),
    ("claims", "about"): (*_LINKABLE, "events"),
}


def _values(value: object, path: str) -> Iterator[object]:
    """The values a dotted field path names in a record, stepping into tuples."""
    head, _, rest = path.partition(".")
    found = getattr(value, head)
    for item in found if isinstance(found, tuple) else (found,):
        if rest:
            yield from _values(item, rest)
        else:
            yield item


def _adapter(entity: Entity) -> TypeAdapter[tuple[Any, ...]]:
    adapter = _ADAPTERS.get(entity.name)
    if adapter is None:
        with _ADAPTERS_LOCK:
            adapter = _ADAPTERS.get(entity.name)
            if adapter is None:
                adapter = TypeAdapter(tuple[entity.model, ...])  # type: ignore[name-defined]
                _ADAPTERS[entity.name] = adapter
    return adapter


def sha256(data: bytes) -> str:
    """The hex sha256 digest of some bytes."""
    return hashlib.sha256(data).hexdigest()


def walk(value: object) -> Iterator[object]:
    """Every value nested in a record (models, tuples and their items), depth first."""
    yield value
    if isinstance(value, BaseModel):
        for field in type(value).model_fields:
            yield from walk(getattr(value, field))
    elif isinstance(value, tuple):
        for item in value:
            yield from walk(item)


def _record_id(raw: object, position: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        return cast(str, raw["id"])
    return f"#{position}"


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:3]:
        where = ".".join(str(p) for p in item["loc"])
        parts.append(f"{where or 'record'}: {item['msg']}")
    more = len(error.errors()) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def parse(entity: Entity, data: bytes) -> tuple[tuple[Any, ...], list[Problem]]:
    """Validate one file's bytes; on failure, name each bad record.

    Returns:
        The validated records (empty when anything failed) and the problems found.
    """
    if len(data) > MAX_FILE_BYTES:
        return (), [
            Problem(
                entity.file,
                "",
                f"{len(data):,} bytes is more than the {MAX_FILE_BYTES:,} a data file may hold",
            )
        ]
    try:
        return _adapter(entity).validate_json(data), []
    except ValidationError:
        pass
    # The fast path failed: read the file again record by record to name every bad one.
    try:
        raw = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        return (), [Problem(entity.file, "", f"not valid JSON: {error}")]
    if not isinstance(raw, list):
        return (), [Problem(entity.file, "", f"expected a JSON array, not {type(raw).__name__}")]
    problems = []
    for position, item in enumerate(raw):
        try:
            entity.model.model_validate(item)
        except ValidationError as error:
            problems.append(Problem(entity.file, _record_id(item, position), _describe(error)))
    if not problems:  # pragma: no cover - the whole failed, so some record must fail
        problems.append(Problem(entity.file, "", "the file does not validate"))
    return (), problems


def read(root: Traversable, name: str) -> bytes | None:
    """The bytes of one file of a data folder (``schema/x.json`` reaches into a sub-folder).

    At most one byte more than :data:`MAX_FILE_BYTES` is read, so an oversized file is
    recognised without being read whole.

    Returns:
        The bytes, or None when the file does not exist or cannot be read.
    """
    node = root
    for part in name.split("/"):
        node = node / part
    try:
        if not node.is_file():
            return None
        with node.open("rb") as handle:
            data: bytes = handle.read(MAX_FILE_BYTES + 1)
            return data
    except OSError:
        return None


def read_manifest(root: Traversable) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Read and check the manifest of a data folder."""
    data = read(root, MANIFEST)
    if data is None:
        return None, [Problem(MANIFEST, "", "missing: a data folder needs its manifest.json")]
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        return None, [Problem(MANIFEST, "", f"not valid JSON: {error}")]
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        return None, [Problem(MANIFEST, "", "expected an object with a 'files' object")]
    problems = []
    if manifest.get("schema_version") != SCHEMA_VERSION:
        problems.append(
            Problem(
                MANIFEST,
                "",
                f"schema version {manifest.get('schema_version')!r} is not the "
                f"{SCHEMA_VERSION} this azfp reads",
            )
        )
    version = manifest.get("data_version")
    if not isinstance(version, str) or not _is_calendar_version(version):
        problems.append(Problem(MANIFEST, "", f"data version {version!r} is not YYYY.MM.DD"))
    return manifest, problems


def _is_calendar_version(version: str) -> bool:
    try:
        _dt.datetime.strptime(version, "%Y.%m.%d")
    except ValueError:
        return False
    return True


def _release_day(manifest: dict[str, Any] | None) -> _dt.date:
    version = manifest.get("data_version") if manifest else None
    if isinstance(version, str) and _is_calendar_version(version):
        return _dt.datetime.strptime(version, "%Y.%m.%d").date()
    return _dt.datetime.strptime(DATA_VERSION, "%Y.%m.%d").date()


def _listed_files(root: Traversable) -> Iterator[str]:
    for node in root.iterdir():
        if node.is_file() and node.name.endswith(".json") and node.name != MANIFEST:
            yield node.name
        elif node.is_dir() and node.name == "schema":
            for child in node.iterdir():
                if child.is_file():
                    yield f"schema/{child.name}"


def check(
    root: Traversable, *, verify: bool = True
) -> tuple[dict[str, tuple[Any, ...]], list[Problem]]:
    """Run every check on a data folder and validate every file.

    Args:
        root: the data folder.
        verify: check the manifest and checksums (turn off for a folder edited by hand whose
            manifest has not been regenerated; schema and references are checked either way).

    Returns:
        The validated records per entity (complete only when there are no problems) and every
        problem found.
    """
    problems: list[Problem] = []
    manifest: dict[str, Any] | None = None
    if verify:
        manifest, found = read_manifest(root)
        problems += found
    files = cast(dict[str, Any], manifest["files"]) if manifest else {}
    if manifest is not None:
        present = set(_listed_files(root))
        for extra in sorted(present - set(files)):
            problems.append(Problem(extra, "", "not listed in manifest.json"))
    records: dict[str, tuple[Any, ...]] = {}
    for entity in ENTITIES:
        data = read(root, entity.file)
        if data is None:
            problems.append(Problem(entity.file, "", "missing"))
            continue
        if manifest is not None:
            problems += check_entry(entity.file, data, files.get(entity.file))
        parsed, found = parse(entity, data)
        problems += found
        records[entity.name] = parsed
        expected = (files.get(entity.file) or {}).get("records") if manifest else None
        if not found and expected is not None and expected != len(parsed):
            problems.append(
                Problem(entity.file, "", f"holds {len(parsed)} records, manifest says {expected}")
            )
    if manifest is not None:
        for name in sorted(files):
            if name.endswith(".json") and name.removesuffix(".json") in BY_NAME:
                continue
            data = read(root, name)
            if data is None:
                problems.append(Problem(name, "", "listed in manifest.json but missing"))
            else:
                problems += check_entry(name, data, files[name])
    # A file that failed to validate contributes no ids; checking references into it would only
    # repeat its problem once per referring record.
    unreadable = {
        entity.name
        for entity in ENTITIES
        if entity.name not in records
        or any(p.file == entity.file and "checksum" not in p.message for p in problems)
    }
    problems += check_records(records, _release_day(manifest), unreadable)
    return records, problems


def check_entry(name: str, data: bytes, entry: object) -> list[Problem]:
    """Compare one file's bytes with its manifest entry."""
    if not isinstance(entry, dict):
        return [Problem(name, "", "not listed in manifest.json")]
    if entry.get("sha256") != sha256(data):
        return [
            Problem(
                name,
                "",
                f"checksum mismatch: sha256 {sha256(data)[:12]}… is not the manifest's "
                f"{str(entry.get('sha256'))[:12]}… (the file was changed after the manifest "
                "was made)",
            )
        ]
    return []


def check_records(
    records: dict[str, tuple[Any, ...]],
    release: _dt.date,
    unreadable: frozenset[str] | set[str] = frozenset(),
) -> list[Problem]:
    """Cross-record checks: unique ids, resolvable references and sources, dates in range.

    References into an ``unreadable`` entity (one whose file failed) are not checked.
    """
    problems: list[Problem] = []
    ids: dict[str, set[str]] = {}
    for name, items in records.items():
        seen: set[str] = set()
        for record in items:
            if record.id in seen:
                problems.append(Problem(f"{name}.json", record.id, "duplicate id"))
            seen.add(record.id)
        ids[name] = seen
    source_ids = ids.get("sources", set())
    for name, items in records.items():
        file = f"{name}.json"
        for record in items:
            for value in walk(record):
                if (
                    isinstance(value, Citation)
                    and "sources" not in unreadable
                    and value.source not in source_ids
                ):
                    problems.append(
                        Problem(file, record.id, f"cites unknown source {value.source!r}")
                    )
                elif isinstance(value, PartialDate) and value.earliest() > release:
                    problems.append(
                        Problem(
                            file, record.id, f"date {value} is after the data release {release}"
                        )
                    )
            for (entity, field), targets in _REFERENCES.items():
                if entity != name or unreadable.intersection(targets):
                    continue
                for target in _values(record, field):
                    if not any(target in ids.get(t, ()) for t in targets):
                        problems.append(
                            Problem(
                                file,
                                record.id,
                                f"{field} names {target!r}, which is not in {' or '.join(targets)}",
                            )
                        )
            if name == "relations" and record.id != record.country:
                problems.append(Problem(file, record.id, "id differs from country"))
    return problems
