"""Attributions read from the dependency parse: a cue (verb of saying, thinking or finding, "according to"),
the subject that is its speaker, and the clause, object or quotation that is its content.

The parse is read the way a reader reads the sentence: the content of "said" is its clausal complement, what
follows its colon, the clause it interrupts ("The talks, he said, failed") or a quotation beside it; the
speaker is its subject, or the subject of the verb it hangs from ("..., adding that"), or the object of
"according to".
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
from spacy.strings import hash_string

from .lexicon import (ADDRESSEE_VERBS, OBJECT_CONTENT, PASSIVE_OK, PREP_CONTENT, RELATIVE, SAY_VERBS,
                      TARGET_OBJECT, THINK_VERBS, XCOMP_CONTENT)
from .view import View

_VBG = np.uint64(hash_string("VBG"))
_ADVCL, _XCOMP, _CONJ, _RELCL = (np.uint64(hash_string(d)) for d in ("advcl", "xcomp", "conj", "relcl"))
_CLIMB = ("advcl", "xcomp", "conj", "pcomp", "prep", "acl")

@dataclass
class Attribution:
    """One cue with its speaker token and content token ranges (``[a, b)``), before kinds and actors."""

    cue: tuple[int, int]
    speaker: int | None
    content: list[tuple[int, int]]
    how: str
    lemma: str = ""
    clause: tuple[int, int] = (0, 0)  # tokens of the attribution itself (cue, speaker and their modifiers)


def _edges(token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def subject(token, depth: int = 0, quoted=None):
    """The speaker token of cue ``token`` (``None`` when there is none) and whether the cue is passive.
    ``quoted(i)`` tells whether token ``i`` is inside a quotation: a speaker never is."""
    passive = False
    children = [c for c in token.children if quoted is None or not quoted(c.i)]
    for child in children:
        dep = child.dep_
        if dep in ("nsubj", "csubj", "expl"):
            if child.lower_ in RELATIVE and token.dep_ == "relcl":
                return token.head, False
            if dep == "expl":
                return None, True
            return child, False
        if dep == "nsubjpass":
            passive = True
            if depth:  # "X was quoted as saying": the passive subject of the verb climbed to speaks
                return child, False
    if passive:
        for child in children:
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand, False
        return None, True
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head, False  # "a statement saying that ..."
    if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return token.head, False
    if token.dep_ == "xcomp" and token.head.i != token.i:
        for child in token.head.children:  # "prompting Afghan authorities to condemn": the object speaks
            if child.dep_ in ("dobj", "dative") and child.i < token.i and (quoted is None or not quoted(child.i)):
                return child, False
    if token.dep_ in _CLIMB and depth < 3 and token.head.i != token.i:
        return subject(token.head, depth + 1, quoted)
    return None, False


def _clipped(view: View, head) -> tuple[int, int]:
    """The subtree of complement ``head`` less a tail that belongs to the reporter, not the speaker: a
    participial clause after a comma ("..., arguing that"), a second verb of saying ("... and warned"), a
    non-restrictive relative clause on the last noun ("..., who has not been charged")."""
    a, b = _edges(head)
    if view.region_of[a] >= 0 or view.region_of[b - 1] >= 0:
        return a, b
    doc = view.doc
    heads = view.head[a + 1:b]
    deps = view.dep[a + 1:b]
    hits = np.flatnonzero((view.tag[a + 1:b] == _VBG) & ((deps == _ADVCL) | (deps == _XCOMP) | (deps == _CONJ))
                          & (view.region_of[a + 1:b] < 0) & (heads >= a) & (heads < b))
    for k in hits.tolist():
        t = doc[a + 1 + k]
        if t.left_edge.i > a and doc[t.left_edge.i - 1].text == ",":
            return a, t.left_edge.i - 1
    for child in head.rights:
        if child.dep_ == "conj" and child.i in view.cue_set and (not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in child.children) or doc[child.left_edge.i - 1].dep_ == "cc"):
            cut = child.left_edge.i
            while cut > a and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return a, cut
    node = head
    for _ in range(12):
        rights = [c for c in node.rights if not c.is_punct]
        if not rights:
            break
        node = rights[-1]
        if node.dep_ == "relcl" and doc[node.left_edge.i - 1].text == "," and \
                doc[node.left_edge.i].lower_ in ("who", "which", "whose"):
            return a, node.left_edge.i - 1
    return a, b


def _content_children(view: View, token, lemma: str) -> list[tuple[int, int]]:
    """Token ranges of the complements of ``token`` that carry what was said."""
    ranges = []
    has_clause = any(c.dep_ == "ccomp" for c in token.children)
    for child in token.children:
        dep = child.dep_
        if child.i < token.i and (dep != "ccomp" or lemma not in SAY_VERBS or any(
                g.dep_ == "mark" and g.lower_ not in ("that",) for g in child.children)):
            continue  # what was said stands after the verb, or before it only as a clause of saying
        if dep == "ccomp":
            if child.i in view.cue_set and child.i > token.i and token.doc[child.left_edge.i - 1].dep_ == "cc" \
                    and any(g.dep_ == "nsubj" for g in child.children):
                continue  # "denied X, and the embassy called Y": a second statement, by someone else
            ranges.append(_clipped(view, child))
        elif dep == "xcomp" and lemma in XCOMP_CONTENT:
            ranges.append(_clipped(view, child))
        elif dep == "dobj" and child.lower_ in ("what", "which", "whom"):
            return []  # "what he called “a con”": a label inside someone else's sentence
        elif dep in ("dobj", "oprd") and lemma in OBJECT_CONTENT and lemma not in TARGET_OBJECT and not (
                lemma in ADDRESSEE_VERBS and (has_clause or dep == "dobj" and _has_xcomp(token))):
            if child.lower_ in ("it", "this", "that", "so") and not has_clause:
                continue
            ranges.append(_clipped(view, child))
        elif dep in ("xcomp", "oprd", "attr", "acomp") and lemma == "call" and any(
                c.dep_ == "dobj" for c in token.children):
            ranges.append(_edges(child))  # called him "a master"
        elif dep == "prep" and (child.lower_ in PREP_CONTENT.get(lemma, ()) or (
                child.lower_ in ("as", "for") and lemma in OBJECT_CONTENT and lemma not in TARGET_OBJECT
                and any(c.dep_ == "dobj" for c in token.children))):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            for g in objects:
                ranges.append(_edges(g))
        elif dep == "dobj" and view.region_of[child.i] >= 0 and lemma in SAY_VERBS:
            ranges.append(_edges(child))  # Trump declared “I think ...”
    return _bridge(token, sorted(ranges))


def _bridge(token, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join complements parted only by the cue's own preposition: "criticized [the law] as [a crazy system]"."""
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        if out and a > out[-1][1] and all(t.head.i == token.i and t.dep_ in ("prep", "punct", "advmod")
                                          for t in token.doc[out[-1][1]:a]) and a - out[-1][1] <= 2:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _has_xcomp(token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") for c in token.children)


def _colon_after(view: View, token) -> int | None:
    """Index of a colon right after the cue and its adverbials ("said hours ago:", "told reporters:")."""
    k = bisect.bisect_right(view.colons, token.i)
    if k >= len(view.colons) or view.colons[k] > token.i + 11:
        return None
    colon = view.colons[k]
    text, start, end = view.text, view.start, view.end
    for i in range(token.i + 1, colon):
        if text[start[i]:end[i]] in (".", ";", "?", "!") or view.region_of[i] >= 0:
            return None
    for child in token.rights:
        if child.i < colon and child.dep_ in ("ccomp", "parataxis"):
            return None  # the content began without a colon
    return colon


def _after_colon(view: View, colon: int) -> list[tuple[int, int]]:
    """Content after a colon: the quotation that opens there, else the rest of the sentence (or the next
    sentence in the paragraph, when the parser ended the sentence at the colon)."""
    i = colon + 1
    if i >= view.n:
        return []
    if view.region_of[i] >= 0:
        return [view.region_tokens[int(view.region_of[i])]]
    a, b = view.sentence(colon)
    if b <= i:
        return []
    if b - i <= 1 or (b == colon + 1):
        nxt = view.sentence_range(int(view.sent_of[colon]) + 1)
        return [nxt] if nxt else []
    if i < b and view.sent_of[i] != view.sent_of[colon]:
        return [view.sentence(i)]
    return [(i, b)]


_ADJUNCTS = ("npadvmod", "prep", "advmod", "dobj", "dative", "agent", "prt", "nsubj", "neg", "aux", "pobj")


def _interrupting(view: View, token, speaker) -> list[tuple[int, int]]:
    """"X failed, sources said." / "The talks, he said, failed." / "..., said Hester.": the attribution
    stands after a comma (or quotation) at the end of its sentence, or between two commas; the rest of the
    sentence is what was said. Read from the word order, which holds where the parse of such sentences slips."""
    a, b = view.sentence(token.i)
    if token.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "cc", "advcl", "mark", "ccomp") and c.i < token.i for c in token.children):
        return []  # "..., and if it is repeated, Pakistan will respond." is a sentence, not an attribution
    lo = token.i if speaker is None else min(token.i, speaker.left_edge.i)
    if lo > a and view.doc[lo - 1].lower_ == "as":
        lo -= 1  # "..., as one adviser pointed out, ..."
    hi = token.i + 1
    for child in token.rights:
        if child.dep_ not in _ADJUNCTS or child.text == ",":
            break
        hi = child.right_edge.i + 1
    if speaker is not None and speaker.i > token.i:
        hi = max(hi, speaker.right_edge.i + 1)
    if lo <= a + 1 or not _is_break(view.doc[lo - 1]):
        return []
    k = lo - 1
    while k > a and view.doc[k].text in (",", "—", "–", "―", "--") and view.region_of[k] < 0:
        k -= 1
    if view.region_of[k] >= 0:
        return [view.region_tokens[int(view.region_of[k])]]  # “...,” he said: what was said is the quotation
    rest = [t for t in view.doc[hi:b] if not (t.is_punct or t.is_space)]
    before = [] if view.doc[a].lower_ in _SUBORDINATORS else [(a, lo - 1)]
    if not rest:
        return before
    if view.doc[hi].text in (",", ":") and hi + 1 < b and view.region_of[hi + 1] >= 0:
        return [view.region_tokens[int(view.region_of[hi + 1])]]  # "When asked, he said, “...”"
    if not before:
        return []
    if view.doc[hi].text == "," and hi + 1 < b:
        if view.doc[hi + 1].dep_ == "cc" or view.doc[hi + 1].lower_ in ("and", "but", "or", "so", "while") \
                or view.doc[hi + 1].tag_ == "VBG" or view.doc[hi + 1].lower_ in ("not", "even"):
            return [(a, lo - 1)]  # "..., he said, and soon ...": what follows is the reporter's
        return [(a, lo - 1), (hi + 1, b)]
    return []


