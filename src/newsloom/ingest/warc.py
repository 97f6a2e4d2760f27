"""WARC/ARC crawl archives → one HTML document per successfully fetched page.

Only ``response`` records with status 200 (and ``resource`` records) whose content type is HTML are
articles; requests, metadata, redirects, images and scripts are skipped without a word, since a crawl is
mostly those. ``source`` is ``path#n`` with ``n`` the record's position in the file (1-based, counting every
record), the WARC-Target-URI goes to ``metadata.url`` and the WARC-Date to ``fetched_at``.

warcio stops silently at a cut, so damage is checked here: a record shorter than its Content-Length or
with no length at all (headers cut), or bytes left after the last whole record, give one Failure naming
how far reading got; the records before the damage have been yielded already. The size cap applies per
record, not to the archive, since crawls are routinely gigabytes.
"""
from __future__ import annotations

import zlib
from datetime import datetime, timezone
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsloom.records import DocMeta, Failure, RawDocument

from ..dates import normalise_date
from .decoding import charset_of, decode
from .options import Context, IngestError, cap_text

__all__ = ["read"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read(ctx: Context, stream: BinaryIO) -> Iterator[RawDocument | Failure]:
    """Documents from a (possibly gzipped) WARC or ARC stream; ``stream`` must be seekable."""
    iterator = ArchiveIterator(stream)
    count = 0
    end = 0
    try:
        for record in iterator:
            count += 1
            result = _record(ctx, record, count)
            iterator.read_to_end()
            if record.length is None or getattr(record.raw_stream, "limit", 0) > 0:
                yield Failure(ctx.name, f"truncated WARC: record {count} is cut short "
                                        f"({count - 1} records read before it)")
                return
            offset, length = iterator.member_info
            end = offset + length
            if result is not None:
                yield result
    except Exception as exc:  # warcio raises anything from ValueError to AttributeError on garbage
        if count == 0 and not isinstance(exc, (EOFError, zlib.error)):
            raise IngestError("not a WARC/ARC file (no readable record)") from None
        detail = str(exc) if isinstance(exc, (ArchiveLoadFailed, EOFError, zlib.error)) else "unreadable record"
        yield Failure(ctx.name, f"truncated or corrupt WARC after record {count}: {detail}"[:300])
        return
    if count == 0:
        raise IngestError("not a WARC/ARC file (no records)")
    stream.seek(end)
    tail = stream.read(4096)
    if tail.strip(b"\r\n \t\x00"):
        yield Failure(ctx.name, f"truncated or corrupt WARC after record {count}: unreadable data follows")


def _record(ctx: Context, record, n: int) -> RawDocument | Failure | None:
    """The document in one record, None for records that are not HTML pages."""
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if not content_type.split(";")[0].strip().lower() in _HTML_TYPES:
        return None
    cap = ctx.options.max_bytes
    name = ctx.item(n)
    payload = record.content_stream().read(cap + 1)
    if len(payload) > cap:
        return Failure(name, f"record larger than the {cap_text(cap)} cap")
    try:
        body, encoding = decode(payload, charset_of(content_type))
    except IngestError as exc:
        return Failure(name, str(exc).replace("file", "record"))
    url = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("uri")
    return RawDocument(source=name, media_type="text/html", body=body, fetched_at=_date(record) or ctx.fetched_at,
                       metadata=DocMeta(url=url), given=ctx.given_for_item(url), encoding=encoding)


def _date(record) -> datetime | None:
    raw = record.rec_headers.get_header("WARC-Date") or record.rec_headers.get_header("archive-date")
    if not raw:
        return None
    if raw.isdigit() and len(raw) == 14:  # ARC: YYYYMMDDhhmmss, UTC
        try:
            return datetime.strptime(raw, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
        except ValueError:
            return None
    iso = normalise_date(raw)
    if iso is None or "T" not in iso:
        return None
    moment = datetime.fromisoformat(iso)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
