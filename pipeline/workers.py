"""Worker processes for ingest: each reads, segments and finds the citations of one file at a time; the
parent, the one writer, stores what they return.

Workers are long-lived (spaCy pipelines and jieba's dictionary load once per worker), fed one file at a
time through a pipe. A file that runs past the time limit or the worker's memory limit (an address-space
limit the operating system enforces), or a worker that dies on a file, is reported by name; the worker
is replaced and the others go on. Workers die with their parent: they are made by a fork server that
ends when this process does, the kernel kills them when it ends (Linux's parent-death signal), and
each holds only its own end of its pipe, so that this process's death is the end of the pipe.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing as mp
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing import forkserver, resource_tracker
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import FrameType
from typing import Any

from copmop.pipeline.errors import UsageError
from copmop.pipeline.interrupts import signals_blocked

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


def _out_of_memory(path: Path, memory: int | None) -> str:
    if memory is None:
        return f"{path}: too large to read in memory"
    return f"{path}: needs more than {memory // 2**20:,} MB of memory (the limit per worker, --max-memory)"


def _die_with_parent() -> None:
    """Be killed when the parent dies (Linux), and end now if it already has."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(0)


def _limit_memory(memory: int | None) -> None:
    """Cap this process's address space: past it, an allocation fails (a MemoryError) instead of
    taking the machine's memory."""
    if memory is None:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _worker(conn: Connection, work: Work, limit: float | None, memory: int | None) -> None:
    _die_with_parent()
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_IGN)  # the parent decides when to stop
    _limit_memory(memory)
    gc.set_threshold(*_THRESHOLDS)
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        retire = False
        try:
            result = run_limited(work, path, limit)
        except MemoryError:
            # what was allocated is given back in pieces the address space keeps: start afresh
            result, retire = _out_of_memory(path, memory), True
        try:
            conn.send((path, result, retire))
        except MemoryError:
            conn.send((path, _out_of_memory(path, memory), True))
            return
        except OSError:
            return
        if retire:
            return


_PR_SET_PDEATHSIG = 1
# What the fork server that makes the workers imports once: every worker starts with it loaded.
_PRELOAD = ["copmop.pipeline.preload"]


def _context() -> Any:
    """Workers are forked by a fork server: a clean process started for the purpose, so that a
    worker inherits nothing of this one (its open store, its threads, its descriptors, the address
    space its threads reserved), only what ``copmop.pipeline.preload`` loads."""
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    # the helpers and workers are ended by this process alone, never by a signal meant for it
    with signals_blocked():
        resource_tracker.ensure_running()  # (which unblocks SIGINT and SIGTERM when it is done)
    with signals_blocked():
        forkserver.ensure_running()
    return context


class _Slot:
    """One worker process and the file it is on."""

    def __init__(self, context: Any, work: Work, limit: float | None, memory: int | None) -> None:
        self.conn, child = mp.Pipe()
        self.process = context.Process(
            target=_worker, args=(child, work, limit, memory), daemon=True
        )
        self.process.start()
        child.close()  # the worker's end: this process keeps only its own
        self.path: Path | None = None
        self.since = 0.0

    def give(self, path: Path) -> None:
        self.path, self.since = path, time.monotonic()
        self.conn.send(path)

    def died(self, path: Path) -> str:
        """The error for the file this worker died on (after it is gone)."""
        self.process.join(timeout=1)
        code = self.process.exitcode
        how = f" (killed by {signal.Signals(-code).name})" if code is not None and code < 0 else ""
        return f"{path}: the reader died on this file{how}"

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.process.join(timeout=1 if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=1)
        self.conn.close()


def run_pool(
    work: Work,
    paths: Iterable[Path],
    jobs: int,
    limit: float | None,
    memory: int | None = None,
) -> Iterator[tuple[Path, Any]]:
    """``(path, result)`` for every path, as workers finish them (not in the order given); each
    worker's address space is capped at ``memory`` bytes. Workers die with this process."""
    todo = list(paths)
    todo.reverse()
    if not todo:
        return
    context = _context()

    def fresh() -> _Slot:
        return _Slot(context, work, limit, memory)

    slots = [fresh() for _ in range(max(1, min(jobs, len(todo))))]
    grace = (limit or 0) + 30 if limit else None
    finished = False
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
                        _, result, retire = slot.conn.recv()
                    except (EOFError, OSError):
                        result, retire = slot.died(path), True
                    if retire:
                        slots[i] = _replace(slot, fresh)
                elif slot.process.sentinel in ready:
                    result = slot.died(path)
                    slots[i] = _replace(slot, fresh)
                elif grace and now - slot.since > grace:
                    result = _too_long(path, limit)
                    slots[i] = _replace(slot, fresh)
                else:
                    continue
                slots[i].path = None
                if todo:
                    slots[i].give(todo.pop())
                yield path, result
        finished = True
    finally:
        for slot in slots:
            slot.stop(kill=not finished or slot.path is not None)


def _replace(slot: _Slot, fresh: Callable[[], _Slot]) -> _Slot:
    slot.stop(kill=True)
    return fresh()


def _dask_task(path: str, work: Work, seconds: float | None) -> Any:
    try:
        return run_limited(work, Path(path), seconds)
    except MemoryError:
        return _out_of_memory(Path(path), None)


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
