"""The whole citation graph, built with networkx straight from DuckDB query results.

Nodes: decisions (``CP-10/7``), documents (their symbol), clauses (their ``par_id``), Articles
(``CPB/35``), annexes (``CPB/annex-III``), objectives (``objective 1.4``) and instruments. Edges: from a
clause to what it cites (attributes ``kind``, ``pinpoint``, ``via``), and from a clause to the decision or
document it belongs to (``kind="part_of"``). Attributes are strings or numbers only, so that GraphML and
GEXF can hold them.
"""

from __future__ import annotations

import networkx as nx
from copmop.pipeline.store import Store

__all__ = ["citation_graph", "node_id"]


def node_id(kind: str, target: str) -> str:
    """The node of a citation target: decisions and documents by their id, the rest prefixed."""
    return f"objective {target}" if kind == "objective" else target


def citation_graph(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    _, docs = store.query(
        "SELECT coalesce(decision, symbol, doc_id), any_value(CASE WHEN decision IS NULL THEN "
        "'document' ELSE 'decision' END), any_value(meeting), any_value(coalesce(title, '')) "
        "FROM documents GROUP BY 1"
    )
    for node, kind, meeting, title in docs:
        graph.add_node(node, kind=kind, meeting=meeting or 0, title=title, in_store=True)
    _, clauses = store.query(
        "SELECT p.par_id, coalesce(d.decision, d.symbol, d.doc_id), p.kind, "
        "coalesce(p.number, ''), d.lang FROM paragraphs p JOIN documents d USING (doc_id) "
        "WHERE p.par_id IN (SELECT par_id FROM citations)"
    )
    for par_id, owner, kind, number, lang in clauses:
        graph.add_node(par_id, kind="clause", clause_kind=kind, number=number, lang=lang)
        graph.add_edge(par_id, owner, kind="part_of")
    _, cites = store.query(
        "SELECT par_id, kind, target, coalesce(pinpoint, ''), coalesce(via, '') FROM citations"
    )
    for par_id, kind, target, pinpoint, via in cites:
        node = node_id(kind, target)
        if node not in graph:
            graph.add_node(node, kind=kind, in_store=False, meeting=0, title="")
        graph.add_edge(par_id, node, kind=kind, pinpoint=pinpoint, via=via)
    return graph
