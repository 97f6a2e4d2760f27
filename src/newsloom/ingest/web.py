"""Fetching one URL: bounded in time, size and redirects, with failures worded for a user.

Used for URL inputs, feed URLs and the pages of feed entries that carry only a summary. The body is
streamed and refused as soon as it passes the cap (the Content-Length header is checked first), so a
huge or endless response costs at most ``max_bytes``. Anything that is not a 2xx response with a text-like
content type is an :class:`IngestError` whose message is the Failure reason ("HTTP 404", "unreachable:
connection refused", "timed out after 20 s", ...). The timeout bounds each network wait; a response still
arriving after three times the timeout is cut.
"""
from __future__ import annotations

import ssl
import time
from functools import lru_cache
from typing import Mapping, NamedTuple

import httpx

from .options import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, IngestError, cap_text

__all__ = ["fetch", "FetchResult", "USER_AGENT", "MAX_REDIRECTS"]

USER_AGENT = "newsloom/0.1"
MAX_REDIRECTS = 5
_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/rss+xml",
               "application/atom+xml", "application/rdf+xml", "application/json", "application/feed+json",
               "application/x-ndjson")


class FetchResult(NamedTuple):
    final_url: str
    content_type: str
    headers: Mapping[str, str]
    body: bytes


@lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    """Built once: making a TLS context per request costs more than many small requests."""
    try:
        import certifi
        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:  # pragma: no cover - certifi comes with httpx
        return ssl.create_default_context()


def fetch(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> FetchResult:
    """GET ``url`` following up to 5 redirects; raises :class:`IngestError` with a one-line reason."""
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout,
                          headers={"User-Agent": USER_AGENT}, verify=_ssl_context()) as client:
            with client.stream("GET", url) as response:
                return _read(response, max_bytes, time.monotonic() + 3 * timeout)
    except IngestError:
        raise
    except httpx.TooManyRedirects:
        raise IngestError(f"too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx.TimeoutException:
        raise IngestError(f"timed out after {timeout:g} s") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise IngestError(f"invalid URL: {exc}") from None
    except httpx.ConnectError as exc:
        raise IngestError(f"unreachable: {_connect_reason(exc)}") from None
    except httpx.HTTPError as exc:
        raise IngestError(f"fetch failed: {type(exc).__name__}: {exc}"[:300]) from None


def _read(response: httpx.Response, max_bytes: int, deadline: float) -> FetchResult:
    if not response.is_success:
        phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
        raise IngestError(f"HTTP {response.status_code}{phrase}")
    content_type = response.headers.get("content-type", "")
    mime = content_type.split(";")[0].strip().lower()
    if mime and not mime.startswith(_TEXT_TYPES):
        raise IngestError(f"not a text or HTML page ({mime})")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise IngestError(f"larger than the {cap_text(max_bytes)} cap")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise IngestError(f"larger than the {cap_text(max_bytes)} cap")
        chunks.append(chunk)
        if time.monotonic() > deadline:  # httpx times each read; a trickling response needs a total limit
            raise IngestError("timed out: response still arriving after 3 x the timeout")
    return FetchResult(str(response.url), content_type, dict(response.headers), b"".join(chunks))


def _connect_reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "refused" in text:
        return "connection refused"
    if any(s in text for s in ("name or service not known", "nodename nor servname", "getaddrinfo",
                               "name resolution", "no address associated")):
        return "host not found"
    if "unreachable" in text:
        return "network unreachable"
    if "certificate" in text or "ssl" in text:
        return f"TLS error: {exc}"[:200]
    return str(exc)[:200] or type(exc).__name__
