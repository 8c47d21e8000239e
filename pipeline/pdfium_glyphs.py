"""The glyphs of a page read through pdfium's text page, as pdfplumber would give them.

A call into pdfium costs about a microsecond, so a page of left-to-right text is read word by word:
a word (a run of characters of one text object, on one baseline, set solid) is one glyph, its box
from the origins of its first and last characters and the font's advance widths, its weight the
number of its characters (``n``) and ``w`` the sum of their advances. CJK characters are glyphs of
their own, and so is every character of a page that holds right-to-left letters (``pdfium_rtl``).

What pdfium does to a page's text is undone. Its characters carry pdfplumber's box: the origin, the
advance of the font, the type's descent below the baseline as pdfminer takes it (a font's descriptor,
the standard fonts' metrics). A line-final hyphen (pdfium's U+FFFE) is a hyphen again. The spaces
pdfium makes of gaps are dropped, and those it made of a drawn space kept: a space pdfium put where a
gap in a line of text ends stands where the next character starts, while one that took the place of
a drawn space stands apart; a run of drawn spaces pdfium keeps one of is restored from the gap.
Coordinates are rounded to what the PDF writes (pdfium computes in single precision, pdfminer in
double), so that a gap exactly at a threshold falls on the same side with both engines.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from math import floor
from typing import Any

from copmop.lang.structure import GLYPH_RUN
from copmop.pipeline.pdf_rows import Glyph
from copmop.pipeline.pdfium_lib import PLACES, Matrix, fn

__all__ = ["HYPHENS", "SAME", "Box", "Style", "Styles", "glyphs_by_word", "space_glyph"]

_origin = fn("FPDFText_GetCharOrigin", ctypes.c_int)
_loose = fn("FPDFText_GetLooseCharBox", ctypes.c_int)
_object = fn("FPDFText_GetTextObject", ctypes.c_void_p)
_generated = fn("FPDFText_IsGenerated", ctypes.c_int)
_unmapped = fn("FPDFText_HasUnicodeMapError", ctypes.c_int)
_char_matrix = fn("FPDFText_GetMatrix", ctypes.c_int)
_font = fn("FPDFTextObj_GetFont", ctypes.c_void_p)
_font_size = fn("FPDFTextObj_GetFontSize", ctypes.c_int)
_base_name = fn("FPDFFont_GetBaseFontName", ctypes.c_ulong)
_embedded = fn("FPDFFont_GetIsEmbedded", ctypes.c_int)
_descent = fn("FPDFFont_GetDescent", ctypes.c_int)
_glyph_width = fn("FPDFFont_GetGlyphWidth", ctypes.c_int)

HYPHENS = {"\ufffe": "-", "\x02": "-"}  # pdfium's mark for a hyphen that ends a line
_HYPHEN_TABLE = str.maketrans(HYPHENS)
SAME = 0.01  # points: two origins this close are one place
_SCALE = 10.0**PLACES
_WHOLE = 0.05  # a gap within this share of a whole number of spaces is that many spaces
_GAP = (
    0.1  # ems: a word whose characters stand further apart than their advances is read by letters
)
# pdfminer's descent of the standard fonts it knows without a descriptor (their AFM metrics)
_STANDARD_DESCENT = {"Courier": -0.194, "CourierNew": -0.194, "Helvetica": -0.207, "Arial": -0.207}
_STANDARD_DESCENT |= {"Times": -0.217, "TimesNewRoman": -0.217, "Symbol": 0.0, "ZapfDingbats": 0.0}


@dataclass
class Style:
    """What the characters of one text object share: font, size and how the page turns them."""

    font: int
    name: str
    size: float  # the font size the text object sets (before the matrix)
    m: tuple[float, float, float, float]  # the characters' matrix: a, b, c, d
    descent: float  # below the baseline, in ems (pdfminer's)
    upright: bool
    unmapped: bool  # its characters have no Unicode mapping (pdfminer's "(cid:n)")
    widths: dict[str, float] = field(default_factory=dict)
    words: dict[str, tuple[float, float]] = field(default_factory=dict)

    def word_width(self, word: str) -> tuple[float, float]:
        """The advances of a word's letters summed, and its last letter's (-1 for both: the font
        cannot say for one of them)."""
        known = self.words.get(word)
        if known is None:
            widths = [self.width(ch) for ch in word]
            known = (sum(widths), widths[-1]) if min(widths) >= 0 else (-1.0, -1.0)
            self.words[word] = known
        return known

    def width(self, ch: str) -> float:
        """The advance of ``ch`` in the font, in text space (-1: the font cannot say)."""
        w = self.widths.get(ch)
        if w is None:
            out = ctypes.c_float()
            ok = len(ch) == 1 and _glyph_width(
                ctypes.c_void_p(self.font), ord(ch), ctypes.c_float(self.size), ctypes.byref(out)
            )
            w = self.widths[ch] = out.value if ok else -1.0
        return w

    def lean(self, x: float, y: float, box: Box) -> float:
        """How far right of its advance the loose box ``box`` of a character at origin (x, y)
        reaches by the type's slant (a synthetic italic's matrix leans the box)."""
        c, d = self.m[2], self.m[3] or 1.0
        if not c:
            return 0.0
        return max(c * (box[1] - y) / d, c * (box[3] - y) / d, 0.0)

    def loose_advance(self, x: float, y: float, box: Box) -> float:
        """The advance (in text space) of a character at origin (x, y) whose loose box is ``box``:
        where the box ends, the slant taken off."""
        return max((box[2] - x - self.lean(x, y, box)) / (self.m[0] or 1.0), 0.0)

    def glyph(self, text: str, x: float, y: float, advance: float, top_of_page: float) -> Glyph:
        """A glyph of this style at origin (x, y) whose advance (in text space) is ``advance``:
        its box as pdfminer makes it, the descent-to-ascent box of the type transformed."""
        a, b, c, d = self.m
        low = self.descent * self.size
        high = low + self.size
        if b == 0.0 and c == 0.0 and a > 0.0 and d > 0.0:  # most type: upright, not slanted
            wide = a * advance
            bottom, top = y + d * low, y + d * high
            # rounded to PLACES decimals, as round() does but in a third of its time (most glyphs)
            glyph: Glyph = {
                "text": text,
                "x0": floor((x + min(0.0, wide)) * _SCALE + 0.5) / _SCALE,
                "x1": floor((x + max(0.0, wide)) * _SCALE + 0.5) / _SCALE,
                "top": floor((top_of_page - top) * _SCALE + 0.5) / _SCALE,
                "bottom": floor((top_of_page - bottom) * _SCALE + 0.5) / _SCALE,
                "size": floor((top - bottom) * _SCALE + 0.5) / _SCALE,
                "fontname": self.name,
                "upright": True,
            }
            if self.unmapped:
                glyph["cid"] = True
            return glyph
        xs = (c * low, c * high, a * advance + c * low, a * advance + c * high)
        ys = (d * low, d * high, b * advance + d * low, b * advance + d * high)
        bottom, top = y + min(ys), y + max(ys)
        glyph = {
            "text": text,
            "x0": round(x + min(xs), PLACES),
            "x1": round(x + max(xs), PLACES),
            "top": round(top_of_page - top, PLACES),
            "bottom": round(top_of_page - bottom, PLACES),
            "size": round(top - bottom if self.upright else max(xs) - min(xs), PLACES),
            "fontname": self.name,
            "upright": self.upright,
        }
        if self.unmapped:
            glyph["cid"] = True  # no Unicode for it: pdfminer's "(cid:n)"
        return glyph


class Styles(dict[int, Style]):
    """The styles of a page's text objects, each read once."""

    def __init__(self, textpage: ctypes.c_void_p) -> None:
        super().__init__()
        self.textpage = textpage
        self.fonts: Fonts = {}

    def of(self, obj: int, index: int) -> Style:
        """The style of text object ``obj``, whose character ``index`` is on the text page."""
        style = self.get(obj)
        if style is None:
            m = Matrix()
            _char_matrix(self.textpage, index, ctypes.byref(m))
            style = self[obj] = make_style(obj, m, self.fonts)
            style.unmapped = bool(_unmapped(self.textpage, index))
        return style


