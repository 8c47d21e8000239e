"""The glyphs of a page that holds right-to-left text, read through pdfium's text page one character
at a time, pdfium's reordering undone.

Right-to-left lines come reordered by pdfium's own bidi algorithm (runs of a direction, right-to-left
runs reversed and their brackets mirrored): it is played again on each line to know which runs it
turned, and their brackets and ligatures' letters are turned back. A mark drawn without advance at a
letter's place (a shadda; a lam-alef's alef, drawn as a glyph of its own) advances nothing, as in
pdfplumber; an Arabic letter's advance, which the font cannot give for its joining form, comes from its
loose box (the slant of a synthetic italic taken off) or from where the next glyph starts.
"""

from __future__ import annotations

import ctypes
import unicodedata

from copmop.pipeline.pdf_rows import Glyph
from copmop.pipeline.pdfium_glyphs import HYPHENS, SAME, Box, Style, Styles
from copmop.pipeline.pdfium_lib import PLACES, fn

__all__ = ["glyphs_each"]

_origin = fn("FPDFText_GetCharOrigin", ctypes.c_int)
_loose = fn("FPDFText_GetLooseCharBox", ctypes.c_int)
_tight = fn("FPDFText_GetCharBox", ctypes.c_int)
_object = fn("FPDFText_GetTextObject", ctypes.c_void_p)
_generated = fn("FPDFText_IsGenerated", ctypes.c_int)

_DASHES = frozenset("-–—")
_SPACE = 0.22  # ems: a space's width, about (a dash's lost space)
_ROOM = 0.8  # a dash's lost space is there if the next glyph stands this share of a space away
_LINE = 1.0  # points: glyphs whose bottoms are this close are on one line
_MARK = 0.5  # points: a glyph this close to the previous one's origin is drawn over it
_MIRRORED = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))
_WEAK = frozenset({"AN", "EN", "NSM", "CS", "ES", "ET", "BN"})


def glyphs_each(
    textpage: ctypes.c_void_p, text: str, top_of_page: float, styles: Styles
) -> list[Glyph]:
    """The glyphs of a page that holds right-to-left text, one character each, pdfium's reordering
    undone (see the module's note)."""
    turned = _turned(text)
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    loose = Box()
    out: list[Glyph] = []
    ends: list[tuple[Glyph, float, float, bool]] = []  # glyph, origin x, loose right, advance known
    spaces: list[tuple[Style, float, float]] = []  # spaces pdfium made: kept if they stand apart
    starts: set[tuple[float, float]] = set()
    last: tuple[int, float, float] | None = None
    last_box: tuple[float, float] | None = None
    loose_spaces: list[tuple[float, float]] = []  # spaces pdfium's text holds without an object
    dashes: dict[tuple[float, float], tuple[Glyph, Style]] = {}  # where a dash ends: the dash
    for k, ch in enumerate(text):
        if ch in "\r\n":
            last = None
            continue
        obj = _object(textpage, k)
        if not obj:  # a space pdfium made between text objects, or took out of a dash's
            if ch == " " and not _generated(textpage, k):
                _origin(textpage, k, ctypes.byref(x), ctypes.byref(y))
                loose_spaces.append((x.value, y.value))
            continue
        _origin(textpage, k, ctypes.byref(x), ctypes.byref(y))
        _loose(textpage, k, ctypes.byref(loose))
        style = styles.of(obj, k)
        if ch == " " and loose[2] - loose[0] < SAME:  # pdfium's, made of a gap in a line
            spaces.append((style, x.value, y.value))
            continue
        ch = HYPHENS.get(ch, ch)
        if turned[k]:
            ch = _MIRRORED.get(ch, ch)
        box = (round(loose[0], 2), round(loose[2], 2))
        if last == (obj, x.value, y.value) and out and box == last_box:
            glyph = out[-1]  # a ligature's letters (turned back): one glyph, one box
            glyph["text"] = ch + glyph["text"] if turned[k] else glyph["text"] + ch
            continue
        if (  # a mark of no advance drawn at (about) the same place: a lam-alef's alef
            last is not None
            and last[0] == obj
            and last[2] == y.value
            and abs(last[1] - x.value) < _MARK
            and out
        ):
            if turned[k]:  # drawn first: it is this one that does not advance
                out.append(style.glyph(ch, x.value, y.value, 0.0, top_of_page))
                continue
            out[-1]["x1"] = out[-1]["x0"]
        last, last_box = (obj, x.value, y.value), box
        starts.add((round(x.value, 2), round(y.value, 2)))
        w = style.width(ch) if unicodedata.bidirectional(ch) != "AL" else -1.0
        a = style.m[0] or 1.0
        lean = style.lean(x.value, y.value, loose)
        known = w >= 0 and x.value + a * w + lean <= loose[2] + SAME
        if unicodedata.category(ch) == "Mn":  # a mark (a shadda): drawn over a letter, no advance
            w, known = 0.0, True
        if not known:
            _tight(textpage, k, *(ctypes.byref(v) for v in (left, right, bottom, top)))
            w = style.loose_advance(x.value, y.value, loose)
        glyph = style.glyph(ch, x.value, y.value, max(w, 0.0), top_of_page)
        out.append(glyph)
        if ch in _DASHES:
            dashes[(round(glyph["x1"], 1), round(y.value, 1))] = (glyph, style)
        if not known:
            ink_short = right.value < loose[2] - 0.005
            ends.append((glyph, x.value, loose[2] - lean, ink_short))
    _close_ends(ends, out)
    for style, sx, sy in spaces:
        if (round(sx, 2), round(sy, 2)) not in starts:
            out.append(style.glyph(" ", sx, sy, max(style.width(" "), 0.0), top_of_page))
    out.extend(_dash_spaces(loose_spaces, dashes, out, top_of_page))
    return out


