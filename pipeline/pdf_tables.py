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
            lines: list[Line] = []
            ends: list[float] = []
            for row in rows:
                if not y0 - 1 <= (row.top + row.bottom) / 2 <= y1 + 1:
                    continue
                inside = [c for c in row.chars if x0 - 1 <= (c["x0"] + c["x1"]) / 2 <= x1 + 1]
                if not [c for c in inside if c["text"].strip()]:
                    continue
                cell_row = Row(row.top, row.bottom, inside, row.biggest, row.rtl_page)
                text, marks, _ = Segment(cell_row, inside).read
                lines.append(Line(text, 1, True, marks))
                ends.append(max(c["x1"] for c in inside if c["text"].strip()))
                top = row.top if top is None else min(top, row.top)
            base = sum(len(t) + 1 for t in texts if t)
            cell = ""
            for group in _paragraphs(lines, ends, rows[0].size if rows else 10.0):
                block = layout.join_lines(group, heads)
                if cell:
                    cell += "\n"
                markers.extend(Marker(m.label, base + len(cell) + m.offset) for m in block.markers)
                cell += block.text
            texts.append(cell)
        if any(texts) and top is not None:
            if rtl:  # a right-to-left table's first column is its rightmost
                texts.reverse()
            text = " ".join(t.replace("\n", " ") for t in texts if t)
            out.append((top, Line(text, 1, True, tuple(markers), 0.0, tuple(texts))))
    return out


def _paragraphs(lines: list[Line], ends: list[float], size: float) -> list[list[Line]]:
    """A cell's lines in paragraphs: a line that stops well short of the cell's longest ends one (an
    objective's number and title, then its statement)."""
    right = max(ends, default=0.0)
    groups: list[list[Line]] = [[]]
    for i, (line, end) in enumerate(zip(lines, ends, strict=True)):
        groups[-1].append(line)
        if i + 1 < len(lines) and right - end > 2 * size:
            groups.append([])
    return [g for g in groups if g]
