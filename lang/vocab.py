"""Vocabulary of citations in the six UN languages: data only.

``extractors.patterns`` builds every citation pattern from these tables; ``extractors.normalize`` maps
what the patterns capture to canonical targets with them. Word lists are written ``a | b | c``.
"""

from __future__ import annotations

from copmop.lang.lexicon import ORDINAL_ALIASES, ORDINALS
from copmop.lang.wordlist import words

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
    "zh": words("号决定 | 决定"),
    "en": words("decisions | decision | Decisions | Decision"),
    "fr": words("décisions | décision | Décisions | Décision"),
    "es": words("decisiones | decisión | Decisiones | Decisión"),
    "ru": words(
        """
        решениями | решениях | решениям | решения | решение | решении | решением | решению
        решений | Решения | Решение
        """
    ),
    "ar": words(
        """
        المقررات | المقررين | المقرر | مقررات | مقرري | مقرر | للمقرر | بالمقرر | والمقرر
        والمقررات
        """
    ),
}

# "paragraph(s)" — the pinpoint word.
PARAGRAPH_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("段"),
    "en": words(
        """
        paragraphs | paragraph | paras. | para. | paras | para | Paragraphs | Paragraph
        """
    ),
    "fr": words(
        """
        paragraphes | paragraphe | par. | Paragraphes | Paragraphe | alinéas | alinéa
        """
    ),
    "es": words("párrafos | párrafo | Párrafos | Párrafo | párr."),
    "ru": words(
        """
        пунктами | пунктах | пунктам | пункты | пункта | пункте | пунктом | пункту | пунктов
        пункт | Пункты | Пункт | п.
        """
    ),
    "ar": words(
        """
        الفقرات | الفقرتين | الفقرتان | الفقرة | فقرات | الفقرتين | فقرة | والفقرة
        """
    ),
}

# "Article(s)".
ARTICLE_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("条"),
    "en": words("Articles | Article | articles | article | Arts. | Art."),
    "fr": words("articles | article | Articles | Article | art."),
    "es": words("artículos | artículo | Artículos | Artículo | art."),
    "ru": words(
        """
        статьями | статьях | статьям | статьи | статья | статье | статьей | статьёй | статью
        статей | Статьи | Статья | ст.
        """
    ),
    "ar": words(
        """
        المواد | المادتين | المادتان | المادة | مواد | مادة | والمادة | للمادة | بالمادة
        """
    ),
}

# "Annex(es)", and "annexed to" ("the procedures annexed to decision BS-I/7": that decision's annex).
ANNEX_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("附件"),
    "en": words("annexes | annex | Annexes | Annex | appendix | Appendix | annexed"),
    "fr": words(
        "annexes | annexe | Annexes | Annexe | appendice | annexées | annexée | annexés | annexé"
    ),
    "es": words(
        "anexos | anexo | Anexos | Anexo | apéndice | anexas | anexa | anexados | anexadas"
    ),
    "ru": words(
        """
        приложениях | приложениям | приложения | приложение | приложении | приложению | приложений
        приложением | приложениями | приложенных | приложенной | приложенные | приложенного
        Приложение | Приложения
        """
    ),
    "ar": words("المرفقات | المرفقين | المرفقة | المرفق | مرفق | والمرفق | بالمرفق | للمرفق"),
}

# "operational objective(s)".
OBJECTIVE_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("业务目标"),
    "en": words(
        """
        operational objectives | operational objective | Operational objectives
        Operational objective
        """
    ),
    "fr": words(
        """
        objectifs opérationnels | objectif opérationnel | Objectifs opérationnels
        Objectif opérationnel
        """
    ),
    "es": words(
        """
        objetivos operacionales | objetivo operacional | Objetivos operacionales
        Objetivo operacional | objetivos operativos | objetivo operativo
        """
    ),
    "ru": words(
        """
        оперативными целями | оперативных целях | оперативным целям | оперативные цели
        оперативная цель | оперативной цели | оперативную цель | оперативной целью
        оперативных целей | Оперативная цель | Оперативные цели
        """
    ),
    "ar": words(
        """
        الأهداف التشغيلية | الهدفين التشغيليين | الهدف التشغيلي | للهدف التشغيلي | والهدف التشغيلي
        بالهدف التشغيلي
        """
    ),
}

