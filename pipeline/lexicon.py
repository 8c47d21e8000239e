"""Vocabulary of document structure in the six UN languages: data only, no logic.

``pipeline.structure`` builds its patterns from these tables; the title block and segmentation read them
through those patterns, never directly with ad-hoc strings. Word lists are written ``a | b | c``.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """``"Urges | Also urges"`` → ``("Urges", "Also urges")``; line breaks separate entries too."""
    return tuple(w.strip() for line in text.splitlines() for w in line.split("|") if w.strip())


def _numbered(words: tuple[str, ...]) -> dict[str, int]:
    return {w: i for i, w in enumerate(words, 1)}


# Month names as printed in dates (Russian in the genitive, Arabic in both calendars' names).
MONTHS: dict[str, dict[str, int]] = {
    "en": _numbered(
        _words(
            """
            january | february | march | april | may | june | july | august | september | october
            november | december
            """
        )
    ),
    "fr": _numbered(
        _words(
            """
            janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre
            novembre | décembre
            """
        )
    ),
    "es": _numbered(
        _words(
            """
            enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre | octubre
            noviembre | diciembre
            """
        )
    ),
    "ru": _numbered(
        _words(
            """
            января | февраля | марта | апреля | мая | июня | июля | августа | сентября | октября
            ноября | декабря
            """
        )
    ),
    "ar": {
        "يناير": 1,
        "كانون الثاني": 1,
        "فبراير": 2,
        "شباط": 2,
        "مارس": 3,
        "آذار": 3,
        "أبريل": 4,
        "نيسان": 4,
        "مايو": 5,
        "أيار": 5,
        "يونيه": 6,
        "يونيو": 6,
        "حزيران": 6,
        "يوليه": 7,
        "يوليو": 7,
        "تموز": 7,
        "أغسطس": 8,
        "آب": 8,
        "سبتمبر": 9,
        "أيلول": 9,
        "أكتوبر": 10,
        "تشرين الأول": 10,
        "نوفمبر": 11,
        "تشرين الثاني": 11,
        "ديسمبر": 12,
        "كانون الأول": 12,
    },
}
MONTHS["es"]["setiembre"] = 9

# Ordinal words naming a meeting ("Tenth meeting", "Dixième réunion"), 1 to 20.
ORDINALS: dict[str, tuple[str, ...]] = {
    "en": _words(
        """
        first | second | third | fourth | fifth | sixth | seventh | eighth | ninth | tenth
        eleventh | twelfth | thirteenth | fourteenth | fifteenth | sixteenth | seventeenth
        eighteenth | nineteenth | twentieth
        """
    ),
    "fr": _words(
        """
        première | deuxième | troisième | quatrième | cinquième | sixième | septième | huitième
        neuvième | dixième | onzième | douzième | treizième | quatorzième | quinzième | seizième
        dix-septième | dix-huitième | dix-neuvième | vingtième
        """
    ),
    "es": _words(
        """
        primera | segunda | tercera | cuarta | quinta | sexta | séptima | octava | novena | décima
        undécima | duodécima | decimotercera | decimocuarta | decimoquinta | decimosexta
        decimoséptima | decimoctava | decimonovena | vigésima
        """
    ),
    "ru": _words(
        """
        первое | второе | третье | четвертое | пятое | шестое | седьмое | восьмое | девятое
        десятое | одиннадцатое | двенадцатое | тринадцатое | четырнадцатое | пятнадцатое
        шестнадцатое | семнадцатое | восемнадцатое | девятнадцатое | двадцатое
        """
    ),
    "ar": _words(
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
    "четвёртое": 4,
    "decimoprimera": 11,
    "decimosegunda": 12,
    "الحادي عشر": 11,
    "الأولى": 1,
}

# The word for "meeting" after (or before, in Arabic) the ordinal.
MEETING_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("次会议"),
    "en": _words("meeting"),
    "fr": _words("réunion"),
    "es": _words("reunión"),
    "ru": _words("совещание"),
    "ar": _words("الاجتماع"),
}

# "Agenda item 9" / "议程项目 9" / "临时议程*项目 17": the words around the item number.
AGENDA_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words("议程项目 | 临时议程项目"),
    "en": _words("Agenda item | Item | Provisional agenda item"),
    "fr": _words("Point | Point de l'ordre du jour"),
    "es": _words("Tema | Tema del programa"),
    "ru": _words("Пункт"),
    "ar": _words("البند"),
}

# The chapeau that opens the preamble of a decision ("The Conference of the Parties serving as ...,").
CHAPEAU_STARTS: dict[str, tuple[str, ...]] = {
    "zh": _words("作为"),
    "en": _words(
        """
        The Conference of the Parties | The Parties to the | The Conference of the Parties,
        """
    ),
    "fr": _words("La Conférence des Parties | Les Parties au"),
    "es": _words("La Conferencia de las Partes | Las Partes en el"),
    "ru": _words("Конференция Сторон | Стороны"),
    "ar": _words("إن مؤتمر الأطراف | مؤتمر الأطراف | إن الأطراف"),
}

# Lines of the title block that are not the title: "Decision adopted by the Parties ...", "Note by ...".
TITLE_BLOCK_NOISE: dict[str, tuple[str, ...]] = {
    "zh": _words(
        "通过的决定 | 执行秘书的说明 | 执行秘书说明 | 增编 | 联合国 | 中文 | 原文： | Distr."
    ),
    "en": _words(
        """
        Decision adopted by | Note by the Executive Secretary | Addendum | Distr. | Original:
        UNITED NATIONS | English
        """
    ),
    "fr": _words(
        """
        Décision adoptée par | Note de la Secrétaire exécutive | Note du Secrétaire exécutif
        Additif | Distr. | Original : | NATIONS UNIES | Français
        """
    ),
    "es": _words(
        """
        Decisión adoptada por | Nota de la Secretaria Ejecutiva | Nota del Secretario Ejecutivo
        Adición | Distr. | Original: | NACIONES UNIDAS | Español
        """
    ),
    "ru": _words(
        """
        Решение, принятое | Записка Исполнительного секретаря | Добавление | Distr.
        Язык оригинала | ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ | Russian
        """
    ),
    "ar": _words(
        """
        مقرر اعتمده | مقرر اعتمدته | مذكرة من الأمينة التنفيذية | مذكرة من الأمين التنفيذي | إضافة
        Distr. | الأصل: | الأمم المتحدة | عربي
        """
    ),
}

# The notice that a decision follows ("卡塔赫纳生物安全议定书缔约方通过的决定", "Decision adopted by …").
DECISION_NOTICE: dict[str, tuple[str, ...]] = {
    "zh": _words("通过的决定"),
    "en": _words("Decision adopted by"),
    "fr": _words("Décision adoptée par"),
    "es": _words("Decisión adoptada por"),
    "ru": _words("Решение, принятое"),
    "ar": _words("مقرر اعتمده | مقرر اعتمدته"),
}

# The word that heads an annex ("附件一", "Annex I", "ANNEXE II").
ANNEX_HEADINGS: dict[str, tuple[str, ...]] = {
    "zh": _words("附件"),
    "en": _words("Annex | ANNEX | Appendix | APPENDIX"),
    "fr": _words("Annexe | ANNEXE | Appendice"),
    "es": _words("Anexo | ANEXO | Apéndice"),
    "ru": _words("Приложение | ПРИЛОЖЕНИЕ"),
    "ar": _words("المرفق | مرفق"),
}

# Column headers of tables (the comparison table and the logframe of a strategic plan).
TABLE_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "zh": _words(
        "战略目标 | 预期影响 | 业务目标 | 结果 | 指标 | 进展情况 | 具体目标 | 目标 | 重点领域 | 成果"
    ),
    "en": _words(
        """
        Strategic objective | Expected impact | Operational objective | Outcome | Indicator
        Progress | Goal | Target | Focal area
        """
    ),
    "fr": _words(
        """
        Objectif stratégique | Impact attendu | Objectif opérationnel | Résultat | Indicateur
        Progrès | But | Cible | Domaine d'intervention
        """
    ),
    "es": _words(
        """
        Objetivo estratégico | Impacto esperado | Objetivo operacional | Resultado | Indicador
        Progreso | Meta | Área de interés
        """
    ),
    "ru": _words(
        """
        Стратегическая цель | Ожидаемое воздействие | Оперативная цель | Результат | Показател
        Прогресс | Цель | Задача | Целевая область
        """
    ),
    "ar": _words(
        """
        الهدف الاستراتيجي | الأثر المتوقع | الهدف التشغيلي | النتائج | المؤشرات | التقدم | الهدف
        المجال ذو الأولوية
        """
    ),
}

# Adverbs that may precede the operative verb ("又敦促", "Also urges").
VERB_PREFIXES: dict[str, tuple[str, ...]] = {
    "zh": _words(
        """
        又 | 还 | 也 | 并 | 再次 | 进一步 | 然而 | 此外 | 严重 | 深为 | 深切 | 关切地 | 满意地 | 赞赏地 | 感激地 | 遗憾地 | 欣慰地
        注意到并 | 强烈 | 特别 | 谨
        """
    ),
    "en": _words(
        """
        Also | Further | Furthermore | Again | Once again | Strongly | Kindly | Hereby
        Further also | Also further | Nevertheless | However | Moreover | Recalling further
        """
    ),
    "fr": _words("Également | En outre | De plus | Aussi"),
    "es": _words("También | Además | Asimismo | Igualmente"),
    "ru": _words("также | Также | далее | Далее | еще | вновь | Вновь"),
    "ar": _words("أيضا | أيضاً | كذلك | كما"),
}

# Operative and preambular verbs as they open a clause.
VERBS: dict[str, tuple[str, ...]] = {
    "zh": _words(
        """
        注意到 | 确认 | 欢迎 | 敦促 | 鼓励 | 强调 | 请 | 呼吁 | 赞扬 | 决定 | 通过 | 邀请 | 回顾 | 认识到 | 承认 | 重申 | 表示 | 感谢
        核可 | 赞赏 | 指出 | 铭记 | 考虑到 | 意识到 | 申明 | 促请 | 要求 | 授权 | 指示 | 建议 | 同意 | 欣见 | 关切 | 认可 | 批准 | 授权
        延长 | 选举 | 设立 | 商定 | 认为 | 满意 | 希望 | 吁请 | 重申其 | 审议了 | 审查了 | 收到 | 提醒 | 深信 | 坚信 | 重视 | 还注意到
        表示关切 | 致谢 | 着重指出 | 仍然关切 | 获悉 | 采纳 | 核准 | 责成
        """
    ),
    "en": _words(
        """
        Urges | Requests | Invites | Welcomes | Notes | Takes note | Encourages | Decides
        Recognizes | Emphasizes | Stresses | Calls upon | Calls on | Adopts | Endorses | Recalls
        Reaffirms | Acknowledges | Expresses | Commends | Agrees | Approves | Authorizes
        Highlights | Underlines | Notes with concern | Affirms | Notes with serious concern
        Notes with appreciation | Notes with satisfaction | Takes note with appreciation
        Expresses its appreciation | Expresses its gratitude | Acknowledges with appreciation
        Reaffirms | Supports | Invites | Calls for | Reiterates | Appreciates | Considers | Elects
        Establishes | Extends | Instructs | Thanks | Confirms | Accepts | Reminds | Recalling
        Noting | Recognizing | Acknowledging | Welcoming | Emphasizing | Stressing
        Bearing in mind | Taking note | Taking into account | Reaffirming | Concerned | Convinced
        Aware | Mindful | Having considered | Having reviewed | Expressing | Noting with concern
        Underlining | Highlighting | Considering | Affirming | Appreciating
        """
    ),
    "fr": _words(
        """
        Prie | Demande | Invite | Accueille avec satisfaction | Se félicite | Note | Prend note
        Encourage | Décide | Reconnaît | Souligne | Insiste | Exhorte | Adopte | Approuve
        Rappelle | Réaffirme | Exprime | Salue | Convient | Autorise | Engage | Remercie
        Confirme | Accepte | Rappelant | Notant | Reconnaissant | Soulignant | Consciente
        Considérant | Ayant examiné | Prenant note | Réaffirmant | Préoccupée | Convaincue
        Tenant compte | Accueillant
        """
    ),
    "es": _words(
        """
        Insta | Pide | Invita | Acoge con satisfacción | Celebra | Observa | Toma nota | Alienta
        Decide | Reconoce | Destaca | Subraya | Exhorta | Adopta | Aprueba | Recuerda | Reafirma
        Expresa | Encomia | Conviene | Autoriza | Agradece | Confirma | Acepta | Recordando
        Observando | Reconociendo | Destacando | Subrayando | Consciente | Considerando
        Habiendo examinado | Tomando nota | Reafirmando | Preocupada | Convencida
        Teniendo en cuenta | Acogiendo
        """
    ),
    "ru": _words(
        """
        настоятельно призывает | Настоятельно призывает | просит | Просит | предлагает
        Предлагает | приветствует | Приветствует | отмечает | Отмечает | принимает к сведению
        Принимает к сведению | рекомендует | Рекомендует | постановляет | Постановляет | признает
        Признает | подчеркивает | Подчеркивает | призывает | Призывает | принимает | Принимает
        одобряет | Одобряет | напоминает | Напоминает | подтверждает | Подтверждает | выражает
        Выражает | поручает | Поручает | ссылаясь | Ссылаясь | отмечая | Отмечая | признавая
        Признавая | подчеркивая | Подчеркивая | учитывая | Учитывая | рассмотрев | Рассмотрев
        принимая к сведению | Принимая к сведению | подтверждая | Подтверждая | будучи | Будучи
        приветствуя | Приветствуя | сознавая | Сознавая | благодарит | Благодарит | соглашается
        Соглашается | поощряет | Поощряет | с удовлетворением отмечает
        С удовлетворением отмечает | с обеспокоенностью отмечает | С обеспокоенностью отмечает
        """
    ),
    "ar": _words(
        """
        يحث | تحث | يطلب | تطلب | يدعو | تدعو | يرحب | ترحب | يلاحظ | تلاحظ | يحيط علما
        تحيط علما | يحيط علماً | تحيط علماً | يشجع | تشجع | يقرر | تقرر | يدرك | تدرك | يعترف
        تعترف | يؤكد | تؤكد | يشدد | تشدد | يعتمد | تعتمد | يوافق | توافق | يذكر | تذكر | يعرب
        تعرب | يثني | تثني | يقر | تقر | إذ يشير | إذ تشير | إذ يلاحظ | إذ تلاحظ | إذ يدرك
        إذ تدرك | إذ يؤكد | إذ تؤكد | وإذ يشير | وإذ تشير | وإذ يلاحظ | وإذ تلاحظ
        إذ يضع في اعتباره | إذ تضع في اعتبارها | وإذ يضع في اعتباره | وإذ تضع في اعتبارها
        إذ يرحب | إذ ترحب | يشكر | تشكر | يكرر | تكرر | يعيد تأكيد | تعيد تأكيد | يؤيد | تؤيد
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
