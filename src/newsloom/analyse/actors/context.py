"""What every step reads from one parse, computed once: token attributes as plain lists (spaCy attribute
access is slow in loops), sentences, quotations, and the named-entity spans cleaned of the model's usual
slips (a leading "the", a possessive, a dateline, a title word taken for an organisation, "the Afghan" +
"Taliban" split in two).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import gazetteer, fold
from .lexicon import DETERMINERS, POSSESSIVES, TITLE_WORDS

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_DASHES = frozenset({"—", "–", "--", "―"})
_QUOTE = re.compile(r"[\"“”]")
_DEMONYM_ENDING = re.compile(r"(?:ian|an|ish|ese|i|ic)$")


@dataclass(slots=True)
class Span:
    """A cleaned entity span, in token indices; ``qualifier`` is the token range of a demonym that was
    merged into an organisation name ("Afghan" in "Afghan Taliban")."""

    start: int
    end: int
    label: str
    qualifier: tuple[int, int] | None = None


@dataclass(slots=True)
class M:
    """A mention candidate in token indices, tied to a cluster by ``key``."""

    start: int
    end: int
    kind: str
    label: str
    key: str


@dataclass(slots=True)
class Cluster:
    key: str
    kind: str
    name: str | None = None
    gender: str | None = None
    roles: list = field(default_factory=list)  # titles.RoleHit


class Context:
    def __init__(self, doc) -> None:
        self.doc = doc
        self.text = doc.text
        tokens = list(doc)
        self.n = len(tokens)
        self.words = [t.text for t in tokens]
        self.lower = [t.lower_ for t in tokens]
        self.tag = [t.tag_ for t in tokens]
        self.dep = [t.dep_ for t in tokens]
        self.head = [t.head.i for t in tokens]
        self.lemma = [t.lemma_ or t.lower_ for t in tokens]  # a pipeline without lemmatizer still works
        self.idx = [t.idx for t in tokens]
        self.kids: list[list[int]] = [[] for _ in tokens]
        for i, h in enumerate(self.head):
            if h != i:
                self.kids[h].append(i)
        self.sent_of = [0] * self.n
        self.sents: list[tuple[int, int]] = []
        try:
            sentences = list(doc.sents)
        except ValueError:  # no parser or sentencizer: the article is one sentence
            sentences = [doc[:]]
        for number, sent in enumerate(sentences):
            self.sents.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = number
        self.para_start = [False] * self.n
        previous_end = 0
        for i in range(self.n):
            if i == 0 or "\n" in self.text[previous_end:self.idx[i]] or (
                    "\n" in self.words[i - 1] and self.words[i - 1].isspace()):
                self.para_start[i] = not self.words[i].isspace()
            previous_end = self.idx[i] + len(self.words[i])
        self.quoted = self._quoted()
        self.spans = clean_spans(self, doc)
        self.span_at: dict[int, Span] = {}
        for span in self.spans:
            for i in range(span.start, span.end):
                self.span_at[i] = span

    def chars(self, start: int, end: int) -> tuple[int, int]:
        return self.idx[start], self.idx[end - 1] + len(self.words[end - 1])

    def span_text(self, start: int, end: int) -> str:
        a, b = self.chars(start, end)
        return self.text[a:b]

    def _quoted(self) -> list[bool]:
        """Whether each token is inside a quotation (quotes reset at each paragraph)."""
        spans, opened = [], None
        for match in _QUOTE.finditer(self.text):
            char, at = match.group(), match.start()
            if opened is not None and "\n" in self.text[opened:at]:
                opened = None
            if char == "“" or (char == '"' and opened is None):
                opened = at
            elif opened is not None:
                spans.append((opened, at))
                opened = None
        mask, k = [False] * self.n, 0
        for i, start in enumerate(self.idx):
            while k < len(spans) and spans[k][1] < start:
                k += 1
            mask[i] = k < len(spans) and spans[k][0] < start < spans[k][1]
        return mask


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def clean_spans(ctx: Context, doc) -> list[Span]:
    gaz = gazetteer()
    spans: list[Span] = []
    for ent in doc.ents:
        label = ent.label_
        if label not in ACTOR_LABELS:
            continue
        start, end = ent.start, ent.end
        if label == "PERSON" and ctx.lower[start] in DETERMINERS:
            continue  # "the Hallen Dam": a person's name does not start with "the"
        while start < end and (ctx.lower[start] in DETERMINERS or not ctx.words[start][:1].isalnum()):
            start += 1
        while end > start and (ctx.lower[end - 1] in POSSESSIVES or not ctx.words[end - 1][-1:].isalnum()):
            end -= 1
        piece = start
        for i in range(start, end + 1):
            if i == end or ctx.words[i] in _DASHES:
                if i > piece:
                    spans.append(Span(piece, i, label))
                piece = i + 1
    kept: list[Span] = []
    for span in spans:
        words = ctx.lower[span.start:span.end]
        if all(w in TITLE_WORDS for w in words):
            continue  # ORG "Defense" out of "Defense Minister"
        if _dateline(ctx, span):
            continue
        kept.append(span)
    merged: list[Span] = []
    for span in kept:
        if merged and span.label == "ORG" and merged[-1].end == span.start:
            prior = merged[-1]
            prior_text = fold(ctx.span_text(prior.start, prior.end))
            demonym = prior.end - prior.start == 1 and (
                prior.label == "NORP" or prior_text in gaz.demonyms or _DEMONYM_ENDING.search(prior_text))
            if demonym and prior.label in ("NORP", "ORG"):
                merged[-1] = Span(prior.start, span.end, "ORG", (prior.start, prior.end))
                continue
        merged.append(span)
    return merged


def _dateline(ctx: Context, span: Span) -> bool:
    """"HALVIK –", "BREKKA, Lusmark —": an upper-case place opening a paragraph is a dateline."""
    if not ctx.para_start[span.start]:
        return False
    text = ctx.span_text(span.start, span.end)
    after = ctx.words[span.end] if span.end < ctx.n else ""
    return text.isupper() and len(text) > 3 and (after in _DASHES or after in (",", "-"))
