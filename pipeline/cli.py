"""The ``copmop`` command line: a thin layer over the library, with shared options and one-line errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from pipeline import output
from pipeline.errors import CopmopError, UsageError
from pipeline.ingest import ingest as run_ingest
from pipeline.queries import resolve_documents, show_rows
from pipeline.store import Store

DEFAULT_DB = "copmop.duckdb"


class _Group(click.Group):
    """Turns domain errors into one line on stderr and their exit code; never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CopmopError as exc:
            click.echo(f"copmop: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("copmop: interrupted", err=True)
            ctx.exit(130)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db",
        envvar="COPMOP_DB",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="The DuckDB store (else $COPMOP_DB, else copmop.duckdb here).",
    )(func)


def format_option(*choices: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    names = choices or ("table", "csv", "json")

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(names),
            default="table",
            show_default=True,
            help="Output format.",
        )(func)

    return decorate


def lang_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang", "lang", default=None, help="Language(s), ISO 639-1, comma-separated: zh,en."
    )(func)


def emit(columns: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "json" or rows or fmt in ("csv", "markdown"):
        click.echo(output.render(columns, rows, fmt))
    else:
        click.echo("(no rows)", err=True)


@click.group(cls=_Group)
@click.version_option(package_name="copmop")
def main() -> None:
    """copmop: the clauses of COP-MOP decisions and documents, and the citations between them."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: the number of cores).",
)
def ingest(paths: tuple[Path, ...], db: str, jobs: int | None) -> None:
    """Ingest PDF and text files, or folders of them (recursively), into the store."""
    jobs = jobs or os.cpu_count() or 1
    with Store(db) as store:
        report = run_ingest(paths, store, jobs=jobs, progress=_progress)
    for name in report.replaced:
        click.echo(f"replaced {name}: its file changed", err=True)
    for message in report.errors:
        click.echo(f"error: {message}", err=True)
    for message in report.warnings:
        click.echo(f"warning: {message}", err=True)
    click.echo(report.summary())
    if report.errors:
        sys.exit(1)


def _progress(items: Iterator[Path]) -> Iterator[Path]:
    if not sys.stderr.isatty():
        yield from items
        return
    todo = list(items)
    with click.progressbar(
        todo, label="ingesting", file=sys.stderr, item_show_func=lambda p: p.name if p else ""
    ) as bar:
        yield from bar


@main.command()
@click.argument("query")
@db_option
@format_option()
def sql(query: str, db: str, fmt: str) -> None:
    """Run read-only SQL against the store (tables: documents, paragraphs, citations)."""
    with Store(db, read_only=True) as store:
        columns, rows = store.query(query)
    emit(columns, rows, fmt)


@main.command()
@click.argument("decision")
@click.option("--para", "para", default=None, help="One paragraph, by its number (7, 2.1, (a)).")
@lang_option
@db_option
@format_option()
def show(decision: str, para: str | None, lang: str | None, db: str, fmt: str) -> None:
    """Show a decision or document (or one paragraph) with its references."""
    langs = [x.strip() for x in lang.split(",")] if lang else None
    if langs and any(not x for x in langs):
        raise UsageError(f"--lang {lang!r}: give languages as zh,en")
    with Store(db, read_only=True) as store:
        docs = resolve_documents(store, decision, langs)
        columns, rows = show_rows(store, docs, para)
    if fmt != "table":
        emit(columns, rows, fmt)
        return
    click.echo(output.reading(docs, columns, rows))
