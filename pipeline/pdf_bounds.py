"""A PDF opened within its limits: pages counted as they are reached, characters as they are drawn,
compressed streams inflated piece by piece, so that a bomb stops before it has gone off.

pdfplumber would build every page of a file before the first is read (100,000 pages of a 16 MB
file), and pdfminer inflates a stream whole (1 GB from 1 MB) and draws every character of a page
before it returns (5 million from 18 KB). Here pages come one at a time (each released once read),
each character drawn is counted, and pdfminer's decoders of Flate, LZW and RunLength streams are
wrapped to count what they inflate while a document is being read in this thread (outside it they
behave as pdfminer's own). Passing a limit raises :class:`LimitExceeded`, naming the file and the
limit.
"""

from __future__ import annotations

import contextlib
import io
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer import pdftypes
from pdfminer.lzw import LZWDecoder
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from copmop.pipeline.errors import LimitExceeded
from copmop.pipeline.limits import Budget, Limits, PastLimit

__all__ = ["open_bounded"]

# Inflate this many bytes at a time, counting each piece against the budget.
_PIECE = 1 << 20

_local = threading.local()


def _budget() -> Budget | None:
    return getattr(_local, "budget", None)


@contextlib.contextmanager
def open_bounded(path: Path, limits: Limits) -> Iterator[tuple[Any, Iterator[Page]]]:
    """``(pdf, pages)``: the pdfplumber document and its pages, one at a time, within ``limits``."""
    budget = Budget(limits)
    _local.budget = budget
    try:
        with path.open("rb") as stream:
            try:
                pdf = pdfplumber.open(stream)
            except PdfminerException as exc:
                inner = exc.args[0] if exc.args else None
                if isinstance(inner, MemoryError):
                    raise inner from None
                raise
            yield pdf, _pages(pdf, budget)
    except PastLimit as stop:
        raise LimitExceeded(str(path), stop.reason) from None
    finally:
        _local.budget = None


def _pages(pdf: Any, budget: Budget) -> Iterator[Page]:
    """The pages in order, made as they are reached; each released once the reader moves on."""
    declared = resolve1(pdf.doc.catalog.get("Pages"))
    count = declared.get("Count") if isinstance(declared, dict) else None
    if isinstance(count, int):
        budget.page(declared=count)
    doctop: float = 0
    for number, page_obj in enumerate(PDFPage.create_pages(pdf.doc), 1):
        budget.page()
        page = _CountedPage(pdf, page_obj, page_number=number, initial_doctop=doctop)
        page.budget = budget
        doctop += page.height
        yield page
        page.close()


class _CountedPage(Page):
    """A pdfplumber page whose characters are counted against the budget as pdfminer draws them."""

    budget: Budget

    @property
    def layout(self) -> Any:
        if hasattr(self, "_layout"):
            return self._layout
        device = _CountingDevice(
            self.pdf.rsrcmgr, pageno=self.page_number, laparams=self.pdf.laparams
        )
        device.budget = self.budget
        PDFPageInterpreter(self.pdf.rsrcmgr, device).process_page(self.page_obj)
        self._layout = device.get_result()
        return self._layout


class _CountingDevice(PDFPageAggregatorWithMarkedContent):
    budget: Budget

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        self.budget.char()
        return float(super().render_char(*args, **kwargs))


# --- pdfminer's decoders, counted --------------------------------------------------------------


def _inflate(data: bytes) -> bytes:
    """``zlib.decompress(data)``, a piece at a time, each piece counted."""
    budget = _budget()
    if budget is None:
        return zlib.decompress(data)
    inflater = zlib.decompressobj()
    out = bytearray()
    piece = inflater.decompress(data, _PIECE)
    while True:
        budget.inflate(len(piece))
        out += piece
        if inflater.eof or not inflater.unconsumed_tail:
            break
        piece = inflater.decompress(inflater.unconsumed_tail, _PIECE)
    rest = inflater.flush()
    budget.inflate(len(rest))
    out += rest
    if not inflater.eof:
        raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    return bytes(out)


class _CountedInflater:
    """``zlib.decompressobj()`` whose output is counted (pdfminer's recovery of corrupt streams)."""

    def __init__(self) -> None:
        self._inner = zlib.decompressobj()

    def decompress(self, data: bytes) -> bytes:
        out = self._inner.decompress(data)
        budget = _budget()
        if budget is not None:
            budget.inflate(len(out))
        return out


class _CountedZlib:
    """What pdfminer's stream decoder uses of ``zlib``, counted."""

    error = zlib.error
    decompress = staticmethod(_inflate)

    @staticmethod
    def decompressobj() -> _CountedInflater:
        return _CountedInflater()


def _lzw(data: bytes) -> bytes:
    """pdfminer's LZW decoder, its output counted as it comes."""
    budget = _budget()
    out = bytearray()
    for piece in LZWDecoder(io.BytesIO(data)).run():
        if budget is not None:
            budget.inflate(len(piece))
        out += piece
    return bytes(out)


def _run_length(data: bytes) -> bytes:
    """pdfminer's RunLength decoder, what it will inflate counted before it runs."""
    budget = _budget()
    if budget is not None:
        budget.inflate(_run_length_size(data))
    return _rldecode(data)


def _run_length_size(data: bytes) -> int:
    """The size RunLength data decodes to, read from its length bytes without decoding it."""
    size, at = 0, 0
    while at < len(data):
        length = data[at]
        if length == 128:
            break
        if length < 128:
            size += length + 1
            at += length + 2
        else:
            size += 257 - length
            at += 2
    return size


_rldecode = pdftypes.rldecode
pdftypes.zlib = _CountedZlib  # type: ignore[assignment]
pdftypes.lzwdecode = _lzw
pdftypes.rldecode = _run_length
