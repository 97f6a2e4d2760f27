"""Facts of a story: one fact per thing several outlets state (each outlet's wording a variant), the outlets that
independently carry it (a syndicated copy is not a second source), who reported it first, and single-source
claims flagged as such.

The seeds (each file its own outlet, through a manifest) and the example corpus (README sections 1, 4 and 5)
are ingested and analysed into a temporary store once per module, as the pipeline does.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newsloom.ingest import IngestOptions
from newsloom.link.facts import Fact, find_facts
from newsloom.pipeline import current_analyses, ingest_and_analyse
from newsloom.store import open_store

STORIES = {  # the example corpus's stories, by source file (README "Events, stories and thread")
    "A": ("meridian_talverno_talks.txt", "harbourledger_talverno_talks.txt", "kestoviatoday_dravetz_warning.html",
          "brennishobserver_halvik_strikes.txt", "northgatepost_halvik_strikes.html"),
    "B": ("lusmarkchronicle_hallen_dam.html", "lusmarkchronicle_brekka_survivors.txt", "dump.jsonl#2",
          "feed.rss#1"),
    "C": ("dump.jsonl#3", "feed.rss#2"),
}


def analysed(paths: list[str], manifest: str, db: Path) -> list:
    with open_store(db) as store:
        ingest_and_analyse(paths, IngestOptions(manifest=manifest), store, workers=1)
        return current_analyses(store)


def seed_pairs(seeds_dir: Path, tmp: Path) -> list:
    manifest = tmp / "seeds.csv"
    lines = ["file,outlet"] + [f"{p},Seed {p.name[:3]}" for p in sorted(seeds_dir.glob("*.txt"))]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return analysed([str(seeds_dir)], str(manifest), tmp / "seeds.db")


def example_stories(examples_dir: Path, tmp: Path) -> tuple[dict[str, list], dict[str, str]]:
    """The example corpus as stories A (the Kestovia–Brennmark thread), B (Hallen Dam), C (Mirrin flood), and the
    syndicated copy (Harbour Ledger's talks story → Meridian Wire's)."""
    pairs = analysed([str(examples_dir)], str(examples_dir / "manifest.csv"), tmp / "examples.db")
    name = {a.id: a.source.replace("\\", "/").rsplit("/", 1)[-1] for a, _ in pairs}
    stories = {key: [p for p in pairs if name[p[0].id] in files] for key, files in STORIES.items()}
    by_name = {v: k for k, v in name.items()}
    copies = {by_name["harbourledger_talverno_talks.txt"]: by_name["meridian_talverno_talks.txt"]}
    return stories, copies


@pytest.fixture(scope="module")
def seed_facts(seeds_dir, tmp_path_factory):
    return find_facts(seed_pairs(seeds_dir, tmp_path_factory.mktemp("facts-seeds")))


@pytest.fixture(scope="module")
def example_facts(examples_dir, tmp_path_factory):
    stories, copies = example_stories(examples_dir, tmp_path_factory.mktemp("facts-examples"))
    assert [len(stories[k]) for k in "ABC"] == [5, 4, 2]  # line 1 of the dump is superseded by line 2
    return {key: find_facts(pairs, copies) for key, pairs in stories.items()}


def facts_with(facts, text: str, outlet: str | None = None) -> list[Fact]:
    return [f for f in facts if any(text in v.text and (outlet is None or v.outlet == outlet) for v in f.variants)]


def one_fact(facts, *wordings: tuple[str, str | None]) -> Fact:
    """The fact that carries every one of ``(sentence text, outlet)``: they must all be in one fact."""
    first = facts_with(facts, *wordings[0])
    found = [f for f in first if all(facts_with([f], *w) for w in wordings[1:])]
    assert found, f"no one fact carries all of {wordings}: {[(f.outlets, f.text) for f in first]}"
    return found[0]


# ---------------------------------------------------------------- seeds


def test_seeds_threat_to_strike_deep_into_afghanistan_is_one_fact_of_three_outlets(seed_facts):
    fact = one_fact(seed_facts, ("strike “deep into Afghanistan", "Seed 001"),
                    ("would strike “deep inside Afghanistan", "Seed 002"),
                    ("if we find the need to attack inside Afghanistan", "Seed 000"),
                    ("penetrate deep into Afghanistan", "Seed 002"),
                    ("We will strike, and we will certainly strike", "Seed 001"))
    assert {"Seed 000", "Seed 001", "Seed 002"} <= set(fact.outlets)
    assert not fact.single_source


def test_seeds_failure_of_the_istanbul_talks_is_one_fact_of_three_outlets(seed_facts):
    fact = one_fact(seed_facts, ("Talks between the two nations in Istanbul failed", "Seed 001"),
                    ("the talks between the two countries in Istanbul have failed", "Seed 000"))
    assert {"Seed 000", "Seed 001", "Seed 003"} <= set(fact.outlets)
    assert any("negotiations" in v.text for v in fact.variants if v.outlet == "Seed 003")


def test_seeds_information_minister_announcement_is_one_fact_apart_from_the_failure(seed_facts):
    fact = one_fact(seed_facts, ("Information Minister Ataullah Tarar announced", "Seed 001"),
                    ("Information Minister announced yesterday", "Seed 000"), ("Tarar confirmed", "Seed 003"))
    assert set(fact.outlets) >= {"Seed 000", "Seed 001", "Seed 003"}
    failure = facts_with(seed_facts, "Talks between the two nations in Istanbul failed")
    assert fact.id not in {f.id for f in failure}  # the announcement of the failure is a fact of its own


def test_seeds_turkish_and_qatari_mediation_is_one_fact_of_three_outlets(seed_facts):
    fact = one_fact(seed_facts, ("mediator countries Qatar and Turkey", "Seed 001"),
                    ("the mediating parties, namely Qatari and Turkish officials", "Seed 000"),
                    ("mediated by Turkey and Qatar", "Seed 003"))
    assert len(fact.outlets) == 3 and fact.kind == "phrase"
    assert "Qatar" in fact.text and "Turkey" in fact.text


def test_seeds_variants_point_at_their_exact_sentences(seeds_dir, tmp_path_factory, seed_facts):
    pairs = seed_pairs(seeds_dir, tmp_path_factory.mktemp("facts-spans"))
    texts = {a.id: a.text for a, _ in pairs}
    for fact in seed_facts:
        for v in fact.variants:
            start, end = v.sentence_span
            assert texts[v.article_id][start:end] == v.text
            assert start <= v.span[0] < v.span[1] <= end
        assert fact.single_source == (len(fact.outlets) == 1)


# ---------------------------------------------------------------- examples: corroborated facts


def test_examples_talks_collapsed_four_outlets_and_the_copy_not_counted(example_facts):
    facts = example_facts["A"]
    fact = one_fact(facts, ("broke down in the Seravian capital on Tuesday", "Meridian Wire"),
                    ("broke down in the Seravian capital on Tuesday", "The Harbour Ledger"),
                    ("collapsed on March 4 without a deal", "Northgate Post"))
    assert set(fact.outlets) == {"Meridian Wire", "Kestovia Today", "The Brennish Observer", "Northgate Post"}
    assert "The Harbour Ledger" not in fact.outlets  # the syndicated copy is a variant, not a second source
    # Meridian Wire reported it first; its date is known only from its copy
    assert fact.first_reported.outlet == "Meridian Wire"
    assert fact.first_reported.published == "2025-03-04T19:32:00+00:00"
    assert fact.first_reported.dated_by is not None


def test_examples_ceasefire_in_port_ammerl_three_outlets(example_facts):
    fact = one_fact(example_facts["A"], ("agreed to a ceasefire on February 21 in Port Ammerl", "Meridian Wire"),
                    ("agreed a ceasefire in Port Ammerl on February 21", "Kestovia Today"),
                    ("agreed to a , on February 21 in Port Ammerl", "The Brennish Observer"))
    assert set(fact.outlets) == {"Meridian Wire", "Kestovia Today", "The Brennish Observer"}


def test_examples_strikes_on_selnik_varro_tesh_two_outlets(example_facts):
    fact = one_fact(example_facts["A"], ("The strikes hit Selnik, Varro and Tesh", "The Brennish Observer"),
                    ("hit the villages of Selnik, Varro and Tesh", "Northgate Post"))
    assert set(fact.outlets) == {"The Brennish Observer", "Northgate Post"}


def test_examples_hallen_dam_death_toll_and_evacuation_three_outlets_each(example_facts):
    facts = example_facts["B"]
    three = {"Lusmark Chronicle", "The Harbour Ledger", "Northgate Post"}
    dam = one_fact(facts, ("the Hallen Dam in northern Lusmark burst early on Thursday", "The Harbour Ledger"),
                   ("The dam on the River Vesk burst before dawn", "Northgate Post"))
    assert set(dam.outlets) == three
    toll = one_fact(facts, ("At least 14 people were killed", "The Harbour Ledger"),
                    ("At least 14 people died", "Lusmark Chronicle"), ("killed at least 14 people", "Northgate Post"),
                    ("Fourteen people are confirmed dead", "Lusmark Chronicle"))
    assert set(toll.outlets) == three  # the HTML page and the survivors scrape are one outlet
    evacuated = one_fact(facts, ("about 4,000 residents had been moved", "Lusmark Chronicle"),
                         ("About 4,000 residents of Brekka spent Thursday night", "The Harbour Ledger"),
                         ("Some 4,000 people were evacuated to Ferrow", "Northgate Post"))
    assert set(evacuated.outlets) == three


def test_examples_mirrin_flood_two_outlets(example_facts):
    facts = example_facts["C"]
    dead = one_fact(facts, ("Five people died and about 1,200 were evacuated", "The Harbour Ledger"),
                    ("Five people died when the River Tiss", "Northgate Post"))
    assert set(dead.outlets) == {"The Harbour Ledger", "Northgate Post"}
    assert not facts_with([dead], "killed 14 people") or all("Five" in v.clause for v in dead.variants)


# ---------------------------------------------------------------- examples: single-source claims


@pytest.mark.parametrize("story, text, outlet", [
    ("A", "A Seravian diplomat told Meridian Wire that the talks foundered", "Meridian Wire"),
    ("A", "a draft agreement was ready for signature three times", "Kestovia Today"),
    ("A", "The Kestovian delegation returned to Rudna yesterday", "Kestovia Today"),
    ("A", "four of the dead were children", "Northgate Post"),
    ("B", "Tomas Wendt, a civil engineer", "Lusmark Chronicle"),
    ("B", "11 more are still missing", "Lusmark Chronicle"),
    ("B", "destroyed or damaged more than 600 homes", "Northgate Post"),
    ("B", "Water supplies to about 30,000 households have been cut", "Northgate Post"),
    ("C", "Three of the dead were found in a car", "The Harbour Ledger"),
])
def test_examples_single_source_claims_are_flagged(example_facts, story, text, outlet):
    facts = facts_with(example_facts[story], text)
    assert facts, text
    assert any(f.single_source and f.outlets == (outlet,) for f in facts), [(f.outlets, f.text) for f in facts]


def test_examples_syndicated_copy_never_makes_a_second_source(example_facts):
    diplomat = facts_with(example_facts["A"], "A Seravian diplomat told Meridian Wire")
    assert {v.outlet for f in diplomat for v in f.variants} == {"Meridian Wire", "The Harbour Ledger"}
    assert all(f.outlets == ("Meridian Wire",) and f.single_source for f in diplomat)
    for fact in example_facts["A"]:
        assert "The Harbour Ledger" not in fact.outlets


def test_examples_boilerplate_and_update_notes_are_not_facts(example_facts):
    for facts in example_facts.values():
        for fact in facts:
            for v in fact.variants:
                assert "Reporting by" not in v.text and "This story" not in v.text
                assert "An earlier version" not in v.text


def test_facts_are_deterministic(example_facts, examples_dir, tmp_path_factory):
    stories, copies = example_stories(examples_dir, tmp_path_factory.mktemp("facts-again"))
    again = find_facts(list(reversed(stories["B"])), copies)
    assert [(f.id, f.outlets, f.text) for f in again] == [(f.id, f.outlets, f.text) for f in example_facts["B"]]
