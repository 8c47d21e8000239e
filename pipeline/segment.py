"""Segmentation: a :class:`Source` (pages of lines) → a :class:`Document` of clauses.

The title block comes first (``pipeline.titleblock``); the running text is then read line by line by a
small state machine: the chapeau and preamble of a decision, sections (``A.`` / ``一、`` / ``I.``), numbered
paragraphs accepted only in sequence (so that the numbers of a flattened table never make false
paragraphs), decimal sub-headings (``2.1``) with their items, annexes with their own numbering, tables
(dropped, but for the operational objectives of a logframe), and footnotes linked to their markers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors import normalize
from pipeline import language, layout, structure
from pipeline.models import (
    Block,
    ClauseKind,
    Document,
    DocKind,
    Line,
    Marker,
    Page,
    Paragraph,
    Source,
    TitleBlock,
)
from pipeline.titleblock import chapeau_end, parse_title_block

__all__ = ["segment"]


def segment(source: Source, lang: str | None = None) -> Document:
    """Clauses of one source, in reading order, with the document's metadata."""
    lines = [line for page in source.pages for line in page.lines]
    sample = " ".join(line.text for line in lines[:400])
    lang = lang or language.language(source.path, sample, source.lang_hint)
    info = parse_title_block(lines, source.pages, lang)
    kind = DocKind.DECISION if info.decision else DocKind.DOCUMENT
    ident = info.decision or info.symbol or source.sha256[:16]
    doc = Document(
        doc_id=f"{ident}@{lang}", kind=kind, decision=info.decision, symbol=info.symbol, lang=lang,
        body=info.body, meeting=info.meeting, title=info.title.text if info.title else None,
        agenda_item=info.agenda_item, place=info.place, date_start=info.date_start,
        date_end=info.date_end, source_path=source.path, sha256=source.sha256,
        pages=source.page_count,
    )
    reader = _Reader(doc, lang)
    reader.title(info)
    reader.lookahead = lines
    for position in range(info.end, len(lines)):
        reader.position = position
        reader.feed(lines[position])
    reader.close()
    _attach_footnotes(doc, reader.built, source.pages)
    return doc


@dataclass
class _Clause:
    """A clause being read: its lines so far, and where it sits."""

    kind: ClauseKind
    path: str
    section: str | None
    number: str | None
    lines: list[Line] = field(default_factory=list)
    markers: tuple[Marker, ...] = ()

    @property
    def complete(self) -> bool:
        """Closed by its punctuation at a block's end: what follows is not its continuation."""
        if not self.lines:
            return False
        last = self.lines[-1]
        if self.kind in (ClauseKind.HEADING, ClauseKind.TITLE):
            return last.ends_block
        return last.ends_block and bool(structure.CLAUSE_END.search(last.text))


def _cut(line: Line, start: int) -> Line:
    """The line without its first ``start`` characters (a number, a label), markers moved."""
    rest = line.text[start:]
    skip = len(rest) - len(rest.lstrip())
    start += skip
    markers = tuple(Marker(m.label, max(0, m.offset - start)) for m in line.markers)
    return Line(line.text[start:], line.page, line.ends_block, markers, line.indent)


