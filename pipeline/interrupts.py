"""The ``copmop`` command, and how it ends when interrupted: Ctrl-C, SIGTERM or SIGHUP at any moment
ends the run within a second, with "copmop: interrupted" on one line and exit code 130.

The first signal raises :class:`Interrupted` in the main thread, so that the run unwinds: workers are
killed, an open transaction is rolled back (each document is stored whole or not at all). Later
signals are not raised again (the unwinding is not itself interrupted). Should the main thread be
inside a long call that cannot be interrupted, a watchdog woken by the signal itself (through
``signal.set_wakeup_fd``) ends the process when the grace period is over; the store is then left as
after ``kill -9``, each document whole or absent.

This module imports no more than the standard library, so that the handlers are in place a few
milliseconds after the process starts.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from types import FrameType
from typing import NoReturn

__all__ = [
    "EXIT_INTERRUPTED",
    "SIGNALS",
    "Interrupted",
    "completed",
    "finish",
    "requested",
    "reraise",
    "run",
    "signals_blocked",
]

EXIT_INTERRUPTED = 130
# The signals that end a run, as a terminal sends them: Ctrl-C, kill, the terminal closed.
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# Seconds the run has to unwind before the watchdog ends the process.
GRACE = 0.8


class Interrupted(BaseException):
    """The run was interrupted by a signal (a BaseException: no handler of the work swallows it)."""


class _State:
    raised = False  # the first signal has been raised in the main thread
    closing = False  # the command is done: a signal now only arms the watchdog
    said = False  # "copmop: interrupted" has been written
    lock = threading.Lock()
    wakeup: tuple[int, int] | None = None


def requested() -> bool:
    """Has a signal asked this run to end?"""
    return _State.raised


def completed() -> None:
    """The command's work is done and stored: a signal from now on (while it reports) no longer
    turns the run into an interrupted one, which would say "interrupted" after its summary. A signal
    that came before and was swallowed on its way (the work finished regardless) ends the run here,
    before any report: interrupted, nothing said but that."""
    if _State.raised:
        raise Interrupted
    _State.closing = True


def reraise(exc: BaseException) -> None:
    """Raise the interruption an error stands for, if it stands for one: DuckDB, interrupted during
    a query, raises ``RuntimeError("Query interrupted")`` with the signal's exception as its cause,
    and an error made of that one may be caught as an ordinary failure."""
    if _State.raised:
        raise Interrupted from exc
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, (KeyboardInterrupt, Interrupted)):
            raise seen
        seen = seen.__cause__ or seen.__context__


@contextlib.contextmanager
def signals_blocked() -> Iterator[None]:
    """The signals that end a run held back while the block runs: a process started meanwhile
    inherits them blocked for its whole life (it is ended by its parent, never by the terminal)."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _handler(signum: int, frame: FrameType | None) -> None:
    if _State.raised or _State.closing:
        return
    _State.raised = True
    raise Interrupted


def _watch(fd: int) -> None:
    """Wait for a signal's byte on the wake-up pipe, give the run its grace, then end it."""
    wanted = {int(s) for s in SIGNALS}
    while True:
        try:
            data = os.read(fd, 64)
        except OSError:
            return
        if not data:
            return
        if wanted.intersection(data):
            break
    time.sleep(GRACE)
    if _State.closing and not _State.raised:
        return  # the signal came once the work was done: the run ends as it reports, by itself
    finish()


def finish() -> NoReturn:
    """Say "copmop: interrupted" (once, whichever thread comes first) and end the process."""
    with _State.lock:
        if not _State.said:
            _State.said = True
            with contextlib.suppress(Exception):
                sys.stdout.flush()
            with contextlib.suppress(OSError):
                os.write(2, b"copmop: interrupted\n")
        os._exit(EXIT_INTERRUPTED)


def _in_child() -> None:
    """A process forked from this one (a worker) has no watchdog and must not wake this one's."""
    if _State.wakeup is not None:
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(-1)
        for fd in _State.wakeup:
            with contextlib.suppress(OSError):
                os.close(fd)
        _State.wakeup = None
    for signum in SIGNALS:
        signal.signal(signum, signal.SIG_DFL)


def install() -> None:
    """Handle the signals that end a run (from the main thread, once per process)."""
    read, write = os.pipe()
    os.set_blocking(write, False)
    _State.wakeup = (read, write)
    signal.set_wakeup_fd(write, warn_on_full_buffer=False)
    for signum in SIGNALS:
        signal.signal(signum, _handler)
    os.register_at_fork(after_in_child=_in_child)
    threading.Thread(target=_watch, args=(read,), name="copmop-interrupt", daemon=True).start()


def run() -> None:
    """The ``copmop`` command."""
    install()
    try:
        # imported here, inside the handlers: an interrupt while the CLI loads is one line too
        from copmop.pipeline.cli import main

        main(prog_name="copmop")
    except BaseException:
        # whatever the interruption became on its way out (a "Query interrupted" from DuckDB, an
        # exit after an error it caused), the run was interrupted
        if _State.raised:
            finish()
        raise
    finally:
        _State.closing = True
