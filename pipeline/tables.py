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

__all__ = ["Table", "is_table", "merge_rows", "objective_rows", "row_objective", "row_rest"]


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
        opening = next((c for c in row.cells if c), "")
        if structure.ROW_LABEL.match(normalize.to_ascii(opening)):
            return False  # "1.3 …", "Target 2 – …": a row of its own under cells merged above it
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
        cells.append(_join_cells(a, b) if a and b else a or b)
    text = " ".join(c for c in cells if c)
    markers = tuple(
        Marker(m.label, min(m.offset, len(text))) for m in (*previous.markers, *row.markers)
    )
    return replace(previous, text=text, cells=tuple(cells), markers=markers)


def _join_cells(a: str, b: str) -> str:
    """A cell the page broke: its last paragraph there runs on into the first on the next page."""
    if a.endswith("\n"):  # the page ended its paragraph
        return a + b
    head, _, last = a.rpartition("\n")
    first, _, rest = b.partition("\n")
    joined = layout.join_lines([Line(last, 1, True), Line(first, 1, True)]).text
    return "\n".join(part for part in (head, joined, rest) if part)


def row_objective(table: Table, row: Line) -> tuple[str, str] | None:
    """The operational objective a logframe's row holds: its number and title ("1.1", "国家…")."""
    found = _row_title(table, row)
    return (found[0], found[1]) if found else None


def row_rest(table: Table, row: Line, whole: Line | None = None) -> tuple[Line | None, Line | None]:
    """What a logframe's row says besides its objective's number and title, its markers kept: the
    cells before the objective's (a focal area, a strategic objective a merged cell spans) and the
    objective's statement with the cells after it (outcomes, indicators); None where nothing. The
    part of a row the page broke is split where the ``whole`` row's title stands."""
    found = _row_title(table, whole or row)
    if found is None:
        return None, _cells_line(row, list(row.cells))
    k = found[2]
    before = [
        c if i < k and not structure.OBJECTIVE_NUMBER.match(normalize.to_ascii(c)) else ""
        for i, c in enumerate(row.cells)
    ]
    after = ["" if i < k else c for i, c in enumerate(row.cells)]
    if whole is None and k < len(after):
        after[k] = row.cells[k].partition("\n")[2]
    return _cells_line(row, before), _cells_line(row, after)


def _flat(cell: str) -> str:
    return cell.strip().replace("\n", " ")


def _cells_line(row: Line, cells: list[str]) -> Line | None:
    """The row with only these cells (each the row's own, its end, or ""), its markers moved with
    the text they stand in (dropped with a cell left out)."""
    text, markers, at = "", [], 0
    for old, new in zip(row.cells, cells, strict=True):
        was, now = _flat(old), _flat(new)
        if not was:
            continue
        if now:
            cut = len(was) - len(now)
            start = len(text) + (1 if text else 0)
            markers += [
                Marker(m.label, start + max(0, m.offset - at - cut))
                for m in row.markers
                if at <= m.offset <= at + len(was)
            ]
            text = f"{text} {now}" if text else now
        at += len(was) + 1
    return replace(row, text=text, cells=tuple(cells), markers=tuple(markers)) if text else None


def _row_title(table: Table, row: Line) -> tuple[str, str, int] | None:
    """The objective's number and title in a logframe's row, and the index of the cell holding the
    title (the number stands before it in the same cell, or alone in the cell before)."""
    first_cell = 0 if table.column is None else table.column
    for k in range(first_cell, len(row.cells)):
        first = row.cells[k].split("\n", 1)[0]  # the number and title; the statement follows
        m = structure.OBJECTIVE_ROW.match(normalize.to_ascii(first))
        if m:
            return m["number"], first[len(first) - len(m["title"]) :], k
        alone = structure.OBJECTIVE_NUMBER.match(normalize.to_ascii(first))
        if alone and k + 1 < len(row.cells) and row.cells[k + 1].strip():
            return alone["number"], row.cells[k + 1].split("\n", 1)[0].strip(), k + 1
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


def objective_rows(lines: list[Line]) -> list[tuple[str | None, list[Line]]]:
    """A flattened table's lines in order: each objective of a logframe (after a header row naming the
    operational-objective column) as its number with the lines of its title, and every other line
    under None (the table's other cells: nothing of it is lost)."""
    header = next(
        (i for i, line in enumerate(lines) if structure.OBJECTIVE_COLUMN.search(line.text)), None
    )
    if header is None:
        return [(None, [line]) for line in lines]
    widths = sorted(layout.visual_width(line.text) for line in lines[header + 1 :])
    wide = 0.8 * widths[int(len(widths) * 0.75)] if widths else 0.0
    rows: list[tuple[str | None, list[Line]]] = [(None, [line]) for line in lines[: header + 1]]
    i = header + 1
    while i < len(lines):
        m = structure.OBJECTIVE_ROW.match(normalize.to_ascii(lines[i].text))
        alone = structure.OBJECTIVE_NUMBER.match(normalize.to_ascii(lines[i].text))
        if alone and i + 1 < len(lines) and lines[i].ends_block:  # "1.1" | "国家生物安全框架"
            i += 1
            title = [lines[i]]
            while i + 1 < len(lines) and _title_runs_on(lines[i], lines[i + 1], wide):
                i += 1
                title.append(lines[i])
            rows.append((alone["number"], title))
            i += 1
            continue
        if not m:
            rows.append((None, [lines[i]]))
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
