"""UN document symbols: the patterns that find them in a text, and the grammar that judges them.

A symbol of the CBD family is its series (``CBD``, ``UNEP/CBD``), one or more bodies (``COP``,
``BS/COP-MOP``, ``CP/MOP``, ``SBI``, ``FM/TEG``, ``BS/AHTEG-RA&RM``), ``DEC`` or ``REC`` for a decision or a
recommendation, the meeting (``16``, ``VII``) or a year and its meeting (``2024/1``), ``INF``, ``L``, ``CRP``
or ``WP`` for an information, limited, conference-room or working paper, the document's number, and its
parts: ``Add.1``, ``Corr.1``, ``Rev.1``, ``Amend.1``. Other UN series (``A/RES/70/1``, ``E/CN.17/2000/1``,
``FCCC/CP/2015/10/Add.1``) are series and parts joined by ``/``. ``GRAMMAR`` says whether a canonical
symbol is well formed (it runs in DuckDB too, so it keeps to what RE2 reads) and ``problem`` says what is
wrong with one that is not.
"""

from __future__ import annotations

import re

__all__ = [
    "DECISION_SYMBOL",
    "GRAMMAR",
    "MEETINGS",
    "PARTS_AFTER",
    "PART_NUMBERS",
    "RECOMMENDATION_SYMBOL",
    "SERIES",
    "SYMBOL",
    "TABLE_AFTER",
    "problem",
]

# The first element of the UN series copmop reads symbols of.
SERIES = (
    "UNEP/CBD",
    "CBD",
    "UNEP",
    "A",
    "E",
    "S",
    "ST",
    "FCCC",
    "GEF",
    "IPBES",
    "TD",
    "UNW",
    "ECE",
)

# A UN document symbol in running text: "UNEP/CBD/BS/COP-MOP/5/INF/21", "CBD/SBI/3/3/Add.1",
# "CBD/CP/MOP/DEC/10/7", "UNEP/CBD/BS/AHTEG-RA&RM/4/6", "UNEP/CBD/ExCOP/1/3", "A/RES/70/1",
# "GEF/R.08/29/Rev.01", "CBD/COP/15/L.25", "IPBES/9/14". A number is whole ("INF/4.2" is INF/4 and a footnote marker).
SYMBOL = re.compile(
    r"(?<![A-Za-z0-9/])(?:UNEP/CBD|CBD|UNEP|A/RES|FCCC|E/CN\.\d+|GEF|IPBES)"
    r"(?:/(?:Add|Rev|Corr|Amend)\.\d+|/(?:Ex)?[A-Z][A-Z0-9]*(?:[-.&][A-Z0-9]+)*|/\d+(?![.]\d))+"
)
# Parts listed after a symbol: "UNEP/CBD/BS/COP-MOP/3/6 and Corr.1", "UNEP/CBD/COP/13/8 y Add.1",
# "CBD/CP/MOP/11/7和Corr.1", "UNEP/CBD/BS/COP-MOP/5/12 وCorr.1", "CBD/SBI/3/3 and Add.1 and 2".
PARTS_AFTER = re.compile(
    r"\s*(?:and|et|y|и|و|和|及|,|،)\s*(?P<parts>(?:Add|Corr|Rev|Amend)\.\s?\d+"
    r"(?:\s*(?:and|et|y|и|و|和|及|,|،)\s*(?:(?:Add|Corr|Rev|Amend)\.\s?)?\d+(?![\d/]))*)"
)
# One part of such a list: "Corr.1", "Add.1", and the "2" of "Add.1 and 2".
PART_NUMBERS = re.compile(r"(?:(?P<kind>Add|Corr|Rev|Amend)\.\s?)?(?P<number>\d+)")
# A decision's own symbol: "CBD/CP/MOP/DEC/10/7", "CBD/COP/DEC/15/4", "UNEP/CBD/COP/DEC/VII/16",
# "UNEP/CBD/BS/COP-MOP/DEC/7/3", "CBD/NP/MOP/DEC/4/1", "CBD/EXCOP/DEC/1/1".
DECISION_SYMBOL = re.compile(
    r"(?:UNEP/)?CBD/(?P<body>CP/MOP|NP/MOP|COP|BS/COP-MOP|NP/COP-MOP|EXCOP)/DEC/"
    r"(?P<meeting>[0-9]+|[IVXLC]+)/(?P<number>[0-9]+)"
)
# A recommendation's own symbol: "CBD/SBSTTA/REC/24/1", "CBD/SBI/REC/3/15", "UNEP/CBD/SBSTTA/REC/XX/2".
RECOMMENDATION_SYMBOL = re.compile(
    r"(?:UNEP/)?CBD/(?P<body>SBSTTA|SBI|WG8J|SB8J|WG2020|WGRI)/REC/"
    r"(?P<meeting>[0-9]+|[IVXLC]+)/(?P<number>[0-9]+)"
)
# Symbols that name a meeting: "UNEP/CBD/BS/COP-MOP/5/16" → CP 5, "CBD/COP/DEC/15/4" → COP 15.
MEETINGS = tuple(
    (re.compile(pattern), body)
    for pattern, body in (
        (r"UNEP/CBD/BS/COP-MOP/(?:DEC/)?(?P<meeting>[0-9]+|[IVX]+)/", "CP"),
        (r"CBD/CP/MOP/(?:DEC/)?(?P<meeting>[0-9]+|[IVX]+)/", "CP"),
        (r"CBD/NP/MOP/(?:DEC/)?(?P<meeting>[0-9]+|[IVX]+)/", "NP"),
        (r"UNEP/CBD/COP/(?:DEC/)?(?P<meeting>[0-9]+|[IVX]+)/", "COP"),
        (r"CBD/COP/(?:DEC/)?(?P<meeting>[0-9]+|[IVX]+)/", "COP"),
    )
)

