"""The one normaliser: numerals (Roman, Chinese, full-width), body prefixes, decisions, symbols.

Every canonical form of ../CONTRACT (decision ``CP-5/16``, article ``CPB/18``, annex ``CPB/annex-III``,
document symbols) is made here and nowhere else.
"""

from __future__ import annotations

import unicodedata

from copmop.lang import instruments, lexicon, patterns, symbols, vocab

_ROMAN_VALUES = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100}


def int_to_roman(n: int) -> str:
    """``int_to_roman(14) == "XIV"``, for 1 to 3999."""
    if not 0 < n < 4000:
        raise ValueError(f"no Roman numeral for {n}")
    out = []
    for value, letters in _ROMAN_VALUES:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_to_int(text: str) -> int | None:
    """``roman_to_int("VIII") == 8``; None when the text is not a well-formed Roman numeral."""
    s = text.strip().upper()
    if not s or not patterns.ROMAN.fullmatch(s):
        return None
    total, i = 0, 0
    for value, letters in _ROMAN_VALUES:
        while s.startswith(letters, i):
            total += value
            i += len(letters)
    return total


def chinese_to_int(text: str) -> int | None:
    """``chinese_to_int("十七") == 17``, ``"二十" == 20``, ``"一百零五" == 105``; None if not a numeral."""
    s = text.strip()
    if not s or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in s):
        return None
    total, digit = 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


