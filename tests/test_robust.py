"""Bad input, time limits, crashed readers, interrupted ingests, a second writer: nothing is lost."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from copmop.pipeline.cli import main
from copmop.pipeline.store import Store
from copmop.pipeline.workers import run_limited, run_pool
from tests.bombs import pages_bomb
from tests.conftest import SEED_DECISION
from tests.processes import command, descendants, gone, reap

COPMOP = str(Path(sys.executable).with_name("copmop"))


def _image_only(path: Path) -> Path:
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 300, fill=1)
    c.showPage()
    c.save()
    return path


def _encrypted(path: Path) -> Path:
    c = canvas.Canvas(str(path), encrypt=StandardEncryption("secret", canPrint=0))
    c.drawString(100, 700, "Decision CP-10/7")
    c.showPage()
    c.save()
    return path


def bad_folder(folder: Path, good_pdf: Path) -> dict[str, str]:
    """Seven kinds of bad file (and more) beside a good one; the reason each must get."""
    folder.mkdir()
    shutil.copy(SEED_DECISION, folder / "good.txt")
    data = good_pdf.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    (folder / "empty.pdf").write_bytes(b"")
    _encrypted(folder / "encrypted.pdf")
    _image_only(folder / "scan.pdf")
    (folder / "notes.pdf").write_text("minutes of the bureau meeting\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "latin.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    (folder / "huge.txt").write_bytes(b"a " * (3 * 2**20))
    return {
        "binary.txt": "binary file, not text",
        "corrupt.pdf": None,
        "empty.pdf": "empty file",
        "encrypted.pdf": "encrypted PDF (a password is needed)",
        "huge.txt": "too large (6 MB; the limit is 2 MB)",
        "latin.txt": "undecodable text (not UTF-8, UTF-16, GB18030 or Windows-1252)",
        "notes.pdf": "not a PDF file",
        "scan.pdf": "no text layer; OCR it first",
        "truncated.pdf": None,
    }


def test_each_bad_file_is_named_once_and_the_good_one_is_stored(tmp_path: Path, pdfs) -> None:
    folder = tmp_path / "in"
    expected = bad_folder(folder, pdfs[SEED_DECISION.name])
    db = str(tmp_path / "s.duckdb")
    result = CliRunner().invoke(
        main, ["ingest", str(folder), "--db", db, "--jobs", "2", "--max-size", "2"]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(expected)
    for name, reason in expected.items():
        line = next(e for e in errors if e.startswith(f"error: {folder / name}: "))
        if reason is not None:
            assert line == f"error: {folder / name}: {reason}"
    with Store(db, read_only=True) as store:
        assert store.query("SELECT doc_id FROM documents")[1] == [("CP-10/7@zh",)]


def test_a_file_past_the_time_limit_is_named_and_the_others_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_DECISION, folder / "good.txt")
    # 100,000 pages, each read in turn (its page tree declares one): minutes of work
    pages_bomb(folder / "slow.pdf", declared=1)
    db = str(tmp_path / "s.duckdb")
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(folder),
            "--db",
            db,
            "--jobs",
            "1",
            "--time-limit",
            "2",
            "--max-pages",
            "1000000",
        ],
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {folder / 'slow.pdf'}: took longer than 2 s (the time limit per file)"
    ]
    with Store(db, read_only=True) as store:
        assert store.query("SELECT doc_id FROM documents")[1] == [("CP-10/7@zh",)]


def _sleepy(path: Path) -> str:
    if path.name == "slow":
        time.sleep(30)
    if path.name == "crash":
        os._exit(3)
    return f"done {path.name}"


def test_workers_give_up_slow_files_and_survive_crashes() -> None:
    paths = [Path(n) for n in ("a", "slow", "b", "crash", "c")]
    results = dict(run_pool(_sleepy, paths, jobs=2, limit=1))
    assert results == {
        Path("a"): "done a",
        Path("b"): "done b",
        Path("c"): "done c",
        Path("slow"): "slow: took longer than 1 s (the time limit per file)",
        Path("crash"): "crash: the reader died on this file",
    }
    assert run_limited(_sleepy, Path("a"), 1) == "done a"


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    text = SEED_DECISION.read_text(encoding="utf-8")
    for k in range(count):
        (folder / f"cp-10-{100 + k}.txt").write_text(
            text.replace("CP-10/7.", f"CP-10/{100 + k}."), encoding="utf-8"
        )
    return folder


def test_kill_9_during_an_ingest_loses_nothing_and_the_next_run_finishes(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", 48)
    db = str(tmp_path / "s.duckdb")
    proc = subprocess.Popen(
        [COPMOP, "ingest", str(folder), "--db", db, "--jobs", "2", "-v"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    stored = 0
    assert proc.stderr is not None
    for line in proc.stderr:
        stored += line.startswith("added ")
        if stored == 12:
            helpers = descendants(proc.pid)  # the fork server, two workers, a resource tracker
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert len(helpers) >= 3
    assert gone(helpers, within=10), [command(p) for p in helpers]  # no orphan: they died with it
    reap()
    con = duckdb.connect(db, read_only=True)
    (count,) = con.execute("SELECT count(*) FROM documents").fetchone()
    assert 12 <= count < 48
    assert con.execute(
        "SELECT count(*) FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM paragraphs)"
    ).fetchone() == (0,)
    con.close()
    again = subprocess.run(
        [COPMOP, "ingest", str(folder), "--db", db], capture_output=True, text=True, check=False
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("48 files: ")
    assert (
        f"({48 - count} new, 0 replaced, 0 with warnings), {count} unchanged, 0 duplicates, "
        "0 errors; the store holds 48 documents, 3360 clauses, 1200 citations; "
    ) in again.stdout
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone() == (
        48,
        48,
    )
    assert con.execute("SELECT count(*) - count(DISTINCT par_id) FROM paragraphs").fetchone() == (
        0,
    )
    assert con.execute("SELECT count(DISTINCT doc_id) FROM paragraphs").fetchone() == (48,)
    assert con.execute("SELECT count(*) FROM paragraphs").fetchone() == (48 * 70,)


def test_reingesting_unchanged_files_changes_no_row(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", 3)
    db = str(tmp_path / "s.duckdb")
    assert subprocess.run([COPMOP, "ingest", str(folder), "--db", db], check=False).returncode == 0
    query = (
        "SELECT (SELECT md5(string_agg(par_id || text, '' ORDER BY par_id)) FROM paragraphs), "
        "(SELECT md5(string_agg(par_id || target || char_start, '' ORDER BY par_id, target, char_start)) "
        "FROM citations), (SELECT md5(string_agg(doc_id || sha256, '' ORDER BY doc_id)) FROM documents)"
    )
    with Store(db, read_only=True) as store:
        before = store.query(query)[1]
    again = subprocess.run(
        [COPMOP, "ingest", str(folder), "--db", db], capture_output=True, text=True, check=False
    )
    assert again.stdout.startswith(
        "3 files: 0 documents stored (0 new, 0 replaced, 0 with warnings), 3 unchanged, "
        "0 duplicates, 0 errors; the store holds 3 documents, 210 clauses, 75 citations; "
    )
    with Store(db, read_only=True) as store:
        assert store.query(query)[1] == before


def test_a_second_writer_waits_then_gets_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db):
        result = subprocess.run(
            [COPMOP, "ingest", str(SEED_DECISION), "--db", str(db), "--wait", "1"],
            capture_output=True,
            text=True,
            check=False,
        )
    assert result.returncode == 3
    pid = os.getpid()
    assert result.stderr.splitlines() == [
        f"{db}: waiting for another copmop (PID {pid}) to finish writing",
        f"copmop: {db}: the store is in use by another copmop (PID {pid}); wait for it to finish",
    ]


@pytest.mark.parametrize(
    "sql",
    [
        "DROP TABLE paragraphs",
        "ATTACH 'other.duckdb' AS other",
        "DELETE FROM documents",
        "COPY documents TO 'out.csv'",
    ],
)
def test_copmop_sql_cannot_modify_the_store(tmp_path: Path, sql: str) -> None:
    db = str(tmp_path / "s.duckdb")
    CliRunner().invoke(main, ["ingest", str(SEED_DECISION), "--db", db])
    result = CliRunner().invoke(main, ["sql", sql, "--db", db])
    assert result.exit_code == 2 and result.stderr.startswith("copmop: ")
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "other.duckdb").exists() and not Path("out.csv").exists()
    check = CliRunner().invoke(
        main, ["sql", "SELECT count(*) AS n FROM paragraphs", "--db", db, "--format", "csv"]
    )
    assert check.stdout == "n\n70\n"


def test_a_store_exports_to_parquet_that_duckdb_reads_back(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    CliRunner().invoke(main, ["ingest", str(SEED_DECISION), "--db", db])
    result = CliRunner().invoke(main, ["export", str(tmp_path / "parquet"), "--db", db])
    assert result.exit_code == 0
    assert (
        result.stderr
        == f"1 documents, 70 paragraphs, 25 citations written to {tmp_path / 'parquet'}\n"
    )
    con = duckdb.connect()
    pattern = str(tmp_path / "parquet" / "citations" / "**" / "*.parquet")
    rows = con.execute(
        f"SELECT body, meeting, count(*) FROM read_parquet('{pattern}', "
        "hive_partitioning = true) GROUP BY ALL"
    ).fetchall()
    assert [(b, int(m), n) for b, m, n in rows] == [("CP", 10, 25)]


def test_a_page_without_a_text_layer_is_reported_not_silently_empty(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(mixed))
    c.setFont("Courier", 10)
    for i, line in enumerate(
        [
            "Tenth meeting",
            "CP-10/99. Test decision ",
            "1. Welcomes the report; ",
            "2. Requests the Executive Secretary; ",
        ]
    ):
        c.drawString(72, 700 - 20 * i, line)
    c.showPage()
    c.rect(100, 100, 300, 300, fill=1)  # a scanned page: drawn, no text
    c.showPage()
    c.save()
    result = CliRunner().invoke(main, ["ingest", str(mixed), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"warning: {mixed}: no meeting dates found",
        f"warning: {mixed}: no place found",
        f"warning: {mixed}: no readable text on page(s) 2; OCR them to ingest them",
    ]
    assert "(1 new, 0 replaced, 1 with warnings)" in result.stdout
