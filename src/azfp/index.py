"""The look-up indexes of a collection: exact name keys, and trigrams for fuzzy search."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pydantic import BaseModel

from azfp.text import normalize, trigrams

__all__ = ["MIN_SCORE", "Fuzzy", "Index"]

# Where a key comes from decides which record wins when two records share a key: an id beats a
# code or an acronym, which beats a current name, which beats an alias or a former name.
_ID, _CODE, _NAME, _OTHER = 0, 1, 2, 3
MIN_SCORE = 0.2


def _keys(record: BaseModel) -> Iterator[tuple[int, str]]:
    """Every text a record can be looked up by, with its priority."""
    yield _ID, str(getattr(record, "id", ""))
    for field in ("alpha3", "numeric", "acronym", "wikidata"):
        value = getattr(record, field, None)
        if isinstance(value, str):
            yield _CODE, value
    acronyms = getattr(record, "acronyms", None)
    if acronyms is not None:
        for acronym in acronyms.all():
            yield _CODE, acronym
    for field in ("name", "title", "person"):
        value = getattr(record, field, None)
        if isinstance(value, str):
            yield _NAME, value
    names = getattr(record, "names", None)
    if names is not None:
        for _, name in names.items():
            yield _NAME, name
    for alias in getattr(record, "aliases", ()):
        yield _OTHER, alias
    for former in getattr(record, "former_names", ()):
        yield _OTHER, former.name
        if former.acronym:
            yield _CODE, former.acronym


class Index:
    """The exact look-up table of one collection: normalised key -> (priority, id) pairs."""

    __slots__ = ("by_key",)

    def __init__(self, records: Iterable[BaseModel]) -> None:
        best: dict[str, dict[str, int]] = {}
        for record in records:
            record_id = str(getattr(record, "id", ""))
            for priority, text in _keys(record):
                key = normalize(text)
                if not key:
                    continue
                owners = best.setdefault(key, {})
                owners[record_id] = min(priority, owners.get(record_id, priority))
        self.by_key: dict[str, tuple[tuple[int, str], ...]] = {
            key: tuple(sorted((p, i) for i, p in owners.items())) for key, owners in best.items()
        }


class Fuzzy:
    """The trigram index behind search and suggestions, built only when first needed."""

    __slots__ = ("key_owner", "key_text", "key_trigrams", "postings")

    def __init__(self, index: Index) -> None:
        self.key_text: tuple[str, ...] = tuple(index.by_key)
        self.key_owner: tuple[tuple[str, ...], ...] = tuple(
            tuple(i for _, i in index.by_key[key]) for key in self.key_text
        )
        self.key_trigrams: tuple[frozenset[str], ...] = tuple(trigrams(k) for k in self.key_text)
        postings: dict[str, list[int]] = {}
        for position, grams in enumerate(self.key_trigrams):
            for gram in grams:
                postings.setdefault(gram, []).append(position)
        self.postings: dict[str, tuple[int, ...]] = {g: tuple(p) for g, p in postings.items()}

    def scores(self, query: str) -> dict[str, float]:
        """The best score of each record for a normalised query, from 0 to 1."""
        grams = trigrams(query)
        shared: dict[int, int] = {}
        for gram in grams:
            for position in self.postings.get(gram, ()):
                shared[position] = shared.get(position, 0) + 1
        best: dict[str, float] = {}
        for position, count in shared.items():
            key = self.key_text[position]
            if key == query:
                score = 1.0
            elif key.startswith(query) or query.startswith(key):
                score = 0.9 * min(len(key), len(query)) / max(len(key), len(query)) + 0.05
            elif query in key:
                score = 0.8 * len(query) / len(key) + 0.1
            else:
                score = count / (len(grams) + len(self.key_trigrams[position]) - count)
            for record_id in self.key_owner[position]:
                if score > best.get(record_id, 0.0):
                    best[record_id] = score
        return best
