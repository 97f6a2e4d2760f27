"""From a raw document to an :class:`Article`: main text, title, outlet, date, language, and what was removed."""
from __future__ import annotations

from ..records import Article, RawDocument
from .gaps import find_gaps
from .html_extract import extract_html
from .metadata import (Inferred, date_from_text, detect_language, first_stated, outlet_from_text,
                       outlet_from_url, site_name, title_from_lead)
from .text_extract import extract_text
from .boilerplate import size
from ..dates import normalise_date


class EmptyArticle(ValueError):
    """The document holds no article text once boilerplate is gone."""


def clean_document(raw: RawDocument) -> Article:
    """Clean one raw document. Raises :class:`EmptyArticle` when nothing of an article is left."""
    given, stated = raw.given, raw.metadata
    stated_language = given.language or stated.language
    title_hint = given.title or stated.title
    page_meta: dict[str, str | None] = {}
    if raw.media_type == "text/html":
        page = extract_html(raw.body, url=given.url or stated.url, language=stated_language)
        paragraphs, removed, headline = page.paragraphs, page.removed, page.title
        page_meta = dict(title=page.title, author=page.author, published=page.published,
                         site_name=page.site_name, url=page.url)
        detected = page.language
    else:
        detected = detect_language(raw.body)  # the scrape's furniture is in the article's language too
        main = extract_text(raw.body, stated_language or detected.value, title_hint)
        paragraphs, removed, headline = main.paragraphs, main.removed, main.headline
    if not paragraphs or size(" ".join(paragraphs)) == 0:
        raise EmptyArticle("no article text left after removing boilerplate")

    url = given.url or stated.url or page_meta.get("url")
    title = first_stated((given.title, "given"), (stated.title, "metadata"), (page_meta.get("title"), "page"),
                         (headline, "text: headline")) or Inferred(title_from_lead(paragraphs), "text: lead sentence")
    outlet = first_stated((given.outlet, "given"), (site_name(stated.outlet), "metadata"),
                          (site_name(page_meta.get("site_name")), "page"), (outlet_from_url(url), "url"),
                          (outlet_from_text(removed), "text")) or Inferred.unknown("no outlet in metadata, URL or text")
    published = _published(raw, page_meta.get("published"), paragraphs, removed)
    language = first_stated((given.language, "given"), (stated.language, "metadata")) or detected
    article = Article.create(
        raw.source, paragraphs, url=url, outlet=outlet.value, outlet_how=outlet.how,
        title=title.value, title_how=title.how, byline=given.author or stated.author or page_meta.get("author"),
        published=published.value, published_how=published.how, language=language.value,
        media_type=raw.media_type, fetched_at=raw.fetched_at, removed=removed,
    )
    return article.with_changes(gaps=find_gaps(article.text))


def _published(raw: RawDocument, page_date: str | None, paragraphs, removed) -> Inferred:
    for value, how in ((raw.given.published, "given"), (raw.metadata.published, "metadata"), (page_date, "page")):
        if value:
            normalised = normalise_date(value)
            if normalised:
                return Inferred(normalised, how)
    return date_from_text(tuple(paragraphs), tuple(removed))
