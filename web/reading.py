"""The pages that read the store: home (search box, figures, meetings, flagged documents), search
results, a meeting, a decision or document (one language, or several side by side, clauses aligned by
number; a decision's status and its paragraphs' from ``copmop.graph.status``), the source PDF of a
document, and what cites a target."""

from __future__ import annotations

from collections import Counter
from typing import Any

from flask import Flask, abort, current_app, render_template, send_file
from flask.typing import ResponseReturnValue

from copmop.graph.status import COLUMNS as STATUS_COLUMNS
from copmop.graph.status import status, status_rows
from copmop.pipeline.errors import NotFound, UsageError
from copmop.pipeline.models import LANGS, Document, Standing, Status
from copmop.pipeline.queries import resolve_documents
from copmop.pipeline.search import search as run_search
from copmop.web import markup, memo, queries
from copmop.web.access import store
from copmop.web.params import PAGE_SIZE, Page, choice, day, langs, page_number, text

__all__ = ["register"]

KINDS = ("decision", "article", "annex", "objective", "document", "instrument", "recommendation")


def register(app: Flask) -> None:
    """Add the reading pages to the application, each under its stable URL."""
    app.add_url_rule("/", "home", home)
    app.add_url_rule("/search", "search", search)
    app.add_url_rule("/meeting/<body>/<int:number>", "meeting", meeting)
    app.add_url_rule("/meeting/<body>/unknown", "meeting", meeting, defaults={"number": None})
    app.add_url_rule("/decision/<path:ident>", "decision", decision)
    app.add_url_rule("/source/<path:doc_id>", "source", source)
    app.add_url_rule("/target", "target", target)


def _rank(lang: str) -> int:
    """The place of a language in copmop's order of the six (zh, en, fr, es, ru, ar)."""
    return LANGS.index(lang) if lang in LANGS else len(LANGS)


def _ordered(langs: list[str]) -> list[str]:
    return sorted(langs, key=_rank)


def home() -> ResponseReturnValue:
    """The search box, what the store holds, its meetings and the documents flagged at ingest."""
    db = current_app.config["COPMOP_DB"]
    figures = memo.kept(db, "figures", lambda: queries.figures(store()))
    meetings = memo.kept(db, "meetings", lambda: queries.meetings(store()))
    count, flagged = memo.kept(db, "flagged", lambda: queries.flagged(store(), limit=20))
    return render_template(
        "home.html", figures=figures, meetings=meetings, flagged=flagged, flagged_count=count
    )


def search() -> ResponseReturnValue:
    """``copmop search``: the clauses that best match, 50 a page (one more is asked for, to know
    whether there is a next page)."""
    query = text("q")
    wanted = langs()
    number = page_number()
    results: Page[dict[str, Any]] | None = None
    if query:
        columns, rows = run_search(store(search=True), query, wanted, number * PAGE_SIZE + 1)
        found = [dict(zip(columns, row, strict=True)) for row in rows]
        more = len(found) > number * PAGE_SIZE
        results = Page.counted(
            found[(number - 1) * PAGE_SIZE : number * PAGE_SIZE], number, PAGE_SIZE, len(found)
        )
        results.exact = not more
        for item in results.items:
            item["doc_id"], _, item["path"] = item["par_id"].partition("#")
    return render_template("search.html", query=query, lang=",".join(wanted or []), results=results)


def meeting(body: str, number: int | None) -> ResponseReturnValue:
    """A meeting of a body (``-`` for documents of no known body); ``unknown``: of no known meeting."""
    entries = queries.meeting_entries(store(), "" if body == "-" else body, number)
    if not entries:
        raise NotFound(f"meeting {body}/{number or 'unknown'}: the store holds nothing of it")
    return render_template(
        "meeting.html",
        body=body,
        number=number,
        page=Page.of(entries, page_number(), 100),
        ordered=_ordered,
    )


def decision(ident: str) -> ResponseReturnValue:
    """A decision or document: one language (``lang=en``; else the first of zh, en, fr, es, ru, ar)
    or several side by side (``lang=zh,en``), with what cites it and how; for a decision, what holds
    of it and of each of its paragraphs (``copmop status``, as of today or ``as_of=YYYY-MM-DD``)."""
    s = store()
    wanted = langs()
    as_of = day("as_of")
    docs = resolve_documents(s, ident, wanted)
    if not wanted:
        docs = sorted(docs, key=lambda d: _rank(d.lang))[:1]
    node = docs[0].decision or docs[0].symbol or docs[0].doc_id
    versions = sorted(queries.versions(s, node), key=lambda v: _rank(v[1]))
    every = [d.citations for d in docs]
    linker = markup.Linker.of(s, [c for cs in every for c in cs])
    total, incoming = queries.cited_by(s, node)
    found = status(s, docs[0].decision, as_of=as_of) if docs[0].decision else []
    parts = {standing.part: standing for standing in found}
    views = [(doc, markup.clauses(doc, linker, parts)) for doc in docs]
    return render_template(
        "decision.html",
        node=node,
        views=views,
        rows=_aligned(views) if len(views) > 1 else None,
        versions=versions,
        side_by_side=",".join(lang for _, lang in versions),
        incoming=incoming,
        incoming_total=total,
        whole=parts.get(None),
        parts_count=_counted_statuses(found),
        status_columns=STATUS_COLUMNS,
        status_rows=[dict(zip(STATUS_COLUMNS, row, strict=True)) for row in status_rows(found)],
        as_of=as_of,
        has_source={d.doc_id: queries.pdf_at(s, d.source_path) is not None for d in docs},
    )


def _counted_statuses(found: list[Standing]) -> list[tuple[str, int]]:
    """How many parts of a decision are in force, amended, replaced, retired or elapsed (those
    there are), in that order."""
    counts = Counter(s.status for s in found if s.part is not None)
    return [(status.value, counts[status]) for status in Status if counts[status]]


def _aligned(
    views: list[tuple[Document, list[markup.Clause]]],
) -> list[tuple[str, list[markup.Clause | None]]]:
    """The clauses of several language versions in rows, aligned by their path (``7``, ``pre1``,
    ``fn5``), in the reading order of the first version that has each."""
    order: list[str] = []
    by_path: dict[str, dict[int, markup.Clause]] = {}
    for i, (_, clauses) in enumerate(views):
        for clause in clauses:
            if clause.path not in by_path:
                by_path[clause.path] = {}
                order.append(clause.path)
            by_path[clause.path][i] = clause
    return [(path, [by_path[path].get(i) for i in range(len(views))]) for path in order]


def source(doc_id: str) -> ResponseReturnValue:
    """The PDF a document was read from, read-only: only the file the store names for it."""
    path = queries.source_file(store(), doc_id)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf", conditional=True)


def target() -> ResponseReturnValue:
    """The clauses that cite a target (``kind=objective&id=2.8``), for one the store does not hold."""
    kind = choice("kind", KINDS, "decision")
    ident = text("id")
    if not ident:
        raise UsageError("id: give the target, as CP-8/15, CPB/22 or 1.4")
    number = page_number()
    s = store()
    total, rows = queries.citers(s, kind, ident, number, PAGE_SIZE)
    if not total:
        raise NotFound(f"{kind} {ident}: nothing in the store cites it")
    for row in rows:
        row["path"] = markup.path_of(row["par_id"])
    held = kind in ("decision", "document") and ident in queries.held(s, [ident])
    return render_template(
        "target.html",
        kind=kind,
        ident=ident,
        page=Page.counted(rows, number, PAGE_SIZE, total),
        held=held,
    )
