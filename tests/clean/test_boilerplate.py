import pytest

from newsloom.clean.boilerplate import Kind, classify, looks_title_cased, stop_density

BODY = ("Peace talks, held in Istanbul, Turkey, concluded without a workable solution, the information minister "
        "confirmed on Wednesday after two days of negotiations.")


@pytest.mark.parametrize("block", [
    "Share this article", "Sign up for our newsletter", "Saved articles",
    "Your email address will not be published. Required fields are marked *",
    "© 2025 Meridian Wire. All rights reserved.", "We use cookies to improve your experience on our site.",
    "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights, tax "
    "queries, and expert opinions on Moneycontrol or download the Moneycontrol App to stay updated!",
    "Stay on top of the latest tech trends and biggest startup news.",
    "READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing",
    "Rating: 36 Votes", "The plague wiped out half of Europe in the 14th century (Image: GETTY)",
])
def test_furniture(block):
    assert classify(block).kind is Kind.FURNITURE


@pytest.mark.parametrize("block", ["Top Rated Comments", "[ 167 comments ]", "Comments (0)", "Leave a Reply"])
def test_comment_headings_end_the_article(block):
    assert classify(block).kind is Kind.END


def test_body_prose_is_prose_even_when_it_mentions_cookies_or_newsletters():
    assert classify(BODY).kind is Kind.PROSE
    long_sentence = ("The company said its newsletter business and the cookie factory it bought last year had both "
                     "grown, and that it would keep publishing the annual report on its website.")
    assert classify(long_sentence).kind is Kind.PROSE


def test_subheadings_and_list_lines_are_short_but_not_furniture():
    assert classify("Stressed relationships").kind is Kind.SHORT
    assert classify("Eat every 2–3 hours").weight > classify("Weather Videos").weight


def test_headline_casing_is_told_from_prose_full_of_names():
    assert looks_title_cased("Customers Leave Without Paying Bill At Troy Steakhouse A party of six left", "en")
    assert not looks_title_cased("Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services "
                                 "says the risk continues", "en")


def test_stop_word_density_uses_the_language_of_the_text():
    german = "Die Regierung hat am Mittwoch mitgeteilt, dass die Gespräche in Istanbul gescheitert sind."
    assert stop_density(german, "de") > stop_density(german, "en")
    assert stop_density("東京で会談が行われた。", "ja") is None
