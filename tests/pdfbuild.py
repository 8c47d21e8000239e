"""Build test PDFs with reportlab from page specs (``tests/fixtures/*.spec.json``).

A spec is what a printed document looks like, page by page: its running header (the symbol), its lines
(a trailing space where a block ends), footnote markers written ``{^1}`` where they are raised in the
text, and the footnotes set in small type under a short rule at the foot of the page. Pages get a page
number at the foot and, from the second page on, "Page N" under the header. Chinese is set in reportlab's
built-in ``STSong-Light`` CID font (no font file); a document in Latin script in Courier, so that lines
wrapped by the number of characters are wrapped by their width too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

MARKER = re.compile(r"\{\^([^}]+)\}")
BODY_SIZE, NOTE_SIZE, MARK_SIZE, HEAD_SIZE = 11.0, 8.5, 6.5, 9.0
LEFT = 72.0
LEADING, NOTE_LEADING = 18.0, 12.0

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def load_spec(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _font(text: str) -> str:
    return "STSong-Light" if any(ord(ch) > 0x2FFF for ch in text) else "Courier"


def _sizes(spec: dict[str, Any]) -> tuple[float, float]:
    """Body and footnote type sizes: CJK documents at 11 pt, Latin (Courier) ones at 9 pt."""
    cjk = any(ord(ch) > 0x2FFF for page in spec["pages"] for line in page["lines"] for ch in line)
    return (BODY_SIZE, NOTE_SIZE) if cjk else (9.0, 7.0)


def _draw_marked(
    c: canvas.Canvas, x: float, y: float, text: str, size: float, raised: bool = True
) -> None:
    """Draw a line whose ``{^n}`` markers are raised and smaller (or, not ``raised``, printed as they
    are), the rest at ``size``."""
    if not raised:
        text = MARKER.sub(lambda m: m[1], text)
    pos = 0
    font = _font(MARKER.sub("", text)) if text.strip() else "Courier"
    for m in MARKER.finditer(text):
        chunk = text[pos : m.start()]
        c.setFont(font, size)
        c.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)
        c.setFont(font, MARK_SIZE)
        c.drawString(x, y + size * 0.38, m[1])
        x += pdfmetrics.stringWidth(m[1], font, MARK_SIZE)
        pos = m.end()
    c.setFont(font, size)
    c.drawString(x, y, text[pos:])


def build_pdf(spec: dict[str, Any], out: str | Path, plain: bool = False) -> Path:
    """Render the spec to ``out`` (a page grows taller when its lines need it); returns the path.

    ``plain``: markers printed inline at the text's size, footnotes in the body's type (under the rule),
    as a careless PDF maker would."""
    out = Path(out)
    c = canvas.Canvas(str(out), pagesize=A4)
    width, a4_height = A4
    header = spec.get("header")
    body_size, note_size = _sizes(spec)
    if plain:
        note_size = body_size
    for number, page in enumerate(spec["pages"], 1):
        notes = page.get("footnotes", [])
        note_lines = sum(len(t) if isinstance(t, list) else 1 for _, t in notes)
        needed = 72 + 40 + len(page["lines"]) * LEADING + (note_lines + 2) * NOTE_LEADING + 80
        height = max(a4_height, needed)
        c.setPageSize((width, height))
        if header:
            c.setFont(_font(header), HEAD_SIZE)
            c.drawString(LEFT, height - 37, header)
            if number > 1:
                c.drawString(LEFT, height - 49, f"Page {number}")
        y = height - 72
        for line in page["lines"]:
            _draw_marked(c, LEFT, y, line, body_size, raised=not plain)
            y -= LEADING
        if notes:
            y -= 6
            c.setLineWidth(0.5)
            c.line(LEFT, y, LEFT + 144, y)
            y -= NOTE_LEADING
            for label, text in notes:
                c.setFont(_font(label), note_size if plain else MARK_SIZE)
                c.drawString(LEFT, y + (0 if plain else note_size * 0.38), label)
                first, *rest = text if isinstance(text, list) else [text]
                _draw_marked(c, LEFT + 16, y, first, note_size)
                for more in rest:
                    y -= NOTE_LEADING
                    _draw_marked(c, LEFT + 16, y, more, note_size)
                y -= NOTE_LEADING
        c.setFont("Courier", HEAD_SIZE)
        c.drawCentredString(width / 2, 40, str(number))
        c.showPage()
    c.save()
    return out
