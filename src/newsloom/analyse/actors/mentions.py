"""Name mentions: every cleaned entity span sorted into a person, organisation, state, people or nothing,
then a token sweep for names the model missed (a surname it did not tag, "Taliban" outside an entity).

The order of the tests is the policy: a part of a person's full name is that person (so "Dravec" tagged
ORG is Dravec); then states, demonyms, peoples and capitals; then organisations; a lone PERSON name last,
and only if it behaves like a person. Places that are not states (villages, towns, rivers) are no actors.
"""
from __future__ import annotations

from .context import Cluster, Context, M, Span
from .gazetteer import fold, gazetteer
from .lexicon import ORG_HEADS, PLACE_HEADS, STATE_NEIGHBOURS
from .names import name_parts
from .orgs import cluster_orgs, is_acronym
from .persons import People, Person, acts_as_person, named_like_person
from .states import States, stands_for_government
from .titles import title_after, title_before

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SETTLEMENTS = frozenset({"town", "village", "city", "region", "province", "district", "capital", "port"})


class Collector:
    """Mentions and clusters as they are found."""

    def __init__(self) -> None:
        self.mentions: list[M] = []
        self.clusters: dict[str, Cluster] = {}
        self.covered: set[int] = set()

    def add(self, start: int, end: int, kind: str, label: str, key: str, cluster_kind: str,
            name: str | None = None) -> None:
        if key not in self.clusters:
            self.clusters[key] = Cluster(key, cluster_kind, name)
        self.mentions.append(M(start, end, kind, label, key))
        if kind == "name":
            self.covered.update(range(start, end))

    def person(self, start: int, end: int, person: Person) -> None:
        self.add(start, end, "name", "PERSON", f"P:{person.key}", "person")

    def state(self, start: int, end: int, state: str, kind: str = "name", label: str = "GPE") -> None:
        self.add(start, end, kind, label, f"S:{state}", "state", state)


def _hyphen_states(ctx: Context, span: Span, states: States) -> list[tuple[int, int, str]] | None:
    """"Brennmark-Kestovia" → both states, when every piece is one."""
    pieces, start = [], span.start
    for i in range(span.start, span.end + 1):
        if i == span.end or ctx.words[i] == "-":
            if i == start:
                return None
            state = states.name(ctx.span_text(start, i))
            if state is None:
                return None
            pieces.append((start, i, state))
            start = i + 1
    return pieces if len(pieces) > 1 else None


def _titled_name(ctx: Context, span: Span, text: str) -> bool:
    """A one-word "organisation" carrying a person's title is a person's surname."""
    if span.end - span.start != 1 or is_acronym(text) or gazetteer().org(text) is not None:
        return False
    no_owner = lambda _: None  # noqa: E731
    return bool(title_before(ctx, span.start, no_owner) or title_after(ctx, span.end, no_owner))


def _org_like(ctx: Context, span: Span, text: str) -> bool:
    """Not "D" (of "D-N.C."), "anti-NATO", or a direction word the model took for a name."""
    if len(text) < 2 or not (text[:1].isupper() or text[:1].isdigit()):
        return False
    return not (span.end - span.start == 1 and ctx.lower[span.start] in STATE_NEIGHBOURS)


def _place_like_org(ctx: Context, span: Span, place_keys: set[str]) -> bool:
    """An ORG span that is a place: tagged GPE elsewhere, ends in "Dam", or listed among places."""
    if fold(ctx.span_text(span.start, span.end)) in place_keys or ctx.lower[span.end - 1] in PLACE_HEADS:
        return True
    if span.end - span.start > 1:
        return False
    root = span.end - 1
    text = ctx.words[root]
    if ctx.dep[root] == "pobj" and not is_acronym(text) and gazetteer().org(text) is None:
        prep = ctx.head[root]
        if ctx.lower[prep] in ("in", "near", "at") or (
                ctx.lower[prep] == "of" and ctx.lower[ctx.head[prep]] in _SETTLEMENTS):
            return True  # "a grain store in Tesh", "the town of Halvik"
    linked = ([ctx.head[root]] if ctx.dep[root] == "conj" else []) + \
        [k for k in ctx.kids[root] if ctx.dep[k] == "conj"]
    return any(k in ctx.span_at and ctx.span_at[k].label in ("GPE", "LOC", "FAC", "PERSON") for k in linked)


