"""Hostile paths, names, statements and settings: each refusal one line with its reason and exit 2,
nothing lost, nothing mixed, nothing written where it was not asked to be."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from copmop.extractors.nlp import _cache_folder
from copmop.pipeline import schema
from copmop.pipeline.cli import main
from copmop.pipeline.cli.files import MANIFEST, whole_file
from copmop.pipeline.errors import OutputError
from copmop.pipeline.ingest import ingest
from copmop.pipeline.store import Store
from tests.conftest import SEED_DECISION, SEED_PLAN

COPMOP = str(Path(sys.executable).with_name("copmop"))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _decision(folder: Path, number: int) -> Path:
    """A copy of the seed decision as decision CP-10/number."""
    text = SEED_DECISION.read_text(encoding="utf-8").replace("CP-10/7.", f"CP-10/{number}.")
    path = folder / f"cp-10-{number}.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("hostile") / "s.duckdb"
    assert not ingest([SEED_DECISION, SEED_PLAN], path, jobs=1).errors
    return str(path)


def _read_back(folder: Path) -> int:
    pattern = str(folder / "documents" / "**" / "*.parquet")
    return duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{pattern}')").fetchone()[0]


# --- export: a new or empty folder, or an earlier export replaced whole ------------------------


def test_an_earlier_export_is_replaced_whole(tmp_path: Path) -> None:
    """Regression: an export over an earlier one left the old partitions ("2 documents", read back
    as 3)."""
    folder = tmp_path / "in"
    folder.mkdir()
    big, small = tmp_path / "big.duckdb", tmp_path / "small.duckdb"
    files = [_decision(folder, n) for n in (21, 22)] + [SEED_PLAN]
    ingest(files, big, jobs=1)
    ingest(files[:2], small, jobs=1)
    out = tmp_path / "parquet"
    assert run("export", str(out), "--db", str(big)).exit_code == 0
    assert _read_back(out) == 3
    again = run("export", str(out), "--db", str(small))
    assert (again.exit_code, again.stderr) == (
        0,
        f"2 documents, 140 paragraphs, 50 citations written to {out}\n",
    )
    assert _read_back(out) == 2
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["tables"] == {"documents": 2, "paragraphs": 140, "citations": 50}
    written = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    assert written == {*manifest["files"], MANIFEST}
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "big.duckdb",
        "in",
        "parquet",
        "small.duckdb",
    ]  # nothing left beside it


def test_export_writes_into_an_empty_folder(db: str, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    assert run("export", str(out), "--db", db).exit_code == 0
    assert _read_back(out) == 2 and (out / MANIFEST).exists()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (
            lambda p: (p.mkdir(), (p / "mine.txt").write_text("x")),
            "the folder holds files of its own (mine.txt); "
            "give a new or empty folder, or an earlier copmop export",
        ),
        (
            lambda p: (
                p.mkdir(),
                (p / MANIFEST).write_text('{"files": ["documents/a.parquet"]}'),
                (p / "documents").mkdir(),
                (p / "documents" / "a.parquet").write_text("x"),
                (p / "notes.txt").write_text("x"),
            ),
            "an earlier export, with files it did not write (notes.txt); "
            "move them, or give another folder",
        ),
    ],
    ids=["a folder of other files", "an earlier export with a file added"],
)
def test_export_refuses_a_folder_it_would_mix_with(db: str, tmp_path: Path, make, reason) -> None:
    out = tmp_path / "out"
    make(out)
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    result = run("export", str(out), "--db", db)
    assert (result.exit_code, result.stderr) == (2, f"copmop: export {out}: {reason}\n")
    assert sorted(str(p) for p in tmp_path.rglob("*")) == before


def test_export_into_a_missing_folder_or_one_that_cannot_be_written(
    db: str, tmp_path: Path
) -> None:
    missing = tmp_path / "no" / "out"
    result = run("export", str(missing), "--db", db)
    assert (result.exit_code, result.stderr) == (
        2,
        f"copmop: export {missing}: no such folder {missing.parent}\n",
    )
    proc = run("export", "/proc/copmop-export", "--db", db)
    assert (proc.exit_code, proc.stderr) == (
        2,
        "copmop: /proc/copmop-export: cannot be written (No such file or directory)\n",
    )


# --- --out: never the store, never a file it did not make, written whole ------------------------


@pytest.mark.parametrize(
    ("out", "force", "reason"),
    [
        ("/dev/full", True, "--out /dev/full: not a regular file; give a file name"),
        ("/dev/null", False, "--out /dev/null: not a regular file; give a file name"),
        (
            "/proc/copmop.csv",
            False,
            "/proc/copmop.csv: cannot be written (No such file or directory)",
        ),
    ],
)
def test_a_failed_write_of_out_is_one_line_with_exit_2(
    db: str, out: str, force: bool, reason: str
) -> None:
    for fmt in ("csv", "xlsx"):
        args = ["sql", "SELECT 1 AS x", "--format", fmt, "--out", out, "--db", db]
        result = run(*args, *(["--force"] if force else []))
        assert (result.exit_code, result.stderr) == (2, f"copmop: {reason}\n"), fmt


def test_graph_files_that_cannot_be_written_are_one_line(db: str) -> None:
    for args in (
        ["graph", "export", "--out", "/proc/g.graphml"],
        ["graph", "plot", "CP-10/7", "--out", "/proc/g.svg"],
    ):
        result = run(*args, "--db", db)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1
        assert result.stderr.endswith(": cannot be written (No such file or directory)\n")


def test_a_failed_write_leaves_the_earlier_file_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "answer.csv"
    out.write_text("the earlier answer\n", encoding="utf-8")
    with pytest.raises(OutputError) as caught, whole_file(out) as partial:
        partial.write_text("half an ans", encoding="utf-8")
        raise OSError(28, "No space left on device")
    assert str(caught.value) == f"{out}: cannot be written (No space left on device)"
    assert out.read_text(encoding="utf-8") == "the earlier answer\n"
    assert [p.name for p in tmp_path.iterdir()] == ["answer.csv"]


# --- settings that make no sense --------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", str(SEED_DECISION), "--time-limit", "nan"],
        ["ingest", str(SEED_DECISION), "--time-limit", "inf"],
        ["ingest", str(SEED_DECISION), "--time-limit", "-1"],
        ["ingest", str(SEED_DECISION), "--max-memory", "10"],
        ["ingest", str(SEED_DECISION), "--max-pages", "0"],
        ["ingest", str(SEED_DECISION), "--max-chars", "-5"],
        ["sql", "SELECT 1", "--wait", "nan"],
        ["sql", "SELECT 1", "--wait", "inf"],
    ],
)
def test_limits_that_are_no_numbers_are_refused(tmp_path: Path, args: list[str]) -> None:
    result = run(*args, "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 2
    assert "Error: Invalid value for" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "s.duckdb").exists()


# --- copmop sql: queries only -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        (
            "CALL enable_logging(storage='file', storage_path='log'); SELECT 1",
            "only queries run here (SELECT, DESCRIBE, SHOW, SUMMARIZE), not CALL statements",
        ),
        (
            "SELECT * FROM enable_logging(storage='file', storage_path='log')",
            "enable_logging() cannot be called from copmop sql",
        ),
        (
            "SELECT (SELECT count(*) FROM enable_logging(storage := 'file')) AS n",
            "enable_logging() cannot be called from copmop sql",
        ),
        (
            "WITH q AS (SELECT * FROM query('SELECT 1')) SELECT * FROM q",
            "query() cannot be called from copmop sql",
        ),
        (
            "SELECT * FROM json_execute_serialized_sql('{}')",
            "json_execute_serialized_sql() cannot be called from copmop sql",
        ),
        (
            "CHECKPOINT",
            "only queries run here (SELECT, DESCRIBE, SHOW, SUMMARIZE), not CALL statements",
        ),
        (
            "CREATE TEMP TABLE t AS SELECT 1",
            "only queries run here (SELECT, DESCRIBE, SHOW, SUMMARIZE), not CREATE statements",
        ),
        (
            "SET threads = 1",
            "only queries run here (SELECT, DESCRIBE, SHOW, SUMMARIZE), not SET statements",
        ),
        ("", "no query: give one, e.g. SELECT count(*) FROM documents"),
        (" ; ", "no query: give one, e.g. SELECT count(*) FROM documents"),
    ],
)
def test_copmop_sql_refuses_what_is_not_a_query(
    db: str, tmp_path: Path, sql: str, reason: str
) -> None:
    """Regression: CALL enable_logging(storage='file', …) aborted the process."""
    result = subprocess.run(
        [COPMOP, "sql", sql, "--db", db], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"copmop: {reason}\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("sql", "first"),
    [
        ("SHOW TABLES", "name"),
        ("DESCRIBE documents", "column_name,column_type,null,key,default,extra"),
        ("SELECT count(*) AS n FROM range(3)", "n"),
        ("FROM duckdb_tables() SELECT count(*) > 0 AS any", "any"),
        ("SELECT 1 AS x; SELECT 2 AS y", "y"),
    ],
)
def test_copmop_sql_runs_every_kind_of_query(db: str, sql: str, first: str) -> None:
    result = run("sql", sql, "--format", "csv", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == first


# --- names that would forge lines or move the cursor --------------------------------------------


def test_a_file_name_cannot_forge_an_error_line_or_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    forged = "x\nerror: everything.pdf"
    names = [forged, "\x1b[2Jclear.pdf", "evil\u202efdp.txt", "tab\there.txt"]
    for k, name in enumerate(names):
        (folder / name).write_bytes(bytes(range(256)) * 4 + bytes([k]))
    result = run("ingest", str(folder), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 1
    assert sorted(result.stderr.splitlines()) == sorted(
        [
            f"error: {folder}/x\\x0aerror: everything.pdf: not a PDF file",
            f"error: {folder}/\\x1b[2Jclear.pdf: not a PDF file",
            f"error: {folder}/evil\\u202efdp.txt: binary file, not text",
            f"error: {folder}/tab\\x09here.txt: binary file, not text",
        ]
    )
    assert "\x1b" not in result.output


def test_a_message_with_a_line_break_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "a\nb.duckdb"
    result = run("sql", "SELECT 1", "--db", str(db))
    assert result.exit_code == 2 and result.stderr.count("\n") == 1


# --- folders: links followed once and counted ----------------------------------------------------


def test_symlinked_folders_are_followed_once_and_counted(tmp_path: Path) -> None:
    """Regression: a symlinked sub-folder was skipped with "0 files … 0 errors"."""
    archive, elsewhere = tmp_path / "archive", tmp_path / "elsewhere"
    archive.mkdir()
    elsewhere.mkdir()
    _decision(archive, 31)
    _decision(elsewhere, 32)
    (archive / "linked").symlink_to(elsewhere, target_is_directory=True)
    (archive / "again").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "loop").symlink_to(archive, target_is_directory=True)
    (archive / "gone.pdf").symlink_to(tmp_path / "nothing.pdf")
    result = run("ingest", str(archive), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 1
    assert result.stdout.startswith(
        "2 files: 2 documents stored (2 new, 0 replaced, 0 with warnings), 0 unchanged, "
        "0 duplicates, 1 error; the store holds 2 documents, "
    )
    assert result.stderr == f"error: {archive / 'gone.pdf'}: a link to nothing\n"


# --- jieba's cache ------------------------------------------------------------------------------


def test_search_does_not_depend_on_the_shared_temporary_folder(db: str, tmp_path: Path) -> None:
    """Regression: jieba kept its dictionary cache in the temporary folder all users share; a cache
    file there that this user cannot replace broke `search` (here: a folder in its place)."""
    shared = tmp_path / "tmp"
    (shared / "jieba.cache").mkdir(parents=True)
    env = {**os.environ, "TMPDIR": str(shared), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(
        [COPMOP, "search", "风险评估", "--limit", "1", "--format", "csv", "--db", db],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert (
        result.stdout.splitlines()[0] == "par_id,decision,document,lang,section,number,score,text"
    )
    assert len(result.stdout.splitlines()) == 2
    assert [p.name for p in (tmp_path / "cache" / "copmop").iterdir()] == ["jieba.cache"]
    assert sorted(p.name for p in shared.iterdir()) == ["jieba.cache"]


def test_without_a_cache_folder_of_its_own_jieba_gets_a_private_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    folder = _cache_folder()
    assert folder.parent == tmp_path and folder.name.startswith("copmop-jieba-")
    assert folder.stat().st_mode & 0o777 == 0o700


def test_a_store_interrupted_while_it_is_made_holds_no_table_and_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: an ingest interrupted between two CREATE TABLEs left a file that was no longer a
    copmop store ("it holds tables documents")."""
    real = schema.ddl

    def interrupted() -> Iterator[str]:
        yield real()[0]
        raise KeyboardInterrupt

    db = tmp_path / "s.duckdb"
    monkeypatch.setattr(schema, "ddl", interrupted)
    with pytest.raises(KeyboardInterrupt):
        Store(db)
    monkeypatch.undo()
    con = duckdb.connect(str(db))
    assert con.execute("SELECT count(*) FROM information_schema.tables").fetchone() == (0,)
    con.close()
    assert run("ingest", str(SEED_DECISION), "--db", str(db)).exit_code == 0


def test_an_empty_duckdb_file_becomes_a_store_and_a_mixed_one_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    query = run("sql", "SELECT 1", "--db", str(empty))
    assert (query.exit_code, query.stderr) == (
        2,
        f"copmop: {empty}: an empty store; run `copmop ingest` first\n",
    )
    assert run("ingest", str(SEED_DECISION), "--db", str(empty)).exit_code == 0
    mixed = tmp_path / "mixed.duckdb"
    assert run("ingest", str(SEED_DECISION), "--db", str(mixed)).exit_code == 0
    con = duckdb.connect(str(mixed))
    con.execute("CREATE TABLE budget (year INTEGER)")
    con.close()
    result = run("ingest", str(SEED_PLAN), "--db", str(mixed))
    assert (result.exit_code, result.stderr) == (
        2,
        f"copmop: {mixed}: not a copmop store (it holds tables budget)\n",
    )
