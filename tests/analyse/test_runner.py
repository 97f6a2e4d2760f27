"""The analyse stage over a store: cached by analyser version, other languages skipped, parses restorable."""
import pytest

from newsloom.analyse import runner
from newsloom.analyse.article import restore_parse
from newsloom.analyse.nlp import load_pipeline
from newsloom.ingest import IngestOptions
from newsloom.pipeline import analyse, ingest
from newsloom.records import Article
from newsloom.store import open_store

GERMAN = ("Die Gespräche zwischen den beiden Ländern in Istanbul sind am Mittwoch gescheitert, teilte der "
          "Informationsminister mit. Beide Seiten gaben sich gegenseitig die Schuld an dem Scheitern.")


@pytest.fixture()
def store(tmp_path, seeds_dir):
    with open_store(tmp_path / "a.db") as store:
        ingest([str(seeds_dir)], IngestOptions(published="2025-10-30"), store)
        store.put_article(Article.create("german.txt", [GERMAN], language="de"))
        yield store


def test_analysis_is_stored_once_per_version(store, monkeypatch):
    first = analyse(store, workers=1)
    assert (first.analysed, len(first.skipped), first.failures) == (5, 1, [])
    again = analyse(store, workers=1)
    assert (again.analysed, again.skipped) == (0, [])
    monkeypatch.setattr(runner, "CODE_VERSION", runner.CODE_VERSION + ".next")
    newer = analyse(store, workers=1)
    assert newer.analysed == 5


def test_other_languages_are_stored_marked_and_skipped_with_a_reason(store):
    report = analyse(store, workers=1)
    ((article_id, reason),) = report.skipped
    assert "'de'" in reason and "English only" in reason
    analysis = runner.stored_analysis(store, article_id)
    assert analysis.skipped == reason and analysis.actors == () and analysis.language == "de"


def test_sentences_entities_and_parse_are_offsets_into_the_article_text(store):
    analyse(store, workers=1)
    for article in store.articles():
        analysis = runner.stored_analysis(store, article.id)
        if analysis.skipped:
            continue
        assert analysis.sentences and analysis.entities
        for span in analysis.sentences + analysis.entities:
            assert 0 <= span.start < span.end <= len(article.text)
        for entity in analysis.entities:
            assert article.text[entity.start:entity.end] == entity.text
        doc = restore_parse(analysis, load_pipeline().vocab)
        assert doc.text == article.text and any(token.dep_ == "nsubj" for token in doc)


def test_two_worker_processes_give_the_same_analyses_as_one(tmp_path, seeds_dir, monkeypatch):
    with open_store(tmp_path / "one.db") as one, open_store(tmp_path / "two.db") as two:
        for store in (one, two):
            ingest([str(seeds_dir)], IngestOptions(published="2025-10-30"), store)
        analyse(one, workers=1)
        monkeypatch.setattr(runner, "CHUNK", 2)  # several chunks, so both workers get work
        analyse(two, workers=2)
        for article in one.articles():
            a, b = runner.stored_analysis(one, article.id), runner.stored_analysis(two, article.id)
            assert (a.sentences, a.actors, a.times) == (b.sentences, b.actors, b.times)
