"""Reader for PDFs through pdfium (pypdfium2), ``--engine pdfium``: the pages' geometry as the
pdfplumber reader gives it (``PageGeometry``: glyphs, short rules, ruled tables), so that everything
after the reader is the same for both engines.

pdfium reads a page in its own C++ and answers a call in about a microsecond: the glyphs come word
by word from its text page (``pdfium_glyphs``), the rules and the tables' ruling lines from its page
objects (``pdf_paths``), the tables found in them by pdfplumber's own table finder.

Limits: pages are counted as they are read (and the count the document declares before), characters
as each page's text is read, before a glyph is made of them; a page drawing more text objects than a
page may hold characters is refused before its text is read. pdfium inflates compressed streams
itself, whole: the limit on inflated bytes is pdfminer's and does not hold here, the worker's memory
limit does (past it the file is named with that limit).
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium

from copmop.lang.structure import RTL_LETTER
from copmop.pipeline.errors import LimitExceeded, UnreadableSource
from copmop.pipeline.limits import Budget, Limits, PastLimit
from copmop.pipeline.pdf_page import PageGeometry
from copmop.pipeline.pdf_paths import Drawings, drawings, ruled_tables
from copmop.pipeline.pdf_rows import Glyph
from copmop.pipeline.pdfium_glyphs import Styles, glyphs_by_word, space_glyph
from copmop.pipeline.pdfium_lib import PLACES, fn, handle
from copmop.pipeline.pdfium_rtl import glyphs_each

__all__ = ["read_geometry"]

_TABLE_EDGES = 6  # fewer ruling edges than this cannot make a table of two rows and two columns
_CID_SHARE = 0.3  # a page more than this share of whose characters map to no Unicode is unreadable

_language = fn("FPDFCatalog_GetLanguage", ctypes.c_ulong)
_unicode = fn("FPDFText_GetUnicode", ctypes.c_uint)


def read_geometry(
    p: Path, limits: Limits | None = None
) -> tuple[list[PageGeometry], list[int], str | None]:
    """Each page's glyphs, rules and tables; the pages drawn without readable text; the language
    the PDF declares; within ``limits`` (pages and characters: see the module's note)."""
    budget = Budget(limits or Limits())
    pages: list[PageGeometry] = []
    unreadable: list[int] = []
    try:
        doc = pdfium.PdfDocument(str(p))
    except pdfium.PdfiumError as exc:
        raise UnreadableSource(str(p), _reason(exc)) from None
    try:
        budget.page(declared=len(doc))
        lang = _declared_lang(doc)
        for index in range(len(doc)):
            budget.page()
            page = doc[index]
            try:
                geometry, blank = _page(page, index + 1, budget)
            finally:
                page.close()
            pages.append(geometry)
            if blank:
                unreadable.append(index + 1)
    except PastLimit as stop:
        raise LimitExceeded(str(p), stop.reason) from None
    except pdfium.PdfiumError as exc:
        raise UnreadableSource(str(p), _reason(exc)) from None
    finally:
        doc.close()
    if not pages:
        raise UnreadableSource(str(p), "PDF has no pages")
    if len(unreadable) == len(pages) or not any(g.chars for g in pages):
        raise UnreadableSource(str(p), "no text layer; OCR it first")
    return pages, unreadable, lang


def _page(page: pdfium.PdfPage, number: int, budget: Budget) -> tuple[PageGeometry, bool]:
    """One page's geometry, and whether it is drawn without readable text."""
    left, bottom, right, top = (round(v, PLACES) for v in page.get_mediabox())
    width, height = right - left, top - bottom
    drawn = drawings(handle(page).value or 0, top)
    if drawn.text_objects > budget.limits.max_page_chars:
        budget.char(drawn.text_objects)  # each text object draws a character at least
    chars, cid = _glyphs(page, top, drawn, budget)
    upright = [c for c in chars if c["upright"]]
    edges = drawn.edges
    painted = bool(drawn.images or drawn.curves or drawn.lines or drawn.rects)
    blank = (not upright and painted) or (bool(upright) and cid > len(upright) * _CID_SHARE)
    if blank:
        upright = []
    rules = [
        (r["x0"], r["top"], r["x1"])
        for r in [*drawn.lines, *drawn.rects]
        if abs(r["bottom"] - r["top"]) < 2 and (r["x1"] - r["x0"]) < width * 0.5
    ]
    tables = ruled_tables(edges, width, height) if len(edges) >= _TABLE_EDGES and upright else []
    return PageGeometry(number, width, height, upright, rules, tables), blank


def _glyphs(
    page: pdfium.PdfPage, top: float, drawn: Drawings, budget: Budget
) -> tuple[list[Glyph], int]:
    """The page's glyphs (a page with right-to-left letters character by character, any other
    word by word), and how many of its characters map to no Unicode."""
    textpage = page.get_textpage()
    try:
        raw = handle(textpage)
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count > 0 else ""
        if len(text) != count:  # pdfium leaves characters without Unicode out of its text
            text = "".join(chr(_unicode(raw, k) or 0xFFFD) for k in range(count))
        budget.char(count - text.count("\r") - text.count("\n"))
        styles = Styles(raw)
        read = glyphs_each if RTL_LETTER.search(text) else glyphs_by_word
        chars = read(raw, text, top, styles)
    finally:
        textpage.close()
    blanks = [space_glyph(obj, m, top) for obj, m in drawn.blank_text]
    chars = [c for c in chars if not (c.pop("lost", False) and _near(c, blanks))]
    chars.extend(blanks)
    cid = sum(c.get("n", 1) for c in chars if c.get("cid"))
    return chars, cid


def _near(space: Glyph, others: list[Glyph]) -> bool:
    """Another space stands within a point of ``space`` on its line."""
    return any(
        abs(o["x0"] - space["x0"]) < 1.0 and abs(o["bottom"] - space["bottom"]) < 1.0
        for o in others
    )


def _declared_lang(doc: pdfium.PdfDocument) -> str | None:
    """The language the document's catalogue declares ("en-GB" → "en")."""
    raw = handle(doc)
    size = _language(raw, None, 0)
    if size <= 2:
        return None
    buffer = ctypes.create_string_buffer(size)
    _language(raw, buffer, size)
    value = buffer.raw[: size - 2].decode("utf-16-le", "replace")
    return value[:2].lower() or None


def _reason(exc: Exception) -> str:
    """One line for what pdfium said."""
    text = str(exc)
    if "password" in text.lower():
        return "encrypted PDF (a password is needed)"
    detail = text.split("(PDFium:", 1)[-1].rstrip(")").strip() if "(PDFium:" in text else text
    return f"corrupt PDF ({detail.splitlines()[0][:80] if detail else type(exc).__name__})"
