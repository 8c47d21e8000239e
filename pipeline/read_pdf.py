"""Reader for PDFs through pdfplumber: the boundary where pdfplumber's objects stop.

pdfplumber gives each page's glyphs (its chars), its short rules and its ruled tables; everything after
is copmop's (``pipeline.pdf_rows``, ``pipeline.pdf_page``): rows and their segments, the title block
read by columns, footnotes found by their type size and place, block ends found by geometry, pages
joined (a block running on to the next page, a footnote running on to the next page's foot). Running
headers and repeated lines are left to ``layout.strip_furniture``, markers printed at the text's size
to ``layout.place_markers``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

from copmop.pipeline import layout
from copmop.pipeline.errors import UnreadableSource, UsageError
from copmop.pipeline.limits import Limits
from copmop.pipeline.models import Footnote, Line, Page, Source
from copmop.pipeline.pdf_blocks import flush_end, line_pitch, mark_block_ends
from copmop.pipeline.pdf_page import (
    Laid,
    PageGeometry,
    TableGrid,
    lay_out,
    page_rows,
    to_lines,
)
from copmop.pipeline.pdf_rows import Row, weight
from copmop.pipeline.read_text import file_bytes

__all__ = ["DEFAULT_ENGINE", "ENGINES", "assemble", "read_geometry", "read_pdf"]

# The engines that read a PDF's pages; the first is the default (see the README on why).
ENGINES = ("pdfplumber", "pdfium")
DEFAULT_ENGINE = ENGINES[0]
_TABLE_EDGES = 6  # fewer ruling edges than this cannot make a table of two rows and two columns


def read_pdf(
    path: str | Path, limits: Limits | None = None, engine: str = DEFAULT_ENGINE
) -> Source:
    """Read a PDF into pages of lines and footnotes, its pages read by ``engine`` (one of
    ``ENGINES``); a file the engine cannot read is an error, and so is one past ``limits`` (pages,
    characters, inflated bytes: see ``pdf_bounds`` and ``pdf_pdfium``)."""
    p = Path(path)
    data = file_bytes(p)
    if not data:
        raise UnreadableSource(str(p), "empty file")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise UnreadableSource(str(p), "not a PDF file")
    if engine == "pdfium":
        # imported here: pypdfium2 costs ~85 ms to import, which an ingest by pdfplumber need not pay
        from copmop.pipeline.pdf_pdfium import read_geometry as read_by_pdfium

        geometries, unreadable, lang = read_by_pdfium(p, limits)
    elif engine == "pdfplumber":
        geometries, unreadable, lang = read_geometry(p, limits)
    else:
        raise UsageError(f"--engine {engine!r}: give {' or '.join(ENGINES)}")
    return assemble(str(p), hashlib.sha256(data).hexdigest(), geometries, unreadable, lang)


def read_geometry(
    p: Path, limits: Limits | None = None
) -> tuple[list[PageGeometry], list[int], str | None]:
    """Each page's glyphs, rules and tables; the pages drawn without readable text; the language
    the PDF declares; within ``limits`` (pages, characters, inflated bytes: see ``pdf_bounds``)."""
    # imported here (pdfplumber with it): a text-only ingest need not pay for it
    from copmop.pipeline.pdf_bounds import open_bounded

    pages: list[PageGeometry] = []
    unreadable: list[int] = []
    try:
        with open_bounded(p, limits or Limits()) as (pdf, reached):
            lang = _declared_lang(pdf)
            for number, page in enumerate(reached, 1):
                chars = [c for c in page.chars if c.get("upright", True)]
                edges = [*page.lines, *page.rects]
                drawn = bool(page.images or page.curves or edges)
                cid = sum(1 for c in chars if c["text"].startswith("(cid:"))
                if (not chars and drawn) or (chars and cid > len(chars) * 0.3):
                    unreadable.append(number)
                    chars = []
                rules = [
                    (r["x0"], r["top"], r["x1"])
                    for r in edges
                    if abs(r["bottom"] - r["top"]) < 2 and (r["x1"] - r["x0"]) < page.width * 0.5
                ]
                tables = _tables(page) if len(page.edges) >= _TABLE_EDGES and chars else []
                pages.append(
                    PageGeometry(
                        number, float(page.width), float(page.height), chars, rules, tables
                    )
                )
    except (UnreadableSource, MemoryError):
        raise
    except Exception as exc:  # pdfminer raises many types for broken files
        raise UnreadableSource(str(p), _pdf_reason(exc)) from None
    if not pages:
        raise UnreadableSource(str(p), "PDF has no pages")
    if len(unreadable) == len(pages) or not any(g.chars for g in pages):
        raise UnreadableSource(str(p), "no text layer; OCR it first")
    return pages, unreadable, lang


def _tables(page: Any) -> list[TableGrid]:
    """The ruled tables of a page (pdfplumber's table finder on its lines), with their cells."""
    grids = []
    for table in page.find_tables():
        rows = [list(row.cells) for row in table.rows]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            grids.append(TableGrid(tuple(table.bbox), rows))
    return grids


def assemble(
    path: str,
    sha256: str,
    geometries: list[PageGeometry],
    unreadable: list[int],
    lang: str | None = None,
) -> Source:
    """Pages of lines and footnotes from the pages' geometry (whatever engine read it)."""
    body = _body_size(geometries)
    rows = [page_rows(g) for g in geometries]
    known = layout.hyphens((Line(_row_text(row), 1) for page in rows for row in page), soft=False)
    laid = [lay_out(g, r, body, known) for g, r in zip(geometries, rows, strict=True)]
    pages: list[Page] = []
    continued = False
    pitch = line_pitch([p.runs[p.head :] for p in laid], body)
    far_side = flush_end([p.runs[p.head :] for p in laid], body)
    for i, page in enumerate(laid):
        following = next((p.runs[p.head] for p in laid[i + 1 :] if len(p.runs) > p.head), None)
        own = page.runs[page.head :]
        mark_block_ends(own, body, following, continued, pitch, far_side)
        continued = bool(own) and not own[-1].ends
        page.page.lines = to_lines(page.runs, page.page.number)
        pages.append(page.page)
    _carry_footnotes(laid)
    layout.strip_furniture(pages)
    layout.place_markers(pages)  # markers printed at the text's size and height: found by label
    return Source(
        path=path,
        sha256=sha256,
        pages=pages,
        lang_hint=lang,
        unreadable_pages=tuple(unreadable),
        soft_hyphens=False,
    )


def _carry_footnotes(laid: list[Laid]) -> None:
    """A footnote running on to the next page: its rest (the first lines at that page's foot, before
    any label) joins the last footnote before it."""
    last: tuple[Page, int] | None = None
    for page in laid:
        if page.carried and last is not None:
            owner, index = last
            note = owner.footnotes[index]
            rest = layout.join_lines([Line(note.text, note.page, True), *page.carried])
            owner.footnotes[index] = Footnote(note.label, rest.text, note.page)
        elif page.carried:
            page.page.lines.extend(page.carried)  # no footnote before: keep the text, as text
        if page.page.footnotes:
            last = (page.page, len(page.page.footnotes) - 1)


def _pdf_reason(exc: Exception) -> str:
    """One line for what pdfminer said (pdfplumber wraps its exceptions in PdfminerException)."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted PDF (a password is needed)"
    text = str(inner).strip()
    detail = text.splitlines()[0][:80] if text else name
    return f"corrupt PDF ({detail})"


def _declared_lang(pdf: Any) -> str | None:
    try:
        lang = pdf.doc.catalog.get("Lang")
        value = lang.decode("latin-1") if isinstance(lang, bytes) else getattr(lang, "name", lang)
        return str(value)[:2].lower() if value else None
    except Exception:
        return None


def _body_size(pages: list[PageGeometry]) -> float:
    """The body's type size: the commonest size of the document's glyphs."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for c in page.chars:
            if c["text"].strip():
                sizes[round(c["size"], 1)] += weight(c)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _row_text(row: Row) -> str:
    return "".join(c["text"] for c in row.chars)
