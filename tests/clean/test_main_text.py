"""Finding the article in a whole page's text dump."""
from newsloom.clean.text_extract import extract_text

PAGE = """Talks fail in Talverno - The Daily Planet
Home
World
Business
Sport
Subscribe
Sign in
Talks fail in Talverno
By Jane Roe
March 4, 2025 10:32 am
TALVERNO, March 4 (Wire) – Talks between the two neighbours collapsed on Tuesday after the delegations failed to agree on a text for the border commission, officials from both sides said.
Related articles
Ceasefire holds for a third week
Envoys arrive in Talverno
The mediators had hoped that a second round would seal the ceasefire that was agreed in February, and they said they would keep trying.
“We are not giving up,” the host country's foreign minister told reporters in the evening, adding that both delegations were still in the city.
Advertisement
Both sides blamed each other for the failure, and neither said when the talks might resume, according to a statement from the ministry.
Share this article
Sign up for our newsletter
5 comments
Anonymous
This is a disgrace and everyone who follows the region knew it would happen, the talks were always doomed to fail from the very start.
Another reader
I disagree with the commenter above, there was real progress and we should give the diplomats more time to do their work properly.
© 2025 The Daily Planet. All rights reserved.
"""


def test_article_is_found_between_navigation_and_comments():
    main = extract_text(PAGE)
    assert main.headline == "Talks fail in Talverno"
    assert main.paragraphs[0].startswith("TALVERNO, March 4 (Wire) – Talks between")
    assert main.paragraphs[-1].startswith("Both sides blamed each other")
    body = "\n".join(main.paragraphs)
    for furniture in ("Subscribe", "Advertisement", "Related articles", "Ceasefire holds", "Envoys arrive",
                      "Share this article", "disgrace", "©"):
        assert furniture not in body
    assert "We are not giving up" in body and "The mediators had hoped" in body


def test_every_removed_block_says_why():
    main = extract_text(PAGE)
    reasons = {piece.text: piece.reason for piece in main.removed}
    assert reasons["Advertisement"] == "page furniture"
    assert reasons["5 comments"].endswith("comments begin")
    assert reasons["By Jane Roe"].endswith("byline")
    assert all(reason for reason in reasons.values())


def test_a_short_text_with_no_furniture_is_kept_whole():
    text = "Brief note.\n\nThe council meets on Friday."
    assert extract_text(text).paragraphs == ("Brief note.", "The council meets on Friday.")


TEASERS = "\n".join(
    f"Headline number {n} about another story\nAuthor Name{n}\nThis is the blurb of another story, which says what "
    f"that story is about in one sentence of a reasonable length, as teasers do.\n" for n in range(8))


def test_a_list_of_teasers_after_the_article_is_not_taken_for_more_article():
    page = PAGE.split("Share this article")[0] + "More from The Daily Planet\n" + TEASERS
    main = extract_text(page)
    body = "\n".join(main.paragraphs)
    assert "Both sides blamed each other" in body
    assert "blurb of another story" not in body
    assert any(piece.reason.endswith("in a list of links") for piece in main.removed)
