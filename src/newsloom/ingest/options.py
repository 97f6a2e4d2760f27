"""What a caller can set for one ingest run, and the per-input context every reader receives.

Kept apart from ``__init__`` so readers can import it without a cycle.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterator, Mapping

from newsloom.records import DocMeta

from ..dates import normalise_date

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
#: The fields a JSON ``field_map`` can name.
FIELD_NAMES = ("text", "title", "url", "published", "outlet", "author", "language")


class IngestError(Exception):
    """One input item cannot be read; the message is the one-line reason shown to the user."""


@contextmanager
def os_errors_as_reasons() -> Iterator[None]:
    """Turn the operating system's errors on opening or reading a file into one-line :class:`IngestError`s."""
    try:
        yield
    except IsADirectoryError:
        raise IngestError("is a directory") from None
    except PermissionError:
        raise IngestError("permission denied") from None
    except FileNotFoundError:
        raise IngestError("no such file or directory") from None
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror or exc}") from None


@dataclass(frozen=True)
class IngestOptions:
    """Settings for :func:`newsloom.ingest.read_inputs`.

    ``outlet``/``published`` are stated by the user for every input and override manifests and containers.
    ``field_map`` maps our field names (``text``, ``title``, ``outlet``, ``url``, ``published``, ``author``,
    ``language``) to the JSON keys of an unusual dump. ``fetch`` replaces :func:`newsloom.ingest.web.fetch`
    (same signature) e.g. for tests or a caching layer.
    """

    outlet: str | None = None
    published: str | None = None
    manifest: str | None = None
    field_map: Mapping[str, str] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    fetch_feed_pages: bool = True
    fetch: Callable | None = None

    def __post_init__(self) -> None:
        if self.published is not None and str(self.published).strip():
            iso = normalise_date(self.published)
            if iso is None:
                raise ValueError(f"published: cannot read {self.published!r} as a date (use e.g. 2025-10-29)")
            object.__setattr__(self, "published", iso)
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        field_map = dict(self.field_map or {})
        unknown = sorted(set(field_map) - set(FIELD_NAMES))
        if unknown:
            raise ValueError(f"field_map: unknown field(s) {', '.join(unknown)}; use {', '.join(FIELD_NAMES)}")
        object.__setattr__(self, "field_map", field_map)

    @property
    def given(self) -> DocMeta:
        """What the user stated for every input on this call."""
        return DocMeta(outlet=self.outlet, published=self.published)

    def fetcher(self) -> Callable:
        if self.fetch is not None:
            return self.fetch
        from .web import fetch
        return fetch


def cap_text(max_bytes: int) -> str:
    """``20 MB`` rather than ``20971520``, for failure reasons."""
    mb = max_bytes / (1024 * 1024)
    return f"{mb:g} MB" if mb >= 1 else f"{max_bytes} bytes"


@dataclass(frozen=True)
class Context:
    """One input as a reader sees it: its name, what was given for it, and the run's options.

    ``given`` is what the user stated for the input as one document. ``item_given(url)`` is what applies to
    one item of a container whose own URL is ``url``: manifest entries for that URL, then the container's
    entry (less its ``url`` and ``title``, which name one document, not many), per-call options on top.
    """

    name: str
    options: IngestOptions
    given: DocMeta = field(default_factory=DocMeta)
    item_given: Callable[[str | None], DocMeta] | None = None
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    charset: str | None = None  # declared by the transport (HTTP Content-Type), if any

    def given_for_item(self, url: str | None) -> DocMeta:
        if self.item_given is not None:
            return self.item_given(url)
        return DocMeta(outlet=self.given.outlet, published=self.given.published,
                       language=self.given.language, author=self.given.author)

    def item(self, n: int) -> str:
        return f"{self.name}#{n}"
