"""What a page draws besides its glyphs, read through pdfium's page objects: its paths as pdfplumber
sees them (lines, rectangles, curves, from which come the short rules and the ruled tables), whether it
shows images, and the text objects pdfium's text page leaves out (a space drawn alone has no width,
and pdfium drops it: the reader puts it back).

A path is taken as pdfminer takes it: each subpath painted on its own; a subpath of one segment a
line, one of four segments closing on an axis-aligned box a rectangle, anything else a curve through
its points. Coordinates are the page's, measured from its top as pdfplumber's are.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from copmop.pipeline.pdf_tables import TableGrid
from copmop.pipeline.pdfium_lib import PLACES, Matrix, fn

__all__ = ["Drawings", "drawings", "ruled_tables"]

_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5  # FPDF_PAGEOBJ_*
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2  # FPDF_SEGMENT_*
_NO_WIDTH = 0.01  # a text object narrower than this is one pdfium's text page leaves out

_count = fn("FPDFPage_CountObjects", ctypes.c_int)
_object = fn("FPDFPage_GetObject", ctypes.c_void_p)
_form_count = fn("FPDFFormObj_CountObjects", ctypes.c_int)
_form_object = fn("FPDFFormObj_GetObject", ctypes.c_void_p)
_type = fn("FPDFPageObj_GetType", ctypes.c_int)
_matrix = fn("FPDFPageObj_GetMatrix", ctypes.c_int)
_bounds = fn("FPDFPageObj_GetBounds", ctypes.c_int)
_segments = fn("FPDFPath_CountSegments", ctypes.c_int)
_segment = fn("FPDFPath_GetPathSegment", ctypes.c_void_p)
_point = fn("FPDFPathSegment_GetPoint", ctypes.c_int)
_kind = fn("FPDFPathSegment_GetType", ctypes.c_int)
_closes = fn("FPDFPathSegment_GetClose", ctypes.c_int)
_draw_mode = fn("FPDFPath_GetDrawMode", ctypes.c_int)

Obj = dict[str, Any]
Point = tuple[float, float]


@dataclass
class Drawings:
    """A page's paths (as pdfplumber's lines, rects and curves), whether it shows images, and the
    text objects of no width pdfium's text page leaves out (their handles and page matrices)."""

    lines: list[Obj] = field(default_factory=list)
    rects: list[Obj] = field(default_factory=list)
    curves: list[Obj] = field(default_factory=list)
    images: int = 0
    blank_text: list[tuple[int, Matrix]] = field(default_factory=list)
    text_objects: int = 0

    @property
    def edges(self) -> list[Obj]:
        """The page's edges as pdfplumber's ``page.edges``: lines, rectangles' sides, curves' steps."""
        out = [_line_edge(line) for line in self.lines]
        for rect in self.rects:
            out.extend(_rect_edges(rect))
        for curve in self.curves:
            out.extend(_curve_edges(curve))
        return out


def drawings(page: int, height: float) -> Drawings:
    """What the page (a pdfium page handle) draws besides its glyphs; ``height`` is its height."""
    out = Drawings()
    _walk(page, False, Matrix(1, 0, 0, 1, 0, 0), height, out, 0)
    return out


def _walk(parent: int, form: bool, outer: Matrix, height: float, out: Drawings, depth: int) -> None:
    count = (_form_count if form else _count)(ctypes.c_void_p(parent))
    get = _form_object if form else _object
    m = Matrix()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    box = [ctypes.byref(v) for v in (left, bottom, right, top)]
    for index in range(max(count, 0)):
        obj = get(ctypes.c_void_p(parent), index)
        if not obj:
            continue
        kind = _type(ctypes.c_void_p(obj))
        if kind == _TEXT:
            out.text_objects += 1
            _bounds(ctypes.c_void_p(obj), *box)
            if right.value - left.value < _NO_WIDTH:
                _matrix(ctypes.c_void_p(obj), ctypes.byref(m))
                out.blank_text.append((obj, m.times(outer)))
        elif kind == _PATH:
            _matrix(ctypes.c_void_p(obj), ctypes.byref(m))
            _path(obj, m.times(outer), height, out)
        elif kind == _IMAGE:
            out.images += 1
        elif kind == _FORM and depth < 15:
            _matrix(ctypes.c_void_p(obj), ctypes.byref(m))
            _walk(obj, True, m.times(outer), height, out, depth + 1)


