"""Flat rows of records for tables: notebook HTML, DataFrames and CSV.

The flattening is fixed by the record's type, not by its values, so every row of one kind of
record has the same columns in the same order:

- a date field gives the EDTF string plus ``<field>_earliest`` and ``<field>_latest`` dates;
- ``names`` gives one column per language (``names_en``, ``names_az``, ...);
- ``sources`` gives the cited source ids joined with ``"; "`` and a ``citations`` column with
  every citation (source, locator, excerpt) as compact JSON;
- a tuple of plain values is joined with ``"; "``; other nested values become compact JSON;
- enums give their value.
"""

from __future__ import annotations

import functools
import json
import types
import typing
from enum import Enum
from typing import Any

from pydantic import BaseModel

from azfp.dates import PartialDate

__all__ = ["columns", "flatten", "summary"]

_NAME_LANGUAGES = ("en", "az", "ru", "tr")


def _kind(annotation: Any) -> str:
    options = (
        set(typing.get_args(annotation))
        if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union
        else {annotation}
    )
    options.discard(type(None))
    if options == {PartialDate}:
        return "date"
    names = [o for o in options if isinstance(o, type) and o.__name__ == "Names"]
    return "names" if names else "plain"


@functools.cache
def _field_kinds(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (name, "sources" if name == "sources" else _kind(info.annotation))
        for name, info in model.model_fields.items()
    )


@functools.cache
def columns(model: type[BaseModel]) -> tuple[str, ...]:
    """The columns :func:`flatten` gives for every record of a type, in order.

    Examples:
        >>> from azfp.models import Membership
        >>> columns(Membership)[:5]
        ('id', 'sources', 'citations', 'confidence', 'note')
    """
    out: list[str] = []
    for name, kind in _field_kinds(model):
        if kind == "date":
            out += [name, f"{name}_earliest", f"{name}_latest"]
        elif kind == "names":
            out += [f"names_{lang}" for lang in _NAME_LANGUAGES]
        elif kind == "sources":
            out += ["sources", "citations"]
        else:
            out.append(name)
    return tuple(out)


def _compact(value: Any) -> str:
    dumped = (
        value.model_dump(mode="json")
        if isinstance(value, BaseModel)
        else [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
    )
    return json.dumps(dumped, ensure_ascii=False, sort_keys=True)


def flatten(record: BaseModel) -> dict[str, object]:
    """One flat row of a record, for tables (see the module's description for the rules).

    Examples:
        >>> import azfp
        >>> flatten(azfp.organizations["un"])["names_az"]
        'Birləşmiş Millətlər Təşkilatı'
    """
    row: dict[str, object] = {}
    for name, kind in _field_kinds(type(record)):
        value = getattr(record, name)
        if kind == "date":
            row[name] = str(value) if value is not None else None
            row[f"{name}_earliest"] = value.earliest() if value is not None else None
            row[f"{name}_latest"] = value.latest() if value is not None else None
        elif kind == "names":
            for lang in _NAME_LANGUAGES:
                row[f"names_{lang}"] = getattr(value, lang) if value is not None else None
        elif kind == "sources":
            row["sources"] = "; ".join(dict.fromkeys(c.source for c in value))
            row["citations"] = _compact(value)
        elif isinstance(value, Enum):
            row[name] = value.value
        elif isinstance(value, tuple) and all(isinstance(v, str | int | float) for v in value):
            row[name] = "; ".join(str(v) for v in value)
        elif isinstance(value, BaseModel | tuple):
            row[name] = _compact(value) if value else ""
        else:
            row[name] = value
    return row


def summary(record: BaseModel) -> dict[str, object]:
    """The few fields shown in a notebook table: the scalar facts and the source ids."""
    out: dict[str, object] = {}
    for field in type(record).model_fields:
        value = getattr(record, field)
        if field in {"sources", "note", "alternatives"}:
            continue
        if value is None or isinstance(value, str | int | float | PartialDate | Enum):
            out[field] = "" if value is None else value
    out["sources"] = ", ".join(dict.fromkeys(c.source for c in getattr(record, "sources", ())))
    return out
