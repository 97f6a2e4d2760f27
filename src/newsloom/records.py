"""Typed, immutable records passed between the stages.

Every stage takes records and returns records; none of them is mutated after it is made, so a record can be
cached, stored, compared and sent to another process without surprises.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from typing import Mapping

PARAGRAPH_SEPARATOR = "\n\n"

#: The metadata fields a user, a container (JSON, feed, WARC) or the cleaner can state about a document.
META_FIELDS = ("url", "outlet", "published", "title", "language", "author")


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What is known about a document: every field optional, ``None`` meaning "not stated".

    ``published`` is an ISO 8601 date or date-time string, kept as written once normalised, so that a date
    known only to the day is not turned into midnight of some time zone.
    """

    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = None
    author: str | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, object] | None) -> "DocMeta":
        """Build from a mapping, keeping only known fields with non-blank values."""
        if not data:
            return cls()
        values = {}
        for name in META_FIELDS:
            value = data.get(name)
            if value is not None and str(value).strip():
                values[name] = str(value).strip()
        return cls(**values)

    def over(self, fallback: "DocMeta") -> "DocMeta":
        """This metadata, with gaps filled from ``fallback`` (self wins where both state a field)."""
        return DocMeta(**{f.name: getattr(self, f.name) or getattr(fallback, f.name) for f in fields(self)})

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One report as a reader found it, before any cleaning.

    ``source`` is the input path or URL exactly as the user gave it, with ``#n`` appended for the n-th item of a
    container (a JSONL line, a feed entry, a WARC record). ``given`` holds what the user stated (manifest,
    command-line options) and always wins; ``metadata`` holds what the container stated (JSON fields, feed
    entry, HTTP headers), which wins over anything the cleaner infers.
    """

    source: str
    media_type: str  # "text/plain" or "text/html"
    body: str
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    metadata: DocMeta = field(default_factory=DocMeta)
    given: DocMeta = field(default_factory=DocMeta)
    encoding: str | None = None

    def __post_init__(self) -> None:
        if self.media_type not in ("text/plain", "text/html"):
            raise ValueError(f"RawDocument {self.source!r}: media_type must be text/plain or text/html, "
                             f"not {self.media_type!r}")


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the raw document the cleaner dropped, and why, so a user can check the cleaner's work."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Gap:
    """A place in the cleaned text where stripped link text seems to have left a hole ("agreed to a , on")."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned report: body paragraphs plus what is known of its outlet, title, date and language.

    ``id`` is a hash of the cleaned text, so the same report ingested twice is stored once. Each ``*_how``
    field says where the value came from (``given``, ``metadata``, ``url``, ``text``, ``dateline`` ...) or,
    when the value is unknown, ``unknown: <reason>``.
    """

    id: str
    source: str
    paragraphs: tuple[str, ...]
    url: str | None = None
    outlet: str | None = None
    outlet_how: str = "unknown: not stated"
    title: str | None = None
    title_how: str = "unknown: not stated"
    byline: str | None = None
    published: str | None = None
    published_how: str = "unknown: not stated"
    language: str | None = None
    media_type: str = "text/plain"
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    removed: tuple[Removed, ...] = ()
    gaps: tuple[Gap, ...] = ()
    revision_of: str | None = None

    def __post_init__(self) -> None:
        if not self.paragraphs:
            raise ValueError(f"Article from {self.source!r} has no body paragraphs")
        if self.id != article_id(self.paragraphs):
            raise ValueError(f"Article from {self.source!r}: id {self.id!r} is not the hash of its text; "
                             "build articles with Article.create()")

    @classmethod
    def create(cls, source: str, paragraphs: tuple[str, ...] | list[str], **kwargs) -> "Article":
        paragraphs = tuple(paragraphs)
        return cls(id=article_id(paragraphs), source=source, paragraphs=paragraphs, **kwargs)

    @property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    def paragraph_spans(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of every paragraph in :attr:`text`."""
        spans, start = [], 0
        for paragraph in self.paragraphs:
            spans.append((start, start + len(paragraph)))
            start += len(paragraph) + len(PARAGRAPH_SEPARATOR)
        return tuple(spans)

    def with_changes(self, **changes) -> "Article":
        return replace(self, **changes)


