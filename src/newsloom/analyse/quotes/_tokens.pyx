# cython: language_level=3, boundscheck=False, wraparound=False
"""The token-level arrays the quote rules read, taken in one pass over spaCy's token structs (``Doc.c``).

``Doc.to_array`` costs a Python-level call per attribute and token, the subtree edges spaCy keeps are exposed
only through a ``Token`` object per read, and the arrays worked out from them (token ends, children, words,
paragraphs) cost numpy a call each: on an article of a thousand tokens that was most of the quote layer's
time. Here it is one C loop (``read_tokens``), and the quote marks of the text another (``positions_of``).
Compiled by ``setup.py``; ``view.View`` and ``marks`` are its only readers.
"""
import numpy as np

from spacy.parts_of_speech cimport AUX, PUNCT, SPACE, VERB
from spacy.structs cimport TokenC
from spacy.tokens.doc cimport Doc

# what a character is, by code point: not a letter or digit (beyond ASCII: asked of Python), a line break,
# a comma, a colon
cdef unsigned char NOT_ALNUM = 1, NEWLINE = 2, COMMA = 4, COLON = 8
cdef unsigned char CHAR_CLASS[128]
for _c in range(128):
    CHAR_CLASS[_c] = 0 if chr(_c).isalnum() else NOT_ALNUM
CHAR_CLASS[10] |= NEWLINE
CHAR_CLASS[44] |= COMMA
CHAR_CLASS[58] |= COLON


cdef inline unsigned char char_class(unsigned int code) noexcept nogil:
    return CHAR_CLASS[code] if code < 128 else NOT_ALNUM


#: the arrays ``read_tokens`` gives, in the order of the rows that hold them
_ROWS = ("start", "end", "pos", "dep", "head", "left_edge", "right_edge", "is_word", "punct", "para_of", "by_head",
         "first_kid", "words")


def positions_of(str text, const unsigned char[::1] table):
    """Where the characters marked in ``table`` (by code point; beyond its end: none) stand in ``text``, in
    order: one pass over the code points."""
    cdef Py_ssize_t i, size = table.shape[0]
    cdef Py_UCS4 c
    found = []
    for i in range(len(text)):
        c = text[i]
        if c < size and table[c]:
            found.append(i)
    return found


def read_tokens(Doc doc, str text, dict cue_lemmas):
    """The arrays of ``doc`` (whose text is ``text``), as a dict of name → int64 array or list:

    - ``start``, ``end``: character span of each token, the space after it left out;
    - ``pos``, ``dep``: spaCy's ints; ``head``: index of the head (a root is its own);
    - ``left_edge``, ``right_edge``: first and last token of each token's subtree;
    - ``by_head``, ``first_kid``: the children of ``i`` are ``by_head[first_kid[i]:first_kid[i + 1]]``, in
      text order (roots are filed last, under ``len(doc)``);
    - ``is_word`` (a letter or digit in it, whatever its tag), ``punct``: 0 or 1;
    - ``words``: words before each token (``len(doc) + 1`` entries);
    - ``para_of``: paragraph number (a white-space token with a line break ends a paragraph);
    - ``sent_starts``, ``commas``, ``colons``: token indices, in order;
    - ``lemma_of``: token → lemma, for the verbs whose lemma hash is a key of ``cue_lemmas``.
    """
    cdef Py_ssize_t n = doc.length, i, k, length = len(text)
    if n and doc.c[n - 1].idx + len(doc[n - 1]) > length:  # (the text is read unchecked below)
        raise ValueError(f"the text ({length} characters) is not the text of the Doc")
    block = np.zeros((len(_ROWS), n + 2), dtype=np.int64)  # one allocation, a row each (sized for the longest)
    arrays = {name: block[k, :n] for k, name in enumerate(_ROWS)}
    arrays["first_kid"], arrays["words"] = block[11], block[12, :n + 1]
    cdef long long[:, ::1] rows = block
    cdef long long[::1] start = rows[0], end = rows[1], pos = rows[2], dep = rows[3], head = rows[4]
    cdef long long[::1] left = rows[5], right = rows[6], is_word = rows[7], punct = rows[8], para = rows[9]
    cdef long long[::1] by_head = rows[10], first = rows[11], words = rows[12]
    sent_starts, commas, colons, lemma_of = [], [], [], {}
    cdef const TokenC* token
    cdef Py_ssize_t a, b, last, parent, paragraph = 0
    cdef unsigned char first_char, last_char
    cdef bint word
    for i in range(n):
        token = &doc.c[i]
        a = token.idx
        b = doc.c[i + 1].idx if i + 1 < n else length  # a token ends where the next starts,
        last = b - 1
        if last > a and ord(text[last]) == 32:  # less the space between (a token of one space keeps it)
            b, last = last, last - 1
        start[i], end[i] = a, b
        pos[i], dep[i] = token.pos, <long long> token.dep
        head[i] = i + token.head
        left[i], right[i] = token.l_edge, token.r_edge
        parent = n if token.head == 0 else i + token.head
        first[parent + 1] += 1
        first_char, last_char = char_class(ord(text[a])), char_class(ord(text[last]))
        word = token.pos != PUNCT and token.pos != SPACE
        if word and first_char & last_char & NOT_ALNUM and not any(ch.isalnum() for ch in text[a:b]):
            word = False  # no letter or digit, whatever its tag ("”―" is a PROPN to the tagger)
        is_word[i], punct[i] = word, token.pos == PUNCT or not word and token.pos != SPACE
        words[i + 1] = words[i] + word
        para[i] = paragraph
        if token.pos == SPACE and (first_char | last_char) & NEWLINE:
            paragraph += 1  # white space with a line break in it: the next token opens a paragraph
        if i == 0 or token.sent_start == 1:
            sent_starts.append(i)
        if b - a == 1:
            if first_char & COMMA:
                commas.append(i)
            elif first_char & COLON:
                colons.append(i)
        if token.pos == VERB or token.pos == AUX:
            lemma = cue_lemmas.get(<long long> token.lemma)
            if lemma is not None:
                lemma_of[i] = lemma
    for k in range(n + 1):  # counts of children → where each token's children begin
        first[k + 1] += first[k]
    cdef long long[::1] cursor = np.array(first[:n + 1], dtype=np.int64)
    for i in range(n):  # each token filed under its head, in text order (a stable counting sort)
        parent = n if doc.c[i].head == 0 else head[i]
        by_head[cursor[parent]] = i
        cursor[parent] += 1
    arrays.update(sent_starts=sent_starts, commas=commas, colons=colons, lemma_of=lemma_of)
    return arrays
