"""A document's clauses → :class:`Citation` rows with canonical targets.

``find_citations`` runs the language's spaCy pipeline (whose ``copmop_citations`` component calls the
one finder, ``copmop.extractors.finder.find_in_text``) over every clause of a document, footnotes
included: a reference made in a footnote belongs to the clause that carries the footnote's marker,
``via`` the footnote.
"""

from __future__ import annotations

from copmop.extractors.antecedents import context_after
from copmop.extractors.finder import host_of, own_of
from copmop.extractors.nlp import pipeline_for
from copmop.extractors.treatment import treat
from copmop.lang.patterns import PARAGRAPH_NUMBER
from copmop.lang.structure import ANNEX_HEADING
from copmop.pipeline.models import Citation, CitationKind, ClauseKind, Document, Paragraph

__all__ = ["annex_scope", "annotate", "find_citations", "own_number"]


def annotate(doc: Document) -> Document:
    """Run the language's spaCy pipeline over every clause once: the words of each clause for the
    search index (``tokens``), and the document's citations, each with its treatment."""
    doc.citations = find_citations(doc)
    treat(doc)
    return doc


def find_citations(doc: Document) -> list[Citation]:
    """The citations of every clause of a document, found by the language's spaCy pipeline (which
    also leaves each clause's words in ``tokens``)."""
    host = host_of(doc.body)
    own = own_of(doc)
    clauses = list(doc.paragraphs)
    by_id = {par.par_id: par for par in clauses}
    nlp = pipeline_for(doc.lang)
    rows: list[Citation] = []
    context: dict[str, str] = {}  # what the clauses so far named last, for anaphors
    for par in clauses:
        sdoc = nlp.make_doc(par.text)
        sdoc._.copmop_own, sdoc._.copmop_host = own, host
        sdoc._.copmop_scope = annex_scope(par)
        sdoc._.copmop_context = context
        sdoc._.copmop_number = own_number(by_id.get(par.anchor or "", par))
        for _, step in nlp.pipeline:  # the pipeline's steps, without nlp.pipe's batching machinery
            sdoc = step(sdoc)
        par.tokens = " ".join(t.text for t in sdoc if not t.is_space)
        if _silent(par):
            continue
        footnote = par.kind == ClauseKind.FOOTNOTE
        par_id = (par.anchor or par.par_id) if footnote else par.par_id
        via = par.par_id if footnote else None
        found = [
            (k, t, p, *span._.chars)
            for span in sdoc.spans["citations"]
            for k, t, p in span._.citations
        ]
        if not footnote:
            context = context_after(
                context, [(k, t) for k, t, *_ in sorted(found, key=lambda x: x[3])]
            )
        parts_of = {t.split("/")[0] for k, t, *_ in found if k in ("article", "annex")}
        for kind, target, pinpoint, start, end in found:
            if kind == "instrument" and target in parts_of:
                continue  # the clause cites the instrument already, through one of its Articles
            rows.append(
                Citation(
                    doc_id=doc.doc_id,
                    par_id=par_id,
                    via=via,
                    kind=CitationKind(kind),
                    target=target,
                    pinpoint=pinpoint,
                    raw=par.text[start:end],
                    char_start=start,
                    char_end=end,
                )
            )
    return rows


def annex_scope(par: Paragraph) -> str | None:
    """The annex a clause sits in, as a pinpoint names it: section ``annex II/A`` (or path
    ``#annex-II/3``) → ``annex II``; a lone annex → ``annex``; None outside annexes."""
    if par.section and par.section.startswith("annex"):
        return par.section.split("/")[0]
    path = par.par_id.partition("#")[2]
    if path.startswith("annex") and "/" in path:
        return path.split("/")[0].replace("-", " ", 1)
    return None


def own_number(par: Paragraph) -> str | None:
    """The number of the paragraph a clause is, whose items "subparagraph (a) above" names: ``"6"``
    for paragraph 6 of a decision or of an annex; None for a heading, an objective, an item, prose."""
    if par.kind not in (ClauseKind.OPERATIVE, ClauseKind.BODY) or not par.number:
        return None
    return par.number if PARAGRAPH_NUMBER.fullmatch(par.number) else None


def _silent(par: Paragraph) -> bool:
    """Clauses that cite nothing: the chapeau names the body; an annex's heading is the annex."""
    return par.par_id.endswith(("#chapeau", "/chapeau")) or (
        par.kind == ClauseKind.HEADING and bool(ANNEX_HEADING.match(par.text))
    )
