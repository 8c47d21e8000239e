"""The instruments citations name: their codes, their names in the six UN languages, their size.

``extractors.patterns`` builds the instrument patterns from these tables; ``extractors.normalize`` maps
a captured name to its code with ``INSTRUMENT_INDEX``. Word lists are written ``a | b | c``.
"""

from __future__ import annotations

from copmop.lang.wordlist import words

# Named instruments: code → names in the six languages (case-insensitive, without 《》).
# CPB = Cartagena Protocol on Biosafety, CBD = the Convention, NP = Nagoya Protocol,
# SP = Nagoya – Kuala Lumpur Supplementary Protocol, KMGBF = Kunming-Montreal Global Biodiversity Framework.
INSTRUMENTS: dict[str, tuple[str, ...]] = {
    "CPB": words(
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
    "CBD": words(
        """
        公约 | 生物多样性公约 | Convention | Convention on Biological Diversity
        Convention sur la diversité biologique | Convenio | Convenio sobre la Diversidad Biológica
        Конвенция | Конвенции | Конвенцию | Конвенцией | Конвенция о биологическом разнообразии
        Конвенции о биологическом разнообразии | Конвенцией о биологическом разнообразии
        Конвенцию о биологическом разнообразии | الاتفاقية | اتفاقية التنوع البيولوجي
        """
    ),
    "NP": words(
        """
        名古屋议定书 | 关于获取遗传资源和公正和公平分享其利用所产生惠益的名古屋议定书 | Nagoya Protocol
        Nagoya Protocol on Access and Benefit-sharing | Protocole de Nagoya | Protocolo de Nagoya
        Нагойский протокол | Нагойского протокола | Нагойскому протоколу | Нагойском протоколе
        Нагойским протоколом
        بروتوكول ناغويا
        """
    ),
    "SP": words(
        """
        补充议定书 | 关于赔偿责任和补救的名古屋-吉隆坡补充议定书 | 名古屋-吉隆坡补充议定书 | Supplementary Protocol
        名古屋-吉隆坡赔偿责任和补救补充议定书 | 名古屋-吉隆坡赔偿责任与补救补充议定书
        关于赔偿责任和补救的补充议定书 | 生物技术安全议定书关于赔偿责任和补救的议定书
        生物安全议定书关于赔偿责任和补救的议定书
        Nagoya – Kuala Lumpur Supplementary Protocol | Nagoya-Kuala Lumpur Supplementary Protocol
        Nagoya – Kuala Lumpur Supplementary Protocol on Liability and Redress
        Nagoya-Kuala Lumpur Supplementary Protocol on Liability and Redress
        Nagoya – Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety
        Nagoya-Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety
        Protocole additionnel | Protocole additionnel de Nagoya-Kuala Lumpur
        Protocole additionnel de Nagoya-Kuala Lumpur sur la responsabilité et la réparation relatif au Protocole de Cartagena
        Protocole additionnel de Nagoya – Kuala Lumpur sur la responsabilité et la réparation relatif au Protocole de Cartagena
        Protocole additionnel de Nagoya-Kuala Lumpur sur la responsabilité et la réparation relatif au Protocole de Cartagena sur la prévention des risques biotechnologiques
        Protocole additionnel de Nagoya – Kuala Lumpur
        Protocole additionnel de Nagoya-Kuala Lumpur sur la responsabilité et la réparation
        Protocolo Suplementario | Protocolo Suplementario de Nagoya-Kuala Lumpur
        Protocolo de Nagoya-Kuala Lumpur sobre Responsabilidad y Compensación Suplementario
        Дополнительный протокол | Дополнительного протокола | Дополнительному протоколу
        Нагойско-Куала-Лумпурский дополнительный протокол
        Нагойско-Куала-Лумпурского дополнительного протокола
        Нагойско-Куала-Лумпурскому дополнительному протоколу
        Нагойско-Куала-Лумпурским дополнительным протоколом
        Нагойско-Куала-Лумпурском дополнительном протоколе | Дополнительном протоколе
        Дополнительным протоколом | البروتوكول التكميلي | بروتوكول ناغويا - كوالالمبور التكميلي
        بروتوكول ناغويا – كوالالمبور التكميلي | بروتوكول ناغويا-كوالالمبور التكميلي
        بروتوكول ناغويا- كوالالمبور التكميلي | بروتوكول ناغويا -كوالالمبور التكميلي
        """
    ),
    "KMGBF": words(
        """
        昆明-蒙特利尔全球生物多样性框架 | 全球生物多样性框架 | Kunming-Montreal Global Biodiversity Framework
        Global Biodiversity Framework | Cadre mondial de la biodiversité de Kunming-Montréal
        Cadre mondial de la biodiversité | Marco Mundial de Biodiversidad de Kunming-Montreal
        Marco Mundial de Biodiversidad
        Куньминско-Монреальская глобальная рамочная программа в области биоразнообразия
        Куньминско-Монреальской глобальной рамочной программы в области биоразнообразия
        Куньминско-Монреальской глобальной рамочной программе в области биоразнообразия
        Куньминско-Монреальскую глобальную рамочную программу в области биоразнообразия
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

# Names that say "the Protocol" without saying which one: "the Protocol", "le Protocole", "el
# Protocolo", "Протокола", "البروتوكول", "للبروتوكول", "《议定书》". They name the protocol the
# document serves (``HOST_PROTOCOL``): in a decision of the meeting of the Parties to the Nagoya
# Protocol, "статьи 14 Протокола" is Article 14 of the Nagoya Protocol; a COP document's "the Protocol"
# is the Cartagena Protocol.
BARE_PROTOCOL_NAMES: frozenset[str] = frozenset(
    words(
        """
        protocol | protocole | protocolo | протокол | протокола | протоколу | протоколом
        протоколе | البروتوكول | للبروتوكول | بالبروتوكول | والبروتوكول | 议定书
        """
    )
)
HOST_PROTOCOL: dict[str, str] = {"CPB": "CPB", "NP": "NP", "CBD": "CPB"}

# Forms of an instrument's name with an Arabic preposition glued to it ("للبروتوكول", "بالاتفاقية").
ARABIC_PREFIXED: dict[str, tuple[str, ...]] = {
    "CPB": words("للبروتوكول | بالبروتوكول | والبروتوكول"),
    "CBD": words("للاتفاقية | بالاتفاقية | والاتفاقية"),
    "SP": words("للبروتوكول التكميلي | بالبروتوكول التكميلي | والبروتوكول التكميلي"),
}

# Names of instruments that Chinese prints without 《》 but that cannot be mistaken for anything else.
UNBRACKETED_ZH: tuple[str, ...] = words(
    """
    昆明-蒙特利尔全球生物多样性框架 | 昆明－蒙特利尔全球生物多样性框架 | 全球生物多样性框架
    关于赔偿责任和补救的名古屋-吉隆坡补充议定书 | 名古屋-吉隆坡补充议定书 | 关于赔偿责任和补救的补充议定书
    名古屋议定书
    """
)

# The words that say which instrument an unlisted Chinese title is: "《名古屋-吉隆坡赔偿责任和补救补充议定书》"
# is the Supplementary Protocol (the longest word first decides; "《奥胡斯公约》" has none of them).
ZH_TITLE_WORDS: tuple[tuple[str, str], ...] = (
    ("补充议定书", "SP"),
    ("名古屋议定书", "NP"),
    ("卡塔赫纳", "CPB"),
    ("生物安全议定书", "CPB"),
    ("生物技术安全议定书", "CPB"),
    ("生物多样性公约", "CBD"),
    ("全球生物多样性框架", "KMGBF"),
)

# Names that say which instrument only when nothing qualifies them ("la Convention" is the CBD, "la
# Convention d'Aarhus" is not).
GENERIC_NAMES: frozenset[str] = frozenset(
    words(
        """
        Protocol | Convention | Protocole | Convenio | Protocolo | Протокол | Протокола | Протоколу
        Протоколом | Протоколе | Конвенция | Конвенции | Конвенцию | Конвенцией | البروتوكول | الاتفاقية
        """
    )
)

# Names of conventions and protocols that are never the CBD nor one of its protocols: Spanish
# "Convención" ("la Convención de Aarhus"; the CBD is "el Convenio"), Russian "конвенция" in lower case
# ("Орхусская конвенция"; the CBD is "Конвенция"), Arabic "اتفاقية" and "بروتوكول" without the article
# ("اتفاقية آرهوس", "بروتوكول مونتريال"; "اتفاقية التنوع البيولوجي" is the CBD by its longer name).
# They are found as instruments with no code, so that "its Article" after them is theirs: "(Convención
# de Aarhus), en particular su artículo 6 bis" cites nothing.
OTHER_NAMES: frozenset[str] = frozenset(
    words(
        """
        Convención | convención | Convenciones | convenciones | конвенция | конвенции | конвенцию
        конвенцией | конвенциях | конвенций | اتفاقية | بروتوكول
        """
    )
)

# Every name of every instrument, lower-cased → its code.
INSTRUMENT_INDEX: dict[str, str] = {
    name.lower(): code
    for table in (INSTRUMENTS, ARABIC_PREFIXED)
    for code, names in table.items()
    for name in names
    if name not in OTHER_NAMES
}
