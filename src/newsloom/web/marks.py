"""An article's text cut into segments, each with the kinds of mark over it (actor, time, quote, gap, cited),
for the article page. Marks may overlap (a name inside a quote, a cited sentence across both), so the text
is cut at every mark's edge and each piece carries all the marks that cover it: no nesting to get wrong.

The segments hold plain text; the template escapes it, so nothing in an article can become markup.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Article, ArticleAnalysis

Span = tuple[int, int]

#: What each kind of mark means, for the page's legend (and the API).
KINDS = {"actor": "an actor named or referred to", "time": "a time expression (its resolved value on hover)",
         "quote": "quoted or reported speech", "gap": "a hole left by stripped link text",
         "cited": "the sentence the link you followed points to"}


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of the text under the same marks; ``note`` says more (an actor's name, a time's value)."""

    start: int
    end: int
    text: str
    kinds: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    kind: str
    note: str | None = None


def article_marks(article: Article, analysis: ArticleAnalysis | None, cited: Span | None = None) -> list[_Mark]:
    """Every mark over the article: gaps, actors' mentions, time expressions, quotes and the cited span."""
    marks = [_Mark(g.start, g.end, "gap", g.reason) for g in article.gaps]
    if analysis is not None and not analysis.skipped:
        for actor in analysis.actors:
            marks += [_Mark(m.start, m.end, "actor", actor.name) for m in actor.mentions]
        marks += [_Mark(t.start, t.end, "time", t.value or "unresolved") for t in analysis.times]
        marks += [_Mark(start, end, "quote") for quote in analysis.quotes for start, end in quote.content]
    if cited is not None:
        marks.append(_Mark(cited[0], cited[1], "cited"))
    size = len(article.text)
    return [m for m in marks if 0 <= m.start < m.end <= size]


def segments(article: Article, analysis: ArticleAnalysis | None, cited: Span | None = None) -> tuple[Segment, ...]:
    """The whole text as consecutive segments (unmarked runs included), in order."""
    text = article.text
    marks = article_marks(article, analysis, cited)
    edges = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[_Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    open_marks: list[_Mark] = []
    out = []
    for start, end in zip(edges, edges[1:]):
        open_marks = [m for m in open_marks if m.end > start] + starting.get(start, [])
        kinds = tuple(sorted({m.kind for m in open_marks}))
        notes = [m.note for m in open_marks if m.note]
        out.append(Segment(start, end, text[start:end], kinds, "; ".join(dict.fromkeys(notes)) or None))
    return tuple(out)


def parse_span(value: str | None, size: int) -> Span | None:
    """``"120-245"`` as a span within a text of ``size`` characters; ``None`` for anything else."""
    if not value:
        return None
    start, dash, end = value.partition("-")
    if not dash or not start.isdigit() or not end.isdigit():
        return None
    span = (int(start), int(end))
    return span if 0 <= span[0] < span[1] <= size else None
