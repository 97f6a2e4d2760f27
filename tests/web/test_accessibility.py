"""Every kind of page passes the structural accessibility checks (the browser tests add contrast)."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from .accessibility import structure_problems

PAGES = ["/", "/?q=dam&outlet=Northgate+Post", "/stories/story-000000", "/stories/story-000001", "/actors",
         "/actors/p-70f9d72e461e", "/outlets", "/outlets/" + quote("Northgate Post", safe=""), "/search?q=dam",
         "/search", "/api", "/stories/story-999999"]


@pytest.mark.parametrize("url", PAGES)
def test_page_structure(examples_client, url) -> None:
    response = examples_client.get(url)
    assert structure_problems(response.text) == [], url


def test_article_page_structure(examples_client) -> None:
    articles = examples_client.get("/api/articles?limit=3").json()["items"]
    for article in articles:
        response = examples_client.get(f"/articles/{article['id']}?span=0-40")
        assert structure_problems(response.text) == [], article["id"]


def test_the_checks_catch_what_they_look_for() -> None:
    bad = ("<html><head><title>x</title></head><body><main><h2>late</h2><h1>a</h1><h3>jump</h3>"
           "<input id='q'><a href='/x'></a><table><tr><td>1</td></tr></table></main></body></html>")
    problems = " | ".join(structure_problems(bad))
    for expected in ("no a banner", "no language", "headings must start", "jumps from h1 to h3", "unlabelled <input",
                     "a link without a name", "a table without header cells"):
        assert expected in problems
