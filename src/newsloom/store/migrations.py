"""Versioned schema migrations: an ordered list of steps, applied once each, in one transaction.

A database records every step applied to it in ``schema_version``; opening it applies the missing steps, so a
database made by any earlier newsloom is upgraded in place, and one made by a *later* newsloom is refused
rather than written to with assumptions that no longer hold.

Each step owns a frozen copy of the DDL it ran (it must keep creating the same thing forever), which is why
step 1 does not simply call ``schema.metadata.create_all``: ``schema.py`` describes the latest shape, and
will move on. To change the schema, append a step; never edit a released one. ``schema_version`` itself must
never change shape: it is how every version of newsloom recognises every other.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Sequence

from sqlalchemy import (JSON, Boolean, Column, Connection, Engine, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text, func, inspect, select, text)

from newsloom.store.base import SchemaVersionError, StoreError
from newsloom.store.schema import schema_version


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1_articles_and_stage_results(conn: Connection) -> None:
    """Version 1: articles (with revision links) and generic per-stage results."""
    md = MetaData()
    Table(
        "articles", md,
        Column("id", String, primary_key=True),
        Column("source", Text, nullable=False),
        Column("url", Text),
        Column("outlet", Text),
        Column("outlet_how", Text, nullable=False),
        Column("title", Text),
        Column("title_how", Text, nullable=False),
        Column("byline", Text),
        Column("published", String),
        Column("published_how", Text, nullable=False),
        Column("language", String),
        Column("media_type", String, nullable=False),
        Column("fetched_at", String, nullable=False),
        Column("fetched_utc", String, nullable=False),
        Column("words", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("paragraphs", JSON, nullable=False),
        Column("removed", JSON, nullable=False),
        Column("gaps", JSON, nullable=False),
        Column("revision_of", String, ForeignKey("articles.id")),
        Column("stored_at", String, nullable=False),
        Index("ix_articles_url", "url"),
        Index("ix_articles_published", "published"),
        Index("ix_articles_revision_of", "revision_of"),
    )
    Table(
        "stage_results", md,
        Column("stage", String, primary_key=True),
        Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("version", String, nullable=False),
        Column("payload", JSON, nullable=False),
        Column("created_at", String, nullable=False),
    )
    md.create_all(conn)


def _v2_corpus_state(conn: Connection) -> None:
    """Version 2: named corpus-wide state of the link stage (its story and duplicate indexes), by version."""
    md = MetaData()
    Table(
        "corpus_state", md,
        Column("name", String, primary_key=True),
        Column("version", String, nullable=False),
        Column("payload", LargeBinary, nullable=False),
        Column("updated_at", String, nullable=False),
    )
    md.create_all(conn)


def _v3_story_key() -> Column:
    """The key of every per-story row of the read model: its rows go when the story's row goes."""
    return Column("story", String, ForeignKey("story_index.story", ondelete="CASCADE"), primary_key=True)


