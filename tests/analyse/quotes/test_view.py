"""The arrays the quote rules read (``View``) say what spaCy's own tokens say, on a real seed report."""
from __future__ import annotations

import pytest

from newsloom.analyse.quotes.assemble import build
from newsloom.analyse.quotes.drafts import _title_case, region_words
from newsloom.analyse.quotes.view import View


@pytest.fixture(scope="module")
def parsed(nlp, seed_texts):
    text = seed_texts["001"]
    doc = nlp(text)
    return doc, View(doc, text)


def test_offsets_heads_children_and_sentences_agree_with_spacy(parsed):
    doc, view = parsed
    assert view.n == len(doc)
    for token in doc:
        i = token.i
        assert view.start[i] == token.idx
        if not token.is_space:
            assert view.end[i] == token.idx + len(token)
            assert view.word(i) == token.text
        assert view.head[i] == token.head.i
        assert view.dep[i] % 2 ** 64 == token.dep and view.pos[i] == token.pos  # (hashes, read as signed ints)
        assert list(view.kids(i)) == [c.i for c in token.children]
        assert view.edges(i) == (token.left_edge.i, token.right_edge.i + 1)
    assert view.sent_starts == [s.start for s in doc.sents]
    assert view.commas == [t.i for t in doc if t.text == ","]
    assert view.colons == [t.i for t in doc if t.text == ":"]


def test_paragraphs_words_and_quotations(parsed):
    doc, view = parsed
    breaks = [t.i for t in doc if t.is_space and "\n" in (t.text[0], t.text[-1])]
    assert breaks, "the seed has paragraphs"
    for i in range(len(doc)):
        assert view.para_of[i] == sum(1 for b in breaks if b < i)
    assert view.words_in(0, len(doc)) == sum(1 for t in doc if any(ch.isalnum() for ch in t.text))
    assert view.regions and len(view.region_tokens) == len(view.regions)
    for number, (a, b) in enumerate(view.region_tokens):
        assert view.tokens_in(view.regions[number].start, view.regions[number].end) == (a, b)
        assert all(view.region_of[i] == number for i in range(a, b))
        assert region_words(view, number) == view.words_in(a, b)
    assert sum(1 for r in view.region_of if r < 0) == len(doc) - sum(b - a for a, b in view.region_tokens)


def test_cue_candidates_are_verbs_of_the_lexicon(parsed):
    doc, view = parsed
    assert view.cues == sorted(view.cues) and set(view.cues) == view.cue_set
    said = [t.i for t in doc if t.lemma_ == "say" and t.pos_ in ("VERB", "AUX")]
    assert said and set(said) <= set(view.lemma_of)
    assert all(view.lemma_of[i] == "say" for i in said)
    assert all(doc[i].pos_ in ("VERB", "AUX") or view.lemma_of[i] == "according" for i in view.cues)
    assert build(view), "the seed's quotes are found from these arrays"


def test_title_case_settles_on_the_first_word_that_fails():
    assert _title_case("“American Skin”")
    assert _title_case("The Dawn")
    assert not _title_case("“We will strike, and we will certainly strike.”")
    assert not _title_case("A Very Long Title With Far Too Many Words In It")  # more than six words
    assert _title_case("Pat Caddell Says Democrat Voters Are Worried", 3)  # a headline: any length
    assert not _title_case("Pat Caddell", 3)  # fewer than three words
    assert not _title_case("")
