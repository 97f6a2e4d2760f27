"""The one place that knows the order of the stages: ingest → clean → store (later: analyse, link, present).

Every function here takes a batch and never lets one bad item stop it: a failure becomes a :class:`Failure`
naming the item and why, the rest goes on, and what was stored stays stored.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

from .clean import EmptyArticle, clean_document
from .ingest import IngestOptions, read_inputs
from .records import Article, Failure, RawDocument
from .store import PutOutcome, PutResult, Store

Progress = Callable[[str], None]


@dataclass
class IngestReport:
    """What one ingest run did: stored articles by outcome, and every failure."""

    results: list[tuple[Article, PutResult]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def count(self, outcome: PutOutcome) -> int:
        return sum(1 for _, result in self.results if result.outcome == outcome)

    @property
    def ok(self) -> bool:
        return not self.failures


def clean_one(raw: RawDocument) -> Article | Failure:
    """Clean a raw document, turning any problem with this one document into a :class:`Failure`."""
    try:
        return clean_document(raw)
    except EmptyArticle as error:
        return Failure(raw.source, str(error))
    except Exception as error:  # a cleaner bug on one page must not end the batch; say what and where
        return Failure(raw.source, f"could not be cleaned: {type(error).__name__}: {error}")


def extract(inputs: Sequence[str], options: IngestOptions) -> Iterator[Article | Failure]:
    """Ingest and clean without storing: one article or failure per input item, in input order."""
    for item in read_inputs(inputs, options):
        yield item if isinstance(item, Failure) else clean_one(item)


def ingest(inputs: Sequence[str], options: IngestOptions, store: Store,
           on_item: Progress | None = None) -> IngestReport:
    """Ingest, clean and store every input item; each article is stored in its own transaction."""
    report = IngestReport()
    for item in extract(inputs, options):
        if isinstance(item, Failure):
            report.failures.append(item)
            label = item.item
        else:
            try:
                report.results.append((item, store.put_article(item)))
            except Exception as error:  # e.g. the disk filled up: this article is lost, the stored ones are not
                report.failures.append(Failure(item.source, f"could not be stored: {error}"))
            label = item.source
        if on_item is not None:
            on_item(label)
    return report
