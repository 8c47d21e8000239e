"""One PDF page's layout, from its rows: page furniture, the footnotes at the foot, the title block read
column by column, ruled tables row by row, and its lines of running text measured in their reading
direction (where each block ends is ``pdf_blocks``'s). A right-to-left page is measured mirrored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from copmop.lang.structure import (
    CJK_CHAR,
    FOOTNOTE_START,
    HANGING_LABEL,
    JOB_NUMBER,
    SHORT_LABEL,
)
from copmop.pipeline import layout
from copmop.pipeline.models import Footnote, Line, Marker, Page
from copmop.pipeline.pdf_rows import Glyph, Row, Segment, make_rows, weight
from copmop.pipeline.pdf_tables import TableGrid, place_rows, table_runs

__all__ = [
    "Laid",
    "PageGeometry",
    "Run",
    "TableGrid",
    "lay_out",
    "page_rows",
    "to_lines",
]

_FOOTNOTE_SIZE = 0.93  # footnotes are set in type smaller than this share of the body's
_EDGE = 0.1  # the share of the page's height at its top and at its foot where furniture is printed


@dataclass
class PageGeometry:
    """What a reader hands over for one page, whatever its engine."""

    number: int
    width: float
    height: float
    chars: list[Glyph]
    rules: list[tuple[float, float, float]] = field(
        default_factory=list
    )  # short rules: x0, top, x1
    tables: list[TableGrid] = field(default_factory=list)


@dataclass
class Run:
    """A line of running text on its way to becoming a :class:`Line`, measured in its reading
    direction (a right-to-left line mirrored: ``start`` is then its right edge)."""

    text: str
    markers: tuple[Marker, ...]
    start: float
    hangs: tuple[
        float, ...
    ]  # where a word starts after a label: "1.<tab>Welcomes", "CP-11/3. Title"
    end: float
    top: float
    size: float
    bold: bool
    first_word: float  # the width of its first word (of its first character, in CJK text)
    cells: tuple[str, ...] = ()
    ends: bool = False


@dataclass
class Laid:
    """A page laid out: its lines, its footnotes, what continues the last page's last footnote."""

    page: Page
    runs: list[Run]
    carried: list[Line] = field(default_factory=list)
    head: int = 0  # how many of the runs are the title block's (each a block of its own)


def _furniture(text: str) -> bool:
    """What any page's edge may hold (``layout.is_furniture``), and a PDF's job number."""
    return layout.is_furniture(text) or bool(JOB_NUMBER.match(text))


def _measure(
    segments: list[Segment], width: float
) -> tuple[float, tuple[float, ...], float, float]:
    """(start, hangs, end, first_word) of a line in its reading direction: ``hangs`` are where its
    second or third word starts when what comes before is a label (a number, a letter, a symbol),
    the places a hanging paragraph's next lines start."""
    rtl = segments[0].rtl
    glyphs = [c for s in segments for c in s.text_chars]
    if rtl:
        glyphs = sorted(glyphs, key=lambda c: -c["x1"])
        pos = [(width - c["x1"], width - c["x0"]) for c in glyphs]
    else:
        glyphs = sorted(glyphs, key=lambda c: c["x0"])
        pos = [(c["x0"], c["x1"]) for c in glyphs]
    size = max(segments[0].row.size, 1.0)
    start, end = pos[0][0], max(b for _, b in pos)
    hangs: list[float] = []
    prefix = ""
    before = 0  # the characters before glyph i: the labels are in a line's first fourteen
    for i in range(1, len(pos)):
        before += weight(glyphs[i - 1])
        if before >= 14:
            break
        prefix += glyphs[i - 1]["text"]
        if pos[i][0] - pos[i - 1][1] > 0.2 * size:
            if HANGING_LABEL.match(prefix):  # "1.", "CP-11/3.", and "2 -" across its own space
                hangs.append(pos[i][0])
            prefix += " "
    word = 0.0
    for i, (a, b) in enumerate(pos):
        if i and a - pos[i - 1][1] > 0.2 * size:
            break
        word += glyphs[i].get("w", b - a)
        if CJK_CHAR.match(glyphs[i]["text"][:1]):
            break  # a CJK line may break after any character
    return start, tuple(hangs), end, word


def _run(segments: list[Segment], width: float) -> Run:
    """One line made of a row's segments (a hanging label and its text are one line)."""
    texts: list[str] = []
    markers: list[Marker] = []
    length = 0
    ordered = sorted(segments, key=lambda s: -s.x0) if segments[0].rtl else segments
    for seg in ordered:
        text, marks, _ = seg.read
        if texts:
            length += 1
        markers.extend(Marker(m.label, m.offset + length) for m in marks)
        texts.append(text)
        length += len(text)
    start, hangs, end, word = _measure(segments, width)
    return Run(
        text=" ".join(texts),
        markers=tuple(markers),
        start=start,
        hangs=hangs,
        end=end,
        top=segments[0].row.top,
        size=segments[0].row.size,
        bold=all(s.bold for s in segments),
        first_word=word,
    )


def _lines_of(rows: list[Row]) -> list[list[Segment]]:
    """Each row as the segments of its lines: a short label and its text are one line; a row cut
    into wider parts gives one line per part."""
    out = []
    for row in rows:
        segs = row.segments
        if segs and segs[0].rtl:  # a right-to-left row's first part is its rightmost
            segs = sorted(segs, key=lambda s: -s.x0)
        if len(segs) == 2 and any(SHORT_LABEL.match(s.read[0]) for s in segs):
            out.append(segs)
        else:
            out.extend([s] for s in segs)
    return out


