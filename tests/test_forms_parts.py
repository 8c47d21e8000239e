"""Parts of what a text names, read in context, one row each, in every language that has the form:
paragraphs of an annex named through an anaphor ("paragraphs 4 to 6 thereof", "ese anexo"), the body
of a recommendation named earlier in its sentence, "its paragraphs" of a recommendation, an item of
the paragraph the text is ("subparagraph (a) above")."""

from __future__ import annotations

import pytest

from copmop.extractors.citations import find_citations
from copmop.extractors.finder import find_in_text
from copmop.pipeline.models import ClauseKind, DocKind, Document, Paragraph
from tests.form_rows import Row, check

ROWS = [
    # --- paragraphs of an annex named through an anaphor: "annex, para N" ---------------------------
    Row(
        "annex",
        "en",
        "set out in the annex to decision CP-10/6, in particular paragraphs 4 to 6 thereof.",
        (
            ("decision", "CP-10/6", "annex", "annex to decision CP-10/6"),
            ("decision", "CP-10/6", "annex, para 4", "paragraphs 4 to 6 thereof"),
            ("decision", "CP-10/6", "annex, para 5", "paragraphs 4 to 6 thereof"),
            ("decision", "CP-10/6", "annex, para 6", "paragraphs 4 to 6 thereof"),
        ),
    ),
    Row(
        "annex",
        "fr",
        "l'annexe de la décision CP-10/6, en particulier les paragraphes 4 à 6 de cette annexe",
        (
            ("decision", "CP-10/6", "annex", "annexe de la décision CP-10/6"),
            ("decision", "CP-10/6", "annex, para 4", "paragraphes 4 à 6 de cette annexe"),
            ("decision", "CP-10/6", "annex, para 5", "paragraphes 4 à 6 de cette annexe"),
            ("decision", "CP-10/6", "annex, para 6", "paragraphes 4 à 6 de cette annexe"),
        ),
    ),
    Row(
        "annex",
        "es",
        "El documento UNEP/CBD/COP/13/7 contiene, en su anexo, una reseña; véanse en particular los "
        "párrafos 12 a 15 de ese anexo.",
        (
            ("document", "UNEP/CBD/COP/13/7", "annex", "su anexo"),
            *(
                (
                    "document",
                    "UNEP/CBD/COP/13/7",
                    f"annex, para {n}",
                    "párrafos 12 a 15 de ese anexo",
                )
                for n in (12, 13, 14, 15)
            ),
        ),
        host="CBD",
        own=("decision", "COP-16/21"),
    ),
    Row(
        "annex",
        "ru",
        "изложенные в приложении к решению NP-3/1, в частности в пунктах 3 и 4 этого приложения.",
        (
            ("decision", "NP-3/1", "annex", "приложении к решению NP-3/1"),
            ("decision", "NP-3/1", "annex, para 3", "пунктах 3 и 4 этого приложения"),
            ("decision", "NP-3/1", "annex, para 4", "пунктах 3 и 4 этого приложения"),
        ),
        host="NP",
        own=("decision", "NP-5/5"),
    ),
    Row(
        "annex",
        "ar",
        "المرفق بالمقرر CP-10/6، ولا سيما الفقرات 4 إلى 6 من ذلك المرفق",
        (
            ("decision", "CP-10/6", "annex", "المرفق بالمقرر CP-10/6"),
            ("decision", "CP-10/6", "annex, para 4", "الفقرات 4 إلى 6 من ذلك المرفق"),
            ("decision", "CP-10/6", "annex, para 5", "الفقرات 4 إلى 6 من ذلك المرفق"),
            ("decision", "CP-10/6", "annex, para 6", "الفقرات 4 إلى 6 من ذلك المرفق"),
        ),
    ),
    Row(
        "annex",
        "zh",
        "第CP-10/6号决定附件，特别是该附件第4至6段",
        (
            ("decision", "CP-10/6", "annex", "第CP-10/6号决定附件"),
            ("decision", "CP-10/6", "annex, para 4", "该附件第4至6段"),
            ("decision", "CP-10/6", "annex, para 5", "该附件第4至6段"),
            ("decision", "CP-10/6", "annex, para 6", "该附件第4至6段"),
        ),
    ),
    Row(
        "annex",
        "en",
        "decision BS-V/16, annex I, and paragraph 2 thereof",
        (
            ("decision", "CP-5/16", "annex I", "decision BS-V/16, annex I"),
            ("decision", "CP-5/16", "annex I, para 2", "paragraph 2 thereof"),
        ),
    ),
    Row(
        "annex",
        "en",
        "the annex to the present decision, in particular paragraph 3 of that annex",
        (
            ("decision", "CP-10/7", "annex", "annex to the present decision"),
            ("decision", "CP-10/7", "annex, para 3", "paragraph 3 of that annex"),
        ),
    ),
    # … and an anaphor after another anaphor points at what that one settled on
    Row(
        "annex",
        "en",
        "See decision 15/6, in particular paragraphs 2 and 3 of that decision, and the guidance "
        "contained in the annex thereto.",
        (
            ("decision", "COP-15/6", None, "decision 15/6"),
            ("decision", "COP-15/6", "para 2", "paragraphs 2 and 3 of that decision"),
            ("decision", "COP-15/6", "para 3", "paragraphs 2 and 3 of that decision"),
            ("decision", "COP-15/6", "annex", "annex thereto"),
        ),
    ),
    Row(
        "annex",
        "en",
        "Decision 15/6, paragraphs 12 to 14, and the annex thereto.",
        (
            *(
                ("decision", "COP-15/6", f"para {n}", "Decision 15/6, paragraphs 12 to 14")
                for n in (12, 13, 14)
            ),
            ("decision", "COP-15/6", "annex", "annex thereto"),
        ),
    ),
]


