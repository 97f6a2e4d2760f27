"""Lines to paragraphs: join hard-wrapped lines, keep real paragraph breaks, drop verbatim repeats.

Scraped text comes in three shapes, often mixed in one file: paragraphs separated by blank lines, one paragraph
per line, and paragraphs hard-wrapped at a fixed width. A line break is a wrap, not a paragraph end, when the
line stops mid-sentence: it ends without closing punctuation and the next line continues in lower case, or it
ends with a comma, a hyphen or a conjunction-like word that cannot end a sentence.
"""
from __future__ import annotations

import re
import unicodedata

from ..records import Removed

_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = tuple(".!?…")
_CONTINUES = tuple(",-–—(/&")
_OPEN_WORDS = frozenset(
    "a an the of to in on at by for from with into onto over after before between against during under "
    "without within across through towards toward among upon and or but nor as that which who whom whose than "
    "if when while because although though his her their its our your my this these those is are was were be "
    "been has have had will would could should may might must not".split()
)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalise_text(text: str) -> str:
    """Unicode NFC, unified line ends, no zero-width characters or soft hyphens, no trailing spaces."""
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\u00a0", " ").replace("\t", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _is_wrap(line: str, following: str) -> bool:
    """Does the break between ``line`` and ``following`` fall inside a sentence?"""
    stripped = line.rstrip()
    nxt = following.lstrip()
    if not stripped or not nxt:
        return False
    core = stripped.rstrip(_CLOSERS) or stripped
    if core.endswith(_CONTINUES):
        return True
    if len(stripped) < 30:  # short lines are menu items or headings, not wrapped prose
        return False
    if nxt[0].islower() or (nxt[0] in "“\"‘'(" and nxt[1:2].islower()):
        return True  # a new paragraph does not start in lower case
    if core.endswith(_SENTENCE_END) or core.endswith((":", ";")):
        return False
    last_word = core.rsplit(None, 1)[-1].lower()
    return last_word in _OPEN_WORDS


def paragraphs_from_lines(text: str) -> list[str]:
    """Split ``text`` into paragraphs, re-flowing hard-wrapped lines. Whitespace inside a paragraph is folded."""
    paragraphs: list[str] = []
    current: list[str] = []
    lines = normalise_text(text).split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(" ".join(line.split()))
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if not _is_wrap(line, following):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _fingerprint(paragraph: str) -> str:
    return re.sub(r"\W+", " ", paragraph.casefold()).strip()


def drop_repeats(paragraphs: list[str], min_words: int = 4) -> tuple[list[str], list[Removed]]:
    """Keep the first of paragraphs repeated verbatim (up to case, spacing and punctuation).

    Very short paragraphs (section labels, "Advertisement") are left to the boilerplate filter, since a
    subheading may legitimately repeat a word elsewhere.
    """
    seen: set[str] = set()
    kept, removed = [], []
    for paragraph in paragraphs:
        key = _fingerprint(paragraph)
        if key in seen and len(key.split()) >= min_words:
            removed.append(Removed(paragraph, "repeated paragraph"))
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept, removed
