"""Vocabulary of document structure in the six UN languages: data only, no logic.

``copmop.lang.structure`` builds its patterns from these tables; the title block and segmentation read them
through those patterns, never directly with ad-hoc strings. Word lists are written ``a | b | c``.
"""

from __future__ import annotations

from copmop.lang.wordlist import words

# Ordinal words naming a meeting ("Tenth meeting", "Dixième réunion"), 1 to 20.
ORDINALS: dict[str, tuple[str, ...]] = {
    "en": words(
        """
        first | second | third | fourth | fifth | sixth | seventh | eighth | ninth | tenth
        eleventh | twelfth | thirteenth | fourteenth | fifteenth | sixteenth | seventeenth
        eighteenth | nineteenth | twentieth
        """
    ),
    "fr": words(
        """
        première | deuxième | troisième | quatrième | cinquième | sixième | septième | huitième
        neuvième | dixième | onzième | douzième | treizième | quatorzième | quinzième | seizième
        dix-septième | dix-huitième | dix-neuvième | vingtième
        """
    ),
    "es": words(
        """
        primera | segunda | tercera | cuarta | quinta | sexta | séptima | octava | novena | décima
        undécima | duodécima | decimotercera | decimocuarta | decimoquinta | decimosexta
        decimoséptima | decimoctava | decimonovena | vigésima
        """
    ),
    "ru": words(
        """
        первое | второе | третье | четвертое | пятое | шестое | седьмое | восьмое | девятое
        десятое | одиннадцатое | двенадцатое | тринадцатое | четырнадцатое | пятнадцатое
        шестнадцатое | семнадцатое | восемнадцатое | девятнадцатое | двадцатое
        """
    ),
    "ar": words(
        """
        الأول | الثاني | الثالث | الرابع | الخامس | السادس | السابع | الثامن | التاسع | العاشر
        الحادي عشر | الثاني عشر | الثالث عشر | الرابع عشر | الخامس عشر | السادس عشر | السابع عشر
        الثامن عشر | التاسع عشر | العشرون
        """
    ),
}
ORDINAL_ALIASES: dict[str, int] = {
    "1st": 1,
    "premier": 1,
    "primer": 1,
    "primero": 1,
    "четвёртое": 4,
    "decimoprimera": 11,
    "decimosegunda": 12,
    "الحادي عشر": 11,
    "الأولى": 1,
}

# The word for "meeting" after (or before, in Arabic) the ordinal.
MEETING_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("次会议"),
    "en": words("meeting"),
    "fr": words("réunion"),
    "es": words("reunión"),
    "ru": words("совещание"),
    "ar": words("الاجتماع"),
}

# "Agenda item 9" / "议程项目 9" / "临时议程*项目 17": the words around the item number.
AGENDA_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("议程项目 | 临时议程项目"),
    "en": words("Agenda item | Item | Provisional agenda item"),
    "fr": words("Point | Point de l'ordre du jour"),
    "es": words("Tema | Tema del programa"),
    "ru": words("Пункт"),
    "ar": words("البند"),
}

# The chapeau that opens the preamble of a decision ("The Conference of the Parties serving as ...,").
CHAPEAU_STARTS: dict[str, tuple[str, ...]] = {
    "zh": words("作为"),
    "en": words(
        """
        The Conference of the Parties | The Parties to the | The Conference of the Parties,
        """
    ),
    "fr": words("La Conférence des Parties | Les Parties au"),
    "es": words("La Conferencia de las Partes | Las Partes en el"),
    "ru": words("Конференция Сторон | Стороны"),
    "ar": words("إن مؤتمر الأطراف | مؤتمر الأطراف | إن الأطراف"),
}

# Lines of the title block that are not the title: "Decision adopted by the Parties ...", "Note by ...".
TITLE_BLOCK_NOISE: dict[str, tuple[str, ...]] = {
    "zh": words(
        "通过的决定 | 执行秘书的说明 | 执行秘书说明 | 增编 | 联合国 | 中文 | 原文： | Distr."
    ),
    "en": words(
        """
        Decision adopted by | Note by the Executive Secretary | Addendum | Distr. | Original:
        UNITED NATIONS | English
        """
    ),
    "fr": words(
        """
        Décision adoptée par | Note de la Secrétaire exécutive | Note du Secrétaire exécutif
        Additif | Distr. | Original : | NATIONS UNIES | Français
        """
    ),
    "es": words(
        """
        Decisión adoptada por | Nota de la Secretaria Ejecutiva | Nota del Secretario Ejecutivo
        Adición | Distr. | Original: | NACIONES UNIDAS | Español
        """
    ),
    "ru": words(
        """
        Решение, принятое | Записка Исполнительного секретаря | Добавление | Distr.
        Язык оригинала | ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ | Russian
        """
    ),
    "ar": words(
        """
        مقرر اعتمده | مقرر اعتمدته | مذكرة من الأمينة التنفيذية | مذكرة من الأمين التنفيذي | إضافة
        Distr. | الأصل: | الأمم المتحدة | عربي
        """
    ),
}

# The notice that a decision follows ("卡塔赫纳生物安全议定书缔约方通过的决定", "Decision adopted by …").
DECISION_NOTICE: dict[str, tuple[str, ...]] = {
    "zh": words("通过的决定"),
    "en": words("Decision adopted by"),
    "fr": words("Décision adoptée par"),
    "es": words("Decisión adoptada por"),
    "ru": words("Решение, принятое"),
    "ar": words("مقرر اعتمده | مقرر اعتمدته"),
}

