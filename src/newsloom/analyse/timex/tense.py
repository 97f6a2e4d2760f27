"""Which way a bare "Wednesday" points: the tense of the words around it.

News copy names days without saying which week: "said on Wednesday" is the last Wednesday, "will meet on
Friday" the next Friday. Without a parser the nearest tense cue in the same sentence decides: a modal or
scheduling phrase ("will", "is to", "is due", "plans to", "next") means future, a past form ("said",
"warned", "met", "-ed") means past, "is" or "says" present. The nearest cue wins because a sentence often
has both ("X said on Monday it will ..."), and the verb a date modifies is the one beside it. A preposition
right before the date overrides them: "since March" is past, "by March" ahead.
"""
from __future__ import annotations

import re
from bisect import bisect_right

PAST, FUTURE, PRESENT = "past", "future", "present"

_ABBREV = (r"(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Prof|Rev|Jr|Sr|Co|Corp|Inc|Ltd|"
           r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|No|Nos|vs|U\.S|U\.N|"
           r"[A-Z])")
_ABBREV_END = re.compile(rf"\b{_ABBREV}\.$")

_FUTURE_MULTI = re.compile(
    r"\b(?:will|won't|shall|'ll|is to|are to|is due|are due|due to|set to|scheduled to|slated to|expected to|payable|"
    r"effective|(?:is|are|was|were) (?:set|scheduled|slated|expected|planned|poised|going|supposed|likely|due) to|"
    r"scheduled|postponed|(?:planned|planning|preparing|ready) (?:to|for)|(?:plans?|intends?|intended|hopes?|aims?|"
    r"wants?|expects?|promised|vowed|threatened|pledged) to|going to|next(?! to)|upcoming|coming (?=days|weeks|"
    r"months|years|week|month|year|weekend)|as (?:soon|early) as|would|might|(?-i:may)|tomorrow|later this|from now)\b",
    re.I)
_PAST_MULTI = re.compile(r"\b(?:last|ago|yesterday|earlier|previous|had been (?:due|set|scheduled|slated|expected|"
                         r"supposed|planned) to|had been|has been|have been)\b", re.I)
_PRESENT = re.compile(r"\b(?:is|are|am|says|say|remains?)\b", re.I)
#: A preposition just before a date says more than any verb: "since March" is past, "by March" ahead.
_PREPOSITION = re.compile(r"\b(since|by|until|till|ahead of)\s+(?:the\s+)?$", re.I)
_IRREGULAR_PAST = frozenset("""
said told was were had did made met held took gave came went began saw became left sent thought found got
kept brought fell felt led lost paid put ran rose sold spoke stood struck fought won wrote broke chose drove
flew forgot froze hid hit hurt knew laid lay meant quit read rode rang sank sang shot shut slept slid spent
spun spread stole stuck stung swore swept swam threw understood woke wore wound withdrew sought bought caught
taught built dealt dug fed fled forbade forgave hung heard let lit overtook shook shone sat split tore upheld
""".split())
_NOT_PAST = frozenset("""
hundred red bed sled united limited based related detailed advanced armed talented interested concerned
supposed expected scheduled planned proposed alleged so-called unexpected unprecedented unidentified unnamed
""".split())
_NOT_FINITE = re.compile(r"\b(?:(?:be|being|to|is|are)|(?:a|an|the|its|their|his|her|this|that|these|those)"
                         r"(?:\s+(?:\w+ly|still|yet|newly|long|much))?)\s+$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence: split after . ! ? before a capital, and at blank lines or line ends."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n", text):
        if text[m.start() - 1] == "." and _ABBREV_END.search(text, max(0, m.start() - 6), m.start()):
            continue
        if m.end() > start:
            spans.append((start, m.start()))
            start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


class TenseFinder:
    """Tense of the sentence around a span, cached per sentence."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentence_spans(text)
        self.starts = [s for s, _ in self.spans]
        self._cues: dict[int, list[tuple[int, int, str]]] = {}

    def sentence(self, position: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, position) - 1)
        return self.spans[i]

    def cues(self, position: int) -> list[tuple[int, int, str]]:
        """``(start, end, tense)`` of every tense cue in the sentence holding ``position``."""
        s, e = self.sentence(position)
        if s not in self._cues:
            self._cues[s] = _cues(self.text, s, e)
        return self._cues[s]

    def at(self, start: int, end: int) -> str | None:
        prep = _PREPOSITION.search(self.text, max(0, start - 12), start)
        if prep:
            word = prep.group(1).lower()
            if word == "since":
                return PAST
            if word in ("by", "until", "till", "ahead of"):
                # a deadline lies ahead, unless told in the past perfect ("had filed reports by Wednesday")
                s, _e = self.sentence(start)
                had = re.search(r"\bhad\b", self.text[max(s, start - 80):start], re.I)
                return PAST if had else FUTURE
        return self._nearest(start, end)

    def _nearest(self, start: int, end: int) -> str | None:
        """"past", "future" or None (no cue) for an expression at ``text[start:end]``.

        Distance is counted in characters; cues to the right count a little farther, because an English
        date usually follows its verb ("met on Monday") or opens the sentence before it.
        """
        best, best_d = None, None
        for cs, ce, tense in self.cues(start):
            if cs < end and ce > start:
                d = 0
            else:
                d = start - ce if ce <= start else (cs - end) * 1.3
            if best_d is None or d < best_d:
                best, best_d = tense, d
        return best


def _cues(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    found = []
    for m in _FUTURE_MULTI.finditer(text, s, e):
        found.append((m.start(), m.end(), FUTURE))
    past = [(m.start(), m.end(), PAST) for m in _PAST_MULTI.finditer(text, s, e)]
    found = [f for f in found if not any(a <= f[0] < b for a, b, _ in past)] + past
    taken = [(a, b) for a, b, _ in found]
    for m in _PRESENT.finditer(text, s, e):
        if not any(a <= m.start() < b for a, b in taken):  # "is" of "is due to" is already a future cue
            found.append((m.start(), m.end(), PRESENT))
    taken = [(a, b) for a, b, _ in found]
    for m in _WORD.finditer(text, s, e):
        w = m.group().lower()
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _NOT_FINITE.search(text, max(s, m.start() - 24), m.start()):
            continue  # "will be held", "a still unspecified date": a participle, not a past tense
        if w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and not w.endswith("eed") and w not in _NOT_PAST):
            # "planned to", "expected to" look past but point ahead: those were caught as future above
            found.append((m.start(), m.end(), PAST))
    return found
