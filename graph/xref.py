"""Cross-reference tables: decisions (or documents) × Articles, decisions, objectives or documents,
each cell the number of the row's clauses that cite the column's target (a clause counted once, whatever
the number of its language versions)."""

from __future__ import annotations

from typing import Any

from copmop.graph.lineage import chosen_treatments
from copmop.lang.patterns import NATURAL
from copmop.pipeline.errors import UsageError
from copmop.pipeline.store import Store

__all__ = ["COLS", "ROWS", "parse_meetings", "target_key", "xref", "xref_where"]

ROWS = ("decision", "document")
COLS = ("article", "decision", "objective", "document", "recommendation")
_INSTRUMENT_ORDER = {"CPB": 0, "CBD": 1, "NP": 2, "SP": 3}
_BODY_ORDER = {"CP": 0, "COP": 1, "NP": 2}


def parse_meetings(text: str | None, option: str = "--meetings") -> tuple[int, int] | None:
    """``"5-10"`` → (5, 10); ``"7"`` → (7, 7)."""
    if not text:
        return None
    first, _, last = text.replace("–", "-").partition("-")
    try:
        low, high = int(first), int(last or first)
    except ValueError:
        raise UsageError(f"{option} {text!r}: give a meeting or a range, as 5-10") from None
    if low > high or low < 1 or high > 1000:
        raise UsageError(f"{option} {text!r}: give a meeting or a range, as 5-10")
    return low, high


def target_key(target: str) -> tuple[Any, ...]:
    """Natural order: CPB/2 before CPB/10, CP-5/16 before CP-10/7, then COP, NP."""
    if "/" in target and target.split("/")[0] in _INSTRUMENT_ORDER:
        head, _, rest = target.partition("/")
        return (0, _INSTRUMENT_ORDER[head], *_natural(rest))
    if "-" in target and target.split("-")[0] in _BODY_ORDER:
        body, _, rest = target.partition("-")
        return (1, _BODY_ORDER[body], *_natural(rest))
    return (2, *_natural(target))


def _natural(text: str) -> tuple[Any, ...]:
    return tuple((0, int(p)) if p.isdecimal() else (1, p) for p in NATURAL.findall(text))


# The most columns DuckDB pivots: a row of 100,000 (decision × decision over every meeting) exceeds
# its block ("tuple width exceeds block size"); wider tables are filled in Python from the cells.
_PIVOT_MOST = 2000


def xref_where(
    rows: str, cols: str, meetings: tuple[int, int] | None, spell: str = "--{name} {value!r}"
) -> tuple[str, str, list[Any]]:
    """The row key, the condition on documents (``d``) and its parameters of a table of ``rows`` ×
    ``cols`` over ``meetings``; an unknown axis is a UsageError naming it as ``spell`` says (the
    CLI's ``--rows 'x'``, the web view's ``rows='x'``)."""
    for name, value, known in (("rows", rows, ROWS), ("cols", cols, COLS)):
        if value not in known:
            raise UsageError(f"{spell.format(name=name, value=value)}: one of {', '.join(known)}")
    # a decision is one row whatever its languages; another document, one row per symbol
    key = "d.decision" if rows == "decision" else "coalesce(d.decision, d.symbol, d.doc_id)"
    where = ["d.decision IS NOT NULL"] if rows == "decision" else []
    params: list[Any] = []
    if meetings:
        where.append("d.meeting BETWEEN ? AND ?")
        params.extend(meetings)
    return key, " AND ".join(where) or "TRUE", params


def xref(
    store: Store,
    rows: str = "decision",
    cols: str = "article",
    meetings: tuple[int, int] | None = None,
    treatments: list[str] | None = None,
) -> tuple[list[str], list[list[Any]]]:
    """The table: a header (``decision``, then the targets) and one row per decision or document;
    ``treatments``: only the citations that treat their target so (``["in-accordance-with"]``).

    DuckDB counts the cells and pivots them into rows (``PIVOT``), a row for every decision or
    document even when it cites no target; Python only puts the rows and columns in natural order."""
    chosen = chosen_treatments(treatments)
    key, condition, params = xref_where(rows, cols, meetings)
    chosen_sql = " AND c.treatment IN (SELECT unnest(?))" if chosen else ""
    # a clause once whatever its languages: distinct numbers first, then counted (twice as fast as
    # a count(DISTINCT …) at 10M citations)
    store.query(
        "CREATE OR REPLACE TEMP TABLE xref_cells AS SELECT row_key, target, count(*) AS n FROM ("
        f"SELECT DISTINCT {key} AS row_key, c.target, split_part(c.par_id, '#', 2) "
        f"FROM citations c JOIN documents d USING (doc_id) "
        f"WHERE c.kind = ? AND {condition}{chosen_sql}) GROUP BY 1, 2",
        [cols, *params, *([chosen] if chosen else [])],
    )
    _, found = store.query("SELECT DISTINCT target FROM xref_cells")
    targets = sorted((t for (t,) in found), key=target_key)
    keys = f"SELECT DISTINCT {key} AS row_key FROM documents d WHERE {condition}"
    if len(targets) > _PIVOT_MOST:
        return [rows, *targets], _dense(store, keys, params, targets)
    if targets:
        # pivoted on the targets' positions: integers pivot twice as fast as the names
        positions = ", ".join(str(i) for i in range(1, len(targets) + 1))
        pivot = (
            "PIVOT (SELECT row_key, pos, n FROM xref_cells JOIN "
            "(SELECT unnest(?) AS target, generate_subscripts(?, 1) AS pos) USING (target)) "
            f"ON pos IN ({positions}) USING first(n) GROUP BY row_key"
        )
        sql = (
            f"SELECT row_key, coalesce(COLUMNS(* EXCLUDE (row_key)), 0) "
            f"FROM ({keys}) LEFT JOIN ({pivot}) USING (row_key)"
        )
        params = [*params, targets, targets]
    else:
        sql = keys
    _, table = store.query(sql, params)
    ordered = sorted(table, key=lambda row: target_key(row[0]))
    return [rows, *targets], [list(row) for row in ordered]


def _dense(store: Store, keys: str, params: list[Any], targets: list[str]) -> list[list[Any]]:
    """The rows of a table too wide to pivot, filled from the cells of ``xref_cells``."""
    _, found = store.query(keys, params)
    _, counts = store.query("SELECT row_key, target, n FROM xref_cells")
    cells = {(r, t): n for r, t, n in counts}
    ordered = sorted((k for (k,) in found), key=target_key)
    return [[k, *(cells.get((k, t), 0) for t in targets)] for k in ordered]
