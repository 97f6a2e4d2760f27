"""Saved or fetched HTML pages: decoded to text and passed on whole.

The page's own metadata (``<title>``, ``og:`` and ``article:`` tags, JSON-LD) is read by the cleaner, which
parses the page anyway; here the page is only decoded, using the transport's charset or its ``<meta charset>``.
Malformed markup (unclosed tags) is not an error: parsers downstream recover from it as browsers do.
"""
from __future__ import annotations

from newsloom.records import DocMeta, RawDocument

from .decoding import decode
from .options import Context

__all__ = ["read"]


def read(ctx: Context, data: bytes, metadata: DocMeta | None = None) -> RawDocument:
    """One ``text/html`` document; raises :class:`IngestError` for binary or empty data."""
    body, encoding = decode(data, ctx.charset)
    return RawDocument(source=ctx.name, media_type="text/html", body=body, fetched_at=ctx.fetched_at,
                       metadata=metadata or DocMeta(), given=ctx.given, encoding=encoding)
