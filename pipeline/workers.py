"""Worker processes for ingest: each reads, segments and finds the citations of one file at a time; the
parent, the one writer, stores what they return.

Workers are long-lived (spaCy pipelines and jieba's dictionary load once per worker), fed one file at a
time through a pipe. A file that runs past the time limit, or a worker that dies on a file, is reported
by name; the worker is replaced and the others go on.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import FrameType
from typing import Any

from copmop.pipeline.errors import UsageError

__all__ = ["TimeLimit", "fewer_collections", "run_dask", "run_limited", "run_pool"]

# Reading a PDF makes and drops millions of small objects without cycles: collecting garbage every 700
# allocations (Python's default) costs ingest about a tenth of its time for nothing.
_THRESHOLDS = (50_000, 20, 10)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the garbage collector's thresholds for the duration of an ingest."""
    before = gc.get_threshold()
    gc.set_threshold(*_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


# What a worker does with a file: a document, or the one-line error for the file.
Work = Callable[[Path], Any]


class TimeLimit(BaseException):
    """The file took longer than the time limit (a BaseException, so that no handler of the
    work itself can swallow it)."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise TimeLimit


def _too_long(path: Path, limit: float | None) -> str:
    return f"{path}: took longer than {limit:g} s (the time limit per file)"


def run_limited(work: Work, path: Path, limit: float | None) -> Any:
    """``work(path)``, interrupted after ``limit`` seconds (in the process that runs it; a thread
    that is not the main one, such as a Dask worker's, runs it without a limit)."""
    if not limit or threading.current_thread() is not threading.main_thread():
        return work(path)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return work(path)
    except TimeLimit:
        return _too_long(path, limit)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _worker(conn: Connection, work: Work, limit: float | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    gc.set_threshold(*_THRESHOLDS)
    while True:
        try:
            path = conn.recv()
        except EOFError:
            return
        if path is None:
            return
        conn.send((path, run_limited(work, path, limit)))


class _Slot:
    """One worker process and the file it is on."""

    def __init__(self, context: Any, work: Work, limit: float | None) -> None:
        self.conn, child = mp.Pipe()
        self.process = context.Process(target=_worker, args=(child, work, limit), daemon=True)
        self.process.start()
        child.close()
        self.path: Path | None = None
        self.since = 0.0

    def give(self, path: Path) -> None:
        self.path, self.since = path, time.monotonic()
        self.conn.send(path)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.process.join(timeout=5)
        self.conn.close()


def run_pool(
    work: Work, paths: Iterable[Path], jobs: int, limit: float | None
) -> Iterator[tuple[Path, Any]]:
    """``(path, result)`` for every path, as workers finish them (not in the order given)."""
    todo = list(paths)
    todo.reverse()
    context = mp.get_context("fork")
    slots = [_Slot(context, work, limit) for _ in range(max(1, min(jobs, len(todo))))]
    grace = (limit or 0) + 30 if limit else None
    try:
        for slot in slots:
            if todo:
                slot.give(todo.pop())
        while any(slot.path is not None for slot in slots):
            busy = [s for s in slots if s.path is not None]
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout=1.0)
            now = time.monotonic()
            for i, slot in enumerate(slots):
                if slot.path is None:
                    continue
                path = slot.path
                if slot.conn in ready:
                    try:
                        _, result = slot.conn.recv()
                    except (EOFError, OSError):
                        result = f"{path}: the reader died on this file"
                        slots[i] = _replace(slot, context, work, limit)
                elif slot.process.sentinel in ready:
                    result = f"{path}: the reader died on this file"
                    slots[i] = _replace(slot, context, work, limit)
                elif grace and now - slot.since > grace:
                    result = _too_long(path, limit)
                    slots[i] = _replace(slot, context, work, limit)
                else:
                    continue
                slots[i].path = None
                if todo:
                    slots[i].give(todo.pop())
                yield path, result
    finally:
        for slot in slots:
            slot.stop(kill=slot.path is not None)


def _replace(slot: _Slot, context: Any, work: Work, limit: float | None) -> _Slot:
    slot.stop(kill=True)
    return _Slot(context, work, limit)


def _dask_task(path: str, work: Work, seconds: float | None) -> Any:
    return run_limited(work, Path(path), seconds)


def run_dask(
    work: Work, paths: list[Path], scheduler: str, seconds: float | None
) -> Iterator[tuple[Path, Any]]:
    """``(path, result)`` for every path, the work mapped over a Dask distributed cluster (the
    ``dask`` extra); the results come back to this process, the one writer."""
    try:  # an optional extra: only this executor needs it
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
        futures = client.map(
            _dask_task, [str(p) for p in paths], work=work, seconds=seconds, pure=False
        )
        where = {f.key: p for f, p in zip(futures, paths, strict=True)}
        for future in as_completed(futures):
            path = where[future.key]
            try:
                yield path, future.result()
            except Exception as exc:  # a worker lost: name the file
                yield path, f"{path}: lost on the Dask cluster ({type(exc).__name__})"
