"""Plain-text scrapes: the body is the text as it was saved, for the cleaner to take apart.

Nothing is stripped or re-wrapped here; line breaks, boilerplate and all are the cleaner's evidence.
"""
from __future__ import annotations

from newsloom.records import DocMeta, RawDocument

from .decoding import decode
from .options import Context

__all__ = ["read"]


def read(ctx: Context, data: bytes, metadata: DocMeta | None = None) -> RawDocument:
    """One ``text/plain`` document; raises :class:`IngestError` for binary or empty data."""
    body, encoding = decode(data, ctx.charset)
    return RawDocument(source=ctx.name, media_type="text/plain", body=body, fetched_at=ctx.fetched_at,
                       metadata=metadata or DocMeta(), given=ctx.given, encoding=encoding)
