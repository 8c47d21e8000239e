"""Layout invariance: every fixture typeset by a word processor, in every layout, read by every PDF
engine, gives the store the rows its text extraction gives — metadata, clauses (kinds, numbers,
sections, verbs, texts whitespace aside, footnote anchors), citations (targets, pinpoints, treatments).

One row per (fixture, layout, engine), from ``tests/typeset/MANIFEST.json``. Where a PDF itself lacks
what the text has, the difference is listed in ``KNOWN`` with the reason, and nothing else may differ.
And the engines agree: every fixture in every layout gives the same rows read by pdfium as read by
pdfplumber, but for the ones listed in ``ENGINE_KNOWN`` with the reason.
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from copmop.pipeline.ingest import process
from copmop.pipeline.models import Document
from copmop.pipeline.read_pdf import DEFAULT_ENGINE, ENGINES
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
}


# Sources whose tables the text extraction gives as blocks and a PDF as rows (each with the cells a
# merged cell spans): their unnumbered body clauses ("text12") are compared by scope, as the letters
# they hold together and the citations they make, not one by one.
TABLES: dict[str, str] = {
    "cop-mop-5-16.zh": "a comparison table and the plan's logframe: the text extraction gives their "
    "cells block by block, the PDF row by row (a focal area's merged cell with its first objective)",
}
# An objective whose title fills its cell's line to the end, the statement starting on the next line
# in the same font at the same spacing: nothing on the page shows where the title ends.
KNOWN[("cop-mop-5-16.zh.ragged.pdf", "text annex-I/obj-4.1")] = (
    "the title fills its line in the cell and the statement follows with no space or font change"
)
KNOWN[("cop-mop-5-16.zh.ragged.pdf", "text annex-I/text*")] = "the statement that title took in"
_TEXT_PATH = re.compile(r"(?:^|/)text\d+$")


def squeeze(text: str | None) -> str:
    return _SPACE.sub("", text or "")


# pdf → why its stored rows read by pdfium differ from those read by pdfplumber. Whitespace aside
# they are the same (the table below checks it): only a space differs.
_DASH = (
    "a justified Arabic line's dash between two words: pdfium's text page leaves out the space drawn "
    "over the dash's end (its reordering puts it elsewhere, without its text object, and here "
    "nowhere near the dash), so 'ناغويا - كوالالمبور' reads 'ناغويا- كوالالمبور'"
)
ENGINE_KNOWN: dict[str, str] = {"blind-cp-10-5.ar.justified.pdf": _DASH}


@cache
def document(path: Path, engine: str = DEFAULT_ENGINE) -> Document:
    return process(path, engine=engine)


def stored(path: Path, engine: str) -> dict[str, Any]:
    """Everything the store keeps of the document: metadata, clauses (exact texts, pages, footnote
    anchors and offsets), citations (with their offsets), warnings."""
    return dataclasses.asdict(document(path, engine))


@cache
def rows(path: Path, engine: str = DEFAULT_ENGINE) -> dict[str, Any]:
    doc = document(path, engine)
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


def by_scope(found: dict[str, Any]) -> dict[str, Any]:
    """The unnumbered body clauses of a document with tables folded into one row per scope: the
    letters they hold together and the citations they make."""
    clauses: dict[str, Any] = {}
    letters: dict[str, list[str]] = {}
    scope_of: dict[str, str] = {}
    for par_id, row in found["clauses"].items():
        doc, _, path = par_id.partition("#")
        if not _TEXT_PATH.search(path):
            clauses[par_id] = row
            continue
        scope = f"{doc}#{_TEXT_PATH.sub('', path) or '.'}/text*"
        scope_of[par_id] = scope
        letters.setdefault(scope, []).extend(row[5])
    for scope, chars in letters.items():
        clauses[scope] = ("body", None, None, None, None, "".join(sorted(chars)))
    cites = sorted({(scope_of.get(c[0], c[0]), *c[1:]) for c in found["cites"]})
    return {"meta": found["meta"], "clauses": clauses, "cites": cites}


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


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("pdf", sorted(MANIFEST), ids=lambda name: name.removesuffix(".pdf"))
def test_every_layout_gives_the_rows_of_the_text(pdf: str, engine: str) -> None:
    source = Path(MANIFEST[pdf]["source"])
    text = rows(ROOT / source.with_suffix(".txt"))
    typeset = rows(ROOT / "tests" / "typeset" / pdf, engine)
    if source.stem in TABLES:
        text, typeset = by_scope(text), by_scope(typeset)
    found = differences(text, typeset)
    assert [d for d in found if (pdf, d) not in KNOWN] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_every_known_difference_is_still_there(engine: str) -> None:
    """A reader fix that removes a known difference removes its entry too (whatever the engine)."""
    found = set()
    for pdf in sorted({pdf for pdf, _ in KNOWN}):
        source = Path(MANIFEST[pdf]["source"])
        text, typeset = (
            rows(ROOT / source.with_suffix(".txt")),
            rows(ROOT / "tests" / "typeset" / pdf, engine),
        )
        if source.stem in TABLES:
            text, typeset = by_scope(text), by_scope(typeset)
        found |= {(pdf, d) for d in differences(text, typeset)}
    assert sorted(set(KNOWN) - found) == []


@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "pdfplumber"])
@pytest.mark.parametrize("pdf", sorted(MANIFEST), ids=lambda name: name.removesuffix(".pdf"))
def test_every_engine_stores_the_rows_of_pdfplumber(pdf: str, engine: str) -> None:
    """The same stored rows, exactly, whatever engine reads the PDF; for a known difference, the same
    rows whitespace aside, and the difference still there (a fix removes its entry)."""
    path = ROOT / "tests" / "typeset" / pdf
    if pdf not in ENGINE_KNOWN:
        assert stored(path, engine) == stored(path, "pdfplumber")
        return
    assert stored(path, engine) != stored(path, "pdfplumber"), ENGINE_KNOWN[pdf]
    assert rows(path, engine) == rows(path, "pdfplumber")
    pages = {p.par_id: (p.page_start, p.page_end) for p in document(path, engine).paragraphs}
    assert pages == {p.par_id: (p.page_start, p.page_end) for p in document(path).paragraphs}


def test_every_known_engine_difference_is_named_for_a_fixture() -> None:
    """An entry of ``ENGINE_KNOWN`` names a fixture the table runs (its difference is checked there)."""
    assert sorted(set(ENGINE_KNOWN) - set(MANIFEST)) == []
