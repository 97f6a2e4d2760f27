"""Attributions read from the dependency parse: a cue (verb of saying, thinking or finding, "according to"),
the subject that is its speaker, and the clause, object or quotation that is its content.

The parse is read the way a reader reads the sentence: the content of "said" is its clausal complement, what
follows its colon, the clause it interrupts ("The talks, he said, failed") or a quotation beside it; the
speaker is its subject, or the subject of the verb it hangs from ("..., adding that"), or the object of
"according to". Tokens are ints into the view's lists (see ``view``), never spaCy ``Token`` objects.
"""
from __future__ import annotations

from bisect import bisect_right

from .lexicon import (ADDRESSED_VERBS, ADDRESSEE_VERBS, FINDING_VERBS, NAMING_VERBS, OBJECT_CONTENT, PASSIVE_OK,
                      PREP_CONTENT, SAY_VERBS, STANCE_VERBS, TARGET_OBJECT, THINK_VERBS, TOPIC_VERBS, XCOMP_CONTENT)
from .syntax import (ACL, ACOMP, ADVCL, ADVMOD, AGENT, AMOD, ANY_SUBJECT, ATTR, CC, CCOMP, CONJ, DOBJ, MARK, NSUBJ,
                     NSUBJPASS, OPRD, PARATAXIS, PCOMP, POBJ, PREP, PRT, PUNCT_DEP, RELCL, SUBJECTS, XCOMP,
                     Attribution, subject)
from .view import View
from .wordorder import (according, adjacent_region, interrupting, name_before, subject_in_paragraph,
                        word_before)