ROWS += [
    # --- a recommendation by its number alone, its body named earlier in the sentence ------------------
    Row(
        "recommendation",
        "en",
        "the recommendations made by the Subsidiary Body on Implementation at its fourth meeting, in "
        "particular recommendation 4/3, and",
        (("recommendation", "SBI-4/3", None, "recommendation 4/3"),),
    ),
    Row(
        "recommendation",
        "fr",
        "des recommandations formulées par l'Organe subsidiaire chargé de l'application à sa quatrième "
        "réunion, en particulier la recommandation 4/3,",
        (("recommendation", "SBI-4/3", None, "recommandation 4/3"),),
    ),
    Row(
        "recommendation",
        "es",
        "las recomendaciones formuladas por el Órgano Subsidiario sobre la Aplicación en su cuarta "
        "reunión, en particular la recomendación 4/3,",
        (("recommendation", "SBI-4/3", None, "recomendación 4/3"),),
    ),
    Row(
        "recommendation",
        "ru",
        "рекомендации Вспомогательного органа по осуществлению, принятые на его четвертом совещании, в "
        "частности рекомендацию 4/3,",
        (("recommendation", "SBI-4/3", None, "рекомендацию 4/3"),),
    ),
    Row(
        "recommendation",
        "ar",
        "بالتوصيات الصادرة عن الهيئة الفرعية للتنفيذ في اجتماعها الرابع، ولا سيما التوصية 4/3،",
        (("recommendation", "SBI-4/3", None, "التوصية 4/3"),),
    ),
    Row(
        "recommendation",
        "zh",
        "确认附属履行机构第四次会议提出的建议，特别是第4/3号建议",
        (("recommendation", "SBI-4/3", None, "第4/3号建议"),),
    ),
    # … not a body the sentence does not speak of the recommendations of, nor one of another sentence
    Row(
        "recommendation",
        "en",
        "Requests the Subsidiary Body on Implementation to take into account recommendation 24/1",
        (),
    ),
    Row(
        "recommendation",
        "en",
        "the recommendations of the Subsidiary Body on Implementation. Recalls recommendation 24/1",
        (),
    ),
    Row("recommendation", "zh", "确认附属履行机构第四次会议的报告，特别是第4/3号建议", ()),
    # --- "its paragraphs" of a recommendation ---------------------------------------------------------
    Row(
        "recommendation",
        "fr",
        "examinées par l'Organe subsidiaire chargé de l'application; voir la recommandation 2/2 de cet "
        "organe, en particulier ses paragraphes 1 et 2.",
        (
            ("recommendation", "SBI-2/2", "para 1", "ses paragraphes 1 et 2"),
            ("recommendation", "SBI-2/2", "para 2", "ses paragraphes 1 et 2"),
        ),
    ),
    Row(
        "recommendation",
        "en",
        "see recommendation 2/2 of the Subsidiary Body on Implementation, in particular its paragraphs 1 "
        "and 2.",
        (
            ("recommendation", "SBI-2/2", "para 1", "its paragraphs 1 and 2"),
            ("recommendation", "SBI-2/2", "para 2", "its paragraphs 1 and 2"),
        ),
    ),
    Row(
        "recommendation",
        "es",
        "véase la recomendación 2/2 del Órgano Subsidiario sobre la Aplicación, en particular sus "
        "párrafos 1 y 2.",
        (
            ("recommendation", "SBI-2/2", "para 1", "sus párrafos 1 y 2"),
            ("recommendation", "SBI-2/2", "para 2", "sus párrafos 1 y 2"),
        ),
    ),
    Row(
        "recommendation",
        "ru",
        "см. рекомендацию 2/2 Вспомогательного органа по осуществлению, в частности ее пункты 1 и 2.",
        (
            ("recommendation", "SBI-2/2", "para 1", "ее пункты 1 и 2"),
            ("recommendation", "SBI-2/2", "para 2", "ее пункты 1 и 2"),
        ),
    ),
    Row(
        "recommendation",
        "ar",
        "انظر التوصية 2/2 الصادرة عن الهيئة الفرعية للتنفيذ، ولا سيما الفقرتين 1 و2 منها.",
        (
            ("recommendation", "SBI-2/2", "para 1", "الفقرتين 1 و2 منها"),
            ("recommendation", "SBI-2/2", "para 2", "الفقرتين 1 و2 منها"),
        ),
    ),
    Row(
        "recommendation",
        "zh",
        "见附属履行机构第2/2号建议，特别是其第1和第2段。",
        (
            ("recommendation", "SBI-2/2", "para 1", "其第1和第2段"),
            ("recommendation", "SBI-2/2", "para 2", "其第1和第2段"),
        ),
    ),
]


