"""The best two-way split of a story's members (spectral bisection or farthest pair, then Hartigan moves on
the spherical k-means objective), and how much better it fits than the whole, leave-one-out."""
from __future__ import annotations

import numpy as np

def _hartigan(matrix: np.ndarray, labels: np.ndarray, rounds: int = 50) -> np.ndarray:
    """Hartigan moves for spherical 2-means: move a row when that raises ``‖Σ₀‖ + ‖Σ₁‖``."""
    sums = np.stack([matrix[labels == 0].sum(0), matrix[labels == 1].sum(0)])
    norms = np.linalg.norm(sums, axis=1)
    for _ in range(rounds):
        moved = False
        for i in range(len(matrix)):
            a = labels[i]
            if (labels == a).sum() <= 1:
                continue
            b = 1 - a
            new_a = np.linalg.norm(sums[a] - matrix[i])
            new_b = np.linalg.norm(sums[b] + matrix[i])
            if new_a + new_b > norms[a] + norms[b] + 1e-9:
                sums[a] -= matrix[i]
                sums[b] += matrix[i]
                norms[a], norms[b] = new_a, new_b
                labels[i] = b
                moved = True
        if not moved:
            break
    return labels


def _loo_fit(matrix: np.ndarray, labels: np.ndarray) -> float:
    """Mean cosine of each row to its group's centroid without itself."""
    total = 0.0
    for label in np.unique(labels):
        rows = matrix[labels == label]
        s = rows.sum(0)
        for row in rows:
            rest = s - row
            norm = np.linalg.norm(rest)
            total += float(row @ rest / norm) if norm > 0 else 0.0
    return total / len(matrix)


def best_split(matrix: np.ndarray) -> tuple[np.ndarray, float] | None:
    """Best two-way split of unit rows: spectral bisection and a farthest-pair seed, each refined by Hartigan
    moves; returns ``(labels, gain)`` with the leave-one-out fit gain over not splitting, or ``None``."""
    n = len(matrix)
    if n < 2:
        return None
    sims = matrix @ matrix.T
    inits = []
    weights = np.maximum(sims, 0.0)
    np.fill_diagonal(weights, 0.0)
    degree = weights.sum(1) + 1e-9
    inv = 1.0 / np.sqrt(degree)
    laplacian = np.eye(n) - inv[:, None] * weights * inv[None, :]
    _, vectors = np.linalg.eigh(laplacian)
    fiedler = vectors[:, 1] * inv
    inits.append((fiedler > np.median(fiedler)).astype(int))
    typical = matrix @ matrix.sum(0)
    first = int(np.argmin(typical))
    second = int(np.argmin(sims[first]))
    inits.append((sims[:, second] > sims[:, first]).astype(int))
    base = _loo_fit(matrix, np.zeros(n, dtype=int))
    best = None
    for labels in inits:
        if labels.min() == labels.max():
            continue
        labels = _hartigan(matrix, labels.copy())
        if labels.min() == labels.max():
            continue
        gain = _loo_fit(matrix, labels) - base
        if best is None or gain > best[1]:
            best = (labels, gain)
    return best


def _loo_fits(gram: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """:func:`_loo_fit` of many two-way labellings at once (one per column of ``labels``), from the rows'
    Gram matrix: each row's cosine to its group's centroid without itself, averaged."""
    n = len(gram)
    ones = labels.astype(np.float64)
    fits = np.zeros(labels.shape[1])
    diag = np.diag(gram)[:, None]                             # row · row
    for group in (ones, 1.0 - ones):
        to_group = gram @ group                               # row · (sum of its group)
        norm2 = np.einsum("ij,ij->j", group, to_group)        # ‖sum of the group‖²
        rest = np.sqrt(np.maximum(norm2[None, :] - 2 * to_group + diag, 0.0))
        cos = np.divide(to_group - diag, rest, out=np.zeros_like(rest), where=rest > 1e-12)
        fits += (cos * group).sum(0)
    return fits / n


def division_p_value(matrix: np.ndarray, labels: np.ndarray, draws: int = 1000, seed: int = 0) -> float:
    """How often a random division of the unit rows into groups of the same sizes fits them at least as well
    (:func:`_loo_fit`) as ``labels`` does: a permutation test of whether ``labels`` follows the content.
    1,000 draws put a p of 0.01 within about ±0.003; the seed is fixed so that the same story always gets
    the same answer."""
    labels = np.asarray(labels, dtype=int)
    gram = matrix @ matrix.T
    rng = np.random.default_rng(seed)
    drawn = rng.permuted(np.tile(labels, (draws, 1)), axis=1).T
    fits = _loo_fits(gram, np.concatenate([labels[:, None], drawn], axis=1))
    return float((1 + (fits[1:] >= fits[0] - 1e-12).sum()) / (draws + 1))
