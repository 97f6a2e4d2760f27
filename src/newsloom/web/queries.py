"""What each page and each API endpoint shows, asked of the store once: the HTML pages render these views and
the API returns them as JSON, so the two can never disagree.

Nothing here rebuilds a dossier or loads more than one article's analysis: lists come from the read model
(``store.index``), a story from the dossier its last brief kept (``pipeline.kept_dossier``).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..analyse.runner import stored_analysis
from ..dossier import StoryDossier
from ..link.facts import Fact
from ..pipeline import kept_dossier
from ..records import Article, Statement, outlet_label
from ..store import Store
from ..store.read_model import (ActorRow, ActorStory, ArticleRow, FactRow, OutletRow, OutletStory, Page, SearchHit,
                                StatementRow, StoryFilter, StoryRow)
from .marks import Segment, parse_span, segments

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class StoryList:
    page: Page[StoryRow]
    filter: StoryFilter
    outlets: tuple[str, ...]  # every outlet, for the filter's choices


@dataclass(frozen=True, slots=True)
class Cell:
    """Where one outlet states one fact: the first of its sentences; ``independent`` unless it only carries
    the fact through a syndicated copy."""

    article_id: str
    span: Span
    independent: bool


@dataclass(frozen=True, slots=True)
class MatrixRow:
    fact: Fact
    cells: tuple[Cell | None, ...]  # one per column of :attr:`StoryView.columns`


@dataclass(frozen=True, slots=True)
class SpeakerGroup:
    speaker: str | None  # the actor id, when known
    name: str
    roles: tuple[str, ...]
    statements: tuple[Statement, ...]


@dataclass(frozen=True, slots=True)
class StoryView:
    row: StoryRow | None
    dossier: StoryDossier
    columns: tuple[str, ...]  # the facts × outlets matrix's outlets
    confirmed: tuple[MatrixRow, ...]
    single_source: tuple[Fact, ...]
    speakers: tuple[SpeakerGroup, ...]


@dataclass(frozen=True, slots=True)
class ActorView:
    actor: ActorRow
    roles: tuple[tuple[str, str | None], ...]  # each role with the first date a story gives it
    stories: tuple[ActorStory, ...]
    statements: Page[StatementRow]


@dataclass(frozen=True, slots=True)
class OutletView:
    outlet: str
    stories: tuple[OutletStory, ...]
    exclusive: Page[FactRow]
    articles: Page[ArticleRow]


@dataclass(frozen=True, slots=True)
class ArticleView:
    article: Article
    placed: ArticleRow | None  # its story, when it is in one
    segments: tuple[Segment, ...]
    cited: Span | None
    analysis: str  # "analysed", "not analysed yet" or why it was skipped


@dataclass(frozen=True, slots=True)
class SearchView:
    q: str
    hits: tuple[SearchHit, ...]


def story_list(store: Store, query: StoryFilter) -> StoryList:
    return StoryList(page=store.index.stories(query), filter=query,
                     outlets=tuple(sorted((o.outlet for o in store.index.outlets().items), key=str.casefold)))


def story_view(store: Store, story_id: str) -> StoryView | None:
    """The story's kept dossier with its facts as a matrix and its statements by speaker."""
    dossier = kept_dossier(store, story_id)
    if dossier is None:
        return None
    columns = dossier.outlets
    facts = sorted(dossier.facts, key=lambda f: (-len(f.outlets), f.first_reported.published or "~", f.id))
    confirmed = tuple(MatrixRow(fact, _cells(fact, columns)) for fact in facts if len(fact.outlets) > 1)
    return StoryView(row=store.index.story(story_id), dossier=dossier, columns=columns, confirmed=confirmed,
                     single_source=tuple(f for f in facts if f.single_source), speakers=_speakers(dossier))


def _cells(fact: Fact, columns: tuple[str, ...]) -> tuple[Cell | None, ...]:
    first: dict[str, Cell] = {}
    for v in sorted(fact.variants, key=lambda v: (v.published or "~", v.sentence_span)):
        label = outlet_label(v.outlet, v.article_id)
        first.setdefault(label, Cell(v.article_id, v.sentence_span, label in fact.outlets))
    return tuple(first.get(column) for column in columns)


def _speakers(dossier: StoryDossier) -> tuple[SpeakerGroup, ...]:
    """Statements grouped by who made them, the most widely reported speakers first."""
    roles = {a.id: a.roles for a in dossier.actors}
    groups: dict[str, list[Statement]] = {}
    for statement in dossier.statements:
        groups.setdefault(statement.speaker or f"?{statement.speaker_name or ''}", []).append(statement)
    out = [SpeakerGroup(speaker=s[0].speaker, name=s[0].speaker_name or "unknown speaker",
                        roles=tuple(roles.get(s[0].speaker or "", ())), statements=tuple(s)) for s in groups.values()]
    out.sort(key=lambda g: (-sum(len(s.variants) for s in g.statements), g.name))
    return tuple(out)


def actor_view(store: Store, actor_id: str, limit: int = 200, offset: int = 0) -> ActorView | None:
    actor, stories = store.index.actor(actor_id)
    if actor is None:
        return None
    first: dict[str, str | None] = {}
    for story in stories:
        for role in story.roles:
            if role not in first or (story.first_date and (first[role] or "~") > story.first_date):
                first[role] = story.first_date
    return ActorView(actor=actor, roles=tuple(first.items()), stories=stories,
                     statements=store.index.statements(speaker=actor_id, limit=limit, offset=offset))


def outlet_view(store: Store, outlet: str, limit: int = 200, offset: int = 0) -> OutletView | None:
    stories = store.index.outlet(outlet)
    if not stories:
        return None
    return OutletView(outlet=outlet, stories=stories,
                      exclusive=store.index.facts(exclusive_to=outlet, limit=limit, offset=offset),
                      articles=store.index.articles(outlet=outlet, limit=limit))


def article_view(store: Store, article_id: str, span: str | None = None) -> ArticleView | None:
    """The article's text cut into marked segments; ``span`` ("start-end") is the sentence a link cited."""
    try:
        article = store.get_article(article_id)
    except (LookupError, ValueError):
        return None
    if article is None:
        return None
    analysis = stored_analysis(store, article.id)
    cited = parse_span(span, len(article.text))
    status = ("not analysed yet" if analysis is None else f"not analysed: {analysis.skipped}" if analysis.skipped
              else "analysed")
    return ArticleView(article=article, placed=store.index.article(article.id),
                       segments=segments(article, analysis, cited), cited=cited, analysis=status)


def search_view(store: Store, q: str, limit: int = 30) -> SearchView:
    return SearchView(q=q, hits=store.index.search(q, limit=limit) if q.strip() else ())


def outlets(store: Store) -> Page[OutletRow]:
    return store.index.outlets()


def actors(store: Store, q: str | None, limit: int, offset: int) -> Page[ActorRow]:
    return store.index.actors(q, limit=limit, offset=offset)
