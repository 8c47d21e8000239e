"""Rows of a PDF page, from its glyphs: the layout below the line that every PDF engine shares.

A glyph is a dict with ``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``size`` and ``fontname`` (what
pdfplumber calls a char; the pdfium reader makes the same, a word at a time: such a glyph holds ``n``
characters of one font, size and baseline set solid, ``w`` their widths summed, and counts as ``n``
characters wherever characters are counted). Glyphs are grouped into rows by their
vertical overlap; a row is cut into segments where a gap wider than a few ems parts it (the columns of
a title block, the cells of a borderless table); a segment's text is read in logical order (a
right-to-left Arabic row reversed, its numbers and Latin runs kept left to right; kashida and
presentation forms normalised), its raised smaller glyphs cut out as footnote markers ("3,4" is two).
"""

from __future__ import annotations

import itertools
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property
from operator import itemgetter
from typing import Any

from copmop.lang.structure import MARKER_LABEL_SEPARATOR
from copmop.pipeline.arabic_glyphs import clean_arabic
from copmop.pipeline.models import Marker

__all__ = ["Glyph", "Row", "Segment", "make_rows", "middle_bottom", "segment_text", "weight"]

Glyph = dict[str, Any]

_TOP_X = itemgetter("top", "x0")
_X = itemgetter("x0")

_SAME_ROW = 0.5  # a top within this share of the type size of a row's top is on that row
_MARKER_SIZE = 0.85  # a marker is at most this share of its row's type size …
_MARKER_RISE = 0.15  # … and its baseline is raised by at least this share of it
_COLUMN_GAP = 2.0  # a gap of this many ems parts a row into segments (columns, cells)
_SPACE_GAP = 0.2  # a gap of this share of the type size between glyphs is a space …
_DRAWN_SPACE_GAP = 0.6  # … or of this share, where the PDF draws its spaces
# A distance is past a threshold only by more than this many points: the engines' rounding (pdfium
# keeps coordinates in single precision) must not decide a gap set at exactly a threshold (the fifth
# of an em a word processor puts between CJK and Latin text).
NOISE = 0.05

_RTL = frozenset({"R", "AL"})
_LTR_RUN = frozenset({"L", "EN", "AN"})
_DASHES = frozenset("-–—")
_GLUE = frozenset("-/.")
_BRACKETS = frozenset("()[]")
_ARABIC_PUNCTUATION = frozenset("\u060c\u061b\u061f\u066b\u066c")


def weight(c: Glyph) -> int:
    """How many characters a glyph stands for: a word the pdfium reader reads whole, else one."""
    return int(c.get("n", 1))


