"""What a user's SQL may be (``copmop sql``): queries only.

The store is opened read-only, without file access and with its configuration locked; what is left
to refuse is what changes DuckDB's own state or runs SQL that cannot be seen: statements other than
queries (CALL, SET, CREATE TEMP …), and table functions such as ``enable_logging`` (which aborts the
process when told to log to a file it may not write) or ``query`` (which runs a string as SQL).
Each statement is parsed by DuckDB and its serialised form searched for the table functions it calls.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import duckdb

from copmop.pipeline.errors import StoreError

__all__ = ["check"]

# The table functions read-only SQL may call (besides the catalogue's duckdb_* and pragma_*):
# "FROM range(10)". The others change DuckDB's state (enable_logging, which aborts the process when
# told to log to a file it may not write), or run SQL that cannot be checked (query, query_table,
# json_execute_serialized_sql), or read memory they are pointed at (arrow_scan).
_READ_FUNCTIONS = frozenset(
    {
        "range",
        "generate_series",
        "unnest",
        "repeat",
        "repeat_row",
        "json_each",
        "json_tree",
        "summary",
        "histogram",
        "histogram_values",
        "icu_calendar_names",
        "pg_timezone_names",
        "which_secret",
    }
)
_READ_PREFIXES = ("duckdb_", "pragma_")


def _table_functions(tree: Any) -> Iterator[str]:
    """The names of the table functions a serialised query calls, however deep."""
    if isinstance(tree, dict):
        if tree.get("type") == "TABLE_FUNCTION" and isinstance(tree.get("function"), dict):
            yield str(tree["function"].get("function_name", "")).lower()
        for value in tree.values():
            yield from _table_functions(value)
    elif isinstance(tree, list):
        for value in tree:
            yield from _table_functions(value)


def check(con: Any, sql: str) -> None:
    """A user's SQL may only query: SELECT (DESCRIBE, SHOW, SUMMARIZE, FROM …), calling no table
    function that changes DuckDB's state or runs SQL of its own; else a one-line StoreError."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise StoreError(str(exc).strip().splitlines()[0]) from None
    if not statements:
        raise StoreError("no query: give one, e.g. SELECT count(*) FROM documents")
    for statement in statements:
        kind = statement.type.name
        if kind != "SELECT":
            raise StoreError(
                f"only queries run here (SELECT, DESCRIBE, SHOW, SUMMARIZE), not {kind} statements"
            )
        row = con.execute("SELECT json_serialize_sql(?)", [statement.query]).fetchone()
        tree = json.loads(row[0]) if row else {"error": True}
        if tree.get("error"):
            raise StoreError(
                "only queries run here (SELECT, DESCRIBE, SHOW, SUMMARIZE); "
                "write this one as a SELECT"
            )
        for name in _table_functions(tree):
            if name not in _READ_FUNCTIONS and not name.startswith(_READ_PREFIXES):
                raise StoreError(f"{name}() cannot be called from copmop sql")
