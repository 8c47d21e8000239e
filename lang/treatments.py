"""How a clause treats what it cites, in the six languages: the phrase table (data only).

``copmop.lang.treatment_patterns`` compiles it into its catalogue, ``copmop.extractors.treatment``
decides each citation's treatment with it. Phrases are written ``a | b | c``; ``…`` is a gap of a few
words inside a phrase ("决定将…替换为", "внести…изменени"), ``*`` at the end lets the word go on
("упомянут*": упомянутую, упомянутого).

Each row is (role, class, phrases). Roles:

- ``open``  — a verb that opens a clause ("Recalling", "Prie", "回顾"): it counts at the clause's
  opening (after words such as "Also", "又", "وإذ", or a number inside a quoted new text) or after a
  connector ("and", "et", "并", "و"), and sets the clause's treatment;
- ``verb``  — a verb that counts anywhere ("to replace", "prorroga", "决定将…延长");
- ``local`` — words before a target that override the verb until the next verb or a ``;`` / ``:``
  ("in accordance with", "established by", "adopted in");
- ``after`` — words right after a target ("的执行情况", "shall be replaced by");
- ``see``   — a footnote's first words ("See", "Voir", "见"): what it cites is only mentioned.

Classes are the treatments of ``pipeline.models.Treatment`` and these:

- ``request``   — a request (to the Executive Secretary, a body): its targets are mentioned, except
  those whose implementation it asks to be reported on (``follow-up``);
- ``decides``   — a decision to do something: its targets are mentioned, and a period or an end it
  gives is the clause's own (a mandate, a plan);
- ``neutral``   — any other verb ("Urges", "Invites", "Recognizes", "Notes that"): mentioned;
- ``follow-up`` — "the implementation of …": ``requests-follow-up`` under a request, else mentioned;
- ``origin``    — "established by …", "referred to in …": the verb's treatment when it extends or
  continues (what was established is extended), else mentioned;
- ``origin-under`` — "established pursuant to …", "créé en application de …": as ``origin``, but
  ``in-accordance-with`` where it would be mentioned (the Clearing-House established under Article 20);
- ``contained`` — "contained in …", "所载": the treatment already in force (adopts the plan contained
  in annex I), but mentioned under a change (replaces paragraph 3, as contained in decision Y).
"""

from __future__ import annotations

from copmop.lang.wordlist import words

__all__ = ["AFTER_FILLER", "CLASSES", "CONNECTORS", "OPENING_WORDS", "PHRASES", "UNTIL"]

# The classes a phrase may have besides the treatments themselves.
CLASSES = ("request", "decides", "neutral", "follow-up", "origin", "origin-under", "contained")

Row = tuple[str, str, str]


def _rows(text: str) -> tuple[Row, ...]:
    """``"open recalls: Recalling | Recalls"`` lines → (role, class, phrases) rows."""
    rows = []
    for line in text.strip().splitlines():
        head, _, phrases = line.partition(":")
        role, cls = head.split()
        rows.append((role, cls, phrases.strip()))
    return tuple(rows)


