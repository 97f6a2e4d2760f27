"""Facts of one story: what its outlets state, each with every outlet's wording, and who reported it first.

Units are the story's sentences, clauses and fact-stating noun phrases, cut by :mod:`newsloom.link.fact_units`
(which also gives each unit its compared words, keys, frame and speaker). Two units state the same thing when:

* their **wording** aligns — :class:`Aligner`: the word alignment of :mod:`newsloom.link.statements` (its word
  vectors, its cosine floor and rescaling), over the unit's words without their attribution, each word weighted
  by its idf in the story *and* its role (predicate > core argument > modifier); a pair's score mixes the mean of
  the two directions' coverage with the better one (:data:`DIRECTION_MIX`: a clause stating one of a long
  sentence's facts is covered by it, though it covers little of it);
* they share **rare evidence** — :func:`shared_evidence`: the summed rarity (``log((n + 1) / (df + 1))``; a key on
  every unit weighs nothing) of common corpus actors, names, numbers and resolved dates. Without
  :data:`KEY_EVIDENCE` of it, a pair keeps :data:`UNSUPPORTED` of its score unless the wording alone is
  :data:`STRONG_WORDING`, and a pair with a short unit keeps only :data:`UNSUPPORTED_SHORT` (the md vectors
  give a few words a high match by chance);
* they report **one statement** as the statements module groups a speaker's quotes (+ :data:`STATEMENT_BONUS`);
* they state the **same frame** — :func:`same_frame`: the same event class ("broke down", "collapsed", "failed",
  "ended without a deal") of the same argument ("talks", "negotiations"), by the same named speaker or by none
  (score at least :data:`FRAME_SCORE`).

A pair scores 0 when the two disagree on what is at stake (:func:`conflict`: one denies, the other does not; they
are statements of two different named people; both give numbers and share none — "14 killed" and "five died" are
not one fact —; both give days and share none) or when one is a clause and the other a noun phrase. Units are
grouped by the statements module's average-link clustering (merging while the best pair of groups scores
:data:`THRESHOLD`); groups that report one statement join at a lower mean (:data:`STATEMENT_MERGE`); then a unit
that also states another group's fact (a sentence can state two: "At least 14 people died … after the Hallen Dam …
gave way") joins it as well when its mean score with it reaches :data:`ATTACH_THRESHOLD`.

A group becomes a :class:`Fact`: its variants (article, outlet, date, sentence span and exact sentence text,
the clause's span and wording), its canonical wording (the most central variant: best mean score with the
others; whole sentences, then the earliest, on ties), the **independent** outlets that carry it (a syndicated
copy, given in ``copies``, counts as its original's outlet; two reports of one outlet count once), who reported
it first, and ``single_source`` when one independent outlet carries it. A noun-phrase group is kept only when
two or more independent outlets carry it: a phrase alone states too little to be reported as a claim.

The constants were set on the seeds and the example corpus: labelled unit pairs (threat, failure of the talks,
announcement, mediation; talks collapsed, ceasefire, dam, death toll, evacuation, strikes, …) clustered for
pairwise precision and recall at a range of settings; ``tests/link/test_facts.py`` holds the outcomes they
must keep. Output is deterministic (articles sorted by date and id; fact ids hash the variants' spans).
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from ..records import Article, ArticleAnalysis
from .fact_articles import published_key
from .fact_units import Prepared, Unit, prepare
from .statements import average_link

#: Average-link merge threshold on the pair score.
THRESHOLD = 0.5
#: Two groups that report one statement (see :func:`_merge_statements`) join at this mean score.
STATEMENT_MERGE = 0.35
#: A unit joins a further fact (a sentence can state several) when its mean score with the fact's variants is
#: at least this.
ATTACH_THRESHOLD = 0.55
#: Word alignment: weight of the better-covered direction against the mean of both (a clause that states one
#: of a long sentence's facts is covered by it, though it covers little of it).
DIRECTION_MIX = 0.5
#: Added when the two units report one statement as the statements module grouped it.
STATEMENT_BONUS = 0.3
#: The score of two units that state the same kind of event of the same thing (see :func:`same_frame`).
FRAME_SCORE = 0.6
#: Shared key weight (sum of the rarities of common actors, names, numbers, dates) that supports a pair.
KEY_EVIDENCE = 2.0
#: Half-weight for keys of the unit's sentence that are not in the unit itself.
CONTEXT_WEIGHT = 0.5
#: A pair without that much shared evidence keeps this share of its score, unless its wording alone is this
#: strong.
UNSUPPORTED, STRONG_WORDING = 0.75, 0.7
#: Units of fewer compared words than this match by chance more often: unsupported, they keep less.
SHORT_UNIT, UNSUPPORTED_SHORT = 5, 0.6

Span = tuple[int, int]
Pair = tuple[Article, ArticleAnalysis]


# ---------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class FactVariant:
    """One outlet's wording of a fact: the sentence it stands in (``sentence_span``, exact ``text``), the part of
    it that states the fact (``span``: a clause or phrase, ``clause``: its wording), and the article's outlet
    and date. ``source`` is the independent outlet it counts for (its original's for a syndicated copy)."""

    article_id: str
    outlet: str | None
    published: str | None
    sentence_span: Span
    span: Span
    text: str
    clause: str
    source: str


@dataclass(frozen=True, slots=True)
class FirstReport:
    """Who reported a fact first: the earliest dated variant. A syndicated copy credits its original, dated
    by the copy (the original was published no later): then ``dated_by`` is the copy's article id."""

    article_id: str
    outlet: str | None
    published: str | None
    dated_by: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing the story's outlets state, with every wording of it.

    ``outlets`` are the independent outlets carrying it (names as the articles give them), ``single_source``
    is true when there is one. ``kind`` is ``clause`` or ``phrase`` (a fact stated inside a noun phrase).
    """

    id: str
    text: str
    variants: tuple[FactVariant, ...]
    outlets: tuple[str, ...]
    first_reported: FirstReport
    single_source: bool
    kind: str = "clause"


# ---------------------------------------------------------------- scoring


def key_weights(units: Sequence[Unit]) -> list[dict[str, float]]:
    """Each unit's keys weighted by their rarity in the story, ``log((n + 1) / (df + 1))`` (a key on every unit
    weighs ~0); a key of the unit's sentence but not of the unit itself (its setting) weighs half."""
    df = Counter(k for u in units for k in u.keys | u.context)
    n = len(units)
    idf = {k: math.log((n + 1) / (c + 1)) for k, c in df.items()}
    out = []
    for unit in units:
        weights = {k: CONTEXT_WEIGHT * idf[k] for k in unit.context}
        weights.update({k: idf[k] for k in unit.keys})
        out.append(weights)
    return out


