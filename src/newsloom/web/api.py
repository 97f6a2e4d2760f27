"""The JSON API under ``/api``: the same views the pages render (:mod:`.queries`), as JSON. Read-only: every
route is a GET, so nothing a client sends can change the store.

Spans are ``[start, end]`` character offsets into the article's ``text`` (``/api/articles/{id}``).
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from ..serial import to_data
from ..store.read_model import StoryFilter
from . import queries
from .marks import KINDS
from .params import number, story_filter, text

router = APIRouter(prefix="/api", tags=["api"])


def _json(value: Any, **extra) -> Response:
    """The records as JSON (``to_data`` makes them JSON-ready; only an article's fetch time is a datetime)."""
    data = {**to_data(value), **extra} if extra else to_data(value)
    body = json.dumps(data, ensure_ascii=False, default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))
    return Response(body, media_type="application/json")


def _found(value, what: str):
    if value is None:
        raise HTTPException(status_code=404, detail=f"no {what}")
    return value


@router.get("/stories", summary="Stories, filtered and searched, in the brief's order")
def stories(request: Request, query: StoryFilter = Depends(story_filter)):
    return _json(request.app.state.store.index.stories(query))


@router.get("/stories/{story_id}", summary="One story's dossier, with its facts × outlets matrix and statements "
                                           "by speaker")
def story(request: Request, story_id: str):
    return _json(_found(queries.story_view(request.app.state.store, story_id), f"story {story_id}"))


@router.get("/actors", summary="Actors, in most stories first")
def actors(request: Request, q: str | None = Query(None, description="Part of a name or alias."),
           limit: str | None = None, offset: str | None = None):
    return _json(queries.actors(request.app.state.store, text(q), number(limit, 100, 1, 500), number(offset, 0)))


@router.get("/actors/{actor_id}", summary="One actor: roles, stories and statements over time")
def actor(request: Request, actor_id: str):
    return _json(_found(queries.actor_view(request.app.state.store, actor_id), f"actor {actor_id}"))


@router.get("/statements", summary="Statements (each with its earliest wording), earliest first")
def statements(request: Request, speaker: str | None = Query(None, description="An actor id."),
               story: str | None = None, limit: str | None = None, offset: str | None = None):
    return _json(request.app.state.store.index.statements(speaker=text(speaker), story=text(story),
                                                          limit=number(limit, 100, 1, 500), offset=number(offset, 0)))


@router.get("/facts", summary="Facts with their independent outlets and first report, most outlets first")
def facts(request: Request, story: str | None = None,
          outlet: str | None = Query(None, description="Only facts this outlet carries as an independent source."),
          exclusive_to: str | None = Query(None, description="Only facts this outlet alone reported."),
          single_source: bool | None = None, limit: str | None = None, offset: str | None = None):
    return _json(request.app.state.store.index.facts(
        story=text(story), outlet=text(outlet), exclusive_to=text(exclusive_to), single_source=single_source,
        limit=number(limit, 100, 1, 500), offset=number(offset, 0)))


@router.get("/outlets", summary="Outlets, in most stories first")
def outlets(request: Request):
    return _json(queries.outlets(request.app.state.store))


@router.get("/outlets/{name:path}", summary="One outlet: stories covered and what it alone reported")
def outlet(request: Request, name: str):
    return _json(_found(queries.outlet_view(request.app.state.store, name), f"outlet {name}"))


@router.get("/articles", summary="Articles of stories, latest first")
def articles(request: Request, story: str | None = None, outlet: str | None = None, limit: str | None = None,
             offset: str | None = None):
    return _json(request.app.state.store.index.articles(story=text(story), outlet=text(outlet),
                                                        limit=number(limit, 100, 1, 500), offset=number(offset, 0)))


@router.get("/articles/{article_id}", summary="One article: cleaned text cut into marked segments, removed "
                                              "boilerplate, its story")
def article(request: Request, article_id: str,
            span: str | None = Query(None, description="A cited span, start-end, marked as 'cited'.")):
    view = _found(queries.article_view(request.app.state.store, article_id, span), f"article {article_id}")
    return _json(view, text=view.article.text, kinds=KINDS)


@router.get("/search", summary="Stories and articles matching every word (full text)")
def search(request: Request, q: str = Query("", description="Words to find.")):
    return _json(queries.search_view(request.app.state.store, q[:200]))
