"""Quotation marks found in the text itself, before any parse: the parser splits, merges and mislabels quote
tokens, while the marks and their neighbours say plainly where a quotation opens and closes.

Handles curly, straight, doubled (``''`` as some archives print it), single and « » marks; tells
apostrophes (it’s, the Taliban’s, ’90s, teachers’) from closing single quotes; follows a quotation over
several paragraphs when each paragraph reopens it; and closes a quotation left open at the end of its
paragraph, so one stray mark never swallows the rest of the article.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np

from ._tokens import positions_of

_MARKS = "\"“”„‟«»″‘’‚‹›'`"
_SINGLE = "‘’'‚‹›"
_DECADE = re.compile(r"\d\d(?:s\b|\b)")
_OPENERS_BEFORE = set("([{—–-/") | {"“", "‘", "«", "„"}
_IS_MARK = np.zeros(max(map(ord, _MARKS)) + 1, dtype=np.uint8)  # 1 for a quote mark, by code point
_IS_MARK[[ord(m) for m in _MARKS]] = 1
_new = tuple.__new__  # a Region from its four fields, without the keyword handling of its constructor


class Region(NamedTuple):
    """A quotation: ``start`` at its opening mark, ``end`` just after its closing mark (or at the end of the
    paragraph where it was left open, ``closed`` then False). ``double`` is False for single marks."""

    start: int
    end: int
    closed: bool = True
    double: bool = True


def _role(text: str, at: int, mark: str) -> tuple[str, str | None]:
    """(family, role) of the mark at ``at``: family ``d`` or ``s``; role ``open``, ``close``, ``either`` or
    ``None`` for an apostrophe."""
    if mark in ("“", "„", "‟", "«", "``"):
        return "d", "open"
    after = text[at + len(mark)] if at + len(mark) < len(text) else " "
    if mark in ("”", "»", "″"):
        if (at == 0 or text[at - 1] == "\n") and after.isalnum():
            return "d", "open"  # a closing mark heading a paragraph: a mis-curled opening one
        return "d", "close"
    before = text[at - 1] if at > 0 else " "
    space_before = before.isspace() or before in _OPENERS_BEFORE
    space_after = after.isspace() or after in ".,;:!?)]}—–-" or at + len(mark) >= len(text)
    if mark in ('"', "''"):
        if space_before and not space_after:
            return "d", "open"
        if space_after and not space_before:
            return "d", "close"
        return "d", "either"
    # single marks
    if before.isalnum() and after.isalnum():
        return "s", None  # it’s, don't
    if _DECADE.match(text, at + 1) and (space_before or not before.isalnum()):
        return "s", None  # ’90s, '16
    if mark in ("‘", "‚", "‹"):
        return "s", "open"
    if mark == "›":
        return "s", "close"
    if space_before and not space_after:
        return ("s", None) if mark == "’" else ("s", "open")  # ’em, ’tis are elisions; ' may open
    if not space_before:
        return "s", "close"  # a closing mark, or a plural possessive (teachers’): paired only if opened
    return "s", None


def find_regions(text: str) -> list[Region]:
    """Every quotation in ``text``, double marks first, then single marks outside them, in text order."""
    doubles: list[tuple[int, int, str]] = []
    singles: list[tuple[int, int, str]] = []
    last = len(text) - 1
    taken = 0  # end of the last mark: the second half of a doubled one ('' or ``) is not a mark again
    for at in mark_positions(text):
        if at < taken:
            continue
        mark = text[at]
        if mark in "'`" and at < last and text[at + 1] == mark:
            mark += mark
        elif mark == "`":
            continue
        elif mark in _SINGLE and 0 < at < last and text[at - 1].isalnum() and text[at + 1].isalnum():
            continue  # it’s, don't: an apostrophe
        taken = at + len(mark)
        if mark == "“":  # the commonest mark needs no context (as ``_role`` says)
            doubles.append((at, taken, "open"))
            continue
        family, role = _role(text, at, mark)
        if role is None:
            continue
        (doubles if family == "d" else singles).append((at, taken, role))
    regions = _pair(text, doubles, double=True)
    if singles:
        if regions:
            outside, k = [], 0
            for m in singles:  # both lists in text order: walk them together
                while k < len(regions) and regions[k].end <= m[0]:
                    k += 1
                if k == len(regions) or m[0] < regions[k].start:
                    outside.append(m)
        else:
            outside = singles
        regions += _pair(text, outside, double=False)
        regions.sort()
    return regions


def mark_positions(text: str) -> list[int]:
    """Where every quote-mark character stands, in text order: one compiled pass over the text instead of a
    scan per mark."""
    return positions_of(text, _IS_MARK)


def _pair(text: str, marks: list[tuple[int, int, str]], double: bool) -> list[Region]:
    """Pair opening and closing marks of one family, line by line, following a quotation across a line break
    only when the next line reopens it (a quote running over paragraphs) or closes it first (hard wrap)."""
    out: list[Region] = []
    opened: int | None = None  # where the open quotation starts
    anchor = 0  # its latest (re)opening mark: line breaks are counted from there
    for start, end, role in marks:
        if opened is not None and text.find("\n", anchor, start) >= 0:
            if _reopens(text, anchor, start, role) and _same_style(text[opened], text[start]):
                anchor = start
                continue  # the reopening mark at the head of a continued paragraph
            if not _closes_wrapped(text, anchor, start, role):
                out.append(_new(Region, (opened, _line_end(text, anchor), False, double)))
                opened = None
        if opened is None:
            if role in ("open", "either"):
                opened = anchor = start
            continue
        if role in ("close", "either"):
            out.append(_new(Region, (opened, end, True, double)))
            opened = None
        elif role == "open" and double:  # a second opening mark on the same line: the first was never closed
            out.append(_new(Region, (opened, _last_sentence_end(text, opened, start), False, double)))
            opened = anchor = start
    if opened is not None:
        out.append(_new(Region, (opened, _line_end(text, anchor), False, double)))
    if not double:
        out = [r for r in out if r.closed]  # an unclosed single mark is far more often an apostrophe
    return [r for r in out if r.end > r.start + 1]


def _same_style(first: str, again: str) -> bool:
    """A paragraph reopens a quotation with the kind of mark that opened it (curly with curly, straight with
    straight); anything else starts a new quotation."""
    straight = "\"'"
    return (first in straight) == (again in straight)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _line_end(text: str, at: int) -> int:
    """End of the line holding ``at`` (a quotation left open is closed there), trailing spaces left out."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    while end > at and text[end - 1].isspace():
        end -= 1
    return end


def _reopens(text: str, anchor: int, at: int, role: str) -> bool:
    """A mark heading the line right after the quotation's line (blank lines between allowed): the
    convention for a quotation running over several paragraphs."""
    if role not in ("open", "either") or text[_line_start(text, at):at].strip():
        return False
    return not text[text.find("\n", anchor):_line_start(text, at)].strip()


def _closes_wrapped(text: str, anchor: int, at: int, role: str) -> bool:
    """A closing mark a few hard-wrapped lines on (no blank line between): the quotation simply goes on."""
    between = text[anchor:at]
    return role in ("close", "either") and not re.search(r"\n\s*\n", between) and between.count("\n") <= 6


def _last_sentence_end(text: str, opened: int, before: int) -> int:
    """Where an unclosed quotation most plausibly ended: the last sentence end before the next opening mark."""
    chunk = text[opened:before]
    best = max(chunk.rfind(". "), chunk.rfind("? "), chunk.rfind("! "))
    return opened + best + 1 if best > 0 else before
