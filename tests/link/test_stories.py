"""Stories and threads on the examples and the seeds, order independence, and the scale path."""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from newsloom.link.stories import StoryConfig, StoryIndex, cluster_stories
from newsloom.link.story_features import (StoryFeatures, detokenise, features_from_article, features_from_text,
                                          head_date, heuristic_names)
from newsloom.records import Article

A = ("meridian_talverno_talks.txt", "harbourledger_talverno_talks.txt", "kestoviatoday_dravetz_warning.html",
     "brennishobserver_halvik_strikes.txt", "northgatepost_halvik_strikes.html")
B = ("lusmarkchronicle_hallen_dam.html", "lusmarkchronicle_brekka_survivors.txt", "dump.jsonl#1",
     "dump.jsonl#2", "feed.rss#1")
C = ("dump.jsonl#3", "feed.rss#2")


@pytest.fixture(scope="module")
def examples(examples_dir) -> dict[str, Article]:
    from newsloom.ingest import IngestOptions
    from newsloom.pipeline import extract

    articles = [a for a in extract([str(examples_dir)], IngestOptions()) if isinstance(a, Article)]
    return {a.source.rsplit("/", 1)[-1]: a for a in articles}


@pytest.fixture(scope="module")
def example_features(examples) -> dict[str, StoryFeatures]:
    return {name: features_from_article(a) for name, a in examples.items()}


@pytest.fixture(scope="module")
def seeds(seeds_dir) -> list[Article]:
    from newsloom.clean import clean_document
    from newsloom.records import RawDocument

    return [clean_document(RawDocument(source=str(p), media_type="text/plain", body=p.read_text(encoding="utf-8")))
            for p in sorted(seeds_dir.glob("*.txt"))]


def _partition(index: StoryIndex, names: dict[str, str]) -> tuple[set, set]:
    """(stories, threads) as sets of frozensets of file names, independent of the ids the index chose."""
    stories: dict[str, set] = {}
    threads: dict[str, set] = {}
    for name, article_id in names.items():
        stories.setdefault(index.story_of(article_id), set()).add(name)
        threads.setdefault(index.thread_of(article_id), set()).add(name)
    return {frozenset(s) for s in stories.values()}, {frozenset(t) for t in threads.values()}


def _run(features: dict[str, StoryFeatures], order) -> tuple[set, set]:
    index = StoryIndex()
    for name in order:
        index.add(features[name])
    return _partition(index, {name: features[name].article_id for name in features})


def _same_group(groups: set, names) -> bool:
    return any(set(names) <= g for g in groups)


def test_examples_stories_and_threads(example_features):
    stories, threads = _run(example_features, list(example_features))
    assert _same_group(stories, B) and _same_group(stories, C)
    assert not _same_group(stories, B + C)  # a flood elsewhere: same kind, another event ...
    assert not _same_group(threads, B + C)  # ... and no follow-up of the dam collapse, though it mentions it
    assert _same_group(threads, A)  # talks fail -> threat -> strikes: one thread
    assert not _same_group(threads, A + B) and not _same_group(threads, A + C)


@pytest.mark.parametrize("seed", range(12))
def test_examples_in_any_order(example_features, seed):
    reference = _run(example_features, list(example_features))
    order = list(example_features)
    random.Random(seed).shuffle(order)
    assert _run(example_features, order) == reference


def test_syndicated_copy_joins_its_original_without_weight(example_features):
    index = StoryIndex()
    for name in ("meridian_talverno_talks.txt", "kestoviatoday_dravetz_warning.html"):
        index.add(example_features[name])
    original = example_features["meridian_talverno_talks.txt"].article_id
    result = index.add(example_features["harbourledger_talverno_talks.txt"], copy_of=original)
    assert result.story == index.story_of(original) and not result.new_story
    story = index.stories()[result.story]
    assert story[-1] == example_features["harbourledger_talverno_talks.txt"].article_id  # listed as a copy
    # adding the same article again changes nothing
    assert index.add(example_features["kestoviatoday_dravetz_warning.html"]).story == \
        index.story_of(example_features["kestoviatoday_dravetz_warning.html"].article_id)
    assert len(index) == 3


