"""The questions the web pages ask the store beyond the CLI's answers: meetings and what they decided,
which targets the store holds, what cites a decision, one page of a cross-reference table.

Every value from a request reaches DuckDB as a parameter, never inside the SQL text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copmop.graph.xref import COLS, ROWS, target_key
from copmop.pipeline.errors import UsageError
from copmop.pipeline.store import Store

__all__ = [
    "Entry",
    "Meeting",
    "article_index",
    "cited_by",
    "citers",
    "figures",
    "flagged",
    "held",
    "meeting_entries",
    "meetings",
    "objectives",
    "pdf_at",
    "present_paths",
    "source_file",
    "versions",
    "xref_axes",
    "xref_cells",
]

# A title in English first, then Chinese, then any (as lineage and the graph files choose one).
_TITLE = "arg_min(title, CASE lang WHEN 'en' THEN 0 WHEN 'zh' THEN 1 ELSE 2 END)"
_NODE = "coalesce(decision, symbol, doc_id)"


@dataclass
class Entry:
    """A decision or document of a meeting, whatever the number of its language versions."""

    node: str
    kind: str
    title: str | None
    langs: list[str]


@dataclass
class Meeting:
    """A meeting of a body, with (some of) what it decided or issued."""

    body: str
    number: int | None
    place: str | None
    date_start: Any
    date_end: Any
    count: int
    entries: list[Entry] = field(default_factory=list)


def figures(store: Store) -> dict[str, Any]:
    """What the store holds: documents, clauses, citations, its languages and meetings."""
    out: dict[str, Any] = dict(store.counts())
    _, rows = store.query(
        "SELECT list(DISTINCT lang ORDER BY lang), count(DISTINCT decision), "
        "count(DISTINCT (body, meeting)) FROM documents"
    )
    out["langs"], out["decisions"], out["meetings"] = rows[0]
    return out


def meetings(store: Store, shown: int = 40) -> list[Meeting]:
    """Every meeting, latest first, with how many decisions and documents it has and the first
    ``shown`` of them (decisions first, in their natural order)."""
    _, rows = store.query(
        f"WITH entry AS (SELECT coalesce(body, '') AS body, meeting, {_NODE} AS node, "
        "any_value(kind) AS kind, " + _TITLE + " AS title, "
        "list(DISTINCT lang ORDER BY lang) AS langs, min(place) AS place, "
        "min(date_start) AS date_start, max(date_end) AS date_end FROM documents GROUP BY 1, 2, 3) "
        "SELECT *, count(*) OVER (PARTITION BY body, meeting) FROM entry "
        # the natural order within a meeting: CP-8/2 before CP-8/10 (a shorter id first)
        "QUALIFY row_number() OVER (PARTITION BY body, meeting "
        "ORDER BY kind <> 'decision', length(node), node) <= ?",
        [shown],
    )
    found: dict[tuple[str, int | None], Meeting] = {}
    for body, number, node, kind, title, langs, place, start, end, count in rows:
        meeting = found.setdefault(
            (body, number), Meeting(body, number, place, start, end, count, [])
        )
        meeting.entries.append(Entry(node, kind, title, list(langs)))
        meeting.place = meeting.place or place
        meeting.date_start = meeting.date_start or start
        meeting.date_end = meeting.date_end or end
    ordered = sorted(found.values(), key=lambda m: (-(m.number or 0), m.body))
    for meeting in ordered:
        meeting.entries.sort(key=lambda e: (e.kind != "decision", target_key(e.node)))
    return ordered


def meeting_entries(store: Store, body: str, number: int | None) -> list[Entry]:
    """Every decision and document of one meeting (None: of no known meeting), decisions first, in
    their natural order."""
    _, rows = store.query(
        f"SELECT {_NODE} AS node, any_value(kind), " + _TITLE + ", "
        "list(DISTINCT lang ORDER BY lang) FROM documents "
        "WHERE coalesce(body, '') = ? AND meeting IS NOT DISTINCT FROM ? GROUP BY 1",
        [body, number],
    )
    entries = [Entry(node, kind, title, list(langs)) for node, kind, title, langs in rows]
    return sorted(entries, key=lambda e: (e.kind != "decision", target_key(e.node)))


def flagged(store: Store, limit: int | None = None) -> tuple[int, list[tuple[str, str, list[str]]]]:
    """How many documents the structural check at ingest flagged, and (the first ``limit`` of)
    them: doc_id, source_path, warnings."""
    where = "FROM documents WHERE len(coalesce(warnings, [])) > 0"
    _, count = store.query(f"SELECT count(*) {where}")
    _, rows = store.query(
        f"SELECT doc_id, source_path, warnings {where} ORDER BY doc_id LIMIT ?",
        [limit if limit is not None else count[0][0]],
    )
    return count[0][0], [(doc_id, path, list(warnings)) for doc_id, path, warnings in rows]


def versions(store: Store, node: str) -> list[tuple[str, str]]:
    """(doc_id, lang) of every language version of a decision or document."""
    _, rows = store.query(
        f"SELECT doc_id, lang FROM documents WHERE {_NODE} = ? ORDER BY lang", [node]
    )
    return [(doc_id, lang) for doc_id, lang in rows]


def held(store: Store, nodes: Iterable[str]) -> set[str]:
    """Those of ``nodes`` (decisions, symbols) that the store holds."""
    wanted = sorted(set(nodes))
    if not wanted:
        return set()
    _, rows = store.query(
        f"SELECT DISTINCT {_NODE} FROM documents WHERE {_NODE} IN (SELECT unnest(?))", [wanted]
    )
    return {node for (node,) in rows}


def present_paths(store: Store, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Those of (node, clause path) pairs, ``("CP-8/15", "5")``, that some version of node has."""
    wanted = sorted(set(pairs))
    if not wanted:
        return set()
    _, rows = store.query(
        "WITH wanted AS (SELECT unnest(?) AS node, unnest(?) AS path) "
        "SELECT DISTINCT w.node, w.path FROM wanted w "
        f"JOIN documents d ON {_NODE} = w.node "
        "JOIN paragraphs p ON p.par_id = d.doc_id || '#' || w.path",
        [[n for n, _ in wanted], [p for _, p in wanted]],
    )
    return {(node, path) for node, path in rows}


