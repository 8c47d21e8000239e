"""Lineage: what a decision builds on (``cites``) and what built on it (``cited_by``), transitively.

The walk runs breadth-first over the decision-level projection of the citation graph (the ``links``
table the store derives after each ingest, one row per citing and cited decision and treatment): one
DuckDB statement, a recursive query per direction keyed by node (``USING KEY``: a node is kept at the
depth it is first reached, and each round extends only the nodes the round before added), over the
nodes' integer ids. A decision known only as a target still appears, marked as not in the store.
A decision counts once whatever the number of its language versions. Each link says how its clauses
treat the decision they cite (``treatments``); the walk can keep to some treatments only (the chain
of decisions that replaced or amended one another). ``copmop.graph.build.lineage_graph`` makes a
networkx graph of the same walk.
"""

from __future__ import annotations

import gc
from typing import Any

from copmop.lang.normalize import canonical_symbol, decision_parts, parse_decision
from copmop.pipeline.errors import NotFound, UsageError
from copmop.pipeline.models import Link, Treatment
from copmop.pipeline.store import Store

__all__ = ["DIRECTIONS", "chosen_treatments", "info", "lineage", "resolve_node", "walk"]

DIRECTIONS = ("cites", "cited_by", "both")


def chosen_treatments(treatments: list[str] | None) -> list[str] | None:
    """The treatments asked for, checked: ``["replaces", "amends"]``; None (or none): all."""
    if not treatments:
        return None
    known = [t.value for t in Treatment]
    unknown = [t for t in treatments if t not in known]
    if unknown:
        raise UsageError(
            f"treatments {', '.join(unknown)}: not treatments copmop knows (one of {', '.join(known)})"
        )
    return list(dict.fromkeys(treatments))


def resolve_node(store: Store, ident: str) -> str:
    """The lineage node a user means: a decision (``BS-V/16`` → ``CP-5/16``) or a document's symbol."""
    decision = parse_decision(ident)
    candidates = [c for c in (decision, canonical_symbol(ident), ident) if c]
    links = store.links()
    for node in candidates:
        _, rows = store.query(
            f"SELECT 1 FROM documents WHERE decision = ? OR symbol = ? UNION ALL "
            f"SELECT 1 FROM {links} WHERE dst = ? OR src = ? LIMIT 1",
            [node, node, node, node],
        )
        if rows:
            return node
    raise NotFound(f"{ident}: not in the store, and cited by nothing in it")


def lineage(
    store: Store,
    ident: str,
    direction: str = "both",
    depth: int | None = None,
    treatments: list[str] | None = None,
) -> list[Link]:
    """The decisions (and documents) reached from ``ident``, nearest first; ``depth`` None: all;
    ``treatments``: only through citations that treat their target so (``["replaces", "amends"]``)."""
    return [link for link, _ in walk(store, ident, direction, depth, treatments)]


def walk(
    store: Store,
    ident: str,
    direction: str = "both",
    depth: int | None = None,
    treatments: list[str] | None = None,
) -> list[tuple[Link, str]]:
    """Each decision reached, nearest first, with the node it was reached from."""
    if direction not in DIRECTIONS:
        raise UsageError(f"--direction {direction!r}: one of {', '.join(DIRECTIONS)}")
    if depth is not None and depth < 1:
        raise UsageError(f"--depth {depth}: give 1 or more (or leave it out for all)")
    chosen = chosen_treatments(treatments)
    focus = resolve_node(store, ident)
    links = store.links()
    ways = ("cites", "cited_by") if direction == "both" else (direction,)
    params: dict[str, Any] = {"focus": _node_id(store, links, focus), "name": focus}
    if depth is not None:
        params["depth"] = depth
    if chosen:
        params["chosen"] = chosen
    # the walk first, into a table of its own: DuckDB plans the next statement knowing its size
    store.query(_walk_sql(links, ways, depth is not None, bool(chosen)), params)
    params.pop("focus")
    params.pop("name")
    params.pop("depth", None)
    # the collector paused while the rows become objects: at 10M citations the 100,000 links and
    # their 400,000 clauses set off full collections that walk them again and again (0.5 s of 2)
    collecting = gc.isenabled()
    gc.disable()
    try:
        _, rows = store.query(_found_sql(links, ways, bool(chosen)), params)
        out = [
            (
                Link(
                    decision=node,
                    direction=way,
                    depth=level,
                    via=via,
                    treatments=kinds,
                    **_described(node, known),
                ),
                parent,
            )
            for way, node, level, parent, via, kinds, *known in rows
        ]
    finally:
        if collecting:
            gc.enable()
    out.sort(
        key=lambda x: (x[0].direction != "cites", x[0].depth, x[0].meeting or 0, x[0].decision)
    )
    return out


# The ends of a link, by the direction of the walk: the node it leaves from and the one it reaches.
_ENDS = {"cites": ("src", "dst"), "cited_by": ("dst", "src")}


def _node_id(store: Store, links: str, node: str) -> int | None:
    """The integer id of a node of the links (None: no link reaches it or leaves it)."""
    for end in ("dst", "src"):  # the rows are in dst order: a node cited is found in a few blocks
        _, rows = store.query(f"SELECT {end}_id FROM {links} WHERE {end} = ? LIMIT 1", [node])
        if rows:
            return int(rows[0][0])
    return None


