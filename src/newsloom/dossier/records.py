"""The dossier's records: what a reader (or a program reading ``newsloom brief --format json``) gets per story.

Everything here points back at article text: a :class:`Citation` is an article and a character span of its
``text``, so every summary sentence, timeline entry, fact and statement can be checked where it was said.
The records mirror ``docs/brief.schema.json`` field for field (a test validates the JSON against it).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..link.contradiction_records import Contradiction
from ..link.facts import Fact
from ..records import Statement

Span = tuple[int, int]

__all__ = ["Citation", "StoryArticle", "StoryActor", "TimelineEntry", "SummarySentence", "OutletCoverage",
           "StoryEvent", "StoryDossier", "StorySummary", "Thread", "Brief"]


@dataclass(frozen=True, slots=True)
class Citation:
    """Where something was said: an article, its outlet and the character span of its text."""

    article_id: str
    outlet: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """One article of a story; ``copies`` are the syndicated copies folded into it (never counted twice),
    ``revision_of`` the earlier version it replaces."""

    id: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    copies: tuple[str, ...] = ()
    revision_of: str | None = None


@dataclass(frozen=True, slots=True)
class StoryActor:
    """An actor as far as one story is concerned: its corpus identity, roles and how often it is mentioned."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: int
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A dated event of the story: the date as the articles state it (``date``: ``2025-03-04``, ``2025-03``,
    ``2021``), what happened (the earliest report's sentence), and every sentence that dates it."""

    date: str
    text: str
    sources: tuple[Citation, ...]
    outlets: tuple[str, ...]
    when: tuple[str, ...] = ()  # the time expressions as written ("on Tuesday", "October 25")


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One sentence of the story's summary, exactly as an article wrote it, citing every outlet that reported
    the same thing (``citations``: their sentences)."""

    text: str
    article_id: str
    span: Span
    outlets: tuple[str, ...]
    citations: tuple[Citation, ...]
    fact_id: str | None = None


@dataclass(frozen=True, slots=True)
class OutletCoverage:
    """What one outlet did for the story: its articles, the facts only it reported, and the well-supported
    facts (carried by most other outlets) it left out."""

    outlet: str
    articles: tuple[str, ...]
    facts: int
    exclusive: tuple[str, ...]
    missed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """One development of a story (the talks' failure, the threat after it, the strikes days later): the
    reports about it, the days they give for it, and the lead sentences that date it (``sources``)."""

    id: str
    title: str
    first_date: str | None
    last_date: str | None
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    sources: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class StoryDossier:
    """Everything newsloom knows about one story (one real-world event)."""

    id: str
    thread: str
    title: str
    first_date: str | None
    last_date: str | None
    articles: tuple[StoryArticle, ...]
    outlets: tuple[str, ...]
    summary: tuple[SummarySentence, ...]
    actors: tuple[StoryActor, ...]
    statements: tuple[Statement, ...]
    facts: tuple[Fact, ...]
    contradictions: tuple[Contradiction, ...]
    timeline: tuple[TimelineEntry, ...]
    coverage: tuple[OutletCoverage, ...]
    events: tuple[StoryEvent, ...] = ()

    @property
    def developments(self) -> tuple[StoryEvent, ...]:
        """The events worth listing to a reader: a story of one event is that event, and listing it would only
        repeat the story (the data, ``events``, keeps it)."""
        return self.events if len(self.events) > 1 else ()


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story as ``newsloom stories`` lists it: no facts computed, just what it is and who covered it when."""

    id: str
    thread: str
    title: str
    articles: int
    outlets: tuple[str, ...]
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True, slots=True)
class Thread:
    """Stories that follow from one another (talks fail → threats → strikes), earliest first."""

    id: str
    title: str
    stories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Brief:
    """The whole dossier: stories (most reported first) and the threads that link them."""

    generated_at: str
    stories: tuple[StoryDossier, ...]
    threads: tuple[Thread, ...]
