"""What segmentation makes of what is not a numbered clause: table rows (one clause each, or a
logframe's objectives), and loose text between clauses (prose blocks, or a flattened table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from copmop.pipeline import layout, tables
from copmop.pipeline.models import Block, ClauseKind, Line

if TYPE_CHECKING:
    from copmop.pipeline.segment import _Reader

__all__ = ["resolve_loose", "table_row"]


def table_row(self: _Reader, row: Line) -> None:
    """A row of a table: a clause of its own (its cells' texts), or a logframe's objective;
    the header once, not again on each page the table runs on to."""
    self.flush()
    self.phase, self.annex_title = "body", False
    first = self.table is None
    if self.table is None:
        self.table = tables.Table(row)
    elif self.table.repeats_header(row):
        return
    if not first and self.table.continues(self.last_row, row) and self.last_row is not None:
        whole = tables.merge_rows(self.last_row, row)
        par, _ = self.built[-1]
        par.text, par.page_end = whole.text, row.page
        par.notes = [m.label for m in whole.markers]
        par.note_offsets = [m.offset for m in whole.markers]
        self.built[-1] = (par, whole.markers)
        self.last_row = whole
        return
    self.last_row = row
    block = Block(row.text, row.markers, row.page, row.page)
    if self.table.logframe:
        found = None if first else tables.row_objective(self.table, row)
        if found and found[0] not in self.objectives:
            self.objectives.add(found[0])
            title = Block(found[1], (), row.page, row.page)
            scope = self.n.annex or self.n.section_path()
            self.emit(
                ClauseKind.OBJECTIVE, f"{self.n.scope()}obj-{found[0]}", scope, found[0], title
            )
        return
    self.counts["text"] += 1
    path = f"{self.n.scope()}text{self.counts['text']}"
    self.emit(ClauseKind.BODY, path, self.n.section_path(), None, block)


def resolve_loose(self: _Reader) -> None:
    lines, self.loose = self.loose, []
    if not lines:
        return
    if tables.is_table(lines):
        _objectives(self, lines)
        return
    block: list[Line] = []
    for line in lines:
        block.append(line)
        if line.ends_block or line is lines[-1]:
            self.counts["text"] += 1
            self.emit(
                ClauseKind.BODY,
                f"{self.n.scope()}text{self.counts['text']}",
                self.n.section_path(),
                None,
                layout.join_lines(block, self.heads),
            )
            block = []


def _objectives(self: _Reader, lines: list[Line]) -> None:
    """Operational objectives of a logframe table become ``objective`` clauses."""
    seen = self.objectives
    for number, title in tables.objective_rows(lines):
        if number not in seen:
            seen.add(number)
            self.emit(
                ClauseKind.OBJECTIVE,
                f"{self.n.scope()}obj-{number}",
                self.n.annex or self.n.section_path(),
                number,
                layout.join_lines(title, self.heads),
            )
