"""Plain-text scrapes and page dumps to article paragraphs: re-flow, de-duplicate, find the article."""
from __future__ import annotations

from .main_text import MainText, looks_like_headline, same_headline, select_main_text, strip_site_suffix
from .reflow import drop_repeats, paragraphs_from_lines


def extract_text(text: str, language: str | None = "en", title_hint: str | None = None) -> MainText:
    """The article in a plain-text scrape, with every dropped block kept in ``removed`` and why.

    A scrape's first block is often the page title (html-text and most scrapers put it there); when the page
    repeats it further down, that repeat is the headline.
    """
    blocks = paragraphs_from_lines(text)
    if title_hint is None and blocks and looks_like_headline(blocks[0]):
        page_title = strip_site_suffix(blocks[0])
        if any(same_headline(page_title, later) or same_headline(blocks[0], later) for later in blocks[1:40]):
            title_hint = blocks[0]
    blocks, repeated = drop_repeats(blocks)
    main = select_main_text(blocks, language, title_hint)
    return MainText(main.paragraphs, tuple(repeated) + main.removed, main.headline)
