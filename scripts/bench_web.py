"""Time every page of the web view over the synthetic store (10,000 decisions, 1,000,000 citations),
through Flask's test client: the whole request, the store opened and closed as `copmop serve` does it.
Each page should take under 300 ms. Beside the time on the clock, the processor time the request took
(all threads of this process): on a machine shared with other work, the clock counts their time too.
Run by `make bench-web`, or alone:

    python scripts/bench_web.py [--keep FOLDER] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copmop.graph.synthetic import generate  # noqa: E402
from copmop.web import create_app  # noqa: E402

BUDGET_MS = 300.0

# (what the page is, its URL): every route of the view, and its heaviest cases.
PAGES = [
    ("home", "/"),
    ("search: risk assessment (every clause matches)", "/search?q=risk+assessment"),
    ("search: page 3", "/search?q=capacity&page=3"),
    ("search: nothing matches", "/search?q=风险评估"),
    ("meeting CP 8 (625 decisions)", "/meeting/CP/8"),
    ("decision CP-8/300", "/decision/CP-8/300"),
    ("decision CP-8/300 by doc_id", "/decision/CP-8/300@en"),
    ("decision in its languages", "/decision/CP-8/300?lang=en"),
    ("document: the plan", "/decision/UNEP/CBD/BS/COP-MOP/5/16"),
    ("decision CP-1/1, changed by later ones (status)", "/decision/CP-1/1"),
    ("decision CP-1/1 as of 2010", "/decision/CP-1/1?as_of=2010-01-01"),
    ("lineage CP-8/300 (depth 1)", "/lineage/CP-8/300"),
    ("lineage CP-16/1 (depth 1)", "/lineage/CP-16/1"),
    ("lineage CP-8/300 depth 2", "/lineage/CP-8/300?depth=2"),
    ("lineage CP-1/5 cited_by depth 1", "/lineage/CP-1/5?direction=cited_by"),
    ("lineage CP-16/1 every depth", "/lineage/CP-16/1?depth=all"),
    ("lineage of a decision not in the store", "/lineage/CP-3/700"),
    (
        "lineage CP-1/1 cited_by every depth --treatment replaces,amends,retires",
        "/lineage/CP-1/1?direction=cited_by&depth=all&treatment=replaces,amends,retires",
    ),
    (
        "lineage CP-16/1 every depth --treatment recalls",
        "/lineage/CP-16/1?depth=all&treatment=recalls",
    ),
    ("clauses: the Articles cited", "/clauses"),
    ("clauses --article 22", "/clauses?article=22"),
    ("clauses --article 22, page 40", "/clauses?article=22&page=40"),
    ("clauses --article CBD/19 --meeting 5-10", "/clauses?article=CBD/19&meeting=5-10"),
    ("xref decision x article", "/xref"),
    ("xref 5-10, page 20", "/xref?meetings=5-10&page=20"),
    ("xref decision x decision", "/xref?cols=decision"),
    ("xref decision x decision, column page 100", "/xref?cols=decision&colpage=100&page=50"),
    ("xref document x objective", "/xref?rows=document&cols=objective"),
    ("check", "/check"),
    ("check, page 30", "/check?page=30"),
    ("what cites objective 2.9", "/target?kind=objective&id=2.9"),
    ("what cites CP-5/100", "/target?kind=decision&id=CP-5/100"),
    ("404: no such decision", "/decision/CP-99/1"),
    ("400: a bad parameter", "/lineage/CP-8/300?depth=x"),
    ("stylesheet", "/static/copmop.css"),
]
# Files, not pages: the whole table, as the CLI writes it.
DOWNLOADS = [
    ("xref.csv (10,000 rows)", "/xref.csv"),
    ("xref.xlsx (10,000 rows)", "/xref.xlsx"),
    ("xref.xlsx meetings 5-10", "/xref.xlsx?meetings=5-10"),
    ("clauses.xlsx --article 22", "/clauses.xlsx?article=22"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, default=None, help="keep the synthetic store here")
    parser.add_argument("--runs", type=int, default=5, help="timed requests per page")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / "synthetic.duckdb"
        if not db.exists():
            start = time.perf_counter()
            counts = generate(db)
            print(f"synthetic corpus: {counts} in {time.perf_counter() - start:.1f} s")
        client = create_app(str(db)).test_client()
        print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; {args.runs} runs")
        head = f"{'status':>6} {'first':>8} {'median':>8} {'max':>8} {'cpu':>8}"
        print(f"\n{'page':48} {head}")
        over = []
        for label, url in PAGES:
            status, first, times, cpu = _time(client, url, args.runs)
            median = statistics.median(times)
            flag = "  over budget" if median > BUDGET_MS else ""
            print(
                f"{label:48} {status:6} {first:7.0f}ms {median:7.0f}ms {max(times):7.0f}ms "
                f"{statistics.median(cpu):7.0f}ms{flag}"
            )
            if flag:
                over.append(label)
        print(f"\n{'download (a file, not a page)':48} {head}")
        for label, url in DOWNLOADS:
            status, first, times, cpu = _time(client, url, min(args.runs, 2))
            print(
                f"{label:48} {status:6} {first:7.0f}ms {statistics.median(times):7.0f}ms "
                f"{max(times):7.0f}ms {statistics.median(cpu):7.0f}ms"
            )
        verdict = f"{len(over)} over {BUDGET_MS:.0f} ms: {', '.join(over)}" if over else "none"
        print(f"\npages whose median is over budget: {verdict}")
    return 0


def _time(client, url: str, runs: int) -> tuple[int, float, list[float], list[float]]:  # type: ignore[no-untyped-def]
    """The status, the first request's time, and the clock and processor times of ``runs`` more, in
    milliseconds."""
    start = time.perf_counter()
    status = client.get(url).status_code
    first = (time.perf_counter() - start) * 1000
    times, cpu = [], []
    for _ in range(runs):
        start, used = time.perf_counter(), time.process_time()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return status, first, times, cpu


if __name__ == "__main__":
    sys.exit(main())
