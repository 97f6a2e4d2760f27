"""A story's dated events, in order, each with the sentences that date it.

An event is dated by what the articles *state*, not by when they were published: every resolved date
expression (the analyse stage resolved "on Tuesday" against the article's date, "October 25" to ``XXXX-10-25``
when no year is known) dates the sentence it stands in. Sentences that give the same date and belong to the
same fact (the fact stage found them to say one thing), or share enough of their words (:data:`SAME_EVENT`),
are one entry with several sources; the entry reads as its earliest report. Unresolved expressions ("now", "recent weeks", a weekday in an undated article),
durations and recurrences date nothing. A day with an unknown year ("March 4" in an undated article) takes the
year that puts it nearest the story's publication dates; in a story with no dated article it stays
``XXXX-03-04`` and sorts after the dates with a year.
Syndicated copies add no entry of their own (their original already says it).
"""
from __future__ import annotations

import bisect
import re
from datetime import date, datetime
from typing import Mapping, Sequence

from ..link.fact_articles import parse_published, published_key
from ..link.facts import Fact
from ..records import Article, ArticleAnalysis, TimeRef, outlet_label
from .records import Citation, TimelineEntry
from .terms import cosine, sentence_idf, term_vector

__all__ = ["build_timeline", "dates_the_report", "event_date", "with_year", "published_day", "story_days"]

Pair = tuple[Article, ArticleAnalysis]

#: TF-IDF cosine at or above which two sentences giving the same date tell the same event (about a third of
#: their weighted words shared: "Dravetz on Thursday warned Brennmark …" and "On Thursday, Dravetz warned …").
SAME_EVENT = 0.3
#: Fewer words than this beside the time expression make a dateline ("TALVERNO, March 4 (Meridian Wire) –").
MIN_WORDS = 5
_TOKEN = re.compile(r"[^\W_]+")
#: A dateline around a date heading a sentence: "TALVERNO, March 4 (Meridian Wire) –", "ORVEL, May 2 —".
_DATELINE_BEFORE = re.compile(r"^\W*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{0,30})?,\s*$")
_DATELINE_AFTER = re.compile(r"^[\s\d,]*(?:\([^)]{0,60}\)\s*)?[–—-]")
#: A calendar value: a year, year-month or day, the year possibly unknown; an ISO time keeps only its day.
_CALENDAR = re.compile(r"^((?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+)?$")


def dates_the_report(before: str, after: str) -> bool:
    """Whether a time expression with ``before`` and ``after`` beside it in its sentence dates the report, not
    an event: a dateline or a caption (too few words beside it), or a dateline heading a whole sentence."""
    return len(_TOKEN.findall(before + " " + after)) < MIN_WORDS or bool(
        _DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after))


def event_date(ref: TimeRef) -> str | None:
    """The calendar date a time expression pins an event to, or ``None`` when it pins none."""
    if ref.type not in ("DATE", "TIME") or not ref.value:
        return None
    match = _CALENDAR.match(ref.value)
    if match is None or match.group(1) == "XXXX":
        return None
    return match.group(1)


def _sentence_of(starts: list[int], analysis: ArticleAnalysis, offset: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return None
    sentence = analysis.sentences[i]
    return (sentence.start, sentence.end) if offset < sentence.end else None


def build_timeline(pairs: Sequence[Pair], facts: Sequence[Fact] = (), copies: Mapping[str, str] | None = None,
                   idf: Mapping[str, float] | None = None) -> tuple[TimelineEntry, ...]:
    """The dated events of one story's articles (see the module docstring), in date order. ``idf`` is
    :func:`~.terms.sentence_idf` of ``pairs``, when the caller has it already."""
    copies = copies or {}
    fact_of = {(v.article_id, v.sentence_span): fact.id for fact in facts for v in fact.variants}
    known_days = story_days(pairs)
    idf = sentence_idf(pairs) if idf is None else idf
    by_day: dict[str, list[dict]] = {}
    ordered = sorted(pairs, key=lambda p: (published_key(p[0].published), p[0].id))
    for rank, (article, analysis) in enumerate(ordered):
        if article.id in copies or not analysis.sentences:
            continue
        starts = [s.start for s in analysis.sentences]
        for ref in analysis.times:
            day = event_date(ref)
            sentence = _sentence_of(starts, analysis, ref.start) if day else None
            if sentence is None:
                continue
            day = with_year(day, known_days)
            text = article.text[slice(*sentence)]
            if dates_the_report(text[:ref.start - sentence[0]], text[ref.end - sentence[0]:]):
                continue  # it tells no event
            fact = fact_of.get((article.id, sentence))
            vector = term_vector(text, idf)
            entry = next((e for e in by_day.setdefault(day, []) if (fact is not None and fact in e["facts"])
                          or (article.id, sentence) in e["sources"] or cosine(vector, e["vector"]) >= SAME_EVENT),
                         None)
            if entry is None:
                entry = {"rank": (rank, sentence[0]), "text": text, "vector": vector, "sources": {}, "facts": set(),
                         "when": []}
                by_day[day].append(entry)
            entry["sources"].setdefault((article.id, sentence), Citation(article.id, outlet_label(article.outlet, article.id),
                                                                         sentence))
            if fact is not None:
                entry["facts"].add(fact)
            if ref.text not in entry["when"]:
                entry["when"].append(ref.text)
    timeline = []
    for day in sorted(by_day, key=_date_key):
        for entry in sorted(by_day[day], key=lambda e: e["rank"]):
            sources = tuple(entry["sources"].values())
            outlets = tuple(dict.fromkeys(c.outlet for c in sources if c.outlet))
            timeline.append(TimelineEntry(date=day, text=" ".join(entry["text"].split()), sources=sources,
                                          outlets=outlets, when=tuple(entry["when"])))
    return tuple(timeline)


def published_day(article: Article) -> date | None:
    """The calendar day an article was published, if known."""
    moment = parse_published(article.published)
    return moment.date() if isinstance(moment, datetime) else moment


def story_days(pairs: Sequence[Pair]) -> list[date]:
    """The publication days of a story's articles, in order (the undated left out)."""
    return sorted(d for d in (published_day(a) for a, _ in pairs) if d is not None)


def with_year(day: str, known_days: Sequence[date]) -> str:
    """``XXXX-MM-DD`` given the year that puts it nearest the story's publication dates, when it has any
    (a story reported in March 2025 speaking of "March 4" means 2025, of "December 28" most likely 2024)."""
    if not day.startswith("XXXX-") or len(day) != 10 or not known_days:
        return day
    month, dom = int(day[5:7]), int(day[8:10])
    middle = known_days[len(known_days) // 2]
    options = []
    for year in (middle.year - 1, middle.year, middle.year + 1):
        try:
            options.append(date(year, month, dom))
        except ValueError:  # 29 February of a common year
            continue
    if not options:
        return day
    return min(options, key=lambda d: abs((d - middle).days)).isoformat()


def _date_key(day: str) -> tuple:
    """Known years first, in calendar order (a year before its months); unknown years after them."""
    return (day.startswith("XXXX"), day)
