"""What the commands print: tables and annotated articles for a terminal, built with rich.

Everything from an article is escaped before it reaches rich markup: article text is untrusted input.
"""
from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..dossier import Brief, StorySummary
from ..records import Article, ArticleAnalysis, CorpusActor, Statement


def articles_table(console: Console, articles: list[Article], title: str) -> None:
    table = Table(title=title, title_justify="left")
    table.add_column("id", no_wrap=True, min_width=12)
    table.add_column("outlet", max_width=24, overflow="ellipsis", no_wrap=True)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("title", overflow="ellipsis", no_wrap=True, ratio=1)
    table.add_column("words", justify="right", min_width=5)
    for article in articles:
        table.add_row(article.id[:12], escape(article.outlet or "?"), (article.published or "?")[:10],
                      escape(article.title or "?"), str(article.words))
    console.print(table)


def show_article(console: Console, article: Article, analysis: ArticleAnalysis | None, removed: bool) -> None:
    """Metadata with provenance, the text with actors, times and gaps marked, then what was removed."""
    for label, value, how in (("title", article.title, article.title_how),
                              ("outlet", article.outlet, article.outlet_how),
                              ("published", article.published, article.published_how),
                              ("language", article.language, None), ("url", article.url, None),
                              ("byline", article.byline, None), ("source", article.source, None),
                              ("revision of", article.revision_of, None)):
        note = f" [dim]({escape(how)})[/dim]" if how else ""
        console.print(f"[bold]{label}:[/bold] {escape(value or '—')}{note}", highlight=False)
    console.print(f"[bold]id:[/bold] {article.id}   [bold]words:[/bold] {article.words}\n")
    console.print(marked_text(article, analysis), highlight=False)
    if analysis is None:
        console.print("\n[dim]not analysed yet: run `newsloom analyse`[/dim]")
    elif analysis.skipped:
        console.print(f"\n[yellow]not analysed:[/yellow] {escape(analysis.skipped)}")
    else:
        _analysis_tables(console, article, analysis)
    if removed and article.removed:
        console.print("\n[bold]removed by the cleaner:[/bold]")
        for piece in article.removed:
            console.print(f"[dim]  ✂ {escape(piece.text[:160])}  ({escape(piece.reason)})[/dim]", highlight=False)


def marked_text(article: Article, analysis: ArticleAnalysis | None = None) -> str:
    """The text as rich markup: actor mentions in cyan, time expressions in green, quotes in magenta (where no
    actor or time is marked inside them), stripped-link gaps as ⟨…⟩."""
    marks: list[tuple[int, int, str]] = [(g.start, g.end, "gap") for g in article.gaps]
    if analysis is not None and not analysis.skipped:
        marks += [(m.start, m.end, "actor") for actor in analysis.actors for m in actor.mentions]
        marks += [(t.start, t.end, "time") for t in analysis.times]
        quoted = [(start, end, "quote") for q in analysis.quotes for start, end in q.content]
        marks += [mark for mark in quoted if not any(m[0] < mark[1] and mark[0] < m[1] for m in marks)]
    text, pieces, last = article.text, [], 0
    for start, end, kind in sorted(marks):
        if start < last:  # overlapping marks: the first one wins
            continue
        pieces.append(escape(text[last:start]))
        if kind == "gap":
            pieces.append(" [red]⟨…⟩[/red] ")
        else:
            style = {"actor": "cyan", "time": "green", "quote": "magenta"}[kind]
            pieces.append(f"[{style}]{escape(text[start:end])}[/{style}]")
        last = end
    pieces.append(escape(text[last:]))
    return "".join(pieces)


def _analysis_tables(console: Console, article: Article, analysis: ArticleAnalysis) -> None:
    actors = Table(title="actors in this article", title_justify="left")
    for column in ("actor", "kind", "mentions", "roles", "as"):
        actors.add_column(column, overflow="fold")
    for actor in analysis.actors:
        roles = "; ".join(f"{r.title}" + (f" of {r.of}" if r.of else "") for r in actor.roles)
        actors.add_row(escape(actor.name), actor.kind, str(len(actor.mentions)), escape(roles),
                       escape(", ".join(actor.aliases)))
    console.print()
    console.print(actors)
    times = Table(title=f"time expressions (anchor: {article.published[:10] if article.published else 'unknown'})",
                  title_justify="left")
    for column in ("expression", "type", "value"):
        times.add_column(column)
    for ref in analysis.times:
        times.add_row(escape(ref.text), ref.type, escape(ref.value or "unresolved"))
    console.print(times)
    if analysis.quotes:
        names = {actor.key: actor.name for actor in analysis.actors}
        quotes = Table(title="who said what", title_justify="left")
        for column in ("speaker", "kind", "cue", "content"):
            quotes.add_column(column, overflow="fold", ratio=3 if column == "content" else None)
        for quote in analysis.quotes:
            speaker = names.get(quote.speaker_actor) or quote.speaker_text or "unknown"
            cue = article.text[quote.cue[0]:quote.cue[1]] if quote.cue else ""
            content = " … ".join(article.text[start:end] for start, end in quote.content)
            quotes.add_row(escape(speaker), quote.kind, escape(cue), escape(content))
        console.print(quotes)


