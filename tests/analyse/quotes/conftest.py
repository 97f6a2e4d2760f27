"""Real articles for the quote tests: the five seed reports and the example corpus, cleaned by the real
cleaner, parsed once per module, with the actor layer run on them as in the product."""
from __future__ import annotations

import pytest

from newsloom.analyse.actors import find_actors
from newsloom.analyse.nlp import load_pipeline
from newsloom.analyse.quotes import find_quotes
from newsloom.clean import clean_document
from newsloom.records import RawDocument


class Found:
    """One article with its actors and quotes, and helpers to look quotes up by the words they contain."""

    def __init__(self, article, actors, quotes):
        self.article, self.actors, self.quotes = article, actors, quotes
        self.text = article.text
        self.names = {a.key: a.name for a in actors}

    def content(self, quote) -> str:
        return " | ".join(self.text[a:b] for a, b in quote.content)

    def quote_with(self, words: str):
        found = [q for q in self.quotes if words in self.content(q)]
        assert found, f"no quote contains {words!r}; quotes: {[self.content(q)[:60] for q in self.quotes]}"
        return found[0]

    def speaker_name(self, quote) -> str | None:
        return self.names.get(quote.speaker_actor)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def quotes_in(nlp):
    """``quotes_in(text)``: (quote, content, speaker's actor name) of each quote of a short made-up text."""
    def run(text: str):
        doc = nlp(text)
        actors = find_actors(doc)
        names = {a.key: a.name for a in actors}
        return [(q, " | ".join(text[a:b] for a, b in q.content), names.get(q.speaker_actor))
                for q in find_quotes(doc, actors)]
    return run


@pytest.fixture(scope="module")
def analyse(nlp):
    def run(article) -> Found:
        doc = nlp(article.text)
        actors = find_actors(doc)
        return Found(article, actors, find_quotes(doc, actors))
    return run


@pytest.fixture(scope="module")
def seeds(analyse, seeds_dir) -> dict[str, Found]:
    """{"000": Found, ...} for the five seeds."""
    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        article = clean_document(RawDocument(source=str(path), media_type="text/plain",
                                             body=path.read_text(encoding="utf-8")))
        out[path.name[:3]] = analyse(article)
    return out


@pytest.fixture(scope="module")
def examples(analyse, examples_dir) -> list[Found]:
    from newsloom.ingest import IngestOptions
    from newsloom.pipeline import extract

    articles = [a for a in extract([str(examples_dir)], IngestOptions()) if hasattr(a, "text")]
    return [analyse(article) for article in articles]
