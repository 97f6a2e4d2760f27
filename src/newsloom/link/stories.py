"""Stories (one real-world event each) and threads (events that follow from one another), built online.

:class:`StoryIndex` takes articles one at a time (:meth:`StoryIndex.add`) and puts each in an existing story
or starts a new one, without re-clustering what it already holds. A few local repairs keep early mistakes
from setting in; they touch only the story an article joined and its nearest neighbours.

How an article is placed
------------------------
Articles are TF-IDF vectors over words and names (:mod:`.story_features`); document frequencies are counted
as articles arrive, and vectors are recomputed lazily each time the corpus doubles (an "IDF epoch"). A story
keeps the sum of its members' unit vectors, so the **average cosine** between a new article and the story's
members is one dot product (``x · Σ / n``) whatever the story's size: the average-linkage similarity, whose
expected value does not drift as a story grows (a centroid cosine does). Candidate stories come from an
approximate nearest-neighbour index over story centroids (:mod:`.story_ann`) and are scored exactly; the best
is joined when its score is at least ``join``, otherwise the article starts a story. The score is the average
cosine, subject to two checks that tell "the same event" from "the same kind of event":

* **time**: when the article and the story both have publication dates and the article falls more than
  ``time_window`` days outside the story's dates, the similarity is multiplied by
  ``exp(-(gap - window) / time_scale)``: two floods a fortnight apart stay two stories however alike their
  wording. Without a date nothing is penalised (unknown is not "different");
* **actors**: the article must name one of the story's leading actors (its three most often salient
  people, organisations or places) and the story one of the article's three leading actors. A report on a
  flood in Mirrin that recalls last week's dam collapse in Brekka names Brekka, but its own leading actors
  (Mirrin, Ostmaren, the Tiss) appear nowhere in the dam story, so it does not join it.

A dated article whose best place is an undated story, while a dated story it is more like is penalised
for time, is a **later development** of that dated story: it starts a story of its own (in that story's
thread) rather than join the undated one, whose want of a date is no evidence that it fits. Two months
after a footballer's drink-driving arrest, reports of the charges would otherwise join an undated story of
a teammate's arrest. Such a story is not merged with an undated one it is less like than the one it follows.

``join`` = 0.18 is about the 5th-10th percentile of the average cosine between two reports of one event
(median about 0.35), and above the median for two events of one kind (about 0.14); the checks above and
the split repair catch the same-kind pairs that still pass it.

Repairs (the merge/split policy)
--------------------------------
* **Bridge merge.** When the new article is at least ``join`` similar to another story too, the two stories
  are merged if they are as similar to each other as the members of the looser of them are (average cross
  cosine ≥ ``merge_ratio`` × the lower of their within-story average cosines, and ≥ ``join``) and each names
  a leading actor of the other. The looser story sets the bar because a story of near-copies (one wire report
  rewritten) is far tighter than reports of one event usually are. A one-article story has no within
  similarity, so the floor alone applies.
* **Refinement.** Members of the joined story and of its nearest neighbour story (at least half ``join``
  similar) are reassigned between the two with Hartigan moves on the spherical k-means objective: a member
  moves when it fits the other story's centroid better than its own story's centroid without itself. This
  undoes an article that joined the wrong one of two similar stories before the other existed.
* **Split.** When a story has grown by half since it was last checked (and has at least ``2 × min_side``
  members), its best two-way split is found (spectral bisection or farthest pair, then Hartigan moves). It is
  split when its members sit, on average, ``split_gain`` (0.035, a tenth of a typical within-story
  similarity) closer in cosine to their half's centroid than to the whole story's, both leave-one-out, and
  both halves have at least ``min_side`` members. Two events of one kind merged early (the first report of
  the second event joined the first) separate this way. A story whose undated reports fit together apart
  from its dated ones is split so first, and refinement keeps to that division (:mod:`.story_repair`).
* **Revisit.** Each time the corpus doubles, every story is queued to be revisited with the new statistics,
  a few per placement (so no placement pays for the whole corpus): a one-article story is placed again and
  merged into a story it now fits (by the bridge-merge test), and each story tries the thread links below
  with its nearest stories again.

Threads
-------
Two stories are one thread when they would be one story but for the time between them: the bridge-merge
test (as alike as the looser of them is within, each naming a leading actor of the other) without the time
penalty, tried only where that penalty is what keeps them apart (they are dated more than ``time_window``
days apart), between the article's story and its candidates on every placement and between the halves
of a split. Merged stories merge their threads. So the dam collapse five weeks on is a later story of its
thread, as are a verdict two years after a shooting and the seeds' airstrikes and denial (004), four weeks
after the failed talks; a flood that mentions an earlier dam collapse is not as alike as that. Two stories
dated within ``time_window`` of each other are one thread when each names a leading actor of the other and
their average cross cosine is at least ``close_link`` (0.225: above ``join``, below the 0.35 typical of two
reports of one event): the next day's development of the same people's story (an actress leaves the rehab
centre she checked into and checks into another). Undated stories are never linked so (nothing says one
followed the other), unless they are halves of one split story (:mod:`.story_repair`).

The thresholds are fixed in :class:`StoryConfig`; ``benchmarks/stories.py --robustness`` moves each ±10%.
"""
from __future__ import annotations

