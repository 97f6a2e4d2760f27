#!/usr/bin/env python3
"""Response time of every page type and API endpoint of ``newsloom serve`` on a store of 10,000 articles.

    .venv/bin/python benchmarks/web_latency.py [--articles 10000] [--requests 40] [--db out/web-latency/N.db]

The store is synthetic, made once and reused (``--db``, default ``out/web-latency/store-N.db``): running the
spaCy analysis and the link stage over 10,000 articles would take hours on this machine and measure nothing
the pages do. What the pages read is written the way the pipeline writes it: articles through
``Store.put_articles``; per article an analysis record (actors' mentions, time expressions, quotes) under the
analyse stage's name; per story a dossier (summary, facts with their outlets' sentences, contradictions,
statements, timeline, coverage) kept as ``dossier:<id>`` exactly as ``pipeline.brief`` keeps it, and indexed
with ``Store.index_story``. Stories have 1-12 articles from a pool of outlets, people and places, and their
texts a Zipfian vocabulary, so search and filters have realistic amounts to sift.

Each page and endpoint is then requested ``--requests`` times with varied arguments through FastAPI's
TestClient (the whole app: routing, queries, templates, middleware; no network), and the median and p95
times are printed. The target is under 300 ms; the exit code is 1 when any p95 misses it.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import zlib
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsloom.analyse.runner import STAGE  # noqa: E402
from newsloom.dossier import (Citation, OutletCoverage, StoryActor, StoryArticle, StoryDossier,  # noqa: E402
                              SummarySentence, TimelineEntry)
from newsloom.link.contradiction_records import Contradiction, Side  # noqa: E402
from newsloom.link.facts import Fact, FactVariant, FirstReport  # noqa: E402
from newsloom.records import (Actor, Article, ArticleAnalysis, Mention, Quote, QuoteVariant, Statement,  # noqa: E402
                              TimeRef)
from newsloom.serial import to_data  # noqa: E402
from newsloom.store import open_store  # noqa: E402
from newsloom.store.read_model import StoryFilter  # noqa: E402

TARGET_MS = 300
BUILT = "bench:web-latency"
FIRST, LAST = "Ada Bela Cora Dmitri Elif Farid Goran Hana Ivo Jana Kemal Lina Milan Nadia Omar Petra".split(), \
    "Asif Tarar Solvay Dravetz Kovac Novak Horvat Petrov Aydin Haddad Rossi Weber Silva Moreau Quinn".split()
PLACES = "Brekka Halvik Mirrin Talverno Ferrow Saalberg Rudna Selnik Varro Tesh Ostmaren Lusmark Kestovia".split()


def _vocabulary(rng: random.Random) -> list[str]:
    letters = "abcdefghiklmnoprstuvw"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(6000)]


class Corpus:
    """Synthetic stories: articles with text, per-article analyses, and each story's dossier."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.words = _vocabulary(self.rng)
        self.weights = [1 / (rank + 1) for rank in range(len(self.words))]
        self.outlets = [f"{p} {kind}" for p in PLACES for kind in ("Post", "Chronicle", "Wire")][:36]
        self.people = [f"{f} {l}" for f in FIRST for l in LAST]

    def sentence(self, names: list[str]) -> str:
        words = self.rng.choices(self.words, self.weights, k=self.rng.randint(12, 28))
        words[self.rng.randrange(len(words))] = self.rng.choice(names)
        return " ".join(words).capitalize() + "."

    def story(self, number: int, size: int) -> tuple[StoryDossier, list[Article], list[ArticleAnalysis]]:
        rng = self.rng
        names = rng.sample(self.people, 4) + rng.sample(PLACES, 2)
        day = 1 + number % 27
        outlets = rng.sample(self.outlets, min(size, len(self.outlets)))
        articles, analyses = [], []
        for i in range(size):
            paragraphs = [" ".join(self.sentence(names) for _ in range(rng.randint(2, 4))) for _ in range(8)]
            paragraphs.append(f'"{self.sentence(names)[:-1]}," {names[0]} said on Monday.')
            article = Article.create(f"synthetic/{number}/{i}.txt", paragraphs, outlet=outlets[i % len(outlets)],
                                     title=f"{names[4]}: {self.sentence(names)[:70]}",
                                     published=f"2025-{1 + number % 12:02d}-{min(day + i, 28):02d}",
                                     url=f"https://news{i}.example/{number}/{i}")
            articles.append(article)
            analyses.append(self._analysis(article, names))
        return self._dossier(f"story-{number:06d}", articles, names), articles, analyses

    def _analysis(self, article: Article, names: list[str]) -> ArticleAnalysis:
        text = article.text
        mentions = {}
        for name in names[:4]:
            at = text.find(name)
            while at != -1 and len(mentions.get(name, ())) < 20:
                mentions.setdefault(name, []).append(Mention(at, at + len(name), name, "name", "PERSON"))
                at = text.find(name, at + 1)
        actors = tuple(Actor(f"a{i}", name, "person", (name,), (), tuple(found))
                       for i, (name, found) in enumerate(mentions.items()))
        monday = text.rfind("Monday")
        quote_end = text.rfind('," ')
        return ArticleAnalysis(article.id, "bench", "en", actors=actors,
                               times=(TimeRef(monday, monday + 6, "Monday", "DATE", article.published),),
                               quotes=(Quote(((text.rfind('"', 0, quote_end) + 1, quote_end),), "direct"),))

    def _dossier(self, story_id: str, articles: list[Article], names: list[str]) -> StoryDossier:
        rng = self.rng

        def variant(a: Article, k: int) -> FactVariant:
            start = a.paragraph_spans()[k % 8][0]
            end = a.text.find(".", start) + 1
            return FactVariant(a.id, a.outlet, a.published, (start, end), (start, end), a.text[start:end],
                               a.text[start:end], a.outlet.lower())

        facts = []
        for k in range(min(40, 6 * len(articles))):
            carriers = rng.sample(articles, rng.randint(1, len(articles)))
            variants = tuple(variant(a, k) for a in carriers)
            facts.append(Fact(f"{story_id}-f{k}", variants[0].text, variants, tuple(a.outlet for a in carriers),
                              FirstReport(carriers[0].id, carriers[0].outlet, carriers[0].published),
                              len(carriers) == 1))
        statements = tuple(Statement(f"{story_id}-s{k}", f"p-{names[k % 4].lower().replace(' ', '-')}",
                                     names[k % 4], tuple(QuoteVariant(a.id, a.outlet, a.published, "direct",
                                                                      ((10, 60),), a.text[10:60])
                                                         for a in rng.sample(articles, rng.randint(1, len(articles)))))
                           for k in range(12))
        outlets = tuple(dict.fromkeys(a.outlet for a in articles))
        cite = [Citation(a.id, a.outlet, (0, 40)) for a in articles]
        contradictions = ()
        if len(facts) > 2:
            a, b = facts[0], facts[1]
            contradictions = (Contradiction(f"{story_id}-c", "number", "killed: 12 vs 8",
                                            Side("12 killed", a.variants, a.outlets), Side("8 killed", b.variants,
                                                                                           b.outlets)),)
        return StoryDossier(
            id=story_id, thread=f"thread-{story_id[6:]}", title=articles[0].title, first_date=articles[0].published,
            last_date=articles[-1].published,
            articles=tuple(StoryArticle(a.id, a.outlet, a.title, a.published, a.url) for a in articles),
            outlets=outlets, summary=tuple(SummarySentence(f.text, f.variants[0].article_id, f.variants[0].sentence_span,
                                                           f.outlets, tuple(cite)) for f in facts[:5]),
            actors=tuple(StoryActor(f"p-{n.lower().replace(' ', '-')}", n, "person", (n,), ("minister",), 10,
                                    tuple(a.id for a in articles)) for n in names[:4]),
            statements=statements, facts=tuple(facts), contradictions=contradictions,
            timeline=tuple(TimelineEntry(f"2025-{1 + k % 12:02d}-{1 + k:02d}", f.text, tuple(cite[:3]), f.outlets)
                           for k, f in enumerate(facts[:10])),
            coverage=tuple(OutletCoverage(o, tuple(a.id for a in articles if a.outlet == o), 5,
                                          tuple(f.id for f in facts if f.outlets == (o,)), ()) for o in outlets))


