"""The pipeline's kept dossiers: built once per story, reused while the story is unchanged, rebuilt after."""
import shutil

from newsloom import pipeline
from newsloom.ingest import IngestOptions
from newsloom.store import open_store


def test_a_kept_dossier_is_reused_until_its_story_changes(tmp_path, examples_db, examples_dir, monkeypatch):
    db = tmp_path / "kept.db"
    shutil.copy(examples_db, db)
    with open_store(db) as store:
        first, failures = pipeline.brief(store)
        assert not failures
        dam = next(s for s in first.stories if "Dam" in s.title)

        def must_not_build(*args):
            raise AssertionError("an unchanged story was built again")

        monkeypatch.setattr(pipeline, "build_story", must_not_build)
        again, failures = pipeline.brief(store)
        assert not failures and again.stories == first.stories
        assert pipeline.kept_dossier(store, dam.id) == dam
        monkeypatch.undo()

        follow_up = tmp_path / "follow_up.txt"
        follow_up.write_text(
            "Hallen Dam inquiry opens in Brekka\n\n"
            "BREKKA, Lusmark, March 8, 2025 — Investigators began examining the spillway of the Hallen Dam on "
            "Saturday, two days after the dam on the River Vesk burst and flooded Brekka, killing at least 14 "
            "people, the Lusmark Civil Protection Agency said.\n\n"
            "Ruben Aske, the head of the agency, said the first findings of the inquiry into the collapse would "
            "be made public. Nearly 4,000 Brekka residents remain in shelters in Ferrow.\n", encoding="utf-8")
        pipeline.ingest_and_analyse([str(follow_up)], IngestOptions(outlet="Vesk Valley Times"), store, workers=1)
        later, failures = pipeline.brief(store)
    assert not failures
    grown = next(s for s in later.stories if any(a.outlet == "Vesk Valley Times" for a in s.articles))
    assert grown.id == dam.id and len(grown.articles) == len(dam.articles) + 1
    assert "Vesk Valley Times" in grown.outlets
