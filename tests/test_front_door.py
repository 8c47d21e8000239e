"""What a user meets at the front door: one-line errors with their exit codes, answers that say why
they are empty, `check` that exits like a linter, queries that wait for a running ingest."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from copmop.pipeline.cli import main
from copmop.pipeline.ingest import ingest
from tests.conftest import SEED_DECISION, SEED_PLAN

COPMOP = str(Path(sys.executable).with_name("copmop"))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("door") / "s.duckdb"
    report = ingest([SEED_DECISION, SEED_PLAN], path, jobs=1)
    assert not report.errors
    return str(path)


def test_out_into_a_missing_folder_is_one_line_with_exit_2(db: str, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "x.csv"
    result = run("xref", "--format", "csv", "--out", str(out), "--db", db)
    assert (result.exit_code, result.stderr) == (
        2,
        f"copmop: --out {out}: no such folder {out.parent}\n",
    )


def test_out_never_overwrites_the_store_nor_an_existing_file_without_force(
    db: str, tmp_path: Path
) -> None:
    same = run("sql", "SELECT 1 AS x", "--out", db, "--db", db)
    assert (same.exit_code, same.stderr) == (2, f"copmop: --out {db}: that is the store itself\n")
    out = tmp_path / "x.csv"
    out.write_text("mine", encoding="utf-8")
    refused = run("sql", "SELECT 1 AS x", "--format", "csv", "--out", str(out), "--db", db)
    assert (refused.exit_code, refused.stderr) == (
        2,
        f"copmop: --out {out}: the file exists; give --force to overwrite it\n",
    )
    assert out.read_text(encoding="utf-8") == "mine"
    forced = run(
        "sql", "SELECT 1 AS x", "--format", "csv", "--out", str(out), "--force", "--db", db
    )
    assert forced.exit_code == 0
    assert out.read_text(encoding="utf-8") == "x\n1\n"


def test_xlsx_is_available_for_every_table_command(db: str, tmp_path: Path) -> None:
    commands = [
        ["sql", "SELECT doc_id FROM documents ORDER BY doc_id"],
        ["show", "CP-10/7", "--para", "7"],
        ["lineage", "CP-10/7"],
        ["clauses", "--article", "22"],
        ["xref"],
        ["check"],
        ["search", "风险评估"],
    ]
    for args in commands:
        out = tmp_path / f"{args[0]}.xlsx"
        result = run(*args, "--format", "xlsx", "--out", str(out), "--db", db)
        assert result.exit_code in (0, 1), (args, result.output)  # check exits 1: it finds some
        assert out.read_bytes()[:2] == b"PK", args
    missing = run("xref", "--format", "xlsx", "--db", db)
    assert (missing.exit_code, missing.stderr) == (
        2,
        "copmop: --format xlsx: give the workbook's file with --out FILE.xlsx\n",
    )


def test_a_file_that_is_not_a_copmop_store_is_refused_and_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE documents (id INTEGER, body VARCHAR)")
    con.close()
    for args in (["sql", "SELECT 1"], ["ingest", str(SEED_DECISION)]):
        result = run(*args, "--db", str(other))
        assert (result.exit_code, result.stderr) == (
            2,
            f"copmop: {other}: not a copmop store (it holds tables documents)\n",
        )
    con = duckdb.connect(str(other), read_only=True)
    assert con.execute("SELECT column_name FROM information_schema.columns").fetchall() == [
        ("id",),
        ("body",),
    ]
    con.close()
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    result = run("sql", "SELECT 1", "--db", str(text))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"copmop: {text}: ") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("value", ["", ":memory:", "md:my_db", "s3://bucket/x.duckdb"])
def test_db_must_be_a_file(value: str) -> None:
    result = run("sql", "SELECT 1", "--db", value)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"copmop: --db {value!r}: ")


def test_a_store_in_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "missing" / "s.duckdb"
    result = run("ingest", str(SEED_DECISION), "--db", str(db))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"copmop: {db}: cannot be opened (")
    assert result.stderr.count("\n") == 1


def test_an_empty_answer_says_why(db: str) -> None:
    instrument = run("clauses", "--article", "22", "--instrument", "XYZ", "--db", db)
    assert (instrument.exit_code, instrument.stdout) == (0, "")
    assert instrument.stderr == (
        "no rows: XYZ is not an instrument copmop knows (CPB, CBD, NP, SP: the Protocol, "
        "the Convention, the Nagoya and the Supplementary Protocols)\n"
    )
    lang = run("clauses", "--article", "22", "--lang", "ru", "--db", db)
    assert lang.stderr == "no rows: the store holds no document in ru (it holds zh)\n"
    meetings = run("xref", "--meetings", "20-25", "--format", "csv", "--db", db)
    assert meetings.stdout == "decision\n"
    assert meetings.stderr == (
        "no rows: the store holds no document of meeting 20-25 (it holds meetings 5-10)\n"
    )
    unknown = run("clauses", "--article", "22", "--lang", "de", "--db", db)
    assert (unknown.exit_code, unknown.stderr) == (
        2,
        "copmop: --lang 'de': de is not a UN language copmop reads (zh, en, fr, es, ru, ar)\n",
    )


def test_check_exits_1_when_it_finds_something_and_0_when_not(db: str, tmp_path: Path) -> None:
    found = run("check", "--format", "csv", "--db", db)
    assert found.exit_code == 1
    assert found.stdout.splitlines()[0] == "kind,target,pinpoint,par_id,doc_id,reason"
    clean = tmp_path / "clean.duckdb"
    ingest([SEED_DECISION], clean, jobs=1)
    assert run("check", "--db", str(clean)).exit_code == 0
    assert run("check", "--structure", "--db", str(clean)).exit_code == 0


def test_help_lists_every_command_with_its_first_line() -> None:
    from copmop.pipeline.cli import COMMANDS

    result = run("-h")
    assert result.exit_code == 0
    for name, (_, _, text) in COMMANDS.items():
        command = main.get_command(None, name)  # type: ignore[arg-type]
        assert command is not None and command.help is not None
        assert command.help.splitlines()[0] == text, name
        assert f"  {name}" in result.stdout


def test_queries_wait_for_a_running_ingest_instead_of_failing(tmp_path: Path) -> None:
    """Two processes: an ingest of many files, and queries run while it writes."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        data = SEED_DECISION.read_bytes() + f"\n{i}\n".encode()
        (folder / f"d{i:02}.txt").write_bytes(data.replace(b"CP-10/7", f"CP-10/{i + 10}".encode()))
    db = str(tmp_path / "s.duckdb")
    writer = subprocess.Popen(
        [COPMOP, "ingest", str(folder), "--db", db, "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while not Path(db).exists():
            time.sleep(0.05)
        answered, during = [], 0
        while writer.poll() is None:
            query = subprocess.run(
                [
                    COPMOP,
                    "sql",
                    "SELECT count(*) AS n FROM documents",
                    "--db",
                    db,
                    "--format",
                    "csv",
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            assert query.returncode == 0, query.stderr
            assert "Traceback" not in query.stderr
            answered.append(int(query.stdout.splitlines()[1]))
            during += writer.poll() is None
        out, err = writer.communicate()
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == 0, err
    assert during >= 2
    assert answered == sorted(answered)  # each query saw a whole number of stored documents
    assert out.startswith("40 files: 40 documents stored (40 new,")


def test_the_demo_corpus_folder_is_untouched_by_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(SEED_DECISION.parent, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    run("ingest", str(folder), "--db", str(tmp_path / "s.duckdb"))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
