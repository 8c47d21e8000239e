"""``python -m copmop``: the command line, as the ``copmop`` command runs it."""

from __future__ import annotations

from copmop.pipeline.cli import main

main(prog_name="copmop")