def outlet_label(outlet: str | None, article_id: str) -> str:
    """The name an article's outlet is shown under: its own, or ``article:ID`` when it is unknown (the link
    stage counts such an article as a source of its own)."""
    return outlet or f"article:{article_id}"


@dataclass(frozen=True, slots=True)
class Failure:
    """One bad input item: which one and why. A batch reports these and goes on."""

    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


_SPACE = re.compile(r"\s+")


def article_id(paragraphs: tuple[str, ...] | list[str]) -> str:
    """Content hash of the cleaned text: white space folded, so re-wrapping alone does not make a new article."""
    canonical = "\n".join(_SPACE.sub(" ", p).strip() for p in paragraphs)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- analysis (per article)
#
# Every span below is ``(start, end)`` character offsets into ``Article.text``: the currency of traceability.


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One place an actor is named or referred to: "Khawaja Asif", "the defense minister", "he", "Pakistani".

    ``kind`` says how it refers: ``name`` (a proper name or part of one), ``title`` (a role description such as
    "the Pakistani Defense Minister"), ``pronoun``, ``demonym`` ("Pakistani" → Pakistan) or ``capital``
    ("Islamabad" standing for its government).
    """

    start: int
    end: int
    text: str
    kind: str
    label: str  # the entity label of the name it rests on (PERSON, ORG, GPE, NORP, ...)


@dataclass(frozen=True, slots=True)
class Role:
    """A role an actor holds, as the article states it ("defense minister" of "Pakistan"), with where."""

    title: str
    of: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """One person, organisation or state within one article, with all its mentions.

    ``key`` is unique within the article; the link stage maps it to a corpus-wide identity.
    ``kind`` is ``person``, ``organisation``, ``state`` or ``group`` (a people: "Afghans").
    """

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A temporal expression and its TIMEX3-style value ("2025-10-29", "2025-10", "P4Y", "XXXX-10-19").

    ``value`` is ``None`` when the expression cannot be resolved without guessing (a relative expression in an
    article whose publication date is unknown); ``anchor`` is the date it was resolved against.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span as the NER found it, kept even when it names no actor (a place, a law, a date)."""

    start: int
    end: int
    text: str
    label: str


Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what, in one article: a direct quote ("..."), a mixed one (paraphrase with a quoted fragment)
    or indirect reported speech ("Asif said that if our borders are violated ...").

    ``content`` is one or more spans (a quote split around its attribution has two); ``cue`` is the reporting
    verb or phrase ("said", "according to"); ``speaker`` the mention of who said it, and ``speaker_actor``
    the key of that actor in the article's actors (``None`` when unknown: unknown stays unknown).
    """

    content: tuple[Span, ...]
    kind: str  # direct, mixed, indirect
    cue: Span | None = None
    speaker: Span | None = None
    speaker_text: str | None = None
    speaker_actor: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything the analyse stage found in one article, computed once per article and analyser version.

    ``skipped`` says why an article was not analysed (e.g. its language is not supported yet); then the
    tuples are empty. ``parse`` holds spaCy's serialised parse (a ``DocBin``), so later stages can read
    tokens, tags and dependencies without parsing again.
    """

    article_id: str
    version: str
    language: str | None
    skipped: str | None = None
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    times: tuple[TimeRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    parse: bytes = b""


# ---------------------------------------------------------------- actors across the corpus (link stage)


@dataclass(frozen=True, slots=True)
class RoleHeld:
    """A role as one article states it, dated by that article: a role held then is not necessarily held now."""

    title: str
    of: str | None
    article_id: str
    date: str | None  # the article's publication date (ISO), None when unknown


@dataclass(frozen=True, slots=True)
class CorpusActor:
    """One real-world actor across all articles: its within-article actors are ``members``
    (``(article_id, actor key)`` pairs), so every mention stays traceable to its article and span."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[RoleHeld, ...]
    members: tuple[tuple[str, str], ...]


# ---------------------------------------------------------------- statements across outlets (link stage)


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    """One outlet's wording of a statement: where it stands (article and spans) and how it reads."""

    article_id: str
    outlet: str | None
    published: str | None
    kind: str
    content: tuple[Span, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing one speaker said, as every outlet that reported it worded it (quoted, paraphrased,
    translated). ``speaker`` is a :class:`CorpusActor` id, or ``None`` when the speaker is unknown."""

    id: str
    speaker: str | None
    speaker_name: str | None
    variants: tuple[QuoteVariant, ...]
