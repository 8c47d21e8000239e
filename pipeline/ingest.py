"""Ingest: files → readers → segmentation → citations → store.

``process`` is the per-file work (a pure function of the path, run in worker processes when
``jobs > 1``); ``ingest`` is the one writer that stores what the workers return, each document in its
own transaction, taking the store's write lock for one batch of documents at a time so that queries can
run between batches.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from copmop.extractors.citations import annotate
from copmop.pipeline.checks import structural_warnings
from copmop.pipeline.errors import CopmopError, LimitExceeded, UnreadableSource, UsageError
from copmop.pipeline.interrupts import reraise
from copmop.pipeline.limits import Budget, Limits, PastLimit
from copmop.pipeline.models import Document, Source
from copmop.pipeline.read_pdf import DEFAULT_ENGINE, ENGINES, read_pdf
from copmop.pipeline.read_text import read_text
from copmop.pipeline.segment import segment
from copmop.pipeline.store import Store
from copmop.pipeline.workers import fewer_collections, run_dask, run_pool

__all__ = ["IngestReport", "Limits", "collect", "ingest", "process", "read"]

SUFFIXES = (".pdf", ".txt")
# A batch of documents is written under one hold of the store's lock: at most this many documents, or
# what arrived within this many seconds of the first.
BATCH_DOCUMENTS, BATCH_SECONDS = 16, 1.0


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


@dataclass
class IngestReport:
    """What one ingest run did, and what the store holds after it, for its summary line."""

    files: int = 0
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)  # stored, with structural warnings
    unchanged: int = 0
    duplicates: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    held: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return len(self.added) + len(self.replaced)

    def summary(self) -> str:
        held = self.held or {"documents": 0, "clauses": 0, "citations": 0}
        return (
            f"{_n(self.files, 'file')}: {_n(self.documents, 'document')} stored "
            f"({len(self.added)} new, {len(self.replaced)} replaced, "
            f"{len(self.flagged)} with warnings), {self.unchanged} unchanged, "
            f"{_n(len(self.duplicates), 'duplicate')}, {_n(len(self.errors), 'error')}; "
            f"the store holds {_n(held['documents'], 'document')}, {_n(held['clauses'], 'clause')}, "
            f"{_n(held['citations'], 'citation')}; {self.seconds:.1f} s"
        )


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """The ``.pdf`` and ``.txt`` files under the given paths (folders recursively, symlinked folders
    followed once), and the errors for paths that do not exist or are not such files."""
    files: list[Path] = []
    errors: list[str] = []
    visited: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path, visited, errors))
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                files.append(path)
            else:
                errors.append(f"{path}: not a .pdf or .txt file")
        else:
            errors.append(f"{path}: no such file or folder")
    seen: set[Path] = set()
    unique = []
    for f in files:
        real = f.resolve()
        if real not in seen:
            seen.add(real)
            unique.append(f)
    return unique, errors


def _walk(folder: Path, visited: set[Path], errors: list[str]) -> Iterator[Path]:
    """Files of a folder in name order, sub-folders (symlinked ones too) each visited once (a link
    back up the tree is a loop, followed no further); a folder that cannot be read and a link to a
    .pdf or .txt that leads nowhere are errors."""
    real = folder.resolve()
    if real in visited:
        return
    visited.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        errors.append(f"{folder}: cannot be read ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry, visited, errors)
        elif entry.suffix.lower() not in SUFFIXES:
            continue
        elif entry.is_file():
            yield entry
        elif entry.is_symlink():
            errors.append(f"{entry}: a link to nothing")


def read(path: str | Path, limits: Limits | None = None, engine: str = DEFAULT_ENGINE) -> Source:
    """The reader for the file's suffix (a PDF's pages read by ``engine``), within ``limits`` (pages and characters; a text file's
    characters are counted before it is split into pages, and one of more than four bytes per allowed
    character is refused before it is decoded)."""
    limits = limits or Limits()
    if str(path).lower().endswith(".pdf"):
        return read_pdf(path, limits, engine)
    budget = Budget(limits)
    try:
        with contextlib.suppress(OSError):  # a missing file is the reader's to report
            if Path(path).stat().st_size > 4 * limits.max_chars:
                budget.char(limits.max_chars + 1, paged=False)
        source = read_text(path)
        lines = sum(len(line.text) for page in source.pages for line in page.lines)
        notes = sum(len(note.text) for page in source.pages for note in page.footnotes)
        budget.char(lines + notes, paged=False)
    except PastLimit as stop:
        raise LimitExceeded(str(path), stop.reason) from None
    return source


def process(
    path: str | Path, limits: Limits | None = None, engine: str = DEFAULT_ENGINE
) -> Document:
    """Read (a PDF by ``engine``), segment, check and find the citations of one file."""
    source = read(path, limits, engine)
    doc = segment(source)
    if not doc.paragraphs:
        raise UnreadableSource(str(path), "no clauses found (is it a COP-MOP document?)")
    doc.warnings += structural_warnings(doc, source)  # after what segmentation said
    return annotate(doc)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class _Writer:
    """The one writer: documents stored in batches, the store opened for each batch."""

    db: str | Path
    report: IngestReport
    wait: float
    waiting: Callable[[str], None] | None
    stored: Callable[[str, str], None] | None
    batch: list[Document] = field(default_factory=list)
    since: float = 0.0
    kept: dict[str, str] = field(default_factory=dict)  # doc_id → the file it was stored from

    def open(self) -> Store:
        return Store(self.db, wait=self.wait, waiting=self.waiting)

    def add(self, doc: Document) -> None:
        if not self.batch:
            self.since = time.monotonic()
        self.batch.append(doc)
        if len(self.batch) >= BATCH_DOCUMENTS or time.monotonic() - self.since >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        with self.open() as store:
            for doc in batch:
                self._save(store, doc)

    def _save(self, store: Store, doc: Document) -> None:
        report = self.report
        try:
            outcome = store.save(doc)
        except CopmopError as exc:
            reraise(exc)  # a document not stored because the run was interrupted: stop there
            report.errors.append(str(exc))
            return
        if outcome == "unchanged":
            report.unchanged += 1
            return
        earlier = self.kept.get(doc.doc_id)
        if earlier:
            report.duplicates.append(doc.source_path)
            report.notes.append(
                f"duplicate: {doc.source_path} holds the same document as {earlier} "
                f"({doc.doc_id}); kept {doc.source_path}"
            )
        elif outcome == "replaced":
            report.replaced.append(doc.doc_id)
            report.notes.append(f"replaced {doc.doc_id}: its file changed")
        else:
            report.added.append(doc.doc_id)
        self.kept[doc.doc_id] = doc.source_path
        if doc.warnings:
            report.flagged.append(doc.doc_id)
            report.warnings.extend(f"{doc.source_path}: {w}" for w in doc.warnings)
        if self.stored is not None:
            self.stored(doc.doc_id, outcome)


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    jobs: int = 1,
    progress: Callable[[int], Callable[[Path], None]] | None = None,
    limits: Limits | None = None,
    scheduler: str | None = None,
    stored: Callable[[str, str], None] | None = None,
    wait: float = 60.0,
    waiting: Callable[[str], None] | None = None,
    strict: bool = False,
    engine: str = DEFAULT_ENGINE,
) -> IngestReport:
    """Ingest files into the store ``db``; bad files are reported, the others stored.

    ``jobs`` worker processes read the files (``scheduler``: the address of a Dask cluster that does
    instead); this process alone writes, one transaction per document, holding the store for one
    batch at a time (``wait``: how long to wait for a reader or another writer to let go of it).
    ``progress(n)`` returns the function to call as each of the n files is done; ``stored(doc_id,
    outcome)`` is called as each document is committed. ``strict``: a document the structural check
    finds wrong is not stored: an error naming its warnings. ``engine``: what reads a PDF's pages
    (one of ``read_pdf.ENGINES``).
    """
    if engine not in ENGINES:
        raise UsageError(f"--engine {engine!r}: give {' or '.join(ENGINES)}")
    started = time.perf_counter()
    limits = limits or Limits()
    files, errors = collect(paths)
    report = IngestReport(files=len(files), errors=list(errors))
    writer = _Writer(db, report, wait, waiting, stored)
    with writer.open() as store:
        known = store.known_shas()
    todo = _todo(files, known, limits, report)
    done = progress(len(todo)) if progress is not None else None
    with (
        fewer_collections(),
        contextlib.closing(_run(todo, jobs, limits, scheduler, engine)) as results,
    ):
        for path, result in results:
            if done is not None:
                done(path)
            if isinstance(result, str):
                report.errors.append(result)
            elif strict and result.warnings:
                report.errors.append(f"{path}: not stored (--strict): {'; '.join(result.warnings)}")
            else:
                writer.add(result)
        writer.flush()
    with writer.open() as store:
        if report.documents or not store.fresh():
            report.warnings.extend(store.refresh())
        report.held = store.counts()
    report.seconds = time.perf_counter() - started
    return report


def _todo(files: list[Path], known: set[str], limits: Limits, report: IngestReport) -> list[Path]:
    """The files to read: not too large, not stored already, not the same file twice in this run."""
    todo: list[Path] = []
    first: dict[str, Path] = {}
    for path in files:
        try:
            size = path.stat().st_size
            if size > limits.max_bytes:
                report.errors.append(
                    f"{path}: too large ({size / 2**20:.0f} MB; the limit is "
                    f"{limits.max_bytes / 2**20:.0f} MB)"
                )
                continue
            sha = sha256_of(path)
        except OSError as exc:
            report.errors.append(f"{path}: {exc.strerror or 'cannot be read'}")
            continue
        if sha in first:
            report.duplicates.append(str(path))
            report.notes.append(f"duplicate: {path} is the same file as {first[sha]}; read once")
        elif sha in known:
            report.unchanged += 1
        else:
            first[sha] = path
            todo.append(path)
    return todo


def _safe_process(path: Path, limits: Limits, engine: str) -> Document | str:
    """The document of a file, or the one-line error for it (a MemoryError is the worker's to tell)."""
    try:
        return process(path, limits, engine)
    except CopmopError as exc:
        return str(exc)
    except MemoryError:
        raise
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
    todo: list[Path], jobs: int, limits: Limits, scheduler: str | None, engine: str
) -> Generator[tuple[Path, Document | str], None, None]:
    """The documents (or errors) of the files: on a Dask cluster, or in worker processes, each
    capped at its memory limit (a single job too: the limits hold whatever the number of jobs)."""
    if not todo:
        return
    work = functools.partial(_safe_process, limits=limits, engine=engine)
    if scheduler:
        yield from run_dask(work, todo, scheduler, limits.seconds)
        return
    jobs = max(1, min(jobs, os.cpu_count() or 1, len(todo)))
    yield from run_pool(work, todo, jobs, limits.seconds, limits.memory(jobs))
