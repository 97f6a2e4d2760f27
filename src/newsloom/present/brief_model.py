"""What the HTML and Markdown briefs show, worked out once from the dossier records.

Both renderers show the same things (facts × outlets, single-source claims, contradictions side by side,
statements by speaker, the timeline split into dated and unknown-year entries, coverage with fact texts,
threads) and link every item to the exact sentence it came from. Doing that arithmetic here keeps the
renderers to markup, and lets :class:`Citer` record every span a renderer links to, so the article views
can mark exactly those spans and no link is left without a target.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from string import ascii_lowercase
from typing import Mapping, Sequence
from urllib.parse import urlsplit

from ..dossier import Brief
from ..dossier.records import Citation, OutletCoverage, StoryDossier, StoryEvent, TimelineEntry
from ..link.contradiction_records import Contradiction
from ..link.facts import Fact, FactVariant
from ..records import Article, Statement, outlet_label

__all__ = ["Ref", "Citer", "FactRow", "Wording", "SideView", "SpeakerView", "StatementView", "VariantView",
           "CoverageView", "EntryView", "SummaryView", "StoryView", "BriefView", "brief_view", "article_ids",
           "anchor", "article_anchor", "fact_anchor", "story_anchor", "safe_url", "is_dated", "day_label", "days_label",
           "mark_labels"]

Span = tuple[int, int]
_UNSAFE_ID = re.compile(r"[^0-9A-Za-z_-]")
_DATED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _id_part(text: str) -> str:
    """Article and fact ids are hashes, but they end up in ids, hrefs and CSS selectors: keep them tame."""
    return _UNSAFE_ID.sub("_", text)


def anchor(article_id: str, span: Span) -> str:
    """The id of a cited passage in the article view: ``s-<article id>-<start>-<end>``."""
    return f"s-{_id_part(article_id)}-{int(span[0])}-{int(span[1])}"


def article_anchor(article_id: str) -> str:
    return f"a-{_id_part(article_id)}"


def fact_anchor(fact_id: str) -> str:
    return f"f-{_id_part(fact_id)}"


def story_anchor(story_id: str) -> str:
    return f"story-{_id_part(story_id)}"


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address that may become a link, else ``None`` (shown as text):
    ``javascript:``, ``data:`` and anything with spaces, quotes or control characters never become an href."""
    if not url or any(c.isspace() or ord(c) < 32 or c in "\"'<>`\\" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def is_dated(entry: TimelineEntry) -> bool:
    """A timeline entry with a known year (``2025-03-04``, ``2025-03``, ``2021``); ``XXXX-10-19`` is not."""
    return bool(_DATED.match(entry.date))


def mark_labels(refs: Sequence[Ref], numbers: Mapping[str, int]) -> list[tuple[Ref, str]]:
    """Citation marks: the outlet's number, lettered when one outlet is cited more than once (2a, 2b)."""
    per_outlet = Counter(ref.outlet for ref in refs)
    seen: Counter = Counter()
    out = []
    for ref in refs:
        seen[ref.outlet] += 1
        suffix = ascii_lowercase[(seen[ref.outlet] - 1) % 26] if per_outlet[ref.outlet] > 1 else ""
        out.append((ref, f"{numbers.get(ref.outlet, '?')}{suffix}"))
    return out


def day_label(published: str | None) -> str:
    """A publication date as a reader wants it: the day, and the time when one is known."""
    if not published:
        return "date unknown"
    return published[:16].replace("T", " ") if "T" in published else published


def days_label(first: str | None, last: str | None) -> str:
    """The days a story or an event spans: ``first – last``, one day alone, or "date unknown"."""
    if not first:
        return "date unknown"
    return f"{first} – {last}" if last and last != first else first


@dataclass(frozen=True, slots=True)
class Ref:
    """A link to one cited passage: ``text`` is the article's text at ``span`` (what the target shows);
    ``linked`` is false when the article is not at hand, so the renderer shows the outlet without a link."""

    article_id: str
    span: Span
    outlet: str
    anchor: str
    text: str
    linked: bool


class Citer:
    """Makes :class:`Ref` s and remembers every span it was asked for, per article, for the article views."""

    def __init__(self, articles: Mapping[str, Article]) -> None:
        self.articles = articles
        self.spans: dict[str, set[Span]] = {}

    def ref(self, article_id: str, span: Span, outlet: str | None = None) -> Ref:
        article = self.articles.get(article_id)
        start, end = int(span[0]), int(span[1])
        label = outlet or (article.outlet if article is not None else None) or outlet_label(None, article_id)
        if article is None or not 0 <= start < end <= len(article.text):
            return Ref(article_id, (start, end), label, anchor(article_id, (start, end)), "", False)
        self.spans.setdefault(article_id, set()).add((start, end))
        return Ref(article_id, (start, end), label, anchor(article_id, (start, end)), article.text[start:end], True)

    def citation(self, citation: Citation) -> Ref:
        return self.ref(citation.article_id, citation.span, citation.outlet)

    def variant(self, variant: FactVariant) -> Ref:
        return self.ref(variant.article_id, variant.sentence_span, variant.outlet)


@dataclass(frozen=True, slots=True)
class FactRow:
    """One fact of the matrix: ``cells[i]`` are the passages of the story's i-th outlet that state it, and
    ``copies[i]`` says that outlet only carries it as a syndicated copy (not an independent source)."""

    fact: Fact
    refs: tuple[Ref, ...]
    cells: tuple[tuple[Ref, ...], ...]
    copies: tuple[bool, ...]
    anchor: str


@dataclass(frozen=True, slots=True)
class Wording:
    """One outlet's sentence on a side of a contradiction, split around the clause that says it (``clause``
    empty when it is the whole sentence)."""

    ref: Ref
    published: str | None
    before: str
    clause: str
    after: str


@dataclass(frozen=True, slots=True)
class SideView:
    value: str
    outlets: tuple[str, ...]
    wordings: tuple[Wording, ...]


@dataclass(frozen=True, slots=True)
class VariantView:
    """One wording of a statement and every outlet that printed it so (a syndicated copy words it alike),
    each as (outlet, date, links to the parts of the quote: one split by its attribution has several)."""

    kind: str
    text: str
    sources: tuple[tuple[str, str | None, tuple[Ref, ...]], ...]


@dataclass(frozen=True, slots=True)
class StatementView:
    statement: Statement
    outlets: tuple[str, ...]
    variants: tuple[VariantView, ...]


@dataclass(frozen=True, slots=True)
class SpeakerView:
    name: str
    statements: tuple[StatementView, ...]


@dataclass(frozen=True, slots=True)
class CoverageView:
    """An outlet's coverage with the facts spelled out: what only it reported (with its passages) and the
    well-supported facts it left out (linked to their row of the matrix)."""

    coverage: OutletCoverage
    articles: tuple[str, ...]
    exclusive: tuple[tuple[Fact, tuple[Ref, ...]], ...]
    missed: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class EntryView:
    entry: TimelineEntry
    refs: tuple[Ref, ...]


@dataclass(frozen=True, slots=True)
class EventView:
    event: StoryEvent
    refs: tuple[Ref, ...]


@dataclass(frozen=True, slots=True)
class SummaryView:
    text: str
    ref: Ref
    citations: tuple[Ref, ...]
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryView:
    story: StoryDossier
    anchor: str
    summary: tuple[SummaryView, ...]
    outlets: tuple[str, ...]
    confirmed: tuple[FactRow, ...]
    single: tuple[FactRow, ...]
    contradictions: tuple[tuple[Contradiction, SideView, SideView], ...]
    speakers: tuple[SpeakerView, ...]
    dated: tuple[EntryView, ...]
    undated: tuple[EntryView, ...]
    coverage: tuple[CoverageView, ...]
    events: tuple[EventView, ...] = ()  # shown only when the story has more than one development


@dataclass(frozen=True, slots=True)
class BriefView:
    brief: Brief
    stories: tuple[StoryView, ...]
    threads: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...]  # title, (story title, its anchor if shown)
    articles: tuple[Article, ...]
    spans: Mapping[str, frozenset[Span]] = field(default_factory=dict)