# "document" after a symbol ("第 UNEP/CBD/BS/COP-MOP/4/14 号文件").
DOCUMENT_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("号文件 | 文件"),
    "en": words("documents | document"),
    "fr": words("documents | document"),
    "es": words("documentos | documento"),
    "ru": words("документах | документе | документа | документ | документов"),
    "ar": words("الوثيقة | الوثائق | الوثيقتين | للوثيقة | بالوثيقة"),
}

# Conjunctions inside lists ("15 and 16", "6、13 和 17").
AND_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("和 | 及 | 以及 | 与 | 、 | ， | , | 或"),
    "en": words("and | or | as well as | ,"),
    "fr": words("et | ou | ,"),
    "es": words("y | e | o | ,"),
    "ru": words("и | или | ,"),
    "ar": words("و | أو | ، | ,"),
}

# Range words inside lists ("3 to 5", "10-17").
RANGE_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("至 | 到 | - | –"),
    "en": words("to | through | - | –"),
    "fr": words("à | - | –"),
    "es": words("a | al | - | –"),
    "ru": words("по | - | – | —"),
    "ar": words("إلى | - | –"),
}

# Words that tie a pinpoint to its whole: "of", "de la", "del", "к", "من".
OF_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("的"),
    "en": words("of | to | in"),
    "fr": words("de la | du | de l' | de l’ | à la | au | de | à"),
    "es": words("de la | del | de | a la"),
    "ru": words("к | в"),
    "ar": words("من | في | ل"),
}

# Adverbs that make a pinpoint internal, next to it: "paragraph 3 above", "上文第 3 段", "annexe ci-après".
INTERNAL_ADVERBS: dict[str, tuple[str, ...]] = {
    "zh": words("上文 | 下文 | 前文 | 后文"),
    "en": words("above | below | hereto"),
    "fr": words("ci-dessus | ci-après | ci-dessous | ci-joint"),
    "es": words("supra | infra | anterior | siguiente"),
    "ru": words("выше | ниже"),
    "ar": words("أعلاه | أدناه"),
}

# The document itself as the whole of a pinpoint: "the annex to the present decision", "本决定附件".
PRESENT_REFS: dict[str, tuple[str, ...]] = {
    "zh": words("本决定 | 本文件 | 本说明 | 本说明的"),
    "en": words(
        """
        the present decision | this decision | the present note | the present document
        """
    ),
    "fr": words(
        """
        la présente décision | présente décision | la présente note | présente note
        """
    ),
    "es": words(
        """
        la presente decisión | presente decisión | la presente nota | presente nota
        """
    ),
    "ru": words(
        """
        настоящему решению | настоящего решения | настоящем решении | настоящее решение
        настоящей записки | настоящей записке
        """
    ),
    "ar": words("هذا المقرر | لهذا المقرر | هذه المذكرة | لهذه المذكرة"),
}

# Words that make an Article someone else's (a national law's): "article 5 of the Biosafety Act".
FOREIGN_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("法 | 条例 | 法律 | 法规"),
    "en": words("Act | Law | law | Code | Decree | Regulations | regulations | Ordinance"),
    "fr": words("loi | Loi | code | Code | décret | Décret | règlement"),
    "es": words("ley | Ley | código | Código | decreto | Decreto | reglamento"),
    "ru": words("закона | закон | Закона | закону | кодекса | постановления | указа"),
    "ar": words("القانون | قانون | المرسوم | مرسوم | اللائحة"),
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
    "zh": words("项"),
    "en": words("subparagraphs | subparagraph | Subparagraphs | Subparagraph"),
    "fr": words("alinéas | alinéa | Alinéas | Alinéa"),
    "es": words("apartados | apartado | incisos | inciso | Apartados | Apartado"),
    "ru": words(
        "подпунктах | подпунктами | подпунктам | подпунктов | подпункты | подпункта | подпункте "
        "| подпунктом | подпункту | подпункт | Подпункты | Подпункт"
    ),
    "ar": words("الفقرات الفرعية | الفقرتين الفرعيتين | الفقرة الفرعية | فقرة فرعية"),
}

# Words that say an Article or a paragraph is that of something named just before: "its Article 5",
# "ses paragraphes 9 à 11", "su artículo 10", "المادة 10 منه" (after the number, in Arabic).
POSSESSIVES: dict[str, tuple[str, ...]] = {
    "zh": words("其"),
    "en": words("its"),
    "fr": words("son | sa | ses"),
    "es": words("su | sus"),
    "ru": words("его | ее | её"),
    "ar": words("منه | منها"),
}
