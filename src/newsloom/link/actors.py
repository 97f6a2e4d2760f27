"""One identity per real-world actor across the corpus, from each article's own actors.

States and peoples join by name. Organisations join when they share a name or acronym in any article
("Tehrik-i-Taliban Pakistan (TTP)" in one, "Pakistani Taliban (TTP)" in another), or when an acronym
spells the initials of exactly one long form. People are the delicate part, because merging two people is
worse than leaving one split:

* full names join when their parts match in any order, one's parts are a subset of the other's, or given
  name and surname are *both* close in spelling after transliteration folding ("Kazimir Dravec" ~ "Kasimir
  Dravetz"); a name that fits two different people joins neither;
* a surname-only actor ("Khan", in an article that never gives the full name) joins a full-name person
  only if its role matches exactly one such person with that surname; otherwise it stays apart;
* a name-less role holder ("the Pakistani Information Minister") joins the one person holding exactly that
  role (title and country), if there is one.

Output is deterministic: ids are a short hash of kind and canonical name, members and roles are sorted.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Sequence

from ..analyse.actors.gazetteer import fold, fold_acronym, gazetteer
from ..analyse.actors.names import folded_parts, full_names_match, name_parts, phonetic
from ..analyse.actors.orgs import initials, is_acronym
from ..records import Actor, CorpusActor, RoleHeld
from ..disjoint_sets import DisjointSets

Item = tuple[str, str | None, Actor]


def resolve_actors(articles: Sequence[tuple[str, str | None, tuple[Actor, ...]]]) -> tuple[CorpusActor, ...]:
    """Corpus-wide actors from ``(article_id, published_or_None, actors)`` triples."""
    items: list[Item] = sorted(((aid, date, actor) for aid, date, actors in articles for actor in actors),
                               key=lambda item: (item[0], _key_order(item[2].key)))
    uf = DisjointSets(len(items))
    _by_name(items, uf, ("state", "group"))
    _organisations(items, uf)
    _people(items, uf)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(uf.find(i), []).append(i)
    actors = [_corpus_actor([items[i] for i in members]) for members in groups.values()]
    seen: Counter = Counter()
    unique = []
    for actor in sorted(actors, key=lambda a: (a.id, a.members)):
        seen[actor.id] += 1
        if seen[actor.id] > 1:  # two actors kept apart with one name ("Khan" in two articles)
            actor = CorpusActor(_digest(actor.id + "|" + "|".join(":".join(m) for m in actor.members)),
                                actor.name, actor.kind, actor.aliases, actor.roles, actor.members)
        unique.append(actor)
    return tuple(sorted(unique, key=lambda a: (a.kind, a.name.casefold(), a.id)))


def _key_order(key: str) -> tuple[int, str]:
    return (int(key[1:]), key) if key[1:].isdigit() else (0, key)


def _by_name(items: list[Item], uf: DisjointSets, kinds: tuple[str, ...]) -> None:
    first: dict[tuple[str, str], int] = {}
    for i, (_, _, actor) in enumerate(items):
        if actor.kind in kinds:
            uf.union(i, first.setdefault((actor.kind, fold(actor.name)), i))


def _organisations(items: list[Item], uf: DisjointSets) -> None:
    gaz = gazetteer()
    first: dict[str, int] = {}
    long_forms: dict[str, set[int]] = {}
    acronyms: list[tuple[int, str]] = []
    for i, (_, _, actor) in enumerate(items):
        if actor.kind != "organisation":
            continue
        for alias in {actor.name, *(m.text for m in actor.mentions if m.kind == "name")}:
            known = gaz.org(alias)
            key = f"K:{known}" if known else f"F:{fold_acronym(alias) if is_acronym(alias) else fold(alias)}"
            uf.union(i, first.setdefault(key, i))
            if is_acronym(alias):
                acronyms.append((i, fold_acronym(alias)))
            elif " " in alias.strip():
                long_forms.setdefault(initials(alias), set()).add(i)
    for i, acronym in acronyms:
        found = {uf.find(j) for j in long_forms.get(acronym, ())}
        if len(found) == 1:
            uf.union(i, found.pop())


def _names(actor: Actor) -> tuple[list[tuple[str, ...]], set[str]]:
    """An actor's full names (as parts) and its lone name parts."""
    full, single = [], set()
    for m in actor.mentions:
        if m.kind != "name":
            continue
        parts = name_parts(m.text)
        if len(parts) >= 2:
            if parts not in full:
                full.append(parts)
        elif parts:
            single.add(phonetic(parts[0]))
    return full, single


