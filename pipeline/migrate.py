"""Bringing a store made by an older copmop up to date: the columns it lacks are added, and what they
hold is derived from what it has (the treatment of each citation, from its clause's text), in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from copmop.pipeline import schema
from copmop.pipeline.arrow import rows_table

if TYPE_CHECKING:  # the store calls these functions on itself
    from copmop.pipeline.store import Store

__all__ = ["migrate", "missing"]


def missing(store: Store) -> list[str]:
    """The columns of the schema a store lacks, as ``table.column`` (``citations.treatment``)."""
    _, rows = store.query(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
    )
    have = set(rows)
    tables = {t for t, _ in have}
    return [
        f"{table}.{name}"
        for table, columns in schema.TABLES.items()
        if table in tables
        for name, _ in columns
        if (table, name) not in have
    ]


def migrate(store: Store) -> None:
    """Add the columns the store lacks; decide the treatments of its citations from the stored clauses;
    mark the derived tables (links, the search index) stale, to be rebuilt."""
    lacking = missing(store)
    for item in lacking:
        table, name = item.split(".")
        kind = dict(schema.TABLES[table])[name]
        store.con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind.split(' ')[0]}")
    if "citations.treatment" in lacking:
        _treat_stored(store)
    if lacking:
        store._bump("generation")


def _treat_stored(store: Store) -> None:
    """The treatment of every stored citation, document by document (in the transaction the store
    opens to bring its tables up to date: all of them or none)."""
    # imported here: the treatment patterns take 0.26 s to import (measured with -X importtime), paid
    # by every command that opens a store, and only a store made before treatments needs them
    from copmop.extractors.treatment import treat

    store.con.execute("UPDATE citations SET treatment = 'mentions' WHERE treatment IS NULL")
    _, rows = store.query("SELECT DISTINCT doc_id FROM citations")
    for (doc_id,) in rows:
        doc = store.document(doc_id)
        if doc is None:
            continue
        store.con.execute("DELETE FROM citations WHERE doc_id = ?", [doc_id])
        store._insert("citations", rows_table("citations", treat(doc)))
