"""Article <-> table row, lossless: what goes in comes back equal (``get_article(a.id) == a``)."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Mapping

from newsloom.records import Article, Gap, Removed


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _utc_key(moment: datetime) -> str:
    """Fixed-width UTC text, so text order is time order (naive datetimes are taken as UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds")


def article_to_row(article: Article, revision_of: str | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "outlet": article.outlet,
        "outlet_how": article.outlet_how,
        "title": article.title,
        "title_how": article.title_how,
        "byline": article.byline,
        "published": article.published,
        "published_how": article.published_how,
        "language": article.language,
        "media_type": article.media_type,
        # isoformat keeps the offset (or its absence) and the microseconds; fromisoformat reverses it exactly
        "fetched_at": article.fetched_at.isoformat(),
        "fetched_utc": _utc_key(article.fetched_at),
        "words": article.words,
        "text": article.text,
        "paragraphs": list(article.paragraphs),
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "gaps": [{"start": g.start, "end": g.end, "reason": g.reason} for g in article.gaps],
        "revision_of": revision_of,
        "stored_at": utc_now(),
    }


def row_to_article(row: Mapping[str, Any]) -> Article:
    """Rebuild the record; ``Article`` re-checks that the id is still the hash of the stored text."""
    return Article(
        id=row["id"],
        source=row["source"],
        paragraphs=tuple(row["paragraphs"]),
        url=row["url"],
        outlet=row["outlet"],
        outlet_how=row["outlet_how"],
        title=row["title"],
        title_how=row["title_how"],
        byline=row["byline"],
        published=row["published"],
        published_how=row["published_how"],
        language=row["language"],
        media_type=row["media_type"],
        fetched_at=datetime.fromisoformat(row["fetched_at"]),
        removed=tuple(Removed(**r) for r in row["removed"]),
        gaps=tuple(Gap(**g) for g in row["gaps"]),
        revision_of=row["revision_of"],
    )
