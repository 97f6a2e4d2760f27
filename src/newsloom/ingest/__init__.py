"""Ingest: news coverage as analysts hold it (text scrapes, saved pages, JSON dumps, WARCs, feeds, URLs)
→ :class:`~newsloom.records.RawDocument`\\ s, plus one :class:`~newsloom.records.Failure` per bad item.

This stage only finds, opens, decodes and unpacks; it knows nothing about language or cleaning. What a
container states (JSON fields, feed entry, WARC headers) goes to ``metadata``; what the user states
(manifest, ``outlet``/``published`` options) goes to ``given``.

``RawDocument.source`` is the input as given (a directory's files as ``dir/relative/path``, stdin as
``<stdin>``), with ``#n`` for the n-th item of a container: JSON array entry or JSON Lines line number,
feed entry, WARC record (all 1-based).
"""
from __future__ import annotations

from typing import Iterator, Sequence

from newsloom.records import Failure, RawDocument

from .dispatch import read_input
from .manifest import Givens
from .options import IngestError, IngestOptions
from .sources import expand

__all__ = ["read_inputs", "IngestOptions", "IngestError"]


def read_inputs(inputs: Sequence[str], options: IngestOptions | None = None) -> Iterator[RawDocument | Failure]:
    """Documents from every input, lazily and in a stable order; bad items are Failures, never exceptions."""
    options = options or IngestOptions()
    givens = Givens(options)
    if givens.explicit is not None:
        yield from givens.load(givens.explicit)
    for item in expand(inputs):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_input(item, givens)