PHRASES: dict[str, tuple[Row, ...]] = {
    "en": _rows(
        """
        open recalls: Recalling | Recalls | Recall
        open reaffirms: Reaffirming | Reaffirms | Reiterating | Reiterates | Confirming | Confirms
        open welcomes: Welcoming | Welcomes | Commends | Commending
        open takes-note: Taking note | Takes note | Noting | Notes | Having considered | Having reviewed | Having examined
        open adopts: Adopts | Adopting
        open endorses: Endorses | Endorsing | Approves | Approving | Supports
        open request: Requests | Requesting | Instructs | Asks
        open neutral: Recommends | Invites | Urges | Calls upon | Calls on | Encourages | Authorizes | Appeals
        open decides: Decides | Deciding | Agrees | Establishes | Resolves
        open neutral: Notes that | Noting that | Recognizes | Recognizing | Emphasizes | Emphasizing | Stresses | Stressing | Underlines | Acknowledges | Acknowledging | Expresses | Expressing | Bearing in mind | Mindful | Aware | Concerned | Convinced | Considering | Taking into account | Highlights | Affirms | Reminds | Thanks
        verb amends: amend | amends | amending | revise | revises | delete the words | insert the words | replace the words | add the words | replace, in | delete, in | substitute, in
        verb replaces: replace | replaces | replacing | substitute | substitutes
        verb supersedes: supersede | supersedes | superseding
        verb retires: retire | retires | retiring | repeal | repeals | revoke | revokes | rescind | rescinds | delete | deletes | terminate | terminates | discontinue | discontinues
        verb neutral: possibility of retiring | possibility of deleting | possibility of amending | possibility of replacing | possibility of revising | whether to retire | whether to amend | whether to replace | need to retire | need to amend
        verb extends: extend | extends | extending | renew | renews | prolong | prolongs
        verb continues: continue | continues | continuing | pursue | pursues
        local in-accordance-with: in accordance with | pursuant to | in conformity with | consistent with | in line with | under the terms of | as provided for in | as provided in | as required by | as called for in | in compliance with
        local follow-up: implementation of | follow-up to | follow up on | follow-up of | progress in implementing | progress made in implementing
        local mentions: adopted in | adopted by | adopted at | welcomed in | welcomed by | endorsed in | endorsed by | approved in | approved by | as amended by | amended by | as extended by | extended by | as replaced by | replaced by | superseded by | requested in | see | see also | including | taking into account | taking account of | bearing in mind
        local origin-under: established pursuant to | established under | created pursuant to | created under | set up under | set up pursuant to
        local origin: established by | established in | created by | created in | set up by | set up under | convened by | referred to in | mentioned in | launched by
        local contained: contained in | as contained in | set out in | as set out in | annexed to | as reflected in | described in | outlined in | listed in | presented in
        after replaces: is replaced by | are replaced by | shall be replaced by | be replaced by | is hereby replaced
        after amends: is amended | are amended | shall be amended | be amended | is hereby amended | shall read | to read as follows | so as to read
        after retires: is retired | are retired | shall be retired | is repealed | are repealed | is deleted | are deleted | shall be deleted | is revoked | shall cease to have effect | ceases to have effect
        after supersedes: is superseded | are superseded | shall be superseded
        after extends: is extended | are extended | shall be extended
        see mentions: See | See also | Cf.
        """
    ),
    "fr": _rows(
        """
        open recalls: Rappelant | Rappelle
        open reaffirms: Réaffirmant | Réaffirme | Réitérant | Réitère | Confirmant | Confirme
        open welcomes: Accueillant avec satisfaction | Accueille avec satisfaction | Se félicitant | Se félicite | Saluant | Salue | Félicite
        open takes-note: Prenant note | Prend note | Prenant acte | Prend acte | Notant | Note | Ayant examiné
        open adopts: Adopte | Adoptant
        open endorses: Fait sien | Fait siens | Fait sienne | Fait siennes | Approuve | Approuvant | Entérine | Souscrit
        open request: Prie | Demande | Charge
        open neutral: Recommande | Invite | Exhorte | Engage | Encourage | Autorise | Appelle
        open decides: Décide | Décidant | Convient | Établit | Crée
        open neutral: Note que | Notant que | Prend note que | Reconnaît | Reconnaissant | Souligne | Soulignant | Insiste | Consciente | Conscient | Considérant | Tenant compte | Préoccupée | Convaincue | Exprime | Remercie
        verb amends: modifier | modifie | amender | réviser | apporter…modification* | supprimer les mots | remplacer les mots | insérer les mots | ajouter les mots | remplacer, au | remplacer, dans | supprimer, au | supprimer, dans
        verb replaces: remplacer | remplace | substituer | substitue
        verb supersedes: la présente décision remplace | annule et remplace
        verb retires: supprimer | supprime | abroger | abroge | retirer | rapporter | révoquer | révoque | mettre fin | met fin | déclarer caduque* | considérer comme caduque*
        verb neutral: possibilité de retirer | possibilité de supprimer | possibilité de modifier | possibilité de remplacer | possibilité d'abroger | opportunité de retirer | opportunité de modifier | nécessité de retirer | nécessité de modifier
        verb extends: proroger | proroge | prolonger | prolonge | reconduire | reconduit | renouveler | renouvelle
        verb continues: poursuivre | poursuit | continuer | continue
        local in-accordance-with: conformément | en application | en vertu | aux termes | en conformité avec | dans le respect
        local follow-up: mise en œuvre | mise en oeuvre | application de la | application du | application des | suite donnée | suivi de la | suivi du | suivi des
        local mentions: adopté dans | adoptée dans | adoptés dans | adoptées dans | adopté par | adoptée par | adoptés par | adoptées par | accueilli dans | accueillie dans | approuvé par | approuvée par | approuvé dans | approuvée dans | tel que modifié par | telle que modifiée par | modifié par | modifiée par | prorogé par | prorogée par | prorogés par | voir | compte tenu | tenant compte | y compris
        local origin-under: créé en application | créée en application | créés en application | créé en vertu | créée en vertu | établi en application | établie en application | établi en vertu | institué en vertu | instituée en vertu
        local origin: créé par | créée par | créés par | créées par | institué par | instituée par | établi par | établie par | établis par | visé au | visée au | visés au | visées au | visé à | visée à | visés à | visées à | visés aux | visées aux | visé dans | visée dans | mentionné au | mentionnée au | mentionnés au | mentionné dans | mentionnée dans | dont il est question | évoqué au | évoquée au
        local contained: figurant dans | figurant à | figurant en | figurant au | qui figure dans | qui figure à | qui figure au | qui figurent dans | contenu dans | contenue dans | énoncé dans | énoncée dans | énoncés dans | décrit dans | décrite dans | annexé à | annexée à | reproduit dans | reproduite dans
        after replaces: est remplacé | est remplacée | sont remplacés | sont remplacées
        after amends: est modifié | est modifiée | sont modifiés | sont modifiées | est amendé | est amendée
        after retires: est supprimé | est supprimée | sont supprimés | sont supprimées | est abrogé | est abrogée | sont abrogés | sont abrogées | cesse d'avoir effet | cessent d'avoir effet
        after extends: est prorogé | est prorogée | sont prorogés | sont prorogées
        see mentions: Voir | Voir aussi | Voir également | Cf.
        """
    ),
    "es": _rows(
        """
        open recalls: Recordando | Recuerda
        open reaffirms: Reafirmando | Reafirma | Reiterando | Reitera | Confirmando | Confirma
        open welcomes: Acogiendo con satisfacción | Acoge con satisfacción | Acogiendo con beneplácito | Acoge con beneplácito | Celebrando | Celebra | Encomia | Encomiando
        open takes-note: Tomando nota | Toma nota | Observando | Observa | Habiendo examinado
        open adopts: Adopta | Adoptando | Aprueba | Aprobando
        open endorses: Hace suya | Hace suyo | Hace suyas | Hace suyos | Haciendo suya | Haciendo suyo | Respalda | Refrenda
        open request: Pide | Solicita | Encarga | Encomienda
        open neutral: Recomienda | Invita | Insta | Exhorta | Alienta | Autoriza
        open decides: Decide | Decidiendo | Conviene | Establece
        open neutral: Observa que | Observando que | Toma nota de que | Reconoce | Reconociendo | Destaca | Destacando | Subraya | Subrayando | Consciente | Considerando | Teniendo en cuenta | Teniendo presente | Preocupada | Convencida | Expresa | Agradece
        verb amends: enmendar | enmienda | modificar | modifica | revisar | introducir…enmienda* | introducir…modificaci* | suprimir las palabras | sustituir las palabras | insertar las palabras | añadir las palabras | sustituir, en | reemplazar, en | suprimir, en
        verb replaces: sustituir | sustituye | reemplazar | reemplaza
        verb supersedes: la presente decisión sustituye | la presente decisión reemplaza
        verb retires: retirar | retira | suprimir | suprime | derogar | deroga | revocar | revoca | dejar sin efecto | deja sin efecto | dar por terminad* | dar por concluid*
        verb neutral: posibilidad de retirar | posibilidad de suprimir | posibilidad de modificar | posibilidad de enmendar | posibilidad de sustituir | necesidad de retirar | necesidad de modificar | conveniencia de retirar
        verb extends: prorrogar | prorroga | prolongar | prolonga | renovar | renueva | ampliar el mandato | amplía el mandato
        verb continues: continuar | continúa | proseguir | prosigue
        local in-accordance-with: de conformidad con | en consonancia con | en línea con | conforme a | conforme al | con arreglo a | con arreglo al | en virtud de | en virtud del | según lo dispuesto en | en cumplimiento de | en cumplimiento del | de acuerdo con
        local follow-up: aplicación de | aplicación del | implementación de | implementación del | seguimiento de | seguimiento del
        local mentions: adoptado en | adoptada en | adoptados en | adoptadas en | adoptado por | adoptada por | aprobado en | aprobada en | aprobados en | aprobado por | aprobada por | acogido en | acogida en | en su forma enmendada por | enmendado por | enmendada por | prorrogado por | prorrogada por | véase | teniendo en cuenta | incluido | incluida | incluidos
        local origin-under: establecido de conformidad con | establecida de conformidad con | establecido en virtud | establecida en virtud | creado en virtud | creada en virtud | creado de conformidad con | creada de conformidad con
        local origin: establecido en | establecida en | establecido por | establecida por | establecidos por | creado en | creada en | creado por | creada por | a que se refiere | a que se refieren | a que se hace referencia en | mencionado en | mencionada en | mencionados en | mencionadas en | contemplado en | contemplada en | previsto en | prevista en | previstos en | previstas en
        local contained: que figura en | que figuran en | contenido en | contenida en | enunciado en | enunciada en | enunciados en | descrito en | descrita en | recogido en | recogida en | anexo a
        after replaces: se sustituye por | se sustituirá por | queda sustituido | queda sustituida | se reemplaza por
        after amends: queda enmendado | queda enmendada | queda modificado | queda modificada | se modifica
        after retires: queda derogado | queda derogada | queda sin efecto | quedan sin efecto | se suprime | queda suprimido | queda suprimida
        after extends: se prorroga | queda prorrogado | queda prorrogada
        see mentions: Véase | Véase también | Véanse | Cf.
        """
    ),
    "ru": _rows(
        """
        open recalls: ссылаясь | ссылается | напоминая | напоминает
        open reaffirms: вновь подтверждая | вновь подтверждает | подтверждая | подтверждает | вновь заявляя | вновь заявляет
        open welcomes: приветствуя | приветствует | высоко оценивает
        open takes-note: принимая к сведению | принимает к сведению | отмечая | отмечает | рассмотрев | с удовлетворением отмечает | с удовлетворением отмечая | с обеспокоенностью отмечает
        open adopts: принимает | утверждает | утверждая
        open endorses: одобряет | одобряя | поддерживает
        open request: просит | поручает
        open neutral: предлагает | настоятельно призывает | призывает | поощряет | рекомендует | уполномочивает
        open decides: постановляет | постановляя | решает | соглашается | учреждает | принимает решение
        open neutral: отмечает, что | отмечая, что | признает | признавая | подчеркивает | подчеркивая | учитывая | сознавая | будучи | выражает | выражая | благодарит | принимая во внимание
        verb amends: внести…изменени* | вносит…изменени* | внести…поправк* | изменить | изменяет | изложить…в следующей редакции | заменить в | исключить в
        verb replaces: заменить | заменяет
        verb supersedes: настоящее решение заменяет | заменяет собой
        verb retires: исключить | исключает | отменить | отменяет | признать утратившим* | считать утратившим* | прекратить действие | упразднить | упраздняет
        verb neutral: возможность исключения | возможность отмены | возможность изменения | возможности исключения | возможности отмены | возможности изменения | вопрос об отмене | вопрос об исключении | вопрос об изменении
        verb extends: продлить | продлевает | продлевая | продлении
        verb continues: продолжить | продолжает | продолжать
        local in-accordance-with: в соответствии с | в соответствии со | согласно | во исполнение | на основании | как того требует | как того требуют | как предусмотрено в | как это предусмотрено в
        local follow-up: осуществления | осуществлении | выполнения | выполнении | реализации | последующих мер
        local mentions: принятого в | принятой в | принятых в | принятым в | принятого на | с изменениями, внесенными | продленн* | продлённ* | см. | включая | с учетом
        local origin-under: учрежденной в соответствии с | учрежденного в соответствии с | учрежденный в соответствии с | учрежденная в соответствии с | созданной в соответствии с | созданного в соответствии с | созданный в соответствии с | учрежденной на основании | учрежденного на основании
        local origin: учрежденн* | учреждённ* | созданн* | упомянут* | о котором говорится | о которой говорится | о которых говорится | предусмотренн*
        local contained: содержащ* | изложенн* | приведенн* | прилагаем*
        after replaces: заменить следующим | заменяется
        after amends: изложить в следующей редакции | изменяется
        after retires: исключить | признать утратившим* | утрачивает силу | утрачивают силу
        see mentions: См. | См. также
        """
    ),
    "ar": _rows(
        """
        open recalls: يشير | يذكر | يستذكر
        open reaffirms: يؤكد من جديد | يعيد تأكيد | يكرر تأكيد | يؤكد مجددا
        open welcomes: يرحب | يثني
        open takes-note: يحيط علما | يحيط علماً | يلاحظ | وقد نظر
        open adopts: يعتمد
        open endorses: يؤيد | يقر | يوافق على | يصادق على
        open request: يطلب | يكلف
        open neutral: يوصي | يدعو | يحث | يشجع | يناشد | يأذن
        open decides: يقرر | يوافق | ينشئ
        open neutral: يلاحظ أن | يدرك | يسلم | يشدد | يؤكد | يضع في اعتباره | يعرب | يشكر
        verb amends: تعديل | يعدل | حذف عبارة | إدراج عبارة | إضافة عبارة
        verb replaces: يستعاض عن | الاستعاضة عن | يستبدل | استبدال
        verb supersedes: يحل محل | يلغي ويحل محل
        verb retires: إلغاء | يلغي | حذف | يحذف | سحب | يسحب
        verb neutral: إمكانية سحب | إمكانية إلغاء | إمكانية تعديل | إمكانية الاستعاضة | ضرورة سحب | ضرورة تعديل | مسألة سحب
        verb extends: تمديد | يمدد | تجديد | يجدد
        verb continues: مواصلة | يواصل | استمرار | يستمر
        local in-accordance-with: وفقا | وفقاً | طبقا | طبقاً | عملا | عملاً | بموجب | بما يتفق مع | بما يتسق مع | تمشيا مع | اتساقا مع
        local follow-up: تنفيذ
        local mentions: الذي اعتمد في | التي اعتمدت في | المعتمد في | المعتمدة في | المعتمد بموجب | المعتمدة بموجب | الذي اعتمد بموجب | التي اعتمدت بموجب | بصيغتها المعدلة | بصيغته المعدلة | المعدل بموجب | الممدد بموجب | انظر | بما في ذلك | مع مراعاة
        local origin-under: المنشأ بموجب | المنشأة بموجب | الذي أنشئ بموجب | التي أنشئت بموجب | المنشأ عملا | المنشأة عملا | المنشأ وفقا | المنشأة وفقا
        local origin: المنشأ | المنشأة | الذي أنشئ | التي أنشئت | المشار إليه | المشار إليها | المذكور في | المذكورة في | المنصوص عليه | المنصوص عليها
        local contained: الوارد في | الواردة في | على النحو الوارد في | بصيغتها الواردة في | بصيغته الواردة في | المرفق ب | المبين في | المبينة في
        see mentions: انظر | أنظر | راجع
        """
    ),
    "zh": _rows(
        """
        open recalls: 回顾 | 忆及
        open reaffirms: 重申 | 再次确认
        open welcomes: 欢迎 | 欣见 | 赞扬
        open takes-note: 注意到 | 表示注意到 | 审议了 | 审查了
        open adopts: 通过 | 采纳
        open endorses: 核可 | 赞同 | 认可 | 核准 | 批准 | 支持
        open request: 请 | 要求 | 责成 | 指示
        open neutral: 建议 | 邀请 | 敦促 | 促请 | 鼓励 | 吁请 | 呼吁 | 授权
        open decides: 决定 | 商定 | 设立
        open neutral: 确认 | 承认 | 认识到 | 强调 | 铭记 | 考虑到 | 意识到 | 表示 | 感谢 | 关切
        verb amends: 修正 | 修改 | 将…修正 | 将…修改
        verb replaces: 替换 | 取代 | 代替 | 将…替换为 | 将…改为
        verb supersedes: 本决定取代
        verb retires: 撤销 | 废止 | 废除 | 删除 | 终止 | 停止执行 | 将…撤销 | 将…删除 | 将…废止
        verb neutral: 是否撤销 | 是否废止 | 是否修正 | 是否删除 | 可否撤销 | 撤销的可能性 | 废止的可能性
        verb extends: 延长 | 将…延长
        verb continues: 继续
        local in-accordance-with: 按照 | 根据 | 依照 | 依据 | 遵照
        local mentions: 考虑到 | 包括 | 经修正的 | 经修订的
        local contained: 载于
        after amends: 修正如下 | 修改如下 | 修正为 | 修改为
        after replaces: 替换为 | 改为
        after retires: 予以撤销 | 予以废止 | 予以删除
        after follow-up: 的执行情况 | 执行情况 | 的实施情况 | 实施情况 | 的落实情况 | 落实情况
        after mentions: 通过的 | 所通过的 | 修正的 | 修订的 | 延长的 | 核可的 | 欢迎的
        after origin: 设立的 | 所设立的 | 设立 | 成立的 | 所述 | 提及的 | 所指
        after contained: 所载 | 中所载 | 所列
        see mentions: 见 | 参看 | 参见 | 另见
        """
    ),
}

