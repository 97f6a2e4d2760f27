"""What each outlet covered: the facts only it reported, and the well-supported facts it left out.

An outlet *carries* a fact when one of its articles has a sentence of the fact. A syndicated copy carries
what it copied, so an outlet that only republishes a wire story is shown with the wire's facts — but never
as an independent source of them (the fact's ``outlets`` already say who is). A fact is *exclusive* to an
outlet when no other outlet carries it, copies included; it is *well supported* when at least
:data:`WELL_SUPPORTED` of the story's independent outlets carry it (and at least two), and an outlet that
carries none of its sentences *missed* it.
"""
from __future__ import annotations

import math
from typing import Sequence

from ..link.facts import Fact
from ..records import Article, outlet_label
from .records import OutletCoverage

__all__ = ["outlet_coverage", "WELL_SUPPORTED"]

#: Share of the story's independent outlets a fact needs to count as well supported.
WELL_SUPPORTED = 0.5


def outlet_coverage(articles: Sequence[Article], facts: Sequence[Fact]) -> tuple[OutletCoverage, ...]:
    """Per outlet of the story (most facts first): its articles, exclusive facts and missed facts."""
    by_outlet: dict[str, list[str]] = {}
    label_of = {}
    for article in articles:
        label = outlet_label(article.outlet, article.id)
        label_of[article.id] = label
        by_outlet.setdefault(label, []).append(article.id)
    carriers = {fact.id: {label_of.get(v.article_id, outlet_label(v.outlet, v.article_id)) for v in fact.variants}
                for fact in facts}
    independent = {o for fact in facts for o in fact.outlets}
    needed = max(2, math.ceil(WELL_SUPPORTED * len(independent)))
    well_supported = [f for f in facts if len(f.outlets) >= needed]
    out = []
    for outlet, ids in by_outlet.items():
        carried = [f for f in facts if outlet in carriers[f.id]]
        exclusive = tuple(f.id for f in carried if carriers[f.id] == {outlet})
        missed = tuple(f.id for f in well_supported if outlet not in carriers[f.id])
        out.append(OutletCoverage(outlet=outlet, articles=tuple(ids), facts=len(carried), exclusive=exclusive,
                                  missed=missed))
    out.sort(key=lambda c: (-c.facts, c.outlet))
    return tuple(out)