def build(db: Path, total: int, progress=print) -> None:
    """Write the synthetic store (articles, analyses, kept dossiers, read model) unless it is there already."""
    db.parent.mkdir(parents=True, exist_ok=True)
    with open_store(db) as store:
        if store.get_corpus_state(BUILT, str(total)) is not None:
            return
        corpus, made, number = Corpus(), 0, 0
        started = time.perf_counter()
        while made < total:
            size = min(total - made, corpus.rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 10, 12]))
            dossier, articles, analyses = corpus.story(number, size)
            store.put_articles(articles)
            for analysis in analyses:
                store.put_stage_result(STAGE, analysis.article_id, analysis.version, to_data(analysis))
            payload = zlib.compress(json.dumps(to_data(dossier), ensure_ascii=False).encode("utf-8"))
            store.put_corpus_state(f"dossier:{dossier.id}", "bench", payload)
            store.index_story(dossier, articles, "bench")
            made, number = made + size, number + 1
            if number % 200 == 0:
                progress(f"  {made} articles in {number} stories ({time.perf_counter() - started:.0f} s)")
        store.put_corpus_state(BUILT, str(total), b"done")


def requests(db: Path, count: int) -> dict[str, list[str]]:
    """For each page type and endpoint, ``count`` URLs with varied arguments drawn from the store."""
    rng = random.Random(11)
    with open_store(db) as store:
        stories = [s.id for s in store.index.stories(StoryFilter(limit=500)).items]
        actors = [a.id for a in store.index.actors(limit=300).items]
        outlets = [o.outlet for o in store.index.outlets().items]
        articles = [a.id for a in store.index.articles(limit=500).items]
    words = Corpus().words[:300] + PLACES
    pick = lambda items: [rng.choice(items) for _ in range(count)]  # noqa: E731
    return {
        "page: story list": ["/"] * count,
        "page: story list, search": [f"/?q={w}" for w in pick(words)],
        "page: story list, filters": [f"/?outlet={quote(o)}&from=2025-03-01&min_outlets=2" for o in pick(outlets)],
        "page: story": [f"/stories/{s}" for s in pick(stories)],
        "page: article": [f"/articles/{a}?span=0-80" for a in pick(articles)],
        "page: actor": [f"/actors/{a}" for a in pick(actors)],
        "page: actors": ["/actors"] * count,
        "page: outlet": [f"/outlets/{quote(o, safe='')}" for o in pick(outlets)],
        "page: search": [f"/search?q={w}" for w in pick(words)],
        "api: stories": [f"/api/stories?q={w}" for w in pick(words)],
        "api: story": [f"/api/stories/{s}" for s in pick(stories)],
        "api: actors": ["/api/actors?q=a"] * count,
        "api: actor": [f"/api/actors/{a}" for a in pick(actors)],
        "api: statements": [f"/api/statements?speaker={a}" for a in pick(actors)],
        "api: facts": [f"/api/facts?outlet={quote(o)}" for o in pick(outlets)],
        "api: articles": [f"/api/articles?outlet={quote(o)}" for o in pick(outlets)],
        "api: article": [f"/api/articles/{a}" for a in pick(articles)],
        "api: search": [f"/api/search?q={w}" for w in pick(words)],
    }


