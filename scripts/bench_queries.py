"""Time the answers over the synthetic corpus at two sizes (10,000 decisions and 1,000,000 citations;
100,000 and 10,000,000), in process (wall clock, and the CPU time of this process's threads: on a busy
machine the wall clock waits for the cores) and as whole `copmop` commands, the min and median of
three runs of each. Run by `make bench` (scripts/bench.py --synthetic) or alone:

    python scripts/bench_queries.py [--keep FOLDER] [--sizes 10000,100000]

The stores are kept in FOLDER when given (the one of 100,000 decisions takes minutes to write).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copmop.graph.check import check  # noqa: E402
from copmop.graph.lineage import lineage  # noqa: E402
from copmop.graph.status import status  # noqa: E402
from copmop.graph.synthetic import generate  # noqa: E402
from copmop.graph.xref import xref  # noqa: E402
from copmop.pipeline.queries import clauses_citing  # noqa: E402
from copmop.pipeline.store import Store  # noqa: E402

QUERIES = [
    (
        "lineage CP-16/1 (all depths)",
        lambda s: lineage(s, "CP-16/1"),
        ["lineage", "CP-16/1", "--format", "json"],
    ),
    (
        "lineage CP-8/300 --depth 1",
        lambda s: lineage(s, "CP-8/300", depth=1),
        ["lineage", "CP-8/300", "--depth", "1"],
    ),
    (
        "clauses --article 35",
        lambda s: clauses_citing(s, "35")[1],
        ["clauses", "--article", "35", "--format", "csv"],
    ),
    (
        "xref decision x article 5-10",
        lambda s: xref(s, meetings=(5, 10))[1],
        ["xref", "--meetings", "5-10", "--format", "csv"],
    ),
    ("check", lambda s: check(s), ["check", "--format", "json"]),
    (
        "status CP-8/6 (every part)",
        lambda s: status(s, "CP-8/6"),
        ["status", "CP-8/6", "--format", "json"],
    ),
    (
        "status CP-8/6 --para 4",
        lambda s: status(s, "CP-8/6", "4"),
        ["status", "CP-8/6", "--para", "4"],
    ),
    (
        "lineage CP-8/6 --treatment replaces,amends",
        lambda s: lineage(s, "CP-8/6", treatments=["replaces", "amends"]),
        ["lineage", "CP-8/6", "--treatment", "replaces,amends", "--format", "json"],
    ),
    (
        "lineage CP-1/1 --treatment retires,replaces",
        lambda s: lineage(s, "CP-1/1", treatments=["retires", "replaces"]),
        ["lineage", "CP-1/1", "--treatment", "retires,replaces", "--format", "json"],
    ),
    (
        "lineage CP-16/1 --treatment recalls (all depths)",
        lambda s: lineage(s, "CP-16/1", treatments=["recalls"]),
        ["lineage", "CP-16/1", "--treatment", "recalls", "--format", "json"],
    ),
]


RUNS = 3
CITATIONS_PER_DECISION = 100


def spread(times: list[float]) -> str:
    """``min / median`` of the runs, in seconds."""
    return f"{min(times):6.3f} /{statistics.median(times):6.3f}"


def bench(db: Path) -> None:
    """Each answer over the store at ``db``, ``RUNS`` times in process and as a whole command."""
    print(
        f"\n{'answers (min / median of ' + str(RUNS) + ' runs, s)':46} in process      (cpu)"
        "        whole command    rows"
    )
    copmop = Path(sys.executable).with_name("copmop")
    with Store(db, read_only=True) as store:
        for label, run, command in QUERIES:
            inside, cpu, whole = [], [], []
            for _ in range(RUNS):
                start, clock = time.perf_counter(), time.process_time()
                rows = run(store)
                inside.append(time.perf_counter() - start)
                cpu.append(time.process_time() - clock)
            for _ in range(RUNS):
                start = time.perf_counter()
                done = subprocess.run(
                    [str(copmop), *command, "--db", str(db)], check=False, stdout=subprocess.DEVNULL
                )
                if done.returncode > 1:  # 1: check found something, as it should here
                    raise SystemExit(f"{' '.join(command)} failed ({done.returncode})")
                whole.append(time.perf_counter() - start)
            print(
                f"  {label:44} {spread(inside)}  ({statistics.median(cpu):5.2f})  "
                f"{spread(whole)}  {len(rows):6}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, default=None, help="keep the synthetic stores here")
    parser.add_argument(
        "--sizes", default="10000,100000", help="numbers of decisions (default 10000,100000)"
    )
    args = parser.parse_args(argv or [])
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for decisions in (int(n) for n in args.sizes.split(",")):
            citations = decisions * CITATIONS_PER_DECISION
            db = folder / f"synthetic-{decisions}.duckdb"
            print(f"\nsynthetic corpus: {decisions:,} decisions, {citations:,} citations")
            if not db.exists():
                start = time.perf_counter()
                counts = generate(db, decisions, citations)
                print(f"  written in {time.perf_counter() - start:.1f} s: {counts}")
            bench(db)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
