"""Copies among the examples: the syndicated wire story is folded, the updated article is not a copy."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsloom.link.duplicates import DuplicateGroup, DuplicateIndex, containment, find_duplicates, shingles
from newsloom.records import Article


@pytest.fixture(scope="module")
def examples(examples_dir) -> dict[str, Article]:
    from newsloom.ingest import IngestOptions
    from newsloom.pipeline import extract

    articles = [a for a in extract([str(examples_dir)], IngestOptions()) if isinstance(a, Article)]
    return {a.source.rsplit("/", 1)[-1]: a for a in articles}


def test_syndicated_pair_is_one_group_with_the_wire_as_original(examples):
    meridian = examples["meridian_talverno_talks.txt"]
    ledger = examples["harbourledger_talverno_talks.txt"]
    groups = find_duplicates(examples.values())
    assert len(groups) == 1
    group = groups[0]
    assert isinstance(group, DuplicateGroup)
    # Meridian Wire has no publication date, the Harbour Ledger copy has one: the copy credits the wire
    assert group.original == meridian.id
    assert group.copies == (ledger.id,)
    assert 0.8 <= group.similarity < 1.0  # one sentence trimmed, headline changed


def test_updated_version_and_unrelated_articles_are_not_copies(examples):
    first, second = examples["dump.jsonl#1"], examples["dump.jsonl#2"]
    assert containment(shingles(first.text), shingles(second.text)) > 0.8  # nearly the same text ...
    grouped = {i for g in find_duplicates(examples.values()) for i in (g.original, *g.copies)}
    assert first.id not in grouped and second.id not in grouped  # ... but one report, updated
    flood_1, flood_2 = examples["dump.jsonl#3"], examples["feed.rss#2"]  # same event, two outlets' words
    assert flood_1.id not in grouped and flood_2.id not in grouped
    assert containment(shingles(flood_1.text), shingles(flood_2.text)) < 0.3


def test_same_text_at_another_address_is_a_copy(examples):
    first, second = examples["dump.jsonl#1"], examples["dump.jsonl#2"]
    elsewhere = replace(second, url="https://elsewhere.example/lusmark-dam", outlet="Elsewhere Daily",
                        published="2025-03-07T10:00:00+00:00")
    groups = find_duplicates([first, elsewhere])
    assert groups == (DuplicateGroup(first.id, (elsewhere.id,), groups[0].similarity),)


def test_incremental_index_in_any_order(examples):
    meridian = examples["meridian_talverno_talks.txt"]
    ledger = examples["harbourledger_talverno_talks.txt"]
    forward = DuplicateIndex()
    for article in examples.values():
        forward.add(article)
    backward = DuplicateIndex()
    for article in reversed(list(examples.values())):
        backward.add(article)
    assert forward.groups() == backward.groups() == find_duplicates(examples.values())
    # copy after original: add() names the original; original after copy: it reports nothing, but the group
    # now names it as original
    index = DuplicateIndex()
    assert index.add(meridian) is None
    assert index.add(ledger) == meridian.id
    index = DuplicateIndex()
    assert index.add(ledger) is None
    assert index.add(meridian) is None
    assert index.original_of(ledger.id) == meridian.id


def test_copy_with_added_boilerplate_and_same_article_twice():
    body = ["A bridge over the River Aln was closed on Monday after engineers found cracks in two of its "
            "piers, the regional roads agency said.",
            "Traffic is being diverted through the town centre, and the agency expects the closure to last "
            "at least three weeks while the piers are surveyed."]
    wire = Article.create("wire", body, outlet="Wire A", published="2025-01-02")
    paper = Article.create("paper", body + ["Sign up for the Paper B newsletter."], outlet="Paper B",
                           published="2025-01-02T18:00:00+00:00")
    index = DuplicateIndex()
    assert index.add(paper) is None
    assert index.add(wire) is None  # the earlier-published wire becomes the original
    assert index.groups() == (DuplicateGroup(wire.id, (paper.id,), index.groups()[0].similarity),)
    assert index.add(paper) == wire.id  # the same article (same id) again changes nothing
    assert len(index) == 2
    assert find_duplicates([]) == ()
