"""The catalogue of citation patterns: every regular expression the finder uses, named and commented.

Patterns are built from the vocabulary tables of ``extractors.vocab``. No other module of ``extractors``
compiles a pattern (a test greps for strays).
"""

from __future__ import annotations

import re

from extractors import vocab

# A UN document symbol: "UNEP/CBD/BS/COP-MOP/5/INF/21", "CBD/SBI/3/3", "CBD/CP/MOP/DEC/10/7",
# "CBD/SBSTTA/24/3/Add.1", "A/RES/70/1". Segments are upper-case words (with hyphens), numbers, or
# Add./Rev./Corr. suffixes.
SYMBOL = re.compile(
    r"(?<![\w/])(?:UNEP/CBD|CBD|UNEP|A/RES|FCCC|E/CN\.\d+)"
    r"(?:/(?:Add|Rev|Corr|Amend)\.\d+|/[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*|/\d+(?:\.\d+)?)+"
)

# A Roman numeral, well formed: "VIII", "XIII", "IV" (not "IIII").
ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
# A decision's own symbol: "CBD/CP/MOP/DEC/10/7", "CBD/COP/DEC/15/4", "CBD/NP/MOP/DEC/4/1".
DECISION_SYMBOL = re.compile(
    r"CBD/(?P<body>CP/MOP|NP/MOP|COP)/DEC/(?P<meeting>[0-9]+|[IVXLC]+)/(?P<number>[0-9]+)"
)
# A decision as a user types it: "CP-10/7", "BS-V/16", "cp-viii/15", "15/4", "COP-MOP-1/5".
DECISION_ID = re.compile(
    r"(?:(?P<prefix>BS|CP|COP|NP|COP-MOP)\s*-\s*)?(?P<meeting>[IVXLC]+|[0-9]+)\s*/\s*(?P<number>[0-9]+)",
    re.IGNORECASE,
)
# Symbols that name a meeting, compiled from ``vocab.SYMBOL_MEETINGS``: "UNEP/CBD/BS/COP-MOP/5/16" → CP 5.
SYMBOL_MEETINGS = tuple((re.compile(pattern), body) for pattern, body in vocab.SYMBOL_MEETINGS)
