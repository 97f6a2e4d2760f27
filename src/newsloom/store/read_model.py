"""The read model: what readers (the web pages, the JSON API) ask of many stories at once, answered from rows
written when each story's dossier is kept, so that no reader ever rebuilds a dossier or loads analyses.

:class:`StoryIndex` is the query side (``store.index``); ``Store.index_story`` and ``Store.keep_stories`` are
the write side. One story's whole dossier is not here: ``pipeline.kept_dossier`` reads it in a few ms.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a longer answer: its items and how many there are in all."""

    items: tuple[T, ...]
    total: int


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """What the story list asks for; every field optional. Dates are ISO days: a story is in the range when
    any part of it (first to last date) is. ``actor`` is an actor id or name; ``outlet`` an outlet name."""

    q: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    outlet: str | None = None
    min_outlets: int | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class StoryRow:
    id: str
    thread: str
    title: str
    first_date: str | None
    last_date: str | None
    articles: int
    sources: int  # independent outlets behind its facts (syndicated copies folded)
    outlets: tuple[str, ...]
    actors: tuple[str, ...]
    summary: str
    facts: int
    contradictions: int
    statements: int


@dataclass(frozen=True, slots=True)
class ActorRow:
    """An actor across the stories it appears in (its id is the corpus-wide one, derived from its name)."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    stories: int
    mentions: int


@dataclass(frozen=True, slots=True)
class ActorStory:
    """One story an actor appears in, with the roles that story's articles give it."""

    story: str
    title: str
    first_date: str | None
    last_date: str | None
    roles: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class StatementRow:
    """A statement (one thing one speaker said, across outlets) with its earliest wording and where it stands."""

    story: str
    id: str
    speaker: str | None
    speaker_name: str | None
    published: str | None
    outlets: tuple[str, ...]
    variants: int
    text: str
    article_id: str
    span: Span


@dataclass(frozen=True, slots=True)
class FactRow:
    """A fact with its independent outlets and first report; ``exclusive_to`` the one outlet that alone
    carries it (copies included), if any; ``article_id``/``span`` the first report's sentence."""

    story: str
    id: str
    text: str
    outlets: tuple[str, ...]
    single_source: bool
    published: str | None
    first_outlet: str | None
    exclusive_to: str | None
    article_id: str
    span: Span


@dataclass(frozen=True, slots=True)
class OutletRow:
    outlet: str
    stories: int
    articles: int
    exclusive: int


@dataclass(frozen=True, slots=True)
class OutletStory:
    """What one outlet did for one story."""

    story: str
    title: str
    first_date: str | None
    last_date: str | None
    articles: int
    facts: int
    exclusive: int
    missed: int


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """A current article of a story; ``original`` the article it is a syndicated copy of, if it is one."""

    id: str
    story: str
    outlet: str
    title: str | None
    published: str | None
    url: str | None
    original: str | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A story or article that matches a search. ``snippet`` is plain text in which the matched words are
    wrapped in :data:`HIT_START` and :data:`HIT_END` (control characters no article text contains)."""

    kind: str  # "story" or "article"
    id: str
    story: str
    title: str | None
    snippet: str
    outlet: str | None
    published: str | None


HIT_START, HIT_END = "\x02", "\x03"


class StoryIndex(Protocol):
    """Queries over the read model. Every list is paged (``limit``, ``offset``) and ordered as documented."""

    def stories(self, query: StoryFilter) -> Page[StoryRow]:
        """Stories matching ``query`` in the brief's order: most independent outlets, then most articles, then
        earliest."""
        ...

    def story(self, story_id: str) -> StoryRow | None:
        ...

    def story_count(self) -> int:
        ...

    def actors(self, q: str | None = None, limit: int = 100, offset: int = 0) -> Page[ActorRow]:
        """Actors (whose name or an alias contains ``q``), in most stories first."""
        ...

    def actor(self, actor_id: str) -> tuple[ActorRow | None, tuple[ActorStory, ...]]:
        """The actor and the stories it appears in, earliest first."""
        ...

    def statements(self, speaker: str | None = None, story: str | None = None,
                   limit: int = 100, offset: int = 0) -> Page[StatementRow]:
        """Statements (of one speaker, in one story), earliest first."""
        ...

    def facts(self, story: str | None = None, outlet: str | None = None, exclusive_to: str | None = None,
              single_source: bool | None = None, limit: int = 100, offset: int = 0) -> Page[FactRow]:
        """Facts (of one story; carried by ``outlet`` as an independent source; exclusive to an outlet),
        most outlets first."""
        ...

    def outlets(self, limit: int = 500, offset: int = 0) -> Page[OutletRow]:
        """Outlets, in most stories first."""
        ...

    def outlet(self, name: str) -> tuple[OutletStory, ...]:
        """The stories an outlet covered, latest first (empty when it covered none)."""
        ...

    def articles(self, story: str | None = None, outlet: str | None = None,
                 limit: int = 100, offset: int = 0) -> Page[ArticleRow]:
        """Current articles of stories (of one story, of one outlet), latest first."""
        ...

    def article(self, article_id: str) -> ArticleRow | None:
        """Where an article stands in the stories (``None`` when it is in none)."""
        ...

    def search(self, q: str, limit: int = 20) -> tuple[SearchHit, ...]:
        """Stories, then articles, whose words match every word of ``q`` (best matches first)."""
        ...