# The word that heads an annex ("附件一", "Annex I", "ANNEXE II").
ANNEX_HEADINGS: dict[str, tuple[str, ...]] = {
    "zh": words("附件"),
    "en": words("Annex | ANNEX | Appendix | APPENDIX"),
    "fr": words("Annexe | ANNEXE | Appendice"),
    "es": words("Anexo | ANEXO | Apéndice"),
    "ru": words("Приложение | ПРИЛОЖЕНИЕ"),
    "ar": words("المرفق | مرفق"),
}

# The word before a part's number: "Part II", "Partie II", "Часть II", "الجزء الثاني" (Chinese: "第二部分").
PART_WORDS: dict[str, tuple[str, ...]] = {
    "en": words("Part | PART"),
    "fr": words("Partie | PARTIE"),
    "es": words("Parte | PARTE"),
    "ru": words("Часть | ЧАСТЬ"),
    "ar": words("الجزء"),
}

# Column headers of tables (the comparison table and the logframe of a strategic plan).
TABLE_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words(
        "战略目标 | 预期影响 | 业务目标 | 结果 | 指标 | 进展情况 | 具体目标 | 目标 | 重点领域 | 成果"
    ),
    "en": words(
        """
        Strategic objective | Expected impact | Operational objective | Outcome | Indicator
        Progress | Goal | Target | Focal area
        """
    ),
    "fr": words(
        """
        Objectif stratégique | Impact attendu | Objectif opérationnel | Résultat | Indicateur
        Progrès | But | Cible | Domaine d'intervention
        """
    ),
    "es": words(
        """
        Objetivo estratégico | Impacto esperado | Objetivo operacional | Resultado | Indicador
        Progreso | Meta | Área de interés
        """
    ),
    "ru": words(
        """
        Стратегическая цель | Ожидаемое воздействие | Оперативная цель | Результат | Показател
        Прогресс | Цель | Задача | Целевая область
        """
    ),
    "ar": words(
        """
        الهدف الاستراتيجي | الأثر المتوقع | الهدف التشغيلي | النتائج | المؤشرات | التقدم | الهدف
        المجال ذو الأولوية
        """
    ),
}

# The line that names the body: the COP-MOP of the Cartagena Protocol, the COP, the Nagoya MOP;
# (body, phrase that identifies it), the first match in this order wins.
BODY_PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "zh": (
        ("NP", "名古屋议定书"),
        ("CP", "卡塔赫纳"),
        ("CP", "生物安全议定书"),
        ("COP", "生物多样性公约缔约方大会"),
    ),
    "en": (
        ("NP", "Nagoya Protocol"),
        ("CP", "Cartagena Protocol"),
        ("COP", "Conference of the Parties to the Convention on Biological Diversity"),
    ),
    "fr": (
        ("NP", "Protocole de Nagoya"),
        ("CP", "Protocole de Cartagena"),
        ("COP", "Conférence des Parties à la Convention sur la diversité biologique"),
    ),
    "es": (
        ("NP", "Protocolo de Nagoya"),
        ("CP", "Protocolo de Cartagena"),
        ("COP", "Conferencia de las Partes en el Convenio sobre la Diversidad Biológica"),
    ),
    "ru": (
        ("NP", "Нагойского протокола"),
        ("CP", "Картахенского протокола"),
        ("COP", "Конференция Сторон Конвенции о биологическом разнообразии"),
    ),
    "ar": (
        ("NP", "بروتوكول ناغويا"),
        ("CP", "بروتوكول قرطاجنة"),
        ("COP", "مؤتمر الأطراف في اتفاقية التنوع البيولوجي"),
    ),
}
# The header word that marks a logframe of operational objectives.
OBJECTIVE_COLUMN: dict[str, str] = {
    "zh": "业务目标",
    "en": "Operational objective",
    "fr": "Objectif opérationnel",
    "es": "Objetivo operacional",
    "ru": "Оперативная цель",
    "ar": "الهدف التشغيلي",
}

# Section letters in their order: Latin (A. B. …), Cyrillic in Russian documents (А. Б. В. …, without
# Ё Й Ъ Ы Ь), and the letter names of Arabic documents ("ألف -", "باء -", "جيم -").
SECTION_LETTERS: dict[str, tuple[str, ...]] = {
    "letter": tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "cyrillic": tuple("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"),
    "arabic": words(
        """
        ألف | باء | جيم | دال | هاء | واو | زاي | حاء | طاء | ياء | كاف | لام | ميم | نون | سين | عين
        فاء | صاد | قاف | راء | شين | تاء
        """
    ),
    # Roman-numbered sections of an Arabic document, by ordinal adverbs: "أولا - مقدمة" is section I.
    "ordinal": words(
        """
        أولا | ثانيا | ثالثا | رابعا | خامسا | سادسا | سابعا | ثامنا | تاسعا | عاشرا
        """
    ),
}


# Words after which a line-final hyphen is a compound's own ("socio-" + "economic", "vingt-" + "trois",
# "социально-" + "экономических"): the hyphen stays when the line is rejoined.
COMPOUND_HEADS: frozenset[str] = frozenset(
    """self socio non cross well long short low high multi co ex semi quasi anti post inter intra
    sub follow first second third decision science policy science-policy
    vingt trente quarante cinquante soixante quatre dix sous vice
    социально научно военно торгово финансово""".split()
)
