"""Quotes on small made-up texts: the attribution forms of news copy, and texts that must not break it."""
from __future__ import annotations

import pytest

from newsloom.analyse.actors import find_actors
from newsloom.analyse.quotes import find_quotes


@pytest.fixture(scope="module")
def run(nlp):
    def quotes(text: str):
        doc = nlp(text)
        actors = find_actors(doc)
        names = {a.key: a.name for a in actors}
        return [(q, " | ".join(text[a:b] for a, b in q.content), names.get(q.speaker_actor))
                for q in find_quotes(doc, actors)]
    return quotes


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
