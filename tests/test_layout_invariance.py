"""Layout invariance: every fixture typeset by a word processor, in every layout, gives the store the
rows its text extraction gives — metadata, clauses (kinds, numbers, sections, verbs, texts whitespace
aside, footnote anchors), citations (targets, pinpoints, treatments).

One row per (fixture, layout), from ``tests/typeset/MANIFEST.json``. Where a PDF itself lacks what the
text has, the difference is listed in ``KNOWN`` with the reason, and nothing else may differ.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from copmop.pipeline.ingest import process
from copmop.pipeline.models import Document
from tests.golden_io import ROOT

MANIFEST: dict[str, dict[str, Any]] = json.loads(
    (ROOT / "tests" / "typeset" / "MANIFEST.json").read_text(encoding="utf-8")
)
_SPACE = re.compile(r"\s+")

# (pdf, what differs) → why: what the PDF LibreOffice made does not hold.
KNOWN: dict[tuple[str, str], str] = {
    (
        "cp-10-4.ar.justified.pdf",
        "text 23",
    ): "Writer's PDF leaves out the Arabic comma that ends a justified line (after 2021-2030)",
    (
        "r2-vii-16.ru.justified.pdf",
        "text 8",
    ): "«социально-/экономические» breaks at its hyphen, and its first half is no word of its own: "
    "told from a word hyphenation broke by nothing on the page, the hyphen goes",
}


def squeeze(text: str | None) -> str:
    return _SPACE.sub("", text or "")


@cache
def rows(path: Path) -> dict[str, Any]:
    doc: Document = process(path)
    meta = {
        k: squeeze(v) if k == "title" else v
        for k, v in (
            ("kind", doc.kind.value),
            ("decision", doc.decision),
            ("symbol", doc.symbol),
            ("lang", doc.lang),
            ("body", doc.body),
            ("meeting", doc.meeting),
            ("title", doc.title),
            ("agenda_item", doc.agenda_item),
            ("place", doc.place),
            ("date_start", doc.date_start),
            ("date_end", doc.date_end),
        )
    }
    clauses = {
        p.par_id: (p.kind.value, p.section, p.number, p.verb, p.anchor, squeeze(p.text))
        for p in doc.paragraphs
    }
    cites = sorted(
        {
            (c.par_id, c.via or "", c.kind.value, c.target, c.pinpoint or "", c.treatment or "")
            for c in doc.citations
        }
    )
    return {"meta": meta, "clauses": clauses, "cites": cites}


def differences(text: dict[str, Any], pdf: dict[str, Any]) -> list[str]:
    out = [f"meta {k}" for k, v in text["meta"].items() if pdf["meta"][k] != v]
    a, b = text["clauses"], pdf["clauses"]
    for par_id, row in a.items():
        path = par_id.split("#", 1)[1]
        if par_id not in b:
            out.append(f"missing {path}")
        elif b[par_id][:5] != row[:5]:
            out.append(f"clause {path}")
        elif b[par_id][5] != row[5]:
            out.append(f"text {path}")
    out += [f"extra {p.split('#', 1)[1]}" for p in b if p not in a]
    changed = {c[0].split("#", 1)[1] for c in set(text["cites"]) ^ set(pdf["cites"])}
    out += [
        f"citations {path}"
        for path in sorted(changed)
        if f"text {path}" not in out and f"missing {path}" not in out
    ]
    return out


@pytest.mark.parametrize("pdf", sorted(MANIFEST), ids=lambda name: name.removesuffix(".pdf"))
def test_every_layout_gives_the_rows_of_the_text(pdf: str) -> None:
    source = Path(MANIFEST[pdf]["source"])
    text = rows(ROOT / source.with_suffix(".txt"))
    found = differences(text, rows(ROOT / "tests" / "typeset" / pdf))
    assert [d for d in found if (pdf, d) not in KNOWN] == []
