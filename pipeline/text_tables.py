"""Tables of a text extraction that prints a table's header row on one line, its cells parted by runs
of spaces, and then the rows cell by cell, each cell a block of its own:

    Décision   Éléments retirés   Observations
    BS-I/9
    Paragraphes 1 à 3
    Activités achevées

The blocks after such a header are taken as many at a time as the header has cells, each group a row
(one :class:`Line` with its cells, as a PDF's ruled table gives it), while the rows keep the shape of
the first (which cells open with a paragraph number, a decimal number, or text): the numbered
paragraphs after the table ("4. Indicators 2.3 … require further work") do not, and end it.
"""

from __future__ import annotations

from dataclasses import replace

from copmop.lang import structure
from copmop.pipeline import layout
from copmop.pipeline.models import Line, Page

__all__ = ["spaced_tables"]

_LONGEST_HEADING = 40  # a header cell longer than this is prose with wide spaces, not a heading
_FEWEST_ROWS = 2  # fewer rows than this make no table


def spaced_tables(pages: list[Page]) -> None:
    """Rows of the tables printed header-then-cells, across pages (a table's header may end a page
    and its rows fill the next)."""
    lines = [line for page in pages for line in page.lines]
    grouped = _grouped(lines)
    if grouped is lines:
        return
    for page in pages:
        page.lines = [line for line in grouped if line.page == page.number]


def _grouped(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    i = 0
    changed = False
    while i < len(lines):
        header = _header(lines, i)
        if header is None:
            out.append(lines[i])
            i += 1
            continue
        rows, end = _rows(lines, i + 1, len(header))
        if len(rows) < _FEWEST_ROWS:
            out.append(lines[i])
            i += 1
            continue
        out.append(replace(lines[i], text=" ".join(header), cells=header, ends_block=True))
        out.extend(rows)
        i, changed = end, True
    return out if changed else lines


def _header(lines: list[Line], i: int) -> tuple[str, ...] | None:
    """The cells of a header row standing alone as a one-line block at ``i``, if it is one."""
    line = lines[i]
    if line.cells or not line.ends_block or (i > 0 and not lines[i - 1].ends_block):
        return None
    cells = tuple(c for c in structure.HEADER_GAP.split(line.text.strip()) if c)
    if len(cells) < 2 or any(len(c) > _LONGEST_HEADING for c in cells):
        return None
    if any(c[:1].isdigit() for c in cells):  # "1.2   协调和支助": a numbered row, no header
        return None
    return cells


def _blocks(lines: list[Line], start: int) -> list[tuple[int, int]]:
    """(first, last + 1) of each block from ``start`` on."""
    out: list[tuple[int, int]] = []
    first = start
    for k in range(start, len(lines)):
        if lines[k].cells:
            break
        if lines[k].ends_block:
            out.append((first, k + 1))
            first = k + 1
    return out


def _shape(text: str) -> str:
    if structure.DECIMAL_NUMBER.match(text):
        return "decimal"
    if structure.PARA_NUMBER.match(text):
        return "number"
    return "text"


def _heading(text: str) -> bool:
    return bool(
        structure.ANNEX_HEADING.match(text)
        or structure.PART_HEADING.match(text)
        or structure.SECTION_LATIN.match(text)
        or structure.SECTION_CJK.match(text)
    )


def _rows(lines: list[Line], start: int, width: int) -> tuple[list[Line], int]:
    """The rows of ``width`` cells from ``start``, and the index after the last one taken."""
    blocks = _blocks(lines, start)
    rows: list[Line] = []
    shape: tuple[str, ...] | None = None
    end = start
    for k in range(0, len(blocks) - width + 1, width):
        group = blocks[k : k + width]
        cells = tuple(layout.join_lines(lines[a:b]).text for a, b in group)
        if any(_heading(c) for c in cells):
            break
        this = tuple(_shape(c) for c in cells)
        if shape is None:
            shape = this
        elif this != shape:
            break
        first = lines[group[0][0]]
        rows.append(Line(" ".join(cells), first.page, True, (), first.indent, cells))
        end = group[-1][1]
    return rows, end
