"""Writes the read model (see :mod:`.read_model`): one kept dossier becomes its story's rows, in one
transaction, so a reader sees a story's old rows or its new ones, never a mixture.

The FTS5 tables (SQLite) hold their own copy of the text and use a hash of the story or article id as rowid
(:func:`fts_rowid`): deleting by rowid is a key lookup, and no VACUUM can renumber it (SQLite may renumber the
implicit rowids of tables keyed by text).
"""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Iterable, Sequence

from sqlalchemy import Connection, delete, insert, select, text

from newsloom.records import Article, outlet_label
from newsloom.store import codec
from newsloom.store.schema import (fact_index, statement_index, story_actors, story_articles, story_index,
                                   story_outlets)

if TYPE_CHECKING:  # the store does not import the dossier stage at run time
    from newsloom.dossier.records import StoryDossier

__all__ = ["index_story", "keep_stories", "fts_rowid", "has_fts"]


def fts_rowid(key: str) -> int:
    """A stable positive 60-bit rowid for a story or article id."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:15], 16)


def has_fts(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def index_story(conn: Connection, dossier: "StoryDossier", articles: Sequence[Article], version: str) -> bool:
    """Replace the story's rows with the ones of ``dossier``; ``articles`` are its articles (for their text).
    Does nothing and returns ``False`` when this version of the dossier, in this thread, is indexed already."""
    key = f"{version}|{dossier.thread}"
    if conn.scalar(select(story_index.c.version).where(story_index.c.story == dossier.id)) == key:
        return False
    ids = [a.id for a in dossier.articles]
    moved = set(conn.scalars(select(story_articles.c.article).where(
        (story_articles.c.story == dossier.id) | story_articles.c.article.in_(ids))))
    _drop_search(conn, [dossier.id], moved)
    conn.execute(delete(story_articles).where(story_articles.c.article.in_(moved)))
    conn.execute(delete(story_index).where(story_index.c.story == dossier.id))  # cascades to its other rows
    _insert(conn, dossier, key)
    if has_fts(conn):
        _insert_search(conn, dossier, articles)
    return True


def keep_stories(conn: Connection, story_ids: Iterable[str]) -> int:
    """Delete every story's rows but those of ``story_ids``; return how many stories went."""
    keep = set(story_ids)
    gone = [s for s in conn.scalars(select(story_index.c.story)) if s not in keep]
    for start in range(0, len(gone), 500):
        chunk = gone[start:start + 500]
        articles = conn.scalars(select(story_articles.c.article).where(story_articles.c.story.in_(chunk))).all()
        _drop_search(conn, chunk, articles)
        conn.execute(delete(story_index).where(story_index.c.story.in_(chunk)))
    return len(gone)


def _drop_search(conn: Connection, stories: Iterable[str], articles: Iterable[str]) -> None:
    if not has_fts(conn):
        return
    for table, keys in (("story_search", stories), ("article_search", articles)):
        rowids = [{"rowid": fts_rowid(k)} for k in keys]
        if rowids:
            conn.execute(text(f"DELETE FROM {table} WHERE rowid = :rowid"), rowids)


def _insert(conn: Connection, d: "StoryDossier", key: str) -> None:
    """The rows of one dossier: the story, its outlets, actors, articles, statements and facts."""
    exclusive = {fact: c.outlet for c in d.coverage for fact in c.exclusive}
    conn.execute(insert(story_index).values(
        story=d.id, thread=d.thread, title=d.title, first_date=d.first_date, last_date=d.last_date,
        articles=len(d.articles), outlets=len(d.outlets),
        sources=len({o for f in d.facts for o in f.outlets} or d.outlets), outlet_names=list(d.outlets),
        actor_names=[a.name for a in d.actors], summary=" ".join(s.text for s in d.summary), facts=len(d.facts),
        contradictions=len(d.contradictions), statements=len(d.statements), version=key,
        updated_at=codec.utc_now()))
    _insert_many(conn, story_outlets, [
        dict(story=d.id, outlet=c.outlet, articles=len(c.articles), facts=c.facts, exclusive=len(c.exclusive),
             missed=len(c.missed)) for c in d.coverage])
    _insert_many(conn, story_actors, [
        dict(story=d.id, actor=a.id, name=a.name, kind=a.kind, aliases=list(a.aliases), roles=list(a.roles),
             mentions=a.mentions) for a in d.actors])
    originals = {copy: a.id for a in d.articles for copy in a.copies}
    _insert_many(conn, story_articles, [
        dict(article=a.id, story=d.id, outlet=outlet_label(a.outlet, a.id), title=a.title, published=a.published,
             url=a.url, original=originals.get(a.id)) for a in d.articles])
    _insert_many(conn, statement_index, [_statement_row(d.id, s) for s in d.statements if s.variants])
    _insert_many(conn, fact_index, [_fact_row(d.id, f, exclusive.get(f.id)) for f in d.facts if f.variants])


def _insert_many(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _statement_row(story: str, statement) -> dict:
    first = min(statement.variants, key=lambda v: (v.published is None, v.published or "", v.article_id))
    return dict(story=story, statement=statement.id, speaker=statement.speaker, speaker_name=statement.speaker_name,
                published=first.published, outlets=sorted({outlet_label(v.outlet, v.article_id)
                                                           for v in statement.variants}),
                variants=len(statement.variants), text=first.text, article=first.article_id,
                span=[first.content[0][0], first.content[-1][1]] if first.content else [0, 0])


def _fact_row(story: str, fact, exclusive_to: str | None) -> dict:
    first = fact.first_reported
    variant = next((v for v in fact.variants if v.article_id == first.article_id), fact.variants[0])
    return dict(story=story, fact=fact.id, text=fact.text, outlets=list(fact.outlets), outlet_count=len(fact.outlets),
                single_source=fact.single_source, published=first.published, first_outlet=first.outlet,
                exclusive_to=exclusive_to, article=variant.article_id, span=list(variant.sentence_span))


def _insert_search(conn: Connection, d: "StoryDossier", articles: Sequence[Article]) -> None:
    conn.execute(text("INSERT INTO story_search (rowid, story, title, summary, actors, outlets) "
                      "VALUES (:rowid, :story, :title, :summary, :actors, :outlets)"),
                 dict(rowid=fts_rowid(d.id), story=d.id, title=d.title, summary=" ".join(s.text for s in d.summary),
                      actors=" ".join(n for a in d.actors for n in dict.fromkeys((a.name, *a.aliases))),
                      outlets=" ".join(d.outlets)))
    wanted = {a.id for a in d.articles}
    rows = [dict(rowid=fts_rowid(a.id), article=a.id, title=a.title or "", text=a.text)
            for a in articles if a.id in wanted]
    if rows:
        conn.execute(text("INSERT INTO article_search (rowid, article, title, text) "
                          "VALUES (:rowid, :article, :title, :text)"), rows)
