"""Articles of national laws, which are no citations: the words that name a law in the six UN
languages, and the gaps that tie an Article to one ("article 5 of the national Biosafety Act",
"статья 9 закона о доступе", "المادة 7 من قوانينها الوطنية"). ``lang.patterns`` builds the ``foreign``
mention from ``LAW_WORDS``; ``extractors.resolve`` drops an Article (or paragraph, or annex) whose next
mention is such a word, across a gap ``GAP_LAW`` accepts.
"""

from __future__ import annotations

import re

from copmop.lang.wordlist import words

__all__ = ["GAP_LAW", "LAW_WORDS"]

# Words that make an Article someone else's (a national law's): "article 5 of the Biosafety Act",
# "article 7 of their national biosafety acts", "l'article 7 de leurs lois nationales", "el artículo 7
# de sus leyes", "статья 9 закона о доступе", "статью 7 своих национальных законов", "المادة 7 من
# قوانينها الوطنية"; tied to the Article by "of", or in Russian by its case alone (``GAP_LAW``).
LAW_WORDS: dict[str, tuple[str, ...]] = {
    "zh": words("法 | 条例 | 法律 | 法规"),
    "en": words(
        """
        Act | Acts | act | acts | Law | Laws | law | laws | Code | Codes | Decree | Decrees | decree
        decrees | Regulations | regulations | Ordinance | Ordinances | legislation | Legislation
        """
    ),
    "fr": words(
        """
        loi | lois | Loi | Lois | code | codes | Code | Codes | décret | décrets | Décret | Décrets
        règlement | règlements | ordonnance | ordonnances | législation | législations
        """
    ),
    "es": words(
        """
        ley | leyes | Ley | Leyes | código | códigos | Código | Códigos | decreto | decretos | Decreto
        Decretos | reglamento | reglamentos | legislación | legislaciones
        """
    ),
    "ru": words(
        """
        закона | закон | законов | законам | законах | законами | Закона | закону | законе | законом
        кодекса | постановления | указа | законодательства | законодательстве
        """
    ),
    "ar": words(
        """
        القانون | قانون | قانونها | قانونه | قوانينها | قوانينه | القوانين | قوانين | المرسوم | مرسوم
        اللائحة | لائحة | التشريع | تشريعها | تشريعه | تشريعاتها | تشريعاته | التشريعات
        """
    ),
}

# Between a pinpoint and a national law's name: "article 5 of the national Biosafety Act", "article 7 of
# their national biosafety acts", "l'article 7 de leurs lois", "el artículo 7 de sus leyes", "المادة 7 من
# قوانينها"; Russian ties them without a word, and without "и": "статья 9 закона", "статью 7 своих
# национальных законов" (not "статьи 8 и национального законодательства": two things).
_LAW_OF = {
    "en": r"of|under|in",
    "fr": r"de|du|des|d['’]",
    "es": r"de|del",
    "ar": r"من|في",
}
GAP_LAW: dict[str, re.Pattern[str]] = {
    **{
        lang: re.compile(rf"^\s*[,،]?\s*(?:{of})(?![\w])[^.;:!?؛]{{0,60}}$")
        for lang, of in _LAW_OF.items()
    },
    "ru": re.compile(r"^(?:(?!(?<![\w])(?:и|или)(?![\w]))[^.;:!?,]){0,60}$"),
    # Chinese ties a law's Article with the law's name right before it (``patterns._ZH["foreign"]``).
    "zh": re.compile(r"^\s*$"),
}
