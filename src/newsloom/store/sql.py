"""The :class:`~newsloom.store.base.Store`, on SQLAlchemy Core: SQLite now, PostgreSQL by URL later.

Only Core (tables and expressions), no ORM: articles are immutable records with their own dataclass, so an
identity map and unit of work would add cost and surprises for nothing. Queries stick to portable SQL; the
SQLite-specific parts (pragmas, how transactions begin) live in the connect/begin listeners below.
"""
from __future__ import annotations

import json
import re
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from sqlalchemy import Connection, Engine, and_, create_engine, event, exists, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError

from newsloom.records import Article
from newsloom.store import codec
from newsloom.store.base import PutOutcome, PutResult, SchemaVersionError, StoreError
from newsloom.store.migrations import migrate
from newsloom.store import read_model_write
from newsloom.store.read_model_sql import SqlStoryIndex
from newsloom.store.schema import articles as A
from newsloom.store.schema import corpus_state as C
from newsloom.store.schema import stage_results as S

if TYPE_CHECKING:
    from newsloom.dossier.records import StoryDossier

#: How long a writer waits for another process's write lock before giving up.
BUSY_TIMEOUT_MS = 10_000
#: Articles per transaction in :meth:`SqlStore.put_articles`: one fsync per batch instead of per article.
BATCH_SIZE = 200
_HEX_PREFIX = re.compile(r"[0-9a-f]{4,}")
_MAX_CANDIDATES = 10
_ORDERS = {
    "published": (A.c.published.is_(None), A.c.published, A.c.fetched_utc, A.c.id),
    "fetched": (A.c.fetched_utc, A.c.id),
    "stored": (A.c.stored_at, A.c.id),
}


