"""Quotation marks read from the text: pairing, apostrophes, unbalanced marks, quotes over paragraphs."""
from __future__ import annotations

from newsloom.analyse.quotes.marks import find_regions, mark_positions


def quoted(text: str) -> list[str]:
    return [text[r.start:r.end] for r in find_regions(text)]


def test_curly_straight_doubled_single_and_guillemets():
    assert quoted("“We will strike,” he said.") == ["“We will strike,”"]
    assert quoted('"We will strike," he said.') == ['"We will strike,"']
    assert quoted("''I don't judge,'' he said.") == ["''I don't judge,''"]
    assert quoted("'We came in good faith,' she said.") == ["'We came in good faith,'"]
    assert quoted("« Nous frapperons », a-t-il dit.") == ["« Nous frapperons »"]


def test_apostrophes_are_not_quote_marks():
    text = "It’s the Taliban’s choice, the ’90s are over, teachers’ pay rose and rock 'n roll won't stop."
    assert quoted(text) == []
    assert quoted("It's the Taliban's choice and the '90s are over.") == []


def test_single_quotes_inside_double_ones_belong_to_them():
    text = "“Acting as their ‘agents,’ they failed,” he said."
    assert quoted(text) == ["“Acting as their ‘agents,’ they failed,”"]


def test_unbalanced_mark_is_closed_at_its_paragraph_end():
    text = "He said “we will strike and never stopped.\n\nNext paragraph. “Real quote,” she said."
    regions = find_regions(text)
    assert [text[r.start:r.end] for r in regions] == ["“we will strike and never stopped.", "“Real quote,”"]
    assert [r.closed for r in regions] == [False, True]


def test_stray_closing_mark_or_inch_mark_is_ignored():
    assert quoted("He is 5'10\" tall.” Then “a quote,” she said.") == ["“a quote,”"]


def test_quote_over_several_paragraphs():
    text = "The mayor said:\n\n“Para one.\n\n“Para two.\n\n“Para three.”\n\nAfter."
    assert quoted(text) == ["“Para one.\n\n“Para two.\n\n“Para three.”"]


def test_a_new_quotation_after_an_unclosed_one_is_not_swallowed():
    text = "“Unclosed one.\n\nA plain paragraph.\n\n“Closed,” he said."
    assert quoted(text)[-1] == "“Closed,”"


def test_hard_wrapped_quotation():
    text = "He added: “If their territory is used,\nwe will respond.” Then he left."
    assert quoted(text) == ["“If their territory is used,\nwe will respond.”"]


def test_no_marks_and_empty_text():
    assert find_regions("") == []
    assert find_regions("Nothing quoted here.") == []


def test_mark_positions_are_every_quote_mark_of_the_seeds(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        positions = mark_positions(text)
        assert positions and positions == [at for at, c in enumerate(text) if c in "\"“”„‟«»″‘’‚‹›'`"]


def test_mark_positions_past_the_marks_table_and_in_astral_text():
    text = "Emoji 😀 then “a quote,” she said — 'fine' ≠ «done»"
    positions = mark_positions(text)
    assert [text[at] for at in positions] == ["“", "”", "'", "'", "«", "»"]