# --- the grammar -----------------------------------------------------------------------------------

_BODY = r"[A-Z][A-Z0-9]*(?:[-&][A-Z0-9]+)*"
_MEETING = r"(?:[0-9]{1,2}|[IVXL]{1,6})"
_YEAR = r"(?:19|20)[0-9]{2}"
_NUMBER = r"(?:[0-9]{1,3}|(?:L|CRP|WP)\.[0-9]{1,3})"
_PART = r"(?:ADD|CORR|REV|AMEND)\.[0-9]{1,2}"
_COMPONENT = r"[A-Z0-9]+(?:[-.&][A-Z0-9]+)*"
# A well-formed canonical symbol: the CBD family's by its grammar ("CBD/FM/TEG/2024/1/2",
# "UNEP/CBD/BS/COP-MOP/3/6/CORR.1", "CBD/COP/16/INF/3/REV.1", "UNEP/CBD/COP/DEC/VII/16"), another
# series' by its parts ("A/RES/70/1", "E/CN.17/2000/1").
GRAMMAR = re.compile(
    rf"(?:UNEP/)?CBD(?:/{_BODY})+(?:/(?:DEC|REC))?/(?:{_YEAR}/{_MEETING}|{_MEETING}|{_YEAR})"
    rf"(?:/(?:INF|L|CRP|WP))?/{_NUMBER}(?:/{_PART})*"
    rf"|(?:A|E|S|ST|UNEP|FCCC|GEF|IPBES|TD|UNW|ECE)(?:/{_COMPONENT}){{1,8}}"
)
_IS_BODY = re.compile(_BODY)
_IS_MEETING = re.compile(_MEETING)
_IS_YEAR = re.compile(_YEAR)
_IS_NUMBER = re.compile(_NUMBER)
_IS_PART = re.compile(_PART)
_IS_COMPONENT = re.compile(_COMPONENT)
# A part without its number: "REV", "ADD.", "Corr".
_BARE_PART = re.compile(r"(?:ADD|CORR|REV|AMEND)\.?")


def problem(symbol: str) -> str | None:
    """What is wrong with a canonical symbol, in words, or None when the grammar accepts it:
    ``problem("CBD/COP/16") == "CBD/COP/16 has no document number after its meeting 16"``."""
    if GRAMMAR.fullmatch(symbol):
        return None
    parts = symbol.split("/")
    if "" in parts:
        return f"{symbol} has an empty part (two slashes, or one at an end)"
    cbd = 2 if parts[:2] == ["UNEP", "CBD"] else 1 if parts[0] == "CBD" else 0
    if not cbd:
        if parts[0] not in SERIES:
            return f"{symbol} starts with {parts[0]}, not a UN series copmop knows"
        bad = next((p for p in parts[1:] if not _IS_COMPONENT.fullmatch(p)), parts[0])
        return f"{symbol}: {bad!r} is not a part of a UN symbol"
    return _cbd_problem(symbol, parts[cbd:])


def _cbd_problem(symbol: str, rest: list[str]) -> str:
    """The first thing wrong in what follows ``CBD/`` or ``UNEP/CBD/``."""
    i = 0
    while i < len(rest) and _IS_BODY.fullmatch(rest[i]) and not _IS_MEETING.fullmatch(rest[i]):
        i += 1
    if i == 0:
        return f"{symbol} names no body (COP, SBI, BS/COP-MOP …) after its series"
    if i < len(rest) and rest[i] in ("DEC", "REC"):
        i += 1
    if i == len(rest):
        return f"{symbol} has no meeting or year"
    if _IS_YEAR.fullmatch(rest[i]):
        i += 1
        if i < len(rest) and _IS_MEETING.fullmatch(rest[i]) and i + 1 < len(rest):
            i += 1
    elif _IS_MEETING.fullmatch(rest[i]):
        i += 1
    else:
        return f"{symbol}: {rest[i]!r} is neither a meeting nor a year"
    meeting = rest[i - 1]
    if i < len(rest) and rest[i] in ("INF", "L", "CRP", "WP"):
        i += 1
    if i == len(rest):
        return f"{symbol} has no document number after its meeting {meeting}"
    if not _IS_NUMBER.fullmatch(rest[i]):
        return f"{symbol}: {rest[i]!r} is not a document number"
    for part in rest[i + 1 :]:
        if _BARE_PART.fullmatch(part):
            return f"{symbol}: {part.rstrip('.')} without its number ({part.rstrip('.')}.1)"
        if not _IS_PART.fullmatch(part):
            return f"{symbol}: {part!r} after the document number is no Add., Corr., Rev. or Amend."
    return f"{symbol} does not follow the grammar of CBD symbols"


# A table of a document named after its symbol: "UNEP/CBD/BS/COP-MOP/8/INF/1, table 2", "CBD/SBI/2/INF/8,
# tableau 3", "cuadro 2", "таблица 1", "CBD/CP/MOP/11/INF/2，表1", "الجدول 2".
TABLE_AFTER = re.compile(
    r"\s*[,，،]?\s*(?:[Tt]able|[Tt]ableau|[Cc]uadro|[Тт]аблица|[Тт]аблицу|[Тт]аблице|表|الجدول)\s*"
    r"(?P<number>\d{1,2})(?![\d/])"
)
