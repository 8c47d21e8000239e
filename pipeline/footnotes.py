"""Footnotes become clauses, each linked to (and placed right after) the clause carrying its marker."""

from __future__ import annotations

from copmop.pipeline.models import ClauseKind, Document, Marker, Page, Paragraph

__all__ = ["attach_footnotes"]


def attach_footnotes(
    doc: Document, built: list[tuple[Paragraph, tuple[Marker, ...]]], pages: list[Page]
) -> None:
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
        par = Paragraph(
            par_id=f"{doc.doc_id}#fn{note.label}",
            doc_id=doc.doc_id,
            seq=0,
            kind=ClauseKind.FOOTNOTE,
            section=anchor.section,
            number=note.label,
            text=note.text,
            page_start=page,
            page_end=page,
            anchor=anchor.par_id,
        )
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


def _anchor(
    built: list[tuple[Paragraph, tuple[Marker, ...]]],
    label: str,
    page: int,
    used: set[tuple[str, str]],
) -> Paragraph | None:
    """The clause carrying the marker of a footnote on ``page``; else the last clause on that page."""
    for par, markers in built:
        if (par.par_id, label) in used or not any(m.label == label for m in markers):
            continue
        if (
            par.page_start is not None
            and par.page_end is not None
            and par.page_start - 1 <= page <= par.page_end + 1
        ):
            return par
    last = None
    for par, _ in built:
        if par.page_start is not None and par.page_start <= page:
            last = par
    return last
