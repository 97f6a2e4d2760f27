"""Stores for the web tests: briefed copies of the examples and the seeds (the session fixtures are shared
with other tests, so they are copied before anything writes), and a hostile corpus whose titles, text, URLs
and outlet names carry injection payloads, run through the whole pipeline like any other."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsloom.ingest import IngestOptions
from newsloom.pipeline import brief, ingest_and_analyse
from newsloom.store import open_store
from newsloom.web.app import create_app

#: What an attacker would put in an article: markup, handlers, script URLs, in every field they control.
PAYLOADS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)",
            "<svg onload=alert(1)>", "'><a href=javascript:alert(1)>x</a>")

HOSTILE_ARTICLES = {
    "hostile_one.txt": {
        "outlet": "Evil <script>alert(1)</script> Times", "url": "javascript:alert(1)",
        "title": '"><img src=x onerror=alert(1)> Dam collapse kills 14 in Brekka', "published": "2025-03-06",
        "text": [
            "BREKKA — At least 14 people died after the Hallen Dam gave way early on Thursday, flooding the town "
            "of Brekka, officials said, as a banner reading <script>alert(1)</script> hung by the river.",
            '"The water came faster than anyone expected, \"><img src=x onerror=alert(1)>," Mayor Ingrid Solvay '
            "said on Thursday, standing outside the flooded town hall in Brekka.",
            "Rescue crews said someone had painted javascript:alert(1) on the wall of the pumping station, and "
            "evacuations continued through the night along the River Vesk.",
            "The Lusmark Civil Protection Agency said nearly 4,000 residents had been moved to shelters in Ferrow, "
            "the market town ten kilometres downstream of the dam.",
        ],
    },
    "hostile_two.txt": {
        "outlet": '"><svg onload=alert(1)> Post', "url": 'https://example.test/dam?x="><script>alert(1)</script>',
        "title": "Dam <b onmouseover=alert(1)>collapse</b>: death toll rises to 14", "published": "2025-03-07",
        "text": [
            "BREKKA — At least 14 people were killed when the Hallen Dam gave way early on Thursday and flooded "
            "the town of Brekka, officials said.",
            '"The water came faster than anyone expected," Mayor Ingrid Solvay said, adding that '
            "'><a href=javascript:alert(1)>x</a> had been scrawled on the dam's gate.",
            "Nearly 4,000 residents had been moved to shelters in Ferrow, ten kilometres downstream, the Lusmark "
            "Civil Protection Agency said on Friday.",
        ],
    },
}


def briefed_copy(source: Path, folder: Path) -> Path:
    """A copy of an analysed store with every story's dossier kept and indexed (what `newsloom run` leaves)."""
    db = folder / source.name
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{db}{suffix}")
    with open_store(db) as store:
        _, failures = brief(store)
    assert failures == []
    return db


@pytest.fixture(scope="session")
def examples_site_db(examples_db, tmp_path_factory) -> Path:
    return briefed_copy(examples_db, tmp_path_factory.mktemp("web-examples"))


@pytest.fixture(scope="session")
def seeds_site_db(named_seeds_db, tmp_path_factory) -> Path:
    return briefed_copy(named_seeds_db, tmp_path_factory.mktemp("web-seeds"))


@pytest.fixture(scope="session")
def hostile_site_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("web-hostile")
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "outlet", "url", "title", "published"])
        for name, article in HOSTILE_ARTICLES.items():
            (folder / name).write_text("\n\n".join(article["text"]) + "\n", encoding="utf-8")
            writer.writerow([name, article["outlet"], article["url"], article["title"], article["published"]])
    db = folder / "hostile.db"
    with open_store(db) as store:
        report, analysed = ingest_and_analyse([str(folder / name) for name in HOSTILE_ARTICLES],
                                              IngestOptions(manifest=str(folder / "manifest.csv")), store, workers=1)
        assert report.ok and not analysed.failures
        _, failures = brief(store)
    assert failures == []
    return db


def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


@pytest.fixture(scope="session")
def examples_client(examples_site_db):
    with client(examples_site_db) as opened:
        yield opened


@pytest.fixture(scope="session")
def seeds_client(seeds_site_db):
    with client(seeds_site_db) as opened:
        yield opened


@pytest.fixture(scope="session")
def hostile_client(hostile_site_db):
    with client(hostile_site_db) as opened:
        yield opened
