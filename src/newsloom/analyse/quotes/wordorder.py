"""Attributions read from the word order where the parse of them slips: the attribution that interrupts or
ends what it reports ("The talks, he said, failed."), the quotation right beside it, the speaker named just
before the cue, and "according to".
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .syntax import (ADP, ADV, ADVCL, ADVMOD, AGENT, AUX, AUX_DEP, CC, CCOMP, CONJ, DATIVE, DET, DOBJ, MARK, NEG,
                     NOUN, NPADVMOD, NSUBJ, PARATAXIS, PART, POBJ, PREP, PRON, PROPN, PRT, ROOT, VERB, Attribution)
from .view import View

_ADJUNCTS = frozenset((NPADVMOD, PREP, ADVMOD, DOBJ, DATIVE, AGENT, PRT, NSUBJ, NEG, AUX_DEP, POBJ))
_BREAKS = frozenset((",", "—", "–", "―", "--", ";", '"', "'", "“", "”", "‘", "’", "«", "»", "''", "``"))
_CONTINUING = frozenset(("and", "but", "or", "so", "while", "not", "even"))
_SUBORDINATORS = frozenset("when while if after before because as since although though once until unless "
                           "whenever where whether".split())


def interrupting(view: View, t: int, speaker: int | None) -> list[tuple[int, int]]:
    """"X failed, sources said." / "The talks, he said, failed." / "..., said Hester.": the attribution
    stands after a comma (or quotation) at the end of its sentence, or between two commas; the rest of the
    sentence is what was said. Read from the word order, which holds where the parse of such sentences slips."""
    dep, region_of = view.dep, view.region_of
    a, b = view.sentence(t)
    if view.tag(t) not in ("VBD", "VBZ", "VBP") or any(
            dep[c] in (AUX_DEP, CC, ADVCL, MARK, CCOMP) for c in view.kids(t) if c < t):
        return []  # "..., and if it is repeated, Pakistan will respond." is a sentence, not an attribution
    lo = t if speaker is None else min(t, view.left(speaker))
    if lo > a and view.lower(lo - 1) == "as":
        lo -= 1  # "..., as one adviser pointed out, ..."
    hi = t + 1
    for c in view.kids(t):
        if c > t:
            if dep[c] not in _ADJUNCTS or view.word(c) == ",":
                break
            hi = view.right(c) + 1
    if speaker is not None and speaker > t:
        hi = max(hi, view.right(speaker) + 1)
    if lo <= a + 1 or view.word(lo - 1) not in _BREAKS:
        return []
    k = lo - 1
    while k > a and region_of[k] < 0 and view.word(k) in (",", "—", "–", "―", "--"):
        k -= 1
    if region_of[k] >= 0:
        return [view.region_tokens[region_of[k]]]  # “...,” he said: what was said is the quotation
    before = [] if view.lower(a) in _SUBORDINATORS else [(a, lo - 1)]
    # an adverbial opening the sentence ("On Thursday, however, Trump spoke ...") is not what was said
    adverbial = bool(before) and _adverbial(view, a, lo - 1)
    if not view.words_in(hi, b):
        return [] if adverbial else before
    after = view.word(hi)
    if after in (",", ":") and hi + 1 < b and region_of[hi + 1] >= 0:
        return [view.region_tokens[region_of[hi + 1]]]  # "When asked, he said, “...”"
    if not before:
        return []
    if after == "," and hi + 1 < b:
        if dep[hi + 1] == CC or view.lower(hi + 1) in _CONTINUING or view.tag(hi + 1) == "VBG":
            return [] if adverbial else [(a, lo - 1)]  # "..., he said, and soon ...": that is the reporter's
        return [(hi + 1, b)] if adverbial else [(a, lo - 1), (hi + 1, b)]
    return []


def _adverbial(view: View, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are a phrase of time, place or manner (a preposition or adverb heading it, no
    verb in it) rather than something said."""
    pos = view.pos
    return pos[a] in (ADP, ADV) and not any(pos[k] == VERB or pos[k] == AUX for k in range(a, b)) \
        and view.region_of[a] < 0


