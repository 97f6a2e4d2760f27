"""Keys: the strong evidence of what a unit is about, read from one article's stored analysis.

Wording alone matches by chance; a shared corpus actor, name, number or day says two units are about one thing.
Keys are ``actor:`` (corpus actors, so "Qatari"/"Qatar" and "Dravec"/"Dravetz" agree), ``ent:`` (other named
entities, and proper names the NER missed), ``num:`` (numbers), ``date:`` and ``year:`` (resolved dates).
:class:`ArticleKeys` also tells who a clause is attributed to and which of its words only attribute it.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..records import Article, ArticleAnalysis
from .fact_words import REPORTING

Span = tuple[int, int]

#: Entity labels that name something (numbers and dates are keyed by value instead).
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
#: Entity labels of places: a place named in a clause places the event it states.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _norm_name(text: str) -> str:
    text = re.sub(r"^(?:the|a|an)\s+", "", text.casefold().strip())
    text = re.sub(r"['’]s$", "", text)
    return " ".join(re.findall(r"\w+", text))


def _number(text: str) -> float | None:
    from ..analyse.timex.lexicon import parse_number

    words = re.sub(r"^(?:at least|at most|more than|fewer than|less than|over|under|about|around|some|nearly|"
                   r"almost|roughly|approximately|up to|just over|just under)\s+", "", text.casefold().strip())
    match = re.match(r"[\d,.]+|[a-z -]+?(?=\s|$)", words)
    if not match:
        return None
    try:
        return parse_number(match.group(0).strip())
    except (ValueError, TypeError):
        return None


def _date_keys(value: str | None) -> list[str]:
    if not value:
        return []
    m = re.match(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", value)
    if m:
        return [f"date:{m.group(2)}-{m.group(3)}"]
    if re.fullmatch(r"\d{4}", value):
        return [f"year:{value}"]
    return []


class ArticleKeys:
    """Char-offset lookups of one article's actor mentions, entities and times."""

    def __init__(self, article: Article, analysis: ArticleAnalysis, actor_ids: Mapping[tuple[str, str], str]):
        self.mentions = sorted((m.start, m.end, actor_ids.get((article.id, actor.key), f"{article.id}:{actor.key}"),
                                actor.kind) for actor in analysis.actors for m in actor.mentions)
        self.entities = sorted((e.start, e.end, e.text, e.label) for e in analysis.entities)
        self.times = sorted((t.start, t.end, t.value, t.type) for t in analysis.times)
        self.speakers = sorted(q.speaker for q in analysis.quotes if q.speaker)
        self.cues = sorted(q.cue for q in analysis.quotes if q.cue)
        self.sayers = [(q.speaker or q.cue, actor_ids.get((article.id, q.speaker_actor)) if q.speaker_actor else None,
                        q.speaker_text) for q in analysis.quotes if q.speaker or q.cue]
        self.quoted = [(span, actor_ids.get((article.id, q.speaker_actor)) if q.speaker_actor else None,
                        q.speaker_text) for q in analysis.quotes for span in q.content]

    def speaker(self, tokens: Sequence) -> str | None:
        """Who the clause reports as saying it (a corpus actor id, else the speaker's words), if anyone."""
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        for (s, e), actor, text in self.sayers:
            if start <= s and e <= end:
                return actor or (" ".join(text.casefold().split()) if text else None)
        for (s, e), actor, text in self.quoted:  # a quoted sentence attributed in the next one
            if s <= start < e and (actor or text):
                return actor or " ".join(text.casefold().split())
        return None

    def attribution(self, tokens: Sequence) -> set[int]:
        """Token indices of ``tokens`` that attribute a report: a quote's speaker, and its cue when the cue only
        reports ("said", "according to"; not "denied", "warned": those say something themselves)."""
        out = set()
        for t in tokens:
            if any(s <= t.idx < e for s, e in self.speakers):
                out.add(t.i)
            elif any(s <= t.idx < e for s, e in self.cues) and (t.lemma_.lower() in REPORTING or t.lower_ in (
                    "according", "to") or t.pos_ not in ("VERB", "NOUN")):
                out.add(t.i)
        return out

    def keys(self, tokens: Sequence) -> tuple[frozenset[str], frozenset[str]]:
        keys: set[str] = set()
        places: set[str] = set()
        spans = [(t.idx, t.idx + len(t.text)) for t in tokens]

        def covered(s: int, e: int) -> bool:
            return any(a < e and s < b for a, b in spans)

        in_mention: list[Span] = []
        for s, e, actor_id, kind in self.mentions:
            if covered(s, e):
                keys.add(f"actor:{actor_id}")
                in_mention.append((s, e))
                if kind == "state":
                    places.add(f"actor:{actor_id}")
        for s, e, text, label in self.entities:
            if not covered(s, e):
                continue
            if label in NUMBER_LABELS:
                value = _number(text)
                if value is not None and value >= 3:
                    keys.add(f"num:{value:g}")
            elif label in NAME_LABELS and not any(a <= s and e <= b for a, b in in_mention):
                name = _norm_name(text)
                if name:
                    keys.add(f"ent:{name}")
                    if label in PLACE_LABELS:
                        places.add(f"ent:{name}")
        timed: list[Span] = []
        for s, e, value, kind in self.times:
            if covered(s, e) and kind in ("DATE", "TIME"):
                keys.update(_date_keys(value))
                timed.append((s, e))
        named = [(s, e) for s, e, *_ in self.entities] + in_mention + timed
        for token in tokens:  # a proper name the NER missed ("in Talverno")
            if token.pos_ == "PROPN" and token.is_alpha and len(token.text) > 2 and not token.is_stop \
                    and not any(s <= token.idx < e for s, e in named):
                keys.add(f"ent:{_norm_name(token.text)}")
        return frozenset(keys), frozenset(places)

