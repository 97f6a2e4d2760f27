"""The link stage over the stored corpus, one new article at a time: copies found, stories and threads kept.

The copy detector (:class:`~.duplicates.DuplicateIndex`) and the story index (:class:`~.stories.StoryIndex`)
are online: each run adds only the articles they have not seen and saves them back to the store (one
``corpus_state`` row, pickled: both are plain Python and numpy, the ANN graph serialises itself). So
placing a new article never re-clusters the corpus. The state is versioned by :data:`LINK_VERSION`; state
written by other code or other settings is not trusted, and the corpus is replayed in publication order.

Each article's place is also written as a ``story`` stage result (story, thread, original), so listings and
the brief read assignments without loading the indexes; repairs that move earlier articles rewrite theirs.
A new revision of an article is placed with its earlier version (it replaces it in the dossier) and is never
counted as a copy of it.
"""
from __future__ import annotations

import hashlib
import pickle
from dataclasses import asdict, dataclass, field
from typing import Sequence

from ..records import Article, ArticleAnalysis, Failure
from ..store import Store
from .duplicates import DuplicateIndex
from .stories import StoryConfig, StoryIndex
from .story_features import features_from_article

__all__ = ["LINK_VERSION", "STAGE", "LinkReport", "LinkState", "Placement", "link_pending", "placements"]

#: Bump when linking changes its output for the same input; the settings are part of the version too.
CODE_VERSION = "8"  # 2: story features read more publication dates; 3: threads are stories apart only in time;
# 4: close-in-time thread links, thread links revisited, later developments (stories gain a `follows` slot);
# 5: revisits queued and spread over placements; 6: names from capitalisation even with an analysis;
# 7: dates divide stories and threads (thread sets remember their groups);
# 8: divisions by dates remembered, and not hidden by a few undated reports of the dated event
LINK_VERSION = f"{CODE_VERSION}-{hashlib.sha256(repr(asdict(StoryConfig())).encode()).hexdigest()[:8]}"
STATE = "link"
STAGE = "story"

Pair = tuple[Article, ArticleAnalysis]


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the link stage put an article: its story and thread, and the original it copies (if any)."""

    article_id: str
    story: str
    thread: str
    original: str | None = None


@dataclass
class LinkState:
    """What the link stage remembers between runs."""

    duplicates: DuplicateIndex = field(default_factory=DuplicateIndex)
    stories: StoryIndex = field(default_factory=StoryIndex)


@dataclass
class LinkReport:
    """What one run did: articles linked, stories started, earlier articles moved by repairs, failures."""

    linked: int = 0
    new_stories: int = 0
    moved: int = 0
    rebuilt: bool = False
    failures: list[Failure] = field(default_factory=list)


def load_state(store: Store) -> LinkState | None:
    """The saved state, or ``None`` when there is none or it was written by another version."""
    payload = store.get_corpus_state(STATE, LINK_VERSION)
    if payload is None:
        return None
    try:
        state = pickle.loads(payload)  # written by this store's own link stage, at this very version
    except Exception:  # noqa: BLE001 — an unreadable state is rebuilt, not fatal
        return None
    return state if isinstance(state, LinkState) else None


def link_pending(store: Store, pairs: Sequence[Pair]) -> LinkReport:
    """Place every analysed article the link state has not seen yet, then save the state and placements.

    ``pairs`` are the current (not superseded) analysed articles, in publication order. An article that
    cannot be placed becomes a failure naming it; the others go on, and what was linked is saved.
    """
    report = LinkReport()
    state = load_state(store)
    if state is None:
        state, report.rebuilt = LinkState(), True
    pending = [(a, an) for a, an in pairs if a.id not in state.stories]
    for article, analysis in pending:
        try:
            original = state.duplicates.add(article)
            place_with = original
            if place_with is None and article.revision_of in state.stories:
                place_with = article.revision_of
            assignment = state.stories.add(features_from_article(article, analysis), copy_of=place_with)
        except Exception as error:  # one article's bug must not lose the others' links
            report.failures.append(Failure(article.id, f"could not be linked: {type(error).__name__}: {error}"))
            continue
        report.linked += 1
        report.new_stories += assignment.new_story
        report.moved += len(assignment.moved)
    if pending or report.rebuilt:
        store.put_corpus_state(STATE, LINK_VERSION, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        _write_placements(store, state)
    return report


def _current_placements(state: LinkState) -> dict[str, Placement]:
    originals = {copy: group.original for group in state.duplicates.groups() for copy in group.copies}
    return {article_id: Placement(article_id, story, thread, originals.get(article_id))
            for article_id, (story, thread) in state.stories.assignments().items()}


def _write_placements(store: Store, state: LinkState) -> None:
    stored = store.stage_results(STAGE, LINK_VERSION)
    for article_id, placement in _current_placements(state).items():
        payload = {"story": placement.story, "thread": placement.thread, "original": placement.original}
        if stored.get(article_id) != payload:
            store.put_stage_result(STAGE, article_id, LINK_VERSION, payload)


def placements(store: Store) -> dict[str, Placement]:
    """Every linked article's placement, as the last link run left it."""
    return {article_id: Placement(article_id, p["story"], p["thread"], p.get("original"))
            for article_id, p in store.stage_results(STAGE, LINK_VERSION).items()}
