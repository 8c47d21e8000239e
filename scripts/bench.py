"""`make bench`: what ingest costs against pdfplumber's own text extraction, on the same PDFs, in one run.

    python scripts/bench.py [--copies N] [--rounds R] [--synthetic]

First the reader on the PDFs a word processor typeset (tests/typeset, tests/blind/typeset): its time
against pdfplumber's own `extract_text` on the same files, by layout (the bar: 1.3×); and its pages per
second with each engine (`ingest --engine pdfplumber|pdfium`), min and median of three runs, and their
ratio (the target: 10×). Then builds the
seeds' PDFs as the tests do (tests/pdfbuild.py), replicated into N distinct documents
(another decision or symbol number in each), and prints: bare pdfplumber `extract_text` time; the time
of each stage of ingest (read, segment, citations, store); whole ingests with --jobs 1 and --jobs 2 and
their ratios; peak memory. Then whole ingests against bare pdfplumber on both corpora (the seeds'
replicas and the typeset PDFs), R rounds each (min and median): jobs1/bare and jobs2/jobs1; the
start-up of commands that need no language pipeline; the peak memory of an ingest at --jobs 1 of 6
and of 96 files, each in a process of its own. With --synthetic it also times the answers over the
synthetic corpus at 10,000 and 100,000 decisions.
"""

from __future__ import annotations

import argparse
import copy
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copmop.extractors.citations import find_citations  # noqa: E402
from copmop.pipeline.ingest import ingest  # noqa: E402
from copmop.pipeline.read_pdf import read_pdf  # noqa: E402
from copmop.pipeline.segment import segment  # noqa: E402
from copmop.pipeline.store import Store  # noqa: E402
from tests.pdfbuild import build_pdf, load_spec  # noqa: E402

SPECS = [
    ROOT / "tests" / "fixtures" / "cp-10-7.zh.spec.json",
    ROOT / "tests" / "fixtures" / "cop-mop-5-16.zh.spec.json",
]


def corpus(folder: Path, copies: int) -> list[Path]:
    """``copies`` distinct documents of each seed: the number in the decision or symbol changes."""
    out = []
    for spec_path in SPECS:
        spec = load_spec(spec_path)
        for k in range(copies):
            variant = copy.deepcopy(spec)
            number = 100 + k
            old_symbol = variant["header"]
            variant["header"] = old_symbol.rsplit("/", 1)[0] + f"/{number}"
            text = json.dumps(variant, ensure_ascii=False)
            text = text.replace("CP-10/7.", f"CP-10/{number}.")
            variant = json.loads(text)
            out.append(build_pdf(variant, folder / f"{spec_path.stem}-{number}.pdf"))
    return out


def timed(label: str, seconds: float, base: float | None = None, pages: int | None = None) -> None:
    ratio = f"  {seconds / base:5.2f}× bare" if base else ""
    rate = f"  {pages / seconds:7.1f} pages/s" if pages and seconds else ""
    print(f"  {label:34} {seconds:8.3f} s{ratio}{rate}")


def typeset_files() -> list[Path]:
    """The PDFs a word processor typeset: the typeset fixtures', in both layouts."""
    files = sorted([*(ROOT / "tests" / "typeset").glob("*.pdf")])
    return files + sorted((ROOT / "tests" / "blind" / "typeset").glob("*.pdf"))


def engines_reader(rounds: int = 3) -> None:
    """Pages per second of the reader with each engine (``ingest --engine``) on the typeset corpus:
    ``rounds`` runs over the whole corpus each, engines in turn; the whole reader (the pages' geometry
    and the layout after it, which the engines share) and the engine's geometry alone."""
    from copmop.pipeline import pdf_pdfium
    from copmop.pipeline import read_pdf as reader

    files = typeset_files()
    geometry = {"pdfplumber": reader.read_geometry, "pdfium": pdf_pdfium.read_geometry}
    pages = sum(len(geometry["pdfium"](path)[0]) for path in files)
    whole: dict[str, list[float]] = {engine: [] for engine in reader.ENGINES}
    alone: dict[str, list[float]] = {engine: [] for engine in reader.ENGINES}
    for _ in range(rounds):
        for engine in reader.ENGINES:
            t0 = time.perf_counter()
            for path in files:
                read_pdf(path, engine=engine)
            t1 = time.perf_counter()
            for path in files:
                geometry[engine](path)
            t2 = time.perf_counter()
            whole[engine].append(t1 - t0)
            alone[engine].append(t2 - t1)
    print(f"the engines on {len(files)} typeset PDFs, {pages} pages ({rounds} runs each):")
    for label, runs in (("reader", whole), ("geometry alone", alone)):
        rates = {}
        for engine, seconds in runs.items():
            best, median = min(seconds), statistics.median(seconds)
            rates[engine] = (pages / best, pages / median)
            print(
                f"  {label:15} {engine:10} {pages / best:8.1f} pages/s (min {best:6.3f} s)  "
                f"{pages / median:8.1f} pages/s (median {median:6.3f} s)"
            )
        fast, slow = rates["pdfium"], rates["pdfplumber"]
        print(
            f"  {label:15} pdfium / pdfplumber {fast[0] / slow[0]:5.2f}× (min)  "
            f"{fast[1] / slow[1]:5.2f}× (median)  (the target: 10×)"
        )
    print()


