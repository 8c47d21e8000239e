"""Tables in the running text: telling them from prose, and the operational objectives of a logframe.

A table's text arrives flattened (column by column in the seeds); its cells must never become
paragraphs. What a legal officer needs from a strategic plan's logframe is its operational objectives:
``1.1    国家生物技术安全框`` + ``架`` → objective 1.1, "国家生物技术安全框架".
"""

from __future__ import annotations

from dataclasses import replace

from copmop.lang import normalize, structure
from copmop.pipeline import layout
from copmop.pipeline.models import Line, Marker

__all__ = ["Table", "is_table", "merge_rows", "objective_rows", "row_objective"]


class Table:
    """A table met row by row (each a :class:`Line` with its cells): its header, and whether it is
    the logframe of a strategic plan (its rows are then operational objectives)."""

    def __init__(self, header: Line) -> None:
        self.header = header.text
        self._columns = sum(1 for c in header.cells if c)
        self.logframe = bool(structure.OBJECTIVE_COLUMN.search(header.text))
        self.column = next(
            (i for i, c in enumerate(header.cells) if structure.OBJECTIVE_COLUMN.search(c)), None
        )

    def repeats_header(self, row: Line) -> bool:
        """A page of a long table starts with its header again."""
        return row.text == self.header

    def continues(self, previous: Line | None, row: Line) -> bool:
        """A row broken across pages: the first row of a new page whose first cell is empty or runs
        on in lower case, or that fills fewer cells than the header."""
        if previous is None or row.page == previous.page:
            return False
        first = row.cells[0] if row.cells else ""
        filled = sum(1 for c in row.cells if c)
        return not first or first[:1].islower() or filled < self.columns

    @property
    def columns(self) -> int:
        return self._columns


def merge_rows(previous: Line, row: Line) -> Line:
    """A row broken across pages made whole again, cell by cell."""
    cells = []
    for k in range(max(len(previous.cells), len(row.cells))):
        a = previous.cells[k] if k < len(previous.cells) else ""
        b = row.cells[k] if k < len(row.cells) else ""
        cells.append(
            layout.join_lines([Line(a, 1, True), Line(b, 1, True)]).text if a and b else a or b
        )
    text = " ".join(c for c in cells if c)
    markers = tuple(
        Marker(m.label, min(m.offset, len(text))) for m in (*previous.markers, *row.markers)
    )
    return replace(previous, text=text, cells=tuple(cells), markers=markers)


def row_objective(table: Table, row: Line) -> tuple[str, str] | None:
    """The operational objective a logframe's row holds: its number and title ("1.1", "国家…")."""
    cells = row.cells if table.column is None else row.cells[table.column :]
    for cell in cells:
        first = cell.split("\n", 1)[0]  # the number and title; the objective's statement follows
        m = structure.OBJECTIVE_ROW.match(normalize.to_ascii(first))
        if m:
            return m["number"], first[len(first) - len(m["title"]) :]
    return None


def is_table(lines: list[Line]) -> bool:
    """Loose lines are a table when a header row names its columns, or when most of their blocks are
    cells (no sentence ends them) and numbers stand out of sequence among them."""
    blocks = sum(1 for line in lines if line.ends_block)
    prose = sum(1 for line in lines if line.ends_block and structure.CLAUSE_END.search(line.text))
    cells = blocks >= 2 and prose * 2 < blocks
    for line in lines:
        header = len(structure.TABLE_HEADER_WORD.findall(line.text)) >= 2
        if header and not structure.CLAUSE_END.search(line.text):
            return True
        text = normalize.to_ascii(line.text)
        numbered = structure.PARA_NUMBER.match(text) or structure.DECIMAL_NUMBER.match(text)
        if numbered and cells:
            return True
    return blocks >= 4 and cells


def objective_rows(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """The objectives of a logframe (after a header row naming the operational-objective column):
    each number with the lines of its title."""
    header = next(
        (i for i, line in enumerate(lines) if structure.OBJECTIVE_COLUMN.search(line.text)), None
    )
    if header is None:
        return []
    widths = sorted(layout.visual_width(line.text) for line in lines[header + 1 :])
    wide = 0.8 * widths[int(len(widths) * 0.75)] if widths else 0.0
    rows: list[tuple[str, list[Line]]] = []
    i = header + 1
    while i < len(lines):
        m = structure.OBJECTIVE_ROW.match(normalize.to_ascii(lines[i].text))
        if not m:
            i += 1
            continue
        title = [layout.cut_line(lines[i], len(lines[i].text) - len(m["title"]))]
        while i + 1 < len(lines) and _title_runs_on(lines[i], lines[i + 1], wide):
            i += 1
            title.append(lines[i])
        rows.append((m["number"], title))
        i += 1
    return rows


def _title_runs_on(line: Line, following: Line, wide: float) -> bool:
    """An objective's title goes on to the next line when its line did not end a block, or (where only
    geometry told the block ends) when it filled the cell and the next line is a short tail."""
    if structure.OBJECTIVE_ROW.match(
        normalize.to_ascii(following.text)
    ) or following.text.startswith(("•", "·", "-")):
        return False
    if not line.ends_block:
        return True
    return layout.visual_width(line.text) >= wide > layout.visual_width(following.text)
