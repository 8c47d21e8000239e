"""Options shared by the commands, defined once, and the one way an answer reaches its user: rows to
standard output or to a file (``--out``), in any format, with the reason when there are none."""

from __future__ import annotations

import math
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from copmop.pipeline.cli import output
from copmop.pipeline.errors import UsageError
from copmop.pipeline.escapes import one_line
from copmop.pipeline.models import LANGS, Treatment
from copmop.pipeline.store import Store

__all__ = [
    "DEFAULT_DB",
    "Answer",
    "Seconds",
    "check_out",
    "db_option",
    "format_option",
    "lang_option",
    "open_store",
    "out_options",
    "parse_langs",
    "parse_treatments",
    "say",
    "treatment_option",
]

DEFAULT_DB = "copmop.duckdb"
TABLE_FORMATS = ("table", "csv", "json", "markdown", "xlsx")

F = Callable[..., Any]


def say(message: str) -> None:
    """One line to standard error, its control characters, line breaks and bidi controls escaped
    (a file name holding a newline cannot forge a second line)."""
    click.echo(one_line(message), err=True)


class Seconds(click.FloatRange):
    """A number of seconds in a range; ``nan`` is refused (it lies in no range, yet compares as if
    it did)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a number of seconds.", param, ctx)
        return number


def db_option(func: F) -> F:
    """``--db FILE`` (else ``$COPMOP_DB``, else copmop.duckdb here) and ``--wait SECONDS``."""
    func = click.option(
        "--wait",
        type=Seconds(min=0, max=24 * 3600),
        default=60.0,
        show_default=True,
        help="Seconds to wait for an ingest that is writing to the store.",
    )(func)
    return click.option(
        "--db",
        "db",
        envvar="COPMOP_DB",
        default=DEFAULT_DB,
        show_default=True,
        help="The DuckDB store (else $COPMOP_DB, else copmop.duckdb here).",
    )(func)


def open_store(db: str, wait: float, read_only: bool = True, sandbox: bool = True) -> Store:
    """The store, for reading: waiting (and saying so) while an ingest writes to it."""
    return Store(db, read_only=read_only, sandbox=sandbox, wait=wait, waiting=say)


def format_option(*choices: str) -> Callable[[F], F]:
    names = choices or TABLE_FORMATS

    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(names),
            default="table",
            show_default=True,
            help="Output format (xlsx needs --out).",
        )(func)

    return decorate


def out_options(func: F) -> F:
    """``--out FILE``, ``--force`` and ``--excel``, for every command that answers with rows."""
    func = click.option(
        "--excel",
        is_flag=True,
        help="CSV for spreadsheets: a byte-order mark, and no cell read as a formula.",
    )(func)
    func = click.option("--force", is_flag=True, help="Overwrite the --out file if it exists.")(
        func
    )
    return click.option(
        "--out",
        default=None,
        help="Write the answer to this file instead of standard output.",
    )(func)


def lang_option(func: F) -> F:
    return click.option(
        "--lang", "lang", default=None, help="Language(s), ISO 639-1, comma-separated: zh,en."
    )(func)


def parse_langs(lang: str | None) -> list[str] | None:
    """``--lang zh,en`` → ``["zh", "en"]``; an empty item or a language copmop does not read is a
    usage error."""
    if not lang:
        return None
    langs = [x.strip().lower() for x in lang.split(",")]
    if any(not x for x in langs):
        raise UsageError(f"--lang {lang!r}: give languages as zh,en")
    unknown = [x for x in langs if x not in LANGS]
    if unknown:
        raise UsageError(
            f"--lang {lang!r}: {', '.join(unknown)} is not a UN language copmop reads "
            f"({', '.join(LANGS)})"
        )
    return langs


def treatment_option(help_text: str) -> Callable[[F], F]:
    """``--treatment replaces,amends``: some treatments only (recalls, amends, retires …)."""

    def decorate(func: F) -> F:
        return click.option("--treatment", "treatment", default=None, help=help_text)(func)

    return decorate


def parse_treatments(text: str | None) -> list[str] | None:
    """``--treatment replaces,amends`` → ``["replaces", "amends"]``; a treatment copmop does not know
    (or an empty item) is a usage error naming it."""
    if not text:
        return None
    chosen = [x.strip().lower() for x in text.split(",")]
    known = [t.value for t in Treatment]
    unknown = [x or "an empty item" for x in chosen if x not in known]
    if unknown:
        raise UsageError(
            f"--treatment {text!r}: {', '.join(unknown)} is not a treatment "
            f"(one of {', '.join(known)})"
        )
    return list(dict.fromkeys(chosen))


class Answer:
    """Where the rows of a command go: ``--format``, ``--out``, ``--force``, ``--excel``."""

    def __init__(
        self,
        fmt: str,
        out: str | None = None,
        force: bool = False,
        excel: bool = False,
        db: str | None = None,
    ) -> None:
        if fmt == "xlsx" and not out:
            raise UsageError("--format xlsx: give the workbook's file with --out FILE.xlsx")
        if excel and fmt != "csv":
            raise UsageError("--excel: only with --format csv")
        if out is not None:
            check_out(out, force, db)
        self.fmt, self.out, self.excel = fmt, out, excel

    def emit(
        self,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        sheet: str = "copmop",
        why_empty: Callable[[], str | None] | None = None,
    ) -> None:
        """The rows, to the file or to standard output; when there are none, why, on stderr."""
        if not rows:
            reason = why_empty() if why_empty is not None else None
            say(f"no rows: {reason}" if reason else "no rows")
        if self.out is not None:
            written = output.write(columns, rows, self.fmt, self.out, self.excel, sheet)
            say(f"wrote {written}: {len(rows)} rows, {len(columns)} columns")
            return
        if self.fmt == "table" and not rows:
            return
        width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
        text = output.render(columns, rows, self.fmt, self.excel, width)
        if self.excel:
            sys.stdout.buffer.write((text + "\r\n").encode("utf-8"))
            sys.stdout.flush()
        else:
            click.echo(text)


def check_out(out: str, force: bool, db: str | None) -> None:
    """An answer never overwrites the store, and overwrites another file only when told to."""
    path = Path(out)
    shown = f"--out {one_line(out)}"
    if not out.strip():
        raise UsageError("--out '': give a file name")
    if db is not None and _same(path, Path(db)):
        raise UsageError(f"{shown}: that is the store itself")
    if path.is_dir():
        raise UsageError(f"{shown}: is a folder; give a file name")
    if path.exists() and not path.is_file():
        raise UsageError(f"{shown}: not a regular file; give a file name")
    if path.exists() and not force:
        raise UsageError(f"{shown}: the file exists; give --force to overwrite it")
    if not path.parent.is_dir():
        raise UsageError(f"{shown}: no such folder {one_line(str(path.parent))}")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False
