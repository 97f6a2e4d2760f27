"""An article's text cut into marked segments: overlapping marks, the cited span, and nothing lost."""
from newsloom.records import Actor, Article, ArticleAnalysis, Gap, Mention, Quote, TimeRef
from newsloom.web.marks import parse_span, segments

TEXT = 'Mayor Ingrid Solvay said on Friday: "Ingrid Solvay will stay." The dam held to a , on'


def _article() -> Article:
    gap = TEXT.index(" , on") + 0
    return Article.create("x.txt", [TEXT], gaps=(Gap(gap, gap + 1, "stripped link text?"),))


def _analysis(article: Article) -> ArticleAnalysis:
    first, second = TEXT.index("Ingrid"), TEXT.rindex("Ingrid")
    quote = (TEXT.index('"') + 1, TEXT.rindex('"'))
    friday = TEXT.index("Friday")
    return ArticleAnalysis(article.id, "v", "en", actors=(Actor("a1", "Ingrid Solvay", "person", (), (), (
        Mention(first, first + 13, "Ingrid Solvay", "name", "PERSON"),
        Mention(second, second + 13, "Ingrid Solvay", "name", "PERSON"))),),
        times=(TimeRef(friday, friday + 6, "Friday", "DATE", "2025-03-07"),), quotes=(Quote((quote,), "direct"),))


def test_segments_cover_the_text_and_carry_every_mark_over_them() -> None:
    article = _article()
    cut = segments(article, _analysis(article), cited=(0, 24))
    assert "".join(s.text for s in cut) == TEXT
    named = [s.kinds for s in cut if s.text == "Ingrid Solvay"]
    assert named == [("actor", "cited"), ("actor", "quote")]  # inside the cited span; inside the quote
    friday = next(s for s in cut if s.text == "Friday")
    assert friday.kinds == ("time",) and friday.note == "2025-03-07"
    assert [s.kinds for s in cut if "gap" in s.kinds] == [("gap",)]


def test_unanalysed_article_has_gaps_only_and_marks_outside_the_text_are_dropped() -> None:
    article = _article()
    assert {k for s in segments(article, None) for k in s.kinds} == {"gap"}
    assert "".join(s.text for s in segments(article, None, cited=(0, 10_000))) == TEXT


def test_parse_span() -> None:
    assert parse_span("3-9", 10) == (3, 9)
    for bad in ("", None, "9-3", "3-11", "-1-4", "a-b", "3", "3-3"):
        assert parse_span(bad, 10) is None