# Words that may stand before an opening verb ("Also", "又", "وإذ"), and a paragraph's own number
# when the clause quotes a new text ("“3. 决定…").
OPENING_WORDS: dict[str, tuple[str, ...]] = {
    "en": words(
        "Also | Further | Furthermore | Moreover | Again | Once again | Hereby | And | In addition"
    ),
    "fr": words("Également | En outre | De plus | Aussi | Et | Par ailleurs"),
    "es": words("También | Además | Asimismo | Igualmente | Y"),
    "ru": words("также | далее | еще | ещё | и"),
    "ar": words("و | وإذ | إذ | كما | أيضا | أيضاً | وقد"),
    "zh": words(
        """
        又 | 还 | 也 | 并 | 再次 | 进一步 | 此外 | 同时 | 严重 | 深为 | 深切 | 关切地 | 满意地 | 赞赏地
        感激地 | 遗憾地 | 欣慰地 | 强烈 | 特别 | 谨 | 表示
        """
    ),
}

# Connectors after which a verb opens a new clause inside the same paragraph ("…, and welcomes").
CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": words("and | and also | as well as"),
    "fr": words("et | et aussi"),
    "es": words("y | e"),
    "ru": words("и | а также"),
    "ar": words("و"),
    "zh": words("并 | 并且 | 同时"),
}

