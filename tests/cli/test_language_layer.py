"""The language layer through the main job: actors across the seeds, and dates with and without a known day."""
import pytest
from typer.testing import CliRunner

from newsloom.analyse.runner import stored_analysis
from newsloom.cli import app
from newsloom.ingest import IngestOptions
from newsloom.pipeline import corpus_actors, ingest_and_analyse
from newsloom.store import open_store


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory, analysed_seeds, seed_published):
    return analysed_seeds(tmp_path_factory.mktemp("dated"), "published", seed_published)


@pytest.fixture(scope="module")
def undated_store(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("undated") / "seeds.db"
    with open_store(db) as store:
        ingest_and_analyse([str(seeds_dir)], IngestOptions(), store, workers=1)
    return db


def _times(db, seed):
    with open_store(db) as store:
        article = next(a for a in store.articles() if seed in a.source)
        return {(t.text, t.value) for t in stored_analysis(store, article.id).times}


def test_actors_across_the_seeds_one_identity_each(dated_store):
    with open_store(dated_store) as store:
        actors, mentions = corpus_actors(store)
    by_name = {}
    for actor in actors:
        by_name.setdefault(actor.name, []).append(actor)
    for person in ("Khawaja Asif", "Ataullah Tarar", "Stephane Dujarric"):
        assert len(by_name[person]) == 1, person
    asif = by_name["Khawaja Asif"][0]
    assert {"Khawaja Mohammad Asif", "Asif Khawaja", "Asif"} <= set(asif.aliases)
    assert {role.title for role in asif.roles} == {"defence minister"}
    assert len({article for article, _ in asif.members}) == 5
    people = [a for a in actors if a.kind == "person"]
    surnames = [a.name.split()[-1] for a in people]
    assert len(surnames) == len(set(surnames)), "a person is split in two"
    taliban = {a.name: a for a in actors if "Taliban" in a.name or "TTP" in a.aliases}
    assert "Taliban" in taliban and "Tehrik-i-Taliban Pakistan" in taliban
    assert taliban["Taliban"].id != taliban["Tehrik-i-Taliban Pakistan"].id
    assert "TTP" in taliban["Tehrik-i-Taliban Pakistan"].aliases


def test_actors_command_lists_them_with_roles_and_dates(dated_store):
    result = CliRunner().invoke(app, ["actors", "--db", str(dated_store)])
    assert result.exit_code == 0
    rows = [line for line in result.output.splitlines() if line.startswith("│ Khawaja Asif ")]
    assert len(rows) == 1
    assert "defence minister of" in result.output and "2025-10-29" in result.output


def test_with_publication_dates_the_seeds_dates_are_on_the_calendar(dated_store):
    times = _times(dated_store, "003_")
    assert ("On Wednesday", "2025-10-29") in times or ("Wednesday", "2025-10-29") in times
    assert ("October 19", "2025-10-19") in times
    assert ("earlier this month", "2025-10") in times or ("earlier in the month", "2025-10") in times
    assert ("Saturday", "2025-10-25") in times  # "stated on Saturday" in a Thursday report: the past one
    assert ("yesterday", "2025-10-29") in _times(dated_store, "000_")


def test_without_them_relative_dates_stay_open(undated_store):
    times = _times(undated_store, "003_")
    assert ("October 19", "XXXX-10-19") in times
    assert all(value is None for text, value in times if "Wednesday" in text or text == "Saturday")
    assert ("yesterday", None) in _times(undated_store, "000_")
