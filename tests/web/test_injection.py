"""Untrusted text: articles whose titles, text, URLs and outlet names carry script, handlers and script URLs
go through the whole pipeline; no page may then contain anything they could run or inject, and the API
returns them as JSON data only."""
from __future__ import annotations

import json
from urllib.parse import quote

import lxml.html
import pytest

from newsloom.store import open_store
from newsloom.store.read_model import StoryFilter
from newsloom.web.app import CONTENT_SECURITY_POLICY, safe_href

from .conftest import HOSTILE_ARTICLES, PAYLOADS

#: Every element the templates write. An injected tag (img, svg onload, b, a from article data) is not here,
#: or is caught by the attribute checks.
OUR_TAGS = {"html", "head", "meta", "title", "link", "body", "a", "header", "nav", "ul", "ol", "li", "form", "label",
            "input", "button", "select", "option", "main", "footer", "p", "h1", "h2", "h3", "dl", "dt", "dd",
            "section", "article", "div", "span", "strong", "table", "caption", "thead", "tbody", "tr", "th", "td",
            "details", "summary", "mark", "code", "svg", "line", "text", "g", "circle", "rect"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}


def assert_inert(html: str, where: str) -> lxml.html.HtmlElement:
    """No script, no handler, no script URL, no tag the templates do not write; returns the parsed page."""
    doc = lxml.html.document_fromstring(html)
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        assert element.tag in OUR_TAGS, f"{where}: <{element.tag}> came from article data"
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"{where}: {name}= on <{element.tag}>"
            if name.lower() in URL_ATTRIBUTES:
                scheme = value.strip().lower()
                assert not scheme.startswith(("javascript:", "data:", "vbscript:")), f"{where}: {name}={value}"
                assert scheme.startswith(("/", "#", "?", "http://", "https://")), f"{where}: {name}={value}"
    assert not doc.xpath("//script|//iframe|//object|//embed|//img|//style|//base"), where
    return doc


@pytest.fixture(scope="module")
def hostile(hostile_site_db):
    with open_store(hostile_site_db) as store:
        articles = list(store.articles())
        story = store.index.stories(StoryFilter())
        actors = store.index.actors().items
    return {"articles": articles, "story": story.items[0].id, "actors": actors}


def hostile_pages(hostile) -> list[str]:
    story = hostile["story"]
    pages = ["/", "/actors", "/outlets", f"/stories/{story}", "/search?q=alert", "/search?q=" + quote(PAYLOADS[0]),
             "/?q=" + quote(PAYLOADS[1]) + "&actor=" + quote(PAYLOADS[3]) + "&outlet=" + quote(PAYLOADS[4]),
             "/stories/" + quote(PAYLOADS[0], safe=""), "/actors?q=" + quote(PAYLOADS[2])]
    for article in hostile["articles"]:
        pages += [f"/articles/{article.id}", f"/articles/{article.id}?span=0-{len(article.text)}",
                  "/outlets/" + quote(article.outlet, safe="")]
    pages += [f"/actors/{quote(a.id, safe='')}" for a in hostile["actors"]]
    return pages


def test_the_payloads_survived_the_pipeline_as_text(hostile) -> None:
    """Otherwise the tests below would prove nothing: the cleaner keeps markup-like text as text."""
    titles = {a.title for a in hostile["articles"]}
    assert {spec["title"] for spec in HOSTILE_ARTICLES.values()} == titles
    assert {spec["outlet"] for spec in HOSTILE_ARTICLES.values()} == {a.outlet for a in hostile["articles"]}
    assert any(PAYLOADS[0] in a.text for a in hostile["articles"])


def test_no_page_runs_or_injects_anything_from_an_article(hostile_client, hostile) -> None:
    for url in hostile_pages(hostile):
        response = hostile_client.get(url)
        assert response.status_code in (200, 404), url
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert_inert(response.text, url)


def test_hostile_text_is_shown_as_text(hostile_client, hostile) -> None:
    story = assert_inert(hostile_client.get(f"/stories/{hostile['story']}").text, "story")
    shown = story.text_content()
    assert '"><img src=x onerror=alert(1)> Dam collapse kills 14 in Brekka' in shown
    assert "Evil <script>alert(1)</script> Times" in shown and '"><svg onload=alert(1)> Post' in shown
    assert "<script>alert(1)</script> hung by the river" in shown
    first = next(a for a in hostile["articles"] if a.outlet.startswith("Evil"))
    page = assert_inert(hostile_client.get(f"/articles/{first.id}").text, "article")
    assert "javascript:alert(1) on the wall" in page.text_content()


def test_only_http_links_from_article_data(hostile_client, hostile) -> None:
    for article in hostile["articles"]:
        page = assert_inert(hostile_client.get(f"/articles/{article.id}").text, article.id)
        external = page.xpath("//a[@rel]/@href")
        if article.url.startswith("https:"):
            assert external == [article.url]  # kept whole, attribute-escaped
        else:
            assert external == [] and article.url in page.text_content()  # javascript: shown, never linked


def test_links_to_hostile_outlets_lead_to_their_pages(hostile_client, hostile) -> None:
    story = lxml.html.document_fromstring(hostile_client.get(f"/stories/{hostile['story']}").text)
    links = story.xpath("//dl[contains(@class, 'facts-about')]//a[starts-with(@href, '/outlets/')]")
    assert sorted(a.text_content() for a in links) == sorted(a.outlet for a in hostile["articles"])
    for link in links:
        page = lxml.html.document_fromstring(hostile_client.get(link.get("href")).text)
        assert page.xpath("string(//h1)") == link.text_content()


@pytest.mark.parametrize("endpoint", ["/api/stories", "/api/stories/{story}", "/api/actors", "/api/statements",
                                      "/api/facts", "/api/articles", "/api/articles/{article}", "/api/search?q=alert",
                                      "/api/outlets", "/api/outlets/{outlet}"])
def test_the_api_returns_hostile_text_as_json_data(hostile_client, hostile, endpoint) -> None:
    article = hostile["articles"][0]
    url = endpoint.format(story=hostile["story"], article=article.id, outlet=quote(article.outlet, safe=""))
    response = hostile_client.get(url)
    assert response.status_code == 200, url
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    data = json.dumps(response.json(), ensure_ascii=False)
    if endpoint != "/api/actors":  # the actors' names are plain ones
        assert any(payload in data for payload in PAYLOADS), url  # the data is there, as data


@pytest.mark.parametrize(("url", "kept"), [
    ("https://example.test/a?b=1", True), ("http://example.test", True), ("HTTPS://EXAMPLE.TEST/", True),
    ("javascript:alert(1)", False), (" javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
    ("java\tscript:alert(1)", False), ("data:text/html,<script>alert(1)</script>", False),
    ("vbscript:msgbox(1)", False), ("//evil.example/x", False), ("/relative", False), ("https:///nohost", False),
    ("https://exa mple.test", False), ("", False), (None, False),
])
def test_safe_href(url, kept) -> None:
    assert (safe_href(url) is not None) == kept
