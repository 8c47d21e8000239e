"""Ruled tables of a PDF page: each row one line of its cells' texts, in reading order (a right-to-left
table's first column is its rightmost), cells kept in their columns (an empty or merged cell as "")."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from copmop.pipeline import layout
from copmop.pipeline.models import Line, Marker
from copmop.pipeline.pdf_rows import Row, Segment

__all__ = ["TableGrid", "table_runs"]


@dataclass
class TableGrid:
    """A ruled table the PDF engine found: its box, and each row's cells as boxes (None: merged)."""

    bbox: tuple[float, float, float, float]
    rows: list[list[tuple[float, float, float, float] | None]]


def _strong_rtl(text: str) -> bool:
    return unicodedata.bidirectional(text[:1]) in ("R", "AL") if text else False


def table_runs(rows: list[Row], grid: TableGrid, heads: layout.Hyphens) -> list[tuple[float, Line]]:
    """The rows of a ruled table, each a line of its cells' texts with where it stands (its top)."""
    out = []
    glyphs = [c for r in rows for c in r.text_chars]
    rtl = sum(1 for c in glyphs if _strong_rtl(c["text"])) * 2 > len(glyphs)
    for cells in grid.rows:
        texts: list[str] = []
        markers: list[Marker] = []
        top = None
        for box in cells:
            if box is None:  # merged into the cell before: keep the columns in place
                texts.append("")
                continue
            x0, y0, x1, y1 = box
            lines = []
            for row in rows:
                if not y0 - 1 <= (row.top + row.bottom) / 2 <= y1 + 1:
                    continue
                inside = [c for c in row.chars if x0 - 1 <= (c["x0"] + c["x1"]) / 2 <= x1 + 1]
                if not [c for c in inside if c["text"].strip()]:
                    continue
                cell_row = Row(row.top, row.bottom, inside, row.biggest)
                text, marks, _ = Segment(cell_row, inside).read
                lines.append(Line(text, 1, True, marks))
                top = row.top if top is None else min(top, row.top)
            block = layout.join_lines(lines, heads)
            base = sum(len(t) + 1 for t in texts if t)
            markers.extend(Marker(m.label, base + m.offset) for m in block.markers)
            texts.append(block.text)
        if any(texts) and top is not None:
            if rtl:  # a right-to-left table's first column is its rightmost
                texts.reverse()
            text = " ".join(t for t in texts if t)
            out.append((top, Line(text, 1, True, tuple(markers), 0.0, tuple(texts))))
    return out
