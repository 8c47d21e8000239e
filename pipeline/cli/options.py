"""Options and output shared by every command, defined once; the group that turns domain errors into
one-line messages and exit codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click
from copmop.pipeline.cli import output
from copmop.pipeline.errors import CopmopError, UsageError

__all__ = [
    "DEFAULT_DB",
    "CopmopGroup",
    "db_option",
    "emit",
    "format_option",
    "lang_option",
    "parse_langs",
]

DEFAULT_DB = "copmop.duckdb"


class CopmopGroup(click.Group):
    """Turns domain errors into one line on stderr and their exit code; never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CopmopError as exc:
            click.echo(f"copmop: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("copmop: interrupted", err=True)
            ctx.exit(130)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db",
        envvar="COPMOP_DB",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="The DuckDB store (else $COPMOP_DB, else copmop.duckdb here).",
    )(func)


def format_option(*choices: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    names = choices or ("table", "csv", "json")

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(names),
            default="table",
            show_default=True,
            help="Output format.",
        )(func)

    return decorate


def lang_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang", "lang", default=None, help="Language(s), ISO 639-1, comma-separated: zh,en."
    )(func)


def emit(columns: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "json" or rows or fmt in ("csv", "markdown"):
        click.echo(output.render(columns, rows, fmt))
    else:
        click.echo("(no rows)", err=True)


def parse_langs(lang: str | None) -> list[str] | None:
    """``--lang zh,en`` → ``["zh", "en"]``; an empty item is a usage error."""
    if not lang:
        return None
    langs = [x.strip() for x in lang.split(",")]
    if any(not x for x in langs):
        raise UsageError(f"--lang {lang!r}: give languages as zh,en")
    return langs
