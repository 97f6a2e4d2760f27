"""The read model's queries (:class:`~newsloom.store.read_model.StoryIndex`) in SQLAlchemy Core.

Each answer is one short read transaction over indexed tables, so a page over 10,000 articles costs a few
milliseconds. Full-text search uses SQLite's FTS5; on other databases it falls back to matching titles.
"""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import JSON, Connection, Engine, String, Text, cast, exists, func, or_, select, text
from sqlalchemy.sql import Select

from newsloom.store.read_model import (HIT_END, HIT_START, ActorRow, ActorStory, ArticleRow, FactRow, OutletRow,
                                       OutletStory, Page, SearchHit, StatementRow, StoryFilter, StoryRow)
from newsloom.store.read_model_write import has_fts
from newsloom.store.schema import (fact_index, statement_index, story_actors, story_articles, story_index,
                                   story_outlets)

I, O, AC, AR, ST, F = story_index, story_outlets, story_actors, story_articles, statement_index, fact_index
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_LIMIT = 500


def fts_query(q: str) -> str | None:
    """A user's words as an FTS5 query: every word must match (the last one as a prefix), nothing of FTS5's
    own syntax gets through. ``None`` when ``q`` has no words."""
    words = _WORD.findall(q or "")
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:-1]) + (" " if len(words) > 1 else "") + f'"{words[-1]}"*'


def _like(column, value: str):
    return func.lower(cast(column, Text)).contains(value.lower(), autoescape=True)


def _json_has(column, value: str):
    """The JSON list in ``column`` holds the string ``value`` (matched on its JSON encoding)."""
    return cast(column, Text).contains(json.dumps(value), autoescape=True)


def _bounded(limit: int, offset: int) -> tuple[int, int]:
    return max(0, min(int(limit), MAX_LIMIT)), max(0, int(offset))


