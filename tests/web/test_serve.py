"""`newsloom serve`: this machine only by default, and the dossiers built first when none are kept yet."""
from __future__ import annotations

import shutil

import uvicorn
from typer.testing import CliRunner

from newsloom.cli import app
from newsloom.store import open_store


def test_serve_builds_the_missing_dossiers_then_listens_on_localhost(examples_db, tmp_path, monkeypatch) -> None:
    db = tmp_path / "fresh.db"
    shutil.copy(examples_db, db)  # analysed, never briefed by this copy's read model
    with open_store(db) as store:
        store.keep_stories([])
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **options: calls.append((application, options)))
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    (application, options), = calls
    assert options == {"host": "127.0.0.1", "port": 8123, "log_level": "warning"}
    assert application.openapi_url == "/api/openapi.json"
    with open_store(db) as store:
        assert store.index.story_count() == 3
    again = CliRunner().invoke(app, ["serve", "--db", str(db)])
    assert "building the dossiers" not in again.output  # kept: not built again