import math
from collections import Counter, deque
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Sequence

import numpy as np

from ..disjoint_sets import DisjointSets
from .story_actors import LEADING_ACTORS, TOP_ACTORS, actor_key, leading_actors
from .story_ann import Sketcher, make_index
from .story_repair import StoryRepairs
from .story_features import _GENERIC_NAME_WORDS, StoryFeatures

__all__ = ["StoryConfig", "StoryAssignment", "StoryIndex", "cluster_stories"]


@dataclass(frozen=True, slots=True)
class StoryConfig:
    """Settings of :class:`StoryIndex` (see the module documentation for what each does and why).

    ``shared_actors`` = 0 switches the actor checks off; ``exact_search`` replaces the ANN by brute force;
    ``max_repair_members`` bounds the size of a story that refinement and splits will look at.
    """

    join: float = 0.18
    merge_ratio: float = 0.85
    split_gain: float = 0.035
    min_side: int = 3
    split_growth: float = 1.5
    time_window: float = 7.0
    time_scale: float = 14.0
    close_link: float = 0.225
    date_division_p: float = 0.01
    candidates: int = 8
    dim: int = 256
    exact_search: bool = False
    max_repair_members: int = 400
    shared_actors: int = 1


@dataclass(frozen=True, slots=True)
class StoryAssignment:
    """Where :meth:`StoryIndex.add` put an article.

    ``similarity`` is its average cosine to the story's other members when it joined (0 for a new story);
    ``moved`` lists ``(article_id, story)`` for earlier articles a repair moved during this call.
    """

    article_id: str
    story: str
    thread: str
    similarity: float
    new_story: bool
    moved: tuple[tuple[str, str], ...] = ()


class _Doc:
    __slots__ = ("id", "tf", "vec", "dense", "epoch", "day", "actors", "leading", "named", "story", "copy_of")

    def __init__(self, features: StoryFeatures) -> None:
        self.id = features.article_id
        self.tf: dict[str, float] = dict(features.terms)
        self.vec: dict[str, float] = {}
        self.dense: np.ndarray | None = None
        self.epoch = -1
        self.day: date | None = features.day
        self.actors = frozenset(actor_key(a) for a in features.actors[:TOP_ACTORS])
        self.leading = tuple(dict.fromkeys(actor_key(a) for a in features.actors))[:LEADING_ACTORS]
        self.named = frozenset(actor_key(t) for t, _ in features.terms
                               if t.startswith("N:") and t[2:] not in _GENERIC_NAME_WORDS)
        self.story = -1
        self.copy_of: int | None = None


class _Story:
    __slots__ = ("key", "members", "sum", "dense", "epoch", "lo", "hi", "checked", "actors", "leading",
                 "named", "follows")

    def __init__(self, key: int) -> None:
        self.key = key
        self.members: list[int] = []
        self.sum: dict[str, float] = {}
        self.dense: np.ndarray | None = None
        self.epoch = -1
        self.lo: date | None = None
        self.hi: date | None = None
        self.checked = 1
        self.actors: Counter = Counter()
        self.leading: tuple[str, ...] = ()
        self.named: Counter = Counter()
        self.follows: int | None = None  # the dated story this one was started as a later development of


