"""What every store backend offers; callers depend on this, never on a backend."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass

from sitroom.model import Failure, Record


@dataclass(frozen=True)
class DocumentRow:
    """One line of the document list."""

    id: str
    title: str | None
    published: str | None
    source: str
    fmt: str
    chars: int
    entities: int
    events: int


@dataclass(frozen=True)
class EntityRow:
    """One actor in the store with how often it is mentioned."""

    id: str
    name: str
    kind: str
    country: str | None
    role: str | None
    affiliation: str | None
    documents: int
    mentions: int
    sector: str | None = None


class Store(ABC):
    """A place to keep records; all writes go through ``write`` and ``add_failure``."""

    @abstractmethod
    def write(self, record: Record) -> str:
        """Store one record in a transaction; return 'stored' or 'unchanged'."""

    def replace(self, record: Record) -> str:
        """Store ``record`` in place of the stored document with its id; return 'updated'."""
        raise NotImplementedError(f"{type(self).__name__} cannot replace documents")

    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abstractmethod
    def add_failure(self, failure: Failure) -> None: ...

    @abstractmethod
    def failures(self, limit: int = 100) -> list[dict]: ...

    @abstractmethod
    def documents(self, limit: int | None = None, offset: int = 0) -> list[DocumentRow]: ...

    @abstractmethod
    def find_document(self, ref: str) -> str:
        """The full id of the document named by an id, an id prefix, or a source path."""

    @abstractmethod
    def record(self, doc_id: str, within: tuple[int, int] | None = None) -> Record:
        """The document and its facts; with ``within``, only facts starting in that stretch."""

    def records(self) -> Iterator[Record]:
        for row in self.documents():
            yield self.record(row.id)

    @abstractmethod
    def stats(self) -> dict[str, int]: ...

    @abstractmethod
    def entities(self, kind: str | None = None, query: str | None = None,
                 sector: str | None = None) -> list[EntityRow]: ...

    @abstractmethod
    def merge_entities(self, keep: str, drop: str) -> int:
        """Fold entity ``drop`` into ``keep`` everywhere; return the mentions moved."""

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[dict]: ...

    @abstractmethod
    def rows(self, sql: str, params: tuple = ()) -> list[dict]:
        """Read-only query for the analysis layer (portable SQL only)."""

    @abstractmethod
    def assign_clusters(self, clusters: dict[str, str]) -> None:
        """Record that each event (key) reports the cross-document event (value)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
