"""Ctrl-C and SIGTERM at any moment of an ingest, sent to the process group as a terminal sends them:
"copmop: interrupted", exit 130, no traceback, every document stored whole or absent, no process left."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEED_DECISION
from tests.processes import command, descendants, gone, reap

COPMOP = str(Path(sys.executable).with_name("copmop"))
FILES = 8
CLAUSES, CITATIONS = 70, 25  # of each document of the corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("signals") / "in"
    folder.mkdir()
    text = SEED_DECISION.read_text(encoding="utf-8")
    for k in range(FILES):
        (folder / f"cp-10-{100 + k}.txt").write_text(
            text.replace("CP-10/7.", f"CP-10/{100 + k}."), encoding="utf-8"
        )
    return folder


def _whole_or_absent(db: Path) -> int:
    """The number of documents stored, each checked whole: all its clauses and citations."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT d.doc_id, (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.doc_id), "
            "(SELECT count(*) FROM citations c WHERE c.doc_id = d.doc_id) FROM documents d"
        ).fetchall()
        orphans = con.execute(
            "SELECT count(*) FROM paragraphs WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
        ).fetchone()
    finally:
        con.close()
    assert [r for r in rows if r[1:] != (CLAUSES, CITATIONS)] == []
    assert orphans == (0,)
    return len(rows)


def _interrupt(corpus: Path, db: Path, signum: int, when: str) -> tuple[int, str, str]:
    """Run an ingest, signal its process group at the moment named, and return its exit code,
    standard output and standard error; its helpers must be gone with it."""
    proc = subprocess.Popen(
        [COPMOP, "ingest", str(corpus), "--db", str(db), "--jobs", "2", "-v"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    assert proc.stderr is not None
    lines: list[str] = []
    helpers: list[int] = []
    if when.startswith("after "):
        wanted = int(when.split()[1])
        for line in proc.stderr:
            lines.append(line)
            if sum(x.startswith("added ") for x in lines) == wanted:
                break
    else:
        time.sleep(float(when.removesuffix(" s")))
    helpers = descendants(proc.pid)
    with contextlib.suppress(ProcessLookupError):  # it may have ended just now
        os.killpg(proc.pid, signum)
    out, err = proc.communicate(timeout=30)
    assert gone(helpers, within=10), [command(p) for p in helpers]
    reap()
    return proc.returncode, out, "".join(lines) + err


# Moments of a run: while it starts and collects the files, while the workers read and the writer
# stores the batches, as the last document is stored and the derived tables and search index built.
MOMENTS = [
    (signal.SIGINT, "0.3 s"),
    (signal.SIGTERM, "1.5 s"),
    (signal.SIGINT, "after 1"),
    (signal.SIGTERM, "after 4"),
    (signal.SIGINT, f"after {FILES - 1}"),
    (signal.SIGINT, f"after {FILES}"),
    (signal.SIGTERM, f"after {FILES}"),
]


@pytest.mark.parametrize(("signum", "when"), MOMENTS, ids=[f"{s.name} {w}" for s, w in MOMENTS])
def test_an_interrupted_ingest_ends_at_once_and_loses_nothing(
    corpus: Path, tmp_path: Path, signum: signal.Signals, when: str
) -> None:
    db = tmp_path / "s.duckdb"
    code, out, err = _interrupt(corpus, db, signum, when)
    assert "Traceback" not in err, err
    others = [x for x in err.splitlines() if not x.startswith("added ")]
    if code == 0:  # the signal came as the run ended, its work done
        assert out.startswith(f"{FILES} files: ") and others == []
    else:
        assert (code, out, others) == (130, "", ["copmop: interrupted"])
    stored = _whole_or_absent(db) if db.exists() else 0
    again = subprocess.run(
        [COPMOP, "ingest", str(corpus), "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert (
        f"({FILES - stored} new, 0 replaced, 0 with warnings), {stored} unchanged" in again.stdout
    )
    assert _whole_or_absent(db) == FILES


def test_an_interrupted_query_says_so(tmp_path: Path) -> None:
    """A query interrupted in DuckDB (which turns the signal into "Query interrupted") is an
    interruption, not a failed query."""
    db = tmp_path / "s.duckdb"
    subprocess.run([COPMOP, "ingest", str(SEED_DECISION), "--db", str(db)], check=True)
    proc = subprocess.Popen(
        [COPMOP, "sql", "SELECT count(*) FROM range(100000000000)", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    time.sleep(1.5)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert (proc.returncode, out, err) == (130, "", "copmop: interrupted\n")
