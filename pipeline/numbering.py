"""Where the reader stands in a document's numbering: annex, section, paragraph, sub-heading, item.

Numbers are accepted only in sequence (paragraph 8 after 7, section B after A, 2.2 after 2.1), which is
what keeps the numbers of a flattened table from making false clauses.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors import normalize
from pipeline import lexicon

__all__ = ["Numbering", "annex_label"]

_FIRST = {"cjk": "一", "roman": "I"}


@dataclass
class Numbering:
    annex: str | None = None  # "annex I", "annex"
    section: str | None = None  # "A", "一", "II"
    style: str | None = None  # "letter", "roman", "cjk"
    sub: str | None = None  # a decimal sub-heading: "2.1"
    last_num: int | None = None
    last_minor: int = 0
    last_item: str = ""

    def enter_annex(self, label: str | None) -> None:
        self.annex = f"annex {label}" if label else "annex"
        self.section = self.style = self.sub = None
        self.last_num, self.last_minor = None, 0

    def scope(self) -> str:
        """The prefix of paths inside the current annex: ``annex-I/``."""
        if not self.annex:
            return ""
        return f"annex-{self.annex.split(' ', 1)[1]}/" if " " in self.annex else "annex/"

    def section_path(self) -> str | None:
        """``A``, ``annex I/一``, ``annex II/2.1``."""
        return "/".join(p for p in (self.annex, self.section, self.sub) if p) or None

    def next_section(self, style: str) -> str:
        """The label a section of that style must have to come next: ``A`` then ``B``, ``一`` then ``二``."""
        if self.style != style or not self.section:
            return (
                lexicon.SECTION_LETTERS[style][0]
                if style in lexicon.SECTION_LETTERS
                else _FIRST[style]
            )
        if style == "cjk":
            return normalize.int_to_chinese((normalize.chinese_to_int(self.section) or 0) + 1)
        if style == "roman":
            return normalize.int_to_roman((normalize.roman_to_int(self.section) or 0) + 1)
        letters = lexicon.SECTION_LETTERS[style]
        index = letters.index(self.section) + 1 if self.section in letters else len(letters)
        return letters[index] if index < len(letters) else ""

    def latin_style(self, label: str) -> str | None:
        """Is ``label`` the next section (a letter after H, a Roman numeral after VIII, Б after А)?"""
        if self.style in ("letter", "roman", "cyrillic"):
            return self.style if label == self.next_section(self.style) else None
        return {"A": "letter", "I": "roman", "А": "cyrillic"}.get(label)

    def next_paragraph(self, number: int) -> bool:
        return number == (self.last_num or 0) + 1

    def next_decimal(self, major: int, minor: int) -> bool:
        return self.last_num is not None and major == self.last_num and minor == self.last_minor + 1

    def next_item(self, label: str) -> bool:
        """Items ``(a)``, ``(b)``… under a sub-heading; (i) after (b) is a nested Roman item, not one."""
        if not label.isascii() or not label.isalpha() or len(label) != 1:
            return False
        if not self.last_item:
            return True
        return label > self.last_item and ord(label) - ord(self.last_item) <= 3


def annex_label(label: str | None) -> str | None:
    """``一`` / ``1`` / ``I`` / ``الأول`` → ``I``; none for a lone "Annex"."""
    if not label:
        return None
    value = normalize.number_value(label)
    if value is None:
        value = normalize.ordinal_value(label, "ar")
    return normalize.int_to_roman(value) if value else label
