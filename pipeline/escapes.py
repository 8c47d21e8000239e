"""The catalogue of what makes text unsafe where copmop's answers are opened, and the escapes for it.

A terminal obeys control characters (``ESC[2J`` clears it), XML cannot hold most of them (a GraphML
file with one is malformed), a spreadsheet evaluates a cell that starts with ``=``. Every output path
(the CLI's formats, the graph exports, error lines) makes its text safe through this module, which
imports nothing of the project.
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_START", "SHEET_NAME_BAD", "neutralise", "one_line", "printable", "xml_safe"]

# C0 and C1 control characters but tab and line feed, and DEL: what a terminal would obey ("\x1b[2J").
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What may not stand in a line of its own kind (an error line, a file name in one): every control
# character, line breaks included ("\n", "\u2028"), and the formatting characters that reorder or hide
# what follows (bidi overrides and isolates "\u202e", zero-width marks "\u200b").
NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
# What XML 1.0 cannot hold: C0 controls but tab, line feed and carriage return; lone surrogates;
# U+FFFE and U+FFFF ("\x0c" in a title, "\ud800" from a broken extraction).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The characters a worksheet's name may not hold: "decision x article" may, "a/b" may not.
SHEET_NAME_BAD = re.compile(r"[\\/*?:\[\]]")
# How a cell a spreadsheet would read as a formula begins: "=HYPERLINK(…)", "+1", "-1+1", "@SUM(…)",
# and tab or carriage return (dynamic data exchange tricks).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def printable(text: str) -> str:
    """The text with every control character shown as an escape (``\\x1b``), safe on a terminal."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def one_line(text: str) -> str:
    """The text as one line, safe on a terminal: control, line-break and bidi characters shown as
    escapes (``a\\x0ab``, ``\\u202e``)."""
    return NOT_ONE_LINE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def xml_safe(text: str) -> str:
    """The text with what XML cannot hold replaced by U+FFFD, and its line ends as every XML reader
    reads them ("\\r\\n" and "\\r" become "\\n"), so that the file says what it is read as."""
    return NOT_XML.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def neutralise(text: str) -> str:
    """A cell's text that no spreadsheet reads as a formula: ``=1+2`` → ``'=1+2``."""
    return "'" + text if text.startswith(FORMULA_START) else text
