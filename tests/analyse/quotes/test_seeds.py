"""Who said what in the five seed reports (one event, five outlets): every quoted or reported sentence of
Khawaja Asif, Ataullah/Attaullah Tarar and Stephane Dujarric is attributed to the actor of that name."""
from __future__ import annotations

import pytest

#: (seed, words inside the quote, who said it)
STATEMENTS = [
    ("000", "if our borders are violated or attacked", "Asif"),
    ("000", "Our work with the Taliban delegation ended yesterday", "Asif"),
    ("000", "Afghan territory is being used against Pakistan", "Asif"),  # He claimed: ...
    ("000", "the Taliban accepts all our demands", "Asif"),
    ("000", "We hope that the war between Pakistan and Afghanistan will not resume", "Dujarric"),
    ("001", "any attacks on Pakistan from Afghan soil would prompt retaliation", "Asif"),
    ("001", "deep into Afghanistan.", "Asif"),
    ("001", "failed to reach an effective solution", "Tarar"),
    ("001", "We will strike, and we will certainly strike.", "Asif"),
    ("001", "If they use their territory and violate ours", "Asif"),
    ("001", "open war", "Asif"),
    ("001", "At no level in Kabul were they sincere", "Asif"),
    ("001", "Under India’s direction", "Asif"),  # second sentence of the same quotation
    ("001", "the entire Kabul leadership is under India’s influence", "Asif"),
    ("001", "working groups from both Pakistan and Afghanistan were present", "Asif"),
    ("001", "Whenever something was finalized", "Asif"),
    ("001", "so be it", "Asif"),
    ("001", "using our [Afghan] soil", "Asif"),
    ("001", "they were unwilling to commit it in writing", "Asif"),
    ("001", "This was not discussed", "Asif"),
    ("001", "flaws in perspective", "Asif"),
    ("001", "We tried with full sincerity", "Asif"),
    ("001", "But if they have handed the reins over to Delhi", "Asif"),
    ("001", "One can only pray", "Asif"),
    ("001", "the legitimacy of Afghanistan’s Taliban government is unclear", "Asif"),
    ("001", "the Taliban government does not have authority over the entire country", "Asif"),
    ("001", "Afghanistan does not meet the definition of a state, and even", "Asif"),
    ("001", "That is certainly a possibility", "Asif"),
    ("001", "Yes, this is certainly a matter of concern", "Dujarric"),
    ("002", "deep inside Afghanistan", "Asif"),
    ("002", "We will launch strikes, we will definitely do that.", "Asif"),  # the minister said: “...”
    ("002", "If their territory is used and they violate our territory", "Asif"),
    ("002", "the potential collapse of the Taliban regime", "Asif"),  # In a controversial tweet, Asif warned
    ("002", "a victory from God", "Asif"),
    ("003", "workable solution,", "Tarar"),
    ("003", "Pakistan does not require to employ even a fraction", "Asif"),  # On X, ... declared
    ("003", "The Afghan side kept deviating from the core issue", "Tarar"),
    ("003", "The dialogue thus failed to bring about any workable solution", "Tarar"),
    ("003", "he believed Afghanistan sought peace", "Asif"),
    ("003", "open war", "Asif"),
    ("004", "Islamabad’s attempts to reset relations with the Taliban regime", "Asif"),
    ("004", "none of it brought any benefit or success", "Asif"),
    ("004", "the entire equation has reversed", "Asif"),
    ("004", "We do react and retaliate, but civilians are not our target at all", "Asif"),  # told Geo News
    ("004", "Both things are non-existent at this time", "Asif"),
    ("004", "completely lost hope", "Asif"),
    ("004", "Hope should always remain unless all limits are crossed", "Asif"),
    ("004", "that requires them to live in their neighbour’s home", "Asif"),
]


@pytest.mark.parametrize("seed, words, speaker", STATEMENTS)
def test_statement_is_attributed_to_its_speaker(seeds, seed, words, speaker):
    found = seeds[seed]
    quote = found.quote_with(words)
    name = found.speaker_name(quote)
    assert name is not None and speaker in name, (found.content(quote), quote.speaker_text, name)


def test_every_span_points_into_the_article(seeds):
    for found in seeds.values():
        for quote in found.quotes:
            assert quote.kind in ("direct", "mixed", "indirect")
            assert quote.content and all(0 <= a < b <= len(found.text) for a, b in quote.content)
            if quote.speaker is not None:
                assert found.text[quote.speaker[0]:quote.speaker[1]] == quote.speaker_text
            if quote.speaker_actor is not None:
                assert quote.speaker_actor in found.names


