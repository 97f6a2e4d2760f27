"""Plain-text scrapes and page dumps to article paragraphs: re-flow, de-duplicate, find the article."""
from __future__ import annotations

from .main_text import MainText, looks_like_headline, select_main_text
from .reflow import drop_repeats, paragraphs_from_lines


def extract_text(text: str, language: str | None = "en", title_hint: str | None = None) -> MainText:
    """The article in a plain-text scrape, with every dropped block kept in ``removed`` and why.

    A scrape's first block is often the page title (html-text and most scrapers put it there), so it serves as
    the title hint when the caller knows none and it is headline-sized.
    """
    blocks = paragraphs_from_lines(text)
    if title_hint is None and blocks and looks_like_headline(blocks[0]):
        title_hint = blocks[0]
    blocks, repeated = drop_repeats(blocks)
    main = select_main_text(blocks, language, title_hint)
    return MainText(main.paragraphs, tuple(repeated) + main.removed, main.headline)
