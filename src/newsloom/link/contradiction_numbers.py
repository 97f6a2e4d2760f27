"""Number contradictions: two independent outlets' counts of one event that cannot both be true.

Two counts contradict when predicate and class agree, their intervals are disjoint, they come from different
independent outlets, and nothing says they are about different events: their places must not be disjoint, nor
their days; and something must tie them: a shared distinctive place word, a shared day, or sentences worded
alike (:data:`COUNT_WORDING`). Counts whose setting is unknown on both sides and worded differently are left
alone.

**Change over time**: a toll rises. When the two reports' publication times are known and ordered (different
days, or both timed), and the later report's count is above the earlier's, the pair is a change over time, not
a contradiction (``kind="change"``); a later *lower* toll of killed or wounded is a contradiction. When the
order cannot be told (one of them dated only to the same day, or undated), the pair is flagged only if the two
counts are attributed to different sources ("Brennish officials said" / "according to the Halvik District
Hospital"): two sources disagreeing is a contradiction whenever it happened; one source giving two numbers may
be a rising toll, so it is left alone. Superseded revisions never reach this stage (the pipeline drops them), so
an update's old figures cannot contradict anything.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Mapping

import numpy as np

from .contradiction_counts import Count, read_counts
from .contradiction_places import places_meet
from .contradiction_records import Contradiction, contradiction_id, make_side, variant_of
from .fact_articles import ArticleInfo, parse_published, published_key
from .fact_units import Prepared
from ..disjoint_sets import DisjointSets
from .facts import outlet_names

Span = tuple[int, int]

#: Word alignment of two count sentences that, without a shared place or day, shows them to be about one event.
COUNT_WORDING = 0.6
#: Cumulative counts only grow with time: a later lower figure is a contradiction, not an update.
CUMULATIVE = frozenset({"killed", "wounded"})


def _same_event(a: Count, b: Count) -> bool:
    """Nothing says the two counts are of different events: their places and days are not disjoint."""
    if a.places and b.places and not places_meet(a.places, b.places):
        return False
    if a.days and b.days and not a.days & b.days:
        return False
    return True


def _evidently_same(a: Count, b: Count, wording: float) -> bool:
    """Something says the two counts are of one event: a shared place, a shared day, or sentences worded alike."""
    return bool(places_meet(a.places, b.places) or a.days & b.days) or wording >= COUNT_WORDING


def _order(a: ArticleInfo, b: ArticleInfo) -> int | None:
    """-1 if ``a`` was published before ``b``, 1 if after, ``None`` when that cannot be told."""
    x, y = parse_published(a.published), parse_published(b.published)
    if x is None or y is None:
        return None
    dx = x.date() if hasattr(x, "date") else x
    dy = y.date() if hasattr(y, "date") else y
    if dx != dy:
        return -1 if dx < dy else 1
    if hasattr(x, "hour") and hasattr(y, "hour") and x != y:
        return -1 if x < y else 1
    return None


def _judge(a: Count, b: Count) -> tuple[str, str] | None:
    """``(kind, note)`` for two disagreeing counts of the same thing, or ``None`` to leave them alone."""
    order = _order(a.info, b.info)
    if order is not None:
        early, late = (a, b) if order < 0 else (b, a)
        if late.low > early.high:
            return "change", "the later report gives a higher figure: a change over time"
        if late.high < early.low and late.predicate in CUMULATIVE:
            return "number", "the later report gives a lower toll, which cannot be an update"
        if late.predicate not in CUMULATIVE:
            return "change", "a figure that can go down as well as up changed between reports"
    sources = {" ".join((c.source or "").casefold().split()) for c in (a, b)}
    if a.source and b.source and len(sources) == 2:
        return "number", ("different sources give disjoint figures"
                          + ("" if order is not None else " (which report came first cannot be told)"))
    return None



def number_contradictions(prepared: Prepared, texts: Mapping[str, str], words: np.ndarray,
                           include_changes: bool) -> list[Contradiction]:
    """Disjoint counts of one event by different outlets; counts that agree with each other form one side."""
    counts = read_counts(prepared)
    names = outlet_names(prepared)
    units = prepared.units
    in_sentence: dict[tuple[str, Span], list[int]] = defaultdict(list)
    for unit in units:
        in_sentence[(unit.article_id, unit.sentence)].append(unit.index)

    def wording(a: Count, b: Count) -> float:
        xs, ys = in_sentence[(a.info.article_id, a.sentence)], in_sentence[(b.info.article_id, b.sentence)]
        return float(words[np.ix_(xs, ys)].max()) if xs and ys else 0.0

    groups: dict[tuple[str, str], list[Count]] = defaultdict(list)
    for count in counts:
        groups[(count.predicate, count.victims)].append(count)
    out = []
    for (predicate, victims), members in groups.items():
        flagged: dict[tuple[int, int], tuple[str, str]] = {}
        for i, a in enumerate(members):
            for j in range(i + 1, len(members)):
                b = members[j]
                if a.info.source == b.info.source or not (a.high < b.low or b.high < a.low):
                    continue
                if not _same_event(a, b) or not _evidently_same(a, b, wording(a, b)):
                    continue
                verdict = _judge(a, b)
                if verdict and (verdict[0] == "number" or include_changes):
                    flagged[(i, j)] = verdict
        if not flagged:
            continue
        # counts that agree with each other (overlapping intervals, same setting) form one side
        sets = DisjointSets(len(members))
        find = sets.find
        for i, a in enumerate(members):
            for j in range(i + 1, len(members)):
                b = members[j]
                if not (a.high < b.low or b.high < a.low) and _same_event(a, b):
                    sets.union(i, j)
        pairs: dict[tuple[int, int], tuple[str, str]] = {}
        for (i, j), verdict in flagged.items():
            key = tuple(sorted((find(i), find(j))))
            if key[0] != key[1]:
                pairs.setdefault(key, verdict)
        label = predicate if victims == "people" else f"{victims} {predicate}"
        for (x, y), (kind, note) in pairs.items():
            sides = []
            for root in (x, y):
                group = [c for k, c in enumerate(members) if find(k) == root]
                value = min(group, key=lambda c: (published_key(c.info.published), c.info.article_id)).written
                sides.append(make_side(f"{value} {label}", (variant_of(
                    c.info, c.sentence, c.span, texts.get(c.info.article_id, "")[c.sentence[0]:c.sentence[1]], texts)
                    for c in group), names))
            a, b = sorted(sides, key=lambda s: (published_key(s.variants[0].published), s.value))
            what = f"{label}: {a.value[:-len(label) - 1]} vs {b.value[:-len(label) - 1]}"
            out.append(Contradiction(id=contradiction_id(kind, a, b), kind=kind, what=what, a=a, b=b, note=note))
    return out
