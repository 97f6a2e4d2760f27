from newsloom.clean.gaps import find_gaps


def _context(text, gap):
    return text[max(0, gap.start - 12):gap.end + 8]


def test_stripped_link_before_punctuation_is_found():
    text = "According to Reuters, the two countries had agreed to a , on October 19, but failed."
    gaps = find_gaps(text)
    assert len(gaps) == 1 and "to a , on" in _context(text, gaps[0])


def test_stripped_link_between_function_words_is_found():
    text = "Dozens died along the in the worst violence. It hit a that the army runs."
    around = [(text[:g.start].split()[-1], text[g.end:].split()[0]) for g in find_gaps(text)]
    assert around == [("the", "in"), ("a", "that")]
    assert all(text[g.start:g.end] == " " for g in find_gaps(text))


def test_whole_sentences_have_no_gaps():
    text = ("Both nations placed blame on one another for the collapse of the negotiations. "
            "The Taliban retaliated by launching attacks on 1,600 miles of border, officials said.")
    assert find_gaps(text) == ()
