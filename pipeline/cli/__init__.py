"""The ``copmop`` command line: a thin layer over the library, with shared options and one-line errors."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from copmop.pipeline.cli import output
from copmop.pipeline.cli.answers import COMMANDS
from copmop.pipeline.cli.options import (
    CopmopGroup,
    db_option,
    emit,
    format_option,
    lang_option,
    parse_langs,
)
from copmop.pipeline.errors import UsageError
from copmop.pipeline.queries import resolve_documents, show_rows
from copmop.pipeline.store import Store


@click.group(cls=CopmopGroup)
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
@click.option(
    "--time-limit",
    type=click.FloatRange(min=1),
    default=300.0,
    show_default=True,
    help="Seconds one file may take before it is given up.",
)
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Megabytes above which a file is refused.",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Read files in local worker processes, or on a Dask cluster.",
)
@click.option(
    "--scheduler", default=None, help="The Dask scheduler's address (with --executor dask)."
)
@click.option("--verbose", "-v", is_flag=True, help="Name each document as it is stored.")
def ingest(
    paths: tuple[Path, ...],
    db: str,
    jobs: int | None,
    time_limit: float,
    max_size: int,
    executor: str,
    scheduler: str | None,
    verbose: bool,
) -> None:
    """Ingest PDF and text files, or folders of them (recursively), into the store."""
    from copmop.pipeline.ingest import Limits
    from copmop.pipeline.ingest import ingest as run_ingest

    if executor == "dask" and not scheduler:
        raise UsageError("--executor dask: give the scheduler's address with --scheduler")
    jobs = jobs or os.cpu_count() or 1
    limits = Limits(max_bytes=max_size * 2**20, seconds=time_limit)
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(Store(db))
        report = run_ingest(
            paths,
            store,
            jobs=jobs,
            progress=lambda n: _progress(stack, n),
            limits=limits,
            scheduler=scheduler if executor == "dask" else None,
            stored=_announce if verbose else None,
        )
    for note in report.notes:
        click.echo(note, err=True)
    for message in report.errors:
        click.echo(f"error: {message}", err=True)
    for message in report.warnings:
        click.echo(f"warning: {message}", err=True)
    click.echo(report.summary())
    if report.errors:
        sys.exit(1)


def _announce(doc_id: str, outcome: str) -> None:
    click.echo(f"{outcome} {doc_id}", err=True)


def _progress(stack: contextlib.ExitStack, count: int) -> Callable[[Path], None]:
    """A progress bar on a terminal for a long ingest; nothing otherwise."""
    if count < 2 or not sys.stderr.isatty():
        return lambda path: None
    bar = stack.enter_context(click.progressbar(length=count, label="ingesting", file=sys.stderr))
    return lambda path: bar.update(1)


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
    langs = parse_langs(lang)
    with Store(db, read_only=True) as store:
        docs = resolve_documents(store, decision, langs)
        columns, rows = show_rows(store, docs, para)
    if fmt != "table":
        emit(columns, rows, fmt)
        return
    if len(docs) > 1 and langs:
        click.echo(aligned(docs, columns, rows))
        return
    click.echo(output.reading(docs, columns, rows))


def aligned(docs: list[Any], columns: list[str], rows: list[tuple]) -> str:
    """Language versions side by side, their clauses aligned by path (``7``, ``pre1``, ``fn5``)."""
    index = columns.index("par_id"), columns.index("text"), columns.index("doc_id")
    by_path: dict[str, dict[str, str]] = {}
    order: list[str] = []
    for row in rows:
        path = row[index[0]].split("#", 1)[1]
        if path not in by_path:
            by_path[path] = {}
            order.append(path)
        by_path[path][row[index[2]]] = f"[{path}] {row[index[1]]}"
    width = shutil.get_terminal_size((160, 24)).columns
    table = [[by_path[p].get(d.doc_id, "") for d in docs] for p in order]
    return output.side_by_side([d.doc_id for d in docs], table, total=width)


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@db_option
def export(folder: Path, db: str) -> None:
    """Write the store as Parquet files partitioned by body and meeting, for DuckDB to read back."""
    with Store(db, read_only=True, sandbox=False) as store:
        counts = store.export_parquet(folder)
    click.echo(
        ", ".join(f"{n} {table}" for table, n in counts.items()) + f" written to {folder}", err=True
    )


for _command in COMMANDS:
    main.add_command(_command)
