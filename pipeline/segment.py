"""Segmentation: a :class:`Source` (pages of lines) → a :class:`Document` of clauses.

The title block comes first (``pipeline.titleblock``); the running text is then read line by line by a
small state machine: the chapeau and preamble of a decision, sections (``A.`` / ``一、`` / ``I.``), numbered
paragraphs accepted only in sequence (so that the numbers of a flattened table never make false
paragraphs), decimal sub-headings (``2.1``) with their items, annexes with their own numbering, tables
(dropped, but for the operational objectives of a logframe), and footnotes linked to their markers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from copmop.lang import detect as language
from copmop.lang import normalize, structure
from copmop.pipeline import layout, tables
from copmop.pipeline.footnotes import attach_footnotes
from copmop.pipeline.loose import resolve_loose, table_row
from copmop.pipeline.models import (
    Block,
    ClauseKind,
    DocKind,
    Document,
    Line,
    Marker,
    Paragraph,
    Source,
    TitleBlock,
)
from copmop.pipeline.numbering import Numbering, annex_label
from copmop.pipeline.titleblock import chapeau_end, parse_title_block

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
        doc_id=f"{ident}@{lang}",
        kind=kind,
        decision=info.decision,
        symbol=info.symbol,
        lang=lang,
        body=info.body,
        meeting=info.meeting,
        title=info.title.text if info.title else None,
        agenda_item=info.agenda_item,
        place=info.place,
        date_start=info.date_start,
        date_end=info.date_end,
        source_path=source.path,
        sha256=source.sha256,
        pages=source.page_count,
        unreadable_pages=list(source.unreadable_pages),
    )
    reader = _Reader(doc, lang, lines, source.soft_hyphens)
    reader.title(info)
    for position in range(info.end, len(lines)):
        reader.feed(position)
    reader.close()
    attach_footnotes(doc, reader.built, source.pages)
    return doc


@dataclass
class _Clause:
    """A clause being read: its lines so far, and where it sits."""

    kind: ClauseKind
    path: str
    section: str | None
    number: str | None
    lines: list[Line] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Closed by its punctuation at a block's end: what follows is not its continuation."""
        if not self.lines:
            return False
        last = self.lines[-1]
        if self.kind in (ClauseKind.HEADING, ClauseKind.TITLE):
            return last.ends_block
        end = structure.PREAMBLE_END if self.kind == ClauseKind.PREAMBLE else structure.CLAUSE_END
        return last.ends_block and bool(end.search(last.text))

    @property
    def open_heading(self) -> bool:
        """A numbered heading whose text may still run on to a second or third line."""
        return (
            self.kind == ClauseKind.HEADING
            and bool(self.number)
            and len(self.lines) < 3
            and not structure.SENTENCE_END.search(self.lines[-1].text)
        )


