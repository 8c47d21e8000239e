"""What each typeset PDF is and shows (``tests/typeset/MANIFEST.json``), from its source, its layout and
what pdfplumber reads back from it: pages, fonts and sizes, the pages where a footnote, a paragraph or
a list runs on from the page before, and the pages a table's header row is printed on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.typesetting.body import verb_blocks
from tests.typesetting.layouts import Layout
from tests.typesetting.pdfcheck import Areas, opens_with_label
from tests.typesetting.source import MARK, Block, Kind, Source, plain
from tests.typesetting.words import RTL

__all__ = ["FULLWIDTH_DIGITS", "entry", "header_row", "load", "save", "squeeze"]

FULLWIDTH_DIGITS = "０１２３４５６７８９"
_START = 8  # characters of a block's first line that say where it starts


def load(path: Path) -> dict[str, dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save(path: Path, manifest: dict[str, dict[str, Any]]) -> None:
    text = json.dumps(dict(sorted(manifest.items())), ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8")


def squeeze(text: str) -> str:
    """Text without footnote markers or white space."""
    return "".join(plain(text).split())


def header_row(block: Block) -> str:
    """How a table's header row begins in print: its first cell and the start of its second."""
    assert block.table is not None
    first, second = (squeeze(" ".join(cell)) for cell in block.table.rows[0][:2])
    return first + second[:4]


def entry(pages: list[Areas], source: Source, layout: Layout, root: Path) -> dict[str, Any]:
    """The manifest's record of one PDF, from its pages' areas (``pdfcheck.read_areas``)."""
    script = layout.script(source.lang)
    texts = [b.text for b in source.blocks] + [p for b in source.blocks for p in _cells(b)]
    markers = [m for t in texts for m in MARK.findall(t)]
    verbs = verb_blocks(source)
    notes_run_on = [
        n
        for n, a in enumerate(pages, 1)
        if a.notes and not opens_with_label(a.notes[0], source.lang)
    ]
    paragraphs, lists = _runs_on(source, pages)
    headers = [b for b in source.blocks if b.kind == Kind.TABLE]
    table_heads = [  # the pages a table's header row is printed on: where it opens, where it repeats
        n
        for n, a in enumerate(pages, 1)
        if any(row.plain().startswith(header_row(b)) for row in a.body for b in headers)
    ]
    found = {
        "footnotes": bool(markers),
        "double-marker": any("][^" in t for t in texts),
        "italic-verbs": bool(verbs),
        "table": bool(headers),
        "rtl": source.lang in RTL,
        "cjk": source.lang == "zh",
        "fullwidth-digits": any(ch in t for t in texts for ch in FULLWIDTH_DIGITS),
        "footnote-runs-on": bool(notes_run_on),
        "paragraph-runs-on": bool(paragraphs),
        "list-runs-on": bool(lists),
        "table-header-repeated": len(table_heads) > len(headers),
    }
    return {
        "source": str(source.path.resolve().relative_to(root)),
        "layout": layout.name,
        "lang": source.lang,
        "symbol": source.header,
        "pages": len(pages),
        "font": script.font,
        "size": script.size,
        "note_size": script.note_size,
        "markers": len(markers),
        "verbs": len(verbs),
        "notes_run_on": notes_run_on,
        "paragraphs_run_on": paragraphs,
        "lists_run_on": lists,
        "table_heads": table_heads,
        "features": layout.features + [name for name, shown in found.items() if shown],
    }


def _cells(block: Block) -> list[str]:
    if block.table is None:
        return []
    return [p for row in block.table.rows for cell in row for p in cell]


def _runs_on(source: Source, pages: list[Areas]) -> tuple[list[int], list[int]]:
    """The pages whose first line goes on with a paragraph from the page before, and those whose first
    line is an item of a list begun on the page before (read in documents written left to right)."""
    if source.lang in RTL:
        return [], []
    starts: dict[str, bool] = {}  # how a block starts → it is an item after another item
    previous: Block | None = None
    for block in source.blocks:
        if block.kind == Kind.TABLE:
            starts.update({squeeze(p)[:_START]: False for p in _cells(block)})
        elif block.kind != Kind.RULE:
            later_item = (
                block.kind == Kind.ITEM and previous is not None and previous.kind == Kind.ITEM
            )
            starts[squeeze(block.text)[:_START]] = later_item
        previous = block
    paragraphs, lists = [], []
    for n, a in enumerate(pages[1:], 2):
        first = a.body[0].plain()[:_START] if a.body else ""
        found = [item for start, item in starts.items() if start and first.startswith(start)]
        if first and not found:
            paragraphs.append(n)
        elif any(found):
            lists.append(n)
    return paragraphs, lists