class SqlStoryIndex:
    """:class:`~newsloom.store.read_model.StoryIndex` over one engine (the store's)."""

    def __init__(self, engine: Engine, check_open) -> None:
        self._engine = engine
        self._check_open = check_open

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        self._check_open()
        with self._engine.connect() as conn:
            yield conn

    def _page(self, conn: Connection, query: Select, row, limit: int, offset: int) -> Page:
        limit, offset = _bounded(limit, offset)
        total = conn.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
        rows = conn.execute(query.limit(limit).offset(offset)).mappings()
        return Page(items=tuple(row(r) for r in rows), total=total)

    # -- stories ----------------------------------------------------------------------------------------------

    def stories(self, query: StoryFilter) -> Page[StoryRow]:
        conditions = []
        if query.q and query.q.strip():
            conditions.append(I.c.story.in_(self._matching_stories(query.q)))
        if query.date_from:
            conditions.append(I.c.last_date >= query.date_from)
        if query.date_to:
            conditions.append(I.c.first_date <= query.date_to + "~")  # "2025-03" takes in all of March
        if query.actor:
            conditions.append(exists().where(AC.c.story == I.c.story, or_(
                AC.c.actor == query.actor, func.lower(AC.c.name) == query.actor.strip().lower())))
        if query.outlet:
            conditions.append(exists().where(O.c.story == I.c.story, O.c.outlet == query.outlet))
        if query.min_outlets:
            conditions.append(I.c.outlets >= query.min_outlets)
        statement = (select(I).where(*conditions)
                     .order_by(I.c.sources.desc(), I.c.articles.desc(), I.c.first_date.is_(None), I.c.first_date,
                               I.c.story))
        with self._read() as conn:
            return self._page(conn, statement, _story_row, query.limit, query.offset)

    def _matching_stories(self, q: str):
        """Stories whose title, summary, actors or outlets match, or one of whose articles does."""
        if has_fts(self._engine):
            match = fts_query(q)
            if match is None:
                return select(I.c.story).where(False)
            return text("SELECT story FROM story_search WHERE story_search MATCH :m UNION "
                        "SELECT sa.story FROM article_search JOIN story_articles sa ON sa.article = "
                        "article_search.article WHERE article_search MATCH :m").bindparams(m=match).columns(story=String)
        return select(I.c.story).where(or_(_like(I.c.title, q), _like(I.c.summary, q), _like(I.c.actor_names, q)))

    def story(self, story_id: str) -> StoryRow | None:
        with self._read() as conn:
            row = conn.execute(select(I).where(I.c.story == story_id)).mappings().first()
        return None if row is None else _story_row(row)

    def story_count(self) -> int:
        with self._read() as conn:
            return conn.scalar(select(func.count()).select_from(I))

    # -- actors -----------------------------------------------------------------------------------------------

    def actors(self, q: str | None = None, limit: int = 100, offset: int = 0) -> Page[ActorRow]:
        statement = (select(AC.c.actor, func.min(AC.c.name).label("name"), func.min(AC.c.kind).label("kind"),
                            func.max(AC.c.aliases, type_=JSON).label("aliases"),
                            func.count().label("stories"), func.sum(AC.c.mentions).label("mentions"))
                     .group_by(AC.c.actor).order_by(func.count().desc(), func.sum(AC.c.mentions).desc(), AC.c.actor))
        if q and q.strip():
            statement = statement.where(or_(_like(AC.c.name, q.strip()), _like(AC.c.aliases, q.strip())))
        with self._read() as conn:
            return self._page(conn, statement, _actor_row, limit, offset)

    def actor(self, actor_id: str) -> tuple[ActorRow | None, tuple[ActorStory, ...]]:
        statement = (select(AC, I.c.title, I.c.first_date, I.c.last_date).join(I, I.c.story == AC.c.story)
                     .where(AC.c.actor == actor_id).order_by(I.c.first_date.is_(None), I.c.first_date, I.c.story))
        with self._read() as conn:
            rows = conn.execute(statement).mappings().all()
        if not rows:
            return None, ()
        latest = rows[-1]
        actor = ActorRow(id=actor_id, name=latest["name"], kind=latest["kind"],
                         aliases=tuple(dict.fromkeys(a for r in rows for a in r["aliases"])), stories=len(rows),
                         mentions=sum(r["mentions"] for r in rows))
        return actor, tuple(ActorStory(story=r["story"], title=r["title"], first_date=r["first_date"],
                                       last_date=r["last_date"], roles=tuple(r["roles"]), mentions=r["mentions"])
                            for r in rows)

    # -- statements and facts ---------------------------------------------------------------------------------

    def statements(self, speaker: str | None = None, story: str | None = None,
                   limit: int = 100, offset: int = 0) -> Page[StatementRow]:
        statement = select(ST).order_by(ST.c.published.is_(None), ST.c.published, ST.c.story, ST.c.statement)
        if speaker:
            statement = statement.where(ST.c.speaker == speaker)
        if story:
            statement = statement.where(ST.c.story == story)
        with self._read() as conn:
            return self._page(conn, statement, _statement_row, limit, offset)

    def facts(self, story: str | None = None, outlet: str | None = None, exclusive_to: str | None = None,
              single_source: bool | None = None, limit: int = 100, offset: int = 0) -> Page[FactRow]:
        statement = select(F).order_by(F.c.outlet_count.desc(), F.c.published.is_(None), F.c.published, F.c.fact)
        if story:
            statement = statement.where(F.c.story == story)
        if outlet:
            statement = statement.where(_json_has(F.c.outlets, outlet))
        if exclusive_to:
            statement = statement.where(F.c.exclusive_to == exclusive_to)
        if single_source is not None:
            statement = statement.where(F.c.single_source == single_source)
        with self._read() as conn:
            return self._page(conn, statement, _fact_row, limit, offset)

    # -- outlets and articles ---------------------------------------------------------------------------------

    def outlets(self, limit: int = 500, offset: int = 0) -> Page[OutletRow]:
        statement = (select(O.c.outlet, func.count().label("stories"), func.sum(O.c.articles).label("articles"),
                            func.sum(O.c.exclusive).label("exclusive"))
                     .group_by(O.c.outlet).order_by(func.count().desc(), O.c.outlet))
        with self._read() as conn:
            return self._page(conn, statement, lambda r: OutletRow(**r), limit, offset)

    def outlet(self, name: str) -> tuple[OutletStory, ...]:
        statement = (select(O, I.c.title, I.c.first_date, I.c.last_date).join(I, I.c.story == O.c.story)
                     .where(O.c.outlet == name).order_by(I.c.last_date.desc(), I.c.story))
        with self._read() as conn:
            rows = conn.execute(statement).mappings().all()
        return tuple(OutletStory(**{k: r[k] for k in OutletStory.__slots__}) for r in rows)

    def articles(self, story: str | None = None, outlet: str | None = None,
                 limit: int = 100, offset: int = 0) -> Page[ArticleRow]:
        statement = select(AR).order_by(AR.c.published.is_(None), AR.c.published.desc(), AR.c.article)
        if story:
            statement = statement.where(AR.c.story == story)
        if outlet:
            statement = statement.where(AR.c.outlet == outlet)
        with self._read() as conn:
            return self._page(conn, statement, _article_row, limit, offset)

    def article(self, article_id: str) -> ArticleRow | None:
        with self._read() as conn:
            row = conn.execute(select(AR).where(AR.c.article == article_id)).mappings().first()
        return None if row is None else _article_row(row)

    # -- search -----------------------------------------------------------------------------------------------

    def search(self, q: str, limit: int = 20) -> tuple[SearchHit, ...]:
        limit, _ = _bounded(limit, 0)
        with self._read() as conn:
            if not has_fts(conn):
                return self._search_titles(conn, q, limit)
            match = fts_query(q)
            if match is None:
                return ()
            marks = dict(m=match, a=HIT_START, b=HIT_END, n=limit)
            stories = conn.execute(text(
                "SELECT s.story, s.title, snippet(story_search, 2, :a, :b, ' … ', 24) AS snippet "
                "FROM story_search s WHERE story_search MATCH :m ORDER BY rank LIMIT :n"), marks).mappings().all()
            articles = conn.execute(text(
                "SELECT a.article, sa.story, sa.title, sa.outlet, sa.published, "
                "snippet(article_search, 2, :a, :b, ' … ', 24) AS snippet FROM article_search a "
                "JOIN story_articles sa ON sa.article = a.article WHERE article_search MATCH :m "
                "ORDER BY rank LIMIT :n"), marks).mappings().all()
        return (tuple(SearchHit("story", r["story"], r["story"], r["title"], r["snippet"], None, None) for r in stories)
                + tuple(SearchHit("article", r["article"], r["story"], r["title"], r["snippet"], r["outlet"],
                                  r["published"]) for r in articles))

    def _search_titles(self, conn: Connection, q: str, limit: int) -> tuple[SearchHit, ...]:
        if not q.strip():
            return ()
        stories = conn.execute(select(I.c.story, I.c.title, I.c.summary).where(_like(I.c.title, q)).limit(limit))
        articles = conn.execute(select(AR).where(_like(AR.c.title, q)).limit(limit)).mappings()
        return (tuple(SearchHit("story", r.story, r.story, r.title, r.summary[:200], None, None) for r in stories)
                + tuple(SearchHit("article", r["article"], r["story"], r["title"], r["title"] or "", r["outlet"],
                                  r["published"]) for r in articles))


