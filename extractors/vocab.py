"""Vocabulary of citations in the six UN languages: data only.

``extractors.patterns`` builds every citation pattern from these tables; ``extractors.normalize`` maps
what the patterns capture to canonical targets with them. Word lists are written ``a | b | c``.
"""

from __future__ import annotations

from pipeline.lexicon import ORDINAL_ALIASES, ORDINALS, _words

__all__ = ["ORDINALS", "ORDINAL_ALIASES"]

# Full-width forms, the ideographic space and Arabic-Indic digits → ASCII, one character for one
# ("（ｂ）" → "(b)", "，" → ",", "١٨" → "18"), for ``str.translate``.
ASCII: dict[int, int] = {
    **{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)},
    0x3000: 0x20,
    **{0x0660 + i: 0x30 + i for i in range(10)},
    **{0x06F0 + i: 0x30 + i for i in range(10)},
}

# Decision-number prefixes and the body they stand for (BS- was the COP-MOP's prefix until 2014).
BODY_PREFIXES: dict[str, str] = {
    "BS": "CP",
    "CP": "CP",
    "COP-MOP": "CP",
    "MOP": "CP",
    "NP": "NP",
    "COP": "COP",
    "EM": "COP",
}

# Symbols that name a meeting: (pattern over the canonical symbol, body).
SYMBOL_MEETINGS: tuple[tuple[str, str], ...] = (
    (r"UNEP/CBD/BS/COP-MOP/(?P<meeting>[0-9]+|[IVX]+)/", "CP"),
    (r"CBD/CP/MOP/(?:DEC/)?(?P<meeting>[0-9]+|[IVX]+)/", "CP"),
    (r"CBD/NP/MOP/(?:DEC/)?(?P<meeting>[0-9]+|[IVX]+)/", "NP"),
    (r"UNEP/CBD/COP/(?:DEC/)?(?P<meeting>[0-9]+|[IVX]+)/", "COP"),
    (r"CBD/COP/(?:DEC/)?(?P<meeting>[0-9]+|[IVX]+)/", "COP"),
)

# First elements of the UN document symbols we recognise as references ("CBD/SBI/3/3").
SYMBOL_ROOTS: tuple[str, ...] = ("UNEP/CBD/", "CBD/", "UNEP/", "A/RES/", "FCCC/", "E/CN.")

# The words for "decision", in every form a citation uses them.
DECISION_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("号决定 | 决定"),
    "en": _words("decisions | decision | Decisions | Decision"),
    "fr": _words("décisions | décision | Décisions | Décision"),
    "es": _words("decisiones | decisión | Decisiones | Decisión"),
    "ru": _words(
        """
        решениями | решениях | решениям | решения | решение | решении | решением | решению
        решений | Решения | Решение
        """
    ),
    "ar": _words(
        """
        المقررات | المقررين | المقرر | مقررات | مقرري | مقرر | للمقرر | بالمقرر | والمقرر
        والمقررات
        """
    ),
}

# "paragraph(s)" — the pinpoint word.
PARAGRAPH_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("段"),
    "en": _words(
        """
        paragraphs | paragraph | paras. | para. | paras | para | Paragraphs | Paragraph
        """
    ),
    "fr": _words(
        """
        paragraphes | paragraphe | par. | Paragraphes | Paragraphe | alinéas | alinéa
        """
    ),
    "es": _words("párrafos | párrafo | Párrafos | Párrafo | párr."),
    "ru": _words(
        """
        пунктами | пунктах | пунктам | пункты | пункта | пункте | пунктом | пункту | пунктов
        пункт | Пункты | Пункт | п.
        """
    ),
    "ar": _words(
        """
        الفقرات | الفقرتين | الفقرتان | الفقرة | فقرات | الفقرتين | فقرة | والفقرة
        """
    ),
}

# "Article(s)".
ARTICLE_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("条"),
    "en": _words("Articles | Article | articles | article | Arts. | Art."),
    "fr": _words("articles | article | Articles | Article | art."),
    "es": _words("artículos | artículo | Artículos | Artículo | art."),
    "ru": _words(
        """
        статьями | статьях | статьям | статьи | статья | статье | статьей | статьёй | статью
        статей | Статьи | Статья | ст.
        """
    ),
    "ar": _words(
        """
        المواد | المادتين | المادتان | المادة | مواد | مادة | والمادة | للمادة | بالمادة
        """
    ),
}

# "Annex(es)", and "annexed to" ("the procedures annexed to decision BS-I/7": that decision's annex).
ANNEX_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("附件"),
    "en": _words("annexes | annex | Annexes | Annex | appendix | Appendix | annexed"),
    "fr": _words(
        "annexes | annexe | Annexes | Annexe | appendice | annexées | annexée | annexés | annexé"
    ),
    "es": _words(
        "anexos | anexo | Anexos | Anexo | apéndice | anexas | anexa | anexados | anexadas"
    ),
    "ru": _words(
        """
        приложениях | приложениям | приложения | приложение | приложении | приложению | приложений
        приложением | приложениями | приложенных | приложенной | приложенные | приложенного
        Приложение | Приложения
        """
    ),
    "ar": _words("المرفقات | المرفقين | المرفقة | المرفق | مرفق | والمرفق | بالمرفق | للمرفق"),
}

