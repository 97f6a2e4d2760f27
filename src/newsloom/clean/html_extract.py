"""HTML pages to article paragraphs and page metadata, through a cascade of extractors.

1. trafilatura (comments left out: a dossier cites the article, not its readers) gives the main text and the
   page's title, author, date and site name;
2. where it finds too little, readability-lxml's main-content guess;
3. where both fail, the page's whole visible text through the plain-text cleaner.
Whatever is chosen then goes through the same boilerplate rules as plain text, so promos and link lists that
sit inside the article markup are dropped in both paths alike.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml.etree import ParserError

from ..records import Removed
from .boilerplate import Kind, classify, size
from .main_text import same_headline, strip_site_suffix
from .metadata import Inferred, detect_language
from .text_extract import extract_text

_MIN_WORDS = 25  # below this, an extractor's answer is taken to be a miss, not a short article
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "blockquote", "pre", "header", "footer", "dd", "dt", "figcaption", "table", "ul", "ol")
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "head")

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("readability").setLevel(logging.ERROR)


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    method: str  # which step of the cascade produced the text
    language: Inferred  # detected in the extracted text (the page's own declaration is often wrong)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site_name: str | None = None
    url: str | None = None


def page_text(html: str) -> str:
    """All visible text of a page, one block element per line (what a scraper's text dump holds)."""
    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return ""
    for element in list(root.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        if element.tag in ("br",):
            continue
        element.text = "\n" + (element.text or "")
    text = root.text_content()
    return re.sub(r"\n\s*\n+", "\n\n", re.sub(r"[ \t\r\f\v]+", " ", text)).strip()


def _readability(html: str) -> str:
    from readability import Document  # imported late: it is only the second step of the cascade

    try:
        return page_text(Document(html).summary(html_partial=True))
    except Exception:  # readability raises bare Exceptions on pages it cannot parse
        return ""


def _filter(blocks: list[str], language: str | None, title: str | None) -> tuple[list[str], list[Removed]]:
    kept, removed = [], []
    for block in blocks:
        verdict = classify(block, language)
        if title and same_headline(block, title):
            removed.append(Removed(block, "headline"))
        elif verdict.kind in (Kind.FURNITURE, Kind.END):
            removed.append(Removed(block, verdict.reason))
        else:
            kept.append(block)
    return kept, removed


def _metadata_only(html: str, url: str | None):
    """The page's metadata when trafilatura found no main text (it then returns no document at all)."""
    try:
        return trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # metadata is a bonus: a page whose head cannot be read still gets its text
        return None


def extract_html(html: str, url: str | None = None, language: str | None = None) -> HtmlExtraction:
    """The article in an HTML page, with its metadata and what was dropped."""
    try:
        doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    except Exception:  # trafilatura may fail deep in lxml on broken markup; the cascade goes on
        doc = None
    source = doc if doc is not None else _metadata_only(html, url)
    meta = {}
    if source is not None:
        meta = dict(title=source.title, author=source.author, published=source.date, site_name=source.sitename,
                    url=source.url)
    title = meta.get("title")
    text, method = (doc.text or "") if doc is not None else "", "trafilatura"
    if size(text) < _MIN_WORDS:
        text, method = _readability(html), "readability"
    if size(text) < _MIN_WORDS:
        text, method = page_text(html), "page text"
    detected = detect_language(text)
    language = language or detected.value
    if method == "page text":
        main = extract_text(text, language, title)
        kept, removed = list(main.paragraphs), list(main.removed)
        title = title or main.headline
    else:
        blocks = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        kept, removed = _filter(blocks, language, title)
    return HtmlExtraction(tuple(kept), tuple(removed), method, detected,
                          title=strip_site_suffix(title) if title else None,
                          **{k: v for k, v in meta.items() if k != "title"})
