"""Regression tests of the bugs the third blind round found (documents typeset from .docx by another
hand, tests/blind/round3): one per bug, each named for it."""

from __future__ import annotations

from functools import cache

import pytest

from copmop.pipeline.ingest import process
from copmop.pipeline.models import ClauseKind, Document
from tests.golden_io import ROOT

ROUND = ROOT / "tests" / "blind" / "round3"


@cache
def doc(name: str) -> Document:
    return process(ROUND / name)


def clause(d: Document, path: str) -> str:
    return next(p.text for p in d.paragraphs if p.par_id == f"{d.doc_id}#{path}")


def test_regression_kashida_a_font_maps_to_slashes_is_silent() -> None:
    """LibreOffice stretched justified Arabic lines with kashida its PDF maps to "/": the chapeau and
    the whole preamble were lost ("إن م//ؤتمر الأط//راف")."""
    d = doc("r3-cp-9-6.ar.justified.pdf")
    assert clause(d, "chapeau") == (
        "إن مؤتمر الأطراف العامل كاجتماع للأطراف في بروتوكول قرطاجنة للسلامة الأحيائية،"
    )
    assert [p.par_id.split("#")[1] for p in d.paragraphs if p.kind == ClauseKind.PREAMBLE] == [
        f"pre{n}" for n in range(1, 7)
    ]
    # a slash of the text itself, in another font, stays: "17-29 تشرين الثاني/نوفمبر 2018"
    assert (str(d.date_start), str(d.date_end), d.place) == (
        "2018-11-17",
        "2018-11-29",
        "شرم الشيخ، مصر",
    )


@pytest.mark.parametrize(
    "name", ["r3-cp-8-12.zh.justified.pdf", "r3-cp-8-12.zh.ragged.pdf", "r3-cp-8-12.zh.txt"]
)
def test_regression_an_objectives_number_alone_in_its_cell(name: str) -> None:
    """ "1.1" | "国家生物安全框架" | …: the number in a cell of its own gave no objective at all."""
    objectives = [
        (p.number, p.text) for p in doc(name).paragraphs if p.kind == ClauseKind.OBJECTIVE
    ]
    assert objectives[:3] == [("1.1", "国家生物安全框架"), ("1.3", "风险评估"), ("1.4", "风险管理")]
    assert [n for n, _ in objectives] == [
        "1.1", "1.3", "1.4", "1.7", "1.8", "2.1", "2.2", "2.3", "2.4", "4.1"
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["r3-np-5-5.ru.justified.pdf", "r3-np-5-5.ru.txt"])
def test_regression_the_parts_of_an_annex_each_numbered_from_one(name: str) -> None:
    """ "Часть II. Источники информации и сроки" and its paragraphs 1 to 5 were unnumbered text."""
    d = doc(name)
    annex = [(p.par_id.split("#")[1], p.section) for p in d.paragraphs if "#annex/" in p.par_id]
    assert annex[1:] == [
        ("annex/sec-I", "annex/I"),
        *[(f"annex/{n}", "annex/I") for n in range(1, 6)],
        ("annex/sec-II", "annex/II"),
        *[(f"annex/II/{n}", "annex/II") for n in range(1, 6)],
    ]
    assert clause(d, "annex/sec-II") == "Источники информации и сроки"


def test_regression_a_number_word_and_its_hyphen_at_a_lines_end() -> None:
    """ "Vingt-" | "trois Parties" came out "Vingttrois"."""
    d = doc("r3-cbd-cp-mop-9-10.fr.ragged.pdf")
    assert "2 février 2017. Vingt-trois Parties et onze organisations ont répondu" in clause(d, "6")


def test_regression_a_marker_glued_to_an_addendum_is_the_marker() -> None:
    """ "… du document CBD/CP/MOP/9/10/Add.1.4" in a text extraction: Add.1, its full stop and footnote
    4's marker; the footnote was left without its clause ("footnote 4 has no marker in the text")."""
    d = doc("r3-cbd-cp-mop-9-10.fr.txt")
    note = next(p for p in d.paragraphs if p.par_id == f"{d.doc_id}#fn4")
    assert note.anchor == f"{d.doc_id}#8"
    assert clause(d, "8").endswith("qui figurent à l'annexe du document CBD/CP/MOP/9/10/Add.1.")
    assert d.warnings == []
