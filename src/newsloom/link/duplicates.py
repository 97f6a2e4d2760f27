"""Exact and near copies: one report republished by other outlets (a wire story, a syndicated article).

A copy is the same body of text under another outlet or address, give or take a headline, boilerplate or a
trimmed sentence. Copies are folded into one group with one **original**, so the dossier never counts a
copy as independent support.

How copies are found
--------------------
* Each article is cut into word 5-gram shingles (lower case, accents and punctuation dropped; the headline is
  not part of the body). Two reports that copy each other share nearly all shingles; two reports of one event
  written independently share few, even when they quote the same statement.
* A MinHash signature (128 hashes, numpy) estimates Jaccard similarity; locality-sensitive hashing (32 bands
  of 4 rows) turns up every pair with Jaccard above about 0.3 as a candidate without comparing all pairs.
* Each candidate pair is checked on the exact shingle sets: it is a copy when at least ``containment``
  (80%) of the shorter text's shingles occur in the other. Containment, not Jaccard, because a copy that
  drops a paragraph or adds a boilerplate block is still a copy.
* An **updated version** is not a copy: articles at the same URL, or one marked ``revision_of`` the other,
  are revisions of one report (a newer death toll, a corrected figure), left to the revision logic.

Which one is the original
-------------------------
An article whose outlet the other copies name as their source ("(Meridian Wire)" in the dateline,
"World news | Meridian Wire") is the original; otherwise the earliest published, then the earliest
fetched, then the smallest id (so the choice never depends on input order). An unknown publication date
does not count as early.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Sequence

import numpy as np

from ..records import Article

__all__ = ["DuplicateGroup", "DuplicateIndex", "find_duplicates", "copy_map", "shingles", "containment"]

SHINGLE = 5
PERMUTATIONS = 128
BANDS = 32
CONTAINMENT = 0.8
_PRIME = (1 << 31) - 1
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """One report and its copies: ``similarity`` is the lowest containment between the original and a copy."""

    original: str
    copies: tuple[str, ...]
    similarity: float


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def shingles(text: str, size: int = SHINGLE) -> np.ndarray:
    """Sorted unique 32-bit hashes of the text's word ``size``-grams (the whole text if it is shorter)."""
    words = _WORD.findall(_fold(text))
    if not words:
        return np.zeros(0, dtype=np.uint32)
    grams = [" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))]
    hashes = [int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=4).digest(), "little")
              for g in grams]
    return np.unique(np.array(hashes, dtype=np.uint32))


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller shingle set found in the other."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / min(len(a), len(b))


class _MinHash:
    def __init__(self, permutations: int = PERMUTATIONS, seed: int = 20250304) -> None:
        rng = np.random.default_rng(seed)
        self.a = rng.integers(1, _PRIME, size=permutations, dtype=np.int64)
        self.b = rng.integers(0, _PRIME, size=permutations, dtype=np.int64)

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        if len(hashes) == 0:
            return np.full(len(self.a), _PRIME, dtype=np.int64)
        x = (hashes.astype(np.int64) % _PRIME)[None, :]
        values = (self.a[:, None] * x + self.b[:, None]) % _PRIME
        return values.min(axis=1)


def _body(article: Article) -> str:
    return article.text


def _published_key(article: Article) -> tuple[int, float]:
    value = article.published
    if not value:
        return (1, 0.0)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return (1, 0.0)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return (0, moment.timestamp())


def _fetched_key(article: Article) -> float:
    moment = article.fetched_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _outlet_names(article: Article) -> list[str]:
    if not article.outlet:
        return []
    name = _fold(article.outlet).strip()
    names = [name]
    if name.startswith("the "):
        names.append(name[4:])
    return [n for n in names if len(n) >= 3]


def _credits(copy: Article, original: Article) -> bool:
    """Does ``copy`` name ``original``'s outlet as a source (in its text, byline or removed boilerplate)?"""
    if copy.outlet and original.outlet and _fold(copy.outlet) == _fold(original.outlet):
        return False
    names = _outlet_names(original)
    if not names:
        return False
    haystack = " ".join([copy.text, copy.byline or ""] + [r.text for r in copy.removed])
    haystack = " ".join(_WORD.findall(_fold(haystack)))
    return any(re.search(rf"\b{re.escape(' '.join(_WORD.findall(n)))}\b", haystack) for n in names)