class _Reader:
    """The state machine over the running lines of one document."""

    def __init__(
        self, doc: Document, lang: str, lines: list[Line], source_soft: bool = True
    ) -> None:
        self.doc = doc
        self.lang = lang
        self.lines = lines
        self.heads = layout.hyphens(lines, source_soft)
        self.decision = doc.kind == DocKind.DECISION
        self.built: list[tuple[Paragraph, tuple[Marker, ...]]] = []
        self.ids: set[str] = set()  # the par_ids of ``built``
        self.current: _Clause | None = None
        self.loose: list[Line] = []
        self.n = Numbering()
        self.phase = "body"  # or "preamble", between a decision's chapeau and its first paragraph
        self.annex_title = False
        self.counts = {"pre": 0, "text": 0}
        self.position = 0
        self.table: tables.Table | None = None
        self.objectives: set[str] = set()
        self.last_row: Line | None = None
        self.chapeau_left = 0

    # --- emitting -----------------------------------------------------------------------------

    def title(self, info: TitleBlock) -> None:
        if info.title is not None:
            self.emit(ClauseKind.TITLE, "title", None, None, info.title, markers=info.markers)

    def _open(
        self,
        kind: ClauseKind,
        path: str,
        number: str | None,
        first: Line | None,
        section: str | None = "",
    ) -> None:
        """Close the clause being read and open another (``section=""``: the current section)."""
        self.flush()
        where = self.n.section_path() if section == "" else section
        lines = [first] if first is not None and first.text else []
        self.current = _Clause(kind, path, where, number, lines)

    def flush(self) -> None:
        clause, self.current = self.current, None
        if clause is not None and clause.lines:
            block = layout.join_lines(clause.lines, self.heads)
            verb = None
            if clause.kind in (ClauseKind.PREAMBLE, ClauseKind.OPERATIVE):
                m = structure.VERB[self.lang].match(block.text)
                verb = m["verb"].strip() if m else None
            self.emit(clause.kind, clause.path, clause.section, clause.number, block, verb)
        resolve_loose(self)

    def emit(
        self,
        kind: ClauseKind,
        path: str,
        section: str | None,
        number: str | None,
        block: Block,
        verb: str | None = None,
        markers: tuple[Marker, ...] | None = None,
    ) -> None:
        par_id = f"{self.doc.doc_id}#{path}"
        if par_id in self.ids and section:
            par_id = f"{self.doc.doc_id}#{section.replace(' ', '-')}/{path.rsplit('/', 1)[-1]}"
        base, n = par_id, 2
        while par_id in self.ids:
            par_id, n = f"{base}~{n}", n + 1
        self.ids.add(par_id)
        par = Paragraph(
            par_id=par_id,
            doc_id=self.doc.doc_id,
            seq=len(self.built),
            kind=kind,
            section=section,
            number=number,
            text=block.text,
            verb=verb,
            page_start=block.page_start,
            page_end=block.page_end,
            notes=[m.label for m in block.markers],
            note_offsets=[m.offset for m in block.markers],
        )
        self.built.append((par, block.markers if markers is None else markers))

    def close(self) -> None:
        self.flush()
        self.doc.paragraphs = [par for par, _ in self.built]

    # --- reading ------------------------------------------------------------------------------

    def _misnumbered(self, number: int) -> bool:
        """A paragraph printed with the wrong number (a skip, or its predecessor's again), told by the
        numbered paragraph after it: the sequence resumes from it ("1." "1." "3.": the second "1."
        is a paragraph, and so is "3." of "1." "3." "3.")."""
        last = self.n.last_num or 0
        after_block = self.position == 0 or self.lines[self.position - 1].ends_block
        if not after_block or not last <= number <= last + 3 or number == last + 1:
            return False
        if self.loose and tables.is_table(self.loose):  # a table's own numbers
            return False
        following = None
        for k in range(self.position + 1, min(len(self.lines), self.position + 200)):
            if not self.lines[k - 1].ends_block:
                continue
            m = structure.PARA_NUMBER.match(normalize.to_ascii(self.lines[k].text))
            if m:
                following = int(m["num"])
                break
        resumes = following == number + 1  # "1." "1." "3.", "2." "4." "5."
        repeated = number == last + 2 and following == number  # "1." "3." "3."
        return resumes or repeated or (number == last and following == last + 2)

    def feed(self, position: int) -> None:
        self.position = position
        line = self.lines[position]
        if line.cells:
            table_row(self, line)
            return
        self.table = None
        if self._structure(line):
            return
        current = self.current
        if self.loose:
            self.loose.append(line)
        elif current is not None and current.open_heading and not self._late_preamble(line):
            current.lines.append(line)
        elif current is None or current.complete:
            if self.phase == "preamble" or self._late_preamble(line):
                self._preamble(line)
            elif self.annex_title and current is not None and current.kind == ClauseKind.HEADING:
                self._open(ClauseKind.HEADING, f"{self.n.scope()}title", None, line)
            else:
                self.loose.append(line)
        elif (
            self.phase == "preamble"
            and structure.PREAMBLE_END.search(current.lines[-1].text)
            and structure.VERB[self.lang].match(line.text)
        ):
            self._preamble(line)
        else:
            current.lines.append(line)

    def _late_preamble(self, line: Line) -> bool:
        """A preambular clause after the operative part has begun (a section's own preamble): in a
        decision, outside its annexes, unnumbered text that opens with a verb."""
        return (
            self.decision
            and not self.n.annex
            and self.n.last_num is not None
            and bool(structure.VERB[self.lang].match(line.text))
        )

    def _preamble(self, line: Line) -> None:
        self.counts["pre"] += 1
        self._open(ClauseKind.PREAMBLE, f"{self.n.scope()}pre{self.counts['pre']}", None, line)

    def _structure(self, line: Line) -> bool:
        """Open a new clause when the line starts one in sequence; True when it did."""
        text = line.text
        ascii_text = normalize.to_ascii(text)
        m = structure.ANNEX_HEADING.match(text)
        if m:
            self.flush()
            self.n.enter_annex(annex_label(m["label"]))
            self.phase, self.annex_title = "body", True
            self.current = _Clause(
                ClauseKind.HEADING, self.n.scope().rstrip("/"), self.n.annex, None, [line]
            )
            return True
        if self.chapeau_left:
            self.chapeau_left -= 1
            self.current.lines.append(line)  # type: ignore[union-attr]
            return True
        if self._chapeau(line):
            return True
        m = structure.PART_HEADING.match(text)
        after_block = self.position == 0 or self.lines[self.position - 1].ends_block
        label = annex_label(m["label"] or m["cjk"]) if m else None
        if m and after_block and label == self.n.next_section("roman"):
            return self._heading(line, label, "roman", len(text) - len(m["rest"]))
        m = structure.SECTION_CJK.match(text)
        if m and m["rest"] and m["label"] == self.n.next_section("cjk"):
            return self._heading(line, m["label"], "cjk", len(text) - len(m["rest"]))
        m = structure.SECTION_LATIN.match(ascii_text)
        style = self.n.latin_style(m["label"]) if m else None
        if m and style:
            return self._heading(line, m["label"], style, len(text) - len(m["rest"]))
        m = structure.SECTION_ARABIC.match(text)
        if m and m["label"] == self.n.next_section("arabic"):
            return self._heading(line, m["label"], "arabic", len(text) - len(m["rest"]))
        m = structure.SECTION_ARABIC_ORDINAL.match(text)
        if m and m["label"] == self.n.next_section("ordinal"):
            return self._heading(line, m["label"], "ordinal", len(text) - len(m["rest"]))
        rest = len(text)
        m = structure.PARA_NUMBER.match(ascii_text)
        if m and (self.n.next_paragraph(int(m["num"])) or self._misnumbered(int(m["num"]))):
            self.n.last_num, self.n.last_minor, self.n.sub = int(m["num"]), 0, None
            self.n.fresh = False
            self.phase, self.annex_title = "body", False
            kind = self._paragraph_kind()
            cut = layout.cut_line(line, rest - len(m["rest"]))
            self._open(kind, f"{self.n.scope()}{m['num']}", m["num"], cut)
            return True
        m = structure.DECIMAL_NUMBER.match(ascii_text)
        after_block = self.position == 0 or self.lines[self.position - 1].ends_block
        if (
            m
            and after_block  # "… operational objectives / 2.1, 2.2 and 2.8": a list, no heading
            and not self.loose
            and self.n.next_decimal(int(m["major"]), int(m["minor"]))
        ):
            self.n.last_minor, self.n.sub = int(m["minor"]), None
            number = f"{m['major']}.{m['minor']}"
            cut = layout.cut_line(line, rest - len(m["rest"]))
            self._open(ClauseKind.HEADING, f"{self.n.scope()}{number}", number, cut)
            self.n.sub, self.n.last_item = number, ""
            return True
        m = structure.SUBPARA.match(ascii_text)
        item = (m["label"] or m["bare"]) if m else ""
        if m and self.n.sub and not self.loose and self.n.next_item(item):
            label = f"({item})"
            kind = self._paragraph_kind()
            cut = layout.cut_line(line, rest - len(m["rest"]))
            self._open(kind, f"{self.n.scope()}{self.n.sub}{label}", label, cut)
            self.n.last_item = item
            return True
        current = self.current
        if m and current is not None and not self.loose and current.kind != ClauseKind.HEADING:
            current.lines.append(line)  # an item of the paragraph being read: it stays inside
            return True
        return False

    def _chapeau(self, line: Line) -> bool:
        """A decision's chapeau opens its preamble: ``The Conference of the Parties … ,``. In a note
        already under way, it opens the draft decision the note suggests (numbered on its own)."""
        at_start = (
            self.current is None
            and not self.loose
            and self.phase == "body"
            and (self.n.last_num is None and not self.counts["pre"])
        )
        embedded = (
            not self.decision
            and not self.n.annex
            and not self.n.draft
            and (self.n.last_num is not None)
        )
        if not (at_start or embedded):
            return False
        end = chapeau_end(self.lines, self.position, self.lang)
        if end is None:
            return False
        self.flush()
        if embedded:
            self.n.enter_draft()
        self._open(ClauseKind.HEADING, f"{self.n.scope()}chapeau", None, line)
        self.chapeau_left = end - self.position - 1
        self.phase = "preamble"
        return True

    def _paragraph_kind(self) -> ClauseKind:
        """Operative in a decision or a note's draft decision, body elsewhere (annexes, notes)."""
        operative = (self.decision or self.n.draft) and not self.n.annex
        return ClauseKind.OPERATIVE if operative else ClauseKind.BODY

    def _heading(self, line: Line, label: str, style: str, cut: int) -> bool:
        self.flush()
        nested = self.n.open_section(label, style)
        self.phase, self.annex_title = "body", False
        shown = self.n.shown(label, style) or label
        path = f"{self.n.shown(self.n.section, self.n.style)}/{shown}" if nested else shown
        self._open(
            ClauseKind.HEADING, f"{self.n.scope()}sec-{path}", shown, layout.cut_line(line, cut)
        )
        return True

    # --- loose text: prose between clauses, or a table ------------------------------------------
