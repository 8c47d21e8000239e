"""The pdfium library pypdfium2 ships, called directly: its functions as this process's own (no
wrapper objects, no release of the interpreter's lock per call), for the loops that call it once a
word. pypdfium2 itself opens documents and pages and turns its errors into exceptions."""

from __future__ import annotations

import ctypes
from functools import cache
from pathlib import Path
from typing import Any

import pypdfium2  # noqa: F401  (it loads and initialises the library)
import pypdfium2_raw

__all__ = ["LIB", "PLACES", "Matrix", "fn", "handle"]

# pdfium computes in single precision: a coordinate rounded to this many decimals is the one the
# PDF writes (433.2 for pdfium's 433.20001220703125), as pdfminer reads it in double precision.
PLACES = 4


@cache
def _library() -> ctypes.PyDLL:
    folder = Path(pypdfium2_raw.__file__).parent
    path = next(
        p
        for p in sorted(folder.iterdir())
        if "pdfium" in p.name and p.suffix in {".so", ".dylib", ".dll"}
    )
    return ctypes.PyDLL(str(path))


LIB = _library()


def fn(name: str, restype: Any) -> Any:
    """The library's function ``name``, returning ``restype``; arguments are passed as they are
    (handles as ``c_void_p``, numbers as ints, out-parameters by reference)."""
    function = getattr(LIB, name)
    function.restype = restype
    return function


def handle(obj: Any) -> ctypes.c_void_p:
    """The raw handle of a pypdfium2 object (a document, a page, a text page)."""
    return ctypes.cast(obj.raw, ctypes.c_void_p)


class Matrix(ctypes.Structure):
    """pdfium's ``FS_MATRIX``: (a, b, c, d, e, f), points as row vectors."""

    _fields_ = [(name, ctypes.c_float) for name in "abcdef"]

    def times(self, other: Matrix) -> Matrix:
        """This matrix, then ``other``."""
        a, b, c, d, e, f = self.a, self.b, self.c, self.d, self.e, self.f
        return Matrix(
            a * other.a + b * other.c,
            a * other.b + b * other.d,
            c * other.a + d * other.c,
            c * other.b + d * other.d,
            e * other.a + f * other.c + other.e,
            e * other.b + f * other.d + other.f,
        )

    def apply(self, x: float, y: float) -> tuple[float, float]:
        return (self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f)
