"""Exports of the citation graph that Gephi and networkx read back: GraphML, GEXF, node-link JSON."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from copmop.pipeline.errors import UsageError

__all__ = ["FORMATS", "export", "load"]

FORMATS = ("graphml", "gexf", "json")


def export(graph: nx.MultiDiGraph, fmt: str, out: str | Path) -> Path:
    path = Path(out)
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    elif fmt == "gexf":
        nx.write_gexf(graph, path)
    elif fmt == "json":
        data = nx.node_link_data(graph, edges="links")
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    else:
        raise UsageError(f"--format {fmt!r}: one of {', '.join(FORMATS)}")
    return path


def load(path: str | Path) -> nx.MultiDiGraph:
    """Read an export back (the format by the file's suffix)."""
    p = Path(path)
    if p.suffix == ".graphml":
        return nx.read_graphml(p, force_multigraph=True)
    if p.suffix == ".gexf":
        return nx.read_gexf(p)
    data = json.loads(p.read_text(encoding="utf-8"))
    return nx.node_link_graph(data, edges="links")
