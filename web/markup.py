"""A clause as a page shows it: its text cut into pieces, each citation a link to where its target
leads, each footnote marker a link to its footnote, the leading verb marked; and the rule of where a
target leads (the decision in the store, the clauses that cite an Article, the place in the lineage
graph of a decision the store does not hold, or the page of what cites it).

Only plain strings leave this module: the templates escape them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flask import url_for

from copmop.graph.status import clause_part
from copmop.pipeline.models import Citation, Document, Paragraph, Standing
from copmop.pipeline.store import Store
from copmop.web import queries

__all__ = [
    "Clause",
    "Linker",
    "Piece",
    "Ref",
    "clauses",
    "para_number",
    "path_of",
    "pieces",
    "treatment_of",
]


def path_of(par_id: str) -> str:
    """The clause's path inside its document: ``CP-10/7@zh#7`` → ``7``."""
    return par_id.partition("#")[2]


def para_number(pinpoint: str | None) -> str | None:
    """``para 5`` and ``para 5(b)`` → ``5``; other pinpoints → None."""
    if not pinpoint or not pinpoint.startswith("para "):
        return None
    number = pinpoint[5:].split("(")[0].strip()
    return number or None


@dataclass(frozen=True)
class Piece:
    """A run of a clause's text: plain, a link (``href``), the verb, or a footnote marker (``note``)."""

    text: str
    href: str | None = None
    title: str | None = None
    verb: bool = False
    note: str | None = None


@dataclass
class Ref:
    """One target a clause cites, with where it leads."""

    kind: str
    target: str
    pinpoint: str | None
    treatment: str | None
    href: str
    via: str | None

    @property
    def label(self) -> str:
        return self.target + (f" {self.pinpoint}" if self.pinpoint else "")


@dataclass
class Clause:
    """A paragraph with its pieces, its references and, for a paragraph of a decision, what holds of
    it (``copmop status``: in force, or what amended, replaced or retired it)."""

    par: Paragraph
    path: str
    pieces: list[Piece]
    refs: list[Ref]
    standing: Standing | None = None


class Linker:
    """Where the targets of some citations lead, worked out with three queries for a whole page."""

    def __init__(self, store: Store, targets: Iterable[tuple[str, str, str | None]]) -> None:
        """``targets``: (kind, target, pinpoint) of every citation the page will link."""
        wanted = set(targets)
        self.held = queries.held(store, {t for k, t, _ in wanted if k in ("decision", "document")})
        pairs = {(t, number) for _, t, p in wanted if t in self.held and (number := para_number(p))}
        self.paths = queries.present_paths(store, pairs)
        self.objectives = queries.objectives(store, {t for k, t, _ in wanted if k == "objective"})

    @classmethod
    def of(cls, store: Store, citations: Iterable[Citation]) -> Linker:
        """The links of a page that shows these citations."""
        return cls(store, [(c.kind, c.target, c.pinpoint) for c in citations])

    def href(self, kind: str, target: str, pinpoint: str | None = None) -> str:
        """The page a citation of ``target`` leads to."""
        if kind in ("decision", "document") and target in self.held:
            number = para_number(pinpoint)
            anchor = f"p-{number}" if number and (target, number) in self.paths else None
            return url_for("decision", ident=target, _anchor=anchor)
        if kind == "article":
            return url_for("clauses", article=target)
        if kind == "objective" and target in self.objectives:
            par_id = self.objectives[target]
            return url_for(
                "decision", ident=par_id.partition("#")[0], _anchor=f"p-{path_of(par_id)}"
            )
        if kind == "decision":  # every decision cited is a node of the lineage graph
            return url_for("lineage", ident=target)
        return url_for("target", kind=kind, id=target)


def pieces(
    text: str,
    spans: Sequence[tuple[int, int, str, str]],
    notes: Sequence[tuple[int, str, str]] = (),
    verb: str | None = None,
) -> list[Piece]:
    """``text`` cut at its links (start, end, href, title: the first of overlapping ones wins), its
    footnote markers (offset, label, href; one inside a link moves to the link's end) and the verb
    that opens it."""
    marks: list[tuple[int, int, Piece]] = []
    if verb and text.startswith(verb):
        marks.append((0, len(verb), Piece(verb, verb=True)))
    for start, end, href, title in sorted(spans, key=lambda s: (s[0], -s[1])):
        if 0 <= start < end <= len(text) and all(start >= e or end <= s for s, e, _ in marks):
            marks.append((start, end, Piece(text[start:end], href=href, title=title)))
    marks.sort(key=lambda m: m[0])
    inserts: list[tuple[int, Piece]] = []
    for offset, label, href in notes:
        at = min(max(offset, 0), len(text))
        for start, end, _ in marks:
            if start < at < end:
                at = end
        inserts.append((at, Piece("", href=href, note=label)))
    out: list[Piece] = []
    cursor = 0
    events = sorted(
        [(s, 1, e, p) for s, e, p in marks] + [(at, 0, at, p) for at, p in inserts],
        key=lambda x: (x[0], x[1]),
    )
    for start, _, end, piece in events:
        if start > cursor:
            out.append(Piece(text[cursor:start]))
        out.append(piece)
        cursor = max(cursor, end)
    if cursor < len(text):
        out.append(Piece(text[cursor:]))
    return out


def _title(c: Citation, treatment: str | None) -> str:
    return f"{c.target}{' ' + c.pinpoint if c.pinpoint else ''}{f' ({treatment})' if treatment else ''}"


def treatment_of(c: Citation) -> str | None:
    """How the citing clause treats the target (``citations.treatment``: ``recalls``, ``replaces`` …)."""
    return str(c.treatment) if c.treatment else None


def clauses(
    doc: Document, linker: Linker, parts: dict[str | None, Standing] | None = None
) -> list[Clause]:
    """The document's clauses in reading order, ready for the page; ``parts``: the decision's
    standings by part (``para 3``), from ``copmop.graph.status``."""
    footnotes = {
        (p.anchor, p.number): path_of(p.par_id) for p in doc.paragraphs if p.kind == "footnote"
    }
    spans: dict[str, list[tuple[int, int, str, str]]] = {}
    refs: dict[str, dict[tuple[str, str, str | None], Ref]] = {}
    for c in doc.citations:
        treatment = treatment_of(c)
        href = linker.href(c.kind, c.target, c.pinpoint)
        spans.setdefault(c.via or c.par_id, []).append(
            (c.char_start, c.char_end, href, _title(c, treatment))
        )
        refs.setdefault(c.par_id, {}).setdefault(
            (c.kind, c.target, c.pinpoint),
            Ref(c.kind, c.target, c.pinpoint, treatment, href, c.via),
        )
    out = []
    for p in doc.paragraphs:
        notes = [
            (offset, label, f"#p-{footnotes[(p.par_id, label)]}")
            for label, offset in zip(p.notes, p.note_offsets, strict=False)
            if (p.par_id, label) in footnotes
        ]
        part = clause_part(p.kind.value, p.number)
        out.append(
            Clause(
                p,
                path_of(p.par_id),
                pieces(p.text, spans.get(p.par_id, []), notes, p.verb),
                list(refs.get(p.par_id, {}).values()),
                (parts or {}).get(part) if part else None,
            )
        )
    return out