def _title_block(rows: list[Row]) -> tuple[list[list[Segment]], int]:
    """The first page's title block in columns (logo words | symbol, distribution, date), read
    column by column; and how many rows it took. Nothing when the page does not open with one."""
    head: list[Row] = []
    for row in rows:
        segs = row.segments
        if len(segs) > 1 and not (len(segs) == 2 and SHORT_LABEL.match(segs[0].read[0])):
            head.append(row)
            continue
        if head and any(
            abs(segs[0].x0 - s.x0) < 3 or abs(segs[-1].x1 - s.x1) < 3
            for r in head
            for s in r.segments[1:]
        ):
            head.append(row)  # a line of the right column alone: "1 November 2024"
            continue
        break
    if len(head) < 2:
        return [], 0
    starts = sorted({round(s.x0) for r in head for s in r.segments})
    columns: dict[int, list[Segment]] = {}
    for r in head:
        for s in r.segments:
            start = min(starts, key=lambda x, s=s: abs(x - s.x0))  # type: ignore[misc]
            columns.setdefault(start, []).append(s)
    order = sorted(columns, reverse=head[0].segments[0].rtl)
    return [[s] for key in order for s in columns[key]], len(head)


def page_rows(geo: PageGeometry) -> list[Row]:
    return make_rows(geo.chars)


def lay_out(
    geo: PageGeometry, rows: list[Row], body: float, heads: layout.Hyphens | None = None
) -> Laid:
    """The page's running lines (their block ends not yet set), footnotes and furniture; ``heads``
    is what the document says of its hyphens, for the lines of table cells."""
    heads = heads or layout.Hyphens(soft=False)
    in_table: set[int] = set()
    tables: list[Run] = []
    for grid in geo.tables:
        _, y0, _, y1 = grid.bbox
        inside = [r for r in rows if y0 - 1 <= (r.top + r.bottom) / 2 <= y1 + 1]
        in_table.update(id(r) for r in inside)
        tables += [
            Run(line.text, line.markers, 0, (), 0, top, 0, False, 0, line.cells, True)
            for top, line in table_runs(inside, grid, heads)
        ]
    furniture: list[str] = []
    running: list[Row] = []
    for row in rows:
        if id(row) in in_table:
            continue
        edge = row.top < _EDGE * geo.height or row.bottom > (1 - _EDGE) * geo.height
        texts = [s.read[0] for s in row.segments]
        if edge and all(_furniture(t) for t in texts):
            furniture.extend(texts)
        else:
            running.append(row)
    body_rows = [i for i, r in enumerate(running) if r.size >= body * _FOOTNOTE_SIZE]
    last_body = body_rows[-1] if body_rows else -1
    rule = max((top for _, top, _ in geo.rules if top > 0.4 * geo.height), default=None)
    foot = len(running)
    if last_body + 1 < len(running):
        first = running[last_body + 1]
        if _labelled(first) or (rule is not None and rule <= first.top + 1):
            foot = last_body + 1
    if foot == len(running) and rule is not None:
        below = [i for i, r in enumerate(running) if r.top > rule]
        if below and _labelled(running[below[0]]):
            foot = below[0]
    notes: list[tuple[str, list[Line]]] = []
    carried: list[Line] = []
    for row in running[foot:]:
        text, _, lead = _row_text(row)
        m = None if lead else FOOTNOTE_START.match(text)
        if m and notes and not layout.next_note_label(notes[-1][0], m["label"]):
            m = None  # "20 Протокола; …": a note's line that starts with a number, not note 20
        if lead:
            notes.append((lead, [Line(text, geo.number, True)]))
        elif m:
            notes.append((m["label"], [Line(m["text"], geo.number, True)]))
        elif notes:
            notes[-1][1].append(Line(text, geo.number, True))
        else:
            carried.append(Line(text, geo.number, True))
    body_rows_ = running[:foot]
    head: list[list[Segment]] = []
    used = 0
    if geo.number == 1:
        head, used = _title_block(body_rows_)
    runs = [_run(segs, geo.width) for segs in head]
    for run in runs:
        run.ends = True
    runs += [_run(segs, geo.width) for segs in _lines_of(body_rows_[used:])]
    runs = place_rows(runs, tables)
    footnotes = [
        Footnote(label, layout.join_lines(parts).text, geo.number) for label, parts in notes
    ]
    page = Page(number=geo.number, lines=[], footnotes=footnotes, furniture=furniture)
    return Laid(page, runs, carried, len(head))


def _row_text(row: Row) -> tuple[str, tuple[Marker, ...], str | None]:
    segs = sorted(row.segments, key=lambda s: -s.x0) if row.segments[0].rtl else row.segments
    reads = [s.read for s in segs]
    return " ".join(r[0] for r in reads), (), reads[0][2]


def _labelled(row: Row) -> bool:
    text, _, lead = _row_text(row)
    return bool(lead or FOOTNOTE_START.match(text))


def to_lines(runs: list[Run], page: int) -> list[Line]:
    return [Line(r.text, page, r.ends, r.markers, r.start, r.cells) for r in runs]
