"""RSS/Atom/RDF feeds → one document per entry, the entry's page fetched when the feed holds only a teaser.

Metadata comes from the entry: ``url`` = link, ``title``, ``published`` (ISO, offset kept), ``author``;
``outlet`` = the feed's title. The body is the entry's full content when it has at least
``SUMMARY_WORDS`` words. Otherwise the entry is a teaser, and with ``fetch_feed_pages`` on its link is
fetched and the page HTML becomes the body (``metadata.url`` = the page's final URL, past feed-proxy
redirects). Summary policy, so no teaser passes for an article:

* page fetched → one HTML document;
* fetch failed → one Failure ``feed#n`` naming the link and why, *and* a document from the summary if the
  summary has at least ``MIN_SUMMARY_WORDS`` words;
* fetching off or no link → a document from the summary if it has at least ``MIN_SUMMARY_WORDS`` words,
  else one Failure.

A malformed feed with no readable entries is one Failure; a malformed feed feedparser still recovers
entries from is read.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Iterator

import feedparser

from newsloom.records import DocMeta, Failure, RawDocument

from ..dates import normalise_date
from .decoding import charset_of, decode
from .options import Context, IngestError
from .sniff import kind_by_content_type, looks_like_html

__all__ = ["read", "SUMMARY_WORDS", "MIN_SUMMARY_WORDS"]

SUMMARY_WORDS = 150
MIN_SUMMARY_WORDS = 40
_TAG = re.compile(r"<[^>]+>")


def read(ctx: Context, data: bytes, content_type: str | None = None, url: str | None = None
         ) -> Iterator[RawDocument | Failure]:
    """Documents (and per-entry Failures) from the bytes of a feed; ``url`` is where it was fetched from."""
    headers = {}
    if content_type:
        headers["content-type"] = content_type
    if url:
        headers["content-location"] = url  # base for relative entry links
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.entries:
        if parsed.bozo:
            raise IngestError(f"malformed feed: {_reason(parsed.get('bozo_exception'))}")
        raise IngestError("feed has no entries")
    outlet = _clean(parsed.feed.get("title"))
    encoding = parsed.get("encoding") or "utf-8"
    for number, entry in enumerate(parsed.entries, 1):
        yield from _entry(ctx, entry, number, outlet, encoding)


def _entry(ctx: Context, entry, number: int, outlet: str | None, encoding: str
           ) -> Iterator[RawDocument | Failure]:
    name = ctx.item(number)
    link = entry.get("link") or None
    metadata = DocMeta.from_mapping({
        "url": link, "title": _clean(entry.get("title")), "published": _published(entry),
        "author": _clean(entry.get("author")), "outlet": outlet})
    full, full_type = _content(entry)
    if full and _words(full) >= SUMMARY_WORDS:
        yield _document(ctx, name, full, full_type, metadata, encoding)
        return
    teaser = max((full or "", entry.get("summary") or ""), key=_words)
    teaser_type = full_type if teaser == full else entry.get("summary_detail", {}).get("type")
    if link and ctx.options.fetch_feed_pages:
        try:
            yield _page(ctx, name, link, metadata)
            return
        except IngestError as exc:
            yield Failure(name, f"could not fetch the page {link}: {exc}")
        if _words(teaser) >= MIN_SUMMARY_WORDS:
            yield _document(ctx, name, teaser, teaser_type, metadata, encoding)
        return
    if _words(teaser) >= MIN_SUMMARY_WORDS:
        yield _document(ctx, name, teaser, teaser_type, metadata, encoding)
    elif not teaser.strip() and not link:
        yield Failure(name, "entry has no content, summary or link")
    else:
        why = "page fetching is off" if link else "the entry has no link"
        count = _words(teaser)
        yield Failure(name, f"only a summary of {count} word{'' if count == 1 else 's'} and {why}")


def _page(ctx: Context, name: str, link: str, metadata: DocMeta) -> RawDocument:
    final_url, content_type, _, body = ctx.options.fetcher()(link, ctx.options.timeout, ctx.options.max_bytes)
    if content_type and kind_by_content_type(content_type) != "html":
        raise IngestError(f"not an HTML page ({content_type.split(';')[0].strip()})")
    text, encoding = decode(body, charset_of(content_type))
    return RawDocument(source=name, media_type="text/html", body=text, fetched_at=datetime.now(timezone.utc),
                       metadata=DocMeta(url=final_url).over(metadata), given=ctx.given_for_item(link),
                       encoding=encoding)


def _document(ctx: Context, name: str, body: str, declared: str | None, metadata: DocMeta, encoding: str
              ) -> RawDocument:
    html = (declared or "").lower() in ("text/html", "application/xhtml+xml") or looks_like_html(body)
    return RawDocument(source=name, media_type="text/html" if html else "text/plain", body=body,
                       fetched_at=ctx.fetched_at, metadata=metadata, given=ctx.given_for_item(metadata.url),
                       encoding=encoding)


def _content(entry) -> tuple[str | None, str | None]:
    """The longest ``content`` value of an entry (Atom may carry several), with its type."""
    best = None
    for content in entry.get("content") or ():
        value = content.get("value") or ""
        if value.strip() and (best is None or _words(value) > _words(best.get("value") or "")):
            best = content
    return (best.get("value"), best.get("type")) if best else (None, None)


def _published(entry) -> str | None:
    for key in ("published", "updated", "created"):
        iso = normalise_date(entry.get(key))
        if iso:
            return iso
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    return None


def _words(text: str | None) -> int:
    return len(_TAG.sub(" ", text or "").split())


def _clean(text: str | None) -> str | None:
    return " ".join(_TAG.sub(" ", text).split()) or None if text else None


def _reason(exc: BaseException | None) -> str:
    text = str(exc or "unknown error").strip() or type(exc).__name__
    return text.splitlines()[0][:200]
