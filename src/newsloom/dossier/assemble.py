"""The dossier of each story, put together from what the link stage found.

Per story: its articles (copies folded into their originals, superseded versions already left out by the
caller), its events (which reports tell which development), the facts and contradictions between its
outlets, the statements made in it, its actors, a dated timeline, a cited summary, each outlet's coverage,
and a title. Threads list the stories that follow from
one another, earliest first. Nothing here reads the store: the pipeline hands the records in.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Callable, Mapping, Sequence

from ..link.contradictions import find_contradictions
from ..link.fact_articles import published_key
from ..link.fact_units import prepare
from ..link.facts import facts_and_units
from ..link.runner import Placement
from ..records import Article, ArticleAnalysis, CorpusActor, Failure, Statement, outlet_label
from .coverage import outlet_coverage
from .events import story_events
from .records import Brief, StoryActor, StoryArticle, StoryDossier, StorySummary, Thread
from .summary import summarise
from .terms import cosine, sentence_idf, term_vector
from .timeline import build_timeline

__all__ = ["build_story", "build_brief", "by_story", "list_stories", "statements_in", "story_copies"]

Pair = tuple[Article, ArticleAnalysis]


def _first_and_last_day(articles: Sequence[StoryArticle]) -> tuple[str | None, str | None]:
    days = sorted(a.published[:10] for a in articles if a.published)
    return (days[0], days[-1]) if days else (None, None)


def story_title(pairs: Sequence[Pair], copies: Mapping[str, str], idf: Mapping[str, float] | None = None) -> str:
    """The headline that best says what the whole story is about (TF-IDF cosine to all its text); the
    earliest on a tie. A story whose articles have no headline is named by its first article's first sentence."""
    idf = sentence_idf(pairs) if idf is None else idf
    story = term_vector(" ".join(a.text for a, _ in pairs), idf)
    titled = [a for a, _ in pairs if a.title and a.id not in copies]
    if titled:
        best = min(titled, key=lambda a: (-round(cosine(term_vector(a.title, idf), story), 6),
                                          published_key(a.published), a.id))
        return " ".join(best.title.split())
    article, analysis = pairs[0]
    first = analysis.sentences[0] if analysis.sentences else None
    text = article.text[first.start:first.end] if first else article.text[:120]
    return " ".join(text.split())


def _story_articles(pairs: Sequence[Pair], copies: Mapping[str, str]) -> tuple[StoryArticle, ...]:
    copies_of: dict[str, list[str]] = {}
    for copy, original in copies.items():
        copies_of.setdefault(original, []).append(copy)
    ordered = sorted(pairs, key=lambda p: (published_key(p[0].published), p[0].id))
    return tuple(StoryArticle(id=a.id, outlet=a.outlet, title=a.title, published=a.published, url=a.url,
                              copies=tuple(sorted(copies_of.get(a.id, ()))), revision_of=a.revision_of)
                 for a, _ in ordered)


def _story_actors(pairs: Sequence[Pair], actors: Sequence[CorpusActor]) -> tuple[StoryActor, ...]:
    ids = {a.id for a, _ in pairs}
    sizes = {(a.id, actor.key): len(actor.mentions) for a, analysis in pairs for actor in analysis.actors}
    out = []
    for actor in actors:
        members = [m for m in actor.members if m[0] in ids]
        mentions = sum(sizes.get(m, 0) for m in members)
        if not mentions:
            continue
        roles = tuple(dict.fromkeys(f"{r.title} of {r.of}" if r.of else r.title
                                    for r in actor.roles if r.article_id in ids))
        out.append(StoryActor(id=actor.id, name=actor.name, kind=actor.kind, aliases=actor.aliases, roles=roles,
                              mentions=mentions, articles=tuple(dict.fromkeys(m[0] for m in members))))
    out.sort(key=lambda a: (-a.mentions, a.name))
    return tuple(out)


def statements_in(pairs: Sequence[Pair], statements: Sequence[Statement]) -> tuple[Statement, ...]:
    """The statements made in the story, with only the story's own wordings of each."""
    ids = {a.id for a, _ in pairs}
    out = []
    for statement in statements:
        variants = tuple(v for v in statement.variants if v.article_id in ids)
        if variants:
            out.append(statement if len(variants) == len(statement.variants) else replace(statement,
                                                                                          variants=variants))
    out.sort(key=lambda s: (-len({v.outlet or v.article_id for v in s.variants}), s.speaker_name or "~", s.id))
    return tuple(out)


