"""The JSON API: every endpoint, its OpenAPI document, and agreement with the pages (they share the queries)."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from .test_pages import listed, page, texts

REQUIRED = ["/api/stories", "/api/stories/{story_id}", "/api/actors", "/api/actors/{actor_id}", "/api/statements",
            "/api/facts", "/api/articles", "/api/articles/{article_id}", "/api/search"]


def get(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:300])
    assert response.headers["content-type"] == "application/json"
    return response.json()


def test_openapi_document_lists_every_endpoint_and_only_reads(examples_client) -> None:
    document = get(examples_client, "/api/openapi.json")
    assert set(REQUIRED) <= set(document["paths"])
    assert {method for ops in document["paths"].values() for method in ops} == {"get"}
    assert all(path.startswith("/api/") for path in document["paths"])  # pages are not in it
    listing = page(examples_client, "/api")
    assert set(REQUIRED) <= set(texts(listing, "//tbody/tr/td[1]"))


def test_stories_are_the_pages_stories_with_the_same_filters(examples_client) -> None:
    for query in ("", "?q=spillway", "?outlet=Meridian+Wire", "?min_outlets=3", "?from=2025-03-11"):
        data = get(examples_client, f"/api/stories{query}")
        assert [s["id"] for s in data["items"]] == listed(examples_client, f"/{query}")
        assert data["total"] == len(data["items"])
    first = get(examples_client, "/api/stories?limit=1&offset=1")
    assert first["total"] == 3 and len(first["items"]) == 1


def test_story_has_its_dossier_matrix_and_speakers(seeds_client) -> None:
    (story_id,) = listed(seeds_client, "/")
    story = get(seeds_client, f"/api/stories/{story_id}")
    assert story["dossier"]["id"] == story_id and story["row"]["id"] == story_id
    assert len(story["columns"]) == 5
    assert all(len(row["cells"]) == 5 and len(row["fact"]["outlets"]) > 1 for row in story["confirmed"])
    speakers = [g["name"] for g in story["speakers"]]
    assert {"Khawaja Asif", "Ataullah Tarar", "Stephane Dujarric"} <= set(speakers)
    denial = [c for c in story["dossier"]["contradictions"] if c["kind"] == "denial"]
    assert any("Both things are non-existent" in v["text"] for c in denial for v in c["b"]["variants"] + c["a"]["variants"])
    get(seeds_client, "/api/stories/story-999999", status=404)


def test_actors_statements_and_facts(examples_client) -> None:
    (dravetz,) = get(examples_client, "/api/actors?q=dravetz")["items"]
    actor = get(examples_client, f"/api/actors/{dravetz['id']}")
    assert actor["actor"]["name"] == "Kasimir Dravetz" and actor["stories"][0]["story"] == "story-000000"
    said = get(examples_client, f"/api/statements?speaker={dravetz['id']}")
    assert said["total"] == actor["statements"]["total"] >= 5
    facts = get(examples_client, "/api/facts?story=story-000001&single_source=true")
    assert facts["total"] > 0 and all(f["single_source"] and f["story"] == "story-000001" for f in facts["items"])
    get(examples_client, "/api/actors/nobody", status=404)


def test_outlets_agree_with_the_outlet_page(examples_client) -> None:
    outlets = {o["outlet"]: o for o in get(examples_client, "/api/outlets")["items"]}
    assert outlets["Northgate Post"]["stories"] == 3
    name = quote("Northgate Post", safe="")
    outlet = get(examples_client, f"/api/outlets/{name}")
    shown = page(examples_client, f"/outlets/{name}").xpath("//ul[@class='claims']/li")
    assert len(shown) == len(outlet["exclusive"]["items"]) == outlets["Northgate Post"]["exclusive"]


def test_articles_and_one_article_with_its_marks(examples_client) -> None:
    articles = get(examples_client, "/api/articles?story=story-000002")["items"]
    assert len(articles) == 2 and {a["story"] for a in articles} == {"story-000002"}
    article = get(examples_client, f"/api/articles/{articles[0]['id']}?span=0-20")
    assert "".join(s["text"] for s in article["segments"]) == article["text"]
    assert article["cited"] == [0, 20] and article["placed"]["story"] == "story-000002"
    assert {"actor", "time", "quote", "cited"} <= {k for s in article["segments"] for k in s["kinds"]}
    assert article["article"]["removed"] and "parse" not in article
    get(examples_client, "/api/articles/ffffffff", status=404)


@pytest.mark.parametrize(("q", "kinds"), [("dam collapse", {"story", "article"}), ("", set()), ("zzzqqq", set())])
def test_search(examples_client, q, kinds) -> None:
    hits = get(examples_client, f"/api/search?q={quote(q)}")["hits"]
    assert {h["kind"] for h in hits} == kinds
