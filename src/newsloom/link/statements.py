"""Statements across outlets: the quotes of one speaker that report the same statement become one Statement.

Outlets word one statement differently: one quotes it, one paraphrases it, two translate it ("We will strike,
and we will certainly strike." / "We will launch strikes, we will definitely do that."). So statements are found
by meaning, not by string:

* **Words.** A quote's text becomes the set of its content lemmas (stop words and stance adverbs such as
  "certainly", "definitely" left out: they say how firmly, not what), each with its spaCy word vector, plus
  three *modality markers* for future/conditional/negation ("will", "would" → ``<fut>``; "if", "should" →
  ``<if>``; "not", "no" → ``<neg>``): a threat ("we will strike if …") and a denial of a strike share the word
  "strike" but not their modality. A word without a vector (an invented place name) and a marker get a
  pseudo-random vector of their own, so they match only themselves.
* **Pairs.** Two texts are compared by aligning words (a "word mover's-lite" soft cosine): each word of one is
  matched to its most similar word of the other; a cosine counts only above :data:`WORD_FLOOR` (below it, two
  unrelated words score as high by chance) and is rescaled to 0 … 1; words are weighted by their idf over the
  input quotes. The mean over one text's words is how much of it the other covers; the pair score is the
  mean of the two directions. A quote made of several sentences or clauses ("… failed to lead to a practical
  solution and that Islamabad will take all necessary measures …") is also compared part by part, and the
  pair keeps its best-matching parts' score: one quote can carry two statements.
* **Groups.** The quotes of one speaker (one corpus actor id) are clustered by average-link agglomeration,
  merging while the best pair of clusters scores at least :data:`THRESHOLD`.

Only quotes of the same speaker can form one statement. Quotes whose speaker is unknown (``None``) group only
with each other and only when their wording is near-identical (:data:`UNKNOWN_SPEAKER_THRESHOLD`, Jaccard
overlap of their words): unknown stays unknown, and meaning alone would join different people.

The threshold and floor come from score distributions on the seeds and the example corpus, printed by
``python tests/link/test_statements.py``. Output is deterministic: inputs are sorted before clustering, a
statement's id is a short hash of its sorted variant keys (article id and spans), and statements are sorted by
speaker and id.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from ..records import Article, ArticleAnalysis, CorpusActor, Quote, QuoteVariant, Statement

#: Average-link merge threshold on the pair score (0 … 1). On the labelled quotes of the seeds and the examples
#: (tests/link/test_statements.py), same-statement pairs score 0.27 / 0.49 (10th percentile / median) and
#: different-statement pairs 0.16 / 0.35 (median / 95th percentile). The threshold sits just above that 95th
#: percentile, in the band 0.35 … 0.40 where the cross-outlet statements do not change and pairwise precision
#: and recall stay at 0.74–0.78 / 0.77–0.80; from 0.425 up, multi-sentence statements fall apart (recall 0.44).
THRESHOLD = 0.375
#: Word cosines at or below this count as no match: about the 95th percentile of the cosine between two
#: distinct content words of the seeds' and examples' quotes (median 0.16): the md vectors give unrelated words
#: that much by chance, so only what stands out above it is evidence of a paraphrase.
WORD_FLOOR = 0.4
#: Speaker unknown: only near-identical wording joins (Jaccard overlap of the lower-cased word sets).
UNKNOWN_SPEAKER_THRESHOLD = 0.8

#: Stance and degree adverbs: how firmly something is said, not what is said.
STANCE_ADVERBS = frozenset({
    "certainly", "definitely", "surely", "absolutely", "completely", "totally", "entirely", "really", "truly",
    "indeed", "clearly", "obviously", "simply", "just", "only", "even", "still", "already", "always", "now",
    "thus", "then", "also", "further", "fully", "quite", "rather", "highly", "very"})
#: Modality markers: reported speech backshifts "will" to "would", so both mark the future.
MODALITY = {"will": "<fut>", "would": "<fut>", "shall": "<fut>", "'ll": "<fut>",
            "if": "<if>", "unless": "<if>", "should": "<if>",
            "not": "<neg>", "n't": "<neg>", "no": "<neg>", "never": "<neg>", "none": "<neg>", "nothing": "<neg>",
            "nor": "<neg>", "neither": "<neg>", "without": "<neg>"}

Vectoriser = Callable[[str], np.ndarray]


@dataclass(frozen=True, slots=True)
class QuoteInput:
    """One quote as the statement grouper sees it: where it stands, who said it, and its text.

    ``speaker_id`` is a :class:`~newsloom.records.CorpusActor` id (``None`` when the speaker is unknown);
    ``text`` is the quote's content text, its spans joined with ``" … "``.
    """

    article_id: str
    outlet: str | None
    published: str | None
    speaker_id: str | None
    speaker_name: str | None
    quote: Quote
    text: str


def statement_inputs(pairs: Sequence[tuple[Article, ArticleAnalysis]],
                     actors: Sequence[CorpusActor]) -> list[QuoteInput]:
    """Every quote of the articles as the statement grouper sees it: a speaker resolved to a corpus actor is
    named by it, so one person's quotes group across outlets however each outlet spells the name."""
    actor_of = {member: actor for actor in actors for member in actor.members}
    inputs = []
    for article, analysis in pairs:
        for quote in analysis.quotes:
            speaker = actor_of.get((article.id, quote.speaker_actor)) if quote.speaker_actor else None
            inputs.append(QuoteInput(
                article_id=article.id, outlet=article.outlet, published=article.published,
                speaker_id=speaker.id if speaker else None,
                speaker_name=speaker.name if speaker else quote.speaker_text,
                quote=quote, text=" … ".join(article.text[start:end] for start, end in quote.content)))
    return inputs