# What may stand between a target and the words after it: list residue ("和第4段"), spaces.
AFTER_FILLER: dict[str, str] = {
    "zh": "和 | 及 | 以及 | 与 | 、 | 第 | 段 | 款 | 项",
}

# "until its eleventh meeting", "jusqu'à sa onzième réunion", "до своего тринадцатого совещания",
# "حتى اجتماعه السابع", "至其第七次会议": the words around the ordinal (``{ord}``) of a meeting that
# ends a mandate; and "until 2030" (``{year}``).
UNTIL: dict[str, tuple[str, ...]] = {
    "en": words(
        "until its {ord} meeting | until the {ord} meeting | until {year} | until the end of {year}"
    ),
    "fr": words(
        "jusqu'à sa {ord} réunion | jusqu'à la {ord} réunion | jusqu'en {year} | jusqu'à la fin de {year}"
    ),
    "es": words(
        "hasta su {ord} reunión | hasta la {ord} reunión | hasta {year} | hasta finales de {year}"
    ),
    "ru": words(
        "до своего {ord} совещания | до его {ord} совещания | до {ord} совещания | до {year} года | до конца {year} года"
    ),
    "ar": words("حتى اجتماعه {ord} | حتى الاجتماع {ord} | حتى عام {year} | حتى نهاية عام {year}"),
    "zh": words("至其{ord}次会议 | 至{ord}次会议 | 直至其{ord}次会议 | 至{year}年"),
}
