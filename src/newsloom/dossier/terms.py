"""Word weights for comparing sentences within one story: TF-IDF over the story's own sentences.

The summary, the timeline and the title compare short texts of one story with each other; counting document
frequency over the story's sentences (not a general corpus) is what makes a word that every sentence of this
story repeats ("dam", "Brekka") weigh little, and a word that tells two of its sentences apart weigh much.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Mapping, Sequence

from ..records import Article, ArticleAnalysis

__all__ = ["words", "term_vector", "cosine", "sentence_idf"]

Pair = tuple[Article, ArticleAnalysis]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SHORT = 3  # words this short are mostly function words; TF-IDF needs no stop list beyond that


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text) if len(w) > _SHORT]


def term_vector(text: str, idf: Mapping[str, float]) -> dict[str, float]:
    """TF-IDF weights of a text's content words."""
    counts = Counter(words(text))
    return {w: (1 + math.log(c)) * idf.get(w, 1.0) for w, c in counts.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def sentence_idf(pairs: Sequence[Pair]) -> dict[str, float]:
    """Inverse document frequency of words over the story's sentences (a sentence is a document here)."""
    df: Counter = Counter()
    total = 0
    for article, analysis in pairs:
        for s in analysis.sentences:
            df.update(set(words(article.text[s.start:s.end])))
            total += 1
    return {w: math.log((1 + total) / (1 + n)) + 1 for w, n in df.items()}


