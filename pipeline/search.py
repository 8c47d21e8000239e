"""Full-text search over clauses: DuckDB's fts extension, BM25-ranked, Chinese through jieba's words.

The index is built by the store after each ingest over ``paragraphs.tokens`` (the clause's words, as
the language's spaCy pipeline splits them); a query is split the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from copmop.extractors.nlp import search_tokens
from copmop.lang.detect import detect
from copmop.pipeline.errors import StoreError
from copmop.pipeline.store import Store

__all__ = ["search"]


def search(
    store: Store, query: str, langs: Sequence[str] | None = None, limit: int = 20
) -> tuple[list[str], list[tuple]]:
    """The clauses that best match ``query``, best first, with their BM25 score."""
    if not store.fts:
        raise StoreError(
            "full-text search needs DuckDB's fts extension (pip package "
            "duckdb-extension-fts for this duckdb version)"
        )
    _, ready = store.query(
        "SELECT 1 FROM information_schema.schemata WHERE schema_name = 'fts_main_paragraphs'"
    )
    if not ready:
        raise StoreError(f"{store.path}: no search index yet; run `copmop ingest` to build it")
    lang = detect(query)
    terms = search_tokens(query, "zh" if lang == "zh" else "en")
    sql = (
        "SELECT p.par_id, d.decision, coalesce(d.symbol, d.decision) AS document, d.lang, "
        "p.section, p.number, round(s.score, 4) AS score, p.text FROM ("
        "SELECT par_id, fts_main_paragraphs.match_bm25(par_id, ?) AS score FROM paragraphs) s "
        "JOIN paragraphs p USING (par_id) JOIN documents d USING (doc_id) WHERE s.score IS NOT NULL"
    )
    params: list[object] = [terms]
    if langs:
        sql += f" AND d.lang IN ({', '.join('?' for _ in langs)})"
        params += list(langs)
    return store.query(sql + " ORDER BY s.score DESC, p.par_id LIMIT ?", [*params, limit])
