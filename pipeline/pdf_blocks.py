"""Where each block of running text ends on a PDF page, by the geometry of its lines.

A block ends where the geometry says so, in any typesetting: a vertical gap wider than the line pitch,
a change of indentation (a first-line indent, the end of a hanging paragraph), a change between bold
and plain lines or of type size, or room left on the line for the next line's first word (the word
processor would have put it there). The right margin a line is measured against is that of the lines
around it in the same type, so that a narrow bold heading is not taken for a ragged paragraph. Lines
are measured in their reading direction; a page whose lines are set flush with their far side (Arabic
set flush left, ragged at the right where its lines start) is measured from that side.
"""

from __future__ import annotations

import dataclasses
import itertools
import statistics

from copmop.pipeline.pdf_page import Run

__all__ = ["flush_end", "line_pitch", "mark_block_ends"]

_PARAGRAPH_GAP = 1.3  # a line distance over this many times the line pitch parts two blocks
_INDENT = 0.6  # an indentation change of this many ems parts two blocks
_WINDOW = 6  # lines each side whose right edges make a line's right margin
_NEAR = 4.0  # lines of a type that end within this many ems of a line show its measure
_MIN_ROOM = 2.0  # less room than this many ems is a justified line's play, not a block's end
_FLUSH = 0.5  # lines whose edge is within this many ems of the farthest are flush with it


def _steps(runs: list[Run], body: float) -> list[float]:
    return [
        b.top - a.top
        for a, b in itertools.pairwise(runs)
        if abs(a.size - body) < 0.6 and abs(b.size - body) < 0.6 and 0 < b.top - a.top < 3 * body
    ]


def _pitch(runs: list[Run], body: float) -> float:
    """The distance from one line to the next inside a block, on this page."""
    steps = _steps(runs, body)
    return statistics.median(steps) if steps else body * 1.2


def line_pitch(pages: list[list[Run]], body: float) -> float:
    """The distance from one line to the next inside a block, over the whole document."""
    steps = [s for runs in pages for s in _steps(runs, body)]
    return statistics.median(steps) if steps else body * 1.2


def mark_block_ends(
    runs: list[Run],
    body: float,
    following: Run | None = None,
    continued: bool = False,
    pitch: float | None = None,
    far_side: bool = False,
) -> None:
    """Set ``ends`` on each run by the geometry: ``following`` is the next page's first line,
    ``continued`` says the last page's last line did not end its block, ``pitch`` is the document's
    line pitch (a short page's own would mislead)."""
    if far_side:
        # lines set flush with the side where they end are measured from it; the others (a title
        # block's, a heading's) as they are
        edge = max((r.end for r in runs if not r.cells), default=0.0)
        flush = [edge - r.end < _FLUSH * max(r.size, 1.0) for r in runs]
        near = [dataclasses.replace(r) for r in runs]
        # the others set apart like a table's rows, so that their edges make no line's measure
        far = [
            _far(r) if f else dataclasses.replace(_far(r), cells=("",))
            for r, f in zip(runs, flush, strict=True)
        ]
        mark_block_ends(near, body, following, continued, pitch)
        mark_block_ends(far, body, following and _far(following), continued, pitch)
        for run, f, as_is, measured in zip(runs, flush, near, far, strict=True):
            run.ends = measured.ends if f else as_is.ends
        return
    pitch = pitch or _pitch(runs, body)
    left = min((r.start for r in runs if not r.cells), default=0.0)
    for i, cur in enumerate(runs):
        nxt = runs[i + 1] if i + 1 < len(runs) else following
        if nxt is None or cur.cells or nxt.cells:
            cur.ends = True
            continue
        em = max(cur.size, 1.0)
        first = (i == 0 and not continued) or (i > 0 and runs[i - 1].ends)
        on_page = i + 1 < len(runs)
        if _centred(cur, nxt, left, em):  # a centred heading's lines: a gap or a type parts them,
            # or a line shorter than the next by more than its first word: a paragraph's first line
            # is its widest ("Annex" over its title)
            cur.ends = (
                (on_page and nxt.top - cur.top > _PARAGRAPH_GAP * pitch)
                or cur.bold != nxt.bold
                or abs(cur.size - nxt.size) > 0.6
                or (nxt.end - nxt.start) - (cur.end - cur.start) > nxt.first_word + em
            )
            continue
        cur.ends = (
            (on_page and nxt.top - cur.top > _PARAGRAPH_GAP * pitch)
            or cur.bold != nxt.bold
            or abs(cur.size - nxt.size) > 0.6
            or (
                first
                and nxt.start > cur.start + _INDENT * em
                and not any(abs(nxt.start - x) < 0.4 * em for x in cur.hangs)
            )
            # a first line indented from the margin, and the next indented as far: two paragraphs
            # (a paragraph's own next line goes back to the margin)
            or (
                first
                and not cur.bold  # a heading's lines may all stand in from the margin
                and cur.start > left + _INDENT * em
                and abs(nxt.start - cur.start) < 0.2 * em
            )
            or (not first and abs(nxt.start - cur.start) > _INDENT * em)
            or _room(runs, i) > max(nxt.first_word + 0.5 * em, _MIN_ROOM * em)
        )


def _centred(cur: Run, nxt: Run, left: float, em: float) -> bool:
    """Two bold lines set centred on one axis: the lines of a centred heading. They start apart and
    end apart by as much (a first-line indent starts apart and ends together)."""
    starts, ends = cur.start - nxt.start, cur.end - nxt.end
    return (
        cur.bold
        and nxt.bold
        and abs(starts) > 0.2 * em
        and abs(starts + ends) < max(em, 0.7 * abs(starts))
    )


def _room(runs: list[Run], i: int) -> float:
    """What is left on line ``i`` before its right margin: the farthest end of the lines around it in
    its type that end near it or beyond (a narrow heading's measure is its own), else the page's text
    column's."""
    cur = runs[i]
    em = max(cur.size, 1.0)
    near = [
        r.end
        for r in runs[max(0, i - _WINDOW) : i + _WINDOW + 1]
        if r is not cur
        and not r.cells
        and r.bold == cur.bold
        and abs(r.size - cur.size) < 0.6
        and r.end >= cur.end - _NEAR * em
    ]
    if near:
        right = max(near)
    else:
        right = max(r.end for r in runs if abs(r.size - cur.size) < 0.6 and not r.cells)
    return max(right, cur.end) - cur.end


def _far(run: Run) -> Run:
    """A line measured from its far side: where it ends is where its text starts (after a hanging
    number: "1 -" stands out of the text's measure)."""
    return dataclasses.replace(
        run, start=-run.end, end=-(run.hangs[0] if run.hangs else run.start), hangs=()
    )


def flush_end(pages: list[list[Run]], body: float) -> bool:
    """Are the document's lines of running text set flush with the side where they end, ragged where
    they start? Nearly all of them end together (the last line of each paragraph too) and few start
    together (justified lines do both; ragged lines, the other way round). Each page is measured
    against its own edges; the title block's lines, set otherwise, are too few to tip the scale."""
    em = max(body, 1.0)
    starting = ending = count = 0
    for runs in pages:
        lines = [r for r in runs if not r.cells and not r.bold and abs(r.size - body) < 0.6]
        if not lines:
            continue
        first, last = min(r.start for r in lines), max(r.end for r in lines)
        count += len(lines)
        starting += sum(1 for r in lines if r.start - first < _FLUSH * em)
        ending += sum(1 for r in lines if last - r.end < _FLUSH * em)
    return count >= 4 and ending >= 0.8 * count and starting <= 0.5 * count
