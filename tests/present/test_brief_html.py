"""The HTML brief on real text (the examples and the seeds) and on hostile input."""
from __future__ import annotations

import re

import pytest

from newsloom.present.brief_html import CSP, render_html

from .conftest import (IMG, MD_LINK, PIPES, SCRIPT, STYLE, SVG, TEMPLATE, assert_inert, passage_text,
                       span_of)


@pytest.fixture(scope="module")
def examples_page(examples_brief):
    built, articles = examples_brief
    page = render_html(built, articles)
    return page, assert_inert(page, external_urls(articles)), built, articles


@pytest.fixture(scope="module")
def seeds_page(seeds_brief):
    built, articles = seeds_brief
    page = render_html(built, articles)
    return page, assert_inert(page, external_urls(articles)), built, articles


def external_urls(articles) -> set[str]:
    return {a.url for a in articles.values() if a.url and a.url.startswith(("http://", "https://"))}


def story_section(doc, fragment: str):
    found = [s for s in doc.xpath('//section[@class="story"]') if fragment in s.xpath("string(./h2)")]
    assert found, fragment
    return found[0]


@pytest.mark.parametrize("which", ["examples_page", "seeds_page"])
def test_every_link_in_the_page_has_its_target_and_every_passage_is_the_article_text(which, request):
    _, doc, _, articles = request.getfixturevalue(which)
    ids = set(doc.xpath("//@id"))
    links = [href[1:] for href in doc.xpath("//@href") if href.startswith("#")]
    assert len(links) > 100
    assert set(links) <= ids
    passages = {link for link in links if link.startswith("s-")}
    assert len(passages) > 50
    for anchor in passages:
        article_id, start, end = span_of(anchor)
        assert passage_text(doc, anchor) == articles[article_id].text[start:end], anchor
        holder = doc.get_element_by_id(anchor).xpath("ancestor::article[1]")[0]
        assert holder.get("id") == f"a-{article_id}"


@pytest.mark.parametrize("which", ["examples_page", "seeds_page"])
def test_one_self_contained_file_nothing_fetched(which, request):
    page, doc, _, articles = request.getfixturevalue(which)
    assert page.startswith("<!DOCTYPE html>")
    assert doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content') == [CSP]
    assert "default-src 'none'" in CSP and "script-src" not in CSP
    assert not doc.xpath("//*[@src] | //link | //script")
    external = doc.xpath('//a[starts-with(@href, "http")]')
    assert {a.get("href") for a in external} == external_urls(articles)  # the examples have URLs, the seeds none
    assert all(a.get("class") == "external" for a in external)
    assert "url(" not in doc.xpath("string(//style)") and "@import" not in doc.xpath("string(//style)")


def test_article_view_quotes_every_article_with_its_metadata(examples_page):
    _, doc, built, articles = examples_page
    shown = doc.xpath('//section[@id="articles"]/article')
    assert {a.get("id")[2:] for a in shown} >= {a.id for s in built.stories for a in s.articles}
    for view in shown:
        article = articles[view.get("id")[2:]]
        assert view.xpath('string(.//div[@class="text"])') == article.text
        assert view.xpath("string(./h3)") == (article.title or "Untitled article")
        if article.outlet:
            assert article.outlet in view.xpath("string(./dl)")
    assert "@media print" in doc.xpath("string(//style)")


def test_landmarks_headings_in_order_and_a_table_of_contents(examples_page):
    _, doc, built, _ = examples_page
    assert doc.xpath("//body/header") and doc.xpath("//body/nav") and doc.xpath("//body/main")
    assert doc.xpath("/html/@lang") == ["en"]
    levels = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels
    toc = doc.xpath("//nav//a/@href")
    assert {f"#story-{s.id}" for s in built.stories} <= set(toc) and "#articles" in toc


def test_examples_killed_contradiction_side_by_side(examples_page):
    _, doc, _, _ = examples_page
    halvik = story_section(doc, "Halvik")
    box = [c for c in halvik.xpath('.//div[@class="contradiction"]')
           if "killed: at least 12 vs 8" in c.xpath("string(./h4)")]
    assert len(box) == 1
    sides = box[0].xpath('.//div[@class="side"]')
    assert [s.xpath('string(./p[@class="value"])') for s in sides] == ["at least 12 killed", "8 killed"]
    assert "The Brennish Observer" in sides[0].xpath('string(./p[@class="by"])')
    assert "Northgate Post" in sides[1].xpath('string(./p[@class="by"])')
    assert "At least 12 people were killed" in sides[0].xpath("string(.//blockquote)")
    assert any("Eight people were killed" in q.text_content() for q in sides[1].xpath(".//blockquote"))
    assert all(q.xpath('.//a[starts-with(@href, "#s-")]') for s in sides for q in s.xpath(".//blockquote"))


def test_examples_facts_matrix_marks_each_outlet_and_the_syndicated_copy(examples_page):
    _, doc, _, _ = examples_page
    halvik = story_section(doc, "Halvik")
    table = halvik.xpath('.//table[@class="matrix"]')[0]
    outlets = [th.text_content().strip() for th in table.xpath("./thead//th")[1:]]
    assert any("Meridian Wire" in o for o in outlets) and any("Northgate Post" in o for o in outlets)
    talks = [r for r in table.xpath("./tbody/tr") if "broke down" in r.xpath("string(./th)")][0]
    cells = talks.xpath("./td")
    assert len(cells) == len(outlets)
    copy = outlets.index(next(o for o in outlets if "Harbour Ledger" in o))
    assert cells[copy].get("class") == "copy"  # The Harbour Ledger only republished Meridian Wire's report
    assert sum(c.get("class") == "yes" for c in cells) == 4


