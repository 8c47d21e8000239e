"""The catalogue of document-structure patterns: page furniture, footnotes, numbering, title block.

Each pattern is named and commented with an example it matches. Readers, segmentation and the title
block import them from here; none writes a pattern of its own.
"""

from __future__ import annotations

import re

from copmop.lang import lexicon, phrases
from copmop.lang.patterns import SYMBOL


def _alt(words: tuple[str, ...] | list[str] | set[str]) -> str:
    """An alternation of literal words, longest first so that the longest wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _all(table: dict[str, tuple[str, ...]] | dict[str, list[str]]) -> list[str]:
    return [w for words in table.values() for w in words]


CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# A CJK character or CJK punctuation: "议", "》", "，", "（".
CJK_CHAR = re.compile(f"[{CJK}]")
# The CJK marks that may not open a line (kinsoku): they go down with the character before them.
CLOSING = frozenset("》」』）〕】〉，。、；：！？…")
# The CJK marks that may not end a line: they go down with the character after them ("《生").
OPENING = frozenset("《「『（〔【〈")
# Latin letters with accents, Cyrillic and Arabic letters: the scripts that take spaces between words.
WORD_CHAR = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff0-9]")
# What the pdfium reader reads of a page's text as one glyph: a word (characters neither space nor
# CJK), one CJK character, or one space or line break: "Welcomes", "(a)", "议", " ".
GLYPH_RUN = re.compile(rf"[^\s{CJK}]+|[{CJK}]|\s")
# A letter of a right-to-left script (Hebrew, Arabic and their presentation forms): "ب", "א".
RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

# --- page furniture -------------------------------------------------------------------------------

# A page number as printed alone on a line: "Page 12", "- 3 -", "12", "第 3 页", "Стр. 4", "صفحة 5",
# "Page 2 of 32", the United Nations' "2/32", and with the job number of the document before or after
# it: "22-18721    2/32", "V.22-18721 3/32", "2/32   22-18721".
_JOB = r"(?:[A-Z]\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?"
# A year alone on a line is the end of a wrapped title ("… for the period 2025–" / "2026"), never a
# page number.
YEAR_ALONE = re.compile(r"^\s*(?:19|20)\d{2}\s*$")
PAGE_NUMBER = re.compile(
    rf"^\s*(?:{_JOB}\s*)?(?:(?:Page|Página|Pagina|Страница|Стр\.|صفحة|الصفحة|第)\s*)?[-–]?\s*\d{{1,4}}"
    r"(?:\s*(?:/|of|de|из|من)\s*\d{1,4})?\s*[-–]?\s*(?:页)?"
    rf"(?:\s*{_JOB})?\s*$",
    re.IGNORECASE,
)
# The job number printed alone at the foot of a United Nations document: "22-18721", "22-18721 (E)",
# "V.22-18721", and the bar-code text beside it, "*2218721*".
JOB_NUMBER = re.compile(rf"^\s*(?:{_JOB}(?:\s+\d{{6}})?|\*\d{{7}}\*)\s*$")
# A running header that is a document symbol alone: "UNEP/CBD/BS/COP-MOP/5/16", "CBD/CP/MOP/DEC/10/7".
SYMBOL_LINE = re.compile(rf"^\s*(?P<symbol>{SYMBOL.pattern})\s*$")
# A running header of the symbol and the page's number, either way round: "CBD/NP/MOP/DEC/4/10 2",
# "3   CBD/CP/MOP/DEC/10/8", "UNEP/CBD/BS/COP-MOP/5/16 Page 2".
SYMBOL_PAGE_LINE = re.compile(
    rf"^\s*(?:(?:Page\s+)?\d{{1,4}}\s+)?(?P<symbol>{SYMBOL.pattern})"
    r"(?:\s+(?:Page\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?)?\s*$"
)
# A line of the distribution block: "Distr.: General", "19 December 2022", "Original: English".
DISTRIBUTION_LINE = re.compile(
    r"^\s*(?:Distr\.?\s*[:：]?\s*\w+|Original\s*[:：].*|原文\s*[:：].*|Chinese|English|French|Spanish|"
    r"Russian|Arabic|中文|Limited|General)\s*$",
    re.IGNORECASE,
)

# --- footnotes in text extractions ----------------------------------------------------------------

# The first line of a footnote at the foot of a page: "1  第 BS-V/16 号决定，附件一。", "*  UNEP/…/5/1。",
# "(1) المقرر BS-V/16" (Arabic documents put their labels in brackets).
FOOTNOTE_START = re.compile(r"^\s*\(?(?P<label>\d{1,3}|\*{1,3}|†)\)?\s+(?P<text>\S.*)$")
# A label printed before a paragraph's words, apart from them (a tab or a hanging indent): "1.", "12.",
# "(a)", "b)", "(iv)", "A.", "II.", "一、", "(一)", "•", a decision's number "15/5.", "CP-11/3.", and in
# Arabic documents "1 -", "ألف -"; a part of an annex, "Часть II.", "Part III".
SHORT_LABEL = re.compile(
    r"^\s*(?:(?:[A-Z]{2,3}-)?[IVXLC\d]{1,6}/\d{1,3}\s?\.?|\d{1,3}\s?[.．)]?|\(\s?\w{1,4}\s?\)|\w{1,2}\)|[A-ZА-Я]\.|[IVXLC]{1,6}\.|"
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[•·▪◦-]|\d{1,3}\s?[-–]|"
    rf"[-–]\s?\d{{1,3}}|(?:{_alt(lexicon.SECTION_LETTERS['arabic'])})\s?[-–]|"
    rf"(?:{_alt(_all(lexicon.PART_WORDS))})\s+(?:[IVXLC]{{1,6}}|\d{{1,2}})\s?[.:–-]?)\s*$"
)
# What may stand before the words of a hanging paragraph's first line: a paragraph or item number, a
# section letter, a decision's number ("1.", "(a)", "A.", "II.", "CP-11/3.", "BS-V/16", "15/4.").
HANGING_LABEL = re.compile(
    r"^\s*(?:\(?\w{1,4}[.)．]|\(\w{1,4}\)|[A-Z]{0,3}-?[IVXLC\d]{1,6}/\d{1,3}\.?|\d{1,3}\s?[-–]"
    r"|[一二三四五六七八九十]{1,3}、|[•·▪◦-])\s*$"
)
# What parts the labels of footnote markers printed together: "3,4" is markers 3 and 4.
MARKER_LABEL_SEPARATOR = re.compile(r"[,，、\s]+")
# A footnote marker glued to the text it annotates: "战略计划》1在", "有限；5", "Plan,3 which".
MARKER_BEFORE = re.compile(rf"[{CJK}A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff.,;:)\]”’\"']$")
# A footnote marker glued to a year, the last guess: "pour la période 2011-20201 relatifs" is 2020 + 1,
# "لما بعد عام 2020.3" is 2020, its full stop and 3.
YEAR_THEN_MARKER = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}\.?(?P<label>[0-9]{1,2})(?![0-9])")
# A footnote marker glued to a decision or a symbol, the last guess too: "BS-III/102;" is BS-III/10 + 2
# (no decision or document of the series reaches 100; "102;" alone when the line broke after "/"),
# "INF/4.2" and "CP-9/10.1" are a number, its full stop and the marker, and so is an addendum's
# "Add.1.4" (Add.1, its full stop, marker 4).
NUMBER_THEN_MARKER = re.compile(
    r"(?:(?<=/)|(?<=\bAdd\.)|(?<=\bRev\.)|(?<=\bCorr\.))"
    r"(?:[1-9][0-9](?P<label>[0-9])|[0-9]{1,3}\.(?P<dotted>[0-9]{1,2}))(?=[\s;:,.،؛)）。；，]|$)"
    r"|^[1-9][0-9](?P<wrapped>[0-9])(?=[;:,.،؛)）。；，])"
)
MARKER_AFTER_BAD = re.compile(r"^(?:[0-9/\-]|\.\d|[条段号年月日次届款项%％])")

# --- numbering of clauses -------------------------------------------------------------------------

# An operative or body paragraph number at the start of a line: "1. 确认", "49.  鼓励", "12. Urges",
# and in Arabic documents "1 - يرحب" / "1- يرحب".
PARA_NUMBER = re.compile(
    r"^\s*(?P<num>\d{1,3})\s*(?:[.．](?![0-9])|[-–]\s|[-–](?=[\u0600-\u06ff]))\s*(?P<rest>.*)$"
)
# A decimal number at the start of a line: "2.1 在第六次会议上：", "1.1    国家生物技术安全框".
DECIMAL_NUMBER = re.compile(
    r"^\s*(?P<major>\d{1,2})\.(?P<minor>\d{1,2})\.?(?![0-9])\s*(?P<rest>.*)$"
)
# A section letter or Roman numeral: "A.  国家生物安全框架", "II. BACKGROUND", "Б. Координация".
SECTION_LATIN = re.compile(r"^\s*(?P<label>[A-Z]|[IVX]{1,5}|[А-Я])\.\s+(?P<rest>\S.*)$")
# A section of an Arabic document, by the name of its letter: "ألف - الأطر الوطنية", "باء- التنسيق".
SECTION_ARABIC = re.compile(
    rf"^\s*(?P<label>{_alt(lexicon.SECTION_LETTERS['arabic'])})\s*[-–—]\s*(?P<rest>\S.*)$"
)
# A Roman-numbered section of an Arabic document, by its ordinal adverb (the tanween optional):
# "أولا - مقدمة", "ثانياً- ملخص المعلومات الواردة".
SECTION_ARABIC_ORDINAL = re.compile(
    rf"^\s*(?P<label>{_alt(lexicon.SECTION_LETTERS['ordinal'])})\u064b?\s*[-–—]\s*(?P<rest>\S.*)$"
)
# A Chinese section number: "一、 导言", "三、 通过《议定书》战略计划草案磋商进程收到的".
SECTION_CJK = re.compile(r"^\s*(?P<label>[一二三四五六七八九十]{1,3})\s*、\s*(?P<rest>.*)$")
# A subparagraph label: "(a) 国家立法", "（b）", "(iv) ...", "(一) 风险评估和风险管理；", and the French,
# Spanish and Russian way, "b) обеспечить", "a) La question", "ii) о стандартных образцах".
SUBPARA = re.compile(
    r"^\s*(?:[(（](?P<label>[a-z]{1,2}|[ivx]{1,5}|[一二三四五六七八九十]{1,3})[)）]\s*"
    r"|(?P<bare>[a-zа-я]|[ivx]{2,5})[)）]\s+)(?P<rest>.*)$"
)
# An annex heading alone on a line: "附件一", "附件", "Annex I", "ANNEXE II", "Приложение I", "المرفق الأول".
ANNEX_HEADING = re.compile(
    rf"^\s*(?:{_alt(_all(lexicon.ANNEX_HEADINGS))})\s*"
    rf"(?P<label>[一二三四五六七八九十]{{1,3}}|[IVXLC]{{1,6}}|\d{{1,2}}|[A-Z]|"
    rf"{_alt(lexicon.ORDINALS['ar'])})?\s*[.:：]?\s*$"
)
# A part of an annex (or of a decision), its paragraphs numbered from 1 again: "Часть I. Элементы
# оценки", "Part II – Sources", "第二部分：资料来源", "الجزء الثاني - المصادر".
PART_HEADING = re.compile(
    rf"^\s*(?:(?:{_alt(_all(lexicon.PART_WORDS))})\s+(?P<label>[IVXLC]{{1,6}}|\d{{1,2}}|"
    rf"{_alt(lexicon.ORDINALS['ar'])})|第(?P<cjk>[一二三四五六七八九十]{{1,3}})部分)"
    r"\s*[.:：、\-–—]?\s*(?P<rest>\S.*)$"
)

# --- the title block ------------------------------------------------------------------------------

# A decision number before its title: "CP-10/7.   评估和审查…", "BS-V/16. Strategic Plan", "15/4. Kunming",
# "CP-10/5 - الآلية المالية والموارد".
DECISION_LINE = re.compile(
    r"^\s*(?P<decision>(?:(?P<prefix>BS|CP|NP|COP)\s*-\s*)?(?:[IVXLC]{1,6}|\d{1,2})/\d{1,3})"
    r"\s*(?:[.．]|\s[-–—])\s*(?P<title>\S.*)?$"
)
# The full stop (or dash) and spaces between a decision number and its title: "CP-10/7.   评估".
LEADING_DOT = re.compile(r"^\s*(?:[.．]|[-–—])\s*")
# The meeting: "第十次会议", "第 10 次会议", "Tenth meeting", "Dixième réunion", "Décima reunión",
# "Десятое совещание", "الاجتماع العاشر".
MEETING = {
    "zh": re.compile(r"第\s*(?P<num>[一二三四五六七八九十]+|\d{1,2})\s*次\s*会议"),
    "en": re.compile(rf"\b(?P<ord>{_alt(lexicon.ORDINALS['en'])})\s+meeting\b", re.IGNORECASE),
    "fr": re.compile(rf"(?P<ord>{_alt(lexicon.ORDINALS['fr'])})\s+réunion\b", re.IGNORECASE),
    "es": re.compile(rf"(?P<ord>{_alt(lexicon.ORDINALS['es'])})\s+reunión\b", re.IGNORECASE),
    "ru": re.compile(
        rf"(?P<ord>{_alt([*lexicon.ORDINALS['ru'], 'четвёртое'])})\s+совещание", re.IGNORECASE
    ),
    "ar": re.compile(rf"الاجتماع\s+(?P<ord>{_alt(lexicon.ORDINALS['ar'])})"),
}
# The agenda item: "议程项目 9", "临时议程*项目 17", "Agenda item 9", "Item 17 of the provisional agenda",
# "Point 9 de l'ordre du jour", "Tema 9 del programa", "Пункт 9 повестки дня", "البند 9 من جدول الأعمال".
AGENDA = {
    "zh": re.compile(r"(?:临时)?议程\s*[*＊]?\s*项目\s*(?P<item>\d{1,2}(?:\s*[(（][a-z][)）])?)"),
    "en": re.compile(
        r"\b(?:Provisional\s+)?(?:agenda\s+)?item\s+(?P<item>\d{1,2}(?:\s*\([a-z]\))?)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\bPoint\s+(?P<item>\d{1,2}(?:\s*\([a-z]\))?)\s+de\s+l['’]ordre\s+du\s+jour", re.IGNORECASE
    ),
    "es": re.compile(
        r"\bTema\s+(?P<item>\d{1,2}(?:\s*\([a-z]\))?)\s+del\s+programa", re.IGNORECASE
    ),
    "ru": re.compile(
        r"\bПункт\s+(?P<item>\d{1,2}(?:\s*\([а-яa-z]\))?)\s+(?:предварительной\s+)?повестки",
        re.IGNORECASE,
    ),
    "ar": re.compile(r"البند\s+(?P<item>\d{1,2})\s+من\s+جدول\s+الأعمال"),
}


# Title-block lines that are neither title nor metadata ("执行秘书的说明", "Note by the Executive Secretary").
TITLE_NOISE = re.compile(rf"(?:{_alt(_all(lexicon.TITLE_BLOCK_NOISE))})")
# The notice that a decision follows ("卡塔赫纳生物安全议定书缔约方通过的决定", "Decision adopted by …").
DECISION_NOTICE = re.compile(rf"(?:{_alt(_all(lexicon.DECISION_NOTICE))})")
# The chapeau of a decision's preamble: "作为卡塔赫纳生物安全议定书缔约方会议的缔约方大会，".
CHAPEAU = {
    lang: re.compile(rf"^\s*(?:{_alt(starts)})") for lang, starts in lexicon.CHAPEAU_STARTS.items()
}

# --- tables ---------------------------------------------------------------------------------------

# A table's header row: two or more column names, "战略目标 预期影响 业务目标 结果 指标".
TABLE_HEADER_WORD = re.compile(rf"(?:{_alt(_all(lexicon.TABLE_HEADER_WORDS))})", re.IGNORECASE)
OBJECTIVE_COLUMN = re.compile(
    rf"(?:{_alt(list(lexicon.OBJECTIVE_COLUMN.values()))})", re.IGNORECASE
)
# A logframe's indicators column: "指标", "Indicators", "Indicateurs", "المؤشرات".
INDICATOR_CELL = re.compile(rf"(?:{_alt(list(lexicon.INDICATOR_CELL.values()))})", re.IGNORECASE)
# A header cell that is that column's one word: "目标", "Objective".
OBJECTIVE_CELL = re.compile(
    rf"^\s*(?:{_alt(list(lexicon.OBJECTIVE_CELL.values()))})\s*$", re.IGNORECASE
)
# A table row in a text extraction that marks its cells: "| Goal A | A.1 Red List Index | … |".
TABLE_ROW = re.compile(r"^\s*\|\s*\S")
# The gap between the cells of a table's header row as a text extraction prints it, the rows after it
# cell by cell: "Décision   Éléments retirés   Observations", "Goal   Indicator   Source".
HEADER_GAP = re.compile(r"\s{3,}")
# A paragraph number inside a clause's text, after a sentence's end: the next paragraph the segmentation
# could not take in order ("… in this regard; 7. Requests the Executive Secretary", "…؛ 7 - يطلب").
EMBEDDED_NUMBER = re.compile(
    r"(?:[.;:。；؛]\s+)(?P<num>\d{1,3})\s*(?:[.．](?!\d)|\s[-–])\s+(?=[^\W\d])"
)
# What opens a table row of its own (not the rest of a row the page broke): a number or a label,
# "1.3 国家…", "2. Parties…", "Goal B –", "Target 12 –", "Objectif 3", "(a)".
ROW_LABEL = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,2})?\b|\(\w{1,3}\)|[A-Z][a-zé]+\s+[A-Z0-9]{1,3}\b)"
)
# An operational objective in a logframe: "1.1    国家生物技术安全框", "  2.6 生物技术安全教育和培".
OBJECTIVE_ROW = re.compile(r"^\s*(?P<number>[1-9]\.[1-9][0-9]?)\s+(?P<title>\S.*)$")
# An objective's number alone in its cell, its title in the next: "1.1" | "国家生物安全框架".
OBJECTIVE_NUMBER = re.compile(r"^\s*(?P<number>[1-9]\.[1-9][0-9]?)\.?\s*$")
# Sentence-final punctuation: a block ending with it is prose, not a table cell.
SENTENCE_END = re.compile(r"[。；：.;:!?！？]\s*$")
# The end of a preambular clause: "…所载的目标，", "… on biosafety,", "…، ".
PREAMBLE_END = re.compile(r"[,，،;；]\s*$")
# The end of a complete clause: "…方面的重要作用；", "…所作的努力。", "… in this regard;".
CLAUSE_END = re.compile(r"[。；.;!?！？]\s*$")
# A rule or closing line alone: "__________", "- - - - -", "* * *".
RULE_LINE = re.compile(r"^[\s_\-–—=*·•.]{3,}$")

# --- languages and files ----------------------------------------------------------------------

# A language tag in a file name: "CP-10-7_zh.pdf", "cp-mop-10-dec-07-en.txt", "decision.ru.txt".
NAME_LANG_TAG = re.compile(
    r"(?:^|[-_.\s])(zh|en|fr|es|ru|ar|ch|chi|eng|fre|spa|rus|ara)(?=[-_.\s]|$)", re.IGNORECASE
)
# A word of a Latin-script language, for telling English, French and Spanish apart: "décision".
LATIN_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿñáíóú]+")
# Digits, to compare running headers whatever their page number: "Page 12" ~ "Page 13".
DIGITS = re.compile(r"\d+")
# A word written before a hyphen inside a line: "socio" in "socio-economic", "Kunming" in
# "Kunming-Montreal" (not "2011" in "2011-2020": it must end in a letter).
HYPHEN_HEAD = re.compile(r"(\w*[^\W\d_])-(?=\w)")
# The piece of a word a line ends with before its hyphen: "notifica-" in "… for receiving notifica-".
BROKEN_END = re.compile(r"[^\W\d_]+-\s*$")
# A word of an alphabetic script: "biotechnology", "социально", "المادة".
WORD = re.compile(r"[^\W\d_]+")
# What separates words, to find the word before a line-end hyphen: "self-" in "the self-".
NON_WORD = re.compile(r"[^\w-]")

# --- verbs ---------------------------------------------------------------------------------------


def _words(phrase: str) -> str:
    """A phrase of several words, any run of spaces between them: "Takes note" → "Takes\\s+note"."""
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _verb(lang: str) -> re.Pattern[str]:
    """The opening phrase of a clause, from the phrase lexicon: words of ``BEFORE`` before it, an
    adverb of ``AFTER`` after its first word, words of ``AFTER`` after it."""
    sep = r"\s*" if lang == "zh" else r"\s+"
    after = sorted(phrases.AFTER[lang], key=len, reverse=True)
    tail = rf"(?:{sep}(?:{'|'.join(_words(w) for w in after)}))*" if after else ""
    inside = [w for w in after if " " not in w]
    slot = rf"(?:{sep}(?:{'|'.join(map(re.escape, inside))}))*" if inside else ""
    alternatives = []
    for phrase in sorted(phrases.PHRASES[lang], key=len, reverse=True):
        first, _, rest = phrase.partition(" ")
        alternatives.append(re.escape(first) + (slot + sep + _words(rest) if rest else ""))
    before = rf"(?:(?:{'|'.join(_words(w) for w in sorted(phrases.BEFORE[lang], key=len, reverse=True))}){sep})*"
    return re.compile(
        rf"^\s*(?P<verb>{before}(?:{'|'.join(alternatives)}){tail})"
        + ("" if lang == "zh" else r"(?![\w])"),
        0 if lang == "zh" else re.IGNORECASE,
    )


# The phrase that opens a preambular or operative clause, as printed with its adverbs: "Recalling also",
# "Also requests", "Notes with concern", "Prend également note", "также просит", "وإذ يشير أيضا", "又请".
VERB = {lang: _verb(lang) for lang in phrases.PHRASES}
