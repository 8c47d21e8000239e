"""``python -m copmop``: the command line, as the ``copmop`` command runs it."""

from __future__ import annotations

from copmop.pipeline.interrupts import run

if __name__ == "__main__":
    run()
