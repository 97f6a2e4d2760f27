"""People named in one article: full names grouped, then partial names attached.

Full names group when one's parts are a subset of the other's, in any order ("Khawaja Asif", "Asif
Khawaja", "Khawaja Mohammad Asif"). A partial name ("Asif", or "Dravec" mislabelled ORG) joins the one
person whose name contains it; when two people share it, it joins neither and stands alone, because
guessing would merge two people. A lone name with no full name is kept only where it acts like a person
(speaks, or carries a title), since the model often labels villages and countries PERSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .context import Context, Span
from .lexicon import ORG_HEADS, PLACE_HEADS, SPEECH_VERBS
from .given_names import gender_of
from .names import fold_part, name_parts


@dataclass(slots=True)
class Person:
    key: str
    names: list[tuple[str, ...]] = field(default_factory=list)  # folded full names
    parts: set[str] = field(default_factory=set)


def full_name_spans(ctx: Context) -> list[Span]:
    """PERSON spans with at least two name parts that are not places or organisations in disguise."""
    spans = []
    for span in ctx.spans:
        if span.label != "PERSON" or span.qualifier is not None:
            continue
        text = ctx.span_text(span.start, span.end)
        parts = name_parts(text)
        if not 2 <= len(parts) <= 4 or not all(p[:1].isupper() for p in parts):
            continue
        if ctx.lower[span.end - 1] in PLACE_HEADS or ctx.lower[span.end - 1] in ORG_HEADS:
            continue  # "Hallen Dam"
        spans.append(span)
    return spans


def person_parts(ctx: Context, spans: list[Span]) -> set[str]:
    return {fold_part(p) for s in spans for p in name_parts(ctx.span_text(s.start, s.end))}


class People:
    def __init__(self) -> None:
        self.people: list[Person] = []
        self.by_part: dict[str, list[Person]] = {}

    def add_full(self, parts: tuple[str, ...]) -> Person:
        folded = tuple(fold_part(p) for p in parts)
        wanted = set(folded)
        fits = [p for p in self.people if any(wanted <= set(name) or set(name) <= wanted for name in p.names)]
        if len(fits) == 1:
            person = fits[0]
        else:
            person = Person(f"P{len(self.people)}")
            self.people.append(person)
        if folded not in person.names:
            person.names.append(folded)
        for part in folded:
            if part not in person.parts:
                person.parts.add(part)
                self.by_part.setdefault(part, []).append(person)
        return person

    def owner_of_part(self, part: str) -> Person | None | bool:
        """The one person a partial name fits; ``False`` when several share it; ``None`` when none."""
        found = self.by_part.get(fold_part(part), [])
        if len(found) == 1:
            return found[0]
        return False if found else None


def cluster_full_names(ctx: Context, spans: list[Span]) -> tuple[People, dict[int, Person]]:
    """Group full names, longest first so a shorter name meets every longer one it could belong to."""
    people = People()
    folded = {s.start: frozenset(fold_part(p) for p in name_parts(ctx.span_text(s.start, s.end))) for s in spans}
    names = set(folded.values())
    # a "name" made of two other people's names is a headline run-on ("Lindsay Lohan Leaves Betty Ford")
    def run_on(whole: frozenset) -> bool:
        inside = [n for n in names if n < whole]
        return any(not a & b for a in inside for b in inside)

    spans = [s for s in spans if len(folded[s.start]) < 4 or not run_on(folded[s.start])]
    order = sorted(spans, key=lambda s: (-len(name_parts(ctx.span_text(s.start, s.end))), s.start))
    assigned: dict[int, Person] = {}
    for span in order:
        assigned[span.start] = people.add_full(name_parts(ctx.span_text(span.start, span.end)))
    return people, assigned


def acts_as_person(ctx: Context, start: int, end: int) -> bool:
    """A lone name speaking ("Santek said") is a person; "Selnik" as an object is likely a village."""
    root = end - 1
    if ctx.tag[root] != "NNP":
        return False
    head = ctx.head[root]
    if ctx.dep[root] in ("nsubj", "nsubjpass") and ctx.lemma[head].lower() in SPEECH_VERBS:
        return True
    return end < ctx.n and ctx.lower[end] in ("said", "says", "told", "added", "wrote")


def named_like_person(ctx: Context, span: Span, people: People) -> Person | None:
    """A person behind a span the model tagged otherwise ("Donald Trump" as ORG): its parts fit a person of
    the article, or it is two or three capitalised words starting with a known given name."""
    text = ctx.span_text(span.start, span.end)
    parts = name_parts(text)
    if not 2 <= len(parts) <= 3 or not all(p[:1].isupper() and p[1:2].islower() for p in parts):
        return None
    if ctx.lower[span.end - 1] in ORG_HEADS or ctx.lower[span.end - 1] in PLACE_HEADS:
        return None
    folded = {fold_part(p) for p in parts}
    fits = [p for p in people.people if any(folded <= set(name) for name in p.names)]
    if len(fits) == 1:
        return fits[0]
    if not fits and gender_of(fold_part(parts[0])) is not None:
        return people.add_full(parts)
    return None