def objectives(store: Store, numbers: Iterable[str]) -> dict[str, str]:
    """Operational objective number → the par_id of the clause of a plan that defines it."""
    wanted = sorted(set(numbers))
    if not wanted:
        return {}
    _, rows = store.query(
        "SELECT number, min(par_id) FROM paragraphs WHERE kind = 'objective' "
        "AND number IN (SELECT unnest(?)) GROUP BY 1",
        [wanted],
    )
    return dict(rows)


def _counted(rows: list[tuple], columns: list[str]) -> tuple[int, list[dict[str, Any]]]:
    """Rows whose last column is ``count(*) OVER ()``: the total, and the rows without it."""
    total = rows[0][-1] if rows else 0
    return total, [dict(zip(columns[:-1], row[:-1], strict=True)) for row in rows]


def cited_by(store: Store, node: str, limit: int = 200) -> tuple[int, list[dict[str, Any]]]:
    """The clauses of other decisions and documents that cite ``node``, oldest meeting first, with the
    pinpoint and the treatment; how many there are."""
    columns, rows = store.query(
        f"SELECT c.par_id, c.doc_id, {_NODE} AS node, d.meeting, d.date_start, c.pinpoint, "
        "c.treatment, c.raw, count(*) OVER () "
        "FROM citations c JOIN documents d USING (doc_id) JOIN paragraphs p USING (par_id) "
        f"WHERE c.target = ? AND c.kind IN ('decision', 'document') AND {_NODE} <> ? "
        "ORDER BY d.meeting, node, d.lang, p.seq, c.char_start LIMIT ?",
        [node, node, limit],
    )
    return _counted(rows, columns)


