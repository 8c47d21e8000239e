"""Treatments, table-driven: one row per language and treatment (the clause, the target as it stands in
it, the treatment), then the rules that pick between phrases, footnotes, and the ends a clause gives."""

from __future__ import annotations

import pytest

from copmop.extractors.treatment import clause_treatments, mandate_end, treat, verb_classes
from copmop.pipeline.models import Citation, Document, Paragraph

# (language, clause, target as printed in it, treatment)
CASES: list[tuple[str, str, str, str]] = [
    # English
    ("en", "Recalling its decisions BS-V/16 and CP-9/3,", "decisions BS-V/16", "recalls"),
    (
        "en",
        "Also recalling paragraph 4 of decision BS-V/12,",
        "paragraph 4 of decision BS-V/12",
        "recalls",
    ),
    ("en", "Reaffirming Article 22 of the Protocol,", "Article 22 of the Protocol", "reaffirms"),
    (
        "en",
        "Welcomes decision 15/4 of the Conference of the Parties, by which it adopted the Framework;",
        "decision 15/4",
        "welcomes",
    ),
    (
        "en",
        "Takes note of the report of the Compliance Committee (CBD/CP/MOP/10/2);",
        "CBD/CP/MOP/10/2",
        "takes-note",
    ),
    (
        "en",
        "Adopts the Implementation Plan, contained in the annex to the present decision;",
        "annex to the present decision",
        "adopts",
    ),
    (
        "en",
        "Endorses recommendation 3/15 of the Subsidiary Body on Implementation;",
        "recommendation 3/15",
        "endorses",
    ),
    (
        "en",
        "Decides to amend paragraph 2 of decision BS-III/4 to read as follows:",
        "paragraph 2 of decision BS-III/4",
        "amends",
    ),
    (
        "en",
        "Decides that paragraph 3 of decision BS-VI/5 is amended as follows:",
        "paragraph 3 of decision BS-VI/5",
        "amends",
    ),
    (
        "en",
        "Decides to replace paragraph 3 of decision BS-V/16 with the following:",
        "paragraph 3 of decision BS-V/16",
        "replaces",
    ),
    (
        "en",
        "Decides that paragraph 5 of decision BS-V/16 shall be replaced by the following:",
        "paragraph 5 of decision BS-V/16",
        "replaces",
    ),
    (
        "en",
        "Decides that the present decision supersedes decision BS-IV/3;",
        "decision BS-IV/3",
        "supersedes",
    ),
    (
        "en",
        "Decides to replace decision BS-IV/3 by the present decision;",
        "decision BS-IV/3",
        "supersedes",
    ),
    ("en", "Decides to retire decisions BS-I/5 and BS-II/3;", "decisions BS-I/5", "retires"),
    (
        "en",
        "Decides to delete paragraph 7 of decision CP-9/7;",
        "paragraph 7 of decision CP-9/7",
        "retires",
    ),
    (
        "en",
        "Decides to extend the mandate of the Liaison Group established by decision BS-III/3 until its eleventh meeting;",
        "decision BS-III/3",
        "extends",
    ),
    (
        "en",
        "Decides to extend the online forum, established pursuant to decision BS-IV/11, until its seventh meeting;",
        "decision BS-IV/11",
        "extends",
    ),
    (
        "en",
        "Decides to continue the work referred to in paragraph 4 of decision CP-9/14;",
        "paragraph 4 of decision CP-9/14",
        "continues",
    ),
    (
        "en",
        "Requests the Executive Secretary to report on the implementation of paragraph 6 of decision CP-10/7;",
        "paragraph 6 of decision CP-10/7",
        "requests-follow-up",
    ),
    (
        "en",
        "Further requests the Executive Secretary to report on progress made in the implementation of decision CP-8/15;",
        "decision CP-8/15",
        "requests-follow-up",
    ),
    (
        "en",
        "Urges Parties to implement their obligations in accordance with Article 18 of the Protocol;",
        "Article 18 of the Protocol",
        "in-accordance-with",
    ),
    (
        "en",
        "Invites Parties to use the guidance, taking into account decision CP-9/13;",
        "decision CP-9/13",
        "mentions",
    ),
    (
        "en",
        "Notes that the Strategic Plan adopted in decision BS-V/16 ends in 2020;",
        "decision BS-V/16",
        "mentions",
    ),
    (
        "en",
        "Welcomes the Guidance developed by the Expert Group established by decision BS-IV/11;",
        "decision BS-IV/11",
        "mentions",
    ),
    (
        "en",
        "Takes note of the report and welcomes decision 14/30 of the Conference of the Parties;",
        "decision 14/30",
        "welcomes",
    ),
    (
        "en",
        "Recalling decision BS-V/16, paragraph 3 of which was amended by decision CP-8/3,",
        "decision CP-8/3",
        "mentions",
    ),
    (
        "en",
        "Urges Parties to strengthen the implementation of Article 18 of the Protocol;",
        "Article 18 of the Protocol",
        "mentions",
    ),
    # French
    ("fr", "Rappelant sa décision BS-V/16,", "décision BS-V/16", "recalls"),
    (
        "fr",
        "Rappelant en outre le paragraphe 9 de la décision BS-III/11,",
        "paragraphe 9 de la décision BS-III/11",
        "recalls",
    ),
    ("fr", "Réaffirmant l'article 26 du Protocole,", "article 26 du Protocole", "reaffirms"),
    (
        "fr",
        "Se félicite de la décision 15/4 de la Conférence des Parties ;",
        "décision 15/4",
        "welcomes",
    ),
    (
        "fr",
        "Prend note du rapport du Comité chargé du respect des obligations (CBD/CP/CC/17/6) ;",
        "CBD/CP/CC/17/6",
        "takes-note",
    ),
    (
        "fr",
        "Adopte le programme de travail figurant dans l'annexe à la présente décision ;",
        "annexe à la présente décision",
        "adopts",
    ),
    (
        "fr",
        "Fait sienne la recommandation 2/12 de l'Organe subsidiaire chargé de l'application ;",
        "recommandation 2/12",
        "endorses",
    ),
    (
        "fr",
        "Décide de modifier le paragraphe 5 de la décision BS-V/16 comme suit :",
        "paragraphe 5 de la décision BS-V/16",
        "amends",
    ),
    (
        "fr",
        "Décide de remplacer le paragraphe 3 de la décision BS-V/16 par le texte suivant :",
        "paragraphe 3 de la décision BS-V/16",
        "replaces",
    ),
    (
        "fr",
        "Décide que la présente décision remplace la décision BS-IV/3 ;",
        "décision BS-IV/3",
        "supersedes",
    ),
    ("fr", "Décide de supprimer les décisions BS-I/5 et BS-II/3 ;", "décisions BS-I/5", "retires"),
    (
        "fr",
        "Décide de proroger le mandat du Groupe de liaison créé par la décision BS-III/3 jusqu'à sa onzième réunion ;",
        "décision BS-III/3",
        "extends",
    ),
    (
        "fr",
        "Décide de poursuivre les travaux visés au paragraphe 4 de la décision CP-9/14 ;",
        "paragraphe 4 de la décision CP-9/14",
        "continues",
    ),
    (
        "fr",
        "Prie le Secrétaire exécutif de faire rapport sur la mise en œuvre du paragraphe 6 de la décision CP-10/7 ;",
        "paragraphe 6 de la décision CP-10/7",
        "requests-follow-up",
    ),
    (
        "fr",
        "Invite les Parties à prendre des mesures conformément à l'article 18 du Protocole ;",
        "article 18 du Protocole",
        "in-accordance-with",
    ),
    (
        "fr",
        "Invite les Parties à utiliser les orientations adoptées dans la décision CP-9/13 ;",
        "décision CP-9/13",
        "mentions",
    ),
    # Spanish
    ("es", "Recordando su decisión BS-V/16,", "decisión BS-V/16", "recalls"),
    ("es", "Reafirmando el artículo 22 del Protocolo,", "artículo 22 del Protocolo", "reaffirms"),
    (
        "es",
        "Acoge con satisfacción la decisión 15/4 de la Conferencia de las Partes;",
        "decisión 15/4",
        "welcomes",
    ),
    (
        "es",
        "Toma nota del informe del Comité de Cumplimiento (CBD/CP/CC/17/6);",
        "CBD/CP/CC/17/6",
        "takes-note",
    ),
    (
        "es",
        "Adopta el plan de ejecución que figura en el anexo de la presente decisión;",
        "anexo de la presente decisión",
        "adopts",
    ),
    (
        "es",
        "Hace suya la recomendación 3/15 del Órgano Subsidiario sobre la Aplicación;",
        "recomendación 3/15",
        "endorses",
    ),
    (
        "es",
        "Decide enmendar el párrafo 5 de la decisión BS-V/16 como sigue:",
        "párrafo 5 de la decisión BS-V/16",
        "amends",
    ),
    (
        "es",
        "Decide sustituir el párrafo 3 de la decisión BS-V/16 por el texto siguiente:",
        "párrafo 3 de la decisión BS-V/16",
        "replaces",
    ),
    (
        "es",
        "Decide que la presente decisión sustituye a la decisión BS-VII/12;",
        "decisión BS-VII/12",
        "supersedes",
    ),
    ("es", "Decide retirar las decisiones BS-I/5 y BS-II/3;", "decisiones BS-I/5", "retires"),
    (
        "es",
        "Decide que el párrafo 3 de la decisión BS-VI/5 queda sin efecto;",
        "párrafo 3 de la decisión BS-VI/5",
        "retires",
    ),
    (
        "es",
        "Prorroga el mandato del Grupo de Enlace establecido en la decisión BS-III/3 hasta su undécima reunión;",
        "decisión BS-III/3",
        "extends",
    ),
    (
        "es",
        "Decide continuar la labor a que se refiere el párrafo 4 de la decisión CP-9/14;",
        "párrafo 4 de la decisión CP-9/14",
        "continues",
    ),
    (
        "es",
        "Pide a la Secretaria Ejecutiva que informe sobre la aplicación del párrafo 6 de la decisión CP-10/7;",
        "párrafo 6 de la decisión CP-10/7",
        "requests-follow-up",
    ),
    (
        "es",
        "Insta a las Partes a que adopten medidas de conformidad con el artículo 18 del Protocolo;",
        "artículo 18 del Protocolo",
        "in-accordance-with",
    ),
    (
        "es",
        "Decide realizar una evaluación con arreglo al artículo 35;",
        "artículo 35",
        "in-accordance-with",
    ),
    (
        "es",
        "Observa que el Plan Estratégico aprobado en la decisión BS-V/16 concluye en 2020;",
        "decisión BS-V/16",
        "mentions",
    ),
    # Russian
    ("ru", "ссылаясь на свое решение BS-V/16,", "решение BS-V/16", "recalls"),
    ("ru", "вновь подтверждая статью 22 Протокола,", "статью 22 Протокола", "reaffirms"),
    ("ru", "приветствует решение 15/4 Конференции Сторон;", "решение 15/4", "welcomes"),
    (
        "ru",
        "принимает к сведению доклад Комитета по соблюдению (CBD/CP/CC/17/6);",
        "CBD/CP/CC/17/6",
        "takes-note",
    ),
    (
        "ru",
        "принимает план осуществления, содержащийся в приложении к настоящему решению;",
        "приложении к настоящему решению",
        "adopts",
    ),
    (
        "ru",
        "одобряет рекомендацию 3/15 Вспомогательного органа по осуществлению;",
        "рекомендацию 3/15",
        "endorses",
    ),
    (
        "ru",
        "постановляет внести в пункт 5 решения BS-V/16 следующие изменения:",
        "пункт 5 решения BS-V/16",
        "amends",
    ),
    (
        "ru",
        "постановляет заменить пункт 3 решения BS-V/16 следующим текстом:",
        "пункт 3 решения BS-V/16",
        "replaces",
    ),
    (
        "ru",
        "постановляет, что настоящее решение заменяет решение BS-IV/3;",
        "решение BS-IV/3",
        "supersedes",
    ),
    ("ru", "постановляет исключить решения BS-I/5 и BS-II/3;", "решения BS-I/5", "retires"),
    (
        "ru",
        "постановляет признать утратившими силу решения BS-I/5 и BS-II/3;",
        "решения BS-I/5",
        "retires",
    ),
    (
        "ru",
        "постановляет продлить мандат Группы по связи, учрежденной решением BS-III/3, до своего одиннадцатого совещания;",
        "решением BS-III/3",
        "extends",
    ),
    (
        "ru",
        "постановляет продолжить работу, упомянутую в пункте 4 решения CP-9/14;",
        "пункте 4 решения CP-9/14",
        "continues",
    ),
    (
        "ru",
        "просит Исполнительного секретаря представить доклад о ходе осуществления пункта 6 решения CP-10/7;",
        "пункта 6 решения CP-10/7",
        "requests-follow-up",
    ),
    (
        "ru",
        "призывает Стороны принять меры в соответствии со статьей 18 Протокола;",
        "статьей 18 Протокола",
        "in-accordance-with",
    ),
    (
        "ru",
        "отмечает, что Стратегический план, принятый в решении BS-V/16, завершился;",
        "решении BS-V/16",
        "mentions",
    ),
    # Arabic
    ("ar", "إذ يشير إلى المقرر BS-V/16،", "المقرر BS-V/16", "recalls"),
    ("ar", "وإذ يؤكد من جديد المادة 22 من البروتوكول،", "المادة 22 من البروتوكول", "reaffirms"),
    ("ar", "يرحب بالمقرر 15/4 الصادر عن مؤتمر الأطراف؛", "بالمقرر 15/4", "welcomes"),
    ("ar", "يحيط علما بتقرير لجنة الامتثال (CBD/CP/CC/17/6)؛", "CBD/CP/CC/17/6", "takes-note"),
    ("ar", "يعتمد خطة التنفيذ الواردة في مرفق هذا المقرر؛", "مرفق هذا المقرر", "adopts"),
    ("ar", "يؤيد التوصية 3/15 الصادرة عن الهيئة الفرعية للتنفيذ؛", "التوصية 3/15", "endorses"),
    (
        "ar",
        "يقرر تعديل الفقرة 5 من المقرر BS-V/16 على النحو التالي:",
        "الفقرة 5 من المقرر BS-V/16",
        "amends",
    ),
    (
        "ar",
        "يقرر أن يستعاض عن الفقرة 3 من المقرر BS-V/16 بما يلي:",
        "الفقرة 3 من المقرر BS-V/16",
        "replaces",
    ),
    ("ar", "يقرر أن هذا المقرر يحل محل المقرر BS-IV/3؛", "المقرر BS-IV/3", "supersedes"),
    ("ar", "يقرر إلغاء المقررين BS-I/5 وBS-II/3؛", "المقررين BS-I/5", "retires"),
    (
        "ar",
        "يقرر تمديد ولاية فريق الاتصال المنشأ بموجب المقرر BS-III/3 حتى اجتماعه الحادي عشر؛",
        "المقرر BS-III/3",
        "extends",
    ),
    (
        "ar",
        "يقرر مواصلة العمل المشار إليه في الفقرة 4 من المقرر CP-9/14؛",
        "الفقرة 4 من المقرر CP-9/14",
        "continues",
    ),
    (
        "ar",
        "يطلب إلى الأمين التنفيذي أن يقدم تقريرا عن تنفيذ الفقرة 6 من المقرر CP-10/7؛",
        "الفقرة 6 من المقرر CP-10/7",
        "requests-follow-up",
    ),
    (
        "ar",
        "يحث الأطراف على اتخاذ التدابير وفقا للمادة 18 من البروتوكول؛",
        "للمادة 18 من البروتوكول",
        "in-accordance-with",
    ),
    (
        "ar",
        "يحث الأطراف على الاستفادة من التوجيهات المعتمدة في المقرر CP-9/13؛",
        "المقرر CP-9/13",
        "mentions",
    ),
    # Chinese
    ("zh", "回顾其第 BS-V/16 号决定，", "第 BS-V/16 号决定", "recalls"),
    ("zh", "又回顾第 BS-V/12 号决定第4段，", "第 BS-V/12 号决定第4段", "recalls"),
    ("zh", "重申《议定书》第22条，", "《议定书》第22条", "reaffirms"),
    ("zh", "欢迎缔约方大会第15/4号决定；", "第15/4号决定", "welcomes"),
    ("zh", "注意到遵约委员会的报告(CBD/CP/CC/17/6)；", "CBD/CP/CC/17/6", "takes-note"),
    ("zh", "通过本决定附件所载实施计划；", "本决定附件", "adopts"),
    ("zh", "核可附属履行机构第3/15号建议；", "第3/15号建议", "endorses"),
    ("zh", "决定将第 BS-V/16 号决定第5段修正如下：", "第 BS-V/16 号决定第5段", "amends"),
    ("zh", "决定修正第 BS-V/16 号决定附件一；", "第 BS-V/16 号决定附件一", "amends"),
    ("zh", "决定将第 BS-V/16 号决定第3段替换为以下案文：", "第 BS-V/16 号决定第3段", "replaces"),
    ("zh", "决定本决定取代第 BS-IV/3 号决定；", "第 BS-IV/3 号决定", "supersedes"),
    (
        "zh",
        "决定撤销第 BS-I/5 号和第 BS-II/3 号决定；",
        "第 BS-I/5 号和第 BS-II/3 号决定",
        "retires",
    ),
    (
        "zh",
        "决定将根据第 BS-III/3 号决定设立的联络小组的任期延长至其第十一次会议；",
        "第 BS-III/3 号决定",
        "extends",
    ),
    ("zh", "决定继续开展第 CP-9/14 号决定第4段所述的工作；", "第 CP-9/14 号决定第4段", "continues"),
    (
        "zh",
        "请执行秘书报告第 CP-10/7 号决定第6段的执行情况；",
        "第 CP-10/7 号决定第6段",
        "requests-follow-up",
    ),
    ("zh", "敦促缔约方按照《议定书》第18条采取措施；", "《议定书》第18条", "in-accordance-with"),
    ("zh", "鼓励缔约方利用经第 CP-9/13 号决定延长的网上论坛；", "第 CP-9/13 号决定", "mentions"),
]


