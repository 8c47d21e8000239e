"""The processes the tests start, and those they must not leave behind.

The test process adopts the orphans of its descendants (a child subreaper, on Linux): a worker whose
parent was killed is then its child, where the session's last check finds it, instead of a child of
init that outlives the tests unseen.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing.forkserver
import multiprocessing.resource_tracker
import os
import signal
import sys
import time
from pathlib import Path

_PR_SET_CHILD_SUBREAPER = 36


def adopt_orphans() -> None:
    """Make this process the one that orphaned descendants are handed to."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _stat(pid: int) -> tuple[int, str] | None:
    """(parent pid, state) of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), fields[0]


def command(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "?"
    return raw.replace(b"\0", b" ").decode("utf-8", "replace").strip()[:160]


def children(pid: int | None = None, alive: bool = True) -> list[int]:
    """The children of a process (this one by default); only the living ones unless told."""
    pid = os.getpid() if pid is None else pid
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        stat = _stat(int(entry.name))
        if stat is not None and stat[0] == pid and (not alive or stat[1] != "Z"):
            found.append(int(entry.name))
    return sorted(found)


def descendants(pid: int) -> list[int]:
    """The living children of a process, their children, and so on."""
    found, todo = [], [pid]
    while todo:
        kids = children(todo.pop())
        found += kids
        todo += kids
    return found


def reap() -> None:
    """Collect the exit status of every dead child (adopted orphans included)."""
    for pid in children(alive=False):
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def gone(pids: list[int], within: float) -> bool:
    """Have all these processes ended (dead, or a zombie) within so many seconds?"""
    deadline = time.monotonic() + within
    while True:
        living = [p for p in pids if (s := _stat(p)) is not None and s[1] != "Z"]
        if not living:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


def stop_helpers() -> None:
    """End the helper processes multiprocessing keeps for the whole session (the fork server that
    makes ingest's workers, the resource tracker)."""
    multiprocessing.forkserver._forkserver._stop()
    multiprocessing.resource_tracker._resource_tracker._stop()


def left_behind(grace: float = 5.0) -> list[str]:
    """The children still alive after ``grace`` seconds, killed and named."""
    stop_helpers()
    gone(children(), grace)
    reap()
    left = children()
    named = [f"{pid} {command(pid)}" for pid in left]
    for pid in left:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    gone(left, 5.0)
    reap()
    return named