def _dash_spaces(
    loose: list[tuple[float, float]],
    dashes: dict[tuple[float, float], tuple[Glyph, Style]],
    out: list[Glyph],
    top_of_page: float,
) -> list[Glyph]:
    """The space drawn after a dash between right-to-left words ("ناغويا - كوالالمبور"), which
    pdfium's text holds without its text object, where the dash ends: kept where a space stands
    before the dash too and the next glyph on the line stands a space's width away or more (a
    hyphen has no space beside it: "كونمينغ-مونتريال").
    Marked ``lost``: a space of no width drawn there already (``pdf_pdfium``) is the one kept."""
    found: list[Glyph] = []
    for sx, sy in loose:
        dash = dashes.get((round(sx, 1), round(sy, 1)))
        if dash is None:
            continue
        glyph, _ = dash
        width = _SPACE * glyph["size"]  # (a dash's font may not say how wide its space is)
        after = [
            g["x0"]
            for g in out
            if abs(g["bottom"] - glyph["bottom"]) < _LINE and g["x0"] > glyph["x1"] - SAME
        ]
        spaced = any(  # a space before the dash too: " - ", not a hyphen's "-"
            g["text"] == " " and glyph["x0"] - width * 2 <= g["x0"] <= glyph["x0"]
            for g in out
            if abs(g["bottom"] - glyph["bottom"]) < _LINE
        )
        if spaced and after and min(after) - glyph["x1"] >= _ROOM * width:
            space = dict(glyph, text=" ", x1=round(glyph["x1"] + width, PLACES), lost=True)
            space["x0"] = glyph["x1"]
            found.append(space)
    return found


def _close_ends(ends: list[tuple[Glyph, float, float, bool]], out: list[Glyph]) -> None:
    """Where the font cannot give a glyph's advance (an Arabic letter's joining form), the loose box
    gives it when the ink stops short of the box; else the next glyph on the line starts there."""
    rows: dict[float, list[float]] = {}
    for g in out:
        if g["x1"] - g["x0"] > SAME:  # a mark of no advance starts nothing
            rows.setdefault(round(g["bottom"], 1), []).append(g["x0"])
    for xs in rows.values():
        xs.sort()
    for glyph, x, right, known in ends:
        if known:
            continue
        after = [v for v in rows.get(round(glyph["bottom"], 1), []) if v > x + SAME]
        if after and min(after) <= right + 0.005:
            glyph["x1"] = round(glyph["x1"] + min(after) - right, PLACES)  # the slant kept


def _class(ch: str) -> str:
    """pdfium's direction of a character: L, W (weak: numbers and their separators), R, N."""
    b = unicodedata.bidirectional(ch)
    if b == "L":
        return "L"
    if b in _WEAK:
        return "W"
    return "R" if b in ("R", "AL") else "N"


def _turned(text: str) -> list[bool]:
    """For each character of pdfium's text, whether pdfium's bidi algorithm reversed (and mirrored)
    the run it is in: each line is cut into runs of one direction; a line with as many
    right-to-left runs as left-to-right ones is laid right to left; a right-to-left run is turned,
    and so is a neutral one met while the line runs right to left."""
    out = [False] * len(text)
    start = 0
    for end in [*(k for k, ch in enumerate(text) if ch == "\n"), len(text)]:
        runs: list[tuple[int, int, str]] = []
        k = start
        while k < end:
            if text[k] == "\r":
                k += 1
                continue
            kind, m = _class(text[k]), k
            while m < end and text[m] != "\r" and _class(text[m]) == kind:
                m += 1
            runs.append((k, m, kind))
            k = m
        rtl = sum(1 for r in runs if r[2] == "R")
        current = "R" if rtl and rtl >= sum(1 for r in runs if r[2] == "L") else "L"
        for a, b, kind in runs:
            if kind == "R" or (kind == "N" and current == "R"):
                current = "R"
                out[a:b] = [True] * (b - a)
            elif kind != "W":
                current = "L"
        start = end + 1
    return out