@pytest.mark.parametrize(
    ("lang", "text", "target", "treatment"),
    CASES,
    ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)],
)
def test_treatment(lang: str, text: str, target: str, treatment: str) -> None:
    start = text.index(target)
    pinpoint = (
        "para 1"
        if any(w in target for w in ("aragraph", "párrafo", "пункт", "段", "الفقرة"))
        else None
    )
    kind = "decision"
    [found] = clause_treatments(text, lang, [(start, start + len(target), kind, pinpoint)])
    assert found.value == treatment


def test_every_language_has_every_treatment_but_mentions_and_the_rare_ones() -> None:
    wanted = {
        "recalls",
        "reaffirms",
        "welcomes",
        "takes-note",
        "adopts",
        "endorses",
        "amends",
        "replaces",
        "supersedes",
        "retires",
        "extends",
        "continues",
        "requests-follow-up",
        "in-accordance-with",
        "mentions",
    }
    for lang in ("en", "fr", "es", "ru", "ar", "zh"):
        assert {c[3] for c in CASES if c[0] == lang} == wanted, lang


def _footnoted(clause: str, marker_at: str, note: str, target: str) -> Citation:
    """A decision of one clause whose footnote cites ``target``; the citation, treated."""
    doc = Document(
        doc_id="CP-5/12@en",
        kind="decision",
        decision="CP-5/12",
        symbol=None,
        lang="en",
        body="CP",
        meeting=5,
        title=None,
        agenda_item=None,
        place=None,
        date_start=None,
        date_end=None,
        source_path="x",
        sha256="x",
        pages=1,
    )
    offset = clause.index(marker_at) + len(marker_at)
    doc.paragraphs = [
        Paragraph(
            "CP-5/12@en#1",
            doc.doc_id,
            0,
            "operative",
            None,
            "1",
            clause,
            notes=["1"],
            note_offsets=[offset],
        ),
        Paragraph(
            "CP-5/12@en#fn1", doc.doc_id, 1, "footnote", None, "1", note, anchor="CP-5/12@en#1"
        ),
    ]
    start = note.index(target)
    doc.citations = [
        Citation(
            doc.doc_id,
            "CP-5/12@en#1",
            "CP-5/12@en#fn1",
            "document",
            target,
            None,
            target,
            start,
            start + len(target),
        )
    ]
    return treat(doc)[0]


