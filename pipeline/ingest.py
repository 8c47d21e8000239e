"""Ingest: files → readers → segmentation → citations → store, one document per transaction.

``process`` is the per-file work (a pure function of the path, run in worker processes when
``jobs > 1``); ``ingest`` is the single writer that stores what the workers return.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from copmop.extractors.citations import annotate
from copmop.pipeline.errors import CopmopError, UnreadableSource, UsageError
from copmop.pipeline.models import Document, Source
from copmop.pipeline.read_pdf import read_pdf
from copmop.pipeline.read_text import read_text
from copmop.pipeline.segment import segment
from copmop.pipeline.store import Store
from copmop.pipeline.workers import fewer_collections, run_limited, run_pool

__all__ = ["IngestReport", "Limits", "collect", "ingest", "process", "read"]

SUFFIXES = (".pdf", ".txt")


@dataclass
class IngestReport:
    """What one ingest run did, for its summary line."""

    files: int = 0
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unchanged: int = 0
    clauses: int = 0
    citations: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return len(self.added) + len(self.replaced)

    def summary(self) -> str:
        return (
            f"{self.files} files, {self.documents} documents stored ({len(self.replaced)} replaced, "
            f"{self.unchanged} unchanged), {self.clauses} clauses, {self.citations} citations, "
            f"{len(self.errors)} errors, {self.seconds:.1f} s"
        )


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """The ``.pdf`` and ``.txt`` files under the given paths (folders recursively), and the errors for
    paths that do not exist or are not such files."""
    files: list[Path] = []
    errors: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            )
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                files.append(path)
            else:
                errors.append(f"{path}: not a .pdf or .txt file")
        else:
            errors.append(f"{path}: no such file or folder")
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]  # type: ignore[func-returns-value]
    return unique, errors


def read(path: str | Path) -> Source:
    """The reader for the file's suffix."""
    return read_pdf(path) if str(path).lower().endswith(".pdf") else read_text(path)


def process(path: str | Path) -> Document:
    """Read, segment and find the citations of one file."""
    doc = segment(read(path))
    if not doc.paragraphs:
        raise UnreadableSource(str(path), "no clauses found (is it a COP-MOP document?)")
    return annotate(doc)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Limits:
    """What one file may cost: its size, and its time to read, segment and cite."""

    max_bytes: int = 200 * 1024 * 1024
    seconds: float | None = 300.0


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    jobs: int = 1,
    progress: Callable[[int], Callable[[Path], None]] | None = None,
    limits: Limits | None = None,
    scheduler: str | None = None,
    stored: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Ingest files into the store; bad files are reported, the others stored.

    ``jobs`` worker processes read the files (``scheduler``: the address of a Dask cluster that does
    instead); this process alone writes, one transaction per document. ``progress(n)`` returns the
    function to call as each of the n files is done; ``stored(doc_id, outcome)`` is called as each
    document is committed.
    """
    started = time.perf_counter()
    limits = limits or Limits()
    files, errors = collect(paths)
    report = IngestReport(files=len(files), errors=list(errors))
    todo: list[Path] = []
    for path in files:
        try:
            size = path.stat().st_size
            if size > limits.max_bytes:
                report.errors.append(
                    f"{path}: too large ({size / 2**20:.0f} MB; the limit is "
                    f"{limits.max_bytes / 2**20:.0f} MB)"
                )
                continue
            known = store.known_sha(sha256_of(path))
        except OSError as exc:
            report.errors.append(f"{path}: {exc.strerror or 'cannot be read'}")
            continue
        if known:
            report.unchanged += 1
        else:
            todo.append(path)
    done = progress(len(todo)) if progress is not None else None
    with fewer_collections():
        _store_all(store, _run(todo, jobs, limits.seconds, scheduler), report, done, stored)
    if report.documents or not store.fresh():
        report.warnings.extend(store.refresh())
    report.seconds = time.perf_counter() - started
    return report


def _store_all(
    store: Store,
    results: Iterator[tuple[Path, Document | str]],
    report: IngestReport,
    done: Callable[[Path], None] | None,
    stored: Callable[[str, str], None] | None,
) -> None:
    """The one writer: each document in its own transaction, as the readers hand them over."""
    this_run: dict[str, str] = {}
    for path, result in results:
        if done is not None:
            done(path)
        if isinstance(result, str):
            report.errors.append(result)
            continue
        try:
            outcome = store.save(result)
        except CopmopError as exc:
            report.errors.append(str(exc))
            continue
        if outcome == "unchanged":
            report.unchanged += 1
            continue
        (report.replaced if outcome == "replaced" else report.added).append(result.doc_id)
        if outcome == "replaced":
            earlier = this_run.get(result.doc_id)
            report.notes.append(
                f"replaced {result.doc_id}: {earlier} is the same document in the same language; "
                f"kept {result.source_path}"
                if earlier
                else f"replaced {result.doc_id}: its file changed"
            )
        this_run[result.doc_id] = result.source_path
        if stored is not None:
            stored(result.doc_id, outcome)
        report.clauses += len(result.paragraphs)
        report.citations += len(result.citations)
        if result.unreadable_pages:
            pages = ", ".join(map(str, result.unreadable_pages))
            report.warnings.append(
                f"{result.source_path}: no readable text on page(s) {pages}; "
                f"OCR them to ingest them"
            )


def _safe_process(path: Path) -> Document | str:
    try:
        return process(path)
    except CopmopError as exc:
        return str(exc)
    except MemoryError:
        return f"{path}: too large to read in memory"
    except Exception as exc:  # a bug must not stop the other files: name the file and the failure
        return f"{path}: could not be processed ({type(exc).__name__}: {exc})"
    finally:
        _collect()


_settled = False


def _collect() -> None:
    """After the first file, collect the garbage once and freeze what is still alive (pdfminer's font
    and CMap caches, the language pipelines): it lives as long as the process, and later collections,
    rare while ingest runs (see ``workers.fewer_collections``), need not walk through it."""
    global _settled
    if not _settled:
        gc.collect()
        gc.freeze()
        _settled = True


def _run(
    todo: list[Path], jobs: int, seconds: float | None, scheduler: str | None
) -> Iterator[tuple[Path, Document | str]]:
    if scheduler:
        yield from _run_dask(todo, scheduler, seconds)
    elif jobs <= 1 or len(todo) <= 1:
        for path in todo:
            yield path, run_limited(_safe_process, path, seconds)
    else:
        yield from run_pool(_safe_process, todo, min(jobs, os.cpu_count() or 1), seconds)


def _dask_task(path: str, seconds: float | None) -> Document | str:
    return run_limited(_safe_process, Path(path), seconds)


def _run_dask(
    todo: list[Path], scheduler: str, seconds: float | None
) -> Iterator[tuple[Path, Document | str]]:
    """The per-file work mapped over a Dask distributed cluster; results come back to this writer."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise UsageError(
            "--executor dask needs the dask extra: pip install 'copmop[dask]'"
        ) from None
    try:
        client = Client(scheduler, timeout="10s")
    except OSError as exc:
        raise UsageError(f"--scheduler {scheduler}: no Dask scheduler there ({exc})") from None
    with client:
        futures = client.map(_dask_task, [str(p) for p in todo], seconds=seconds, pure=False)
        where = {f.key: p for f, p in zip(futures, todo, strict=True)}
        for future in as_completed(futures):
            path = where[future.key]
            try:
                yield path, future.result()
            except Exception as exc:  # a worker lost: name the file
                yield path, f"{path}: lost on the Dask cluster ({type(exc).__name__})"
