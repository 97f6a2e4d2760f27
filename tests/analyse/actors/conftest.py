"""Real articles for the actor tests: the five seed reports and the example corpus, cleaned by the real
cleaner and parsed once per module (the spaCy pipeline itself is cached per process)."""
from __future__ import annotations

import pytest

from newsloom.analyse.actors import find_actors
from newsloom.analyse.nlp import load_pipeline
from newsloom.clean import clean_document
from newsloom.records import RawDocument


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def seed_actors(nlp, seeds_dir):
    """{"000": (article, actors), ...} for the five seeds."""
    found = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        article = clean_document(RawDocument(source=str(path), media_type="text/plain",
                                             body=path.read_text(encoding="utf-8")))
        found[path.name[:3]] = (article, find_actors(nlp(article.text)))
    return found


@pytest.fixture(scope="module")
def example_actors(nlp, examples_dir):
    """[(article, actors), ...] for every article of the example corpus."""
    from newsloom.ingest import IngestOptions
    from newsloom.pipeline import extract

    articles = [a for a in extract([str(examples_dir)], IngestOptions()) if hasattr(a, "text")]
    return [(article, find_actors(nlp(article.text))) for article in articles]
