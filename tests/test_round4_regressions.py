"""Regression tests of the bugs the fourth blind round found (documents typeset from .docx by another
hand, tests/blind/round4): one per bug, each named for it."""

from __future__ import annotations

from functools import cache

import pytest

from copmop.pipeline.ingest import process
from copmop.pipeline.models import ClauseKind, Document
from tests.golden_io import ROOT

ROUND = ROOT / "tests" / "blind" / "round4"
ARABIC = "r4-cp-mop-6-13.ar"


@cache
def doc(name: str) -> Document:
    return process(ROUND / name)


def clause(d: Document, path: str) -> str:
    return next(p.text for p in d.paragraphs if p.par_id == f"{d.doc_id}#{path}")


def cited(d: Document, path: str) -> list[tuple[str, str, str | None]]:
    return sorted(
        (
            (c.kind.value, c.target, c.pinpoint)
            for c in d.citations
            if c.par_id == f"{d.doc_id}#{path}"
        ),
        key=str,
    )


def test_regression_arabic_set_flush_left_ends_its_blocks_where_its_lines_start() -> None:
    """Arabic paragraphs set flush left (ragged at the right, where their lines start): every line
    started apart from the next, so each ended a block, and the note's draft decision ran into its
    last paragraph (its preamble and operative paragraphs lost, no warning)."""
    d = doc(f"{ARABIC}.ragged.pdf")
    assert clause(d, "11") == (
        "قد يرغب مؤتمر الأطراف العامل كاجتماع للأطراف في البروتوكول في أن يعتمد مقررا على غرار ما يلي:"
    )
    assert clause(d, "draft/chapeau") == (
        "إن مؤتمر الأطراف العامل كاجتماع للأطراف في بروتوكول قرطاجنة للسلامة الأحيائية،"
    )
    kinds = [p.kind for p in d.paragraphs if "#draft/" in p.par_id]
    assert kinds == [ClauseKind.HEADING] + [ClauseKind.PREAMBLE] * 2 + [ClauseKind.OPERATIVE] * 4
    assert [p.number for p in d.paragraphs if p.kind == ClauseKind.BODY] == [
        str(n) for n in range(1, 12)
    ]


@pytest.mark.parametrize("layout", ["justified", "ragged"])
def test_regression_a_number_and_a_symbol_in_brackets_keep_their_order_in_arabic(
    layout: str,
) -> None:
    """ "المقرر 3/10 (BS-III/10)", drawn ")BS-III/10( 3/10" right to left, was read "المقرر
    BS-III/10( 3/10 )": a number and the Latin word beside it are read apart, the brackets between
    them in the order of the Arabic around them."""
    d = doc(f"{ARABIC}.{layout}.pdf")
    text = " ".join(clause(d, "5").split())
    assert "في الفقرة 1 (أ) من المقرر 3/10 (BS-III/10). وأشار" in text


def test_regression_a_latin_line_alone_on_an_arabic_page_reads_left_to_right() -> None:
    """A running header "Page 2" on an Arabic page is a left-to-right line: it stays "Page 2" (and
    so is known for a page's furniture), not "2 Page"."""
    d = process(ROOT / "tests" / "typeset" / "r2-bs-v-12.ar.justified.pdf")
    assert not any("Page" in p.text for p in d.paragraphs)


@pytest.mark.parametrize("layout", ["txt", "justified.pdf", "ragged.pdf"])
def test_regression_a_decision_named_by_number_then_symbol_is_one_decision(layout: str) -> None:
    """ "الفقرة 1 (أ) من المقرر 3/10 (BS-III/10)": the number alone (a COP decision's form) and the
    symbol in brackets are one decision, BS-III/10, with the pinpoint; it was COP-3/10 para 1(a)
    and CP-3/10 besides."""
    d = doc(f"{ARABIC}.{layout}")
    assert cited(d, "5") == [("decision", "CP-3/10", "para 1(a)")]
    assert ("decision", "CP-3/10", None) in cited(d, "1")
    assert not [c for c in d.citations if c.target.startswith("COP-")]


def test_regression_a_text_extractions_table_printed_cell_by_cell_keeps_its_rows() -> None:
    """A table printed as its header on one line ("Décision   Éléments retirés   Observations") and
    then cell by cell: each cell was a clause of its own, and the paragraphs a row names were cut
    from the decision in its first cell."""
    d = doc("r4-cp-7-14.fr.txt")
    rows = [p.text for p in d.paragraphs if "#annex/text" in p.par_id]
    assert rows == [
        "Décision Éléments retirés Observations",
        "BS-I/9 Paragraphes 1 à 3 Activités achevées",
        "BS-II/4 Paragraphe 5, alinéas a) et b) Remplacés par la décision BS-V/2",
        "BS-III/3 Annexe, paragraphes 7 et 8 Délais expirés",
        "BS-IV/16 Ensemble de la décision Remplacée par la décision BS-VI/15",
    ]
    assert cited(d, "annex/text3") == [
        ("decision", "CP-2/4", "para 5(a)"),
        ("decision", "CP-2/4", "para 5(b)"),
        ("decision", "CP-5/2", None),
    ]


def test_regression_rows_of_a_text_table_end_where_numbered_paragraphs_resume() -> None:
    """The third round's indicator table, as a text extraction: its rows (goal, indicator, source)
    are rows, and the annex's paragraphs 4 to 7 after it are paragraphs again (they were table text,
    and its indicators 4.1, 5.1 … headings)."""
    d = process(ROOT / "tests" / "blind" / "round3" / "r3-cp-11-7.en.txt")
    assert d.warnings == []
    annex = [p for p in d.paragraphs if "#annex-I/" in p.par_id]
    assert [p.number for p in annex if p.number] == ["1", "2", "3", "4", "5", "6", "7"]
    assert annex[5].text.startswith("1. National biosafety frameworks 1.1 Percentage of Parties")


TYPESET = ROOT / "tests" / "blind" / "typeset"


def test_regression_a_year_alone_on_a_line_is_no_page_number() -> None:
    """A justified annex title wrapped before its last year ("… for the period 2025–" / "2026"): the
    year, near the page's head, was dropped as a page number."""
    d = process(TYPESET / "ts-cp11-capacity.en.justified.pdf")
    assert clause(d, "annex/title") == (
        "Priority areas and activities for capacity-building in biosafety for the period 2025–2026"
    )


@pytest.mark.parametrize(
    ("name", "heading"), [("ts-cp11-handling.zh", "附件"), ("ts-cp10-awareness.ar", "المرفق")]
)
def test_regression_a_centred_annex_heading_is_not_the_first_line_of_its_title(
    name: str, heading: str
) -> None:
    """ "附件" centred over a justified title: the two bold lines were taken for one centred heading,
    and the annex had no title. A paragraph's first line is its widest: a line shorter than the next
    by more than the next one's first word ends its block."""
    d = process(TYPESET / f"{name}.justified.pdf")
    assert clause(d, "annex") == heading
    assert clause(d, "annex/title") == clause(
        process(TYPESET / f"{name}.ragged.pdf"), "annex/title"
    )
