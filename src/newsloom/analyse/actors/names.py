"""Person names: splitting into parts, folding, and a transliteration-tolerant similarity.

Outlets transliterate the same name differently (Kasimir/Kazimir Dravetz/Dravec, Ataullah/Attaullah);
``phonetic`` maps common variant spellings to one form before an edit-distance ratio is taken, so that
"Dravetz" and "Dravec" compare equal while "Imran" and "Ayesha" stay far apart.
"""
from __future__ import annotations

import re

from .gazetteer import strip_accents

HONORIFICS = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. gen gen. col col. maj
maj. capt capt. lt lt. sgt sgt. sen sen. rep rep. hon hon. mx mx.
""".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv phd".split())

_PUNCT = re.compile(r"^[\"'“”‘’(\[]+|[\"'“”‘’)\].,;:!?]+$")
_PHONETIC_RULES = (
    ("tsch", "c"), ("tz", "c"), ("ts", "c"), ("cz", "c"), ("sch", "s"), ("ph", "f"), ("ck", "k"), ("kh", "k"),
    ("gh", "g"), ("th", "t"), ("dh", "d"), ("sh", "s"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"),
    ("w", "v"), ("z", "s"), ("y", "i"), ("q", "k"), ("x", "ks"), ("-", ""), ("'", ""),
)
_C_HARD = re.compile(r"c(?=[aou]|$)")
_DOUBLE = re.compile(r"(.)\1+")


def name_parts(text: str) -> tuple[str, ...]:
    """The parts of a person's name as written, honorifics and suffixes dropped: "Dr. Mila Farran" →
    ("Mila", "Farran")."""
    parts = []
    for raw in text.split():
        part = _PUNCT.sub("", raw)
        if part and part.casefold() not in HONORIFICS and part.casefold() not in SUFFIXES:
            parts.append(part)
    return tuple(parts)


def fold_part(part: str) -> str:
    return strip_accents(part).replace("’", "'").casefold()


def folded_parts(text: str) -> tuple[str, ...]:
    return tuple(fold_part(part) for part in name_parts(text))


def phonetic(part: str) -> str:
    """A spelling-variant-insensitive form of one name part: "Dravetz" and "Dravec" → "dravec"."""
    text = fold_part(part)
    for old, new in _PHONETIC_RULES:
        text = text.replace(old, new)
    text = _C_HARD.sub("k", text)
    return _DOUBLE.sub(r"\1", text)


def _levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def part_similarity(a: str, b: str) -> float:
    """1.0 for the same name part (up to transliteration), falling towards 0 as spellings diverge."""
    pa, pb = phonetic(a), phonetic(b)
    if pa == pb:
        return 1.0
    if not pa or not pb or pa[0] != pb[0] or min(len(pa), len(pb)) < 4:
        return 0.0
    return 1.0 - _levenshtein(pa, pb) / max(len(pa), len(pb))


#: Two parts at or above this similarity are taken for variant spellings of one part.
PART_THRESHOLD = 0.8


def parts_match(a: str, b: str) -> bool:
    return part_similarity(a, b) >= PART_THRESHOLD


def full_names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two full names (≥ 2 parts each) can be one person's: same parts in any order, one's parts a
    subset of the other's ("Khawaja Asif" ⊂ "Khawaja Mohammad Asif"), or given name and surname both close
    in spelling, in either order ("Kazimir Dravec" ~ "Kasimir Dravetz", "Dravetz Kasimir")."""
    if len(a) < 2 or len(b) < 2:
        return False
    fa, fb = {fold_part(p) for p in a}, {fold_part(p) for p in b}
    if fa <= fb or fb <= fa:
        return True
    pa, pb = {phonetic(p) for p in a}, {phonetic(p) for p in b}
    if pa <= pb or pb <= pa:
        return True
    first_a, last_a = a[0], a[-1]
    for first_b, last_b in ((b[0], b[-1]), (b[-1], b[0])):
        if parts_match(first_a, first_b) and parts_match(last_a, last_b):
            return True
    return False
