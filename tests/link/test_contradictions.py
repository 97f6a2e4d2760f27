"""Contradictions within a story: the planted ones are found with both sides, their outlets and exact sentences
(README section 3; seed 004's "Both things are non-existent"), and nothing else is flagged — not the other
corroborated facts, not an update's old figures, not two different floods (B: 14 dead, C: 5 dead), not even when
B and C are fed together. The timing policy for changing figures is tested on hand-made counts.
"""
from __future__ import annotations

import pytest

from newsloom.analyse.runner import stored_analysis
from newsloom.ingest import IngestOptions
from newsloom.link.contradiction_counts import Count, _interval
from newsloom.link.contradiction_numbers import _judge
from newsloom.link.contradictions import find_contradictions
from newsloom.link.fact_articles import ArticleInfo
from newsloom.link.facts import find_facts
from newsloom.pipeline import ingest_and_analyse
from newsloom.store import open_store

from .test_facts import example_stories, seed_pairs


@pytest.fixture(scope="module")
def seeds(seeds_dir, tmp_path_factory):
    return seed_pairs(seeds_dir, tmp_path_factory.mktemp("contra-seeds"))


@pytest.fixture(scope="module")
def stories(examples_dir, tmp_path_factory):
    return example_stories(examples_dir, tmp_path_factory.mktemp("contra-examples"))


@pytest.fixture(scope="module")
def thread(stories):
    pairs, copies = stories
    return find_contradictions(pairs["A"], copies)


def texts_of(side) -> list[str]:
    return [v.text for v in side.variants]


def has(side, text: str, outlet: str | None = None) -> bool:
    return any(text in v.text and (outlet is None or v.outlet == outlet) for v in side.variants)


def check_spans(contradictions, pairs) -> None:
    texts = {a.id: a.text for a, _ in pairs}
    for c in contradictions:
        for side in (c.a, c.b):
            assert side.variants and side.outlets
            for v in side.variants:
                start, end = v.sentence_span
                assert texts[v.article_id][start:end] == v.text
                assert start <= v.span[0] < v.span[1] <= end


# ---------------------------------------------------------------- the planted contradictions (A3)


def test_casualty_numbers_contradict_with_both_sides(thread, stories):
    numbers = {c.what: c for c in thread if c.kind == "number"}
    assert set(numbers) == {"killed: at least 12 vs 8", "wounded: more than 30 vs 23"}
    killed = numbers["killed: at least 12 vs 8"]
    assert killed.a.outlets == ("The Brennish Observer",) and killed.b.outlets == ("Northgate Post",)
    assert has(killed.a, "HALVIK – At least 12 people were killed and more than 30 wounded")
    assert has(killed.b, "Eight people were killed and 23 wounded, according to the Halvik District Hospital")
    wounded = numbers["wounded: more than 30 vs 23"]
    assert has(wounded.a, "more than 30 wounded") and has(wounded.b, "23 wounded")
    assert "different sources" in killed.note  # Brennish officials vs the hospital, order of reports unknown
    check_spans(thread, stories[0]["A"])


def test_dravetz_denial_against_the_reports_of_strikes(thread, stories):
    (denial,) = [c for c in thread if c.kind == "denial"]
    assert denial.a.value == "affirmed" and denial.b.value == "denied"
    assert set(denial.a.outlets) == set(denial.b.outlets) == {"The Brennish Observer", "Northgate Post"}
    assert has(denial.a, "when Kestovian aircraft struck three villages near the border town of Halvik")
    assert has(denial.a, "Kestovian drones and aircraft hit the villages of Selnik, Varro and Tesh")
    assert has(denial.b, "denied on Monday that Kestovian aircraft had crossed the border", "The Brennish Observer")
    assert has(denial.b, "There were no strikes, none", "Northgate Post")
    assert has(denial.b, "denied that his country’s forces had attacked Brennmark", "Northgate Post")
    # a threat of strikes is not a report of strikes; neither is a statement about the talks
    for text in texts_of(denial.a):
        assert "would" not in text.split(",")[0] and "threatened" not in text


def test_thread_has_no_other_contradiction(thread):
    """Precision: the thread's corroborated facts (talks, ceasefire, threat) contradict nothing."""
    assert sorted(c.kind for c in thread) == ["denial", "number", "number"]


def test_a3_alone_gives_the_same_contradictions(stories):
    pairs, copies = stories
    a3 = [p for p in pairs["A"] if p[0].outlet in ("The Brennish Observer", "Northgate Post")]
    found = find_contradictions(a3, copies)
    assert sorted((c.kind, c.what) for c in found if c.kind == "number") == [
        ("number", "killed: at least 12 vs 8"), ("number", "wounded: more than 30 vs 23")]
    assert [c.kind for c in found].count("denial") == 1


