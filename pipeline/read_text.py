"""Reader for text extractions (``.txt``): bytes → :class:`Source`.

The conventions are those of the extractions copmop ships in ``corpus/``: a blank line after every PDF
line, a trailing space where a block (paragraph, heading, table cell) ends, a new page's first line starting
with a space (or two empty lines before it), footnotes after a whitespace-only line at the foot of a page.
A plain text file that follows none of them (lines one after the other, a blank line between paragraphs,
pages parted by form feeds if at all) is read as it is written: a blank line ends a block.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
from pathlib import Path

from copmop.lang.structure import CJK_CHAR, FOOTNOTE_START, PAGE_NUMBER, TABLE_ROW
from copmop.pipeline import layout
from copmop.pipeline.errors import UnreadableSource
from copmop.pipeline.models import Footnote, Line, Page, Source
from copmop.pipeline.text_tables import spaced_tables

__all__ = ["decode", "file_bytes", "read_text"]


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with or without BOM) or GB18030, recognised; else an error."""
    if not data.strip():
        raise UnreadableSource(path, "empty file")
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), path)
            except UnicodeDecodeError as exc:
                raise UnreadableSource(path, f"not valid {codec} text ({exc.reason})") from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise UnreadableSource(path, "binary file, not text")
        return _checked(text, path)
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    for codec, plausible in (("gb18030", _plausible_chinese), ("cp1252", _plausible_latin)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if plausible(text):
            return _checked(text, path)
    raise UnreadableSource(path, "undecodable text (not UTF-8, UTF-16, GB18030 or Windows-1252)")


def _plausible_chinese(text: str) -> bool:
    """Chinese decoded right: its non-ASCII characters are CJK and mostly stand next to other CJK."""
    wide = [i for i, ch in enumerate(text) if ord(ch) > 0x7F]
    if not wide:
        return False
    cjk = [i for i in wide if CJK_CHAR.match(text[i])]
    if len(cjk) < 0.9 * len(wide):
        return False
    paired = sum(
        1
        for i in cjk
        if (i > 0 and CJK_CHAR.match(text[i - 1]))
        or (i + 1 < len(text) and CJK_CHAR.match(text[i + 1]))
    )
    return paired >= 0.7 * len(cjk)


def _plausible_latin(text: str) -> bool:
    """A Latin-script text in a Windows code page: mostly ASCII, its other characters letters."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    return len(wide) <= 0.2 * max(1, len(text)) and all(
        ch.isalpha() or ch in "’‘“”–—…«»°" for ch in wide
    )


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) % 2:
        return None
    odd_nuls = data[1::2].count(0)
    even_nuls = data[0::2].count(0)
    codec = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
    if max(odd_nuls, even_nuls) < len(data) // 20:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _checked(text: str, path: str) -> str:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 200):
        raise UnreadableSource(path, "binary file, not text")
    if not text.strip():
        raise UnreadableSource(path, "empty file")
    return text


def file_bytes(path: str | Path) -> bytes:
    """The bytes of a file, or the one-line error that names it."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UnreadableSource(str(path), exc.strerror or "cannot be read") from None


def read_text(path: str | Path) -> Source:
    """Read a text extraction into pages of lines, footnotes and markers."""
    p = Path(path)
    data = file_bytes(p)
    text = decode(data, str(p))
    plain = _plain(text)
    raw_pages = split_pages(text, plain)
    pages = [_page(number, raw, plain) for number, raw in enumerate(raw_pages, 1)]
    layout.strip_furniture(pages)
    spaced_tables(pages)
    layout.place_markers(pages)
    return Source(path=str(p), sha256=hashlib.sha256(data).hexdigest(), pages=pages)


def _plain(text: str) -> bool:
    """A plain text file, not an extraction: its lines seldom end with a space (the extractions' block
    ends) and most are followed by another line rather than by a blank one."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    filled = [i for i, r in enumerate(raw) if r.strip()]
    if not filled:
        return False
    trailing = sum(1 for i in filled if raw[i] != raw[i].rstrip())
    spaced = sum(1 for i in filled if i + 1 < len(raw) and not raw[i + 1].strip())
    return trailing < 0.05 * len(filled) and spaced < 0.8 * len(filled)


def split_pages(text: str, plain: bool = False) -> list[list[str]]:
    """Raw lines grouped by page: form feeds, else the conventions of the extractions (none in a
    plain text file: one page)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        return [chunk.split("\n") for chunk in text.split("\f") if chunk.strip()]
    if plain:
        return [text.split("\n")]
    pages: list[list[str]] = [[]]
    empties = 0
    previous = ""
    for raw in text.split("\n"):
        starts_page = (
            bool(pages[-1])
            and raw.strip() != ""
            and ((raw[:1] == " " and previous.strip() != "") or empties >= 2)
        )
        if starts_page:
            pages.append([])
        pages[-1].append(raw)
        empties = empties + 1 if raw == "" else 0
        previous = raw
    return [page for page in pages if any(line.strip() for line in page)]


def _page(number: int, raw: list[str], plain: bool = False) -> Page:
    """One page: running lines, then the footnote block after its whitespace-only separator; a line
    ends a block where it ends with a space (in a plain text file: where a blank line follows)."""
    body_end = _footnote_separator(raw, plain)
    ends = _plain_ends(raw[:body_end]) if plain else [r != r.rstrip() for r in raw[:body_end]]
    lines = [
        Line(text=r.strip(), page=number, ends_block=end, indent=len(r) - len(r.lstrip()))
        for r, end in zip(raw[:body_end], ends, strict=True)
        if r.strip()
    ]
    page = Page(number=number, lines=_table_rows(lines))
    if body_end < len(raw):
        page.footnotes, page.furniture = _footnotes(raw[body_end + 1 :], number)
    return page


def _plain_ends(raw: list[str]) -> list[bool]:
    """Where the blocks of a plain text file end: before a blank line, and at a line much shorter
    than the text's measure (a title block's field, a heading) or in a file that sets each paragraph
    on one line of its own."""
    widths = sorted(len(r.strip()) for r in raw if r.strip())
    measure = widths[int(len(widths) * 0.9)] if widths else 0
    unwrapped = measure > 200
    out = []
    for k, r in enumerate(raw):
        last = k + 1 >= len(raw) or not raw[k + 1].strip()
        out.append(last or unwrapped or len(r.strip()) < 0.6 * measure)
    return out


def _footnote_separator(raw: list[str], plain: bool = False) -> int:
    """The index of the separator line above the footnotes, or ``len(raw)`` when there are none; in a
    plain text file, the blank line after which every paragraph opens with a footnote's label."""
    if plain:
        return _plain_notes(raw)
    for i, line in enumerate(raw):
        if line == "" or line.strip() != "":
            continue
        rest = [r for r in raw[i + 1 :] if r.strip()]
        if not rest or not FOOTNOTE_START.match(rest[0]):
            continue
        labels = [m["label"] for r in rest if (m := FOOTNOTE_START.match(r))]
        if _ascending(labels) and not PAGE_NUMBER.match(rest[0]):
            return i
    return len(raw)


def _plain_notes(raw: list[str]) -> int:
    for i, line in enumerate(raw):
        if line.strip():
            continue
        openings = [
            r for k, r in enumerate(raw[i + 1 :], i + 1) if r.strip() and not raw[k - 1].strip()
        ]
        labels = [m["label"] for r in openings if (m := FOOTNOTE_START.match(r))]
        if openings and len(labels) == len(openings) and _ascending(labels):
            return i
    return len(raw)


def _ascending(labels: list[str]) -> bool:
    numbers = [int(label) for label in labels if label.isdecimal()]
    return all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _footnotes(raw: list[str], page: int) -> tuple[list[Footnote], list[str]]:
    notes: list[tuple[str, list[Line]]] = []
    furniture: list[str] = []
    for r in raw:
        if not r.strip():
            continue
        m = FOOTNOTE_START.match(r)
        if PAGE_NUMBER.match(r):
            furniture.append(r.strip())
        elif m and (not notes or layout.next_note_label(notes[-1][0], m["label"])):
            notes.append((m["label"], [Line(m["text"].strip(), page, ends_block=True)]))
        elif notes:
            notes[-1][1].append(Line(r.strip(), page, ends_block=True))
    return [
        Footnote(label, layout.join_lines(lines).text, page) for label, lines in notes
    ], furniture


def _table_rows(lines: list[Line]) -> list[Line]:
    """A table row written ``| cell | cell |`` (and wrapped over lines until its block ends) becomes
    one line with its cells."""
    out: list[Line] = []
    row: list[Line] = []
    for line in lines:
        if not row and not TABLE_ROW.match(line.text):
            out.append(line)
            continue
        row.append(line)
        if line.ends_block:
            out.append(_row_line(row))
            row = []
    if row:
        out.append(_row_line(row))
    return out


def _row_line(lines: list[Line]) -> Line:
    block = layout.join_lines(lines)
    cells = tuple(c.strip() for c in block.text.strip().strip("|").split("|") if c.strip())
    text = " ".join(cells)
    return Line(text, lines[0].page, True, (), lines[0].indent, cells)
