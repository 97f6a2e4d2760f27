"""Nearest-neighbour search over story centroids, for placing an article among many stories quickly.

Sparse TF-IDF vectors are sketched into a fixed number of dimensions with the hashing trick (each word adds
its weight, with a sign, to one of ``dim`` buckets chosen by a stable hash), which keeps inner products in
expectation. Story centroids live in an HNSW index (``usearch``), so finding the candidate stories of a new
article costs about the same with 100 stories or 100,000; the candidates are then scored exactly on the sparse
vectors. Without ``usearch`` an exact (brute-force) numpy search with the same interface is used.
"""
from __future__ import annotations

import zlib
from typing import Mapping

import numpy as np

__all__ = ["Sketcher", "CentroidIndex", "ExactIndex", "make_index"]


class Sketcher:
    """Hashing-trick projection of sparse ``{term: weight}`` vectors into ``dim`` dense dimensions."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self._slots: dict[str, tuple[int, float]] = {}

    def _slot(self, term: str) -> tuple[int, float]:
        slot = self._slots.get(term)
        if slot is None:
            h = zlib.crc32(term.encode("utf-8"))
            slot = (h % self.dim, 1.0 if (h >> 31) & 1 else -1.0)
            if len(self._slots) < 2_000_000:
                self._slots[term] = slot
        return slot

    def sketch(self, vector: Mapping[str, float]) -> np.ndarray:
        out = np.zeros(self.dim, dtype=np.float32)
        for term, weight in vector.items():
            index, sign = self._slot(term)
            out[index] += sign * weight
        return out


class ExactIndex:
    """Brute-force cosine search (the fallback, and the reference the ANN is checked against)."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._rows: dict[int, int] = {}
        self._keys: list[int] = []
        self._matrix = np.zeros((64, dim), dtype=np.float32)

    def __len__(self) -> int:
        return len(self._rows)

    def upsert(self, key: int, vector: np.ndarray) -> None:
        vector = _unit(vector)
        row = self._rows.get(key)
        if row is None:
            row = len(self._keys)
            if row == len(self._matrix):
                self._matrix = np.vstack([self._matrix, np.zeros_like(self._matrix)])
            self._rows[key] = row
            self._keys.append(key)
        self._matrix[row] = vector

    def remove(self, key: int) -> None:
        row = self._rows.pop(key, None)
        if row is None:
            return
        last = len(self._keys) - 1
        if row != last:
            moved = self._keys[last]
            self._matrix[row] = self._matrix[last]
            self._keys[row] = moved
            self._rows[moved] = row
        self._keys.pop()
        self._matrix[last] = 0.0

    def search(self, vector: np.ndarray, count: int) -> list[int]:
        n = len(self._keys)
        if n == 0:
            return []
        scores = self._matrix[:n] @ _unit(vector)
        count = min(count, n)
        top = np.argpartition(-scores, count - 1)[:count]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [self._keys[i] for i in top]


class CentroidIndex:
    """HNSW (usearch) cosine index over story centroids, keyed by story number."""

    def __init__(self, dim: int) -> None:
        from usearch.index import Index

        self.dim = dim
        self._index = Index(ndim=dim, metric="cos", dtype="f32", connectivity=16, expansion_add=64,
                            expansion_search=64)
        self._present: set[int] = set()

    def __len__(self) -> int:
        return len(self._present)

    def upsert(self, key: int, vector: np.ndarray) -> None:
        if key in self._present:
            self._index.remove(key)
        self._index.add(key, _unit(vector))
        self._present.add(key)

    def remove(self, key: int) -> None:
        if key in self._present:
            self._index.remove(key)
            self._present.discard(key)

    def __getstate__(self) -> dict:
        """usearch's index is not picklable itself; its own serialisation is (the graph is kept, not rebuilt)."""
        return {"dim": self.dim, "present": self._present, "graph": bytes(self._index.save())}

    def __setstate__(self, state: dict) -> None:
        from usearch.index import Index

        self.dim, self._present = state["dim"], state["present"]
        self._index = Index.restore(bytearray(state["graph"]))
        self._index.expansion_add = self._index.expansion_search = 64

    def search(self, vector: np.ndarray, count: int) -> list[int]:
        if not self._present:
            return []
        matches = self._index.search(_unit(vector), min(count, len(self._present)))
        return [int(k) for k in matches.keys]


def make_index(dim: int, exact: bool = False):
    """An HNSW index when ``usearch`` is installed (and ``exact`` is false), else the exact one."""
    if not exact:
        try:
            return CentroidIndex(dim)
        except ImportError:
            pass
    return ExactIndex(dim)


def _unit(vector: np.ndarray) -> np.ndarray:
    vector = np.asarray(vector, dtype=np.float32)
    norm = float(np.linalg.norm(vector))
    if norm == 0.0:
        out = np.zeros_like(vector)
        out[0] = 1.0  # a zero vector has no direction; park it on an axis so the index accepts it
        return out
    return vector / norm