def word_before(view: View, i: int) -> int | None:
    """The name or pronoun right before a cue the parser left without a subject ("In a Bloomberg interview
    Trump declared", where "Trump" was read as the object of "In")."""
    dep, pos = view.dep, view.pos
    k = i - 1
    while k >= 0 and (dep[k] in (ADVMOD, AUX_DEP, NEG) and pos[k] in (ADV, AUX, PART) or pos[k] == ADP
                      or view.ent(k) in ("DATE", "TIME")):
        k -= 1  # "Dravetz on Thursday warned"
    if k < 0 or view.sent(k) != view.sent(i) or view.region_of[k] >= 0:
        return None
    if view.tag(k) in ("NNP", "NNPS") or (pos[k] == PRON and view.lower(k) in ("he", "she", "they", "it")):
        return k
    return None


def name_before(view: View, k: int) -> int | None:
    """The name or noun just before a date the parser took for a subject, prepositions skipped."""
    k -= 1
    starts = set(view.sent_starts)  # built here, not per document: this path is rare
    while k >= 0 and view.pos[k] in (ADP, DET) and k not in starts:
        k -= 1
    return k if k >= 0 and view.pos[k] in (NOUN, PROPN) else None


def subject_in_paragraph(view: View, i: int) -> int | None:
    """The speaker when the parser ran a sentence over a paragraph break and took its subject from the
    paragraph before: the last nominal before the cue, in the cue's paragraph, that hangs outside it."""
    para_of, pos, head = view.para_of, view.pos, view.head
    first = i
    while first > 0 and para_of[first - 1] == para_of[i]:
        first -= 1
    best = None
    for k in range(first, i):
        if pos[k] in (NOUN, PROPN, PRON) and not (first <= head[k] < i and head[k] != k):
            best = k
    return best


def according(view: View, t: int) -> Attribution | None:
    to = next((c for c in view.kids(t) if view.lower(c) == "to"), None)
    if to is None:
        if t + 1 >= view.n or view.lower(t + 1) != "to":
            return None
        to = t + 1
    source = next((c for c in view.kids(to) if view.dep[c] == POBJ), None)
    if source is not None and view.lower(source) in ("what", "which", "whom"):
        return None
    dep, head_of = view.dep, view.head
    head = head_of[t]
    if head == t or head == to:
        return None
    while dep[head] not in (ROOT, CCOMP, CONJ, PARATAXIS) and head_of[head] != head \
            and view.pos[head] not in (VERB, AUX):
        head = head_of[head]
    a, b = view.edges(head)
    left, right = t, max(view.right(to), view.right(t)) + 1
    pieces = [(x, y) for x, y in ((a, left), (right, b)) if y > x]
    return Attribution((t, to + 1), source, pieces, "according", "according", (left, right))


def adjacent_region(view: View, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """A quotation right before or right after the attribution clause, only punctuation between."""
    a, b = clause
    text_a, text_b = view.chars(a, b)
    para_of = view.para_of
    before = bisect_right(view.region_ends, a) - 1  # the last quotation ending before the clause
    if before >= 0:
        ra, rb = view.region_tokens[before]
        if para_of[ra] == para_of[a] and view.between_is_blank(view.regions[before].end, text_a) \
                and view.sent(rb - 1) >= view.sent(a) - 1:
            return [(ra, rb)]
    after = bisect_left(view.region_starts, b)  # the first quotation starting after it
    if after < len(view.regions):
        ra, rb = view.region_tokens[after]
        start = view.regions[after].start
        if para_of[ra] == para_of[b - 1] and text_b < start and view.text[text_b:start].strip() in (",", ":", ""):
            return [(ra, rb)]
    return []
