"""Who the speaker is: the speaker's phrase cut to its core ("Stephane Dujarric", not the apposition after
it), and the article actor it refers to.

The actor layer already links names, titles and pronouns to actors; a speaker mention it linked is taken as
it is. A pronoun or a bare description it left unlinked ("he said", "the spokesman added") falls back on the
one compatible actor named just before, and only when there is exactly one: unknown stays unknown.
"""
from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter, sub

from ...records import Actor
from .lexicon import (ANONYMOUS_HEADS, FEMALE_WORDS, MALE_WORDS, NEUTER_PRONOUNS, PERSON_HEADS, PERSON_PRONOUNS,
                      PLURAL_PRONOUNS)
from .syntax import NOUN, PRON
from .view import ID, View

_KEEP_RIGHT = frozenset(ID(d) for d in ("compound", "flat", "nummod", "prep", "cc", "conj", "case", "nmod", "poss"))
_SKIP_LEFT = frozenset(ID(d) for d in ("punct", "appos", "relcl", "acl", "cc", "prep"))
_PREP, _APPOS, _DET, _POSS = ID("prep"), ID("appos"), ID("det"), ID("poss")
_SPEAKER_PREPS = ("of", "for", "at", "from", "in", "with", "to")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def speaker_tokens(view: View, s: int) -> tuple[int, int]:
    """Token range of the core of the speaker phrase headed by token ``s``."""
    if view.pos[s] == PRON:
        return s, s + 1
    dep, is_word, para_of = view.dep, view.is_word, view.para_of
    text, start, end, by_head, first = view.text, view.start, view.end, view.by_head, view.first_kid
    lo, hi = s, s + 1
    for c in by_head[first[s]:first[s + 1]]:
        d = dep[c]
        if c < s:
            if d in _SKIP_LEFT or text[start[c]:end[c]].isspace():
                continue
            left = view.left(c)
            if left < lo:
                lo = left
            continue
        if d not in _KEEP_RIGHT:
            break
        right = view.right(c)
        if d == _PREP and (view.lower(c) not in _SPEAKER_PREPS or right - c > 8 or
                           any(view.word(k) in (",", ";") for k in range(view.left(c), right + 1))):
            break
        if right + 1 > hi:
            hi = right + 1
    paragraph = para_of[s]
    while lo < s and para_of[lo] != paragraph:
        lo += 1
    while hi > s + 1 and para_of[hi - 1] != paragraph:
        hi -= 1
    while hi > lo + 1 and not is_word[hi - 1]:
        hi -= 1
    while lo < hi - 1 and not is_word[lo]:
        lo += 1
    return lo, hi


class Resolver:
    """Maps speaker spans to actor keys, using every mention the actor layer found."""

    def __init__(self, view: View, actors: tuple[Actor, ...]) -> None:
        self.view = view
        self.actor_list = actors
        self._actors: dict[str, Actor] | None = None
        self.genders: dict[str, str | None] = {}
        mentions = [(m.start, m.end, a.key) for a in actors for m in a.mentions]
        mentions.sort()
        self.mentions = mentions
        self.starts = starts = list(map(_FIRST, mentions))
        self.max_len = max(map(sub, map(_SECOND, mentions), starts), default=0)

    @property
    def actors(self) -> dict[str, Actor]:
        """Actors by key (built when first asked: most articles resolve every speaker by its mention)."""
        if self._actors is None:
            self._actors = {a.key: a for a in self.actor_list}
        return self._actors

    def gender(self, key: str) -> str | None:
        if key not in self.genders:
            self.genders[key] = _gender(self.actors[key])
        return self.genders[key]

    def overlapping(self, a: int, b: int) -> list[tuple[int, int, str]]:
        starts = self.starts
        lo = bisect_left(starts, a - self.max_len)
        found = []
        for m in self.mentions[lo:bisect_left(starts, b, lo)]:
            if m[1] > a:
                found.append(m)
        return found

    def resolve(self, head: int, a: int, b: int) -> str | None:
        """The actor key for the speaker whose head token is ``head`` and whose core spans characters
        ``[a, b)``."""
        view = self.view
        found = self.overlapping(a, b) if self.mentions else None
        if found:
            h_a, h_b = view.start[head], view.end[head]
            on_head = [m for m in found if m[1] > h_a and m[0] < h_b]
            if not on_head and view.lower(head) in ANONYMOUS_HEADS:
                return None  # "a Pakistani security source" is not Pakistan
            pick = on_head or sorted(found, key=lambda m: (-(min(m[1], b) - max(m[0], a)), m[0]))
            return pick[0][2]
        for c in view.kids(head):  # "the spokesman, Stephane Dujarric, said"
            if view.dep[c] == _APPOS:
                found = self.overlapping(*view.chars(*view.edges(c)))
                if found:
                    return found[0][2]
        return self._antecedent(head)

    def _antecedent(self, head: int) -> str | None:
        """The one compatible actor mentioned before the speaker, in its sentence or the one before."""
        view = self.view
        lower = view.lower(head)
        if lower in PERSON_PRONOUNS:
            kinds, gender = {"person"}, PERSON_PRONOUNS[lower]
        elif lower in PLURAL_PRONOUNS or lower in NEUTER_PRONOUNS:
            kinds, gender = {"organisation", "state", "group"}, None
        elif view.pos[head] == NOUN and view.lemma(head) in PERSON_HEADS and any(
                view.dep[c] in (_DET, _POSS) for c in view.kids(head)) and not any(
                view.lower(c) in ("a", "an", "another") for c in view.kids(head)):
            kinds = {"person"}
            gender = "f" if lower in FEMALE_WORDS else "m" if lower in MALE_WORDS else None
        else:
            return None
        first = view.sent_starts[max(0, view.sent(head) - 1)]  # the sentence before the speaker's
        a = view.start[first]
        b = view.start[head]
        keys = []
        for start, end, key in self.overlapping(a, b):
            if start >= b or self.actors[key].kind not in kinds:
                continue
            if gender and self.gender(key) not in (None, gender):
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