class _Reader:
    """The state machine over the running lines of one document."""

    def __init__(self, doc: Document, lang: str) -> None:
        self.doc = doc
        self.lang = lang
        self.decision = doc.kind == DocKind.DECISION
        self.built: list[tuple[Paragraph, tuple[Marker, ...]]] = []
        self.current: _Clause | None = None
        self.loose: list[Line] = []
        self.phase = "body"
        self.annex: str | None = None
        self.annex_title = False
        self.section: str | None = None
        self.section_style: str | None = None
        self.sub: str | None = None
        self.last_num: int | None = None
        self.last_minor = 0
        self.last_item = ""
        self.preambles = 0
        self.loose_count = 0
        self.lookahead: list[Line] | None = None
        self.position = 0
        self.chapeau_left = 0

    # --- paths --------------------------------------------------------------------------------

    def _scope(self) -> str:
        return f"annex-{self.annex.split(' ', 1)[1]}/" if self.annex and " " in self.annex else (
            "annex/" if self.annex else "")

    def _section_path(self) -> str | None:
        parts = [p for p in (self.annex, self.section, self.sub) if p]
        return "/".join(parts) or None

    # --- emitting -----------------------------------------------------------------------------

    def title(self, info: TitleBlock) -> None:
        if info.title is not None:
            par = self._paragraph(ClauseKind.TITLE, "title", None, None, info.title.text, None,
                                  info.title.page_start, info.title.page_end)
            self.built.append((par, info.markers))

    def _open(self, kind: ClauseKind, path: str, number: str | None, first: Line | None,
              section: str | None = None) -> None:
        self._flush()
        self.current = _Clause(kind, path, section if section is not None else self._section_path(),
                               number, [first] if first is not None and first.text else [])

    def _flush(self) -> None:
        clause, self.current = self.current, None
        if clause is not None and clause.lines:
            verb = None
            block = layout.join_lines(clause.lines)
            if clause.kind in (ClauseKind.PREAMBLE, ClauseKind.OPERATIVE):
                m = structure.VERB[self.lang].match(block.text)
                verb = m["verb"].strip() if m else None
            self._emit(clause.kind, clause.path, clause.section, clause.number, block, verb)
        self._resolve_loose()

    def _emit(self, kind: ClauseKind, path: str, section: str | None, number: str | None,
              block: Block, verb: str | None = None) -> None:
        par = self._paragraph(kind, path, section, number, block.text, verb, block.page_start,
                              block.page_end)
        par.notes = [m.label for m in block.markers]
        par.note_offsets = [m.offset for m in block.markers]
        self.built.append((par, block.markers))

    def _paragraph(self, kind: ClauseKind, path: str, section: str | None, number: str | None,
                   text: str, verb: str | None, page_start: int | None,
                   page_end: int | None) -> Paragraph:
        ids = {p.par_id for p, _ in self.built}
        par_id = f"{self.doc.doc_id}#{path}"
        if par_id in ids and section:
            par_id = f"{self.doc.doc_id}#{section.replace(' ', '-')}/{path.rsplit('/', 1)[-1]}"
        base, n = par_id, 2
        while par_id in ids:
            par_id, n = f"{base}~{n}", n + 1
        return Paragraph(par_id=par_id, doc_id=self.doc.doc_id, seq=len(self.built), kind=kind,
                         section=section, number=number, text=text, verb=verb,
                         page_start=page_start, page_end=page_end)

    def close(self) -> None:
        self._flush()
        self.doc.paragraphs = [par for par, _ in self.built]

    # --- reading ------------------------------------------------------------------------------

    def feed(self, line: Line) -> None:
        if self._structure(line):
            return
        current = self.current
        if self.loose:
            self.loose.append(line)
        elif (current is not None and current.kind == ClauseKind.HEADING and current.number
              and len(current.lines) < 3 and not structure.SENTENCE_END.search(current.lines[-1].text)):
            current.lines.append(line)
        elif current is None or current.complete:
            if self.phase == "preamble":
                self.preambles += 1
                self._open(ClauseKind.PREAMBLE, f"pre{self.preambles}", None, line, section="")
                self.current.section = None  # type: ignore[union-attr]
            elif self.annex_title and current is not None and current.kind == ClauseKind.HEADING:
                self._open(ClauseKind.HEADING, f"{self._scope()}title", None, line)
            else:
                self.loose.append(line)
        elif (self.phase == "preamble" and current.lines and _comma_end(current.lines[-1].text)
              and structure.VERB[self.lang].match(line.text)):
            self.preambles += 1
            self._open(ClauseKind.PREAMBLE, f"pre{self.preambles}", None, line, section="")
            self.current.section = None  # type: ignore[union-attr]
        else:
            current.lines.append(line)

    def _structure(self, line: Line) -> bool:
        """Open a new clause when the line starts one in sequence; True when it did."""
        text = line.text
        ascii_text = normalize.to_ascii(text)
        m = structure.ANNEX_HEADING.match(text)
        if m:
            label = _annex_label(m["label"])
            self._open(ClauseKind.HEADING, "", None, None)
            self.annex = f"annex {label}" if label else "annex"
            self.section = self.sub = None
            self.section_style = None
            self.last_num, self.last_minor = None, 0
            self.phase = "body"
            self.current = _Clause(ClauseKind.HEADING, self._scope().rstrip("/"), self.annex, None,
                                   [line])
            self.annex_title = True
            return True
        if self.chapeau_left:
            self.chapeau_left -= 1
            self.current.lines.append(line)  # type: ignore[union-attr]
            return True
        if self.decision and self.current is None and not self.loose and self.last_num is None \
                and self.preambles == 0 and self.phase == "body" and self.lookahead is not None:
            end = chapeau_end(self.lookahead, self.position, self.lang)
            if end is not None:
                self._open(ClauseKind.HEADING, "chapeau", None, line, section="")
                self.current.section = None  # type: ignore[union-attr]
                self.chapeau_left = end - self.position - 1
                self.phase = "preamble"
                return True
        m = structure.SECTION_CJK.match(text)
        if m and m["rest"] and m["label"] == self._next_section("cjk"):
            return self._heading(line, m["label"], "cjk", len(text) - len(m["rest"]))
        m = structure.SECTION_LATIN.match(ascii_text)
        if m:
            style = self._latin_style(m["label"])
            if style:
                return self._heading(line, m["label"], style, len(text) - len(m["rest"]))
        m = structure.PARA_NUMBER.match(ascii_text)
        if m and int(m["num"]) == (self.last_num or 0) + 1:
            self.last_num, self.last_minor, self.sub = int(m["num"]), 0, None
            self.phase = "body"
            self.annex_title = False
            kind = ClauseKind.OPERATIVE if self.decision and not self.annex else ClauseKind.BODY
            self._open(kind, f"{self._scope()}{m['num']}", m["num"],
                       _cut(line, len(text) - len(m["rest"])))
            return True
        m = structure.DECIMAL_NUMBER.match(ascii_text)
        if (m and self.last_num is not None and int(m["major"]) == self.last_num
                and int(m["minor"]) == self.last_minor + 1 and not self.loose):
            self.last_minor = int(m["minor"])
            number = f"{m['major']}.{m['minor']}"
            self.sub = None
            self._open(ClauseKind.HEADING, f"{self._scope()}{number}", number,
                       _cut(line, len(text) - len(m["rest"])))
            self.sub = number
            self.last_item = ""
            return True
        m = structure.SUBPARA.match(ascii_text)
        if m and self.sub and not self.loose and self._next_item(m["label"]):
            label = f"({m['label']})"
            kind = ClauseKind.OPERATIVE if self.decision and not self.annex else ClauseKind.BODY
            self._open(kind, f"{self._scope()}{self.sub}{label}", label,
                       _cut(line, len(text) - len(m["rest"])))
            self.last_item = m["label"]
            return True
        if m and self.current is not None and not self.loose and self.current.kind != ClauseKind.HEADING:
            self.current.lines.append(line)
            return True
        return False

    def _next_item(self, label: str) -> bool:
        if not label.isascii() or not label.isalpha():
            return False
        if not self.last_item:
            return label == "a" or len(label) == 1
        return len(label) == 1 and label > self.last_item and ord(label) - ord(self.last_item) <= 3

    def _next_section(self, style: str) -> str:
        if self.section_style != style or not self.section:
            return {"cjk": "一", "letter": "A", "roman": "I"}[style]
        if style == "cjk":
            value = normalize.chinese_to_int(self.section) or 0
            return normalize.int_to_chinese(value + 1)
        if style == "roman":
            return normalize.int_to_roman((normalize.roman_to_int(self.section) or 0) + 1)
        return chr(ord(self.section) + 1)

    def _latin_style(self, label: str) -> str | None:
        if self.section_style in ("letter", "roman"):
            style = self.section_style
            return style if label == self._next_section(style) else None
        if label == "A":
            return "letter"
        if label == "I":
            return "roman"
        return None

    def _heading(self, line: Line, label: str, style: str, cut: int) -> bool:
        self.section, self.section_style, self.sub = label, style, None
        self.phase = "body"
        self.annex_title = False
        self._open(ClauseKind.HEADING, f"{self._scope()}sec-{label}", label, _cut(line, cut))
        return True

    # --- loose text: prose between clauses, or a table ------------------------------------------

    def _resolve_loose(self) -> None:
        lines, self.loose = self.loose, []
        if not lines:
            return
        if _is_table(lines):
            self._objectives(lines)
            return
        block: list[Line] = []
        for line in lines:
            block.append(line)
            if line.ends_block:
                self._loose_clause(block)
                block = []
        if block:
            self._loose_clause(block)

    def _loose_clause(self, lines: list[Line]) -> None:
        self.loose_count += 1
        self._emit(ClauseKind.BODY, f"{self._scope()}text{self.loose_count}", self._section_path(),
                   None, layout.join_lines(lines))

    def _objectives(self, lines: list[Line]) -> None:
        """Operational objectives of a logframe: ``1.1    国家生物技术安全框`` + ``架`` → 1.1, its title."""
        header = next((i for i, line in enumerate(lines)
                       if structure.OBJECTIVE_COLUMN.search(line.text)), None)
        if header is None:
            return
        seen = {p.number for p, _ in self.built if p.kind == ClauseKind.OBJECTIVE}
        widths = sorted(layout.visual_width(line.text) for line in lines[header + 1:])
        wide = 0.8 * widths[int(len(widths) * 0.75)] if widths else 0.0
        i = header + 1
        while i < len(lines):
            m = structure.OBJECTIVE_ROW.match(normalize.to_ascii(lines[i].text))
            if not m or m["number"] in seen:
                i += 1
                continue
            title = [_cut(lines[i], len(lines[i].text) - len(m["title"]))]
            while i + 1 < len(lines) and _title_runs_on(lines[i], lines[i + 1], wide):
                i += 1
                title.append(lines[i])
            seen.add(m["number"])
            self._emit(ClauseKind.OBJECTIVE, f"{self._scope()}obj-{m['number']}",
                       self.annex or self._section_path(), m["number"], layout.join_lines(title))
            i += 1


