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

from . import __version__
from .ingest import IngestOptions
from .analyse.nlp import ModelNotInstalled
from .analyse.runner import AnalyseReport, stored_analysis
from .pipeline import (IngestReport, analyse, brief, corpus_actors, corpus_statements, extract, ingest,
                       ingest_and_analyse, stories, story_statements)
from .present import terminal
from .present.brief_json import brief_json
from .records import Failure
from .store import PutOutcome, open_store

app = typer.Typer(help="Many outlets' reports of an event → one consolidated, source-attributed dossier.",
                  no_args_is_help=True, add_completion=False)
out = Console(width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True)

DbOption = typer.Option("newsloom.db", "--db", help="SQLite file or SQLAlchemy URL of the store.")
InputsArgument = typer.Argument(..., help="Files, directories, globs, URLs, or - for standard input.")
ModelOption = typer.Option(None, "--model", help="spaCy pipeline: en_core_web_md (default), en_core_web_sm, a package "
                                                 "or a path; also $NEWSLOOM_SPACY_MODEL.")
WorkersOption = typer.Option(None, "--workers", help="Processes for analysis (default: all cores).")


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


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True)


def _run_ingest(inputs: List[str], options: IngestOptions, db: str) -> IngestReport:
    with open_store(db) as store, _progress() as progress:
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
def run_command(inputs: List[str] = InputsArgument, db: str = DbOption, model: Optional[str] = ModelOption,
                workers: Optional[int] = WorkersOption,
                json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the brief as JSON here."),
                html_out: Optional[Path] = typer.Option(None, "--html", help="Write the HTML brief here (default: "
                                                        "beside the database, DB.brief.html)."),
                no_html: bool = typer.Option(False, "--no-html", help="Do not write the HTML brief."),
                options: IngestOptions = None) -> None:
    """The main job: ingest, clean, analyse and link everything given, then show the brief of every story and
    write it as one HTML page (see --html)."""
    try:
        with open_store(db) as store, _progress() as progress:
            task = progress.add_task("ingesting and analysing", total=None)
            report, analysed = ingest_and_analyse(
                inputs, options, store, model=model, workers=workers,
                on_item=lambda label: progress.advance(task),
                on_article=lambda done, total: progress.update(task, description="analysing", completed=done,
                                                               total=total))
            progress.update(task, description="linking stories, facts and statements", total=None)
            dossier, link_failures = brief(store)
            html_path = None if no_html else (html_out or _default_html_path(db))
            page = None if html_path is None else _brief_document(store, dossier, "html")
    except ModelNotInstalled as error:
        err.print(f"[red]error[/red] {escape(str(error))}")
        raise typer.Exit(2)
    failures = report.failures + analysed.failures + link_failures
    _report_failures(failures)
    terminal.articles_table(out, [article for article, _ in report.results], title="Articles from this run")
    terminal.brief_view(out, dossier)
    if json_out is not None:
        json_out.write_text(brief_json(dossier) + "\n", encoding="utf-8")
    if page is not None:
        try:
            html_path.write_text(page, encoding="utf-8")
        except OSError as error:
            failures.append(Failure(str(html_path), f"cannot write the HTML brief: {error}"))
            _report_failures(failures[-1:])
            html_path = None
    out.print(_summary(report, db), highlight=False)
    out.print(f"{analysed.analysed} analysed, {len(analysed.skipped)} skipped (language), "
              f"{len(analysed.failures)} failed; {len(dossier.stories)} stories in "
              f"{len(dossier.threads)} threads", highlight=False)
    if html_path is not None:
        out.print(f"brief → {escape(str(html_path))} (open it in a browser)", highlight=False)
    raise typer.Exit(0 if not failures else 1)


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


@app.command("articles")
def articles_command(db: str = DbOption) -> None:
    """List stored articles: id, outlet, date, title, words."""
    with open_store(db) as store:
        articles = list(store.articles())
    terminal.articles_table(out, articles, title=f"{len(articles)} articles in {db}")


@app.command("show")
def show_command(article_id: str = typer.Argument(..., help="Article id or a unique prefix of it."),
                 db: str = DbOption,
                 removed: bool = typer.Option(True, "--removed/--no-removed", help="Show what the cleaner dropped.")) -> None:
    """Show one article: metadata, text with actors, times and gaps marked, and the removed boilerplate."""
    with open_store(db) as store:
        try:
            article = store.get_article(article_id)
        except (LookupError, ValueError) as error:
            err.print(f"[red]error[/red] {escape(str(error))}")
            raise typer.Exit(1)
        if article is None:
            err.print(f"[red]error[/red] no article {escape(article_id)!r} in {escape(db)}")
            raise typer.Exit(1)
        analysis = stored_analysis(store, article.id)
    terminal.show_article(out, article, analysis, removed)


def _run_analysis(db: str, model: str | None, workers: int | None) -> AnalyseReport:
    try:
        with open_store(db) as store, _progress() as progress:
            task = progress.add_task("analysing", total=None)
            report = analyse(store, model=model, workers=workers,
                             on_article=lambda done, total: progress.update(task, completed=done, total=total))
    except ModelNotInstalled as error:
        err.print(f"[red]error[/red] {escape(str(error))}")
        raise typer.Exit(2)
    _report_failures(report.failures)
    for article_id, reason in report.skipped:
        err.print(f"[yellow]skipped[/yellow] {article_id}: {escape(reason)}", highlight=False)
    return report


