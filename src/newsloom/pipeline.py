"""The one place that knows the order of the stages: ingest → clean → store → analyse → link.

Every function here takes a batch and never lets one bad item stop it: a failure becomes a :class:`Failure`
naming the item and why, the rest goes on, and what was stored stays stored.
"""
from __future__ import annotations

import hashlib
import json
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator, Sequence

from .analyse.runner import AnalyseReport, Analyser, analyse_pending, store_results, stored_analysis
from .clean import EmptyArticle, clean_document
from .ingest import IngestOptions, read_inputs
from .dossier import Brief, StoryDossier, StorySummary, build_brief, build_story, list_stories
from .link.actors import resolve_actors
from .link.runner import LINK_VERSION, LinkReport, link_pending, placements
from .link.statements import group_statements, statement_inputs
from .records import Article, ArticleAnalysis, CorpusActor, Failure, RawDocument, Statement
from .serial import from_data, to_data
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
           on_item: Progress | None = None,
           on_stored: Callable[[Article, PutResult], None] | None = None) -> IngestReport:
    """Ingest, clean and store every input item; each article is stored in its own transaction."""
    report = IngestReport()
    for item in extract(inputs, options):
        if isinstance(item, Failure):
            report.failures.append(item)
            label = item.item
        else:
            try:
                result = store.put_article(item)
            except Exception as error:  # e.g. the disk filled up: this article is lost, the stored ones are not
                report.failures.append(Failure(item.source, f"could not be stored: {error}"))
            else:
                report.results.append((item, result))
                if on_stored is not None:
                    on_stored(item, result)
            label = item.source
        if on_item is not None:
            on_item(label)
    return report


def ingest_and_analyse(inputs: Sequence[str], options: IngestOptions, store: Store, model: str | None = None,
                       workers: int | None = None, on_item: Progress | None = None,
                       on_article: Callable[[int, int], None] | None = None) -> tuple[IngestReport, AnalyseReport]:
    """The main job's first half: articles are analysed while later ones are still being cleaned."""
    analysis = AnalyseReport()
    with Analyser(model, workers) as analyser:

        def stored(article: Article, result: PutResult) -> None:
            if result.outcome != PutOutcome.UNCHANGED:
                analyser.submit(article)
            store_results(store, analyser.results(), analysis)

        report = ingest(inputs, options, store, on_item=on_item, on_stored=stored)
        analysis.add(analyse_pending(store, on_article=on_article, analyser=analyser))
    return report, analysis


def analyse(store: Store, model: str | None = None, workers: int | None = None,
            on_article: Callable[[int, int], None] | None = None) -> AnalyseReport:
    """Analyse every stored article not yet analysed by the current analyser version."""
    return analyse_pending(store, model=model, workers=workers, on_article=on_article)


def current_analyses(store: Store) -> list[tuple[Article, ArticleAnalysis]]:
    """Analysed articles that no later revision has superseded, oldest first."""
    articles = list(store.articles())
    superseded = {a.revision_of for a in articles if a.revision_of}
    pairs = []
    for article in articles:
        if article.id in superseded:
            continue
        analysis = stored_analysis(store, article.id)
        if analysis is not None and not analysis.skipped:
            pairs.append((article, analysis))
    return pairs


def corpus_actors(store: Store, pairs: list[tuple[Article, ArticleAnalysis]] | None = None
                  ) -> tuple[tuple[CorpusActor, ...], Counter]:
    """Actors across the corpus, and how many mentions each has."""
    pairs = current_analyses(store) if pairs is None else pairs
    actors = resolve_actors([(a.id, a.published, analysis.actors) for a, analysis in pairs])
    sizes = {(a.id, actor.key): len(actor.mentions) for a, analysis in pairs for actor in analysis.actors}
    mentions = Counter({actor.id: sum(sizes.get(member, 0) for member in actor.members) for actor in actors})
    return actors, mentions


def corpus_statements(store: Store) -> tuple[tuple[Statement, ...], tuple[CorpusActor, ...]]:
    """Statements across outlets (each with every outlet's wording), and the actors their speakers are."""
    pairs = current_analyses(store)
    actors, _ = corpus_actors(store, pairs)
    return group_statements(statement_inputs(pairs, actors)), actors