def citers(
    store: Store, kind: str, target: str, page: int, size: int
) -> tuple[int, list[dict[str, Any]]]:
    """One page of the clauses that cite a target of a kind (with how each treats it), and how many
    there are."""
    columns, rows = store.query(
        f"SELECT c.par_id, c.doc_id, {_NODE} AS node, d.lang, p.number, c.pinpoint, "
        "c.treatment, p.text, count(*) OVER () "
        "FROM citations c JOIN documents d USING (doc_id) JOIN paragraphs p USING (par_id) "
        "WHERE c.kind = ? AND c.target = ? "
        "ORDER BY d.meeting, node, d.lang, p.seq, c.char_start LIMIT ? OFFSET ?",
        [kind, target, size, (page - 1) * size],
    )
    total, found = _counted(rows, columns)
    if not found and page > 1:  # past the last page: count them to say how many pages there are
        _, count = store.query(
            "SELECT count(*) FROM citations WHERE kind = ? AND target = ?", [kind, target]
        )
        total = count[0][0]
    return total, found


def article_index(store: Store) -> list[tuple[str, int]]:
    """Every Article cited in the store, in natural order, with the number of clauses citing it."""
    _, rows = store.query(
        "SELECT target, count(DISTINCT par_id) FROM citations WHERE kind = 'article' GROUP BY 1"
    )
    return sorted(rows, key=lambda r: target_key(r[0]))


def source_file(store: Store, doc_id: str) -> Path | None:
    """The PDF a document was read from, when the store names one that is still a file here."""
    _, rows = store.query("SELECT source_path FROM documents WHERE doc_id = ?", [doc_id])
    return pdf_at(store, rows[0][0]) if rows else None


def pdf_at(store: Store, source_path: str | None) -> Path | None:
    """The PDF at a ``source_path`` as ingest recorded it (from the working folder, or else from the
    store's folder), when it is still a file; None for any other source."""
    if not source_path or Path(source_path).suffix.lower() != ".pdf":
        return None
    recorded = Path(source_path)
    for candidate in (recorded, Path(store.path).parent / recorded):
        if candidate.is_file():
            return candidate.resolve()
    return None


def _xref_where(
    rows: str, cols: str, meetings: tuple[int, int] | None
) -> tuple[str, str, list[Any]]:
    """The row key, the condition on documents and its parameters, as ``copmop xref`` has them."""
    if rows not in ROWS:
        raise UsageError(f"rows={rows!r}: one of {', '.join(ROWS)}")
    if cols not in COLS:
        raise UsageError(f"cols={cols!r}: one of {', '.join(COLS)}")
    key = "d.decision" if rows == "decision" else "coalesce(d.decision, d.symbol, d.doc_id)"
    where = ["d.decision IS NOT NULL"] if rows == "decision" else []
    params: list[Any] = []
    if meetings:
        where.append("d.meeting BETWEEN ? AND ?")
        params.extend(meetings)
    return key, " AND ".join(where) or "TRUE", params


def xref_axes(
    store: Store, rows: str, cols: str, meetings: tuple[int, int] | None
) -> tuple[list[str], list[str]]:
    """The rows (decisions or documents) and the columns (targets) of ``copmop xref``, in order."""
    key, condition, params = _xref_where(rows, cols, meetings)
    _, keys = store.query(f"SELECT DISTINCT {key} FROM documents d WHERE {condition}", params)
    _, found = store.query(
        "SELECT DISTINCT c.target FROM citations c JOIN documents d USING (doc_id) "
        f"WHERE c.kind = ? AND {condition}",
        [cols, *params],
    )
    return sorted((k for (k,) in keys), key=target_key), sorted(
        (t for (t,) in found), key=target_key
    )


def xref_cells(
    store: Store,
    rows: str,
    cols: str,
    meetings: tuple[int, int] | None,
    keys: list[str],
    targets: list[str],
) -> list[list[Any]]:
    """The cells of ``copmop xref`` for some of its rows and columns, counted by DuckDB for those rows
    and columns only (the whole table of 10,000 decisions takes seconds; a page of it does not)."""
    key, condition, params = _xref_where(rows, cols, meetings)
    _, counts = store.query(
        f"SELECT {key} AS row_key, c.target, count(DISTINCT split_part(c.par_id, '#', 2)) "
        f"FROM citations c JOIN documents d USING (doc_id) WHERE c.kind = ? AND {condition} "
        f"AND {key} IN (SELECT unnest(?)) AND c.target IN (SELECT unnest(?)) GROUP BY 1, 2",
        [cols, *params, keys, targets],
    )
    cells = {(r, t): n for r, t, n in counts}
    return [[k, *(cells.get((k, t), 0) for t in targets)] for k in keys]
