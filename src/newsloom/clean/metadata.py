"""Outlet, publication date, title and language of an article, each with where it came from.

Precedence everywhere: what the user stated (manifest, options) > what the container stated (JSON fields,
feed entry) > what the page's markup states > what the text itself shows. When nothing states a value it stays
unknown, and the reason says what was looked for: a dossier must never show an invented date or outlet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import py3langid

from ..dates import normalise_date
from ..records import Removed
from .boilerplate import DATELINE, size


@dataclass(frozen=True, slots=True)
class Inferred:
    value: str | None
    how: str

    @classmethod
    def unknown(cls, reason: str) -> "Inferred":
        return cls(None, f"unknown: {reason}")


def first_stated(*candidates: tuple[str | None, str]) -> Inferred | None:
    """The first ``(value, how)`` pair with a value."""
    for value, how in candidates:
        if value and str(value).strip():
            return Inferred(str(value).strip(), how)
    return None


# ---------------------------------------------------------------- outlet

_OUTLET_CUES = [
    re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?"
               r"(?P<name>[A-Z][\w&.'’ -]{1,40}?)(?:[.,;|]|\s+all rights|\s+\d|$)", re.IGNORECASE),
    re.compile(r"(?i:download|get|install) (?:the )?(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) (?i:app)\b"),
    re.compile(r"(?i:subscribe to|sign up for) (?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})(?:’s|'s) newsletter"),
    re.compile(r"(?i:follow) (?:the )?(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) on "
               r"(?i:twitter|x|facebook|instagram|social media)\b"),
]
_COMPANY_SUFFIX = re.compile(r"\s+(media|news|publishing|holdings)?\s*(ltd|limited|inc|llc|plc|gmbh|group|corp)\.?$",
                             re.IGNORECASE)
_NOT_OUTLETS = re.compile(r"^(the )?(app|apps|our|us|this|all|my|your|google|apple|iphone|android)$", re.IGNORECASE)


_SECTION = re.compile(r"\s+[–—|:»]\s+.*$|\s+-\s+.*$")


def site_name(name: str | None) -> str | None:
    """A feed or site title without its section: "Northgate Post – World" → "Northgate Post", so one outlet
    keeps one name whichever of its feeds or pages an article came from."""
    if not name:
        return None
    stripped = _SECTION.sub("", name.strip())
    return stripped if len(stripped) >= 2 else name.strip()


def outlet_from_url(url: str | None) -> str | None:
    """``https://www.dawn.com/news/1`` → ``dawn.com``: the site, without the ``www.``-like prefixes."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = re.sub(r"^(www\d?|m|amp|mobile|edition|news)\.", "", host)
    return host or None


def outlet_from_text(removed: tuple[Removed, ...] | list[Removed]) -> str | None:
    """The outlet as the page names itself in its own furniture: copyright lines, app and newsletter promos."""
    for piece in removed:
        for cue in _OUTLET_CUES:
            match = cue.search(piece.text)
            if match:
                name = _COMPANY_SUFFIX.sub("", match.group("name")).strip(" .-’',")
                if 2 <= len(name) <= 40 and not _NOT_OUTLETS.match(name) and not re.search(r"\d", name):
                    return name
    return None


# ---------------------------------------------------------------- dates

_DATE_IN_LINE = re.compile(
    r"(?:\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)|"
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?,?\s+\d{4})|"
    r"(?:\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)


def date_in_text(text: str) -> str | None:
    """The first complete calendar date written in ``text`` ("Nov 19, 2019", "2025-03-04"), as ISO 8601."""
    for match in _DATE_IN_LINE.finditer(text):
        value = normalise_date(match.group(0))
        if value:
            return value[:10] if "T" not in match.group(0) else value
    return None


def date_from_text(paragraphs: tuple[str, ...], removed: tuple[Removed, ...]) -> Inferred:
    """A publication date from a dateline ("RIVERTON, March 4, 2025 (Agency) –") or a date line next to the
    headline ("Published: 00:01, Tue, Nov 19, 2019"). A dateline without a year gives no date: the year would
    be a guess."""
    if paragraphs:
        dateline = DATELINE.match(paragraphs[0])
        if dateline:
            value = date_in_text(dateline.group(0))
            if value:
                return Inferred(value, "dateline")
    for piece in removed[:12]:
        if piece.reason in ("time stamp", "byline") or piece.reason.startswith("outside the article: time stamp"):
            value = date_in_text(piece.text)
            if value:
                return Inferred(value, "date line")
    if paragraphs and DATELINE.match(paragraphs[0]):
        return Inferred.unknown("the dateline gives no year and nothing else states a date")
    return Inferred.unknown("no date in metadata, dateline or date line")


# ---------------------------------------------------------------- title and language

_TRAILING_WORDS = frozenset("a an the of to in on at by for from with and or but that which who as its his her their".split())


def title_from_lead(paragraphs: tuple[str, ...], max_words: int = 14) -> str | None:
    """A stand-in title from the lead's first sentence, cut at ``max_words`` words."""
    if not paragraphs:
        return None
    lead = DATELINE.sub("", paragraphs[0], count=1)
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])", lead, maxsplit=1)[0].strip()
    words = sentence.split()
    if len(words) <= max_words:
        return sentence or None
    words = words[:max_words]
    while len(words) > 3 and words[-1].lower().strip(",;:") in _TRAILING_WORDS:
        words.pop()  # "... would strike deep inside the" reads better without the dangling "the"
    return " ".join(words).rstrip(",;:") + " …"


def detect_language(text: str) -> Inferred:
    """ISO 639-1 code of ``text``; too little text to tell is said so rather than guessed."""
    if size(text) < 5:
        return Inferred.unknown("too little text to tell the language")
    code, _score = py3langid.classify(text[:3000])  # a few paragraphs tell; the cost grows with the length
    return Inferred(code, "detected")
