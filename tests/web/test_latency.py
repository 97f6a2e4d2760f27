"""The latency benchmark (benchmarks/web_latency.py) end to end on a small synthetic store: it builds, every
page and endpoint answers 200, and well inside the target (the 10,000-article figure is in the README)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from newsloom.store import open_store

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "web_latency.py"


def _benchmark():
    spec = importlib.util.spec_from_file_location("web_latency", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_on_a_small_store(tmp_path: Path) -> None:
    bench = _benchmark()
    db = tmp_path / "small.db"
    bench.build(db, 150, progress=lambda _: None)
    bench.build(db, 150, progress=lambda _: None)  # reused, not written again
    with open_store(db) as store:
        assert store.count_articles() == 150 and store.index.story_count() > 20
    figures = bench.measure(db, 3)
    assert len(figures) == 18
    assert max(p95 for _, p95 in figures.values()) < bench.TARGET_MS
