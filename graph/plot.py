"""A picture of a decision's lineage: decisions labelled, meetings in order left to right, links coloured
by direction (what it builds on, what built on it), decisions not in the store drawn hollow."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import networkx as nx

matplotlib.use("Agg")  # pictures are files: no window, whatever the machine has

import matplotlib.pyplot as plt

from copmop.pipeline.errors import UsageError

__all__ = ["plot"]

_COLOURS = {"cites": "#1f77b4", "cited_by": "#d62728"}


def plot(graph: nx.DiGraph, out: str | Path, title: str = "") -> Path:
    path = Path(out)
    if path.suffix.lower() not in (".svg", ".png", ".pdf"):
        raise UsageError(f"--out {out}: give a .svg, .png or .pdf file")
    meetings = sorted({graph.nodes[n].get("meeting") or 0 for n in graph})
    column = {m: i for i, m in enumerate(meetings)}
    stacks: dict[int, int] = {}
    pos = {}
    for node in sorted(graph, key=lambda n: (graph.nodes[n].get("meeting") or 0, n)):
        x = column[graph.nodes[node].get("meeting") or 0]
        stacks[x] = stacks.get(x, 0) + 1
        pos[node] = (x, -stacks[x])
    fig_w = max(6.0, 1.8 * len(meetings))
    fig_h = max(3.0, 0.55 * max(stacks.values(), default=1) + 1.5)
    fig, ax = plt.subplots(figsize=(fig_w, fig_h))
    for direction, colour in _COLOURS.items():
        edges = [(u, v) for u, v, d in graph.edges(data=True) if d.get("direction") == direction]
        nx.draw_networkx_edges(
            graph,
            pos,
            edgelist=edges,
            edge_color=colour,
            ax=ax,
            arrows=True,
            arrowsize=12,
            width=1.4,
            connectionstyle="arc3,rad=0.08",
        )
    stored = [n for n in graph if graph.nodes[n].get("in_store", True)]
    missing = [n for n in graph if n not in stored]
    focus = [n for n in graph if graph.nodes[n].get("focus")]
    nx.draw_networkx_nodes(
        graph,
        pos,
        nodelist=stored,
        node_color="#c6dbef",
        edgecolors="#08306b",
        node_size=900,
        ax=ax,
    )
    nx.draw_networkx_nodes(
        graph, pos, nodelist=missing, node_color="white", edgecolors="#888888", node_size=900, ax=ax
    )
    nx.draw_networkx_nodes(
        graph,
        pos,
        nodelist=focus,
        node_color="#fdae6b",
        edgecolors="#7f2704",
        node_size=1100,
        ax=ax,
    )
    nx.draw_networkx_labels(graph, pos, font_size=8, ax=ax)
    ax.set_xticks(range(len(meetings)))
    ax.set_xticklabels([f"meeting {m}" if m else "?" for m in meetings])
    ax.tick_params(axis="x", bottom=True, labelbottom=True)
    ax.tick_params(axis="y", left=False, labelleft=False)
    ax.margins(x=0.12, y=0.15)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    handles = [
        plt.Line2D([0], [0], color=c, lw=2, label=label)
        for label, c in (
            ("builds on (cites)", _COLOURS["cites"]),
            ("built on it (cited by)", _COLOURS["cited_by"]),
        )
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncol=2,
        fontsize=8,
        frameon=False,
    )
    ax.set_title(title or "lineage", fontsize=11)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