@app.command("analyse")
def analyse_command(db: str = DbOption, model: Optional[str] = ModelOption,
                    workers: Optional[int] = WorkersOption) -> None:
    """Analyse what is not yet analysed: sentences, entities, actors, resolved time expressions."""
    report = _run_analysis(db, model, workers)
    out.print(f"{report.analysed} analysed, {len(report.skipped)} skipped, {len(report.failures)} failed → {db}",
              highlight=False)
    raise typer.Exit(1 if report.failures else 0)


@app.command("quotes")
def quotes_command(db: str = DbOption,
                   actor: Optional[str] = typer.Option(None, "--actor", help="Only this speaker (name or alias)."),
                   story: Optional[str] = typer.Option(None, "--story", help="Only this story (see `newsloom stories`).")
                   ) -> None:
    """Who said what: statements grouped by speaker, each with every outlet's wording and its spans."""
    with open_store(db) as store:
        if story is None:
            statements, actors = corpus_statements(store)
        else:
            try:
                statements, actors = story_statements(store, story)
            except LookupError as error:
                err.print(f"[red]error[/red] {escape(str(error))} (see `newsloom stories`)")
                raise typer.Exit(1)
    if actor:
        wanted = actor.casefold()
        ids = {a.id for a in actors if wanted == a.name.casefold() or wanted in (x.casefold() for x in a.aliases)}
        statements = tuple(s for s in statements if s.speaker in ids)
        if not ids:
            err.print(f"[yellow]no actor called {escape(actor)!r}[/yellow]")
    terminal.statements_view(out, statements, actors)


@app.command("stories")
def stories_command(db: str = DbOption) -> None:
    """List stories: title, thread, number of articles, outlets, first and last date."""
    with open_store(db) as store:
        listed, failures = stories(store)
    _report_failures(failures)
    terminal.stories_table(out, list(listed))
    raise typer.Exit(1 if failures else 0)


BRIEF_FORMATS = ("text", "json", "html", "md")


def _brief_document(store, dossier, format: str) -> str:
    """The brief as a file people read (html, md) or as data (json), with the store's article texts."""
    if format == "json":
        return brief_json(dossier) + "\n"
    from .present.brief_model import article_ids

    articles = {a.id: a for a in (store.get_article(i) for i in article_ids(dossier)) if a is not None}
    if format == "html":
        from .present.brief_html import render_html

        return render_html(dossier, articles)
    from .present.brief_markdown import render_markdown

    return render_markdown(dossier, articles)


def _default_html_path(db: str) -> Path:
    """Where `run` puts the HTML brief: beside the database (``out/demo.db`` → ``out/demo.brief.html``)."""
    if "://" in db:
        from sqlalchemy.engine import make_url

        database = make_url(db).database if db.startswith("sqlite") else None
        if not database or database == ":memory:":
            return Path("newsloom.brief.html")
        db = database
    path = Path(db)
    return path.with_name(path.stem + ".brief.html")


@app.command("brief")
def brief_command(db: str = DbOption,
                  format: str = typer.Option("text", "--format", help="text (for reading here), html (one "
                                             "self-contained page), md (Markdown) or json (docs/brief.schema.json)."),
                  story: Optional[str] = typer.Option(None, "--story", help="Only this story."),
                  output: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead.")
                  ) -> None:
    """The dossier: per story its summary with citations, facts, contradictions, statements, timeline, coverage."""
    if format not in BRIEF_FORMATS:
        raise typer.BadParameter(f"--format is one of {', '.join(BRIEF_FORMATS)}, not {format!r}")
    with open_store(db) as store:
        try:
            dossier, failures = brief(store, story)
        except LookupError as error:
            err.print(f"[red]error[/red] {escape(str(error))} (see `newsloom stories`)")
            raise typer.Exit(1)
        document = None if format == "text" else _brief_document(store, dossier, format)
    _report_failures(failures)
    if document is None and output is None:
        terminal.brief_view(out, dossier)
    elif document is None:
        with output.open("w", encoding="utf-8") as handle:
            terminal.brief_view(Console(file=handle, width=120), dossier)
    elif output is None:
        sys.stdout.write(document)
    else:
        output.write_text(document, encoding="utf-8")
        err.print(f"brief ({format}) → {escape(str(output))}", highlight=False)
    raise typer.Exit(1 if failures else 0)


@app.command("actors")
def actors_command(db: str = DbOption) -> None:
    """Actors across the corpus: canonical name, kind, aliases, dated roles, mention and article counts."""
    with open_store(db) as store:
        actors, mentions = corpus_actors(store)
    terminal.actors_table(out, actors, mentions)


@app.command("serve")
def serve_command(db: str = DbOption,
                  host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (this machine only by "
                                                                       "default)."),
                  port: int = typer.Option(8000, "--port", help="Port to listen on."),
                  refresh: bool = typer.Option(False, "--refresh", help="Bring every story's dossier up to date "
                                                                        "first (what `newsloom brief` does).")) -> None:
    """Serve the stories as web pages and a read-only JSON API under /api; no network needed."""
    import uvicorn

    from .web.app import create_app

    with open_store(db) as store:
        if refresh or (store.index.story_count() == 0 and store.count_articles()):
            err.print("building the dossiers of every story (once; `newsloom run` keeps them current)")
            _, failures = brief(store)
            _report_failures(failures)
    out.print(f"newsloom: serving {db} at http://{host}:{port}/ (Ctrl+C stops)", highlight=False)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@app.callback(invoke_without_command=True)
def main(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        out.print(f"newsloom {__version__}")
        raise typer.Exit()


if __name__ == "__main__":
    app()
