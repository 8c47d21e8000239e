"""Time the answers over the synthetic corpus (10,000 decisions, 1,000,000 citations), in process (wall
clock, and the CPU time of this process's threads: on a busy machine the wall clock waits for the
cores) and as whole `copmop` commands. Run by `make bench` (scripts/bench.py --synthetic) or alone:

    python scripts/bench_queries.py [--keep FOLDER]
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, default=None, help="keep the synthetic store here")
    args = parser.parse_args(argv or [])
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / "synthetic.duckdb"
        if not db.exists():
            start = time.perf_counter()
            counts = generate(db)
            print(f"\nsynthetic corpus: {counts} in {time.perf_counter() - start:.1f} s")
        print(
            f"\n{'answers over the synthetic corpus':50} in process (cpu)      whole command   rows"
        )
        copmop = Path(sys.executable).with_name("copmop")
        with Store(db, read_only=True) as store:
            for label, run, command in QUERIES:
                start, cpu = time.perf_counter(), time.process_time()
                rows = run(store)
                inside, cpu = time.perf_counter() - start, time.process_time() - cpu
                start = time.perf_counter()
                done = subprocess.run(
                    [str(copmop), *command, "--db", str(db)], check=False, stdout=subprocess.DEVNULL
                )
                if done.returncode > 1:  # 1: check found something, as it should here
                    raise SystemExit(f"{' '.join(command)} failed ({done.returncode})")
                whole = time.perf_counter() - start
                print(
                    f"  {label:48} {inside:8.3f} s ({cpu:5.3f} s)  {whole:10.3f} s  {len(rows):7}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