_COMPLEMENTS = frozenset((CCOMP, XCOMP, DOBJ, OPRD, ATTR, ACOMP, PREP))  # the dependencies that carry content
_PARTICIPLE_LEMMAS = ADDRESSED_VERBS | TOPIC_VERBS
#: Words of a date or time the parser may take for the subject ("Dravetz on Thursday warned").
_DATE_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon
evening night week weekend month year january february april june july august september october
november december
""".split())


def _clipped(view: View, h: int) -> tuple[int, int]:
    """The subtree of complement ``h`` less a tail that belongs to the reporter, not the speaker: a participial
    clause after a comma ("..., implicitly putting his name on the line"), a second verb of saying ("... and
    warned") or a clause of its own with a cue ("..., but he refuses to ..."), a non-restrictive relative clause
    on the last noun ("..., who has not been charged"). A cue sharing the complement's subject and not a verb of
    saying goes on with what was said ("Police said he fired and refused to drop the gun")."""
    a, b = view.edges(h)
    region_of = view.region_of
    if region_of[a] >= 0 or region_of[b - 1] >= 0:
        return a, b
    b = _before_break(view, a, b)
    commas, cues = view.commas, view.cues
    k = bisect_right(commas, a)
    comma = k < len(commas) and commas[k] < b - 1  # each cut but the second cue's stands after a comma
    m = bisect_right(cues, h)
    cue = m < len(cues) and cues[m] < b
    if not comma and not cue:
        return a, b
    dep, punct = view.dep, view.punct
    while comma and k < len(commas) and commas[k] < b - 1:  # ", implicitly putting ...": a participle
        at = commas[k]
        for p in (at + 1, at + 2):
            d = dep[p] if p < b else 0
            if (d == ADVCL or d == XCOMP or d == CONJ) and region_of[p] < 0 and view.tag(p) == "VBG" \
                    and view.left(p) == at + 1:
                return a, at
        k += 1
    by_head, first = view.by_head, view.first_kid
    if cue:
        cue_set = view.cue_set
        for c in by_head[first[h]:first[h + 1]]:
            if c > h and dep[c] == CONJ and c in cue_set:
                left = view.left(c)
                kids = by_head[first[c]:first[c + 1]]
                if view.lemma_of[c] in SAY_VERBS or any(dep[g] == NSUBJ or dep[g] == NSUBJPASS for g in kids) \
                        and view.lower(left) != "that" and not any(dep[g] == MARK for g in kids):
                    cut = left
                    while cut > a and (dep[cut - 1] == CC or punct[cut - 1]):
                        cut -= 1
                    return a, cut
    if comma:
        node = h
        for _ in range(12):
            kids = by_head[first[node]:first[node + 1]]
            j = len(kids) - 1  # its last child after it that is not punctuation
            while j >= 0 and kids[j] > node and punct[kids[j]]:
                j -= 1
            if j < 0 or kids[j] <= node:
                break
            node = kids[j]
            if dep[node] == RELCL:
                left = view.left(node)
                if view.word(left - 1) == "," and view.lower(left) in ("who", "which", "whose"):
                    return a, left - 1
    return a, b


def _before_break(view: View, a: int, b: int) -> int:
    """Where complement ``[a, b)`` ends if a semicolon or a closing dash (one not paired with a second) stands
    in it outside quotation marks: what follows is the reporter's next clause or aside ("...; they only
    learned on Friday", "... -- a metaphor for ...")."""
    breaks, region_of, text, start = view.breaks, view.region_of, view.text, view.start
    cut = 0
    k = bisect_right(breaks, a)
    while k < len(breaks) and breaks[k] < b - 1:
        p = breaks[k]
        k += 1
        if region_of[p] < 0:
            if text[start[p]] == ";":
                return p
            if not text[start[a]:start[p]].isupper():  # a dash, not a dateline's ("WASHINGTON —")
                cut = 0 if cut else p  # a second dash closes an aside: what follows it goes on
    return cut or b


def _flags(lemma: str) -> tuple[bool, bool, bool, frozenset[str]]:
    """What a cue lemma's complements may carry: whether it is a verb of saying, whether its object is the
    content, whether its infinitive is, and the prepositions whose object is."""
    return (lemma in SAY_VERBS, lemma in OBJECT_CONTENT and lemma not in TARGET_OBJECT, lemma in XCOMP_CONTENT,
            frozenset(PREP_CONTENT.get(lemma, ())))


#: the flags of every cue lemma, worked out once at import (the rules read them for every cue)
_FLAGS = {lemma: _flags(lemma) for lemma in SAY_VERBS | THINK_VERBS | FINDING_VERBS | STANCE_VERBS}


def _content_children(view: View, t: int, lemma: str) -> list[tuple[int, int]]:
    """Token ranges of the complements of ``t`` that carry what was said."""
    dep, by_head, first = view.dep, view.by_head, view.first_kid
    kids, deps = [], []  # the complements only: no branch below takes any other dependency
    for c in by_head[first[t]:first[t + 1]]:  # (a loop: cheaper than a comprehension for a few children)
        d = dep[c]
        if d in _COMPLEMENTS:
            kids.append(c)
            deps.append(d)
    if not kids:
        return []
    has_clause = CCOMP in deps
    say, objects, xcomp, preps = _FLAGS.get(lemma) or _flags(lemma)
    ranges = []
    for c, d in zip(kids, deps):
        if d == CCOMP:
            if c < t:
                if not say or any(dep[g] == MARK and view.lower(g) != "that" for g in by_head[first[c]:first[c + 1]]):
                    continue  # what was said stands after the verb, or before it only as a clause of saying
            elif c in view.cue_set and dep[view.left(c) - 1] == CC \
                    and any(dep[g] == NSUBJ for g in by_head[first[c]:first[c + 1]]):
                continue  # "denied X, and the embassy called Y": a second statement, by someone else
            ranges.append(_clipped(view, c))
        elif c < t:
            continue
        elif d == XCOMP and xcomp:
            ranges.append(_clipped(view, c))
        elif d == DOBJ and view.lower(c) in ("what", "which", "whom"):
            return []  # "what he called “a con”": a label inside someone else's sentence
        elif (d == DOBJ or d == OPRD) and objects and not (lemma in ADDRESSEE_VERBS and (
                has_clause or d == DOBJ and XCOMP in deps)):
            if not has_clause and view.lower(c) in ("it", "this", "that", "so"):
                continue
            ranges.append(_with_phrases(view, t, c, _clipped(view, c)))
        elif lemma == "call" and (d == XCOMP or d == OPRD or d == ATTR or d == ACOMP) and DOBJ in deps:
            ranges.append(view.edges(c))  # called him "a master"
        elif d == PREP:
            word = view.lower(c)
            if word in preps or (word in ("as", "for") and objects and DOBJ in deps):
                for g in by_head[first[c]:first[c + 1]]:
                    if dep[g] == POBJ or dep[g] == PCOMP:
                        ranges.append(view.edges(g))
        elif d == DOBJ and say and view.region_of[c] >= 0:
            ranges.append(view.edges(c))  # Trump declared “I think ...”
    if len(ranges) < 2:
        return ranges
    ranges.sort()
    return _bridge(view, t, ranges)


#: Prepositions that complete an object ("loans to parents", "praised him for"); not those of time and place
#: ("in his address", "on Tuesday", "during a stop"), which say when and where the reporter heard it.
_OBJECT_PREPS = frozenset("to for from of with as against about over like into toward towards than".split())


def _with_phrases(view: View, t: int, c: int, span: tuple[int, int]) -> tuple[int, int]:
    """Object content ``span`` (of object ``c`` of cue ``t``) run on through the prepositional phrases of the
    cue that follow it with no comma between, which the parser hangs on the verb though they complete what was
    said: "cited his endorsements from 88 generals", "offers loans to parents", "praised him for his work"."""
    a, b = span
    if b != view.right(c) + 1:
        return span  # clipped: what follows is the reporter's
    dep, by_head, first, left_edge, right_edge = view.dep, view.by_head, view.first_kid, view.left_edge, view.right_edge
    for g in by_head[first[t]:first[t + 1]]:
        if g <= c or left_edge[g] < b:
            continue
        if left_edge[g] > b or dep[g] != PREP or view.lower(g) not in _OBJECT_PREPS:
            break
        b = right_edge[g] + 1
    return a, b


def _bridge(view: View, t: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join complements parted only by the cue's own preposition: "criticized [the law] as [a crazy system]"."""
    out: list[tuple[int, int]] = []
    head, dep = view.head, view.dep
    for a, b in ranges:
        if out and out[-1][1] < a <= out[-1][1] + 2 and all(
                head[k] == t and dep[k] in (PREP, PUNCT_DEP, ADVMOD) for k in range(out[-1][1], a)):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _colon_after(view: View, t: int) -> int | None:
    """Index of a colon right after the cue and its adverbials ("said hours ago:", "told reporters:")."""
    colons = view.colons
    k = bisect_right(colons, t)
    if k >= len(colons) or colons[k] > t + 11:
        return None
    colon = colons[k]
    region_of, text, start, end = view.region_of, view.text, view.start, view.end
    for i in range(t + 1, colon):
        if region_of[i] >= 0 or text[start[i]:end[i]] in (".", ";", "?", "!"):
            return None
    dep = view.dep
    for c in view.kids(t):
        if t < c < colon and (dep[c] == CCOMP or dep[c] == PARATAXIS):
            return None  # the content began without a colon
    return colon


def _after_colon(view: View, colon: int) -> list[tuple[int, int]]:
    """Content after a colon: the quotation that opens there, else the rest of the sentence (or the next
    sentence in the paragraph, when the parser ended the sentence at the colon)."""
    i = colon + 1
    if i >= view.n:
        return []
    if view.region_of[i] >= 0:
        return [view.region_tokens[view.region_of[i]]]
    a, b = view.sentence(colon)
    if b <= i:
        return []
    if b - i <= 1:
        nxt = view.sentence_range(view.sent(colon) + 1)
        return [nxt] if nxt else []
    return [(i, b)]


def attribution_at(view: View, i: int) -> Attribution | None:
    """The attribution whose cue is token ``i`` (a candidate from the view), or ``None``."""
    lemma = view.lemma_of[i]
    if lemma == "according":
        return according(view, i)
    dep = view.dep
    d = dep[i]
    if d == AMOD or d == ACL or lemma in _PARTICIPLE_LEMMAS:  # the fine tag only where it matters
        tag = view.tag(i)
        if tag == "VBN" and (d == AMOD or d == ACL and lemma in NAMING_VERBS):
            return None  # "the alleged plot"; "a group called Lashkar-e-Taiba" names, it reports nobody's words
        if tag == "VBG" and lemma in TOPIC_VERBS and not _own_subject(view, i, ANY_SUBJECT):
            return None  # "Speaking about the talks, Asif said ...": a topic, not a statement
        if lemma in ADDRESSED_VERBS and (tag == "VBN" or tag == "VBD" and d == ADVCL) \
                and not _own_subject(view, i, SUBJECTS):
            return _asked(view, i, lemma)  # "When asked by reporters about ...", "X was asked whether ..."
    say = lemma in SAY_VERBS
    if not say:  # the complements are all the content it can have: none, no attribution (no subject read)
        content = [r for r in _content_children(view, i, lemma) if r[1] > r[0]]
        if not content:
            return None
    speaker, passive = subject(view, i)
    text, start, end = view.text, view.start, view.end
    if speaker is not None:
        if speaker < i and text[start[speaker]:end[speaker]].lower() in _DATE_WORDS:
            speaker = _or(name_before(view, speaker), speaker)  # "Dravetz on Thursday warned"
        para_of = view.para_of
        if para_of[speaker] != para_of[i]:
            speaker = subject_in_paragraph(view, i)
        if speaker is not None and speaker < i:
            between = text[end[speaker]:start[i]]
            if not between.isascii() and ("–" in between or "—" in between or "―" in between):
                speaker = _or(word_before(view, i), speaker)  # "Islamabad, Pakistan – Minister Asif warned"
    elif passive and lemma not in PASSIVE_OK:
        return None
    if speaker is None and not passive:
        speaker = word_before(view, i)
        if speaker is None:
            return None  # a verb of saying with no one saying (imperative, parse slip)
    hi = i + 1
    if hi < view.n and dep[hi] == PRT and view.head[hi] == i:
        hi += 1
    cue = (i, hi)  # phrasal cues: "pointed out"
    lo = i
    if speaker is not None:
        if speaker < i:
            left = view.left(speaker)
            if left < i:
                lo = left
        else:
            right = view.right(speaker) + 1
            if right > hi:
                hi = right
    clause = (lo, hi)
    if not say:
        return Attribution(cue, speaker, content, "complement", lemma, clause)
    content = []
    colon = _colon_after(view, i)
    if colon is not None:
        content, how = _after_colon(view, colon), "colon"
        clause = (lo, colon + 1)
    if not content:
        content, how = _content_children(view, i, lemma), "complement"
    if lemma in THINK_VERBS:
        content = [r for r in content if r[1] > r[0]]
        if not content:
            return None
        return Attribution(cue, speaker, content, how, lemma, clause)
    if content:
        return Attribution(cue, speaker, content, how, lemma, clause)
    content = interrupting(view, i, speaker)
    if content:
        return Attribution(cue, speaker, content, "inverted", lemma, clause)
    content = adjacent_region(view, clause)
    if content:
        return Attribution(cue, speaker, content, "adjacent", lemma, clause)
    return None


def _own_subject(view: View, t: int, deps: tuple[int, ...] | frozenset[int]) -> bool:
    """Whether ``t`` has a subject of its own (of one of ``deps``) outside quotations."""
    dep, region_of = view.dep, view.region_of
    return any(dep[c] in deps and region_of[c] < 0 for c in view.kids(t))


def _asked(view: View, i: int, lemma: str) -> Attribution | None:
    """A question put to someone: what was asked is the asker's, who is named only as the agent ("asked by
    reporters") or not at all, and never the one asked, whatever the clause goes on to say."""
    asker = None
    for c in view.kids(i):
        if view.dep[c] == AGENT:
            asker = next((g for g in view.kids(c) if view.dep[g] == POBJ), None)
    content = [r for r in _content_children(view, i, lemma) if r[1] > r[0]]
    if not content and asker is not None:  # "asked by reporters about the ceasefire": the parser's attachment
        for c in view.kids(asker):
            if view.dep[c] == PREP and view.lower(c) in PREP_CONTENT["ask"] | {"on", "over"}:
                content += [view.edges(g) for g in view.kids(c) if view.dep[g] in (POBJ, PCOMP)]
    if not content:
        return None
    lo, hi = i, i + 1
    if asker is not None:
        hi = view.right(asker) + 1
    return Attribution((i, i + 1), asker, content, "asked", lemma, (lo, hi))


def _or(found: int | None, fallback: int) -> int:
    return fallback if found is None else found
