"""``copmop ingest``: files into the store, with a progress bar on a terminal and a summary line."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn
from rich.text import Text

from copmop.pipeline import interrupts
from copmop.pipeline.cli.options import Seconds, db_option, say
from copmop.pipeline.errors import UsageError
from copmop.pipeline.ingest import Limits
from copmop.pipeline.ingest import ingest as run_ingest
from copmop.pipeline.limits import MIN_MEMORY
from copmop.pipeline.read_pdf import DEFAULT_ENGINE, ENGINES

__all__ = ["ingest"]

# The first files of a run pay for loading the language pipelines: no estimate before this many.
_SETTLED = 3


class _Remaining(ProgressColumn):
    """The time left, once the first files are done and the pace is the pace of reading."""

    def render(self, task: Task) -> Text:
        if task.total is None or task.completed < min(_SETTLED, task.total) or not task.speed:
            return Text("estimating…")
        seconds = int((task.total - task.completed) / task.speed)
        return Text(f"{seconds // 60}:{seconds % 60:02d} left")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1, max=256),
    default=None,
    help="Worker processes (default: the number of cores).",
)
@click.option(
    "--time-limit",
    type=Seconds(min=1, max=24 * 3600),
    default=300.0,
    show_default=True,
    help="Seconds one file may take before it is given up.",
)
@click.option(
    "--max-size",
    type=click.IntRange(min=1, max=100_000),
    default=200,
    show_default=True,
    help="Megabytes above which a file is refused.",
)
@click.option(
    "--max-pages",
    type=click.IntRange(min=1, max=10_000_000),
    default=Limits.max_pages,
    show_default=True,
    help="Pages above which a document is given up.",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1, max=10_000_000_000),
    default=Limits.max_chars,
    show_default=True,
    help="Characters above which a document is given up.",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=MIN_MEMORY // 2**20, max=2**40),
    default=None,
    help="Megabytes of memory each worker may take (default: its share of three quarters of "
    "the machine's memory).",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Read files in local worker processes, or on a Dask cluster.",
)
@click.option(
    "--scheduler", default=None, help="The Dask scheduler's address (with --executor dask)."
)
@click.option(
    "--strict",
    is_flag=True,
    help="Store no document the structural check finds wrong: each warning is an error (exit 1).",
)
@click.option(
    "--engine",
    metavar="|".join(ENGINES),
    default=DEFAULT_ENGINE,
    show_default=True,
    help="What reads a PDF's pages: pdfplumber, or pdfium (faster; see the README).",
)
@click.option("--verbose", "-v", is_flag=True, help="Name each document as it is stored.")
def ingest(
    paths: tuple[Path, ...],
    db: str,
    wait: float,
    jobs: int | None,
    time_limit: float,
    max_size: int,
    max_pages: int,
    max_chars: int,
    max_memory: int | None,
    executor: str,
    scheduler: str | None,
    strict: bool,
    engine: str,
    verbose: bool,
) -> None:
    """Ingest PDF and text files, or folders of them, into the store.

    Folders are read recursively; an unchanged file is skipped, a changed one replaces its document.
    Queries can run while an ingest writes: the store is taken one batch of documents at a time.
    """
    if executor == "dask" and not scheduler:
        raise UsageError("--executor dask: give the scheduler's address with --scheduler")
    if engine not in ENGINES:
        raise UsageError(f"--engine {engine!r}: give {' or '.join(ENGINES)}")
    limits = Limits(
        max_bytes=max_size * 2**20,
        seconds=time_limit,
        max_pages=max_pages,
        max_chars=max_chars,
        max_memory=max_memory * 2**20 if max_memory is not None else None,
    )
    with contextlib.ExitStack() as stack:
        report = run_ingest(
            paths,
            db,
            jobs=jobs or os.cpu_count() or 1,
            progress=lambda n: _progress(stack, n),
            limits=limits,
            scheduler=scheduler if executor == "dask" else None,
            stored=_announce if verbose else None,
            wait=wait,
            waiting=say,
            strict=strict,
            engine=engine,
        )
    interrupts.completed()
    for note in report.notes:
        say(note)
    for message in report.errors:
        say(f"error: {message}")
    for message in report.warnings:
        say(f"warning: {message}")
    click.echo(report.summary())
    if report.errors:
        sys.exit(1)


def _announce(doc_id: str, outcome: str) -> None:
    say(f"{outcome} {doc_id}")


def _progress(stack: contextlib.ExitStack, count: int) -> Callable[[Path], None]:
    """A progress bar on a terminal for a long ingest; nothing otherwise."""
    if count < 2 or not sys.stderr.isatty():
        return lambda path: None
    bar = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        _Remaining(),
        console=Console(stderr=True),
        transient=True,
    )
    stack.enter_context(bar)
    task = bar.add_task("ingest", total=count)
    return lambda path: bar.advance(task)
