"""The pages of the CLI's answers: lineage (a picture and a table), clauses by Article, the
cross-reference table with its CSV and XLSX files (the same bytes as ``copmop … --out``), and the
check of citations that point at nothing."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, current_app, render_template

from copmop.graph.check import check as dangling
from copmop.graph.check import structure_warnings
from copmop.graph.lineage import DIRECTIONS, info, resolve_node, walk
from copmop.graph.xref import COLS, ROWS, xref
from copmop.pipeline.cli import output
from copmop.pipeline.queries import clauses_citing, why_empty
from copmop.web import markup, memo, picture, queries
from copmop.web.access import store
from copmop.web.params import (
    Page,
    choice,
    depth,
    langs,
    meetings,
    page_number,
    text,
    treatments,
)

__all__ = ["register"]

INSTRUMENTS = ("CPB", "CBD", "NP", "SP")
XREF_COLUMNS = 40  # target columns on one page of the cross-reference table
_MIMETYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def register(app: Flask) -> None:
    """Add the answer pages and their downloads to the application."""
    app.add_url_rule("/lineage/<path:ident>", "lineage", lineage)
    app.add_url_rule("/clauses", "clauses", clauses)
    app.add_url_rule("/clauses.<any(csv, xlsx):fmt>", "clauses_file", clauses_file)
    app.add_url_rule("/xref", "xref", xref_page)
    app.add_url_rule("/xref.<any(csv, xlsx):fmt>", "xref_file", xref_file)
    app.add_url_rule("/check", "check", check)


def lineage(ident: str) -> Any:
    """What a decision builds on and what built on it; the same filters as ``copmop lineage``
    (``direction``, ``depth``, ``treatment=replaces,amends``), depth 1 unless asked (``depth=all``
    walks every depth)."""
    direction = choice("direction", DIRECTIONS, "both")
    levels = depth(1)
    chosen = treatments()
    s = store()
    focus = resolve_node(s, ident)
    links = walk(s, ident, direction, levels, chosen)
    about = info(s, [focus])[focus]
    # the clauses of the page's links only are read apart (a decision cited by thousands)
    found = Page.of([link for link, _ in links], page_number()) if links else None
    page = (
        Page(
            [
                {
                    "link": link,
                    "via": [(v, v.partition("#")[0], markup.path_of(v)) for v in link.via],
                }
                for link in found.items
            ],
            found.number,
            found.size,
            found.total,
        )
        if found is not None
        else None
    )
    return render_template(
        "lineage.html",
        focus=focus,
        about=about,
        direction=direction,
        depth=levels,
        chosen=chosen or [],
        treatment_arg=",".join(chosen) if chosen else None,
        picture=picture.layout(focus, about, links),
        page=page,
    )


def _clauses_answer() -> tuple[dict[str, Any], list[str], list[tuple]]:
    article = text("article", 20)
    form: dict[str, Any] = {
        "article": article,
        "instrument": choice("instrument", INSTRUMENTS, "CPB"),
        "decision": text("decision", 100),
        "meeting": text("meeting", 20),
        "lang": text("lang", 40),
    }
    if not article:
        return form, [], []
    wanted, span = langs(), meetings("meeting")
    columns, rows = clauses_citing(
        store(), article, form["instrument"], form["decision"] or None, wanted, span
    )
    form["why_empty"] = (
        why_empty(store(), wanted, span, instrument=form["instrument"]) if not rows else None
    )
    return form, columns, rows


def clauses() -> Any:
    """Every clause that cites an Article: ``copmop clauses`` with the same options."""
    form, columns, rows = _clauses_answer()
    found = [dict(zip(columns, row, strict=True)) for row in rows]
    for item in found:
        item["path"] = markup.path_of(item["par_id"])
    return render_template(
        "clauses.html",
        form=form,
        page=Page.of(found, page_number()) if found else None,
        index=memo.kept(
            current_app.config["COPMOP_DB"], "articles", lambda: queries.article_index(store())
        )
        if not form["article"]
        else [],
    )


def clauses_file(fmt: str) -> Response:
    """The clauses as ``copmop clauses … --format csv|xlsx --out FILE`` writes them."""
    form, columns, rows = _clauses_answer()
    if not form["article"]:
        return clauses()
    name = f"clauses-{form['article'].replace('/', '-')}.{fmt}"
    return _download(output.encode(columns, rows, fmt, sheet="clauses"), fmt, name)


def _xref_form() -> tuple[str, str, tuple[int, int] | None, str]:
    rows = choice("rows", ROWS, "decision")
    cols = choice("cols", COLS, "article")
    span = meetings("meetings")
    return rows, cols, span, text("meetings", 20)


def xref_page() -> Any:
    """The decision × target table of ``copmop xref``, one page of rows and of columns at a time."""
    rows, cols, span, typed = _xref_form()
    number, col_number = page_number(), page_number("colpage")
    db = current_app.config["COPMOP_DB"]
    keys, targets = memo.kept(
        db, ("xref", rows, cols, span), lambda: queries.xref_axes(store(), rows, cols, span)
    )
    page = Page.of(keys, number)
    col_page = Page.of(targets, col_number, XREF_COLUMNS)
    cells = queries.xref_cells(store(), rows, cols, span, page.items, col_page.items)
    linker = markup.Linker(store(), [(cols, t, None) for t in col_page.items])
    return render_template(
        "xref.html",
        rows=rows,
        cols=cols,
        meetings=typed,
        page=page,
        col_page=col_page,
        cells=cells,
        heads=[(t, linker.href(cols, t)) for t in col_page.items],
        why_empty=why_empty(store(), None, span) if not keys else None,
    )


def xref_file(fmt: str) -> Response:
    """The whole table, byte for byte the file of ``copmop xref … --format csv|xlsx --out FILE``."""
    rows, cols, span, typed = _xref_form()
    columns, table = xref(store(), rows, cols, span)
    data = output.encode(columns, table, fmt, sheet=f"{rows} x {cols}")
    suffix = f"-{typed}" if typed else ""
    return _download(data, fmt, f"xref-{rows}-{cols}{suffix}.{fmt}")


def _download(data: bytes, fmt: str, name: str) -> Response:
    response = Response(data, mimetype=_MIMETYPES[fmt])
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def check() -> Any:
    """Citations that point at nothing, and the documents the structural check at ingest flagged,
    each linked to its clause or document."""
    db = current_app.config["COPMOP_DB"]
    found = memo.kept(db, "check", lambda: dangling(store()))
    warnings = memo.kept(db, "structure", lambda: structure_warnings(store()))
    items = [{"d": d, "path": markup.path_of(d.par_id)} for d in found]
    return render_template(
        "check.html", page=Page.of(items, page_number()) if items else None, warnings=warnings
    )