def test_examples_timeline_chart_places_dated_entries_in_order(examples_page):
    _, doc, built, _ = examples_page
    halvik = story_section(doc, "Halvik")
    story = next(s for s in built.stories if "Halvik" in s.title)
    svg = halvik.xpath('.//*[local-name()="svg"]')
    assert svg
    entries = halvik.xpath('.//*[local-name()="a"][@class="entry"]')
    assert len(entries) == len(story.timeline)
    xs = [float(e.xpath('.//*[local-name()="circle"]/@cx | .//*[local-name()="rect"]/@x')[0]) for e in entries
          if len(e.xpath('string(.//*[local-name()="text"][@class="date"])')) == 10]
    assert xs == sorted(xs) and xs[0] < xs[-1]
    assert halvik.xpath('.//*[local-name()="rect"][@class="mark range"]')  # "earlier this month": 2025-03


def test_examples_coverage_names_what_each_outlet_added_and_left_out(examples_page):
    _, doc, _, _ = examples_page
    halvik = story_section(doc, "Halvik")
    rows = {r.xpath("string(./th)").split(" ", 1)[1].strip(): r for r in
            halvik.xpath('.//table[@class="coverage-table"]/tbody/tr')}
    assert "Northgate Post" in rows
    northgate = [c for c in halvik.xpath('.//div[@class="coverage"]') if "Northgate Post" in c.xpath("string(./h4)")][0]
    assert "Eight people were killed" in northgate.xpath('string(.//ul[@class="added"])')
    missed = northgate.xpath('.//ul[@class="missed"]//a/@href')
    assert missed and all(doc.get_element_by_id(h[1:]).tag == "tr" for h in missed)


def test_seeds_story_statements_by_speaker_facts_and_denial(seeds_page):
    _, doc, built, articles = seeds_page
    speakers = {h.xpath("string(text())").strip() for h in doc.xpath('//div[@class="speaker"]/h4')}
    assert {"Khawaja Asif", "Ataullah Tarar", "Stephane Dujarric"} <= speakers
    asif = [d for d in doc.xpath('//div[@class="speaker"]') if d.xpath("string(./h4/text())").strip() == "Khawaja Asif"]
    outlets = {a.text_content() for d in asif for a in d.xpath(".//blockquote/footer/a")
               if not a.text_content().startswith("part ")}
    assert len(outlets) >= 3 and outlets <= {a.outlet for a in articles.values()}  # several outlets' wordings
    assert doc.xpath('//table[@class="matrix"]/tbody/tr')
    denial = [c for c in doc.xpath('//div[@class="contradiction"]')
              if c.xpath('string(.//span[@class="kind"])') == "denial"]
    assert denial
    values = [s.xpath('string(./p[@class="value"])') for s in denial[0].xpath('.//div[@class="side"]')]
    assert values == ["affirmed", "denied"]
    denying = denial[0].xpath('.//div[@class="side"][2]//blockquote')
    assert denying and all(re.search(r"\bden(y|ie[sd]|ying)\b", q.text_content().lower()) for q in denying)


def test_seeds_threads_link_the_stories_that_follow(seeds_page):
    _, doc, built, _ = seeds_page
    longest = max(built.threads, key=lambda t: len(t.stories))
    items = doc.xpath('//section[@id="threads"]/ol/li')
    linked = [li for li in items if len(li.xpath("./a")) == len(longest.stories)]
    assert linked and [a.get("href") for a in linked[0].xpath("./a")] == [f"#story-{s}" for s in longest.stories]


# ---------------------------------------------------------------- hostile input


@pytest.fixture(scope="module")
def hostile_page(hostile):
    built, articles = hostile
    page = render_html(built, articles)
    return page, assert_inert(page)


def test_hostile_articles_cannot_run_script_or_change_the_page(hostile_page, hostile):
    page, doc = hostile_page
    _, articles = hostile
    text = doc.text_content()
    for payload in (SCRIPT, IMG, SVG, STYLE, MD_LINK, PIPES, TEMPLATE):
        assert payload in text, payload  # shown as text, exactly
    assert "49" not in text.split("Paragraph 7")[1][:20]  # {{ 7*7 }} is not evaluated
    assert not doc.xpath('//a[starts-with(@href, "http")]')  # javascript: and a quoted URL are not links
    urls = doc.xpath('//section[@id="articles"]//dd/code/text()')
    assert "javascript:alert(1)" in urls and 'https://ok.example/x"onmouseover="alert(1)' in urls
    for article in articles.values():
        assert doc.get_element_by_id(f"a-{article.id}").xpath('string(.//div[@class="text"])') == article.text


def test_hostile_links_still_reach_their_passages(hostile_page, hostile):
    _, doc = hostile_page
    _, articles = hostile
    passages = {h[1:] for h in doc.xpath("//@href") if h.startswith("#s-")}
    assert len(passages) >= 6
    for anchor in passages:
        article_id, start, end = span_of(anchor)
        assert passage_text(doc, anchor) == articles[article_id].text[start:end]
    undated = doc.xpath('//ul[@class="timeline-list undated"]/li')
    assert len(undated) == 1 and STYLE in undated[0].text_content() and "XXXX-10-19" in undated[0].text_content()
    background = [f for f in doc.xpath("//figure") if "Background" in f.xpath("string(./figcaption)")]
    assert background and MD_LINK in background[0].text_content()  # 1968 is charted apart from March 2025
