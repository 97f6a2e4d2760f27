"""What the quote rules read from one parse, computed once per article with array operations: token offsets,
sentences, paragraphs, which quotation each token is in, and the candidate cue words.

Python loops over every token cost more than the whole extraction should; the arrays are built by spaCy
and numpy, and only the few candidate cues are looked at token by token.
"""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, POS, SENT_START, TAG
from spacy.strings import hash_string
from spacy.symbols import AUX, VERB

from .lexicon import FINDING_VERBS, SAY_VERBS, STANCE_VERBS, THINK_VERBS
from .marks import Region, find_regions

_CUE_LEMMAS = SAY_VERBS | THINK_VERBS | FINDING_VERBS | STANCE_VERBS
_CUE_HASHES = np.array(sorted({hash_string(w) for w in _CUE_LEMMAS}), dtype=np.uint64)
_ACCORDING = np.uint64(hash_string("according"))
_COLON = np.uint64(hash_string(":"))
_PARAGRAPH = re.compile(r"\n\s*")


class View:
    """Token-level arrays of one ``Doc`` plus its quotations (``regions``) mapped to token ranges."""

    def __init__(self, doc, text: str | None = None) -> None:
        self.doc = doc
        self.n = len(doc)
        if text is None or (self.n and doc[-1].idx + len(doc[-1]) > len(text)):
            text = doc.text  # joined from every token: slow, so callers that hold the text pass it
        self.text = text
        if not self.n:
            self.regions, self.cues, self.cue_set, self.colons = [], [], set(), []
            return
        array = doc.to_array([IDX, LENGTH, LEMMA, LOWER, POS, SENT_START, IS_PUNCT, IS_SPACE, TAG, DEP, HEAD])
        self.is_word = (array[:, 6] == 0) & (array[:, 7] == 0)
        self.not_punct = array[:, 6] == 0
        self.tag = array[:, 8]
        self.dep = array[:, 9]
        self.head = np.arange(self.n, dtype=np.int64) + array[:, 10].astype(np.int64)
        self.start = array[:, 0].astype(np.int64)
        self.end = self.start + array[:, 1].astype(np.int64)
        starts = array[:, 5].astype(np.int64) == 1
        starts[0] = True
        self.sent_starts = np.flatnonzero(starts)
        self.sent_of = np.cumsum(starts) - 1
        breaks = np.array([m.start() for m in _PARAGRAPH.finditer(self.text)], dtype=np.int64)
        self.para_of = np.searchsorted(breaks, self.start) if len(breaks) else np.zeros(self.n, dtype=np.int64)
        # quotations, as token ranges, and which one each token is in (-1: none)
        self.regions: list[Region] = find_regions(self.text)
        self.region_tokens: list[tuple[int, int]] = []
        self.region_of = np.full(self.n, -1, dtype=np.int64)
        for number, region in enumerate(self.regions):
            a, b = self.tokens_in(region.start, region.end)
            self.region_tokens.append((a, b))
            self.region_of[a:b] = number
        lemmas = array[:, 2]
        where = np.minimum(np.searchsorted(_CUE_HASHES, lemmas), len(_CUE_HASHES) - 1)
        candidates = (_CUE_HASHES[where] == lemmas) | (array[:, 3] == _ACCORDING)
        closed = np.array([r.closed for r in self.regions] + [False], dtype=bool)
        candidates &= ~closed[self.region_of]  # words inside a closed quotation speak from the quoted side
        verbs = (array[:, 4] == VERB) | (array[:, 4] == AUX)
        self.cues = [int(i) for i in np.flatnonzero(candidates & (verbs | (array[:, 3] == _ACCORDING)))]
        self.cue_set = set(self.cues)
        colons = np.flatnonzero(array[:, 3] == _COLON)
        self.colons = [int(i) for i in colons]

    def tokens_in(self, start: int, end: int) -> tuple[int, int]:
        """Token range ``[a, b)`` of the tokens that overlap characters ``[start, end)``."""
        a = int(np.searchsorted(self.end, start, side="right"))
        b = int(np.searchsorted(self.start, end, side="left"))
        return a, max(a, b)

    def chars(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens ``[a, b)``."""
        return int(self.start[a]), int(self.end[b - 1])

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range of the sentence holding token ``i``."""
        number = int(self.sent_of[i])
        a = int(self.sent_starts[number])
        b = int(self.sent_starts[number + 1]) if number + 1 < len(self.sent_starts) else self.n
        return a, b

    def sentence_range(self, number: int) -> tuple[int, int] | None:
        if number < 0 or number >= len(self.sent_starts):
            return None
        a = int(self.sent_starts[number])
        b = int(self.sent_starts[number + 1]) if number + 1 < len(self.sent_starts) else self.n
        return a, b

    def between_is_blank(self, a_char: int, b_char: int) -> bool:
        """Only spaces and punctuation (no word) between two character offsets."""
        return not any(ch.isalnum() for ch in self.text[a_char:b_char])

    def word_tokens(self, a: int, b: int) -> list[int]:
        return [a + int(i) for i in np.flatnonzero(self.is_word[a:b])]

    def words_in(self, a: int, b: int) -> int:
        return int(np.count_nonzero(self.is_word[a:b]))
