"""Actors within one article: the people, organisations, states and peoples it mentions, each with every
mention that refers to it (names, partial and reordered names, titles, pronouns, demonyms, capitals).

Rules over the spaCy parse rather than a coreference model: every grouping has a reason that can be read
back from the mentions, and the whole step costs a few per cent of the parse. Steps, in order:
entity spans cleaned (context) → states found (states) → full names grouped (persons) → every span and
stray token sorted into an actor (mentions, orgs) → titles and descriptions (roles) → pronouns → records.
"""
from __future__ import annotations

from ...records import Actor
from .context import Context, Span
from .given_names import gender_of
from .lexicon import FEMALE_TITLES, MALE_TITLES
from .group import assemble
from .mentions import collect_names
from .persons import cluster_full_names, full_name_spans, person_parts
from .pronouns import resolve_pronouns
from .roles import attach_titles, resolve_descriptions
from .states import find_states

__all__ = ["find_actors"]


def find_actors(doc) -> tuple[Actor, ...]:
    """The actors of one article, from the spaCy ``Doc`` of ``Article.text``; keys "a1", "a2", ... in order
    of first mention."""
    if not len(doc):
        return ()
    ctx = Context(doc)
    full = full_name_spans(ctx)
    states = find_states(ctx, person_parts(ctx, full))
    people, assigned = cluster_full_names(ctx, full)
    out = collect_names(ctx, states, people, assigned)
    _genders(ctx, people, out)
    org_names = {m.start: out.clusters[m.key].name for m in out.mentions if m.key.startswith("O:")}

    def owner(span: Span) -> str | None:
        if span.start in org_names:
            return org_names[span.start]
        text = ctx.span_text(span.start, span.end)
        return states.state_of(text) or states.capital(text)

    consumed = attach_titles(ctx, out, owner)
    resolve_descriptions(ctx, out, consumed, owner)
    out.mentions.extend(resolve_pronouns(ctx, out.mentions, out.clusters))
    return assemble(ctx, out.mentions, out.clusters)


def _genders(ctx: Context, people, out) -> None:
    """A person's gender where the article marks it: a known given name, or "Mr"/"Mrs" before the name."""
    for person in people.people:
        genders = {gender_of(name[0]) for name in person.names} - {None}
        cluster = out.clusters.get(f"P:{person.key}")
        if cluster is not None and len(genders) == 1:
            cluster.gender = genders.pop()
    for m in out.mentions:
        cluster = out.clusters[m.key]
        if m.kind == "name" and cluster.kind == "person" and cluster.gender is None and m.start > 0:
            before = ctx.lower[m.start - 1].rstrip(".")
            cluster.gender = "m" if before in MALE_TITLES else "f" if before in FEMALE_TITLES else None
