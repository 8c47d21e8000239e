"""``copmop serve`` run as a person runs it, in its own process, for the tests that talk to it over
HTTP; stopped at the end, and checked to be gone."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

COPMOP = str(Path(sys.executable).with_name("copmop"))


@contextlib.contextmanager
def serving(db: Path, *args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The server process and its address (``http://127.0.0.1:PORT``), on a free port; stopped with
    SIGTERM on leaving, and asserted to have exited."""
    process = subprocess.Popen(
        [COPMOP, "serve", "--db", str(db), "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "copmop serve printed nothing in 60 s"
        line = process.stdout.readline()
        assert line.startswith("copmop serve: http://127.0.0.1:"), line
        yield process, line.split()[2].rstrip("/")
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        finally:
            if process.poll() is None:  # pragma: no cover - only when it hangs
                process.kill()
                process.wait()
    assert process.poll() is not None
