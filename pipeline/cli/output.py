"""One formatter for every command: a terminal table, CSV, JSON, Markdown or XLSX of rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FORMATS = ("table", "csv", "json", "markdown", "xlsx")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def width(text: str) -> int:
    """Columns a string takes in a terminal: CJK and other wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def _clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 80) -> str:
    """An aligned plain-text table (CJK-aware), long cells clipped to ``max_width`` columns."""
    cells = [[_clip(_cell(v).replace("\n", " "), max_width) for v in row] for row in rows]
    sizes = [max([width(c)] + [width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(_pad(c, s) for c, s in zip(columns, sizes, strict=True)).rstrip(),
        "  ".join("-" * s for s in sizes),
    ]
    lines += [
        "  ".join(_pad(c, s) for c, s in zip(row, sizes, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines)


def to_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return buffer.getvalue()


def to_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    objects = [{c: _jsonable(v) for c, v in zip(columns, row, strict=True)} for row in rows]
    return json.dumps(objects, ensure_ascii=False, indent=1)


def to_markdown(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def esc(value: Any) -> str:
        return _cell(value).replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(esc(c) for c in columns) + " |",
        "|" + "|".join(" --- " for _ in columns) + "|",
    ]
    lines += ["| " + " | ".join(esc(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def to_xlsx(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], path: str | Path, sheet: str = "copmop"
) -> Path:
    """A workbook ready for a report: bold header, frozen header row and first column, fitted widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_jsonable(v) if not isinstance(v, (list, tuple)) else _cell(v) for v in row])
    ws.freeze_panes = "B2"
    for i, name in enumerate(columns, 1):
        longest = max([width(_cell(name))] + [width(_cell(r[i - 1])) for r in rows])
        ws.column_dimensions[get_column_letter(i)].width = min(max(8, longest + 2), 80)
    out = Path(path)
    book.save(out)
    return out


def reading(docs: Sequence[Any], columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A document (or a paragraph) to read in a terminal: a heading line per document, then each
    clause whole, labelled by section and number, with its references."""
    out: list[str] = []
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        item = dict(zip(columns, row, strict=True))
        by_doc.setdefault(item["doc_id"], []).append(item)
    for doc in docs:
        where = ", ".join(
            str(v)
            for v in (
                doc.place,
                doc.date_start,
                doc.agenda_item and f"agenda item {doc.agenda_item}",
            )
            if v
        )
        out.append(f"{doc.doc_id} — {doc.title or ''}" + (f" ({where})" if where else ""))
        for item in by_doc.get(doc.doc_id, []):
            kind, number, section = item["kind"], item["number"], item["section"]
            if kind == "footnote":
                label = f"    fn {number}."
            elif number and kind != "heading":
                label = f"{section + ' ' if section else ''}{number}."
            else:
                label = f"[{kind}{' ' + number if number else ''}]"
            out.append(f"{label} {item['text']}")
            if item.get("references"):
                out.append(f"    → {item['references']}")
        out.append("")
    return "\n".join(out).rstrip()


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    """Rows as text in one of the text formats."""
    if fmt == "csv":
        return to_csv(columns, rows).rstrip("\n")
    if fmt == "json":
        return to_json(columns, rows)
    if fmt == "markdown":
        return to_markdown(columns, rows)
    return table(columns, rows)


def wrap(text: str, size: int) -> list[str]:
    """Lines of at most ``size`` terminal columns: at spaces in Latin text, anywhere in CJK text."""
    lines: list[str] = []
    current = ""
    for word in text.replace("\n", " ").split(" "):
        candidate = f"{current} {word}" if current else word
        if width(candidate) <= size:
            current = candidate
            continue
        if width(word) <= size and not any(width(ch) == 2 for ch in word):
            lines.append(current)
            current = word
            continue
        current = f"{current} " if current else ""
        for ch in word:
            if width(current + ch) > size:
                lines.append(current.rstrip())
                current = ""
            current += ch
    if current:
        lines.append(current)
    return lines or [""]


def side_by_side(headers: Sequence[str], rows: Sequence[Sequence[str]], total: int = 120) -> str:
    """Columns of wrapped text next to each other, for reading language versions together."""
    size = max(20, (total - 3 * (len(headers) - 1)) // max(1, len(headers)))
    out = [
        " | ".join(_pad(h, size) for h in headers).rstrip(),
        "-+-".join("-" * size for _ in headers),
    ]
    for row in rows:
        wrapped = [wrap(cell or "", size) for cell in row]
        for i in range(max(len(w) for w in wrapped)):
            out.append(" | ".join(_pad(w[i] if i < len(w) else "", size) for w in wrapped).rstrip())
        out.append("")
    return "\n".join(out).rstrip()
