"""Briefs to render: the examples' and the seeds' (real text), and a hostile one whose every field an article
controls carries an injection payload. Plus the checks that a rendered page is inert."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import lxml.html
import pytest

from newsloom.dossier.records import (Brief, Citation, OutletCoverage, StoryActor, StoryArticle, StoryDossier,
                                      SummarySentence, Thread, TimelineEntry)
from newsloom.link.contradiction_records import Contradiction, Side
from newsloom.link.facts import Fact, FactVariant, FirstReport
from newsloom.records import Article, QuoteVariant, Statement


# ---------------------------------------------------------------- hostile input

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
SVG = "'><svg onload=alert(1)>"
STYLE = "</style><script>alert(2)</script>"
MD_LINK = "[x](javascript:alert(1))"
MD_IMAGE = "![y](http://evil.example/x.png)"
PIPES = "| broken | table |"
TEMPLATE = "{{ 7*7 }} {% if 1 %}"
PAYLOADS = (SCRIPT, IMG, SVG, STYLE, MD_LINK, MD_IMAGE, PIPES, TEMPLATE,
            '<a href="javascript:alert(1)">click</a>', "<!-- x --> &lt;b&gt; `code` *em* _em_ # h",
            "1. list\n- item\n> quote\n    code", "$x^2$ ~~s~~ <iframe src=//evil.example>")


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


@pytest.fixture(scope="session")
def hostile():
    """A brief built by hand from two articles whose text, title, outlet, URL and byline are payloads, and in
    which every string that comes from article text (facts, sides, quotes, speakers, timeline, titles) does."""
    paragraphs_a = tuple(f"Paragraph {i}: {p} said the source." for i, p in enumerate(PAYLOADS))
    a = Article.create("hostile/a.txt", paragraphs_a, url="javascript:alert(1)", outlet=STYLE + IMG,
                       title=SCRIPT + IMG, byline=SVG, published="2025-03-04")
    b = Article.create("hostile/b.txt", (f"Other report: {SCRIPT} and {PIPES} and {MD_LINK}.",
                                         f"They said {IMG} on {TEMPLATE}."),
                       url='https://ok.example/x"onmouseover="alert(1)', outlet=MD_LINK + PIPES, title=MD_IMAGE,
                       published="2025-03-05")
    text_a, text_b = a.text, b.text
    sa = [_span(text_a, p) for p in paragraphs_a]
    sb = [_span(text_b, p) for p in b.paragraphs]

    def variant(article, span, source):
        return FactVariant(article_id=article.id, outlet=article.outlet, published=article.published,
                           sentence_span=span, span=(span[0] + 3, span[1] - 3),
                           text=article.text[span[0]:span[1]], clause=article.text[span[0] + 3:span[1] - 3],
                           source=source)

    va, vb = variant(a, sa[0], "a"), variant(b, sb[0], "b")
    confirmed = Fact(id="f1" + IMG, text=SCRIPT + PIPES, variants=(va, vb), outlets=(a.outlet, b.outlet),
                     first_reported=FirstReport(a.id, a.outlet, a.published), single_source=False)
    single = Fact(id="f2", text=MD_LINK + STYLE, variants=(variant(a, sa[3], "a"),), outlets=(a.outlet,),
                  first_reported=FirstReport(a.id, a.outlet, a.published), single_source=True)
    contradiction = Contradiction(id="c1", kind="number" + SCRIPT, what=IMG + " vs " + PIPES,
                                  a=Side(value=SCRIPT, variants=(va,), outlets=(a.outlet,)),
                                  b=Side(value=MD_LINK, variants=(vb,), outlets=(b.outlet,)), note=STYLE)
    statement = Statement(id="st1", speaker="p-1", speaker_name=SVG + PIPES, variants=(
        QuoteVariant(a.id, a.outlet, a.published, "direct", (sa[1], sa[2]), text_a[sa[1][0]:sa[1][1]]),
        QuoteVariant(b.id, b.outlet, b.published, "indirect" + IMG, (sb[1],), text_b[sb[1][0]:sb[1][1]])))
    timeline = (TimelineEntry(date="2025-03-04", text=SCRIPT, sources=(Citation(a.id, a.outlet, sa[4]),),
                              outlets=(a.outlet,), when=(IMG,)),
                TimelineEntry(date="1968", text=MD_LINK, sources=(Citation(b.id, b.outlet, sb[1]),),
                              outlets=(b.outlet,)),
                TimelineEntry(date="XXXX-10-19", text=STYLE, sources=(Citation(a.id, a.outlet, sa[5]),),
                              outlets=(a.outlet,), when=(SVG,)))
    story = StoryDossier(
        id="story-000001", thread="thread-000001", title=SCRIPT + IMG + PIPES, first_date="2025-03-04",
        last_date="2025-03-05",
        articles=(StoryArticle(a.id, a.outlet, a.title, a.published, a.url),
                  StoryArticle(b.id, b.outlet, b.title, b.published, b.url)),
        outlets=(a.outlet, b.outlet),
        summary=(SummarySentence(text=text_a[sa[0][0]:sa[0][1]], article_id=a.id, span=sa[0],
                                 outlets=(a.outlet, b.outlet),
                                 citations=(Citation(a.id, a.outlet, sa[0]), Citation(b.id, b.outlet, sb[0])),
                                 fact_id=confirmed.id),),
        actors=(StoryActor("p-1", SVG, "person", (SCRIPT,), (IMG,), 2, (a.id,)),),
        statements=(statement,), facts=(confirmed, single), contradictions=(contradiction,), timeline=timeline,
        coverage=(OutletCoverage(a.outlet, (a.id,), 2, ("f2",), ()),
                  OutletCoverage(b.outlet, (b.id,), 1, (), ("f2",))))
    built = Brief(generated_at="2025-03-06T00:00:00+00:00" + SCRIPT, stories=(story,),
                  threads=(Thread("thread-000001", SCRIPT, (story.id, "story-elsewhere" + IMG)),))
    return built, {a.id: a, b.id: b}


# ---------------------------------------------------------------- checks

DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "img", "link", "base", "form", "input", "textarea",
                  "frame", "frameset", "applet", "audio", "video", "source", "image", "use"}


class _Tags(HTMLParser):
    """The start tags and attributes the browser's tokenizer would see (stdlib parser, a second opinion)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