ROWS += [
    # --- an item of the paragraph the text is: "subparagraph (a) above" in paragraph 6 -----------------
    Row(
        "item",
        "en",
        "(b) To collaborate in the preparation of the synthesis referred to in subparagraph (a) above;",
        (("decision", "CP-11/7", "para 6(a)", "subparagraph (a) above"),),
        own=("decision", "CP-11/7"),
        number="6",
    ),
    Row(
        "item",
        "fr",
        "b) De collaborer à l'élaboration de la synthèse visée à l'alinéa a) ci-dessus;",
        (("decision", "CP-11/7", "para 6(a)", "alinéa a) ci-dessus"),),
        own=("decision", "CP-11/7"),
        number="6",
    ),
    Row(
        "item",
        "es",
        "b) Colabore en la preparación de la síntesis mencionada en el apartado a) supra;",
        (("decision", "CP-11/7", "para 6(a)", "apartado a) supra"),),
        own=("decision", "CP-11/7"),
        number="6",
    ),
    Row(
        "item",
        "ru",
        "b) сотрудничать при подготовке сводного анализа, указанного в подпункте a) выше;",
        (("decision", "CP-11/7", "para 6(a)", "подпункте a) выше"),),
        own=("decision", "CP-11/7"),
        number="6",
    ),
    Row(
        "item",
        "ar",
        "(ب) التعاون في إعداد التوليف المشار إليه في الفقرة الفرعية (أ) أعلاه؛",
        (("decision", "CP-11/7", "para 6(a)", "الفقرة الفرعية (أ) أعلاه"),),
        own=("decision", "CP-11/7"),
        number="6",
    ),
    Row(
        "item",
        "zh",
        "(b) 与遵约委员会合作编写上文(a)分段所述的综合报告；",
        (("decision", "CP-11/7", "para 6(a)", "上文(a)分段"),),
        own=("decision", "CP-11/7"),
        number="6",
    ),
    Row(
        "item",
        "en",
        "(b) the synthesis referred to in subparagraphs (a) and (c) below;",
        (
            ("decision", "CP-11/7", "annex II, para 4(a)", "subparagraphs (a) and (c) below"),
            ("decision", "CP-11/7", "annex II, para 4(c)", "subparagraphs (a) and (c) below"),
        ),
        own=("decision", "CP-11/7"),
        scope="annex II",
        number="4",
    ),
    # … not in a text that is no numbered paragraph, nor without "above"; a letter of an Article or of
    # a paragraph named is theirs
    Row("item", "en", "(b) the synthesis referred to in subparagraph (a) above;", ()),
    Row("item", "en", "the synthesis referred to in subparagraph (a);", (), number="6"),
    Row(
        "item",
        "zh",
        "第18条第2款(b)项和上文第3段(b)分段",
        (
            ("article", "CPB/18", "2(b)", "第18条第2款(b)项"),
            ("decision", "CP-10/7", "para 3(b)", "上文第3段(b)分段"),
        ),
        number="6",
    ),
]


