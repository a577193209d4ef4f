"""Flat rows of records for tables: notebook HTML, DataFrames and CSV."""

from __future__ import annotations

import json
from enum import Enum

from pydantic import BaseModel

from azfp.dates import PartialDate

__all__ = ["flatten", "summary"]


def summary(record: BaseModel) -> dict[str, object]:
    """The few fields shown in a notebook table: the scalar facts and the source ids."""
    out: dict[str, object] = {}
    for field in type(record).model_fields:
        value = getattr(record, field)
        if field in {"sources", "note", "alternatives"}:
            continue
        if value is None or isinstance(value, (str, int, float, PartialDate, Enum)):
            out[field] = "" if value is None else value
    out["sources"] = ", ".join(c.source for c in getattr(record, "sources", ()))
    return out


def flatten(record: BaseModel) -> dict[str, object]:
    """One flat row of a record, for tables.

    Dates become EDTF strings with ``*_earliest`` and ``*_latest`` date columns; names become
    one column per language; tuples of plain values are joined with ``"; "``; sources become
    their ids; other nested values become compact JSON.

    Example:
        >>> import azfp
        >>> flatten(azfp.organizations["un"])["names_az"]
        'Birləşmiş Millətlər Təşkilatı'
    """
    row: dict[str, object] = {}
    for field in type(record).model_fields:
        value = getattr(record, field)
        if isinstance(value, PartialDate):
            row[field] = str(value)
            row[f"{field}_earliest"] = value.earliest()
            row[f"{field}_latest"] = value.latest()
        elif value is None and field in _DATE_FIELDS:
            row[field] = None
            row[f"{field}_earliest"] = None
            row[f"{field}_latest"] = None
        elif field == "sources":
            row["sources"] = "; ".join(c.source for c in value)
        elif field == "names" and isinstance(value, BaseModel):
            for lang in type(value).model_fields:
                row[f"names_{lang}"] = getattr(value, lang)
        elif isinstance(value, tuple) and all(isinstance(v, (str, int, float)) for v in value):
            row[field] = "; ".join(str(v) for v in value)
        elif isinstance(value, (BaseModel, tuple)):
            dumped = (
                value.model_dump(mode="json")
                if isinstance(value, BaseModel)
                else [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
            )
            row[field] = json.dumps(dumped, ensure_ascii=False, sort_keys=True) if value else ""
        elif isinstance(value, Enum):
            row[field] = value.value
        else:
            row[field] = value
    return row


_DATE_FIELDS = frozenset(
    {
        "start",
        "end",
        "founded",
        "established",
        "recognized",
        "signed",
        "in_force",
        "opened",
        "date",
        "as_of",
        "published",
        "accessed",
    }
)
