"""The subsidiary bodies whose recommendations decisions cite, as the six languages name them: a
catalogue of patterns, each commented with an example it matches.

A recommendation's canonical target is its body's short name, its meeting and its number
(``SBSTTA-24/1``, ``SBI-3/15``, ``WG8J-12/1``, ``DSI-2/1``); ``extractors.mentions`` finds the bodies
with ``BY_LANG`` and ``ACRONYM``, and ``extractors.resolve`` ties each recommendation to its body.
A body's name may hold an Article ("the Working Group on Article 8(j)"): the name wins over the Article.
"""

from __future__ import annotations

import re

__all__ = ["ACRONYM", "BODIES", "BY_LANG", "RECOMMENDATIONS_AFTER", "RECOMMENDATIONS_BEFORE"]

# The short names, as canonical targets spell them.
BODIES = ("SBSTTA", "SBI", "WG8J", "SB8J", "DSI", "WG2020", "WGRI", "WGABS", "ICCP", "ICNP")

# A body named by its acronym, in any language: "SBSTTA recommendation 24/1", "ВОНТТК", "OSACTT".
_ACRONYMS = {
    "SBSTTA": r"SBSTTA|OSACTT|ВОНТТК",
    "SBI": r"SBI|OSA|ВОО",
    "WG8J": r"WG8J",
    "SB8J": r"SB8J",
    "WG2020": r"WG2020",
    "WGRI": r"WGRI",
    "ICCP": r"ICCP",
    "ICNP": r"ICNP",
}
ACRONYM = re.compile(
    r"(?<![\w-])(?=[SOВWI])(?:"
    + "|".join(f"(?P<{code}>{rx})" for code, rx in _ACRONYMS.items())
    + r")(?![\w/-])"
)

# Adjectives a working group's name may carry before "Working Group": "Ad Hoc Open-ended Inter-Sessional".
_EN_ADJ = r"(?:(?:Ad\s+Hoc|Open-ended|Inter-?[Ss]essional|Intersessional|Technical)\s+)*"
_FR_TAIL = r"(?:\s+(?:spécial|intersessions|à\s+composition\s+non\s+limitée|intersessions))*"
_ES_TAIL = r"(?:\s+(?:Especial|de\s+Composición\s+Abierta|entre\s+Períodos\s+de\s+Sesiones))*"
_RU_HEAD = r"(?:(?:[Сс]пециальн\w+|[Мм]ежсессионн\w+)\s+)*"
_RU_TAIL = r"(?:\s+открытого\s+состава)?"
_AR_TAIL = r"(?:\s+(?:المخصص|المفتوح\s+العضوية|المخصص\s+المفتوح\s+العضوية|لما\s+بين\s+الدورات))*"

