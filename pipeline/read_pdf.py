"""Reader for PDFs through pdfplumber: the boundary where pdfplumber's char dicts stop.

What the page tells is used: characters are grouped into rows by their vertical overlap; footnote markers
are the raised, smaller characters of a row; footnotes are the rows in smaller type at the foot of a page
(under a short rule, each opening with its label); a row that stops short of the right margin, or ends with
a drawn space, closes a block. Running headers and page numbers are left to ``layout.strip_furniture``.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import Any

from copmop.lang.structure import FOOTNOTE_START
from copmop.pipeline import layout
from copmop.pipeline.errors import UnreadableSource
from copmop.pipeline.limits import Limits
from copmop.pipeline.models import Footnote, Line, Marker, Page, Source
from copmop.pipeline.read_text import file_bytes

__all__ = ["read_pdf"]

_TOP_X = itemgetter("top", "x0")
_X = itemgetter("x0")

_SAME_ROW = 0.5  # a top within this share of the type size of a row's top is on that row
_MARKER_SIZE = 0.85  # a marker is at most this share of its row's type size …
_MARKER_RISE = 0.15  # … and its baseline is raised by at least this share of it
_FOOTNOTE_SIZE = 0.93  # footnotes are set in type smaller than this share of the body's


@dataclass
class _Row:
    """Characters sharing a line on the page (pdfplumber char dicts: only this module sees them)."""

    top: float
    bottom: float
    chars: list[dict[str, Any]] = field(default_factory=list)
    biggest: float = 0.0  # the largest type size on the row so far

    @cached_property
    def size(self) -> float:
        """The row's type size: the commonest size of its characters."""
        sizes = Counter(round(c["size"], 1) for c in self.text_chars)
        return sizes.most_common(1)[0][0] if sizes else 0.0

    @property
    def x0(self) -> float:
        return float(self.chars[0]["x0"])

    @cached_property
    def x1(self) -> float:
        return max((c["x1"] for c in self.text_chars), default=self.x0)

    @cached_property
    def text_chars(self) -> list[dict[str, Any]]:
        return [c for c in self.chars if c["text"].strip()]


def read_pdf(path: str | Path, limits: Limits | None = None) -> Source:
    """Read a PDF into pages of lines and footnotes; a file pdfplumber cannot read is an error, and
    so is one past ``limits`` (pages, characters, inflated bytes: see ``pdf_bounds``)."""
    p = Path(path)
    data = file_bytes(p)
    if not data:
        raise UnreadableSource(str(p), "empty file")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise UnreadableSource(str(p), "not a PDF file")
    # imported here (pdfplumber with it): a text-only ingest need not pay for it
    from copmop.pipeline.pdf_bounds import open_bounded

    rows_by_page: list[tuple[int, list[_Row], list[tuple[float, float]], float]] = []
    unreadable: list[int] = []
    try:
        with open_bounded(p, limits or Limits()) as (pdf, reached):
            lang = _declared_lang(pdf)
            for number, page in enumerate(reached, 1):
                chars = [c for c in page.chars if c.get("upright", True)]
                drawn = bool(page.images or page.curves or page.rects or page.lines)
                cid = sum(1 for c in chars if c["text"].startswith("(cid:"))
                if (not chars and drawn) or (chars and cid > len(chars) * 0.3):
                    unreadable.append(number)
                    chars = []
                rules = [
                    (r["x0"], r["top"])
                    for r in (*page.lines, *page.rects)
                    if abs(r["bottom"] - r["top"]) < 2 and (r["x1"] - r["x0"]) < page.width * 0.5
                ]
                rows_by_page.append((number, _rows(chars), rules, float(page.width)))
    except (UnreadableSource, MemoryError):
        raise
    except Exception as exc:  # pdfminer raises many types for broken files
        raise UnreadableSource(str(p), _pdf_reason(exc)) from None
    if not rows_by_page:
        raise UnreadableSource(str(p), "PDF has no pages")
    if len(unreadable) == len(rows_by_page) or not any(rows for _, rows, _, _ in rows_by_page):
        raise UnreadableSource(str(p), "no text layer; OCR it first")
    body_size = _body_size(rows_by_page)
    spaced = _trailing_spaces(rows_by_page)
    pages = [
        _page(number, rows, rules, body_size, spaced) for number, rows, rules, _ in rows_by_page
    ]
    layout.strip_furniture(pages)
    layout.place_markers(
        pages
    )  # markers printed at the text's size and height: found by their label
    return Source(
        path=str(p),
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
        lang_hint=lang,
        unreadable_pages=tuple(unreadable),
    )


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


def _rows(chars: list[dict[str, Any]]) -> list[_Row]:
    """Group characters into rows, each row's characters left to right.

    Characters come sorted by their top; a character starts a new row when its top lies below the
    current row's by more than half its type size. A raised marker's top is its line's, so it joins
    its line; the next line's top lies a whole line lower.
    """
    rows: list[_Row] = []
    current: _Row | None = None
    limit = float("-inf")
    for c in sorted(chars, key=_TOP_X):
        top = c["top"]
        if current is None or top > limit:
            current = _Row(top, c["bottom"], [c], c["size"])
            rows.append(current)
            limit = top + _SAME_ROW * max(c["size"], 1.0)
            continue
        current.chars.append(c)
        if c["size"] > current.biggest and c["text"] != " ":
            current.biggest = c["size"]
            limit = current.top + _SAME_ROW * c["size"]
        if c["bottom"] > current.bottom:
            current.bottom = c["bottom"]
    for row in rows:
        row.chars.sort(key=_X)
    return [row for row in rows if row.text_chars]


