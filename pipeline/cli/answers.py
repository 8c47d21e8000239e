"""The answer commands: lineage, clauses, xref, check, search, status — each a thin wrapper over
``graph`` and ``pipeline`` functions, its rows handed to the shared :class:`Answer`."""

from __future__ import annotations

import datetime as dt
import sys

import click

from copmop.graph.check import check as dangling
from copmop.graph.check import structure_warnings
from copmop.graph.lineage import lineage as walk
from copmop.graph.status import COLUMNS as STATUS_COLUMNS
from copmop.graph.status import status as what_holds
from copmop.graph.status import status_rows
from copmop.graph.xref import COLS, ROWS, parse_meetings
from copmop.graph.xref import xref as table
from copmop.pipeline.cli.options import (
    Answer,
    db_option,
    format_option,
    lang_option,
    open_store,
    out_options,
    parse_langs,
    parse_treatments,
    treatment_option,
)
from copmop.pipeline.queries import clauses_citing, why_empty
from copmop.pipeline.search import search as run_search

__all__ = ["check", "clauses", "lineage", "search", "status", "xref"]


@click.command()
@click.argument("decision")
@click.option(
    "--direction",
    type=click.Choice(["cites", "cited_by", "both"]),
    default="both",
    show_default=True,
    help="What it builds on (cites), what built on it (cited_by), or both.",
)
@click.option(
    "--depth",
    type=click.IntRange(min=1, max=1000),
    default=None,
    help="How many links away (1 = direct); all when left out.",
)
@treatment_option("Only links through clauses that treat their target so: replaces,amends.")
@db_option
@format_option()
@out_options
def lineage(
    decision: str,
    direction: str,
    depth: int | None,
    treatment: str | None,
    db: str,
    wait: float,
    fmt: str,
    out: str | None,
    force: bool,
    excel: bool,
) -> None:
    """What a decision cites, and what cites it, transitively.

    One row per decision reached, with the clauses each link runs through (via) and how they treat
    what they cite (treatment); a decision known only as a target is marked in_store = false.
    """
    chosen = parse_treatments(treatment)
    answer = Answer(fmt, out, force, excel, db)
    with open_store(db, wait) as store:
        links = walk(store, decision, direction, depth, chosen)
    columns = [
        "decision",
        "direction",
        "depth",
        "in_store",
        "kind",
        "meeting",
        "treatment",
        "via",
        "title",
    ]
    rows = [
        (
            x.decision,
            x.direction,
            x.depth,
            x.in_store,
            x.kind,
            x.meeting,
            x.treatments,
            x.via,
            x.title,
        )
        for x in links
    ]
    answer.emit(
        columns,
        rows,
        sheet="lineage",
        why_empty=lambda: (
            f"{decision} cites nothing" + (f" that way ({', '.join(chosen)})" if chosen else "")
        ),
    )


@click.command()
@click.option("--article", required=True, help="The Article: 35, or with its instrument, CBD/19.")
@click.option(
    "--instrument",
    default="CPB",
    show_default=True,
    help="The instrument of a bare Article number: CPB, CBD, NP, SP.",
)
@click.option("--decision", default=None, help="Only clauses of this decision or document.")
@click.option("--meeting", default=None, help="Only documents of this meeting, or meetings 5-10.")
@lang_option
@db_option
@format_option()
@out_options
def clauses(
    article: str,
    instrument: str,
    decision: str | None,
    meeting: str | None,
    lang: str | None,
    db: str,
    wait: float,
    fmt: str,
    out: str | None,
    force: bool,
    excel: bool,
) -> None:
    """Every clause that cites an Article.

    One row per clause and pinpoint, with its decision or document, number, pinpoint and text.
    """
    langs = parse_langs(lang)
    meetings = parse_meetings(meeting, "--meeting")
    answer = Answer(fmt, out, force, excel, db)
    with open_store(db, wait) as store:
        columns, rows = clauses_citing(store, article, instrument, decision, langs, meetings)
        reason = why_empty(store, langs, meetings, instrument=instrument) if not rows else None
    answer.emit(columns, rows, sheet="clauses", why_empty=lambda: reason)