# --- forms of the fourth blind round ------------------------------------------------------------------
ROWS += [
    # subparagraphs after their paragraph, behind a comma
    Row(
        "items",
        "en",
        "Recalling paragraph 5, subparagraphs (a) and (b), of decision BS-II/4,",
        (
            (
                "decision",
                "CP-2/4",
                "para 5(a)",
                "paragraph 5, subparagraphs (a) and (b), of decision BS-II/4",
            ),
            (
                "decision",
                "CP-2/4",
                "para 5(b)",
                "paragraph 5, subparagraphs (a) and (b), of decision BS-II/4",
            ),
        ),
    ),
    Row(
        "items",
        "fr",
        "BS-II/4 Paragraphe 5, alinéas a) et b) Remplacés par la décision BS-V/2",
        (
            ("decision", "CP-2/4", "para 5(a)", "BS-II/4 Paragraphe 5, alinéas a) et b)"),
            ("decision", "CP-2/4", "para 5(b)", "BS-II/4 Paragraphe 5, alinéas a) et b)"),
            ("decision", "CP-5/2", None, "décision BS-V/2"),
        ),
    ),
    Row(
        "items",
        "es",
        "Recordando el párrafo 5, apartados a) y b), de la decisión BS-II/4,",
        (
            (
                "decision",
                "CP-2/4",
                "para 5(a)",
                "párrafo 5, apartados a) y b), de la decisión BS-II/4",
            ),
            (
                "decision",
                "CP-2/4",
                "para 5(b)",
                "párrafo 5, apartados a) y b), de la decisión BS-II/4",
            ),
        ),
    ),
    # "the latter decision": the last decision named
    *(
        Row(
            "latter",
            lang,
            text,
            (
                ("decision", first, None, listed),
                ("decision", second, None, listed),
                ("decision", second, "para " + para, raw),
            ),
        )
        for lang, text, first, second, listed, para, raw in [
            (
                "en",
                "Recalling decisions XII/27 and XII/29, and paragraph 9 of the latter decision,",
                "COP-12/27",
                "COP-12/29",
                "decisions XII/27 and XII/29",
                "9",
                "paragraph 9 of the latter decision",
            ),
            (
                "es",
                "Recordando también sus decisiones XII/27 y XII/29, así como el párrafo 9 de esta "
                "última decisión,",
                "COP-12/27",
                "COP-12/29",
                "decisiones XII/27 y XII/29",
                "9",
                "párrafo 9 de esta última decisión",
            ),
            (
                "fr",
                "Rappelant ses décisions BS-V/2 et BS-VI/15, en particulier le paragraphe 3 de cette "
                "dernière décision,",
                "CP-5/2",
                "CP-6/15",
                "décisions BS-V/2 et BS-VI/15",
                "3",
                "paragraphe 3 de cette dernière décision",
            ),
            (
                "ru",
                "ссылаясь на решения BS-V/2 и BS-VI/15, в частности на пункт 3 последнего решения,",
                "CP-5/2",
                "CP-6/15",
                "решения BS-V/2 и BS-VI/15",
                "3",
                "пункт 3 последнего решения",
            ),
            (
                "zh",
                "回顾第BS-V/2号和第BS-VI/15号决定，特别是后一项决定第3段，",
                "CP-5/2",
                "CP-6/15",
                "第BS-V/2号和第BS-VI/15号决定",
                "3",
                "后一项决定第3段",
            ),
            (
                "ar",
                "إذ يشير إلى المقررين BS-V/2 وBS-VI/15، ولا سيما الفقرة 3 من المقرر الأخير،",
                "CP-5/2",
                "CP-6/15",
                "المقررين BS-V/2 وBS-VI/15",
                "3",
                "الفقرة 3 من المقرر الأخير",
            ),
        ]
    ),
    # paragraphs after "… is amended as follows" are the amended text's; the annex amended is cited
    # whole too, and named where it stands (the words after it say how it is treated)
    Row(
        "amended",
        "en",
        "Decides that annex I to decision BS-V/16 is amended as follows: (a) paragraph 3 is deleted; "
        "(b) in paragraph 4, the word “shall” is replaced by “should”;",
        (
            ("decision", "CP-5/16", "annex I", "annex I to decision BS-V/16"),
            ("decision", "CP-5/16", "annex I, para 3", "annex I to decision BS-V/16"),
            ("decision", "CP-5/16", "annex I, para 4", "annex I to decision BS-V/16"),
        ),
    ),
    *(
        Row(
            "amended",
            lang,
            text,
            (("decision", "CP-4/5", "annex", raw), ("decision", "CP-4/5", "annex, para 2", raw)),
        )
        for lang, text, raw in [
            (
                "fr",
                "Décide que l'annexe de la décision BS-IV/5 est modifiée comme suit : a) Le "
                "paragraphe 2 est supprimé ;",
                "annexe de la décision BS-IV/5",
            ),
            (
                "ru",
                "постановляет, что приложение к решению BS-IV/5 изменяется следующим образом: a) "
                "пункт 2 исключается;",
                "приложение к решению BS-IV/5",
            ),
            ("zh", "决定第BS-IV/5号决定附件修正如下：(a) 删除第2段；", "第BS-IV/5号决定附件"),
            (
                "ar",
                "يقرر أن يعدل مرفق المقرر BS-IV/5 على النحو التالي: (أ) تحذف الفقرة 2؛",
                "مرفق المقرر BS-IV/5",
            ),
        ]
    ),
    Row(
        "amended",
        "es",
        "Decide que la decisión BS-IV/5 queda modificada como sigue: a) se suprime el párrafo 2;",
        (("decision", "CP-4/5", "para 2", "párrafo 2"),),
    ),
    # a decision named by its number, then by its symbol in brackets: one decision
    Row(
        "alias",
        "ar",
        "على النحو المسموح به في الفقرة 1 (أ) من المقرر 3/10 (BS-III/10).",
        (("decision", "CP-3/10", "para 1(a)", "الفقرة 1 (أ) من المقرر 3/10 (BS-III/10)"),),
    ),
    Row(
        "alias",
        "ar",
        "وإلى المقررين 3/10 (BS-III/10) و5/9 (BS-V/9)،",
        (
            ("decision", "CP-3/10", None, "المقررين 3/10 (BS-III/10)"),
            ("decision", "CP-5/9", None, "BS-V/9"),
        ),
    ),
    # the Subsidiary Body on Implementation by another of its Chinese names
    Row(
        "body",
        "zh",
        "注意到履行问题附属机构第2/7号建议，",
        (("recommendation", "SBI-2/7", None, "第2/7号建议"),),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.form}-{r.lang}-{i}" for i, r in enumerate(ROWS)])
def test_part_in_context(row: Row) -> None:
    found = find_in_text(row.text, row.lang, row.host, row.own, row.scope, None, row.number)
    check(row, found)


def test_regression_paragraphs_thereof_after_the_annex_to_a_decision_are_the_annexs() -> None:
    """CP-11/7, footnote 38: "the annex to decision CP-10/6, in particular paragraphs 4 to 6 thereof"
    pinpointed paragraphs 4 to 6 of the decision, not of its annex."""
    text = "the annex to decision CP-10/6, in particular paragraphs 4 to 6 thereof"
    assert [p for *_, p, _, _ in find_in_text(text, "en")] == [
        "annex",
        "annex, para 4",
        "annex, para 5",
        "annex, para 6",
    ]


def test_regression_the_annex_thereto_after_that_decision_in_a_footnote() -> None:
    """CP-11/7, footnote 27 of paragraph 38 (which cites decision 15/6): "paragraphs 2 and 3 of that
    decision, and the guidance contained in the annex thereto" lost the annex: "thereto" looked for a
    decision named in the footnote and found only "that decision"."""
    text = "See in particular paragraphs 2 and 3 of that decision, and the guidance contained in the annex thereto."
    found = find_in_text(text, "en", "CPB", ("decision", "CP-11/7"), None, {"decision": "COP-15/6"})
    assert [(t, p, text[s:e]) for _, t, p, s, e in found] == [
        ("COP-15/6", "para 2", "paragraphs 2 and 3 of that decision"),
        ("COP-15/6", "para 3", "paragraphs 2 and 3 of that decision"),
        ("COP-15/6", "annex", "annex thereto"),
    ]


def test_regression_recommendation_4_3_is_the_body_s_whose_recommendations_the_sentence_names() -> (
    None
):
    """CP-11/7, preamble: "the recommendations made by the Subsidiary Body on Implementation at its
    fourth meeting, in particular recommendation 4/3" lost SBI-4/3 (its body was not said after it)."""
    text = (
        "Acknowledging the recommendations made by the Subsidiary Body on Implementation at its fourth "
        "meeting, in particular recommendation 4/3, and the conclusions"
    )
    assert find_in_text(text, "en") == [("recommendation", "SBI-4/3", None, 117, 135)]


def test_regression_ses_paragraphes_of_a_recommendation_are_its_pinpoints() -> None:
    """CBD/CP/MOP/9/10 in French, footnote 4: "voir la recommandation 2/2 de cet organe, en particulier
    ses paragraphes 1 et 2" dropped the paragraphs (a possessive tied paragraphs to decisions and
    documents only)."""
    text = "l'Organe subsidiaire chargé de l'application; voir la recommandation 2/2 de cet organe, en particulier ses paragraphes 1 et 2."
    assert [(t, p) for _, t, p, *_ in find_in_text(text, "fr")] == [
        ("SBI-2/2", "para 1"),
        ("SBI-2/2", "para 2"),
    ]


def test_regression_subparagraph_a_above_is_an_item_of_the_clause_s_own_paragraph() -> None:
    """CP-11/7, paragraph 6: "(b) To collaborate … in the preparation of the synthesis referred to in
    subparagraph (a) above" cited nothing; a footnote of the paragraph speaks of the same items."""
    doc = Document(
        "CP-11/7@en",
        DocKind.DECISION,
        "CP-11/7",
        None,
        "en",
        "CP",
        11,
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
        (
            ClauseKind.OPERATIVE,
            "6",
            "6",
            "Requests: (a) To prepare a synthesis; (b) To collaborate in the preparation of the synthesis referred to in subparagraph (a) above;",
        ),
        (ClauseKind.FOOTNOTE, "fn3", "3", "See subparagraph (b) above."),
        (ClauseKind.BODY, "text1", None, "The synthesis referred to in subparagraph (a) above."),
    ]
    doc.paragraphs = [
        Paragraph(f"CP-11/7@en#{path}", "CP-11/7@en", i, kind, None, number, text)
        for i, (kind, path, number, text) in enumerate(texts)
    ]
    doc.paragraphs[1].anchor = "CP-11/7@en#6"
    assert [(c.par_id, c.via, c.target, c.pinpoint, c.raw) for c in find_citations(doc)] == [
        ("CP-11/7@en#6", None, "CP-11/7", "para 6(a)", "subparagraph (a) above"),
        ("CP-11/7@en#6", "CP-11/7@en#fn3", "CP-11/7", "para 6(b)", "subparagraph (b) above"),
    ]