def _title_runs_on(line: Line, following: Line, wide: float) -> bool:
    """An objective's title goes on to the next line when its line did not end a block, or (where only
    geometry told the block ends) when it filled the cell and the next line is a short tail."""
    if structure.OBJECTIVE_ROW.match(normalize.to_ascii(following.text)) or \
            following.text.startswith(("•", "·", "-")):
        return False
    if not line.ends_block:
        return True
    return layout.visual_width(line.text) >= wide > layout.visual_width(following.text)


def _comma_end(text: str) -> bool:
    return text.rstrip().endswith((",", "，", "،", ";", "；"))


def _annex_label(label: str | None) -> str | None:
    if not label:
        return None
    value = normalize.number_value(label)
    if value is None:
        value = normalize.ordinal_value(label, "ar")
    if value is None:
        return label
    return normalize.int_to_roman(value)


def _is_table(lines: list[Line]) -> bool:
    """Loose lines are a table when a header row names its columns, or numbers stand out of sequence."""
    for line in lines:
        if len(structure.TABLE_HEADER_WORD.findall(line.text)) >= 2 and not structure.CLAUSE_END.search(
                line.text):
            return True
        text = normalize.to_ascii(line.text)
        if structure.PARA_NUMBER.match(text) or structure.DECIMAL_NUMBER.match(text):
            return True
    blocks = sum(1 for line in lines if line.ends_block)
    prose = sum(1 for line in lines if line.ends_block and structure.CLAUSE_END.search(line.text))
    return blocks >= 4 and prose * 2 < blocks


