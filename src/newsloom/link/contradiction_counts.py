"""Counts of people read from a story's sentences: how many were killed, wounded, missing or evacuated.

Tolls are what outlets most often disagree on, and a number alone says nothing: "12", "at least 12" and "four of
the dead" are different claims. So a count is read from the parse: the number, its qualifier as an interval
("at least 12" = [12, ∞), "more than 30" = [31, ∞), "about 4,000" = ±10 %, "nearly 4,000" = [3,600, 4,000],
"eight" = [8, 8]), the count's predicate (kill, die, dead, death toll → *killed*; wound, injure → *wounded*;
…) and who is counted ("people", "residents" are one class; "soldiers", "civilians", "children" are classes of
their own). Partitives and subsets ("four of the dead", "including nine children"), increments ("11 more") and
vague counts ("dozens") are not counts of the event. A count's places and days are those of its own clause,
not elsewhere in its sentence ("Five people died in Mirrin …, a week after a dam collapse in Lusmark killed 14").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .fact_articles import ArticleInfo
from .fact_units import Prepared

Span = tuple[int, int]

#: What a count counts, by the words of its predicate ("died", "were injured", "death toll").
COUNT_PREDICATES = {
    "killed": ("kill", "die", "dead", "death", "fatality", "toll"),
    "wounded": ("wound", "injure", "injured", "wounded", "injury", "hurt"),
    "missing": ("missing", "miss"),
    "evacuated": ("evacuate", "relocate", "displace", "move"),
}
PREDICATE_OF = {w: p for p, ws in COUNT_PREDICATES.items() for w in ws}
#: Who-is-counted words that all mean people in general: one class of counts.
GENERIC_VICTIMS = frozenset({"people", "person", "resident", "villager", "inhabitant", "individual"})
#: Nouns a number measures with ("ten kilometres", "three days"): not a count of people.
UNIT_NOUNS = frozenset({"metre", "meter", "kilometre", "kilometer", "km", "mile", "hour", "day", "week", "month",
                        "year", "minute", "second", "percent", "per", "millimetre", "millimeter", "mm", "cm",
                        "centimetre", "foot", "feet", "inch", "ton", "tonne", "kg", "time", "a.m.", "p.m.",
                        "round", "km²", "hectare", "acre", "degree"})
#: Qualifiers just before a number, read as the bounds of its interval.
LOWER = re.compile(r"\b(?:at least|more than|over|upwards of|in excess of|no fewer than|no less than)\s*$", re.I)
STRICT_LOWER = re.compile(r"\b(?:more than|over|upwards of|in excess of)\s*$", re.I)
UPPER = re.compile(r"\b(?:up to|at most|fewer than|less than|under|no more than)\s*$", re.I)
NEARLY = re.compile(r"\b(?:nearly|almost|just under|close to)\s*$", re.I)
ABOUT = re.compile(r"\b(?:about|around|some|roughly|approximately|an estimated|estimated|circa|nearly|almost)\s*$",
                   re.I)


@dataclass(frozen=True)
class Count:
    """One count of people in one sentence: predicate, who is counted, interval and how it is written ("at least
    12"), the places and days of its own clause, and whom the sentence attributes it to."""

    predicate: str
    victims: str
    low: float
    high: float
    written: str
    places: frozenset[str]
    days: frozenset[str]
    source: str | None  # who the sentence attributes it to ("brennish officials"), if anyone
    info: ArticleInfo
    sentence: Span
    span: Span


def _interval(value: float, before: str) -> tuple[float, float, str]:
    """``(low, high, as written)`` of a number given the words before it ("at least 12" → 12, ∞)."""
    if STRICT_LOWER.search(before):
        return value + 1, float("inf"), f"more than {value:g}"
    if LOWER.search(before):
        return value, float("inf"), f"at least {value:g}"
    if UPPER.search(before):
        return 0.0, value, f"up to {value:g}"
    if NEARLY.search(before):
        return value * 0.9, value, f"nearly {value:g}"
    if ABOUT.search(before):
        return value * 0.9, value * 1.1, f"about {value:g}"
    return value, value, f"{value:g}"


def _number_value(token) -> float | None:
    from ..analyse.timex.lexicon import parse_number

    text = token.text.replace(",", "") if token.like_num else token.lower_
    try:
        return parse_number(text)
    except (ValueError, TypeError):
        return None


def _predicate_of(token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in ("move",) and not any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in token.children):
        return None
    predicate = PREDICATE_OF.get(lemma) or PREDICATE_OF.get(token.lower_)
    if predicate:
        return predicate
    for child in token.children:  # "are confirmed dead", "were reported missing"
        if child.dep_ in ("acomp", "oprd", "xcomp") and (PREDICATE_OF.get(child.lemma_.lower())
                                                          or PREDICATE_OF.get(child.lower_)):
            return PREDICATE_OF.get(child.lemma_.lower()) or PREDICATE_OF.get(child.lower_)
    return None


def _count_of(number, inside: set[int]) -> tuple[str, str, object] | None:
    """``(predicate, victims, predicate token)`` of a number token, or ``None`` when it counts nothing here."""
    if number.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"):
        return None
    noun = number.head if number.dep_ in ("nummod", "quantmod") and number.head.pos_ in ("NOUN", "PROPN") \
        else number
    if noun.lemma_.lower() in UNIT_NOUNS or any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children):
        return None  # "ten kilometres"; "four of the dead": a part, not the toll
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if nxt is not None and nxt.lower_ in ("more", "others", "other"):
        return None  # "11 more are still missing": an increment
    node = noun
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
    for ancestor in node.ancestors:  # "including nine children": a subset
        if ancestor.lower_ in ("including", "among", "of") and ancestor.dep_ == "prep" and ancestor.i in inside:
            if ancestor.lower_ != "of" or not _predicate_of(ancestor.head):
                return None
            break
    predicate_token = None
    if node.dep_ in ("nsubj", "nsubjpass", "dobj"):
        predicate_token = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        predicate_token = node.head.head  # "the deaths of five soldiers"
    elif node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.pos_ == "VERB":
        toll = [c for c in node.head.head.children if c.dep_ == "nsubj" and c.lemma_.lower() == "toll"]
        predicate_token = toll[0] if toll else None  # "the death toll rose to 14"
    if predicate_token is None or predicate_token.i not in inside:
        return None
    predicate = _predicate_of(predicate_token)
    if predicate is None:
        return None
    if noun is number:  # "23 wounded": who is counted comes from the coordinated count, else people
        head = predicate_token.head if predicate_token.dep_ == "conj" else None
        subjects = [c for c in (head.children if head is not None else []) if c.dep_ in ("nsubj", "nsubjpass")]
        victims = subjects[0].lemma_.lower() if subjects and subjects[0].pos_ == "NOUN" else "people"
    else:
        victims = noun.lemma_.lower()
    if victims in GENERIC_VICTIMS:
        victims = "people"
    return predicate, victims, predicate_token


