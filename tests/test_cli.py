"""The command line: exact messages and exit codes, shared options, no tracebacks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from copmop.pipeline.cli import main
from tests.conftest import SEED_DECISION, SEED_PLAN


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(SEED_DECISION, folder / SEED_DECISION.name)
    shutil.copy(SEED_PLAN, folder / "nested" / SEED_PLAN.name)
    return folder


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_ingest_a_folder_then_again(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    first = run("ingest", str(corpus), "--db", db, "--jobs", "1")
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith(
        "2 files: 2 documents stored (2 new, 0 replaced, 0 with warnings), 0 unchanged, "
        "0 duplicates, 0 errors; the store holds 2 documents, 392 clauses, 118 citations; "
    )
    again = run("ingest", str(corpus), "--db", db)
    assert again.exit_code == 0
    assert again.stdout.startswith(
        "2 files: 0 documents stored (0 new, 0 replaced, 0 with warnings), 2 unchanged, "
        "0 duplicates, 0 errors; the store holds 2 documents, 392 clauses, 118 citations; "
    )


def test_a_changed_file_replaces_its_document_and_says_so(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    run("ingest", str(corpus), "--db", db)
    target = corpus / SEED_DECISION.name
    target.write_text(
        target.read_text(encoding="utf-8").replace("欢迎在建立", "欢迎在设立"), encoding="utf-8"
    )
    result = run("ingest", str(corpus), "--db", db)
    assert result.exit_code == 0
    assert "replaced CP-10/7@zh: its file changed" in result.stderr
    assert result.stdout.startswith(
        "2 files: 1 document stored (0 new, 1 replaced, 0 with warnings), 1 unchanged, "
        "0 duplicates, 0 errors; the store holds 2 documents, 392 clauses, 118 citations; "
    )
    out = run("sql", "SELECT count(*) AS n FROM documents", "--db", db, "--format", "csv")
    assert out.stdout == "n\n2\n"


def test_bad_files_are_named_the_others_land_and_the_exit_code_is_1(
    corpus: Path, tmp_path: Path
) -> None:
    (corpus / "broken.pdf").write_bytes(b"this is not a pdf")
    (corpus / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "s.duckdb")
    result = run("ingest", str(corpus), str(tmp_path / "missing"), "--db", db, "--jobs", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'missing'}: no such file or folder",
        f"error: {corpus / 'broken.pdf'}: not a PDF file",
        f"error: {corpus / 'empty.txt'}: empty file",
    ]
    assert "Traceback" not in result.output
    assert result.stdout.startswith("4 files: 2 documents stored (2 new, ")


def test_sql_is_read_only_and_errors_are_one_line(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    run("ingest", str(corpus), "--db", db)
    dropped = run("sql", "DROP TABLE paragraphs", "--db", db)
    assert dropped.exit_code == 2
    assert dropped.stderr == (
        "copmop: only queries run here (SELECT, DESCRIBE, SHOW, SUMMARIZE), not DROP statements\n"
    )
    rows = json.loads(
        run(
            "sql",
            "SELECT kind, count(*) AS n FROM paragraphs WHERE doc_id = 'CP-10/7@zh' "
            "GROUP BY kind ORDER BY kind",
            "--db",
            db,
            "--format",
            "json",
        ).stdout
    )
    assert rows == [
        {"kind": "footnote", "n": 5},
        {"kind": "heading", "n": 13},
        {"kind": "operative", "n": 49},
        {"kind": "preamble", "n": 2},
        {"kind": "title", "n": 1},
    ]


def test_missing_store_and_unknown_decision(tmp_path: Path, corpus: Path) -> None:
    missing = run("sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 2
    assert (
        missing.stderr
        == f"copmop: {tmp_path / 'none.duckdb'}: no such store; run `copmop ingest` first\n"
    )
    db = str(tmp_path / "s.duckdb")
    run("ingest", str(corpus), "--db", db)
    unknown = run("show", "CP-99/1", "--db", db)
    assert (unknown.exit_code, unknown.stderr) == (4, "copmop: CP-99/1: not in the store\n")
    nopara = run("show", "CP-10/7", "--para", "99", "--db", db)
    assert (nopara.exit_code, nopara.stderr) == (4, "copmop: CP-10/7@zh: no paragraph 99\n")


def test_show_a_paragraph_with_its_section_and_footnote(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    run("ingest", str(corpus), "--db", db)
    result = run("show", "BS-X/7", "--para", "7", "--db", db, "--format", "json")
    rows = json.loads(result.stdout)
    assert [(r["par_id"], r["kind"], r["section"], r["number"]) for r in rows] == [
        ("CP-10/7@zh#7", "operative", "A", "7"),
        ("CP-10/7@zh#fn5", "footnote", "A", "5"),
    ]


def test_the_store_comes_from_copmop_db(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "env.duckdb")
    assert run("ingest", str(corpus), env={"COPMOP_DB": db}).exit_code == 0
    out = run(
        "sql", "SELECT count(*) AS n FROM documents", "--format", "csv", env={"COPMOP_DB": db}
    )
    assert out.stdout == "n\n2\n"


def test_every_command_is_documented() -> None:
    for name, command in main.commands.items():
        assert command.help, name
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.name}"


def test_regression_two_files_of_one_document_say_which_is_kept(tmp_path: Path, pdfs) -> None:
    db = str(tmp_path / "s.duckdb")
    pdf = pdfs[SEED_DECISION.name]
    result = run("ingest", str(SEED_DECISION), str(pdf), "--db", db, "--jobs", "1")
    assert result.exit_code == 0
    assert result.stderr == (
        f"duplicate: {pdf} holds the same document as {SEED_DECISION} (CP-10/7@zh); kept {pdf}\n"
    )
    assert result.stdout.startswith(
        "2 files: 1 document stored (1 new, 0 replaced, 0 with warnings), 0 unchanged, "
        "1 duplicate, 0 errors; the store holds 1 document, "
    )


def test_regression_the_same_file_twice_is_read_once_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_DECISION, folder / "a.txt")
    shutil.copy(SEED_DECISION, folder / "b.txt")
    result = run("ingest", str(folder), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 0
    assert (
        result.stderr
        == f"duplicate: {folder / 'b.txt'} is the same file as {folder / 'a.txt'}; read once\n"
    )
    assert result.stdout.startswith(
        "2 files: 1 document stored (1 new, 0 replaced, 0 with warnings), 0 unchanged, "
        "1 duplicate, 0 errors; the store holds 1 document, 70 clauses, 25 citations; "
    )


def test_regression_a_usage_error_escapes_the_argument_it_quotes(tmp_path: Path) -> None:
    """Click quoted an extra argument as given: an escape character reached the terminal."""
    result = CliRunner().invoke(
        main, ["clauses", "\x1b[2J", "--article", "22", "--db", str(tmp_path / "s.duckdb")]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: Got unexpected extra argument (\\x1b[2J)"