@pytest.mark.parametrize("seed, words, kind", [
    ("001", "We will strike, and we will certainly strike.", "direct"),
    ("001", "so be it", "mixed"),
    ("001", "open war", "mixed"),
    ("000", "if our borders are violated or attacked", "indirect"),
    ("000", "Afghan territory is being used against Pakistan", "indirect"),  # a colon, no quote marks
    ("004", "We do react and retaliate", "direct"),
    ("004", "the entire equation has reversed", "mixed"),
    ("002", "We will launch strikes", "direct"),
])
def test_kinds(seeds, seed, words, kind):
    assert seeds[seed].quote_with(words).kind == kind


def test_split_quote_is_one_quote_in_two_spans(seeds):
    found = seeds["004"]
    quote = found.quote_with("Hope should always remain")
    assert len(quote.content) == 2
    assert "But today, we are completely writing them off" in found.content(quote)
    assert quote.kind == "direct" and found.text[quote.cue[0]:quote.cue[1]] == "said"


def test_told_an_outlet(seeds):
    found = seeds["004"]
    quote = found.quote_with("We do react and retaliate")
    assert found.text[quote.cue[0]:quote.cue[1]] == "told"
    assert quote.speaker_text == "Asif"
    assert "Geo News" not in found.content(quote)


def test_colon_lead_in_without_quote_marks(seeds):
    found = seeds["000"]
    quote = found.quote_with("Afghan territory is being used against Pakistan")
    assert found.text[quote.cue[0]:quote.cue[1]] == "claimed"
    assert found.content(quote).startswith("Afghan territory")
    assert "He claimed" not in found.content(quote)


def test_quotation_content_keeps_its_marks_and_not_the_attribution(seeds):
    found = seeds["001"]
    quote = found.quote_with("We will strike, and we will certainly strike.")
    assert found.content(quote) == "“We will strike, and we will certainly strike.”"


def test_a_quoted_subheading_does_not_continue_the_quote_before_it(seeds):
    found = seeds["001"]
    quote = found.quote_with("One can only pray")
    assert "Definition of a State" not in found.content(quote)


def test_an_anonymous_source_is_not_the_state_it_is_from(seeds):
    found = seeds["003"]
    quote = found.quote_with("unwilling to agree to rein in the Pakistani Taliban")
    assert quote.speaker_text == "A Pakistani security source" and quote.speaker_actor is None


#: (seed, words of a question put to someone, who was asked): the question is the asker's, never theirs
QUESTIONS = [
    ("001", "including the TTP in discussions", "Asif"),  # When asked about ..., Asif said
    ("001", "the prospects for a better understanding", "Asif"),
    ("001", "whether the Afghan Taliban is leading their country", "Asif"),  # Asked whether ..., Asif replied
    ("002", "the options available to Pakistan", "Asif"),  # When asked by reporters about ..., the minister said
    ("004", "whether Pakistan was denying both the airstrikes", "Asif"),  # When asked whether ..., he replied
]


@pytest.mark.parametrize("seed, words, asked", QUESTIONS)
def test_a_question_is_not_the_statement_of_the_one_asked(seeds, seed, words, asked):
    found = seeds[seed]
    for quote in found.quotes:
        if words in found.content(quote):
            name = found.speaker_name(quote)
            assert name is None or asked not in name, (found.content(quote), quote.speaker_text, name)


@pytest.mark.parametrize("seed, answer", [
    ("001", "This was not discussed"), ("001", "One can only pray"), ("001", "That is certainly a possibility"),
    ("002", "We will launch strikes"), ("004", "Both things are non-existent at this time"),
])
def test_the_answer_to_a_question_is_the_statement_of_the_one_asked(seeds, seed, answer):
    found = seeds[seed]
    quote = found.quote_with(answer)
    assert "Asif" in (found.speaker_name(quote) or ""), (found.content(quote), quote.speaker_text)
    assert "asked" not in found.content(quote) and "Asked" not in found.content(quote)


def test_the_asker_named_as_agent_is_the_speaker_of_the_question(seeds):
    found = seeds["002"]
    question = next(q for q in found.quotes if "the options available to Pakistan" in found.content(q))
    assert question.speaker_text == "reporters" and question.speaker_actor is None


def test_speaking_about_a_topic_is_not_a_quote(seeds):
    found = seeds["001"]
    assert not any(found.content(q).startswith("issues arising during the recent talks") for q in found.quotes)
    quote = found.quote_with("the other side acknowledged that")
    assert found.content(quote).startswith("the other side acknowledged that")
    assert found.text[quote.cue[0]:quote.cue[1]] == "said" and "Asif" in found.speaker_name(quote)