def test_a_footnote_that_says_nothing_takes_the_treatment_where_its_marker_stands() -> None:
    c = _footnoted(
        "Takes note of the report of the Group on its second meeting and of the conclusions;",
        "second meeting",
        "UNEP/CBD/BS/COP-MOP/5/INF/11.",
        "UNEP/CBD/BS/COP-MOP/5/INF/11",
    )
    assert c.treatment == "takes-note"


def test_a_footnote_that_says_see_only_mentions() -> None:
    c = _footnoted(
        "Takes note of the report of the Group on its second meeting;",
        "second meeting",
        "See also UNEP/CBD/BS/COP-MOP/5/INF/11.",
        "UNEP/CBD/BS/COP-MOP/5/INF/11",
    )
    assert c.treatment == "mentions"


@pytest.mark.parametrize(
    ("lang", "text", "end"),
    [
        (
            "en",
            "Decides to establish a Group, which shall serve until the ninth meeting of the Conference;",
            ("meeting", 9),
        ),
        ("en", "Decides to extend the forum until its sixth meeting;", ("meeting", 6)),
        (
            "fr",
            "Décide de créer un forum qui fonctionnera jusqu'à sa onzième réunion ;",
            ("meeting", 11),
        ),
        ("es", "Decide establecer un Grupo, hasta su décima reunión;", ("meeting", 10)),
        ("ru", "продлевает мандат Группы до своего тринадцатого совещания;", ("meeting", 13)),
        ("ar", "يقرر تمديد ولاية الفريق حتى اجتماعه السابع؛", ("meeting", 7)),
        ("zh", "决定将特设技术专家组的任期延长至其第七次会议；", ("meeting", 7)),
        ("en", "Adopts the Short-term Action Plan for the period 2017-2020;", ("year", 2020)),
        ("es", "Adopta el Plan Estratégico para el período 2011-2020;", ("year", 2020)),
        ("zh", "通过《2025-2030年期间生物安全能力建设专题行动计划》。", ("year", 2030)),
        ("en", "Decides to keep the matter under review until 2030;", ("year", 2030)),
        ("en", "Requests the Executive Secretary to report to its eleventh meeting;", None),
    ],
)
def test_the_end_a_clause_gives(lang: str, text: str, end: tuple[str, int] | None) -> None:
    assert mandate_end(text, lang) == end


