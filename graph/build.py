"""networkx graphs of the store: the whole citation graph (for exports) and a decision's lineage (for
pictures), built straight from DuckDB query results.

Nodes of the citation graph: decisions (``CP-10/7``), documents (their symbol), clauses (their
``par_id``), Articles (``CPB/35``), annexes (``CPB/annex-III``), objectives (``objective 1.4``),
recommendations and instruments. Edges: from a clause to what it cites (attributes ``kind``,
``pinpoint``, ``via``, ``treatment``), and from a clause to the decision or document it belongs to
(``kind="part_of"``, ``treatment=""``). A decision, and a clause of a decision, carries its
``status`` (``graph.status``: a clause that is a numbered operative paragraph, that paragraph's; any
other, its decision's). Attributes are typed the same on every node that has them — ``meeting`` an
integer (a decision known only as a target takes it from its canonical id; a node with no meeting has
none), ``in_store`` a boolean, the rest strings — so that GraphML and GEXF hold them and networkx and
igraph read back the same values.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from copmop.graph.lineage import info, resolve_node, walk
from copmop.graph.status import standings
from copmop.lang.normalize import meeting_from_symbol
from copmop.pipeline.store import Store

__all__ = ["citation_graph", "lineage_graph", "node_id", "target_meeting"]


def node_id(kind: str, target: str) -> str:
    """The node of a citation target: decisions and documents by their id, the rest prefixed."""
    return f"objective {target}" if kind == "objective" else target


def target_meeting(kind: str, target: str) -> int | None:
    """The meeting a target belongs to, from its canonical id: ``CP-5/16`` → 5, ``SBSTTA-24/1`` → 24,
    ``UNEP/CBD/BS/COP-MOP/5/16`` → 5; None for what belongs to no meeting (an Article)."""
    if kind in ("decision", "recommendation"):
        meeting = target.rpartition("-")[2].partition("/")[0]
        return int(meeting) if meeting.isdecimal() else None
    if kind == "document":
        found = meeting_from_symbol(target)
        return found[1] if found else None
    return None


def _node(**attrs: Any) -> dict[str, Any]:
    """Node attributes without the empty ones (a node with no meeting has no ``meeting``)."""
    return {k: v for k, v in attrs.items() if v is not None}


def citation_graph(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    status = {key: s.status.value for key, s in standings(store).items()}
    _, docs = store.query(
        "SELECT coalesce(decision, symbol, doc_id), any_value(CASE WHEN decision IS NULL THEN "
        "'document' ELSE 'decision' END), any_value(meeting), "
        "arg_min(coalesce(title, ''), CASE lang WHEN 'en' THEN 0 WHEN 'zh' THEN 1 ELSE 2 END) "
        "FROM documents GROUP BY 1"
    )
    for node, kind, meeting, title in docs:
        graph.add_node(
            node,
            **_node(
                kind=kind,
                meeting=meeting,
                title=title,
                in_store=True,
                label=node,
                status=status.get((node, None)) if kind == "decision" else None,
            ),
        )
    _, clauses = store.query(
        "SELECT p.par_id, coalesce(d.decision, d.symbol, d.doc_id), p.kind, "
        "coalesce(p.number, ''), d.lang, d.meeting, d.decision FROM paragraphs p "
        "JOIN documents d USING (doc_id) WHERE p.par_id IN (SELECT par_id FROM citations)"
    )
    for par_id, owner, kind, number, lang, meeting, decision in clauses:
        part = f"para {number}" if kind == "operative" and number else None
        graph.add_node(
            par_id,
            **_node(
                kind="clause",
                clause_kind=kind,
                number=number,
                lang=lang,
                meeting=meeting,
                in_store=True,
                label=par_id.split("#", 1)[1],
                status=status.get((decision, part), status.get((decision, None))),
            ),
        )
        graph.add_edge(par_id, owner, kind="part_of", pinpoint="", via="", treatment="")
    _, cites = store.query(
        "SELECT par_id, kind, target, coalesce(pinpoint, ''), coalesce(via, ''), treatment "
        "FROM citations"
    )
    for par_id, kind, target, pinpoint, via, treatment in cites:
        node = node_id(kind, target)
        if node not in graph:
            graph.add_node(
                node,
                **_node(
                    kind=kind,
                    meeting=target_meeting(kind, target),
                    title="",
                    in_store=False,
                    label=target,
                    status=status.get((target, None)) if kind == "decision" else None,
                ),
            )
        graph.add_edge(par_id, node, kind=kind, pinpoint=pinpoint, via=via, treatment=treatment)
    return graph


def lineage_graph(
    store: Store, ident: str, direction: str = "both", depth: int | None = None
) -> nx.DiGraph:
    """The lineage as a graph: an edge from each citing node to the node it cites."""
    graph = nx.DiGraph()
    focus = resolve_node(store, ident)
    graph.add_node(focus, focus=True, **info(store, [focus])[focus])
    for link, parent in walk(store, ident, direction, depth):
        graph.add_node(
            link.decision,
            in_store=link.in_store,
            meeting=link.meeting,
            kind=link.kind,
            title=link.title or "",
        )
        source, target = (
            (parent, link.decision) if link.direction == "cites" else (link.decision, parent)
        )
        graph.add_edge(
            source,
            target,
            direction=link.direction,
            depth=link.depth,
            via=len(link.via),
            treatment=", ".join(link.treatments),
        )
    return graph
