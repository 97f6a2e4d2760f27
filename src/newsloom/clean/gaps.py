"""Find holes that stripped link text leaves in sentences: "agreed to a , on October 19".

Scrapers that drop the text of links leave a determiner or preposition with nothing after it. Such a sentence
must not be quoted as if it were whole, so the cleaner marks it; it does not try to guess the missing words.
"""
from __future__ import annotations

import re

from ..records import Gap

_OPENERS = r"a|an|the|to|of|in|on|at|for|with|by|from|into|about|its|their|his|her|our|this|these|those"
_GAP_BEFORE_PUNCT = re.compile(rf"\b(?:{_OPENERS})(?P<gap>\s+)[,.;:)](?!\d)", re.IGNORECASE)
_GAP_BETWEEN_FUNCTION_WORDS = re.compile(
    r"\b(?:a|an|the)(?P<gap>\s+)(?:a|an|the|in|on|at|of|that|which|who|is|was|were|are|for|to|with|by)\b",
    re.IGNORECASE,
)


def find_gaps(text: str) -> tuple[Gap, ...]:
    """Spans (over the white space where words are missing) of every probable stripped-link hole in ``text``."""
    gaps = []
    for pattern, reason in ((_GAP_BEFORE_PUNCT, "a word is missing before the punctuation"),
                            (_GAP_BETWEEN_FUNCTION_WORDS, "a word is missing between two function words")):
        for match in pattern.finditer(text):
            gaps.append(Gap(match.start("gap"), match.end("gap"), f"stripped link text? {reason}"))
    return tuple(sorted(gaps, key=lambda g: g.start))
