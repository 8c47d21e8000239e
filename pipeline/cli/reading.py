"""The commands that read the store as it is: ``sql``, ``show`` and ``export``."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from copmop.pipeline.cli.files import export_store
from copmop.pipeline.cli.options import (
    Answer,
    db_option,
    format_option,
    lang_option,
    open_store,
    out_options,
    parse_langs,
    say,
)
from copmop.pipeline.cli.views import aligned, reading

__all__ = ["export", "show", "sql"]


@click.command()
@click.argument("query")
@db_option
@format_option()
@out_options
def sql(
    query: str, db: str, wait: float, fmt: str, out: str | None, force: bool, excel: bool
) -> None:
    """Run read-only SQL against the store.

    Tables: documents, paragraphs, citations (see the README for their columns). The store cannot be
    changed from here, nor can files be read or written.
    """
    answer = Answer(fmt, out, force, excel, db)
    with open_store(db, wait) as store:
        store.check_query(query)
        columns, rows = store.query(query)
    answer.emit(columns, rows, sheet="sql")


@click.command()
@click.argument("decision")
@click.option("--para", "para", default=None, help="One paragraph, by its number (7, 2.1, (a)).")
@lang_option
@db_option
@format_option()
@out_options
def show(
    decision: str,
    para: str | None,
    lang: str | None,
    db: str,
    wait: float,
    fmt: str,
    out: str | None,
    force: bool,
    excel: bool,
) -> None:
    """Show a decision or document (or one paragraph) with its references.

    DECISION is a decision (CP-10/7, BS-V/16), a document symbol or a doc_id. With several languages
    (--lang zh,en) the versions are printed side by side, their clauses aligned by number.
    """
    # imported here: the queries bring the citation patterns (lang.patterns), 0.1 s of start-up (0.3 s
    # on a busy machine, measured with -X importtime) that `copmop sql` and `export` need not pay
    from copmop.pipeline.queries import resolve_documents, show_rows

    langs = parse_langs(lang)
    answer = Answer(fmt, out, force, excel, db)
    with open_store(db, wait) as store:
        docs = resolve_documents(store, decision, langs)
        columns, rows = show_rows(store, docs, para)
    if fmt != "table" or out is not None:
        answer.emit(columns, rows, sheet="show")
        return
    width = shutil.get_terminal_size((160, 24)).columns if sys.stdout.isatty() else 160
    if len(docs) > 1 and langs:
        click.echo(aligned(docs, columns, rows, width))
        return
    click.echo(reading(docs, columns, rows))


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@db_option
def export(folder: Path, db: str, wait: float) -> None:
    """Write the store as Parquet files partitioned by body and meeting.

    FOLDER is new or empty, or holds an earlier copmop export, which is replaced whole (a manifest,
    copmop-export.json, lists its files); any other folder is refused. DuckDB reads them back in place: read_parquet('FOLDER/citations/**/*.parquet',
    hive_partitioning = true).
    """
    with open_store(db, wait, sandbox=False) as store:
        counts = export_store(store, folder)
    say(", ".join(f"{n} {table}" for table, n in counts.items()) + f" written to {folder}")
