"""The brief of the examples and of the seeds: stories, threads, facts, contradictions; JSON as the schema says."""
import json

import jsonschema

from newsloom.present.brief_json import SCHEMA_PATH, brief_data

from .conftest import story_with


def test_brief_json_follows_the_schema(examples_brief, seeds_brief):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for built, _ in (examples_brief, seeds_brief):
        data = json.loads(json.dumps(brief_data(built)))
        jsonschema.validate(data, schema)


def test_examples_keep_the_dam_and_the_flood_apart(examples_brief):
    dam, flood = story_with(examples_brief, "Hallen Dam gave way"), story_with(examples_brief, "River Tiss")
    assert dam.id != flood.id and dam.thread != flood.thread
    assert "Dam" in dam.title and "Tiss" in flood.title


def test_examples_planted_contradictions_and_none_where_there_is_none(examples_brief):
    strikes = story_with(examples_brief, "Halvik")
    found = {(c.kind, c.what) for c in strikes.contradictions}
    assert ("number", "killed: at least 12 vs 8") in found
    assert any(kind == "denial" for kind, _ in found)
    for story in examples_brief[0].stories:
        if story.id != strikes.id:
            assert story.contradictions == (), story.title  # the dam's updated toll is a revision, not a dispute


def test_the_updated_report_replaces_its_first_version(examples_brief):
    dam = story_with(examples_brief, "Hallen Dam gave way")
    revised = [a for a in dam.articles if a.revision_of]
    assert len(revised) == 1
    assert revised[0].revision_of not in {a.id for a in dam.articles}


def test_seeds_are_one_thread_with_corroborated_facts_and_the_denial(seeds_brief):
    built, articles = seeds_brief
    threads = {s.thread for s in built.stories}
    assert len(threads) == 1 and sum(len(s.articles) for s in built.stories) == 5
    facts = [f for s in built.stories for f in s.facts]
    def support(fragment):
        return max((len(f.outlets) for f in facts if any(fragment in v.text for v in f.variants)), default=0)
    assert support("strike") >= 3
    assert support("Istanbul") >= 3
    denials = [c for s in built.stories for c in s.contradictions if c.kind == "denial"]
    assert any("non-existent" in v.text for c in denials for v in c.a.variants + c.b.variants)


def test_every_fact_variant_points_at_its_sentence(seeds_brief):
    built, articles = seeds_brief
    for story in built.stories:
        for f in story.facts:
            for v in f.variants:
                assert articles[v.article_id].text[v.sentence_span[0]:v.sentence_span[1]] == v.text
