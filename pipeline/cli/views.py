"""Text views of ``copmop show``: a document to read in a terminal, and language versions side by side.

Widths are display widths (rich's ``cell_len``: a CJK character two columns, a combining mark none);
every text is made printable first, so that no control character reaches the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.cells import cell_len

from copmop.pipeline.escapes import printable
from copmop.pipeline.models import Document

__all__ = ["aligned", "reading", "side_by_side", "wrap"]


def reading(docs: Sequence[Document], columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A document (or a paragraph) to read: a heading line per document, then each clause whole,
    labelled by section and number, with its references and, for a paragraph that no longer holds as
    printed, what replaced, amended or retired it."""
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
            if item.get("status"):
                out.append(f"    ✗ {item['status']}")
        out.append("")
    return printable("\n".join(out).rstrip())


def wrap(text: str, size: int) -> list[str]:
    """Lines of at most ``size`` terminal columns: at spaces in Latin text, anywhere in CJK text."""
    lines: list[str] = []
    current = ""
    for word in text.replace("\n", " ").split(" "):
        candidate = f"{current} {word}" if current else word
        if cell_len(candidate) <= size:
            current = candidate
            continue
        if cell_len(word) <= size and not any(cell_len(ch) == 2 for ch in word):
            lines.append(current)
            current = word
            continue
        current = f"{current} " if current else ""
        for ch in word:
            if cell_len(current + ch) > size:
                lines.append(current.rstrip())
                current = ""
            current += ch
    if current:
        lines.append(current)
    return lines or [""]


def _pad(text: str, size: int) -> str:
    return text + " " * (size - cell_len(text))


def side_by_side(headers: Sequence[str], rows: Sequence[Sequence[str]], total: int = 120) -> str:
    """Columns of wrapped text next to each other, for reading language versions together."""
    size = max(20, (total - 3 * (len(headers) - 1)) // max(1, len(headers)))
    out = [
        " | ".join(_pad(printable(h), size) for h in headers).rstrip(),
        "-+-".join("-" * size for _ in headers),
    ]
    for row in rows:
        wrapped = [wrap(printable(cell or ""), size) for cell in row]
        for i in range(max(len(w) for w in wrapped)):
            out.append(" | ".join(_pad(w[i] if i < len(w) else "", size) for w in wrapped).rstrip())
        out.append("")
    return "\n".join(out).rstrip()


def aligned(docs: Sequence[Document], columns: list[str], rows: list[tuple], width: int) -> str:
    """Language versions side by side, their clauses aligned by path (``7``, ``pre1``, ``fn5``)."""
    index = columns.index("par_id"), columns.index("text"), columns.index("doc_id")
    by_path: dict[str, dict[str, str]] = {}
    order: list[str] = []
    for row in rows:
        path = row[index[0]].split("#", 1)[1]
        if path not in by_path:
            by_path[path] = {}
            order.append(path)
        by_path[path][row[index[2]]] = f"[{path}] {row[index[1]]}"
    table = [[by_path[p].get(d.doc_id, "") for d in docs] for p in order]
    return side_by_side([d.doc_id for d in docs], table, total=width)
