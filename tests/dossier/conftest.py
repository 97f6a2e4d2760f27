"""Briefs of the examples and of the seeds, built once for every dossier test."""
import pytest

from newsloom.pipeline import brief
from newsloom.store import open_store


def _brief(db):
    """The brief of a store, and its articles by id (to check spans against)."""
    with open_store(db) as store:
        built, failures = brief(store)
        articles = {a.id: a for a in store.articles()}
    assert failures == []
    return built, articles


@pytest.fixture(scope="session")
def examples_brief(examples_db):
    return _brief(examples_db)


@pytest.fixture(scope="session")
def seeds_brief(named_seeds_db):
    return _brief(named_seeds_db)


def story_with(built, fragment: str):
    """The story one of whose articles contains ``fragment``."""
    found = [s for s in built[0].stories for a in s.articles if fragment in built[1][a.id].text]
    assert found, fragment
    return found[0]
