"""The ``copmop`` command line: a thin layer over the library.

Each command lives in the module of what it needs (``ingesting``, ``reading``, ``answers``, ``graphs``)
and is imported only when it runs, so that ``copmop sql`` never loads what ``copmop ingest`` or
``copmop graph plot`` need; ``copmop --help`` lists the commands from the table below. Domain errors
become one line on standard error and their exit code, never a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from copmop import __version__
from copmop.pipeline.errors import CopmopError
from copmop.pipeline.escapes import one_line
from copmop.pipeline.interrupts import reraise

__all__ = ["COMMANDS", "EXIT_BUG", "EXIT_CODES", "main"]

# name → (module, attribute, the first line of its help): the module is imported when the command runs.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "ingest": (
        "ingesting",
        "ingest",
        "Ingest PDF and text files, or folders of them, into the store.",
    ),
    "sql": ("reading", "sql", "Run read-only SQL against the store."),
    "show": (
        "reading",
        "show",
        "Show a decision or document (or one paragraph) with its references.",
    ),
    "export": (
        "reading",
        "export",
        "Write the store as Parquet files partitioned by body and meeting.",
    ),
    "lineage": ("answers", "lineage", "What a decision cites, and what cites it, transitively."),
    "clauses": ("answers", "clauses", "Every clause that cites an Article."),
    "xref": (
        "answers",
        "xref",
        "A cross-reference table: how many clauses of each row cite each target.",
    ),
    "check": (
        "answers",
        "check",
        "Citations that point at nothing; with --structure, suspect documents.",
    ),
    "search": ("answers", "search", "Full-text search over clauses, best first."),
    "status": (
        "answers",
        "status",
        "Whether a decision and its paragraphs are in force, amended, replaced, retired or elapsed.",
    ),
    "graph": ("graphs", "graph", "The citation graph: export it, or draw a decision's lineage."),
    "serve": ("serving", "serve", "A read-only local web view of the store."),
}

# Exit codes, each for one meaning (the README's table is tested against this one).
EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "some files were not ingested, or `check` found something",
    2: "a bad option, path, store or query",
    3: "the store stayed in use by another copmop past --wait",
    4: "not found: no such decision, document or paragraph",
    70: "a bug in copmop: an unexpected error, named on one line (please report it)",
    130: "interrupted",
}
EXIT_BUG = 70


class CopmopGroup(click.Group):
    """Commands imported on demand; domain errors as one line and their exit code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute, _ = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, text) for name, (_, _, text) in COMMANDS.items()])

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CopmopError as exc:
            reraise(exc)  # an error an interruption caused is the interruption
            click.echo(f"copmop: {one_line(str(exc))}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("copmop: interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            # the reader of our output went away (`copmop sql … | head`): nothing more to say
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)
        except click.UsageError as exc:  # the values it quotes are the user's: escaped
            exc.message = one_line(exc.message)  # type: ignore[misc]  # final in the stubs only
            raise
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:
            reraise(exc)
            if os.environ.get("COPMOP_TRACEBACK"):
                raise
            # a bug: one line that names it rather than a traceback ($COPMOP_TRACEBACK shows it)
            click.echo(
                f"copmop: unexpected {type(exc).__name__}: {one_line(str(exc))} "
                "(a bug in copmop: please report it with the command that met it)",
                err=True,
            )
            ctx.exit(EXIT_BUG)


@click.group(
    cls=CopmopGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "-V", "--version", prog_name="copmop")
def main() -> None:
    """copmop: the clauses of COP-MOP decisions and documents, and the citations between them.

    The store is a DuckDB file: --db FILE, else $COPMOP_DB, else copmop.duckdb here.
    """
