"""The catalogue of citation patterns: every regular expression the finder uses, named and commented.

Patterns are built from the vocabulary tables of ``extractors.vocab`` and run over the text made ASCII
by ``normalize.to_ascii`` (full-width ``（ｂ）`` and ``，`` are ``(b)`` and ``,`` there, one character for one,
so offsets are the text's). No other module of ``extractors`` compiles a pattern (a test greps for strays).

``BY_LANG[lang]`` holds, for each of the six languages, the patterns named in ``KINDS``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copmop.lang import anaphora, bodies, dates, instruments, laws, vocab
from copmop.lang.symbols import SYMBOL
from copmop.lang.wordlist import script

__all__ = ["BY_LANG", "KINDS", "SYMBOL"]

# The kinds of mention, in the order of precedence when two overlap (a symbol over a decision number
# inside it, a decision over a paragraph list …); ``BY_LANG`` has a pattern for each but "document".
KINDS = (
    "document",
    "recommendation",
    "body",
    "decision",
    "anaphor",
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


# --- decisions and recommendations (every language) --------------------------------------------

# A Roman numeral, well formed: "VIII", "XIII", "IV" (not "IIII").
ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_PREFIX = r"BS|CP|NP|COP|EM|ExCOP|EXCOP"
# A decision as a user types it: "CP-10/7", "BS-V/16", "cp-viii/15", "15/4", "COP-MOP-1/5", "EM-I/3".
DECISION_ID = re.compile(
    rf"(?:(?P<prefix>COP-MOP|{_PREFIX})\s*-\s*)?(?P<meeting>[IVXLC]+|[0-9]+)\s*/\s*(?P<number>[0-9]+)",
    re.IGNORECASE,
)

_DEC = rf"(?:(?:{_PREFIX})\s?-\s?)?(?:[IVXLC]{{1,6}}|\d{{1,2}})\s?/\s?\d{{1,3}}(?![\d/])"
# A decision number in a list, with or without its body prefix: "BS-V/16", "CP-10/7", "VI/26", "15/4",
# "EM-I/3", "ExCOP-1/1".
DECISION_IN_LIST = re.compile(
    rf"(?P<prefix>ExCOP|EXCOP|{_PREFIX})?\s?-?\s?(?P<meeting>[IVXLC]{{1,6}}|\d{{1,2}})\s?/\s?(?P<number>\d{{1,3}})"
)
# A decision number that needs no word to say it is one: "BS-V/16", "CP-VIII/15", "NP-3/15", "EM-I/3"
# (not inside a symbol such as "UNEP/CBD/BS/COP-MOP/5/16").
DECISION_PREFIXED = re.compile(
    r"(?<![A-Za-z0-9/.-])(?:BS|CP|NP|EM|ExCOP|EXCOP)\s?-\s?(?:[IVXLC]{1,6}|\d{1,2})\s?/\s?\d{1,3}"
    r"(?![A-Za-z0-9/])"
)
_BODY_CODES = "|".join(bodies.BODIES)
_REC = rf"(?:(?:{_BODY_CODES})\s?-\s?)?(?:[IVXLC]{{1,6}}|\d{{1,2}})\s?/\s?\d{{1,3}}(?![\d/])"
# A recommendation number in a list: "24/1", "SBSTTA-24/1", "XX/2", "SBI-3/15".
RECOMMENDATION_IN_LIST = re.compile(
    rf"(?:(?P<prefix>{_BODY_CODES})\s?-\s?)?(?P<meeting>[IVXLC]{{1,6}}|\d{{1,2}})\s?/\s?(?P<number>\d{{1,3}})"
)
# A recommendation number that needs no word to say it is one: "SBSTTA-24/1", "SBI-3/15" (not inside
# a symbol such as "CBD/SBSTTA/24/3").
RECOMMENDATION_PREFIXED = re.compile(
    rf"(?<![A-Za-z0-9/.-])(?P<prefix>{_BODY_CODES})\s?-\s?(?P<meeting>[IVXLC]{{1,6}}|\d{{1,2}})\s?/\s?"
    r"(?P<number>\d{1,3})(?![A-Za-z0-9/])"
)
# The body that took a decision, after its number: "of the Conference of the Parties", "de la Conférence
# des Parties", "de la Conferencia de las Partes", "Конференции Сторон", "الصادر عن مؤتمر الأطراف".
_BY_THE_COP = (
    r"(?:of\s+the\s+Conference\s+of\s+the\s+Parties|de\s+la\s+Conf[eé]rence\s+des\s+Parties"
    r"|de\s+la\s+Conferencia\s+de\s+las\s+Partes|Конференции\s+Сторон|الصادر\s+عن\s+مؤتمر\s+الأطراف)"
)
_MONTHS = _alt(name for names in dates.MONTHS.values() for name in names)
# A date after a decision in a list: "of 19 December 2022", "du 5 octobre 2012", ", de 29 de octubre de
# 2010", "от 16 мая 2008 года", "، المؤرخ 16 أيار/مايو 2008", "(2008)", "of the Conference of the Parties".
_DATED = {
    lang: rf"(?:\s*[,،]?\s*(?:(?:{_alt(words)})\s+\d{{1,2}}(?:er)?\s+(?:de\s+)?"
    rf"(?i:{_MONTHS})(?:\s*/\s*(?i:{_MONTHS}))?\s+(?:de\s+)?\d{{4}}(?:\s+года|\s+г\.)?"
    rf"|\s*\((?:19|20)\d\d\)|\s+{_BY_THE_COP}))"
    if words
    else ""
    for lang, words in vocab.DATED.items()
}

# The runs of digits and of the rest, for natural sorting: "CP-10/7" → "CP-", "10", "/", "7".
NATURAL = re.compile(r"\d+|\D+")

# --- list items ----------------------------------------------------------------------------------

# A subparagraph's letter, Latin, Cyrillic ("а)", "2с)": ``vocab.CYRILLIC_LETTERS``) or Arabic ("(ب)"), and an
# Arabic item numbered under a letter ("'1'" of "الفقرة 4 (ب) '1'").
_LETTER = (
    r"(?:\(\s*(?:[a-z]{1,3}|[а-я]|[أبجدهوزحطيكل]ـ?)\s*\)|(?<![^\W\d])(?:[a-zа-я]|ii|iii|iv|vi|vii|viii|ix)\)"
    r"|'[1-9]')"
)
# The items of a list of numbers, letters, ranges: "4, 6, 10-17, 23, 27-28, 29 (b) and (e)",
# "6、第 13、第 15 和第 17", "18.2(b) 和第 2(c)", "3 à 5", "I and II", "一和二".
LIST_ITEM = re.compile(
    rf"(?P<num>\d{{1,3}}(?:\.\d{{1,2}})?)|(?P<letter>{_LETTER})"
    rf"|(?P<range>{_bounded(w for ws in vocab.RANGE_WORDS.values() for w in ws)})"
    r"|(?P<roman>(?<![\w])[IVXLC]{1,6}(?![\w]))|(?P<cjk>[一二三四五六七八九十]{1,3})"
    rf"|(?P<ordinal>{_alt(vocab.ORDINALS['ar'])})"
)
# A Roman item under a lettered one, "(ii)" of "paragraph 12 (c) (ii)": i to xx, without a letter
# of its own before it.
ROMAN_ITEM = re.compile(r"x{0,2}(?:ix|iv|v?i{0,3})")
# A letter of a subparagraph inside its brackets: "(b)", "b)", "(ب)", "с)".
LETTER = re.compile(
    r"[(]?\s*(?P<letter>[a-z]{1,3}|[а-я]|[أبجدهوزحطيكل]ـ?)\s*[)]|'(?P<quoted>[1-9])'"
)
# The parts of a subparagraph reference after an Article number: "(b)", "(5)", "b)", "(ب)".
SUBPARTS = re.compile(r"\(\s*\w{1,3}\s*\)|\w\)")
# A range between two numbers, for telling a range from a list: "3 to 5", "4–7", "7 至 9", "من 3 إلى 5",
# "2.1 to 2.3" (not "BS-VII/12" nor "CP-9/13": a letter stands before the dash).
NUMBER_RANGE = re.compile(
    rf"(?<![/\w.-])\d{{1,3}}(?:\.\d{{1,2}})?\s*(?:{_bounded(w for ws in vocab.RANGE_WORDS.values() for w in ws)})"
    r"\s*(?:第\s*)?\d"
)
# A numeral, Arabic or Chinese: "3" and "4" in "第3和第4款", "二" in "第二款".
NUMERAL = re.compile(r"\d{1,3}|[一二三四五六七八九十百]{1,4}")
# A paragraph's own number, whose items its "subparagraph (a) above" names: "6", "2.1".
PARAGRAPH_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
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
# A range of Articles: "15 to 18", "15 à 18", "15–18", "من 15 إلى 18", "15 至 18", "7条至第10".
ARTICLE_RANGE = re.compile(
    rf"^(?:من\s+)?第?\s*(?P<first>\d{{1,3}})\s*条?\s*(?:{_bounded(w for ws in vocab.RANGE_WORDS.values() for w in ws)})"
    r"\s*第?\s*(?P<last>\d{1,3})\s*$"
)


# --- Chinese --------------------------------------------------------------------------------------

_ZH_AND = _alt(vocab.AND_WORDS["zh"])
_ZH_TO = _alt(vocab.RANGE_WORDS["zh"])
_ZH_NUM = r"(?:\d{1,3}|[一二三四五六七八九十百]{1,4})"
_ZH_ITEM = rf"{_ZH_NUM}(?:\.\d{{1,2}})?(?:\s*\(\s*(?:\d{{1,2}}|[a-z]{{1,3}})\s*\))*"

_ZH = {
    # "第 BS-V/16 号决定", "第 BS-V/16 和 CP-VIII/15 号决定", "第BS-1/5 号决定", "第 VI/26 号决定".
    "decision": rf"第?\s*(?P<ids>{_DEC}(?:\s*号?\s*(?:{_ZH_AND})\s*(?:第\s*)?{_DEC})*)\s*号\s*决定",
    # "第 2 段", "第 6、第 13、第 15 和第 17 段", "第 3 至 5 段", "第 29(b) 和 (e) 段", "第3段(b)分段".
    "paragraph": rf"第\s*(?P<list>{_ZH_ITEM}(?:\s*(?:{_ZH_AND}|{_ZH_TO})\s*(?:第\s*)?(?:{_ZH_ITEM}|{_LETTER}))*)\s*段"
    r"(?:\s*(?P<sub>\(\s*[a-z]{1,3}\s*\))\s*(?:分段|项))?",
    # "第 35 条", "第 15 和第 16 条", "第 18.2(b) 和第 2(c) 条", "第 16(5) 条", "第18条第2款(b)项", "第二十二条".
    # "第19条第3和第4款", "第十八条第二款(a)项": the paragraphs of one Article.
    # "第７条至第１０条": a range written with both its ends' 条.
    "article": rf"第\s*(?P<list>{_ZH_ITEM}(?:(?:\s*条(?=\s*(?:{_ZH_TO})))?\s*(?:{_ZH_AND}|{_ZH_TO})\s*(?:第\s*)?{_ZH_ITEM})*)\s*条"
    rf"(?:\s*第\s*(?P<para>{_ZH_NUM}(?:\s*(?:{_ZH_AND}|{_ZH_TO})\s*(?:第\s*)?{_ZH_NUM})*)\s*款)?"
    rf"(?:\s*(?P<sub>\(\s*[a-z]\s*\)\s*项?(?:\s*(?:{_ZH_AND})\s*\(\s*[a-z]\s*\)\s*项?)*))?",
    # "附属履行机构第3/15号建议", "第 24/1 和 24/2 号建议" (the body before it).
    "recommendation": rf"第?\s*(?P<ids>{_REC}(?:\s*号?\s*(?:{_ZH_AND})\s*(?:第\s*)?{_REC})*)\s*号\s*建议",
    # "同一决定第30段", "该条第3款", "该议定书": what was named before ("该条第3款(b)项" with its pinpoint).
    "anaphor": "|".join(
        rf"(?P<{ref}>{_alt(ws)})"
        + (
            r"(?:\s*第\s*(?P<para>\d{1,2})\s*款(?:\s*\(\s*(?P<sub>[a-z])\s*\)\s*项)?)?"
            if ref == "article"
            else ""
        )
        for ref, ws in anaphora.ANAPHORA["zh"].items()
    ),
    # "附件一", "附件一和二", "附件一和附件二", "附件" (bare: only after a decision or document).
    "annex": rf"附件\s*(?P<list>[一二三四五六七八九十]{{1,3}}(?:\s*(?:{_ZH_AND}|{_ZH_TO})\s*(?:附件\s*)?"
    rf"[一二三四五六七八九十]{{1,3}})*)?",
    # "业务目标 1.4", "业务目标 2.1、2.2 和 2.8", "业务目标 2.6 及业务目标 3.3".
    "objective": rf"业务目标\s*(?P<list>\d\.\d{{1,2}}(?:\s*(?:{_ZH_AND}|{_ZH_TO})\s*(?:业务目标\s*)?"
    rf"\d\.\d{{1,2}})*)",
    # Chinese puts letters inside the paragraph ("第 29(b) 和 (e) 段"); alone, only with its word: "上文
    # (a)分段", "(a)和(b)项" (an Article's and a paragraph's letters are theirs: those patterns win).
    "subparagraph": rf"(?P<list>\(\s*[a-z]{{1,2}}\s*\)(?:\s*(?:{_ZH_AND})\s*\(\s*[a-z]{{1,2}}\s*\))*)"
    r"\s*(?:分段|项)",
    # "《补充议定书》及其第 12 条": 其, "its".
    "possessive": r"其",
    # "《公约》", "《关于赔偿责任和补救的名古屋-吉隆坡补充议定书》", "昆明-蒙特利尔全球生物多样性框架";
    # an unknown 《title》 (a national law, a plan) is captured too, to keep its articles out.
    "instrument": rf"《(?P<name>[^《》\n]{{1,60}})》|(?P<bare>{_alt(instruments.UNBRACKETED_ZH)})",
    # "本决定", "本文件": the document itself.
    "present": rf"(?:{_alt(vocab.PRESENT_REFS['zh'])})",
    # "上文", "下文" before a pinpoint.
    "adverb": rf"(?:{_alt(vocab.INTERNAL_ADVERBS['zh'])})",
    # A law's name right before its Article: "其国家生物安全法第5条", "其国家生物安全法律第7条" (the
    # name begins after 其, the possessive); "《国家生物安全法》" is caught as an unknown title.
    "foreign": r"(?:(?!其)[\u4e00-\u9fff]){0,12}(?:法|条例|法规|法律)(?=\s*第\s*(?:\d|[一二三四五六七八九十]))",
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
        rf"(?:\s+(?:{_alt(vocab.ARTICLE_SUFFIXES[lang])})(?![\w]))?"  # "6 bis", "6 مكررا"
    )
    roman = (
        rf"(?:[IVXLC]{{1,6}}(?![\w])|{_alt(vocab.ORDINALS['ar'])})"
        if lang == "ar"
        else (r"[IVXLC]{1,6}(?![\w])")
    )
    dated = rf"{_DATED[lang]}?" if _DATED[lang] else ""
    cop = r"(?:مؤتمر\s+الأطراف\s+)?" if lang == "ar" else ""  # "مقرري مؤتمر الأطراف 14/30 و15/4"
    since = r"(?:من\s+)?" if lang == "ar" else ""  # "الفقرات من 9 إلى 11"
    recword = words(vocab.RECOMMENDATION_WORDS)
    if lang == "ar":  # "توصيتها": "its recommendation", one word
        recword, own = (
            _alt({*vocab.RECOMMENDATION_WORDS["ar"], *vocab.RECOMMENDATION_OWN["ar"]}),
            "",
        )
    else:
        own = rf"(?:(?P<own>{_alt(vocab.RECOMMENDATION_OWN[lang])})\s+)?"
    names = [
        n
        for ns in instruments.INSTRUMENTS.values()
        for n in ns
        if script(n) == script(vocab.DECISION_WORDS[lang][0])  # the language's own script
    ]
    names += [
        n for n in instruments.OTHER_NAMES if script(n) == script(vocab.DECISION_WORDS[lang][0])
    ]
    generic = instruments.GENERIC_NAMES | instruments.OTHER_NAMES  # their capitals say which
    if lang == "ar":
        names += [n for ns in instruments.ARABIC_PREFIXED.values() for n in ns]
    return {
        # "decision BS-V/16", "decisions BS-V/16 and CP-VIII/15", "décision XIII/25", "решения 14/30",
        # "المقررين BS-V/16 وCP-VIII/15".
        # A list runs through dates: "decisions 15/4, 15/8 of 19 December 2022, 15/10 and 15/22".
        "decision": rf"{lead}(?:{words(vocab.DECISION_WORDS)})\s+{cop}(?P<ids>{_DEC}"
        rf"(?:{dated}{conn}(?:(?:{words(vocab.DECISION_WORDS)})\s+)?{_DEC})*)",
        # "recommendation 3/15", "recommendations 3/1, 3/3 and 3/5", "SBSTTA recommendation 24/1", "its
        # recommendation 2/9", "recommandation XX/2", "рекомендации 3/1", "في توصيتها 3/15".
        "recommendation": rf"{lead}{own}(?:(?P<acro>{_BODY_CODES})\s+)?(?P<word>{recword})\s*"
        rf"(?P<ids>{_REC}(?:{conn}{_REC})*)",
        # "the same decision", "that Article", "that Protocol", "that Body", "la misma decisión",
        # "этого решения", "تلك المادة": what was named before.
        "anaphor": rf"(?<![\w])(?=[{_initials(w for ws in anaphora.ANAPHORA[lang].values() for w in ws)}])(?:"
        + "|".join(rf"(?P<{ref}>{_alt(ws)})" for ref, ws in anaphora.ANAPHORA[lang].items())
        # not a word followed by its own label: "Decides that annex I to decision …"
        + r")(?![\w])(?!\s*(?:[IVXLC]{1,6}|\d{1,3})(?![\w/.]))",
        # "paragraph 3", "paragraphs 3 to 5", "paragraphs 4, 6, 10-17, 23, 27-28, 29 (b) and (e)",
        # "paragraphes 6, 13, 15 et 17", "пункты 3–5", "الفقرات 6 و13 و15 و17".
        "paragraph": rf"{lead}(?:{words(vocab.PARAGRAPH_WORDS)})\s*{since}(?P<list>{pitem}"
        rf"(?:(?:{conn}|{to}){pitem})*)",
        # "Article 35", "Articles 15 and 16", "Article 18, paragraph 2 (a) and (b)", "Article 18.2(c)",
        # "article 8 j)", "статьи 19", "المادتين 15 و16".
        "article": rf"{lead}(?:{words(vocab.ARTICLE_WORDS)})\s*{since}(?P<list>{aitem}(?:(?:{conn}|{to}){aitem})*)"
        rf"(?:\s*[,،]\s*(?:{words(vocab.PARAGRAPH_WORDS)})\s*(?P<para>\d{{1,2}})"
        rf"(?:\s*(?P<sub>{_LETTER}(?:{conn}{_LETTER})*))?)?",
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
        # "the Convention", "the Supplementary Protocol", "Protocole de Nagoya", "Конвенции"; a name
        # that is not generic whatever its capitals ("Нагойско-Куала-лумпурском дополнительном протоколе");
        # Arabic with its prefixes ("لاتفاقية التنوع البيولوجي", "ولبروتوكول ناغويا").
        "instrument": rf"{lead}(?=[{_initials(names)}])(?P<name>(?i:{_alt(n for n in names if n not in generic)})|"
        rf"{_alt(n for n in names if n in generic)})(?![\w])",
        # "the present decision", "la présente décision", "настоящего решения", "هذا المقرر".
        "present": rf"(?<![\w])(?:{_alt(vocab.PRESENT_REFS[lang])})(?![\w])",
        # "above", "ci-dessus", "supra", "выше", "أعلاه" after a pinpoint.
        "adverb": rf"(?<![\w])(?:{_alt(vocab.INTERNAL_ADVERBS[lang])})(?![\w])",
        # "Act", "loi", "ley", "закона", "القانون": the Article is a national law's.
        "foreign": rf"(?<![\w])(?:{_alt(laws.LAW_WORDS[lang])})(?![\w])",
    }


def _initials(words: Iterable[str]) -> str:
    """The first letters of some words, both cases, for a character class that skips a text fast."""
    return re.escape("".join(sorted({c for w in words for c in (w[0].lower(), w[0].upper())})))


BY_LANG: dict[str, dict[str, re.Pattern[str]]] = {
    lang: {kind: re.compile(pattern) for kind, pattern in table.items()}
    for lang, table in {
        "zh": _ZH,
        **{lang: _words_lang(lang) for lang in ("en", "fr", "es", "ru", "ar")},
    }.items()
}

# --- the gaps between two mentions ----------------------------------------------------------------

# A decision's subject between it and its pinpoint: "decision 15/13 on cooperation with other
# conventions, paragraphs 3 to 6", "décision XIII/17 sur la biologie de synthèse, paragraphe 2".
_TITLED = r"(?:on|sur|relative\s+à|sobre|relativa\s+a|relativo\s+a)\s+[^,;:.()\d]{1,80}"
# Between a whole and its pinpoint after it: "第 BS-V/16 号决定，附件一" (","), "decision BS-IV/15,
# paragraph 2", "号决定第 2 段" (nothing), "décision VII/16 F, annexe" (a part's letter), "décision
# VII/16 F de la Conférence des Parties, annexe" (the body that took it), "decision BS-V/16 (annex I)".
GAP_AFTER = re.compile(
    rf"^\s*(?:[A-H](?![\w]))?\s*(?:{_BY_THE_COP}\s*)?(?:{_TITLED}\s*)?[,،(]?\s*$"
)
# Between a paragraph and its subparagraphs after it: "paragraph 5, subparagraphs (a) and (b)",
# "paragraphe 5, alinéas a) et b)", "párrafo 5, apartados a) y b)".
GAP_ITEMS = re.compile(r"^\s*[,،]?\s*$")
# A decision as a list names it, for telling "decisions BS-VII/13 and CP-VIII/13" (one list: what is
# named before it is each one's) from "decision CP-10/8, as well as decision CP-10/9" (two wholes).
DECISION_TOKEN = re.compile(r"[A-Za-z]*-?[IVXLC\d]{1,5}/\d{1,3}")
# What may stand between the items of one list: "and", "y", "и", "و", "和", commas.
LIST_JOINERS = re.compile(
    rf"^(?:\s|[,،、]|(?:{_bounded(w for ws in vocab.AND_WORDS.values() for w in ws)}))*$"
)
# Between a pinpoint and its whole after it: "paragraph 3 of decision", "annex I to decision",
# "paragraphe 3 de la décision", "пункт 3 решения" (nothing), "الفقرة 3 من المقرر".
# A qualifier between the list and "of": "paragraph 4 or 6, as appropriate, of decision BS-III/10"; and
# a possessive after "of": "paragraph 2 of its decision XI/10", "párrafo 2 de su decisión".
GAP_OF = {
    lang: re.compile(
        rf"^\s*[,،]?\s*(?:(?:{_alt(vocab.QUALIFIERS[lang])})\s*[,،]\s*)?"
        + (
            rf"(?:(?:{_alt(vocab.OF_WORDS[lang])})\s*)?(?:(?:the|la|le|el|les|los|las)\s+)?"
            rf"(?:(?:{_alt(vocab.GAP_POSSESSIVES[lang])})\s+)?"
            rf"(?:(?:{_alt(vocab.DOCUMENT_WORDS[lang])})\s+)?$"
            if lang not in ("zh", "ar")
            else rf"(?:{_alt(vocab.OF_WORDS[lang])})?\s*(?:(?:{_alt(vocab.DOCUMENT_WORDS[lang])})\s*)?$"
        )
    )
    for lang in vocab.OF_WORDS
}
# Between a recommendation and the body after it: "recommendation 3/15 of the Subsidiary Body",
# "adopted by that Body", "de l'Organe", "del Órgano", "الصادرة عن الهيئة", "рекомендации 2/9
# Вспомогательного органа" (nothing).
GAP_BY_BODY = {
    lang: re.compile(rf"^\s*[,،]?\s*(?:(?:{_alt(words)})\s*)?$" if words else r"^\s*$")
    for lang, words in vocab.BY_BODY.items()
}
# Between two items of one list: "Article 15 and Annex III", "第 15 条和附件三", "párrafo 7 y el párrafo 14".
GAP_LIST = re.compile(
    rf"^\s*(?:{_bounded(w for ws in vocab.AND_WORDS.values() for w in ws)})\s*"
    r"(?:(?:the|le|la|el|los|les)\s+)?$"
)
# The end of a sentence or of a clause's part: "." before a space, ";", "؛", "。", "；".
SENTENCE_END = re.compile(r"\.(?:\s|$)|[;؛。；]")
# A capital "Annex" in English running text is a treaty's ("Article 15 and Annex III"); a document's
# annex is written "annex I".
TREATY_ANNEX_EN = re.compile(r"Annex(?:es)?\s")
# Between an instrument and its Article in Chinese: "《议定书》第 1 条", "《议定书》关于能力建设的第 22 条".
GAP_INSTRUMENT_ZH = re.compile(r"^\s*(?:关于[^,。;《》]{0,30}的)?\s*$")
# Between two Articles of one list in Chinese: "第26条和第20条".
GAP_LIST_ZH = re.compile(rf"^\s*(?:{_ZH_AND})\s*$")
