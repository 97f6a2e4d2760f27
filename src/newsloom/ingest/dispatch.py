"""One expanded input → its documents: open it, unwrap gzip, pick the reader, attach what was given.

Every error an input can raise ends here as one Failure naming it, so a bad item never stops a batch.
Streams (WARC, JSON Lines, gzip) are read lazily; a stream that breaks part-way yields the documents read
before the break and then one Failure saying how far it got.

``fetched_at`` is when the content was saved or fetched: the file's modification time for files (a saved
scrape is as old as the file), the WARC-Date for WARC records, the time of the request for URLs and stdin.
"""
from __future__ import annotations

import gzip
import io
import stat
import sys
import zlib
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from newsloom.records import DocMeta, Failure, RawDocument

from . import feeds, html, jsondump, text, warc
from .decoding import charset_of, check_binary, read_capped
from .manifest import Givens
from .options import Context, IngestError, os_errors_as_reasons
from .sniff import GZIP_MAGIC, choose_kind, kind_by_content_type, kind_by_name
from .sources import Input

__all__ = ["read_input"]

_GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def read_input(item: Input, givens: Givens) -> Iterator[RawDocument | Failure]:
    """Documents and Failures for one input; never raises."""
    for manifest in item.manifests:
        yield from givens.load(manifest)
    if item.path is not None and givens.is_manifest(item.path):
        return  # the run's own manifest (options.manifest) is never read as content
    doc_given, item_given = givens.for_input(item)
    ctx = Context(name=item.name, options=givens.options, given=doc_given(None), item_given=item_given)
    produced = 0
    try:
        if item.url:
            source = _read_url(ctx, item.url, doc_given)
        elif item.stdin:
            source = _read_stdin(ctx)
        else:
            source = _read_path(ctx, item.path)
        for result in source:
            produced += 1
            yield result
    except IngestError as exc:
        yield Failure(item.name, _after(str(exc), produced))
    except _GZIP_ERRORS as exc:
        yield Failure(item.name, _after(_gzip_reason(exc), produced))
    except MemoryError:
        yield Failure(item.name, _after("out of memory", produced))
    except Exception as exc:  # a reader bug must not end the batch; say what it was
        yield Failure(item.name, _after(f"internal error: {type(exc).__name__}: {exc}"[:300], produced))


def _after(reason: str, produced: int) -> str:
    reason = " ".join(reason.split())  # one line, whatever an exception's text held
    return f"{reason} (after {produced} items)" if produced else reason


def _gzip_reason(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "truncated gzip"
    return f"corrupt gzip: {exc}"


def _read_path(ctx: Context, path: Path) -> Iterator[RawDocument | Failure]:
    with os_errors_as_reasons():
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe (``<(zcat x.gz)``) or device: read once, then sniff
            with open(path, "rb") as handle:
                data = read_capped(None, ctx.options.max_bytes, handle)
            yield from _read_bytes(ctx, data, path.name, None)
            return
        ctx = replace(ctx, fetched_at=datetime.fromtimestamp(info.st_mtime, tz=timezone.utc))
        with open(path, "rb") as handle:
            head = handle.read(4096)
    if not head:
        raise IngestError("empty file")
    name = path.name
    if kind_by_name(name) == "warc" or head.lstrip().startswith(b"WARC/"):
        with open(path, "rb") as handle:  # warcio reads gzipped WARCs member by member itself
            yield from warc.read(ctx, handle)
        return
    if head.startswith(GZIP_MAGIC):
        yield from _read_gzip_file(ctx, path, name[:-3] if name.lower().endswith(".gz") else name)
        return
    kind = choose_kind(name, head)
    if kind == "jsonl":
        check_binary(head)
        with open(path, "rb") as handle:
            yield from jsondump.read_lines(ctx, handle)
    else:
        yield from _read_bytes(ctx, read_capped(path, ctx.options.max_bytes), name, kind)


def _read_gzip_file(ctx: Context, path: Path, inner_name: str) -> Iterator[RawDocument | Failure]:
    with open(path, "rb") as handle:  # peek without gzip's EOFError on short or cut files
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(handle.read(65536), 4096)
    kind = choose_kind(inner_name, head)
    if kind == "warc":
        with open(path, "rb") as handle:
            yield from warc.read(ctx, handle)
    elif kind == "jsonl":
        check_binary(head)
        with gzip.open(path, "rb") as inner:
            yield from jsondump.read_lines(ctx, inner)
    else:
        with gzip.open(path, "rb") as inner:
            data = _decompressed(inner, ctx.options.max_bytes)
        yield from _read_bytes(ctx, data, inner_name, kind)


def _read_stdin(ctx: Context) -> Iterator[RawDocument | Failure]:
    stdin = getattr(sys.stdin, "buffer", None)
    if stdin is None:
        raise IngestError("standard input is closed")
    data = read_capped(None, ctx.options.max_bytes, stdin)
    yield from _read_bytes(ctx, data, "", None)


def _read_url(ctx: Context, url: str, doc_given: Callable[[str | None], DocMeta]) -> Iterator[RawDocument | Failure]:
    options = ctx.options
    final_url, content_type, _, body = options.fetcher()(url, options.timeout, options.max_bytes)
    ctx = replace(ctx, given=doc_given(final_url), charset=charset_of(content_type))
    kind = kind_by_content_type(content_type) or kind_by_name(final_url.split("?")[0].split("#")[0])
    yield from _read_bytes(ctx, body, "", kind, url=final_url, content_type=content_type)


def _read_bytes(ctx: Context, data: bytes, name: str, kind: str | None, url: str | None = None,
                content_type: str | None = None) -> Iterator[RawDocument | Failure]:
    """Route bytes already in memory; ``kind`` is a hint that content sniffing may override."""
    if not data:
        raise IngestError("empty file" if url is None else "empty response")
    kind = choose_kind(name, data[:4096], kind)
    if kind == "gzip":
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as inner:
            data = _decompressed(inner, ctx.options.max_bytes)
        inner_name = name[:-3] if name.lower().endswith(".gz") else name
        yield from _read_bytes(ctx, data, inner_name, None, url, content_type)
    elif kind == "warc":
        yield from warc.read(ctx, io.BytesIO(data))
    elif kind == "feed":
        yield from feeds.read(ctx, data, content_type, url)
    elif kind == "xml":
        raise IngestError("XML that is not an RSS, Atom or RDF feed")
    else:
        check_binary(data)
        if kind == "jsonl":
            yield from jsondump.read_lines(ctx, io.BytesIO(data))
        elif kind == "json":
            yield from jsondump.read(ctx, data)
        else:
            metadata = DocMeta(url=url) if url else None
            reader = html if kind == "html" else text
            yield reader.read(ctx, data, metadata)


def _decompressed(stream: BinaryIO, max_bytes: int) -> bytes:
    try:
        return read_capped(None, max_bytes, stream)
    except IngestError as exc:
        raise IngestError(f"{exc} once decompressed") from None
