"""The words a unit is compared by, and how much each weighs.

Outlets word one event differently ("collapsed", "broke down", "ended without a deal"), and the md vectors put
"fail" nearer "talk" than "collapse", so news event words are folded to their **event class**
(:data:`EVENT_CLASSES`: "collapse", "founder", "break down", "end without" → ``ev:fail``; "attack",
"airstrike", "hit" → ``ev:strike``; …), demonyms to their state and agent nouns to their verb. What a clause
states is in its predicate and core arguments, not its modifiers, so each word is weighted by its role: the
predicate (a reporting verb hands it on to what is reported, a light verb — "issued a threat" — to its
object), its core arguments, anything else.
"""
from __future__ import annotations

from typing import Sequence

#: Verbs that only report what someone said: the fact is in what they report.
REPORTING = frozenset({"say", "tell", "add", "state", "note", "write", "report", "claim", "assert", "declare",
                       "explain", "insist", "reply", "joke", "stress", "affirm", "confirm", "announce", "acknowledge",
                       "admit", "allege", "argue", "indicate", "suggest", "accord", "continue"})
#: Verbs that carry little meaning of their own; the event is in their object ("issued a threat", "placed
#: blame", "led to the deaths", "follows the collapse").
LIGHT = frozenset({"be", "have", "make", "take", "issue", "place", "lead", "follow", "come", "hold", "get", "do",
                   "put", "carry", "conduct", "remain", "seem", "become", "spend", "stay"})
#: Verb + particle (or object) idioms and what they mean.
IDIOMS = {("break", "down"): "collapse", ("give", "way"): "collapse", ("end", "without"): "fail",
          ("conclude", "without"): "fail", ("close", "without"): "fail", ("break", "through"): "breach",
          ("carry", "out"): "conduct", ("set", "up"): "establish", ("call", "off"): "cancel"}
#: Stance and degree adverbs: they say how firmly, not what (left out of the compared words).
STANCE = frozenset({"certainly", "definitely", "surely", "absolutely", "completely", "totally", "entirely",
                    "really", "truly", "indeed", "clearly", "obviously", "simply", "just", "only", "even", "still",
                    "already", "always", "now", "thus", "then", "also", "further", "fully", "quite", "rather",
                    "highly", "very", "earlier", "later", "reportedly", "publicly"})
#: Event classes of news reports: words of one class state the same kind of event and are compared as one word
#: (the md vectors put "fail" nearer "talk" than "collapse"). Small, generic and deliberately narrow.
EVENT_CLASSES = {
    "fail": ("fail", "failure", "collapse", "founder", "falter", "stall", "breakdown", "deadlock", "impasse",
             "burst", "breach"),
    "strike": ("strike", "airstrike", "attack", "hit", "bomb", "bombing", "shell", "shelling", "raid", "retaliate",
               "retaliation"),
    "kill": ("kill", "die", "dead", "death", "fatality"),
    "wound": ("wound", "injure", "injury", "injured", "wounded"),
    "evacuate": ("evacuate", "evacuation", "relocate", "displace"),
    "threaten": ("threaten", "threat", "warn", "warning", "vow"),
    "deny": ("deny", "denial", "refute"),
    "mediate": ("mediate", "mediator", "mediation"),
}
#: Nouns for negotiations: "talks", "negotiations", "discussions", "dialogue" name one kind of event.
TALKS = frozenset({"talk", "talks", "negotiation", "discussion", "dialogue", "negotiations"})
#: Objects of "move" that make it an evacuation ("we moved people").
PEOPLE = frozenset({"people", "resident", "family", "villager", "civilian", "person", "inhabitant"})
EVENT_OF = {word: f"ev:{cls}" for cls, words in EVENT_CLASSES.items() for word in words}
#: Weights of a word by its role: the predicate, its core arguments, anything else.
PREDICATE_WEIGHT, ARGUMENT_WEIGHT, OTHER_WEIGHT = 3.0, 2.0, 1.0
#: Modality markers ("<neg>", "<fut>", "<if>") weigh little: polarity is compared as a whole (``denial``).
MARKER_WEIGHT = 0.3


def word_of(token, nlp=None) -> str | None:
    """The compared form of a token: its lemma, lower-cased, with demonyms folded to their state and agent
    nouns to their verb ("Qatari" → "qatar", "mediator" → "mediate"); ``None`` for stop words and the like."""
    from ..analyse.actors.gazetteer import gazetteer
    from .statements import MODALITY

    lower = token.lower_
    if lower in MODALITY:
        return MODALITY[lower]
    if token.is_punct or token.is_space or lower in STANCE or not (token.is_alpha or token.like_num):
        return None
    if token.is_stop and not token.like_num:
        return None
    word = lower if token.like_num else (token.lemma_ or token.text).lower()
    if len(word) < 2 and not word.isdigit():
        return None
    table = gazetteer()
    state = table.demonyms.get(word) or table.peoples.get(word)
    if state:
        return state.casefold()
    if word in EVENT_OF:
        return EVENT_OF[word]
    if word in TALKS and token.pos_ in ("NOUN", "PROPN"):
        return "ev:talks"
    if word == "shelter" and token.pos_ == "NOUN":
        return "ev:evacuate"
    if word == "move" and any((c.dep_ == "prep" and c.lower_ in ("to", "into")) or c.lemma_.lower() in PEOPLE
                              for c in token.children):
        return "ev:evacuate"  # "residents were moved to schools", "we moved people"
    if word.endswith("ator") and len(word) > 6 and nlp is not None and nlp.vocab[word[:-2] + "e"].has_vector:
        return word[:-2] + "e"
    return word


