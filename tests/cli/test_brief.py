"""The dossier commands: stories, brief (text and JSON), quotes of one story, and run ending with the brief."""
import json

import jsonschema
from typer.testing import CliRunner

from newsloom.cli import app
from newsloom.present.brief_json import SCHEMA_PATH


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_stories_lists_each_story_with_its_outlets_and_dates(examples_db):
    result = invoke("stories", "--db", examples_db)
    assert result.exit_code == 0, result.output
    assert "Hallen Dam" in result.output and "River Tiss" in result.output
    assert "2025-03-06" in result.output and "Lusmark Chronicle" in result.output


def test_brief_json_validates_and_one_story_can_be_asked_for(examples_db, tmp_path):
    result = invoke("brief", "--db", examples_db, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    story = data["stories"][-1]["id"]
    out = tmp_path / "one.json"
    single = invoke("brief", "--db", examples_db, "--format", "json", "--story", story, "--out", out)
    assert single.exit_code == 0
    assert [s["id"] for s in json.loads(out.read_text())["stories"]] == [story]


def test_unknown_story_and_format_are_errors_not_crashes(examples_db):
    missing = invoke("brief", "--db", examples_db, "--story", "story-999999")
    assert missing.exit_code == 1 and "no story story-999999" in missing.output
    bad = invoke("brief", "--db", examples_db, "--format", "xml")
    assert bad.exit_code == 2
    quotes = invoke("quotes", "--db", examples_db, "--story", "nope")
    assert quotes.exit_code == 1 and "no story nope" in quotes.output


def test_quotes_of_one_story_only(examples_db):
    data = json.loads(invoke("brief", "--db", examples_db, "--format", "json").stdout)
    dam = next(s for s in data["stories"] if "Dam" in s["title"])
    result = invoke("quotes", "--db", examples_db, "--story", dam["id"])
    assert result.exit_code == 0
    assert "Solvay" in result.output and "Dravetz" not in result.output


def test_brief_text_shows_summary_with_outlets_and_contradictions(examples_db):
    result = invoke("brief", "--db", examples_db)
    assert result.exit_code == 0
    assert "contradiction (number) killed: at least 12 vs 8" in result.output
    assert "[Lusmark Chronicle; Northgate Post; The Harbour Ledger]" in result.output
