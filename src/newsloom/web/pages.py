"""The HTML pages: each asks :mod:`.queries` for its view (as the API does) and renders a template."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ..store.read_model import StoryFilter
from . import queries
from .charts import timeline_chart
from .marks import KINDS
from .params import filter_params, number, story_filter, text

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, **context) -> HTMLResponse:
    page = request.app.state.templates.get_template(template).render(request_path=request.url.path, **context)
    return HTMLResponse(page)


def _found(value, what: str):
    if value is None:
        raise HTTPException(status_code=404, detail=f"No {what} here.")
    return value


@router.get("/", response_class=HTMLResponse)
def story_list(request: Request, query: StoryFilter = Depends(story_filter)):
    view = queries.story_list(request.app.state.store, query)
    return render(request, "stories.html", view=view, params=filter_params(query),
                  indexed=request.app.state.store.index.story_count())


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str):
    view = _found(queries.story_view(request.app.state.store, story_id), f"story {story_id}")
    return render(request, "story.html", view=view, story=view.dossier, chart=timeline_chart(view.dossier.timeline),
                  facts_by_id={f.id: f for f in view.dossier.facts})


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: str | None = None, offset: str | None = None):
    page = queries.actors(request.app.state.store, text(q), 100, number(offset, 0))
    return render(request, "actors.html", page=page, q=text(q) or "", offset=number(offset, 0))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: str):
    view = _found(queries.actor_view(request.app.state.store, actor_id), f"actor {actor_id}")
    return render(request, "actor.html", view=view)


@router.get("/outlets", response_class=HTMLResponse)
def outlets(request: Request):
    return render(request, "outlets.html", page=queries.outlets(request.app.state.store))


@router.get("/outlets/{name:path}", response_class=HTMLResponse)
def outlet(request: Request, name: str):
    view = _found(queries.outlet_view(request.app.state.store, name), "outlet of that name")
    return render(request, "outlet.html", view=view)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str, span: str | None = None):
    view = _found(queries.article_view(request.app.state.store, article_id, span), f"article {article_id}")
    return render(request, "article.html", view=view, article=view.article, kinds=KINDS)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("")):
    return render(request, "search.html", view=queries.search_view(request.app.state.store, q[:200]))


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request):
    """The API's endpoints, read from its own OpenAPI document (served at /api/openapi.json)."""
    paths = request.app.openapi()["paths"]
    endpoints = [(path, op.get("summary", ""), [p["name"] for p in op.get("parameters", [])])
                 for path, ops in paths.items() for op in ops.values()]
    return render(request, "api.html", endpoints=endpoints)
