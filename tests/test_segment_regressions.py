"""Regression tests of segmentation, one per bug, on the blind fixtures (en, zh, fr, es, ru, ar)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from copmop.pipeline.models import ClauseKind, Document
from copmop.pipeline.read_text import read_text
from copmop.pipeline.segment import segment

FIXTURES = Path(__file__).parent / "fixtures"


@cache
def doc(name: str) -> Document:
    return segment(read_text(FIXTURES / name))


def clause(d: Document, path: str):
    return next(p for p in d.paragraphs if p.par_id == f"{d.doc_id}#{path}")


def test_regression_preamble_clauses_ending_in_a_comma_are_not_run_together() -> None:
    d = doc("blind-cp-9-6.ru.txt")
    pre = [p for p in d.paragraphs if p.kind == ClauseKind.PREAMBLE]
    assert [p.text.split()[0] for p in pre] == [
        "ссылаясь",
        "ссылаясь",
        "отмечая",
        "принимая",
        "признавая",
    ]
    assert clause(d, "pre3").text.endswith("на его двенадцатом совещании,")


def test_regression_letters_without_opening_bracket_stay_inside_their_paragraph() -> None:
    d = doc("blind-cp-10-10.es.txt")
    text = clause(d, "annex-II/1").text
    assert text.startswith("El Grupo Especial de Expertos Técnicos: a) Elaborará")
    assert "; b) Tendrá en cuenta la información presentada con arreglo al párrafo 6" in text
    assert [p.par_id.split("#")[1] for p in d.paragraphs if "annex-II/" in p.par_id] == [
        "annex-II/title",
        "annex-II/1",
        "annex-II/2",
        "annex-II/3",
        "annex-II/4",
    ]


def test_regression_decision_number_before_a_dash_and_its_title() -> None:
    d = doc("blind-cp-10-5.ar.txt")
    assert (d.decision, d.title) == ("CP-10/5", "الآلية المالية والموارد")


def test_regression_lettered_sections_under_roman_ones_are_subsections() -> None:
    d = doc("blind-mop-10-2.en.txt")
    heads = [(p.par_id.split("#")[1], p.section) for p in d.paragraphs if "#sec-" in p.par_id]
    assert heads == [
        ("sec-I", "I"),
        ("sec-II", "II"),
        ("sec-II/A", "II/A"),
        ("sec-II/B", "II/B"),
        ("sec-III", "III"),
        ("sec-IV", "IV"),
    ]
    assert (clause(d, "10").section, clause(d, "11").section) == ("II/A", "II/B")


def test_regression_draft_decision_in_a_note_is_numbered_on_its_own() -> None:
    d = doc("blind-mop-10-2.en.txt")
    draft = [p for p in d.paragraphs if "#draft/" in p.par_id]
    assert [(p.par_id.split("#")[1], p.kind, p.section) for p in draft] == [
        ("draft/chapeau", ClauseKind.HEADING, "draft"),
        ("draft/pre1", ClauseKind.PREAMBLE, "draft"),
        ("draft/pre2", ClauseKind.PREAMBLE, "draft"),
        *((f"draft/{n}", ClauseKind.OPERATIVE, "draft") for n in range(1, 6)),
    ]
    assert clause(d, "21").text.endswith("may wish to adopt a decision along the following lines:")
    assert clause(d, "annex/1").section == "annex"


def test_regression_footnote_marker_glued_to_a_year_is_found() -> None:
    d = doc("blind-cp-9-13.fr.txt")
    pre3 = clause(d, "pre3")
    assert pre3.notes == ["1"]
    assert pre3.text[: pre3.note_offsets[0]].endswith("pour la période 2011-2020")


def test_regression_prose_with_a_number_out_of_sequence_is_not_a_table() -> None:
    from copmop.pipeline.models import Line
    from copmop.pipeline.tables import is_table

    prose = [  # a paragraph number the reader could not accept (out of sequence) among prose
        Line("The Committee noted the reports received in the period.", 2, ends_block=True),
        Line("7. It also noted the quality of the information;", 2, ends_block=True),
        Line("and it asked the Secretariat to follow up.", 2, ends_block=True),
    ]
    assert not is_table(prose)
    cells = [
        Line("1.4 Capacity-building", 3, ends_block=True),
        Line("Number of Parties with risk assessment", 3, ends_block=True),
        Line("2.1 National frameworks", 3, ends_block=True),
    ]
    assert is_table(cells)


def test_regression_a_misnumbered_paragraph_does_not_turn_the_rest_into_text(
    tmp_path: Path,
) -> None:
    """One paragraph printed with its predecessor's number, or a number skipped, made every later
    paragraph of the decision unnumbered text; the sequence resuming after it tells it is one."""
    text = (FIXTURES / "cp-9-3.en.txt").read_text(encoding="utf-8")
    for wrong, paths in (
        ("1", ["1", "A/1", "3", "4", "5"]),
        ("3", ["1", "3", "A/3", "4", "5"]),
    ):
        path = tmp_path / "cp-9-3.en.txt"
        path.write_text(text.replace("\n2. Also welcomes", f"\n{wrong}. Also welcomes"), "utf-8")
        d = segment(read_text(path))
        numbered = [p.par_id.split("#")[1] for p in d.paragraphs if p.kind == ClauseKind.OPERATIVE]
        assert numbered[:5] == paths
        assert clause(d, paths[1]).text.startswith("Also welcomes the contribution")


def test_regression_arabic_sections_numbered_by_ordinal_adverbs_are_roman_sections() -> None:
    """ "أولا - مقدمة" is section I of a pre-session note: its headings were body text, its paragraphs
    in no section."""
    d = doc("r2-cbd-cp-mop-10-6.ar.txt")
    heads = [
        (p.par_id.split("#")[1], p.section, p.text) for p in d.paragraphs if "#sec-" in p.par_id
    ]
    assert heads == [
        ("sec-I", "I", "مقدمة"),
        ("sec-II", "II", "ملخص المعلومات الواردة"),
        ("sec-III", "III", "التحليل"),
        ("sec-IV", "IV", "مشروع مقرر مقترح"),
    ]
    assert [(p.number, p.section) for p in d.paragraphs if p.number in ("4", "5", "9")][:3] == [
        ("4", "I"),
        ("5", "II"),
        ("9", "III"),
    ]