def read_counts(prepared: Prepared) -> list[Count]:
    """Every count of people in the story's kept sentences, each with the setting of its own clause."""
    counts = []
    for info, span, piece in prepared.sentences:
        inside = {t.i for t in piece}
        lookup = prepared.lookups[info.article_id]
        found = []
        for token in piece:
            if not (token.like_num or token.pos_ == "NUM"):
                continue
            value = _number_value(token)
            if value is None or value != value:
                continue
            count = _count_of(token, inside)
            if count is None:
                continue
            found.append((token, value, count))
        for token, value, (predicate, victims, verb) in found:
            # the count's own setting: its predicate's clause, without the clauses of other counts of the same
            # kind ("Five people died …, a week after a dam collapse in Lusmark killed 14 people")
            rivals = {c[2][2].i for c in found if c[2][0] == predicate} - {verb.i}
            others = {t.i for p in rivals for t in verb.doc[p].subtree}
            setting = [t for t in verb.subtree if t.i in inside and (t.i not in others or t.i == verb.i)] or [verb]
            keys, places = lookup.keys(setting)
            before = verb.doc[max(piece[0].i, token.i - 4):token.i].text
            low, high, written = _interval(value, before)
            counts.append(Count(predicate=predicate, victims=victims, low=low, high=high,
                                written=written,
                                places=frozenset(places | {k for k in keys if k.startswith("ent:")}),
                                days=frozenset(k for k in keys if k.startswith("date:")),
                                source=lookup.speaker(piece), info=info, sentence=span,
                                span=(token.idx, token.idx + len(token.text))))
    return counts
