"""The one storage interface the rest of newsloom talks to.

Stages depend on :class:`Store`, never on SQL, so the backend (SQLite today, PostgreSQL later) is a matter of
the location handed to :func:`newsloom.store.open_store`, not of code.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Iterable, Iterator, Protocol, Sequence, runtime_checkable

from newsloom.records import Article
from newsloom.store.read_model import StoryIndex

if TYPE_CHECKING:
    from newsloom.dossier.records import StoryDossier


class StoreError(RuntimeError):
    """The store cannot be opened or used (missing directory, not a database, closed store...)."""


class SchemaVersionError(StoreError):
    """The database was written by a newer newsloom than this one; refusing beats corrupting it."""


class PutOutcome(StrEnum):
    """What :meth:`Store.put_article` did with an article."""

    NEW = "new"              #: stored; no earlier article had its id or its url
    UNCHANGED = "unchanged"  #: an article with this id (same text) was already stored; nothing written
    REVISION = "revision"    #: stored as a newer version of the latest article with the same url


@dataclass(frozen=True, slots=True)
class PutResult:
    """Outcome of one put: ``revision_of`` is the id the stored article revises (``None`` if it revises none)."""

    outcome: PutOutcome
    article_id: str
    revision_of: str | None = None


@runtime_checkable
class Store(Protocol):
    """Durable home of articles and of per-article results of later stages.

    Every write is one transaction: a process killed mid-way loses nothing already acknowledged and never
    leaves half an article behind. Articles are immutable: a changed text is a new article (its id is the
    hash of its text), linked to the earlier one with the same url through ``revision_of``.
    """

    def put_article(self, article: Article) -> PutResult:
        """Store ``article`` unless its id is already stored; decide and record ``revision_of`` by url."""
        ...

    def put_articles(self, articles: Iterable[Article]) -> list[PutResult]:
        """:meth:`put_article` for many, batched into fewer transactions (each article still whole or absent)."""
        ...

    def get_article(self, id_or_prefix: str) -> Article | None:
        """The article with this id or unique id prefix (>= 4 hex characters), or ``None``.

        Raises ``LookupError`` listing the candidates when the prefix is ambiguous, ``ValueError`` when it is
        not a hex prefix of at least 4 characters.
        """
        ...

    def articles(self, order: str = "published") -> Iterator[Article]:
        """All articles: by ``published`` (unknown last), then ``fetched_at``; or ``order="stored"``."""
        ...

    def count_articles(self) -> int:
        ...

    def revisions(self, article_id: str) -> list[Article]:
        """Earlier versions of an article, newest first (empty when it revises nothing)."""
        ...

    def put_stage_result(self, stage: str, article_id: str, version: str, payload: dict) -> None:
        """Record (replacing any earlier one) what ``stage`` at ``version`` found for an article."""
        ...

    def get_stage_result(self, stage: str, article_id: str, version: str | None = None) -> dict | None:
        """The stored payload; ``None`` when absent or stored by a different ``version`` than asked."""
        ...

    def articles_missing_stage(self, stage: str, version: str) -> list[str]:
        """Ids of articles with no result from ``stage`` at ``version`` (the work still to do)."""
        ...

    def stage_results(self, stage: str, version: str) -> dict[str, dict]:
        """Every article's payload from ``stage`` at ``version``, by article id."""
        ...

    def put_corpus_state(self, name: str, version: str, payload: bytes) -> None:
        """Record (replacing any earlier one) a corpus-wide state, e.g. the link stage's story index."""
        ...

    def get_corpus_state(self, name: str, version: str | None = None) -> bytes | None:
        """The stored state; ``None`` when absent or stored by a different ``version`` than asked."""
        ...

    def index_story(self, dossier: "StoryDossier", articles: Sequence[Article], version: str) -> bool:
        """Bring the read model (story list, filters, search, actors, outlets, facts, statements) up to date with
        one kept dossier, whose ``articles`` give the text to search; ``False`` when already up to date."""
        ...

    def keep_stories(self, story_ids: Iterable[str]) -> int:
        """Drop the read model's rows of every story not in ``story_ids`` (merged or split away); how many went."""
        ...

    @property
    def index(self) -> StoryIndex:
        """Queries over the read model: what readers ask of many stories at once (see :mod:`.read_model`)."""
        ...

    def close(self) -> None:
        ...

    def __enter__(self) -> "Store":
        ...

    def __exit__(self, *exc_info: object) -> None:
        ...
