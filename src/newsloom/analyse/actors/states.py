"""Which surfaces in one article name a state, its people, or its seat of government.

Real states come from the gazetteer. A state the gazetteer does not know (an invented or new one) is
recognised from the article's own evidence, whatever label the model gave it: a demonym built on it
("Kestovian" → "Kestovia", "Brennish" → "Brennmark"), a title it owns ("Kestovia's Defence Minister"),
"northern Lusmark", a dateline "MIRRIN, Ostmaren —", a hyphenated pair with a known state, or
coordination with one. A capital counts as its state only where it stands for the government
("Kabul blocked it"), not where it is a place ("talks in Istanbul", "seized Kabul").
"""
from __future__ import annotations

from .context import Context, Span
from .gazetteer import fold, gazetteer, lookup
from .given_names import NOT_STATES
from .lexicon import (EVENT_NOUNS, LOCATIVE_PREPS, MOTION_VERBS, PLACE_NOUNS, PLACE_VERBS, POSSESSIVES,
                      STATE_NEIGHBOURS, STATE_POSSESSIONS)

_DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "ish", "ese", "is", "i", "ic")
_CANDIDATE_LABELS = frozenset({"GPE", "ORG", "PERSON", "LOC"})


class States:
    """Folded surface → state name, for names, demonyms, peoples and capitals seen in one article."""

    def __init__(self) -> None:
        gaz = gazetteer()
        self.names: dict[str, str] = dict(gaz.states)
        self.demonyms: dict[str, str] = dict(gaz.demonyms)
        self.peoples: dict[str, str] = dict(gaz.peoples)
        self.capitals: dict[str, str] = dict(gaz.capitals)

    def name(self, text: str) -> str | None:
        return lookup(self.names, text)

    def demonym(self, text: str) -> str | None:
        return lookup(self.demonyms, text)

    def people(self, text: str) -> str | None:
        return lookup(self.peoples, text)

    def capital(self, text: str) -> str | None:
        return lookup(self.capitals, text)

    def state_of(self, text: str) -> str | None:
        """The state a name or demonym refers to ("Pakistani" → "Pakistan"), if any."""
        return self.name(text) or self.demonym(text)

    def known(self, text: str) -> bool:
        return bool(self.state_of(text) or self.people(text) or self.capital(text))


def find_states(ctx: Context, person_parts: set[str]) -> States:
    states = States()
    gaz_orgs = gazetteer().orgs
    candidates: dict[str, list[Span]] = {}
    norps: dict[str, list[Span]] = {}
    for span in ctx.spans:
        text = ctx.span_text(span.start, span.end)
        key = fold(text)
        if states.known(text) or key in gaz_orgs or key in NOT_STATES or not text[:1].isupper():
            continue
        if span.label == "NORP":
            norps.setdefault(key, []).append(span)
        elif span.label in _CANDIDATE_LABELS and key not in person_parts and span.qualifier is None:
            if span.label != "GPE" and span.end - span.start > 1:
                continue  # a multi-word PERSON or ORG is a person or an organisation
            candidates.setdefault(key, []).append(span)
    if not candidates:
        return states
    surfaces = {key: _surface(ctx, spans) for key, spans in candidates.items()}
    # demonyms built on a candidate name
    for norp in norps:
        match = _demonym_base(norp, [k for k in candidates if " " not in k])
        if match:
            states.names[match] = surfaces[match]
            states.demonyms[norp] = surfaces[match]
    # textual evidence, twice so coordination with a state found in the first pass counts
    for _ in range(2):
        for key, spans in candidates.items():
            if key in states.names:
                continue
            strong = any(span.label != "ORG" for span in spans)
            if any(_state_evidence(ctx, span, states, strong) for span in spans):
                states.names[key] = surfaces[key]
    _capitals_named(ctx, states)
    return states


def _surface(ctx: Context, spans: list[Span]) -> str:
    """How the article writes a name: the first occurrence not in capitals ("Halvik", not "HALVIK")."""
    texts = [ctx.span_text(s.start, s.end) for s in spans]
    for text in texts:
        if not text.isupper():
            return text
    return texts[0].title()


def _demonym_base(norp: str, names: list[str]) -> str | None:
    exact = [n for n in names if norp in (n + "n", n + "an", n + "ian", n + "ese", n + "i") or norp[:-1] == n]
    if len(exact) == 1:
        return exact[0]
    for suffix in _DEMONYM_SUFFIXES:
        if norp.endswith(suffix) and len(norp) - len(suffix) >= 4:
            stem = norp[: -len(suffix)]
            found = [n for n in names if n.startswith(stem)]
            if len(found) == 1:
                return found[0]
            return None
    return None


