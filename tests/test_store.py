"""The store: tables as the contract says, whole documents, skips and replacements, read-only SQL."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest

from copmop.pipeline import schema
from copmop.pipeline.errors import StoreError
from copmop.pipeline.ingest import process
from copmop.pipeline.models import Citation, Document, Paragraph
from copmop.pipeline.store import Store
from tests.conftest import SEED_DECISION, SEED_PLAN


def test_ddl_columns_are_the_model_fields() -> None:
    stored = {
        "documents": [
            f.name
            for f in dataclasses.fields(Document)
            if f.name not in ("paragraphs", "citations")
        ],
        "paragraphs": [f.name for f in dataclasses.fields(Paragraph)],
        "citations": [f.name for f in dataclasses.fields(Citation)],
    }
    assert {table: schema.columns(table) for table in schema.TABLES} == stored


def test_tables_have_the_contract_columns(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        for table in ("documents", "paragraphs", "citations"):
            cols, _ = store.query(f"SELECT * FROM {table} LIMIT 0")
            assert cols == schema.columns(table)
        _, types = store.query(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'documents' AND column_name LIKE 'date_%'"
        )
        assert types == [("date_start", "DATE"), ("date_end", "DATE")]


def test_save_adds_skips_and_replaces_whole(tmp_path: Path) -> None:
    doc = process(SEED_DECISION)
    with Store(tmp_path / "s.duckdb") as store:
        assert store.save(doc) == "added"
        assert store.save(doc) == "unchanged"
        changed = dataclasses.replace(doc, sha256="0" * 64, paragraphs=doc.paragraphs[:10])
        assert store.save(changed) == "replaced"
        _, rows = store.query("SELECT count(*), min(seq), max(seq) FROM paragraphs")
        assert rows == [(10, 0, 9)]
        assert store.known_sha("0" * 64) == "CP-10/7@zh"
        assert store.known_sha(doc.sha256) is None


def test_a_failed_save_leaves_the_stored_document_whole(tmp_path: Path) -> None:
    doc = process(SEED_DECISION)
    with Store(tmp_path / "s.duckdb") as store:
        store.save(doc)
        broken = dataclasses.replace(doc, sha256="1" * 64)
        broken.paragraphs = [dataclasses.replace(p) for p in doc.paragraphs]
        broken.paragraphs[5].text = None  # type: ignore[assignment]  # violates NOT NULL mid-insert
        with pytest.raises(StoreError, match="not stored"):
            store.save(broken)
        _, rows = store.query(
            "SELECT count(*), any_value(d.sha256) FROM paragraphs p JOIN documents d USING (doc_id)"
        )
        assert rows == [(len(doc.paragraphs), doc.sha256)]


def test_cjk_text_round_trips_the_store(tmp_path: Path) -> None:
    doc = process(SEED_PLAN)
    with Store(tmp_path / "s.duckdb") as store:
        store.save(doc)
        back = store.document(doc.doc_id)
    assert back is not None
    assert [(p.par_id, p.text, p.section, p.number) for p in back.paragraphs] == [
        (p.par_id, p.text, p.section, p.number) for p in doc.paragraphs
    ]
    assert len({p.par_id for p in back.paragraphs}) == len(back.paragraphs)


def test_read_only_store_refuses_writes_and_attach(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.save(process(SEED_DECISION))
    with Store(path, read_only=True) as store:
        for sql in (
            "DROP TABLE paragraphs",
            f"ATTACH '{tmp_path / 'x.duckdb'}' AS x",
            "COPY documents TO 'out.csv'",
            "SET enable_external_access = true",
        ):
            with pytest.raises(StoreError):
                store.query(sql)
        assert store.query("SELECT count(*) FROM paragraphs")[1] == [(70,)]
    assert duckdb.connect(str(path)).execute("SELECT count(*) FROM documents").fetchone() == (1,)
