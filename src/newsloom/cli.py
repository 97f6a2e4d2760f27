"""The ``newsloom`` command: parses options, calls the pipeline, shows progress and results. Nothing else."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .ingest import IngestOptions
from .pipeline import IngestReport, extract, ingest
from .records import Article, Failure
from .store import PutOutcome, open_store

app = typer.Typer(help="Many outlets' reports of an event → one consolidated, source-attributed dossier.",
                  no_args_is_help=True, add_completion=False)
out = Console(width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True)

DbOption = typer.Option("newsloom.db", "--db", help="SQLite file or SQLAlchemy URL of the store.")
InputsArgument = typer.Argument(..., help="Files, directories, globs, URLs, or - for standard input.")


def _options(outlet, published, manifest, field, max_mb, timeout, no_fetch) -> IngestOptions:
    field_map = {}
    for pair in field or []:
        ours, _, theirs = pair.partition("=")
        if not ours or not theirs:
            raise typer.BadParameter(f"--field takes OURS=THEIRS (e.g. text=story_body), not {pair!r}")
        field_map[ours.strip()] = theirs.strip()
    try:
        return IngestOptions(outlet=outlet, published=published, manifest=manifest, field_map=field_map,
                             max_bytes=int(max_mb * 1024 * 1024), timeout=timeout, fetch_feed_pages=not no_fetch)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error


def _ingest_options(fn):
    """The options every ingesting command shares, declared once."""
    import functools
    import inspect

    extra = [
        inspect.Parameter("outlet", inspect.Parameter.KEYWORD_ONLY, annotation=Optional[str],
                          default=typer.Option(None, help="Outlet of every input (overrides all inference).")),
        inspect.Parameter("published", inspect.Parameter.KEYWORD_ONLY, annotation=Optional[str],
                          default=typer.Option(None, help="Publication date of every input, e.g. 2025-10-29.")),
        inspect.Parameter("manifest", inspect.Parameter.KEYWORD_ONLY, annotation=Optional[str],
                          default=typer.Option(None, help="JSONL or CSV mapping files/URLs to "
                                                          "url/outlet/published/title/language.")),
        inspect.Parameter("field", inspect.Parameter.KEYWORD_ONLY, annotation=Optional[List[str]],
                          default=typer.Option(None, help="Map a JSON field: OURS=THEIRS, e.g. text=story_body.")),
        inspect.Parameter("max_mb", inspect.Parameter.KEYWORD_ONLY, annotation=float,
                          default=typer.Option(20.0, help="Size cap per input, in MB.")),
        inspect.Parameter("timeout", inspect.Parameter.KEYWORD_ONLY, annotation=float,
                          default=typer.Option(20.0, help="Network timeout per URL, in seconds.")),
        inspect.Parameter("no_fetch", inspect.Parameter.KEYWORD_ONLY, annotation=bool,
                          default=typer.Option(False, "--no-fetch", help="Never fetch the pages of feed entries.")),
    ]
    signature = inspect.signature(fn)
    names = [p.name for p in extra]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        kwargs["options"] = _options(*(kwargs.pop(name) for name in names))
        return fn(*args, **kwargs)

    params = [p for p in signature.parameters.values() if p.name != "options"]
    wrapper.__signature__ = signature.replace(parameters=params + extra)
    return wrapper


def _report_failures(failures: list[Failure]) -> None:
    for failure in failures:
        err.print(f"[red]error[/red] {escape(str(failure))}", highlight=False, soft_wrap=True)


def _run_ingest(inputs: List[str], options: IngestOptions, db: str) -> IngestReport:
    with open_store(db) as store, Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                           MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                                           transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        report = ingest(inputs, options, store, on_item=lambda label: progress.advance(task))
    _report_failures(report.failures)
    return report


def _summary(report: IngestReport, db: str) -> str:
    return (f"{report.count(PutOutcome.NEW)} new, {report.count(PutOutcome.REVISION)} revisions, "
            f"{report.count(PutOutcome.UNCHANGED)} already stored, {len(report.failures)} failed → {db}")


@app.command("ingest")
@_ingest_options
def ingest_command(inputs: List[str] = InputsArgument, db: str = DbOption, options: IngestOptions = None) -> None:
    """Read, clean and store reports from files, directories, globs, URLs, feeds or standard input."""
    report = _run_ingest(inputs, options, db)
    out.print(_summary(report, db), highlight=False)
    raise typer.Exit(0 if report.ok else 1)


@app.command("run")
@_ingest_options
def run_command(inputs: List[str] = InputsArgument, db: str = DbOption, options: IngestOptions = None) -> None:
    """The main job: ingest and clean everything given, then report what is stored."""
    report = _run_ingest(inputs, options, db)
    _articles_table([article for article, _ in report.results], title="Articles from this run")
    out.print(_summary(report, db), highlight=False)
    raise typer.Exit(0 if report.ok else 1)


@app.command("extract")
@_ingest_options
def extract_command(inputs: List[str] = InputsArgument, jsonl: bool = typer.Option(True, "--jsonl/--no-jsonl",
                    help="One JSON object per input (the only format for now)."),
                    options: IngestOptions = None) -> None:
    """Clean inputs without storing them: one JSON object per input on standard output."""
    failed = False
    for item in extract(inputs, options):
        if isinstance(item, Failure):
            _report_failures([item])
            failed = True
            continue
        record = {"source": item.source, "id": item.id, "title": item.title, "text": item.text,
                  "outlet": item.outlet, "published": item.published, "language": item.language,
                  "url": item.url, "byline": item.byline}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failed else 0)


def _articles_table(articles: list[Article], title: str) -> None:
    table = Table(title=title, title_justify="left", expand=False)
    table.add_column("id", no_wrap=True, min_width=12)
    table.add_column("outlet", max_width=24, overflow="ellipsis", no_wrap=True)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("title", overflow="ellipsis", no_wrap=True, ratio=1)
    table.add_column("words", justify="right", min_width=5)
    for article in articles:
        table.add_row(article.id[:12], escape(article.outlet or "?"), (article.published or "?")[:10],
                      escape(article.title or "?"), str(article.words))
    out.print(table)


@app.command("articles")
def articles_command(db: str = DbOption) -> None:
    """List stored articles: id, outlet, date, title, words."""
    with open_store(db) as store:
        articles = list(store.articles())
    _articles_table(articles, title=f"{len(articles)} articles in {db}")


@app.command("show")
def show_command(article_id: str = typer.Argument(..., help="Article id or a unique prefix of it."),
                 db: str = DbOption,
                 removed: bool = typer.Option(True, "--removed/--no-removed", help="Show what the cleaner dropped.")) -> None:
    """Show one article: metadata, cleaned text with gaps marked, and the removed boilerplate."""
    with open_store(db) as store:
        try:
            article = store.get_article(article_id)
        except (LookupError, ValueError) as error:
            err.print(f"[red]error[/red] {escape(str(error))}")
            raise typer.Exit(1)
    if article is None:
        err.print(f"[red]error[/red] no article {escape(article_id)!r} in {escape(db)}")
        raise typer.Exit(1)
    for label, value, how in (("title", article.title, article.title_how),
                              ("outlet", article.outlet, article.outlet_how),
                              ("published", article.published, article.published_how),
                              ("language", article.language, None), ("url", article.url, None),
                              ("byline", article.byline, None), ("source", article.source, None),
                              ("revision of", article.revision_of, None)):
        note = f" [dim]({escape(how)})[/dim]" if how else ""
        out.print(f"[bold]{label}:[/bold] {escape(value or '—')}{note}", highlight=False)
    out.print(f"[bold]id:[/bold] {article.id}   [bold]words:[/bold] {article.words}\n")
    out.print(_marked_text(article), highlight=False)
    if removed and article.removed:
        out.print("\n[bold]removed by the cleaner:[/bold]")
        for piece in article.removed:
            out.print(f"[dim]  ✂ {escape(piece.text[:160])}  ({escape(piece.reason)})[/dim]", highlight=False)


def _marked_text(article: Article) -> str:
    """The text with every stripped-link gap shown as a red ⟨…⟩."""
    text, pieces, last = article.text, [], 0
    for gap in article.gaps:
        pieces.append(escape(text[last:gap.start]))
        pieces.append(" [red]⟨…⟩[/red] ")
        last = gap.end
    pieces.append(escape(text[last:]))
    return "".join(pieces)


@app.callback(invoke_without_command=True)
def main(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        out.print(f"newsloom {__version__}")
        raise typer.Exit()


if __name__ == "__main__":
    app()