def collect_names(ctx: Context, states: States, people: People, full: dict[int, Person]) -> Collector:
    out = Collector()
    place_keys = {fold(ctx.span_text(s.start, s.end)) for s in ctx.spans if s.label in _PLACE_LABELS}
    orgs: list[Span] = []
    lone: dict[str, list[Span]] = {}
    for span in ctx.spans:
        text = ctx.span_text(span.start, span.end)
        key = fold(text)
        if span.start in full and span.label == "PERSON":
            out.person(span.start, span.end, full[span.start])
            continue
        if span.qualifier is None and span.label != "NORP" and span.end - span.start == 1 and text[:1].isupper():
            owner = people.owner_of_part(text)
            if owner:
                out.person(span.start, span.end, owner)
                continue
            if owner is False and span.label == "PERSON":
                # a surname two people of the article share: a person, but which one is not said
                out.add(span.start, span.end, "name", "PERSON", f"L:{key}", "person")
                continue
        if span.qualifier is None and "-" in ctx.words[span.start:span.end]:
            pieces = _hyphen_states(ctx, span, states)
            if pieces:
                for start, end, state in pieces:
                    out.state(start, end, state)
                continue
        plain = span.qualifier is None
        if plain and span.label != "NORP" and states.name(text):
            out.state(span.start, span.end, states.name(text))
        elif plain and span.label in ("NORP", "GPE", "ORG") and states.demonym(text):
            out.state(span.start, span.end, states.demonym(text), "demonym", "NORP")
        elif plain and states.people(text):
            out.add(span.start, span.end, "name", "NORP", f"G:{key}", "group", text)
        elif span.label in ("GPE", "FAC", "ORG") and states.capital(text):
            if stands_for_government(ctx, span):
                out.state(span.start, span.end, states.capital(text), "capital", "GPE")
        elif span.label in ("ORG", "GPE", "LOC") and _titled_name(ctx, span, text):
            lone.setdefault(key, []).append(span)  # "Khan, the former prime minister," tagged ORG or GPE
        elif span.label == "ORG" or (span.label == "PERSON" and ctx.lower[span.end - 1] in ORG_HEADS):
            person = named_like_person(ctx, span, people) if span.label == "ORG" else None
            if person is not None:
                out.person(span.start, span.end, person)
            elif _org_like(ctx, span, text) and not _place_like_org(ctx, span, place_keys):
                orgs.append(span)
        elif span.label == "PERSON" and len(name_parts(text)) == 1 and key not in place_keys:
            lone.setdefault(key, []).append(span)
    _lone_people(ctx, lone, out)
    groups, names = cluster_orgs(ctx, orgs)
    for span, group in zip(orgs, groups):
        out.add(span.start, span.end, "name", "ORG", f"O:{group}", "organisation", names[group])
    _sweep(ctx, states, people, orgs, groups, out)
    return out


def _lone_people(ctx: Context, lone: dict[str, list[Span]], out: Collector) -> None:
    """Single names with no full name: kept when one occurrence speaks or carries a title."""
    no_owner = lambda span: None  # noqa: E731 - existence of a title is all that matters here
    for key, spans in lone.items():
        if any(acts_as_person(ctx, s.start, s.end) or title_before(ctx, s.start, no_owner)
               or title_after(ctx, s.end, no_owner) for s in spans):
            for s in spans:
                out.add(s.start, s.end, "name", "PERSON", f"L:{key}", "person")


def _sweep(ctx: Context, states: States, people: People, orgs: list[Span], groups: list[int],
           out: Collector) -> None:
    """Names the model did not tag where they stand alone: a known surname, state, demonym or
    single-word organisation name of this article."""
    org_words = {}
    for span, group in zip(orgs, groups):
        if span.end - span.start == 1 and span.qualifier is None:
            org_words.setdefault(fold(ctx.words[span.start]), group)
    for i, word in enumerate(ctx.words):
        if i in ctx.span_at or i in out.covered or not word[:1].isupper():
            continue
        key = fold(word)
        tag = ctx.tag[i]
        if tag in ("NNP", "NNPS"):
            owner = people.owner_of_part(word)
            if owner:
                out.person(i, i + 1, owner)
                continue
        if key in org_words and (tag.startswith("NN") or is_acronym(word)):
            group = org_words[key]
            out.add(i, i + 1, "name", "ORG", f"O:{group}", "organisation")
        elif tag in ("NNP", "NNPS") and states.name(word):
            out.state(i, i + 1, states.name(word))
        elif tag in ("NNP", "JJ", "NNPS") and states.demonym(word):
            if i + 1 < ctx.n and ctx.span_at.get(i + 1) and ctx.span_at[i + 1].label == "ORG":
                continue  # "Afghan" + an organisation name: part of the organisation's name
            out.state(i, i + 1, states.demonym(word), "demonym", "NORP")
        elif tag in ("NNPS", "NNS") and states.people(word):
            out.add(i, i + 1, "name", "NORP", f"G:{key}", "group", word)