def _same_report(a: Article, b: Article) -> bool:
    """Two versions of one report (same address, or one a revision of the other): not copies."""
    if a.url and b.url and a.url.rstrip("/") == b.url.rstrip("/"):
        return True
    return a.revision_of == b.id or b.revision_of == a.id


def choose_original(articles: Sequence[Article]) -> Article:
    """The original among copies: named as source by the others, else earliest published, then fetched."""
    def key(article: Article):
        credited = sum(1 for other in articles if other is not article and _credits(other, article))
        return (-credited, _published_key(article), _fetched_key(article), article.id)

    return min(articles, key=key)


class DuplicateIndex:
    """Incremental copy detection: :meth:`add` one article at a time.

    ``add`` returns the id of the original the article copies (``None`` when it copies nothing, or when it
    is itself the original of its group, which can happen when the original arrives after a copy; then
    :meth:`groups` reflects the new original).
    """

    def __init__(self, threshold: float = CONTAINMENT, bands: int = BANDS,
                 permutations: int = PERMUTATIONS) -> None:
        if permutations % bands:
            raise ValueError("permutations must be a multiple of bands")
        self.threshold = threshold
        self.bands = bands
        self.rows = permutations // bands
        self._minhash = _MinHash(permutations)
        self._articles: list[Article] = []
        self._shingles: list[np.ndarray] = []
        self._by_id: dict[str, int] = {}
        self._buckets: list[dict[bytes, list[int]]] = [{} for _ in range(bands)]
        self._group: list[int] = []           # article -> group number
        self._members: dict[int, list[int]] = {}
        self._similarity: dict[int, float] = {}

    def __len__(self) -> int:
        return len(self._articles)

    def add(self, article: Article) -> str | None:
        if article.id in self._by_id:  # the same text again: an exact copy of what is stored
            index = self._by_id[article.id]
            return self.original_of(self._articles[index].id) if self._is_copy(index) else None
        hashes = shingles(_body(article))
        signature = self._minhash.signature(hashes)
        index = len(self._articles)
        self._articles.append(article)
        self._shingles.append(hashes)
        self._by_id[article.id] = index
        self._group.append(index)
        self._members[index] = [index]
        candidates: set[int] = set()
        for band in range(self.bands):
            key = signature[band * self.rows:(band + 1) * self.rows].tobytes()
            bucket = self._buckets[band].setdefault(key, [])
            candidates.update(bucket)
            bucket.append(index)
        best: tuple[float, int] | None = None
        for other in sorted(candidates):
            if _same_report(article, self._articles[other]):
                continue
            value = containment(hashes, self._shingles[other])
            if value >= self.threshold and (best is None or value > best[0]):
                best = (value, other)
        if best is not None:
            self._merge(self._group[best[1]], index, best[0])
        return self.original_of(article.id) if self._is_copy(index) else None

    def _merge(self, group: int, index: int, value: float) -> None:
        old = self._group[index]
        for member in self._members.pop(old):
            self._group[member] = group
            self._members[group].append(member)
        self._similarity[group] = min(self._similarity.get(group, 1.0), value)

    def _original_index(self, group: int) -> int:
        members = self._members[group]
        chosen = choose_original([self._articles[i] for i in members])
        return self._by_id[chosen.id]

    def _is_copy(self, index: int) -> bool:
        group = self._group[index]
        return len(self._members[group]) > 1 and self._original_index(group) != index

    def original_of(self, article_id: str) -> str:
        """The original of the article's group (the article itself when it has no copies)."""
        index = self._by_id[article_id]
        return self._articles[self._original_index(self._group[index])].id

    def groups(self) -> tuple[DuplicateGroup, ...]:
        out = []
        for group, members in self._members.items():
            if len(members) < 2:
                continue
            original = self._original_index(group)
            copies = sorted(self._articles[i].id for i in members if i != original)
            out.append(DuplicateGroup(self._articles[original].id, tuple(copies),
                                      round(self._similarity.get(group, 1.0), 4)))
        return tuple(sorted(out, key=lambda g: g.original))


def find_duplicates(articles: Iterable[Article], threshold: float = CONTAINMENT) -> tuple[DuplicateGroup, ...]:
    """Groups of copies among ``articles`` (each group: the original and its copies)."""
    index = DuplicateIndex(threshold)
    for article in articles:
        index.add(article)
    return index.groups()


def copy_map(groups: Iterable[DuplicateGroup]) -> dict[str, str]:
    """``copy id -> original id`` for every copy in ``groups`` (what :func:`~.stories.cluster_stories` takes)."""
    return {copy: group.original for group in groups for copy in group.copies}
