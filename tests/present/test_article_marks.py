"""Cited spans wrapped in an article's text: whole where they nest, in pieces where they cross."""
import lxml.html

from newsloom.present.article_marks import marked_articles, marked_text, piece_rules

from .conftest import passage_text

TEXT = 'He said: "We will strike." Then <b>she</b> left & the "talks" ended.\n\nA second paragraph.'


def _doc(markup):
    return lxml.html.fragment_fromstring(f'<div class="text">{markup}</div>')


def test_nested_and_crossing_spans_each_show_exactly_their_text():
    sentence = (0, TEXT.index("Then") - 1)
    quote = (TEXT.index('"We'), TEXT.index("Then") + 4)  # crosses the sentence's end
    clause = (TEXT.index("We"), TEXT.index("strike") + 6)
    across = (TEXT.index("ended"), len(TEXT))  # runs over the paragraph break
    markup, cut = marked_text("abc123", TEXT, [sentence, quote, clause, across, sentence])
    doc = _doc(markup)
    assert doc.text_content() == TEXT
    assert cut == [f"s-abc123-{quote[0]}-{quote[1]}"]
    for start, end in (sentence, quote, clause, across):
        assert passage_text(doc, f"s-abc123-{start}-{end}") == TEXT[start:end]
    assert len(doc.xpath("//@id")) == 4  # one id per passage, however many pieces


def test_text_is_escaped_and_unmarked_text_untouched():
    markup, cut = marked_text("x", TEXT, [])
    assert "<b>" not in markup and "&lt;b&gt;" in markup and "&amp;" in markup
    assert _doc(markup).text_content() == TEXT and cut == []


def test_piece_rules_light_up_every_piece_of_a_cut_passage():
    assert piece_rules([]) == ""
    css = piece_rules(["s-ab-1-5", "s-ab-3-9"])
    assert 'body:has(#s-ab-1-5:target) [data-of="s-ab-1-5"]' in css and css.rstrip().endswith("}")


def test_marked_articles_by_id():
    class A:
        id, text = "a1", "One. Two."
    texts, css = marked_articles([A()], {"a1": {(0, 4), (5, 9)}})
    assert passage_text(_doc(texts["a1"]), "s-a1-5-9") == "Two." and css == ""
