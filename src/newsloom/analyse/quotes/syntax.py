"""The parse as the quote rules read it: dependency labels and parts of speech as the ints the view holds,
the ``Attribution`` a cue makes, and the speaker of a verb (its subject, or the subject of the verb it hangs
from).
"""
from __future__ import annotations

from .lexicon import RELATIVE
from .view import ID, View

(NSUBJ, CSUBJ, EXPL, NSUBJPASS, AGENT, POBJ, ACL, RELCL, XCOMP, DOBJ, DATIVE, CCOMP, OPRD, ATTR, ACOMP, PREP,
 PCOMP, MARK, PRT, CONJ, CC, ADVCL, ROOT, PARATAXIS, AMOD, ADVMOD, AUX_DEP, NEG, NPADVMOD, PUNCT_DEP) = (
    ID(d) for d in ("nsubj csubj expl nsubjpass agent pobj acl relcl xcomp dobj dative ccomp oprd attr acomp "
                    "prep pcomp mark prt conj cc advcl ROOT parataxis amod advmod aux neg npadvmod punct").split())
NOUN, PROPN, PRON, VERB, AUX, ADV, PART, ADP, DET, NUM = (
    ID(p) for p in "NOUN PROPN PRON VERB AUX ADV PART ADP DET NUM".split())
_CLIMB = (ADVCL, XCOMP, CONJ, PCOMP, PREP, ACL)
_NOMINAL = (NOUN, PROPN)
SUBJECTS = (NSUBJ, CSUBJ, EXPL)
ANY_SUBJECT = frozenset((NSUBJ, CSUBJ, EXPL, NSUBJPASS))


class Attribution:
    """One cue with its speaker token and content token ranges (``[a, b)``), before kinds and actors;
    ``clause`` holds the tokens of the attribution itself (cue, speaker and their modifiers)."""

    __slots__ = ("cue", "speaker", "content", "how", "lemma", "clause")

    def __init__(self, cue: tuple[int, int], speaker: int | None, content: list[tuple[int, int]], how: str,
                 lemma: str = "", clause: tuple[int, int] = (0, 0)) -> None:
        self.cue, self.speaker, self.content, self.how, self.lemma, self.clause = (cue, speaker, content, how,
                                                                                   lemma, clause)


def subject(view: View, t: int, depth: int = 0) -> tuple[int | None, bool]:
    """The speaker token of cue ``t`` (``None`` when there is none) and whether the cue is passive. A
    speaker never stands inside a quotation."""
    dep, region_of, by_head, first = view.dep, view.region_of, view.by_head, view.first_kid
    passive = False
    children = by_head[first[t]:first[t + 1]]
    for c in children:
        d = dep[c]
        if d in ANY_SUBJECT:
            if region_of[c] >= 0:
                continue
            if d == NSUBJPASS:
                passive = True
                if depth:  # "X was quoted as saying": the passive subject of the verb climbed to speaks
                    return c, False
                continue
            if d == EXPL:
                return None, True
            if dep[t] == RELCL and view.lower(c) in RELATIVE:
                return view.head[t], False
            return c, False
    head = view.head
    if passive:
        for c in children:
            if dep[c] == AGENT and region_of[c] < 0:
                for g in by_head[first[c]:first[c + 1]]:
                    if dep[g] == POBJ:
                        return g, False
        return None, True
    h = head[t]
    d = dep[t]
    if d == ACL and view.pos[h] in _NOMINAL:
        return h, False  # "a statement saying that ..."
    if d == RELCL and view.pos[h] in (NOUN, PROPN, PRON):
        return h, False
    if h == t:
        return None, False
    if d == XCOMP:
        for c in by_head[first[h]:first[h + 1]]:  # "prompting Afghan authorities to condemn": the object speaks
            if c < t and (dep[c] == DOBJ or dep[c] == DATIVE) and region_of[c] < 0:
                return c, False
    if d in _CLIMB and depth < 3:
        return subject(view, h, depth + 1)
    return None, False