def _state_evidence(ctx: Context, span: Span, states: States, strong: bool) -> bool:
    """Whether this occurrence shows a state. ``strong`` is False for a name only ever tagged ORG: then a
    possessed government or minister does not count ("the Taliban government" is an organisation's)."""
    s, e = span.start, span.end
    lower, words = ctx.lower, ctx.words
    # "Kestovia's Defence Minister", "Lusmark's government"
    if strong and e + 1 < ctx.n and lower[e] in POSSESSIVES and lower[e] != "s":
        for j in range(e + 1, min(e + 4, ctx.n)):
            if lower[j] in STATE_POSSESSIONS:
                return True
            if not words[j][:1].isalpha():
                break
    # "Lusmark government", "Kestovian embassy" is handled by demonyms
    if strong and e < ctx.n and lower[e] in ("government", "authorities"):
        return True
    # "northern Lusmark", "neighbouring Lusmark"
    if s > 0 and lower[s - 1] in STATE_NEIGHBOURS:
        return True
    # dateline "MIRRIN, Ostmaren —"
    if s >= 2 and words[s - 1] == "," and ctx.para_start[s - 2] and words[s - 2].isupper() \
            and e < ctx.n and words[e] in ("—", "–", "-", "--"):
        return True
    # "Brennmark-Kestovia"
    if s >= 2 and words[s - 1] == "-" and states.state_of(ctx.span_text(s - 2, s - 1)):
        return True
    if e + 1 < ctx.n and words[e] == "-" and states.state_of(words[e + 1]):
        return True
    # coordination with a state: "between Kestovia and Brennmark"
    if span.label == "GPE":
        root = e - 1
        linked = [ctx.head[root]] if ctx.dep[root] == "conj" else []
        linked += [k for k in ctx.kids[root] if ctx.dep[k] == "conj"]
        for other in linked:
            if states.name(ctx.words[other]):
                return True
    return False


def _capitals_named(ctx: Context, states: States) -> None:
    """"the Seravian capital, Talverno" / "Talverno, the Seravian capital" → Talverno is Seravia's capital."""
    for i, word in enumerate(ctx.lower):
        if word != "capital" or i == 0:
            continue
        owner = states.state_of(ctx.words[i - 1])
        if owner is None:
            continue
        det = i - 2 if i >= 2 and ctx.lower[i - 2] == "the" else i - 1
        city = None
        if i + 2 < ctx.n and ctx.words[i + 1] == "," and (i + 2) in ctx.span_at:
            span = ctx.span_at[i + 2]
            city = ctx.span_text(span.start, span.end)
        elif det >= 2 and ctx.words[det - 1] == "," and (det - 2) in ctx.span_at:
            span = ctx.span_at[det - 2]
            city = ctx.span_text(span.start, span.end)
        if city and not states.name(city):
            states.capitals.setdefault(fold(city), owner)


def stands_for_government(ctx: Context, span: Span) -> bool:
    """Whether a capital is used for its government ("Kabul blocked it") rather than as a place."""
    s, e = span.start, span.end
    root = e - 1
    dep, head = ctx.dep[root], ctx.head[root]
    if ctx.para_start[s] and e < ctx.n and ctx.words[e] in (",", "—", "–", "-", "("):
        return False  # dateline "Islamabad, Pakistan –"
    if e + 1 < ctx.n and ctx.words[e] == "," and ctx.words[e + 1][:1].isupper() \
            and gazetteer().state(ctx.words[e + 1]):
        return False  # "Islamabad, Pakistan"
    if dep == "pobj":
        prep = ctx.lower[head]
        if prep in LOCATIVE_PREPS:
            return False
        if prep in ("to", "from") and ctx.lemma[ctx.head[head]] in MOTION_VERBS:
            return False
        if prep == "of" and ctx.lemma[ctx.head[head]].lower() in PLACE_NOUNS:
            return False
    if dep == "dobj" and ctx.lemma[head] in PLACE_VERBS:
        return False
    if dep == "appos" or ctx.lower[head] in ("city", "town"):
        return False
    if dep == "compound" and ctx.lower[head] in EVENT_NOUNS:
        # a venue ("the Istanbul talks") unless coordinated with another party ("Kabul and Islamabad talks")
        return any(ctx.dep[k] == "conj" for k in ctx.kids[root]) or ctx.dep[root] == "conj"
    if dep == "conj" and ctx.dep[head] == "compound" and ctx.lower[ctx.head[head]] in EVENT_NOUNS:
        return True
    return True
