"""Analyse what the store holds and has not yet analysed (or analysed with an older version), in parallel.

Each worker process loads the spaCy pipeline once and parses batches of articles with ``nlp.pipe``; the main
process only stores results, one transaction per article, so an interrupted run keeps what it finished.
Processes, not threads: parsing is CPU-bound, and torch (should a pipeline use it) gets one thread each.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..records import Article, ArticleAnalysis, Failure
from ..serial import from_data, to_data
from ..store import Store
from .article import analyse_parsed, skip_reason, skipped
from .nlp import load_pipeline, model_name, pipeline_version

STAGE = "analysis"
#: Bump when the analysis code changes what it produces: every article is then analysed again.
CODE_VERSION = "3"  # 2: quotes; 3: quote rules revised
CHUNK = 16  # articles per task: large enough for nlp.pipe to batch, small enough to balance two workers


def analyser_version(model: str | None = None) -> str:
    return f"{CODE_VERSION}/{pipeline_version(model)}"


@dataclass
class AnalyseReport:
    analysed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (article id, why)
    failures: list[Failure] = field(default_factory=list)

    def add(self, other: "AnalyseReport") -> "AnalyseReport":
        self.analysed += other.analysed
        self.skipped += other.skipped
        self.failures += other.failures
        return self


# ------------------------------------------------------------------ work done in each process

_state: dict[str, object] = {}


def _init_worker(model: str, version: str) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        import torch  # only present when a transformer pipeline is configured

        torch.set_num_threads(1)
    except ImportError:
        pass
    _state["nlp"] = load_pipeline(model)
    _state["version"] = version


def _analyse_chunk(articles: list[Article]) -> list[ArticleAnalysis | Failure]:
    nlp, version = _state["nlp"], _state["version"]
    results: list[ArticleAnalysis | Failure] = []
    for article, doc in zip(articles, nlp.pipe([a.text for a in articles], batch_size=32)):
        try:
            results.append(analyse_parsed(article, doc, version))
        except Exception as error:  # one article's bug must not cost the batch its other articles
            results.append(Failure(f"article {article.id} ({article.source})",
                                   f"analysis failed: {type(error).__name__}: {error}"))
    return results


class Analyser:
    """Analyses articles as they are handed in, in worker processes that start (and load the pipeline) at once.

    Started before ingest, the workers load the model while articles are still being cleaned, and parse each
    chunk while the next one is cleaned: loading and cleaning then cost no extra wall time. ``workers=1``
    analyses in this process instead, which suits small batches and tests.
    """

    def __init__(self, model: str | None = None, workers: int | None = None) -> None:
        self.model = model_name(model)
        self.version = analyser_version(self.model)
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._buffer: list[Article] = []
        self._waiting: deque = deque()
        self._done: deque = deque()
        self._pool = None

    def __enter__(self) -> "Analyser":
        if self.workers > 1:
            context = multiprocessing.get_context("spawn")  # no fork under the progress bar's thread
            self._pool = context.Pool(self.workers, initializer=_init_worker, initargs=(self.model, self.version))
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            if exc[0] is not None:
                self._pool.terminate()
            else:
                self._pool.close()
            self._pool.join()

    def submit(self, article: Article) -> None:
        reason = skip_reason(article)
        if reason:
            self._done.append(skipped(article, self.version, reason))
            return
        self._buffer.append(article)
        if len(self._buffer) >= CHUNK:
            self._send()

    def _send(self) -> None:
        chunk, self._buffer = self._buffer, []
        if not chunk:
            return
        if self._pool is None:
            if _state.get("version") != self.version:
                _init_worker(self.model, self.version)
            self._done.extend(_analyse_chunk(chunk))
        else:
            self._waiting.append(self._pool.apply_async(_analyse_chunk, (chunk,)))

    def results(self, wait: bool = False) -> Iterator[ArticleAnalysis | Failure]:
        """Results ready so far; with ``wait``, everything submitted (the last partial chunk included)."""
        if wait:
            self._send()
        while self._done:
            yield self._done.popleft()
        while self._waiting and (wait or self._waiting[0].ready()):
            yield from self._waiting.popleft().get()


def store_results(store: Store, results: Iterable[ArticleAnalysis | Failure], report: AnalyseReport,
                  on_article: Callable[[], None] | None = None) -> None:
    """Store each analysis in its own transaction and count it in ``report``."""
    for result in results:
        if isinstance(result, Failure):
            report.failures.append(result)
        else:
            store.put_stage_result(STAGE, result.article_id, result.version, to_data(result))
            if result.skipped:
                report.skipped.append((result.article_id, result.skipped))
            else:
                report.analysed += 1
        if on_article:
            on_article()


def analyse_pending(store: Store, model: str | None = None, workers: int | None = None,
                    on_article: Callable[[int, int], None] | None = None,
                    analyser: Analyser | None = None) -> AnalyseReport:
    """Analyse every stored article that lacks an analysis by the current version; store each as it comes.

    Pass a running ``analyser`` to reuse its workers and to collect what was submitted to it during ingest.
    """
    if analyser is None:
        few = len(store.articles_missing_stage(STAGE, analyser_version(model))) <= CHUNK  # workers would not repay their start
        with Analyser(model, workers=1 if few else workers) as own:
            return analyse_pending(store, on_article=on_article, analyser=own)
    report = AnalyseReport()
    done = {"count": 0, "total": 0}

    def tick() -> None:
        done["count"] += 1
        if on_article:
            on_article(done["count"], max(done["total"], done["count"]))

    store_results(store, analyser.results(wait=True), report, tick)  # what was submitted during ingest
    pending = store.articles_missing_stage(STAGE, analyser.version)
    done["total"] = done["count"] + len(pending)
    for article_id in pending:
        article = store.get_article(article_id)
        if article is not None:
            analyser.submit(article)
        store_results(store, analyser.results(), report, tick)
    store_results(store, analyser.results(wait=True), report, tick)
    return report


def stored_analysis(store: Store, article_id: str) -> ArticleAnalysis | None:
    """The stored analysis of an article, whichever version made it (``None`` before any analysis)."""
    payload = store.get_stage_result(STAGE, article_id)
    return from_data(ArticleAnalysis, payload) if payload else None
