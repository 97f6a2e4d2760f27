"""Where articles and stage results live: one small interface, :class:`Store`, behind :func:`open_store`.

>>> with open_store("newsloom.db") as store:            # doctest: +SKIP
...     result = store.put_article(article)              # PutResult(outcome=PutOutcome.NEW, ...)
...     same = store.get_article(result.article_id[:6])

``location`` is a filesystem path (SQLite) or an SQLAlchemy URL (``sqlite:///x.db``, later
``postgresql://...``), so moving to another database is configuration, not code.
"""
from __future__ import annotations

from pathlib import Path

from newsloom.store.base import PutOutcome, PutResult, SchemaVersionError, Store, StoreError

__all__ = ["open_store", "Store", "PutOutcome", "PutResult", "StoreError", "SchemaVersionError"]


def open_store(location: str | Path = "newsloom.db") -> Store:
    """Open (creating if needed, in an existing directory) and migrate the store at ``location``.

    Raises :class:`StoreError` when the directory is missing or the file is not a SQLite database, and
    :class:`SchemaVersionError` when the database was written by a newer newsloom.
    """
    from newsloom.store.sql import open_sql_store  # keeps "import newsloom.store" free of SQLAlchemy

    return open_sql_store(location)
