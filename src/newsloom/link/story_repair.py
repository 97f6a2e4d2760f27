"""The repairs an incremental story index makes as articles arrive: bridge merges, refinement between
neighbouring stories, splits of stories that grew, and thread links (policy: see :mod:`.stories`).

**Dates divide.** A story whose reports divide into dated and undated ones (at least ``min_side`` of each)
along their content is two events of one kind: the undated reports fit together better, leave-one-out, than
all but a ``date_division_p`` share (0.01) of 1,000 random divisions of the same sizes. That is a permutation
test, so it asks nothing of the story's size or wording: a story of one event whose few undated reports are
worded like the rest passes it only by chance. Such a story is split into its dated and its undated reports,
and no merge or thread link makes a story or thread that the dates would divide so. Two software patches
five years apart, or a coach fired and another coach hired, are told in the same names and words; one
side's want of a date is what stopped the time rule from keeping them apart. A few undated reports of the
dated event, gathered with it, must not hide such a division from a merge or a thread link: the dates are
also tested on the dated reports and the undated ones of the side that holds the larger share of them.

**A division is remembered.** Once the dates have divided a story, refinement moves no undated report from
the undated side into a story of the dated side's thread, nor a dated one the other way. Refinement only
compares a report with two centroids; a report of the undated event that happens to sit closer to the
dated story (or to a later story of its thread) would otherwise mix the two events again one report at a
time, while each story stays too small for the test to see it (the undersea cable cuts of 2008 and 2011).

**Undated halves of a split.** The two halves of a content split of an undated story stay one thread when
each names a leading actor of the other. The split keeps apart two ways of telling one story, or two of its
developments, as well as two events of one kind; nothing says which, as no date says that one followed the
other, and names in common say it is the same people's story. Halves that do not name each other's leading
actors are two threads.
"""
from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Sequence

import numpy as np

from .story_actors import leading_actors
from .story_split import _hartigan, best_split, division_p_value

if TYPE_CHECKING:
    from .stories import _Story


