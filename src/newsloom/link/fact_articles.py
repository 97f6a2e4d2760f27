"""The articles of a story as the link stage counts them: which independent outlet each counts for, and when
it was published. Facts credit independent outlets (a syndicated copy is not a second source) and who reported
first; contradictions tell a rising toll from a disagreement by the order of the reports.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Mapping, Sequence

from ..records import Article, ArticleAnalysis, outlet_label

Pair = tuple[Article, ArticleAnalysis]


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One article of the story as the link stage counts it: ``source`` is the independent outlet it counts as
    (a syndicated copy counts as its original's outlet) and ``original`` the article it copies, if any."""

    article_id: str
    outlet: str | None
    published: str | None
    source: str
    original: str | None = None


def outlet_key(outlet: str | None) -> str | None:
    if not outlet or not outlet.strip():
        return None
    key = " ".join(outlet.casefold().split())
    return key[4:] if key.startswith("the ") else key


def article_infos(pairs: Sequence[Pair], copies: Mapping[str, str] | None = None) -> dict[str, ArticleInfo]:
    """Each article's independent source: its outlet, or for a copy its original's (followed to the root).

    An article whose outlet is unknown counts as a source of its own; a copy whose original is not in the story
    counts as that original (one source however many copies carry it).
    """
    copies = dict(copies or {})
    articles = {a.id: a for a, _ in pairs}

    def root(article_id: str) -> str:
        seen = {article_id}
        while article_id in copies and copies[article_id] not in seen:
            article_id = copies[article_id]
            seen.add(article_id)
        return article_id

    infos = {}
    for article, _ in pairs:
        original = root(article.id)
        if original in articles:
            source = outlet_label(outlet_key(articles[original].outlet), original)
        else:
            source = f"original:{original}"
        infos[article.id] = ArticleInfo(article.id, article.outlet, article.published, source,
                                        original if original != article.id else None)
    return infos


def published_key(published: str | None) -> tuple:
    """Sort key of an ISO date or date-time: UTC instant when the time is known, else the day; unknown last."""
    moment = parse_published(published)
    if moment is None:
        return (1, "")
    if isinstance(moment, datetime):
        return (0, moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"))
    return (0, moment.isoformat() + "T~")  # a bare day sorts after the timed reports of that (UTC) day


def parse_published(published: str | None) -> datetime | date | None:
    """An aware ``datetime`` (a naive time is taken as UTC), a ``date`` when only the day is known, or ``None``."""
    if not published:
        return None
    text = published.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    except ValueError:
        return None
