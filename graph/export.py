"""Exports of the citation graph for their clients: GraphML (networkx, igraph, Gephi), GEXF (Gephi) and
node-link JSON (networkx).

Every string is made fit for XML first (characters XML 1.0 cannot hold become U+FFFD), so that a
control character in a title never makes a malformed file. The JSON is networkx's current node-link
form, its edges under ``edges``; it repeats them under ``links`` so that ``nx.node_link_graph(data)``
reads it on every networkx version copmop allows (before 3.6 that call looks for ``links``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from copmop.pipeline.errors import UsageError
from copmop.pipeline.escapes import xml_safe

__all__ = ["FORMATS", "export", "load"]

FORMATS = ("graphml", "gexf", "json")


def _xml(value: Any) -> Any:
    """A string with what XML cannot hold replaced; any other value as it is."""
    return xml_safe(value) if isinstance(value, str) else value


def _safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the graph with every node id and string attribute fit for XML."""
    safe = nx.MultiDiGraph()
    safe.add_nodes_from(
        (_xml(n), {k: _xml(v) for k, v in d.items()}) for n, d in graph.nodes(data=True)
    )
    safe.add_edges_from(
        (_xml(u), _xml(v), {k: _xml(x) for k, x in d.items()}) for u, v, d in graph.edges(data=True)
    )
    return safe


def export(graph: nx.MultiDiGraph, fmt: str, out: str | Path) -> Path:
    path = Path(out)
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r}: one of {', '.join(FORMATS)}")
    safe = _safe(graph)
    if fmt == "graphml":
        nx.write_graphml(safe, path, named_key_ids=True)
    elif fmt == "gexf":
        nx.write_gexf(safe, path)
    else:
        data = nx.node_link_data(safe, edges="edges")
        data["links"] = data["edges"]
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def load(path: str | Path) -> nx.MultiDiGraph:
    """Read an export back (the format by the file's suffix)."""
    p = Path(path)
    if p.suffix == ".graphml":
        return nx.read_graphml(p, force_multigraph=True)
    if p.suffix == ".gexf":
        return nx.read_gexf(p)
    data = json.loads(p.read_text(encoding="utf-8"))
    return nx.node_link_graph(data, edges="edges")