def _v3_read_model(conn: Connection) -> None:
    """Version 3: the read model the web pages and the API query (filled when a story's dossier is kept), and
    on SQLite the FTS5 full-text indexes over stories and articles (rowids are hashes of the ids: see
    ``read_model_write.fts_rowid``)."""
    md = MetaData()
    Table(
        "story_index", md,
        Column("story", String, primary_key=True),
        Column("thread", String, nullable=False),
        Column("title", Text, nullable=False),
        Column("first_date", String),
        Column("last_date", String),
        Column("articles", Integer, nullable=False),
        Column("outlets", Integer, nullable=False),
        Column("sources", Integer, nullable=False),
        Column("outlet_names", JSON, nullable=False),
        Column("actor_names", JSON, nullable=False),
        Column("summary", Text, nullable=False),
        Column("facts", Integer, nullable=False),
        Column("contradictions", Integer, nullable=False),
        Column("statements", Integer, nullable=False),
        Column("version", String, nullable=False),
        Column("updated_at", String, nullable=False),
        Index("ix_story_index_first_date", "first_date"),
        Index("ix_story_index_last_date", "last_date"),
    )
    Table(
        "story_outlets", md, _v3_story_key(),
        Column("outlet", Text, primary_key=True),
        Column("articles", Integer, nullable=False),
        Column("facts", Integer, nullable=False),
        Column("exclusive", Integer, nullable=False),
        Column("missed", Integer, nullable=False),
        Index("ix_story_outlets_outlet", "outlet"),
    )
    Table(
        "story_actors", md, _v3_story_key(),
        Column("actor", String, primary_key=True),
        Column("name", Text, nullable=False),
        Column("kind", String, nullable=False),
        Column("aliases", JSON, nullable=False),
        Column("roles", JSON, nullable=False),
        Column("mentions", Integer, nullable=False),
        Index("ix_story_actors_actor", "actor"),
    )
    Table(
        "story_articles", md,
        Column("article", String, primary_key=True),
        Column("story", String, ForeignKey("story_index.story", ondelete="CASCADE"), nullable=False),
        Column("outlet", Text, nullable=False),
        Column("title", Text),
        Column("published", String),
        Column("url", Text),
        Column("original", String),
        Index("ix_story_articles_story", "story"),
        Index("ix_story_articles_outlet", "outlet"),
    )
    Table(
        "statement_index", md, _v3_story_key(),
        Column("statement", String, primary_key=True),
        Column("speaker", String),
        Column("speaker_name", Text),
        Column("published", String),
        Column("outlets", JSON, nullable=False),
        Column("variants", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("article", String, nullable=False),
        Column("span", JSON, nullable=False),
        Index("ix_statement_index_speaker", "speaker"),
    )
    Table(
        "fact_index", md, _v3_story_key(),
        Column("fact", String, primary_key=True),
        Column("text", Text, nullable=False),
        Column("outlets", JSON, nullable=False),
        Column("outlet_count", Integer, nullable=False),
        Column("single_source", Boolean, nullable=False),
        Column("published", String),
        Column("first_outlet", Text),
        Column("exclusive_to", Text),
        Column("article", String, nullable=False),
        Column("span", JSON, nullable=False),
        Index("ix_fact_index_exclusive_to", "exclusive_to"),
    )
    md.create_all(conn)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("CREATE VIRTUAL TABLE story_search USING fts5("
                             "story UNINDEXED, title, summary, actors, outlets, tokenize='unicode61 remove_diacritics 2')")
        conn.exec_driver_sql("CREATE VIRTUAL TABLE article_search USING fts5("
                             "article UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')")


#: Every step ever released, in order. Append only.
MIGRATIONS: Sequence[Migration] = (
    Migration(1, "articles and stage_results", _v1_articles_and_stage_results),
    Migration(2, "corpus_state", _v2_corpus_state),
    Migration(3, "read model: story index, outlets, actors, articles, statements, facts; full-text search",
              _v3_read_model),
)


def latest_version(steps: Sequence[Migration] | None = None) -> int:
    """The schema version this code writes."""
    steps = MIGRATIONS if steps is None else steps
    return steps[-1].version if steps else 0


def current_version(conn: Connection) -> int:
    """The schema version of the database behind ``conn`` (0 for an empty database)."""
    if not inspect(conn).has_table(schema_version.name):
        return 0
    return conn.scalar(select(func.max(schema_version.c.version))) or 0


def _check_order(steps: Sequence[Migration]) -> None:
    versions = [step.version for step in steps]
    if versions != list(range(1, len(versions) + 1)):
        raise StoreError(f"migration steps must be numbered 1, 2, 3 ... in order, not {versions}")


def _refuse_newer(found: int, known: int, label: str) -> None:
    if found > known:
        raise SchemaVersionError(
            f"{label} has schema version {found}, but this newsloom only knows versions up to {known}: "
            "it was written by a newer newsloom; upgrade newsloom to open it")


def migrate(read_engine: Engine, write_engine: Engine, label: str) -> int:
    """Bring the database up to :func:`latest_version`; return that version.

    ``write_engine`` must begin transactions that take the write lock at once (SQLite ``BEGIN IMMEDIATE``), so
    that two processes opening a new database together do not both try to create it: the second one waits,
    then finds the work done. All missing steps run in that one transaction, so a failing step leaves the
    database exactly as it was.
    """
    steps = MIGRATIONS
    _check_order(steps)
    known = latest_version(steps)
    with read_engine.connect() as conn:
        found = current_version(conn)
    _refuse_newer(found, known, label)
    if found == known:
        return found
    with write_engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7312604)"))  # same role as BEGIN IMMEDIATE
        schema_version.create(conn, checkfirst=True)
        found = current_version(conn)  # again, now that we hold the lock
        _refuse_newer(found, known, label)
        for step in steps:
            if step.version > found:
                step.apply(conn)
                conn.execute(schema_version.insert().values(
                    version=step.version, description=step.description,
                    applied_at=datetime.now(timezone.utc).isoformat()))
    return known
