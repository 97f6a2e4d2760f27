"""The summary: outlets' own sentences, each citing every outlet that said the same, in the order reported."""
from newsloom.dossier.summary import readable
from newsloom.link.facts import FactVariant

from .conftest import story_with


def variant(text, span=None):
    return FactVariant(article_id="a", outlet="X", published=None, sentence_span=span or (0, len(text)),
                       span=(0, len(text)), text=text, clause=text, source="x")


def test_a_summary_sentence_must_read_on_its_own():
    good = "Five people died after the River Tiss burst its banks in the town of Mirrin, officials said."
    assert readable(variant(good))
    assert not readable(variant("Talks failed on Tuesday."))  # too short to stand alone
    assert not readable(variant("Did the talks fail because of the Kabul leadership and its many allies?"))
    cut = 'We had warnings, we moved people, and still it was not enough," Ferrand said.'
    assert not readable(variant(cut))  # cut inside a quotation
    quoted = '"Every family in this town knows someone who is still missing," she said to us.'
    assert not readable(variant(quoted, (0, len(quoted))), quoted=[(1, 62)])


def test_every_summary_sentence_is_an_outlets_sentence_and_cites_its_outlets(examples_brief, seeds_brief):
    for built, articles in (examples_brief, seeds_brief):
        for story in built.stories:
            facts = {f.id: f for f in story.facts}
            assert story.summary, story.title
            for sentence in story.summary:
                exact = articles[sentence.article_id].text[sentence.span[0]:sentence.span[1]]
                assert " ".join(exact.split()) == sentence.text
                assert sentence.outlets == facts[sentence.fact_id].outlets and sentence.outlets
                assert {c.article_id for c in sentence.citations} >= {sentence.article_id}
                for c in sentence.citations:
                    assert c.article_id in {a.id for a in story.articles}


def test_the_dam_summary_leads_with_the_toll_carried_by_three_outlets(examples_brief):
    story = story_with(examples_brief, "Hallen Dam")
    first = story.summary[0]
    assert "At least 14 people were killed" in first.text
    assert len(first.outlets) == 3
    texts = [s.text for s in story.summary]
    assert len(texts) == len(set(texts))


def test_seeds_summary_sentences_cite_several_outlets(seeds_brief):
    (story,) = [s for s in seeds_brief[0].stories if len(s.articles) > 1]
    assert sum(len(s.outlets) >= 2 for s in story.summary) >= 3
