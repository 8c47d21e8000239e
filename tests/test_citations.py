"""The citation finder, table-driven: (language, text) → the citations it holds, in six languages."""

from __future__ import annotations

import pytest

from copmop.extractors.finder import find_in_text

OWN = ("decision", "CP-10/7")
P35 = [("article", "CPB/35", None)]


def para(target: str, *numbers: str) -> list[tuple[str, str, str | None]]:
    return [("decision", target, f"para {n}") for n in numbers]


CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # Chinese
    (
        "zh",
        "第 BS-III/3 号决定，第 6、第 13、第 15 和第 17 段",
        para("CP-3/3", "6", "13", "15", "17"),
    ),
    ("zh", "第 BS-IV/15 号决定第 2 段", para("CP-4/15", "2")),
    ("zh", "第 BS-VII/3 号决定第 3 至 5 段", para("CP-7/3", "3", "4", "5")),
    (
        "zh",
        "第 BS-V/16 和 CP-VIII/15 号决定",
        [("decision", "CP-5/16", None), ("decision", "CP-8/15", None)],
    ),
    ("zh", "第 VI/26 号决定，附件", [("decision", "COP-6/26", "annex")]),
    ("zh", "第14/30号决定", [("decision", "COP-14/30", None)]),
    ("zh", "第BS-1/5 号决定附件四", [("decision", "CP-1/5", "annex IV")]),
    ("zh", "第 35 条", P35),
    ("zh", "第 15 和第 16 条", [("article", "CPB/15", None), ("article", "CPB/16", None)]),
    (
        "zh",
        "第 18.2（b）和第 2（c）条",
        [("article", "CPB/18", "2(b)"), ("article", "CPB/18", "2(c)")],
    ),
    ("zh", "第１８条第２款（ｂ）项", [("article", "CPB/18", "2(b)")]),
    ("zh", "第 16（5）条", [("article", "CPB/16", "5")]),
    ("zh", "第二十二条", [("article", "CPB/22", None)]),
    ("zh", "《公约》第19条", [("article", "CBD/19", None)]),
    ("zh", "《议定书》关于能力建设的第 22 条", [("article", "CPB/22", None)]),
    ("zh", "《议定书》第26条和第20条", [("article", "CPB/26", None), ("article", "CPB/20", None)]),
    ("zh", "《卡塔赫纳议定书》附件三", [("annex", "CPB/annex-III", None)]),
    ("zh", "业务目标 2.1、2.2 和 2.8", [("objective", n, None) for n in ("2.1", "2.2", "2.8")]),
    (
        "zh",
        "分别载于 CBD/SBI/3/3，附件一和二。",
        [("document", "CBD/SBI/3/3", "annex I"), ("document", "CBD/SBI/3/3", "annex II")],
    ),
    (
        "zh",
        "（第 UNEP/CBD/BS/COP-MOP/4/14 号文件）",
        [("document", "UNEP/CBD/BS/COP-MOP/4/14", None)],
    ),
    ("zh", "CBD/CP/MOP/DEC/10/7", [("decision", "CP-10/7", None)]),
    ("zh", "上文第 3 段", [("decision", "CP-10/7", "para 3")]),
    ("zh", "本决定附件", [("decision", "CP-10/7", "annex")]),
    ("zh", "昆明-蒙特利尔全球生物多样性框架", [("instrument", "KMGBF", None)]),
    ("zh", "《关于赔偿责任和补救的名古屋-吉隆坡补充议定书》", [("instrument", "SP", None)]),
    ("zh", "执行《议定书》", []),
    ("zh", "2011-2020年战略计划，2022年12月7日至19日，45%的缔约方", []),
    ("zh", "《国家生物安全法》第 5 条", []),
    ("zh", "第四次会议，第二节", []),
    # English
    ("en", "paragraphs 3 to 5 of decision CP-9/7", para("CP-9/7", "3", "4", "5")),
    (
        "en",
        "paragraphs 4, 6, 10-17, 23, 27-28, 29 (b) and (e) of decision BS-VI/3",
        para("CP-6/3", "4", "6", *map(str, range(10, 18)), "23", "27", "28", "29(b)", "29(e)"),
    ),
    ("en", "decision BS-IV/15, paragraph 2", para("CP-4/15", "2")),
    (
        "en",
        "decisions BS-V/16 and CP-VIII/15",
        [("decision", "CP-5/16", None), ("decision", "CP-8/15", None)],
    ),
    (
        "en",
        "decision 15/4 and decision XIII/25",
        [("decision", "COP-15/4", None), ("decision", "COP-13/25", None)],
    ),
    ("en", "annex I to decision BS-V/16", [("decision", "CP-5/16", "annex I")]),
    ("en", "Articles 15 and 16", [("article", "CPB/15", None), ("article", "CPB/16", None)]),
    ("en", "Article 18, paragraph 2 (b)", [("article", "CPB/18", "2(b)")]),
    ("en", "Article 18.2(c)", [("article", "CPB/18", "2(c)")]),
    ("en", "paragraph 5 of Article 16", [("article", "CPB/16", "5")]),
    ("en", "Article 8(j) of the Convention", [("article", "CBD/8", "(j)")]),
    ("en", "Article 12 of the Supplementary Protocol", [("article", "SP/12", None)]),
    ("en", "Article 4 of the Nagoya Protocol", [("article", "NP/4", None)]),
    ("en", "Annex III to the Protocol", [("annex", "CPB/annex-III", None)]),
    (
        "en",
        "operational objectives 2.1, 2.2 and 2.8",
        [("objective", n, None) for n in ("2.1", "2.2", "2.8")],
    ),
    ("en", "paragraph 3 above", [("decision", "CP-10/7", "para 3")]),
    ("en", "the annex to the present decision", [("decision", "CP-10/7", "annex")]),
    ("en", "the Kunming-Montreal Global Biodiversity Framework", [("instrument", "KMGBF", None)]),
    ("en", "the Convention on Biological Diversity", [("instrument", "CBD", None)]),
    (
        "en",
        "the Aarhus Convention and the Convention on International Trade in Endangered Species",
        [],
    ),
    ("en", "article 5 of the national Biosafety Act", []),
    ("en", "target 17 of the Strategic Plan, 2011-2020, 7-19 December 2022, 45 per cent", []),
    # French
    ("fr", "paragraphes 3 à 5 de la décision CP-9/7", para("CP-9/7", "3", "4", "5")),
    ("fr", "décision BS-III/3, paragraphes 6, 13, 15 et 17", para("CP-3/3", "6", "13", "15", "17")),
    ("fr", "articles 15 et 16", [("article", "CPB/15", None), ("article", "CPB/16", None)]),
    ("fr", "l'article 19 de la Convention", [("article", "CBD/19", None)]),
    ("fr", "paragraphe 5 de l'article 16", [("article", "CPB/16", "5")]),
    ("fr", "annexe III du Protocole", [("annex", "CPB/annex-III", None)]),
    ("fr", "objectif opérationnel 1.4", [("objective", "1.4", None)]),
    ("fr", "la Convention d'Aarhus", []),
    ("fr", "l'objectif énoncé à l'article premier du Protocole", [("article", "CPB/1", None)]),
    ("es", "el artículo primero del Protocolo", [("article", "CPB/1", None)]),
    ("en", "Article 21, paragraph 1, of the Convention", [("article", "CBD/21", "1")]),
    ("fr", "l'annexe à la présente décision", [("decision", "CP-10/7", "annex")]),
    # Spanish
    ("es", "párrafos 3 a 5 de la decisión CP-9/7", para("CP-9/7", "3", "4", "5")),
    ("es", "artículos 15 y 16", [("article", "CPB/15", None), ("article", "CPB/16", None)]),
    ("es", "artículo 19 del Convenio", [("article", "CBD/19", None)]),
    ("es", "anexo III del Protocolo", [("annex", "CPB/annex-III", None)]),
    ("es", "objetivo operacional 1.4", [("objective", "1.4", None)]),
    ("es", "párrafo 5 supra", [("decision", "CP-10/7", "para 5")]),
    # Russian
    ("ru", "пункты 3–5 решения CP-9/7", para("CP-9/7", "3", "4", "5")),
    (
        "ru",
        "решения BS-V/16 и CP-VIII/15",
        [("decision", "CP-5/16", None), ("decision", "CP-8/15", None)],
    ),
    ("ru", "статьи 15 и 16", [("article", "CPB/15", None), ("article", "CPB/16", None)]),
    ("ru", "статьи 19 Конвенции", [("article", "CBD/19", None)]),
    ("ru", "приложение III к Протоколу", [("annex", "CPB/annex-III", None)]),
    ("ru", "оперативная цель 1.4", [("objective", "1.4", None)]),
    ("ru", "статья 5 национального закона о биобезопасности", []),
    # Arabic
    ("ar", "الفقرات 3 إلى 5 من المقرر CP-9/7", para("CP-9/7", "3", "4", "5")),
    (
        "ar",
        "المقررين BS-V/16 وCP-VIII/15",
        [("decision", "CP-5/16", None), ("decision", "CP-8/15", None)],
    ),
    ("ar", "المادتين 15 و16", [("article", "CPB/15", None), ("article", "CPB/16", None)]),
    ("ar", "المادة 19 من الاتفاقية", [("article", "CBD/19", None)]),
    # a justified line's PDF may lose the space on one side of the dash (pdfium reads it so)
    ("ar", "بروتوكول ناغويا- كوالالمبور التكميلي", [("instrument", "SP", None)]),
    ("ar", "بروتوكول ناغويا -كوالالمبور التكميلي", [("instrument", "SP", None)]),
    ("ar", "وفقا للمادتين 15 و16", [("article", "CPB/15", None), ("article", "CPB/16", None)]),
    ("ar", "المرفق الثالث للبروتوكول", [("annex", "CPB/annex-III", None)]),
    ("ar", "الهدف التشغيلي 1.4", [("objective", "1.4", None)]),
    ("ar", "الفقرة 5 أعلاه", [("decision", "CP-10/7", "para 5")]),
    ("ar", "المادة 5 من القانون الوطني للسلامة الأحيائية", []),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_citations(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = find_in_text(text, lang, "CPB", OWN)
    assert [(k, t, p) for k, t, p, _, _ in found] == expected
    for _, _, _, start, end in found:
        assert 0 <= start < end <= len(text)


def test_a_list_is_one_row_per_target_with_the_whole_expression_as_raw() -> None:
    text = "见第 BS-III/3 号决定，第 6、第 13、第 15 和第 17 段。"
    found = find_in_text(text, "zh")
    assert len(found) == 4
    assert {text[s:e] for *_, s, e in found} == {
        "第 BS-III/3 号决定，第 6、第 13、第 15 和第 17 段"
    }


def test_without_a_host_an_article_belongs_to_the_convention_in_cop_documents() -> None:
    assert [t for _, t, *_ in find_in_text("Article 8(j)", "en", host="CBD")] == ["CBD/8"]


def found(text: str, lang: str) -> list[tuple[str, str, str | None, str]]:
    """(kind, target, pinpoint, raw) of every citation in ``text``, in CP-10/7."""
    return [(k, t, p, text[s:e]) for k, t, p, s, e in find_in_text(text, lang, "CPB", OWN)]


def test_regression_russian_dative_subparagraph_pinpoints_the_article() -> None:
    assert found("согласно подпункту b) пункта 1 статьи 20 Протокола", "ru") == [
        ("article", "CPB/20", "1(b)", "подпункту b) пункта 1 статьи 20 Протокола")
    ]


def test_regression_adverb_after_a_list_of_paragraphs_covers_the_whole_list() -> None:
    text = "los apartados a) y b) del párrafo 7 y el párrafo 14 supra"
    assert found(text, "es") == [
        ("decision", "CP-10/7", "para 7(a)", "apartados a) y b) del párrafo 7"),
        ("decision", "CP-10/7", "para 7(b)", "apartados a) y b) del párrafo 7"),
        ("decision", "CP-10/7", "para 14", "párrafo 14 supra"),
    ]


def test_regression_procedures_annexed_to_a_decision_cite_its_annex() -> None:
    text = "section III, paragraph 1 (b), of the procedures annexed to decision BS-I/7, and"
    assert found(text, "en") == [
        ("decision", "CP-1/7", "annex", "annexed to decision BS-I/7"),
    ]


def test_regression_annex_after_the_body_that_took_the_decision() -> None:
    text = "adoptées dans la décision VII/16 F de la Conférence des Parties, annexe."
    assert found(text, "fr") == [
        (
            "decision",
            "COP-7/16",
            "annex",
            "décision VII/16 F de la Conférence des Parties, annexe",
        )
    ]


def test_regression_arabic_annex_before_and_decision_is_the_documents() -> None:
    text = "انظر CBD/SBI/3/6، المرفق الثاني، والمقرر CP-VIII/5، الفقرة 3."
    assert found(text, "ar") == [
        ("document", "CBD/SBI/3/6", "annex II", "CBD/SBI/3/6، المرفق الثاني"),
        ("decision", "CP-8/5", "para 3", "والمقرر CP-VIII/5، الفقرة 3"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "正在拟订的2020年后全球生物多样性框架"),
        ("zh", "正在拟订的2020 年后全球生物多样性框架"),
        ("en", "the Post-2020 Global Biodiversity Framework"),
        ("fr", "le Cadre mondial de la biodiversité pour l'après-2020"),
        ("es", "el Marco Mundial de Biodiversidad posterior a 2020"),
    ],
)
def test_regression_post_2020_framework_is_not_the_kunming_montreal_framework(
    lang: str, text: str
) -> None:
    assert found(text, lang) == []


