"""Hostile files and signals, measured: the peak memory of a worker on each bomb with and without the
limits, and the time from a signal to the end of an ingest over many runs.

    python scripts/bench_hostile.py [--runs 60] [--cap-gb 6]

Each bomb is read in a process of its own that does a worker's work on it (``_safe_process``), under
(a) the default limits (a worker of two), (b) no page, character or stream limits but a memory limit
of 2,048 MB (``--max-memory 2048``), (c) no limits at all but a safety cap on its address space
(``--cap-gb``), so that the machine survives the measurement; a reading still going after
``--timeout`` seconds is stopped, its peak so far reported. Then ``--runs`` ingests are interrupted (SIGINT and SIGTERM in turn, sent to
the process group) at moments spread over a whole run, and the time from the signal to the exit of
the ingest and of its last helper is reported, with the outcome of each run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.bombs import chars_bomb, flate_bomb, pages_bomb  # noqa: E402
from tests.processes import descendants, gone  # noqa: E402

COPMOP = str(Path(sys.executable).with_name("copmop"))
SEED = ROOT / "corpus" / "000_cfacde1d0e7c7cb8.txt"

# What one bomb costs a worker: run in a fresh process, its peak resident memory printed as JSON.
WORKER = """
import json, os, resource, sys, threading, time
from pathlib import Path
from copmop.pipeline.ingest import _safe_process
from copmop.pipeline.limits import Limits, default_memory
mode, path, cap, timeout = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
big = 2**50
limits = Limits() if mode == "limits" else Limits(
    max_pages=big, max_chars=big, max_page_chars=big, max_inflate=big
)
memory = {"limits": default_memory(2), "memory only": 2048 * 2**20}.get(mode, cap)
resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
started = time.monotonic()

def report(outcome):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"peak_mb": peak, "seconds": round(time.monotonic() - started, 1),
                      "limit_mb": memory // 2**20, "outcome": outcome}), flush=True)

def give_up():
    report(f"still reading after {timeout:.0f} s: stopped")
    os._exit(0)

threading.Timer(timeout, give_up).start()
try:
    result = _safe_process(path, limits)
    outcome = result if isinstance(result, str) else f"stored: {len(result.paragraphs)} clauses"
except MemoryError:
    outcome = f"MemoryError at the address-space limit of {memory // 2**20} MB"
report(outcome.split(": ", 1)[-1] if isinstance(outcome, str) else outcome)
os._exit(0)
"""


def bombs(folder: Path) -> dict[str, Path]:
    return {
        "5 million characters on a page (19 KB)": chars_bomb(folder / "chars.pdf"),
        "a stream of 1 GB (1 MB)": flate_bomb(folder / "flate.pdf"),
        "100,000 pages (16 MB)": pages_bomb(folder / "pages.pdf"),
        "100,000 pages, the page tree says 1 (16 MB)": pages_bomb(folder / "liar.pdf", declared=1),
    }


def memory(folder: Path, cap_gb: int, timeout: float) -> None:
    print("peak resident memory of a worker on each bomb (MB), seconds, outcome")
    for name, path in bombs(folder).items():
        print(f"\n{name}")
        for mode in ("limits", "memory only", "none"):
            done = subprocess.run(
                [sys.executable, "-c", WORKER, mode, str(path), str(cap_gb * 2**30), str(timeout)],
                capture_output=True,
                text=True,
                check=False,
            )
            row = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"  {mode:12} peak {row['peak_mb']:>6} MB (address space {row['limit_mb']} MB) "
                f"{row['seconds']:>6} s  {row['outcome']}"
            )


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for k in range(count):
        (folder / f"cp-10-{100 + k}.txt").write_text(
            text.replace("CP-10/7.", f"CP-10/{100 + k}."), encoding="utf-8"
        )
    return folder


def _whole(db: Path) -> bool:
    import duckdb

    if not db.exists():
        return True
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        if not tables:  # interrupted before it was made: absent, as a whole
            return True
        rows = con.execute(
            "SELECT (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.doc_id), "
            "(SELECT count(*) FROM citations c WHERE c.doc_id = d.doc_id) FROM documents d"
        ).fetchall()
    finally:
        con.close()
    return all(r == (70, 25) for r in rows)


def signals(folder: Path, runs: int, files: int) -> None:
    corpus = _corpus(folder / "in", files)
    started = time.monotonic()
    subprocess.run(
        [COPMOP, "ingest", str(corpus), "--db", str(folder / "full.duckdb"), "--jobs", "2"],
        capture_output=True,
        check=True,
    )
    whole_run = time.monotonic() - started
    print(f"\nsignals: {runs} ingests of {files} files (a whole run: {whole_run:.1f} s)")
    rng = random.Random(11)
    to_exit, to_quiet, outcomes = [], [], {}
    for k in range(runs):
        signum = (signal.SIGINT, signal.SIGTERM)[k % 2]
        at = rng.uniform(0.05, whole_run * 1.05)
        db = folder / f"s{k}.duckdb"
        with open(folder / "out", "w") as out, open(folder / "err", "w") as err:
            proc = subprocess.Popen(
                [COPMOP, "ingest", str(corpus), "--db", str(db), "--jobs", "2"],
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
            time.sleep(at)
            helpers = descendants(proc.pid)
            sent = time.monotonic()
            with contextlib.suppress(ProcessLookupError):  # it may have ended just now
                os.killpg(proc.pid, signum)
            proc.wait()
            ended = time.monotonic()
            gone(helpers, within=30)
            quiet = time.monotonic()
        text = (folder / "err").read_text(encoding="utf-8")
        if "Traceback" in text:
            kind = "traceback"
        elif proc.returncode == 130 and text.splitlines()[-1:] == ["copmop: interrupted"]:
            kind = "interrupted (130)"
        elif proc.returncode == 0:
            kind = "finished first (0)"
        else:
            kind = f"exit {proc.returncode}: {text.strip()[-80:]!r}"
        if not _whole(db):
            kind += ", a document not whole"
        outcomes[kind] = outcomes.get(kind, 0) + 1
        if proc.returncode == 130:
            to_exit.append(ended - sent)
            to_quiet.append(quiet - sent)
    print(f"  outcomes: {outcomes}")
    for label, values in (("to the exit of copmop", to_exit), ("to its last helper", to_quiet)):
        if values:
            ordered = sorted(values)
            p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
            print(
                f"  signal {label}: median {statistics.median(values):.3f} s, 95th percentile "
                f"{p95:.3f} s, most {max(values):.3f} s over {len(values)} interrupted runs"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--cap-gb", type=int, default=6)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_memory:
            memory(folder, args.cap_gb, args.timeout)
        signals(folder, args.runs, args.files)


if __name__ == "__main__":
    main()
