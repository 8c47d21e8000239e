"""Whole outputs against the golden files (regenerate with scripts/make_golden.py, then read the diff)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copmop.pipeline.ingest import process
from copmop.pipeline.read_pdf import ENGINES
from tests.conftest import SPECS
from tests.golden_io import FIXTURES, TABLE_FIXTURES, fold_tables, golden_path, snapshot
from tests.pdfbuild import load_spec


def expected(fixture: Path) -> dict:
    return json.loads(golden_path(fixture).read_text(encoding="utf-8"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_text_fixture_matches_its_golden_file(fixture: Path) -> None:
    assert snapshot(process(fixture)) == expected(fixture)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(SPECS), ids=str)
def test_pdf_of_the_fixture_matches_the_same_golden_file(name: str, engine: str, pdfs) -> None:
    fixture = next(f for f in FIXTURES if f.name == name)
    want = expected(fixture)
    want["document"]["symbol"] = load_spec(SPECS[name])["header"]
    got = snapshot(process(pdfs[name], engine=engine))
    if fixture.stem in TABLE_FIXTURES:
        got, want = fold_tables(got), fold_tables(want)
        want["targets"] = [t for t in want["targets"] if t not in REPLAY_CUTS]
    assert got == want


# Citations of a flattened table that a PDF drawn line by line from the text cuts in two: each of its
# lines is a block of its own there ("• 《议定书》和《生物多样性公" | "约》与生物技术安全方面的其").
REPLAY_CUTS = {("UNEP/CBD/BS/COP-MOP/5/16@zh#annex-I/text*", None, "instrument", "CBD", None)}


def test_every_citation_offset_points_at_its_raw_text() -> None:
    for fixture in FIXTURES:
        doc = process(fixture)
        texts = {p.par_id: p.text for p in doc.paragraphs}
        for c in doc.citations:
            assert texts[c.via or c.par_id][c.char_start : c.char_end] == c.raw