# ---------------------------------------------------------------- vectors


class WordVectors:
    """``text -> (n, d)`` matrix: one unit row per distinct content word or modality marker, cached per text."""

    _PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")

    def __init__(self, nlp=None) -> None:
        if nlp is None:
            from ..analyse.nlp import load_pipeline

            nlp = load_pipeline()
        self.nlp = nlp
        self.dim = int(nlp.vocab.vectors.shape[1]) or 300
        self._texts: dict[str, np.ndarray] = {}
        self._words: dict[str, np.ndarray] = {}

    def words(self, doc) -> list[str]:
        """Content lemmas (no stop words, no stance adverbs) and modality markers of a parsed text, in order."""
        stop = self.nlp.Defaults.stop_words
        out: list[str] = []
        for token in doc:
            lower = token.lower_
            marker = MODALITY.get(lower)
            if marker:
                word = marker
            elif token.is_stop or token.is_punct or token.is_space or lower in STANCE_ADVERBS:
                continue
            elif token.is_alpha or token.like_num:
                word = (token.lemma_ or token.text).lower()
                if word in stop or word in STANCE_ADVERBS or (len(word) < 2 and not word.isdigit()):
                    continue
            else:
                continue
            if word not in out:
                out.append(word)
        return out

    def word_vector(self, word: str) -> np.ndarray:
        vector = self._words.get(word)
        if vector is None:
            lexeme = self.nlp.vocab[word] if not word.startswith("<") else None
            if lexeme is not None and lexeme.has_vector:
                vector = np.asarray(lexeme.vector, dtype=np.float32)
            else:  # its own direction: nearly orthogonal to every other word, so it matches only itself
                seed = int.from_bytes(hashlib.sha1(word.encode("utf-8")).digest()[:8], "little")
                vector = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            vector = vector / (np.linalg.norm(vector) or 1.0)
            self._words[word] = vector
        return vector

    def vectorise(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Vectorise many texts in one batched spaCy pass (tagger and lemmatizer only) over the unseen ones."""
        todo = sorted({t for t in texts if t not in self._texts})
        if todo:
            enable = [name for name in self._PIPES if name in self.nlp.pipe_names]
            with self.nlp.select_pipes(enable=enable):
                for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=256)):
                    words = self.words(doc)
                    self._texts[text] = (np.stack([self.word_vector(w) for w in words]) if words
                                         else np.zeros((0, self.dim), dtype=np.float32))
        return [self._texts[t] for t in texts]

    def __call__(self, text: str) -> np.ndarray:
        return self.vectorise([text])[0]


@lru_cache(maxsize=1)
def default_vectors() -> WordVectors:
    """The spaCy md pipeline's word vectors, loaded once per process."""
    return WordVectors()


def _vectorise(vectoriser: Vectoriser, texts: list[str]) -> list[np.ndarray]:
    batch = getattr(vectoriser, "vectorise", None)
    if batch is not None:
        return batch(texts)
    cache: dict[str, np.ndarray] = {}
    for text in texts:
        if text not in cache:
            cache[text] = np.asarray(vectoriser(text), dtype=np.float32)
    return [cache[t] for t in texts]


# ---------------------------------------------------------------- parts of a quote

_PART = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[“\"‘]?[A-Z])|\s+…\s+|,?\s+and that\s+|;\s+")


def parts(text: str) -> list[str]:
    """Sentences and coordinated "… and that …" clauses of a quote (only if there are two or more)."""
    pieces = [p.strip(" “”\"'‘’,") for p in _PART.split(text)]
    pieces = [p for p in pieces if len(p.split()) >= 3]
    return pieces if len(pieces) > 1 else []


# ---------------------------------------------------------------- similarity


class _Vocabulary:
    """Distinct word rows of many texts (rows keyed by their bytes), with per-text type ids."""

    def __init__(self, matrices: Sequence[np.ndarray]) -> None:
        index: dict[bytes, int] = {}
        rows: list[np.ndarray] = []
        self.ids: list[np.ndarray] = []
        for m in matrices:
            own = set()
            for row in np.atleast_2d(np.asarray(m, dtype=np.float32)):
                if not row.size:
                    continue
                key = row.tobytes()
                if key not in index:
                    index[key] = len(rows)
                    norm = float(np.linalg.norm(row))
                    rows.append(row / norm if norm else row)
                own.add(index[key])
            self.ids.append(np.array(sorted(own), dtype=np.int64))
        self.rows = np.stack(rows) if rows else np.zeros((0, 1), dtype=np.float32)


def idf_weights(vocab: _Vocabulary, documents: Sequence[int]) -> np.ndarray:
    """Smoothed idf of every vocabulary row, counting each of the ``documents`` (text indices) once."""
    df = np.zeros(len(vocab.rows))
    for i in documents:
        df[vocab.ids[i]] += 1
    return np.log((len(documents) + 1) / (df + 1)) + 1


def cover_matrix(vocab: _Vocabulary, texts: Sequence[int], idf: np.ndarray, floor: float = WORD_FLOOR
                 ) -> np.ndarray:
    """``cover[a, b]``: idf-weighted mean, over the words of text ``texts[a]``, of its best (floored, rescaled)
    cosine with a word of text ``texts[b]``.

    One vocabulary × vocabulary product, one segmented maximum, one matrix product: no Python loop over pairs.
    """
    n = len(texts)
    cover = np.zeros((n, n), dtype=np.float32)
    used = np.unique(np.concatenate([vocab.ids[i] for i in texts])) if n else np.zeros(0, dtype=np.int64)
    if not len(used):
        return cover
    local = {int(u): k for k, u in enumerate(used)}
    rows = vocab.rows[used]
    sims = np.clip((rows @ rows.T - floor) / (1.0 - floor), 0.0, 1.0)
    np.fill_diagonal(sims, 1.0)
    ids = [np.array([local[int(u)] for u in vocab.ids[i]], dtype=np.int64) for i in texts]
    full = [b for b in range(n) if len(ids[b])]
    concat = np.concatenate([ids[b] for b in full])
    offsets = np.cumsum([0] + [len(ids[b]) for b in full])[:-1]
    best = np.zeros((len(used), n), dtype=np.float32)  # best[u, b]: best match of word u in text b
    step = max(1, 8_000_000 // len(concat))
    for start in range(0, len(used), step):
        best[start:start + step, full] = np.maximum.reduceat(sims[start:start + step][:, concat], offsets, axis=1)
    weights = np.zeros((n, len(used)), dtype=np.float32)
    for a, own in enumerate(ids):
        if len(own):
            w = idf[used[own]]
            weights[a, own] = w / w.sum()
    return weights @ best


class PairScorer:
    """Scores pairs of quote texts: vectorises every text and every part once, with idf over ``texts``.

    ``matrix(texts)`` gives the pair scores of any of those texts: 2-D vectors (one row per word) are aligned
    word by word (see the module docstring), 1-D vectors (sentence embeddings) compared by cosine; either way a
    pair keeps the best of its whole-text and part-to-part scores.
    """

    def __init__(self, vectoriser: Vectoriser, texts: Sequence[str], floor: float = WORD_FLOOR,
                 use_parts: bool = True) -> None:
        distinct = sorted(set(texts))
        self.pieces = {t: parts(t) if use_parts else [] for t in distinct}
        units = distinct + sorted({p for ps in self.pieces.values() for p in ps} - set(distinct))
        self.index = {u: k for k, u in enumerate(units)}
        self.matrices = _vectorise(vectoriser, units)
        self.floor = floor
        self.embeddings = all(np.ndim(m) == 1 for m in self.matrices)
        if self.embeddings:
            x = np.stack([np.asarray(m, dtype=np.float32) for m in self.matrices])
            norms = np.linalg.norm(x, axis=1, keepdims=True)
            self.unit_vectors = x / np.where(norms == 0, 1.0, norms)
        else:
            self.vocab = _Vocabulary(self.matrices)
            self.idf = idf_weights(self.vocab, [self.index[t] for t in texts])

    def matrix(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        units = texts + [p for t in texts for p in self.pieces[t]]
        rows = [self.index[u] for u in units]
        if self.embeddings:
            x = self.unit_vectors[rows]
            unit_sim = np.clip(x @ x.T, 0.0, 1.0)
        else:
            cover = cover_matrix(self.vocab, rows, self.idf, self.floor)
            unit_sim = (cover + cover.T) / 2
        if len(units) == len(texts):
            return unit_sim
        owner = np.array(list(range(len(texts))) + [i for i, t in enumerate(texts) for _ in self.pieces[t]])
        order = np.argsort(owner, kind="stable")
        starts = np.searchsorted(owner[order], np.arange(len(texts)))
        by_row = np.maximum.reduceat(unit_sim[order], starts, axis=0)
        return np.maximum.reduceat(by_row[:, order], starts, axis=1)


def similarity_matrix(texts: Sequence[str], vectors: Vectoriser | None = None, floor: float = WORD_FLOOR,
                      use_parts: bool = True) -> np.ndarray:
    """Pair scores of ``texts`` (idf over them), as :func:`group_statements` computes them for one speaker."""
    texts = list(texts)
    return PairScorer(vectors or default_vectors(), texts, floor, use_parts).matrix(texts)


_WORD = re.compile(r"\w+", re.UNICODE)


def overlap_matrix(texts: Sequence[str]) -> np.ndarray:
    """Jaccard overlap of the lower-cased word sets of texts: 1.0 for the same words, however ordered."""
    vocab: dict[str, int] = {}
    sets = [{vocab.setdefault(w, len(vocab)) for w in _WORD.findall(t.casefold())} for t in texts]
    x = np.zeros((len(texts), max(1, len(vocab))), dtype=np.float32)
    for i, words in enumerate(sets):
        x[i, sorted(words)] = 1.0
    inter = x @ x.T
    sizes = x.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - inter
    return np.where(union > 0, inter / np.where(union > 0, union, 1.0), 1.0)


# ---------------------------------------------------------------- clustering


def average_link(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-link agglomerative clusters of ``sim``: merge the best pair while it scores ≥ ``threshold``.

    Deterministic (ties go to the lowest index). Each row keeps its best partner, so a merge costs O(n) plus
    O(n) for each row whose best partner was one of the two merged clusters.
    """
    n = len(sim)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    s = np.array(sim, dtype=np.float64)
    np.fill_diagonal(s, -np.inf)
    size = np.ones(n)
    active = np.ones(n, dtype=bool)
    members = [[i] for i in range(n)]
    best = s.max(axis=1)
    partner = s.argmax(axis=1)
    while True:
        i = int(np.argmax(best))
        if best[i] < threshold:
            break
        i, j = sorted((i, int(partner[i])))
        merged = (size[i] * s[i] + size[j] * s[j]) / (size[i] + size[j])
        s[i], s[:, i] = merged, merged
        s[i, i] = -np.inf
        s[j, :], s[:, j] = -np.inf, -np.inf
        size[i] += size[j]
        active[j] = False
        members[i].extend(members[j])
        members[j] = []
        best[j] = -np.inf
        stale = np.union1d(np.flatnonzero(active & ((partner == i) | (partner == j))), [i])
        best[stale] = s[stale].max(axis=1)
        partner[stale] = s[stale].argmax(axis=1)
        fresh = active & (s[:, i] > best)
        best[fresh] = s[fresh, i]
        partner[fresh] = i
    return [sorted(m) for m in members if m]


# ---------------------------------------------------------------- grouping


def _sort_key(q: QuoteInput) -> tuple:
    return (q.speaker_id or "", q.article_id, q.quote.content, q.quote.kind, q.text)


def _variant(q: QuoteInput) -> QuoteVariant:
    return QuoteVariant(article_id=q.article_id, outlet=q.outlet, published=q.published, kind=q.quote.kind,
                        content=q.quote.content, text=q.text)


def _variant_key(v: QuoteVariant) -> str:
    return v.article_id + "@" + ",".join(f"{start}-{end}" for start, end in v.content)


def statement_id(variants: Sequence[QuoteVariant]) -> str:
    """Short hash of the sorted variant keys (article id and spans): the same quotes give the same id."""
    keys = sorted({_variant_key(v) for v in variants})
    return hashlib.sha1("|".join(keys).encode("utf-8")).hexdigest()[:12]


def _statement(group: Sequence[QuoteInput]) -> Statement:
    unique = {_variant_key(v): v for v in map(_variant, group)}
    variants = tuple(sorted(unique.values(), key=lambda v: (v.published or "", v.article_id, v.content)))
    names = sorted({q.speaker_name for q in group if q.speaker_name}, key=lambda name: (-len(name), name))
    return Statement(id=statement_id(variants), speaker=group[0].speaker_id,
                     speaker_name=names[0] if names else None, variants=variants)


def group_statements(quotes: Sequence[QuoteInput], vectors: Vectoriser | None = None,
                     threshold: float = THRESHOLD) -> tuple[Statement, ...]:
    """One :class:`Statement` per thing a speaker said, with every outlet's wording of it as a variant.

    ``vectors`` turns a text into a numpy array: 2-D (one row per word, compared by word alignment) or 1-D
    (a sentence embedding, compared by cosine; then ``threshold`` should be set for it). By default the spaCy
    md pipeline's word vectors (:class:`WordVectors`). Each distinct text is vectorised once.
    """
    ordered = sorted(quotes, key=_sort_key)
    by_speaker: dict[str | None, list[QuoteInput]] = {}
    for q in ordered:
        by_speaker.setdefault(q.speaker_id, []).append(q)
    known = [q for q in ordered if q.speaker_id is not None and len(by_speaker[q.speaker_id]) > 1]
    scorer = PairScorer(vectors or default_vectors(), [q.text for q in known]) if known else None
    statements: list[Statement] = []
    for speaker, group in by_speaker.items():
        if len(group) == 1:
            clusters = [[0]]
        elif speaker is None:
            clusters = average_link(overlap_matrix([q.text for q in group]), UNKNOWN_SPEAKER_THRESHOLD)
        else:
            clusters = average_link(scorer.matrix([q.text for q in group]), threshold)
        statements.extend(_statement([group[i] for i in cluster]) for cluster in clusters)
    return tuple(sorted(statements, key=lambda s: (s.speaker or "", s.id)))
