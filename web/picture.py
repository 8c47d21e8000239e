"""A decision's lineage as a picture the server draws: one column per meeting, oldest on the left,
the decisions of a meeting stacked in their natural order, an arrow from each citing decision to the
one it cites. The template turns it into SVG whose nodes are links; nothing here knows about HTML.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from copmop.graph.xref import target_key
from copmop.pipeline.models import Link

__all__ = ["MAX_NODES", "Edge", "Node", "Picture", "layout"]

MAX_NODES = 120  # more would be a picture nobody reads: the table lists them all
_COLUMN = 180  # from one meeting's column to the next
_ROW = 38  # from one node to the next in a column
_WIDTH, _HEIGHT = 148, 26  # a node
_TOP, _LEFT = 46, 20  # room for the meetings' labels, and a margin


@dataclass
class Node:
    """A decision or document drawn at (x, y), its centre."""

    id: str
    x: float
    y: float
    kind: str
    in_store: bool
    focus: bool
    meeting: int | None
    title: str
    direction: str
    depth: int

    @property
    def label(self) -> str:
        return self.id if len(self.id) <= 20 else self.id[:19] + "…"


@dataclass
class Edge:
    """An arrow from the citing node to the node it cites, as an SVG path."""

    source: str
    target: str
    direction: str
    path: str
    treatments: list[str]


@dataclass
class Picture:
    """What the template draws, and how many of the walk's decisions it holds."""

    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]
    columns: list[tuple[float, str]]
    shown: int
    total: int
    node_width: int = _WIDTH
    node_height: int = _HEIGHT


def layout(focus: str, about: dict[str, Any], walk: list[tuple[Link, str]]) -> Picture:
    """The picture of a walk from ``focus`` (``about``: its meeting, title, in_store, kind); when the
    walk reaches more than MAX_NODES decisions, the nearest are drawn (a decision reached both ways,
    citing and cited, is one node)."""
    chosen = _nearest(walk, MAX_NODES - 1)
    nodes: dict[str, Node] = {
        focus: Node(
            focus,
            0,
            0,
            about.get("kind") or "decision",
            bool(about.get("in_store")),
            True,
            about.get("meeting"),
            about.get("title") or "",
            "",
            0,
        )
    }
    for link, _ in chosen:
        nodes.setdefault(
            link.decision,
            Node(
                link.decision,
                0,
                0,
                link.kind,
                link.in_store,
                False,
                link.meeting,
                link.title or "",
                link.direction,
                link.depth,
            ),
        )
    meetings = sorted({n.meeting for n in nodes.values()}, key=lambda m: -1 if m is None else m)
    column = {m: i for i, m in enumerate(meetings)}
    height = 0
    for m in meetings:
        stack = sorted(
            (n for n in nodes.values() if n.meeting == m), key=lambda n: target_key(n.id)
        )
        for i, node in enumerate(stack):
            node.x = _LEFT + _WIDTH / 2 + column[m] * _COLUMN
            node.y = _TOP + _HEIGHT / 2 + i * _ROW
        height = max(height, len(stack))
    edges = []
    for link, parent in chosen:
        if link.decision not in nodes or parent not in nodes:
            continue
        source, target = (
            (parent, link.decision) if link.direction == "cites" else (link.decision, parent)
        )
        edges.append(
            Edge(
                source,
                target,
                link.direction,
                _arrow(nodes[source], nodes[target]),
                link.treatments,
            )
        )
    labels = [
        (_LEFT + _WIDTH / 2 + column[m] * _COLUMN, "meeting ?" if m is None else f"meeting {m}")
        for m in meetings
    ]
    return Picture(
        width=int(_LEFT * 2 + _WIDTH + (len(meetings) - 1) * _COLUMN + 70),
        height=int(_TOP + max(1, height) * _ROW + 10),
        nodes=sorted(nodes.values(), key=lambda n: (not n.focus, n.id)),
        edges=edges,
        columns=labels,
        shown=len(nodes) - 1,
        total=len({link.decision for link, _ in walk}),
    )


def _nearest(walk: list[tuple[Link, str]], count: int) -> list[tuple[Link, str]]:
    """The links to the ``count`` nearest decisions (the nearer depth first, what it cites before what
    cites it), with every link of the walk to each of them."""
    ordered = sorted(walk, key=lambda x: (x[0].depth, x[0].direction != "cites"))
    kept: set[str] = set()
    for link, _ in ordered:
        if len(kept) == count:
            break
        kept.add(link.decision)
    return [x for x in ordered if x[0].decision in kept]


def _border(centre: Node, towards: Node) -> tuple[float, float]:
    """Where the line from ``centre`` towards the other node leaves ``centre``'s box."""
    dx, dy = towards.x - centre.x, towards.y - centre.y
    if dx == 0 and dy == 0:
        return centre.x, centre.y
    scale = min(
        (_WIDTH / 2) / abs(dx) if dx else math.inf, (_HEIGHT / 2 + 3) / abs(dy) if dy else math.inf
    )
    return centre.x + dx * scale, centre.y + dy * scale


def _arrow(source: Node, target: Node) -> str:
    """A gently curved path from box to box (curved so that arrows within a column stay apart)."""
    x1, y1 = _border(source, target)
    x2, y2 = _border(target, source)
    bend = 0.18 if source.x != target.x else 0.6
    cx = (x1 + x2) / 2 - (y2 - y1) * bend
    cy = (y1 + y2) / 2 + (x2 - x1) * bend
    if source.x == target.x:  # same meeting: leave and arrive on the right side, curving outwards
        x1 = x2 = source.x + _WIDTH / 2
        y1, y2 = source.y, target.y
        cx, cy = x1 + 30 + abs(y2 - y1) * 0.25, (y1 + y2) / 2
    return f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}"