def test_regression_possessive_article_raw_is_not_stretched_to_its_instrument() -> None:
    text = (
        "the Supplementary Protocol and to put in place the measures required under its Article 5"
    )
    assert found(text, "en") == [("article", "SP/5", None, "its Article 5")]


def test_regression_internal_raw_does_not_reach_back_to_an_earlier_adverb() -> None:
    text = "los párrafos supra, aplique la metodología (véase el párrafo 3 supra)"
    assert found(text, "es") == [("decision", "CP-10/7", "para 3", "párrafo 3 supra")]


def test_regression_an_anaphor_points_back_to_the_clauses_before() -> None:
    """ "Rappelant sa décision BS-III/11, / Rappelant également le paragraphe 9 de la même décision":
    the same decision is the one the clause before named; a footnote in between changes nothing."""
    from copmop.extractors.citations import find_citations
    from copmop.pipeline.models import ClauseKind, DocKind, Document, Paragraph

    doc = Document(
        "CP-4/11@fr",
        DocKind.DECISION,
        "CP-4/11",
        None,
        "fr",
        "CP",
        4,
        None,
        None,
        None,
        None,
        None,
        "x.txt",
        "0",
        1,
    )
    texts = [
        (ClauseKind.PREAMBLE, "pre1", "Rappelant sa décision BS-III/11,"),
        (ClauseKind.FOOTNOTE, "fn1", "Voir la décision BS-II/2."),
        (ClauseKind.PREAMBLE, "pre2", "Rappelant également le paragraphe 9 de la même décision,"),
    ]
    doc.paragraphs = [
        Paragraph(f"CP-4/11@fr#{path}", "CP-4/11@fr", i, kind, None, None, text)
        for i, (kind, path, text) in enumerate(texts)
    ]
    assert [(c.par_id, c.target, c.pinpoint) for c in find_citations(doc)] == [
        ("CP-4/11@fr#pre1", "CP-3/11", None),
        ("CP-4/11@fr#fn1", "CP-2/2", None),
        ("CP-4/11@fr#pre2", "CP-3/11", "para 9"),
    ]