def test_seeds_one_thread_and_a_later_event(seeds):
    features = [features_from_article(a) for a in seeds]
    assert all(f.published is None for f in features)  # the seeds state no dates
    undated = cluster_stories(features)
    assert len({thread for _, thread in undated.values()}) == 1
    # The seeds give no dates, so words alone decide, and 004 (strikes, weeks later) reads like one more
    # report of the same dispute. Dated as the brief describes it (004 weeks after the talks failed), it
    # is a later event in the same thread.
    days = ["2025-10-30", "2025-10-30", "2025-10-29", "2025-10-29", "2025-11-26"]
    dated = [replace(f, published=d) for f, d in zip(features, days)]
    result = cluster_stories(dated)
    first_four = {result[f.article_id][0] for f in dated[:4]}
    later = result[dated[4].article_id][0]
    assert len(first_four) == 1 and later not in first_four
    assert len({thread for _, thread in result.values()}) == 1


def test_two_events_of_one_kind_at_different_times_stay_apart(example_features):
    # the same dam-collapse report, restated as if it were published five weeks later: same words, but a
    # report of a later event (no earlier report is five weeks old news of the same morning)
    b = [example_features[name] for name in B]
    late = replace(example_features["feed.rss#1"], article_id="later", published="2025-04-11")
    index = StoryIndex()
    for item in b + [late]:
        index.add(item)
    assert index.story_of("later") != index.story_of(b[0].article_id)
    assert index.thread_of("later") == index.thread_of(b[0].article_id)


def test_exact_and_ann_search_agree_on_examples(example_features):
    ann = cluster_stories(example_features.values())
    exact = cluster_stories(example_features.values(), StoryConfig(exact_search=True))
    assert ann == exact


def test_features_from_text_alone():
    text = ("Quake hits island off south Iran, five hurt\nNov 27, 2005\nA 5. 9 magnitude earthquake hit Qeshm "
            "island off Iran's southern coast on Sunday, injuring 120, 000 people, Qeshm Governor Mehdi "
            "Irannejad told ISNA. Police said the 36 - year - old man was safe.")
    assert "5.9 magnitude" in detokenise(text) and "120,000" in detokenise(text)
    assert "36-year-old" in detokenise(text)
    names = {t for _, _, t in heuristic_names(detokenise(text))}
    assert {"Qeshm", "Iran's", "Qeshm Governor Mehdi Irannejad", "ISNA"} <= names
    assert "Police" not in names and "Quake" not in names  # sentence start / headline words, not names
    assert head_date(text) == "2005-11-27"
    features = features_from_text("q", text)
    terms = dict(features.terms)
    assert "#5.9" in terms and "N:qeshm" in terms and "qeshm" in terms
    assert features.published == "2005-11-27" and "N:qeshm" in features.actors


def test_a_capital_after_a_colon_is_doubtful_like_a_sentence_start():
    text = ("Cumbria double murder: Son suspected of killing mother and sister had begged to stay in hospital\n"
            "John Jenkin, 23, had been sectioned in the week before the murders in Cumbria, police said.")
    names = {t for _, _, t in heuristic_names(text)}
    assert "Son" not in names and "Cumbria" in names
    assert "N:son" not in features_from_text("c", text).actors


def test_dates_in_tokenised_and_short_forms():
    # a tokenised numeric date, a two-digit year (POSIX pivot: 09 is 2009) and a date-time all give a day
    assert detokenise("Posted 04 / 28 / 09 07: 35 PM") == "Posted 04/28/2009 07:35 PM"
    assert features_from_text("a", "Kraft shooting\n9 / 10 / 2010 @ 1: 19PM\nA woman opened fire.").published \
        == "2010-09-10"
    assert head_date("Title here\nPUBLISHED: 22:07 GMT, 7 July 2012\nText.") == "2012-07-07"