# code → pattern, per language. The examples: en "Subsidiary Body on Scientific, Technical and
# Technological Advice", "Working Group on Article 8(j) and Related Provisions", "Open-ended Working Group
# on Digital Sequence Information on Genetic Resources"; fr "Organe subsidiaire chargé de l'application";
# es "Órgano Subsidiario de Asesoramiento Científico, Técnico y Tecnológico"; ru "Вспомогательного
# органа по осуществлению", "рабочей группы открытого состава по статье 8 j)"; ar "الهيئة الفرعية
# للتنفيذ"; zh "科学、技术和工艺咨询附属机构", "附属履行机构".
_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "SBSTTA": r"Subsidiary\s+Body\s+on\s+Scientific,\s+Technical\s+and\s+Technological\s+Advice",
        "SBI": r"Subsidiary\s+Body\s+on\s+Implementation",
        "SB8J": r"Subsidiary\s+Body\s+on\s+Article\s+8\s*\(j\)(?:\s+and\s+Other\s+Provisions"
        r"(?:\s+Related\s+to\s+Indigenous\s+Peoples\s+and\s+Local\s+Communities)?)?",
        "WG8J": rf"{_EN_ADJ}Working\s+Group\s+on\s+Article\s+8\s*\(j\)(?:\s+and\s+Related\s+Provisions)?",
        "DSI": rf"{_EN_ADJ}Working\s+Group\s+on\s+(?:Benefit-sharing\s+from\s+the\s+Use\s+of\s+)?"
        r"Digital\s+Sequence\s+Information(?:\s+on\s+Genetic\s+Resources)?",
        "WG2020": rf"{_EN_ADJ}Working\s+Group\s+on\s+the\s+Post-2020\s+Global\s+Biodiversity\s+Framework",
        "WGRI": rf"{_EN_ADJ}Working\s+Group\s+on\s+(?:the\s+)?Review\s+of\s+Implementation"
        r"(?:\s+of\s+the\s+Convention)?",
        "WGABS": rf"{_EN_ADJ}Working\s+Group\s+on\s+Access\s+and\s+Benefit-sharing",
        "ICCP": r"Intergovernmental\s+Committee\s+for\s+the\s+Cartagena\s+Protocol(?:\s+on\s+Biosafety)?",
        "ICNP": r"Intergovernmental\s+Committee\s+for\s+the\s+Nagoya\s+Protocol"
        r"(?:\s+on\s+Access\s+and\s+Benefit-sharing)?",
    },
    "fr": {
        "SBSTTA": r"Organe\s+subsidiaire\s+chargé\s+de\s+fournir\s+des\s+avis\s+scientifiques,\s+"
        r"techniques\s+et\s+technologiques",
        "SBI": r"Organe\s+subsidiaire\s+chargé\s+de\s+l['’]\s*application",
        "SB8J": r"Organe\s+subsidiaire\s+(?:sur|chargé\s+de)\s+l['’]\s*article\s+8\s*j\)"
        r"(?:\s+et\s+(?:d['’]\s*)?autres\s+dispositions[^,;.]{0,90}?locales)?",
        "WG8J": rf"Groupe\s+de\s+travail{_FR_TAIL}\s+sur\s+l['’]\s*article\s+8\s*j\)"
        r"(?:\s+et\s+les\s+dispositions\s+connexes)?",
        "DSI": rf"Groupe\s+de\s+travail{_FR_TAIL}\s+sur\s+(?:le\s+partage\s+des\s+avantages\s+"
        r"découlant\s+de\s+l['’]\s*utilisation\s+de\s+)?l['’]\s*information\s+de\s+séquençage\s+"
        r"numérique(?:\s+sur\s+les\s+ressources\s+génétiques)?",
        "WG2020": rf"Groupe\s+de\s+travail{_FR_TAIL}\s+sur\s+le\s+cadre\s+mondial\s+de\s+la\s+"
        r"biodiversité\s+pour\s+l['’]\s*après-2020",
    },
    "es": {
        "SBSTTA": r"Órgano\s+Subsidiario\s+de\s+Asesoramiento\s+Científico,\s+Técnico\s+y\s+"
        r"Tecnológico",
        "SBI": r"Órgano\s+Subsidiario\s+(?:sobre|de)\s+(?:la\s+)?(?:Aplicación|Ejecución)",
        "SB8J": r"Órgano\s+Subsidiario\s+sobre\s+el\s+[Aa]rtículo\s+8\s*j\)"
        r"(?:\s+y\s+[Oo]tras\s+[Dd]isposiciones[^,;.]{0,90}?[Ll]ocales)?",
        "WG8J": rf"Grupo\s+de\s+Trabajo{_ES_TAIL}\s+sobre\s+el\s+[Aa]rtículo\s+8\s*j\)"
        r"(?:\s+y\s+[Dd]isposiciones\s+[Cc]onexas)?",
        "DSI": rf"Grupo\s+de\s+Trabajo{_ES_TAIL}\s+sobre\s+(?:la\s+)?[Ii]nformación\s+[Dd]igital\s+"
        r"sobre\s+[Ss]ecuencias(?:\s+de\s+[Rr]ecursos\s+[Gg]enéticos)?",
    },
    "ru": {
        "SBSTTA": r"[Вв]спомогательн\w+\s+орган\w*\s+по\s+научным,\s+техническим\s+и\s+"
        r"технологическим\s+консультациям",
        "SBI": r"[Вв]спомогательн\w+\s+орган\w*\s+по\s+осуществлению",
        "SB8J": r"[Вв]спомогательн\w+\s+орган\w*\s+по\s+статье\s+8\s*j\)"
        r"(?:\s+и\s+другим\s+положениям[^;.]{0,90}?общин)?",
        "WG8J": rf"{_RU_HEAD}[Рр]абоч\w+\s+групп\w+{_RU_TAIL}\s+по\s+статье\s+8\s*j\)"
        r"(?:\s+и\s+связанным\s+с\s+ней\s+положениям)?",
        "DSI": rf"{_RU_HEAD}[Рр]абоч\w+\s+групп\w+{_RU_TAIL}\s+по\s+цифровой\s+информации\s+о\s+"
        r"последовательност\w+(?:\s+генетических\s+ресурсов)?",
    },
    "ar": {
        "SBSTTA": r"(?:و|ب|ل)?(?:ال|لل)هيئة\s+الفرعية\s+للمشورة\s+العلمية\s+والتقنية\s+والتكنولوجية",
        "SBI": r"(?:و|ب|ل)?(?:ال|لل)هيئة\s+الفرعية\s+للتنفيذ",
        "SB8J": r"(?:و|ب|ل)?(?:ال|لل)هيئة\s+الفرعية\s+المعنية\s+بالمادة\s+8\s*\(\s*ي\s*\)"
        r"(?:\s+والأحكام\s+الأخرى[^،؛.]{0,90}?المحلية)?",
        "WG8J": rf"(?:ال|لل)فريق\s+العامل{_AR_TAIL}\s+المعني\s+بالمادة\s+8\s*\(\s*ي\s*\)"
        r"(?:\s+والأحكام\s+المتصلة\s+بها)?",
        "DSI": rf"(?:ال|لل)فريق\s+العامل{_AR_TAIL}\s+المعني\s+بمعلومات\s+التسلسل\s+الرقمي"
        r"(?:\s+بشأن\s+الموارد\s+الجينية)?",
    },
    "zh": {
        "SBSTTA": r"科学、?技术和工艺咨询附属机构|科咨机构",
        "SBI": r"附属履行机构|执行问题附属机构|履行问题附属机构|履行机构",
        "SB8J": r"第\s*8\s*\(\s*j\s*\)\s*条和其他[^，。；、]{0,30}?附属机构",
        "WG8J": r"第\s*8\s*\(\s*j\s*\)\s*条和相关条款(?:问题)?[^，。；、]{0,20}?工作组",
        "DSI": r"数字序列信息[^，。；、]{0,20}?工作组",
    },
}