class StoryRepairs:
    """Repair methods of :class:`~newsloom.link.stories.StoryIndex`, kept apart from placement."""

    def _repair(self, story: "_Story", index: int, scored: list[tuple[float, int, float]]) -> None:
        cfg = self.config
        others = [(s, k) for s, k, _ in scored if k != story.key and k in self._stories]
        # bridge merges: every other story the new article is also close to
        for value, key in list(others):
            if value < cfg.join or self._docs[index].story != story.key or key not in self._stories:
                continue
            other = self._stories[key]
            if self._mergeable(story, other):
                keep, gone = (story, other) if story.key < other.key else (other, story)
                self._rebuild(keep, keep.members + gone.members)
                self._delete(gone, keep)
                story = keep
                self.stats["bridge merge"] += 1
        others = [(s, k) for s, k in others if k in self._stories and k != story.key]
        # refinement with the nearest neighbour story
        neighbour = self._nearest(story, others)
        if neighbour is not None:
            self._refine(story, neighbour)
        current = self._stories.get(self._docs[index].story)
        if current is not None:
            self._maybe_split(current)

    def _stories_share_actors(self, a: "_Story", b: "_Story") -> bool:
        """Does each story name one of the other's leading actors?"""
        if not self.config.shared_actors:
            return True
        for one, other in ((a, b), (b, a)):
            leading = leading_actors(one)
            if leading and other.named and not any(x in other.named for x in leading):
                return False
        return True

    def _start_revisit(self) -> None:
        """Queue every story to be revisited (:meth:`_revisit_some`) now that the corpus has doubled."""
        self._revisit_queue = deque(sorted(self._stories))
        # a few per placement, enough to be through long before the corpus doubles again
        self._revisit_rate = len(self._revisit_queue) // max(self._n, 1) + 1

    def _revisit_some(self) -> None:
        """Revisit the next queued stories with the new statistics: a one-article story is placed again and
        merged into a story it now fits (it was started when the IDF knew less), and every story tries the
        thread links with its nearest stories again (two stories that stopped growing long ago may be one
        thread now). Spread over placements, so that no single placement pays for the whole corpus."""
        for _ in range(self._revisit_rate):
            if not self._revisit_queue:
                return
            story = self._stories.get(self._revisit_queue.popleft())
            if story is not None and len(story.members) == 1:
                story = self._place_again(story)
            if story is not None:
                self._revisit_links(story)

    def _place_again(self, story: "_Story") -> "_Story":
        """Merge a one-article story into the best story it passes the merge test with; the story kept."""
        doc = self._docs[story.members[0]]
        self._vectorise(doc)
        self._refresh(story)
        for value, other_key, _ in self._score_candidates(doc):
            other = self._stories[other_key]
            if other_key != story.key and value >= self.config.join and self._mergeable(story, other):
                keep, gone = (other, story) if other.key < story.key else (story, other)
                self._rebuild(keep, keep.members + gone.members)
                self._delete(gone, keep)
                self.stats["revisit merge"] += 1
                return keep
        return story

    def _mergeable(self, a: "_Story", b: "_Story", timed: bool = True) -> bool:
        """Are the two stories one: as alike as their own members are (see the bridge merge), each naming a
        leading actor of the other, and not divided by their dates (see the module documentation)? With
        ``timed`` false the time between them is not held against them: the test of one thread (the same
        story but for the weeks between its developments)."""
        cross = self._cross(a, b, timed)
        if cross < self.config.join or not self._stories_share_actors(a, b):
            return False
        if self._follows_rather(a, b) or self._follows_rather(b, a):
            return False
        wa, wb = self._within(a), self._within(b)
        if wa is not None and wb is not None and cross < self.config.merge_ratio * min(wa, wb):
            return False
        return not self._dates_divide_union(a.members, b.members)

    def _follows_rather(self, a: "_Story", b: "_Story") -> bool:
        """Was ``a`` started as a later development of a dated story it is more like than it is like ``b``, an
        undated story? Then ``b``'s want of a date is no reason to merge them."""
        followed = self._current(a.follows)
        return (followed is not None and followed is not a and followed is not b and b.lo is None
                and self._cross(a, followed, timed=False) > self._cross(a, b, timed=False))

    def _current(self, key: int | None) -> "_Story | None":
        """The story ``key`` names now: itself, or the story it was merged into (and so on); ``None`` if
        ``key`` is."""
        while key is not None and key not in self._stories:
            key = self._merged_into.get(key)
        return self._stories.get(key) if key is not None else None

    def _nearest(self, story: "_Story", others: list[tuple[float, int]]) -> "_Story | None":
        if len(story.members) < 2:
            return None
        best, best_key = -1.0, None
        for _, key in others[:4]:
            other = self._stories.get(key)
            if other is None or len(other.members) < 2:
                continue
            value = self._cross(story, other)
            if value > best:
                best, best_key = value, key
        if best_key is None or best < self.config.join / 2:
            return None
        return self._stories[best_key]

    def _matrix(self, members: Sequence[int]) -> np.ndarray:
        """The members' unit vectors as rows (those from an earlier IDF epoch computed again first)."""
        for i in members:
            if self._docs[i].epoch != self._epoch:
                self._vectorise(self._docs[i])
        vocab: dict[str, int] = {}
        for i in members:
            for t in self._docs[i].vec:
                vocab.setdefault(t, len(vocab))
        matrix = np.zeros((len(members), len(vocab)), dtype=np.float64)
        for r, i in enumerate(members):
            for t, v in self._docs[i].vec.items():
                matrix[r, vocab[t]] = v
        return matrix

    def _refine(self, a: "_Story", b: "_Story") -> None:
        members = a.members + b.members
        if len(members) > self.config.max_repair_members:
            return
        matrix = self._matrix(members)
        labels = np.array([0] * len(a.members) + [1] * len(b.members))
        new = _hartigan(matrix, labels.copy())
        a_dated = self._division_side(a, b)
        if a_dated is not None:  # across a remembered division, no report moves against its date
            dated = np.array([self._docs[m].day is not None for m in members])
            against = (new != labels) & (dated != np.where(new == 0, a_dated, not a_dated))
            new[against] = labels[against]
        if (new == labels).all():
            return
        self.stats["refinement moves"] += int((new != labels).sum())
        if new.min() == new.max():  # everything gathered on one side: that is a merge, not a move
            keep, gone = (a, b) if a.key < b.key else (b, a)
            self._rebuild(keep, members)
            self._delete(gone, keep)
            return
        self._rebuild(a, [m for m, l in zip(members, new) if l == 0])
        self._rebuild(b, [m for m, l in zip(members, new) if l == 1])

    def _maybe_split(self, story: "_Story") -> None:
        cfg = self.config
        n = len(story.members)
        if n < 2 * cfg.min_side or n < cfg.split_growth * story.checked or n > cfg.max_repair_members:
            return
        story.checked = n
        members = list(story.members)
        matrix = self._matrix(members)
        dated = self._dates_divide(members, matrix)
        if dated is not None:
            fresh = self._split_off(story, [m for m, d in zip(members, dated) if not d])
            self._divided[story.key] = (fresh.key, True)  # remembered: see the module documentation
            self._divided[fresh.key] = (story.key, False)
            self.stats["split by dates"] += 1
            return
        found = best_split(matrix)
        if found is None:
            return
        labels, gain = found
        sizes = (int((labels == 0).sum()), int((labels == 1).sum()))
        if gain < cfg.split_gain or min(sizes) < cfg.min_side:
            return
        small = 1 if sizes[0] >= sizes[1] else 0
        fresh = self._split_off(story, [m for m, l in zip(members, labels) if l == small])
        self.stats["split"] += 1
        self._link_stories(story, fresh, halves=True)

    def _split_off(self, story: "_Story", leave: Sequence[int]) -> "_Story":
        """Move ``leave`` out of ``story`` into a new story (in a thread of its own); the new story."""
        leaving = set(leave)
        stay = [m for m in story.members if m not in leaving]
        self._rebuild(story, stay)
        story.checked = len(stay)
        fresh = self._new_story(leave)
        fresh.checked = len(leave)
        return fresh

    def _dates_divide_union(self, a: Sequence[int], b: Sequence[int]) -> bool:
        """Would the dates divide the union of two groups of articles: all of it, or its dated articles and
        the undated ones of the group with the larger share of them (the other group's few undated ones set
        aside, so that they cannot hide the division)?"""
        if self._dates_divide(list(a) + list(b)) is not None:
            return True
        undated = [[m for m in group if self._docs[m].day is None] for group in (a, b)]
        shares = [len(u) / len(g) if g else 0.0 for u, g in zip(undated, (a, b))]
        kept = undated[0] if shares[0] > shares[1] else undated[1]
        if len(kept) == len(undated[0]) + len(undated[1]):
            return False  # nothing set aside: the same test again
        dated = [m for group in (a, b) for m in group if self._docs[m].day is not None]
        return self._dates_divide(dated + kept) is not None

    def _division_side(self, a: "_Story", b: "_Story") -> bool | None:
        """Across a remembered division by dates (one story a side of it, the other in the other side's
        thread): whether ``a`` is on the dated side; ``None`` when no division lies between them."""
        for one, other, one_is_a in ((a, b, True), (b, a, False)):
            entry = self._divided.get(one.key)
            if entry is None:
                continue
            partner, dated = self._current(entry[0]), entry[1]
            if partner is not None and self._threads.find(partner.key) == self._threads.find(other.key):
                return dated if one_is_a else not dated
        return None

    def _dates_divide(self, members: Sequence[int], matrix: np.ndarray | None = None) -> np.ndarray | None:
        """Which of ``members`` are dated, when dates divide them (see the module documentation); else
        ``None``. ``matrix`` holds the members' vectors if the caller has them."""
        cfg = self.config
        if len(members) > cfg.max_repair_members:
            return None
        dated = np.array([self._docs[m].day is not None for m in members])
        if min(int(dated.sum()), len(members) - int(dated.sum())) < cfg.min_side:
            return None
        if matrix is None:
            matrix = self._matrix(members)
        return dated if division_p_value(matrix, dated) <= cfg.date_division_p else None

    # ------------------------------------------------------------------ threads

    def _link_thread(self, story: "_Story", scored: list[tuple[float, int, float]]) -> None:
        """Link the article's story into the thread of each candidate story that is the same story but for
        the time between them."""
        if story.key not in self._stories:
            return
        for _, key, _ in sorted(scored, key=lambda item: (-item[2], item[1]))[:4]:
            if key != story.key and key in self._stories:
                self._link_stories(story, self._stories[key])

    def _link_stories(self, a: "_Story", b: "_Story", halves: bool = False) -> None:
        """One thread if time is what keeps them apart (dated far enough apart to be penalised, and mergeable
        without the penalty), or if both are dated within ``time_window`` of each other, name each other's
        leading actors and are at least ``close_link`` alike: the next day's development of the same
        people's story. Without dates nothing says one followed the other, unless they are the ``halves`` of
        a split that name each other's leading actors (see the module documentation). Never when the dates
        would divide the thread so made."""
        if self._threads.find(a.key) == self._threads.find(b.key):
            return
        apart = self._story_time_factor(a, b) < 1.0
        undated_halves = halves and a.lo is None and b.lo is None
        if not apart and not undated_halves and (a.lo is None or b.lo is None):
            return
        self._refresh(a)
        self._refresh(b)
        if undated_halves:
            linked = self._stories_share_actors(a, b)
        elif apart:
            linked = self._mergeable(a, b, timed=False)
        else:
            linked = (self._cross(a, b, timed=False) >= self.config.close_link
                      and self._stories_share_actors(a, b))
        if linked and not self._dates_divide_union(self._thread_members(a), self._thread_members(b)):
            self._threads.union(a.key, b.key)
            self.stats["thread link"] += 1

    def _thread_members(self, story: "_Story") -> list[int]:
        """The articles of every story in ``story``'s thread."""
        stories = (self._stories.get(key) for key in self._threads.group(story.key))
        return [m for other in stories if other is not None for m in other.members]

    def _revisit_links(self, story: "_Story") -> None:
        """Try the thread links between ``story`` and its nearest stories again (see :meth:`_revisit_some`)."""
        self._refresh(story)
        for other_key in self._ann.search(story.dense, self.config.candidates):
            other = self._stories.get(other_key)
            if other is not None and other_key != story.key:
                self._link_stories(story, other)
