"""The HTML pages on the analysed examples and seeds: the same stories as the brief, filters, the story page's
parts (summary with citations, contradictions, facts × outlets, statements by speaker, timeline, coverage),
each item linked to its sentence, and the actor, outlet, article and search pages."""
from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

import lxml.html
import pytest

from newsloom.pipeline import brief
from newsloom.store import open_store


def page(client, url: str, status: int = 200) -> lxml.html.HtmlElement:
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.document_fromstring(response.text)


def texts(doc, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in doc.xpath(xpath)]


def listed(client, url: str) -> list[str]:
    return [a.get("href").rsplit("/", 1)[1] for a in page(client, url).xpath("//ol[@class='stories']//h2/a")]


def test_the_story_list_shows_the_same_stories_as_the_brief(examples_site_db, examples_client) -> None:
    with open_store(examples_site_db) as store:
        built, _ = brief(store)
    doc = page(examples_client, "/")
    assert texts(doc, "//ol[@class='stories']//h2") == [s.title for s in built.stories]
    assert listed(examples_client, "/") == [s.id for s in built.stories]
    assert f"{len(built.stories)} of {len(built.stories)} stories" in doc.text_content()


@pytest.mark.parametrize(("query", "titles"), [
    ("q=Hallen", ["Hallen Dam", "River Tiss"]),  # the flood report recalls the dam
    ("q=spillway", ["Hallen Dam"]),
    ("q=Dravetz+strike", ["Halvik"]),
    ("outlet=Meridian+Wire", ["Halvik"]),
    ("actor=Ingrid+Solvay", ["Hallen Dam"]),
    ("min_outlets=3", ["Halvik", "Hallen Dam"]),
    ("from=2025-03-11", ["River Tiss"]),
    ("to=2025-03-05", ["Halvik"]),
    ("from=2025-03-05&to=2025-03-08&min_outlets=", ["Halvik", "Hallen Dam"]),  # an empty field narrows nothing
    ("q=nothing+like+this", []),
])
def test_filters(examples_client, query, titles) -> None:
    shown = texts(page(examples_client, f"/?{query}"), "//ol[@class='stories']//h2")
    assert len(shown) == len(titles) and all(t in s for t, s in zip(titles, shown)), shown


def test_the_filter_form_keeps_what_was_asked(examples_client) -> None:
    doc = page(examples_client, "/?q=dam&outlet=Northgate+Post&min_outlets=2&from=2025-03-01")
    assert doc.xpath("string(//input[@id='f-q']/@value)") == "dam"
    assert doc.xpath("string(//select[@id='f-outlet']/option[@selected]/@value)") == "Northgate Post"
    assert doc.xpath("string(//input[@id='f-from']/@value)") == "2025-03-01"


def seeds_story(client) -> lxml.html.HtmlElement:
    (story,) = listed(client, "/")
    return page(client, f"/stories/{story}")


def test_seeds_story_page_shows_statements_by_speaker_facts_and_the_denial(seeds_client) -> None:
    doc = seeds_story(seeds_client)
    speakers = texts(doc, "//section[@id='statements']//h3")
    for name in ("Khawaja Asif", "Ataullah Tarar", "Stephane Dujarric"):
        assert any(s.startswith(name) for s in speakers), speakers
    asif = next(d for d in doc.xpath("//div[@class='speaker']") if d.xpath("string(h3)").startswith("Khawaja Asif"))
    assert len({o.text_content() for o in asif.xpath(".//span[@class='outlet']")}) >= 2  # each outlet's wording
    contradictions = doc.xpath("//section[@id='contradictions']")[0]
    assert "Both things are non-existent" in contradictions.text_content()
    assert len(contradictions.xpath(".//div[@class='side']")) == 2  # side by side
    matrix = doc.xpath("//table[@class='matrix']")[0]
    assert matrix.xpath(".//tbody/tr") and len(matrix.xpath(".//thead/tr/th")) == 1 + 5  # fact + five outlets
    assert doc.xpath("//section[@id='summary']//span[@class='citations']/a")


def test_story_page_parts_on_the_examples(examples_client) -> None:
    doc = page(examples_client, "/stories/story-000000")
    assert doc.xpath("string(//h1)") == "Twelve killed as Kestovian strikes hit villages near Halvik"
    assert "killed: at least 12 vs 8" in " ".join(texts(doc, "//div[@class='contradiction']/h3"))
    assert doc.xpath("//svg[contains(@class, 'timeline-chart')]//circle")
    assert len(doc.xpath("//ol[@class='timeline']/li")) == len(doc.xpath("//svg//g[@class='event']"))
    coverage = texts(doc, "//table[@class='coverage']/tbody/tr/th")
    assert "Northgate Post" in coverage and "Meridian Wire" in coverage
    assert doc.xpath("//ul[@class='claims']/li//a[contains(@href, 'span=')]")  # single-source claims, linked
    events = doc.xpath("//section[@id='events']//li")
    assert [e.xpath("string(span[@class='date'])").strip() for e in events] == ["2025-03-04", "2025-03-06",
                                                                               "2025-03-10"]
    assert all(e.xpath(".//a[contains(@href, 'span=')]") for e in events)  # each to the lead that dates it


