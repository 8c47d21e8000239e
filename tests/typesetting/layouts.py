"""The two layouts every source is typeset in, and the features each shows.

``justified``: Liberation Serif 12 pt (Noto Serif CJK SC, Noto Naskh Arabic), justified, paragraphs parted
by spacing, paragraph numbers hanging in the margin with a tab, pages numbered "N" at the foot.
``ragged``: Liberation Sans 10 pt (Noto Sans CJK SC, Noto Sans Arabic), ragged right (ragged left in
Arabic), paragraphs parted by a first-line indent, numbers inline, pages numbered "N/TOTAL".
Both: a two-column title block on the first page, a running header (the symbol and "Page N") from
the second, bold section headings, italic opening verbs, footnotes in smaller type.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LAYOUTS", "Layout", "Script"]


@dataclass(frozen=True)
class Script:
    """A font and its sizes (body, footnotes) for one script: western, asian (CJK) or complex (Arabic)."""

    font: str
    size: float
    note_size: float


@dataclass(frozen=True)
class Layout:
    """How one layout sets a document."""

    name: str
    justified: bool
    spacing: bool  # paragraphs parted by space after them; else by a first-line indent
    hanging: bool  # "1.<tab>text" with the number hanging in the margin; else "1. text" inline
    western: Script
    asian: Script
    complex: Script
    footer: str  # "n": "2"; "n/total": "2/32"
    note_area_cm: float  # the footnote area's greatest height; a note that finds it full runs on

    def script(self, lang: str) -> Script:
        """The script a document's body is set in."""
        return {"zh": self.asian, "ar": self.complex}.get(lang, self.western)

    @property
    def features(self) -> list[str]:
        """What every document in this layout shows, as the manifest names it."""
        return [
            "justified" if self.justified else "ragged",
            "spacing" if self.spacing else "first-line-indent",
            "hanging-numbers" if self.hanging else "inline-numbers",
            "page-number-n" if self.footer == "n" else "page-number-n-of-total",
            "title-block",
            "running-header",
            "bold-headings",
        ]


LAYOUTS: dict[str, Layout] = {
    "justified": Layout(
        name="justified",
        justified=True,
        spacing=True,
        hanging=True,
        western=Script("Liberation Serif", 12.0, 9.0),
        asian=Script("Noto Serif CJK SC", 12.0, 9.0),
        complex=Script("Noto Naskh Arabic", 13.0, 10.0),
        footer="n",
        note_area_cm=2.5,
    ),
    "ragged": Layout(
        name="ragged",
        justified=False,
        spacing=False,
        hanging=False,
        western=Script("Liberation Sans", 10.0, 8.0),
        asian=Script("Noto Sans CJK SC", 10.5, 8.0),
        complex=Script("Noto Sans Arabic", 11.0, 9.0),
        footer="n/total",
        note_area_cm=2.0,
    ),
}