def actors_table(console: Console, actors: tuple[CorpusActor, ...], mentions: Counter) -> None:
    """Corpus-wide actors: kind, aliases, roles with their dates, mention and article counts."""
    table = Table(title=f"{len(actors)} actors", title_justify="left")
    table.add_column("actor", overflow="fold")
    table.add_column("kind")
    table.add_column("aliases", overflow="fold", ratio=2)
    table.add_column("roles", overflow="fold", ratio=2)
    table.add_column("mentions", justify="right")
    table.add_column("articles", justify="right")
    for actor in sorted(actors, key=lambda a: (-mentions[a.id], a.name)):
        roles: dict[str, list[str]] = {}
        for role in actor.roles:
            label = role.title + (f" of {role.of}" if role.of else "")
            roles.setdefault(label, []).append(role.date[:10] if role.date else "undated")
        role_text = "; ".join(f"{label} ({', '.join(sorted(set(dates)))})" for label, dates in roles.items())
        table.add_row(escape(actor.name), actor.kind, escape(", ".join(a for a in actor.aliases if a != actor.name)),
                      escape(role_text), str(mentions[actor.id]), str(len({m[0] for m in actor.members})))
    console.print(table)


def statements_view(console: Console, statements: tuple[Statement, ...], actors: tuple[CorpusActor, ...]) -> None:
    """Statements grouped by speaker; under each, every outlet's wording with its article and span."""
    by_id = {actor.id: actor for actor in actors}
    groups: dict[str, list[Statement]] = {}
    for statement in statements:
        groups.setdefault(statement.speaker_name or "unknown speaker", []).append(statement)
    order = sorted(groups, key=lambda name: (-sum(len(s.variants) for s in groups[name]), name))
    for name in order:
        speaker = by_id.get(groups[name][0].speaker)
        roles = sorted({r.title + (f" of {r.of}" if r.of else "") for r in speaker.roles}) if speaker else []
        console.print(f"\n[bold]{escape(name)}[/bold]" + (f" [dim]({escape('; '.join(roles))})[/dim]" if roles else ""))
        for statement in sorted(groups[name], key=lambda s: (-len({v.outlet for v in s.variants}), s.id)):
            outlets = sorted({v.outlet or "unknown outlet" for v in statement.variants})
            console.print(f"  [bold]•[/bold] {len(outlets)} outlet(s): {escape(', '.join(outlets))}  [dim]{statement.id}[/dim]")
            for variant in sorted(statement.variants, key=lambda v: (v.published or "", v.article_id)):
                where = ", ".join(f"{start}-{end}" for start, end in variant.content)
                console.print(f"      [dim]{escape(variant.outlet or '?')}, {(variant.published or '?')[:10]}, "
                              f"{variant.article_id[:12]} @{where}, {variant.kind}[/dim]\n"
                              f"      [magenta]“{escape(variant.text)}”[/magenta]", highlight=False)


def stories_table(console: Console, stories: list[StorySummary]) -> None:
    """One line per story: id, thread, title, articles, outlets, first and last date."""
    table = Table(title=f"{len(stories)} stories", show_lines=False)
    for column in ("story", "thread", "title", "articles", "outlets", "first", "last"):
        table.add_column(column, overflow="fold")
    for s in stories:
        table.add_row(s.id, s.thread, escape(s.title), str(s.articles), escape(", ".join(s.outlets)),
                      s.first_date or "?", s.last_date or "?")
    console.print(table)


def brief_view(console: Console, brief: Brief) -> None:
    """The brief for reading in a terminal: per story its summary with citations, contradictions, timeline."""
    for story in brief.stories:
        dates = f"{story.first_date or '?'} – {story.last_date or '?'}"
        console.print(f"\n[bold]{escape(story.title)}[/bold]  [dim]{story.id} · {story.thread} · "
                      f"{len(story.articles)} articles · {dates}[/dim]", highlight=False)
        for event in story.developments:
            console.print(f"  [magenta]event {escape(event.first_date or '?')}[/magenta] {escape(event.title)} "
                          f"[cyan]\\[{escape('; '.join(event.outlets))}][/cyan]", highlight=False)
        for sentence in story.summary:
            console.print(f"  {escape(sentence.text)} [cyan]\\[{escape('; '.join(sentence.outlets))}][/cyan]",
                          highlight=False)
        for c in story.contradictions:
            console.print(f"  [red]contradiction[/red] ({c.kind}) {escape(c.what)}: {escape(c.a.value)} "
                          f"[cyan]\\[{escape('; '.join(c.a.outlets))}][/cyan] vs {escape(c.b.value)} "
                          f"[cyan]\\[{escape('; '.join(c.b.outlets))}][/cyan]", highlight=False)
        for c in story.coverage:
            console.print(f"  [dim]{escape(c.outlet)}: {c.facts} facts, {len(c.exclusive)} reported by no other "
                          f"outlet, {len(c.missed)} well-supported left out[/dim]", highlight=False)
        corroborated = sum(1 for f in story.facts if len(f.outlets) > 1)
        console.print(f"  [dim]{len(story.facts)} facts ({corroborated} from 2+ outlets), "
                      f"{len(story.statements)} statements, {len(story.timeline)} dated events[/dim]",
                      highlight=False)
