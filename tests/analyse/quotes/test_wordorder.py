"""Word-order rules on parses the tagger gets wrong: a date taken for the subject of a reporting verb."""
import spacy
from spacy.tokens import Doc

from newsloom.analyse.quotes import find_quotes


def test_a_date_parsed_as_the_subject_gives_way_to_the_name_before_it():
    """"Dravetz on Thursday warned that ...": when the parser makes "Thursday" the subject, the speaker is the
    name before the preposition (this path once raised AttributeError)."""
    words = ["Dravetz", "on", "Thursday", "warned", "that", "Kestovia", "would", "strike", "back", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["PROPN", "ADP", "PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "ADV", "PUNCT"],
              tags=["NNP", "IN", "NNP", "VBD", "IN", "NNP", "MD", "VB", "RB", "."],
              deps=["dep", "prep", "nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "advmod", "punct"],
              heads=[2, 0, 3, 3, 7, 7, 7, 3, 7, 3], sent_starts=[True] + [False] * 9,
              lemmas=["Dravetz", "on", "Thursday", "warn", "that", "Kestovia", "would", "strike", "back", "."],
              ents=["B-PERSON", "O", "B-DATE", "O", "O", "B-GPE", "O", "O", "O", "O"])
    quotes = find_quotes(doc)
    assert quotes, "the reported speech is found"
    assert all(q.speaker_text != "Thursday" for q in quotes)
