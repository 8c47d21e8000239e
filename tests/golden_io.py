"""What a golden file holds, shared by the tests and ``scripts/make_golden.py``."""

from __future__ import annotations

import re
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


# The fixtures with tables the text extraction flattened (the seed of UNEP/CBD/BS/COP-MOP/5/16): a PDF
# of the same lines parts the cells into other blocks (a line per block), so their unnumbered body
# clauses ("text12") are compared by scope: the letters they hold together (bullets aside: the PDF's
# font has none) and the targets they cite (a title a block boundary cuts is cited elsewhere in them).
TABLE_FIXTURES = frozenset({"001_8fe905a3f4194901", "cop-mop-5-16.zh"})
_TEXT_PATH = re.compile(r"(?:^|/)text\d+$")
TEXT_PATH = re.compile(r"#(?:.+/)?text\d+$")  # in a par_id: an unnumbered body clause


def fold_tables(snap: dict[str, Any]) -> dict[str, Any]:
    """A snapshot with its unnumbered body clauses folded into one entry per scope."""
    clauses: list[dict[str, Any]] = []
    letters: dict[str, list[str]] = {}
    scope_of: dict[str, str] = {}
    for c in snap["clauses"]:
        doc, _, path = c["par_id"].partition("#")
        if not _TEXT_PATH.search(path):
            clauses.append(c)
            continue
        scope = f"{doc}#{_TEXT_PATH.sub('', path) or '.'}/text*"
        scope_of[c["par_id"]] = scope
        letters.setdefault(scope, []).extend(
            ch for ch in c["text"] if not ch.isspace() and ch != "•"
        )
    clauses += [{"par_id": s, "letters": "".join(sorted(ch))} for s, ch in letters.items()]
    citations = [c for c in snap["citations"] if c["par_id"] not in scope_of]
    folded = {
        (scope_of[c["par_id"]], c["via"], c["kind"], c["target"], c["pinpoint"])
        for c in snap["citations"]
        if c["par_id"] in scope_of
    }
    return {
        "document": snap["document"],
        "clauses": clauses,
        "citations": citations,
        "targets": sorted(folded, key=str),
    }
