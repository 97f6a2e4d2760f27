"""What the quote rules read from one parse, computed once per article: token offsets, heads, labels,
sentences, paragraphs, which quotation each token is in, and the candidate cue words.

Reading spaCy ``Token`` objects costs far more than the rules themselves, so the parse is taken in one
``Doc.to_array`` call; numpy does the whole-article work (token ends, children, candidate cues by lemma hash,
sentence and paragraph numbers, quote marks) without a Python loop over the tokens, and the rules index the
resulting arrays through ``memoryview``s, which give plain ints: converting each array to a list would cost
more than all the rules' reads together. Only a few rarely read attributes (fine tags, entity types, subtree
edges) are taken from the ``Doc`` itself, for the few tokens that need them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LEMMA, POS, SENT_START
from spacy.strings import get_string_id

from .lexicon import FINDING_VERBS, SAY_VERBS, STANCE_VERBS, THINK_VERBS
from .marks import Region, find_regions, mark_positions

ID = get_string_id  # the int spaCy stores for a label or a string ("nsubj" → a symbol, "say" → its hash)

#: lemma hash (as the signed ints ``to_array`` gives, viewed as int64) → lemma, for every cue lemma
_CUE_LEMMAS = {int(np.uint64(ID(w)).view(np.int64)): w for w in SAY_VERBS | THINK_VERBS | FINDING_VERBS
               | STANCE_VERBS}
_CUE_HASHES = np.array(sorted(_CUE_LEMMAS), dtype=np.int64)
#: part of speech (as spaCy's ints) → 1 verb, 2 punctuation, 3 white space, 0 anything else
_POS_KIND = np.zeros(max(ID(p) for p in ("VERB", "AUX", "PUNCT", "SPACE")) + 2, dtype=np.int8)  # (clipped)
_POS_KIND[[ID("VERB"), ID("AUX")]], _POS_KIND[ID("PUNCT")], _POS_KIND[ID("SPACE")] = 1, 2, 3
#: by code point: 1 not a letter or digit (beyond ASCII: ask), 2 a line break; a comma and a colon are told apart
_NOT_ALNUM, _NEWLINE, _COMMA, _COLON = 1, 2, 1 | 4, 1 | 8
_CHAR_CLASS = np.array([0 if chr(c).isalnum() else _NOT_ALNUM for c in range(128)] + [_NOT_ALNUM], dtype=np.uint8)
_CHAR_CLASS[10], _CHAR_CLASS[44], _CHAR_CLASS[58] = _NOT_ALNUM | _NEWLINE, _COMMA, _COLON
_ATTRS = [IDX, LEMMA, POS, DEP, HEAD, SENT_START]
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


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
        self.lemma_of: dict[int, str] = {}
        self.titles: dict[int, bool] = {}  # quotation number → whether it is a title (read by assemble)
        self.region_starts: list[int] = []
        self.region_ends: list[int] = []
        if not n:
            return
        # one row per attribute (a contiguous copy: every later pass over a row reads it whole)
        rows = np.ascontiguousarray(doc.to_array(_ATTRS).T).view(np.int64)
        start, lemma_hashes, pos, deps, heads, sentence_starts = rows
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        end = np.empty(n, dtype=np.int64)  # a token ends where the next starts, less the space between
        end[:-1] = start[1:]
        end[-1] = len(text)
        last = end - 1
        spaced = codes.take(last) == 32
        spaced &= last > start  # (a token of one space keeps its space)
        end -= spaced
        last -= spaced
        kind = _POS_KIND.take(pos, mode="clip")
        word = kind < 2
        punct = kind == 2
        first_char = _CHAR_CLASS.take(codes.take(start), mode="clip")
        last_char = _CHAR_CLASS.take(codes.take(last), mode="clip")
        # a token is a word only if it has a letter or digit, whatever its tag ("”―" is a PROPN to the tagger)
        odd = first_char & last_char
        odd &= word
        for k in odd.nonzero()[0].tolist():  # (few: ask each whether any character is a letter or digit)
            if not any(map(str.isalnum, text[start[k]:end[k]])):
                word[k], punct[k] = False, True
        single = (end - start == 1).nonzero()[0]
        found = first_char.take(single)
        self.commas = single[found == _COMMA].tolist()
        self.colons = single[found == _COLON].tolist()
        self.start = _ints(start)
        self.end = _ints(end)
        self.pos = _ints(pos)
        self.dep = _ints(deps)
        head = np.arange(n, dtype=np.int64) + heads
        self.head = _ints(head)
        # children of every token at once: tokens ordered by head (then by position), cut where the head
        # changes (a root, its own head, is filed under ``n``: no token's child); a stable sort of 16-bit ints
        # is a radix sort, several times faster than one of 64-bit ints
        parent = np.where(heads == 0, n, head)
        self.by_head = _ints(parent.astype(np.int16 if n < 32767 else np.int32).argsort(kind="stable"))
        first = np.zeros(n + 2, dtype=np.int64)
        np.bincount(parent, minlength=n + 1).cumsum(out=first[1:])
        self.first_kid = _ints(first)
        self.is_word = _ints(word)
        self.punct = _ints(punct)
        words = np.zeros(n + 1, dtype=np.int64)
        word.cumsum(out=words[1:])
        self._words = _ints(words)  # words before each token
        starts = sentence_starts == 1
        starts[0] = True
        self.sent_starts: list[int] = starts.nonzero()[0].tolist()
        # paragraphs: every run of white space with a line break in it is a token of its own, and ends one
        breaks = ((first_char | last_char) & _NEWLINE) != 0
        breaks &= kind == 3
        para = np.zeros(n, dtype=np.int64)
        breaks[:-1].cumsum(out=para[1:])
        self.para_of = _ints(para)
        # quotations, as token ranges, and which one each token is in (-1: none)
        self.regions = regions = find_regions(text, mark_positions(codes))
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
        verbs = (kind == 1).nonzero()[0]
        lemma_of = self.lemma_of = {}
        cue_lemma = _CUE_LEMMAS.get
        for k, lemma in zip(verbs.tolist(), lemma_hashes.take(verbs).tolist()):
            lemma = cue_lemma(lemma)
            if lemma is not None:
                lemma_of[k] = lemma
        cues = list(lemma_of)
        at = text.find("ccording")
        while at > 0:  # str.find, not a regular expression: a pattern scan costs more than all the rest
            k = bisect_right(self.start, at - 1) - 1
            if self.start[k] == at - 1 and self.end[k] == at + 8 and text[at - 1] in "Aa":
                cues.append(k)
                lemma_of[k] = "according"
            at = text.find("ccording", at + 8)
        # words inside a closed quotation speak from the quoted side
        if regions:
            cues = [i for i in cues if region_of[i] < 0 or not regions[region_of[i]].closed]
        cues.sort()
        self.cues = cues
        self.cue_set = set(self.cues)

    # --- tokens -----------------------------------------------------------------------------------------

    def kids(self, i: int) -> memoryview:
        """The children of token ``i``, in text order (hot loops inline this slice)."""
        return self.by_head[self.first_kid[i]:self.first_kid[i + 1]]

    def left(self, i: int) -> int:
        """First token of the subtree of ``i`` (a token with no children is all its subtree: no spaCy read)."""
        first = self.first_kid
        return i if first[i] == first[i + 1] else self.doc[i].left_edge.i

    def right(self, i: int) -> int:
        """Last token of the subtree of ``i``."""
        first = self.first_kid
        return i if first[i] == first[i + 1] else self.doc[i].right_edge.i

    def edges(self, i: int) -> tuple[int, int]:
        """Token range of the subtree of ``i`` (spaCy keeps both ends; the parse need not be projective)."""
        first = self.first_kid
        if first[i] == first[i + 1]:
            return i, i + 1
        token = self.doc[i]
        return token.left_edge.i, token.right_edge.i + 1

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