def _trailing_spaces(pages: list[tuple[int, list[_Row], Any, float]]) -> bool:
    """Does this PDF draw a space where each block ends (then that, not geometry, says where)?"""
    rows = [row for _, page_rows, _, _ in pages for row in page_rows]
    ending = sum(1 for row in rows if row.chars[-1]["text"] == " ")
    return bool(rows) and ending >= 0.15 * len(rows)


def _body_size(pages: list[tuple[int, list[_Row], Any, float]]) -> float:
    sizes: Counter[float] = Counter()
    for _, rows, _, _ in pages:
        for row in rows:
            sizes.update(round(c["size"], 1) for c in row.text_chars)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _text(row: _Row) -> tuple[str, tuple[Marker, ...], str | None]:
    """The row's text, its markers cut out, and a leading label (a footnote's own raised number)."""
    size = row.size
    main = [c for c in row.text_chars if c["size"] >= size * _MARKER_SIZE]
    baseline = statistics.median(c["bottom"] for c in main) if main else row.bottom
    out: list[str] = []
    markers: list[Marker] = []
    lead: str | None = None
    previous: dict[str, Any] | None = None
    label = ""
    for c in row.chars:
        raised = (
            c["text"].strip()
            and c["size"] < size * _MARKER_SIZE
            and c["bottom"] < baseline - size * _MARKER_RISE
        )
        if raised:
            label += c["text"]
            previous = c
            continue
        if label:
            if not "".join(out).strip():
                lead = label
            else:
                markers.append(Marker(label, len("".join(out).rstrip())))
            label = ""
        if (
            previous is not None
            and c["x0"] - previous["x1"] > size * 0.25
            and out
            and out[-1] != " "
            and c["text"] != " "
        ):
            out.append(" ")
        out.append(c["text"])
        previous = c
    if label:
        if "".join(out).strip():
            markers.append(Marker(label, len("".join(out).rstrip())))
        else:
            lead = label
    text = "".join(out)
    stripped = text.strip()
    shift = len(text) - len(text.lstrip())
    markers = [Marker(m.label, max(0, min(len(stripped), m.offset - shift))) for m in markers]
    return stripped, tuple(markers), lead


def _page(
    number: int, rows: list[_Row], rules: list[tuple[float, float]], body: float, spaced: bool
) -> Page:
    """Running lines and footnotes of one page."""
    texts = [_text(row) for row in rows]
    furniture = [layout.is_furniture(text) for text, _, _ in texts]
    is_body = [
        row.size >= body * _FOOTNOTE_SIZE and not extra
        for row, extra in zip(rows, furniture, strict=True)
    ]
    last_body = max((i for i, b in enumerate(is_body) if b), default=-1)
    foot_start = len(rows)
    for i in range(last_body + 1, len(rows)):
        text, _, lead = texts[i]
        if furniture[i]:
            continue
        if lead or FOOTNOTE_START.match(text) or any(top <= rows[i].top for _, top in rules):
            foot_start = i
        break
    if foot_start == len(rows) and rules:
        # footnotes in the body's type: the rows under the page's lowest short rule, when the first
        # of them opens with a label
        rule = max(top for _, top in rules)
        below = [i for i, row in enumerate(rows) if row.top > rule and not furniture[i]]
        if below and (texts[below[0]][2] or FOOTNOTE_START.match(texts[below[0]][0])):
            foot_start = below[0]
    right = max((row.x1 for row, b in zip(rows, is_body, strict=True) if b), default=0.0)
    lines: list[Line] = []
    notes: list[tuple[str, list[Line]]] = []
    for i, (row, (text, markers, lead)) in enumerate(zip(rows, texts, strict=True)):
        following = rows[i + 1] if i + 1 < len(rows) else None
        ends = row.chars[-1]["text"] == " " or (not spaced and _short(row, following, right))
        if i < foot_start or furniture[i]:
            lines.append(Line(text, number, ends, markers, indent=row.x0))
            continue
        m = None if lead else FOOTNOTE_START.match(text)
        if lead:
            notes.append((lead, [Line(text, number, True)]))
        elif m:
            notes.append((m["label"], [Line(m["text"], number, True)]))
        elif notes:
            notes[-1][1].append(Line(text, number, True))
        else:
            lines.append(Line(text, number, ends, markers, indent=row.x0))
    footnotes = [Footnote(label, layout.join_lines(parts).text, number) for label, parts in notes]
    return Page(number=number, lines=lines, footnotes=footnotes)


def _short(row: _Row, following: _Row | None, right: float) -> bool:
    """Geometry's word on a block's end: the line stops short of the margin by more than the next
    line's first word (which would have fitted had the line gone on), and by two characters at least."""
    room = right - row.x1
    size = max(row.size, 1.0)
    if following is None:
        return room > 2 * size
    word = 0.0
    previous = None
    for c in following.chars:
        if c["text"] == " " or (previous is not None and c["x0"] - previous["x1"] > 0.2 * size):
            if word:
                break
            continue
        word += c["x1"] - c["x0"]
        previous = c
        if not c["text"].isascii():
            break
    return room > max(2 * size, word + 0.5 * size)
