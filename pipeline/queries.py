"""Read-side questions over the store that the CLI asks: which documents, which clauses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extractors.normalize import canonical_symbol, parse_decision
from pipeline.errors import NotFound
from pipeline.models import Document
from pipeline.store import Store

__all__ = ["resolve_documents", "show_rows"]


def resolve_documents(
    store: Store, ident: str, langs: Sequence[str] | None = None
) -> list[Document]:
    """The documents a user means by ``CP-10/7``, ``BS-V/16``, a symbol or a doc_id, in those languages."""
    decision = parse_decision(ident)
    symbol = canonical_symbol(ident)
    sql = "SELECT doc_id FROM documents WHERE (decision = ? OR symbol = ? OR doc_id = ?)"
    params: list[Any] = [decision, symbol, ident]
    if langs:
        sql += f" AND lang IN ({', '.join('?' for _ in langs)})"
        params.extend(langs)
    _, rows = store.query(sql + " ORDER BY lang", params)
    docs = [doc for (doc_id,) in rows if (doc := store.document(doc_id)) is not None]
    if not docs:
        where = f" in {', '.join(langs)}" if langs else ""
        raise NotFound(f"{ident}: not in the store{where}")
    if langs:
        docs.sort(key=lambda d: list(langs).index(d.lang))
    return docs


def show_rows(
    store: Store, docs: Sequence[Document], para: str | None
) -> tuple[list[str], list[tuple]]:
    """One row per clause (or the clause numbered ``para`` and its footnotes) with its references."""
    columns = ["doc_id", "par_id", "kind", "section", "number", "text", "references"]
    rows: list[tuple] = []
    for doc in docs:
        refs: dict[str, list[str]] = {}
        for c in doc.citations:
            refs.setdefault(c.par_id, []).append(
                c.target + (f" {c.pinpoint}" if c.pinpoint else "")
            )
        chosen = doc.paragraphs
        if para is not None:
            wanted = para.strip()
            numbered = [
                p for p in doc.paragraphs if p.number == wanted and p.kind.value != "footnote"
            ]
            ids = {p.par_id for p in numbered[:1]}
            chosen = [p for p in doc.paragraphs if p.par_id in ids or p.anchor in ids]
            if not ids:
                raise NotFound(f"{doc.doc_id}: no paragraph {wanted}")
        for p in chosen:
            rows.append(
                (
                    doc.doc_id,
                    p.par_id,
                    p.kind.value,
                    p.section,
                    p.number,
                    p.text,
                    "; ".join(dict.fromkeys(refs.get(p.par_id, []))),
                )
            )
    return columns, rows
