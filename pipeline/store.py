"""The store: the only module that speaks to DuckDB.

One transaction per document (stored whole or not at all), rows inserted in bulk from Arrow tables,
an unchanged file skipped by its sha256, a changed one replacing its document whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

import duckdb
from copmop.pipeline import schema
from copmop.pipeline.errors import StoreError, StoreLocked
from copmop.pipeline.models import Citation, Document, Paragraph

__all__ = ["Store", "arrow_table"]


def arrow_table(table: str, columns: Mapping[str, Sequence[Any]]) -> Any:
    """An Arrow table with exactly the columns of ``table``, from lists of values by column name (a
    column left out is all NULL)."""
    import pyarrow as pa  # only writers pay for it

    size = max((len(values) for values in columns.values()), default=0)
    fields = []
    arrays = []
    for name, kind in schema.TABLES[table]:
        dtype = _arrow_type(pa, kind)
        fields.append(pa.field(name, dtype))
        arrays.append(pa.array(columns.get(name) or [None] * size, type=dtype))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _arrow(table: str, rows: Sequence[Any]) -> Any:
    """An Arrow table of dataclass rows (``Document``, ``Paragraph``, ``Citation``)."""
    return arrow_table(
        table,
        {
            name: [v.value if isinstance(v, Enum) else v for v in (getattr(r, name) for r in rows)]
            for name in schema.columns(table)
        },
    )


def _arrow_type(pa: Any, kind: str) -> Any:
    """The Arrow type of a DuckDB column type of ``pipeline.schema``."""
    return {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "DATE": pa.date32(),
        "VARCHAR[]": pa.list_(pa.string()),
        "INTEGER[]": pa.list_(pa.int32()),
    }[kind.replace(" NOT NULL", "")]


def _locked_message(path: str, exc: Exception) -> str:
    _, _, rest = str(exc).partition("PID ")
    pid = "".join(ch for ch in rest.split(")")[0] if ch.isdigit())
    holder = f" (PID {pid})" if pid else ""
    return f"{path}: the store is in use by another copmop{holder}; wait for it to finish"


class Store:
    """A DuckDB file of documents, paragraphs and citations."""

    def __init__(self, path: str | Path, read_only: bool = False, sandbox: bool = True) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; run `copmop ingest` first")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(_locked_message(self.path, exc)) from None
            raise StoreError(
                f"{self.path}: not a copmop store ({str(exc).splitlines()[0]})"
            ) from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: {str(exc).splitlines()[0]}") from None
        self.con.execute("SET enable_progress_bar = false")
        self.fts = self._load_fts()
        if read_only and sandbox:
            # nothing read-only SQL runs may touch a file: no ATTACH, COPY TO, read_csv; and no undoing it
            self.con.execute("SET enable_external_access = false")
            self.con.execute("SET lock_configuration = true")
        elif not read_only:
            for statement in schema.ddl():
                self.con.execute(statement)
            self._migrate()

    def _load_fts(self) -> bool:
        """Load DuckDB's full-text-search extension from the duckdb-extension-fts package (no network)."""
        try:
            import duckdb_extension_fts
        except ImportError:
            return False
        folder = (
            Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}"
        )
        extension = folder / "fts.duckdb_extension"
        if not extension.exists():
            return False
        try:
            self.con.execute(f"LOAD '{extension}'")
        except duckdb.Error:
            return False
        return True

    def _migrate(self) -> None:
        """Add the columns a store made by an older copmop lacks."""
        for table, columns in schema.TABLES.items():
            _, rows = self.query(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
            )
            have = {r[0] for r in rows}
            for name, kind in columns:
                if name not in have:
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind.split(' ')[0]}")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ------------------------------------------------------------------------------

    def known_sha(self, sha256: str) -> str | None:
        """The doc_id stored from a file with this content, if any."""
        row = self.con.execute(
            "SELECT doc_id FROM documents WHERE sha256 = ? LIMIT 1", [sha256]
        ).fetchone()
        return row[0] if row else None

    def save(self, doc: Document) -> str:
        """Store one document whole: ``added``, ``replaced`` (its doc_id was there) or ``unchanged``."""
        old = self.con.execute(
            "SELECT sha256 FROM documents WHERE doc_id = ?", [doc.doc_id]
        ).fetchone()
        if old and old[0] == doc.sha256:
            return "unchanged"
        tables = {
            "documents": _arrow("documents", [doc]),
            "paragraphs": _arrow("paragraphs", doc.paragraphs),
            "citations": _arrow("citations", doc.citations),
        }
        try:
            self.con.begin()
            for table in ("citations", "paragraphs", "documents") if old else ():
                self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.doc_id])
            for table, arrow in tables.items():
                self._insert(table, arrow)
            self._bump("generation")
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            raise StoreError(
                f"{doc.source_path}: not stored ({str(exc).splitlines()[0]})"
            ) from None
        return "replaced" if old else "added"

    def append(self, table: str, arrow: Any) -> None:
        """Bulk-append rows that already have the table's columns (a synthetic corpus, a restore)."""
        try:
            self._insert(table, arrow)
            self._bump("generation")
        except duckdb.Error as exc:
            raise StoreError(f"{table}: rows not stored ({str(exc).splitlines()[0]})") from None

    def _insert(self, table: str, arrow: Any) -> None:
        """Insert an Arrow table of ``table``'s columns in one statement."""
        cols = ", ".join(schema.columns(table))
        self.con.register("_incoming", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    # --- derived tables -----------------------------------------------------------------------

    def _meta(self, key: str) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        except duckdb.Error:
            return 0
        return int(row[0]) if row else 0

    def _bump(self, key: str, value: int | None = None) -> None:
        new = self._meta(key) + 1 if value is None else value
        self.con.execute("DELETE FROM meta WHERE key = ?", [key])
        self.con.execute("INSERT INTO meta VALUES (?, ?)", [key, new])

    def fresh(self) -> bool:
        """Are the derived tables (links, the search index) up to date with the documents?"""
        return self._meta("derived") == self._meta("generation") and self._has("links")

    def _has(self, table: str) -> bool:
        _, rows = self.query(
            "SELECT 1 FROM information_schema.tables WHERE table_name = ?", [table]
        )
        return bool(rows)

    def refresh(self) -> list[str]:
        """Rebuild the derived tables after an ingest; the warnings (no search index without fts)."""
        if self.fresh():
            return []
        warnings = []
        self.con.execute(f"CREATE OR REPLACE TABLE links AS {schema.LINKS_SQL}")
        if self.fts:
            self.con.execute(
                "PRAGMA create_fts_index('paragraphs', 'par_id', 'tokens', stemmer = 'none', "
                "stopwords = 'none', ignore = '[\\s\\p{P}\\p{S}]+', strip_accents = 0, "
                "lower = 1, overwrite = 1)"
            )
        else:
            warnings.append(f"{self.path}: no full-text index (the fts extension did not load)")
        self._bump("derived", self._meta("generation"))
        return warnings

    def export_parquet(self, folder: str | Path) -> dict[str, int]:
        """Each table as Parquet files partitioned by body and meeting (``citations/body=CP/meeting=10/
        data_0.parquet``), for a store that outgrows one file: DuckDB reads them back with
        ``read_parquet('folder/citations/**/*.parquet', hive_partitioning = true)``."""
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        counts = {}
        for table in schema.TABLES:
            select = (
                "SELECT * FROM documents"
                if table == "documents"
                else f"SELECT t.*, d.body, d.meeting FROM {table} t JOIN documents d USING (doc_id)"
            )
            target = str(out / table).replace("'", "''")
            self.con.execute(
                f"COPY ({select}) TO '{target}' "
                "(FORMAT PARQUET, PARTITION_BY (body, meeting), OVERWRITE_OR_IGNORE)"
            )
            counts[table] = self.query(f"SELECT count(*) FROM {table}")[1][0][0]
        return counts

    def links(self) -> str:
        """The name of an up-to-date decision-level projection: the stored one, or a temporary copy
        made now when the stored one is missing or stale (a read-only store cannot rebuild it)."""
        if self.fresh():
            return "links"
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE links_now AS {schema.LINKS_SQL}")
        return "links_now"

    # --- reading ------------------------------------------------------------------------------

    def query(self, sql: str, params: Iterable[Any] | None = None) -> tuple[list[str], list[tuple]]:
        """Run SQL; the column names and the rows. A refused statement is a one-line StoreError."""
        try:
            cursor = self.con.execute(sql, list(params) if params is not None else None)
            columns = [d[0] for d in cursor.description] if cursor.description else []
            return columns, cursor.fetchall()
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(first) from None

    def paragraphs(self, doc_id: str) -> list[Paragraph]:
        cols, rows = self.query(
            f"SELECT {', '.join(schema.columns('paragraphs'))} FROM paragraphs WHERE doc_id = ? "
            "ORDER BY seq",
            [doc_id],
        )
        return [
            Paragraph(
                **{
                    **dict(zip(cols, row, strict=True)),
                    "notes": list(row[cols.index("notes")] or []),
                    "note_offsets": list(row[cols.index("note_offsets")] or []),
                }
            )
            for row in rows
        ]

    def citations(self, doc_id: str) -> list[Citation]:
        cols, rows = self.query(
            f"SELECT {', '.join(schema.columns('citations'))} FROM citations WHERE doc_id = ?",
            [doc_id],
        )
        return [Citation(**dict(zip(cols, row, strict=True))) for row in rows]

    def document(self, doc_id: str) -> Document | None:
        names = schema.columns("documents")
        cols, rows = self.query(
            f"SELECT {', '.join(names)} FROM documents WHERE doc_id = ?", [doc_id]
        )
        if not rows:
            return None
        doc = Document(**dict(zip(cols, rows[0], strict=True)))
        doc.paragraphs = self.paragraphs(doc_id)
        doc.citations = self.citations(doc_id)
        return doc
