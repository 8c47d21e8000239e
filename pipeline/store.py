"""The store: the only module that speaks to DuckDB.

One transaction per document (stored whole or not at all), rows inserted in bulk from Arrow tables,
an unchanged file skipped by its sha256, a changed one replacing its document whole.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import duckdb

try:  # the full-text index; a store works without it, search says so
    import duckdb_extension_fts
except ImportError:  # pragma: no cover - installed with copmop
    duckdb_extension_fts = None
from copmop.pipeline import migrate, readonly, schema
from copmop.pipeline.arrow import rows_table
from copmop.pipeline.errors import OutputError, StoreError, StoreLocked
from copmop.pipeline.models import Citation, Document, Paragraph

__all__ = ["Store", "check_path"]


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _reason(exc: Exception) -> str:
    """DuckDB's message without its "IO Error:" prefix and its advice."""
    text = _first_line(exc)
    for prefix in ("IO Error: ", "Serialization Error: ", "Invalid Input Error: "):
        text = text.removeprefix(prefix)
    return text.split(". See also")[0].rstrip(".")


def _holder(exc: Exception) -> str:
    """`` (PID n)`` of the process DuckDB says holds the file's lock, or nothing."""
    _, _, rest = str(exc).partition("PID ")
    pid = "".join(ch for ch in rest.split(")")[0] if ch.isdigit())
    return f" (PID {pid})" if pid else ""


def _is_lock(exc: Exception) -> bool:
    return "lock" in str(exc).lower()


# Tables a copmop store may hold: its own, the derived ones, and the full-text index's schema.
_OWN_TABLES = frozenset({*schema.TABLES, "meta", "links"})
# What a --db value must not be: DuckDB's in-memory database, or a URL (MotherDuck, S3, HTTP …).
_NOT_A_FILE = ("", ":memory:")


