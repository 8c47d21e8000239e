"""Cross-reference tables: decisions (or documents) × Articles, decisions, objectives or documents,
each cell the number of the row's clauses that cite the column's target (a clause counted once, whatever
the number of its language versions)."""

from __future__ import annotations

from typing import Any

from copmop.graph.lineage import chosen_treatments
from copmop.lang.patterns import NATURAL
from copmop.pipeline.errors import UsageError
from copmop.pipeline.store import Store

__all__ = ["COLS", "ROWS", "parse_meetings", "target_key", "xref"]

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


def xref(
    store: Store,
    rows: str = "decision",
    cols: str = "article",
    meetings: tuple[int, int] | None = None,
    treatments: list[str] | None = None,
) -> tuple[list[str], list[list[Any]]]:
    """The table: a header (``decision``, then the targets) and one row per decision or document;
    ``treatments``: only the citations that treat their target so (``["in-accordance-with"]``)."""
    chosen = chosen_treatments(treatments)
    if rows not in ROWS:
        raise UsageError(f"--rows {rows!r}: one of {', '.join(ROWS)}")
    if cols not in COLS:
        raise UsageError(f"--cols {cols!r}: one of {', '.join(COLS)}")
    # a decision is one row whatever its languages; another document, one row per symbol
    key = "d.decision" if rows == "decision" else "coalesce(d.decision, d.symbol, d.doc_id)"
    where = ["d.decision IS NOT NULL"] if rows == "decision" else []
    params: list[Any] = []
    if meetings:
        where.append("d.meeting BETWEEN ? AND ?")
        params.extend(meetings)
    condition = " AND ".join(where) or "TRUE"
    _, keys = store.query(f"SELECT DISTINCT {key} FROM documents d WHERE {condition}", params)
    chosen_sql = " AND c.treatment IN (SELECT unnest(?))" if chosen else ""
    _, counts = store.query(
        f"SELECT {key} AS row_key, c.target, count(DISTINCT split_part(c.par_id, '#', 2)) "
        f"FROM citations c JOIN documents d USING (doc_id) "
        f"WHERE c.kind = ? AND {condition}{chosen_sql} GROUP BY 1, 2",
        [cols, *params, *([chosen] if chosen else [])],
    )
    targets = sorted({t for _, t, _ in counts}, key=target_key)
    cells = {(r, t): n for r, t, n in counts}
    ordered = sorted((k for (k,) in keys), key=target_key)
    table = [[k, *(cells.get((k, t), 0) for t in targets)] for k in ordered]
    return [rows, *targets], table
