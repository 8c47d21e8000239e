"""Arabic glyphs made plain, once a row is in logical order: kashida silenced (tatweel, or the Latin
letters or slashes a font maps it to, glued between Arabic letters), presentation forms and lam-alef
ligatures made plain letters. A glyph is the readers' dict (``pdf_rows.Glyph``)."""

from __future__ import annotations

import unicodedata
from typing import Any

__all__ = ["clean_arabic"]

_TATWEEL = "\u0640"


def clean_arabic(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Silence kashida (tatweel, or the Latin letters or slashes a font maps it to, glued between
    Arabic letters: their text is dropped, their place kept for the spacing) and make presentation
    forms and lam-alef ligatures plain letters."""
    out = [dict(c) for c in chars]
    i = 0
    while i < len(out):
        text = out[i]["text"]
        if text == _TATWEEL and i + 1 < len(out) and _arabic(out[i + 1]["text"][:1] or " "):
            out[i]["text"] = ""  # a kashida between letters
        elif len(text) == 1 and text.isascii() and text.isalpha():
            j = i
            while (
                j < len(out)
                and len(out[j]["text"]) == 1
                and out[j]["text"].isascii()
                and out[j]["text"].isalpha()
            ):
                j += 1
            before = out[i - 1]["text"][-1:] if i else ""
            after = out[j]["text"][:1] if j < len(out) else ""
            if before and after and _arabic(before) and _arabic(after):
                for k in range(i, j):  # a justification's kashida: it says nothing
                    out[k]["text"] = ""
            elif (
                before
                and _arabic(before)
                and not (after and after.isalpha())
                and len({c["text"] for c in out[i:j]}) == 1  # "J", "JJ": one glyph, not "CP"
                and all(c["x1"] - c["x0"] < 0.4 * c["size"] for c in out[i:j])
            ):
                out[i]["text"] = _TATWEEL  # a letter's tatweel, as in the label "(هـ)"
                for k in range(i + 1, j):
                    out[k]["text"] = ""
            i = j
            continue
        elif text == "/" and i and _arabic(out[i - 1]["text"][-1:] or " "):
            j = i
            while j < len(out) and out[j]["text"] == "/":
                j += 1
            after = out[j]["text"][:1] if j < len(out) else ""
            stretch = all(  # LibreOffice's kashida, mapped to "/": narrow, in the letters' own font
                c["x1"] - c["x0"] < 0.25 * c["size"] and c["fontname"] == out[i - 1]["fontname"]
                for c in out[i:j]
            )
            if after and _arabic(after) and stretch:
                for k in range(i, j):
                    out[k]["text"] = ""
            i = j
            continue
        elif any(0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF for ch in text):
            out[i]["text"] = unicodedata.normalize("NFKC", text)
        i += 1
    return out


def _arabic(ch: str) -> bool:
    return unicodedata.bidirectional(ch) == "AL"
