"""The quote before its speaker is resolved (``Draft``), and what the steps that make and join drafts ask of
quotations: how many words, whether one is a title rather than quoted words, which tokens are taken.
"""
from __future__ import annotations

from .view import View

MIN_QUOTE_WORDS = 4  # a quotation shorter than this is a title or a scare quote, never a quote by itself
MARKS = "“”\"'‘’«»"


class Draft:
    """A quote before its speaker is resolved: content as token ranges, kind, cue and speaker tokens."""

    __slots__ = ("content", "kind", "cue", "speaker", "how", "clause")

    def __init__(self, content: list[tuple[int, int]], kind: str, cue: tuple[int, int] | None,
                 speaker: int | None, how: str, clause: tuple[int, int]) -> None:
        self.content, self.kind, self.cue, self.speaker, self.how, self.clause = (content, kind, cue, speaker,
                                                                                  how, clause)


def region_words(view: View, number: int) -> int:
    a, b = view.region_tokens[number]
    return view.words_in(a, b)


def is_title(view: View, number: int) -> bool:
    titles = view.titles
    found = titles.get(number)
    if found is None:
        found = titles[number] = _title(view, number)
    return found


def _title(view: View, number: int) -> bool:
    """A quotation that names something ("The Dawn", “American Skin”) rather than quoting words: every word
    capitalised, and not at the head of a sentence, where any quotation starts with a capital."""
    region = view.regions[number]
    ra = view.region_tokens[number][0]
    if ra == view.sentence(ra)[0] or _last_char(view.text, region.start) in ":\n":
        return False
    if not _title_case(view.text[region.start:region.end]):
        return False
    text = view.text  # in a headline every word is capitalised: there a capitalised quotation is a quotation
    line = text[text.rfind("\n", 0, region.start) + 1:region.start] + text[region.end:text.find("\n", region.end)]
    return not _title_case(line, 3)


def _title_case(text: str, at_least: int = 1, at_most: int = 6) -> bool:
    """Whether every word of ``text`` (at least ``at_least`` of them, at most ``at_most``) is capitalised,
    short function words aside. Words are those with a letter; the first one that fails settles it."""
    count = 0
    for w in text.split():
        if not any(map(str.isalpha, w)):
            continue
        count += 1
        if at_least <= 1 and count > at_most:
            return False
        if not (w.strip(_STRIP).lower() in _SMALL or w.strip(MARKS)[:1].isupper()):
            return False
    return count >= at_least


_STRIP = MARKS + ",."
_SMALL = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "by", "with", "or"})


def _last_char(text: str, at: int) -> str:
    """The last character before ``at`` that is not a space or tab ("\n" counts; "" at the start)."""
    k = at - 1
    while k >= 0 and text[k] in " \t\xa0":
        k -= 1
    return text[k] if k >= 0 else "\n"


class Claimed:
    """The tokens some draft's content already holds, one flag a token: asked far more often than it grows."""

    def __init__(self, drafts: list[Draft], n: int) -> None:
        self.flags = flags = bytearray(n)
        for d in drafts:
            for a, b in d.content:
                flags[a:b] = b"\x01" * (b - a)

    def __contains__(self, i: int) -> bool:
        return self.flags[i] == 1

    def update(self, a: int, b: int) -> None:
        self.flags[a:b] = b"\x01" * (b - a)


def capitalised(view: View, number: int) -> bool:
    region = view.regions[number]
    words = [w.strip("“”\"'‘’«»,.") for w in view.text[region.start:region.end].split()]
    words = [w for w in words if w[:1].isalpha()]
    return len(words) > 1 and all(w[:1].isupper() or len(w) <= 3 for w in words)


def ends_sentence(view: View, number: int) -> bool:
    region = view.regions[number]
    return view.text[region.start:region.end].rstrip("”\"'’»").endswith((".", "?", "!", ",", "…"))


def only_quote(view: View, number: int) -> bool:
    """Whether quotation ``number`` opens its paragraph and fills it (trailing punctuation aside)."""
    region = view.regions[number]
    line_start = view.text.rfind("\n", 0, region.start) + 1
    line_end = view.text.find("\n", region.end)
    line_end = len(view.text) if line_end < 0 else line_end
    return not view.text[line_start:region.start].strip() and view.between_is_blank(region.end, line_end)