# A page's fonts, read once: font handle → (name, descent), and (font, size) → the advances of its
# letters and words, which the text objects of that font and size share.
Fonts = dict[Any, Any]


def make_style(obj: int, m: Matrix, fonts: Fonts | None = None) -> Style:
    """The style of text object ``obj`` whose characters the page turns by ``m`` (``fonts``: what
    the page's other text objects read of their fonts)."""
    fonts = {} if fonts is None else fonts
    font = _font(ctypes.c_void_p(obj)) or 0
    size = ctypes.c_float()
    _font_size(ctypes.c_void_p(obj), ctypes.byref(size))
    known = fonts.get(font)
    if known is None:
        name = _font_name(font) if font else ""
        known = fonts[font] = (name, _descent_of(font, name))
    widths, words = fonts.setdefault((font, size.value), ({}, {}))
    return Style(
        font=font,
        name=known[0],
        size=size.value,
        m=(m.a, m.b, m.c, m.d),
        descent=known[1],
        upright=m.a * m.d > 0 and m.b * m.c <= 0,
        unmapped=False,
        widths=widths,
        words=words,
    )


def _font_name(font: int) -> str:
    length = _base_name(ctypes.c_void_p(font), None, 0)
    buffer = ctypes.create_string_buffer(max(length, 1))
    _base_name(ctypes.c_void_p(font), buffer, length)
    return buffer.value.decode("utf-8", "replace")


