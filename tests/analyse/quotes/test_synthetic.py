"""Quotes on small made-up texts: the attribution forms of news copy, and texts that must not break it."""
from __future__ import annotations

import pytest

from newsloom.analyse.quotes import find_quotes


@pytest.fixture(scope="module")
def run(quotes_in):
    return quotes_in


def test_unbalanced_marks_do_not_crash_nor_lose_the_rest(run):
    text = ("Interior Minister Halla Brennvik said “the strikes were deliberate and would be answered.\n\n"
            "The talks collapsed on Tuesday, officials said.\n\n"
            "“We came in good faith,” Tormelen said. “We leave with nothing.”\n\n"
            "An 8\" shell was found. Brennvik later said the toll would rise.")
    found = run(text)
    contents = [c for _, c, _ in found]
    assert any("We came in good faith" in c and "We leave with nothing" in c for c in contents)
    assert any(c.startswith("The talks collapsed on Tuesday") for c in contents)
    assert any("the toll would rise" in c for c in contents)
    first = next(q for q, c, _ in found if "strikes were deliberate" in c)
    assert "talks collapsed" not in text[first.content[0][0]:first.content[-1][1]]


def test_quote_over_several_paragraphs_is_one_quote(run):
    text = ("In a statement read outside the town hall, Mayor Ingrid Solvay said:\n\n"
            "“Brekka has lost neighbours today. Every family knows someone who is missing.\n\n"
            "“I ask everyone who is safe to stay away from the river.\n\n"
            "“We will rebuild Brekka.”\n\n"
            "Rescue teams worked through the night.")
    found = run(text)
    quote, content, name = next(f for f in found if "Brekka has lost" in f[1])
    assert "I ask everyone" in content and "We will rebuild Brekka" in content
    assert "Rescue teams" not in content
    assert quote.kind == "direct" and name == "Ingrid Solvay"


def test_apostrophes_are_not_taken_for_quotes(run):
    text = ("It’s the Taliban’s decision, the minister’s aides said, and the ’90s are long gone. "
            "Kabul's leaders didn't comment.")
    for quote, content, _ in run(text):
        assert quote.kind == "indirect", content


def test_speaker_in_the_previous_sentence_and_pronouns(run):
    text = ("Defence Minister Kasimir Dravetz spoke to reporters on Thursday.\n\n"
            "“We do not want war. But our patience has limits,” he added.")
    quote, content, name = next(f for f in run(text) if "We do not want war" in f[1])
    assert quote.kind == "direct" and name == "Kasimir Dravetz"


@pytest.mark.parametrize("text, words, speaker, kind", [
    ("According to Ruben Aske, the dam failed at dawn.", "the dam failed at dawn", "Ruben Aske", "indirect"),
    ("In a tweet, Arvid Tormelen warned that Brennmark would respond.", "Brennmark would respond",
     "Arvid Tormelen", "indirect"),
    ("The talks, Arvid Tormelen said, had failed.", "had failed", "Arvid Tormelen", "indirect"),
    ("Mirela Santek said the talks had “failed to produce any outcome”.", "failed to produce", "Mirela Santek",
     "mixed"),
    ("“That depends entirely on Saalberg,” said Kasimir Dravetz.", "That depends entirely", "Kasimir Dravetz",
     "direct"),
    ("Kasimir Dravetz told the Northgate Post: “There were no strikes, none.”", "There were no strikes",
     "Kasimir Dravetz", "direct"),
    ("«Nous frapperons», a déclaré hier Kasimir Dravetz. Kasimir Dravetz said «we will strike».",
     "we will strike", "Kasimir Dravetz", "direct"),
])
def test_attribution_forms(run, text, words, speaker, kind):
    quote, content, name = next(f for f in run(text) if words in f[1])
    assert name == speaker and quote.kind == kind, (content, quote)


def test_empty_and_quote_free_texts(run, nlp):
    assert find_quotes(nlp(""), ()) == ()
    assert run("The river rose overnight. Roads were closed.") == []


def test_a_question_put_to_someone_is_not_their_statement(run):
    text = ("Defence Minister Kasimir Dravetz met reporters in Saalberg on Friday.\n\n"
            "Asked whether the strikes on the border would continue, Dravetz replied, "
            "“They will, until it is safe.”\n\n"
            "When asked by reporters about the ceasefire, Dravetz said: “We are ready to talk.”")
    found = run(text)
    for quote, content, name in found:
        if "strikes on the border" in content or "the ceasefire" in content:
            assert name != "Kasimir Dravetz", (content, quote.speaker_text)
    question = next(q for q, c, _ in found if "the ceasefire" in c)
    assert question.speaker_text == "reporters" and question.speaker_actor is None
    for words in ("They will, until it is safe", "We are ready to talk"):
        quote, content, name = next(f for f in found if words in f[1])
        assert name == "Kasimir Dravetz" and quote.kind == "direct" and "asked" not in content.lower()


def test_speaking_about_a_topic_is_not_a_quote(run):
    text = "Speaking about the failed talks, Arvid Tormelen said the other side had accepted every demand."
    found = run(text)
    assert not any(c.startswith("the failed talks") for _, c, _ in found)
    quote, content, name = next(f for f in found if "the other side" in f[1])
    assert content.startswith("the other side") and name == "Arvid Tormelen"


def test_split_quotation_with_its_first_half_before_the_attribution(run):
    text = ("“We came to Talverno in good faith,” Arvid Tormelen said, pointing at the empty table, "
            "“and we leave with nothing.”")
    quote, content, name = next(f for f in run(text) if "in good faith" in f[1])
    assert len(quote.content) == 2 and "we leave with nothing" in content
    assert quote.kind == "direct" and name == "Arvid Tormelen"


def test_transcript_lines_are_headed_by_their_speaker(run):
    text = ("Mirela Santek spoke to Arvid Tormelen on Brennish radio on Monday.\n\n"
            "TORMELEN: Will you sign the treaty this week?\n\n"
            "SANTEK: Not this week, and not while our border is under fire.")
    found = run(text)
    quote, content, name = next(f for f in found if "Not this week" in f[1])
    assert quote.speaker_text == "SANTEK" and content.startswith("Not this week")
    quote, content, name = next(f for f in found if "sign the treaty" in f[1])
    assert quote.speaker_text == "TORMELEN"


def test_a_quoted_label_given_by_a_verb_outside_the_lexicon(run):
    text = "For weeks Arvid Tormelen has been pounding Kasimir Dravetz as a “reckless gambler” on Brennish radio."
    quote, content, name = next(f for f in run(text) if "reckless gambler" in f[1])
    assert quote.kind == "mixed" and name == "Arvid Tormelen" and content.startswith("Kasimir Dravetz as")
