"""Denial contradictions: a denial set against the statements that the event it denies happened.

A denial ("denied that any strikes took place", "there were no strikes", "… are non-existent", "called the
reports fabricated") contradicts an affirmation — a plain statement that the event happened: no modal,
condition, question, "alleged", "accuses", "warned" — when what it denies (its scope, from
:func:`newsloom.link.fact_denials.denial_scope`) has the affirmation's event class (strike, kill, fail …, from
:mod:`newsloom.link.fact_words`). In the same article the shared setting is taken for granted; across articles
they must also share a state, organisation or place and rare evidence (:data:`~newsloom.link.facts.KEY_EVIDENCE`),
and their places must not be disjoint — so seed 004's denial of the recent airstrikes is *not* set against seed
003's report of earlier strikes on Kabul. A negated statement ("did not cross") counts only against the same
predicate. A denier's further denials join theirs (same named speaker, or same article and close wording, and
sharing two words with the affirmations: "No Kestovian aircraft crossed the border"). Connected
denial–affirmation pairs make one contradiction: "did Kestovia strike?" is one contradiction, every outlet's
affirmations on one side and every denial on the other.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping, Sequence

import numpy as np

from .contradiction_places import places_meet
from .contradiction_records import Contradiction, contradiction_id, make_side, variant_of
from .fact_units import Prepared, Unit
from ..disjoint_sets import DisjointSets
from .facts import KEY_EVIDENCE, Fact, key_weights, outlet_names, shared_evidence

#: Word alignment at or above which a denial and an affirmation without a common event class still meet.
DENIAL_WORDING = 0.5
#: Word alignment at or above which a further denial in the same article joins a denial already found.
DENIER_WORDING = 0.4
#: Words that make a statement less than an affirmation that the event happened.
HEDGES = frozenset({"allege", "alleged", "allegedly", "reportedly", "whether", "if", "unless", "accuse", "claim",
                    "threaten", "warn", "question", "rumour", "rumor", "unconfirmed"})
#: Event classes that are speech, not events a denial could be about.
NOT_EVENTS = frozenset({"ev:deny", "ev:threaten", "ev:talks", "ev:mediate"})


def _affirms(unit: Unit, prepared: Prepared) -> bool:
    """A plain statement that something happened: not negated, not hedged, no modal, no condition."""
    if unit.negated or unit.denial or unit.kind != "clause":
        return False
    doc = prepared.docs.get(unit.article_id)
    tokens = [doc[i] for i in unit.tokens] if doc is not None else []
    for token in tokens:
        if token.tag_ == "MD" or token.lemma_.lower() in HEDGES or token.lower_ in HEDGES:
            return False
    return any(w.startswith("ev:") and w not in NOT_EVENTS for w, _ in unit.words)


def _events(unit: Unit, everywhere: bool) -> set[str]:
    words = {w for w, _ in unit.words} if everywhere else set(unit.predicates)
    return {w for w in words if w.startswith("ev:") and w not in NOT_EVENTS}


def _denied_events(unit: Unit) -> set[str]:
    return {w for w in unit.denied if w.startswith("ev:") and w not in NOT_EVENTS}


def _agents(unit: Unit) -> set[str]:
    """Keys of states, organisations and places a unit names: who acted and where, as far as keys tell."""
    return {k for k in unit.keys | unit.context if k.startswith(("actor:s-", "actor:o-", "actor:g-", "ent:"))}


def denial_contradictions(prepared: Prepared, fact_of: Mapping[int, Fact], texts: Mapping[str, str],
                           words: np.ndarray) -> list[Contradiction]:
    """One contradiction per connected group of denials and the affirmations they deny."""
    units = prepared.units
    if not units:
        return []
    weights = key_weights(units)
    names = outlet_names(prepared)
    denials = [u for u in units if u.kind == "clause" and (u.denial or u.negated)]
    affirmations = [u for u in units if _affirms(u, prepared)]
    edges = []
    for d in denials:
        for a in affirmations:
            if a.sentence == d.sentence and a.article_id == d.article_id:
                continue
            same_article = a.article_id == d.article_id
            events = _denied_events(d) & _events(a, everywhere=True)
            if not d.denial and not (set(d.predicates) & set(a.predicates)):
                continue  # "did not respond": a negation contradicts only the same predicate
            agents = _agents(d) & _agents(a)
            if not same_article and d.places and a.places and not places_meet(d.places, a.places):
                continue
            evidence = shared_evidence(weights[d.index], weights[a.index])
            if events and (same_article or (agents and evidence >= KEY_EVIDENCE)):
                edges.append((d.index, a.index))
            elif words[d.index, a.index] >= DENIAL_WORDING and evidence >= KEY_EVIDENCE:
                edges.append((d.index, a.index))
    if not edges:
        return []
    # a denier's other denials in the story join theirs ("No Kestovian aircraft crossed the border", "… carried out
    # no operation on Brennish soil"): same named speaker, or the same article and a close wording
    connected = {d for d, _ in edges}
    for d in denials:
        if d.index in connected or not d.denial:
            continue
        for other in sorted(connected):
            o = units[other]
            same_speaker = d.speaker is not None and d.speaker == o.speaker and d.speaker.startswith("p-")
            close = d.article_id == o.article_id and words[d.index, other] >= DENIER_WORDING
            affirmed = {w for _, a in edges for w, _ in units[a].words}
            if (same_speaker or close) and len(set(d.denied) & affirmed) >= 2:
                edges.append((d.index, next(a for x, a in edges if x == other)))
                break
    sets = DisjointSets()
    find = sets.find
    for d, a in edges:
        sets.union(d, a)
    components: dict[int, set[int]] = defaultdict(set)
    for d, a in edges:
        components[find(d)].update((d, a))
    out = []
    denial_ids = {d for d, _ in edges}
    for members in components.values():
        sides = {"denied": [], "affirmed": []}
        fact_ids = {"denied": set(), "affirmed": set()}
        for index in sorted(members):
            side = "denied" if index in denial_ids else "affirmed"
            unit = units[index]
            fact = fact_of.get(index)
            if fact is not None:
                fact_ids[side].add(fact.id)
            sides[side].append(variant_of(unit.info, unit.sentence, unit.span, unit.text, texts))
        a = make_side("affirmed", sides["affirmed"], names, fact_ids["affirmed"])
        b = make_side("denied", sides["denied"], names, fact_ids["denied"])
        degree = defaultdict(int)
        for d, a_ in edges:
            if a_ in members:
                degree[a_] += 1
        what = "denied: " + _headline(units, members - denial_ids, degree)
        out.append(Contradiction(id=contradiction_id("denial", a, b), kind="denial", what=what, a=a, b=b,
                                 note="a denial of the event the other side states"))
    return out


def _headline(units: Sequence[Unit], indices: Iterable[int], degree: Mapping[int, int]) -> str:
    """The affirmation most denials contradict (the shortest on ties): what is at stake."""
    best = sorted(indices, key=lambda i: (-degree.get(i, 0), len(units[i].text), units[i].text))
    return units[best[0]].text if best else ""
