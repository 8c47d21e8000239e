"""The body of a Flat ODT: the first page's two-column title block, then every block of the source as
a paragraph in its style (numbers hanging with a tab or inline, opening verbs in italics), footnotes
as the word processor's own ``text:note``, tables as real multi-column tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copmop.lang import structure
from tests.typesetting.layouts import Layout
from tests.typesetting.odf import element, text
from tests.typesetting.source import MARK, Block, Kind, Source, Table, plain
from tests.typesetting.words import (
    CONVENTION,
    DISTRIBUTION,
    LOGO,
    ORIGINAL,
    document_date,
    long_date,
)

__all__ = ["body", "column_shares", "verb_blocks"]

# A run of footnote markers side by side: "[^3][^4]" is printed "3,4".
_MARKS = re.compile(r"(?:\[\^[^\]]+\])+")
_STYLE = {
    Kind.TITLE_LINE: "TitleLine",
    Kind.TITLE: "Title",
    Kind.CHAPEAU: "Body",
    Kind.HEADING: "Heading",
    Kind.ANNEX: "Annex",
    Kind.ANNEX_TITLE: "Annex",
    Kind.SUBHEADING: "Subheading",
    Kind.NUMBERED: "Numbered",
    Kind.ITEM: "Item",
    Kind.PLAIN: "Body",
    Kind.RULE: "Rule",
}
_VERBED = (Kind.PLAIN, Kind.NUMBERED, Kind.ITEM)


@dataclass
class _Notes:
    """The source's footnotes, and how many ``text:note`` elements were written so far."""

    texts: dict[str, str]
    count: int = 0

    def note(self, label: str) -> str:
        self.count += 1
        return element(
            "text:note",
            {"text:id": f"ftn{self.count}", "text:note-class": "footnote"},
            element("text:note-citation", {"text:label": label}, text(label)),
            element(
                "text:note-body",
                None,
                element("text:p", {"text:style-name": "Footnote"}, text("\t" + self.texts[label])),
            ),
        )


def body(source: Source, layout: Layout) -> str:
    """The ``office:text`` content of one source in one layout."""
    notes = _Notes(source.notes)
    out = [_title_block(source)]
    tables = 0
    for block in source.blocks:
        if block.kind == Kind.TABLE:
            assert block.table is not None
            tables += 1
            out.append(_table(block.table, tables, notes))
        else:
            out.append(_paragraph(block, source, layout, notes))
    missing = set(source.notes) - {m for b in source.blocks for m in MARK.findall(_all_text(b))}
    if missing:
        raise ValueError(f"{source.path}: footnotes {sorted(missing)} have no marker")
    return "\n".join(out)


def _all_text(block: Block) -> str:
    if block.table is None:
        return block.text
    return " ".join(p for row in block.table.rows for cell in row for p in cell)


def _inline(raw: str, notes: _Notes) -> str:
    """Text with its markers as footnotes; markers side by side parted by a raised comma."""
    out: list[str] = []
    pos = 0
    for run in _MARKS.finditer(raw):
        out.append(text(raw[pos : run.start()]))
        labels = MARK.findall(run.group())
        comma = element("text:span", {"text:style-name": "Raised"}, ",")
        out.append(comma.join(notes.note(label) for label in labels))
        pos = run.end()
    out.append(text(raw[pos:]))
    return "".join(out)


def _verb_length(block: Block, source: Source) -> int:
    """How many characters of the block's text (after its number) its opening verb takes: 0 outside a
    decision's preambular and operative clauses, or when a marker stands inside the verb."""
    if not source.decision or block.kind not in _VERBED:
        return 0
    m = structure.VERB[source.lang].match(plain(block.rest))
    if not m:
        return 0
    end = len(m["verb"].rstrip())
    return end if "[^" not in block.rest[:end] else 0


def verb_blocks(source: Source) -> list[Block]:
    """The blocks whose opening verb is set in italics."""
    return [b for b in source.blocks if _verb_length(b, source)]