# "operational objective(s)".
OBJECTIVE_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("业务目标"),
    "en": _words(
        """
        operational objectives | operational objective | Operational objectives
        Operational objective
        """
    ),
    "fr": _words(
        """
        objectifs opérationnels | objectif opérationnel | Objectifs opérationnels
        Objectif opérationnel
        """
    ),
    "es": _words(
        """
        objetivos operacionales | objetivo operacional | Objetivos operacionales
        Objetivo operacional | objetivos operativos | objetivo operativo
        """
    ),
    "ru": _words(
        """
        оперативными целями | оперативных целях | оперативным целям | оперативные цели
        оперативная цель | оперативной цели | оперативную цель | оперативной целью
        оперативных целей | Оперативная цель | Оперативные цели
        """
    ),
    "ar": _words(
        """
        الأهداف التشغيلية | الهدفين التشغيليين | الهدف التشغيلي | للهدف التشغيلي | والهدف التشغيلي
        بالهدف التشغيلي
        """
    ),
}

# "document" after a symbol ("第 UNEP/CBD/BS/COP-MOP/4/14 号文件").
DOCUMENT_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("号文件 | 文件"),
    "en": _words("documents | document"),
    "fr": _words("documents | document"),
    "es": _words("documentos | documento"),
    "ru": _words("документах | документе | документа | документ | документов"),
    "ar": _words("الوثيقة | الوثائق | الوثيقتين | للوثيقة | بالوثيقة"),
}

# Conjunctions inside lists ("15 and 16", "6、13 和 17").
AND_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("和 | 及 | 以及 | 与 | 、 | ， | , | 或"),
    "en": _words("and | or | as well as | ,"),
    "fr": _words("et | ou | ,"),
    "es": _words("y | e | o | ,"),
    "ru": _words("и | или | ,"),
    "ar": _words("و | أو | ، | ,"),
}

# Range words inside lists ("3 to 5", "10-17").
RANGE_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("至 | 到 | - | –"),
    "en": _words("to | through | - | –"),
    "fr": _words("à | - | –"),
    "es": _words("a | al | - | –"),
    "ru": _words("по | - | – | —"),
    "ar": _words("إلى | - | –"),
}

# Words that tie a pinpoint to its whole: "of", "de la", "del", "к", "من".
OF_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("的"),
    "en": _words("of | to | in"),
    "fr": _words("de la | du | de l' | de l’ | à la | au | de | à"),
    "es": _words("de la | del | de | a la"),
    "ru": _words("к | в"),
    "ar": _words("من | في | ل"),
}

# Adverbs that make a pinpoint internal, next to it: "paragraph 3 above", "上文第 3 段", "annexe ci-après".
INTERNAL_ADVERBS: dict[str, tuple[str, ...]] = {
    "zh": _words("上文 | 下文 | 前文 | 后文"),
    "en": _words("above | below | hereto"),
    "fr": _words("ci-dessus | ci-après | ci-dessous | ci-joint"),
    "es": _words("supra | infra | anterior | siguiente"),
    "ru": _words("выше | ниже"),
    "ar": _words("أعلاه | أدناه"),
}

# The document itself as the whole of a pinpoint: "the annex to the present decision", "本决定附件".
PRESENT_REFS: dict[str, tuple[str, ...]] = {
    "zh": _words("本决定 | 本文件 | 本说明 | 本说明的"),
    "en": _words(
        """
        the present decision | this decision | the present note | the present document
        """
    ),
    "fr": _words(
        """
        la présente décision | présente décision | la présente note | présente note
        """
    ),
    "es": _words(
        """
        la presente decisión | presente decisión | la presente nota | presente nota
        """
    ),
    "ru": _words(
        """
        настоящему решению | настоящего решения | настоящем решении | настоящее решение
        настоящей записки | настоящей записке
        """
    ),
    "ar": _words("هذا المقرر | لهذا المقرر | هذه المذكرة | لهذه المذكرة"),
}

# Words that make an Article someone else's (a national law's): "article 5 of the Biosafety Act".
FOREIGN_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("法 | 条例 | 法律 | 法规"),
    "en": _words("Act | Law | law | Code | Decree | Regulations | regulations | Ordinance"),
    "fr": _words("loi | Loi | code | Code | décret | Décret | règlement"),
    "es": _words("ley | Ley | código | Código | decreto | Decreto | reglamento"),
    "ru": _words("закона | закон | Закона | закону | кодекса | постановления | указа"),
    "ar": _words("القانون | قانون | المرسوم | مرسوم | اللائحة"),
}

# Letters of subparagraphs in Arabic documents, by their Latin equivalents: "(ب)" is "(b)".
ARABIC_LETTERS: dict[str, str] = {
    "أ": "a",
    "ب": "b",
    "ج": "c",
    "د": "d",
    "هـ": "e",
    "ه": "e",
    "و": "f",
    "ز": "g",
    "ح": "h",
    "ط": "i",
    "ي": "j",
    "ك": "k",
    "ل": "l",
}

# "subparagraph(s)": the letters of a paragraph, before it ("subparagraphs (a) and (b) of paragraph 14").
SUBPARAGRAPH_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("项"),
    "en": _words("subparagraphs | subparagraph | Subparagraphs | Subparagraph"),
    "fr": _words("alinéas | alinéa | Alinéas | Alinéa"),
    "es": _words("apartados | apartado | incisos | inciso | Apartados | Apartado"),
    "ru": _words(
        "подпунктах | подпунктами | подпунктам | подпунктов | подпункты | подпункта | подпункте "
        "| подпунктом | подпункту | подпункт | Подпункты | Подпункт"
    ),
    "ar": _words("الفقرات الفرعية | الفقرتين الفرعيتين | الفقرة الفرعية | فقرة فرعية"),
}

# Words that say an Article or a paragraph is that of something named just before: "its Article 5",
# "ses paragraphes 9 à 11", "su artículo 10", "المادة 10 منه" (after the number, in Arabic).
POSSESSIVES: dict[str, tuple[str, ...]] = {
    "zh": _words("其"),
    "en": _words("its"),
    "fr": _words("son | sa | ses"),
    "es": _words("su | sus"),
    "ru": _words("его | ее | её"),
    "ar": _words("منه | منها"),
}
