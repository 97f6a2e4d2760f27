"""Quotes attributed without a verb of saying: a quotation after a colon ("the minister was brief: “...”"),
a paragraph headed by its speaker's name ("WALLACE: ...", "Pat Caddell: ..."), a quotation signed with a dash
("“...” ― Jane Doe").
"""
from __future__ import annotations

import re

from .syntax import AUX, DOBJ, OPRD, PREP, PROPN, VERB, Attribution, subject
from .drafts import MIN_QUOTE_WORDS, Claimed, Draft, region_words
from .view import View

_LABEL_WORD = re.compile(r"[A-Z][\w.’'-]*$")
_NAMED = ("PERSON", "ORG", "NORP", "GPE")
#: Words that head a paragraph before a colon without being anyone who speaks.
_NOT_SPEAKERS = frozenset("""
note notes update updated editor editor's editors correction clarification photo photos picture video watch read
related breaking exclusive opinion analysis live listen see also warning disclaimer source transcript full text
question answer summary background bottom
""".split())


def characterized(view: View) -> list[Attribution]:
    """A verb outside the lexicon that labels its object with quoted words: "pounding Trump as a “con
    artist”", "branded North Korea an “outlaw nation”". The label is the source's, so the object and the
    label are what the verb's subject said."""
    out = []
    dep, head, pos, region_of = view.dep, view.head, view.pos, view.region_of
    for number, (ra, rb) in enumerate(view.region_tokens):
        k = ra - 1
        while k > 0 and view.lower(k) in ("a", "an", "the"):
            k -= 1
        if k > 0 and view.lower(k) == "as" and dep[k] == PREP:
            verb, label = head[k], k  # "V X as “...”"
        else:
            top = ra  # "V X “...”": the quotation's phrase is the verb's second object
            while ra <= head[top] < rb and head[top] != top:
                top = head[top]
            while dep[top] not in (OPRD, DOBJ) and head[top] != top and pos[head[top]] not in (VERB, AUX) \
                    and head[top] < ra:
                top = head[top]
            if dep[top] != OPRD:
                continue
            verb, label = head[top], top
        if pos[verb] != VERB or verb in view.cue_set or region_of[verb] >= 0:
            continue
        obj = next((c for c in view.kids(verb) if dep[c] == DOBJ and c < label), None)
        if obj is None:
            continue
        speaker = subject(view, verb)[0]
        if speaker is None:
            continue
        a, b = view.left(obj), max(rb, view.right(label) + 1)
        for p in range(rb, b):  # "“a strong leader,” comparing him to ...": the reporter's again
            if view.word(p - 1) in (",", ",”", ",\"") or view.word(p - 2) == ",":
                if view.tag(p) == "VBG":
                    b = p
                    break
        out.append(Attribution((verb, verb + 1), speaker, [(a, b)], "characterized", view.lemma(verb),
                               (min(verb, view.left(speaker)), verb + 1)))
    return out


def labelled(view: View) -> list[Attribution]:
    """Paragraphs headed by the name of who speaks and a colon: transcripts ("WALLACE: Let's start with ...")
    and headlines ("Pat Caddell: Democrat Voters Worried ..."). The name is a few capitalised words alone at
    the head of the paragraph (an opening quote mark aside); what follows the colon, to the end of the
    paragraph, is what was said."""
    out = []
    text, start = view.text, view.start
    for colon in view.colons:
        at = start[colon]
        line = text.rfind("\n", 0, at) + 1
        label = text[line:at]
        words = label.lstrip("\"“‘' ").split()
        if not 1 <= len(words) <= 6 or len(words[0]) < 2 or words[0].lower().strip(".") in _NOT_SPEAKERS \
                or not all(_LABEL_WORD.match(w) for w in words):
            continue
        first = view.tokens_in(line, at)[0]
        if not label.isupper() and not any(view.ent(k) in _NAMED for k in range(first, colon)):
            continue  # "Stealth Over Health:", "The Latest:" head a headline without being anyone
        end = text.find("\n", at)
        a, b = view.tokens_in(at + 1, len(text) if end < 0 else end)
        if view.words_in(a, b) < 3:
            continue
        name = colon - 1
        while name > 0 and not view.is_word[name]:
            name -= 1
        out.append(Attribution((colon, colon + 1), name, [(a, b)], "label", ":", (first, colon + 1)))
    return out


def _subject_before(view: View, colon: int):
    """The subject of the last verb before a colon, in its sentence and outside quotations."""
    a = view.sentence(colon)[0]
    if a == colon and colon > 0:
        a = view.sentence(colon - 1)[0]
    for k in range(colon - 1, a - 1, -1):
        if view.pos[k] in (VERB, AUX) and view.region_of[k] < 0:
            speaker, _ = subject(view, k)
            if speaker is not None and speaker < colon and view.para_of[speaker] == view.para_of[colon]:
                return speaker
    return None


def colon_leads(view: View, drafts: list[Draft], claimed: Claimed) -> list[Draft]:
    """Quotations opened right after a colon that no cue claimed ("the minister was brief: “...”"): the
    subject of the clause before the colon is the speaker; also headlines "Speaker: words". ``claimed`` holds
    the contents of ``drafts`` and takes those of the new ones."""
    out = []
    for number, (ra, rb) in enumerate(view.region_tokens):
        if ra in claimed or region_words(view, number) < MIN_QUOTE_WORDS or ra == 0:
            continue
        at = view.regions[number].start
        while at > 0 and view.text[at - 1].isspace():
            at -= 1
        if at == 0 or view.text[at - 1] != ":":
            continue
        colon = view.tokens_in(at - 1, at)[0]
        speaker = _subject_before(view, colon)
        if speaker is None:
            continue
        out.append(Draft([(ra, rb)], "direct", (colon, colon + 1), speaker, "colon-lead",
                         (view.left(speaker), colon + 1)))
        claimed.update(ra, rb)
    return out


_DASH = re.compile(r"\s*[―—–]\s*|\s+-{1,2}\s+")


def signed(view: View, drafts: list[Draft], claimed: Claimed) -> list[Draft]:
    """A quotation signed with a dash and a name, ending its paragraph: “...” ― Jane Doe. ``claimed`` holds
    the contents of ``drafts``."""
    out = []
    for number, (ra, rb) in enumerate(view.region_tokens):
        if ra in claimed or region_words(view, number) < MIN_QUOTE_WORDS:
            continue
        dash = _DASH.match(view.text, view.regions[number].end)
        if not dash:
            continue
        start = dash.end()
        end = view.text.find("\n", start)
        end = len(view.text) if end < 0 else end
        a, b = view.tokens_in(start, end)
        if not 0 < b - a <= 8 or view.pos[a] != PROPN:
            continue
        head = a
        while view.head[head] != head and a <= view.head[head] < b:
            head = view.head[head]
        out.append(Draft([(ra, rb)], "direct", view.tokens_in(dash.start(), dash.end()) if dash.group().strip()
                         else None, head, "signed", (a, b)))
    return out