# The bodies of a language, one named group per body: ``m.lastgroup`` is the body's short name.
# The letters a body's name can start with, to skip the rest of a text quickly.
_FIRST = {
    "en": "ASOITW",
    "fr": "OG",
    "es": "ÓG",
    "ru": "ВвРрСсМм",
    "ar": "والب",
    "zh": "科附执履第数",
}
BY_LANG: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        f"(?=[{_FIRST[lang]}])(?:"
        + "|".join(f"(?P<{code}>{rx})" for code, rx in names.items())
        + ")"
    )
    for lang, names in _NAMES.items()
}

# The words before a body's name that make the sentence speak of its recommendations, so that a
# recommendation named later in the sentence by its number alone is that body's: "the recommendations
# made by the Subsidiary Body on Implementation at its fourth meeting, in particular recommendation 4/3",
# "les recommandations de l'Organe subsidiaire", "las recomendaciones formuladas por el Órgano
# Subsidiario", "рекомендации Вспомогательного органа", "рекомендации, вынесенные Вспомогательным
# органом", "التوصيات الصادرة عن الهيئة الفرعية", "توصيات الهيئة الفرعية" (each matches the text right
# before the name).
RECOMMENDATIONS_BEFORE: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"[Rr]ecommendations?\s+(?:(?:made|adopted|issued|formulated)\s+by|of)\s+(?:the\s+|its\s+)?$"
    ),
    "fr": re.compile(
        r"[Rr]ecommandations?\s+(?:(?:formulées?|adoptées?|faites?|émises?)\s+par|de|du)\s*"
        r"(?:l['’]\s*|la\s+|le\s+)?$"
    ),
    "es": re.compile(
        r"[Rr]ecomendaci(?:ón|ones)\s+(?:(?:formuladas?|aprobadas?|adoptadas?|hechas?)\s+por|de|del)"
        r"\s+(?:el\s+|la\s+)?$"
    ),
    "ru": re.compile(
        r"[Рр]екомендаци\w*,?\s+(?:(?:вынесенн|принят|сформулированн|подготовленн)\w*\s+)?$"
    ),
    "ar": re.compile(r"(?:ال)?توصيات\s+(?:(?:الصادرة|المقدمة)\s+(?:عن|من)\s+|التي\s+\w+ها\s+)?$"),
}
# Chinese says it after the name: "附属履行机构第四次会议通过的建议，特别是第4/3号建议" (the text right
# after the name).
RECOMMENDATIONS_AFTER: dict[str, re.Pattern[str]] = {
    "zh": re.compile(r"[^。；，,]{0,24}?(?:通过|提出|作出)?的建议"),
}
