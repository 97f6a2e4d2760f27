"""Whether two sets of place keys can name one place, for telling two reports of one event from two events.

Place names have no containment here ("Brekka" is in "Lusmark"), so places are compared by what they share: a
state, or a distinctive word of a name ("Halvik" / "Halvik District Hospital").
"""
from __future__ import annotations

from typing import Iterable

#: Words of place names that do not identify a place ("River Vesk" and "River Tiss" are not one river).
GENERIC_PLACE_WORDS = frozenset({
    "river", "lake", "sea", "mount", "mountain", "town", "city", "village", "district", "province", "valley", "county",
    "region", "state", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "dam", "hospital", "street", "road", "bridge", "border", "capital", "the", "new", "upper", "lower", "great",
    "ministry", "agency", "council", "civil", "protection", "national", "international", "airport", "station"})


def _name_words(keys: Iterable[str]) -> set[str]:
    """The distinctive words of names: "halvik district hospital" and "halvik" share "halvik"."""
    return {w for k in keys for w in k.split(":", 1)[-1].split() if len(w) > 2 and w not in GENERIC_PLACE_WORDS}


def places_meet(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of place keys can be one place: a common state, or a distinctive name word in common."""
    a, b = set(a), set(b)
    if {k for k in a if k.startswith("actor:")} & {k for k in b if k.startswith("actor:")}:
        return True
    names = [_name_words(k for k in keys if k.startswith("ent:")) for keys in (a, b)]
    return bool(names[0] & names[1])