def _fact_row(fact: Fact, columns: Sequence[str], citer: Citer, labels: Mapping[str, str]) -> FactRow:
    refs = tuple(citer.variant(v) for v in fact.variants)
    by_outlet: dict[str, list[Ref]] = {}
    for variant, ref in zip(fact.variants, refs):
        by_outlet.setdefault(labels.get(variant.article_id, outlet_label(variant.outlet, variant.article_id)), []).append(ref)
    cells = tuple(tuple(by_outlet.get(outlet, ())) for outlet in columns)
    copies = tuple(bool(cell) and outlet not in fact.outlets for outlet, cell in zip(columns, cells))
    return FactRow(fact=fact, refs=refs, cells=cells, copies=copies, anchor=fact_anchor(fact.id))


def _wording(variant: FactVariant, citer: Citer) -> Wording:
    ref = citer.variant(variant)
    text = ref.text or variant.text
    start, end = variant.span[0] - variant.sentence_span[0], variant.span[1] - variant.sentence_span[0]
    if not 0 <= start < end <= len(text) or (start, end) == (0, len(text)):
        return Wording(ref, variant.published, text, "", "")
    return Wording(ref, variant.published, text[:start], text[start:end], text[end:])


def _side(side, citer: Citer) -> SideView:
    return SideView(value=side.value, outlets=side.outlets, wordings=tuple(_wording(v, citer) for v in side.variants))


