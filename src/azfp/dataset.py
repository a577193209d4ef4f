"""Dataset: the collections of one data folder, each built once on first use.

The shipped data is read lazily, one file per collection on first use, through
``importlib_resources`` (so the package also works from a zip). Each file's bytes are checked
against the sha256 in ``manifest.json`` before they are validated; the cross-references of the
shipped data were proven when the manifest was generated and by the test suite, and the checksum
proves these are the same bytes. A folder passed to :func:`load` is not known, so it gets every
check of :mod:`azfp.checks` before anything is returned.
"""

from __future__ import annotations

import datetime as _dt
import os
import pathlib
import threading
from typing import TYPE_CHECKING, Any, cast

import importlib_resources
from importlib_resources.abc import Traversable

from azfp._meta import DATA_VERSION
from azfp.checks import BY_NAME, ENTITIES, Entity, check, check_entry, parse, read, read_manifest
from azfp.collection import Collection
from azfp.dates import PartialDate
from azfp.errors import DataIntegrityError, Problem
from azfp.queries import PeriodCollection

if TYPE_CHECKING:
    from azfp.models import (
        Agreement,
        Claim,
        Country,
        Figure,
        Officeholder,
        Organization,
        Principle,
        Relation,
        Source,
        Space,
    )
    from azfp.queries import (
        CorridorCollection,
        EventCollection,
        MembershipCollection,
        RelationCollection,
        RoleCollection,
        SpaceCollection,
    )

__all__ = ["Dataset", "default", "load", "shipped_root", "validate"]


class Dataset:
    """The collections of one data folder, each built once on first use.

    Use :func:`default` for the shipped data and :func:`load` for another folder.
    """

    def __init__(
        self,
        root: Traversable,
        *,
        manifest: dict[str, Any] | None,
        records: dict[str, tuple[Any, ...]] | None = None,
    ) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_root", root)
        setattr_(self, "_manifest", manifest)
        setattr_(self, "_records", records or {})
        setattr_(self, "_collections", {})
        setattr_(self, "_lock", threading.RLock())

    _root: Traversable
    _manifest: dict[str, Any] | None
    _records: dict[str, tuple[Any, ...]]
    _collections: dict[str, Collection[Any]]
    _lock: threading.RLock

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Dataset is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Dataset is immutable; cannot delete {name!r}")

    @property
    def data_version(self) -> str:
        """The data release this folder's manifest names (the shipped one if it has none)."""
        version = self._manifest.get("data_version") if self._manifest else None
        return version if isinstance(version, str) else DATA_VERSION

    def collection(self, name: str) -> Collection[Any]:
        """The collection of one entity, read and validated on first use.

        Raises:
            KeyError: no entity has that name.
            DataIntegrityError: the file is missing, changed or invalid.
        """
        built = self._collections.get(name)
        if built is not None:
            return built
        entity = BY_NAME[name]
        with self._lock:
            built = self._collections.get(name)
            if built is None:
                built = self._build(entity)
                self._collections[name] = built
        return built

    def _build(self, entity: Entity) -> Collection[Any]:
        records = self._records.get(entity.name)
        if records is None:
            records = self._read_checked(entity)
        if entity.name == "events":
            records = (*records, *self._milestones())
        if issubclass(entity.collection, PeriodCollection):
            periods: Collection[Any] = entity.collection(
                records, entity.name, self._organization_id
            )
            return periods
        return entity.collection(records, entity.name)

    def _milestones(self) -> tuple[Any, ...]:
        from azfp.milestones import derive

        return tuple(
            derive(
                self.organizations,
                self.memberships,
                self.roles,
                self.countries,
                self.relations,
                self.corridors,
                self.officeholders,
                self.agreements,
                self.principles,
            )
        )

    def _read_checked(self, entity: Entity) -> tuple[Any, ...]:
        data = read(self._root, entity.file)
        if data is None:
            raise DataIntegrityError([Problem(entity.file, "", "missing")])
        if self._manifest is not None:
            problems = check_entry(entity.file, data, self._manifest["files"].get(entity.file))
            if problems:
                raise DataIntegrityError(problems)
        records, problems = parse(entity, data)
        if problems:
            raise DataIntegrityError(problems)
        return records

    def _organization_id(self, text: str) -> str:
        organization: Organization = self.collection("organizations").lookup(text)
        return organization.id

    def __repr__(self) -> str:
        return f"<Dataset {self.data_version}>"

    # Typed accessors, one per entity.
    @property
    def sources(self) -> Collection[Source]:
        """The sources every record cites."""
        return self.collection("sources")

    @property
    def organizations(self) -> Collection[Organization]:
        """International organizations, forums and formats."""
        return self.collection("organizations")

    @property
    def countries(self) -> Collection[Country]:
        """States, by ISO 3166-1 alpha-2 code."""
        return self.collection("countries")

    @property
    def memberships(self) -> MembershipCollection:
        """Azerbaijan's status periods in organizations."""
        return cast("MembershipCollection", self.collection("memberships"))

    @property
    def roles(self) -> RoleCollection:
        """Elected seats, chairmanships, presidencies and hostings."""
        return cast("RoleCollection", self.collection("roles"))

    @property
    def relations(self) -> RelationCollection:
        """Diplomatic relations, one per country."""
        return cast("RelationCollection", self.collection("relations"))

    @property
    def agreements(self) -> Collection[Agreement]:
        """Bilateral and multilateral political documents."""
        return self.collection("agreements")

    @property
    def corridors(self) -> CorridorCollection:
        """Transport and energy corridors and projects."""
        return cast("CorridorCollection", self.collection("corridors"))

    @property
    def principles(self) -> Collection[Principle]:
        """Principles, goals and stances of the stated policy."""
        return self.collection("principles")

    @property
    def spaces(self) -> SpaceCollection:
        """The political, economic and cultural spaces the stated policy names."""
        return cast("SpaceCollection", self.collection("spaces"))

    @property
    def events(self) -> EventCollection:
        """The dated timeline."""
        return cast("EventCollection", self.collection("events"))

    @property
    def figures(self) -> Collection[Figure]:
        """Headline numbers with their history."""
        return self.collection("figures")

    @property
    def officeholders(self) -> Collection[Officeholder]:
        """Presidents and foreign ministers with their periods."""
        return self.collection("officeholders")

    @property
    def claims(self) -> Collection[Claim]:
        """The seed page's claims beside the current state of affairs."""
        return self.collection("claims")

    def partners(
        self, space: str, on: _dt.date | str | PartialDate | None = None
    ) -> tuple[Relation, ...]:
        """The relations with the states of one space (id or name) that hold on a day."""
        if not isinstance(space, str):
            raise TypeError(f"space: expected a string, not {type(space).__name__}")
        found: Space = self.spaces.lookup(space)
        return self.relations.among(found.countries, on=on)


