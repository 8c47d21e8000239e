"""A fixture's source (``tests/fixtures/*.src``) read into blocks that know what they are.

The format is the one ``scripts/make_fixture_txt.py`` lays out as a text extraction: ``# header:``
and other ``#`` lines, one block per line, ``[^n]`` where a footnote marker stands, ``[^n]: text`` for
the footnotes, ``<<page>>`` for a forced page break, and table rows ``| cell | cell |`` (the header row
first; ``<br>`` parts the paragraphs of a cell, ``^`` alone continues the cell above it).

Each block is classified by the catalogue of structure patterns (``copmop.lang.structure``), as a
word processor's styles would be applied to it: the title block, the chapeau, section headings,
numbered paragraphs, items, tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from copmop.lang import normalize, structure

__all__ = ["MARK", "Block", "Kind", "Source", "Table", "plain", "read_source"]

# A footnote marker in a block: "frameworks,[^2] and".
MARK = re.compile(r"\[\^([^\]]+)\]")
# A footnote's text: "[^2]: See the analysis in CBD/SBI/2/4/Add.1".
NOTE = re.compile(r"^\[\^([^\]]+)\]:\s*(.*)$")
# The paragraphs of a table cell: "1.1 国家生物技术安全框架 <br> 使所有缔约方…".
CELL_BREAK = re.compile(r"\s*<br>\s*")
PAGE_BREAK = "<<page>>"
MERGED = "^"


class Kind(StrEnum):
    """What a block is, hence the paragraph style it is set in."""

    TITLE_LINE = "title-line"  # body, meeting, dates and place, agenda item, a decision's notice
    TITLE = "title"  # "CP-9/3. Capacity-building", or a note's title
    CHAPEAU = "chapeau"
    HEADING = "heading"  # "A. National biosafety frameworks", "一、 导言", "ألف - …"
    ANNEX = "annex"  # "Annex", "附件一"
    ANNEX_TITLE = "annex-title"
    SUBHEADING = "subheading"  # "2.1 在第六次会议上："
    NUMBERED = "numbered"  # "1. Welcomes …", "1 - يرحب …"
    ITEM = "item"  # "(a) …"
    PLAIN = "plain"  # a preambular clause, a paragraph without a number
    RULE = "rule"  # "__________", "- - - - -"
    TABLE = "table"


@dataclass(frozen=True)
class Table:
    """Rows of cells, the header row first; a cell is its paragraphs (``()``: merged with the one
    above it)."""

    rows: tuple[tuple[tuple[str, ...], ...], ...]

    @property
    def columns(self) -> int:
        return max(len(row) for row in self.rows)


@dataclass(frozen=True)
class Block:
    """One block of the source: its text (markers ``[^n]`` in place), its kind, and for a numbered
    block the label as printed (``"1."``, ``"A."``, ``"(a)"``) and the text after it."""

    kind: Kind
    text: str
    label: str = ""
    rest: str = ""
    strong: bool = False  # set in bold (the body's name, a title)
    page_break: bool = False  # a forced page break before it
    table: Table | None = None


@dataclass
class Source:
    """A whole source: its stem (``cp-9-3.en``), language, running header and blocks."""

    path: Path
    lang: str
    header: str | None
    blocks: list[Block] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return self.path.name.removesuffix(".src")

    @property
    def decision(self) -> bool:
        return any(
            b.kind == Kind.TITLE and structure.DECISION_LINE.match(b.text) for b in self.blocks
        )


def plain(text: str) -> str:
    """The text without its footnote markers."""
    return MARK.sub("", text)


def read_source(path: str | Path) -> Source:
    """Read and classify a ``.src`` file; its language is the tag before ``.src`` (``cp-9-3.en.src``)."""
    path = Path(path)
    lang = path.name.removesuffix(".src").rsplit(".", 1)[-1]
    source = Source(path, lang, None)
    lines: list[str | Table] = []
    rows: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("# header:"):
            source.header = line.split(":", 1)[1].strip()
        elif m := NOTE.match(line):
            source.notes[m[1]] = m[2]
        elif line.startswith("|"):
            rows.append(line)
        elif line and not line.startswith("#"):
            if rows:
                lines.append(_table(rows))
                rows = []
            lines.append(line)
    if rows:
        lines.append(_table(rows))
    source.blocks = _classify(lines, lang)
    return source


def _table(rows: list[str]) -> Table:
    return Table(tuple(tuple(_cell(c) for c in _cells(row)) for row in rows))


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _cell(text: str) -> tuple[str, ...]:
    return () if text == MERGED else tuple(p for p in CELL_BREAK.split(text) if p)


def _classify(lines: list[str | Table], lang: str) -> list[Block]:
    blocks: list[Block] = []
    start = next(
        (i for i, line in enumerate(lines) if isinstance(line, Table) or _starts_body(line, lang)),
        len(lines),
    )
    agenda_seen = False
    for i, line in enumerate(lines[:start]):
        assert isinstance(line, str)
        text = plain(line)
        agenda_seen = agenda_seen or bool(_agenda(text, lang))
        decision = structure.DECISION_LINE.match(text)
        title = agenda_seen and not _agenda(text, lang) and not _noise(text)
        if decision or title:
            cut = len(line) - len(decision["title"] or "") if decision else 0
            label, rest = (line[:cut].strip(), line[cut:]) if decision else ("", line)
            blocks.append(Block(Kind.TITLE, line, label, rest, strong=True))
        else:
            blocks.append(Block(Kind.TITLE_LINE, line, rest=line, strong=i == 0))
    breaking = False
    for line in lines[start:]:
        if line == PAGE_BREAK:
            breaking = True
            continue
        if isinstance(line, Table):
            block = Block(Kind.TABLE, "", table=line)
        else:
            block = _body_block(line, lang, blocks[-1] if blocks else None)
        if breaking:
            block = replace(block, page_break=True)
            breaking = False
        blocks.append(block)
    return blocks


def _body_block(line: str, lang: str, previous: Block | None) -> Block:
    text = plain(line)
    ascii_text = normalize.to_ascii(line)
    if structure.RULE_LINE.match(text):
        return Block(Kind.RULE, line, rest=line)
    if structure.ANNEX_HEADING.match(text):
        return Block(Kind.ANNEX, line, rest=line, strong=True)
    for pattern, kind in (
        (structure.SECTION_CJK, Kind.HEADING),
        (structure.SECTION_LATIN, Kind.HEADING),
        (structure.SECTION_ARABIC, Kind.HEADING),
        (structure.PARA_NUMBER, Kind.NUMBERED),
        (structure.DECIMAL_NUMBER, Kind.SUBHEADING),
        (structure.SUBPARA, Kind.ITEM),
    ):
        m = pattern.match(ascii_text)
        if m and m["rest"]:
            cut = len(line) - len(m["rest"])
            return Block(kind, line, line[:cut].strip(), line[cut:], strong=kind == Kind.HEADING)
    chapeau = structure.CHAPEAU.get(lang)
    if chapeau and chapeau.match(text) and text.rstrip().endswith((",", "，", "،")):
        return Block(Kind.CHAPEAU, line, rest=line)
    after_annex = previous is not None and previous.kind in (Kind.ANNEX, Kind.ANNEX_TITLE)
    if after_annex and not structure.SENTENCE_END.search(text):
        return Block(Kind.ANNEX_TITLE, line, rest=line, strong=True)
    return Block(Kind.PLAIN, line, rest=line)


def _starts_body(line: str, lang: str) -> bool:
    """Where the title block ends: a chapeau, paragraph 1, section A / I / 一 / ألف, an annex."""
    text = normalize.to_ascii(plain(line))
    if structure.ANNEX_HEADING.match(text):
        return True
    m = structure.PARA_NUMBER.match(text)
    if m and m["num"] == "1" and m["rest"]:
        return True
    for pattern, first in (
        (structure.SECTION_LATIN, ("A", "I", "А")),
        (structure.SECTION_ARABIC, ("ألف",)),
        (structure.SECTION_CJK, ("一",)),
    ):
        m = pattern.match(text)
        if m and m["label"] in first and m["rest"]:
            return True
    chapeau = structure.CHAPEAU.get(lang)
    return bool(chapeau and chapeau.match(text) and text.rstrip().endswith((",", "，", "،")))


def _agenda(text: str, lang: str) -> bool:
    pattern = structure.AGENDA.get(lang, structure.AGENDA["en"])
    return bool(pattern.search(text))


def _noise(text: str) -> bool:
    return bool(structure.TITLE_NOISE.search(text) or structure.DECISION_NOTICE.search(text))
