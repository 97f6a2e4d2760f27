"""The commands end to end, through typer's runner, on the seeds and the examples."""
import json
import shutil

from typer.testing import CliRunner

from newsloom.cli import app
from newsloom.store import open_store

runner = CliRunner()


def _invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_run_on_the_seeds_stores_five_articles(tmp_path, seeds_dir):
    db = tmp_path / "seeds.db"
    result = _invoke("run", seeds_dir, "--db", db)
    assert result.exit_code == 0, result.output
    assert "5 new, 0 revisions, 0 already stored, 0 failed" in result.output
    with open_store(db) as store:
        assert store.count_articles() == 5


def test_reingesting_stores_nothing_new_and_an_update_is_a_revision(tmp_path, examples_dir):
    db = tmp_path / "ex.db"
    first = _invoke("ingest", examples_dir, "--db", db)
    assert first.exit_code == 0, first.output
    assert "11 new, 1 revisions" in first.output  # dump.jsonl holds two versions of one URL
    again = _invoke("ingest", examples_dir, "--db", db)
    assert "0 new, 0 revisions, 12 already stored" in again.output
    with open_store(db) as store:
        revised = [a for a in store.articles() if a.revision_of]
        assert len(revised) == 1 and "at least 14 dead" in revised[0].title


def test_manifest_metadata_and_options_override_inference(tmp_path, examples_dir):
    db = tmp_path / "ex.db"
    _invoke("ingest", examples_dir / "brennishobserver_halvik_strikes.txt", "--db", db,
            "--manifest", examples_dir / "manifest.csv", "--outlet", "Override Daily")
    with open_store(db) as store:
        (article,) = list(store.articles())
    assert (article.outlet, article.outlet_how) == ("Override Daily", "given")
    assert article.published.startswith("2025-03-10") and article.published_how == "given"


def test_bad_items_are_named_the_rest_is_stored_and_the_exit_code_says_so(tmp_path, examples_dir):
    db = tmp_path / "bad.db"
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "empty.txt").write_text("")
    shutil.copy(examples_dir / "meridian_talverno_talks.txt", tmp_path / "good.txt")
    result = _invoke("ingest", tmp_path / "binary.txt", tmp_path / "empty.txt", tmp_path / "good.txt",
                     tmp_path / "missing.txt", "--db", db)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("error ")]
    assert len(lines) == 3 and all(str(tmp_path) in line for line in lines)
    assert "1 new" in result.output
    with open_store(db) as store:
        assert store.count_articles() == 1


def test_extract_writes_one_json_object_per_input_and_stores_nothing(tmp_path, examples_dir):
    result = _invoke("extract", examples_dir / "dump.jsonl", examples_dir / "feed.rss", "--jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [r["source"] for r in records] == [f"{examples_dir / 'dump.jsonl'}#{n}" for n in (1, 2, 3)] + \
        [f"{examples_dir / 'feed.rss'}#{n}" for n in (1, 2)]
    assert all(r["title"] and r["text"] and r["outlet"] and r["published"] and r["language"] == "en" for r in records)
    assert not (tmp_path / "newsloom.db").exists()


def test_articles_lists_and_show_displays_text_metadata_and_removed_boilerplate(tmp_path, examples_dir):
    db = tmp_path / "ex.db"
    _invoke("ingest", examples_dir / "brennishobserver_halvik_strikes.txt", "--db", db)
    listing = _invoke("articles", "--db", db)
    assert "Twelve killed as Kestovian strikes" in listing.output
    with open_store(db) as store:
        (article,) = list(store.articles())
    shown = _invoke("show", article.id[:8], "--db", db)
    assert shown.exit_code == 0
    assert "At least 12 people were killed" in shown.output
    assert "removed by the cleaner" in shown.output and "Sign up for our newsletter" in shown.output
    assert "⟨…⟩" in shown.output  # the stripped link in "agreed to a , on February 21"
    missing = _invoke("show", "ffffffff", "--db", db)
    assert missing.exit_code == 1