def _sqlite_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    """Per-connection settings; SQLite forgets all but journal_mode when a connection closes.

    * WAL: readers never block the writer nor see half a transaction, and a crash rolls back cleanly.
    * synchronous=NORMAL: in WAL mode a committed transaction survives any crash of the process; only power
      loss or an OS crash may drop the last commits (never corrupting the file). FULL would fsync every
      per-article commit, which measured at a third of the time of a whole ingest.
    * foreign_keys: SQLite leaves them off by default; revision_of and stage_results rely on them.
    * busy_timeout: a second process waits for the write lock instead of failing at once.
    * isolation_level=None: pysqlite's own implicit BEGIN is off; ``_sqlite_begin`` emits it instead, so that
      SELECTs and DDL are inside the transaction too (pysqlite's legacy mode leaves them outside).
    """
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Writers take the write lock at BEGIN (IMMEDIATE): a deferred transaction that reads, then writes, can
    fail with SQLITE_BUSY on the upgrade without waiting for busy_timeout."""
    conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', 'DEFERRED')}")


def _resolve(location: str | Path) -> tuple[URL, str, Path | None]:
    """(URL, label for messages, SQLite file path or None) for a filesystem path or an SQLAlchemy URL."""
    if isinstance(location, Path) or "://" not in location:
        path = Path(location).expanduser()
        return URL.create("sqlite", database=str(path)), str(path), path
    url = make_url(location)
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database in ("", ":memory:") or url.query.get("uri") or database.startswith("file:"):
            return url, url.render_as_string(hide_password=True), None
        return url, database, Path(database).expanduser()
    return url, url.render_as_string(hide_password=True), None


def open_sql_store(location: str | Path) -> "SqlStore":
    """Connect, check the schema version and migrate; raise :class:`StoreError` with the location on failure."""
    url, label, path = _resolve(location)
    if path is not None and not path.parent.is_dir():
        raise StoreError(f"cannot open store {label!r}: directory {str(path.parent)!r} does not exist")
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    store = SqlStore(engine, label)
    try:
        migrate(store.engine, store._writer, label)
    except SchemaVersionError:
        store.close()
        raise
    except (DBAPIError, sqlite3.Error) as error:
        store.close()
        detail = str(getattr(error, "orig", None) or error)
        if "not a database" in detail:
            raise StoreError(f"{label!r} is not a SQLite database (or it is encrypted or corrupt)") from error
        raise StoreError(f"cannot open store {label!r}: {detail}") from error
    return store


class SqlStore:
    """:class:`~newsloom.store.base.Store` over one SQLAlchemy engine; each call has its own short transaction."""

    def __init__(self, engine: Engine, label: str) -> None:
        self._engine = engine
        self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self.label = label
        self._closed = False
        self._index = SqlStoryIndex(engine, self._check_open)

    @property
    def engine(self) -> Engine:
        """The underlying engine, for diagnostics and tests; stages should use the methods."""
        return self._engine

    def __repr__(self) -> str:
        return f"SqlStore({self.label!r}{', closed' if self._closed else ''})"

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """One consistent snapshot (a read transaction), rolled back at the end."""
        self._check_open()
        with self._engine.connect() as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: committed whole at the end, or rolled back whole."""
        self._check_open()
        with self._writer.begin() as conn:
            yield conn

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"store {self.label!r} is closed")

    # -- articles -----------------------------------------------------------------------------------------

    def put_article(self, article: Article) -> PutResult:
        return self._put_batch([_checked(article)])[0]

    def put_articles(self, articles: Iterable[Article]) -> list[PutResult]:
        """Batched puts. A crash loses at most the batch in flight, never part of an article."""
        results: list[PutResult] = []
        batch: list[Article] = []
        for article in articles:
            batch.append(_checked(article))
            if len(batch) >= BATCH_SIZE:
                results += self._put_batch(batch)
                batch = []
        if batch:
            results += self._put_batch(batch)
        return results

    def _put_batch(self, batch: list[Article]) -> list[PutResult]:
        try:
            with self._write() as conn:
                return [self._put(conn, article) for article in batch]
        except IntegrityError:
            # Only a concurrent writer without a write lock at BEGIN (PostgreSQL) can get here: it stored one of
            # these ids first. Once more, in a new transaction, now sees its row and reports "unchanged".
            with self._write() as conn:
                return [self._put(conn, article) for article in batch]

    def _put(self, conn: Connection, article: Article) -> PutResult:
        stored = conn.execute(select(A.c.revision_of).where(A.c.id == article.id)).first()
        if stored is not None:
            return PutResult(PutOutcome.UNCHANGED, article.id, stored.revision_of)
        previous = _latest_for_url(conn, article.url) if article.url else None
        if previous is None and article.revision_of is not None and _has(conn, article.revision_of):
            previous = article.revision_of  # the caller knows better than the url (e.g. copied from another store)
        conn.execute(A.insert().values(codec.article_to_row(article, previous)))
        return PutResult(PutOutcome.REVISION if previous else PutOutcome.NEW, article.id, previous)

    def get_article(self, id_or_prefix: str) -> Article | None:
        key = id_or_prefix.strip().lower()
        if not _HEX_PREFIX.fullmatch(key):
            raise ValueError(f"article id {id_or_prefix!r}: give the id or at least its first 4 hex characters")
        with self._read() as conn:
            return self._fetch(conn, key)

    def _fetch(self, conn: Connection, key: str) -> Article | None:
        row = conn.execute(select(A).where(A.c.id == key)).mappings().first()
        if row is None:
            ids = conn.scalars(select(A.c.id).where(A.c.id.startswith(key, autoescape=True))
                               .order_by(A.c.id).limit(_MAX_CANDIDATES + 1)).all()
            if len(ids) > 1:
                more = ", ..." if len(ids) > _MAX_CANDIDATES else ""
                raise LookupError(f"article id prefix {key!r} is ambiguous: it matches "
                                  f"{', '.join(ids[:_MAX_CANDIDATES])}{more}")
            if not ids:
                return None
            row = conn.execute(select(A).where(A.c.id == ids[0])).mappings().first()
        return codec.row_to_article(row)

    def articles(self, order: str = "published") -> Iterator[Article]:
        """All articles in ``order`` ("published", "fetched" or "stored").

        Reads the ordered ids first, then the articles in chunks, each in a short read, so a long iteration
        holds no transaction open and the caller may write to the store (e.g. stage results) meanwhile.
        """
        if order not in _ORDERS:
            raise ValueError(f"order must be one of {', '.join(_ORDERS)}, not {order!r}")
        with self._read() as conn:
            ids = conn.scalars(select(A.c.id).order_by(*_ORDERS[order])).all()
        return self._load(ids)

    def _load(self, ids: list[str]) -> Iterator[Article]:
        for start in range(0, len(ids), BATCH_SIZE):
            chunk = ids[start:start + BATCH_SIZE]
            with self._read() as conn:
                rows = {row["id"]: row for row in conn.execute(select(A).where(A.c.id.in_(chunk))).mappings()}
            for article_id in chunk:
                yield codec.row_to_article(rows[article_id])

    def count_articles(self) -> int:
        with self._read() as conn:
            return conn.scalar(select(func.count()).select_from(A))

    def revisions(self, article_id: str) -> list[Article]:
        with self._read() as conn:
            article = self._fetch(conn, article_id.strip().lower())
            if article is None:
                raise LookupError(f"no article {article_id!r} in {self.label}")
            chain, seen = [], {article.id}
            while article.revision_of and article.revision_of not in seen:
                article = self._fetch(conn, article.revision_of)
                chain.append(article)
                seen.add(article.id)
            return chain

    # -- per-article results of later stages --------------------------------------------------------------

    def put_stage_result(self, stage: str, article_id: str, version: str, payload: dict) -> None:
        if not isinstance(payload, dict):
            raise TypeError(f"stage {stage!r} result for {article_id}: payload must be a dict, "
                            f"not {type(payload).__name__}")
        try:
            json.dumps(payload)
        except (TypeError, ValueError) as error:
            raise TypeError(f"stage {stage!r} result for {article_id} is not JSON-serialisable: {error}") from None
        with self._write() as conn:
            if not _has(conn, article_id):
                raise LookupError(f"stage {stage!r} result for unknown article {article_id!r}")
            conn.execute(S.delete().where(S.c.stage == stage, S.c.article_id == article_id))
            conn.execute(S.insert().values(stage=stage, article_id=article_id, version=version,
                                           payload=payload, created_at=codec.utc_now()))

    def get_stage_result(self, stage: str, article_id: str, version: str | None = None) -> dict | None:
        with self._read() as conn:
            row = conn.execute(select(S.c.version, S.c.payload)
                               .where(S.c.stage == stage, S.c.article_id == article_id)).first()
        if row is None or (version is not None and row.version != version):
            return None
        return row.payload

    def articles_missing_stage(self, stage: str, version: str) -> list[str]:
        """In ``articles()`` order, so work resumes where an interrupted run stopped."""
        joined = A.outerjoin(S, and_(S.c.article_id == A.c.id, S.c.stage == stage, S.c.version == version))
        query = select(A.c.id).select_from(joined).where(S.c.article_id.is_(None)).order_by(*_ORDERS["published"])
        with self._read() as conn:
            return list(conn.scalars(query))

    def stage_results(self, stage: str, version: str) -> dict[str, dict]:
        query = select(S.c.article_id, S.c.payload).where(S.c.stage == stage, S.c.version == version)
        with self._read() as conn:
            return {row.article_id: row.payload for row in conn.execute(query)}

    # -- corpus-wide state of later stages ----------------------------------------------------------------

    def put_corpus_state(self, name: str, version: str, payload: bytes) -> None:
        if not isinstance(payload, (bytes, bytearray)):
            raise TypeError(f"corpus state {name!r} must be bytes, not {type(payload).__name__}")
        with self._write() as conn:
            conn.execute(C.delete().where(C.c.name == name))
            conn.execute(C.insert().values(name=name, version=version, payload=bytes(payload),
                                           updated_at=codec.utc_now()))

    def get_corpus_state(self, name: str, version: str | None = None) -> bytes | None:
        with self._read() as conn:
            row = conn.execute(select(C.c.version, C.c.payload).where(C.c.name == name)).first()
        if row is None or (version is not None and row.version != version):
            return None
        return bytes(row.payload)

    # -- the read model ---------------------------------------------------------------------------------------

    def index_story(self, dossier: "StoryDossier", articles: Sequence[Article], version: str) -> bool:
        with self._write() as conn:
            return read_model_write.index_story(conn, dossier, articles, version)

    def keep_stories(self, story_ids: Iterable[str]) -> int:
        with self._write() as conn:
            return read_model_write.keep_stories(conn, story_ids)

    @property
    def index(self) -> SqlStoryIndex:
        return self._index

    # -- lifetime -----------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close all connections (SQLite then folds the WAL back into the database file)."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> "SqlStore":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _checked(article: object) -> Article:
    if not isinstance(article, Article):
        raise TypeError(f"can only store Article records, not {type(article).__name__}")
    return article


def _has(conn: Connection, article_id: str) -> bool:
    return conn.scalar(select(exists().where(A.c.id == article_id)))


def _latest_for_url(conn: Connection, url: str) -> str | None:
    """The head of the url's revision chain: the stored article with this url that no other one revises."""
    later = A.alias("later")
    superseded = exists().where(later.c.revision_of == A.c.id, later.c.url == url)
    query = (select(A.c.id).where(A.c.url == url, ~superseded)
             .order_by(A.c.stored_at.desc(), A.c.id).limit(1))
    return conn.scalar(query)
