"""Denial and negation of a clause, and the scope of what it denies.

A denial ("denied that …", "… are non-existent", "there were no strikes") must never be grouped with the
statement it denies, and is what the contradiction finder sets against it; a negated predicate ("did not
respond") conflicts only with the same predicate. So both are read from the parse, with the words of what is
denied, and a negation inside a condition, a question or a noun's modifier does not count.
"""
from __future__ import annotations

from typing import Sequence

#: Objects whose rejection is a denial ("rejected the reports").
DENIED_OBJECTS = frozenset({"report", "claim", "allegation", "accusation", "account", "story", "rumour", "rumor"})
#: Words that call what they describe untrue ("… are non-existent", "called the reports fabricated").
DISMISSIVE = frozenset({"non-existent", "nonexistent", "fabricated", "baseless", "untrue", "unfounded"})


def _on_spine(verb, ids: set[int]) -> bool:
    """Whether ``verb`` is the clause's own predicate or a complement of it ("said [that they had not …]"), not
    a verb of a condition, a question or a modifier."""
    node = verb
    while True:
        if any(c.lower_ in ("if", "unless", "whether") for c in node.children):
            return False
        if node.head.i == node.i or node.head.i not in ids:
            return True
        if node.dep_ not in ("ccomp", "xcomp", "conj", "parataxis", "aux", "auxpass"):
            return False
        node = node.head


def negation(tokens: Sequence) -> tuple[bool, bool]:
    """``(denial, negated)`` of a clause: a denial says that something did not happen or is not so ("denied
    that …", "… are non-existent", "no strikes", "no operation", "called the reports fabricated"); a clause is
    negated when it is a denial or its own predicate is negated ("did not cross"). A negation inside a condition,
    a question or a noun's modifier does not count."""
    ids = {t.i for t in tokens}
    denial = _denial(tokens, ids)
    negated = denial or any(t.dep_ == "neg" and t.head.i in ids and _on_spine(t.head, ids) for t in tokens)
    return denial, negated


#: Subjects that only point back to what was said before ("Both things are non-existent").
ANAPHORIC = frozenset({"it", "this", "that", "these", "those", "they", "thing", "both", "claim", "report",
                       "allegation", "accusation", "story", "all"})


def denial_scope(tokens: Sequence) -> list:
    """The tokens of what a denial or negation denies: the complement of "deny", the clause of "no X" or of a
    negated verb, the subject of "… are non-existent" (the whole clause when that subject only points back:
    "Both things are non-existent", after "whether Pakistan was denying both the airstrikes and …")."""
    ids = {t.i for t in tokens}
    scope: dict[int, object] = {}

    def add(node) -> None:
        for t in node.subtree:
            if t.i in ids:
                scope[t.i] = t

    for token in tokens:
        lemma, lower = token.lemma_.lower(), token.lower_
        if lemma in ("deny", "reject", "dismiss", "refute") and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ in ("ccomp", "dobj", "xcomp") and child.i in ids:
                    add(child)
        elif lower in DISMISSIVE:
            head = token.head if token.dep_ in ("acomp", "attr", "oprd", "amod") else token
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i in ids]
            if token.dep_ == "amod":
                subjects = [token.head]
            if not subjects or all(s.lemma_.lower() in ANAPHORIC or s.pos_ == "PRON" for s in subjects):
                return list(tokens)
            for subject in subjects:
                add(subject)
        elif (lower == "no" and token.dep_ == "det") or lower == "none":
            add(token.head.head if token.dep_ == "det" and token.head.head.i in ids else token.head)
        elif token.dep_ == "neg" and token.head.i in ids:
            add(token.head)
    return [scope[i] for i in sorted(scope)] or list(tokens)


def _denial(tokens: Sequence, ids: set[int]) -> bool:
    """Whether the clause says that something did not happen or is not so (see :func:`negation`)."""
    for token in tokens:
        lemma = token.lemma_.lower()
        lower = token.lower_
        if lemma == "deny" and token.pos_ == "VERB":
            return True
        if lower in DISMISSIVE:
            return True
        if lemma in ("reject", "dismiss", "refute") and any(c.lemma_.lower() in DENIED_OBJECTS
                                                           for c in token.children):
            return True
        if (lower == "no" and token.dep_ == "det") or (lower == "none" and token.dep_ != "det"):
            head = token.head if token.dep_ == "det" else token
            if head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "appos") and head.head.i in ids \
                    and _on_spine(head.head, ids):
                return True
    return False

