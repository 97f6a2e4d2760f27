"""A story's events: each report goes to the development its lead dates; datelines, background days and
scheduled days do not move it; undated reports join the event they read like; copies follow their original."""
import pytest

from newsloom.dossier.events import lead_sentences, story_events
from newsloom.dossier.terms import sentence_idf
from newsloom.records import Article

from .conftest import story_with


@pytest.fixture(scope="module")
def analysed():
    from newsloom.analyse.article import analyse_parsed
    from newsloom.analyse.nlp import load_pipeline

    nlp = load_pipeline()

    def make(key, title, paragraphs, published=None, outlet=None):
        article = Article.create(f"{key}.txt", paragraphs, title=title, published=published,
                                 outlet=outlet or f"Outlet {key}")
        return article, analyse_parsed(article, nlp(article.text), "test")

    return make


def _events(pairs, copies=None):
    return story_events("story-1", pairs, copies or {}, sentence_idf(pairs), lambda group: group[0][0].title)


def _keys(pairs, ids):
    """The test's names ("a", "b" ...: the sources' stems) of the articles with these ids."""
    names = {a.id: a.source[:-4] for a, _ in pairs}
    return tuple(names[i] for i in ids)


def test_examples_talks_threat_and_strikes_are_three_events_of_one_story(examples_brief):
    story = story_with(examples_brief, "Kasimir Dravetz on Thursday warned")
    events = story.events
    assert [e.first_date for e in events] == sorted(e.first_date for e in events)
    assert len(events) == 3, [(e.first_date, e.title) for e in events]
    talks, threat, strikes = events
    assert "talks" in talks.title.lower() and talks.first_date == "2025-03-04"  # "on Tuesday", by the copy's date
    assert "Dravetz" in threat.title and threat.first_date == "2025-03-06"
    assert "strikes" in strikes.title.lower() and strikes.first_date == "2025-03-10"
    assert {"The Brennish Observer", "Northgate Post"} <= set(strikes.outlets)
    # every article of the story is in exactly one event; every event cites its dating lead sentences
    listed = [a for e in events for a in e.articles]
    assert sorted(listed) == sorted(a.id for a in story.articles)
    articles = examples_brief[1]
    for event in events:
        assert event.sources
        for citation in event.sources:
            assert citation.article_id in event.articles
            text = articles[citation.article_id].text[slice(*citation.span)]
            assert len(text.split()) >= 5 and text.strip() != articles[citation.article_id].title


def test_examples_one_event_stories_stay_one_event(examples_brief):
    dam = story_with(examples_brief, "Hallen Dam")
    assert len(dam.events) == 1 and set(dam.events[0].articles) >= {a.id for a in dam.articles}


def test_seeds_without_any_date_are_one_event(seeds_brief):
    story = seeds_brief[0].stories[0]
    assert len(story.events) == 1 and story.events[0].first_date is None
    assert len(story.events[0].articles) == len(story.articles)


def test_seeds_with_their_publication_days_make_004_a_later_story_of_the_same_thread(analysed_seeds, seed_published,
                                                                                    tmp_path_factory):
    """Dated as published, the seeds are two developments weeks apart: the threats after the failed talks,
    then the strikes and the minister's denial (004), a story of its own that the thread links to the first."""
    from newsloom.pipeline import brief
    from newsloom.store import open_store

    db = analysed_seeds(tmp_path_factory.mktemp("dated-seeds"), "published", seed_published)
    with open_store(db) as store:
        built, failures = brief(store)
        names = {a.id: a.source.rsplit("/", 1)[-1][:3] for a in store.articles()}
    assert failures == []
    (thread,) = built.threads
    stories = {s.id: s for s in built.stories}
    threats, strikes = (stories[i] for i in thread.stories)
    assert sorted(names[a.id] for a in threats.articles) == ["000", "001", "002", "003"]
    assert [names[a.id] for a in strikes.articles] == ["004"]
    assert [(e.first_date, e.last_date) for e in threats.events] == [("2025-10-29", "2025-10-30")]
    assert [e.first_date for e in strikes.events] == ["2025-11-26"]
    assert any(c.kind == "denial" for c in strikes.contradictions)


def test_the_lead_day_not_the_dateline_nor_a_scheduled_day_dates_the_news(analysed):
    first = analysed("a", "Talks fail in Orvel", [
        "Talks fail in Orvel",
        "ORVEL, May 2 – Negotiators from Tessin and Varo walked out of the talks in Orvel on May 1 after the "
        "third day of meetings, officials said.",
        "A new round is scheduled to open in Orvel on June 20, the mediators said in a statement."],
        published="2024-05-02")
    later = analysed("b", "Varo shells Tessin border town", [
        "Varo shells Tessin border town",
        "Varo artillery shelled the Tessin border town of Kell on May 9, killing four people, the town's "
        "mayor said, a week after talks in Orvel collapsed on May 1.",
        "The talks had been meant to settle the border."], published="2024-05-10")
    events = _events([first, later])
    assert [(e.first_date, _keys([first, later], e.articles)) for e in events] == [("2024-05-01", ("a",)),
                                                                                    ("2024-05-09", ("b",))]
    assert "walked out" in first[0].text[slice(*events[0].sources[0].span)]
    assert lead_sentences(*first)[0][0] > len("Talks fail in Orvel")  # the headline is not the lead


def test_an_undated_report_joins_the_event_it_reads_like_and_a_copy_its_original(analysed):
    talks = analysed("a", "Talks fail", ["Talks fail",
                     "Negotiators from Tessin and Varo walked out of the border talks in Orvel on Wednesday "
                     "without a deal, mediators said."], published="2024-05-02")
    shelling = analysed("b", "Shelling hits Kell", ["Shelling hits Kell",
                        "Varo artillery shelled the border town of Kell on Friday, killing four people and "
                        "wounding eleven, the mayor said."], published="2024-05-11")
    undated = analysed("c", "Kell buries its dead", ["Kell buries its dead",
                       "The border town of Kell buried four people killed when Varo artillery shelled it, as the "
                       "mayor counted eleven wounded."])
    copy = analysed("d", "Talks fail", [talks[0].paragraphs[1]], published="2024-05-03", outlet="Reprinter")
    pairs = [talks, shelling, undated, copy]
    events = _events(pairs, copies={copy[0].id: talks[0].id})
    assert [sorted(_keys(pairs, e.articles)) for e in events] == [["a", "d"], ["b", "c"]]
    assert events[0].outlets == ("Outlet a", "Reprinter")
    cited = [c.article_id for e in events for c in e.sources]
    assert _keys(pairs, cited) == ("a", "b")  # only dated originals cite the lead that dates them


def test_an_undated_wire_story_reads_its_lead_by_the_day_a_copy_was_published(analysed):
    paragraphs = ["Talks fail", "Negotiators from Tessin and Varo walked out of the border talks in Orvel on "
                  "Wednesday without a deal, mediators said."]
    wire = analysed("a", "Talks fail", paragraphs)
    copy = analysed("b", "Talks fail", paragraphs + ["This story was published from a wire agency feed."],
                    published="2024-05-02", outlet="Reprinter")
    events = _events([wire, copy], copies={copy[0].id: wire[0].id})
    assert [(e.first_date, len(e.articles)) for e in events] == [("2024-05-01", 2)]  # Wednesday before Thursday
    assert _events([wire])[0].first_date is None  # alone, "Wednesday" says nothing