def cited_text(doc) -> str:
    """The text marked as cited, without the marks of stripped-link gaps (⟨…⟩) shown inside it."""
    spans = doc.xpath("//div[@class='article-text']//span[contains(@class, 'm-cited')]")
    return "".join(e.text_content() for e in spans).replace("⟨…⟩", "")


def test_every_fact_links_to_its_sentence(examples_site_db, examples_client) -> None:
    doc = page(examples_client, "/stories/story-000000")
    links = doc.xpath("//table[@class='matrix']//a[@class='cite']/@href")
    assert links
    with open_store(examples_site_db) as store:
        for href in links[:12]:
            parts = urlsplit(href)
            start, end = (int(x) for x in parse_qs(parts.query)["span"][0].split("-"))
            article = store.get_article(parts.path.rsplit("/", 1)[1])
            target = page(examples_client, href)
            assert parts.fragment == "cited" and target.xpath("//*[@id='cited']")
            assert cited_text(target) == article.text[start:end]


def test_article_page_marks_actors_times_quotes_and_greys_out_the_removed(examples_site_db, examples_client) -> None:
    with open_store(examples_site_db) as store:
        article = next(a for a in store.articles() if a.outlet == "The Brennish Observer")
    doc = page(examples_client, f"/articles/{article.id}")
    assert doc.xpath("string(//h1)") == article.title
    assert "Halla Brennvik" in texts(doc, "//span[contains(@class, 'm-actor')]")
    assert any(t.startswith("Monday") for t in texts(doc, "//span[contains(@class, 'm-time')]"))
    assert doc.xpath("//span[contains(@class, 'm-quote')]") and doc.xpath("//span[contains(@class, 'm-gap')]")
    assert "".join(e.text_content() for e in doc.xpath("//div[@class='article-text']")).startswith(article.text[:40])
    removed = texts(doc, "//ul[@class='removed']/li/span[@class='removed-text']")
    assert removed == [" ".join(piece.text.split()) for piece in article.removed]
    assert not doc.xpath("//*[@id='cited']")


def test_actor_page_roles_statements_over_time_and_stories(examples_client) -> None:
    actors = page(examples_client, "/actors?q=dravec")  # found by an alias
    href = actors.xpath("//table//a[. = 'Kasimir Dravetz']/@href")[0]
    doc = page(examples_client, href)
    assert doc.xpath("string(//h1)") == "Kasimir Dravetz"
    assert "defence minister of Kestovia" in " ".join(texts(doc, "//section[@aria-labelledby='h-roles']//li"))
    dates = texts(doc, "//ol[@class='said']/li/span[@class='date']")
    assert len(dates) >= 5 and dates == sorted(dates) and dates[0] == "2025-03-04"
    assert doc.xpath("//section[@aria-labelledby='h-stories']//tbody/tr")


def test_outlet_page_stories_and_what_it_alone_reported(examples_client) -> None:
    doc = page(examples_client, "/outlets/" + quote("Northgate Post", safe=""))
    assert len(doc.xpath("//section[@aria-labelledby='h-covered']//tbody/tr")) == 3
    alone = doc.xpath("//section[@aria-labelledby='h-alone']//ul[@class='claims']/li")
    assert alone and all(li.xpath(".//a[contains(@href, 'span=')]") for li in alone)
    listing = page(examples_client, "/outlets")
    assert "Northgate Post" in texts(listing, "//tbody/tr/td[1]")


def test_search_page_marks_the_words_found(examples_client) -> None:
    doc = page(examples_client, "/search?q=dam+collapse")
    assert doc.xpath("//section[@aria-labelledby='h-hit-articles']//li/a[starts-with(@href, '/articles/')]")
    assert {m.text_content().lower() for m in doc.xpath("//mark")} <= {"dam", "collapse"}
    assert page(examples_client, "/search?q=").xpath("string(//h1)") == "Search"


@pytest.mark.parametrize("url", ["/stories/story-999999", "/actors/nobody", "/outlets/Nobody%20Post",
                                 "/articles/ffffffffffff", "/articles/not-hex", "/no/such/page"])
def test_unknown_things_are_404_pages(examples_client, url) -> None:
    doc = page(examples_client, url, status=404)
    assert doc.xpath("string(//h1)") == "404" and doc.xpath("//main")


def test_read_only_and_every_asset_local(examples_client) -> None:
    for url in ("/", "/api/stories", "/stories/story-000000"):
        assert examples_client.post(url).status_code == 405
        assert examples_client.delete(url).status_code == 405
    doc = page(examples_client, "/stories/story-000000")
    assert doc.xpath("//link[@rel='stylesheet']/@href") == ["/static/style.css"]
    assert examples_client.get("/static/style.css").status_code == 200
    assert not doc.xpath("//script|//img|//iframe")
    foreign = [h for h in doc.xpath("//@href|//@src|//@action") if h.startswith(("http:", "https:", "//"))]
    assert all(a.get("rel") == "noopener noreferrer nofollow" for a in doc.xpath("//a[starts-with(@href, 'http')]"))
    assert len(foreign) == len(doc.xpath("//a[starts-with(@href, 'http')]"))  # only links to the articles' sources
