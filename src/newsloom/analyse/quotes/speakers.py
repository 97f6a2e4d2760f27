"""Who the speaker is: the speaker's phrase cut to its core ("Stephane Dujarric", not the apposition after
it), and the article actor it refers to.

The actor layer already links names, titles and pronouns to actors; a speaker mention it linked is taken as
it is. A pronoun or a bare description it left unlinked ("he said", "the spokesman added") falls back on the
one compatible actor named just before, and only when there is exactly one: unknown stays unknown.
"""
from __future__ import annotations

import bisect

from ...records import Actor
from .lexicon import (ANONYMOUS_HEADS, FEMALE_WORDS, MALE_WORDS, NEUTER_PRONOUNS, PERSON_HEADS, PERSON_PRONOUNS,
                      PLURAL_PRONOUNS)
from .view import View

_KEEP_RIGHT = ("compound", "flat", "nummod", "prep", "cc", "conj", "case", "nmod", "poss")
_SPEAKER_PREPS = ("of", "for", "at", "from", "in", "with", "to")


def speaker_tokens(view: View, s: int) -> tuple[int, int]:
    """Token range of the core of the speaker phrase headed by token ``s``."""
    token = view.doc[s]
    if token.tag_ in ("PRP", "PRP$", "WP"):
        return s, s + 1
    lo, hi = s, s + 1
    for child in token.lefts:
        if child.dep_ in ("punct", "appos", "relcl", "acl", "cc", "prep") or child.is_space:
            continue
        lo = min(lo, child.left_edge.i)
    for child in token.rights:
        dep = child.dep_
        if dep not in _KEEP_RIGHT:
            break
        if dep == "prep" and (child.lower_ not in _SPEAKER_PREPS or
                              child.right_edge.i - child.i > 8 or
                              any(t.text in ",;" for t in child.subtree)):
            break
        hi = max(hi, child.right_edge.i + 1)
    paragraph = view.para_of[s]
    while lo < s and view.para_of[lo] != paragraph:
        lo += 1
    while hi > s + 1 and view.para_of[hi - 1] != paragraph:
        hi -= 1
    while hi > lo + 1 and (view.doc[hi - 1].is_punct or view.doc[hi - 1].is_space):
        hi -= 1
    while lo < hi - 1 and (view.doc[lo].is_punct or view.doc[lo].is_space):
        lo += 1
    return lo, hi


class Resolver:
    """Maps speaker spans to actor keys, using every mention the actor layer found."""

    def __init__(self, view: View, actors: tuple[Actor, ...]) -> None:
        self.view = view
        self.kind = {a.key: a.kind for a in actors}
        self.gender = {a.key: _gender(a) for a in actors}
        mentions = sorted((m.start, m.end, a.key) for a in actors for m in a.mentions)
        self.mentions = mentions
        self.starts = [m[0] for m in mentions]
        self.max_len = max((e - s for s, e, _ in mentions), default=0)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self.starts, a - self.max_len)
        hi = bisect.bisect_left(self.starts, b)
        return [m for m in self.mentions[lo:hi] if m[1] > a and m[0] < b]

    def resolve(self, head: int, span: tuple[int, int]) -> str | None:
        """The actor key for the speaker whose head token is ``head`` and whose core tokens are ``span``."""
        view = self.view
        a, b = view.chars(*span)
        found = self.overlapping(a, b)
        if found:
            h_a, h_b = view.chars(head, head + 1)
            on_head = [m for m in found if m[1] > h_a and m[0] < h_b]
            if not on_head and view.doc[head].lower_ in ANONYMOUS_HEADS:
                return None  # "a Pakistani security source" is not Pakistan
            pick = on_head or sorted(found, key=lambda m: (-(min(m[1], b) - max(m[0], a)), m[0]))
            return pick[0][2]
        token = view.doc[head]
        for child in token.children:  # "the spokesman, Stephane Dujarric, said"
            if child.dep_ == "appos":
                found = self.overlapping(*view.chars(child.left_edge.i, child.right_edge.i + 1))
                if found:
                    return found[0][2]
        return self._antecedent(head)

    def _antecedent(self, head: int) -> str | None:
        """The one compatible actor mentioned before the speaker, in its sentence or the one before."""
        view = self.view
        token = view.doc[head]
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            kinds, gender = {"person"}, PERSON_PRONOUNS[lower]
        elif lower in PLURAL_PRONOUNS or lower in NEUTER_PRONOUNS:
            kinds, gender = {"organisation", "state", "group"}, None
        elif token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_HEADS and any(
                c.dep_ in ("det", "poss") for c in token.children) and not any(
                c.lower_ in ("a", "an", "another") for c in token.children):
            kinds = {"person"}
            gender = "f" if lower in FEMALE_WORDS else "m" if lower in MALE_WORDS else None
        else:
            return None
        sentence = int(view.sent_of[head])
        first = view.sentence_range(max(0, sentence - 1))[0]
        a = int(view.start[first])
        b = int(view.start[head])
        keys = []
        for start, end, key in self.overlapping(a, b):
            if start >= b or self.kind.get(key) not in kinds:
                continue
            if gender and self.gender.get(key) not in (None, gender):
                continue
            i = view.tokens_in(start, end)[0]
            if i < view.n and view.region_of[i] >= 0:
                continue  # named inside a quotation: not a speaker on stage
            keys.append(key)
        return keys[0] if len(set(keys)) == 1 else None


def _gender(actor: Actor) -> str | None:
    words = {m.text.lower() for m in actor.mentions if m.kind in ("pronoun", "title")}
    words |= {w.lower() for m in actor.mentions if m.kind == "title" for w in m.text.split()}
    male, female = bool(words & MALE_WORDS), bool(words & FEMALE_WORDS)
    return "m" if male and not female else "f" if female and not male else None