def _descent_of(font: int, name: str) -> float:
    """The descent pdfminer gives the font's glyph boxes, in ems: a standard font's own metrics when
    it is not embedded, else its descriptor's (pdfium's word for it, when the font is not embedded;
    an embedded font's descriptor is taken at zero, which is what word processors write)."""
    if not font or _embedded(ctypes.c_void_p(font)):
        return 0.0
    family = name.split("-", 1)[0].split(",", 1)[0]
    if family in _STANDARD_DESCENT:
        return _STANDARD_DESCENT[family]
    out = ctypes.c_float()
    _descent(ctypes.c_void_p(font), ctypes.c_float(1000.0), ctypes.byref(out))
    return out.value / 1000


def space_glyph(obj: int, m: Matrix, top_of_page: float) -> Glyph:
    """The space a text object of no width draws (pdfium's text page leaves such objects out)."""
    style = make_style(obj, m)
    return style.glyph(" ", m.e, m.f, max(style.width(" "), 0.0), top_of_page)


def glyphs_by_word(
    textpage: ctypes.c_void_p, text: str, top_of_page: float, styles: Styles
) -> list[Glyph]:
    """The glyphs of a page of left-to-right text: a word at a time, CJK characters one by one."""
    out: list[Glyph] = []
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    pending: tuple[int, float, float] | None = None  # a space pdfium made in a line: (obj, x, y)
    drawn: Glyph | None = None  # the space drawn last, if nothing followed it yet
    for run in GLYPH_RUN.finditer(text):
        i, j = run.span()
        token = run.group()
        if token in "\r\n":
            pending = drawn = None
            continue
        if token == " " and _generated(textpage, i):
            obj = _object(textpage, i)
            if obj:
                _origin(textpage, i, px, py)
                pending = (obj, x.value, y.value)
            continue
        _origin(textpage, i, px, py)
        if drawn is not None:
            out.extend(_collapsed(drawn, x.value, top_of_page - y.value))
            drawn = None
        if pending is not None:
            obj, sx, sy = pending
            pending = None
            if abs(x.value - sx) > SAME or abs(y.value - sy) > SAME:  # it stands apart: drawn
                style = styles.of(obj, i)
                out.append(style.glyph(" ", sx, sy, max(style.width(" "), 0.0), top_of_page))
        if j - i == 1:
            obj = _object(textpage, i)
            if obj:
                style = styles.of(obj, i)
                ch = HYPHENS.get(token, token)
                advance = _advance(textpage, i, style, ch, x.value, y.value)
                out.append(style.glyph(ch, x.value, y.value, advance, top_of_page))
                drawn = out[-1] if ch == " " else None
            continue
        _word(textpage, text, i, j, x.value, y.value, top_of_page, styles, out)
    return out


