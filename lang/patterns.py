"""The catalogue of citation patterns: every regular expression the finder uses, named and commented.

Patterns are built from the vocabulary tables of ``extractors.vocab`` and run over the text made ASCII
by ``normalize.to_ascii`` (full-width ``（ｂ）`` and ``，`` are ``(b)`` and ``,`` there, one character for one,
so offsets are the text's). No other module of ``extractors`` compiles a pattern (a test greps for strays).

``BY_LANG[lang]`` holds, for each of the six languages, the patterns named in ``KINDS``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copmop.lang import instruments, vocab

# The kinds of mention, in the order of precedence when two overlap (a symbol over a decision number
# inside it, a decision over a paragraph list …); ``BY_LANG`` has a pattern for each but "document".
KINDS = (
    "document",
    "decision",
    "article",
    "paragraph",
    "subparagraph",
    "annex",
    "objective",
    "instrument",
    "present",
    "adverb",
    "possessive",
    "foreign",
)


def _alt(words: Iterable[str]) -> str:
    """Literal alternatives, longest first, with their full-width punctuation made ASCII."""
    ascii_words = {w.translate(vocab.ASCII) for w in words}
    return "|".join(re.escape(w) for w in sorted(ascii_words, key=len, reverse=True))


def _bounded(words: Iterable[str]) -> str:
    """Alternatives in which a word of an alphabetic script must stand alone ("a" not in "para"), and
    punctuation or a CJK word need not ("-", "、", "和")."""
    parts = []
    for w in sorted({w.translate(vocab.ASCII) for w in words}, key=len, reverse=True):
        alphabetic = any(ch.isalpha() for ch in w) and not any(
            "\u3400" <= ch <= "\u9fff" for ch in w
        )
        parts.append(rf"(?<![\w]){re.escape(w)}(?![\w])" if alphabetic else re.escape(w))
    return "|".join(parts)


# --- documents and decisions (every language) ----------------------------------------------------

# A UN document symbol: "UNEP/CBD/BS/COP-MOP/5/INF/21", "CBD/SBI/3/3", "CBD/CP/MOP/DEC/10/7",
# "CBD/SBSTTA/24/3/Add.1", "A/RES/70/1", "GEF/R.08/29/Rev.01". Segments are upper-case words (with hyphens), numbers, or
# Add./Rev./Corr. suffixes.
SYMBOL = re.compile(
    r"(?<![A-Za-z0-9/])(?:UNEP/CBD|CBD|UNEP|A/RES|FCCC|E/CN\.\d+|GEF)"
    r"(?:/(?:Add|Rev|Corr|Amend)\.\d+|/[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*|/\d+(?:\.\d+)?)+"
)
# A Roman numeral, well formed: "VIII", "XIII", "IV" (not "IIII").
ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
# A decision's own symbol: "CBD/CP/MOP/DEC/10/7", "CBD/COP/DEC/15/4", "CBD/NP/MOP/DEC/4/1".
DECISION_SYMBOL = re.compile(
    r"CBD/(?P<body>CP/MOP|NP/MOP|COP)/DEC/(?P<meeting>[0-9]+|[IVXLC]+)/(?P<number>[0-9]+)"
)
# A decision as a user types it: "CP-10/7", "BS-V/16", "cp-viii/15", "15/4", "COP-MOP-1/5".
DECISION_ID = re.compile(
    r"(?:(?P<prefix>BS|CP|COP|NP|COP-MOP)\s*-\s*)?(?P<meeting>[IVXLC]+|[0-9]+)\s*/\s*(?P<number>[0-9]+)",
    re.IGNORECASE,
)
# Symbols that name a meeting, compiled from ``vocab.SYMBOL_MEETINGS``: "UNEP/CBD/BS/COP-MOP/5/16" → CP 5.
SYMBOL_MEETINGS = tuple((re.compile(pattern), body) for pattern, body in vocab.SYMBOL_MEETINGS)

_DEC = r"(?:(?:BS|CP|NP|COP)\s?-\s?)?(?:[IVXLC]{1,6}|\d{1,2})\s?/\s?\d{1,3}(?![\d/])"
# A decision number in a list, with or without its body prefix: "BS-V/16", "CP-10/7", "VI/26", "15/4".
DECISION_IN_LIST = re.compile(
    r"(?P<prefix>BS|CP|NP|COP)?\s?-?\s?(?P<meeting>[IVXLC]{1,6}|\d{1,2})\s?/\s?(?P<number>\d{1,3})"
)
# A decision number that needs no word to say it is one: "BS-V/16", "CP-VIII/15", "NP-3/15" (not
# inside a symbol such as "UNEP/CBD/BS/COP-MOP/5/16").
DECISION_PREFIXED = re.compile(
    r"(?<![A-Za-z0-9/.-])(?:BS|CP|NP)\s?-\s?(?:[IVXLC]{1,6}|\d{1,2})\s?/\s?\d{1,3}(?![A-Za-z0-9/])"
)

# The runs of digits and of the rest, for natural sorting: "CP-10/7" → "CP-", "10", "/", "7".
NATURAL = re.compile(r"\d+|\D+")
# A symbol whose form copmop knows: the CBD family's ("UNEP/CBD/BS/COP-MOP/5/16", "CBD/SBI/3/3",
# "CBD/CP/MOP/10/2", "CBD/COP/DEC/15/4", "UNEP/CBD/COP/10/27/Add.1") and the General Assembly's.
KNOWN_SYMBOL = re.compile(
    r"(?:UNEP/CBD/(?:BS/COP-MOP|COP|SBSTTA|WG8J|WGRI|BS/CC|BS/LG|BS/GF-L&R|BS/WG-L&R|ICNP|ABS/EM|"
    r"BS/AHTEG-RA&RM|BS/REGCONF-RA|BS/CM-CB|NP/COP-MOP|WG-ABS)|CBD/(?:CP/MOP|NP/MOP|COP|SBI|SBSTTA|"
    r"WG8J|CP/CC|CP/LG|CP/RA/AHTEG|NP/CC|POST2020/WS|WG2020|SBSTTA-SBI|CP/BCH/IAC|DSI/AHTEG)|A/RES)"
    r"(?:/(?:[0-9]+|[IVX]+|DEC|INF|REC|CRP|L|WP))+(?:/(?:ADD|REV|CORR|AMEND)\.\d+)*",
    re.IGNORECASE,
)

# --- list items ----------------------------------------------------------------------------------

_LETTER = r"(?:\(\s*(?:[a-z]{1,3}|[أبجدهوزحطيكل]ـ?)\s*\)|(?<![\w])[a-z]\))"
# The items of a list of numbers, letters, ranges: "4, 6, 10-17, 23, 27-28, 29 (b) and (e)",
# "6、第 13、第 15 和第 17", "18.2(b) 和第 2(c)", "3 à 5", "I and II", "一和二".
LIST_ITEM = re.compile(
    rf"(?P<num>\d{{1,3}}(?:\.\d{{1,2}})?)|(?P<letter>{_LETTER})"
    rf"|(?P<range>{_bounded(w for ws in vocab.RANGE_WORDS.values() for w in ws)})"
    r"|(?P<roman>(?<![\w])[IVXLC]{1,6}(?![\w]))|(?P<cjk>[一二三四五六七八九十]{1,3})"
    rf"|(?P<ordinal>{_alt(vocab.ORDINALS['ar'])})"
)
# A letter of a subparagraph inside its brackets: "(b)", "b)", "(ب)".
LETTER = re.compile(r"[(]?\s*(?P<letter>[a-z]{1,3}|[أبجدهوزحطيكل]ـ?)\s*[)]")
# The parts of a subparagraph reference after an Article number: "(b)", "(5)", "b)", "(ب)".
SUBPARTS = re.compile(r"\(\s*\w{1,3}\s*\)|\w\)")
# An objective's number in a list: "2.1" in "2.1、2.2 和 2.8".
OBJECTIVE_NUMBER = re.compile(r"\d\.\d{1,2}")
# What separates the Articles of a list: "15 and 16", "18.2(b) 和第 2(c)", "15 et 16", "15 و16".
ARTICLE_SEPARATOR = re.compile(
    rf"(?:{_bounded(w for ws in vocab.AND_WORDS.values() for w in ws if w != 'و')}|(?:^|\s)و)"
)
# One Article of a list, with its paragraph and subparagraphs: "18.2(b)", "第 16(5)", "8 j)", "二十二",
# "premier" (French "l'article premier" is Article 1).
ARTICLE_ITEM = re.compile(
    r"^第?\s*(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,4}|premier|primero)(?:\.(?P<p>\d{1,2}))?(?P<subs>.*)$"
)


# --- Chinese --------------------------------------------------------------------------------------

_ZH_AND = _alt(vocab.AND_WORDS["zh"])
_ZH_TO = _alt(vocab.RANGE_WORDS["zh"])
_ZH_NUM = r"(?:\d{1,3}|[一二三四五六七八九十百]{1,4})"
_ZH_ITEM = rf"{_ZH_NUM}(?:\.\d{{1,2}})?(?:\s*\(\s*(?:\d{{1,2}}|[a-z]{{1,3}})\s*\))*"

_ZH = {
    # "第 BS-V/16 号决定", "第 BS-V/16 和 CP-VIII/15 号决定", "第BS-1/5 号决定", "第 VI/26 号决定".
    "decision": rf"第?\s*(?P<ids>{_DEC}(?:\s*号?\s*(?:{_ZH_AND})\s*(?:第\s*)?{_DEC})*)\s*号\s*决定",
    # "第 2 段", "第 6、第 13、第 15 和第 17 段", "第 3 至 5 段", "第 29(b) 和 (e) 段".
    "paragraph": rf"第\s*(?P<list>{_ZH_ITEM}(?:\s*(?:{_ZH_AND}|{_ZH_TO})\s*(?:第\s*)?(?:{_ZH_ITEM}|{_LETTER}))*)\s*段",
    # "第 35 条", "第 15 和第 16 条", "第 18.2(b) 和第 2(c) 条", "第 16(5) 条", "第18条第2款(b)项", "第二十二条".
    "article": rf"第\s*(?P<list>{_ZH_ITEM}(?:\s*(?:{_ZH_AND}|{_ZH_TO})\s*(?:第\s*)?{_ZH_ITEM})*)\s*条"
    rf"(?:\s*第\s*(?P<para>\d{{1,2}})\s*款)?(?:\s*\(\s*(?P<sub>[a-z])\s*\)\s*项)?",
    # "附件一", "附件一和二", "附件一和附件二", "附件" (bare: only after a decision or document).
    "annex": rf"附件\s*(?P<list>[一二三四五六七八九十]{{1,3}}(?:\s*(?:{_ZH_AND}|{_ZH_TO})\s*(?:附件\s*)?"
    rf"[一二三四五六七八九十]{{1,3}})*)?",
    # "业务目标 1.4", "业务目标 2.1、2.2 和 2.8", "业务目标 2.6 及业务目标 3.3".
    "objective": rf"业务目标\s*(?P<list>\d\.\d{{1,2}}(?:\s*(?:{_ZH_AND}|{_ZH_TO})\s*(?:业务目标\s*)?"
    rf"\d\.\d{{1,2}})*)",
    # Chinese puts letters inside the paragraph: "第 29(b) 和 (e) 段"; nothing stands before it.
    "subparagraph": r"(?!x)x",
    # "《补充议定书》及其第 12 条": 其, "its".
    "possessive": r"其",
    # "《公约》", "《关于赔偿责任和补救的名古屋-吉隆坡补充议定书》", "昆明-蒙特利尔全球生物多样性框架";
    # an unknown 《title》 (a national law, a plan) is captured too, to keep its articles out.
    "instrument": rf"《(?P<name>[^《》\n]{{1,60}})》|(?P<bare>{_alt(instruments.UNBRACKETED_ZH)})",
    # "本决定", "本文件": the document itself.
    "present": rf"(?:{_alt(vocab.PRESENT_REFS['zh'])})",
    # "上文", "下文" before a pinpoint.
    "adverb": rf"(?:{_alt(vocab.INTERNAL_ADVERBS['zh'])})",
    # "《国家生物安全法》" is caught as an unknown title; nothing more is needed in Chinese.
    "foreign": r"(?!x)x",
}


# --- the five languages written with words --------------------------------------------------------


def _words_lang(lang: str) -> dict[str, str]:
    """The patterns of a language that writes "word number": en, fr, es, ru, ar."""
    conn = rf"\s*(?:(?:{_alt(vocab.AND_WORDS[lang])})\s*)+"
    to = rf"\s*(?:{_alt(vocab.RANGE_WORDS[lang])})\s*"
    lead = r"(?<![\w])(?:و|ف)?(?:ب|ل)?" if lang == "ar" else r"(?<![\w])"

    def words(table: dict[str, tuple[str, ...]]) -> str:
        forms = set(table[lang])
        if lang == "ar":  # ل + المادة is written للمادة
            forms |= {"ل" + w[1:] for w in table[lang] if w.startswith("ال")}
        return _alt(forms)

    pitem = rf"(?:\d{{1,3}}(?:\s*{_LETTER})*|{_LETTER})"
    aitem = (
        rf"(?:\d{{1,3}}|premier|primero)(?:\.\d{{1,2}})?(?:\s*{_LETTER}|\s*\(\s*\d{{1,2}}\s*\))*"
    )
    roman = (
        rf"(?:[IVXLC]{{1,6}}(?![\w])|{_alt(vocab.ORDINALS['ar'])})"
        if lang == "ar"
        else (r"[IVXLC]{1,6}(?![\w])")
    )
    names = [n for code, ns in instruments.INSTRUMENTS.items() for n in ns if not _is_cjk(n)]
    if lang == "ar":
        names += [n for ns in instruments.ARABIC_PREFIXED.values() for n in ns]
    return {
        # "decision BS-V/16", "decisions BS-V/16 and CP-VIII/15", "décision XIII/25", "решения 14/30",
        # "المقررين BS-V/16 وCP-VIII/15".
        "decision": rf"{lead}(?:{words(vocab.DECISION_WORDS)})\s+(?P<ids>{_DEC}"
        rf"(?:{conn}(?:(?:{words(vocab.DECISION_WORDS)})\s+)?{_DEC})*)",
        # "paragraph 3", "paragraphs 3 to 5", "paragraphs 4, 6, 10-17, 23, 27-28, 29 (b) and (e)",
        # "paragraphes 6, 13, 15 et 17", "пункты 3–5", "الفقرات 6 و13 و15 و17".
        "paragraph": rf"{lead}(?:{words(vocab.PARAGRAPH_WORDS)})\s*(?P<list>{pitem}"
        rf"(?:(?:{conn}|{to}){pitem})*)",
        # "Article 35", "Articles 15 and 16", "Article 18, paragraph 2 (b)", "Article 18.2(c)",
        # "article 8 j)", "статьи 19", "المادتين 15 و16".
        "article": rf"{lead}(?:{words(vocab.ARTICLE_WORDS)})\s*(?P<list>{aitem}(?:(?:{conn}|{to}){aitem})*)"
        rf"(?:\s*[,،]\s*(?:{words(vocab.PARAGRAPH_WORDS)})\s*(?P<para>\d{{1,2}})"
        rf"(?:\s*(?P<sub>{_LETTER}))?)?",
        # "annex I", "annexes I and II", "Annex III", "annexe", "приложение I", "المرفق الأول".
        "annex": rf"{lead}(?:{words(vocab.ANNEX_WORDS)})(?![\w])(?:\s+(?P<list>{roman}"
        rf"(?:(?:{conn}|{to}){roman})*))?",
        # "operational objective 1.4", "objectifs opérationnels 2.1, 2.2 et 2.8", "الهدف التشغيلي 1.4".
        "objective": rf"{lead}(?:{words(vocab.OBJECTIVE_WORDS)})\s*(?P<list>\d\.\d{{1,2}}"
        rf"(?:(?:{conn}|{to})(?:(?:{words(vocab.OBJECTIVE_WORDS)})\s*)?\d\.\d{{1,2}})*)",
        # "subparagraphs (a) and (b)", "alinéa a)", "apartados a) y b)", "подпунктах a) и b)".
        "subparagraph": rf"{lead}(?:{words(vocab.SUBPARAGRAPH_WORDS)})\s*(?P<list>{_LETTER}"
        rf"(?:(?:{conn}|{to}){_LETTER})*)",
        # "its", "ses", "su", "его" before an Article or paragraphs; "منه" after an Arabic Article.
        "possessive": rf"(?<![\w])(?:{_alt(vocab.POSSESSIVES[lang])})(?![\w])",
        # "the Convention", "the Supplementary Protocol", "Protocole de Nagoya", "Конвенции".
        "instrument": rf"(?<![\w])(?P<name>{_alt(names)})(?![\w])",
        # "the present decision", "la présente décision", "настоящего решения", "هذا المقرر".
        "present": rf"(?<![\w])(?:{_alt(vocab.PRESENT_REFS[lang])})(?![\w])",
        # "above", "ci-dessus", "supra", "выше", "أعلاه" after a pinpoint.
        "adverb": rf"(?<![\w])(?:{_alt(vocab.INTERNAL_ADVERBS[lang])})(?![\w])",
        # "Act", "loi", "ley", "закона", "القانون": the Article is a national law's.
        "foreign": rf"(?<![\w])(?:{_alt(vocab.FOREIGN_WORDS[lang])})(?![\w])",
    }


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


BY_LANG: dict[str, dict[str, re.Pattern[str]]] = {
    lang: {kind: re.compile(pattern) for kind, pattern in table.items()}
    for lang, table in {
        "zh": _ZH,
        **{lang: _words_lang(lang) for lang in ("en", "fr", "es", "ru", "ar")},
    }.items()
}

# A generic name ("the Convention", "la Convention", "el Protocolo") qualified as another instrument:
# "Convention d'Aarhus", "Convention on International Trade", "Aarhus Convention", "Rotterdam Convention".
OTHER_AFTER = re.compile(
    r"\s*(?:d['’]\s*[A-Z]|de\s+[A-Z]|of\s+[A-Z]|on\s+[A-Z]|sur\s+(?!la\s+diversit)|"
    r"sobre\s+(?!la\s+Diversidad)|for\s+the\s+[A-Z]|-cadre|\s*Marco|internationale?\b|"
    r"[Ii]nternacional\b|relative\b|concerning\b)"
)
OTHER_BEFORE = re.compile(r"(?:^|[^.;:\w])(?!The\b|La\b|Le\b|El\b|Les\b|Los\b)[A-Z][a-z]{2,}\s+$")

# The framework before its adoption at COP 15 ("post-2020 global biodiversity framework",
# "2020年后全球生物多样性框架", "cadre mondial de la biodiversité pour l'après-2020") is a draft under
# negotiation, not the Kunming-Montreal Global Biodiversity Framework.
DRAFT_FRAMEWORK_BEFORE = re.compile(r"(?:[Pp]ost-?\s*2020|2020\s*年后|после\s+2020\s+года)\s*$")
DRAFT_FRAMEWORK_AFTER = re.compile(
    r"\s*(?:pour\s+l['’]\s*apr[eè]s-?2020|posterior\s+a\s+2020|для\s+периода\s+после\s+2020|"
    r"на\s+период\s+после\s+2020|لما\s+بعد\s+(?:عام\s+)?2020)"
)

# --- the gaps between two mentions ----------------------------------------------------------------

# Between a whole and its pinpoint after it: "第 BS-V/16 号决定，附件一" (","), "decision BS-IV/15,
# paragraph 2", "号决定第 2 段" (nothing), "décision VII/16 F, annexe" (a part's letter), "décision
# VII/16 F de la Conférence des Parties, annexe" (the body that took it).
_BY_THE_COP = (
    r"(?:of\s+the\s+Conference\s+of\s+the\s+Parties|de\s+la\s+Conf[eé]rence\s+des\s+Parties"
    r"|de\s+la\s+Conferencia\s+de\s+las\s+Partes|Конференции\s+Сторон)"
)
GAP_AFTER = re.compile(rf"^\s*(?:[A-H](?![\w]))?\s*(?:{_BY_THE_COP}\s*)?[,،]?\s*$")
# Between a pinpoint and its whole after it: "paragraph 3 of decision", "annex I to decision",
# "paragraphe 3 de la décision", "пункт 3 решения" (nothing), "الفقرة 3 من المقرر".
GAP_OF = {
    lang: re.compile(
        rf"^\s*[,،]?\s*(?:(?:{_alt(vocab.OF_WORDS[lang])})\s*)?(?:(?:the|la|le|el|les|los)\s+)?"
        rf"(?:(?:{_alt(vocab.DOCUMENT_WORDS[lang])})\s+)?$"
        if lang not in ("zh", "ar")
        else rf"^\s*[,،]?\s*(?:{_alt(vocab.OF_WORDS[lang])})?\s*(?:(?:{_alt(vocab.DOCUMENT_WORDS[lang])})\s*)?$"
    )
    for lang in vocab.OF_WORDS
}
# Between two items of one list: "Article 15 and Annex III", "第 15 条和附件三", "párrafo 7 y el párrafo 14".
GAP_LIST = re.compile(
    rf"^\s*(?:{_bounded(w for ws in vocab.AND_WORDS.values() for w in ws)})\s*"
    r"(?:(?:the|le|la|el|los|les)\s+)?$"
)
# A capital "Annex" in English running text is a treaty's ("Article 15 and Annex III"); a document's
# annex is written "annex I".
TREATY_ANNEX_EN = re.compile(r"Annex(?:es)?\s")
# Between an instrument and its Article in Chinese: "《议定书》第 1 条", "《议定书》关于能力建设的第 22 条".
GAP_INSTRUMENT_ZH = re.compile(r"^\s*(?:关于[^,。;《》]{0,30}的)?\s*$")
# Between two Articles of one list in Chinese: "第26条和第20条".
GAP_LIST_ZH = re.compile(rf"^\s*(?:{_ZH_AND})\s*$")
# Between a pinpoint and a foreign law's name: "article 5 of the national Biosafety Act".
GAP_FOREIGN = re.compile(r"^[^.;:!?。；]{0,60}$")
