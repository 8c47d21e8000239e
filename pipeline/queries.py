"""Read-side questions over the store that the CLI asks: which documents, which clauses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from copmop.graph.status import clause_part, mark, standings
from copmop.lang.normalize import canonical_symbol, parse_decision
from copmop.pipeline.errors import NotFound, UsageError
from copmop.pipeline.models import Document
from copmop.pipeline.store import Store

__all__ = ["clauses_citing", "resolve_documents", "show_rows", "why_empty"]


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
    """One row per clause (or the clause numbered ``para`` and its footnotes) with its references, and
    for an operative paragraph (or any clause of a decision) that no longer holds as printed, what
    replaced, amended or retired it (``status``)."""
    columns = ["doc_id", "par_id", "kind", "section", "number", "text", "references", "status"]
    rows: list[tuple] = []
    decisions = sorted({d.decision for d in docs if d.decision})
    held = standings(store, decisions) if decisions else {}
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
            part = clause_part(p.kind.value, p.number)
            standing = held.get((doc.decision or "", part)) if part else None
            rows.append(
                (
                    doc.doc_id,
                    p.par_id,
                    p.kind.value,
                    p.section,
                    p.number,
                    p.text,
                    "; ".join(dict.fromkeys(refs.get(p.par_id, []))),
                    mark(standing) if standing else "",
                )
            )
    return columns, rows


def clauses_citing(
    store: Store,
    article: str,
    instrument: str = "CPB",
    decision: str | None = None,
    langs: Sequence[str] | None = None,
    meetings: tuple[int, int] | None = None,
) -> tuple[list[str], list[tuple]]:
    """Every clause that cites an Article (``35``, or ``CBD/19``), one row per clause and pinpoint."""
    head, _, number = article.strip().upper().partition("/")
    target = f"{head}/{number}" if number else f"{instrument.upper()}/{head}"
    if not target.split("/")[1].isdecimal():
        raise UsageError(f"--article {article!r}: give the Article's number, as 35 or CBD/19")
    sql = (
        "SELECT DISTINCT c.par_id, c.doc_id, d.decision, coalesce(d.symbol, d.decision) AS document, "
        "d.lang, p.section, p.number, c.pinpoint, p.text, d.meeting, p.seq "
        "FROM citations c JOIN paragraphs p USING (par_id) JOIN documents d ON d.doc_id = c.doc_id "
        "WHERE c.kind = 'article' AND c.target = ?"
    )
    params: list[Any] = [target]
    if decision:
        wanted = parse_decision(decision) or canonical_symbol(decision)
        sql += " AND (d.decision = ? OR d.symbol = ?)"
        params += [wanted, wanted]
    if langs:
        sql += f" AND d.lang IN ({', '.join('?' for _ in langs)})"
        params += list(langs)
    if meetings:
        sql += " AND d.meeting BETWEEN ? AND ?"
        params += list(meetings)
    columns, rows = store.query(
        f"SELECT par_id, doc_id, decision, document, lang, section, number, pinpoint, text "
        f"FROM ({sql}) ORDER BY meeting, doc_id, seq, pinpoint NULLS FIRST",
        params,
    )
    return columns, rows


_INSTRUMENTS = ("CPB", "CBD", "NP", "SP")


def why_empty(
    store: Store,
    langs: Sequence[str] | None = None,
    meetings: tuple[int, int] | None = None,
    instrument: str | None = None,
) -> str | None:
    """Why an answer has no rows, when a filter names what the store does not hold."""
    if instrument is not None and instrument.upper() not in _INSTRUMENTS:
        return (
            f"{instrument} is not an instrument copmop knows ({', '.join(_INSTRUMENTS)}: the "
            "Protocol, the Convention, the Nagoya and the Supplementary Protocols)"
        )
    if langs:
        _, rows = store.query("SELECT DISTINCT lang FROM documents ORDER BY lang")
        have = [lang for (lang,) in rows]
        if not set(langs) & set(have):
            held_langs = ", ".join(have) or "none"
            return f"the store holds no document in {', '.join(langs)} (it holds {held_langs})"
    if meetings:
        _, rows = store.query(
            "SELECT min(meeting), max(meeting), count(*) FILTER (meeting BETWEEN ? AND ?) "
            "FROM documents",
            list(meetings),
        )
        low, high, inside = rows[0]
        if not inside:
            held = f"meetings {low}-{high}" if low is not None else "no meeting"
            span = (
                f"{meetings[0]}-{meetings[1]}" if meetings[0] != meetings[1] else str(meetings[0])
            )
            return f"the store holds no document of meeting {span} (it holds {held})"
    return None