def linked(store: Store) -> tuple[list[tuple[Article, ArticleAnalysis]], LinkReport]:
    """The current analysed articles, after linking any the link stage has not seen (so listings are whole)."""
    pairs = current_analyses(store)
    return pairs, link_pending(store, pairs)


def stories(store: Store) -> tuple[tuple[StorySummary, ...], list[Failure]]:
    """Every story (title, thread, article count, outlets, first and last date), and what could not be linked."""
    pairs, report = linked(store)
    return list_stories(pairs, placements(store)), report.failures


def brief(store: Store, story: str | None = None) -> tuple[Brief, list[Failure]]:
    """The dossier of every story (or of ``story``), and the articles and stories that failed on the way.

    A story's dossier is kept in the store and reused while its articles (and their analyses) stay the same.
    Raises ``LookupError`` when ``story`` is not a story id."""
    pairs, report = linked(store)
    return _brief(store, pairs, report, story)


def _brief(store: Store, pairs: list[tuple[Article, ArticleAnalysis]], report: LinkReport,
           story: str | None) -> tuple[Brief, list[Failure]]:
    failures = list(report.failures)
    built = build_brief(pairs, placements(store), story=story, failures=failures, build=_kept(store))
    if story is None:
        store.keep_stories(d.id for d in built.stories)  # the read model forgets stories merged or split away
    return built, failures


#: Bump when the dossier of the same articles would come out different (its records or how they are made).
DOSSIER_VERSION = "3"  # 2: events; 3: a dateline heading a sentence dates no timeline event


def _dossier_version(pairs: Sequence[tuple[Article, ArticleAnalysis]], copies: dict[str, str]) -> str:
    """What a kept dossier was made from: the code, the articles and analyses, and which are copies."""
    digest = hashlib.sha256()
    for article, analysis in sorted(pairs, key=lambda p: p[0].id):
        digest.update(f"{article.id}:{analysis.version}:{copies.get(article.id, '')};".encode())
    return f"{DOSSIER_VERSION}/{LINK_VERSION}/{digest.hexdigest()[:20]}"


def _kept(store: Store):
    """A story builder that reuses the dossier kept in the store when its story has not changed."""
    def build(story_id: str, thread: str, pairs, copies) -> StoryDossier:
        version = _dossier_version(pairs, copies)
        kept = store.get_corpus_state(f"dossier:{story_id}", version)
        if kept is not None:
            dossier = replace(_decoded(kept), thread=thread)
        else:
            dossier = build_story(story_id, thread, pairs, copies)
            store.put_corpus_state(f"dossier:{story_id}", version, _encoded(dossier))
        store.index_story(dossier, [article for article, _ in pairs], version)  # what the web pages list
        return dossier
    return build


def _encoded(dossier: StoryDossier) -> bytes:
    return zlib.compress(json.dumps(to_data(dossier), ensure_ascii=False).encode("utf-8"))


def _decoded(payload: bytes) -> StoryDossier:
    return from_data(StoryDossier, json.loads(zlib.decompress(payload)))


def kept_dossier(store: Store, story: str) -> StoryDossier | None:
    """The dossier the last brief kept for ``story`` (without checking it is current): for readers that must
    answer at once, such as the web pages, while ``newsloom run`` keeps the dossiers current."""
    kept = store.get_corpus_state(f"dossier:{story}")
    return None if kept is None else _decoded(kept)


def story_statements(store: Store, story: str) -> tuple[tuple[Statement, ...], tuple[CorpusActor, ...]]:
    """The statements made in one story, as its dossier groups them, and the corpus actors.

    Raises ``LookupError`` when ``story`` is not a story id."""
    pairs, report = linked(store)
    dossier, _ = _brief(store, pairs, report, story)
    if not dossier.stories:
        raise LookupError(f"no dossier for story {story}")
    actors, _ = corpus_actors(store, pairs)
    return dossier.stories[0].statements, actors
