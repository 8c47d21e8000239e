"""Reading the typeset PDFs back with pdfplumber: rows of characters, and the areas of a page (running
header, body, footnotes under their short rule, page number). Used by the manifest and by
``tests/test_typeset.py``; pdfplumber's char dicts stay inside this module and the test.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pdfplumber

__all__ = [
    "ARABIC",
    "Areas",
    "Row",
    "areas",
    "is_bold",
    "is_italic",
    "opens_with_label",
    "read_areas",
    "rows",
]

# Arabic letters, as pdfplumber gives them back (base letters, in visual order).
ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
# A page number at the foot: "3", "3/12".
_PAGE_NUMBER = re.compile(r"^\d+(?:/\d+)?$")
_RAISED = 0.8  # a raised marker is set smaller than this share of its row's type


@dataclass(frozen=True)
class Row:
    """The characters of one printed line, left to right (visual order: Arabic reads backwards)."""

    chars: tuple[dict[str, Any], ...]

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @cached_property
    def ink(self) -> list[dict[str, Any]]:
        return [c for c in self.chars if c["text"].strip()]

    @cached_property
    def size(self) -> float:
        """The row's type size: the commonest size of its characters."""
        return float(Counter(round(c["size"], 1) for c in self.ink).most_common(1)[0][0])

    @cached_property
    def x0(self) -> float:
        return float(min(c["x0"] for c in self.ink))

    @cached_property
    def x1(self) -> float:
        return float(max(c["x1"] for c in self.ink))

    @cached_property
    def top(self) -> float:
        return float(min(c["top"] for c in self.ink))

    @cached_property
    def bottom(self) -> float:
        return float(max(c["bottom"] for c in self.ink))

    def raised(self) -> list[dict[str, Any]]:
        """Characters set smaller than the row and above its baseline: footnote markers."""
        size = self.size
        base = Counter(round(c["bottom"], 1) for c in self.ink if round(c["size"], 1) == size)
        baseline = base.most_common(1)[0][0]
        return [c for c in self.ink if c["size"] < size * _RAISED and c["bottom"] < baseline - 1.0]

    def plain(self) -> str:
        """The row's text without its raised markers or spaces."""
        raised = {id(c) for c in self.raised()}
        return "".join(c["text"] for c in self.ink if id(c) not in raised)


def rows(page: Any) -> list[Row]:
    """The page's printed lines, top to bottom."""
    lines = page.extract_text_lines(return_chars=True, strip=False)
    out = [Row(tuple(sorted(line["chars"], key=lambda c: c["x0"]))) for line in lines]
    return [row for row in out if row.ink]


def is_italic(char: dict[str, Any]) -> bool:
    """An italic face, or a regular one slanted by the word processor (CJK, Arabic)."""
    return "Italic" in char["fontname"] or abs(char["matrix"][2]) > 0.1


def is_bold(char: dict[str, Any]) -> bool:
    return "Bold" in char["fontname"]


def opens_with_label(row: Row, lang: str) -> bool:
    """Does a footnote's line open with its raised label (at the right end in Arabic)? A line that
    does not is the tail of a note begun on the page before."""
    ink = row.ink
    first = ink[-1] if lang == "ar" else ink[0]
    return bool(first["size"] < row.size * _RAISED)


@dataclass
class Areas:
    """A page's rows by where they stand."""

    header: list[Row] = field(default_factory=list)
    body: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    footer: list[Row] = field(default_factory=list)
    rule: float | None = None  # the top of the short rule over the footnotes


def areas(page: Any, number: int, note_size: float) -> Areas:
    """Split a page: from page 2 on the first two rows are the running header; the last row is the
    page number; the rows under the footnote rule are footnotes."""
    found = rows(page)
    out = Areas()
    if found and _PAGE_NUMBER.match(found[-1].text.strip()):
        out.footer = [found.pop()]
    if number > 1:
        out.header, found = found[:2], found[2:]
    out.rule = _rule(page, found, note_size)
    for row in found:
        (out.notes if out.rule is not None and row.top > out.rule else out.body).append(row)
    return out


def read_areas(pdf: Path, note_size: float) -> list[Areas]:
    """The areas of every page of a PDF."""
    with pdfplumber.open(pdf) as doc:
        return [areas(page, n, note_size) for n, page in enumerate(doc.pages, 1)]


def _rule(page: Any, found: list[Row], note_size: float) -> float | None:
    """The footnote rule: the lowest short thin rule under which every row is in footnote type."""
    width = float(page.width)
    for rect in sorted(page.rects + page.lines, key=lambda r: -r["top"]):
        thin = abs(rect["bottom"] - rect["top"]) < 1.5 and (rect["x1"] - rect["x0"]) < width * 0.3
        below = [row for row in found if row.top > rect["top"]]
        if thin and below and all(row.size <= note_size + 0.05 for row in below):
            return float(rect["top"])
    return None
