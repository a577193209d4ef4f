"""MkDocs hooks: pages generated from the code and the data when the site is built.

A page holds a marker such as ``<!-- azfp:data-dictionary -->``; the hook replaces it, so the
data dictionary, the coverage figures, the command-line reference and the changelog can never
drift from what they describe.
"""

from __future__ import annotations

import inspect
import io
import pathlib
import re
import typing
from collections import Counter
from contextlib import redirect_stdout
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _attributes(model: type) -> dict[str, str]:
    """Field meanings from the Google-style ``Attributes:`` section of a docstring."""
    doc = inspect.getdoc(model) or ""
    meanings: dict[str, str] = {}
    inside, current = False, ""
    for line in doc.splitlines():
        if line.strip() == "Attributes:":
            inside = True
            continue
        if inside:
            if line and not line.startswith(" "):
                break
            match = re.match(r"^    (\w+): (.*)$", line)
            if match:
                current = match.group(1)
                meanings[current] = match.group(2).strip()
            elif current and line.startswith("        "):
                meanings[current] += " " + line.strip()
    return meanings


def _type_name(annotation: Any) -> str:
    name = repr(annotation)
    name = re.sub(r"<enum '(\w+)'>", r"\1", name)
    name = re.sub(r"pydantic(\.\w+)*\.", "", name)
    name = re.sub(r"typing\.|azfp\.[\w.]+\.|<class '|'>|Annotated\[(\w+), [^\]]*\]", r"\1", name)
    return name.replace("NoneType", "None")


def data_dictionary() -> str:
    """Every record type with its fields, their types and meanings."""
    from pydantic import BaseModel

    from azfp.checks import ENTITIES

    seen: set[type] = set()
    order: list[tuple[str, type]] = []

    def visit(title: str, model: type) -> None:
        if model in seen:
            return
        seen.add(model)
        order.append((title, model))
        for info in model.model_fields.values():  # type: ignore[attr-defined]
            for candidate in (info.annotation, *typing.get_args(info.annotation)):
                for inner in (candidate, *typing.get_args(candidate)):
                    if isinstance(inner, type) and issubclass(inner, BaseModel):
                        visit(inner.__name__, inner)

    for entity in ENTITIES:
        visit(f"{entity.model.__name__} (`{entity.file}`)", entity.model)
    out = []
    for title, model in order:
        summary = (inspect.getdoc(model) or "").split("\n\n")[0].replace("\n", " ")
        meanings = {**_base_meanings(model), **_attributes(model)}
        out += [f"## {title}", "", summary, "", "| field | type | meaning |", "| --- | --- | --- |"]
        for name, info in model.model_fields.items():  # type: ignore[attr-defined]
            kind = _type_name(info.annotation).replace("|", "\\|")
            meaning = meanings.get(name, "").replace("|", "\\|")
            out.append(f"| `{name}` | `{kind}` | {meaning} |")
        out.append("")
    return "\n".join(out)


def _base_meanings(model: type) -> dict[str, str]:
    meanings: dict[str, str] = {}
    for base in reversed(model.__mro__[1:]):
        meanings.update(_attributes(base))
    return meanings


def coverage() -> str:
    """Counts, confidence and official sources per collection."""
    import azfp

    lines = [
        f"Data release **{azfp.DATA_VERSION}**.",
        "",
        "| collection | records | high | medium | low | official source |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in azfp.COLLECTIONS:
        records = list(getattr(azfp, name))
        if name == "sources":
            official = sum(1 for s in records if s.kind.official)
            lines.append(f"| sources | {len(records)} | | | | {official} |")
            continue
        levels = Counter(r.confidence.value for r in records)
        official = sum(
            1 for r in records if any(azfp.sources[c.source].kind.official for c in r.sources)
        )
        lines.append(
            f"| {name} | {len(records)} | {levels['high']} | {levels['medium']} | "
            f"{levels['low']} | {official} |"
        )
    dated = sum(1 for r in azfp.relations if r.established is not None)
    attested = sum(1 for r in azfp.relations if r.attested is not None)
    active = sum(1 for r in azfp.relations if r.status == "active")
    abroad = sum(1 for r in azfp.relations if r.embassy_of_azerbaijan is not None)
    in_baku = sum(1 for r in azfp.relations if r.embassy_in_baku is not None)
    kinds = Counter(s.kind.value for s in azfp.sources)
    lines += [
        "",
        f"Relations: {active} active, {dated} with a sourced establishment date and {attested}"
        " more with only a date by which they are attested; a sourced"
        f" answer on Azerbaijan's resident embassy for {abroad} states and on the state's"
        f" embassy in Baku for {in_baku}.",
        "",
        "Sources by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ".",
        "",
        "The events collection includes the milestones derived from other records.",
    ]
    return "\n".join(lines)


def relations_vs_figures() -> str:
    """Each dated published count of relations beside what the relations table says that day."""
    import azfp

    lines = [
        "| published | as of | counts | table: certain | table: at most |",
        "| ---: | --- | --- | ---: | ---: |",
    ]
    for point in azfp.figures["diplomatic-relations"].points:
        if point.as_of is None:
            continue
        low = azfp.relations.bounds(on=point.as_of.earliest())[0]
        high = azfp.relations.bounds(on=point.as_of.latest())[1]
        what = (point.definition_note or "").split(";")[0]
        lines.append(f"| {point.value:g} | {point.as_of} | {what} | {low} | {high} |")
    undated = sum(1 for r in azfp.relations if r.status == "active" and r.established is None)
    attested = sum(1 for r in azfp.relations if r.attested is not None)
    lines += [
        "",
        f"In this release {undated} active relations have no sourced establishment date"
        f" ({attested} of them with an attested date); they make up most of the gap between the"
        " two table columns.",
    ]
    return "\n".join(lines)


def cli_reference() -> str:
    """The help text of the command and of each subcommand."""
    from azfp.cli import _parser

    parser = _parser()
    blocks = [("azfp", parser.format_help())]
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for name, sub in action.choices.items():
            blocks.append((f"azfp {name}", sub.format_help()))
    out = []
    for title, text in blocks:
        out += [f"## `{title}`", "", "```text", text.rstrip(), "```", ""]
    return "\n".join(out)


def changelog() -> str:
    """The changelog as it stands in the repository."""
    return (ROOT / "CHANGELOG.md").read_text("utf-8")


_MARKERS = {
    "<!-- azfp:data-dictionary -->": data_dictionary,
    "<!-- azfp:coverage -->": coverage,
    "<!-- azfp:relations-vs-figures -->": relations_vs_figures,
    "<!-- azfp:cli -->": cli_reference,
    "<!-- azfp:changelog -->": changelog,
}


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Replace each marker with the page part it stands for."""
    for marker, make in _MARKERS.items():
        if marker in markdown:
            with redirect_stdout(io.StringIO()):
                markdown = markdown.replace(marker, make())
    return markdown
