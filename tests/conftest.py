"""Shared fixtures: where the seeds, the examples and the benchmark data are."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the seeds are not at {SEEDS}: CI clones the project with ../shared beside it")
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts(seeds_dir) -> dict[str, str]:
    """The five seed reports by their three-digit number ("000" ... "004")."""
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(seeds_dir.glob("*.txt"))}


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