def _attach_footnotes(doc: Document, built: list[tuple[Paragraph, tuple[Marker, ...]]],
                      pages: list[Page]) -> None:
    """Footnotes become clauses, each right after the clause that carries its marker."""
    out: list[Paragraph] = []
    used: set[tuple[str, str]] = set()
    notes = [(note, page.number) for page in pages for note in page.footnotes]
    placed: dict[str, list[Paragraph]] = {}
    for note, page in notes:
        anchor = _anchor(built, note.label, page, used)
        if anchor is None:
            continue
        used.add((anchor.par_id, note.label))
        par = Paragraph(par_id=f"{doc.doc_id}#fn{note.label}", doc_id=doc.doc_id, seq=0,
                        kind=ClauseKind.FOOTNOTE, section=anchor.section, number=note.label,
                        text=note.text, page_start=page, page_end=page, anchor=anchor.par_id)
        placed.setdefault(anchor.par_id, []).append(par)
    ids: set[str] = set()
    for par, _ in built:
        for p in [par, *placed.get(par.par_id, [])]:
            base, n = p.par_id, 2
            while p.par_id in ids:
                p.par_id, n = f"{base}~{n}", n + 1
            ids.add(p.par_id)
            p.seq = len(out)
            out.append(p)
    doc.paragraphs = out


def _anchor(built: list[tuple[Paragraph, tuple[Marker, ...]]], label: str, page: int,
            used: set[tuple[str, str]]) -> Paragraph | None:
    """The clause carrying the marker of a footnote on ``page``; else the last clause on that page."""
    for par, markers in built:
        if (par.par_id, label) in used or not any(m.label == label for m in markers):
            continue
        if par.page_start is not None and par.page_end is not None and \
                par.page_start - 1 <= page <= par.page_end + 1:
            return par
    last = None
    for par, _ in built:
        if par.page_start is not None and par.page_start <= page:
            last = par
    return last
