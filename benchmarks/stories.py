#!/usr/bin/env python3
"""Story clustering benchmark: newsloom's online :class:`StoryIndex` on a stream of documents.

    benchmarks/stories.py --data FILE [--out PRED.tsv] [--level thread|story] [--scorer eval_clusters.py]
                          [--ner] [--robustness] [--errors]
    benchmarks/stories.py --scale N [--queries Q]

``--data``: FILE is JSONL laid out like ECB+'s ``ecbplus_dev.jsonl``. Only ``id`` and ``text`` are read to
predict; the documents go one at a time, in file order, through ``StoryIndex.add`` with the settings fixed
in :class:`newsloom.link.stories.StoryConfig`. Predictions (``id<TAB>cluster``) go to ``--out`` (or a temporary
file); the gold ``story`` field is copied from the same FILE to a temporary ``id<TAB>story`` file that only
the scorer (``eval_clusters.py`` next to FILE unless ``--scorer``) reads. Prints pairwise and BCubed P/R/F1
and documents per second (feature extraction and clustering separately). ``--ner`` takes names from spaCy's
NER (``en_core_web_md``) instead of capitalisation, and reports its cost.

``--level`` says which cluster is written and scored: the **thread** (default), an event with the follow-up
events linked to it, which is what a gold story of ECB+ is (22_ecbplus holds a shooting, the charges and, two
years on, the verdict), or the **story**, one event; the other level's figures are printed too.

``--robustness`` also scores every threshold at ±10% (and ``date_division_p``, a significance level, at half
and double), the two halves of the file separately, the index without its time penalty or actor checks
(ablations; the fixed settings are not changed by any of this), and the ceiling of the story level: the
gold stories themselves cut where their reports are more than ``time_window`` (and 1) days apart, as the
time rule asks of stories. ``--errors`` prints, after scoring, every gold story the prediction splits (with
each part's publication days) and every predicted story that mixes gold stories: the error analysis to start
from.

``--scale N``: N synthetic articles (sparse word/name vectors drawn from a Zipfian vocabulary, stories of
one of a few thousand "kinds" with their own names and dates, see :func:`synthetic`) are added; then
``--queries`` more are placed one at a time and the per-article placement latency (median, p95) is printed,
with the share of placements whose best story the ANN candidate search found (against exact search).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsloom.link.stories import StoryConfig, StoryIndex  # noqa: E402
from newsloom.link.story_features import StoryFeatures, features_from_text  # noqa: E402

#: The thresholds --robustness perturbs by ±10%, and the significance level it halves and doubles.
THRESHOLDS = ("join", "merge_ratio", "split_gain", "time_window", "close_link")
LEVELS = ("date_division_p",)


# ---------------------------------------------------------------------- the ECB+-style benchmark


def _read(path: Path) -> list[dict]:
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                docs.append({"id": str(record["id"]), "text": record["text"]})  # nothing else is read
    return docs


def _gold(path: Path) -> dict[str, str]:
    """Each document's gold story, for scoring and error analysis only (never seen by the clusterer)."""
    gold = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                gold[str(record["id"])] = str(record["story"])
    return gold


