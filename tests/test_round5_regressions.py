"""Regression tests of the bugs the fifth blind round found (documents typeset from .docx by another
hand, the PDFs as LibreOffice wrote them, tests/blind/round5): one per bug, each named for it."""

from __future__ import annotations

from functools import cache

import pytest

from copmop.extractors.finder import find_in_text
from copmop.pipeline.ingest import process
from copmop.pipeline.models import ClauseKind, Document
from tests.golden_io import ROOT

ROUND = ROOT / "tests" / "blind" / "round5"
LAYOUTS = ["justified.pdf", "ragged.pdf", "txt"]


@cache
def doc(name: str) -> Document:
    return process(ROUND / name)


def clause(d: Document, path: str) -> str:
    return next(p.text for p in d.paragraphs if p.par_id == f"{d.doc_id}#{path}")


def cited(d: Document, path: str, via: str | None = None) -> list[tuple[str, str, str | None]]:
    return sorted(
        (
            (c.kind.value, c.target, c.pinpoint)
            for c in d.citations
            if c.par_id == f"{d.doc_id}#{path}" and (c.via or None) == (via and f"{d.doc_id}#{via}")
        ),
        key=str,
    )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_regression_a_running_header_with_its_page_number_is_furniture(layout: str) -> None:
    """ "CBD/NP/MOP/DEC/4/10 2" at the head of pages 2 and 3 (the number at the right): two clauses of
    its own, one counted in the preamble."""
    d = doc(f"r5-np-4-10.en.{layout}")
    assert not [p for p in d.paragraphs if "CBD/NP/MOP/DEC/4/10" in p.text]
    assert [p.par_id.split("#")[1] for p in d.paragraphs if p.kind == ClauseKind.PREAMBLE] == [
        f"pre{n}" for n in range(1, 7)
    ]


