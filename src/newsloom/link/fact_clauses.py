"""Cutting an article's sentences into the pieces, clauses and phrases that facts are made of.

A sentence often states several facts ("Talks collapsed in Talverno two days after …"), and outlets word each
on its own, so units must be smaller than sentences. Blank-line breaks inside a parser sentence are sentence
breaks (a heading glued to the first sentence); a dateline ("HALVIK – ") or a label ("In brief:") is cut off;
boilerplate-like pieces (credits, sign-up prompts, update and correction notes) are left out. A piece is cut into
clauses along its stored dependency parse (never a new parse): adverbial clauses with their own subject ("two
days after talks … collapsed in Talverno"; a condition, "if …", stays with its clause), coordinated clauses with
their own subject (a coordinated count stays with its report unless it closes the sentence) and relative
clauses (with their antecedent: "talks which collapsed on March 4"). A clause with fewer than
:data:`MIN_CONTENT_WORDS` content words stays with its sentence. Noun phrases that state something of a named
thing ("a second round of discussions in Istanbul, mediated by Turkey and Qatar") are extra *phrase* units.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

Span = tuple[int, int]

#: A unit needs at least this many content words (nouns, verbs, adjectives, numbers, names).
MIN_CONTENT_WORDS = 4
#: Subordinators dropped from the front of a clause cut out of its sentence ("after talks … collapsed").
SPLIT_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "because", "following", "until",
                         "once", "although", "though", "whereas"})
VAGUE_COUNTS = frozenset({"dozens", "dozen", "hundreds", "thousands", "scores", "several", "many", "some", "few"})
CONDITIONS = frozenset({"if", "unless", "whether", "than", "lest", "provided"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})

BOILERPLATE = re.compile(
    r"reporting by|editing by|writing by|contributed to (?:this|the) report|this (?:story|article|report) "
    r"(?:has been|was|is)|an earlier version|correction:|sign up|subscribe|newsletter|download|cookie|"
    r"all rights reserved|©|copyright|follow us|read more|leave a (?:reply|comment)|email address|"
    r"required fields|share this|click here|\bapp\b|terms of (?:use|service)|privacy policy|advertisement|"
    r"sponsored|most read|related articles|have your say|comments? \(\d+\)|stay (?:on top|updated)",
    re.I)
DATELINE = re.compile(r"^(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s[A-Z][a-z]+"
                      r"(?:\s[A-Z][a-z]+)?)(?:,\s[A-Z][\w .]{1,30}?)?\s*[–—-]\s+")
LABEL = re.compile(r"^(?:in brief|summary|update|updated|breaking|analysis|exclusive)\s*:\s*", re.I)
QUOTE_MARKS = "\"'“”‘’«»„"


def sentence_pieces(text: str, start: int, end: int) -> Iterable[Span]:
    """``text[start:end]`` split at blank lines, each piece stripped of space, quote marks, datelines, labels."""
    chunk = text[start:end]
    offset = 0
    for part in re.split(r"(\n\s*\n)", chunk):
        s, e = start + offset, start + offset + len(part)
        offset += len(part)
        if not part.strip() or re.fullmatch(r"\n\s*\n", part):
            continue
        while s < e and (text[s].isspace() or text[s] in QUOTE_MARKS):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        for pattern in (LABEL, DATELINE):
            m = pattern.match(text, s, e)
            if m:
                s = m.end()
                while s < e and (text[s].isspace() or text[s] in QUOTE_MARKS):
                    s += 1
        if e > s:
            yield s, e


def _is_content(token) -> bool:
    return (token.pos_ in CONTENT_POS or token.like_num) and not token.is_stop and not token.is_punct \
        and not token.is_space


def content_count(tokens) -> int:
    return sum(1 for t in tokens if _is_content(t))


def _split_heads(piece: list) -> list:
    """Clause heads to cut out of a piece (see the module docstring)."""
    inside = {t.i for t in piece}
    roots = [t for t in piece if t.head.i == t.i or t.head.i not in inside]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    main = verbs[0] if verbs else max(roots, key=lambda t: (sum(1 for x in t.subtree if x.i in inside), -t.i))
    heads = []
    for token in piece:
        if token.i == main.i or token.pos_ not in ("VERB", "AUX"):
            continue
        has_subject = any(c.dep_ in SUBJECTS for c in token.children)
        if token.head.i == token.i or token.head.i not in inside:
            ok = has_subject  # a second root: the parser joined this to a heading outside the piece
        elif token.dep_ == "advcl":  # a clause of its own, unless it is a condition ("if …") or a comparison
            ok = has_subject and not any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITIONS
                                         for c in token.children)
        elif token.dep_ == "conj":
            # a count coordinated into a report ("… died and about 1,200 were evacuated …, officials said") stays
            # with it, unless it closes the sentence ("Fourteen are dead, and … 11 more are still missing.")
            counted = any(c.dep_ in SUBJECTS and (c.like_num or c.lower_ in VAGUE_COUNTS
                                                  or any(g.dep_ == "nummod" for g in c.children))
                          for c in token.children)
            last = max((t.i for t in piece if not t.is_punct), default=token.i)
            closes = max(t.i for t in token.subtree if t.i in inside) >= last
            ok = has_subject and token.head.pos_ in ("VERB", "AUX") and (not counted or closes)
        elif token.dep_ == "relcl":
            ok = token.head.pos_ in ("NOUN", "PROPN")
        else:
            ok = False
        if ok and content_count([t for t in token.subtree if t.i in inside]) >= MIN_CONTENT_WORDS:
            heads.append(token)
    return heads


def split_clauses(piece: list) -> list[list]:
    """The piece's tokens grouped by clause: the main clause first, then each cut-out clause."""
    inside = {t.i: t for t in piece}
    heads = _split_heads(piece)
    while True:
        head_ids = {h.i for h in heads}

        def owner(token) -> int:
            node = token
            while True:
                if node.i in head_ids:
                    return node.i
                if node.head.i == node.i or node.head.i not in inside:
                    return -1
                node = node.head

        groups: dict[int, list] = {}
        for token in piece:
            groups.setdefault(owner(token), []).append(token)
        small = [h for h in heads if content_count(groups.get(h.i, [])) < MIN_CONTENT_WORDS]
        if content_count(groups.get(-1, [])) < MIN_CONTENT_WORDS - 1 and heads:
            return [piece]  # the main clause would be left with nothing of its own: keep the piece whole
        if not small:
            break
        heads = [h for h in heads if h not in small]
    out = [groups.get(-1, [])]
    for head in heads:
        tokens = groups.get(head.i, [])
        if head.dep_ == "relcl":  # "talks, which collapsed on March 4": the antecedent belongs to the clause
            antecedent = [t for t in head.head.subtree if t.i in inside and (t.i == head.head.i or (
                t.dep_ in ("compound", "amod") and t.head.i == head.head.i))]
            tokens = sorted(antecedent + tokens, key=lambda t: t.i)
        out.append(tokens)
    return [g for g in out if g]


