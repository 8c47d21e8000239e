"""Page layout shared by the readers: running headers and footers, footnote markers, rejoining lines.

Every function here works on the model (:class:`Page`, :class:`Line`, :class:`Block`), whatever the reader.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from copmop.lang import lexicon
from copmop.lang.structure import (
    BROKEN_END,
    CJK_CHAR,
    DIGITS,
    DISTRIBUTION_LINE,
    HYPHEN_HEAD,
    MARKER_AFTER_BAD,
    MARKER_BEFORE,
    NON_WORD,
    NUMBER_THEN_MARKER,
    PAGE_NUMBER,
    RULE_LINE,
    SYMBOL_LINE,
    SYMBOL_PAGE_LINE,
    WORD,
    YEAR_ALONE,
    YEAR_THEN_MARKER,
)
from copmop.pipeline.models import Block, Line, Marker, Page

__all__ = [
    "Hyphens",
    "clean_line",
    "cut_line",
    "hyphens",
    "is_furniture",
    "join_lines",
    "next_note_label",
    "place_markers",
    "strip_furniture",
    "visual_width",
]

# Left halves of compounds whose hyphen is real when a line breaks after it ("socio-" + "economic").
_HEAD_LINES, _FOOT_LINES = 3, 2


def is_furniture(text: str) -> bool:
    """A page number or a document symbol alone on a line: ``Page 12``, ``UNEP/CBD/BS/COP-MOP/5/16``."""
    if YEAR_ALONE.match(text):
        return False
    return bool(
        PAGE_NUMBER.match(text)
        or SYMBOL_LINE.match(text)
        or SYMBOL_PAGE_LINE.match(text)
        or RULE_LINE.match(text)
    )


def visual_width(text: str) -> float:
    """Printed width in ems: a CJK character is one, anything else half."""
    return sum(1.0 if CJK_CHAR.match(ch) else 0.5 for ch in text)


def _key(text: str) -> str:
    return DIGITS.sub("#", text.strip())


def strip_furniture(pages: Sequence[Page]) -> None:
    """Move running headers, footers and page numbers out of ``page.lines`` into ``page.furniture``.

    A line at the head or foot of a page is furniture when it is a page number or a symbol alone, or
    when the same short text (digits aside) heads or foots most pages.
    """
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_key(line.text) for line in _edges(page.lines)})
    threshold = max(3, math.ceil(0.6 * len(pages)))
    for page in pages:
        keep: list[Line] = []
        n = len(page.lines)
        for i, line in enumerate(page.lines):
            edge = i < _HEAD_LINES or i >= n - _FOOT_LINES
            repeated = counts[_key(line.text)] >= threshold and len(line.text) <= 60
            first_page_block = (
                page.number == 1 and i < 6 and bool(DISTRIBUTION_LINE.match(line.text))
            )
            rule = bool(RULE_LINE.match(line.text))
            if (edge and (is_furniture(line.text) or repeated)) or first_page_block or rule:
                page.furniture.append(line.text)
            else:
                keep.append(line)
        page.lines = keep


def _edges(lines: Sequence[Line]) -> Iterable[Line]:
    n = len(lines)
    return (line for i, line in enumerate(lines) if i < _HEAD_LINES or i >= n - _FOOT_LINES)


def place_markers(pages: Sequence[Page]) -> None:
    """Find each footnote's marker in the running text of its page (or the page before), cut it out.

    A marker is the footnote's label glued to the text: ``战略计划》1在``, ``有限；5``, ``议程*项目``; never a
    digit of a larger number, a paragraph number, or a number before 条/段/号/年.
    """
    for index, page in enumerate(pages):
        cursor = (0, 0)
        notes = page.footnotes
        for n, note in enumerate(notes):
            if _placed(pages, index, note.label):
                continue  # the PDF reader saw it raised and small, or it came glued to the last one
            labels = [note.label]
            following = notes[n + 1].label if n + 1 < len(notes) else ""
            if _consecutive(note.label, following):
                labels.append(following)
            found = None
            if len(labels) > 1:  # "3,4" or "34": markers 3 and 4 printed together
                found = _find_marker(page.lines, ",".join(labels), cursor) or _find_marker(
                    page.lines, "".join(labels), cursor
                )
            if found is None:
                labels = labels[:1]
                found = _find_marker(page.lines, note.label, cursor)
            target = page
            if found is None and index > 0:
                found = _find_marker(pages[index - 1].lines, note.label, (0, 0))
                target = pages[index - 1]
            if found is None:
                continue
            li, pos, size = found
            line = target.lines[li]
            text = line.text[:pos] + line.text[pos + size :]
            markers = [
                Marker(m.label, m.offset - size if m.offset > pos else m.offset)
                for m in line.markers
            ]
            markers += [Marker(label, pos) for label in labels]
            target.lines[li] = replace(
                line,
                text=text,
                markers=tuple(sorted(markers, key=lambda m: m.offset)),
                cells=_cut_cell(line.cells, pos, size),
            )
            if target is page:
                cursor = (li, pos)


def _cut_cell(cells: tuple[str, ...], pos: int, size: int) -> tuple[str, ...]:
    """A table row's cells with a marker cut out of the one holding it: ``pos`` is the marker's
    place in the row's text, its cells joined by single spaces."""
    out = list(cells)
    start = 0
    for i, cell in enumerate(cells):
        if start <= pos < start + len(cell):
            out[i] = cell[: pos - start] + cell[pos - start + size :]
            break
        start += len(cell) + 1
    return tuple(out)


