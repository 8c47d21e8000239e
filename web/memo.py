"""Answers about the whole store (the check, the axes of a cross-reference table, the meetings), kept
while the store file stays as it is: paging through them asks DuckDB once. The key of an answer holds
the size and time of change of the store file and of its write-ahead log, so an ingest, which
changes one or the other, makes every kept answer stale."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["kept", "stamp"]

T = TypeVar("T")
_KEPT: dict[tuple[Hashable, ...], Any] = {}
_LOCK = threading.Lock()
_MAX = 64  # answers kept at most; the oldest goes first


def stamp(db: str) -> tuple[int, ...]:
    """The state of a store file as the file system tells it: its size and time of change, and
    those of its write-ahead log (0 when there is none)."""
    out: list[int] = []
    for path in (Path(db), Path(db + ".wal")):
        try:
            stat = path.stat()
        except OSError:
            out += [0, 0]
        else:
            out += [stat.st_mtime_ns, stat.st_size]
    return tuple(out)


def kept(db: str, question: Hashable, answer: Callable[[], T]) -> T:
    """The answer to ``question`` about the store ``db`` as it is now: made by ``answer()`` the first
    time, then kept until the store file changes."""
    key = (str(Path(db).resolve()), question, stamp(db))
    with _LOCK:
        if key in _KEPT:
            found: T = _KEPT[key]
            return found
    value = answer()
    with _LOCK:
        for stale in [k for k in _KEPT if k[:2] == key[:2]]:
            del _KEPT[stale]
        while len(_KEPT) >= _MAX:
            del _KEPT[next(iter(_KEPT))]
        _KEPT[key] = value
    return value
