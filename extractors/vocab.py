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

# Named instruments: code → names in the six languages (case-insensitive, without 《》).
# CPB = Cartagena Protocol on Biosafety, CBD = the Convention, NP = Nagoya Protocol,
# SP = Nagoya – Kuala Lumpur Supplementary Protocol, KMGBF = Kunming-Montreal Global Biodiversity Framework.
INSTRUMENTS: dict[str, tuple[str, ...]] = {
    "CPB": _words(
        """
        议定书 | 卡塔赫纳议定书 | 卡塔赫纳生物安全议定书 | 卡塔赫纳生物技术安全议定书 | 生物安全议定书 | 生物技术安全议定书 | Protocol
        Cartagena Protocol | Cartagena Protocol on Biosafety | Biosafety Protocol | Protocole
        Protocole de Cartagena
        Protocole de Cartagena sur la prévention des risques biotechnologiques | Protocolo
        Protocolo de Cartagena | Protocolo de Cartagena sobre Seguridad de la Biotecnología
        Протокол | Протокола | Протоколу | Протоколом | Протоколе | Картахенский протокол
        Картахенского протокола | Картахенскому протоколу | Картахенским протоколом
        Картахенском протоколе | Картахенского протокола по биобезопасности | البروتوكول
        بروتوكول قرطاجنة | بروتوكول قرطاجنة للسلامة الأحيائية
        """
    ),
    "CBD": _words(
        """
        公约 | 生物多样性公约 | Convention | Convention on Biological Diversity
        Convention sur la diversité biologique | Convenio | Convenio sobre la Diversidad Biológica
        Конвенция | Конвенции | Конвенцию | Конвенцией | Конвенция о биологическом разнообразии
        Конвенции о биологическом разнообразии | الاتفاقية | اتفاقية التنوع البيولوجي
        """
    ),
    "NP": _words(
        """
        名古屋议定书 | 关于获取遗传资源和公正和公平分享其利用所产生惠益的名古屋议定书 | Nagoya Protocol
        Nagoya Protocol on Access and Benefit-sharing | Protocole de Nagoya | Protocolo de Nagoya
        Нагойский протокол | Нагойского протокола | Нагойскому протоколу | Нагойском протоколе
        بروتوكول ناغويا
        """
    ),
    "SP": _words(
        """
        补充议定书 | 关于赔偿责任和补救的名古屋-吉隆坡补充议定书 | 名古屋-吉隆坡补充议定书 | Supplementary Protocol
        关于赔偿责任和补救的补充议定书 | 生物技术安全议定书关于赔偿责任和补救的议定书
        生物安全议定书关于赔偿责任和补救的议定书
        Nagoya – Kuala Lumpur Supplementary Protocol | Nagoya-Kuala Lumpur Supplementary Protocol
        Nagoya – Kuala Lumpur Supplementary Protocol on Liability and Redress
        Nagoya-Kuala Lumpur Supplementary Protocol on Liability and Redress
        Protocole additionnel | Protocole additionnel de Nagoya-Kuala Lumpur
        Protocole additionnel de Nagoya – Kuala Lumpur
        Protocole additionnel de Nagoya-Kuala Lumpur sur la responsabilité et la réparation
        Protocolo Suplementario | Protocolo Suplementario de Nagoya-Kuala Lumpur
        Protocolo de Nagoya-Kuala Lumpur sobre Responsabilidad y Compensación Suplementario
        Дополнительный протокол | Дополнительного протокола | Дополнительному протоколу
        Нагойско-Куала-Лумпурский дополнительный протокол
        Нагойско-Куала-Лумпурского дополнительного протокола | البروتوكول التكميلي
        بروتوكول ناغويا - كوالالمبور التكميلي
        """
    ),
    "KMGBF": _words(
        """
        昆明-蒙特利尔全球生物多样性框架 | 全球生物多样性框架 | Kunming-Montreal Global Biodiversity Framework
        Global Biodiversity Framework | Cadre mondial de la biodiversité de Kunming-Montréal
        Cadre mondial de la biodiversité | Marco Mundial de Biodiversidad de Kunming-Montreal
        Marco Mundial de Biodiversidad
        Куньминско-Монреальская глобальная рамочная программа в области биоразнообразия
        Куньминско-Монреальской глобальной рамочной программы в области биоразнообразия
        Глобальная рамочная программа в области биоразнообразия
        إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي | الإطار العالمي للتنوع البيولوجي
        """
    ),
}


# How many Articles each instrument has: "Article 45 of the Protocol" points at nothing.
ARTICLE_COUNT: dict[str, int] = {"CPB": 40, "CBD": 42, "NP": 36, "SP": 21}
INSTRUMENT_NAMES: dict[str, str] = {
    "CPB": "the Protocol",
    "CBD": "the Convention",
    "NP": "the Nagoya Protocol",
    "SP": "the Supplementary Protocol",
}

# The instrument a body's documents serve: an Article with no instrument named belongs to it.
HOST_INSTRUMENT: dict[str, str] = {"CP": "CPB", "COP": "CBD", "NP": "NP"}

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

# "Annex(es)".
ANNEX_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("附件"),
    "en": _words("annexes | annex | Annexes | Annex | appendix | Appendix"),
    "fr": _words("annexes | annexe | Annexes | Annexe | appendice"),
    "es": _words("anexos | anexo | Anexos | Anexo | apéndice"),
    "ru": _words(
        """
        приложениях | приложениям | приложения | приложение | приложении | приложению | приложений
        Приложение | Приложения
        """
    ),
    "ar": _words("المرفقات | المرفقين | المرفق | مرفق | والمرفق | بالمرفق | للمرفق"),
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
    "ar": _words("الوثيقة | الوثائق | الوثيقتين"),
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
    "es": _words("de la | del | de"),
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

# Forms of an instrument's name with an Arabic preposition glued to it ("للبروتوكول", "بالاتفاقية").
ARABIC_PREFIXED: dict[str, tuple[str, ...]] = {
    "CPB": _words("للبروتوكول | بالبروتوكول | والبروتوكول"),
    "CBD": _words("للاتفاقية | بالاتفاقية | والاتفاقية"),
    "SP": _words("للبروتوكول التكميلي | بالبروتوكول التكميلي | والبروتوكول التكميلي"),
}

# Names of instruments that Chinese prints without 《》 but that cannot be mistaken for anything else.
UNBRACKETED_ZH: tuple[str, ...] = _words(
    """
    昆明-蒙特利尔全球生物多样性框架 | 昆明－蒙特利尔全球生物多样性框架 | 全球生物多样性框架
    关于赔偿责任和补救的名古屋-吉隆坡补充议定书 | 名古屋-吉隆坡补充议定书 | 关于赔偿责任和补救的补充议定书
    名古屋议定书
    """
)

# Names that say which instrument only when nothing qualifies them ("la Convention" is the CBD, "la
# Convention d'Aarhus" is not).
GENERIC_NAMES: frozenset[str] = frozenset(
    _words(
        """
        Protocol | Convention | Protocole | Convenio | Protocolo | Протокол | Протокола | Протоколу
        Протоколом | Протоколе | Конвенция | Конвенции | Конвенцию | Конвенцией | البروتوكول | الاتفاقية
        """
    )
)

# Every name of every instrument, lower-cased → its code.
INSTRUMENT_INDEX: dict[str, str] = {
    name.lower(): code
    for table in (INSTRUMENTS, ARABIC_PREFIXED)
    for code, names in table.items()
    for name in names
}
