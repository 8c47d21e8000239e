"""Operative and preambular verbs in the six languages, as they open a clause: data only.

``pipeline.structure.VERB`` is built from these tables; the verb of a clause is printed as found
(``又敦促``, ``Also urges``), prefixes and all.
"""

from __future__ import annotations

from copmop.lang.wordlist import words

# Adverbs that may precede the operative verb ("又敦促", "Also urges").
VERB_PREFIXES: dict[str, tuple[str, ...]] = {
    "zh": words(
        """
        又 | 还 | 也 | 并 | 再次 | 进一步 | 然而 | 此外 | 严重 | 深为 | 深切 | 关切地 | 满意地 | 赞赏地 | 感激地 | 遗憾地 | 欣慰地
        注意到并 | 强烈 | 特别 | 谨
        """
    ),
    "en": words(
        """
        Also | Further | Furthermore | Again | Once again | Strongly | Kindly | Hereby
        Further also | Also further | Nevertheless | However | Moreover | Recalling further
        """
    ),
    "fr": words("Également | En outre | De plus | Aussi"),
    "es": words("También | Además | Asimismo | Igualmente"),
    "ru": words("также | Также | далее | Далее | еще | вновь | Вновь"),
    "ar": words("أيضا | أيضاً | كذلك | كما | وإذ | إذ | و"),
}

# Operative and preambular verbs as they open a clause.
VERBS: dict[str, tuple[str, ...]] = {
    "zh": words(
        """
        注意到 | 确认 | 欢迎 | 敦促 | 鼓励 | 强调 | 请 | 呼吁 | 赞扬 | 决定 | 通过 | 邀请 | 回顾 | 认识到 | 承认 | 重申 | 表示 | 感谢
        核可 | 赞赏 | 指出 | 铭记 | 考虑到 | 意识到 | 申明 | 促请 | 要求 | 授权 | 指示 | 建议 | 同意 | 欣见 | 关切 | 认可 | 批准 | 授权
        延长 | 选举 | 设立 | 商定 | 认为 | 满意 | 希望 | 吁请 | 重申其 | 审议了 | 审查了 | 收到 | 提醒 | 深信 | 坚信 | 重视 | 还注意到
        表示关切 | 致谢 | 着重指出 | 仍然关切 | 获悉 | 采纳 | 核准 | 责成
        """
    ),
    "en": words(
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
    "fr": words(
        """
        Prie | Demande | Invite | Accueille avec satisfaction | Se félicite | Note | Prend note
        Encourage | Décide | Reconnaît | Souligne | Insiste | Exhorte | Adopte | Approuve
        Rappelle | Réaffirme | Exprime | Salue | Convient | Autorise | Engage | Remercie
        Confirme | Accepte | Rappelant | Notant | Reconnaissant | Soulignant | Consciente
        Considérant | Ayant examiné | Prenant note | Réaffirmant | Préoccupée | Convaincue
        Tenant compte | Accueillant
        """
    ),
    "es": words(
        """
        Insta | Pide | Invita | Acoge con satisfacción | Celebra | Observa | Toma nota | Alienta
        Decide | Reconoce | Destaca | Subraya | Exhorta | Adopta | Aprueba | Recuerda | Reafirma
        Expresa | Encomia | Conviene | Autoriza | Agradece | Confirma | Acepta | Recordando
        Observando | Reconociendo | Destacando | Subrayando | Consciente | Considerando
        Habiendo examinado | Tomando nota | Reafirmando | Preocupada | Convencida
        Teniendo en cuenta | Acogiendo
        """
    ),
    "ru": words(
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
    "ar": words(
        """
        يحث | تحث | يطلب | تطلب | يدعو | تدعو | يرحب | ترحب | يلاحظ | تلاحظ | يحيط علما
        تحيط علما | يحيط علماً | تحيط علماً | يشجع | تشجع | يقرر | تقرر | يدرك | تدرك | يعترف
        تعترف | يؤكد | تؤكد | يشدد | تشدد | يعتمد | تعتمد | يوافق | توافق | يذكر | تذكر | يعرب
        تعرب | يثني | تثني | يقر | تقر | إذ يشير | إذ تشير | إذ يلاحظ | إذ تلاحظ | إذ يدرك
        إذ تدرك | إذ يؤكد | إذ تؤكد | وإذ يشير | وإذ تشير | وإذ يلاحظ | وإذ تلاحظ
        إذ يضع في اعتباره | إذ تضع في اعتبارها | وإذ يضع في اعتباره | وإذ تضع في اعتبارها
        إذ يرحب | إذ ترحب | يشكر | تشكر | يكرر | تكرر | يعيد تأكيد | تعيد تأكيد | يؤيد | تؤيد
        يشير | تشير | يناشد | تناشد | يلاحظ مع القلق | تلاحظ مع القلق | يشدد على | يقدر | تقدر
        """
    ),
}