def _write_gold(path: Path, target: Path) -> None:
    """Gold for the scorer only: ``id<TAB>story`` from the same FILE."""
    with target.open("w", encoding="utf-8") as out:
        out.writelines(f"{doc}\t{story}\n" for doc, story in _gold(path).items())


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("eval_clusters", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _features(docs: list[dict], ner: bool) -> tuple[list[StoryFeatures], float, float]:
    """Features for every document; returns (features, seconds for features, seconds spent in spaCy)."""
    nlp_seconds = 0.0
    entities = [None] * len(docs)
    if ner:
        from newsloom.analyse.nlp import load_pipeline

        nlp = load_pipeline()
        start = time.perf_counter()
        with nlp.select_pipes(enable=["tok2vec", "ner"]):
            for i, doc in enumerate(nlp.pipe((d["text"] for d in docs), batch_size=32)):
                entities[i] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        nlp_seconds = time.perf_counter() - start
    start = time.perf_counter()
    features = [features_from_text(d["id"], d["text"], entities=entities[i]) for i, d in enumerate(docs)]
    return features, time.perf_counter() - start + nlp_seconds, nlp_seconds


def _cluster(features: list[StoryFeatures], config: StoryConfig,
             level: str = "thread") -> tuple[dict[str, str], dict[str, str], float]:
    """Stream the documents through one index: ``(clusters at level, the other level's, seconds)``; the
    level is "thread" (a story with its follow-up events) or "story" (one event)."""
    index = StoryIndex(config)
    start = time.perf_counter()
    for item in features:
        index.add(item)
    seconds = time.perf_counter() - start
    placed = index.assignments()
    stories = {k: v[0] for k, v in placed.items()}
    threads = {k: v[1] for k, v in placed.items()}
    return (threads, stories, seconds) if level == "thread" else (stories, threads, seconds)


def _score(scorer, gold_path: Path, pred: dict[str, str], ids: list[str] | None = None) -> dict:
    gold, _ = scorer.load_mapping(str(gold_path))
    if ids is not None:
        gold = {k: gold[k] for k in ids}
    aligned, _, _ = scorer.align(gold, pred, "singleton")
    return scorer.score(gold, aligned)


def _line(label: str, result: dict) -> str:
    pw, bc = result["pairwise"], result["bcubed"]
    return (f"{label:<28} pairwise F1={pw['F1']:.4f} P={pw['P']:.4f} R={pw['R']:.4f}   "
            f"BCubed F1={bc['F1']:.4f} P={bc['P']:.4f} R={bc['R']:.4f}   clusters={result['n_pred_clusters']}"
            f"/{result['n_gold_clusters']}")


def _errors(data: Path, pred: dict[str, str], features: list[StoryFeatures]) -> None:
    """Gold stories split by the prediction, and predicted stories that mix gold ones (read after scoring)."""
    from collections import Counter, defaultdict

    days = {f.article_id: f.published or "-" for f in features}
    gold = _gold(data)
    parts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    mixes: dict[str, Counter] = defaultdict(Counter)
    for doc, story in gold.items():
        parts[story][pred[doc]].append(days[doc])
        mixes[pred[doc]][story] += 1
    print("\nerrors: gold stories split (part sizes, each part's publication days)")
    for story, split in sorted(parts.items(), key=lambda item: -len(item[1])):
        if len(split) > 1:
            shown = sorted(split.values(), key=len, reverse=True)
            print(f"  {story:<14} " + " | ".join(f"{len(p)}: {','.join(sorted(set(p)))}" for p in shown))
    print("errors: predicted stories mixing gold stories")
    for story, counts in sorted(mixes.items()):
        if len(counts) > 1:
            print(f"  {story}  " + ", ".join(f"{g}×{n}" for g, n in counts.most_common()))


def _ceiling(data: Path, features: list[StoryFeatures], days: float) -> dict[str, str]:
    """The gold stories cut wherever their reports' publication days are more than ``days`` apart, undated
    reports put with the largest part: the best any clusterer can do that keeps reports that far apart in
    separate stories (a rule newsloom's own requirements ask for), scored like a prediction."""
    from collections import defaultdict

    gold = _gold(data)
    members = defaultdict(list)
    for f in features:
        members[gold[f.article_id]].append(f)
    cut = {}
    for story, items in members.items():
        dated = sorted((f.day, f.article_id) for f in items if f.day is not None)
        parts: list[list[tuple]] = []
        for day, article in dated:
            if parts and (day - parts[-1][-1][0]).days <= days:
                parts[-1].append((day, article))
            else:
                parts.append([(day, article)])
        largest = max(range(len(parts)), key=lambda k: len(parts[k])) if parts else 0
        for k, part in enumerate(parts):
            cut.update({article: f"{story}/{k}" for _, article in part})
        cut.update({f.article_id: f"{story}/{largest}" for f in items if f.article_id not in cut})
    return cut


def run_benchmark(args: argparse.Namespace) -> int:
    data = Path(args.data)
    scorer_path = Path(args.scorer) if args.scorer else data.with_name("eval_clusters.py")
    if not scorer_path.exists():
        print(f"error: no scorer at {scorer_path} (use --scorer)", file=sys.stderr)
        return 2
    scorer = _load_scorer(scorer_path)
    docs = _read(data)
    config = StoryConfig()
    features, feature_seconds, nlp_seconds = _features(docs, args.ner)
    pred, other, cluster_seconds = _cluster(features, config, args.level)
    other_level = "story" if args.level == "thread" else "thread"
    with tempfile.TemporaryDirectory() as tmp:
        gold_path = Path(tmp) / "gold.tsv"
        _write_gold(data, gold_path)
        out = Path(args.out) if args.out else Path(tmp) / "pred.tsv"
        with out.open("w", encoding="utf-8") as handle:
            for d in docs:
                handle.write(f"{d['id']}\t{pred[d['id']]}\n")
        print(f"{len(docs)} documents from {data.name}, streamed in file order; names from "
              f"{'spaCy NER' if args.ner else 'capitalisation'}; scored: each document's {args.level}")
        if args.out:
            print(f"predictions: {out}")
        # the scorer's own report, as its command line prints it
        scorer.main([str(gold_path), str(out)])
        print(_line(f"(the {other_level} level)", _score(scorer, gold_path, other)))
        n = len(docs)
        print(f"throughput: features {n / feature_seconds:,.0f} docs/s"
              + (f" (spaCy NER {n / nlp_seconds:,.1f} docs/s of it)" if args.ner else "")
              + f", clustering {n / cluster_seconds:,.0f} docs/s, end to end "
              f"{n / (feature_seconds + cluster_seconds):,.0f} docs/s")
        if args.errors:
            _errors(data, pred, features)
        if args.robustness:
            print("\nrobustness (settings fixed; each row changes one threshold or the input):")
            print(_line("as fixed", _score(scorer, gold_path, pred)))
            for name in THRESHOLDS + LEVELS:
                for factor in (0.5, 2.0) if name in LEVELS else (0.9, 1.1):
                    changed = replace(config, **{name: getattr(config, name) * factor})
                    p, _, _ = _cluster(features, changed, args.level)
                    print(_line(f"{name} x{factor:.1f} ({getattr(changed, name):.4g})",
                                _score(scorer, gold_path, p)))
            half = len(docs) // 2
            for label, part in (("first half of the file", slice(0, half)),
                                ("second half of the file", slice(half, None))):
                subset = features[part]
                p, _, _ = _cluster(subset, config, args.level)
                ids = [f.article_id for f in subset]
                print(_line(f"{label} ({len(ids)} docs)", _score(scorer, gold_path, p, ids)))
            for days in (config.time_window, 1):
                print(_line(f"story ceiling: cut at >{days:g} d", _score(scorer, gold_path,
                                                                         _ceiling(data, features, days))))
            for label, changed in (("without the time penalty", replace(config, time_window=1e9)),
                                   ("without the actor checks", replace(config, shared_actors=0)),
                                   ("without either", replace(config, time_window=1e9, shared_actors=0))):
                p, _, _ = _cluster(features, changed, args.level)
                print(_line(label, _score(scorer, gold_path, p)))
    return 0


# ---------------------------------------------------------------------- the scale benchmark


def synthetic(n: int, seed: int = 7, vocabulary: int = 200_000, kinds: int = 2_000):
    """``n`` synthetic articles in publication order, as ``(StoryFeatures, story number)`` pairs.

    Words follow a Zipf law (exponent 1.07) over ``vocabulary`` words; each story is one of ``kinds`` kinds
    of event (a kind has 40 words of its own, shared by all its stories: the "two earthquakes" case), has
    6-15 names and 25 words and 4 numbers of its own, and a date (about three new stories a day); a story's
    size follows a Pareto law (mean about 8 articles, at most 60). An article has 150-350 word tokens: 60%
    background, 20% kind words, 12% story words, 8% names; its date is its story's date plus 0-3 days.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    cumulative = np.cumsum(1.0 / np.arange(1, vocabulary + 1) ** 1.07)
    cumulative /= cumulative[-1]
    start_day = date(2020, 1, 1)
    stories, produced, sid = [], 0, 0
    while produced < n:
        size = int(min(60, int(rng.pareto(1.6)) + 1 + rng.integers(0, 6)))
        stories.append((sid, size, int(rng.integers(kinds)), int(rng.integers(6, 16)),
                        start_day + timedelta(days=int(sid * 0.35) + int(rng.integers(0, 4)))))
        produced += size
        sid += 1
    articles = []
    for sid, size, kind, n_names, day in stories:
        for member in range(size):
            length = int(rng.integers(150, 351))
            kinds_of_token = rng.random(length)
            counts: dict[str, int] = {}
            words = np.searchsorted(cumulative, rng.random(length))
            for r, w in zip(kinds_of_token, words):
                if r < 0.60:
                    word = f"w{w}"
                elif r < 0.80:
                    word = f"k{kind}_{w % 40}"
                elif r < 0.92:
                    j = w % 29
                    word = f"s{sid}w{j}" if j < 25 else f"#s{sid}x{j - 25}"
                else:
                    word = f"N:s{sid}n{w % n_names}"
                counts[word] = counts.get(word, 0) + 1
            terms = tuple(sorted((w, 1.0 + math.log(c)) for w, c in counts.items()))
            published = (day + timedelta(days=int(rng.integers(0, 4)))).isoformat()
            names = sorted((k for k in counts if k.startswith("N:")), key=lambda k: (-counts[k], k))
            article_id = f"a{sid}_{member}"
            articles.append((published, article_id, sid,
                             StoryFeatures(article_id, terms, published=published, actors=tuple(names[:6]))))
    articles.sort(key=lambda item: (item[0], item[1]))
    return [(a[3], a[2]) for a in articles[:n]]


def run_scale(args: argparse.Namespace) -> int:
    n, queries = args.scale, args.queries
    print(f"generating {n + queries:,} synthetic articles ...", flush=True)
    start = time.perf_counter()
    items = synthetic(n + queries)
    print(f"  {time.perf_counter() - start:.1f} s", flush=True)
    index = StoryIndex()
    start = time.perf_counter()
    report_every = max(1, n // 10)
    slowest = 0.0  # the longest single placement while loading (IDF epochs and revisits included)
    for i, (features, _) in enumerate(items[:n]):
        t0 = time.perf_counter()
        index.add(features)
        slowest = max(slowest, time.perf_counter() - t0)
        if (i + 1) % report_every == 0:
            print(f"  stored {i + 1:>9,} articles, {time.perf_counter() - start:7.1f} s", flush=True)
    print(f"stored {n:,} articles in {len(index.stories()):,} stories "
          f"({n / (time.perf_counter() - start):,.0f} articles/s while loading; "
          f"slowest placement {slowest * 1000:,.1f} ms)")
    latencies, found = [], 0
    for features, _ in items[n:n + queries]:
        t0 = time.perf_counter()
        index.add(features)
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
    print(f"placing one new article among {n:,} stored: median {statistics.median(latencies):.2f} ms, "
          f"p95 {p95:.2f} ms, max {latencies[-1]:.2f} ms over {len(latencies)} articles")
    truth = [story for _, story in items[:n + queries]]
    found = index.candidate_recall([f.article_id for f, _ in items[n:n + queries]])
    print(f"the article's own story was among the ANN candidates for {found:.1%} of the timed articles")
    pred = index.assignments()
    sample = items[:n + queries]
    pairs = _pair_agreement([pred[f.article_id][0] for f, _ in sample], truth)
    print(f"clustering of the synthetic stream: pairwise P={pairs[0]:.3f} R={pairs[1]:.3f} F1={pairs[2]:.3f}")
    return 0


def _pair_agreement(pred: list[str], gold: list[int]) -> tuple[float, float, float]:
    from collections import Counter

    cells = Counter(zip(gold, pred))
    tp = sum(c * (c - 1) // 2 for c in cells.values())
    pp = sum(c * (c - 1) // 2 for c in Counter(pred).values())
    gp = sum(c * (c - 1) // 2 for c in Counter(gold).values())
    p, r = (tp / pp if pp else 0.0), (tp / gp if gp else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="JSONL with id, text (and gold story/topic, read only by the scorer)")
    parser.add_argument("--out", help="where to write id<TAB>cluster predictions")
    parser.add_argument("--scorer", help="eval_clusters.py (default: next to --data)")
    parser.add_argument("--ner", action="store_true", help="names from spaCy NER instead of capitalisation")
    parser.add_argument("--robustness", action="store_true", help="also score thresholds ±10%% and file halves")
    parser.add_argument("--errors", action="store_true", help="print the gold stories split and merged")
    parser.add_argument("--level", choices=("thread", "story"), default="thread",
                        help="cluster written and scored: the thread (an event with its follow-ups, the unit of "
                             "ECB+'s gold stories; default) or the story (one event)")
    parser.add_argument("--scale", type=int, help="synthetic scale test with N stored articles")
    parser.add_argument("--queries", type=int, default=1000, help="articles timed after loading (--scale)")
    args = parser.parse_args(argv)
    if args.scale:
        return run_scale(args)
    if not args.data:
        parser.error("--data or --scale is required")
    return run_benchmark(args)


if __name__ == "__main__":
    sys.exit(main())
