"""What both renderers show: links to passages, safe URLs, citation marks, the view of a real story."""
from newsloom.present.brief_model import Ref, anchor, brief_view, mark_labels, safe_url


def test_only_plain_http_urls_become_links():
    assert safe_url("https://news.example/a?b=1#c") == "https://news.example/a?b=1#c"
    assert safe_url("HTTP://news.example/") == "HTTP://news.example/"
    for bad in ("javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,<script>",
                "vbscript:x", "//evil.example/x", "https://x.example/\"onmouseover=\"a", "http://x.example/<s>",
                "https:///nohost", "file:///etc/passwd", "", None, "http://x.example/a b"):
        assert safe_url(bad) is None, bad


def test_anchor_ids_are_tame_whatever_the_ids_hold():
    assert anchor("ab12", (3, 9)) == "s-ab12-3-9"
    assert anchor('x"><script>', (0, 1)) == "s-x___script_-0-1"


def test_marks_number_outlets_and_letter_repeats():
    refs = [Ref("a", (0, 1), name, "s", "t", True) for name in ("A", "B", "A", "C")]
    assert [label for _, label in mark_labels(refs, {"A": 1, "B": 2})] == ["1a", "2", "1b", "?"]


def test_view_of_the_examples_splits_facts_and_records_every_cited_span(examples_brief):
    built, articles = examples_brief
    view = brief_view(built, articles)
    halvik = next(s for s in view.stories if "Halvik" in s.story.title)
    assert halvik.confirmed and all(len(r.fact.outlets) >= 2 for r in halvik.confirmed)
    assert halvik.single and all(r.fact.single_source for r in halvik.single)
    assert len(halvik.confirmed) + len(halvik.single) == len(halvik.story.facts)
    for row in halvik.confirmed:
        assert len(row.cells) == len(halvik.outlets)
        assert all(ref.text == articles[ref.article_id].text[ref.span[0]:ref.span[1]] for cell in row.cells
                   for ref in cell)
    assert sum(len(v) for v in view.spans.values()) > 100
    assert all(0 <= s < e <= len(articles[a].text) for a, spans in view.spans.items() for s, e in spans)