@click.command()
@click.option(
    "--rows",
    "row_kind",
    type=click.Choice(ROWS),
    default="decision",
    show_default=True,
    help="One row per decision, or per document.",
)
@click.option(
    "--cols",
    "col_kind",
    type=click.Choice(COLS),
    default="article",
    show_default=True,
    help="What the columns are.",
)
@click.option("--meetings", default=None, help="Only rows of these meetings: 5-10, or 7.")
@treatment_option("Count only the clauses that treat their target so: in-accordance-with.")
@db_option
@format_option()
@out_options
def xref(
    row_kind: str,
    col_kind: str,
    meetings: str | None,
    treatment: str | None,
    db: str,
    wait: float,
    fmt: str,
    out: str | None,
    force: bool,
    excel: bool,
) -> None:
    """A cross-reference table: how many clauses of each row cite each target.

    A clause counts once whatever the number of its language versions.
    """
    span = parse_meetings(meetings)
    chosen = parse_treatments(treatment)
    answer = Answer(fmt, out, force, excel, db)
    with open_store(db, wait) as store:
        columns, rows = table(store, row_kind, col_kind, span, chosen)
        reason = why_empty(store, None, span) if not rows else None
    answer.emit(columns, rows, sheet=f"{row_kind} x {col_kind}", why_empty=lambda: reason)


@click.command()
@click.option(
    "--structure",
    is_flag=True,
    help="List the documents whose structural check at ingest found something wrong.",
)
@db_option
@format_option()
@out_options
def check(
    structure: bool, db: str, wait: float, fmt: str, out: str | None, force: bool, excel: bool
) -> None:
    """Citations that point at nothing; with --structure, suspect documents.

    Undefined objectives, paragraphs or annexes a stored decision lacks, Articles an instrument lacks,
    malformed symbols. Exits with 1 when it finds something, like a linter.
    """
    answer = Answer(fmt, out, force, excel, db)
    with open_store(db, wait) as store:
        if structure:
            columns = ["doc_id", "source_path", "warning"]
            rows: list[tuple] = structure_warnings(store)
        else:
            columns = ["kind", "target", "pinpoint", "par_id", "doc_id", "reason"]
            rows = [
                (d.kind, d.target, d.pinpoint, d.par_id, d.doc_id, d.reason)
                for d in dangling(store)
            ]
    answer.emit(columns, rows, sheet="check")
    if rows:
        sys.exit(1)


@click.command()
@click.argument("query")
@click.option(
    "--limit",
    type=click.IntRange(min=1, max=100_000),
    default=20,
    show_default=True,
    help="How many clauses at most.",
)
@lang_option
@db_option
@format_option()
@out_options
def search(
    query: str,
    limit: int,
    lang: str | None,
    db: str,
    wait: float,
    fmt: str,
    out: str | None,
    force: bool,
    excel: bool,
) -> None:
    """Full-text search over clauses, best first.

    BM25-ranked by DuckDB's full-text index; Chinese through jieba's words.
    """
    langs = parse_langs(lang)
    answer = Answer(fmt, out, force, excel, db)
    with open_store(db, wait) as store:
        columns, rows = run_search(store, query, langs, limit)
        reason = why_empty(store, langs, None) if not rows else None
    answer.emit(
        columns, rows, sheet="search", why_empty=lambda: reason or f"nothing matches {query!r}"
    )


@click.command()
@click.argument("decision")
@click.option(
    "--para", default=None, help="One part: a paragraph (3, 29(b)) or an annex (annex II)."
)
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The day the answer holds for (YYYY-MM-DD); today when left out.",
)
@db_option
@format_option()
@out_options
def status(
    decision: str,
    para: str | None,
    as_of: dt.datetime | None,
    db: str,
    wait: float,
    fmt: str,
    out: str | None,
    force: bool,
    excel: bool,
) -> None:
    """Whether a decision and its paragraphs are in force, amended, replaced, retired or elapsed.

    One row per part (the decision, then each paragraph the store knows) and per event that decided
    its status, oldest first: the treatment, the later decision and clause that made it, and the
    date. Superseded counts as retired; a mandate whose end has passed and that no later decision
    extended is elapsed.
    """
    answer = Answer(fmt, out, force, excel, db)
    with open_store(db, wait) as store:
        found = what_holds(store, decision, para, as_of.date() if as_of else None)
    answer.emit(STATUS_COLUMNS, status_rows(found), sheet="status")