def test_contradictions_from_facts(stories):
    """Given facts instead of articles, the variants' sentences are parsed again and the numbers still clash."""
    pairs, copies = stories
    a3 = [p for p in pairs["A"] if p[0].outlet in ("The Brennish Observer", "Northgate Post")]
    found = find_contradictions(find_facts(a3, copies))
    assert "killed: at least 12 vs 8" in {c.what for c in found}
    check_spans([c for c in found if c.kind == "number"], a3)


# ---------------------------------------------------------------- seed 004: an affirmation against a denial


def test_seed_004_denial_of_airstrikes_and_civilian_deaths(seeds):
    found = find_contradictions(seeds)
    (denial,) = [c for c in found if c.kind == "denial"]
    assert has(denial.b, "Both things are non-existent at this time")
    assert has(denial.a, "Pakistani forces conducted overnight airstrikes inside Afghan territory")
    assert has(denial.a, "The strikes killed at least 10 civilians")
    assert denial.a.outlets == denial.b.outlets == ("Seed 004",)
    # policy: earlier strikes elsewhere ("air strikes that targeted the leader of the Pakistani Taliban in
    # Kabul", seed 003) are a different event and are not set against this denial
    assert not has(denial.a, "targeted the leader of the Pakistani Taliban")
    assert [c.kind for c in found] == ["denial"]
    check_spans(found, seeds)


# ---------------------------------------------------------------- no contradiction where there is none


def test_hallen_dam_story_has_none(stories):
    pairs, copies = stories
    assert find_contradictions(pairs["B"], copies) == ()
    assert find_contradictions(pairs["B"], copies, include_changes=True) == ()


def test_mirrin_story_has_none(stories):
    pairs, copies = stories
    assert find_contradictions(pairs["C"], copies) == ()


def test_two_floods_fed_together_do_not_contradict(stories):
    """B (14 dead at Brekka) and C (5 dead at Mirrin) name different places and days: never compared, even
    when a caller wrongly passes them as one story, and even C's own mention of B's 14 dead is kept apart."""
    pairs, copies = stories
    found = find_contradictions(pairs["B"] + pairs["C"], copies, include_changes=True)
    assert found == ()


def test_an_update_s_old_figures_do_not_contradict(examples_dir, tmp_path_factory, stories):
    """Even when the superseded first version ("at least nine", "built in 1986") is passed along with the rest of
    the story: same outlet as its update, and "at least nine" is consistent with 14."""
    pairs, copies = stories
    db = tmp_path_factory.mktemp("contra-update") / "x.db"
    with open_store(db) as store:
        ingest_and_analyse([str(examples_dir / "dump.jsonl")], IngestOptions(), store, workers=1)
        old = [a for a in store.articles() if a.revision_of is None and "nine" in a.text]
        assert len(old) == 1
        first = (old[0], stored_analysis(store, old[0].id))
    assert find_contradictions(pairs["B"] + [first], copies, include_changes=True) == ()


# ---------------------------------------------------------------- the policy on numbers


def count(value: str, number: float, published: str | None, source: str | None, outlet: str) -> Count:
    low, high, written = _interval(number, value)
    info = ArticleInfo(article_id=outlet, outlet=outlet, published=published, source=outlet.casefold())
    return Count(predicate="killed", victims="people", low=low, high=high, written=written, places=frozenset(),
                 days=frozenset(), source=source, info=info, sentence=(0, 1), span=(0, 1))


def test_intervals():
    assert _interval(12, "At least")[:2] == (12, float("inf"))
    assert _interval(30, "and more than")[:2] == (31, float("inf"))
    assert _interval(4000, "Nearly")[:2] == (3600, 4000)
    assert _interval(8, "")[:2] == (8, 8)


def test_a_rising_toll_at_known_times_is_a_change_not_a_contradiction():
    morning = count("", 9, "2025-03-06T09:10:00+00:00", "officials", "Outlet A")
    evening = count("", 14, "2025-03-06T18:45:00+00:00", "officials", "Outlet B")
    assert _judge(morning, evening)[0] == "change"
    lower_later = count("", 6, "2025-03-06T20:00:00+00:00", "officials", "Outlet B")
    assert _judge(morning, lower_later)[0] == "number"  # a toll does not fall: that is a disagreement


def test_unknown_order_flags_only_different_sources():
    a = count("", 9, "2025-03-06", "officials", "Outlet A")
    b = count("", 14, "2025-03-06T18:45:00+00:00", "officials", "Outlet B")
    assert _judge(a, b) is None  # one source, two figures, order unknown: perhaps a rising toll
    c = count("", 14, "2025-03-06T18:45:00+00:00", "the district hospital", "Outlet B")
    assert _judge(a, c)[0] == "number"


def test_overlapping_ranges_are_consistent(stories):
    """"at least 9" vs "at least 14" overlap: there is nothing to judge."""
    a, b = count("at least", 9, None, "x", "A"), count("at least", 14, None, "y", "B")
    assert not (a.high < b.low or b.high < a.low)
