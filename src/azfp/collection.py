"""Collection[T]: the records of one kind, in id order, with look-up indexes built once.

Every collection answers the same questions: ``c[id]``, ``c.get(id)``, ``c.lookup(text)`` (any
id, code, acronym, Wikidata item, name, alias or former name, in any language),
``c.search(text)`` (ranked fuzzy matches), ``c.filter(field=value)``, ``c.where(predicate)``,
``len(c)``, iteration, ``in``, a notebook HTML table and ``c.to_frame()`` for pandas.
"""

from __future__ import annotations

import copy
import html
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Generic, TypeVar, overload

from pydantic import BaseModel

from azfp.dates import PartialDate
from azfp.errors import NotFound
from azfp.frames import columns, flatten, summary
from azfp.index import MIN_SCORE, Fuzzy, Index
from azfp.text import normalize

__all__ = ["Collection", "to_frame"]

R = TypeVar("R", bound=BaseModel)
D = TypeVar("D")


def _check_text(text: object, argument: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{argument}: expected a string, not {type(text).__name__}")
    return text


class Collection(Generic[R]):
    """An immutable, indexed set of records of one kind, in id order.

    Args:
        records: the records (any order; ids must be unique).
        name: the collection's name, used in messages ("organizations").

    Examples:
        >>> import azfp
        >>> un = azfp.organizations["un"]
        >>> azfp.organizations.lookup("ООН") is un
        True
        >>> [o.id for o in azfp.organizations.search("Turkic States", limit=1)]
        ['ots']
    """

    __slots__ = ("_by_id", "_fuzzy", "_index", "_lock", "_name", "_records")

    _records: tuple[R, ...]
    _by_id: Mapping[str, R]
    _name: str
    _index: Index | None
    _fuzzy: Fuzzy | None
    _lock: threading.Lock

    def __init__(self, records: Iterable[R], name: str) -> None:
        ordered = sorted(records, key=lambda r: str(getattr(r, "id", "")))
        by_id: dict[str, R] = {}
        for record in ordered:
            record_id = str(getattr(record, "id", ""))
            if record_id in by_id:
                raise ValueError(f"{name}: duplicate id {record_id!r}")
            by_id[record_id] = record
        self._set("_records", tuple(ordered))
        self._set("_by_id", MappingProxyType(by_id))
        self._set("_name", name)
        self._set("_index", None)
        self._set("_fuzzy", None)
        self._set("_lock", threading.Lock())

    def _set(self, name: str, value: object) -> None:
        # The only way state is written: users cannot assign or delete attributes.
        object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; cannot delete {name!r}")

    def __copy__(self) -> Collection[R]:
        clone = object.__new__(type(self))
        for klass in type(self).__mro__:
            for slot in getattr(klass, "__slots__", ()):
                if hasattr(self, slot):
                    object.__setattr__(clone, slot, getattr(self, slot))
        return clone

    # -- the container protocol -------------------------------------------------------------

    @property
    def name(self) -> str:
        """The collection's name ("organizations", "memberships", ...)."""
        return self._name

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[R]:
        return iter(self._records)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._by_id
        return any(item is record for record in self._records)

    def __getitem__(self, record_id: str) -> R:
        try:
            return self._by_id[record_id]
        except (KeyError, TypeError):
            _check_text(record_id, "id")
            raise NotFound(
                record_id, self._name, self._suggest(record_id), f"no {self._name} id {record_id!r}"
            ) from None

    @overload
    def get(self, record_id: str) -> R | None: ...

    @overload
    def get(self, record_id: str, default: D) -> R | D: ...

    def get(self, record_id: str, default: object = None) -> object:
        """Return the record with this exact id, or ``default``.

        Examples:
            >>> import azfp
            >>> azfp.organizations.get("no-such-id") is None
            True
        """
        try:
            found = self._by_id.get(record_id, default)
        except TypeError:  # an unhashable argument
            found = default
        if found is default and not isinstance(record_id, str):
            _check_text(record_id, "id")
        return found

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._name}: {len(self)} records>"

    # -- look-up ----------------------------------------------------------------------------

    def _built(self) -> Index:
        index = self._index
        if index is None:
            with self._lock:
                index = self._index
                if index is None:
                    index = Index(self._records)
                    self._set("_index", index)
        return index

    def _fuzzy_index(self) -> Fuzzy:
        fuzzy = self._fuzzy
        if fuzzy is None:
            index = self._built()
            with self._lock:
                fuzzy = self._fuzzy
                if fuzzy is None:
                    fuzzy = Fuzzy(index)
                    self._set("_fuzzy", fuzzy)
        return fuzzy

    def lookup(self, text: str) -> R:
        """Return the one record that a text names.

        The text may be an id, a code, an acronym, a Wikidata item ("Q227"), a name, an alias
        or a former name, in any language the data has; case, accents and Azerbaijani letters
        do not matter.

        Raises:
            NotFound: nothing matches, or several records match equally (the message names up
                to three suggestions).
            TypeError: the text is not a string.

        Examples:
            >>> import azfp
            >>> azfp.organizations.lookup("Organisation of the Islamic Conference").id
            'oic'
        """
        record = self._by_id.get(text) if isinstance(text, str) else None
        if record is not None:
            return record
        query = normalize(_check_text(text))
        owners = self._built().by_key.get(query, ())
        if owners:
            top = owners[0][0]
            winners = [record_id for priority, record_id in owners if priority == top]
            if len(winners) == 1:
                return self._by_id[winners[0]]
            raise NotFound(
                text,
                self._name,
                winners[:3],
                f"{text!r} names {len(winners)} {self._name} records equally",
            )
        raise NotFound(text, self._name, self._suggest(text))

    def _suggest(self, text: str) -> tuple[str, ...]:
        return tuple(str(getattr(r, "id", "")) for r in self.search(text, limit=3))

    def search(self, text: str, limit: int = 10) -> tuple[R, ...]:
        """Return the records whose names come closest to a text, best first.

        Args:
            text: any text.
            limit: the largest number of records to return (at least 1).

        Raises:
            TypeError: the text is not a string or the limit not an integer.
            ValueError: the limit is below 1.

        Examples:
            >>> import azfp
            >>> "oic" in [o.id for o in azfp.organizations.search("Islamic", limit=5)]
            True
        """
        query = normalize(_check_text(text))
        if not isinstance(limit, int) or isinstance(limit, bool):
            raise TypeError(f"limit: expected an integer, not {type(limit).__name__}")
        if limit < 1:
            raise ValueError(f"limit: expected at least 1, not {limit}")
        if not query:
            return ()
        scores = self._fuzzy_index().scores(query)
        ranked = sorted(
            (item for item in scores.items() if item[1] >= MIN_SCORE),
            key=lambda item: (-item[1], item[0]),
        )
        return tuple(self._by_id[record_id] for record_id, _ in ranked[:limit])

    # -- selection --------------------------------------------------------------------------

    def _derive(self, records: Iterable[R]) -> Collection[R]:
        # A shallow copy keeps a subclass's extra state (such as a name resolver).
        derived = copy.copy(self)
        kept = tuple(records)
        derived._set("_records", kept)
        derived._set("_by_id", MappingProxyType({str(getattr(r, "id", "")): r for r in kept}))
        derived._set("_index", None)
        derived._set("_fuzzy", None)
        derived._set("_lock", threading.Lock())
        derived._reset()
        return derived

    def _reset(self) -> None:
        """Forget caches a subclass derived from the records (called on a derived copy)."""

    def filter(self, **field_equals: object) -> Collection[R]:
        """Return the records whose fields equal the given values.

        Strings match enum members and EDTF dates by their text.

        Raises:
            TypeError: a keyword is not a field of these records.

        Examples:
            >>> import azfp
            >>> all(m.organization == "cis" for m in azfp.memberships.filter(organization="cis"))
            True
        """
        if self._records:
            known = type(self._records[0]).model_fields
            unknown = [name for name in field_equals if name not in known]
            if unknown:
                raise TypeError(
                    f"filter: {', '.join(unknown)} is not a field of {self._name}; "
                    f"expected one of {', '.join(known)}"
                )
        return self._derive(
            r
            for r in self._records
            if all(_equals(getattr(r, f), v) for f, v in field_equals.items())
        )

    def where(self, predicate: Callable[[R], bool]) -> Collection[R]:
        """Return the records for which ``predicate(record)`` is true.

        Raises:
            TypeError: the predicate is not callable.

        Examples:
            >>> import azfp
            >>> len(azfp.memberships.where(lambda m: m.end is None)) <= len(azfp.memberships)
            True
        """
        if not callable(predicate):
            raise TypeError(f"predicate: expected a callable, not {type(predicate).__name__}")
        return self._derive(r for r in self._records if predicate(r))

    # -- output -----------------------------------------------------------------------------

    def to_frame(self) -> Any:
        """Return a pandas DataFrame with one row per record (needs the ``pandas`` extra).

        Nested values are flattened by :func:`azfp.frames.flatten`.

        Raises:
            ImportError: pandas is not installed.
        """
        return to_frame(self._records)

    def _repr_html_(self) -> str:
        rows = []
        for record in self._records[:50]:
            cells = "".join(f"<td>{html.escape(str(v))}</td>" for v in summary(record).values())
            rows.append(f"<tr>{cells}</tr>")
        header = ""
        if self._records:
            header = "".join(f"<th>{html.escape(k)}</th>" for k in summary(self._records[0]))
        more = f"<p>… and {len(self) - 50} more</p>" if len(self) > 50 else ""
        title = html.escape(f"{self._name}: {len(self)} records")
        return (
            f"<div><strong>{title}</strong><table><thead><tr>{header}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>{more}</div>"
        )


def to_frame(records: Iterable[BaseModel]) -> Any:
    """A pandas DataFrame with one row per record, from a collection or any helper's result.

    Rows are flattened by :func:`azfp.frames.flatten`; records of one kind give the same
    columns whatever their values.

    Raises:
        ImportError: pandas is not installed (``pip install 'azfp[pandas]'``).
        TypeError: the records are of more than one kind.

    Examples:
        >>> import azfp
        >>> len(azfp.to_frame(azfp.memberships.active(on="1995-01-01"))) > 0
        True
    """
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("to_frame() needs pandas: pip install 'azfp[pandas]'") from None
    items = list(records)
    kinds = {type(r) for r in items}
    if len(kinds) > 1:
        names = ", ".join(sorted(k.__name__ for k in kinds))
        raise TypeError(f"records: expected records of one kind, not {names}")
    header = list(columns(kinds.pop())) if kinds else []
    return pd.DataFrame([flatten(r) for r in items], columns=header or None)


def _equals(actual: object, wanted: object) -> bool:
    if isinstance(actual, PartialDate) and isinstance(wanted, str):
        return str(actual) == wanted
    return actual == wanted
