"""The ``copmop`` command line: a thin layer over the library, with shared options and one-line errors."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from pipeline import output
from pipeline.errors import CopmopError, UsageError
from pipeline.queries import clauses_citing, resolve_documents, show_rows
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
    from pipeline.ingest import ingest as run_ingest

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
@click.argument("decision")
@click.option(
    "--direction",
    type=click.Choice(["cites", "cited_by", "both"]),
    default="both",
    show_default=True,
    help="What it builds on (cites), what built on it (cited_by), or both.",
)
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=None,
    help="How many links away (1 = direct); all when left out.",
)
@db_option
@format_option()
def lineage(decision: str, direction: str, depth: int | None, db: str, fmt: str) -> None:
    """What a decision cites, and what cites it, transitively, with the clauses each link runs through."""
    from graph.lineage import lineage as walk

    with Store(db, read_only=True) as store:
        links = walk(store, decision, direction, depth)
    columns = ["decision", "direction", "depth", "in_store", "kind", "meeting", "via", "title"]
    rows = [
        (x.decision, x.direction, x.depth, x.in_store, x.kind, x.meeting, x.via, x.title)
        for x in links
    ]
    emit(columns, rows, fmt)


@main.command()
@click.option("--article", required=True, help="The Article: 35, or with its instrument, CBD/19.")
@click.option(
    "--instrument",
    default="CPB",
    show_default=True,
    help="The instrument of a bare Article number: CPB, CBD, NP, SP.",
)
@click.option("--decision", default=None, help="Only clauses of this decision or document.")
@click.option("--meeting", default=None, help="Only documents of this meeting, or meetings 5-10.")
@lang_option
@db_option
@format_option("table", "csv", "json", "markdown")
def clauses(
    article: str,
    instrument: str,
    decision: str | None,
    meeting: str | None,
    lang: str | None,
    db: str,
    fmt: str,
) -> None:
    """Every clause that cites an Article, with its decision or document, number, pinpoint and text."""
    from graph.xref import parse_meetings

    langs = [x.strip() for x in lang.split(",")] if lang else None
    with Store(db, read_only=True) as store:
        columns, rows = clauses_citing(
            store, article, instrument, decision, langs, parse_meetings(meeting)
        )
    emit(columns, rows, fmt)


@main.command()
@click.option(
    "--rows",
    "row_kind",
    type=click.Choice(["decision", "document"]),
    default="decision",
    show_default=True,
    help="One row per decision, or per document.",
)
@click.option(
    "--cols",
    "col_kind",
    type=click.Choice(["article", "decision", "objective", "document"]),
    default="article",
    show_default=True,
    help="What the columns are.",
)
@click.option("--meetings", default=None, help="Only rows of these meetings: 5-10, or 7.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    default=None,
    help="The file to write (xlsx needs one; else standard output).",
)
@db_option
@format_option("table", "csv", "markdown", "json", "xlsx")
def xref(
    row_kind: str, col_kind: str, meetings: str | None, out: str | None, db: str, fmt: str
) -> None:
    """A cross-reference table: how many clauses of each decision cite each target."""
    from graph.xref import parse_meetings
    from graph.xref import xref as table

    with Store(db, read_only=True) as store:
        columns, rows = table(store, row_kind, col_kind, parse_meetings(meetings))
    if fmt == "xlsx":
        if not out:
            raise UsageError("--format xlsx: give the workbook's file with --out FILE.xlsx")
        output.to_xlsx(columns, rows, out, sheet=f"{row_kind} x {col_kind}")
        click.echo(f"wrote {out}: {len(rows)} rows, {len(columns) - 1} columns", err=True)
        return
    text = output.render(columns, [tuple(r) for r in rows], fmt)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
        click.echo(f"wrote {out}: {len(rows)} rows, {len(columns) - 1} columns", err=True)
    else:
        click.echo(text)


@main.command()
@db_option
@format_option()
def check(db: str, fmt: str) -> None:
    """Citations that point at nothing: undefined objectives, missing paragraphs, unknown forms."""
    from graph.check import check as dangling

    with Store(db, read_only=True) as store:
        found = dangling(store)
    columns = ["kind", "target", "pinpoint", "par_id", "doc_id", "reason"]
    rows = [(d.kind, d.target, d.pinpoint, d.par_id, d.doc_id, d.reason) for d in found]
    emit(columns, rows, fmt)


@main.command()
@click.argument("query")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="How many clauses at most.",
)
@lang_option
@db_option
@format_option()
def search(query: str, limit: int, lang: str | None, db: str, fmt: str) -> None:
    """Full-text search over clauses, best first (BM25; Chinese through jieba's words)."""
    from pipeline.search import search as run

    langs = [x.strip() for x in lang.split(",")] if lang else None
    with Store(db, read_only=True) as store:
        columns, rows = run(store, query, langs, limit)
    emit(columns, rows, fmt)


@main.group()
def graph() -> None:
    """The citation graph: export it, or draw a decision's lineage."""


@graph.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "json"]),
    default="graphml",
    show_default=True,
    help="GraphML and GEXF for Gephi; node-link JSON for networkx.",
)
@click.option("--out", type=click.Path(dir_okay=False), required=True, help="The file to write.")
@db_option
def graph_export(fmt: str, out: str, db: str) -> None:
    """Export the whole citation graph (decisions, clauses, Articles, annexes, objectives, documents)."""
    from graph.build import citation_graph
    from graph.export import export

    with Store(db, read_only=True) as store:
        g = citation_graph(store)
    export(g, fmt, out)
    click.echo(f"wrote {out}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", err=True)


@graph.command("plot")
@click.argument("decision")
@click.option(
    "--out", type=click.Path(dir_okay=False), required=True, help="The .svg or .png to write."
)
@click.option(
    "--depth", type=click.IntRange(min=1), default=2, show_default=True, help="How many links away."
)
@db_option
def graph_plot(decision: str, out: str, depth: int, db: str) -> None:
    """Draw a decision's lineage: meetings in order, links coloured by direction."""
    from graph.lineage import lineage_graph
    from graph.plot import plot

    with Store(db, read_only=True) as store:
        g = lineage_graph(store, decision, "both", depth)
    plot(g, out, title=f"lineage of {decision}")
    click.echo(
        f"wrote {out}: {g.number_of_nodes()} decisions, {g.number_of_edges()} links", err=True
    )