def _variants(statement: Statement, citer: Citer) -> tuple[VariantView, ...]:
    merged: dict[tuple[str, str], list[tuple[str, str | None, tuple[Ref, ...]]]] = {}
    texts: dict[tuple[str, str], str] = {}
    for v in statement.variants:
        key = (v.kind, " ".join(v.text.split()))
        texts.setdefault(key, v.text)
        refs = tuple(citer.ref(v.article_id, span, v.outlet) for span in v.content)
        merged.setdefault(key, []).append((outlet_label(v.outlet, v.article_id), v.published, refs))
    return tuple(VariantView(kind=key[0], text=texts[key], sources=tuple(sources)) for key, sources in merged.items())


def _speakers(statements: Sequence[Statement], citer: Citer) -> tuple[SpeakerView, ...]:
    groups: dict[str, list[StatementView]] = {}
    for statement in statements:
        variants = _variants(statement, citer)
        outlets = tuple(dict.fromkeys(source[0] for v in variants for source in v.sources))
        groups.setdefault(statement.speaker_name or "Speaker unknown", []).append(
            StatementView(statement, outlets, variants))
    order = sorted(groups.items(), key=lambda item: (item[0] == "Speaker unknown", -len(item[1]),
                                                     -max(len(s.outlets) for s in item[1]), item[0].casefold()))
    return tuple(SpeakerView(name, tuple(views)) for name, views in order)


def _story_view(story: StoryDossier, citer: Citer) -> StoryView:
    labels = {a.id: outlet_label(a.outlet, a.id) for a in story.articles}
    columns = tuple(dict.fromkeys(story.outlets))
    facts_by_id = {f.id: f for f in story.facts}
    order = sorted(story.facts, key=lambda f: (-len(f.outlets), f.first_reported.published or "~", f.id))
    rows = {f.id: _fact_row(f, columns, citer, labels) for f in order}
    summary = tuple(SummaryView(text=s.text, ref=citer.ref(s.article_id, s.span, labels.get(s.article_id)),
                                citations=tuple(citer.citation(c) for c in s.citations), outlets=s.outlets)
                    for s in story.summary)
    entries = [EntryView(e, tuple(citer.citation(c) for c in e.sources)) for e in story.timeline]
    coverage = tuple(CoverageView(coverage=c, articles=c.articles,
                                  exclusive=tuple((facts_by_id[i], rows[i].refs) for i in c.exclusive if i in rows),
                                  missed=tuple(facts_by_id[i] for i in c.missed if i in facts_by_id))
                     for c in story.coverage)
    return StoryView(
        story=story, anchor=story_anchor(story.id), summary=summary, outlets=columns,
        confirmed=tuple(rows[f.id] for f in order if not f.single_source),
        single=tuple(rows[f.id] for f in order if f.single_source),
        contradictions=tuple((c, _side(c.a, citer), _side(c.b, citer)) for c in story.contradictions),
        speakers=_speakers(story.statements, citer),
        dated=tuple(e for e in entries if is_dated(e.entry)),
        undated=tuple(e for e in entries if not is_dated(e.entry)),
        coverage=coverage,
        events=tuple(EventView(e, tuple(citer.citation(c) for c in e.sources)) for e in story.developments))


def article_ids(brief: Brief) -> list[str]:
    """Every article the brief names (its stories' articles and their copies, and every cited article), in
    story order: what a caller fetches from the store before rendering."""
    ids: dict[str, None] = {}
    for story in brief.stories:
        for article in story.articles:
            ids[article.id] = None
            ids.update(dict.fromkeys(article.copies))
        ids.update(dict.fromkeys(c.article_id for s in story.summary for c in s.citations))
        ids.update(dict.fromkeys(v.article_id for f in story.facts for v in f.variants))
        ids.update(dict.fromkeys(v.article_id for s in story.statements for v in s.variants))
        ids.update(dict.fromkeys(c.article_id for e in story.timeline for c in e.sources))
        ids.update(dict.fromkeys(c.article_id for e in story.events for c in e.sources))
    return list(ids)


def brief_view(brief: Brief, articles: Mapping[str, Article]) -> BriefView:
    """The brief as both renderers show it; ``spans`` lists every passage some item links to, per article."""
    citer = Citer(articles)
    stories = tuple(_story_view(story, citer) for story in brief.stories)
    titles = {s.id: s.title for s in brief.stories}
    threads = tuple((t.title, tuple((titles.get(sid, sid), story_anchor(sid) if sid in titles else None)
                                    for sid in t.stories)) for t in brief.threads)
    shown = tuple(articles[i] for i in article_ids(brief) if i in articles)
    return BriefView(brief=brief, stories=stories, threads=threads, articles=shown,
                     spans={aid: frozenset(spans) for aid, spans in citer.spans.items()})