@pytest.mark.parametrize("layout", ["justified.pdf", "ragged.pdf"])
def test_regression_the_bodys_name_broken_after_a_comma_is_no_chapeau(layout: str) -> None:
    """ "Конференция Сторон Конвенции о биологическом разнообразии," + "выступающая в качестве …" at
    the head of the decision was taken for its chapeau: no title, dates or place, and every clause
    after it text."""
    d = doc(f"r5-cp-10-8.ru.{layout}")
    assert (d.decision, d.title, d.place, str(d.date_start), str(d.date_end)) == (
        "CP-10/8",
        "Обнаружение и идентификация живых измененных организмов",
        "Монреаль, Канада",
        "2022-12-07",
        "2022-12-19",
    )
    assert d.warnings == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_regression_items_indented_whole_stay_in_their_paragraph(layout: str) -> None:
    """Items "b) обмениваться …" indented with their next lines (not hanging), and Roman sub-items
    "i)", "ii)" under them: each line had become a clause of its own."""
    d = doc(f"r5-cp-10-8.ru.{layout}")
    text = " ".join(clause(d, "2").split())
    assert text.startswith("предлагает Сторонам и призывает другие правительства: a) назначить")
    assert "ii) о стандартных образцах и справочных материалах; c) учитывать" in text
    assert text.endswith("в области генно-инженерной деятельности;")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_regression_russian_sections_lettered_with_lookalikes_and_parts_behind_a_tab(
    layout: str,
) -> None:
    """Sections "А." then "В." (Cyrillic letters for A and B), and the annex's "Часть II.<tab>
    Лабораторная практика": section B and part II were lost."""
    d = doc(f"r5-cp-10-8.ru.{layout}")
    heads = [(p.par_id.split("#")[1], p.text) for p in d.paragraphs if "sec-" in p.par_id]
    assert heads == [
        ("sec-A", "Сеть лабораторий"),
        ("sec-B", "Создание потенциала"),
        ("annex/sec-I", "Общие положения"),
        ("annex/sec-II", "Лабораторная практика"),
        ("annex/sec-III", "Обмен информацией"),
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_regression_a_logframe_whose_objective_column_is_named_by_one_word(layout: str) -> None:
    """A table "目标 | 标题 | 成果 | 指标" (objective, title, outcomes, indicators): its rows are
    operational objectives; a table of goals and targets without indicators is not."""
    d = doc(f"r5-cp-11-5.zh.{layout}")
    assert [p.number for p in d.paragraphs if p.kind == ClauseKind.OBJECTIVE] == [
        "1.1",
        "1.3",
        "1.5",
        "2.2",
        "2.4",
    ]


@pytest.mark.parametrize("layout", ["justified.pdf", "ragged.pdf"])
def test_regression_a_footnote_line_starting_with_a_number_is_no_new_footnote(layout: str) -> None:
    """Footnote 2 runs "… пунктом 1 статьи" / "20 Протокола; …": its second line became footnote
    "20", and its citations went to no clause."""
    d = doc(f"r5-cp-10-8.ru.{layout}")
    assert [p.number for p in d.paragraphs if p.kind == ClauseKind.FOOTNOTE] == ["1", "2", "3", "4"]
    assert cited(d, "2", via="fn2") == [
        ("article", "CPB/20", "1"),
        ("decision", "CP-1/3", None),
        ("decision", "CP-9/2", None),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "in accordance with paragraph 12 (c) (ii) of decision NP-3/14",
            [("decision", "NP-3/14", "para 12(c)(ii)")],
        ),
        (
            "ar",
            "يذكّر بالفقرة 4 (ب) '1' من المقرر BS-V/13،",
            [("decision", "CP-5/13", "para 4(b)(i)")],
        ),
        (
            "en",
            "see UNEP/CBD/BS/COP-MOP/8/INF/1, table 2, for",
            [("document", "UNEP/CBD/BS/COP-MOP/8/INF/1", "table 2")],
        ),
        (
            "es",
            "Recordando los párrafos 3 y 4 de las decisiones BS-VII/13 y CP-VIII/13,",
            [
                ("decision", "CP-7/13", "para 3"),
                ("decision", "CP-7/13", "para 4"),
                ("decision", "CP-8/13", "para 3"),
                ("decision", "CP-8/13", "para 4"),
            ],
        ),
        (
            "zh",
            "关切地注意到在执行《议定书》第７条至第１０条所规定的提前知情同意程序",
            [("article", f"CPB/{n}", None) for n in range(7, 11)],
        ),
        (
            "fr",
            "Rappelant également le paragraphe 4 c) ii) de la décision XIII/26,",
            [("decision", "COP-13/26", "para 4(c)(ii)")],
        ),
        (
            "fr",
            "à ratifier le Protocole additionnel de Nagoya-Kuala Lumpur sur la responsabilité et la "
            "réparation relatif au Protocole de Cartagena, conformément à son article 18 ;",
            [("article", "SP/18", None)],
        ),
        (
            "en",
            "Parties to the Supplementary Protocol to share their experience in applying Article 5 of "
            "that instrument",
            [("instrument", "SP", None), ("article", "SP/5", None)],
        ),
        (
            "zh",
            "鼓励同为《名古屋-吉隆坡赔偿责任和补救补充议定书》缔约方的缔约方在执行该补充议定书第１２条时借鉴",
            [("instrument", "SP", None), ("article", "SP/12", None)],
        ),
        (
            "ar",
            "إذ يشير إلى المادة 23 من البروتوكول، ولا سيما الفقرة 1 (أ) منها،",
            [("article", "CPB/23", None), ("article", "CPB/23", "1(a)")],
        ),
    ],
)
def test_regression_pinpoints_of_the_fifth_round(
    lang: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """Nested items, Arabic items numbered '1' under a letter, a document's table, paragraphs of each
    decision of a list ("de las decisiones": "las" was not an article), a paragraph "of it" (منها)
    after an Article."""
    assert [(k, t, p) for k, t, p, _, _ in find_in_text(text, lang)] == expected
