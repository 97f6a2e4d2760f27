"""The HTML cascade on the example pages and on pages where trafilatura finds nothing."""
import pytest

from newsloom.clean.html_extract import extract_html, page_text
from newsloom.ingest.decoding import decode

SENTENCE = ("the council said on Friday that the new bridge over the river would open in May, after three years "
            "of works and a long dispute with the builders.")


@pytest.fixture(scope="module")
def northgate(examples_dir):
    text, _ = decode((examples_dir / "northgatepost_halvik_strikes.html").read_bytes())
    return extract_html(text)


def test_main_text_and_page_metadata(northgate):
    assert northgate.method == "trafilatura"
    assert northgate.title == "Kestovia denies strikes as Brennmark reports civilian deaths near Halvik"
    assert (northgate.site_name, northgate.published, northgate.author) == ("Northgate Post", "2025-03-10", "Clara Voss")
    body = "\n".join(northgate.paragraphs)
    assert "Eight people were killed and 23 wounded, according to the Halvik District Hospital" in body
    assert northgate.title not in northgate.paragraphs


def test_promos_inside_the_article_markup_are_dropped(northgate):
    assert not any(p.startswith("Read more:") for p in northgate.paragraphs)
    assert any(piece.text.startswith("Read more:") for piece in northgate.removed)


def test_legacy_encoded_page_keeps_its_accents_and_quotes(examples_dir):
    text, encoding = decode((examples_dir / "kestoviatoday_dravetz_warning.html").read_bytes())
    page = extract_html(text)
    assert encoding == "cp1252"
    body = "\n".join(page.paragraphs)
    assert "Amélie" in body and "’" in body


def test_readability_steps_in_when_trafilatura_finds_nothing():
    body = "".join(f"<div class='footer'>Paragraph {i}: {SENTENCE}</div>" for i in range(4))
    page = extract_html(f"<html><head><title>Bridge to open - Town Crier</title></head><body>{body}</body></html>")
    assert page.method == "readability"
    assert len(page.paragraphs) == 4 and page.paragraphs[0] == f"Paragraph 0: {SENTENCE}"
    assert page.title == "Bridge to open"


def test_a_tiny_page_falls_through_to_its_visible_text():
    page = extract_html("<html><body><p>Too short.</p></body></html>")
    assert page.method == "page text" and page.paragraphs == ("Too short.",)


def test_broken_markup_does_not_stop_the_cascade():
    page = extract_html("<html><body><div><p>Unclosed <b>bold " + SENTENCE + "<p>" + SENTENCE.upper())
    assert page.paragraphs


def test_page_text_puts_block_elements_on_lines_and_drops_scripts():
    text = page_text("<html><head><title>T</title><script>var x=1;</script></head>"
                     "<body><p>One <a href='#'>link</a> here.</p><div>Two</div><ul><li>Three</li></ul></body></html>")
    assert text.split("\n\n") == ["One link here.", "Two", "Three"]
    assert "var x" not in text
