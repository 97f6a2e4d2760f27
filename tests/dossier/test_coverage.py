"""Per-outlet coverage: what only one outlet said, what well-supported facts an outlet left out."""
from newsloom.dossier.coverage import outlet_coverage
from newsloom.link.facts import Fact, FactVariant, FirstReport
from newsloom.records import Article

from .conftest import story_with


def article(outlet):
    return Article.create(f"{outlet}.txt", [f"A report by {outlet}."], outlet=outlet)


def fact(id_, carriers):
    variants = tuple(FactVariant(article_id=a, outlet=o, published=None, sentence_span=(0, 5), span=(0, 5),
                                 text="x", clause="x", source=o) for a, o in carriers)
    outlets = tuple(dict.fromkeys(o for _, o in carriers))
    return Fact(id=id_, text="x", variants=variants, outlets=outlets,
                first_reported=FirstReport(carriers[0][0], carriers[0][1], None), single_source=len(outlets) == 1)


def test_exclusive_and_missed_facts():
    articles = [article("A"), article("B"), article("C")]
    a, b, c = (x.id for x in articles)
    facts = [fact("all", [(a, "A"), (b, "B"), (c, "C")]), fact("ab", [(a, "A"), (b, "B")]),
             fact("only-c", [(c, "C")])]
    by = {c.outlet: c for c in outlet_coverage(articles, facts)}
    assert by["C"].exclusive == ("only-c",) and by["C"].missed == ("ab",)
    assert by["A"].exclusive == () and by["A"].missed == () and by["A"].facts == 2


def test_the_syndicated_copy_is_never_an_independent_source(examples_brief):
    story = story_with(examples_brief, "Talverno")
    copy = [a for a in story.articles if a.copies]
    assert copy and copy[0].outlet == "Meridian Wire"
    for f in story.facts:
        assert "The Harbour Ledger" not in f.outlets
    ledger = {c.outlet: c for c in story.coverage}["The Harbour Ledger"]
    assert ledger.exclusive == ()  # all it has, it copied


def test_each_outlet_of_a_story_has_its_coverage(examples_brief):
    built, _ = examples_brief
    for story in built.stories:
        assert {c.outlet for c in story.coverage} == set(story.outlets)
        fact_ids = {f.id for f in story.facts}
        for c in story.coverage:
            assert set(c.exclusive) <= fact_ids and set(c.missed) <= fact_ids