_SUBORDINATORS = frozenset("when while if after before because as since although though once until unless "
                           "whenever where whether".split())


def _is_break(token) -> bool:
    return token.text in (",", "—", "–", "―", "--", ";") or token.is_quote


def _word_before(view: View, i: int):
    """The name or pronoun right before a cue the parser left without a subject ("In a Bloomberg interview
    Trump declared", where "Trump" was read as the object of "In")."""
    doc = view.doc
    k = i - 1
    while k >= 0 and (doc[k].dep_ in ("advmod", "aux", "neg") and doc[k].pos_ in ("ADV", "AUX", "PART")
                      or doc[k].ent_type_ in ("DATE", "TIME") or doc[k].pos_ == "ADP"):
        k -= 1  # "Dravetz on Thursday warned"
    if k < 0 or view.sent_of[k] != view.sent_of[i] or view.region_of[k] >= 0:
        return None
    t = doc[k]
    if t.tag_ in ("NNP", "NNPS") or (t.tag_ == "PRP" and t.lower_ in ("he", "she", "they", "it")):
        return t
    return None


def _name_before(doc, k: int):
    """The name or noun just before a date the parser took for a subject, prepositions skipped."""
    k -= 1
    while k >= 0 and doc[k].pos_ in ("ADP", "DET") and doc[k].sent_start != 1:
        k -= 1
    return doc[k] if k >= 0 and doc[k].pos_ in ("PROPN", "NOUN") else None


