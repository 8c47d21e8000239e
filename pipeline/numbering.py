"""Where the reader stands in a document's numbering: annex, section, paragraph, sub-heading, item.

Numbers are accepted only in sequence (paragraph 8 after 7, section B after A, 2.2 after 2.1), which is
what keeps the numbers of a flattened table from making false clauses.
"""

from __future__ import annotations

from dataclasses import dataclass

from copmop.lang import lexicon, normalize

__all__ = ["Numbering", "annex_label"]

_FIRST = {"cjk": "一", "roman": "I"}


# I. II. / 一、二、 / أولا ثانيا: letters under them are subsections
_LEVEL_ONE = ("roman", "cjk", "ordinal")


@dataclass
class Numbering:
    annex: str | None = None  # "annex I", "annex"
    draft: bool = False  # inside the draft decision a note suggests
    section: str | None = None  # "A", "一", "II"
    style: str | None = None  # "letter", "roman", "cjk", "cyrillic", "arabic", "ordinal"
    subsection: str | None = None  # "A" under "II"
    sub_style: str | None = None
    sub: str | None = None  # a decimal sub-heading: "2.1"
    last_num: int | None = None
    last_minor: int = 0
    last_item: str = ""
    saved: tuple[int | None, str | None, str | None] | None = None
    fresh: bool = False  # a section just opened: its paragraphs may be numbered from 1 again

    def enter_annex(self, label: str | None) -> None:
        self.annex = f"annex {label}" if label else "annex"
        self.draft = False
        self.section = self.style = self.subsection = self.sub_style = self.sub = None
        self.last_num, self.last_minor = None, 0

    def enter_draft(self) -> None:
        """A note's suggested decision: its own numbering, the note's kept to resume after it."""
        self.saved = (self.last_num, self.section, self.style)
        self.draft = True
        self.section = self.style = self.subsection = self.sub_style = self.sub = None
        self.last_num, self.last_minor = None, 0

    def leave_draft(self) -> None:
        if self.draft and self.saved is not None:
            self.last_num, self.section, self.style = self.saved
        self.draft, self.saved = False, None

    def scope(self) -> str:
        """The prefix of paths inside the current annex or draft: ``annex-I/``, ``draft/``."""
        if self.annex:
            return f"annex-{self.annex.split(' ', 1)[1]}/" if " " in self.annex else "annex/"
        return "draft/" if self.draft else ""

    def section_path(self) -> str | None:
        """``A``, ``II/B``, ``annex I/I``, ``annex II/2.1``, ``draft``: sections by the labels the
        language versions share (a Russian ``Б`` is ``B``, a Chinese ``一`` is ``I``)."""
        parts = (
            self.annex,
            "draft" if self.draft else None,
            self.shown(self.section, self.style),
            self.shown(self.subsection, self.sub_style),
            self.sub,
        )
        return "/".join(p for p in parts if p) or None

    @staticmethod
    def shown(label: str | None, style: str | None) -> str | None:
        return normalize.section_label(label, style or "") if label else None

    def next_section(self, style: str) -> str:
        """The label a section of that style must have to come next: ``A`` then ``B``, ``一`` then ``二``."""
        current, current_style = self._level(style)
        if current_style != style or not current:
            return (
                lexicon.SECTION_LETTERS[style][0]
                if style in lexicon.SECTION_LETTERS
                else _FIRST[style]
            )
        if style == "cjk":
            return normalize.int_to_chinese((normalize.chinese_to_int(current) or 0) + 1)
        if style == "roman":
            return normalize.int_to_roman((normalize.roman_to_int(current) or 0) + 1)
        letters = lexicon.SECTION_LETTERS[style]
        index = letters.index(current) + 1 if current in letters else len(letters)
        return letters[index] if index < len(letters) else ""

    def _level(self, style: str) -> tuple[str | None, str | None]:
        """The heading a new one of ``style`` follows: letters under a Roman or CJK section are
        subsections (``II`` then ``A``), else sections (a decision's ``A`` to ``L``)."""
        if style not in _LEVEL_ONE and self.style in _LEVEL_ONE:
            return self.subsection, self.sub_style
        return self.section, self.style

    def latin_style(self, label: str) -> str | None:
        """Is ``label`` the next section or subsection: a Roman numeral after VIII, a letter after H,
        Б after А? A Roman numeral is tried first where both could be meant."""
        for style in ("roman", "letter", "cyrillic"):
            _, current_style = self._level(style)
            if current_style == style and label == self.next_section(style):
                return style
        starts = {"I": "roman", "A": "letter", "А": "cyrillic"}
        first = starts.get(label)
        if first is None:
            return None
        _, current_style = self._level(first)
        return first if current_style != first else None

    def open_section(self, label: str, style: str) -> bool:
        """Enter a section or subsection; True when it is a subsection."""
        if style not in _LEVEL_ONE and self.style in _LEVEL_ONE:
            self.subsection, self.sub_style, self.sub = label, style, None
            return True
        if self.draft and style in _LEVEL_ONE:
            self.leave_draft()
        self.section, self.style = label, style
        self.subsection = self.sub_style = self.sub = None
        self.fresh = True
        return False

    def next_paragraph(self, number: int) -> bool:
        """The next paragraph's number: one more than the last, or 1 again in a section just opened
        (the parts of an annex each numbered from 1)."""
        return number == (self.last_num or 0) + 1 or (number == 1 and self.fresh)

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
