"""Titles and role descriptions: "Pakistan's Defense Minister Khawaja Asif", "Stephane Dujarric, the
spokesman for the UN Secretary-General", and name-less descriptions such as "the Pakistani minister".

A title is read as (modifiers, head, owner): "Pakistani Defense Minister" → (["defence"], "minister",
"Pakistan"), so descriptions can be matched to the person who holds a compatible role in the article
("the minister" fits the defence minister; "the information minister" does not).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .context import Context, Span
from .lexicon import (DETERMINERS, FEMALE_TITLES, GENERIC_HEADS, MALE_TITLES, TITLE_HEADS, TITLE_MODIFIERS,
                      TITLE_SPELLING)

Owner = Callable[[Span], "str | None"]
_APOS_S = ("'s", "’s")
_PP = ("of", "for", "at")
_STOP = frozenset({",", ".", ";", ":", ")", "who", "which", "that", "—", "–", "\n"})


@dataclass(slots=True)
class TitleHit:
    start: int  # token range of the phrase as a mention
    end: int
    words: tuple[str, ...]  # normalised modifiers
    head: str               # normalised head noun
    of: str | None
    gender: str | None = None

    @property
    def title(self) -> str:
        return " ".join((*self.words, self.head))

    @property
    def specific(self) -> bool:
        return bool(self.words) or self.of is not None


def normalise(word: str) -> str:
    word = word.lower()
    return TITLE_SPELLING.get(word, word)


def _gender(word: str) -> str | None:
    return "f" if word in FEMALE_TITLES else "m" if word in MALE_TITLES else None


def _np_owner(ctx: Context, start: int, end: int, owner: Owner) -> str | None:
    """The owner named in a phrase: its first actor entity, else its content nouns ("agency")."""
    for i in range(start, end):
        span = ctx.span_at.get(i)
        if span is not None:
            name = owner(span)
            if name:
                return name
    nouns = [ctx.lower[i] for i in range(start, end)
             if ctx.tag[i][:2] in ("NN", "JJ") and ctx.lower[i] not in DETERMINERS]
    return " ".join(nouns) or None


def _left_owner(ctx: Context, k: int, owner: Owner) -> tuple[str | None, int]:
    """An owner ending at token ``k`` ("Pakistan ’s", "Pakistani", "UN"), and where it starts."""
    if k < 0:
        return None, k + 1
    if ctx.lower[k] in _APOS_S and k >= 1:
        span = ctx.span_at.get(k - 1)
        if span is not None and span.end == k:
            return owner(span) or ctx.span_text(span.start, span.end), span.start
        if ctx.tag[k - 1].startswith("NN"):
            return ctx.lower[k - 1], k - 1
        return None, k + 1
    span = ctx.span_at.get(k)
    if span is not None and span.end == k + 1 and span.label in ("NORP", "GPE", "ORG"):
        name = owner(span)
        if name:
            return name, span.start
    return None, k + 1


def _modifiers_left(ctx: Context, head: int) -> tuple[list[str], list[str], int]:
    """Modifier words and lower-case compound nouns left of a head; returns them and the first index."""
    mods: list[str] = []
    compounds: list[str] = []
    k = head - 1
    while k >= 0 and k not in ctx.span_at:
        word = ctx.lower[k]
        if word in TITLE_MODIFIERS or (word in TITLE_HEADS and word not in GENERIC_HEADS):
            mods.insert(0, normalise(word))
        elif ctx.words[k].islower() and ctx.tag[k] in ("NN", "NNS") and ctx.dep[k] == "compound":
            compounds.insert(0, word)
        else:
            break
        k -= 1
    return mods, compounds, k + 1


def title_before(ctx: Context, first: int, owner: Owner) -> TitleHit | None:
    """A title right before a name: "Pakistan's Defense Minister [Khawaja Asif]", "Brennmark's foreign
    minister, [Arvid Tormelen]", "agency head [Ruben Aske]"."""
    head = first - 1
    if head >= 1 and ctx.words[head] == ",":
        head -= 1
    if head < 0 or ctx.lower[head] not in TITLE_HEADS or head in ctx.span_at:
        return None
    mods, compounds, left = _modifiers_left(ctx, head)
    of, start = _left_owner(ctx, left - 1, owner)
    if of is None and compounds:
        of = " ".join(compounds)
    if start > left:
        start = left
    word = ctx.lower[head]
    return TitleHit(start, head + 1, tuple(mods), normalise(word), of, _gender(word))