def shared_evidence(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """How much rare evidence two units share: the summed weight of their common keys."""
    return sum(min(a[k], b[k]) for k in a.keys() & b.keys())


def _prefixed(keys, prefix: str) -> set[str]:
    return {k for k in keys if k.startswith(prefix)}


def conflict(a: Unit, b: Unit) -> bool:
    """Whether two units cannot state one fact: one denies, the other does not; they are statements of two
    different named people; both give numbers and share none; both give days (or years) and share none."""
    if a.denial != b.denial:
        return True
    if _person(a) and _person(b) and _person(a) != _person(b):
        return True
    for prefix in ("num:", "date:", "year:"):
        x, y = _prefixed(a.keys, prefix), _prefixed(b.keys, prefix)
        if x and y and not x & y:
            return True
    return False


def same_frame(a: Unit, b: Unit) -> bool:
    """Whether two units state the same kind of event of the same thing, both as a statement of the same named
    person or both not as anyone's statement: "talks … broke down" / "the collapse of talks" / "talks, which
    collapsed"; "Santek announced that the talks had failed" is Santek's statement, a fact of its own."""
    return bool(a.events & b.events) and bool(a.arguments & b.arguments) and _person(a) == _person(b)


def _person(unit: Unit) -> str | None:
    """The named person a unit is attributed to (a statement of theirs), ``None`` for narration or "officials"."""
    return unit.speaker if unit.speaker and unit.speaker.startswith("p-") else None


def score_matrix(units: Sequence[Unit], vectors=None) -> np.ndarray:
    """Pair scores of the units (see the module docstring); the diagonal is 1."""
    n = len(units)
    if n == 0:
        return np.zeros((0, 0))
    scores = Aligner(units, vectors).matrix(mix=DIRECTION_MIX)
    weights = key_weights(units)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = units[i], units[j]
            if a.kind != b.kind or conflict(a, b):
                value = 0.0
            else:
                value = scores[i, j] + (STATEMENT_BONUS if a.statements & b.statements else 0.0)
                if same_frame(a, b):
                    value = max(value, FRAME_SCORE)
                elif shared_evidence(weights[i], weights[j]) < KEY_EVIDENCE:
                    if min(len(a.words), len(b.words)) < SHORT_UNIT:
                        value *= UNSUPPORTED_SHORT  # a few words match by chance: wording alone never suffices
                    elif value < STRONG_WORDING:
                        value *= UNSUPPORTED
            scores[i, j] = scores[j, i] = value
    np.fill_diagonal(scores, 1.0)
    return scores


# ---------------------------------------------------------------- facts


def find_facts(pairs: Sequence[Pair], copies: Mapping[str, str] | None = None, *, threshold: float = THRESHOLD,
               vectors=None) -> tuple[Fact, ...]:
    """The facts of one story, most widely carried first (then by who reported first, then id).

    ``pairs`` are the story's ``(Article, ArticleAnalysis)`` pairs (superseded revisions already left out);
    ``copies`` maps a syndicated copy's article id to its original's.
    """
    facts, _ = facts_and_units(prepare(pairs, copies), threshold=threshold, vectors=vectors)
    return facts


def facts_and_units(prepared: Prepared, threshold: float = THRESHOLD, vectors=None
                    ) -> tuple[tuple[Fact, ...], dict[int, Fact]]:
    """The facts of a prepared story, and the fact each unit (by index) went into (kept facts only)."""
    units = prepared.units
    scores = score_matrix(units, vectors)
    texts = {a.id: a.text for a, _ in prepared.pairs}
    outlets = outlet_names(prepared)
    facts: list[Fact] = []
    fact_of: dict[int, Fact] = {}
    for kind in ("clause", "phrase"):
        idx = [u.index for u in units if u.kind == kind]
        if not idx:
            continue
        sub = scores[np.ix_(idx, idx)]
        clusters = [[idx[k] for k in cluster] for cluster in average_link(sub, threshold)]
        clusters = _merge_statements(clusters, scores, units)
        groups = _attach(clusters, scores, units)
        for cluster, extra in zip(clusters, groups):
            members = [units[i] for i in cluster]
            everyone = members + [units[i] for i in extra]
            if kind == "phrase" and len({u.info.source for u in everyone}) < 2:
                continue
            central = _central(members, scores)
            fact = _fact(everyone, central, texts, outlets, kind)
            facts.append(fact)
            for u in members:
                fact_of[u.index] = fact
    facts.sort(key=lambda f: (-len(f.outlets), f.kind != "clause", published_key(f.first_reported.published),
                              f.id))
    return tuple(facts), fact_of


def _merge_statements(clusters: list[list[int]], scores: np.ndarray, units: Sequence[Unit]) -> list[list[int]]:
    """Join groups that report one statement as the statements module grouped it (a speaker's words quoted,
    paraphrased and translated by several outlets), when their mean score is at least :data:`STATEMENT_MERGE`:
    the statement grouping has already judged the wordings, the fact grouping only confirms it."""
    clusters = [list(c) for c in clusters]
    while True:
        best, pair = STATEMENT_MERGE, None
        said = [set().union(*(units[i].statements for i in c)) for c in clusters]
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                if not said[x] & said[y]:
                    continue
                mean = float(scores[np.ix_(clusters[x], clusters[y])].mean())
                if mean >= best:
                    best, pair = mean, (x, y)
        if pair is None:
            return clusters
        x, y = pair
        clusters[x] = sorted(clusters[x] + clusters[y])
        del clusters[y]


def _attach(clusters: list[list[int]], scores: np.ndarray, units: Sequence[Unit]) -> list[list[int]]:
    """Units that also state a fact clustered without them (a sentence can state two: "At least 14 people died
    … after the Hallen Dam … gave way"): for each fact of two or more units, the units outside it whose mean
    score with its units is at least :data:`ATTACH_THRESHOLD` and whose article it does not already have."""
    extra: list[list[int]] = [[] for _ in clusters]
    for c, cluster in enumerate(clusters):
        if len(cluster) < 2:
            continue
        articles = {units[i].article_id for i in cluster}
        inside = set(cluster)
        for unit in units:
            if unit.index in inside or unit.article_id in articles or unit.kind != units[cluster[0]].kind:
                continue
            if float(np.mean(scores[unit.index, cluster])) >= ATTACH_THRESHOLD:
                extra[c].append(unit.index)
    return extra


def outlet_names(prepared: Prepared) -> dict[str, str]:
    """Display name of each independent source: the outlet as its (original) article names it."""
    names: dict[str, str] = {}
    for info in prepared.infos.values():
        if info.original is None and info.outlet:
            names.setdefault(info.source, info.outlet)
    for info in prepared.infos.values():
        if info.source not in names:
            names[info.source] = info.outlet or info.source
    return names


def _central(members: list[Unit], scores: np.ndarray) -> Unit:
    if len(members) == 1:
        return members[0]
    ids = [u.index for u in members]
    block = scores[np.ix_(ids, ids)]
    mean = (block.sum(axis=1) - 1.0) / (len(ids) - 1)
    order = sorted(range(len(members)), key=lambda k: (-round(float(mean[k]), 6), not members[k].whole,
                                                      published_key(members[k].info.published), members[k].index))
    return members[order[0]]


def _variant(unit: Unit, texts: Mapping[str, str]) -> FactVariant:
    start, end = unit.sentence
    return FactVariant(article_id=unit.article_id, outlet=unit.info.outlet, published=unit.info.published,
                       sentence_span=unit.sentence, span=unit.span, text=texts[unit.article_id][start:end],
                       clause=unit.text, source=unit.info.source)


def fact_id(variants: Sequence[FactVariant]) -> str:
    keys = sorted({f"{v.article_id}@{v.span[0]}-{v.span[1]}" for v in variants})
    return hashlib.sha1("|".join(keys).encode("utf-8")).hexdigest()[:12]


def _fact(members: list[Unit], central: Unit, texts: Mapping[str, str], outlets: Mapping[str, str],
          kind: str) -> Fact:
    seen: dict[tuple[str, Span], FactVariant] = {}
    for unit in sorted(members, key=lambda u: (published_key(u.info.published), u.article_id, u.span)):
        seen.setdefault((unit.article_id, unit.sentence), _variant(unit, texts))
    variants = tuple(seen.values())
    sources = sorted({u.info.source for u in members}, key=lambda s: outlets.get(s, s).casefold())
    return Fact(id=fact_id(variants), text=_clean(central.text), variants=variants,
                outlets=tuple(outlets.get(s, s) for s in sources), first_reported=_first(members, outlets),
                single_source=len(sources) == 1, kind=kind)


def _first(members: list[Unit], outlets: Mapping[str, str]) -> FirstReport:
    unit = min(members, key=lambda u: (published_key(u.info.published), u.article_id))
    info = unit.info
    if info.original is not None:  # the original was published no later than its copy
        return FirstReport(article_id=info.original, outlet=outlets.get(info.source, info.outlet),
                           published=info.published, dated_by=info.article_id)
    return FirstReport(article_id=info.article_id, outlet=info.outlet, published=info.published)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text[:1].upper() + text[1:] if text else text


# ---------------------------------------------------------------- word alignment with role weights


class Aligner:
    """Word alignment of units, as the statements module aligns quotes (its word vectors, its cosine floor and
    rescaling), with each word weighted by its idf over the story *and* its role in the unit: a predicate
    weighs more than a core argument, which weighs more than a modifier. ``matrix()`` gives the mean of the two
    directions' coverage for every pair."""

    def __init__(self, units: Sequence[Unit], vectors=None, floor: float | None = None) -> None:
        from .statements import WORD_FLOOR

        if vectors is None:
            from .statements import default_vectors

            vectors = default_vectors()
        floor = WORD_FLOOR if floor is None else floor
        vocab = sorted({w for u in units for w, _ in u.words})
        index = {w: k for k, w in enumerate(vocab)}
        if vocab:
            rows = np.stack([vectors.word_vector(w) for w in vocab])
            self.sims = np.clip((rows @ rows.T - floor) / (1.0 - floor), 0.0, 1.0)
            np.fill_diagonal(self.sims, 1.0)
        else:
            self.sims = np.zeros((0, 0))
        df = Counter(w for u in units for w, _ in u.words)
        n = len(units)
        idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
        self.ids = [np.array([index[w] for w, _ in u.words], dtype=np.int64) for u in units]
        self.weights = [np.array([weight * idf[w] for w, weight in u.words], dtype=np.float64) for u in units]

    def matrix(self, mix: float = 0.0) -> np.ndarray:
        """Pair scores: ``(1 - mix)`` × the mean of the two directions' coverage + ``mix`` × the better one."""
        n = len(self.ids)
        out = np.eye(n)
        for i in range(n):
            if not len(self.ids[i]):
                continue
            block = self.sims[self.ids[i]]
            wi = self.weights[i] / self.weights[i].sum()
            for j in range(i + 1, n):
                if not len(self.ids[j]):
                    continue
                m = block[:, self.ids[j]]
                wj = self.weights[j] / self.weights[j].sum()
                a, b = float(m.max(axis=1) @ wi), float(m.max(axis=0) @ wj)
                out[i, j] = out[j, i] = (1 - mix) * 0.5 * (a + b) + mix * max(a, b)
        return out
