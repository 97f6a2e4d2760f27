"""The current shape of the database, as SQLAlchemy Core tables the queries in ``sql.py`` are written against.

This is the *target* of the migrations in ``migrations.py``, not how a database gets there: changing a table here
needs a new migration step there (a test checks that the migrated database matches these definitions).

Timestamps are ISO 8601 text, not ``DateTime``: SQLite has no time zone type and PostgreSQL's ``timestamptz``
normalises to UTC, while an article must come back with ``fetched_at`` exactly as it went in. ``fetched_utc``
is the same instant in UTC, fixed width, so that ordering by it is ordering in time.
"""
from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text

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


# -- the read model (migration 3): what the web pages and the API query, one set of rows per kept dossier ---------
#
# Written by ``read_model_write.index_story`` when a story's dossier is kept, so listing, filtering and searching
# never rebuild a dossier. On SQLite two FTS5 tables sit beside these (``story_search``, ``article_search``);
# they are virtual tables, made by the migration and not described here.


def _story_key() -> Column:
    return Column("story", String, ForeignKey("story_index.story", ondelete="CASCADE"), primary_key=True)


#: One row per story: what the story list shows and filters on.
story_index = Table(
    "story_index", metadata,
    Column("story", String, primary_key=True),
    Column("thread", String, nullable=False),
    Column("title", Text, nullable=False),
    Column("first_date", String),
    Column("last_date", String),
    Column("articles", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),  # how many
    Column("sources", Integer, nullable=False),  # independent outlets behind its facts: the brief's order
    Column("outlet_names", JSON, nullable=False),
    Column("actor_names", JSON, nullable=False),  # most mentioned first
    Column("summary", Text, nullable=False),
    Column("facts", Integer, nullable=False),
    Column("contradictions", Integer, nullable=False),
    Column("statements", Integer, nullable=False),
    Column("version", String, nullable=False),  # the kept dossier's version, and its thread
    Column("updated_at", String, nullable=False),
    Index("ix_story_index_first_date", "first_date"),
    Index("ix_story_index_last_date", "last_date"),
)

#: Each outlet's coverage of a story (the outlet filter, the outlet page).
story_outlets = Table(
    "story_outlets", metadata, _story_key(),
    Column("outlet", Text, primary_key=True),
    Column("articles", Integer, nullable=False),
    Column("facts", Integer, nullable=False),
    Column("exclusive", Integer, nullable=False),
    Column("missed", Integer, nullable=False),
    Index("ix_story_outlets_outlet", "outlet"),
)

#: Each actor of a story, with the roles the story's articles give it (the actor filter, the actor page).
story_actors = Table(
    "story_actors", metadata, _story_key(),
    Column("actor", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Column("mentions", Integer, nullable=False),
    Index("ix_story_actors_actor", "actor"),
)

#: Which story each current article is in (an article is in one story at a time).
story_articles = Table(
    "story_articles", metadata,
    Column("article", String, primary_key=True),
    Column("story", String, ForeignKey("story_index.story", ondelete="CASCADE"), nullable=False),
    Column("outlet", Text, nullable=False),  # the outlet label (``article:ID`` when unknown)
    Column("title", Text),
    Column("published", String),
    Column("url", Text),
    Column("original", String),  # the article this one is a syndicated copy of
    Index("ix_story_articles_story", "story"),
    Index("ix_story_articles_outlet", "outlet"),
)

#: Each statement of a story: its speaker and its earliest wording.
statement_index = Table(
    "statement_index", metadata, _story_key(),
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

#: Each fact of a story: its independent outlets, first report, and the outlet it is exclusive to.
fact_index = Table(
    "fact_index", metadata, _story_key(),
    Column("fact", String, primary_key=True),
    Column("text", Text, nullable=False),
    Column("outlets", JSON, nullable=False),
    Column("outlet_count", Integer, nullable=False),
    Column("single_source", Boolean, nullable=False),
    Column("published", String),
    Column("first_outlet", Text),
    Column("exclusive_to", Text),
    Column("article", String, nullable=False),
    Column("span", JSON, nullable=False),  # the sentence of the first report
    Index("ix_fact_index_exclusive_to", "exclusive_to"),
)