@pytest.mark.parametrize(
    ("lang", "text", "classes"),
    [
        ("en", "Decides to extend the forum until its sixth meeting;", ["decides", "extends"]),
        (
            "en",
            'Decides to replace paragraph 3 with the following: "3. Requests the Executive Secretary";',
            ["decides", "replaces"],
        ),
        ("en", "Takes note of the report and welcomes the guidance;", ["takes-note", "welcomes"]),
        ("en", "Notes that the Plan was adopted;", ["neutral"]),
        ("zh", "决定将特设技术专家组的任期延长至其第七次会议；", ["decides", "extends"]),
        ("ru", "постановляет исключить решения BS-II/9 и BS-III/11;", ["decides", "retires"]),
    ],
)
def test_the_verbs_of_a_clause(lang: str, text: str, classes: list[str]) -> None:
    assert verb_classes(text, lang) == classes


# What the words around a change verb decide: its scope, its object, quoted new text.
RULES: list[tuple[str, str, str, str]] = [
    (
        "en",
        "Requests the Compliance Committee to continue its work on decision BS-V/1;",
        "decision BS-V/1",
        "mentions",
    ),
    (
        "en",
        "Recalling decision CP-9/3, by which it decided to extend the mandate of the Group,",
        "decision CP-9/3",
        "recalls",
    ),
    (
        "en",
        "Decides to amend the modus operandi contained in the annex to decision BS-III/3 as follows:",
        "annex to decision BS-III/3",
        "amends",
    ),
    (
        "en",
        'Decides to delete the words "and other Governments" in paragraph 4 of decision CP-9/7;',
        "paragraph 4 of decision CP-9/7",
        "amends",
    ),
    (
        "en",
        "Decides that paragraph 5 of decision BS-V/16 is deleted;",
        "paragraph 5 of decision BS-V/16",
        "retires",
    ),
    (
        "en",
        'Decides to replace paragraph 3 of decision BS-V/12 with the following: "3. Requests the Executive Secretary to report on the implementation of decision BS-IV/11";',
        "decision BS-IV/11",
        "requests-follow-up",
    ),
    (
        "fr",
        "Prie le Secrétaire exécutif de continuer à appuyer l'application de la décision BS-V/1 ;",
        "décision BS-V/1",
        "requests-follow-up",
    ),
    (
        "fr",
        "Décide que le paragraphe 5 de la décision BS-V/16 est remplacé par le texte suivant :",
        "paragraphe 5 de la décision BS-V/16",
        "replaces",
    ),
    (
        "es",
        "Decide dar por terminadas las decisiones BS-I/5 y BS-II/3;",
        "decisiones BS-I/5",
        "retires",
    ),
    (
        "ru",
        "постановляет считать утратившими силу решения BS-I/5 и BS-II/3;",
        "решения BS-I/5",
        "retires",
    ),
    (
        "ru",
        "постановляет изложить пункт 3 решения BS-V/16 в следующей редакции:",
        "пункт 3 решения BS-V/16",
        "amends",
    ),
    ("ar", "يقرر سحب المقررات BS-I/5 وBS-II/3؛", "المقررات BS-I/5", "retires"),
    ("zh", "决定将第 BS-V/16 号决定第3段改为：", "第 BS-V/16 号决定第3段", "replaces"),
    ("zh", "决定废止第 BS-I/5 号决定；", "第 BS-I/5 号决定", "retires"),
    # the possibility of a change is no change (the fourth blind round's French decision)
    (
        "fr",
        "Décide d'examiner, à sa huitième réunion, la possibilité de retirer les décisions relatives "
        "au Protocole additionnel, en particulier la décision BS-V/11 ;",
        "décision BS-V/11",
        "mentions",
    ),
    (
        "en",
        "Decides to consider, at its eighth meeting, the possibility of retiring decision BS-V/11;",
        "decision BS-V/11",
        "mentions",
    ),
    (
        "es",
        "Decide examinar la posibilidad de retirar la decisión BS-V/11;",
        "decisión BS-V/11",
        "mentions",
    ),
    (
        "ru",
        "постановляет рассмотреть вопрос об отмене решения BS-V/11;",
        "решения BS-V/11",
        "mentions",
    ),
    ("ar", "يقرر النظر في إمكانية سحب المقرر BS-V/11؛", "المقرر BS-V/11", "mentions"),
    ("zh", "决定审议是否撤销第 BS-V/11 号决定；", "第 BS-V/11 号决定", "mentions"),
    # words replaced inside a paragraph amend it
    (
        "fr",
        "Décide en outre de remplacer, au paragraphe 1 de la décision BS-VI/15, les mots « à sa "
        "septième réunion » par les mots « à sa huitième réunion » ;",
        "paragraphe 1 de la décision BS-VI/15",
        "amends",
    ),
    (
        "en",
        "Decides to replace, in paragraph 1 of decision BS-VI/15, the words “seventh meeting” with "
        "“eighth meeting”;",
        "paragraph 1 of decision BS-VI/15",
        "amends",
    ),
    (
        "es",
        "Decide sustituir, en el párrafo 1 de la decisión BS-VI/15, las palabras «séptima reunión» "
        "por «octava reunión»;",
        "párrafo 1 de la decisión BS-VI/15",
        "amends",
    ),
    (
        "ru",
        "постановляет заменить в пункте 1 решения BS-VI/15 слова «седьмом совещании» словами "
        "«восьмом совещании»;",
        "пункте 1 решения BS-VI/15",
        "amends",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "target", "treatment"),
    RULES,
    ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(RULES)],
)
def test_the_words_around_a_change(lang: str, text: str, target: str, treatment: str) -> None:
    test_treatment(lang, text, target, treatment)


