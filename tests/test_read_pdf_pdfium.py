"""The pdfium engine (``ingest --engine pdfium``): what pdfium does to a page's text, undone, one
regression test per difference it had from the pdfplumber engine (the layout-invariance table checks
whole documents, ``tests/test_layout_invariance.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from copmop.pipeline.errors import UnreadableSource
from copmop.pipeline.models import Source
from copmop.pipeline.read_pdf import read_pdf
from tests.conftest import SEED_DECISION, SEED_PLAN
from tests.golden_io import ROOT


def lines(source: Source) -> list[str]:
    return [line.text for page in source.pages for line in page.lines]


def both(path: Path) -> tuple[list[str], list[str]]:
    """The lines of a PDF read by pdfplumber, then by pdfium."""
    return lines(read_pdf(path, engine="pdfplumber")), lines(read_pdf(path, engine="pdfium"))


@pytest.mark.parametrize(
    ("pdf", "words"),
    [
        # a lam drawn with its hamza-alef as a second glyph of no advance at the same place
        ("typeset/cp-10-4.ar.justified.pdf", "الأمم المتحدة"),
        # the same, the alef a tenth of a point off the lam's origin (a table's cell)
        ("blind/typeset/ts-cp10-awareness.ar.justified.pdf", "الجمهور بالسلامة الأحيائية حملات"),
        # a shadda drawn over its letter: no advance, it starts nothing
        ("typeset/r2-cbd-cp-mop-10-6.ar.ragged.pdf", "(أ) أن تحدّث التجميع"),
        # the space after a dash between Arabic words, which pdfium's text holds without its object
        ("typeset/r2-cbd-cp-mop-10-6.ar.justified.pdf", "ناغويا - كوالالمبور"),
        ("blind/round4/r4-cp-mop-6-13.ar.ragged.pdf", "ناغويا - كوالالمبور"),
        # … and none beside a hyphen, whatever the gap a justified line leaves after it
        ("typeset/cp-10-4.ar.justified.pdf", "كونمينغ-مونتريال"),
        # a slanted (synthetic italic) Arabic type: the advance from the loose box, the slant off
        ("typeset/cp-10-4.ar.justified.pdf", "10 - يشير إلى المقرر XIII/25"),
    ],
)
def test_regression_arabic_words_read_as_pdfplumber_reads_them(pdf: str, words: str) -> None:
    plumber, pdfium = both(ROOT / "tests" / pdf)
    assert sum(words in line for line in pdfium) == sum(words in line for line in plumber) > 0


def test_regression_single_precision_tips_no_gap_past_a_threshold() -> None:
    """pdfium's 433.20001220703125 is the 433.2 the PDF writes: the gap before 款 is exactly the
    space threshold, a space with neither engine."""
    path = ROOT / "tests" / "blind" / "round3" / "r3-cp-8-12.zh.ragged.pdf"
    plumber, pdfium = both(path)
    line = "1.7 社会经济因素 依照《议定书》第26条第1款在决策中考虑社会经济因素的缔约方百分比"
    assert line in plumber and line in pdfium


def test_regression_a_run_of_drawn_spaces_is_not_collapsed(pdfs) -> None:
    """pdfium's text keeps one space of "1.1    国家": the others are restored from the gap."""
    plumber, pdfium = both(pdfs[SEED_PLAN.name])
    assert "1.1    国家生物技术安全框" in plumber
    assert "1.1    国家生物技术安全框" in pdfium


def test_bullets_pdfplumber_drops_are_kept(pdfs) -> None:
    """A bullet a CID font's encoding does not map: pdfminer drops it (and its advance), pdfium
    reads it, as the text has it; the clauses are the same either way (the golden files)."""
    plumber, pdfium = both(pdfs[SEED_PLAN.name])
    assert "关于改性活生物体安全的决定" in plumber
    assert "• 关于改性活生物体安全的决定" in pdfium


def test_bad_pdfs_are_one_line_errors(tmp_path: Path, pdfs) -> None:
    good = pdfs[SEED_DECISION.name].read_bytes()
    image_only = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(image_only))
    c.rect(100, 100, 300, 300, fill=1)
    c.showPage()
    c.save()
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "notes.pdf").write_bytes(b"Just some notes\n")
    (tmp_path / "cut.pdf").write_bytes(good[: len(good) // 3])
    cases = {
        tmp_path / "empty.pdf": "empty file",
        tmp_path / "notes.pdf": "not a PDF file",
        tmp_path / "cut.pdf": None,
        image_only: "no text layer; OCR it first",
    }
    for path, reason in cases.items():
        with pytest.raises(UnreadableSource) as info:
            read_pdf(path, engine="pdfium")
        message = str(info.value)
        assert message.startswith(f"{path}: ") and "\n" not in message
        if reason is not None:
            assert message == f"{path}: {reason}"
