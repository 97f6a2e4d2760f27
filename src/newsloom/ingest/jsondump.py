"""JSON dumps of articles (scraper output, news APIs, CMS exports) → one document per article.

Accepted shapes: an array of objects, one article object, an object holding the list under
``articles``/``items``/``data``/``results`` (also one level down, as in ``{"response": {"results": [...]}}``),
or JSON Lines. Field names are matched loosely (case, ``_`` and ``-`` ignored), values may be nested the
way CMS APIs nest them (``{"rendered": ...}``, ``{"name": ...}``, lists of authors or paragraphs), and
``field_map`` names the key (dotted for nested) for any field the defaults miss. A bad entry or line is one
Failure; the rest of the dump goes on. JSON Lines are read line by line, so a large dump is never held whole.
"""
from __future__ import annotations

import json
from typing import Any, BinaryIO, Iterator

from newsloom.records import DocMeta, Failure, RawDocument

from ..dates import from_timestamp, normalise_date
from .decoding import decode
from .options import Context, IngestError, cap_text
from .sniff import looks_like_html

__all__ = ["read", "read_lines", "FIELDS"]

#: Our field → the keys tried, in order (compared with case, "_" and "-" ignored).
FIELDS = {
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article", "articleBody", "full_text", "description"),
    "url": ("url", "link", "canonical_url"),
    "published": ("date", "published", "published_at", "pubDate", "datePublished", "publication_date"),
    "outlet": ("source", "outlet", "publisher", "site", "site_name"),
    "author": ("author", "byline", "authors"),
    "language": ("language", "lang"),
}
_CONTAINERS = ("articles", "items", "data", "results")
_NESTED_VALUE = ("rendered", "value", "text", "name", "#text", "content")


def read(ctx: Context, data: bytes) -> Iterator[RawDocument | Failure]:
    """Documents from a whole JSON (or JSON Lines) text."""
    text, encoding = decode(data, ctx.charset)
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        if _first_line_parses(text):
            yield from _lines(ctx, enumerate(text.splitlines(), 1), encoding)
            return
        raise IngestError(f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    yield from _documents(ctx, parsed, encoding)


def read_lines(ctx: Context, stream: BinaryIO) -> Iterator[RawDocument | Failure]:
    """Documents from a JSON Lines stream, one line at a time, each line capped at ``max_bytes``."""
    yield from _lines(ctx, _decoded_lines(ctx, stream))


def _decoded_lines(ctx: Context, stream: BinaryIO) -> Iterator[tuple[int, str | Failure]]:
    cap = ctx.options.max_bytes
    number = 0
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        number += 1
        if len(line) > cap and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield number, Failure(ctx.item(number), f"line {number}: larger than the {cap_text(cap)} cap")
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        try:
            yield number, line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                yield number, decode(line, ctx.charset)[0]
            except IngestError as exc:
                yield number, Failure(ctx.item(number), f"line {number}: {exc}")


def _lines(ctx: Context, lines, encoding: str = "utf-8") -> Iterator[RawDocument | Failure]:
    seen = False
    for number, line in lines:
        if isinstance(line, Failure):
            yield line
            continue
        if not line.strip():
            continue
        seen = True
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(ctx.item(number), f"line {number}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        yield _document(ctx, entry, number, encoding)
    if not seen:
        raise IngestError("empty file")


def _first_line_parses(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        return isinstance(json.loads(first), dict) and len(text.strip().splitlines()) > 1
    except json.JSONDecodeError:
        return False


def _documents(ctx: Context, parsed: Any, encoding: str) -> Iterator[RawDocument | Failure]:
    entries = _entries(ctx, parsed)
    if entries is None:
        yield _document(ctx, parsed, None, encoding)
        return
    if not entries:
        raise IngestError("no articles in the JSON (empty list)")
    for number, entry in enumerate(entries, 1):
        yield _document(ctx, entry, number, encoding)


def _entries(ctx: Context, parsed: Any) -> list | None:
    """The list of articles in a parsed dump, or None when ``parsed`` is itself one article."""
    if isinstance(parsed, list):
        return parsed
    if not isinstance(parsed, dict):
        raise IngestError(f"JSON {type(parsed).__name__} is not an article, a list of articles or a wrapper")
    nested = [v for v in parsed.values() if isinstance(v, dict)]
    for position, holder in enumerate([parsed, *nested]):
        if position == 1 and _has_text(ctx, parsed):
            return None  # an article holding nested objects, not a wrapper
        for key, value in holder.items():
            if _norm(key) in _CONTAINERS and isinstance(value, list) and any(isinstance(v, dict) for v in value):
                return value
    if _has_text(ctx, parsed):
        return None
    raise IngestError("no list of articles (articles/items/data/results) and no text field")


def _has_text(ctx: Context, entry: dict) -> bool:
    lowered = {_norm(k): v for k, v in entry.items()}
    return any(_lookup(entry, lowered, key) is not None for key in _keys(ctx, "text"))


def _document(ctx: Context, entry: Any, number: int | None, encoding: str) -> RawDocument | Failure:
    name = ctx.name if number is None else ctx.item(number)
    if not isinstance(entry, dict):
        return Failure(name, f"entry is a JSON {type(entry).__name__}, not an object")
    text = _field(ctx, entry, "text")
    if text is None:
        if _has_text(ctx, entry):
            return Failure(name, "text field is empty")
        return Failure(name, f"no text field among {'/'.join(_keys(ctx, 'text'))}")
    published = _field(ctx, entry, "published")
    values = {name_: _field(ctx, entry, name_) for name_ in ("title", "url", "outlet", "author", "language")}
    values["published"] = published
    metadata = DocMeta.from_mapping(values)
    given = ctx.given if number is None else ctx.given_for_item(metadata.url)
    media_type = "text/html" if looks_like_html(text) else "text/plain"
    return RawDocument(source=name, media_type=media_type, body=text, fetched_at=ctx.fetched_at,
                       metadata=metadata, given=given, encoding=encoding)


def _keys(ctx: Context, field: str) -> tuple[str, ...]:
    mapped = ctx.options.field_map.get(field)
    return ((mapped,) if mapped else ()) + FIELDS[field]


def _field(ctx: Context, entry: dict, field: str) -> str | None:
    """The first usable value for ``field``, made a string the way that field needs."""
    lowered = {_norm(k): v for k, v in entry.items()}
    for key in _keys(ctx, field):
        value = _lookup(entry, lowered, key)
        if value is None:
            continue
        if field == "published":
            result = _date(value)
        else:
            result = _string(value, joiner="\n\n" if field == "text" else ", ")
        if result is not None and result.strip():
            return result
    return None


def _lookup(entry: dict, lowered: dict, key: str) -> Any:
    if key in entry:
        return entry[key]
    if "." in key:
        value: Any = entry
        for part in key.split("."):
            if not isinstance(value, dict) or part not in value:
                return None
            value = value[part]
        return value
    return lowered.get(_norm(key))


def _string(value: Any, joiner: str) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        for key in _NESTED_VALUE:
            if key in value:
                return _string(value[key], joiner)
        return None
    if isinstance(value, list):
        parts = [_string(v, joiner) for v in value]
        parts = [p.strip() for p in parts if p and p.strip()]
        return joiner.join(parts) if parts else None
    return None


def _date(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return from_timestamp(value)
    text = _string(value, " ")
    if text and text.strip().isdigit() and len(text.strip()) in (10, 13):
        return from_timestamp(int(text.strip()))
    return normalise_date(text) if text else None


def _norm(key: Any) -> str:
    return str(key).lower().replace("_", "").replace("-", "")
