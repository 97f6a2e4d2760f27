"""Organisations in one article and their variants: "the Taliban" / "Afghan Taliban" / "Taliban's",
"Tehrik-i-Taliban Pakistan (TTP)" / "TTP", "the UN" / "the United Nations".

Variants join when they fold to the same text, when the organisation table knows them as one body, when an
acronym follows its long form in parentheses or matches its initials, or when a demonym-qualified form
("Afghan Taliban") is the only qualified form of a bare name in the article. Two qualified forms of one
name ("Afghan Taliban", "Pakistani Taliban") are different bodies unless the table says otherwise.
"""
from __future__ import annotations

import re

from .context import Context, Span
from .gazetteer import fold, fold_acronym, gazetteer
from ...disjoint_sets import DisjointSets

_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "al", "i", "e", "&"})


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.replace(" ", "")))


def initials(text: str) -> str:
    words = re.split(r"[\s\-]+", text)
    return "".join(w[0].lower() for w in words if w and w.lower() not in _SMALL and w[0].isupper())


def cluster_orgs(ctx: Context, spans: list[Span]) -> tuple[list[int], list[str]]:
    """Cluster organisation spans: a group number per span, and each group's canonical name."""
    gaz = gazetteer()
    texts = [ctx.span_text(s.start, s.end) for s in spans]
    keys = [fold_acronym(t) if is_acronym(t) else fold(t) for t in texts]
    known = [gaz.org(t) for t in texts]
    bases = [fold(ctx.span_text(s.qualifier[1], s.end)) if s.qualifier else None for s in spans]
    uf = DisjointSets(len(spans))
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        ident = f"K:{known[i]}" if known[i] else f"F:{key}"
        uf.union(i, first.setdefault(ident, i))
    # "Tehrik-i-Taliban Pakistan (TTP)"
    by_start = {s.start: i for i, s in enumerate(spans)}
    has_acronym: set[int] = set()
    for i, span in enumerate(spans):
        e = span.end
        if e + 2 < ctx.n and ctx.words[e] == "(" and ctx.words[e + 2] == ")" and is_acronym(ctx.words[e + 1]):
            j = by_start.get(e + 1)
            if j is not None:
                uf.union(i, j)
                has_acronym.add(i)
    # bare acronym ↔ the one long form whose initials it spells
    long_forms: dict[str, set[str]] = {}
    for i, text in enumerate(texts):
        if not is_acronym(text) and " " in text.strip():
            long_forms.setdefault(initials(text), set()).add(keys[i])
    for i, text in enumerate(texts):
        if is_acronym(text):
            found = long_forms.get(keys[i], set())
            if len(found) == 1:
                target = next(iter(found))
                uf.union(i, keys.index(target))
    # a qualified form joins its bare name when it is the only qualified form and has no acronym of its own
    qualifiers: dict[str, set[str]] = {}
    for i, base in enumerate(bases):
        if base is not None:
            qualifiers.setdefault(base, set()).add(keys[i])
    for i, base in enumerate(bases):
        if base is None or known[i] or i in has_acronym or len(qualifiers[base]) != 1 or base not in keys:
            continue
        if any(known[j] for j in range(len(spans)) if keys[j] == base):
            continue
        uf.union(i, keys.index(base))
    groups = [uf.find(i) for i in range(len(spans))]
    names: dict[int, str] = {}
    for group in sorted(set(groups)):
        members = [i for i in range(len(spans)) if groups[i] == group]
        table = [known[i] for i in members if known[i]]
        if table:
            names[group] = max(set(table), key=lambda t: (table.count(t), -table.index(t)))
        else:
            full = [texts[i] for i in members if not is_acronym(texts[i])] or [texts[i] for i in members]
            names[group] = max(full, key=lambda t: (len(t.split()), full.count(t), -full.index(t)))
    order = {g: n for n, g in enumerate(sorted(set(groups)))}
    return [order[g] for g in groups], [names[g] for g in sorted(set(groups))]
