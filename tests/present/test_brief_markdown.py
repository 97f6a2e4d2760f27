"""The Markdown brief: GFM tables and blockquotes on real text, citations into the Articles appendix, and
hostile input kept as text (rendered by a CommonMark parser with raw HTML on, as a forge would see it)."""
from __future__ import annotations

import re

import lxml.html
import pytest
from markdown_it import MarkdownIt

from newsloom.present.brief_markdown import md, render_markdown

from .conftest import IMG, MD_IMAGE, MD_LINK, PIPES, SCRIPT, STYLE, SVG, TEMPLATE, assert_inert, span_of

_PIPE = re.compile(r"(?<!\\)\|")
_LINK = re.compile(r"\]\(#([^)]+)\)")


def to_html(text: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


@pytest.fixture(scope="module")
def examples_md(examples_brief):
    built, articles = examples_brief
    text = render_markdown(built, articles)
    return text, lxml.html.fragment_fromstring(to_html(text), create_parent="div"), built, articles


@pytest.fixture(scope="module")
def seeds_md(seeds_brief):
    built, articles = seeds_brief
    text = render_markdown(built, articles)
    return text, lxml.html.fragment_fromstring(to_html(text), create_parent="div"), built, articles


def _tables(text: str) -> list[list[str]]:
    tables, current = [], []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


def _quoted(doc, anchor: str) -> str:
    """The appendix's quote of a passage: the blockquote right after the anchor, less its attribution line."""
    holder = doc.xpath(f'//a[@id="{anchor}"]')[0].getparent()
    quote = holder.getnext()
    assert quote.tag == "blockquote", anchor
    return " ".join(p.text_content() for p in quote.xpath("./p")[:-1])


@pytest.mark.parametrize("which", ["examples_md", "seeds_md"])
def test_every_citation_links_to_the_appendix_which_quotes_the_exact_passage(which, request):
    text, doc, _, articles = request.getfixturevalue(which)
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', text))
    links = set(_LINK.findall(text))
    assert links <= anchors
    passages = {a for a in links if a.startswith("s-")}
    assert len(passages) > 50
    for anchor in passages:
        article_id, start, end = span_of(anchor)
        assert " ".join(_quoted(doc, anchor).split()) == " ".join(articles[article_id].text[start:end].split())
    assert set(doc.xpath("//a/@href")) <= {f"#{a}" for a in anchors} | {
        a.url for a in articles.values() if a.url}


@pytest.mark.parametrize("which", ["examples_md", "seeds_md"])
def test_tables_keep_their_columns(which, request):
    text, doc, _, _ = request.getfixturevalue(which)
    tables = _tables(text)
    assert tables
    for table in tables:
        widths = {len(_PIPE.findall(row)) for row in table}
        assert len(widths) == 1, table[0]
    assert len(doc.xpath("//table")) == len(tables)


def test_examples_matrix_contradiction_and_statements(examples_md):
    text, doc, _, _ = examples_md
    matrix = [t for t in doc.xpath("//table") if "Northgate Post" in t.xpath("string(.//thead)")
              and "Fact" in t.xpath("string(.//thead)")]
    assert matrix
    talks = [r for r in matrix[0].xpath(".//tbody/tr") if "broke down" in r.xpath("string(./td[1])")][0]
    assert [c.text_content() for c in talks.xpath("./td")[1:]].count("✓") == 4
    assert "↻" in [c.text_content() for c in talks.xpath("./td")[1:]]
    killed = text.index("killed: at least 12 vs 8")
    header = text[killed:].split("\n| ", 1)[1].split("\n", 1)[0]
    assert "**at least 12 killed** (The Brennish Observer)" in header and "**8 killed** (Northgate Post)" in header
    assert "#### Kasimir Dravetz" in text
    assert any("If Brennish soil is used against us" in q.text_content() for q in doc.xpath("//blockquote"))


def test_seeds_speakers_and_denial(seeds_md):
    text, _, built, _ = seeds_md
    for speaker in ("Khawaja Asif", "Ataullah Tarar", "Stephane Dujarric"):
        assert f"#### {speaker} (" in text
    assert "#### DENIAL: denied:" in text
    story = max(built.stories, key=lambda s: len(s.outlets))
    header = "| Fact | " + " | ".join(f"{i} {o}" for i, o in enumerate(story.outlets, 1)) + " |"
    assert header in text  # the facts matrix has a column per outlet


def test_md_escapes_markup_but_keeps_the_words():
    rendered = lxml.html.fragment_fromstring(to_html(md(MD_LINK + " " + SCRIPT + " *a* _b_")), create_parent="div")
    assert rendered.text_content().strip() == MD_LINK + " " + SCRIPT + " *a* _b_"
    assert not rendered.xpath("//a | //script | //em")
    block = md("1. one\n- two\n# three\n    four", block=True)
    assert to_html(block).count("<p>") == 1 and "<ol" not in to_html(block) and "<h1" not in to_html(block)


def test_hostile_markdown_stays_text(hostile):
    built, articles = hostile
    text = render_markdown(built, articles)
    html = to_html(text)
    doc = assert_inert(html, raw_html_from_markdown=True)
    shown = doc.text_content()
    for payload in (SCRIPT, IMG, SVG, STYLE, MD_LINK, MD_IMAGE, PIPES, TEMPLATE):
        assert payload in shown, payload
    assert not [h for h in doc.xpath("//a/@href") if not h.startswith("#")]
    assert set(doc.xpath("//*/@id")) >= {h[1:] for h in doc.xpath("//a/@href")}
    for table in _tables(text):
        assert len({len(_PIPE.findall(row)) for row in table}) == 1
    cells = [td.text_content() for td in doc.xpath("//td")]
    assert any(PIPES in c for c in cells)  # a payload of pipes stays inside its cell
    assert "javascript:alert(1) (not linked)" in shown
    assert {e.tag for e in doc.iter() if isinstance(e.tag, str)} <= {
        "html", "body", "h1", "h2", "h3", "h4", "p", "a", "ul", "ol", "li", "em", "strong", "code", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "hr"}
