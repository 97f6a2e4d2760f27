"""The SQL store, on real database files: round trips, revisions, migrations, and surviving SIGKILL."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import inspect

from newsloom.records import Article, Gap, Removed, article_id
from newsloom.store import PutOutcome, PutResult, SchemaVersionError, Store, StoreError, open_store
from newsloom.store import migrations, schema

SRC = Path(__file__).resolve().parents[2] / "src"
IST = timezone(timedelta(hours=5, minutes=30))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


@pytest.fixture
def store(db: Path):
    with open_store(db) as opened:
        yield opened


def article(text: str = "Rain fell on the capital.", *, url: str | None = "https://example.test/a", **kwargs):
    paragraphs = [text, "Officials said the river would crest on Friday."]
    return Article.create(kwargs.pop("source", "feed.xml#1"), paragraphs, url=url, **kwargs)


def versions(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT version FROM schema_version ORDER BY version")]


# -- articles ---------------------------------------------------------------------------------------------

def test_round_trip_is_exact_and_survives_reopening(db: Path) -> None:
    full = article(
        "Zürich: «quoted» text — with emoji 🌧️ and\ttabs.", outlet="Example Times", outlet_how="metadata",
        title="Floods", title_how="given", byline="A. Reporter", published="2024-03-01T08:30:00+01:00",
        published_how="dateline", language="de", media_type="text/html",
        fetched_at=datetime(2024, 3, 1, 9, 15, 0, 123456, tzinfo=IST),
        removed=(Removed("Subscribe now!", "boilerplate"), Removed("Share", "link list")),
        gaps=(Gap(10, 12, "stripped link"),))
    naive = article("A naive timestamp.", url=None, fetched_at=datetime(2024, 1, 1, 12, 0))
    with open_store(db) as store:
        assert isinstance(store, Store)
        assert store.put_article(full) == PutResult(PutOutcome.NEW, full.id, None)
        assert store.put_article(naive).outcome == "new"
        assert store.get_article(full.id) == full
    with open_store(str(db)) as store:  # a str path, a new process-like open
        back = store.get_article(full.id)
        assert back == full and back.fetched_at.utcoffset() == timedelta(hours=5, minutes=30)
        assert store.get_article(naive.id) == naive and store.get_article(naive.id).fetched_at.tzinfo is None
        assert store.count_articles() == 2
    with open_store(f"sqlite:///{db}") as store:  # the same database by URL
        assert store.get_article(full.id) == full


def test_same_article_twice_is_stored_once(store) -> None:
    a = article()
    assert store.put_article(a).outcome is PutOutcome.NEW
    assert store.put_article(a) == PutResult(PutOutcome.UNCHANGED, a.id, None)
    rewrapped = Article.create("elsewhere.html", [p.replace(" ", "  \n") for p in a.paragraphs], url=a.url)
    assert rewrapped.id == a.id and store.put_article(rewrapped).outcome is PutOutcome.UNCHANGED
    assert store.count_articles() == 1 and store.get_article(a.id) == a  # the first copy is kept


def test_changed_text_at_same_url_is_a_revision_chain(store) -> None:
    first, second, third = (article(f"Rain fell on the capital, version {n}.") for n in (1, 2, 3))
    assert store.put_article(first).outcome is PutOutcome.NEW
    assert store.put_article(second) == PutResult(PutOutcome.REVISION, second.id, first.id)
    assert store.put_article(third) == PutResult(PutOutcome.REVISION, third.id, second.id)
    assert store.put_article(first) == PutResult(PutOutcome.UNCHANGED, first.id, None)  # old text again
    assert store.count_articles() == 3
    assert store.get_article(third.id) == third.with_changes(revision_of=second.id)
    assert store.revisions(third.id) == [second.with_changes(revision_of=first.id), first]
    assert store.revisions(first.id) == []
    with pytest.raises(LookupError):
        store.revisions("0000000000000000")
    # no url, no revision: the same words from an unknown place are simply another article
    assert store.put_article(article("Rain fell on the capital, version 4.", url=None)).outcome is PutOutcome.NEW


def test_put_articles_batch_sees_its_own_rows(store) -> None:
    a, b, c = article("One."), article("Two."), article("Three.", url="https://example.test/other")
    results = store.put_articles(iter([a, a, b, c]))
    assert [r.outcome for r in results] == ["new", "unchanged", "revision", "new"]
    assert results[2].revision_of == a.id and store.count_articles() == 3
    with pytest.raises(TypeError):
        store.put_articles([{"id": "not an article"}])


def _two_ids_sharing_a_prefix() -> tuple[list[str], list[str], str]:
    seen: dict[str, list[str]] = {}
    for n in range(100_000):
        paragraphs = [f"Report number {n}.", "Officials said the river would crest on Friday."]
        prefix = article_id(paragraphs)[:4]
        if prefix in seen:
            return seen[prefix], paragraphs, prefix
        seen[prefix] = paragraphs
    raise AssertionError("no shared prefix found")


def test_prefix_lookup_and_ambiguity(store) -> None:
    one, two, prefix = _two_ids_sharing_a_prefix()
    a, b = Article.create("x#1", one), Article.create("x#2", two)
    store.put_articles([a, b])
    assert store.get_article(a.id[:8]) == a and store.get_article(b.id.upper()) == b
    with pytest.raises(LookupError) as ambiguous:
        store.get_article(prefix)
    assert a.id in str(ambiguous.value) and b.id in str(ambiguous.value)
    assert store.get_article("0000" if prefix != "0000" else "1111") is None  # only a and b are stored
    assert store.get_article("0123456789abcdef") is None
    for bad in ("abc", "zzzz", "12%4", ""):
        with pytest.raises(ValueError):
            store.get_article(bad)


def test_articles_ordered_by_published_then_fetched(store) -> None:
    t0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
    late_unknown = article("Unknown date, fetched late.", url=None, fetched_at=t0 + timedelta(hours=2))
    early_unknown = article("Unknown date, fetched early.", url=None, fetched_at=(t0 + timedelta(hours=1)).astimezone(IST))
    march = article("March.", url=None, published="2024-03-01", fetched_at=t0)
    january = article("January.", url=None, published="2024-01-05T10:00:00+00:00", fetched_at=t0)
    store.put_articles([late_unknown, march, early_unknown, january])
    assert [a.id for a in store.articles()] == [january.id, march.id, early_unknown.id, late_unknown.id]
    assert [a.id for a in store.articles(order="stored")] == [late_unknown.id, march.id, early_unknown.id,
                                                               january.id]
    with pytest.raises(ValueError):
        store.articles(order="title")


# -- stage results ----------------------------------------------------------------------------------------

def test_stage_results_are_versioned(store) -> None:
    a, b = article("First.", url=None, published="2024-01-01"), article("Second.", url=None, published="2024-02-01")
    store.put_articles([a, b])
    assert store.articles_missing_stage("entities", "v1") == [a.id, b.id]
    store.put_stage_result("entities", a.id, "v1", {"people": ["Ada"], "score": 0.5})
    assert store.get_stage_result("entities", a.id) == {"people": ["Ada"], "score": 0.5}
    assert store.get_stage_result("entities", a.id, "v1") == {"people": ["Ada"], "score": 0.5}
    assert store.get_stage_result("entities", a.id, "v2") is None  # stale: analysed by another version
    assert store.get_stage_result("sentiment", a.id) is None
    assert store.articles_missing_stage("entities", "v1") == [b.id]
    assert store.articles_missing_stage("entities", "v2") == [a.id, b.id]
    store.put_stage_result("entities", a.id, "v2", {"people": []})  # replaces v1
    assert store.get_stage_result("entities", a.id, "v1") is None
    assert store.get_stage_result("entities", a.id, "v2") == {"people": []}
    with pytest.raises(LookupError):
        store.put_stage_result("entities", "0000000000000000", "v1", {})
    with pytest.raises(TypeError):
        store.put_stage_result("entities", a.id, "v1", {"when": datetime.now()})
    with pytest.raises(TypeError):
        store.put_stage_result("entities", a.id, "v1", ["not", "a", "dict"])


# -- SQLite settings, errors, lifetime --------------------------------------------------------------------

def test_sqlite_pragmas_are_on(store, db: Path) -> None:
    with sqlite3.connect(db) as raw:  # journal_mode is stored in the file: any connection sees it
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with store.engine.connect() as conn:  # the rest are per connection: check the store's own
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 1  # NORMAL: safe against a killed process in WAL mode
        assert pragma("busy_timeout") >= 1000


def test_missing_directory_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "news.db"
    for location in (target, f"sqlite:///{target}"):
        with pytest.raises(StoreError, match="does not exist"):
            open_store(location)
    assert not (tmp_path / "no").exists()


def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("These are my notes, not a database.\n" * 200)
    before = bogus.read_bytes()
    with pytest.raises(StoreError, match="notes.db.*not a SQLite database"):
        open_store(bogus)
    assert bogus.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_closed_store_refuses_work(db: Path) -> None:
    store = open_store(db)
    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        store.count_articles()


# -- migrations -------------------------------------------------------------------------------------------

def test_migrations_apply_once(db: Path) -> None:
    open_store(db).close()
    assert versions(db) == list(range(1, migrations.latest_version() + 1))
    with sqlite3.connect(db) as conn:
        applied = conn.execute("SELECT applied_at FROM schema_version").fetchall()
    with open_store(db) as store:
        store.put_article(article())
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT applied_at FROM schema_version").fetchall() == applied


def test_migrated_schema_matches_schema_module(store) -> None:
    """Guards against editing schema.py without adding a migration step (or the reverse)."""
    found = inspect(store.engine)
    for table in schema.metadata.sorted_tables:
        columns = {c["name"]: c["nullable"] for c in found.get_columns(table.name)}
        assert columns == {c.name: c.nullable for c in table.columns}, table.name
        assert set(found.get_pk_constraint(table.name)["constrained_columns"]) == {c.name for c in table.primary_key}
        assert {i["name"] for i in found.get_indexes(table.name)} == {i.name for i in table.indexes}
        fks = {(tuple(fk["constrained_columns"]), fk["referred_table"]) for fk in found.get_foreign_keys(table.name)}
        assert fks == {((fk.parent.name,), fk.column.table.name) for fk in table.foreign_keys}


def test_new_step_is_applied_then_old_code_refuses_the_database(db: Path, monkeypatch) -> None:
    open_store(db).close()
    known = migrations.latest_version()
    step = migrations.Migration(known + 1, "notes table",
                                lambda conn: conn.exec_driver_sql("CREATE TABLE notes (x TEXT)"))
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step))
        open_store(db).close()
        open_store(db).close()  # no-op the second time
        assert versions(db) == list(range(1, known + 2))
    with pytest.raises(SchemaVersionError) as refused:  # this code knows only up to `known`
        open_store(db)
    message = str(refused.value)
    assert f"version {known + 1}" in message and f"up to {known}" in message and str(db) in message


def test_far_future_version_is_refused(db: Path) -> None:
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2099-01-01')")
    with pytest.raises(SchemaVersionError, match=f"99.*up to {migrations.latest_version()}"):
        open_store(db)


def test_failing_step_leaves_database_as_it_was(db: Path, monkeypatch) -> None:
    open_store(db).close()

    def half_done(conn) -> None:
        conn.exec_driver_sql("CREATE TABLE scratch (x TEXT)")
        raise RuntimeError("step 2 failed half way")

    known = migrations.latest_version()
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        (*migrations.MIGRATIONS, migrations.Migration(known + 1, "bad", half_done)))
    with pytest.raises(RuntimeError, match="half way"):
        open_store(db)
    assert versions(db) == list(range(1, known + 1))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'scratch'").fetchall() == []


def test_a_version_1_database_is_upgraded_in_place(db: Path, monkeypatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        with open_store(db) as store:
            store.put_article(article())
    with open_store(db) as store:
        assert store.count_articles() == 1
        store.put_corpus_state("stories", "v1", b"state")
        assert store.get_corpus_state("stories") == b"state"
    assert versions(db) == list(range(1, migrations.latest_version() + 1))


# -- corpus state and stage results in bulk ---------------------------------------------------------------

def test_corpus_state_round_trips_and_is_versioned(store) -> None:
    assert store.get_corpus_state("stories") is None
    store.put_corpus_state("stories", "v1", b"\x00\x01 state")
    store.put_corpus_state("stories", "v2", bytearray(b"newer"))  # replaces, never duplicates
    assert store.get_corpus_state("stories") == b"newer"
    assert store.get_corpus_state("stories", "v2") == b"newer"
    assert store.get_corpus_state("stories", "v1") is None  # written by another version: not reused
    with pytest.raises(TypeError, match="bytes"):
        store.put_corpus_state("stories", "v3", "not bytes")


def test_stage_results_by_stage_and_version(store) -> None:
    first, second = article(), article(text="Another report entirely, with other words in it.")
    for a in (first, second):
        store.put_article(a)
    store.put_stage_result("story", first.id, "1", {"story": "s1"})
    store.put_stage_result("story", second.id, "2", {"story": "s2"})
    assert store.stage_results("story", "1") == {first.id: {"story": "s1"}}
    assert store.stage_results("story", "3") == {}


# -- crash safety -----------------------------------------------------------------------------------------

MAKER = r'''
from datetime import datetime, timedelta, timezone
from newsloom.records import Article, Removed

def crash_article(i):
    """Big enough (~40 kB) that a kill often lands inside a write; every third is a new url, the rest revise."""
    body = [f"Paragraph {p} of report {i}: " + "word " * 60 for p in range(100)]
    return Article.create(f"crash#{i}", body, url=f"https://example.test/{i // 3}", published=f"2024-01-{1 + i % 28:02d}",
                          fetched_at=datetime(2024, 2, 1, tzinfo=timezone(timedelta(hours=i % 12))) + timedelta(seconds=i),
                          removed=(Removed(f"ad {i}", "boilerplate"),))
'''

CHILD = MAKER + r'''
import sys
from newsloom.store import open_store

store = open_store(sys.argv[1])
for i in range(100_000):
    store.put_article(crash_article(i))
    print(i, flush=True)  # acknowledged: the commit has returned
'''


def test_sigkill_mid_ingest_loses_nothing_committed(db: Path) -> None:
    maker: dict = {}
    exec(MAKER, maker)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    acked: list[int] = []
    deadline = time.monotonic() + 20
    try:
        while len(acked) < 25:
            line = child.stdout.readline()
            assert line, f"child stopped early: {child.stderr.read()}"
            acked.append(int(line))
            assert time.monotonic() < deadline
        time.sleep(random.uniform(0, 0.01))  # land somewhere inside the next write
    finally:
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
    acked += [int(line) for line in out.split()]  # printed before the kill: acknowledged too
    assert child.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with open_store(db) as store:
        stored = {a.id: a for a in store.articles()}
        # The kill may fall between a commit and its print: then exactly one more article is stored, whole.
        assert acked == list(range(len(acked)))
        assert len(acked) <= store.count_articles() == len(stored) <= len(acked) + 1
        expected = [maker["crash_article"](i) for i in range(len(stored))]
        for i, want in enumerate(expected):
            got = stored[want.id]
            assert got.with_changes(revision_of=None) == want
            assert got.revision_of == (expected[i - 1].id if i % 3 else None)
        # and the store carries on where the child stopped
        assert store.put_article(maker["crash_article"](len(stored))).outcome in ("new", "revision")