def _consecutive(label: str, following: str) -> bool:
    return label.isdecimal() and following.isdecimal() and int(following) == int(label) + 1


def _placed(pages: Sequence[Page], index: int, label: str) -> bool:
    """Is the marker of this page's footnote ``label`` already cut out (here or on the page before)?"""
    near = pages[max(0, index - 1) : index + 1]
    return any(m.label == label for page in near for line in page.lines for m in line.markers)


def _find_marker(
    lines: Sequence[Line], label: str, start: tuple[int, int]
) -> tuple[int, int, int] | None:
    """(line, position, length) of the marker: the label itself, or "(1)" glued to a word."""
    bracketed = f"({label})"
    for li in range(start[0], len(lines)):
        text = lines[li].text
        first = start[1] if li == start[0] else 0
        pos = first
        while (pos := text.find(bracketed, pos)) >= 0:
            if pos > 0 and not text[pos - 1].isspace() and label.isdigit():
                return li, pos, len(bracketed)
            pos += 1
        pos = first
        while (pos := text.find(label, pos)) >= 0:
            if _is_marker(text, pos, label):
                return li, pos, len(label)
            pos += 1
    for li in range(start[0], len(lines)):  # last guess: glued to a year, "2011-20201" is 2020 + 1
        for m in YEAR_THEN_MARKER.finditer(lines[li].text):
            if m["label"] == label:
                return li, m.start("label"), len(label)
    for li in range(
        start[0], len(lines)
    ):  # "BS-III/102;", "INF/4.2": a decision or symbol + marker
        for m in NUMBER_THEN_MARKER.finditer(lines[li].text):
            group = next(g for g in ("label", "dotted", "wrapped") if m[g])
            if m[group] == label:
                return li, m.start(group), len(label)
    return None


def _is_marker(text: str, pos: int, label: str) -> bool:
    if pos == 0:
        return False
    if label.isdigit():
        before, after = text[:pos], text[pos + len(label) :]
        if (
            before[-1].isdigit()
            or not MARKER_BEFORE.search(before)
            or MARKER_AFTER_BAD.match(after)
        ):
            return False
        if before.rstrip().endswith("第") or before.endswith("و"):
            return False  # "第16条"; Arabic "و3" is "and 3"
        if before.endswith(".") and len(before) > 1 and before[-2].isdigit():
            return False  # the "2" of "2.2"
    return True


def clean_line(text: str, markers: Sequence[Marker] = ()) -> tuple[str, tuple[Marker, ...]]:
    """Collapse spaces, drop the spaces of justified CJK text (``不同 磋商`` → ``不同磋商``, ``（ UNEP``).

    Marker offsets move with the characters they follow.
    """
    following = [""] * (len(text) + 1)  # the first character that is not a space after each offset
    for i in range(len(text) - 1, -1, -1):
        following[i] = following[i + 1] if text[i].isspace() else text[i]
    out: list[str] = []
    mapping: list[int] = []  # the new offset of each old offset
    for i, ch in enumerate(text):
        mapping.append(len(out))
        if not ch.isspace():
            out.append(ch)
            continue
        if not out or out[-1] == " ":
            continue
        if not _drop_space(out[-1], following[i + 1]):
            out.append(" ")
    mapping.append(len(out))
    moved = tuple(Marker(m.label, mapping[m.offset]) for m in markers)
    return "".join(out), moved


_CJK_OPENING = frozenset("（《“‘【〔「『")
_CJK_CLOSING = frozenset("）》”’】〕」』，。；：、！？")


