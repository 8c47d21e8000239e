"""What one file may cost, and the running count that stops a file at the first limit it passes.

A file is bounded in size and time (checked by ingest), in pages, characters drawn and bytes inflated
from compressed streams (checked by the readers while they read, so that a bomb stops before it has
gone off), and in memory (each worker process is given an address-space limit by the operating system).
A file past a limit is named with the limit it broke; the others are stored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from copmop.pipeline.errors import UsageError

__all__ = [
    "MIN_MEMORY",
    "Budget",
    "Limits",
    "PastLimit",
    "default_memory",
    "machine_memory",
]

MB = 2**20
# A worker loads spaCy, jieba and pdfplumber before it reads anything: ~600 MB of address space.
MIN_MEMORY = 1024 * MB
# The share of the machine's memory the workers may take between them (the writer keeps the rest).
_SHARE = 0.75


@dataclass(frozen=True)
class Limits:
    """What one file may cost. ``max_memory`` is per worker process (``None``: a share of the
    machine's memory, see :func:`default_memory`)."""

    max_bytes: int = 200 * MB
    seconds: float | None = 300.0
    max_pages: int = 2_000
    max_chars: int = 1_000_000
    max_page_chars: int = 50_000
    max_inflate: int = 256 * MB
    max_memory: int | None = None

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_pages", "max_chars", "max_page_chars", "max_inflate"):
            if getattr(self, name) < 1:
                raise UsageError(f"{name} {getattr(self, name)}: give a positive number")
        if self.max_memory is not None and self.max_memory < MIN_MEMORY:
            raise UsageError(
                f"--max-memory {self.max_memory // MB}: a worker needs at least "
                f"{MIN_MEMORY // MB} MB"
            )

    def memory(self, jobs: int) -> int:
        """The memory limit of each of ``jobs`` workers, in bytes."""
        return self.max_memory if self.max_memory is not None else default_memory(jobs)


def machine_memory() -> int:
    """The memory this process may use, in bytes: the machine's, or its control group's if smaller."""
    total = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    for limit in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            text = Path(limit).read_text(encoding="ascii").strip()
        except OSError:
            continue
        if text.isdigit():
            total = min(total, int(text))
    return total


def default_memory(jobs: int) -> int:
    """Each worker's share of three quarters of the machine's memory, and never below the minimum."""
    return max(MIN_MEMORY, int(machine_memory() * _SHARE) // max(1, jobs) // MB * MB)


class PastLimit(BaseException):
    """Raised deep inside a reader when a limit is passed (a BaseException, so that no handler of the
    PDF library swallows it); the reader turns it into a :class:`LimitExceeded` naming the file."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Budget:
    """The running count of one document's pages, characters and inflated bytes against its limits."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.pages = 0
        self.chars = 0
        self.page_chars = 0
        self.inflated = 0

    def page(self, declared: int | None = None) -> None:
        """One more page (or, before reading, the number of pages the file declares)."""
        count = declared if declared is not None else self.pages + 1
        if count > self.limits.max_pages:
            most = self.limits.max_pages
            raise PastLimit(
                f"more than {most:,} page{'s' if most != 1 else ''} "
                "(the limit per document, --max-pages)"
            )
        if declared is None:
            self.pages, self.page_chars = count, 0

    def char(self, count: int = 1, paged: bool = True) -> None:
        """``count`` more characters drawn on the current page (``paged``), or read from a text."""
        self.chars += count
        self.page_chars += count
        if paged and self.page_chars > self.limits.max_page_chars:
            raise PastLimit(
                f"more than {self.limits.max_page_chars:,} characters on page {self.pages} "
                "(the limit per page)"
            )
        if self.chars > self.limits.max_chars:
            raise PastLimit(
                f"more than {self.limits.max_chars:,} characters "
                "(the limit per document, --max-chars)"
            )

    def inflate(self, count: int) -> None:
        """``count`` more bytes inflated from a compressed stream."""
        self.inflated += count
        if self.inflated > self.limits.max_inflate:
            raise PastLimit(
                f"its compressed streams inflate to more than {self.limits.max_inflate // MB:,} MB "
                "(the limit per document)"
            )