def check_path(path: str | Path) -> str:
    """The store's path as DuckDB is given it; an in-memory or remote database is refused."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"a store is opened by its path, not {type(path).__name__}")
    text = os.fspath(path)
    if text.strip() in _NOT_A_FILE or text.startswith(":memory:"):
        raise StoreError(f"--db {text!r}: give the store's file, e.g. --db copmop.duckdb")
    head = text.split("/", 1)[0]
    if ":" in head and len(head.split(":", 1)[0]) > 1:  # "md:x", "s3://…", not "C:\…"
        raise StoreError(f"--db {text!r}: give a file path, not a URL")
    return text


class Store:
    """A DuckDB file of documents, paragraphs and citations.

    Only one process may hold the file open for writing, and none may read it meanwhile: an ingest
    takes the write lock for one batch of documents at a time, and a store opened while another
    process holds it waits up to ``wait`` seconds (calling ``waiting`` once, to say so) before giving up
    with :class:`StoreLocked`. ``fts``: load the full-text-search extension (a store opened for
    writing always does; a reader only needs it to search).
    """

    def __init__(
        self,
        path: str | Path,
        read_only: bool = False,
        sandbox: bool = True,
        wait: float = 0.0,
        waiting: Callable[[str], None] | None = None,
        fts: bool = True,
    ) -> None:
        self.path = check_path(path)
        self.read_only = read_only
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; run `copmop ingest` first")
        self.con = self._connect(wait, waiting)
        try:
            self._check_tables()
            self.con.execute("SET enable_progress_bar = false")
            # loading the extension costs 45 ms of processor time: a reader that never searches skips it
            self.fts = self._load_fts() if fts or not read_only else False
            if read_only and (missing := migrate.missing(self)):
                raise StoreError(
                    f"{self.path}: made by an older copmop (it lacks {', '.join(missing)}); "
                    "run `copmop ingest` on it once (unchanged files are skipped) to bring it up to date"
                )
            if read_only and sandbox:
                # read-only SQL may touch no file (no ATTACH, COPY TO, read_csv) and not undo that
                self.con.execute("SET enable_external_access = false")
                self.con.execute("SET lock_configuration = true")
            elif not read_only:
                # the tables made (or completed) in one transaction: a store interrupted while it is
                # made holds none of them, never some
                self.con.begin()
                for statement in schema.ddl():
                    self.con.execute(statement)
                self._migrate()
                self.con.commit()
        except duckdb.Error as exc:
            self.con.close()
            raise StoreError(f"{self.path}: {_first_line(exc)}") from None
        except BaseException:
            self.con.close()
            raise

    def _connect(self, wait: float, waiting: Callable[[str], None] | None) -> Any:
        deadline = time.monotonic() + max(0.0, wait)
        pause, told = 0.05, False
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.IOException as exc:
                if not _is_lock(exc):
                    raise StoreError(f"{self.path}: cannot be opened ({_reason(exc)})") from None
                if time.monotonic() >= deadline:
                    raise StoreLocked(
                        f"{self.path}: the store is in use by another copmop{_holder(exc)}; "
                        "wait for it to finish"
                    ) from None
                if waiting is not None and not told:
                    waiting(
                        f"{self.path}: waiting for another copmop{_holder(exc)} to finish writing"
                    )
                    told = True
                time.sleep(min(pause, max(0.0, deadline - time.monotonic())))
                pause = min(pause * 2, 0.5)
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: not a copmop store ({_reason(exc)})") from None

    def _check_tables(self) -> None:
        """A DuckDB file made by someone else is not taken over: refused unless it is empty."""
        rows = self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()
        names = {name for (name,) in rows}
        if not names:
            if self.read_only:
                raise StoreError(f"{self.path}: an empty store; run `copmop ingest` first")
            return
        if not {"documents", "meta"} <= names or names - _OWN_TABLES:
            others = ", ".join(sorted(names - _OWN_TABLES) or sorted(names))
            raise StoreError(f"{self.path}: not a copmop store (it holds tables {others})")

    def _load_fts(self) -> bool:
        """Load DuckDB's full-text-search extension from the duckdb-extension-fts package (no network)."""
        if duckdb_extension_fts is None:
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
        """Bring a store made by an older copmop up to date (``pipeline.migrate``)."""
        migrate.migrate(self)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ------------------------------------------------------------------------------

    def known_shas(self) -> set[str]:
        """The sha256 of every file a stored document came from."""
        _, rows = self.query("SELECT DISTINCT sha256 FROM documents WHERE sha256 IS NOT NULL")
        return {sha for (sha,) in rows}

    def counts(self) -> dict[str, int]:
        """How many documents, clauses and citations the store holds."""
        _, rows = self.query(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM paragraphs), "
            "(SELECT count(*) FROM citations)"
        )
        documents, clauses, citations = rows[0]
        return {"documents": documents, "clauses": clauses, "citations": citations}

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
            "documents": rows_table("documents", [doc]),
            "paragraphs": rows_table("paragraphs", doc.paragraphs),
            "citations": rows_table("citations", doc.citations),
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
        """Are the derived tables (links, the search index) up to date with the documents, and made by
        this copmop (a ``links`` an older one made lacks some of ``schema.LINKS_COLUMNS``)?"""
        if self._meta("derived") != self._meta("generation"):
            return False
        _, rows = self.query(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = 'links'"
        )
        return set(schema.LINKS_COLUMNS) <= {name for (name,) in rows}

    def refresh(self) -> list[str]:
        """Rebuild the derived tables after an ingest; the warnings (no search index without fts)."""
        if self.fresh():
            return []
        warnings = []
        # in one transaction: an ingest interrupted while it rebuilds them leaves the earlier ones
        self.con.begin()
        try:
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
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        return warnings

    def export_parquet(self, folder: str | Path) -> dict[str, int]:
        """Each table as Parquet files partitioned by body and meeting (``citations/body=CP/meeting=10/
        data_0.parquet``), for a store that outgrows one file: DuckDB reads them back with
        ``read_parquet('folder/citations/**/*.parquet', hive_partitioning = true)``."""
        out = Path(folder)
        counts = {}
        for table in schema.TABLES:
            select = (
                "SELECT * FROM documents"
                if table == "documents"
                else f"SELECT t.*, d.body, d.meeting FROM {table} t JOIN documents d USING (doc_id)"
            )
            target = str(out / table).replace("'", "''")
            try:
                self.con.execute(
                    f"COPY ({select}) TO '{target}' "
                    "(FORMAT PARQUET, PARTITION_BY (body, meeting), OVERWRITE_OR_IGNORE)"
                )
            except duckdb.Error as exc:
                raise OutputError(f"{out}: cannot be written ({_reason(exc)})") from None
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

    def check_query(self, sql: str) -> None:
        """A user's SQL may only query (see ``readonly``); else a one-line StoreError."""
        readonly.check(self.con, sql)

    def query(
        self, sql: str, params: Iterable[Any] | Mapping[str, Any] | None = None
    ) -> tuple[list[str], list[tuple]]:
        """Run SQL with its parameters (a list for ``?``, a mapping for ``$name``); the column names
        and the rows. A refused statement is a one-line StoreError."""
        if params is not None and not isinstance(params, Mapping):
            params = list(params)
        try:
            cursor = self.con.execute(sql, params)
            columns = [d[0] for d in cursor.description] if cursor.description else []
            return columns, cursor.fetchall()
        except duckdb.Error as exc:
            raise StoreError(_first_line(exc)) from None

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
        values = dict(zip(cols, rows[0], strict=True))
        values["unreadable_pages"] = list(values["unreadable_pages"] or [])
        values["warnings"] = list(values["warnings"] or [])
        doc = Document(**values)
        doc.paragraphs = self.paragraphs(doc_id)
        doc.citations = self.citations(doc_id)
        return doc
