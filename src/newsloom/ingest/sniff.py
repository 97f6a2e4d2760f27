"""What kind of input a name or a first few KB of bytes is, so the right reader gets it.

Extensions are trusted for containers (JSON, WARC) and for plain text vs HTML, but a feed is recognised by
content whatever it is called (browsers save feeds as ``.html``, crawlers as ``.txt``); unknown extensions
and stdin are sniffed.
"""
from __future__ import annotations

import re

__all__ = ["KINDS", "kind_by_name", "kind_by_content_type", "sniff", "choose_kind", "looks_like_html",
           "GZIP_MAGIC"]

KINDS = ("text", "html", "json", "jsonl", "warc", "feed", "gzip", "xml")
GZIP_MAGIC = b"\x1f\x8b"
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc", ".arc": "warc",
    ".xml": "xml", ".rss": "xml", ".atom": "xml", ".rdf": "xml",
    ".gz": "gzip", ".gzip": "gzip",
}
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|p|div|span|br|a\s|h[1-6]|article|section|main|ul|ol|li|em"
    r"|strong|b|i|blockquote|figure|img|table|tr|td|header|footer|nav|script|style)\b[^<>]*>", re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)\b", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def kind_by_name(name: str) -> str | None:
    """Kind from the file name alone (``x.warc.gz`` is WARC, ``x.html.gz`` is gzip), or None."""
    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz", ".warc.gzip")):
        return "warc"
    dot = lower.rfind(".")
    slash = max(lower.rfind("/"), lower.rfind("\\"))
    if dot <= slash + 1:
        return None
    return _EXTENSIONS.get(lower[dot:].split("?")[0])


def kind_by_content_type(content_type: str | None) -> str | None:
    """Kind from an HTTP Content-Type, or None when only the content can tell (``text/plain``, missing)."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime.endswith(("/xml", "+xml")):
        return "xml"
    if mime in ("application/json", "application/feed+json", "text/json"):
        return "json"
    if mime in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
        return "jsonl"
    return None


def sniff(head: bytes) -> str:
    """Kind from the first bytes of the content."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head[:3] == b"\xef\xbb\xbf":
        head = head[3:]
    elif head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    stripped = head.lstrip()
    if stripped.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if stripped.startswith((b"{", b"[")):
        return "json"
    if stripped.startswith(b"<"):
        if _FEED_ROOT.search(head[:4096]) and not _HTML_START.match(head):
            return "feed"
        if stripped.startswith(b"<?xml") and not re.search(rb"<html\b", head[:4096], re.I):
            return "xml"
    text = head[:4096].decode("latin-1")
    return "html" if looks_like_html(text) else "text"


def choose_kind(name: str, head: bytes, hint: str | None = None) -> str:
    """The reader for an input: ``hint`` (from the name or Content-Type) checked against the content.

    Containers named by their extension keep it (a broken ``.json`` should fail as JSON, not be read as text);
    anything that sniffs as a feed is a feed; XML that is not a feed stays ``xml`` (the caller refuses it).
    """
    hint = hint or kind_by_name(name)
    sniffed = sniff(head)
    if sniffed == "gzip":
        return "gzip"
    if hint in ("json", "jsonl", "warc"):
        return hint
    if sniffed == "feed":
        return "feed"
    if hint == "xml":
        return "html" if sniffed == "html" else "xml"
    if hint in ("text", "html"):
        return hint
    return sniffed


def looks_like_html(text: str) -> bool:
    """Whether a string carries HTML markup (a JSON body or feed summary with ``<p>`` tags, say)."""
    return bool(_HTML_TAG.search(text[:20000]))
