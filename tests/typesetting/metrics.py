"""How wide a line of Latin text prints in the corpus's fonts: the advance widths of the font file that
fontconfig finds for the family (``fc-match``), read with fontTools. The title block sets the symbol at
a size that holds it on one line of its column ("UNEP/CBD/BS/COP-MOP/DEC/5/12" at 14.4 pt bold Liberation
Serif is 232 pt, its column 227 pt: Writer would break it after "DEC/")."""

from __future__ import annotations

import math
import subprocess
from functools import cache

from fontTools.ttLib import TTFont

__all__ = ["fitting_scale", "width_pt"]


@cache
def _advances(family: str, bold: bool) -> tuple[dict[int, int], float]:
    """Character → advance width in font units, and the units per em, of the family's font file."""
    pattern = f"{family}:bold" if bold else family
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=True
    )
    font = TTFont(found.stdout)
    metrics = font["hmtx"].metrics
    widths = {code: metrics[glyph][0] for code, glyph in font.getBestCmap().items()}
    return widths, float(font["head"].unitsPerEm)


def width_pt(text: str, family: str, size: float, bold: bool = False) -> float:
    """The printed width of ``text`` (points) at ``size`` points, without kerning."""
    widths, units = _advances(family, bold)
    return sum(widths.get(ord(ch), units / 2) for ch in text) / units * size


def fitting_scale(text: str, family: str, size: float, scale: float, room_pt: float) -> float:
    """``scale`` (of ``size``), or the largest smaller one, in hundredths, at which ``text`` set bold
    fits on one line of ``room_pt`` points."""
    wide = width_pt(text, family, size * scale, bold=True)
    if wide <= room_pt:
        return scale
    return math.floor(scale * room_pt / wide * 100) / 100