@pytest.mark.parametrize("line, day", [
    ("MONDAY, MAY 23, 2005", "2005-05-23"),                # date lines in capitals
    ("10:55 P. M. FEB. 2, 2009", "2009-02-02"),
    ("9:53 AM, MON 22 JUL 2013", "2013-07-22"),
    ("Fri., May. 3, 2013 11:45 AM PDT", "2013-05-03"),     # a point after a full month name
    ("Sunday, November 27-2005 at 16:12", "2005-11-27"),   # a dash before the year
    ("Published: 2012.08.08 09:01 AM", "2012-08-08"),      # dotted ISO
    ("NASA TO LAUNCH IN MAY", None),                       # capitals but no date
])
def test_date_lines_as_sites_print_them(line, day):
    assert head_date(f"Some headline about an event\n{line}\nThe report begins here.") == day


def test_features_with_entities_from_spacy():
    from newsloom.analyse.nlp import load_pipeline

    nlp = load_pipeline()
    text = "Hasim Rahman lost to Wladimir Klitschko at the SAP Arena in Mannheim on Saturday."
    doc = nlp(text)
    features = features_from_text("k", text, entities=[(e.start_char, e.end_char, e.label_) for e in doc.ents])
    terms = dict(features.terms)
    assert "N:klitschko" in terms and "N:rahman" in terms