def _story_row(r) -> StoryRow:
    return StoryRow(id=r["story"], thread=r["thread"], title=r["title"], first_date=r["first_date"],
                    last_date=r["last_date"], articles=r["articles"], sources=r["sources"],
                    outlets=tuple(r["outlet_names"]), actors=tuple(r["actor_names"]), summary=r["summary"],
                    facts=r["facts"], contradictions=r["contradictions"], statements=r["statements"])


def _actor_row(r) -> ActorRow:
    aliases = r["aliases"]
    aliases = json.loads(aliases) if isinstance(aliases, str) else aliases
    return ActorRow(id=r["actor"], name=r["name"], kind=r["kind"], aliases=tuple(aliases or ()),
                    stories=r["stories"], mentions=r["mentions"] or 0)


def _statement_row(r) -> StatementRow:
    return StatementRow(story=r["story"], id=r["statement"], speaker=r["speaker"], speaker_name=r["speaker_name"],
                        published=r["published"], outlets=tuple(r["outlets"]), variants=r["variants"], text=r["text"],
                        article_id=r["article"], span=tuple(r["span"]))


def _fact_row(r) -> FactRow:
    return FactRow(story=r["story"], id=r["fact"], text=r["text"], outlets=tuple(r["outlets"]),
                   single_source=bool(r["single_source"]), published=r["published"], first_outlet=r["first_outlet"],
                   exclusive_to=r["exclusive_to"], article_id=r["article"], span=tuple(r["span"]))


def _article_row(r) -> ArticleRow:
    return ArticleRow(id=r["article"], story=r["story"], outlet=r["outlet"], title=r["title"],
                      published=r["published"], url=r["url"], original=r["original"])
