"""What segmentation makes of what is not a numbered clause: table rows (one clause each, or a
logframe's objectives), and loose text between clauses (prose blocks, or a flattened table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from copmop.lang import normalize, structure
from copmop.pipeline import layout, tables
from copmop.pipeline.models import Block, ClauseKind, Line

if TYPE_CHECKING:
    from copmop.pipeline.segment import _Reader

__all__ = ["resolve_loose", "table_row"]


def table_row(self: _Reader, row: Line) -> None:
    """A row of a table: a clause of its own (its cells' texts), or a logframe's objective and the
    rest of its row; the header once, not again on each page the table runs on to."""
    self.flush()
    self.phase, self.annex_title = "body", False
    first = self.table is None
    if self.table is None:
        self.table = tables.Table(row)
    elif self.table.repeats_header(row):
        return
    if not first and self.table.continues(self.last_row, row) and self.last_row is not None:
        whole = tables.merge_rows(self.last_row, row)
        self.last_row = whole
        if self.table.logframe:
            _logframe_row_again(self, whole, row)
        else:
            _set_text(self, -1, whole, row.page)
        return
    self.last_row = row
    if self.table.logframe and not first:
        found = tables.row_objective(self.table, row)
        before, after = tables.row_rest(self.table, row)
        if before is not None:
            _body(self, Block(before.text, before.markers, row.page, row.page), True)
        if found and found[0] not in self.objectives:
            self.objectives.add(found[0])
            title = Block(found[1], (), row.page, row.page)
            scope = self.n.annex or self.n.section_path()
            self.emit(
                ClauseKind.OBJECTIVE, f"{self.n.scope()}obj-{found[0]}", scope, found[0], title
            )
        if after is not None:
            _body(self, Block(after.text, after.markers, row.page, row.page), True)
        return
    _body(self, Block(row.text, row.markers, row.page, row.page), self.table.logframe)


def _body(self: _Reader, block: Block, logframe: bool = False) -> None:
    """An unnumbered body clause; one of a logframe stands where its objectives do (the annex)."""
    self.counts["text"] += 1
    self.emit(
        ClauseKind.BODY,
        f"{self.n.scope()}text{self.counts['text']}",
        (self.n.annex or self.n.section_path()) if logframe else self.n.section_path(),
        None,
        block,
    )


def _set_text(self: _Reader, index: int, row: Line, page: int) -> None:
    """A clause already built takes the whole of a row the page broke."""
    par, _ = self.built[index]
    par.text, par.page_end = row.text, page
    par.notes = [m.label for m in row.markers]
    par.note_offsets = [m.offset for m in row.markers]
    self.built[index] = (par, row.markers)


def _logframe_row_again(self: _Reader, whole: Line, row: Line) -> None:
    """A logframe's row the page broke: its objective's title (when the page broke the title) and
    the rest of the row, made whole (the cells before the objective's stay where they were read)."""
    assert self.table is not None
    page = row.page
    found = tables.row_objective(self.table, whole)
    _, after = tables.row_rest(self.table, whole)
    before, _ = tables.row_rest(self.table, row, whole)
    last = self.built[-1][0] if self.built else None
    if last is not None and last.kind is ClauseKind.BODY and after is not None:
        _set_text(self, -1, after, page)
        last = self.built[-2][0] if len(self.built) > 1 else None
    elif after is not None:
        _body(self, Block(after.text, after.markers, page, page), True)
    objective = last if last is not None and last.kind is ClauseKind.OBJECTIVE else None
    if objective and found and objective.number == found[0] and objective.text != found[1]:
        objective.text, objective.page_end = found[1], page  # the page broke the title itself
    if before is not None:  # the cells before the objective's ran on too: kept after the rest
        _body(self, Block(before.text, before.markers, page, page), True)


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
            _body(self, layout.join_lines(block, self.heads))
            _out_of_sequence(self, block[0])
            block = []


def _out_of_sequence(self: _Reader, line: Line) -> None:
    """A decision's prose block that opens with a paragraph number the sequence did not take: said
    (a table row's number is the table's own)."""
    m = structure.PARA_NUMBER.match(normalize.to_ascii(line.text))
    if m and self.decision:
        path = self.built[-1][0].par_id.split("#", 1)[1]
        self.doc.warnings.append(
            f"clause {path} opens with a paragraph number out of sequence: {m['num']!r}"
        )


def _objectives(self: _Reader, lines: list[Line]) -> None:
    """A flattened table: the operational objectives of a logframe become ``objective`` clauses, and
    its other cells body clauses, a block each (its rows cannot be told apart any more)."""
    seen = self.objectives
    block: list[Line] = []
    rows = tables.objective_rows(lines)
    logframe = any(number for number, _ in rows)
    for number, found in rows:
        if number is None:
            block += found
            if found[-1].ends_block or found[-1] is lines[-1]:
                _body(self, layout.join_lines(block, self.heads), logframe)
                block = []
            continue
        if block:
            _body(self, layout.join_lines(block, self.heads), logframe)
            block = []
        if number not in seen:
            seen.add(number)
            self.emit(
                ClauseKind.OBJECTIVE,
                f"{self.n.scope()}obj-{number}",
                self.n.annex or self.n.section_path(),
                number,
                layout.join_lines(found, self.heads),
            )
    if block:
        _body(self, layout.join_lines(block, self.heads), logframe)