def _benchmark_module():
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "stories.py"
    spec = importlib.util.spec_from_file_location("newsloom_stories_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scale_path_small():
    bench = _benchmark_module()

    items = bench.synthetic(1500, seed=3)
    index = StoryIndex()
    for features, _ in items[:1400]:
        index.add(features)
    import time

    latencies = []
    for features, _ in items[1400:]:
        start = time.perf_counter()
        index.add(features)
        latencies.append(time.perf_counter() - start)
    latencies.sort()
    assert latencies[len(latencies) // 2] < 0.05
    assert index.candidate_recall([f.article_id for f, _ in items[1400:]]) >= 0.95
    pred = index.assignments()
    p, r, f1 = bench._pair_agreement([pred[f.article_id][0] for f, _ in items], [s for _, s in items])
    assert f1 > 0.9
    assert bench.main(["--scale", "300", "--queries", "20"]) == 0


def test_revisits_after_a_doubling_are_spread_over_placements():
    """When the corpus doubles every story is queued for a revisit, worked off a story or two per placement
    rather than all in the placement that crossed the doubling."""
    items = _benchmark_module().synthetic(1400, seed=5)
    index = StoryIndex()
    for features, _ in items[:1024]:  # the 1024th placement starts a new IDF epoch
        index.add(features)
    stories = len(index.stories())
    assert index._revisit_rate <= 2 and len(index._revisit_queue) >= stories - 2 * index._revisit_rate
    for features, _ in items[1024:]:
        index.add(features)
    assert not index._revisit_queue  # done long before the corpus doubles again
    assert len(index) == 1400


def test_features_from_an_analysis_give_the_same_stories(examples, example_features):
    from newsloom.analyse.article import analyse_parsed
    from newsloom.analyse.nlp import load_pipeline

    nlp = load_pipeline()
    analysed = {name: features_from_article(a, analyse_parsed(a, nlp(a.text), "test"))
                for name, a in examples.items()}
    assert dict(analysed["brennishobserver_halvik_strikes.txt"].terms).get("N:halvik")
    assert "2025-03-10" in analysed["brennishobserver_halvik_strikes.txt"].dates  # "overnight Sunday into Monday"
    assert _run(analysed, list(analysed)) == _run(example_features, list(example_features))


def test_copies_found_by_the_duplicates_stage_do_not_weigh_in(examples, example_features):
    from newsloom.link.duplicates import copy_map, find_duplicates

    copies = copy_map(find_duplicates(examples.values()))
    meridian = examples["meridian_talverno_talks.txt"].id
    assert copies == {examples["harbourledger_talverno_talks.txt"].id: meridian}
    result = cluster_stories(example_features.values(), copies=copies)
    assert result[examples["harbourledger_talverno_talks.txt"].id] == result[meridian]


def test_benchmark_ceiling_cuts_gold_stories_where_reports_are_days_apart(tmp_path):
    bench = _benchmark_module()
    data = tmp_path / "gold.jsonl"
    rows = [("a", "s1"), ("b", "s1"), ("c", "s1"), ("d", "s1"), ("e", "s2")]
    data.write_text("".join(f'{{"id": "{i}", "story": "{s}", "text": "x"}}\n' for i, s in rows))
    days = {"a": "2025-03-01", "b": "2025-03-02", "c": "2025-03-20", "d": None, "e": "2025-03-01"}
    features = [StoryFeatures(i, (("w", 1.0),), published=day) for i, day in days.items()]
    cut = bench._ceiling(data, features, 7)
    assert cut["a"] == cut["b"] == cut["d"] != cut["c"]  # 18 days apart: two parts; undated with the larger
    assert cut["e"] != cut["a"]
    assert len(set(bench._ceiling(data, features, 30).values())) == 2  # nothing that far apart: gold as is


@pytest.mark.parametrize("topic", [16, 22, 33])
def test_ecbplus_follow_ups_are_later_stories_of_one_thread(ecbplus_dev, topic):
    """A shooting, the charges and the verdict years on (ECB+ keeps them in one gold story): separate stories
    of one thread, while the other event of the same kind in the topic stays out of that thread."""
    docs = [d for d in ecbplus_dev if d["topic"] == topic]
    index = StoryIndex()
    for d in docs:
        index.add(features_from_text(d["id"], d["text"]))
    placed = index.assignments()
    follow = [placed[d["id"]] for d in docs if d["story"].endswith("ecbplus")]
    other = [placed[d["id"]] for d in docs if not d["story"].endswith("ecbplus")]
    (thread,) = {t for _, t in follow}
    assert len({s for s, _ in follow}) >= 2  # the events months or years apart are stories of their own
    assert all(t != thread for _, t in other)


@pytest.fixture(scope="module")
def ecbplus_stream(ecbplus_dev) -> dict[str, tuple[str, str]]:
    index = StoryIndex()
    for d in ecbplus_dev:
        index.add(features_from_text(d["id"], d["text"]))
    return index.assignments()


def test_ecbplus_next_day_development_is_a_story_of_the_same_thread(ecbplus_dev, ecbplus_stream):
    """Topic 1: Lindsay Lohan checks into a rehab centre the court did not approve (2 May 2013), leaves it and
    checks into the Betty Ford Center (3 May): two events a day apart, told with the same people, one thread
    (by the close link, found when the corpus has grown and the threads are revisited). Tara Reid's check-in,
    the other event of the same kind, stays out."""
    lohan = [ecbplus_stream[d["id"]] for d in ecbplus_dev if d["story"] == "1_ecbplus"]
    reid = [ecbplus_stream[d["id"]] for d in ecbplus_dev if d["story"] == "1_ecb"]
    threads = Counter(t for _, t in lohan)
    thread, size = threads.most_common(1)[0]
    assert size >= len(lohan) - 1
    assert len({s for s, t in lohan if t == thread}) >= 2
    assert all(t != thread for _, t in reid)


def test_ecbplus_later_report_of_a_dated_story_is_not_taken_by_an_undated_one(ecbplus_dev, ecbplus_stream):
    """Topic 35: Jamal Williams's arrest (dated, February) and, two months on, the city attorney weighing
    charges against him; Vincent Jackson's arrest (undated) is the other event of the same kind. The April
    reports are less like Jackson's story than Williams's, but only the time keeps them from the latter: they
    start a later story of Williams's thread instead of joining the undated one."""
    docs = [d for d in ecbplus_dev if d["topic"] == 35]
    placed = ecbplus_stream
    williams = [placed[d["id"]] for d in docs if d["story"] == "35_ecbplus"]
    jackson = [placed[d["id"]] for d in docs if d["story"] == "35_ecb"]
    (thread,) = {t for _, t in williams}
    assert len({s for s, _ in williams}) == 2  # the arrest and, weeks later, the charges
    assert all(t != thread for _, t in jackson)
    assert not {s for s, _ in williams} & {s for s, _ in jackson}


@pytest.mark.parametrize("topic", [5, 9, 11, 27, 30])
def test_ecbplus_undated_reports_of_another_event_are_split_off_by_their_dates(ecbplus_dev, ecbplus_stream,
                                                                               topic):
    """Two events of one kind told in the same names and words, one of them undated: the 76ers fire coach
    Maurice Cheeks and, years earlier, hire him (5); two sets of US rules on endangered species (9);
    Turkmenistan's elections of 2008 and 2013 (11); Microsoft's emergency Internet Explorer patches of 2008
    and 2013 (27); the undersea cable cuts of 2008 and 2011 (30). The first reports of the dated event joined
    the undated story; the undated reports fit together apart from the dated ones, so the dates divide the
    story, no merge or thread link joins the two again, and refinement does not carry the undated reports
    back into the dated event's thread one at a time. Undated reports of the dated event carry nothing
    that says which side they are on, so they are not counted."""
    docs = [(d, ecbplus_stream[d["id"]][1]) for d in ecbplus_dev if d["topic"] == topic]
    undated_event = Counter(t for d, t in docs if d["story"].endswith("_ecb"))
    thread, size = undated_event.most_common(1)[0]
    assert size >= sum(undated_event.values()) - 1  # the undated event stays whole, but for one report at most
    dated_reports = [d for d, t in docs if t == thread and d["story"].endswith("_ecbplus")
                     and features_from_text(d["id"], d["text"]).day is not None]
    assert not dated_reports


def test_ecbplus_undated_halves_of_a_split_naming_the_same_people_stay_one_thread(ecbplus_dev, ecbplus_stream):
    """Topic 23: Mark Vinar's fall from Mt Cook, told in undated one-sentence reports. A content split cuts
    the story by wording, not by event (without this rule: five reports and three in two threads); the halves
    name the same people and places, so they stay one thread."""
    vinar = Counter(ecbplus_stream[d["id"]][1] for d in ecbplus_dev if d["story"] == "23_ecb")
    assert vinar.most_common(1)[0][1] >= sum(vinar.values()) - 2


def test_dates_do_not_divide_one_event_with_a_few_undated_reports():
    """The permutation test asks the undated reports to fit together apart from the dated ones: reports of
    one event, three of them undated and worded like the rest, stay one story (with ``date_division_p`` = 1,
    which divides whenever it may, they would not)."""
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    tails = ["Vineyards burned.", "Roads were closed.", "Schools stayed shut.", "Flights were diverted.",
             "Ash fell on farms."]
    days = ["2021-03-01", "2021-03-02", None, "2021-03-03", "2021-03-04", None, "2021-03-05", "2021-03-06", None,
            "2021-03-07"]
    stories = []
    for p in (StoryConfig().date_division_p, 1.0):
        index = StoryIndex(StoryConfig(date_division_p=p))
        for n, day in enumerate(days):
            text = (f"Lava from the Etna volcano reached the village of Zafferana on {weekdays[n % 7]} as the "
                    "eruption went on. Civil protection officials in Catania evacuated two hundred residents "
                    "from Zafferana. " + tails[n % 5])
            index.add(replace(features_from_text(f"etna-{n}", text), published=day))
        stories.append(len(index.stories()))
    assert stories == [1, 2]
