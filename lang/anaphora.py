"""Words that point back at something named before them, in the six UN languages: data only.

"paragraph 3 of the same decision", "paragraph 4 of that Article", "Article 25 of that Protocol",
"recommendation 4/9 adopted by that Body", "la misma decisión", "этого решения", "同一决定第30段",
"تلك المادة". ``extractors.patterns`` builds the ``anaphor`` pattern from these tables, and
``extractors.anaphora`` ties each such word to what it points back to. "The present decision" is no
anaphor: it is the document itself (``vocab.PRESENT_REFS``).

``ANAPHORA[lang][referent]``: the referent is ``decision``, ``article``, ``annex`` ("paragraphs 12 a 15
de ese anexo": the annex of a decision or document), ``protocol``, ``convention``, ``body``, or ``whole`` ("paragraph 4 thereof", "the annex thereto", "l'annexe à celle-ci": the
decision, document, recommendation or Article).
"""

from __future__ import annotations

from copmop.lang.wordlist import words

__all__ = ["ANAPHORA", "REFERENTS"]

REFERENTS = ("decision", "article", "annex", "protocol", "convention", "body", "whole")

ANAPHORA: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "decision": words(
            """
            the same decision | that same decision | that decision | the said decision
            the latter decision | the aforementioned decision
            """
        ),
        "article": words(
            """
            the same Article | that same Article | that Article | the said Article | the same article
            that article | this Article
            """
        ),
        "annex": words("that annex | the same annex | the said annex | that Annex"),
        "protocol": words("that Protocol | the same Protocol | the said Protocol | that protocol"),
        "convention": words("that Convention | the same Convention | the said Convention"),
        "body": words(
            """
            that Body | the same Body | that body | the said Body | that Working Group
            that Subsidiary Body
            """
        ),
        "whole": words("thereof | thereto"),
    },
    "fr": {
        "decision": words(
            """
            la même décision | cette même décision | cette décision | ladite décision | même décision
            cette dernière décision | la dernière décision
            """
        ),
        "article": words(
            """
            ce même article | le même article | même article | cet article | ledit article
            dudit article
            """
        ),
        "annex": words("cette annexe | cette même annexe | ladite annexe | la même annexe"),
        "protocol": words("ce même Protocole | ce Protocole | ledit Protocole | dudit Protocole"),
        "convention": words("cette même Convention | cette Convention | ladite Convention"),
        "body": words(
            "cet Organe | ce même Organe | ledit Organe | cet organe | ce Groupe de travail"
        ),
        "whole": words("celle-ci | celui-ci"),
    },
    "es": {
        "decision": words(
            """
            la misma decisión | misma decisión | dicha decisión | esa decisión | la citada decisión
            la mencionada decisión | esta última decisión | la última decisión
            """
        ),
        "article": words("el mismo artículo | mismo artículo | dicho artículo | ese artículo"),
        "annex": words("ese anexo | dicho anexo | el mismo anexo | mismo anexo | el citado anexo"),
        "protocol": words("ese Protocolo | dicho Protocolo | el mismo Protocolo | mismo Protocolo"),
        "convention": words("ese Convenio | dicho Convenio | el mismo Convenio"),
        "body": words("dicho Órgano | ese Órgano | el mismo Órgano | dicho Grupo de Trabajo"),
    },
    "ru": {
        "decision": words(
            """
            этого решения | этому решению | этом решении | этим решением | того же решения
            том же решении | указанного решения | упомянутого решения | последнего решения
            последнем решении | последнего из этих решений
            """
        ),
        "article": words(
            """
            этой статьи | этой статье | этой статьей | той же статьи | той же статье
            указанной статьи
            """
        ),
        "annex": words(
            """
            этого приложения | этому приложению | этом приложении | этим приложением
            того же приложения | указанного приложения
            """
        ),
        "protocol": words(
            "этого Протокола | этому Протоколу | этом Протоколе | указанного Протокола"
        ),
        "convention": words("этой Конвенции | указанной Конвенции"),
        "body": words(
            """
            этого органа | этим органом | этому органу | этом органе | указанного органа
            этой рабочей группы
            """
        ),
    },
    "ar": {
        "decision": words(
            """
            ذلك المقرر | المقرر ذاته | المقرر نفسه | نفس المقرر | المقرر المذكور | المقرر ذاتِه
            المقرر الأخير
            """
        ),
        "article": words(
            """
            تلك المادة | المادة نفسها | المادة ذاتها | نفس المادة | المادة المذكورة | هذه المادة
            """
        ),
        "annex": words("ذلك المرفق | المرفق نفسه | المرفق ذاته | المرفق المذكور"),
        "protocol": words("ذلك البروتوكول | البروتوكول المذكور | البروتوكول ذاته"),
        "convention": words("تلك الاتفاقية | الاتفاقية المذكورة"),
        "body": words("تلك الهيئة | الهيئة نفسها | الهيئة ذاتها | ذلك الفريق | الهيئة المذكورة"),
    },
    "zh": {
        "decision": words(
            "同一决定 | 同一项决定 | 该决定 | 该项决定 | 上述决定 | 后一项决定 | 后一决定"
        ),
        "article": words("该条 | 同一条 | 同条"),
        "annex": words("该附件 | 同一附件"),
        "protocol": words("该议定书"),
        "convention": words("该公约"),
        "body": words("该机构 | 该附属机构 | 该工作组"),
    },
}