def _walk_sql(links: str, ways: tuple[str, ...], limited: bool, chosen: bool) -> str:
    """The walk in every direction asked for, into the temporary table ``walk`` (way, node id, depth,
    name): one recursive query per direction, ``$focus`` the id of the node it starts from (``$name``
    its name), ``$depth`` the
    farthest depth (when ``limited``), ``$chosen`` the treatments it keeps to (when ``chosen``)."""
    keep = " AND l.treatment IN (SELECT unnest($chosen))" if chosen else ""
    nearer = " AND w.depth < $depth" if limited else ""
    parts, union = [], []
    for way in ways:
        old, new = _ENDS[way]
        name = f"walk_{way}"
        # a node already reached (in this round or before) is not reached again: USING KEY keeps the
        # first, ``recurring`` reads every node so far, the plain reference only the last round's
        parts.append(
            f"{name}(node, depth, name) USING KEY (node) AS ("
            "SELECT $focus::INTEGER, 0, $name WHERE $focus IS NOT NULL UNION "
            f"SELECT DISTINCT l.{new}_id, w.depth + 1, l.{new} FROM {name} w "
            f"JOIN {links} l ON l.{old}_id = w.node "
            f"WHERE l.{new}_id NOT IN (SELECT node FROM recurring.{name}){nearer}{keep})"
        )
        union.append(f"SELECT '{way}' AS way, node, depth, name FROM {name}")
    return (
        f"CREATE OR REPLACE TEMP TABLE walk AS WITH RECURSIVE {', '.join(parts)} "
        + " UNION ALL ".join(union)
    )


def _found_sql(links: str, ways: tuple[str, ...], chosen: bool) -> str:
    """Each node of ``walk`` but the first, with the node it was reached from, the clauses through
    which its links run (those of its predecessors one level nearer) and how they treat it, and what
    the node is (``_KNOWN``). The links are grouped by the integer ids (the least id is the least
    name: the parent), the names joined afterwards: strings in the grouping cost twice the time."""
    keep = " AND l.treatment IN (SELECT unnest($chosen))" if chosen else ""
    found = []
    for way in ways:
        old, new = _ENDS[way]
        found.append(
            f"SELECT '{way}' AS way, w.node AS id, w.depth, min(l.{old}_id) AS parent_id, "
            "list_sort(list_distinct(flatten(list(l.via)))) AS via, "
            "list_sort(list_distinct(list(l.treatment))) AS kinds "
            f"FROM walk w JOIN {links} l ON l.{new}_id = w.node "
            f"JOIN walk p ON p.node = l.{old}_id AND p.way = w.way AND p.depth = w.depth - 1 "
            f"WHERE w.way = '{way}' AND w.depth > 0{keep} GROUP BY w.node, w.depth"
        )
    return (
        f"WITH found AS ({' UNION ALL '.join(found)}), "
        "named AS (SELECT f.*, n.name AS node, p.name AS parent FROM found f "
        "JOIN walk n ON n.way = f.way AND n.node = f.id "
        "JOIN walk p ON p.way = f.way AND p.node = f.parent_id), "
        f"known AS ({_KNOWN.format(within='(SELECT node FROM named)')}) "
        "SELECT f.way, f.node, f.depth, f.parent, f.via, f.kinds, k.meeting, k.title, k.is_decision "
        "FROM named f LEFT JOIN known k USING (node)"
    )


# What a node of the walk is, when the store holds it: its meeting, a title (English first), whether
# it is a decision (else a document known by its symbol); ``within``: the nodes asked about.
_KNOWN = (
    "SELECT coalesce(decision, symbol) AS node, any_value(meeting) AS meeting, "
    "arg_min(title, CASE lang WHEN 'en' THEN 0 WHEN 'zh' THEN 1 ELSE 2 END) AS title, "
    "bool_or(decision IS NOT NULL) AS is_decision FROM documents "
    "WHERE coalesce(decision, symbol) IN {within} GROUP BY 1"
)


def _described(node: str, known: list[Any] | tuple[Any, ...]) -> dict[str, Any]:
    """``in_store``, ``meeting``, ``title`` and ``kind`` of a node, from its row of ``_KNOWN``
    (meeting, title, is_decision; the last None when the store does not hold it)."""
    meeting, title, is_decision = known
    if is_decision is not None:
        return {
            "in_store": True,
            "meeting": meeting,
            "title": title,
            "kind": "decision" if is_decision else "document",
        }
    decision = parse_decision(node)
    return {
        "in_store": False,
        "meeting": decision_parts(decision)[1] if decision else None,
        "title": None,
        "kind": "decision" if decision else "document",
    }


def info(store: Store, nodes: list[str], table: str | None = None) -> dict[str, dict[str, Any]]:
    """Whether each node is in the store, its meeting and a title (English first); the nodes are
    those of a temporary table when one is named (a long list is slow to pass to DuckDB)."""
    if not nodes:
        return {}
    within = f"(SELECT node FROM {table})" if table else "(SELECT unnest(?))"
    _, rows = store.query(
        f"SELECT node, meeting, title, is_decision FROM ({_KNOWN.format(within=within)})",
        [] if table else [nodes],
    )
    known = {node: rest for node, *rest in rows}
    return {node: _described(node, known.get(node, (None, None, None))) for node in nodes}
