"""Turn mention clusters into ``Actor`` records: keys in order of first mention, a canonical name, aliases,
roles and character-offset mentions.

A person's canonical name is the full name the article uses most often; ties go to the longer form, then to
the form ending in the part the article uses alone (its surname: "Khawaja Asif" over "Asif Khawaja" when
"Asif" stands alone), then to the first seen. Names are chosen by frequency rather than length so that
the same person gets the same name across most articles, which is what the link stage needs.
"""
from __future__ import annotations

from collections import Counter

from ...records import Actor, Mention, Role
from .context import Cluster, Context, M
from .names import fold_part, name_parts
from .titles import TitleHit

_KIND_ORDER = {"name": 0, "title": 1, "capital": 2, "demonym": 3, "pronoun": 4}


def _clean(mentions: list[M]) -> list[M]:
    """Drop duplicates and a name mention inside another name mention of the same actor; join two name
    mentions of one actor that touch ("Khawaja" + "Asif" found token by token)."""
    unique = sorted({(m.start, m.end, m.kind, m.label, m.key): m for m in mentions}.values(),
                    key=lambda m: (m.start, -m.end))
    kept: list[M] = []
    for m in unique:
        if kept and m.kind == "name":
            last = next((k for k in reversed(kept) if k.key == m.key and k.kind == "name"), None)
            if last is not None and last.start <= m.start and m.end <= last.end:
                continue
            if last is not None and last.end == m.start and kept[-1] is last:
                kept[-1] = M(last.start, m.end, "name", m.label, m.key)
                continue
        kept.append(m)
    return kept


def _person_name(ctx: Context, names: list[str]) -> str:
    full = [n for n in names if len(name_parts(n)) >= 2]
    if not full:
        return Counter(names).most_common(1)[0][0] if names else ""
    counts = Counter(full)
    alone = {fold_part(n) for n in names if len(name_parts(n)) == 1}
    first = {n: full.index(n) for n in counts}
    return max(counts, key=lambda n: (counts[n], len(name_parts(n)),
                                      fold_part(name_parts(n)[-1]) in alone, -first[n]))


def _roles(ctx: Context, hits: list[TitleHit]) -> tuple[Role, ...]:
    seen: dict[tuple[str, str | None], Role] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        start, end = ctx.chars(hit.start, hit.end)
        seen.setdefault((hit.title, hit.of), Role(hit.title, hit.of, start, end))
    owned = {title for title, of in seen if of is not None}
    return tuple(r for (title, of), r in seen.items() if of is not None or title not in owned)


def _alias(text: str) -> str:
    lowered = text.lower()
    for det in ("the ", "a ", "an "):
        if lowered.startswith(det):
            return text[len(det):]
    return text


def assemble(ctx: Context, mentions: list[M], clusters: dict[str, Cluster]) -> tuple[Actor, ...]:
    by_key: dict[str, list[M]] = {}
    for m in _clean(mentions):
        by_key.setdefault(m.key, []).append(m)
    order = sorted(by_key, key=lambda k: (by_key[k][0].start, k))
    actors = []
    for number, key in enumerate(order, 1):
        cluster, ms = clusters[key], by_key[key]
        records = []
        for m in ms:
            start, end = ctx.chars(m.start, m.end)
            records.append(Mention(start, end, ctx.text[start:end], m.kind, m.label))
        names = [r.text for r in records if r.kind == "name"]
        if cluster.kind == "person" and names:
            name = _person_name(ctx, names)
        elif cluster.name:
            name = cluster.name
        else:
            name = Counter(names).most_common(1)[0][0] if names else _alias(records[0].text)
        aliases: dict[str, str] = {}
        for r in sorted(records, key=lambda r: (_KIND_ORDER[r.kind], r.start)):
            if r.kind != "pronoun":
                aliases.setdefault(_alias(r.text).casefold(), _alias(r.text))
        actors.append(Actor(key=f"a{number}", name=name, kind=cluster.kind, aliases=tuple(aliases.values()),
                            roles=_roles(ctx, cluster.roles), mentions=tuple(records)))
    return tuple(actors)
