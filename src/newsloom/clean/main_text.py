"""Find the article in a page's text: the densest run of prose, its headline, and what lies around it.

Each block gets a weight (prose counts for, furniture against); the article is the run of blocks with the
greatest total weight (a maximum-sum subarray), never crossing the start of a comments or related-links
section. Headings and captions inside that run are kept; furniture inside it is dropped. This is the plain-text
counterpart of what an HTML extractor does with the DOM, so it also works on text dumps of whole pages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Removed
from .boilerplate import Kind, Verdict, classify, size

_ARTICLE_WORDS = 150  # prose enough to be an article rather than a teaser or a site blurb
_TITLE_SITE_SUFFIX = re.compile(r"\s+[|\-–—:·»]\s+[^|\-–—:·»]{2,40}$")


@dataclass(frozen=True, slots=True)
class MainText:
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    headline: str | None  # the page's own headline, found in the text, or None


def _discount_link_lists(verdicts: list[Verdict]) -> list[Verdict]:
    """After a related-links heading, teasers (a headline, a byline, one blurb, again and again) count against
    the article until two prose paragraphs in a row show that the article itself goes on."""
    adjusted, in_list = [], False
    for index, verdict in enumerate(verdicts):
        if verdict.reason == "related links heading":
            in_list = True
        elif in_list and verdict.kind is Kind.PROSE:
            following = verdicts[index + 1] if index + 1 < len(verdicts) else None
            if following is not None and following.kind is Kind.PROSE:
                in_list = False
        if in_list and verdict.reason != "related links heading":
            verdict = Verdict(Kind.FURNITURE, -abs(verdict.weight) / 2, "in a list of links")
        adjusted.append(verdict)
    return adjusted


def _best_runs(verdicts: list[Verdict]) -> list[tuple[float, int, int]]:
    """Per stretch between comment headings, the ``(weight, start, end)`` of its heaviest run of blocks."""
    runs: list[tuple[float, int, int]] = []
    best, best_span, total, start = 0.0, (0, 0), 0.0, 0
    for index, verdict in enumerate(verdicts + [Verdict(Kind.END, 0.0)]):
        if verdict.kind is Kind.END:
            if best > 0:
                runs.append((best, *best_span))
            best, best_span, total, start = 0.0, (0, 0), 0.0, index + 1
            continue
        if total <= 0:
            total, start = 0.0, index
        total += verdict.weight
        if total > best:
            best, best_span = total, (start, index + 1)
    return runs


def _article_run(verdicts: list[Verdict]) -> tuple[int, int]:
    """The article is the first stretch that holds a good part of the page's prose: comment threads come after
    the article and may be longer than it, so the heaviest stretch is not simply taken."""
    runs = _best_runs(verdicts)
    if not runs:
        return 0, 0
    enough = min(0.4 * max(weight for weight, _, _ in runs), _ARTICLE_WORDS)
    for weight, start, end in runs:
        if weight >= enough:
            return start, end
    return runs[0][1:]


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def looks_like_headline(block: str) -> bool:
    """Headline-sized (3 to 25 words), starting like a title and not ending mid-phrase."""
    return (3 <= size(block) <= 25 and not block.rstrip().endswith((",", ";"))
            and (block[:1].isalnum() or block[:1] in "“\"‘'") and not block[:1].islower())


def same_headline(a: str, b: str) -> bool:
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    shorter, longer = sorted((ka, kb), key=len)
    return len(shorter) >= 20 and longer.startswith(shorter) and len(shorter) >= 0.6 * len(longer)


def strip_site_suffix(title: str) -> str:
    """"Talks fail in Istanbul - The Daily Planet" → "Talks fail in Istanbul"."""
    stripped = _TITLE_SITE_SUFFIX.sub("", title).strip()
    return stripped if size(stripped) >= 3 else title.strip()


def _find_headline(blocks: list[str], start: int, title_hint: str | None) -> int | None:
    """Index of the headline block: the one matching the known title, else a first block that the page
    repeats, else the longest title-like block just before the body (bylines, time stamps and labels are
    shorter or are furniture)."""
    if title_hint:
        for index in range(max(0, start - 8), min(len(blocks), start + 2)):
            if size(blocks[index]) <= 30 and (same_headline(blocks[index], title_hint)
                                              or same_headline(blocks[index], strip_site_suffix(title_hint))):
                return index
    if len(blocks) > 1 and looks_like_headline(blocks[0]) and _key(blocks[0]) == _key(blocks[1]):
        return 0
    candidates = [index for index in range(max(0, start - 6), start)
                  if looks_like_headline(blocks[index]) and not blocks[index].rstrip().endswith(".")
                  and "|" not in blocks[index] and not blocks[index].isupper()
                  and classify(blocks[index]).kind is not Kind.FURNITURE]
    return max(candidates, key=lambda index: (size(blocks[index]), index)) if candidates else None


def select_main_text(blocks: list[str], language: str | None = "en", title_hint: str | None = None) -> MainText:
    """Pick the article's paragraphs out of ``blocks`` (already re-flowed paragraphs of a page or scrape)."""
    verdicts = _discount_link_lists([classify(block, language) for block in blocks])
    start, end = _article_run(verdicts)
    if start == end:  # nothing reads as prose: keep whatever is not furniture rather than lose a short text
        start, end = 0, len(blocks)
    headline_index = _find_headline(blocks, start, title_hint)
    headline = blocks[headline_index] if headline_index is not None else None
    kept: list[str] = []
    removed: list[Removed] = []
    for index, (block, verdict) in enumerate(zip(blocks, verdicts)):
        if headline is not None and (index == headline_index or same_headline(block, headline)):
            removed.append(Removed(block, "headline"))
        elif not start <= index < end:
            removed.append(Removed(block, f"outside the article: {verdict.reason or verdict.kind.value}"))
        elif verdict.kind in (Kind.FURNITURE, Kind.END):
            removed.append(Removed(block, verdict.reason))
        else:
            kept.append(block)
    if not kept:  # everything looked like furniture: better a noisy article than a lost one
        kept = [b for b, v in zip(blocks, verdicts) if v.kind is not Kind.END] or list(blocks)
        removed = []
    return MainText(tuple(kept), tuple(removed), headline)