def _roles_match(a: Actor, b_roles: list[tuple[str, str | None]], exact: bool) -> bool:
    for role in a.roles:
        for title, of in b_roles:
            if role.title != title:
                continue
            if exact and role.of is not None and role.of == of:
                return True
            if not exact and (role.of is None or of is None or role.of == of):
                return True
    return False


def _people(items: list[Item], uf: DisjointSets) -> None:
    people = [(i, *_names(actor)) for i, (_, _, actor) in enumerate(items) if actor.kind == "person"]
    named = sorted((p for p in people if p[1]),
                   key=lambda p: (-max(len(n) for n in p[1]), fold(items[p[0]][2].name), p[0]))
    clusters: list[tuple[list[tuple[str, ...]], list[int]]] = []
    for i, full, _ in named:
        fits = [c for c in clusters if any(full_names_match(a, b) for a in full for b in c[0])]
        if len(fits) == 1:
            fits[0][0].extend(n for n in full if n not in fits[0][0])
            fits[0][1].append(i)
            uf.union(i, fits[0][1][0])
        else:
            clusters.append((list(full), [i]))

    def cluster_roles(cluster) -> list[tuple[str, str | None]]:
        return [(r.title, r.of) for j in cluster[1] for r in items[j][2].roles]

    for i, full, single in people:
        actor = items[i][2]
        if full or not (single or actor.roles):
            continue
        if single:  # surname only: needs the surname and a matching role, in exactly one person
            candidates = [c for c in clusters if any(phonetic(p) in single for n in c[0] for p in n)]
            candidates = [c for c in candidates if _roles_match(actor, cluster_roles(c), exact=False)]
        else:  # no name at all: exactly the same role, country included
            candidates = [c for c in clusters if _roles_match(actor, cluster_roles(c), exact=True)]
        if len(candidates) == 1:
            uf.union(i, candidates[0][1][0])
    # name-less holders of one role join each other when no named person holds it
    first: dict[tuple[str, str], int] = {}
    for i, full, single in people:
        actor = items[i][2]
        if not full and not single and uf.find(i) == i:
            for role in actor.roles:
                if role.of is not None:
                    uf.union(i, first.setdefault((role.title, role.of), i))
                    break


def _day(published: str | None) -> str | None:
    """The publication day of an ISO date or date-time as the article states it ("2025-03-10T09:45+01:00"
    → "2025-03-10"): a role is dated to the day, in the article's own time zone."""
    if published and len(published) >= 10 and published[4] == "-" and published[7] == "-":
        return published[:10]
    return published


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _canonical(actors: list[Actor], kind: str) -> str:
    """The name most members use; for a person, among members that give a full name."""
    names = [a.name for a in actors]
    full = [a.name for a in actors if len(name_parts(a.name)) >= 2 and _names(a)[0]] if kind == "person" else []
    pool = full or names
    counts = Counter(pool)
    return max(counts, key=lambda n: (counts[n], len(n.split()), [-ord(c) for c in n.casefold()]))


def _corpus_actor(members: list[Item]) -> CorpusActor:
    actors = [actor for _, _, actor in members]
    kind = Counter(a.kind for a in actors).most_common(1)[0][0]
    name = _canonical(actors, kind)
    identity = " ".join(sorted(folded_parts(name))) if kind == "person" else fold(name)
    alias_count: Counter = Counter()
    spelled: dict[str, str] = {}
    for actor in actors:
        for alias in {a.casefold(): a for a in actor.aliases}.values():
            alias_count[alias.casefold()] += 1
            spelled.setdefault(alias.casefold(), alias)
    aliases = tuple(spelled[k] for k in sorted(alias_count, key=lambda k: (-alias_count[k], k)))
    roles = sorted({RoleHeld(r.title, r.of, aid, _day(date)) for aid, date, actor in members for r in actor.roles},
                   key=lambda r: (r.date or "", r.article_id, r.title, r.of or ""))
    return CorpusActor(id=f"{kind[0]}-{_digest(kind + '|' + identity)}", name=name, kind=kind, aliases=aliases,
                       roles=tuple(roles), members=tuple(sorted((aid, actor.key) for aid, _, actor in members)))
