"""A story's events: which of its articles report which development (talks fail → threat → strikes).

A story groups reports whose coverage runs together (a week at most apart); within it, each report is about
one development, and the day that development happened is the day its **lead** states: the first sentences
after the headline, where a report says what happened and when ("Kestovian strikes on Sunday hit …"). A
dateline ("TALVERNO, March 4 –") dates the writing, not the news, so sentences with few words beside their
date are passed over, as the timeline does. When a lead states several days the latest one up to the day
after publication is the news (the others are background: "after talks collapsed on Tuesday"); a lead that
states none is dated by its publication day. An undated report that a dated outlet copied takes the copy's
day to read its lead by ("on Tuesday" then means something).

Reports dated within :data:`EVENT_DAYS` of an event's first day are that event; later ones start the next.
A report with no date at all goes to the event whose reports its text is most like; a story with no date
anywhere is one event, since nothing then tells one development's day from another's. Copies go with their
original. Each event cites the lead sentences that date it, so it can be checked where it was said.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import date, timedelta
from typing import Callable, Mapping, Sequence

from ..link.fact_articles import published_key
from ..analyse.timex import find_times
from ..records import PARAGRAPH_SEPARATOR, Article, ArticleAnalysis, TimeRef, outlet_label
from .records import Citation, StoryEvent
from .terms import cosine, term_vector, words
from .timeline import MIN_WORDS, dates_the_report, event_date, published_day, story_days, with_year

__all__ = ["story_events", "lead_sentences", "EVENT_DAYS", "LEAD_SENTENCES"]

Pair = tuple[Article, ArticleAnalysis]
TitleFn = Callable[[Sequence[Pair]], str]

#: Reports whose news day is at most this many days after an event's first day tell that event.
EVENT_DAYS = 1
#: How many sentences after the headline make a report's lead.
LEAD_SENTENCES = 2


def lead_sentences(article: Article, analysis: ArticleAnalysis, count: int = LEAD_SENTENCES) -> list[tuple[int, int]]:
    """The spans of the first ``count`` sentences of the body: not the headline, nor a line too short to tell
    anything (a by-line, a dateline alone). A sentence the parser ran across a paragraph break is cut there
    (a headline is its own paragraph)."""
    title = " ".join((article.title or "").split()).casefold().rstrip(".")
    out = []
    for sentence in analysis.sentences:
        start = sentence.start
        for piece in article.text[sentence.start:sentence.end].split(PARAGRAPH_SEPARATOR):
            span, start = (start, start + len(piece)), start + len(piece) + len(PARAGRAPH_SEPARATOR)
            text = " ".join(piece.split())
            if len(words(text)) < MIN_WORDS or (title and text.casefold().rstrip(".") == title):
                continue
            out.append(span)
            if len(out) == count:
                return out
    return out


def _lead_times(article: Article, analysis: ArticleAnalysis, lead: Sequence[tuple[int, int]],
                published: date | None) -> list[TimeRef]:
    """The time expressions of the lead, resolved against ``published``: as the analysis has them, or read
    again when the analysis had no date to resolve them by and a copy of the report gave one ("on Tuesday" in
    an undated wire story that a dated outlet republished)."""
    if article.published is not None or published is None:
        return list(analysis.times)
    out = []
    for start, end in lead:
        out += [replace(t, start=t.start + start, end=t.end + start)
                for t in find_times(article.text[start:end], published.isoformat())]
    return out


def _news_day(article: Article, analysis: ArticleAnalysis, known_days: Sequence[date],
              published: date | None) -> tuple[date | None, tuple[tuple[int, int], ...]]:
    """The day a report's news happened and the lead sentences that say so (see the module docstring);
    ``published`` is the report's day (its own, else its earliest copy's)."""
    lead = lead_sentences(article, analysis)
    latest = published + timedelta(days=1) if published else None
    stated: dict[date, list[tuple[int, int]]] = {}
    starts = [s for s, _ in lead]
    for ref in _lead_times(article, analysis, lead, published):
        i = bisect.bisect_right(starts, ref.start) - 1
        if i < 0 or ref.start >= lead[i][1]:
            continue
        value = event_date(ref)
        value = with_year(value, known_days) if value else None
        if not value or len(value) != 10 or value.startswith("XXXX"):
            continue  # a month or a year says too little to tell two developments apart
        if dates_the_report(article.text[lead[i][0]:ref.start], article.text[ref.end:lead[i][1]]):
            continue
        day = date.fromisoformat(value)
        if latest is None or day <= latest:
            stated.setdefault(day, []).append(lead[i])
    if stated:
        day = max(stated)
        return day, tuple(dict.fromkeys(stated[day]))
    return published, (tuple(lead[:1]) if published else ())


def story_events(story_id: str, pairs: Sequence[Pair], copies: Mapping[str, str],
                 idf: Mapping[str, float], title: TitleFn) -> tuple[StoryEvent, ...]:
    """The story's events, earliest first (see the module docstring). ``copies`` maps a copy's id to its
    original's; ``idf`` is the story's sentence IDF; ``title(pairs)`` names an event from its reports."""
    originals = [p for p in pairs if p[0].id not in copies]
    known_days = story_days(pairs)
    by_original: dict[str, list[Pair]] = {}
    for article, analysis in pairs:
        if article.id in copies:
            by_original.setdefault(copies[article.id], []).append((article, analysis))
    dated, undated = [], []
    for article, analysis in sorted(originals, key=lambda p: (published_key(p[0].published), p[0].id)):
        copied = story_days(by_original.get(article.id, ()))
        published = published_day(article) or (copied[0] if copied else None)
        day, lead = _news_day(article, analysis, known_days, published)
        (dated if day else undated).append((day, article, analysis, lead))
    groups: list[list[tuple]] = []
    for item in sorted(dated, key=lambda x: x[0]):
        if groups and (item[0] - groups[-1][0][0]).days <= EVENT_DAYS:
            groups[-1].append(item)
        else:
            groups.append([item])
    if not groups:
        groups = [undated] if undated else []
    else:
        vectors = [term_vector(" ".join(i[1].text for i in g), idf) for g in groups]
        for item in undated:
            mine = term_vector(item[1].text, idf)
            best = max(range(len(groups)), key=lambda k: (cosine(mine, vectors[k]), -k))
            groups[best].append(item)
    events = []
    for number, group in enumerate(groups, 1):
        days = sorted(i[0] for i in group if i[0] is not None)
        group_pairs = [(i[1], i[2]) for i in group]
        members = group_pairs + [c for i in group for c in by_original.get(i[1].id, ())]
        sources = tuple(Citation(i[1].id, outlet_label(i[1].outlet, i[1].id), span) for i in group for span in i[3])
        events.append(StoryEvent(
            id=f"{story_id}/{number}", title=title(group_pairs),
            first_date=days[0].isoformat() if days else None, last_date=days[-1].isoformat() if days else None,
            articles=tuple(a.id for a, _ in members),
            outlets=tuple(dict.fromkeys(outlet_label(a.outlet, a.id) for a, _ in members)), sources=sources))
    return tuple(events)
