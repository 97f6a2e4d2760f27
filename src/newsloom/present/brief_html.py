"""The brief as one self-contained HTML file: opens from disk, prints, and makes no request of its own.

Article text and metadata are hostile input, so the page is built to stay inert whatever they hold:
Jinja2 autoescapes every value (attribute values included), the few pieces built in Python
(:mod:`.article_marks`, :mod:`.timeline_svg`) escape through markupsafe, only http(s) URLs become hrefs
(:func:`.brief_model.safe_url`), nothing from an article reaches the ``<style>`` element or an event
attribute, and the page has no script at all. A Content-Security-Policy (``default-src 'none'``, inline
styles only) backs this up: a browser would neither run a script nor load anything even if one slipped in.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Mapping

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .. import __version__
from ..dossier import Brief
from ..records import Article
from .article_marks import marked_articles
from .brief_model import (BriefView, StoryView, article_anchor, brief_view, day_label, days_label,
                          fact_anchor, mark_labels, safe_url, story_anchor)
from .timeline_svg import split_background, timeline_svg

__all__ = ["render_html", "CSP"]

#: No scripts, no requests: styles may only be inline, images only data: URIs (there are none).
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("newsloom.present", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["day"] = day_label
    env.filters["safe_url"] = safe_url
    env.globals.update(article_anchor=article_anchor, days_label=days_label, fact_anchor=fact_anchor,
                       mark_labels=mark_labels, story_anchor=story_anchor)
    return env


@lru_cache(maxsize=1)
def _stylesheet() -> Markup:
    # Our own file, not article data: it may go into <style> as it is.
    return Markup(resources.files("newsloom.present").joinpath("templates/brief.css").read_text(encoding="utf-8"))


def _outlet_numbers(story: StoryView) -> dict[str, int]:
    """Each outlet of the story numbered in order of first report: citation marks show these numbers."""
    numbers = {outlet: i for i, outlet in enumerate(story.outlets, 1)}
    for ref in (r for s in story.summary for r in (s.ref, *s.citations)):
        numbers.setdefault(ref.outlet, len(numbers) + 1)
    return numbers


def _charts(story: StoryView) -> list[tuple[str, Markup]]:
    own, background = split_background(story.dated, story.story.first_date)
    charts = [("Timeline of the story", timeline_svg(own, "Timeline of the story"))] if own else []
    if background:
        charts.append(("Background: earlier dates the reports mention",
                       timeline_svg(background, "Background: earlier dates the reports mention")))
    return charts


def render_view(view: BriefView) -> str:
    """The page for a view already worked out (see :func:`render_html`)."""
    texts, piece_css = marked_articles(view.articles, view.spans)
    story_of = {a.id: s.story for s in view.stories for a in s.story.articles}
    outlets = sorted({o for s in view.stories for o in s.outlets}, key=str.casefold)
    return _environment().get_template("brief.html.j2").render(
        view=view, brief=view.brief, stories=view.stories, css=_stylesheet(), piece_css=piece_css, csp=CSP,
        texts=texts, story_of=story_of, outlet_count=len(outlets), version=__version__,
        numbers_by_story={s.story.id: _outlet_numbers(s) for s in view.stories},
        charts={s.story.id: _charts(s) for s in view.stories})


def render_html(brief: Brief, articles: Mapping[str, Article]) -> str:
    """The whole brief as one HTML page; ``articles`` (by id) supply the text every citation points into."""
    return render_view(brief_view(brief, articles))
