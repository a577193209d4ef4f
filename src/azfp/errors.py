"""The exceptions azfp raises: one base class, a lookup miss, and damaged data."""

from __future__ import annotations

from collections.abc import Sequence


class AzfpError(Exception):
    """Base class of every error azfp raises on purpose."""


class NotFound(AzfpError, LookupError):
    """A lookup found no record for the text it was given.

    Attributes:
        query: the text that was looked up.
        collection: the name of the collection searched.
        suggestions: up to three ids of records whose names come close.

    Examples:
        >>> import azfp
        >>> try:
        ...     azfp.organizations.lookup("Unknown Union")
        ... except azfp.NotFound as error:
        ...     print(error.query)
        Unknown Union
    """

    def __init__(
        self,
        query: object,
        collection: str,
        suggestions: Sequence[str] = (),
        reason: str = "",
    ) -> None:
        self.query = query
        self.collection = collection
        self.suggestions = tuple(suggestions)
        message = reason or f"no {collection} record matches {query!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)


class Problem:
    """One thing wrong with a data folder: where it is and what is wrong.

    Attributes:
        file: the data file (for example ``organizations.json``), or ``""`` for the folder.
        record: the id of the record concerned, or ``""`` when the file itself is wrong.
        message: what is wrong, and what would be right.
    """

    __slots__ = ("file", "message", "record")

    file: str
    record: str
    message: str

    def __init__(self, file: str, record: str, message: str) -> None:
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "record", record)
        object.__setattr__(self, "message", message)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Problem is immutable; cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.file, self.record, self.message) == (other.file, other.record, other.message)

    def __hash__(self) -> int:
        return hash((self.file, self.record, self.message))

    def __repr__(self) -> str:
        return f"Problem(file={self.file!r}, record={self.record!r}, message={self.message!r})"

    def __str__(self) -> str:
        where = self.file or "<folder>"
        if self.record:
            where += f" [{self.record}]"
        return f"{where}: {self.message}"


class DataIntegrityError(AzfpError):
    """A data folder failed a check: checksum, schema, reference or consistency.

    Attributes:
        problems: every problem found, each naming its file and record.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = "; ".join(str(p) for p in self.problems[:5])
        more = f" (and {count - 5} more)" if count > 5 else ""
        super().__init__(f"{count} data problem{'s' if count != 1 else ''}: {head}{more}")
