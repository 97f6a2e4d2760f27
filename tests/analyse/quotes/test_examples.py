"""Who said what in the invented example corpus: the attribution forms its README lists, by speaker."""
from __future__ import annotations

import pytest

#: (source file fragment, words inside the quote, who said it, kind)
CASES = [
    ("meridian", "The Brennish delegation kept moving away", "Mirela Santek", "direct"),
    ("meridian", "We urge both governments to keep the ceasefire", "Rafael Osterhuis", "direct"),
    ("meridian", "failed to produce any workable outcome", "Mirela Santek", "mixed"),
    ("meridian", "open conflict", "Kasimir Dravetz", "mixed"),
    ("meridian", "Brennmark remained open to a third round of talks", "Arvid Tormelen", "indirect"),
    ("meridian", "the talks foundered on Kestovia's demand", None, "indirect"),  # an anonymous diplomat
    ("lusmarkchronicle_hallen_dam", "The water came faster than any of our models predicted", "Ruben Aske",
     "direct"),
    ("lusmarkchronicle_hallen_dam", "inspectors had found cracks in the spillway", "Tomas Wendt", "indirect"),
    ("kestoviatoday", "If Brennish soil is used against us once more", "Kasimir Dravetz", "direct"),
    ("kestoviatoday", "We do not want war", "Kasimir Dravetz", "direct"),  # he added, speaker a paragraph up
    ("kestoviatoday", "the Brennish delegation had accepted Kestovia’s demands", "Kasimir Dravetz", "indirect"),
    ("kestoviatoday", "every necessary measure", "Mirela Santek", "mixed"),  # She said
    ("northgatepost", "No Kestovian aircraft crossed the border last night", "Kasimir Dravetz", "direct"),
    ("northgatepost", "Kestovia has carried out no operation on Brennish soil", "Kasimir Dravetz", "direct"),
    ("northgatepost", "hit targets deep in Brennmark", "Kasimir Dravetz", "mixed"),
    ("northgatepost", "a deliberate act of revenge for Talverno", "Arvid Tormelen", "mixed"),
    ("northgatepost", "four of the dead were children", "Mila Farran", "indirect"),
    ("brennishobserver", "Should their territory be used to attack us again", "Kazimir Dravec", "direct"),
    ("brennishobserver", "My neighbour's house is simply gone", "Piet Ormsby", "direct"),
    ("brennishobserver", "the death toll was likely to rise", "Halla Brennvik", "indirect"),
    ("brekka_survivors", "I just want to know who checked that dam", "Jonas Velde", "direct"),
    ("dump.jsonl#1", "We are still in the rescue phase", "Ruben Aske", "direct"),
    ("dump.jsonl#3", "We had warnings, we moved people", "Lukas Ferrand", "direct"),
    ("feed.rss#1", "There are still people we have not reached", "Ruben Aske", "direct"),
    ("feed.rss#1", "a full and independent inquiry", "Petra Hollins", "direct"),
    ("feed.rss#2", "We had warnings, we moved people", "Lukas Ferrand", "direct"),
]


def article(examples, fragment: str):
    found = [f for f in examples if fragment in f.article.source]
    assert found, fragment
    return found[0]


@pytest.mark.parametrize("fragment, words, speaker, kind", CASES)
def test_quote_speaker_and_kind(examples, fragment, words, speaker, kind):
    found = article(examples, fragment)
    quote = found.quote_with(words)
    assert found.speaker_name(quote) == speaker, (found.content(quote), quote.speaker_text)
    assert quote.kind == kind


def test_split_quote_around_the_attribution(examples):
    found = article(examples, "meridian")
    quote = found.quote_with("We came to Talverno in good faith")
    assert len(quote.content) == 2 and "we cannot sign away our own security" in found.content(quote)
    assert found.speaker_name(quote) == "Arvid Tormelen"


def test_quote_over_three_paragraphs(examples):
    found = article(examples, "lusmarkchronicle_hallen_dam")
    quote = found.quote_with("Brekka has lost neighbours")
    content = found.content(quote)
    assert "I ask everyone who is safe" in content and "we keep searching for the living" in content
    assert found.speaker_name(quote) == "Ingrid Solvay"


def test_according_to_an_organisation(examples):
    found = article(examples, "lusmarkchronicle_hallen_dam")
    quote = found.quote_with("failed at about 4.30 a.m.")
    assert found.text[quote.cue[0]:quote.cue[1]] == "according to"
    assert found.speaker_name(quote) == "Lusmark Civil Protection Agency"