def build_story(story_id: str, thread: str, pairs: Sequence[Pair], copies: Mapping[str, str]) -> StoryDossier:
    """One story's dossier. ``copies`` maps a syndicated copy's id to its original's (within the story).

    It depends on the story's articles only: actors are resolved and statements grouped across the story's
    outlets (actor ids are derived from canonical names, so they are the ids the whole corpus gives them),
    which is what lets a dossier be kept and reused until its story changes."""
    prepared = prepare(pairs, copies)
    facts, fact_of = facts_and_units(prepared)
    contradictions = find_contradictions(pairs, copies, prepared=prepared, fact_of=fact_of)
    articles = _story_articles(pairs, copies)
    first, last = _first_and_last_day(articles)
    idf = sentence_idf(pairs)
    return StoryDossier(
        id=story_id, thread=thread, title=story_title(pairs, copies, idf), first_date=first, last_date=last,
        articles=articles, outlets=tuple(dict.fromkeys(outlet_label(a.outlet, a.id) for a in articles)),
        summary=summarise(pairs, facts, idf=idf), actors=_story_actors(pairs, prepared.actors),
        statements=statements_in(pairs, prepared.statements), facts=facts, contradictions=contradictions,
        timeline=build_timeline(pairs, facts, copies, idf=idf), coverage=outlet_coverage([a for a, _ in pairs], facts),
        events=story_events(story_id, pairs, copies, idf, lambda group: story_title(group, copies, idf)))


def by_story(pairs: Sequence[Pair], placements: Mapping[str, Placement]) -> dict[str, list[Pair]]:
    members: dict[str, list[Pair]] = {}
    for pair in pairs:
        placed = placements.get(pair[0].id)
        if placed is not None:
            members.setdefault(placed.story, []).append(pair)
    return members


def story_copies(story_pairs: Sequence[Pair], placements: Mapping[str, Placement]) -> dict[str, str]:
    ids = {a.id for a, _ in story_pairs}
    return {a.id: placements[a.id].original for a, _ in story_pairs if placements[a.id].original in ids}


def list_stories(pairs: Sequence[Pair], placements: Mapping[str, Placement]) -> tuple[StorySummary, ...]:
    """Every story, most articles first: title, thread, articles, outlets and first and last dates."""
    out = []
    for story_id, story_pairs in by_story(pairs, placements).items():
        articles = _story_articles(story_pairs, {})
        first, last = _first_and_last_day(articles)
        out.append(StorySummary(id=story_id, thread=placements[articles[0].id].thread,
                                title=story_title(story_pairs, story_copies(story_pairs, placements)),
                                articles=len(articles), outlets=tuple(dict.fromkeys(outlet_label(a.outlet, a.id) for a in articles)),
                                first_date=first, last_date=last))
    out.sort(key=lambda s: (-s.articles, s.first_date or "~", s.id))
    return tuple(out)


def build_brief(pairs: Sequence[Pair], placements: Mapping[str, Placement], story: str | None = None,
                generated_at: str | None = None, failures: list[Failure] | None = None,
                build: Callable[[str, str, Sequence[Pair], Mapping[str, str]], StoryDossier] = build_story) -> Brief:
    """The dossier of every story (or of ``story`` only), most widely reported first, and their threads.

    ``build`` makes one story's dossier (the pipeline passes one that reuses stored dossiers). A story whose
    dossier cannot be built is left out and, when ``failures`` is given, named there with why (without it the
    error propagates): one story's bad input must not cost the others their dossier."""
    members = by_story(pairs, placements)
    wanted = [story] if story is not None else list(members)
    dossiers = []
    for story_id in wanted:
        story_pairs = members.get(story_id)
        if not story_pairs:
            raise LookupError(f"no story {story_id}")
        thread = placements[story_pairs[0][0].id].thread
        try:
            dossiers.append(build(story_id, thread, story_pairs, story_copies(story_pairs, placements)))
        except Exception as error:
            if failures is None:
                raise
            failures.append(Failure(story_id, f"no dossier: {type(error).__name__}: {error}"))
    dossiers.sort(key=lambda d: (-len({o for f in d.facts for o in f.outlets} or d.outlets), -len(d.articles),
                                 d.first_date or "~", d.id))
    return Brief(generated_at=generated_at or datetime.now(timezone.utc).isoformat(timespec="seconds"),
                 stories=tuple(dossiers), threads=_threads(dossiers))


def _threads(dossiers: Sequence[StoryDossier]) -> tuple[Thread, ...]:
    by_thread: dict[str, list[StoryDossier]] = {}
    for d in dossiers:
        by_thread.setdefault(d.thread, []).append(d)
    out = []
    for thread, stories in by_thread.items():
        stories.sort(key=lambda d: (d.first_date or "~", d.id))
        out.append(Thread(id=thread, title=stories[0].title, stories=tuple(d.id for d in stories)))
    out.sort(key=lambda t: t.id)
    return tuple(out)

