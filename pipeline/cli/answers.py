"""The answer commands of the CLI: lineage, clauses, xref, check, search, graph export and plot.

Each is a thin wrapper over ``graph`` and ``pipeline`` functions; ``pipeline.cli`` adds them to the
``copmop`` group.
"""

from __future__ import annotations

from pathlib import Path

import click
from copmop.pipeline.cli import output
from copmop.pipeline.cli.options import db_option, emit, format_option, lang_option, parse_langs
from copmop.pipeline.errors import UsageError
from copmop.pipeline.queries import clauses_citing
from copmop.pipeline.store import Store

__all__ = ["COMMANDS"]


@click.command()
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
    from copmop.graph.lineage import lineage as walk

    with Store(db, read_only=True) as store:
        links = walk(store, decision, direction, depth)
    columns = ["decision", "direction", "depth", "in_store", "kind", "meeting", "via", "title"]
    rows = [
        (x.decision, x.direction, x.depth, x.in_store, x.kind, x.meeting, x.via, x.title)
        for x in links
    ]
    emit(columns, rows, fmt)


@click.command()
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
    from copmop.graph.xref import parse_meetings

    langs = parse_langs(lang)
    with Store(db, read_only=True) as store:
        columns, rows = clauses_citing(
            store, article, instrument, decision, langs, parse_meetings(meeting)
        )
    emit(columns, rows, fmt)


@click.command()
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
    from copmop.graph.xref import parse_meetings
    from copmop.graph.xref import xref as table

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


@click.command()
@db_option
@format_option()
def check(db: str, fmt: str) -> None:
    """Citations that point at nothing: undefined objectives, missing paragraphs, unknown forms."""
    from copmop.graph.check import check as dangling

    with Store(db, read_only=True) as store:
        found = dangling(store)
    columns = ["kind", "target", "pinpoint", "par_id", "doc_id", "reason"]
    rows = [(d.kind, d.target, d.pinpoint, d.par_id, d.doc_id, d.reason) for d in found]
    emit(columns, rows, fmt)


@click.command()
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
    from copmop.pipeline.search import search as run

    langs = parse_langs(lang)
    with Store(db, read_only=True) as store:
        columns, rows = run(store, query, langs, limit)
    emit(columns, rows, fmt)


@click.group()
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
    from copmop.graph.build import citation_graph
    from copmop.graph.export import export

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
    from copmop.graph.lineage import lineage_graph
    from copmop.graph.plot import plot

    with Store(db, read_only=True) as store:
        g = lineage_graph(store, decision, "both", depth)
    plot(g, out, title=f"lineage of {decision}")
    click.echo(
        f"wrote {out}: {g.number_of_nodes()} decisions, {g.number_of_edges()} links", err=True
    )


COMMANDS = (lineage, clauses, xref, check, search, graph)