def assert_inert(page: str, allowed_external: set[str] = frozenset(), raw_html_from_markdown: bool = False):
    """No script can run and nothing is fetched: no script (or other active/embedding) element, no event
    attribute, no javascript:/data: URL, no src attribute, links only to anchors in the page or to the
    http(s) URLs in ``allowed_external``; one <style>, holding no markup."""
    tokenizer = _Tags()
    tokenizer.feed(page)
    for tag, attrs in tokenizer.tags:
        assert tag not in DANGEROUS_TAGS, (tag, attrs)
        for name, value in attrs:
            assert not name.lower().startswith("on"), (tag, name, value)
            assert name.lower() not in ("src", "srcset", "formaction", "xlink:href", "background"), (tag, name)
            if name.lower() == "style":  # only a Markdown renderer's column alignment
                assert raw_html_from_markdown and re.fullmatch(r"text-align:(left|center|right)", value), value
            if name.lower() == "href":
                assert value.startswith("#") or value in allowed_external, (tag, value)
            if name.lower() in ("href", "action", "data", "poster", "cite"):
                assert "javascript:" not in (value or "").lower().replace(" ", ""), (tag, name, value)
        if tag == "meta":
            assert dict(attrs).get("http-equiv", "").lower() != "refresh"
    doc = lxml.html.document_fromstring(page)
    assert not doc.xpath("//script | //iframe | //object | //embed | //img | //link | //base | //form")
    for element in doc.iter():
        if isinstance(element.tag, str):
            assert not [a for a in element.attrib if a.lower().startswith("on")], element.attrib
    styles = doc.xpath("//style")
    if not raw_html_from_markdown:
        assert len(styles) == 1
    for style in styles:
        assert "<" not in style.text_content() and "alert" not in style.text_content()
    return doc


_ANCHOR = re.compile(r"^s-(?P<article>[0-9A-Za-z_-]+?)-(?P<start>\d+)-(?P<end>\d+)$")


def passage_text(doc, anchor: str) -> str:
    """The text a passage anchor shows: its element's, or all its pieces' when it was cut (see article_marks)."""
    target = doc.get_element_by_id(anchor)
    if target.get("data-of"):
        return "".join(piece.text_content() for piece in doc.xpath(f'//*[@data-of="{anchor}"]'))
    return target.text_content()


def span_of(anchor: str) -> tuple[str, int, int]:
    match = _ANCHOR.match(anchor)
    assert match, anchor
    return match["article"], int(match["start"]), int(match["end"])
