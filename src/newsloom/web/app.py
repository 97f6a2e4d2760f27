"""The web application: server-rendered pages (:mod:`.pages`) and the read-only JSON API (:mod:`.api`) over one
store, every asset served from the package (no network needed).

Article text and metadata are hostile input. Three layers keep them inert: every template is autoescaped,
links from article data are kept only when they are http(s) (:func:`safe_href`), and every response carries
a Content-Security-Policy that allows no inline script, no plugin and no foreign origin, so even a slip in a
template could not run anything.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..store import Store, open_store
from ..store.read_model import HIT_END, HIT_START

HERE = Path(__file__).resolve().parent

#: No script at all (the pages need none), styles and images from this server only, no framing, no plugins.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; "
                           "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
                           "frame-ancestors 'none'; object-src 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else ``None`` (no ``javascript:``, ``data:`` …)."""
    if not url or any(ord(c) < 33 for c in url.strip()):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def cite(article_id: str, span) -> str:
    """The link to a sentence of an article: the article page with the span marked and scrolled to."""
    return f"/articles/{quote(article_id, safe='')}?span={int(span[0])}-{int(span[1])}#cited"


def path_part(value: str) -> str:
    """A value (an outlet's name, an actor id) as one URL path segment."""
    return quote(value, safe="")


def query_string(params: dict, **changes) -> str:
    """``?a=1&b=2`` from ``params`` updated by ``changes``, empty values left out."""
    merged = {**params, **changes}
    pairs = [(k, v) for k, v in merged.items() if v not in (None, "", 0)]
    return "?" + urlencode(pairs) if pairs else ""


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, is a matched word) pieces, for the template to escape and mark."""
    parts, hit = [], False
    for piece in snippet.replace(HIT_END, HIT_START).split(HIT_START):
        if piece:
            parts.append((piece, hit))
        hit = not hit
    return parts


def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(cite=cite, safe_href=safe_href, path_part=path_part, query_string=query_string,
                       snippet_parts=snippet_parts, version=__version__)
    env.filters["day"] = lambda value: (value or "")[:10] or "date unknown"
    env.filters["mark_classes"] = lambda kinds: " ".join(f"m-{kind}" for kind in kinds)
    return env


def create_app(store: Store | str | Path) -> FastAPI:
    """The application over ``store`` (an open store, or its location, opened now and closed at shutdown)."""
    owned = not isinstance(store, Store)
    opened = open_store(store) if owned else store

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        if owned:
            opened.close()

    app = FastAPI(title="newsloom", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Read-only JSON API over newsloom's stories, actors, statements, facts and articles. "
                              "Every item points back at an article and a character span of its text.")
    app.state.store = opened
    app.state.templates = templates()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, error: StarletteHTTPException):
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=error.headers)
        page = app.state.templates.get_template("error.html").render(status=error.status_code, detail=error.detail,
                                                                      request_path=request.url.path)
        return HTMLResponse(page, status_code=error.status_code, headers=error.headers)

    from . import api, pages  # routes use app.state; imported here so the module stays importable alone
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app
