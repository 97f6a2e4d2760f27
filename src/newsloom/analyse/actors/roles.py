"""Attach titles to named people, then resolve name-less descriptions to the person who holds the role.

Order matters and is the policy: titles next to names give the roles; a description goes to the one
person holding a compatible role ("the minister" → the defence minister, if he is the only minister;
when several hold one, to the one the article names at least twice as often as any other, else to the
person who is both the most recent and the most mentioned, else to nobody). A description no one holds goes, by bridging, to the one role-less named person mentioned in its
sentence or the one before ("Khawaja Mohammad Asif said ... The Pakistani Defense Minister's ..."). What is
still left becomes a name-less person ("the Pakistani Information Minister"), if specific enough.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable

from .context import Cluster, Context, Span
from .mentions import Collector
from .titles import TitleHit, compatible, descriptions, title_after, title_before

Owner = Callable[[Span], "str | None"]


def attach_titles(ctx: Context, out: Collector, owner: Owner) -> set[int]:
    """Titles right before or after a person's name; returns the tokens they use."""
    consumed: set[int] = set()
    for m in list(out.mentions):
        cluster = out.clusters[m.key]
        if m.kind != "name" or cluster.kind != "person":
            continue
        for hit in (title_before(ctx, m.start, owner), title_after(ctx, m.end, owner)):
            if hit is None or any(t in consumed for t in range(hit.start, hit.end)):
                continue
            _assign(out, hit, cluster, role=True)
            consumed.update(range(hit.start, hit.end))
    return consumed


def _assign(out: Collector, hit: TitleHit, cluster: Cluster, role: bool) -> None:
    out.add(hit.start, hit.end, "title", "PERSON", cluster.key, "person")
    if role:
        cluster.roles.append(hit)
    if cluster.gender is None and hit.gender:
        cluster.gender = hit.gender


def _people(out: Collector) -> list[Cluster]:
    return [c for c in out.clusters.values() if c.kind == "person"]


def _choose(ctx: Context, out: Collector, hit: TitleHit, holders: list[Cluster]) -> Cluster | None:
    if len(holders) == 1:
        return holders[0]
    keys = {c.key for c in holders}
    last: dict[str, int] = {}
    count: Counter = Counter()
    for m in out.mentions:
        if m.key in keys:
            count[m.key] += 1
            if m.end <= hit.start:
                last[m.key] = max(last.get(m.key, 0), m.end)
    if not last:
        return None
    (top, top_count), *rest = count.most_common()
    if top in last and (not rest or top_count >= 2 * rest[0][1]):
        return out.clusters[top]  # the article's protagonist: the one it names far more than the others
    recent = max(last, key=lambda k: last[k])
    if ctx.sent_of[hit.start] - ctx.sent_of[last[recent] - 1] > 2:
        return None
    if top != recent or (rest and rest[0][1] == top_count):
        return None
    return out.clusters[recent]


def _by_holders(ctx: Context, out: Collector, pending: list[TitleHit]) -> list[TitleHit]:
    left = []
    for hit in pending:
        holders = [c for c in _people(out) if any(compatible(hit, r) for r in c.roles)]
        chosen = _choose(ctx, out, hit, holders) if holders else None
        if chosen is None:
            left.append(hit)
        else:
            _assign(out, hit, chosen, role=False)
    return left


def _bridge(ctx: Context, out: Collector, hits: list[TitleHit]) -> Cluster | None:
    """The role-less named person who is the only person in the sentence before (or earlier in the same
    sentence as) a recurring description. A description used once is too weak a link."""
    if len(hits) < 2:
        return None
    found: set[str] = set()
    for hit in hits:
        sentence = ctx.sent_of[hit.start]
        near = {m.key for m in out.mentions if out.clusters[m.key].kind == "person" and (
            ctx.sent_of[m.start] == sentence - 1 or (ctx.sent_of[m.start] == sentence and m.end <= hit.start))}
        if len(near) == 1:
            key = near.pop()
            if key.startswith("P:") and not out.clusters[key].roles:
                found.add(key)
    return out.clusters[found.pop()] if len(found) == 1 else None


def resolve_descriptions(ctx: Context, out: Collector, consumed: set[int], owner: Owner) -> None:
    pending = descriptions(ctx, consumed, owner)
    pending = _by_holders(ctx, out, pending)
    groups: dict[tuple, list[TitleHit]] = {}
    for hit in pending:
        if hit.specific:
            groups.setdefault((hit.head, hit.words, hit.of), []).append(hit)
    for group, hits in list(groups.items()):
        person = _bridge(ctx, out, hits)
        if person is not None:
            for hit in hits:
                _assign(out, hit, person, role=True)
            del groups[group]
    placed = {id(h) for hits in groups.values() for h in hits}
    rest = _by_holders(ctx, out, [h for h in pending if not h.specific or id(h) in placed])
    left = {id(h) for h in rest}
    for (head, words, of), hits in groups.items():
        hits = [h for h in hits if id(h) in left]
        if not hits:
            continue
        key = f"T:{' '.join((*words, head))}|{of}"
        text = ctx.span_text(hits[0].start, hits[0].end)
        for hit in hits:
            out.add(hit.start, hit.end, "title", "PERSON", key, "person", _strip_det(text))
            out.clusters[key].roles.append(hit)
    _by_holders(ctx, out, [h for h in rest if not h.specific])


def _strip_det(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
