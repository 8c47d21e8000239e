"""Hostile PDFs, written byte by byte in a few lines each, never committed: a small file that draws
millions of characters, one whose compressed stream inflates to a gigabyte, one of very many pages."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

# A line of text drawn by a content stream: a hundred characters, then down one line.
_LINE = b"(" + b"Decision CP-10/7 " * 5 + b"A" * 15 + b") Tj T*\n"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def write_pdf(path: Path, objects: list[bytes], root: int = 1) -> Path:
    """A PDF of these objects (numbered from 1), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path


def _stream(data: bytes, flate: bool = True) -> bytes:
    body = zlib.compress(data, 9) if flate else data
    head = b"<< /Length %d%s >>" % (len(body), b" /Filter /FlateDecode" if flate else b"")
    return head + b"\nstream\n" + body + b"\nendstream"


def _page(parent: int, contents: int, font: int) -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (parent, contents, font)
    )


def _text(lines: int) -> bytes:
    return b"BT /F1 10 Tf 12 TL 72 720 Td\n" + _LINE * lines + b"ET\n"


def chars_bomb(path: Path, chars: int = 5_000_000, pages: int = 1) -> Path:
    """Pages sharing one compressed content stream that draws ``chars`` characters between them
    (5 million on one page: ~18 KB)."""
    kids = b" ".join(b"%d 0 R" % (4 + k) for k in range(pages))
    return write_pdf(
        path,
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
            _stream(_text(chars // pages // 100)),
            *[_page(2, 3, 4 + pages) for _ in range(pages)],
            _FONT,
        ],
    )


def flate_bomb(path: Path, inflated: int = 2**30) -> Path:
    """One page whose content stream is a line of text and then ``inflated`` bytes of blanks,
    compressed (a gigabyte: ~1 MB). The blanks are compressed once, in a piece that each full flush
    makes the same, and the piece repeated."""
    text, blanks = _text(1), b" " * (1 << 22)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(text) + packer.flush(zlib.Z_FULL_FLUSH)
    piece = packer.compress(blanks) + packer.flush(zlib.Z_FULL_FLUSH)
    count = inflated // len(blanks)
    checksum = zlib.adler32(text)
    for _ in range(count):
        checksum = zlib.adler32(blanks, checksum)
    body = b"\x78\xda" + head + piece * count + packer.flush() + struct.pack(">I", checksum)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    return write_pdf(
        path,
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(2, 4, 5),
            stream,
            _FONT,
        ],
    )


def pages_bomb(path: Path, pages: int = 100_000, declared: int | None = None) -> Path:
    """``pages`` pages sharing one content stream of a line of text (100,000: ~9 MB); the page tree
    declares ``declared`` pages (a liar's count) or the true one."""
    first = 4  # objects 1-3: catalog, page tree, content stream; then the font, then the pages
    kids = b" ".join(b"%d 0 R" % (first + 1 + k) for k in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (kids, pages if declared is None else declared),
        _stream(_text(1), flate=False),
        _FONT,
    ]
    objects += [_page(2, 3, 4) for _ in range(pages)]
    return write_pdf(path, objects)
