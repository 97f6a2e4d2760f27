"""The split statistics on small hand-made vector sets whose answer is known."""
import numpy as np

from newsloom.link.story_split import _loo_fit, _loo_fits, best_split, division_p_value


def _two_events(rng, per_side=6, dim=40, noise=0.35):
    """Unit rows around two different centres (two events of one kind: a shared part and an own part)."""
    shared = rng.random(dim)
    centres = [shared + rng.random(dim), shared + rng.random(dim)]
    rows = [c + noise * rng.random(dim) * 3 for c in centres for _ in range(per_side)]
    matrix = np.array(rows)
    return matrix / np.linalg.norm(matrix, axis=1)[:, None], np.repeat([0, 1], per_side)


def test_many_fits_at_once_equal_one_at_a_time():
    rng = np.random.default_rng(1)
    matrix, _ = _two_events(rng)
    labels = np.stack([rng.integers(0, 2, len(matrix)) for _ in range(6)], axis=1)
    expected = [_loo_fit(matrix, labels[:, j]) for j in range(labels.shape[1])]
    assert np.allclose(_loo_fits(matrix @ matrix.T, labels), expected)


def test_a_division_along_the_content_is_significant_and_a_random_one_is_not():
    rng = np.random.default_rng(2)
    matrix, truth = _two_events(rng)
    assert division_p_value(matrix, truth) <= 0.01
    shuffled = np.array([0, 1] * 6)  # half of each event on each side
    assert division_p_value(matrix, shuffled) > 0.05


def test_one_event_has_no_significant_division():
    rng = np.random.default_rng(3)
    dim = 40
    centre = rng.random(dim)
    matrix = np.array([centre + rng.random(dim) for _ in range(12)])
    matrix /= np.linalg.norm(matrix, axis=1)[:, None]
    values = [division_p_value(matrix, rng.permutation(np.repeat([0, 1], 6)), seed=s) for s in range(5)]
    assert min(values) > 0.01


def test_p_value_is_reproducible():
    rng = np.random.default_rng(4)
    matrix, truth = _two_events(rng, noise=1.5)
    assert division_p_value(matrix, truth) == division_p_value(matrix, truth)


def test_best_split_finds_the_two_events():
    rng = np.random.default_rng(5)
    matrix, truth = _two_events(rng)
    labels, gain = best_split(matrix)
    assert gain > 0
    assert (labels == truth).all() or (labels != truth).all()