def test_a_change_with_a_target_already_names_the_next_only_as_its_container() -> None:
    text = "Decides to replace paragraph 3 of decision BS-V/16 with the text contained in annex I to decision CP-9/3;"
    spans = [
        (text.index(t), text.index(t) + len(t), "decision", p)
        for t, p in (
            ("paragraph 3 of decision BS-V/16", "para 3"),
            ("annex I to decision CP-9/3", "annex I"),
        )
    ]
    assert [t.value for t in clause_treatments(text, "en", spans)] == ["replaces", "mentions"]


def test_a_decision_never_changes_itself() -> None:
    clause = "Decides to retire the decisions listed in the annex to the present decision and decision BS-I/5;"
    doc = Document(
        "CP-5/12@en",
        "decision",
        "CP-5/12",
        None,
        "en",
        "CP",
        5,
        None,
        None,
        None,
        None,
        None,
        "x",
        "x",
        1,
    )
    doc.paragraphs = [Paragraph("CP-5/12@en#1", doc.doc_id, 0, "operative", None, "1", clause)]
    doc.citations = [
        Citation(
            doc.doc_id,
            "CP-5/12@en#1",
            None,
            "decision",
            target,
            pinpoint,
            raw,
            clause.index(raw),
            clause.index(raw) + len(raw),
        )
        for target, pinpoint, raw in (
            ("CP-5/12", "annex", "annex to the present decision"),
            ("CP-1/5", None, "decision BS-I/5"),
        )
    ]
    assert [c.treatment.value for c in treat(doc)] == ["mentions", "retires"]
