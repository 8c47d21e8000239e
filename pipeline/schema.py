"""The DuckDB schema, in one place: the columns of each table, in the order of the model's fields.

A test checks that every table's columns are exactly the fields of its dataclass in ``pipeline.models``.
"""

from __future__ import annotations

# table → [(column, DuckDB type)], in the field order of Document, Paragraph and Citation.
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "VARCHAR NOT NULL"),
        ("kind", "VARCHAR NOT NULL"),
        ("decision", "VARCHAR"),
        ("symbol", "VARCHAR"),
        ("lang", "VARCHAR NOT NULL"),
        ("body", "VARCHAR"),
        ("meeting", "INTEGER"),
        ("title", "VARCHAR"),
        ("agenda_item", "VARCHAR"),
        ("place", "VARCHAR"),
        ("date_start", "DATE"),
        ("date_end", "DATE"),
        ("source_path", "VARCHAR"),
        ("sha256", "VARCHAR"),
        ("pages", "INTEGER"),
        ("unreadable_pages", "INTEGER[]"),
        ("warnings", "VARCHAR[]"),
    ],
    "paragraphs": [
        ("par_id", "VARCHAR NOT NULL"),
        ("doc_id", "VARCHAR NOT NULL"),
        ("seq", "INTEGER NOT NULL"),
        ("kind", "VARCHAR NOT NULL"),
        ("section", "VARCHAR"),
        ("number", "VARCHAR"),
        ("text", "VARCHAR NOT NULL"),
        ("verb", "VARCHAR"),
        ("page_start", "INTEGER"),
        ("page_end", "INTEGER"),
        ("anchor", "VARCHAR"),
        ("notes", "VARCHAR[]"),
        ("note_offsets", "INTEGER[]"),
        ("tokens", "VARCHAR"),
    ],
    "citations": [
        ("doc_id", "VARCHAR NOT NULL"),
        ("par_id", "VARCHAR NOT NULL"),
        ("via", "VARCHAR"),
        ("kind", "VARCHAR NOT NULL"),
        ("target", "VARCHAR NOT NULL"),
        ("pinpoint", "VARCHAR"),
        ("raw", "VARCHAR NOT NULL"),
        ("char_start", "INTEGER NOT NULL"),
        ("char_end", "INTEGER NOT NULL"),
        ("treatment", "VARCHAR NOT NULL"),
    ],
}


# Tables derived from the three above, rebuilt by ``Store.refresh`` after an ingest (never by hand):
# ``links`` is the decision-level projection of the citation graph, one row per (citing decision or
# document, cited decision, treatment) with the citing clauses; ``meta`` counts the changes to the store.
# Each node also has an integer id (``src_id``, ``dst_id``: its rank among the nodes by name) and the
# rows are kept in ``dst_id`` order: a walk joins integers, 4 times faster than names at 10M citations,
# and a walk against the arrows (``cited_by``) reads only the blocks its few nodes sit in.
LINKS_SQL = """
WITH edges AS (
    SELECT coalesce(d.decision, d.symbol, d.doc_id) AS src,
           any_value(CASE WHEN d.decision IS NULL THEN 'document' ELSE 'decision' END) AS src_kind,
           c.target AS dst,
           c.treatment AS treatment,
           list(DISTINCT c.par_id ORDER BY c.par_id) AS via
    FROM citations c JOIN documents d USING (doc_id)
    WHERE c.kind = 'decision' AND c.target <> coalesce(d.decision, '')
    GROUP BY 1, 3, 4
),
ids AS (
    SELECT node, (row_number() OVER (ORDER BY node))::INTEGER AS id
    FROM (SELECT src AS node FROM edges UNION SELECT dst FROM edges)
)
SELECT e.src, e.src_kind, e.dst, e.treatment, e.via, s.id AS src_id, t.id AS dst_id
FROM edges e JOIN ids s ON s.node = e.src JOIN ids t ON t.node = e.dst
ORDER BY t.id, s.id, e.treatment
"""
# The columns ``links`` must have; a stored one without them (made by an older copmop) is stale.
LINKS_COLUMNS = ("src", "src_kind", "dst", "treatment", "via", "src_id", "dst_id")
META_DDL = "CREATE TABLE IF NOT EXISTS meta (key VARCHAR NOT NULL, value BIGINT NOT NULL)"


def ddl() -> list[str]:
    """CREATE statements for the three tables (no key constraints: DuckDB checks them eagerly inside a
    transaction that deletes and re-inserts a document; uniqueness is the pipeline's, and tested)."""
    statements = []
    for table, columns in TABLES.items():
        cols = ",\n  ".join(f"{name} {kind}" for name, kind in columns)
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} (\n  {cols}\n)")
    statements.append(META_DDL)
    return statements


def columns(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]
