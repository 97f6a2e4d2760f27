"""Query parameters shared by the pages and the API, read leniently: a form sends empty fields, and a bad
value in a filter should narrow nothing rather than fail the page."""
from __future__ import annotations

import re

from fastapi import Query

from ..store.read_model import StoryFilter

_DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
PAGE_SIZE = 50


def day(value: str | None) -> str | None:
    """An ISO date (``2025``, ``2025-03`` or ``2025-03-04``), or ``None`` for anything else."""
    value = (value or "").strip()
    return value if _DAY.fullmatch(value) else None


def number(value: str | None, default: int | None = None, low: int = 0, high: int = 10_000) -> int | None:
    value = (value or "").strip()
    return max(low, min(int(value), high)) if value.isdigit() else default


def text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value[:200] or None


def story_filter(q: str | None = Query(None, description="Words every matching story or one of its articles "
                                                          "contains (full text)."),
                 date_from: str | None = Query(None, alias="from", description="ISO date: stories still reported "
                                                                               "on or after it."),
                 date_to: str | None = Query(None, alias="to", description="ISO date: stories begun on or before it."),
                 actor: str | None = Query(None, description="An actor's id or name."),
                 outlet: str | None = Query(None, description="An outlet's name."),
                 min_outlets: str | None = Query(None, description="At least this many outlets."),
                 limit: str | None = Query(None, description=f"At most this many (default {PAGE_SIZE}, most 500)."),
                 offset: str | None = Query(None, description="Skip this many.")) -> StoryFilter:
    return StoryFilter(q=text(q), date_from=day(date_from), date_to=day(date_to), actor=text(actor),
                       outlet=text(outlet), min_outlets=number(min_outlets, None, 1, 1000),
                       limit=number(limit, PAGE_SIZE, 1, 500), offset=number(offset, 0, 0, 10**9))


def filter_params(query: StoryFilter) -> dict:
    """The filter back as query parameters (for links to other pages of the same list)."""
    return {"q": query.q, "from": query.date_from, "to": query.date_to, "actor": query.actor, "outlet": query.outlet,
            "min_outlets": query.min_outlets}