def typeset_reader(rounds: int = 3) -> None:
    """The reader against bare pdfplumber on every typeset PDF, by layout: the best of ``rounds``
    passes of each, so that a passing hiccup of the machine counts for neither."""
    import pdfplumber

    files = typeset_files()
    totals: dict[str, list[float]] = {}
    pages = dict.fromkeys(("justified", "ragged"), 0)
    for path in files:
        layout = "justified" if ".justified." in path.name else "ragged"
        bare = read = float("inf")
        for _ in range(rounds):
            t0 = time.perf_counter()
            with pdfplumber.open(path) as pdf:
                count = 0
                for page in pdf.pages:
                    page.extract_text()
                    count += 1
            t1 = time.perf_counter()
            read_pdf(path)
            t2 = time.perf_counter()
            bare, read = min(bare, t1 - t0), min(read, t2 - t1)
        pages[layout] += count
        sums = totals.setdefault(layout, [0.0, 0.0])
        sums[0] += bare
        sums[1] += read
    print(f"the reader on {len(files)} typeset PDFs (best of {rounds} passes of each):")
    for layout, (bare, read) in sorted(totals.items()):
        print(
            f"  {layout:10} {pages[layout]:4d} pages  pdfplumber extract_text {bare:7.3f} s  "
            f"copmop read {read:7.3f} s  {read / bare:5.2f}× bare"
        )
    bare, read = (sum(v[i] for v in totals.values()) for i in (0, 1))
    print(
        f"  {'all':10} {sum(pages.values()):4d} pages  {read / bare:.2f}× bare (the bar: 1.30×)\n"
    )


def bare_text(files: list[Path]) -> int:
    """pdfplumber's own ``extract_text`` of every page of the files; the number of pages."""
    import pdfplumber

    pages = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return pages


def spread(times: list[float]) -> str:
    """``min / median`` of the runs, in seconds."""
    return f"{min(times):7.3f} /{statistics.median(times):7.3f} s"


def ingest_against_bare(name: str, files: list[Path], folder: Path, rounds: int) -> None:
    """Whole ingests (--jobs 1, --jobs 2, each into a new store, start-up included) against bare
    pdfplumber on the same files, ``rounds`` times each, interleaved: min and median, and ratios."""
    source = folder / f"{name}-pdf"
    source.mkdir()
    for path in files:
        shutil.copy(path, source / path.name)
    times: dict[str, list[float]] = {"bare": [], "jobs1": [], "jobs2": []}
    pages = 0
    for k in range(rounds):
        start = time.perf_counter()
        pages = bare_text(files)
        times["bare"].append(time.perf_counter() - start)
        for jobs in (1, 2):
            start = time.perf_counter()
            report = ingest([source], folder / f"{name}-{k}-jobs{jobs}.duckdb", jobs=jobs)
            times[f"jobs{jobs}"].append(time.perf_counter() - start)
            assert not report.errors, report.errors
    print(f"\n{name}: {len(files)} PDFs, {pages} pages (min / median of {rounds} rounds)")
    labels = {
        "bare": "pdfplumber extract_text (bare)",
        "jobs1": "ingest --jobs 1",
        "jobs2": "ingest --jobs 2",
    }
    for key, label in labels.items():
        print(f"  {label:34} {spread(times[key])}")
    for top, bottom in (("jobs1", "bare"), ("jobs2", "jobs1")):
        ratios = [t / b for t, b in zip(times[top], times[bottom], strict=True)]
        best = min(times[top]) / min(times[bottom])
        print(
            f"  {top + '/' + bottom:34} {best:7.2f} (of the minima)  "
            f"{statistics.median(ratios):5.2f} (median of the rounds)"
        )