def _paragraph(block: Block, source: Source, layout: Layout, notes: _Notes) -> str:
    style = _STYLE[block.kind]
    if block.kind == Kind.TITLE_LINE and block.strong:
        style = "TitleStrong"
    if block.page_break:
        style += "Break"
    content: list[str] = []
    if block.label:
        content.append(text(block.label + ("\t" if layout.hanging else " ")))
    rest = block.rest
    verb = _verb_length(block, source)
    if verb:
        content.append(element("text:span", {"text:style-name": "Verb"}, text(rest[:verb])))
        rest = rest[verb:]
    content.append(_inline(rest, notes))
    return element("text:p", {"text:style-name": style}, *content)


def _title_block(source: Source) -> str:
    """The borderless two-column block: the logo's words and the convention's name on one side, the
    symbol, distribution, date and original language on the other (mirrored in right-to-left text)."""
    lang = source.lang
    lines = [b.text for b in source.blocks if b.kind == Kind.TITLE_LINE]
    day = document_date(lines, lang, source.decision)
    left = [("Logo", LOGO[lang]), ("Block", CONVENTION[lang])]
    right = [("SymbolLogo", source.header or ""), ("SymbolBlock", DISTRIBUTION[lang])]
    if day is not None:
        right.append(("SymbolBlock", long_date(day, lang)))
    right.append(("SymbolBlock", ORIGINAL[lang]))

    def cell(paragraphs: list[tuple[str, str]]) -> str:
        ps = [element("text:p", {"text:style-name": s}, text(t)) for s, t in paragraphs]
        return element(
            "table:table-cell", {"table:style-name": "BareCell", "office:value-type": "string"}, *ps
        )

    return element(
        "table:table",
        {"table:name": "TitleBlock", "table:style-name": "TitleBlock"},
        element("table:table-column", {"table:style-name": "T0C0"}),
        element("table:table-column", {"table:style-name": "T0C1"}),
        element("table:table-row", None, cell(left), cell(right)),
    )


def column_shares(table: Table) -> list[float]:
    """Relative column widths from the cells' printed lengths (a CJK character counts two)."""

    def width(s: str) -> float:
        return sum(2.0 if structure.CJK_CHAR.match(ch) else 1.0 for ch in plain(s))

    means: list[float] = []
    for c in range(table.columns):
        cells = [sum(map(width, row[c])) for row in table.rows if c < len(row) and row[c]]
        means.append(sum(cells) / len(cells) if cells else 1.0)
    floor = 0.5 * sum(means) / len(means)
    shares = [max(m, floor) for m in means]
    return [s / sum(shares) for s in shares]


def _table(table: Table, number: int, notes: _Notes) -> str:
    """A grid table, its header row repeated on every page; ``^`` cells merged into the one above."""
    columns = table.columns
    rows = [list(row) + [("",)] * (columns - len(row)) for row in table.rows]
    spans = [[1] * columns for _ in rows]
    for c in range(columns):
        top = None
        for r, row in enumerate(rows):
            if row[c] == () and top is not None and top > 0:
                spans[top][c] += 1
                spans[r][c] = 0
            else:
                top = r

    def row_xml(r: int) -> str:
        style = "CellHead" if r == 0 else "Cell"
        cells = []
        for c, paragraphs in enumerate(rows[r]):
            if spans[r][c] == 0:
                cells.append(element("table:covered-table-cell"))
                continue
            attrs = {"table:style-name": "GridCell", "office:value-type": "string"}
            if spans[r][c] > 1:
                attrs["table:number-rows-spanned"] = str(spans[r][c])
            ps = [
                element("text:p", {"text:style-name": style}, _inline(p, notes)) for p in paragraphs
            ]
            cells.append(
                element(
                    "table:table-cell",
                    attrs,
                    *(ps or [element("text:p", {"text:style-name": style})]),
                )
            )
        return element("table:table-row", {"table:style-name": "Row"}, *cells)

    cols = [
        element("table:table-column", {"table:style-name": f"T{number}C{c}"})
        for c in range(columns)
    ]
    head = element("table:table-header-rows", None, row_xml(0))
    return element(
        "table:table",
        {"table:name": f"Table{number}", "table:style-name": "Grid"},
        *cols,
        head,
        *(row_xml(r) for r in range(1, len(rows))),
    )
