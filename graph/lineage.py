"""Lineage: what a decision builds on (``cites``) and what built on it (``cited_by``), transitively.

The walk runs breadth-first over the decision-level projection of the citation graph (the ``links``
table the store derives after each ingest, one row per citing and cited decision and treatment), one
DuckDB query per level; a decision known only as a target still appears, marked as not in the store.
A decision counts once whatever the number of its language versions. Each link says how its clauses
treat the decision they cite (``treatments``); the walk can keep to some treatments only (the chain
of decisions that replaced or amended one another). ``copmop.graph.build.lineage_graph`` makes a networkx graph of the same walk.
"""

from __future__ import annotations

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
    if chosen:
        # a view, not a copy of the links' clause lists; the treatments are checked names
        names = ", ".join(f"'{t}'" for t in chosen)
        store.query(
            f"CREATE OR REPLACE TEMP VIEW links_chosen AS SELECT * FROM {links} "
            f"WHERE treatment IN ({names})"
        )
        links = "links_chosen"
    found: list[tuple[str, str, int, list[str], str, list[str]]] = []
    store.query("CREATE OR REPLACE TEMP TABLE reached (node VARCHAR)")
    for way in ("cites", "cited_by") if direction == "both" else (direction,):
        old, new = ("src", "dst") if way == "cites" else ("dst", "src")
        # breadth first, one level per statement, inside DuckDB: a node is kept at its first depth
        store.query("CREATE OR REPLACE TEMP TABLE walk (node VARCHAR, depth INTEGER)")
        store.query("INSERT INTO walk VALUES (?, 0)", [focus])
        level = 0
        while depth is None or level < depth:
            level += 1
            _, added = store.query(
                f"INSERT INTO walk SELECT DISTINCT l.{new}, ? FROM {links} l "
                f"JOIN walk w ON w.node = l.{old} AND w.depth = ? "
                f"WHERE l.{new} NOT IN (SELECT node FROM walk) RETURNING 1",
                [level, level - 1],
            )
            if not added:
                break
        # the clauses through which each link runs: those of its predecessors one level nearer
        _, rows = store.query(
            f"SELECT w.node, w.depth, min(p.node), flatten(list(l.via)), "
            f"list(DISTINCT l.treatment ORDER BY l.treatment) FROM walk w "
            f"JOIN {links} l ON l.{new} = w.node "
            f"JOIN walk p ON p.node = l.{old} AND p.depth = w.depth - 1 "
            f"WHERE w.depth > 0 GROUP BY w.node, w.depth"
        )
        found.extend(
            (node, way, level, sorted(set(via)), parent, kinds)
            for node, level, parent, via, kinds in rows
        )
        store.query("INSERT INTO reached SELECT node FROM walk WHERE depth > 0")
    known = info(store, [f[0] for f in found], "reached")
    out = [
        (
            Link(
                decision=node,
                direction=way,
                depth=level,
                via=via,
                treatments=kinds,
                **known[node],
            ),
            parent,
        )
        for node, way, level, via, parent, kinds in found
    ]
    out.sort(
        key=lambda x: (x[0].direction != "cites", x[0].depth, x[0].meeting or 0, x[0].decision)
    )
    return out


def info(store: Store, nodes: list[str], table: str | None = None) -> dict[str, dict[str, Any]]:
    """Whether each node is in the store, its meeting and a title (English first); the nodes are
    those of a temporary table when one is named (a long list is slow to pass to DuckDB)."""
    out: dict[str, dict[str, Any]] = {}
    if not nodes:
        return out
    within = f"(SELECT node FROM {table})" if table else "(SELECT unnest(?))"
    _, rows = store.query(
        "SELECT coalesce(decision, symbol) AS node, any_value(meeting), "
        "arg_min(title, CASE lang WHEN 'en' THEN 0 WHEN 'zh' THEN 1 ELSE 2 END), "
        "bool_or(decision IS NOT NULL) FROM documents "
        f"WHERE coalesce(decision, symbol) IN {within} GROUP BY 1",
        [] if table else [nodes],
    )
    known = {node: (meeting, title, is_decision) for node, meeting, title, is_decision in rows}
    for node in nodes:
        if node in known:
            meeting, title, is_decision = known[node]
            out[node] = {
                "in_store": True,
                "meeting": meeting,
                "title": title,
                "kind": "decision" if is_decision else "document",
            }
        else:
            decision = parse_decision(node)
            out[node] = {
                "in_store": False,
                "meeting": decision_parts(decision)[1] if decision else None,
                "title": None,
                "kind": "decision" if decision else "document",
            }
    return out
