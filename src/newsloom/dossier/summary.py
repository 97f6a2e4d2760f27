"""A few sentences that tell the story, each exactly as an outlet wrote it and citing every outlet that said it.

Extractive, so nothing is said that no outlet said. The candidates are the story's facts (each a group of
sentences from different articles that state one thing); a fact is read through one of its own sentences,
the one that states its canonical wording. They are ranked by

* **support**: the number of independent outlets carrying the fact (a syndicated copy adds nothing);
* **centrality**: the TF-IDF cosine between the sentence and the whole story (what the story is about, not
  a side remark), in [0, 1];
* **lead**: being among the first sentences of an article (news puts the event first).

``score = support + centrality + lead``: support orders the facts, the other two break the many ties among
facts with the same support. Sentences are taken best first, skipping one that repeats a chosen one (TF-IDF
cosine at least :data:`REDUNDANT`) or that does not read well on its own (:func:`readable`: too short or long, a
question, cut inside a quotation, mostly quoted words — then another outlet's wording of the fact may serve); the chosen ones are
then put in the order the events were reported (first report, then place in the article).
"""
from __future__ import annotations

import bisect
from typing import Mapping, Sequence

from ..link.fact_articles import published_key
from ..link.facts import Fact, FactVariant
from ..records import Article, ArticleAnalysis, outlet_label
from .records import Citation, SummarySentence
from .terms import cosine, sentence_idf, term_vector

__all__ = ["summarise"]

Pair = tuple[Article, ArticleAnalysis]

#: TF-IDF cosine at or above which a candidate repeats a chosen sentence (two wordings of one event's lead
#: share about half their weighted words; two different facts of the story rarely a fifth).
REDUNDANT = 0.4
#: Sentences shorter or longer than this (in words) do not read well on their own in a summary.
MIN_WORDS, MAX_WORDS = 8, 60
#: A sentence more than this share of which is someone's quoted words is left to the statements.
QUOTED_SHARE = 0.5
#: How many of an article's first sentences count as its lead.
LEAD_SENTENCES = 3


def _readings(fact: Fact) -> list[FactVariant]:
    """The fact's variants, the one stating its canonical wording first, then in the order they were reported."""
    ordered = sorted(fact.variants, key=lambda v: (published_key(v.published), v.article_id, v.sentence_span))
    return sorted(ordered, key=lambda v: v.clause != fact.text)


def _quoted(pairs: Sequence[Pair]) -> dict[str, list[tuple[int, int]]]:
    """Each article's directly quoted spans (the words of a direct or mixed quote)."""
    return {a.id: [span for q in an.quotes if q.kind in ("direct", "mixed") for span in q.content]
            for a, an in pairs}


def readable(variant: FactVariant, quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a sentence reads well on its own in a summary: not too short or long, not a question, its
    quotation marks balanced (a sentence cut inside a quote is not), and not mostly someone's quoted words
    (a quote out of its attribution misleads; the statements list is where quotes belong)."""
    text = variant.text.strip()
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS or text.endswith("?"):
        return False
    if text.count('"') % 2 or text.count("“") != text.count("”") or text.count("«") != text.count("»"):
        return False
    start, end = variant.sentence_span
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in quoted)
    return inside <= QUOTED_SHARE * (end - start)


def summarise(pairs: Sequence[Pair], facts: Sequence[Fact], size: int | None = None,
              idf: Mapping[str, float] | None = None) -> tuple[SummarySentence, ...]:
    """The story's summary (see the module docstring): ``size`` sentences, by default 3 for a story with
    fewer than 15 facts and 5 for a larger one. ``idf`` is :func:`~.terms.sentence_idf` of ``pairs``, when the
    caller has it already."""
    if not facts:
        return ()
    size = size or (3 if len(facts) < 15 else 5)
    idf = sentence_idf(pairs) if idf is None else idf
    story = term_vector(" ".join(a.text for a, _ in pairs), idf)
    published = {a.id: a.published for a, _ in pairs}
    starts = {a.id: [s.start for s in an.sentences] for a, an in pairs}

    def rank(v: FactVariant) -> int:
        """The number of the article's sentence the variant starts in (a variant may be part of a sentence)."""
        return bisect.bisect_right(starts.get(v.article_id, []), v.sentence_span[0]) - 1

    quoted = _quoted(pairs)
    candidates = []
    for fact in facts:
        variant = next((v for v in _readings(fact) if readable(v, quoted.get(v.article_id, ()))), None)
        if variant is None:
            continue
        lead = any(rank(v) < LEAD_SENTENCES for v in fact.variants)
        score = len(fact.outlets) + cosine(term_vector(variant.text, idf), story) + (0.5 if lead else 0.0)
        candidates.append((score, fact, variant))
    candidates.sort(key=lambda c: (-c[0], c[1].id))
    chosen: list[tuple[Fact, FactVariant]] = []
    for _, fact, variant in candidates:
        vector = term_vector(variant.text, idf)
        if any((variant.article_id, variant.sentence_span) == (v.article_id, v.sentence_span)
               or cosine(vector, term_vector(v.text, idf)) >= REDUNDANT for _, v in chosen):
            continue
        chosen.append((fact, variant))
        if len(chosen) == size:
            break

    def reported(fact: Fact) -> tuple:
        """When and where the fact was first told: earliest report, then its place in that article."""
        return min((published_key(published.get(v.article_id, v.published)), rank(v), v.article_id)
                   for v in fact.variants)

    chosen.sort(key=lambda fv: (reported(fv[0]), fv[0].id))
    return tuple(_sentence(fact, variant) for fact, variant in chosen)


def _sentence(fact: Fact, variant: FactVariant) -> SummarySentence:
    citations = {}
    for v in fact.variants:
        citations.setdefault((v.article_id, v.sentence_span),
                             Citation(v.article_id, outlet_label(v.outlet, v.article_id), v.sentence_span))
    return SummarySentence(text=" ".join(variant.text.split()), article_id=variant.article_id,
                           span=variant.sentence_span, outlets=fact.outlets, citations=tuple(citations.values()),
                           fact_id=fact.id)