def _drop_space(left: str, right: str) -> bool:
    """A space is layout, not text, at a line's end, between two CJK characters, inside CJK brackets."""
    if not right:
        return True
    if left in _CJK_OPENING or right in _CJK_CLOSING:
        return True
    return bool(CJK_CHAR.match(left) and CJK_CHAR.match(right))


def cut_line(line: Line, start: int) -> Line:
    """The line without its first ``start`` characters (a number, a label) and the spaces after them;
    marker offsets move with the text."""
    rest = line.text[start:]
    start += len(rest) - len(rest.lstrip())
    markers = tuple(Marker(m.label, max(0, m.offset - start)) for m in line.markers)
    return replace(line, text=line.text[start:], markers=markers)


@dataclass(frozen=True)
class Hyphens:
    """What a document says about its line-final hyphens: the words it writes before a hyphen inside a
    line ("socio" of "socio-economic": ``heads``), the words it writes whole (``words``), and whether
    its lines may have been broken inside a word (``soft``: a text extraction's may; a PDF's word
    processor breaks only at a real hyphen unless the word is attested whole)."""

    heads: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    soft: bool = True


_TEXT = Hyphens()  # what is known of a text's hyphens when nothing is: its lines may break words


def hyphens(lines: Iterable[Line], soft: bool) -> Hyphens:
    """The document's :class:`Hyphens`, from its lines."""
    texts = [line.text for line in lines]
    return Hyphens(
        heads=frozenset(w.lower() for t in texts for w in HYPHEN_HEAD.findall(t)),
        # a piece of a word a line broke ("notifica-") is no word of the document's
        words=frozenset(w.lower() for t in texts for w in WORD.findall(BROKEN_END.sub("", t))),
        soft=soft,
    )


def _separator(left: str, right: str, known: Hyphens | None = None) -> tuple[str, bool]:
    """What goes between two rejoined lines: ``("", False)``, ``(" ", False)``, or drop the hyphen
    (a word the line broke: "imple-" + "mentation"). A hyphen stays after one of the document's
    compound heads or a usual one ("socio-" + "economic"); it goes when the whole word is written
    elsewhere; else a text extraction's goes, a PDF's stays after a word the document writes on its
    own."""
    known = known or _TEXT
    if not left or not right:
        return "", False
    a, b = left[-1], right[0]
    if CJK_CHAR.match(a) or CJK_CHAR.match(b):
        return "", False
    if a == "/":
        return "", False
    if a == "–" and b.isdigit() and len(left) > 1 and left[-2].isdigit():
        return "", False  # a range the line broke: "2025–" + "2026"
    if a == "-" and len(left) > 1 and left[-2].isalnum():
        word = NON_WORD.split(left[:-1])[-1].lower()
        if (
            not (b.islower() and left[-2].isalpha())
            or word in lexicon.COMPOUND_HEADS
            or word in known.heads
        ):
            return "", False
        rest = WORD.match(right)
        if rest and (word + rest.group().lower()) in known.words:
            return "", True  # written whole elsewhere: "imple-" + "mentation"
        if known.soft:
            return "", True  # a text extraction's lines break words: "document-" + "ation"
        # in a PDF, a word the document writes on its own is half of a compound ("awareness-" +
        # "raising"); a piece of a word its word processor broke is not ("notifica-" + "tions")
        return "", word not in known.words
    return " ", False


def join_lines(lines: Sequence[Line], known: Hyphens | None = None) -> Block:
    """Rejoin printed lines into one clause text (no space between CJK characters, one between words,
    hyphenated words and split symbols whole), keeping marker offsets and the pages spanned."""
    text = ""
    markers: list[Marker] = []
    for line in lines:
        part, moved = clean_line(line.text, line.markers)
        if not part:
            continue
        sep, dehyphenate = _separator(text, part, known)
        if dehyphenate:
            text = text[:-1]
        base = len(text) + len(sep)
        markers.extend(Marker(m.label, base + m.offset) for m in moved)
        text = text + sep + part
    pages = [line.page for line in lines]
    return Block(
        text=text,
        markers=tuple(markers),
        page_start=min(pages) if pages else None,
        page_end=max(pages) if pages else None,
    )


def next_note_label(previous: str, label: str) -> bool:
    """Can a footnote labelled ``label`` follow one labelled ``previous``? Numbers in sequence (a
    note's own line may start with a number: "20 Протокола" after note 2 is no note 20); other labels
    ("*", "a") always."""
    if previous.isdecimal() and label.isdecimal():
        return int(label) == int(previous) + 1
    return True