def trim_tokens(tokens: list, clause: bool) -> list:
    """Drop leading/trailing punctuation and conjunctions (and, from a cut-out clause, its subordinator)."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"
                      or (clause and (tokens[0].dep_ == "mark" or tokens[0].lower_ in SPLIT_MARKS))):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or (tokens[-1].is_punct and tokens[-1].text not in ".!?”\"’")
                      or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def tokens_text(tokens: Sequence) -> str:
    """Text of tokens in order; a gap where tokens were cut out becomes one space."""
    out: list[str] = []
    for k, token in enumerate(tokens):
        out.append(token.text)
        if k + 1 < len(tokens):
            out.append(token.whitespace_ if tokens[k + 1].i == token.i + 1 else " ")
    text = re.sub(r"\s+", " ", "".join(out))
    text = re.sub(r"(?:\s*,)+\s*(?=[.!?]?$)", "", text)  # "… the border, and ." → "… the border"
    text = re.sub(r"\s*,(?:\s*,)+", ",", text)
    text = re.sub(r"(?:,|\band)\s*([.!?])$", r"\1", text.strip())
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return text.strip(" ,;:–—-" + QUOTE_MARKS.replace("”", "").replace("’", ""))



#: Modifiers that make a noun phrase state something: "the mediating parties, namely Qatari and Turkish
#: officials", "talks in Istanbul, mediated by Turkey and Qatar", "mediator countries Qatar and Turkey".
_CLAUSAL = frozenset({"relcl", "advcl", "ccomp", "csubj", "parataxis"})


def stating_phrases(tokens: list) -> list[list]:
    """Noun phrases of a clause that state a fact of their own (an appositive, a participle, a verbal adjective,
    a common-noun title before a name), as token lists; never the whole clause."""
    ids = {t.i for t in tokens}
    out = []
    for noun in tokens:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "amod", "poss", "appos", "conj"):
            continue
        kids = [c for c in noun.children if c.i in ids]
        states = any(c.dep_ == "appos" for c in kids) \
            or any(c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBG") for c in kids) \
            or any(c.dep_ == "amod" and c.pos_ == "VERB" for c in kids) \
            or (noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower
                                             for c in kids))
        if not states:
            continue
        phrase, stack = [], [noun]
        while stack:
            node = stack.pop()
            phrase.append(node)
            stack.extend(c for c in node.children if c.i in ids and c.dep_ not in _CLAUSAL)
        phrase = trim_tokens(sorted(phrase, key=lambda t: t.i), clause=True)
        if 3 <= content_count(phrase) and len(phrase) <= 25 and len(phrase) < len(tokens) - 2:
            out.append(phrase)
    return out