def _path(obj: int, m: Matrix, height: float, out: Drawings) -> None:
    """The subpaths of a painted path, each a line, a rectangle or a curve as pdfminer makes them."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    _draw_mode(ctypes.c_void_p(obj), ctypes.byref(fill), ctypes.byref(stroke))
    if not fill.value and not stroke.value:
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[tuple[str, list[Point]]] = []
    pts: list[Point] = []
    shape, start = "", (0.0, 0.0)
    bezier = 0
    for index in range(_segments(ctypes.c_void_p(obj))):
        seg = ctypes.c_void_p(_segment(ctypes.c_void_p(obj), index))
        _point(seg, ctypes.byref(x), ctypes.byref(y))
        point = m.apply(x.value, y.value)
        kind = _kind(seg)
        if kind == _MOVETO:
            if shape:
                subpaths.append((shape, pts))
            shape, pts, start, bezier = "m", [point], point, 0
        elif kind == _BEZIERTO:
            bezier += 1
            if bezier == 3:  # pdfium keeps a curve's two control points as segments of their own
                shape, bezier = shape + "c", 0
                pts.append(point)
        else:
            shape += "l"
            pts.append(point)
        if _closes(seg):
            shape += "h"
            pts.append(start)
    if shape:
        subpaths.append((shape, pts))
    for sub_shape, sub_pts in subpaths:
        _classify(sub_shape, sub_pts, height, out)


def _classify(shape: str, pts: list[Point], height: float, out: Drawings) -> None:
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-1]  # pdfminer drops the redundant "l" before "h"
    if shape in ("ml", "mlh"):
        out.lines.append(_obj("line", pts[:2], height))
        return
    if shape in ("mlllh", "mllll") and len(pts) == 5:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if pts[0] == pts[4] and square:
            out.rects.append(_obj("rect", [pts[0], pts[2]], height))
            return
    out.curves.append(_obj("curve", pts, height))


def _obj(kind: str, pts: list[Point], height: float) -> Obj:
    pts = [(round(x, PLACES), round(y, PLACES)) for x, y in pts]  # pdfium's floats, as written
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "y0": y0,
        "y1": y1,
        "top": height - y1,
        "bottom": height - y0,
        "doctop": height - y1,
        "width": x1 - x0,
        "height": y1 - y0,
        "pts": [(x, height - y) for x, y in pts],
    }


def _line_edge(line: Obj) -> Obj:
    return {**line, "orientation": "h" if line["top"] == line["bottom"] else "v"}


def _rect_edges(rect: Obj) -> list[Obj]:
    """A rectangle's four sides, as pdfplumber's ``rect_to_edges``."""
    top, height = rect["top"], rect["height"]
    side = {**rect, "object_type": "rect_edge"}
    return [
        {**side, "height": 0, "y0": rect["y1"], "bottom": top, "orientation": "h"},
        {
            **side,
            "height": 0,
            "y1": rect["y0"],
            "top": top + height,
            "doctop": rect["doctop"] + height,
            "orientation": "h",
        },
        {**side, "width": 0, "x1": rect["x0"], "orientation": "v"},
        {**side, "width": 0, "x0": rect["x1"], "orientation": "v"},
    ]


def _curve_edges(curve: Obj) -> list[Obj]:
    """A curve's steps from point to point, as pdfplumber's ``curve_to_edges``."""
    out = []
    for (ax, ay), (bx, by) in zip(curve["pts"], curve["pts"][1:], strict=False):
        out.append(
            {
                "object_type": "curve_edge",
                "x0": min(ax, bx),
                "x1": max(ax, bx),
                "top": min(ay, by),
                "doctop": min(ay, by),
                "bottom": max(ay, by),
                "width": abs(ax - bx),
                "height": abs(ay - by),
                "orientation": "v" if ax == bx else ("h" if ay == by else None),
            }
        )
    return out


class _EdgePage:
    """What pdfplumber's table finder asks of a page when it finds tables by their ruling lines."""

    def __init__(self, edges: list[Obj], width: float, height: float) -> None:
        self.edges = edges
        self.bbox = (0.0, 0.0, width, height)


@cache
def _finder() -> Any:
    # imported here (pdfplumber and pdfminer with it, ~0.3 s): only a page with ruling lines needs it
    from pdfplumber.table import TableFinder

    return TableFinder


def ruled_tables(edges: list[Obj], width: float, height: float) -> list[TableGrid]:
    """The ruled tables the edges make, by pdfplumber's table finder, with their cells."""
    grids = []
    for table in _finder()(_EdgePage(edges, width, height)).tables:
        rows = [list(row.cells) for row in table.rows]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            grids.append(TableGrid(tuple(table.bbox), rows))
    return grids
