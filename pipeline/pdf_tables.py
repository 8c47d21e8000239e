"""Ruled tables of a PDF page: each row one line of its cells' texts, in reading order (a right-to-left
table's first column is its rightmost), cells kept in their columns (an empty or merged cell as "")."""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from typing import Protocol, TypeVar

from copmop.lang.structure import CJK_CHAR, CLOSING, OPENING
from copmop.pipeline import layout
from copmop.pipeline.models import Line, Marker
from copmop.pipeline.pdf_rows import Row, Segment, middle_bottom

__all__ = ["TableGrid", "place_rows", "table_runs"]

_Placed = TypeVar("_Placed", bound="_HasTop")


class _HasTop(Protocol):
    top: float
    cells: tuple[str, ...]


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
    size = rows[0].size if rows else 10.0
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
            firsts: list[float] = []
            tops: list[float] = []
            for row in rows:
                if not y0 - 1 <= (row.top + row.bottom) / 2 <= y1 + 1:
                    continue
                inside = [c for c in row.chars if x0 - 1 <= (c["x0"] + c["x1"]) / 2 <= x1 + 1]
                if not [c for c in inside if c["text"].strip()]:
                    continue
                cell_row = Row(row.top, row.bottom, inside, row.biggest, row.rtl_page)
                text, marks, _ = Segment(cell_row, inside).read
                lines.append(Line(text, 1, True, marks))
                ink = [c for c in inside if c["text"].strip()]
                ends.append(max(c["x1"] for c in ink))
                firsts.append(_first_word(ink, row.size))
                tops.append(middle_bottom(ink, upper=True))  # a bullet's font stands taller
                top = row.top if top is None else min(top, row.top)
            base = sum(len(t) + 1 for t in texts if t)
            cell = ""
            for group in _paragraphs(lines, ends, firsts, tops, size):
                block = layout.join_lines(group, heads)
                if cell:
                    cell += "\n"
                markers.extend(Marker(m.label, base + len(cell) + m.offset) for m in block.markers)
                cell += block.text
            if cells is grid.rows[-1] and lines and _ends_short(lines[-1].text, ends, size):
                cell += "\n"  # the page ended the cell's paragraph, not only its line
            texts.append(cell)
        if any(texts) and top is not None:
            if rtl:  # a right-to-left table's first column is its rightmost
                texts.reverse()
            text = " ".join(t.strip().replace("\n", " ") for t in texts if t)
            out.append((top, Line(text, 1, True, tuple(markers), 0.0, tuple(texts))))
    return out


def _ends_short(text: str, ends: list[float], size: float) -> bool:
    """A cell's last line ends its paragraph when it leaves room for more: a character of CJK text,
    four ems of a language with spaces."""
    room = max(ends) - ends[-1]
    return room > (1.3 if CJK_CHAR.match(text.rstrip()[-1:]) else 4) * size


def place_rows(runs: list[_Placed], tables: list[_Placed]) -> list[_Placed]:
    """Table rows put among the running lines by their place on the page."""
    out = list(runs)
    for t in tables:
        at = next((i for i, r in enumerate(out) if r.top > t.top and not r.cells), len(out))
        out.insert(at, t)
    return out


def _first_word(ink: list[dict], size: float) -> float:
    """The width of a cell line's first word: in CJK text its first character with the marks that
    may not part from it ("书》", "《生")."""
    width = 0.0
    cjk = False
    for i, c in enumerate(ink):
        if i and c["x0"] - ink[i - 1]["x1"] > 0.2 * size:
            break
        if cjk and c["text"][:1] not in CLOSING:
            break
        width += c.get("w", c["x1"] - c["x0"])
        cjk = cjk or (bool(CJK_CHAR.match(c["text"][:1])) and c["text"][:1] not in OPENING)
    return width


def _paragraphs(
    lines: list[Line], ends: list[float], firsts: list[float], tops: list[float], size: float
) -> list[list[Line]]:
    """A cell's lines in paragraphs (an objective's number and title, then its statement): a line
    followed by more space than the cell's line pitch ends one, and so does a line that leaves room
    for an em and the next line's first word."""
    right = max(ends, default=0.0)
    steps = sorted(b - a for a, b in itertools.pairwise(tops))
    pitch = (
        steps[(len(steps) - 1) // 2] if steps else size
    )  # the lower median: two lines have one step
    groups: list[list[Line]] = [[]]
    for i, (line, end) in enumerate(zip(lines, ends, strict=True)):
        groups[-1].append(line)
        if i + 1 < len(lines):
            spaced = tops[i + 1] - tops[i] > pitch + 0.1 * size
            short = right - end > max(firsts[i + 1] + 0.3 * size, size)
            if spaced or short:
                groups.append([])
    return [g for g in groups if g]