def measure(db: Path, count: int) -> dict[str, tuple[float, float]]:
    """(median, p95) in ms per page type, after one warm-up request each."""
    from fastapi.testclient import TestClient

    from newsloom.web.app import create_app

    figures = {}
    with TestClient(create_app(db)) as client:
        for name, urls in requests(db, count).items():
            client.get(urls[0])
            times = []
            for url in urls:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{name}: {url} answered {response.status_code}")
            times.sort()
            figures[name] = (statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    db = args.db or ROOT / "out" / "web-latency" / f"store-{args.articles}.db"
    started = time.perf_counter()
    build(db, args.articles)
    with open_store(db) as store:
        print(f"store: {db} — {store.count_articles()} articles, {store.index.story_count()} stories "
              f"(ready in {time.perf_counter() - started:.0f} s)")
    figures = measure(db, args.requests)
    print(f"{'page or endpoint':<28} {'median ms':>10} {'p95 ms':>8}")
    for name, (median, p95) in figures.items():
        print(f"{name:<28} {median:>10.1f} {p95:>8.1f}{'  over target' if p95 >= TARGET_MS else ''}")
    worst = max(p95 for _, p95 in figures.values())
    print(f"slowest p95: {worst:.1f} ms (target < {TARGET_MS} ms)")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