def title_after(ctx: Context, end: int, owner: Owner) -> TitleHit | None:
    """An appositive title after a name: "[Stephane Dujarric], the spokesman for the UN Secretary-General,"."""
    n = ctx.n
    if end + 1 >= n or ctx.words[end] != ",":
        return None
    start = k = end + 1
    if ctx.lower[k] in DETERMINERS:
        k += 1
    of = None
    span = ctx.span_at.get(k)
    if span is not None and span.start == k and span.end < n:
        if ctx.lower[span.end] in _APOS_S:
            of, k = owner(span) or ctx.span_text(span.start, span.end), span.end + 1
        elif ctx.lower[span.end] in TITLE_MODIFIERS or ctx.lower[span.end] in TITLE_HEADS:
            of, k = owner(span), span.end
    elif k + 1 < n and ctx.lower[k + 1] in _APOS_S and ctx.tag[k].startswith("NN"):
        of, k = ctx.lower[k], k + 2
    mods: list[str] = []
    head = None
    while k < n and k - start < 7:
        word = ctx.lower[k]
        if word in TITLE_HEADS:
            head = k
            if k + 1 < n and ctx.lower[k + 1] in TITLE_HEADS:
                mods.append(normalise(word))
                k += 1
                continue
            break
        if word in TITLE_MODIFIERS or (ctx.tag[k] in ("JJ", "NN") and ctx.words[k].islower()):
            if word in TITLE_MODIFIERS:
                mods.append(normalise(word))
            k += 1
            continue
        return None
    if head is None:
        return None
    k = head + 1
    if k < n and ctx.lower[k] in _PP + ("in",):
        pp = k
        k += 1
        while k < n and k - pp <= 8 and ctx.words[k] not in _STOP and ctx.lower[k] not in _STOP \
                and not ctx.tag[k].startswith("VB"):
            k += 1
        if ctx.lower[pp] in _PP and of is None:
            of = _np_owner(ctx, pp + 1, k, owner)
    if k < n and ctx.words[k] not in _STOP and ctx.lower[k] not in _STOP:
        return None
    word = ctx.lower[head]
    return TitleHit(start, k, tuple(mods), normalise(word), of, _gender(word))


def descriptions(ctx: Context, consumed: set[int], owner: Owner) -> list[TitleHit]:
    """Definite role descriptions without a name: "the Pakistani Defense Minister", "Pakistan's defense
    minister", "the minister", a headline's "Defense Minister:"."""
    hits: list[TitleHit] = []
    n = ctx.n
    for i in range(n):
        word = ctx.lower[i]
        if word not in TITLE_HEADS or word in GENERIC_HEADS or i in consumed or i in ctx.span_at:
            continue
        if ctx.tag[i] not in ("NN", "NNP") or ctx.quoted[i]:
            continue
        if i + 1 < n and (ctx.lower[i + 1] in TITLE_HEADS or ctx.words[i + 1] == "-"):
            continue  # "minister" of "minister president", or "Secretary-General"
        if i > 0 and ctx.words[i - 1] == "-":
            continue
        mods, compounds, left = _modifiers_left(ctx, i)
        of, start = _left_owner(ctx, left - 1, owner)
        det = start - 1
        definite = det >= 0 and ctx.lower[det] == "the"
        possessive = of is not None and left - 1 >= 0 and ctx.lower[left - 1] in _APOS_S
        if det >= 0 and ctx.lower[det] in ("a", "an", "another", "every", "each", "any", "no"):
            continue
        if not (definite or possessive):
            capital = ctx.words[i][:1].isupper()
            opening = ctx.para_start[start] or ctx.dep[i] == "nsubj"
            if not (opening and (capital or of is not None or mods)):
                continue
        if of is None and i + 2 < n and ctx.lower[i + 1] == "of" and (i + 2) in ctx.span_at:
            of = owner(ctx.span_at[i + 2])
        if of is None and compounds:
            of = " ".join(compounds)
        hits.append(TitleHit(det if definite else start, i + 1, tuple(mods), normalise(word), of,
                             _gender(word)))
    return hits


def compatible(description: TitleHit, role: TitleHit) -> bool:
    """Whether a description can refer to the holder of a role: same head, no modifier the role lacks,
    and no conflicting owner."""
    if description.head != role.head or not set(description.words) <= set(role.words):
        return False
    return description.of is None or role.of is None or description.of == role.of