def int_to_chinese(n: int) -> str:
    """``int_to_chinese(17) == "十七"``, for 0 to 999."""
    if not 0 <= n < 1000:
        raise ValueError(f"no Chinese numeral written here for {n}")
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    tail = (
        ""
        if rest == 0
        else (
            "零" + int_to_chinese(rest)
            if rest < 10
            else (("一" if rest < 20 else "") + int_to_chinese(rest))
        )
    )
    return digits[n // 100] + "百" + tail


def to_ascii(text: str) -> str:
    """Full-width digits, letters and brackets, and Arabic-Indic digits, to ASCII (``（ｂ）`` → ``(b)``,
    ``١٨`` → ``18``); one character for one, so offsets in the result are offsets in the text."""
    return text.translate(vocab.ASCII)


def number_value(text: str) -> int | None:
    """Any numeral a document prints: ``"8"``, ``"８"``, ``"VIII"``, ``"八"``, ``"viii"``."""
    s = to_ascii(text).strip()
    if s.isdecimal():
        return int(s)
    value = roman_to_int(s)
    if value is not None and value > 0:
        return value
    return chinese_to_int(s)


def ordinal_value(word: str, lang: str) -> int | None:
    """``ordinal_value("Tenth", "en") == 10``; Chinese ordinals are numerals (``第十次``)."""
    w = unicodedata.normalize("NFC", word.strip().lower())
    for i, candidate in enumerate(vocab.ORDINALS.get(lang, ()), 1):
        if w == candidate.lower():
            return i
    return vocab.ORDINAL_ALIASES.get(w)


def meeting_number(text: str) -> int | None:
    """A meeting as printed in a decision number (``V``, ``10``, ``1`` typed for ``I``)."""
    return number_value(text)


def canonical_body(prefix: str | None) -> str:
    """``BS``/``CP``/``COP-MOP`` → ``CP``; ``NP`` → ``NP``; ``COP`` or none (CBD ``VI/26``) → ``COP``;
    the extraordinary meetings ``EM`` and ``ExCOP`` → ``EM``, ``EXCOP``."""
    p = (prefix or "").strip().upper().rstrip("-")
    return vocab.BODY_PREFIXES.get(p, "COP")


def canonical_decision(prefix: str | None, meeting: str, number: str) -> str | None:
    """``("BS", "V", "16") → "CP-5/16"``; ``(None, "XIII", "25") → "COP-13/25"``; None if malformed."""
    m = meeting_number(meeting)
    n = number_value(number)
    if m is None or n is None or m <= 0 or n <= 0:
        return None
    return f"{canonical_body(prefix)}-{m}/{n}"


def canonical_recommendation(body: str, meeting: str, number: str) -> str | None:
    """``("SBSTTA", "XX", "2") → "SBSTTA-20/2"``; ``("SBI", "3", "15") → "SBI-3/15"``; None if malformed."""
    m = meeting_number(meeting)
    n = number_value(number)
    if m is None or n is None or m <= 0 or n <= 0:
        return None
    return f"{body.upper()}-{m}/{n}"


def canonical_symbol(text: str) -> str:
    """A UN symbol upper-cased, without spaces or line breaks: ``UNEP/CBD/BS/COP-\\nMOP/5/16``."""
    s = to_ascii(text)
    return "".join(s.split()).upper().rstrip(".,;:")


def decision_parts(decision: str) -> tuple[str, int, int]:
    """A canonical decision's body, meeting and number: ``CP-5/16`` → ``("CP", 5, 16)``."""
    body, _, rest = decision.partition("-")
    meeting, _, number = rest.partition("/")
    return body, int(meeting), int(number)


def decision_from_symbol(symbol: str) -> str | None:
    """``CBD/CP/MOP/DEC/10/7`` → ``CP-10/7``; ``CBD/COP/DEC/15/4`` → ``COP-15/4``; else None."""
    m = symbols.DECISION_SYMBOL.fullmatch(canonical_symbol(symbol))
    if not m:
        return None
    body = {"CP/MOP": "CP", "BS/COP-MOP": "CP", "NP/MOP": "NP", "NP/COP-MOP": "NP"}.get(
        m["body"], m["body"]
    )
    return canonical_decision(body, m["meeting"], m["number"])


def recommendation_from_symbol(symbol: str) -> str | None:
    """``CBD/SBSTTA/REC/24/1`` → ``SBSTTA-24/1``; else None."""
    m = symbols.RECOMMENDATION_SYMBOL.fullmatch(canonical_symbol(symbol))
    return canonical_recommendation(m["body"], m["meeting"], m["number"]) if m else None


def meeting_from_symbol(symbol: str) -> tuple[str, int] | None:
    """The body and meeting a symbol belongs to: ``UNEP/CBD/BS/COP-MOP/5/16`` → ``("CP", 5)``."""
    s = canonical_symbol(symbol)
    for pattern, body in symbols.MEETINGS:
        m = pattern.match(s)
        if m:
            value = number_value(m["meeting"])
            if value:
                return body, value
    return None


def instrument_key(name: str) -> str:
    """An instrument's name as the tables of ``lang.instruments`` key it: without 《》 or quotes, in
    lower case, its spaces single (``"《议定书》"`` → ``议定书``, ``"the  Protocol"`` → ``the protocol``)."""
    key = unicodedata.normalize("NFC", name).strip().strip("《》\"'“”«»").lower()
    return " ".join(key.split())


def instrument_code(name: str) -> str | None:
    """The canonical code of an instrument as named in any language (``《公约》`` → ``CBD``)."""
    key = instrument_key(name)
    code = instruments.INSTRUMENT_INDEX.get(key)
    if code is None and any("\u4e00" <= ch <= "\u9fff" for ch in key):  # an unlisted Chinese title
        code = next((c for word, c in instruments.ZH_TITLE_WORDS if word in key), None)
    return code


def parse_decision(text: str) -> str | None:
    """A decision as a user or a document writes it: ``BS-V/16`` → ``CP-5/16``; ``15/4`` → ``COP-15/4``;
    a decision symbol ``CBD/CP/MOP/DEC/10/7`` → ``CP-10/7``; None if it is not one."""
    s = to_ascii(text).strip().rstrip(".")
    m = patterns.DECISION_ID.fullmatch(s)
    if m:
        return canonical_decision(
            m["prefix"].upper() if m["prefix"] else None, m["meeting"].upper(), m["number"]
        )
    return decision_from_symbol(s)


def section_label(label: str, style: str) -> str:
    """A section's letter or number as the six language versions share it: a Russian ``Б`` and an
    Arabic ``باء`` are ``B`` (the second letter), a Chinese ``二`` is ``II``; Latin letters and Roman
    numerals as they are."""
    if style in ("cyrillic", "arabic"):
        letters = lexicon.SECTION_LETTERS[style]
        if label in letters:
            return lexicon.SECTION_LETTERS["letter"][letters.index(label)]
    if style == "ordinal" and label in lexicon.SECTION_LETTERS["ordinal"]:
        return int_to_roman(lexicon.SECTION_LETTERS["ordinal"].index(label) + 1)
    if style == "cjk":
        value = chinese_to_int(label)
        if value:
            return int_to_roman(value)
    return label