class StoryIndex(StoryRepairs):
    """Online story clustering; see the module documentation."""

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()
        self._docs: list[_Doc] = []
        self._by_id: dict[str, int] = {}
        self._stories: dict[int, _Story] = {}
        self._next_story = 0
        self._df: Counter = Counter()
        self._n = 0
        self._epoch = 0
        self._sketch = Sketcher(self.config.dim)
        self._ann = make_index(self.config.dim, exact=self.config.exact_search)
        self._threads = DisjointSets()
        #: how often each decision and repair happened (joins, new stories, merges, moves, splits, revisits)
        self.stats: Counter = Counter()
        self._moved: dict[int, int] = {}
        self._merged_into: dict[int, int] = {}  # story -> the story it was merged into
        self._revisit_queue: deque[int] = deque()  # stories still to revisit since the corpus last doubled
        self._revisit_rate = 1
        self._divided: dict[int, tuple[int, bool]] = {}  # a side of a division by dates -> (other side, dated?)

    # ------------------------------------------------------------------ public API

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._by_id

    def add(self, features: StoryFeatures, copy_of: str | None = None) -> StoryAssignment:
        """Place one article; ``copy_of`` names the original of a syndicated copy, which then joins the
        original's story without counting as a second report (it does not change the story's centroid)."""
        if features.article_id in self._by_id:
            return self._assignment(self._by_id[features.article_id], 0.0, False, ())
        doc = _Doc(features)
        index = len(self._docs)
        self._docs.append(doc)
        self._by_id[doc.id] = index
        if copy_of is not None and copy_of in self._by_id:
            doc.copy_of = self._by_id[copy_of]
            return self._assignment(index, 1.0, False, ())
        self._moved = {}
        self._n += 1
        self._df.update(doc.tf.keys())
        epoch = self._n.bit_length()  # a new IDF epoch each time the corpus doubles
        if epoch != self._epoch:
            self._epoch = epoch
            self._start_revisit()
        self._revisit_some()
        self._vectorise(doc)
        scored = self._score_candidates(doc)
        follows = self._later_development_of(doc, scored)
        if follows is not None:  # an undated story is no better place for it than a story of its own
            scored = [item for item in scored if self._stories[item[1]].lo is not None]
        if scored and scored[0][0] >= self.config.join:
            similarity, key, _ = scored[0]
            story = self._stories[key]
            self._join(story, index)
            new_story = False
            self.stats["join"] += 1
        else:
            similarity = 0.0
            story = self._new_story([index])
            story.follows = follows
            new_story = True
            self.stats["new story"] += 1
        self._repair(story, index, scored)
        self._link_thread(self._stories[doc.story] if doc.story in self._stories else story, scored)
        moved = tuple((self._docs[i].id, self.story_key(self._docs[i].story))
                      for i, old in sorted(self._moved.items())
                      if i != index and self._docs[i].story != old)
        return self._assignment(index, similarity, new_story, moved)

    def _story_number(self, index: int) -> int:
        doc = self._docs[index]
        while doc.copy_of is not None:  # a copy is wherever its original is
            doc = self._docs[doc.copy_of]
        return doc.story

    def story_of(self, article_id: str) -> str:
        return self.story_key(self._story_number(self._by_id[article_id]))

    def thread_of(self, article_id: str) -> str:
        return self.thread_key(self._story_number(self._by_id[article_id]))

    def assignments(self) -> dict[str, tuple[str, str]]:
        """``article_id -> (story, thread)`` for every article, as the index stands now."""
        out = {}
        for i, doc in enumerate(self._docs):
            story = self._story_number(i)
            out[doc.id] = (self.story_key(story), self.thread_key(story))
        return out

    def stories(self) -> dict[str, tuple[str, ...]]:
        """``story -> article ids`` (members in arrival order, then syndicated copies)."""
        copies: dict[int, list[str]] = {}
        for i, doc in enumerate(self._docs):
            if doc.copy_of is not None:
                copies.setdefault(self._story_number(i), []).append(doc.id)
        out = {}
        for key, story in self._stories.items():
            ids = [self._docs[i].id for i in sorted(story.members)] + copies.get(key, [])
            out[self.story_key(key)] = tuple(ids)
        return out

    def threads(self) -> dict[str, tuple[str, ...]]:
        """``thread -> story ids``."""
        out: dict[str, list[str]] = {}
        for key in self._stories:
            out.setdefault(self.thread_key(key), []).append(self.story_key(key))
        return {k: tuple(v) for k, v in out.items()}

    def candidate_recall(self, article_ids: Sequence[str]) -> float:
        """Share of the given articles whose current story is among the ANN candidates of their vector: how
        often the approximate search would let the exact scoring see the right story."""
        hits = total = 0
        for article_id in article_ids:
            doc = self._docs[self._by_id[article_id]]
            if doc.copy_of is not None:
                continue
            total += 1
            hits += doc.story in self._ann.search(doc.dense, self.config.candidates)
        return hits / total if total else 1.0

    @staticmethod
    def story_key(key: int) -> str:
        return f"story-{key:06d}"

    def thread_key(self, story: int) -> str:
        return f"thread-{self._threads.find(story):06d}"

    # ------------------------------------------------------------------ vectors

    def _idf(self, term: str) -> float:
        return math.log((self._n + 1) / (self._df.get(term, 0) + 1)) + 1.0

    def _vectorise(self, doc: _Doc) -> None:
        vec = {t: w * self._idf(t) for t, w in doc.tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        doc.vec = {t: v / norm for t, v in vec.items()}
        doc.dense = self._sketch.sketch(doc.vec)
        doc.epoch = self._epoch

    def _refresh(self, story: _Story) -> None:
        """Recompute a story's vectors with the current IDF (lazily, once per doubling of the corpus)."""
        if story.epoch == self._epoch:
            return
        total: dict[str, float] = {}
        dense = np.zeros(self.config.dim, dtype=np.float32)
        for i in story.members:
            doc = self._docs[i]
            if doc.epoch != self._epoch:
                self._vectorise(doc)
            for t, v in doc.vec.items():
                total[t] = total.get(t, 0.0) + v
            dense += doc.dense
        story.sum = total
        story.dense = dense
        story.epoch = self._epoch
        self._ann.upsert(story.key, dense)

    # ------------------------------------------------------------------ similarity

    @staticmethod
    def _dot(vec: Mapping[str, float], total: Mapping[str, float]) -> float:
        if len(vec) > len(total):
            vec, total = total, vec
        get = total.get
        return sum([v * get(t, 0.0) for t, v in vec.items()])

    def _time_factor(self, day: date | None, lo: date | None, hi: date | None) -> float:
        if day is None or lo is None:
            return 1.0
        gap = max((lo - day).days, (day - hi).days, 0)
        return self._decay(gap)

    def _decay(self, gap: float) -> float:
        window = self.config.time_window
        return 1.0 if gap <= window else math.exp(-(gap - window) / self.config.time_scale)

    def _story_time_factor(self, a: _Story, b: _Story) -> float:
        if a.lo is None or b.lo is None:
            return 1.0
        gap = max((b.lo - a.hi).days, (a.lo - b.hi).days, 0)
        return self._decay(gap)

    def _content(self, doc: _Doc, story: _Story) -> float:
        """Average cosine between the article and the story's members (words and names only)."""
        n = len(story.members)
        return self._dot(doc.vec, story.sum) / n if n else 0.0

    def _score_candidates(self, doc: _Doc) -> list[tuple[float, int, float]]:
        """Candidate stories as ``(similarity with the time penalty, story, content similarity)``, best
        first."""
        keys = self._ann.search(doc.dense, self.config.candidates)
        scored = []
        for key in keys:
            story = self._stories.get(key)
            if story is None or not story.members:
                continue
            self._refresh(story)
            content = self._content(doc, story)
            value = content * self._time_factor(doc.day, story.lo, story.hi)
            if not self._shares_actors(doc, story):
                value = min(value, self.config.join * 0.999)
            scored.append((value, key, content))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return scored

    def _later_development_of(self, doc: _Doc, scored: list[tuple[float, int, float]]) -> int | None:
        """The dated story a dated article is a later development of, when the best place left to it by the
        time penalty is an undated story it is less like: the story it resembles most, told weeks earlier
        (a later development, see the module documentation); ``None`` otherwise."""
        if doc.day is None or not scored or scored[0][0] < self.config.join:
            return None
        if self._stories[scored[0][1]].lo is not None:
            return None
        best, follows = scored[0][2], None
        for _, key, content in scored[1:]:
            story = self._stories[key]
            if (content > best and story.lo is not None and self._time_factor(doc.day, story.lo, story.hi) < 1.0
                    and self._shares_actors(doc, story)):
                best, follows = content, key
        return follows

    def _shares_actors(self, doc: _Doc, story: _Story) -> bool:
        """Does the article name one of the story's leading actors, and the story one of the article's?"""
        if not self.config.shared_actors:
            return True
        if doc.leading and story.named and not any(a in story.named for a in doc.leading):
            return False
        leading = leading_actors(story)
        return not (leading and doc.named and not any(a in doc.named for a in leading))

    @staticmethod
    def _within(story: _Story) -> float | None:
        n = len(story.members)
        if n < 2:
            return None
        norm2 = sum(v * v for v in story.sum.values())
        return (norm2 - n) / (n * (n - 1))

    def _cross(self, a: _Story, b: _Story, timed: bool = True) -> float:
        """Average cosine between the members of two stories, times the time penalty unless not ``timed``."""
        value = self._dot(a.sum, b.sum) / (len(a.members) * len(b.members))
        return value * self._story_time_factor(a, b) if timed else value

    # ------------------------------------------------------------------ story bookkeeping

    def _new_story(self, members: Sequence[int]) -> _Story:
        story = _Story(self._next_story)
        self._next_story += 1
        self._stories[story.key] = story
        self._threads.add(story.key)
        story.epoch = self._epoch
        story.dense = np.zeros(self.config.dim, dtype=np.float32)
        for i in members:
            self._attach(story, i)
        story.checked = max(1, len(members))
        self._ann.upsert(story.key, story.dense)
        return story

    def _attach(self, story: _Story, i: int) -> None:
        doc = self._docs[i]
        if doc.epoch != story.epoch:
            self._vectorise(doc)
            if doc.epoch != story.epoch:  # the story is stale: rebuild it with the new epoch afterwards
                story.epoch = -1
        story.members.append(i)
        if len(story.members) == 1:
            story.leading = doc.leading
        if doc.story not in (-1, story.key):
            self._moved.setdefault(i, doc.story)
        for t, v in doc.vec.items():
            story.sum[t] = story.sum.get(t, 0.0) + v
        story.dense = story.dense + doc.dense
        story.actors.update(doc.actors)
        story.named.update(doc.named)
        if doc.day is not None:
            story.lo = doc.day if story.lo is None or doc.day < story.lo else story.lo
            story.hi = doc.day if story.hi is None or doc.day > story.hi else story.hi
        doc.story = story.key

    def _join(self, story: _Story, i: int) -> None:
        self._attach(story, i)
        if story.epoch != self._epoch:
            self._refresh(story)
        else:
            self._ann.upsert(story.key, story.dense)

    def _rebuild(self, story: _Story, members: Sequence[int]) -> None:
        story.members, story.sum, story.actors, story.named = [], {}, Counter(), Counter()
        story.dense = np.zeros(self.config.dim, dtype=np.float32)
        story.lo = story.hi = None
        story.epoch = self._epoch
        for i in members:
            self._attach(story, i)
        self._ann.upsert(story.key, story.dense)

    def _delete(self, story: _Story, into: _Story) -> None:
        self._merged_into[story.key] = into.key
        if story.key in self._divided:  # the story kept is that side of the division now
            self._divided.setdefault(into.key, self._divided.pop(story.key))
        self._threads.union(story.key, into.key)
        del self._stories[story.key]
        self._ann.remove(story.key)

    # ------------------------------------------------------------------ repairs

    def _assignment(self, index: int, similarity: float, new_story: bool,
                    moved: tuple[tuple[str, str], ...]) -> StoryAssignment:
        story = self._story_number(index)
        return StoryAssignment(article_id=self._docs[index].id, story=self.story_key(story),
                               thread=self.thread_key(story), similarity=round(similarity, 4),
                               new_story=new_story, moved=moved)


def cluster_stories(features: Iterable[StoryFeatures], config: StoryConfig | None = None,
                    copies: Mapping[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """Run a :class:`StoryIndex` over ``features`` in order; ``article_id -> (story, thread)``."""
    index = StoryIndex(config)
    copies = copies or {}
    for item in features:
        index.add(item, copy_of=copies.get(item.article_id))
    return index.assignments()
