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
    assert "في الفقرة 1 (أ) من المقرر 3/10 ( BS-III/10 ). وأشار" in text


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
