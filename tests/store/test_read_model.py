"""The read model (migration 3): what one kept dossier writes, the queries the web pages and the API make, and
full-text search, on small hand-made dossiers (the web tests cover real ones)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsloom.dossier import OutletCoverage, StoryActor, StoryArticle, StoryDossier, SummarySentence
from newsloom.link.facts import Fact, FactVariant, FirstReport
from newsloom.records import Article, QuoteVariant, Statement
from newsloom.store import open_store
from newsloom.store.read_model import HIT_END, HIT_START, StoryFilter
from newsloom.store.read_model_sql import fts_query


def _article(text: str, outlet: str, published: str) -> Article:
    return Article.create(f"{outlet}.txt", [text], outlet=outlet, title=f"{outlet}: {text[:30]}", published=published,
                          url=f"https://{outlet.lower().replace(' ', '')}.example/a")


def _fact(fact_id: str, text: str, articles: list[Article], single: bool = False) -> Fact:
    variants = tuple(FactVariant(a.id, a.outlet, a.published, (0, len(a.text)), (0, len(a.text)), a.text, a.text,
                                 a.outlet.lower()) for a in articles)
    first = articles[0]
    return Fact(fact_id, text, variants, tuple(a.outlet for a in articles), FirstReport(first.id, first.outlet,
                                                                                          first.published), single)


def _dossier(story_id: str, articles: list[Article], speaker: str = "Ingrid Solvay") -> StoryDossier:
    shared = _fact(f"{story_id}-f1", "The dam gave way.", articles)
    alone = _fact(f"{story_id}-f2", "Nobody expected it.", articles[:1], single=True)
    quote = Statement(f"{story_id}-s1", f"p-{speaker.split()[-1].lower()}", speaker, tuple(
        QuoteVariant(a.id, a.outlet, a.published, "direct", ((0, 5),), a.text[:5]) for a in articles))
    outlets = tuple(a.outlet for a in articles)
    return StoryDossier(
        id=story_id, thread=f"thread-{story_id}", title=articles[0].title, first_date=articles[0].published,
        last_date=articles[-1].published,
        articles=tuple(StoryArticle(a.id, a.outlet, a.title, a.published, a.url) for a in articles), outlets=outlets,
        summary=(SummarySentence(articles[0].text, articles[0].id, (0, len(articles[0].text)), outlets, ()),),
        actors=(StoryActor(quote.speaker, speaker, "person", (speaker, "the mayor"), ("mayor of Brekka",), 3,
                           tuple(a.id for a in articles)),),
        statements=(quote,), facts=(shared, alone), contradictions=(), timeline=(),
        coverage=tuple(OutletCoverage(a.outlet, (a.id,), 2 if a is articles[0] else 1,
                                      (alone.id,) if a is articles[0] else (), ()) for a in articles))


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "news.db") as opened:
        yield opened


@pytest.fixture
def two_stories(store):
    dam = [_article("The Hallen Dam gave way before dawn in Brekka.", "Lusmark Chronicle", "2025-03-06"),
           _article("The dam at Hallen collapsed and flooded Brekka.", "Northgate Post", "2025-03-07")]
    flood = [_article("The River Tiss burst its banks in Mirrin.", "Northgate Post", "2025-03-12")]
    store.put_articles(dam + flood)
    assert store.index_story(_dossier("story-1", dam), dam, "v1")
    assert store.index_story(_dossier("story-2", flood, speaker="Lukas Ferrand"), flood, "v1")
    return dam, flood


def test_a_kept_dossier_becomes_its_story_rows(store, two_stories) -> None:
    dam, _ = two_stories
    row = store.index.story("story-1")
    assert (row.title, row.articles, row.sources, row.outlets, row.facts, row.statements) == (
        dam[0].title, 2, 2, ("Lusmark Chronicle", "Northgate Post"), 2, 1)
    assert row.actors == ("Ingrid Solvay",) and row.first_date == "2025-03-06"
    assert store.index.story_count() == 2 and store.index.story("nope") is None
    placed = store.index.article(dam[1].id)
    assert (placed.story, placed.outlet, placed.url) == ("story-1", "Northgate Post", dam[1].url)


def test_the_same_version_is_not_written_twice_and_a_new_one_replaces_the_old(store, two_stories) -> None:
    dam, flood = two_stories
    assert not store.index_story(_dossier("story-1", dam), dam, "v1")
    assert store.index_story(_dossier("story-1", dam[:1]), dam[:1], "v2")  # one article moved away
    assert store.index.story("story-1").articles == 1
    assert store.index.article(dam[1].id) is None
    assert [h.id for h in store.index.search("collapsed")] == []  # its text left the search index too
    assert store.index.articles(story="story-1").total == 1


def test_stories_merged_away_are_forgotten(store, two_stories) -> None:
    _, flood = two_stories
    assert store.keep_stories(["story-2"]) == 1
    assert [s.id for s in store.index.stories(StoryFilter()).items] == ["story-2"]
    assert store.index.search("Hallen") == ()
    assert store.index.article(flood[0].id).story == "story-2"
    assert store.index.facts(story="story-1").total == 0 and store.index.statements(story="story-1").total == 0


@pytest.mark.parametrize(("query", "expected"), [
    (StoryFilter(), ["story-1", "story-2"]),  # most independent outlets first
    (StoryFilter(q="hallen"), ["story-1"]),
    (StoryFilter(q="Tiss Mirrin"), ["story-2"]),
    (StoryFilter(q="Ferrand"), ["story-2"]),  # actors are searched too
    (StoryFilter(q="hal"), ["story-1"]),  # the last word is a prefix
    (StoryFilter(q="Hallen Mirrin"), []),  # every word must match
    (StoryFilter(q='" OR * NEAR( -'), []),  # FTS5 syntax is not let through
    (StoryFilter(outlet="Lusmark Chronicle"), ["story-1"]),
    (StoryFilter(actor="ingrid solvay"), ["story-1"]),
    (StoryFilter(actor="p-ferrand"), ["story-2"]),
    (StoryFilter(min_outlets=2), ["story-1"]),
    (StoryFilter(date_from="2025-03-08"), ["story-2"]),
    (StoryFilter(date_to="2025-03-06"), ["story-1"]),
    (StoryFilter(date_to="2025-03"), ["story-1", "story-2"]),  # a month takes in all of it
    (StoryFilter(limit=1, offset=1), ["story-2"]),
])
def test_story_filters(store, two_stories, query, expected) -> None:
    page = store.index.stories(query)
    assert [s.id for s in page.items] == expected
    if query.limit == 1:
        assert page.total == 2


def test_actors_statements_facts_and_outlets(store, two_stories) -> None:
    dam, _ = two_stories
    actors = store.index.actors()
    assert {a.name for a in actors.items} == {"Ingrid Solvay", "Lukas Ferrand"}
    assert [a.name for a in store.index.actors("the MAYOR").items] == ["Lukas Ferrand", "Ingrid Solvay"]  # by id on ties
    actor, stories = store.index.actor("p-solvay")
    assert actor.aliases == ("Ingrid Solvay", "the mayor") and [s.roles for s in stories] == [("mayor of Brekka",)]
    assert store.index.actor("nobody") == (None, ())
    said = store.index.statements(speaker="p-solvay")
    assert said.total == 1 and said.items[0].outlets == ("Lusmark Chronicle", "Northgate Post")
    assert said.items[0].article_id == dam[0].id and said.items[0].span == (0, 5)
    alone = store.index.facts(exclusive_to="Lusmark Chronicle")
    assert [f.text for f in alone.items] == ["Nobody expected it."] and alone.items[0].single_source
    assert store.index.facts(outlet="Northgate Post").total == 3  # the dam fact and both flood facts
    assert store.index.facts(single_source=False).total == 2
    outlets = {o.outlet: o for o in store.index.outlets().items}
    assert (outlets["Northgate Post"].stories, outlets["Lusmark Chronicle"].exclusive) == (2, 1)
    assert [s.story for s in store.index.outlet("Northgate Post")] == ["story-2", "story-1"]  # latest first
    assert store.index.outlet("Nobody's Post") == ()


def test_search_marks_the_matched_words(store, two_stories) -> None:
    hits = store.index.search("brekka")
    assert [h.kind for h in hits] == ["story", "article", "article"]
    assert all(f"{HIT_START}Brekka{HIT_END}" in h.snippet for h in hits)
    assert store.index.search("   ") == () and store.index.search("zzzz") == ()


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('dam "collapse') == '"dam" "collapse"*'
    assert fts_query("NEAR(x) OR") == '"NEAR" "x" "OR"*'
    assert fts_query(" -*() ") is None


def test_the_read_model_is_migration_3(tmp_path: Path) -> None:
    open_store(tmp_path / "new.db").close()
    with sqlite3.connect(tmp_path / "new.db") as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone() == (3,)
    assert {"story_index", "story_outlets", "story_actors", "story_articles", "statement_index", "fact_index",
            "story_search", "article_search"} <= names
