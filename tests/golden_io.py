"""What a golden file holds, shared by the tests and ``scripts/make_golden.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from copmop.pipeline.models import Document

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
FIXTURES = sorted([*(ROOT / "corpus").glob("*.txt"), *(ROOT / "tests" / "fixtures").glob("*.txt")])
META = (
    "doc_id",
    "kind",
    "decision",
    "symbol",
    "lang",
    "body",
    "meeting",
    "title",
    "agenda_item",
    "place",
    "date_start",
    "date_end",
    "pages",
)


def golden_path(fixture: Path) -> Path:
    return GOLDEN / (fixture.stem + ".json")


def snapshot(doc: Document) -> dict[str, Any]:
    """The parts of a document a golden file pins down (not the path or hash of its source)."""
    meta = {k: getattr(doc, k) for k in META}
    meta["kind"] = doc.kind.value
    for k in ("date_start", "date_end"):
        meta[k] = meta[k].isoformat() if meta[k] else None
    clauses = [
        {
            "par_id": p.par_id,
            "kind": p.kind.value,
            "section": p.section,
            "number": p.number,
            "verb": p.verb,
            "pages": [p.page_start, p.page_end],
            "anchor": p.anchor,
            "text": p.text,
        }
        for p in doc.paragraphs
    ]
    citations = [
        {
            "par_id": c.par_id,
            "via": c.via,
            "kind": c.kind.value,
            "target": c.target,
            "pinpoint": c.pinpoint,
            "raw": c.raw,
            "span": [c.char_start, c.char_end],
        }
        for c in doc.citations
    ]
    return {"document": meta, "clauses": clauses, "citations": citations}
