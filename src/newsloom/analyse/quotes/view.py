"""What the quote rules read from one parse, computed once per article: token offsets, heads, labels,
subtree edges, sentences, paragraphs, which quotation each token is in, and the candidate cue words.

Reading spaCy ``Token`` objects costs far more than the rules themselves, so the token-level arrays are
read from spaCy's token structs in one compiled pass (``_tokens``), and the rules index them through
``memoryview``s, which give plain ints: converting each array to a list would cost more than all the rules'
reads together. Only a few rarely read attributes (fine tags, entity types) are taken from the ``Doc``
itself, for the few tokens that need them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

import numpy as np
from spacy.strings import get_string_id

from .lexicon import FINDING_VERBS, SAY_VERBS, STANCE_VERBS, THINK_VERBS
from .marks import Region, find_regions

try:
    from ._tokens import read_tokens
except ImportError as error:  # a checkout run without its build step
    raise ImportError("newsloom.analyse.quotes._tokens is not compiled: run `make install` (or "
                      "`pip install -e .`), which builds it with setup.py") from error

ID = get_string_id  # the int spaCy stores for a label or a string ("nsubj" → a symbol, "say" → its hash)

#: Punctuation that may end what was said outside quotation marks: a semicolon or a dash (read by ``cues``).
BREAKS = (";", "—", "–", "―", "--")
#: lemma hash (as the signed int64 ``read_tokens`` keys its look-up by) → lemma, for every cue lemma
_CUE_LEMMAS = {int(np.uint64(ID(w)).view(np.int64)): w for w in SAY_VERBS | THINK_VERBS | FINDING_VERBS
               | STANCE_VERBS}


def _ints(array: Any) -> memoryview:
    """A numpy array of ints, read one element at a time as a Python int (numpy's own indexing is slower)."""
    return memoryview(array)


class View:
    """Token-level arrays of one ``Doc`` plus its quotations (``regions``) mapped to token ranges. The types
    declared here are what the compiled rules rely on (see ``setup.py``): a ``memoryview`` row reads as ints."""

    start: memoryview  # character offset of each token
    end: memoryview  # and where it ends, trailing space left out
    pos: memoryview
    dep: memoryview
    head: memoryview
    left_edge: memoryview  # first token of the subtree of each token
    right_edge: memoryview  # and its last
    by_head: memoryview  # tokens ordered by head: the children of i are by_head[first_kid[i]:first_kid[i + 1]]
    first_kid: memoryview
    _words: memoryview  # words before each token
    is_word: memoryview
    punct: memoryview
    para_of: memoryview  # paragraph number of each token
    region_of: list[int]  # quotation number of each token, -1 outside any

    def __init__(self, doc, text: str | None = None) -> None:
        self.doc = doc
        n = self.n = len(doc)
        if text is None or (n and doc[-1].idx + len(doc[-1]) > len(text)):
            text = doc.text  # joined from every token: slow, so callers that hold the text pass it
        self.text = text
        self.regions: list[Region] = []
        self.region_tokens: list[tuple[int, int]] = []
        self.cues: list[int] = []
        self.cue_set: set[int] = set()
        self.colons: list[int] = []
        self.commas: list[int] = []
        self.breaks: list[int] = []
        self.lemma_of: dict[int, str] = {}
        self.titles: dict[int, bool] = {}  # quotation number → whether it is a title (read by assemble)
        self.region_starts: list[int] = []
        self.region_ends: list[int] = []
        if not n:
            return
        arrays = read_tokens(doc, text, _CUE_LEMMAS)
        start, end = arrays["start"], arrays["end"]
        self.start, self.end = _ints(start), _ints(end)
        self.pos, self.dep, self.head = _ints(arrays["pos"]), _ints(arrays["dep"]), _ints(arrays["head"])
        self.left_edge, self.right_edge = _ints(arrays["left_edge"]), _ints(arrays["right_edge"])
        self.by_head, self.first_kid = _ints(arrays["by_head"]), _ints(arrays["first_kid"])
        self.is_word, self.punct = _ints(arrays["is_word"]), _ints(arrays["punct"])
        self._words, self.para_of = _ints(arrays["words"]), _ints(arrays["para_of"])
        self.sent_starts: list[int] = arrays["sent_starts"]
        self.commas, self.colons = arrays["commas"], arrays["colons"]
        self.breaks = [k for k in self._tokens_spelled(BREAKS) if arrays["punct"][k]]
        # quotations, as token ranges, and which one each token is in (-1: none)
        self.regions = regions = find_regions(text)
        region_of = self.region_of = [-1] * n
        if regions:
            firsts = end.searchsorted([r[0] for r in regions], "right")
            lasts = np.maximum(start.searchsorted([r[1] for r in regions], "left"), firsts)
            self.region_starts = region_starts = firsts.tolist()
            self.region_ends = region_ends = lasts.tolist()
            self.region_tokens = list(zip(region_starts, region_ends))
            for number, a, b in zip(range(len(regions)), region_starts, region_ends):
                if b > a:
                    region_of[a:b] = [number] * (b - a)
        # candidate cues: verbs whose lemma is in the lexicon (compared as hashes), and "according"
        lemma_of = self.lemma_of = arrays["lemma_of"]
        cues = list(lemma_of)
        for k in self._tokens_spelled(("according", "According")):
            cues.append(k)
            lemma_of[k] = "according"
        # words inside a closed quotation speak from the quoted side
        if regions:
            cues = [i for i in cues if region_of[i] < 0 or not regions[region_of[i]].closed]
        cues.sort()
        self.cues = cues
        self.cue_set = set(self.cues)

    def _tokens_spelled(self, spellings: tuple[str, ...]) -> list[int]:
        """The tokens that are exactly one of ``spellings``, in order: ``str.find`` over the text (they are few;
        a regular expression scan costs more than all the rest)."""
        found = []
        start, end, text = self.start, self.end, self.text
        for spelling in spellings:
            at = text.find(spelling)
            while at >= 0:
                k = bisect_right(start, at) - 1
                if start[k] == at and end[k] == at + len(spelling):
                    found.append(k)
                at = text.find(spelling, at + len(spelling))
        found.sort()
        return found

    # --- tokens -----------------------------------------------------------------------------------------

    def kids(self, i: int) -> memoryview:
        """The children of token ``i``, in text order (hot loops inline this slice)."""
        return self.by_head[self.first_kid[i]:self.first_kid[i + 1]]

    def left(self, i: int) -> int:
        """First token of the subtree of ``i``."""
        return self.left_edge[i]

    def right(self, i: int) -> int:
        """Last token of the subtree of ``i``."""
        return self.right_edge[i]

    def edges(self, i: int) -> tuple[int, int]:
        """Token range of the subtree of ``i`` (spaCy keeps both ends; the parse need not be projective)."""
        return self.left_edge[i], self.right_edge[i] + 1

    def word(self, i: int) -> str:
        return self.text[self.start[i]:self.end[i]]

    def lower(self, i: int) -> str:
        return self.text[self.start[i]:self.end[i]].lower()

    def tag(self, i: int) -> str:
        return self.doc[i].tag_

    def ent(self, i: int) -> str:
        return self.doc[i].ent_type_

    def lemma(self, i: int) -> str:
        found = self.lemma_of.get(i)
        return found if found is not None else self.doc[i].lemma_.lower()

    # --- spans ------------------------------------------------------------------------------------------

    def tokens_in(self, start: int, end: int) -> tuple[int, int]:
        """Token range ``[a, b)`` of the tokens that overlap characters ``[start, end)``."""
        a = bisect_right(self.end, start)
        b = bisect_left(self.start, end)
        return a, max(a, b)

    def chars(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens ``[a, b)``."""
        return self.start[a], self.end[b - 1]

    def sent(self, i: int) -> int:
        """Number of the sentence holding token ``i``."""
        return bisect_right(self.sent_starts, i) - 1

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range of the sentence holding token ``i``."""
        number = bisect_right(self.sent_starts, i) - 1
        starts = self.sent_starts
        return starts[number], starts[number + 1] if number + 1 < len(starts) else self.n

    def sentence_range(self, number: int) -> tuple[int, int] | None:
        if number < 0 or number >= len(self.sent_starts):
            return None
        starts = self.sent_starts
        return starts[number], starts[number + 1] if number + 1 < len(starts) else self.n

    def between_is_blank(self, a_char: int, b_char: int) -> bool:
        """Only spaces and punctuation (no word) between two character offsets."""
        return not any(map(str.isalnum, self.text[a_char:b_char]))

    def words_in(self, a: int, b: int) -> int:
        return self._words[b] - self._words[a]

    def quoted(self, i: int) -> bool:
        return self.region_of[i] >= 0