def _idiom(verb) -> str | None:
    for child in verb.children:
        if child.dep_ in ("prt", "dobj", "prep"):
            meaning = IDIOMS.get((verb.lemma_.lower(), child.lower_))
            if meaning:
                return meaning
    return None


def role_words(tokens: Sequence, attribution: set[int], nlp=None) -> tuple[tuple[tuple[str, float], ...],
                                                                            tuple[str, ...]]:
    """The words compared across units, each weighted by its role (predicate, core argument, other), and the
    predicate words. Reporting verbs ("said that …") hand the predicate on to what they report; light verbs
    ("issued a threat") to their object."""
    ids = {t.i for t in tokens}
    weight: dict[int, float] = {}
    roots = [t for t in tokens if (t.head.i == t.i or t.head.i not in ids)
             and t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "ADJ") and t.dep_ not in ("aux", "auxpass")]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    clauses = [c for t in roots for c in t.children if c.i in ids and c.dep_ in ("relcl", "acl")
               and c.pos_ in ("VERB", "AUX")]  # "talks, which collapsed …": the event is the clause's
    adjectives = [t for t in roots if t.pos_ == "ADJ"]  # "Fourteen people are confirmed dead"
    frontier = verbs or clauses or adjectives or roots[:1]
    seen: set[int] = set()
    predicates: list[str] = []
    while frontier:
        node = frontier.pop(0)
        if node.i in seen or node.i not in ids:
            continue
        seen.add(node.i)
        lemma = node.lemma_.lower()
        inner = [c for c in node.children if c.i in ids and c.dep_ in ("ccomp", "xcomp", "conj", "parataxis")
                 and c.pos_ in ("VERB", "AUX")]
        if node.pos_ in ("VERB", "AUX") and lemma in REPORTING and inner:
            weight[node.i] = 0.5
            frontier.extend(inner)
            continue
        objects = [c for c in node.children if c.i in ids and c.dep_ in ("dobj", "attr", "oprd", "acomp", "pobj",
                                                                         "prep", "nsubjpass", "nsubj")]
        if node.pos_ in ("VERB", "AUX") and lemma in LIGHT and not _idiom(node):
            weight[node.i] = OTHER_WEIGHT
            for obj in objects:
                target = obj
                if obj.dep_ == "prep":
                    target = next((c for c in obj.children if c.dep_ == "pobj"), None)
                if target is not None and target.pos_ == "NOUN" and target.dep_ != "nsubj":
                    weight[target.i] = PREDICATE_WEIGHT
                    noun = target.lemma_.lower()
                    predicates.append(EVENT_OF.get(noun, noun))
                    for arg in target.children:
                        if arg.dep_ == "prep" and arg.lower_ == "of":
                            for pobj in arg.children:
                                if pobj.dep_ == "pobj":
                                    weight.setdefault(pobj.i, ARGUMENT_WEIGHT)
        else:
            weight[node.i] = PREDICATE_WEIGHT
            predicate = _idiom(node) or lemma
            predicates.append(EVENT_OF.get(predicate, predicate))
        siblings = list(node.head.children) if node.pos_ == "ADJ" and node.head.i not in ids else []
        for child in list(node.children) + siblings:
            if child.i not in ids:
                continue
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "acomp", "agent"):
                head = child
                if child.dep_ == "agent":
                    head = next((c for c in child.children if c.dep_ == "pobj"), child)
                if head.lower_ in ("which", "that", "who") and node.dep_ == "relcl" and node.head.i in ids:
                    head = node.head
                weight.setdefault(head.i, ARGUMENT_WEIGHT)
        frontier.extend(inner)
    out: dict[str, float] = {}
    for token in tokens:
        if token.i in attribution:
            continue
        word = word_of(token, nlp)
        if word is None:
            continue
        w = MARKER_WEIGHT if word.startswith("<") else weight.get(token.i, OTHER_WEIGHT)
        idiom = _idiom(token) if token.pos_ in ("VERB", "AUX") else None
        if idiom:
            word = EVENT_OF.get(idiom, idiom)
        if token.dep_ in ("prt",) and IDIOMS.get((token.head.lemma_.lower(), token.lower_)):
            continue
        if token.lower_ == "way" and token.dep_ == "dobj" and _idiom(token.head):
            continue
        out[word] = max(out.get(word, 0.0), w)
    return tuple(out.items()), tuple(dict.fromkeys(predicates))

