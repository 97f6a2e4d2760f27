"""The brief as GitHub-flavoured Markdown: reads well on a code forge and diffs well in a repository.

Facts × outlets is a table, wordings are blockquotes, contradictions a two-column table, and every citation
is a link to an anchor in the "Articles" appendix, which quotes each cited passage with its article id and
span. Article text is hostile input: :func:`md` backslash-escapes everything Markdown or HTML could read as
markup (links, images, emphasis, tags, table pipes, line-start block markers), so nothing from an article can
become a link, an element or a broken table; only http(s) URLs are linked (:func:`.brief_model.safe_url`).
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping

from .. import __version__
from ..dossier import Brief
from ..records import Article, outlet_label
from .brief_model import (BriefView, FactRow, Ref, StoryView, anchor, article_anchor, brief_view, day_label,
                          days_label, fact_anchor, mark_labels, safe_url)

__all__ = ["render_markdown", "md"]

_MARKUP = re.compile(r"([\\`*_{}\[\]()<>#|!~$])")
#: Line starts that would still make a list item or a setext underline once the characters above are escaped.
_BULLET, _NUMBERED = re.compile(r"^(\s*)([-+=])", re.MULTILINE), re.compile(r"^(\s*\d+)\.", re.MULTILINE)


def md(text: str | None, block: bool = False) -> str:
    """``text`` as literal Markdown: on one line (table cells, list items; white space folded, not trimmed)
    unless ``block``, where its lines are kept, each stripped (no code block) and its start made plain (no
    heading, list or quote)."""
    text = _MARKUP.sub(r"\\\1", (text or "").replace("&", "&amp;"))
    text = "\n".join(line.strip() for line in text.splitlines()) if block else re.sub(r"\s+", " ", text)
    return _NUMBERED.sub(r"\1\\.", _BULLET.sub(r"\1\\\2", text))


def _link(label: str, ref: Ref) -> str:
    """A link to the quoted passage; the label is our own text or already escaped."""
    return f"[{label}](#{ref.anchor})" if ref.linked else label


def _marks(refs: Iterable[Ref], numbers: Mapping[str, int]) -> str:
    return " ".join(_link(f"\\[{label}\\]", ref) for ref, label in mark_labels(list(refs), numbers))


def _quote(text: str) -> list[str]:
    return ["> " + line if line else ">" for line in md(text, block=True).split("\n")]


def _numbers(story: StoryView) -> dict[str, int]:
    return {outlet: i for i, outlet in enumerate(story.outlets, 1)}


def _matrix(rows: Iterable[FactRow], outlets: tuple[str, ...], numbers: Mapping[str, int]) -> list[str]:
    out = ["| Fact | " + " | ".join(f"{numbers[o]} {md(o)}" for o in outlets) + " |",
           "| --- | " + " | ".join(":-:" for _ in outlets) + " |"]
    for row in rows:
        cells = [" ".join(_link("↻" if copy else "✓", ref) for ref in cell) or "·"
                 for cell, copy in zip(row.cells, row.copies)]
        out.append(f'| <a id="{row.anchor}"></a>{md(row.fact.text)} | ' + " | ".join(cells) + " |")
    return out


def _contradiction(c, a, b) -> list[str]:
    out = [f"#### {md(c.kind.upper())}: {md(c.what)}", ""]
    if c.note:
        out += [f"_{md(c.note)}_", ""]
    out += [f"| **{md(a.value)}** ({md(', '.join(a.outlets))}) | **{md(b.value)}** ({md(', '.join(b.outlets))}) |",
            "| --- | --- |"]
    for i in range(max(len(a.wordings), len(b.wordings))):
        cells = []
        for side in (a, b):
            w = side.wordings[i] if i < len(side.wordings) else None
            cells.append("" if w is None else
                         f"{md(w.before)}{'<strong>' + md(w.clause) + '</strong>' if w.clause else ''}{md(w.after)} "
                         f"— {_link(md(w.ref.outlet), w.ref)}")
        out.append(f"| {cells[0]} | {cells[1]} |")
    return out + [""]


def _statements(story: StoryView) -> list[str]:
    out = []
    for speaker in story.speakers:
        out += [f"#### {md(speaker.name)} ({len(speaker.statements)})", ""]
        for st in speaker.statements:
            for v in st.variants:
                sources = "; ".join(
                    ", ".join(_link(md(outlet) if i == 0 else f"part {i + 1}", ref) for i, ref in enumerate(refs))
                    + (f" ({md(day_label(published))})" if published else "")
                    for outlet, published, refs in v.sources)
                out += _quote(v.text) + [">", f"> — {sources} · _{md(v.kind)}_", ""]
            out += ["---", ""] if len(st.variants) > 1 else []
    return out or ["_No statement was attributed in this story._", ""]


def _timeline(entries, title: str | None) -> list[str]:
    if not entries:
        return []
    out = [f"#### {title}", ""] if title else []
    out += ["| Date | What happened | Sources |", "| --- | --- | --- |"]
    for e in entries:
        sources = ", ".join(_link(md(ref.outlet), ref) for ref in e.refs)
        out.append(f"| {md(e.entry.date)} | {md(e.entry.text)} | {sources} |")
    return out + [""]


def _events(s: StoryView) -> list[str]:
    """The story's developments, when it has several: each with its days, outlets and the lead that dates it."""
    if not s.events:
        return []
    out = ["### Events", "", "| Days | Event | Reported by |", "| --- | --- | --- |"]
    for e in s.events:
        days = days_label(e.event.first_date, e.event.last_date)
        sources = ", ".join(_link(md(ref.outlet), ref) for ref in e.refs) or md(", ".join(e.event.outlets))
        out.append(f"| {md(days)} | {md(e.event.title)} | {sources} |")
    return out + [""]


