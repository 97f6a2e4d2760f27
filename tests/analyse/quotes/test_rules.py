"""General attribution rules, each on a real news sentence: what the content of a reporting verb reaches."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def quotes_of(quotes_in):
    """(content, speaker's words) of each quote found in a text."""
    return lambda text: [(content, q.speaker_text) for q, content, _ in quotes_in(text)]


def test_a_second_verb_sharing_the_reported_subject_goes_on_with_what_was_said(quotes_of):
    """"refused" shares the subject of the reported clause ("the man"): it is part of what police said, not a
    second statement of the man's."""
    found = quotes_of("Police said the man pointed a rifle at officers and refused to drop it.")
    assert ("the man pointed a rifle at officers and refused to drop it", "Police") in found
    assert len(found) == 1


def test_a_clause_with_its_own_subject_after_but_is_the_reporters(quotes_of):
    found = quotes_of("The governor has said several candidates applied, but he refuses to name them.")
    assert ("several candidates applied", "The governor") in found


def test_what_follows_a_semicolon_or_a_closing_dash_is_the_reporters(quotes_of):
    found = quotes_of("The ministry said the talks had stalled; no date has been set for a new round.")
    assert ("the talks had stalled", "The ministry") in found
    found = quotes_of("The mayor said the budget would cover road repairs — a promise voters have heard before.")
    assert ("the budget would cover road repairs", "The mayor") in found


def test_a_dash_in_a_pair_does_not_cut(quotes_of):
    found = quotes_of("The mayor said the budget — passed on Monday — would cover road repairs.")
    assert ("the budget — passed on Monday — would cover road repairs", "The mayor") in found


def test_an_object_runs_on_through_the_phrases_that_complete_it(quotes_of):
    """The parser hangs "for their courage" on the verb; it is part of what was praised. "on Monday" says
    when, and stays out."""
    found = quotes_of("The senator praised the nurses for their courage on Monday.")
    assert any(content.startswith("the nurses for their courage") and speaker == "The senator"
               for content, speaker in found)
    found = quotes_of("The senator praised the nurses on Monday.")
    assert ("the nurses", "The senator") in found


def test_a_quoted_word_in_the_attribution_does_not_break_a_split_quotation(quotes_of):
    found = quotes_of("“We will not back down,” Warren said, citing the bank’s “toxic” culture, "
                      "“and neither should you.”")
    assert ("“We will not back down,” | “and neither should you.”", "Warren") in found


def test_what_a_poll_or_a_record_shows_is_its_finding(quotes_of):
    found = quotes_of("A new Quinnipiac poll shows a tight race in Pennsylvania.")
    assert ("a tight race in Pennsylvania", "A new Quinnipiac poll") in found


def test_verbs_of_scorn_and_advocacy_report_a_stance(quotes_of):
    found = quotes_of("European leaders derided the agreement as toothless.")
    assert ("the agreement as toothless", "European leaders") in found
    found = quotes_of("The health minister downplayed the risk of a second wave.")
    assert ("the risk of a second wave", "The health minister") in found
