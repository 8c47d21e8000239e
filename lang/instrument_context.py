"""What stands around an instrument's name and says it is not the instrument the finder knows by that
name: another convention ("Convention d'Aarhus"), the framework before its adoption (a draft), the
framework's fund. A catalogue: each pattern named and shown with what it matches.
"""

from __future__ import annotations

import re

__all__ = [
    "DRAFT_FRAMEWORK_AFTER",
    "DRAFT_FRAMEWORK_BEFORE",
    "FRAMEWORK_FUND_AFTER",
    "FRAMEWORK_FUND_BEFORE",
    "OTHER_AFTER",
    "OTHER_BEFORE",
]

# A generic name ("the Convention", "la Convention", "el Protocolo") qualified as another instrument:
# "Convention d'Aarhus", "Convention on International Trade", "Aarhus Convention", "Rotterdam Convention".
# Arabic qualifies with an adjective: "الاتفاقية الدولية لوقاية النباتات" (the International Plant
# Protection Convention), "الاتفاقية الإطارية", "الاتفاقية الأوروبية".
OTHER_AFTER = re.compile(
    r"\s*(?:d['’]\s*[A-Z]|de\s+[A-Z]|of\s+[A-Z]|on\s+[A-Z]|sur\s+(?!la\s+diversit)|"
    r"sobre\s+(?!la\s+Diversidad)|for\s+the\s+[A-Z]|-cadre|\s*Marco|internationale?\b|"
    r"[Ii]nternacional\b|relative\b|concerning\b|"
    r"(?:الدولية|الإطارية|الإقليمية|الأوروبية|الأفريقية|الأمريكية)(?![\w]))"
)
OTHER_BEFORE = re.compile(r"(?:^|[^.;:\w])(?!The\b|La\b|Le\b|El\b|Les\b|Los\b)[A-Z][a-z]{2,}\s+$")

# The framework before its adoption at COP 15 ("post-2020 global biodiversity framework",
# "2020年后全球生物多样性框架", "cadre mondial de la biodiversité pour l'après-2020") is a draft under
# negotiation, not the Kunming-Montreal Global Biodiversity Framework.
DRAFT_FRAMEWORK_BEFORE = re.compile(r"(?:[Pp]ost-?\s*2020|2020\s*年后|после\s+2020\s+года)\s*$")
# The fund of the framework is no instrument: "Global Biodiversity Framework Fund", "Fonds du Cadre
# mondial de la biodiversité", "Fondo del Marco Mundial", "Фонда Глобальной рамочной программы", "صندوق
# الإطار العالمي", "الصندوق الخاص بالإطار العالمي" (the fund "for" it), "全球生物多样性框架基金".
FRAMEWORK_FUND_AFTER = re.compile(r"\s*(?:Fund\b|基金)")
FRAMEWORK_FUND_BEFORE = re.compile(r"(?:Fonds\s+du|Fondo\s+del|[Фф]онд\w*|صندوق(?:\s+الخاص)?)\s*$")
DRAFT_FRAMEWORK_AFTER = re.compile(
    r"\s*(?:pour\s+l['’]\s*apr[eè]s-?2020|posterior\s+a\s+2020|для\s+периода\s+после\s+2020|"
    r"на\s+период\s+после\s+2020|لما\s+بعد\s+(?:عام\s+)?2020)"
)