def middle_bottom(glyphs: list[Glyph], upper: bool = False) -> float:
    """The median bottom of the glyphs' characters, each glyph counted as many times as the
    characters it stands for (``upper``: of an even count, the upper middle one, not their mean)."""
    pairs = sorted((c["bottom"], weight(c)) for c in glyphs)
    total = sum(w for _, w in pairs)
    if total == 0:
        raise statistics.StatisticsError("no median for empty data")

    def at(index: int) -> float:  # the bottom at ``index`` of the sorted bottoms, each repeated
        for bottom, w in pairs:
            if index < w:
                return float(bottom)
            index -= w
        raise IndexError(index)

    if upper or total % 2:
        return at(total // 2)
    return (at(total // 2 - 1) + at(total // 2)) / 2


@dataclass
class Row:
    """Glyphs sharing a line on the page, left to right."""

    top: float
    bottom: float
    chars: list[Glyph] = field(default_factory=list)
    biggest: float = 0.0  # the largest type size on the row so far
    rtl_page: bool = False  # the page's text runs right to left (a Latin-only line follows it)

    @cached_property
    def text_chars(self) -> list[Glyph]:
        return [c for c in self.chars if c["text"].strip()]

    @cached_property
    def size(self) -> float:
        """The row's type size: the commonest size of its glyphs."""
        sizes: Counter[float] = Counter()
        for c in self.text_chars:
            sizes[round(c["size"], 1)] += weight(c)
        return sizes.most_common(1)[0][0] if sizes else 0.0

    @cached_property
    def segments(self) -> list[Segment]:
        """The row cut where a wide gap parts it: one segment for a line of running text."""
        out: list[Segment] = []
        current: list[Glyph] = []
        previous: Glyph | None = None
        gap = _COLUMN_GAP * max(self.size, 1.0)
        for c in self.chars:
            if c["text"].strip() and previous is not None and c["x0"] - previous["x1"] > gap:
                out.append(Segment(self, current))
                current = []
            current.append(c)
            if c["text"].strip():
                previous = c
        if current:
            out.append(Segment(self, current))
        return [s for s in out if s.text_chars]


@dataclass
class Segment:
    """A run of a row's glyphs with no wide gap inside: a line of text, or one cell of a row."""

    row: Row
    chars: list[Glyph]

    @cached_property
    def text_chars(self) -> list[Glyph]:
        return [c for c in self.chars if c["text"].strip()]

    @property
    def x0(self) -> float:
        return float(self.text_chars[0]["x0"])

    @property
    def x1(self) -> float:
        return float(max(c["x1"] for c in self.text_chars))

    @cached_property
    def bold(self) -> bool:
        """Most of its glyphs are in a bold face."""
        heavy = sum(weight(c) for c in self.text_chars if _is_bold(c.get("fontname", "")))
        return heavy * 2 > sum(weight(c) for c in self.text_chars)

    @cached_property
    def rtl(self) -> bool:
        """Its letters are mostly of a right-to-left script; with none, its page's direction."""
        if self.row.rtl_page:  # an Arabic page's lines are right to left, Latin words and all
            return True
        strong = [unicodedata.bidirectional(c["text"][0]) for c in self.text_chars]
        rtl = sum(1 for b in strong if b in _RTL)
        return rtl > 0 and rtl >= sum(1 for b in strong if b == "L")

    @cached_property
    def read(self) -> tuple[str, tuple[Marker, ...], str | None]:
        """Its text in logical order, the footnote markers cut out of it, and a leading label."""
        return segment_text(self)


@cache
def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(w in name for w in ("bold", "black", "heavy", "semibold", "demi"))


def right_to_left(chars: list[Glyph]) -> bool:
    """Most of the page's letters are of a right-to-left script (Arabic)."""
    strong = [unicodedata.bidirectional(c["text"][:1] or " ") for c in chars]
    return sum(1 for b in strong if b in _RTL) > sum(1 for b in strong if b == "L")


def make_rows(chars: list[Glyph]) -> list[Row]:
    """Group glyphs into rows, each row's glyphs left to right.

    Glyphs come sorted by their top; a glyph starts a new row when its top lies below the current
    row's by more than half its type size. A raised marker's top is its line's, so it joins its line;
    the next line's top lies a whole line lower.
    """
    rows: list[Row] = []
    current: Row | None = None
    limit = float("-inf")
    for c in sorted(chars, key=_TOP_X):
        top = c["top"]
        if current is None or top > limit:
            current = Row(top, c["bottom"], [c], c["size"])
            rows.append(current)
            limit = top + _SAME_ROW * max(c["size"], 1.0)
            continue
        current.chars.append(c)
        if c["size"] > current.biggest and c["text"] != " ":
            current.biggest = c["size"]
            limit = current.top + _SAME_ROW * c["size"]
        if c["bottom"] > current.bottom:
            current.bottom = c["bottom"]
    rtl = right_to_left(chars)
    for row in rows:
        row.chars.sort(key=_X)
        row.rtl_page = rtl
    return [row for row in rows if row.text_chars]


def _logical(chars: list[Glyph], small: float = 0.0) -> list[Glyph]:
    """Glyphs of a right-to-left segment in reading order: right to left, but Latin runs and numbers
    left to right ("CP-10/8", "15/4", "2.1" whole; "7-19", drawn "19-7", is two numbers and a dash)."""
    # right to left by each glyph's middle: a space a word processor draws across two letters goes
    # between them, the zero-width alef of a lam-alef ligature (drawn at its left edge) after the lam
    order = sorted(chars, key=lambda c: (c["x0"] + c["x1"]) / 2, reverse=True)
    kinds = ["AL" if c["size"] < small else _bidi(c["text"]) for c in order]
    embedded = any(k in _RTL for k, c in zip(kinds, order, strict=True) if c["size"] >= small)
    out: list[Glyph] = []
    i = 0
    while i < len(order):
        if kinds[i] not in _LTR_RUN and not _glued(order, kinds, i, small):
            out.append(order[i])
            i += 1
            continue
        j, last = i, i
        while j < len(order) and kinds[j] not in _RTL:
            if kinds[j] in _LTR_RUN:
                last = j
            j += 1
        run = order[i : last + 1]
        if not embedded:  # a line of Latin text alone, set left to right: "Page 2"
            out.extend(reversed(run) if "L" in kinds[i : last + 1] else _number(run))
        else:
            out.extend(_left_to_right(run, kinds[i : last + 1]))
        i = last + 1
    return out


def _left_to_right(run: list[Glyph], kinds: list[str]) -> list[Glyph]:
    """A run of Latin words and numbers inside right-to-left text, drawn right to left, in reading
    order. Its words are split at spaces and brackets; Latin words side by side read left to right
    together ("Nagoya Protocol", "(Nagoya Protocol)"), but a number and what stands beside it are read
    apart, the spaces and brackets between them in the right-to-left order of the text around them, as
    the bidirectional algorithm lays them out: "المقرر 3/10 (BS-III/10)" is drawn ")BS-III/10( 3/10"."""
    words: list[tuple[bool, list[Glyph], bool]] = []  # (a separator?, glyphs, Latin?)
    for c, kind in zip(run, kinds, strict=True):
        sep = c["text"].isspace() or c["text"] in _BRACKETS
        if words and words[-1][0] == sep:
            words[-1][1].append(c)
            words[-1] = (sep, words[-1][1], words[-1][2] or kind == "L")
        else:
            words.append((sep, [c], kind == "L"))
    out: list[Glyph] = []
    latin: list[Glyph] = []  # Latin words and the separators between them, read together
    for n, (sep, glyphs, is_latin) in enumerate(words):
        if sep:
            between = 0 < n < len(words) - 1 and words[n - 1][2] and words[n + 1][2]
            if between:
                latin.extend(glyphs)
            else:
                out.extend(reversed(latin))
                latin = []
                out.extend(glyphs)
        elif is_latin:
            latin.extend(glyphs)
        else:
            out.extend(reversed(latin))
            latin = []
            out.extend(_number(glyphs))
    out.extend(reversed(latin))
    return out


def _number(glyphs: list[Glyph]) -> list[Glyph]:
    """A number drawn right to left, in reading order: numbers either side of a dash are read apart
    ("7-19", drawn "19-7")."""
    out: list[Glyph] = []
    part: list[Glyph] = []
    for c in glyphs:
        if c["text"] in _DASHES:
            out.extend(reversed(part))
            out.append(c)
            part = []
        else:
            part.append(c)
    out.extend(reversed(part))
    return out


def _glued(order: list[Glyph], kinds: list[str], i: int, small: float) -> bool:
    """A separator drawn against the right of a Latin word at a line's end ("BS-" of a "BS-VII/3"
    the line broke): it ends that word, as it did in the paragraph."""
    c = order[i]
    if c["text"] not in _GLUE or i + 1 >= len(order) or kinds[i + 1] != "L":
        return False
    return c["x0"] - order[i + 1]["x1"] < 0.15 * max(small, 1.0)


def _bidi(text: str) -> str:
    """A glyph's bidirectional class, Arabic punctuation ("،", "؛", "؟") counted as Arabic: it ends
    a Latin run it follows ("CP-9/8،")."""
    if not text:
        return "WS"
    return "AL" if text[0] in _ARABIC_PUNCTUATION else unicodedata.bidirectional(text[0])


def _neighbours(chars: list[Glyph]) -> set[tuple[int, int]]:
    """The pairs of glyphs drawn side by side (by the ids of their dicts, either way round)."""
    drawn = sorted(chars, key=lambda c: (c["x0"] + c["x1"]) / 2)
    pairs = {(id(a), id(b)) for a, b in itertools.pairwise(drawn)}
    return pairs | {(b, a) for a, b in pairs}


def segment_text(segment: Segment) -> tuple[str, tuple[Marker, ...], str | None]:
    """The segment's text, its markers cut out (a run "3,4" is two markers), and a leading label
    (a footnote's own raised number)."""
    row = segment.row
    size = row.size
    main = [c for c in segment.text_chars if c["size"] >= size * _MARKER_SIZE]
    baseline = middle_bottom(main) if main else row.bottom
    chars = segment.chars
    if segment.rtl:
        chars = clean_arabic(_logical(chars, size * _MARKER_SIZE))
    out: list[str] = []
    markers: list[Marker] = []
    lead: str | None = None
    previous: Glyph | None = None
    label = ""
    # a PDF that draws its spaces is trusted with them: only a wide gap is one more (an italic run's
    # glyphs stand apart without being words)
    drawn = any(c["text"] == " " for c in chars)
    gap = _DRAWN_SPACE_GAP if drawn else _SPACE_GAP
    # where right-to-left reading jumps across a Latin run ("(" then "B" of "(BS-III/10)", drawn
    # ")BS-III/10("), two glyphs read one after the other stand apart without a space between them:
    # a PDF that draws its spaces has drawn the ones there are
    beside = _neighbours(chars) if segment.rtl and drawn else None

    def close(label: str) -> None:
        nonlocal lead
        text = "".join(out)
        if not text.strip():
            lead = label
            return
        offset = len(text.rstrip())
        for part in MARKER_LABEL_SEPARATOR.split(label):
            if part:
                markers.append(Marker(part, offset))

    for c in chars:
        if not c["text"]:  # a kashida: it takes room, it says nothing
            previous = c
            continue
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
            close(label.strip("()"))
            label = ""
        if previous is not None and out and out[-1] != " " and c["text"] != " ":
            apart = (previous["x0"] - c["x1"]) if segment.rtl else (c["x0"] - previous["x1"])
            jump = beside is not None and (id(previous), id(c)) not in beside
            if apart > size * gap + NOISE and not jump:
                out.append(" ")
        out.append(c["text"])
        previous = c
    if label:
        close(label.strip("()"))
    text = "".join(out)
    stripped = text.strip()
    shift = len(text) - len(text.lstrip())
    moved = tuple(Marker(m.label, max(0, min(len(stripped), m.offset - shift))) for m in markers)
    return stripped, moved, lead