def _coverage(story: StoryView, numbers: Mapping[str, int]) -> list[str]:
    out = ["| Outlet | Articles | Facts | Only here | Left out |", "| --- | --- | ---: | ---: | ---: |"]
    for cv in story.coverage:
        articles = ", ".join(f"[`{aid[:8]}`](#{article_anchor(aid)})" for aid in cv.articles)
        out.append(f"| {numbers.get(cv.coverage.outlet, '?')} {md(cv.coverage.outlet)} | {articles} | "
                   f"{cv.coverage.facts} | {len(cv.exclusive)} | {len(cv.missed)} |")
    out.append("")
    for cv in story.coverage:
        if cv.exclusive:
            out += [f"**{md(cv.coverage.outlet)} added** (no other outlet reported it):", ""]
            out += [f"- {_link(md(fact.text), refs[0]) if refs else md(fact.text)}" for fact, refs in cv.exclusive]
            out.append("")
        if cv.missed:
            out += [f"**{md(cv.coverage.outlet)} left out** (carried by most other outlets):", ""]
            out += [f"- [{md(fact.text)}](#{fact_anchor(fact.id)}) ({md(', '.join(fact.outlets))})"
                    for fact in cv.missed]
            out.append("")
    return out


def _story(s: StoryView) -> list[str]:
    story, numbers = s.story, _numbers(s)
    dates = days_label(story.first_date, story.last_date)
    out = [f'<a id="{s.anchor}"></a>', "", f"## {md(story.title)}", "",
           f"{dates} · {len(story.articles)} articles · story `{story.id}`", "", "Outlets (citation numbers):", ""]
    for outlet, n in numbers.items():
        titles = "; ".join(f"[{md(a.title or 'untitled')}](#{article_anchor(a.id)}) ({md(day_label(a.published))})"
                           for a in story.articles if outlet_label(a.outlet, a.id) == outlet)
        out.append(f"{n}. {md(outlet)}: {titles}")
    out += [""] + _events(s) + ["### Summary", ""]
    out += [" ".join(f"{md(x.text)} {_marks(x.citations, numbers)}" for x in s.summary)
            or "_No summary._", "", "### Confirmed facts", ""]
    out += (_matrix(s.confirmed, s.outlets, numbers) + ["", "✓ links to each outlet's sentence; ↻ marks a "
                                                        "syndicated copy (not counted as a source).", ""]
            if s.confirmed else ["_No fact is reported by two independent outlets._", ""])
    out += ["### Single-source claims", ""]
    for row in s.single:
        out.append(f'- <a id="{row.anchor}"></a>{md(row.fact.text)} — {md(row.fact.outlets[0])} '
                   f"{_marks(row.refs, numbers)}")
    out += ["" if s.single else "_None._", "", "### Contradictions", ""]
    for c, a, b in s.contradictions:
        out += _contradiction(c, a, b)
    if not s.contradictions:
        out += ["_None found._", ""]
    out += ["### Statements by speaker", ""] + _statements(s) + ["### Timeline", ""]
    out += _timeline(s.dated, None) + _timeline(s.undated, "Dates without a known year")
    if not s.dated and not s.undated:
        out += ["_No sentence of this story states a date._", ""]
    return out + ["### Coverage by outlet", ""] + _coverage(s, numbers)


def _appendix(view: BriefView) -> list[str]:
    out = ['<a id="articles"></a>', "", "## Articles", "",
           "Every cited passage, quoted exactly from the article's cleaned text, with its character span.", ""]
    for article in view.articles:
        url = safe_url(article.url)
        link = (f"[{md(article.url)}]({url.replace('(', '%28').replace(')', '%29')})" if url
                else f"{md(article.url)} (not linked)" if article.url else "unknown")
        out += [f'<a id="{article_anchor(article.id)}"></a>', "", f"### {md(article.title or 'Untitled article')}",
                "", f"{md(article.outlet or 'outlet unknown')} · {md(day_label(article.published))} · "
                f"URL: {link} · article `{article_anchor(article.id)[2:]}`", ""]
        for start, end in sorted(view.spans.get(article.id, ())):
            out += [f'<a id="{anchor(article.id, (start, end))}"></a>', ""] + _quote(article.text[start:end])
            out += [">", f"> — article `{article_anchor(article.id)[2:]}`, characters {start}–{end}", ""]
    return out


def render_markdown(brief: Brief, articles: Mapping[str, Article]) -> str:
    """The whole brief as Markdown; ``articles`` (by id) supply the passages the appendix quotes."""
    view = brief_view(brief, articles)
    outlets = {o for s in view.stories for o in s.outlets}
    stories = f"{len(view.stories)} stor{'y' if len(view.stories) == 1 else 'ies'}"
    out = [f"# newsloom brief: {stories} from {len(outlets)} outlet{'' if len(outlets) == 1 else 's'}", "",
           f"_Generated {md(brief.generated_at)} by newsloom {__version__}. Citation marks \\[n\\] number the "
           "story's outlets and link to the quoted sentence in [Articles](#articles)._", "", "## Contents", ""]
    out += [f"- [{md(s.story.title)}](#{s.anchor})" for s in view.stories]
    out += ["- [Threads](#threads)", "- [Articles](#articles)", ""]
    for s in view.stories:
        out += _story(s)
    out += ['<a id="threads"></a>', "", "## Threads", ""]
    for title, members in view.threads:
        out.append("- " + " → ".join(f"[{md(t)}](#{name})" if name else md(t) for t, name in members))
    return "\n".join(out + [""] + _appendix(view)).rstrip() + "\n"
