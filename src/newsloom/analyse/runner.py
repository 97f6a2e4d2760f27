"""Analyse what the store holds and has not yet analysed (or analysed with an older version), in parallel.

Each worker process loads the spaCy pipeline once and parses batches of articles with ``nlp.pipe``; the main
process only stores results, one transaction per article, so an interrupted run keeps what it finished.
Processes, not threads: parsing is CPU-bound, and torch (should a pipeline use it) gets one thread each.
"""
from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..records import Article, ArticleAnalysis, Failure
from ..serial import from_data, to_data
from ..store import Store
from .nlp import load_pipeline, model_name, pipeline_version

STAGE = "analysis"
#: Bump when the analysis code changes what it produces: every article is then analysed again.
CODE_VERSION = "1"
CHUNK = 16  # articles per task: large enough for nlp.pipe to batch, small enough to balance two workers


def analyser_version(model: str | None = None) -> str:
    return f"{CODE_VERSION}/{pipeline_version(model)}"


@dataclass
class AnalyseReport:
    analysed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (article id, why)
    failures: list[Failure] = field(default_factory=list)


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
    from .article import analyse_parsed

    nlp, version = _state["nlp"], _state["version"]
    results: list[ArticleAnalysis | Failure] = []
    for article, doc in zip(articles, nlp.pipe([a.text for a in articles], batch_size=32)):
        try:
            results.append(analyse_parsed(article, doc, version))
        except Exception as error:  # one article's bug must not cost the batch its other articles
            results.append(Failure(f"article {article.id} ({article.source})",
                                   f"analysis failed: {type(error).__name__}: {error}"))
    return results


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyse_articles(articles: list[Article], model: str | None = None, workers: int | None = None
                     ) -> Iterator[ArticleAnalysis | Failure]:
    """Analyses of ``articles`` (English ones parsed; others marked skipped), in any order."""
    from .article import skip_reason, skipped

    model = model_name(model)
    version = analyser_version(model)
    todo = []
    for article in articles:
        reason = skip_reason(article)
        if reason:
            yield skipped(article, version, reason)
        else:
            todo.append(article)
    if not todo:
        return
    chunks = list(_chunks(todo, CHUNK))
    workers = max(1, min(workers or os.cpu_count() or 1, len(chunks)))
    if workers == 1:
        _init_worker(model, version)
        for chunk in chunks:
            yield from _analyse_chunk(chunk)
        return
    context = multiprocessing.get_context("spawn")  # no fork under the progress bar's thread
    with context.Pool(workers, initializer=_init_worker, initargs=(model, version)) as pool:
        for results in pool.imap_unordered(_analyse_chunk, chunks):
            yield from results


def analyse_pending(store: Store, model: str | None = None, workers: int | None = None,
                    on_article: Callable[[int, int], None] | None = None) -> AnalyseReport:
    """Analyse every stored article that lacks an analysis by the current version; store each as it comes."""
    version = analyser_version(model)
    pending = [store.get_article(article_id) for article_id in store.articles_missing_stage(STAGE, version)]
    pending = [article for article in pending if article is not None]
    report = AnalyseReport()
    done = 0
    for result in analyse_articles(pending, model, workers):
        if isinstance(result, Failure):
            report.failures.append(result)
        else:
            store.put_stage_result(STAGE, result.article_id, result.version, to_data(result))
            if result.skipped:
                report.skipped.append((result.article_id, result.skipped))
            else:
                report.analysed += 1
        done += 1
        if on_article:
            on_article(done, len(pending))
    return report


def stored_analysis(store: Store, article_id: str) -> ArticleAnalysis | None:
    """The stored analysis of an article, whichever version made it (``None`` before any analysis)."""
    payload = store.get_stage_result(STAGE, article_id)
    return from_data(ArticleAnalysis, payload) if payload else None
