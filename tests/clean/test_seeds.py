"""The seeds' mess, cleaned: boilerplate gone, every body paragraph kept, wraps joined, repeats dropped."""
import re

import pytest

from newsloom.clean import clean_document
from newsloom.records import RawDocument

BOILERPLATE = {
    "000": ["Leave a Reply", "Your email address will not be published", "Required fields are marked"],
    "001": ["Saved articles", "You have not yet added any article to your bookmarks", "Browse articles"],
    "002": [],
    "003": [],
    "004": ["Discover the latest Business News", "Find the best of Al News", "Stay on top of the latest tech trends"],
}


def _fold(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def cleaned(seed_texts):
    return {n: clean_document(RawDocument(source=f"seed {n}", media_type="text/plain", body=t))
            for n, t in seed_texts.items()}


@pytest.mark.parametrize("number", sorted(BOILERPLATE))
def test_boilerplate_is_gone_and_kept_aside(cleaned, number):
    article = cleaned[number]
    for phrase in BOILERPLATE[number]:
        assert phrase not in article.text
        assert any(phrase in piece.text for piece in article.removed), phrase


@pytest.mark.parametrize("number", sorted(BOILERPLATE))
def test_every_body_line_is_kept(cleaned, seed_texts, number):
    """Every line of a seed that is neither boilerplate nor the headline stands in the cleaned text."""
    article = cleaned[number]
    text = _fold(article.text)
    headline = article.title if article.title_how == "text: headline" else None
    for line in seed_texts[number].splitlines():
        line = _fold(line)
        if not line or line == headline or any(p in line for p in BOILERPLATE[number]):
            continue
        if number == "001" and line in ("Search", "Saved articles", "Browse articles"):
            continue
        if line == "Reuters contributed to this report.":  # a credit line, kept aside with its reason
            assert any(line == piece.text for piece in article.removed)
            continue
        assert line in text, line


def test_repeated_headline_becomes_the_title(cleaned):
    article = cleaned["000"]
    assert article.title == "Pakistan’s Defense Minister: We will strike deep into Afghanistan if needed."
    assert article.title not in article.text
    assert article.paragraphs[0].startswith("In his latest statements, Khawaja Mohammad Asif said")


def test_headline_after_navigation_becomes_the_title(cleaned):
    assert cleaned["001"].title == "Defense Minister: Attacking from Afghanistan would be a big mistake for Afghans"


def test_wrapped_lines_are_joined_and_the_repeated_paragraph_appears_once(cleaned):
    article = cleaned["002"]
    assert ("the Pakistani Defense Minister said: “We will launch strikes, we will definitely do that.”"
            in article.text)
    assert "“deep inside Afghanistan” if Afghan territory was used" in article.text
    assert len(re.findall("an internal Pakistani matter", article.text)) == 1
    assert [p.reason for p in article.removed] == ["repeated paragraph"]
    assert "Stressed relationships" in article.paragraphs  # a subheading stays a paragraph of its own


def test_stripped_link_gaps_are_marked(cleaned):
    article = cleaned["003"]
    marked = [article.text[g.start - 12:g.end + 6] for g in article.gaps]
    assert any("agreed to a" in m and ", on" in m for m in marked)
    assert any("along the" in m for m in marked)
    assert cleaned["001"].gaps == ()


def test_outlet_from_the_pages_own_promo(cleaned):
    assert (cleaned["004"].outlet, cleaned["004"].outlet_how) == ("Moneycontrol", "text")


def test_unknown_stays_unknown_with_a_reason(cleaned):
    article = cleaned["000"]
    assert article.outlet is None and article.outlet_how.startswith("unknown: ")
    assert article.published is None and article.published_how.startswith("unknown: ")


def test_language_is_detected(cleaned):
    assert {a.language for a in cleaned.values()} == {"en"}