_default: Dataset | None = None
_default_lock = threading.Lock()


def shipped_root() -> Traversable:
    """The data folder inside the installed package."""
    return importlib_resources.files("azfp") / "data"


def default() -> Dataset:
    """The shipped dataset, created once (safe under concurrent first use)."""
    global _default
    dataset = _default
    if dataset is None:
        with _default_lock:
            dataset = _default
            if dataset is None:
                root = shipped_root()
                manifest, problems = read_manifest(root)
                if problems:
                    raise DataIntegrityError(problems)
                dataset = Dataset(root, manifest=manifest)
                _default = dataset
    return dataset


def _as_root(path: str | os.PathLike[str] | Traversable | None) -> Traversable:
    if path is None:
        return shipped_root()
    if isinstance(path, (str, os.PathLike)):
        folder = pathlib.Path(path)
        try:
            is_folder = folder.is_dir()
        except (OSError, ValueError):  # a name too long for the system, a NUL byte, ...
            is_folder = False
        if not is_folder:
            raise DataIntegrityError([Problem("", "", f"{str(folder)!r} is not a folder")])
        return folder
    if isinstance(path, Traversable):
        return path
    raise TypeError(f"path: expected a folder path, not {type(path).__name__}")


def validate(
    path: str | os.PathLike[str] | Traversable | None = None, *, verify: bool = True
) -> tuple[Problem, ...]:
    """Every problem of a data folder (the shipped data if None); empty when it is sound.

    Examples:
        >>> validate()
        ()
    """
    try:
        root = _as_root(path)
    except DataIntegrityError as error:
        return error.problems
    return tuple(check(root, verify=verify)[1])


def load(
    path: str | os.PathLike[str] | Traversable | None = None, *, verify: bool = True
) -> Dataset:
    """Load and check a whole data folder; nothing is returned half-loaded.

    Args:
        path: a data folder laid out like the shipped one (the shipped data if None).
        verify: also check the manifest and its checksums.

    Raises:
        DataIntegrityError: anything is wrong; the error lists every problem.
        TypeError: path is not a path.

    Examples:
        >>> import azfp
        >>> len(azfp.load().organizations) == len(azfp.organizations)
        True
    """
    root = _as_root(path)
    records, problems = check(root, verify=verify)
    if problems:
        raise DataIntegrityError(problems)
    manifest = read_manifest(root)[0] if verify else None
    dataset = Dataset(root, manifest=manifest, records=records)
    for entity in ENTITIES:
        dataset.collection(entity.name)
    return dataset
