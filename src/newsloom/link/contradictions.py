"""Contradictions within one story: statements about the same thing that cannot both be true.

**Precision first**: a false contradiction misleads a reader more than a missed one, so every kind requires the
two sides to be about the same event, and any doubt leaves the pair alone. The kinds, each found by its module:

* **Numbers** (``kind="number"``, :mod:`newsloom.link.contradiction_numbers`): disjoint counts of people killed,
  wounded, missing or evacuated (read by :mod:`newsloom.link.contradiction_counts`) from different outlets; a
  toll that rose between reports is a **change over time** (``kind="change"``), returned only on request.
* **Denials** (``kind="denial"``, :mod:`newsloom.link.contradiction_denials`): a denial against the statements
  that the event it denies happened.
* **Dates** (``kind="date"``, :mod:`newsloom.link.contradiction_dates`): the same event given different days.

Not done (precision first): contradicting places and actors ("in Varro" vs "in Tesh", "Kestovian" vs
"Brennish" aircraft) — place names have no containment here ("Brekka" is in "Lusmark") and actors of one event
are often several. Different stories must not be compared: the function takes one story's articles.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping, Sequence

import numpy as np

from .contradiction_dates import date_contradictions
from .contradiction_denials import denial_contradictions
from .contradiction_numbers import number_contradictions
from .contradiction_records import Contradiction, contradiction_id
from .fact_articles import Pair
from .fact_units import Prepared, prepare, prepare_facts
from .facts import Aligner, Fact, FactVariant, facts_and_units


def find_contradictions(story: Sequence[Pair] | Sequence[Fact], copies: Mapping[str, str] | None = None, *,
                        include_changes: bool = False, prepared: Prepared | None = None,
                        fact_of: Mapping[int, Fact] | None = None) -> tuple[Contradiction, ...]:
    """Contradictions between the outlets of one story (see the module docstring).

    ``story`` is the story's ``(Article, ArticleAnalysis)`` pairs (superseded revisions left out), or its
    :class:`~newsloom.link.facts.Fact` list (then the variants' sentences are parsed again). ``copies`` maps a
    syndicated copy's article id to its original's: a copy never contradicts its original. ``prepared`` (from
    :func:`newsloom.link.fact_units.prepare`) saves preparing the story again when the caller already did, and
    ``fact_of`` (from :func:`~newsloom.link.facts.facts_and_units` on it) grouping its facts again.
    Sorted by kind, then what disagrees.
    """
    if prepared is None:
        story = list(story)
        if story and isinstance(story[0], Fact):
            prepared = prepare_facts(story)
        else:
            prepared = prepare(story, copies)
    if fact_of is None:
        _, fact_of = facts_and_units(prepared)
    texts = {a.id: a.text for a, _ in prepared.pairs}
    words = Aligner(prepared.units).matrix() if prepared.units else np.zeros((0, 0))
    out = number_contradictions(prepared, texts, words, include_changes)
    out += denial_contradictions(prepared, fact_of, texts, words)
    out += date_contradictions(prepared, texts, words)
    if prepared.remap:
        out = [_remapped(c, prepared.remap) for c in out]
    unique = {c.id: c for c in out}
    return tuple(sorted(unique.values(), key=lambda c: (c.kind, c.what, c.id)))


def _real(variants: Iterable[FactVariant], remap: Mapping[str, list]) -> list[FactVariant]:
    """Variants of a story given as facts, led back from the parsed sentences to their articles and spans."""
    out = []
    for v in variants:
        originals = remap.get(v.article_id)
        if not originals:
            out.append(v)
            continue
        for o in originals:
            shift = o.sentence_span[0]
            out.append(FactVariant(article_id=o.article_id, outlet=o.outlet, published=o.published,
                                   sentence_span=o.sentence_span, span=(v.span[0] + shift, v.span[1] + shift),
                                   text=o.text, clause=v.clause, source=o.source))
    return out


def _remapped(c: Contradiction, remap: Mapping[str, list]) -> Contradiction:
    """A contradiction of a story given as facts, its sides led back to the articles the facts came from."""
    sides = []
    for side in (c.a, c.b):
        variants = {(v.article_id, v.sentence_span): v for v in _real(side.variants, remap)}
        sides.append(replace(side, variants=tuple(variants.values())))
    a, b = sides
    return replace(c, a=a, b=b, id=contradiction_id(c.kind, a, b))

