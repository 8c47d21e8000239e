"""The committed typeset corpus as the tests read it: the manifest, each PDF read once with
pdfplumber (its pages' areas, the first page's characters, rules and words), and the views the tests
take of it (running rows, body rows, margins). Only ``tests/test_typeset*.py`` use it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

import pdfplumber

from tests.golden_io import ROOT
from tests.typesetting.layouts import LAYOUTS, Layout
from tests.typesetting.manifest import header_row
from tests.typesetting.pdfcheck import ARABIC, Areas, Row, areas
from tests.typesetting.source import Block, Kind, Source, Table, read_source
from tests.typesetting.styles import MARGIN_CM

TYPESET = ROOT / "tests" / "typeset"
MANIFEST: dict[str, dict[str, Any]] = json.loads((TYPESET / "MANIFEST.json").read_text("utf-8"))
NAMES = sorted(MANIFEST)
CM = 72 / 2.54
PAGE_WIDTH = 595.28  # A4, in points


def with_feature(feature: str) -> list[str]:
    return [name for name in NAMES if feature in MANIFEST[name]["features"]]


@cache
def source(name: str) -> Source:
    return read_source(ROOT / MANIFEST[name]["source"])


def layout(name: str) -> Layout:
    return LAYOUTS[MANIFEST[name]["layout"]]


@dataclass(frozen=True)
class Read:
    """What the tests need of one PDF, read once: each page's areas, the first page's characters,
    and for a PDF with tables each page's rules and words."""

    areas: list[Areas]
    first: list[dict[str, Any]]
    rules: list[int]
    words: list[set[str]]


@cache
def read(name: str) -> Read:
    tables = "table" in MANIFEST[name]["features"]
    with pdfplumber.open(TYPESET / name) as pdf:
        found = [areas(page, n, MANIFEST[name]["note_size"]) for n, page in enumerate(pdf.pages, 1)]
        first = [c for c in pdf.pages[0].chars if c["text"].strip()]
        rules = [len(page.rects) + len(page.lines) for page in pdf.pages]
        words = [
            {w["text"] for w in page.extract_words()} if tables else set() for page in pdf.pages
        ]
    return Read(found, first, rules, words)


def pages(name: str) -> list[Areas]:
    return read(name).areas


def first_page(name: str) -> list[dict[str, Any]]:
    return read(name).first


def sizes(name: str) -> set[float]:
    """The body's type sizes: its script's and, for Latin words among CJK or Arabic, the western."""
    lay, lang = layout(name), MANIFEST[name]["lang"]
    return {lay.western.size, lay.script(lang).size}


@cache
def block_bottom(name: str) -> float:
    """Where the first page's title block ends: the top of the first line across the page's middle."""
    return next(r.top for r in rows_of(first_page(name)) if crosses(r, PAGE_WIDTH / 2))


def running(name: str) -> list[list[Row]]:
    """Each page's body rows, the first page's title block left out."""
    found = [list(a.body) for a in pages(name)]
    found[0] = [r for r in found[0] if r.top >= block_bottom(name) - 1]
    return found


def body_rows(name: str) -> list[Row]:
    """Rows of running text in the body's type (not the title block, tables or footnotes)."""
    want = sizes(name)
    return [row for page in running(name) for row in page if row.size in want]


def gaps(name: str) -> Counter[int]:
    """From each row of running text in the body's type to the next on its page (points, rounded)."""
    found: Counter[int] = Counter()
    for page in running(name):
        run = [r for r in page if r.size in sizes(name)]
        found.update(round(b.top - a.top) for a, b in pairwise(run))
    return found


def leading(name: str) -> int:
    """The body's line pitch: the smallest gap that at least a tenth of the gaps have (in a short
    document of one-line paragraphs the space between paragraphs can be the commonest gap)."""
    found = gaps(name)
    total = sum(found.values())
    return min(g for g, n in found.items() if n >= 0.1 * total)


def start(name: str, row: Row) -> float:
    """How far a row starts from the margin it starts at (the right one in Arabic)."""
    left, right = margins(name)
    return (right - row.x1) if MANIFEST[name]["lang"] == "ar" else (row.x0 - left)


def end(name: str, row: Row) -> float:
    """How far a row ends from the margin it ends at (the left one in Arabic)."""
    left, right = margins(name)
    return (row.x0 - left) if MANIFEST[name]["lang"] == "ar" else (right - row.x1)


def inner_rows(name: str) -> list[Row]:
    """The rows of running text that are not a paragraph's last line: the next row on the page is a
    line down (no space between paragraphs) and, where paragraphs open with a first-line indent,
    starts at the margin."""
    pitch, indents = leading(name), not layout(name).spacing
    found = []
    for page in running(name):
        run = [r for r in page if r.size in sizes(name)]
        for a, b in pairwise(run):
            if abs(b.top - a.top - pitch) <= 1 and not (indents and abs(start(name, b)) > 1):
                found.append(a)
    return found


def centred(name: str, row: Row) -> bool:
    """Does the row stand in the middle of the body (a heading, an annex's title)?"""
    left, right = margins(name)
    return abs((row.x0 - left) - (right - row.x1)) < 1


def reading(row: Row, rtl: bool) -> list[dict[str, Any]]:
    return row.ink[::-1] if rtl else row.ink


def texts(src: Source) -> list[str]:
    cells = [p for b in src.blocks if b.table for row in b.table.rows for cell in row for p in cell]
    return [b.text for b in src.blocks] + cells


def arabic_letters(text: str) -> set[str]:
    return {ch for ch in text if ARABIC.match(ch)}


def crosses(row: Row, x: float) -> bool:
    """Does the row's text run across ``x`` (no column gap there)?"""
    ink = row.ink
    return any(
        a["x0"] < x < a["x1"] or a["x1"] <= x <= b["x0"] < a["x1"] + 8
        for a, b in zip(ink, ink[1:] + ink[-1:], strict=True)
    )


def rows_of(chars: list[dict[str, Any]]) -> list[Row]:
    """Characters grouped into rows by their tops (within 4 pt), top to bottom."""
    out: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: c["top"]):
        if out and c["top"] - out[-1][0]["top"] < 4:
            out[-1].append(c)
        else:
            out.append([c])
    return [Row(tuple(sorted(r, key=lambda c: c["x0"]))) for r in out]


def margins(name: str) -> tuple[float, float]:
    """The left and right margins of the body (points)."""
    margin = MARGIN_CM[layout(name).name] * CM
    return margin, PAGE_WIDTH - margin


def opens(page: Areas, head: str) -> bool:
    """Is a table's header row printed on the page?"""
    return any(row.plain().startswith(head) for row in page.body)


def header_row_of(table: Table) -> str:
    return header_row(Block(Kind.TABLE, "", table=table))