def start_up(db: Path, rounds: int) -> None:
    """Whole commands that need no language pipeline, on a small store: their time is start-up."""
    copmop = Path(sys.executable).with_name("copmop")
    commands = [
        ["--help"],
        ["show", "CP-10/100", "--db", str(db)],
        ["sql", "SELECT count(*) FROM paragraphs", "--db", str(db)],
    ]
    print(f"\nstart-up (whole commands, min / median of {rounds}; the bar: 0.5 s):")
    for command in commands:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            subprocess.run([str(copmop), *command], check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        label = "sql …" if command[0] == "sql" else " ".join(command[:2])
        print(f"  copmop {label:27} {spread(times)}")


# An ingest at --jobs 1 in a process of its own: its peak memory and that of its workers (their peak
# resident set, VmHWM, read from /proc every 50 ms while the ingest runs: the workers are the fork
# server's children, not this process's), in MB.
_MEMORY = """
import os, sys, threading, time
from pathlib import Path
from copmop.pipeline.ingest import ingest

peak, done = [0], threading.Event()

def descendants():
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, todo = set(), [os.getpid()]
    while todo:
        pid = todo.pop()
        for child, parent in parents.items():
            if parent == pid and child not in found:
                found.add(child)
                todo.append(child)
    return found

def watch():
    while not done.is_set():
        for pid in descendants():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak[0] = max(peak[0], int(line.split()[1]))
            except OSError:
                pass
        time.sleep(0.05)

watcher = threading.Thread(target=watch, daemon=True)
watcher.start()
report = ingest([sys.argv[1]], sys.argv[2], jobs=1)
done.set()
watcher.join()
assert not report.errors, report.errors
# its own high-water mark (getrusage's would be the forking bench's, kept across exec)
own = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
           if line.startswith("VmHWM:")) / 1024
print(f"{own:.0f} {peak[0] / 1024:.0f}")
"""


def memory(folder: Path, counts: tuple[int, ...] = (6, 96)) -> None:
    """Peak memory of ingests at --jobs 1 of more and more distinct files (it should stay flat)."""
    (folder / "memory-pdf").mkdir()
    files = corpus(folder / "memory-pdf", -(-max(counts) // len(SPECS)))
    print("\npeak memory of an ingest at --jobs 1 (a process each):")
    for count in counts:
        source = folder / f"memory-{count}"
        source.mkdir()
        for path in files[:count]:
            (source / path.name).symlink_to(path)
        done = subprocess.run(
            [sys.executable, "-c", _MEMORY, str(source), str(folder / f"memory-{count}.duckdb")],
            check=True,
            capture_output=True,
            text=True,
        )
        own, worker = done.stdout.split()
        print(f"  {count:3} files: {own:>5} MB (the parent), {worker:>5} MB (the largest worker)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=12, help="documents per seed (default 12)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each whole ingest")
    parser.add_argument(
        "--synthetic", action="store_true", help="also time queries on the synthetic corpus"
    )
    args = parser.parse_args(argv)

    typeset_reader()
    engines_reader()

    from copmop.extractors.nlp import pipeline_for

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "pdf").mkdir()
        files = corpus(folder / "pdf", args.copies)
        pipeline_for("zh")  # loaded once per process, as in ingest; not part of any stage below
        start = time.perf_counter()
        pages = bare_text(files)
        bare = time.perf_counter() - start
        print(f"{len(files)} PDFs, {pages} pages")
        timed("pdfplumber extract_text (bare)", bare, None, pages)

        stages = {
            "read (pdfplumber chars + layout)": 0.0,
            "segment": 0.0,
            "citations": 0.0,
            "store": 0.0,
        }
        with Store(folder / "stages.duckdb") as store:
            for path in files:
                t0 = time.perf_counter()
                source = read_pdf(path)
                t1 = time.perf_counter()
                doc = segment(source)
                t2 = time.perf_counter()
                doc.citations = find_citations(doc)
                t3 = time.perf_counter()
                store.save(doc)
                t4 = time.perf_counter()
                for name, seconds in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                    stages[name] += seconds
        total = sum(stages.values())
        print("\nstages of ingest (one process):")
        for name, seconds in stages.items():
            print(f"  {name:34} {seconds:8.3f} s  {100 * seconds / total:5.1f} %")
        without = total - stages["citations"]
        print(f"  {'citations add':34} {100 * stages['citations'] / without:7.1f} % to the rest")

        print("\nwhole ingest:")
        runs = {}
        for jobs in (1, 2):
            start = time.perf_counter()
            report = ingest([folder / "pdf"], folder / f"jobs{jobs}.duckdb", jobs=jobs)
            runs[jobs] = time.perf_counter() - start
            assert not report.errors, report.errors
            timed(f"copmop ingest --jobs {jobs}", runs[jobs], bare, pages)
        print(f"  {'--jobs 2 / --jobs 1':34} {runs[2] / runs[1]:8.2f}")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # the workers are the fork server's children, not this process's: their peak is below
        print(f"\npeak memory: {own:.0f} MB (this process)")
        ingest_against_bare("seeds' replicas", files, folder, args.rounds)
        typeset = sorted((ROOT / "tests" / "typeset").glob("*.pdf"))
        typeset += sorted((ROOT / "tests" / "blind" / "typeset").glob("*.pdf"))
        ingest_against_bare("typeset", typeset, folder, args.rounds)
        start_up(folder / "jobs1.duckdb", args.rounds)
        memory(folder)
    if args.synthetic:
        sys.path.insert(0, str(ROOT / "scripts"))
        from bench_queries import main as queries

        queries([])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
