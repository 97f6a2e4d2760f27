"""Look-ups into the state and organisation tables, keyed by a folded form of the surface text.

Folding (accents off, case folded, curly apostrophes straightened, a leading "the" and a trailing possessive
dropped) lets "the United States", "United States’" and "UNITED STATES" find the same entry.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .countries import COUNTRIES, ORGANISATIONS

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Comparison key of a surface form: "the Afghan Taliban’s" → "afghan taliban"."""
    text = strip_accents(text).translate(_APOSTROPHES).casefold().strip()
    text = _SPACE.sub(" ", text)
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


def fold_acronym(text: str) -> str:
    """Acronyms compare without their dots: "U.N." → "un"."""
    return fold(text).replace(".", "")


_CAPS = re.compile(r"^(?:[A-Z]\.?){2,4}$")


def caps_key(text: str) -> str | None:
    """The key of a short capitalised acronym ("US", "U.K."), kept apart from folded words so that "US" is
    the United States and "us" or "Us" is not."""
    compact = text.strip()
    return "^" + compact.replace(".", "") if _CAPS.match(compact) else None


def lookup(table: dict[str, str], text: str) -> str | None:
    """Look a surface up: short acronyms by their exact capitals, anything else folded."""
    key = caps_key(text)
    if key is not None:
        found = table.get(key)
        if found is not None or len(key) < 5:
            return found
    return table.get(fold(text))


@dataclass(frozen=True)
class Gazetteer:
    states: dict[str, str]      # folded name or other name → canonical state name
    demonyms: dict[str, str]    # folded adjective ("pakistani") → state
    peoples: dict[str, str]     # folded plural noun ("afghans") → state
    capitals: dict[str, str]    # folded capital or seat of government ("kabul", "kremlin") → state
    orgs: dict[str, str]        # folded name or acronym (dots removed) → canonical organisation name

    def state(self, text: str) -> str | None:
        return lookup(self.states, text)

    def org(self, text: str) -> str | None:
        return self.orgs.get(fold(text)) or self.orgs.get(fold_acronym(text))


def _split(field: str) -> list[str]:
    return [item.strip() for item in field.split(",") if item.strip()]


def _plural(adjective: str) -> str | None:
    if adjective.endswith(("an", "i")) and " " not in adjective:
        return adjective + "s"
    return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The parsed tables (built once per process)."""
    states, demonyms, peoples, capitals, orgs = {}, {}, {}, {}, {}
    for line in COUNTRIES.strip().splitlines():
        parts = [part.strip() for part in line.split("|")]
        parts += [""] * (5 - len(parts))
        name, others, adjectives, seats, plurals = parts[:5]
        for alias in [name, *_split(others)]:
            states[caps_key(alias) or fold(alias)] = name
        for adjective in _split(adjectives):
            demonyms[fold(adjective)] = name
            plural = _plural(adjective)
            if plural:
                peoples[fold(plural)] = name
        for plural in _split(plurals):
            peoples.setdefault(fold(plural), name)
        for seat in _split(seats):
            capitals[fold(seat)] = name
    for line in ORGANISATIONS.strip().splitlines():
        name, _, others = (part.strip() for part in line.partition("|"))
        for alias in [name, *_split(others)]:
            orgs[fold_acronym(alias)] = name
            orgs[fold(alias)] = name
    # A demonym spelled like its people ("Chinese", "Swiss") is first of all the adjective.
    for key in list(peoples):
        if key in demonyms:
            del peoples[key]
    return Gazetteer(states, demonyms, peoples, capitals, orgs)
