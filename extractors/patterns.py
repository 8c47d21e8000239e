"""The catalogue of citation patterns: every regular expression the finder uses, named and commented.

Patterns are built from the vocabulary tables of ``extractors.vocab``. No other module of ``extractors``
compiles a pattern (a test greps for strays).
"""

from __future__ import annotations

import re

# A UN document symbol: "UNEP/CBD/BS/COP-MOP/5/INF/21", "CBD/SBI/3/3", "CBD/CP/MOP/DEC/10/7",
# "CBD/SBSTTA/24/3/Add.1", "A/RES/70/1". Segments are upper-case words (with hyphens), numbers, or
# Add./Rev./Corr. suffixes.
SYMBOL = re.compile(
    r"(?<![\w/])(?:UNEP/CBD|CBD|UNEP|A/RES|FCCC|E/CN\.\d+)"
    r"(?:/(?:Add|Rev|Corr|Amend)\.\d+|/[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*|/\d+(?:\.\d+)?)+"
)
