"""he/him/his/she/her resolved to a person only where the antecedent is clear.

The antecedent is the one person mentioned earlier in the same sentence, else in the nearest earlier
sentence (up to three back) that mentions any person; when several are there, the one that is the subject,
if exactly one is. A possessive may point forward to the only person of its sentence ("In his latest
statements, Khawaja Mohammad Asif said"). Pronouns inside quotations are left out (they speak from the
quoted speaker's side), as are object pronouns whose only candidate is their own clause's subject ("He
found him"). Anything else unclear is left out: a missing link costs less than a wrong one.
"""
from __future__ import annotations

from .context import Cluster, Context, M
from .lexicon import PRONOUNS

_SUBJECT = ("nsubj", "nsubjpass")
_LOOK_BACK = 3


def _pick(ctx: Context, candidates: list[M]) -> str | None:
    keys = {m.key for m in candidates}
    if len(keys) == 1:
        return next(iter(keys))
    subjects = {m.key for m in candidates if ctx.dep[m.end - 1] in _SUBJECT}
    return next(iter(subjects)) if len(subjects) == 1 else None


def _bound(ctx: Context, pronoun: int, mention: M) -> bool:
    """Whether a non-reflexive object pronoun and a subject share a clause (so cannot corefer)."""
    if ctx.dep[pronoun] not in ("dobj", "iobj", "pobj", "dative") or ctx.lower[pronoun].endswith("self"):
        return False
    verb = ctx.head[pronoun]
    if ctx.dep[pronoun] == "pobj":
        verb = ctx.head[verb]
    root = mention.end - 1
    return ctx.dep[root] in _SUBJECT and ctx.head[root] == verb


def resolve_pronouns(ctx: Context, mentions: list[M], clusters: dict[str, Cluster]) -> list[M]:
    """Pronoun mentions for the person clusters, given their name and title mentions."""
    by_sentence: dict[int, list[M]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if clusters[m.key].kind == "person":
            by_sentence.setdefault(ctx.sent_of[m.start], []).append(m)
    found: list[M] = []
    for i, word in enumerate(ctx.lower):
        gender = PRONOUNS.get(word)
        if gender is None or not ctx.tag[i].startswith("PRP") or ctx.quoted[i]:
            continue

        def fits(m: M) -> bool:
            return clusters[m.key].gender in (None, gender)

        sentence = ctx.sent_of[i]
        here = by_sentence.get(sentence, [])
        before = [m for m in here if m.end <= i and fits(m)]
        key = None
        if before:
            allowed = [m for m in before if not _bound(ctx, i, m)]
            if not allowed:
                continue
            key = _pick(ctx, allowed)
            if key is None:
                continue
        else:
            seen = False
            for back in range(1, _LOOK_BACK + 1):
                earlier = [m for m in by_sentence.get(sentence - back, []) if fits(m)]
                if earlier:
                    key, seen = _pick(ctx, earlier), True
                    break
            if not seen and ctx.tag[i] == "PRP$":
                after = {m.key for m in here if m.start > i and fits(m)}
                key = next(iter(after)) if len(after) == 1 else None
        if key is None:
            continue
        if clusters[key].gender is None:
            clusters[key].gender = gender
        mention = M(i, i + 1, "pronoun", "PERSON", key)
        found.append(mention)
        here.append(mention)
        by_sentence[sentence] = sorted(here, key=lambda m: m.start)
    return found
