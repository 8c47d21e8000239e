"""``copmop graph``: the whole citation graph exported for Gephi, networkx and igraph, and pictures of a
decision's lineage."""

from __future__ import annotations

import click

from copmop.graph.build import citation_graph, lineage_graph
from copmop.graph.export import FORMATS, export
from copmop.pipeline.cli.files import whole_file
from copmop.pipeline.cli.options import check_out, db_option, open_store, say

__all__ = ["graph"]


@click.group()
def graph() -> None:
    """The citation graph: export it, or draw a decision's lineage."""


@graph.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="graphml",
    show_default=True,
    help="GraphML and GEXF for Gephi and igraph; node-link JSON for networkx.",
)
@click.option("--out", required=True, help="The file to write.")
@click.option("--force", is_flag=True, help="Overwrite the --out file if it exists.")
@db_option
def graph_export(fmt: str, out: str, force: bool, db: str, wait: float) -> None:
    """Export the whole citation graph (decisions, clauses, Articles, annexes, objectives, documents)."""
    check_out(out, force, db)
    with open_store(db, wait) as store:
        g = citation_graph(store)
    with whole_file(out) as partial:
        export(g, fmt, partial)
    say(f"wrote {out}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


@graph.command("plot")
@click.argument("decision")
@click.option("--out", required=True, help="The .svg or .png to write.")
@click.option("--force", is_flag=True, help="Overwrite the --out file if it exists.")
@click.option(
    "--depth",
    type=click.IntRange(min=1, max=100),
    default=2,
    show_default=True,
    help="How many links away.",
)
@db_option
def graph_plot(decision: str, out: str, force: bool, depth: int, db: str, wait: float) -> None:
    """Draw a decision's lineage: meetings in order, links coloured by direction."""
    # matplotlib takes 0.8 s to import and must choose its backend first: only plot pays for it
    from copmop.graph.plot import plot

    check_out(out, force, db)
    with open_store(db, wait) as store:
        g = lineage_graph(store, decision, "both", depth)
    with whole_file(out) as partial:
        plot(g, partial, title=f"lineage of {decision}")
    say(f"wrote {out}: {g.number_of_nodes()} decisions, {g.number_of_edges()} links")
