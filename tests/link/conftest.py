"""Per-article actors of the seeds and the examples, as the link stage receives them."""
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
def seed_triples(nlp, seeds_dir):
    triples = []
    for path in sorted(seeds_dir.glob("*.txt")):
        article = clean_document(RawDocument(source=str(path), media_type="text/plain",
                                             body=path.read_text(encoding="utf-8")))
        triples.append((article.id, article.published, find_actors(nlp(article.text))))
    return triples


@pytest.fixture(scope="module")
def example_triples(nlp, examples_dir):
    from newsloom.ingest import IngestOptions
    from newsloom.pipeline import extract

    articles = [a for a in extract([str(examples_dir)], IngestOptions()) if hasattr(a, "text")]
    return [(a.id, a.published, find_actors(nlp(a.text))) for a in articles]