def _collapsed(space: Glyph, x: float, baseline: float) -> list[Glyph]:
    """The spaces pdfium's text leaves out of a run of drawn spaces ("1.1    国家" reads "1.1 国家"):
    as many as fill the gap from the space to the next glyph, at ``x`` on the same baseline, when it
    is a whole number of spaces (a justified line's wider gap is not)."""
    width = space["x1"] - space["x0"]
    if width <= 0 or abs(baseline - space["bottom"]) > 0.5 * space["size"]:
        return []
    count = (x - space["x1"]) / width
    if count < 1 - _WHOLE or abs(count - round(count)) > _WHOLE:
        return []
    out = []
    for k in range(1, round(count) + 1):
        out.append(
            dict(
                space,
                x0=round(space["x0"] + k * width, PLACES),
                x1=round(space["x1"] + k * width, PLACES),
            )
        )
    return out


def _advance(textpage: ctypes.c_void_p, k: int, style: Style, ch: str, x: float, y: float) -> float:
    """The advance of character ``k`` (``ch`` at origin x, y) in text space: the font's, else where
    its loose box ends."""
    w = style.width(ch)
    if w >= 0:
        return w
    loose = Box()
    _loose(textpage, k, ctypes.byref(loose))
    return style.loose_advance(x, y, loose)


def _word(
    textpage: ctypes.c_void_p,
    text: str,
    i: int,
    j: int,
    x0: float,
    y0: float,
    top_of_page: float,
    styles: Styles,
    out: list[Glyph],
) -> None:
    """The word of characters i..j-1 (the first at origin x0, y0) as one glyph; as several where it
    crosses text objects or baselines, letter by letter where its letters stand apart."""
    first, last = _object(textpage, i), _object(textpage, j - 1)
    x, y = ctypes.c_double(), ctypes.c_double()
    _origin(textpage, j - 1, ctypes.byref(x), ctypes.byref(y))
    if first != last or abs(y.value - y0) > SAME or not first:
        _letters(textpage, text, i, j, top_of_page, styles, out)
        return
    style = styles.of(first, i)
    word = text[i:j]
    if "\ufffe" in word or "\x02" in word:
        word = word.translate(_HYPHEN_TABLE)
    advances, last_width = style.word_width(word)
    a, c = style.m[0], style.m[2]
    if advances < 0 or a <= 0:
        _letters(textpage, text, i, j, top_of_page, styles, out)
        return
    span = (x.value - x0) / a + last_width
    if span - advances > _GAP * style.size:  # letters standing apart: pdfplumber would part them
        _letters(textpage, text, i, j, top_of_page, styles, out)
        return
    glyph = style.glyph(word, x0, y0, span, top_of_page)
    glyph["n"] = len(word)
    glyph["w"] = a * advances + len(word) * abs(c) * style.size  # the letters' widths, summed
    out.append(glyph)


class Box(ctypes.Structure):
    """pdfium's ``FS_RECTF``: left, top, right, bottom (indexable as such)."""

    _fields_ = [(name, ctypes.c_float) for name in ("left", "top", "right", "bottom")]

    def __getitem__(self, index: int) -> float:
        return float(getattr(self, self._fields_[index][0]))


def _letters(
    textpage: ctypes.c_void_p,
    text: str,
    i: int,
    j: int,
    top_of_page: float,
    styles: Styles,
    out: list[Glyph],
) -> None:
    """Characters i..j-1 one glyph each (a ligature's letters, which share an origin, one glyph)."""
    x, y = ctypes.c_double(), ctypes.c_double()
    last: tuple[int, float, float] | None = None
    for k in range(i, j):
        obj = _object(textpage, k)
        if not obj:
            continue
        _origin(textpage, k, ctypes.byref(x), ctypes.byref(y))
        ch = HYPHENS.get(text[k], text[k])
        if last == (obj, x.value, y.value) and out:
            out[-1]["text"] += ch
            continue
        last = (obj, x.value, y.value)
        style = styles.of(obj, k)
        advance = _advance(textpage, k, style, ch, x.value, y.value)
        out.append(style.glyph(ch, x.value, y.value, advance, top_of_page))