def _subject_in_paragraph(view: View, i: int):
    """The speaker when the parser ran a sentence over a paragraph break and took its subject from the
    paragraph before: the last nominal before the cue, in the cue's paragraph, that hangs outside it."""
    doc = view.doc
    paragraph = view.para_of[i]
    first = i
    while first > 0 and view.para_of[first - 1] == paragraph:
        first -= 1
    best = None
    for k in range(first, i):
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN", "PRON") and not (first <= t.head.i < i and t.head.i != k):
            best = t
    return best


def _according(view: View, token) -> Attribution | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        nxt = view.doc[token.i + 1] if token.i + 1 < view.n else None
        if nxt is None or nxt.lower_ != "to":
            return None
        to = nxt
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is not None and source.lower_ in ("what", "which", "whom"):
        return None
    head = token.head
    if head.i == token.i or head.i == to.i:
        return None
    while head.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") and head.head.i != head.i \
            and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    a, b = _edges(head)
    left, right = token.i, max(_edges(to)[1], token.right_edge.i + 1)
    pieces = [(x, y) for x, y in ((a, left), (right, b)) if y > x]
    return Attribution((token.i, to.i + 1), source.i if source is not None else None, pieces, "according",
                       "according", (left, right))


def _adjacent_region(view: View, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """A quotation right before or right after the attribution clause, only punctuation between."""
    a, b = clause
    text_a, text_b = view.chars(a, b)
    for number, region in enumerate(view.regions):
        ra, rb = view.region_tokens[number]
        if rb <= a and view.para_of[ra] == view.para_of[a] and view.between_is_blank(region.end, text_a):
            if view.sent_of[rb - 1] >= view.sent_of[a] - 1:
                return [(ra, rb)]
        if ra >= b and view.para_of[ra] == view.para_of[b - 1] and view.between_is_blank(text_b, region.start):
            if text_b < region.start and (view.text[text_b:region.start].strip() in (",", ":", ", ", "")):
                return [(ra, rb)]
    return []


def attribution_at(view: View, i: int) -> Attribution | None:
    """The attribution whose cue is token ``i`` (a candidate from the view), or ``None``."""
    token = view.doc[i]
    if token.lower_ == "according":
        return _according(view, token)
    if token.tag_ == "VBN" and token.dep_ == "amod":
        return None
    lemma = token.lemma_.lower()
    speaker, passive = subject(token, quoted=lambda k: view.region_of[k] >= 0)
    if speaker is not None and speaker.ent_type_ in ("DATE", "TIME") and speaker.i < i:
        speaker = _name_before(view.doc, speaker.i) or speaker  # "Dravetz on Thursday warned"
    if speaker is not None and view.para_of[speaker.i] != view.para_of[i]:
        speaker = _subject_in_paragraph(view, i)
    if speaker is not None and speaker.i < i and any(
            dash in view.text[view.end[speaker.i]:view.start[i]] for dash in ("–", "—", "―")):
        speaker = _word_before(view, i) or speaker  # "Islamabad, Pakistan – Defense Minister Asif warned"
    if passive and lemma not in PASSIVE_OK:
        return None
    if speaker is None and not passive:
        speaker = _word_before(view, i)
        if speaker is None:
            return None  # a verb of saying with no one saying (imperative, parse slip)
    cue = (i, i + 1)
    for child in token.children:  # phrasal cues: "pointed out", "has said" stays "said"
        if child.dep_ == "prt" and child.i == i + 1:
            cue = (i, i + 2)
    lo = min(i, speaker.left_edge.i if speaker is not None and speaker.i < i else i)
    hi = max(cue[1], speaker.right_edge.i + 1 if speaker is not None and speaker.i > i else cue[1])
    clause = (lo, hi)
    content: list[tuple[int, int]] = []
    how = ""
    if lemma in SAY_VERBS:
        colon = _colon_after(view, token)
        if colon is not None:
            content, how = _after_colon(view, colon), "colon"
            clause = (lo, colon + 1)
    if not content:
        content, how = _content_children(view, token, lemma), "complement"
    if lemma in THINK_VERBS or lemma not in SAY_VERBS:
        content = [r for r in content if r[1] > r[0]]
        if not content:
            return None
        return Attribution(cue, speaker.i if speaker is not None else None, content, how, lemma, clause)
    if not content:
        content, how = _interrupting(view, token, speaker), "inverted"
    if not content:
        content, how = _adjacent_region(view, clause), "adjacent"
    if not content:
        return None
    return Attribution(cue, speaker.i if speaker is not None else None, content, how, lemma, clause)
