"""The current shape of the database, as SQLAlchemy Core tables the queries in ``sql.py`` are written against.

This is the *target* of the migrations in ``migrations.py``, not how a database gets there: changing a table here
needs a new migration step there (a test checks that the migrated database matches these definitions).

Timestamps are ISO 8601 text, not ``DateTime``: SQLite has no time zone type and PostgreSQL's ``timestamptz``
normalises to UTC, while an article must come back with ``fetched_at`` exactly as it went in. ``fetched_utc``
is the same instant in UTC, fixed width, so that ordering by it is ordering in time.
"""
from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("description", Text, nullable=False),
    Column("applied_at", String, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),  # Article.id: hash of the cleaned text
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("outlet_how", Text, nullable=False),
    Column("title", Text),
    Column("title_how", Text, nullable=False),
    Column("byline", Text),
    Column("published", String),  # ISO date or date-time as normalised by the cleaner
    Column("published_how", Text, nullable=False),
    Column("language", String),
    Column("media_type", String, nullable=False),
    Column("fetched_at", String, nullable=False),  # isoformat() with the original offset
    Column("fetched_utc", String, nullable=False),  # for ordering only
    Column("words", Integer, nullable=False),
    Column("text", Text, nullable=False),  # derived from paragraphs; kept for search and export
    Column("paragraphs", JSON, nullable=False),
    Column("removed", JSON, nullable=False),
    Column("gaps", JSON, nullable=False),
    Column("revision_of", String, ForeignKey("articles.id")),
    Column("stored_at", String, nullable=False),
    Index("ix_articles_url", "url"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_revision_of", "revision_of"),
)

stage_results = Table(
    "stage_results", metadata,
    Column("stage", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("version", String, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("created_at", String, nullable=False),
)

#: Corpus-wide state of a stage that is not per article (the link stage's incremental indexes), one row per name.
corpus_state = Table(
    "corpus_state", metadata,
    Column("name", String, primary_key=True),
    Column("version", String, nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("updated_at", String, nullable=False),
)
