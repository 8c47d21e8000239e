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
    "EM": "EM",
    "EXCOP": "EXCOP",
}

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
        والمقررات | مقرره | مقررها | مقرريه | مقرراته
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

# The words after an Article's number for an Article inserted after it: "article 6 bis" (the Aarhus
# Convention's), "المادة 6 مكررا منها". Part of the Article's mention, so that a possessive after it
# ("منها", "its") stands beside it.
ARTICLE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "zh": (),
    "en": words("bis | ter | quater"),
    "fr": words("bis | ter | quater"),
    "es": words("bis | ter | quater"),
    "ru": words("бис | bis"),
    "ar": words("مكررا | مكرراً | مكرر"),
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
    "ar": words(
        """
        المرفقات | المرفقين | المرفقة | المرفق | مرفق | والمرفق | بالمرفق | للمرفق | مرفقه | ومرفقه
        بمرفقه | لمرفقه | مرفقها | ومرفقها | بمرفقها | لمرفقها
        """
    ),
}

# An annex word that says whose annex it is: Arabic "ومرفقه الثالث", "and its annex III".
OWN_ANNEX_WORDS: frozenset[str] = frozenset(
    words("مرفقه | ومرفقه | بمرفقه | لمرفقه | مرفقها | ومرفقها | بمرفقها | لمرفقها")
)

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
    "ru": words(
        "документах | документе | документа | документ | документов | документу | документом"
    ),
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

# "or" inside lists: "paragraph 4 or 6", "l'article 10 ou 11", "第4或第6段".
OR_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("或 | 或者"),
    "en": words("or"),
    "fr": words("ou"),
    "es": words("o | u"),
    "ru": words("или"),
    "ar": words("أو"),
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
    "fr": words(
        # and as a line break at the hyphen leaves them when a PDF's lines are rejoined: "cidessus"
        "ci-dessus | ci-après | ci-dessous | ci-joint | cidessus | ciaprès | cidessous | cijoint"
    ),
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
# "ses paragraphes 9 à 11", "su artículo 10", "المادة 10 منه", "приложение III к нему" (these last two
# after it).
POSSESSIVES_AFTER: frozenset[str] = frozenset(
    words("منه | منها | له | لها | к нему | к ней | к ним")
)
POSSESSIVES: dict[str, tuple[str, ...]] = {
    "zh": words("其"),
    "en": words("its"),
    "fr": words("son | sa | ses"),
    "es": words("su | sus"),
    "ru": words("его | ее | её | к нему | к ней | к ним"),
    "ar": words("منه | منها | له | لها"),
}

# Cyrillic letters of subparagraphs, by their Latin equivalents: a Russian text types the UN's Latin
# letters with the Cyrillic ones that look alike ("пункт 2 а)", "2с)"), or letters in the Russian
# alphabet's order ("б)" is the second, "b").
CYRILLIC_LETTERS: dict[str, str] = {
    **dict(zip("абвгдежзиклмн", "abcdefghijklm", strict=True)),
    **dict(zip("асеорхук", "aceopxyk", strict=True)),
}

# What may stand between a list of pinpoints and their whole, beside "of": "paragraph 4 or 6, as
# appropriate, of decision BS-III/10", "пунктом 4 или 6, в зависимости от обстоятельств, решения".
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "zh": words("视情况而定"),
    "en": words("as appropriate | as the case may be | as applicable | respectively"),
    "fr": words("selon qu'il convient | selon qu’il convient | selon le cas | respectivement"),
    "es": words("según proceda | según corresponda | según el caso | respectivamente"),
    "ru": words(
        "в зависимости от обстоятельств | в зависимости от случая | по обстоятельствам | соответственно"
    ),
    "ar": words("حسب الاقتضاء | حسب الحالة | على التوالي"),
}

# A possessive between "of" and a whole: "paragraph 2 of its decision XI/10", "de su decisión",
# "de sa décision", "пункт 2 своего решения".
GAP_POSSESSIVES: dict[str, tuple[str, ...]] = {
    "zh": (),
    "en": words("its | their"),
    "fr": words("sa | son | ses | leur | leurs"),
    "es": words("su | sus"),
    "ru": words("своего | своих | своем | своём | своему | своим"),
    "ar": (),
}

# The word that introduces a date after a decision in a list: "15/8 of 19 December 2022", "BS-VI/13 du
# 5 octobre 2012", "X/10, de 29 de octubre de 2010", "BS-IV/8 от 16 мая 2008 года", "BS-IV/8، المؤرخ".
DATED: dict[str, tuple[str, ...]] = {
    "zh": (),
    "en": words("of | dated | adopted on"),
    "fr": words("du | en date du | adoptée le"),
    "es": words("de | del | adoptada el"),
    "ru": words("от"),
    "ar": words("المؤرخ | المؤرخة | المؤرخين | المؤرخ في"),
}

# "recommendation(s)", and the words that say it is the body named just before ("its recommendation",
# "sa recommandation", "توصيتها").
RECOMMENDATION_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("号建议 | 建议"),
    "en": words("recommendations | recommendation | Recommendations | Recommendation"),
    "fr": words("recommandations | recommandation | Recommandations | Recommandation"),
    "es": words("recomendaciones | recomendación | Recomendaciones | Recomendación"),
    "ru": words(
        """
        рекомендациями | рекомендациях | рекомендациям | рекомендации | рекомендация
        рекомендацию | рекомендацией | рекомендаций | Рекомендации | Рекомендация
        """
    ),
    "ar": words(
        """
        التوصيات | التوصيتين | التوصية | توصيات | توصية | بالتوصية | للتوصية | والتوصية
        بالتوصيات | والتوصيات
        """
    ),
}
RECOMMENDATION_OWN: dict[str, tuple[str, ...]] = {
    "zh": words("其"),
    "en": words("its | their"),
    "fr": words("sa | ses | leur | leurs"),
    "es": words("su | sus"),
    "ru": words("своей | своих | своим | свою"),
    "ar": words("توصيتها | توصيته | توصياتها | توصياته | بتوصيتها | بتوصيته"),
}

# Between a recommendation and the body that made it: "recommendation 3/15 of the Subsidiary Body",
# "recommendation 4/9 adopted by that Body", "de l'Organe", "del Órgano", "الصادرة عن الهيئة".
BY_BODY: dict[str, tuple[str, ...]] = {
    "zh": (),
    "en": words("of the | of | adopted by the | adopted by | by the | of its"),
    "fr": words("de l' | de l’ | du | de la | de | adoptée par l' | adoptée par l’ | adoptée par"),
    "es": words("del | de la | de | aprobada por el | aprobada por | adoptada por el"),
    "ru": words("принятой | принятые | принятых | принятую"),
    "ar": words("الصادرة عن | الصادرتين عن | التي اعتمدتها | التي اعتمدها | المقدمة من | من"),
}
