"""What a contradiction is, as the finders report it: two sides, each with every wording of what it says.

A reader must be able to check a contradiction, so each side carries every outlet's sentence (article, outlet,
spans, exact text) and the independent outlets behind it; every kind of finder builds its sides here.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable, Mapping

from .fact_articles import ArticleInfo, published_key
from .facts import FactVariant

Span = tuple[int, int]

@dataclass(frozen=True, slots=True)
class Side:
    """One side of a contradiction: what it says (``value``: "at least 12", "denied", "2025-03-04" …), every
    wording of it (variants with article, outlet, sentence span and text), and the independent outlets."""

    value: str
    variants: tuple[FactVariant, ...]
    outlets: tuple[str, ...]
    fact_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two sides that cannot both be true (or, with ``kind="change"``, a figure that changed over time).

    ``kind`` is ``number``, ``denial``, ``date`` or ``change``; ``what`` says what disagrees ("killed: at least
    12 vs 8"); ``note`` says why it was flagged (the timing policy, for numbers)."""

    id: str
    kind: str
    what: str
    a: Side
    b: Side
    note: str = ""


def variant_of(info: ArticleInfo, sentence: Span, span: Span, clause: str, texts: Mapping[str, str]) -> FactVariant:
    """One wording of a side: the sentence of the article it stands in, and the part that says it."""
    text = texts.get(info.article_id, "")
    return FactVariant(article_id=info.article_id, outlet=info.outlet, published=info.published,
                       sentence_span=sentence, span=span, text=text[sentence[0]:sentence[1]] if text else clause,
                       clause=clause, source=info.source)


def make_side(value: str, variants: Iterable[FactVariant], names: Mapping[str, str], fact_ids=()) -> Side:
    """A side with one variant per sentence (the earliest report first) and its independent outlets by name."""
    unique: dict[tuple, FactVariant] = {}
    for v in sorted(variants, key=lambda v: (published_key(v.published), v.article_id, v.sentence_span)):
        unique.setdefault((v.article_id, v.sentence_span), v)
    sources = sorted({v.source for v in unique.values()}, key=lambda s: names.get(s, s).casefold())
    return Side(value=value, variants=tuple(unique.values()), outlets=tuple(names.get(s, s) for s in sources),
                fact_ids=tuple(sorted(set(fact_ids))))


def contradiction_id(kind: str, a: Side, b: Side) -> str:
    """Short hash of the kind and the sides' sentences: the same contradiction gets the same id every run."""
    keys = sorted(f"{v.article_id}@{v.sentence_span[0]}" for v in a.variants + b.variants)
    return hashlib.sha1((kind + "|" + "|".join(keys)).encode("utf-8")).hexdigest()[:12]

