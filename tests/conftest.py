"""Shared fixtures: where the seeds, the examples and the benchmark data are."""
from __future__ import annotations

from pathlib import Path

import csv

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
def ecbplus_dev() -> list[dict]:
    """The development half of the ECB+ story benchmark, one dict per document."""
    import json

    path = SHARED / "bench" / "stories" / "ecbplus_dev.jsonl"
    if not path.is_file():
        pytest.fail(f"the story benchmark is not at {path}: CI clones the project with ../shared beside it")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seed_texts(seeds_dir) -> dict[str, str]:
    """The five seed reports by their three-digit number ("000" ... "004")."""
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(seeds_dir.glob("*.txt"))}


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def analysed_seeds(seeds_dir):
    """Make a store holding the analysed seeds, with one manifest field (outlet, published, ...) set per
    seed number: ``analysed_seeds(folder, "outlet", {"000": ..., ...})`` returns the database path."""
    return lambda folder, field, values: _analysed_seeds(folder, seeds_dir, field, values)


@pytest.fixture(scope="session")
def seed_published() -> dict[str, str]:
    """The seeds' publication days as the outlets published them (the files state none): the threats on 29
    and 30 October 2025, the strikes and the minister's denial (004) on 26 November."""
    return {"000": "2025-10-30", "001": "2025-10-29", "002": "2025-10-30", "003": "2025-10-30", "004": "2025-11-26"}


#: Outlet names for the seeds (the files name none of their own in a form the cleaner can trust).
SEED_OUTLETS = {"000": "Outlet Zero", "001": "Outlet One", "002": "Outlet Two", "003": "Outlet Three",
                "004": "Moneycontrol"}


@pytest.fixture(scope="session")
def named_seeds_db(tmp_path_factory, analysed_seeds) -> Path:
    """The five seeds, analysed, each under its own outlet name (shared by every test that only reads it)."""
    return analysed_seeds(tmp_path_factory.mktemp("named-seeds"), "outlet", SEED_OUTLETS)


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory, examples_dir) -> Path:
    """The example corpus, ingested and analysed (shared by every test that only reads it)."""
    from newsloom.ingest import IngestOptions
    from newsloom.pipeline import ingest_and_analyse
    from newsloom.store import open_store

    db = tmp_path_factory.mktemp("examples") / "examples.db"
    with open_store(db) as store:
        report, analysed = ingest_and_analyse([str(examples_dir)], IngestOptions(), store, workers=1)
    assert report.ok and not analysed.failures
    return db


def _brief(db: Path):
    """The brief of a store, and all its articles by id (to check spans against)."""
    from newsloom.pipeline import brief
    from newsloom.store import open_store

    with open_store(db) as store:
        built, failures = brief(store)
        articles = {a.id: a for a in store.articles()}
    assert failures == []
    return built, articles


@pytest.fixture(scope="session")
def examples_brief(examples_db):
    """(Brief, articles by id) of the examples; linking keeps state in the store, so this writes to it once."""
    return _brief(examples_db)


@pytest.fixture(scope="session")
def seeds_brief(named_seeds_db):
    return _brief(named_seeds_db)


def _analysed_seeds(folder: Path, seeds_dir: Path, field: str, values: dict[str, str]) -> Path:
    from newsloom.ingest import IngestOptions
    from newsloom.pipeline import ingest_and_analyse
    from newsloom.store import open_store

    manifest = folder / "manifest.csv"
    with manifest.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", field])
        for path in sorted(seeds_dir.glob("*.txt")):
            writer.writerow([str(path), values[path.name[:3]]])
    db = folder / "seeds.db"
    with open_store(db) as store:
        ingest_and_analyse([str(seeds_dir)], IngestOptions(manifest=str(manifest)), store, workers=1)
    return db
