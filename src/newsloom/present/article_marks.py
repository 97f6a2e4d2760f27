"""An article's text as HTML with every cited passage wrapped in an element a link can jump to.

Cited spans overlap in ways HTML cannot nest: a quote that starts in one sentence and ends in the next crosses
both sentences. Spans that nest with all those already placed get one element each (``id="s-…"``, its text
exactly the article text at the span). A span that would cross one is cut into pieces at every boundary
inside it; each piece carries ``data-of="s-…"`` and the first also the id, and the page's CSS lights up all
pieces when the id is the target (:func:`piece_rules`). Everything from the article is escaped here.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from markupsafe import Markup, escape

from .brief_model import anchor

__all__ = ["marked_text", "piece_rules"]

Span = tuple[int, int]


def _crosses(a: Span, b: Span) -> bool:
    return a[0] < b[0] < a[1] < b[1] or b[0] < a[0] < b[1] < a[1]


def _layout(spans: Iterable[Span]) -> tuple[list[Span], list[Span]]:
    """Split the spans into those placed whole (pairwise nested or disjoint) and those cut into pieces.
    Longer spans are placed first: a sentence stays whole and the quote crossing it is cut."""
    whole: list[Span] = []
    cut: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (-(s[1] - s[0]), s)):
        (cut if any(_crosses(span, other) for other in whole) else whole).append(span)
    return whole, cut


def _pieces(span: Span, bounds: list[int]) -> list[Span]:
    inner = [b for b in bounds if span[0] < b < span[1]]
    edges = [span[0], *inner, span[1]]
    return [(a, b) for a, b in zip(edges, edges[1:]) if a < b]


def marked_text(article_id: str, text: str, spans: Iterable[Span]) -> tuple[Markup, list[str]]:
    """The escaped text with the spans wrapped, and the anchors that were cut into pieces."""
    whole, cut = _layout(spans)
    bounds = sorted({b for s in whole + cut for b in s})
    # (start, end, rank, opening tag): whole spans open before pieces of the same extent and close after them.
    items: list[tuple[int, int, int, Markup]] = []
    for span in whole:
        items.append((span[0], span[1], 0, Markup('<span class="cite" id="{}">').format(anchor(article_id, span))))
    for span in cut:
        name = anchor(article_id, span)
        for i, piece in enumerate(_pieces(span, bounds)):
            tag = (Markup('<span class="cite part" id="{}" data-of="{}">').format(name, name) if i == 0
                   else Markup('<span class="cite part" data-of="{}">').format(name))
            items.append((piece[0], piece[1], 1, tag))
    items.sort(key=lambda item: (item[0], -item[1], item[2]))
    out: list[str] = []
    open_ends: list[int] = []
    position = 0
    for start, end, _, tag in items:
        while open_ends and open_ends[-1] <= start:
            out.append(str(escape(text[position:open_ends[-1]])) + "</span>")
            position = open_ends.pop()
        out.append(str(escape(text[position:start])))
        out.append(str(tag))
        position = start
        open_ends.append(end)
    while open_ends:
        out.append(str(escape(text[position:open_ends[-1]])) + "</span>")
        position = open_ends.pop()
    out.append(str(escape(text[position:])))
    return Markup("".join(out)), [anchor(article_id, span) for span in cut]


def piece_rules(cut: Iterable[str]) -> Markup:
    """CSS that highlights every piece of a cut passage when its id is the target. The anchors are built
    from hashes and numbers only (:func:`newsloom.present.brief_model.anchor`), never from article text."""
    rules = [f'body:has(#{name}:target) [data-of="{name}"]' for name in cut]
    return Markup(",\n".join(rules) + " { background: var(--hit); }\n" if rules else "")


def marked_articles(articles: Iterable, spans: Mapping[str, Iterable[Span]]) -> tuple[dict[str, Markup], Markup]:
    """Every article's marked text by id, and the CSS for all cut passages."""
    texts, cut = {}, []
    for article in articles:
        texts[article.id], pieces = marked_text(article.id, article.text, spans.get(article.id, ()))
        cut += pieces
    return texts, piece_rules(cut)
