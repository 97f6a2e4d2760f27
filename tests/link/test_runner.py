"""The link stage over a store: incremental runs, saved state, revisions, versions and failures."""
import shutil
import sqlite3

import pytest

from newsloom.link import runner
from newsloom.link.runner import link_pending, placements
from newsloom.pipeline import current_analyses
from newsloom.store import open_store


@pytest.fixture
def db(tmp_path, examples_db):
    """A private copy of the analysed examples, with whatever other tests linked in it forgotten."""
    copy = tmp_path / "examples.db"
    shutil.copy(examples_db, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM corpus_state")
        conn.execute("DELETE FROM stage_results WHERE stage = ?", (runner.STAGE,))
    return copy


def test_a_second_run_adds_only_new_articles_to_the_saved_state(db):
    with open_store(db) as store:
        pairs = current_analyses(store)
        first = link_pending(store, pairs[:5])
        assert first.rebuilt and first.linked == 5
        before = placements(store)
        second = link_pending(store, pairs)
        assert not second.rebuilt and second.linked == len(pairs) - 5
        after = placements(store)
        again = link_pending(store, pairs)
    assert again.linked == 0 and not again.rebuilt
    assert set(before) < set(after) and len(after) == len(pairs)
    stories = {p.story for p in after.values()}
    assert 3 <= len(stories) < len(pairs)


def test_the_copy_is_placed_with_its_original_and_names_it(db):
    with open_store(db) as store:
        pairs = current_analyses(store)
        link_pending(store, pairs)
        placed = placements(store)
        by_outlet = {(a.outlet, a.id) for a, _ in pairs}
    copies = [p for p in placed.values() if p.original]
    assert len(copies) == 1
    (copy,) = copies
    assert placed[copy.original].story == copy.story
    assert ("Meridian Wire", copy.original) in by_outlet


def test_state_from_another_version_is_rebuilt_not_trusted(db, monkeypatch):
    with open_store(db) as store:
        pairs = current_analyses(store)
        link_pending(store, pairs)
        monkeypatch.setattr(runner, "LINK_VERSION", runner.LINK_VERSION + "-other")
        report = link_pending(store, pairs)
        assert report.rebuilt and report.linked == len(pairs)
        assert len(placements(store)) == len(pairs)


def test_one_article_that_cannot_be_linked_is_named_and_the_rest_go_on(db, monkeypatch):
    with open_store(db) as store:
        pairs = current_analyses(store)
        bad = pairs[3][0].id
        real = runner.features_from_article

        def broken(article, analysis):
            if article.id == bad:
                raise ValueError("no features")
            return real(article, analysis)

        monkeypatch.setattr(runner, "features_from_article", broken)
        report = link_pending(store, pairs)
        assert [f.item for f in report.failures] == [bad] and "no features" in report.failures[0].reason
        assert report.linked == len(pairs) - 1
        monkeypatch.setattr(runner, "features_from_article", real)
        retry = link_pending(store, pairs)  # the next run picks it up
    assert retry.linked == 1 and not retry.failures
