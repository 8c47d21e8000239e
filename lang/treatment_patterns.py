"""The catalogue of treatment patterns: every regular expression that decides how a clause treats what
it cites, and when a mandate or a period it gives ends, compiled from ``lang.treatments``.

``CUES[lang]`` holds one :class:`Cue` per phrase of the table (``Recalling``, ``décide de
supprimer`` …); ``AFTER[lang]`` the words right after a target; ``SEE[lang]`` a footnote's opening;
``OPENING[lang]`` and ``CONNECTOR[lang]`` what may stand before an opening verb; ``UNTIL[lang]`` and
``PERIOD`` the end of a mandate or a period. ``copmop.extractors.treatment`` reads them; no other module
compiles a treatment pattern (a test greps for strays).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from copmop.lang import lexicon
from copmop.lang.treatments import AFTER_FILLER, CONNECTORS, OPENING_WORDS, PHRASES
from copmop.lang.treatments import UNTIL as UNTIL_PHRASES

__all__ = [
    "AFTER",
    "AFTER_CUES",
    "AMENDED_AS_FOLLOWS",
    "BARRIER",
    "CLOSE_QUOTES",
    "CONNECTOR",
    "CUES",
    "ENDS_HINT",
    "FILLER",
    "GAPS",
    "MEETING_ORDINALS",
    "OPENING",
    "OPEN_QUOTES",
    "PERIOD",
    "SCAN",
    "SCAN_CUES",
    "SEE",
    "STRAIGHT_QUOTE",
    "UNTIL",
    "Cue",
]


class Cue(NamedTuple):
    """One phrase of the table, compiled: its role (``open``, ``verb``, ``local``, ``after``,
    ``see``), its class (a treatment, or ``request``, ``origin`` …) and whether it has a gap
    (``决定将…替换为``: it takes effect where it starts, not where it ends)."""

    pattern: re.Pattern[str]
    role: str
    cls: str
    gap: bool
    phrase: str


# A gap inside a phrase: a few words, never across a clause's barriers or quotes
# ("决定将|第 BS-V/12 号决定第3段|替换为", "внести| в пункт 6 решения CP-9/13 следующие |изменения").
_GAP = r"[^;:；：。“”\"«»]{0,80}?"
# A letter of the Arabic script (a word goes on while they follow).
_ARABIC = "\u0621-\u064a"


def _body(phrase: str) -> str:
    """A phrase as a pattern: words apart by any space, ``…`` a gap, ``*`` the word going on, an
    apostrophe straight or curly ("jusqu'à", "jusqu’à")."""
    star = phrase.endswith("*")
    parts = phrase.removesuffix("*").split("…")
    body = _GAP.join(
        r"\s+".join(re.escape(w).replace("'", "['’]") for w in part.split()) for part in parts
    )
    return body + (r"\w*" if star else "")


def _compile(phrase: str, lang: str) -> re.Pattern[str]:
    """A phrase bounded as its script needs: a word of an alphabetic script stands alone ("note" not in
    "denote"); an Arabic word may carry a conjunction or preposition before it ("ويحث", "بموجب");
    Chinese is written without spaces and needs no bounds."""
    body = _body(phrase)
    ends_in_word = phrase.removesuffix("*")[-1:].isalnum() and not phrase.endswith("*")
    if lang == "zh":
        pattern = body
    elif lang == "ar":
        pattern = rf"(?<![{_ARABIC}])[وفبل]{{0,2}}{body}" + (
            rf"(?![{_ARABIC}])" if ends_in_word else ""
        )
    else:
        pattern = rf"(?<!\w){body}" + (r"(?!\w)" if ends_in_word else "")
    return re.compile(pattern, re.IGNORECASE)


def _cues(lang: str) -> tuple[Cue, ...]:
    return tuple(
        Cue(_compile(phrase.strip(), lang), role, cls, "…" in phrase, phrase.strip())
        for role, cls, phrases in PHRASES[lang]
        for phrase in phrases.split("|")
        if phrase.strip()
    )


def _alt(phrases: tuple[str, ...]) -> str:
    return "|".join(_body(p) for p in sorted(phrases, key=len, reverse=True))


# Every cue of every language: "Recalling" (open, recalls), "décide de supprimer" → "supprimer"
# (verb, retires), "в соответствии с" (local, in-accordance-with), "的执行情况" (after, follow-up).
CUES: dict[str, tuple[Cue, ...]] = {lang: _cues(lang) for lang in PHRASES}


def _scan(cues: tuple[Cue, ...], lang: str) -> re.Pattern[str]:
    """One pattern of many cues, each its own group (``c0``, ``c1`` …, the index in ``cues``), the
    longest first, so that "Takes note" wins over "Notes" and "as amended by" over "amended by".

    Python tries every alternative at every position: the cues are grouped by their first letter
    behind a look-ahead, and (in a language written with spaces) tried only where a word starts —
    a hundred times faster than the plain alternation on a long clause."""
    if not cues:
        return re.compile(r"(?!)")  # no cue of this role: a pattern that never matches
    groups: dict[str, list[int]] = {}
    for i, cue in enumerate(cues):
        first = "" if lang == "ar" else cue.phrase[0].lower()
        groups.setdefault(first, []).append(i)
    parts = []
    for first, members in groups.items():
        members.sort(key=lambda i: len(cues[i].pattern.pattern), reverse=True)
        alternatives = "|".join(f"(?P<c{i}>{cues[i].pattern.pattern})" for i in members)
        ahead = f"(?=[{re.escape(first)}{re.escape(first.upper())}])" if first else ""
        parts.append(f"{ahead}(?:{alternatives})")
    start = "" if lang == "zh" else r"(?<!\w)"
    return re.compile(f"{start}(?:{'|'.join(parts)})", re.IGNORECASE)


# The cues read left to right through a clause, without a gap (opening verbs, verbs, words before a
# target): one pattern per language, its groups indexing ``SCAN_CUES``.
SCAN_CUES: dict[str, tuple[Cue, ...]] = {
    lang: tuple(c for c in cues if c.role in ("open", "verb", "local") and not c.gap)
    for lang, cues in CUES.items()
}
SCAN: dict[str, re.Pattern[str]] = {lang: _scan(cues, lang) for lang, cues in SCAN_CUES.items()}
# The cues with a gap ("决定将…替换为", "внести…изменени*"), each searched alone.
GAPS: dict[str, tuple[Cue, ...]] = {
    lang: tuple(c for c in cues if c.gap) for lang, cues in CUES.items()
}
# The cues that follow a target ("shall be replaced by", "修正如下", "的执行情况"), indexing
# ``AFTER_CUES``.
AFTER_CUES: dict[str, tuple[Cue, ...]] = {
    lang: tuple(c for c in cues if c.role == "after") for lang, cues in CUES.items()
}
AFTER: dict[str, re.Pattern[str]] = {lang: _scan(cues, lang) for lang, cues in AFTER_CUES.items()}
# A footnote's opening that only points elsewhere: "See also", "Véase", "见".
SEE: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        rf"\s*(?:{_alt(tuple(p.strip() for r, _, ps in PHRASES[lang] if r == 'see' for p in ps.split('|')))})",
        re.IGNORECASE,
    )
    for lang in PHRASES
}
# What may stand before an opening verb at a clause's start: a quoted paragraph's number ("3. ",
# "3 - ", "(a) "), then words such as "Also", "又", "وإذ": "Also ", "又", "3. 决定" → "3. ".
OPENING: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        r"[\s\"“«]*(?:\(?\d+(?:\.\d+)*\)?\s*[.\-–]?\s*|\(?[a-z]\)\s*)?"
        rf"(?:(?:{_alt(OPENING_WORDS[lang])})[\s,،]*)*",
        re.IGNORECASE,
    )
    for lang in OPENING_WORDS
}
# A connector right before a verb that opens a new clause inside the paragraph: "…, and welcomes",
# "…et prie", "…并请", "…ويحث" (the Arabic "و" written onto the verb).
CONNECTOR: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        (rf"(?:^|[\s,،])(?:{_alt(words)})\s*$" if lang != "zh" else rf"(?:{_alt(words)})\s*$"),
        re.IGNORECASE,
    )
    for lang, words in CONNECTORS.items()
}
# What may stand between a target and the words after it: spaces, commas, list residue ("和第4段").
FILLER: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        r"(?:\s|\d|[(（][a-z]{1,3}[)）]"
        + (f"|{_alt(tuple(AFTER_FILLER[lang].split(' | ')))}" if lang in AFTER_FILLER else "")
        + ")*"
    )
    for lang in PHRASES
}
# Where the words before a target stop acting on it: ";" and ":" ("Requests: (a) …"), the end of a
# sentence ("… Protocol. It shall …"), "。".
BARRIER = re.compile(r"[;:；：。]|(?<=[.!?])\s+(?=[A-ZА-ЯЁ])")
# Quotation marks around a new text ("decides to replace paragraph 3 with the following: “3. …”"):
# inside, the quoted clause treats its targets in its own words.
OPEN_QUOTES = "“«„「『"
CLOSE_QUOTES = "”»」』"
STRAIGHT_QUOTE = '"'

# The ordinal of a meeting as it stands after "until its": the words of ``lexicon.ORDINALS`` (French,
# English, Spanish, Arabic), the genitive of the Russian ones ("тринадцатого" from "тринадцатое"),
# Chinese numerals ("第十一").
MEETING_ORDINALS: dict[str, dict[str, int]] = {
    "en": {w.lower(): i for i, w in enumerate(lexicon.ORDINALS["en"], 1)},
    "fr": {w.lower(): i for i, w in enumerate(lexicon.ORDINALS["fr"], 1)},
    "es": {
        **{w.lower(): i for i, w in enumerate(lexicon.ORDINALS["es"], 1)},
        **{w.lower()[:-1] + "o": i for i, w in enumerate(lexicon.ORDINALS["es"], 1)},
    },
    "ru": {
        w.lower()[:-2] + ending: i
        for i, w in enumerate(lexicon.ORDINALS["ru"], 1)
        for ending in ("ого", "ьего", "ое", "ье")
    },
    "ar": {w: i for i, w in enumerate(lexicon.ORDINALS["ar"], 1)},
}
_CHINESE_ORDINAL = r"第[一二三四五六七八九十]{1,3}"


def _until(lang: str) -> re.Pattern[str]:
    """One alternative per phrase of ``treatments.UNTIL``, its groups numbered (``ord0``, ``year1``)."""
    ordinal = _CHINESE_ORDINAL if lang == "zh" else _alt(tuple(MEETING_ORDINALS[lang]))
    alternatives = []
    for i, phrase in enumerate(UNTIL_PHRASES[lang]):
        body = _body(phrase.replace("{ord}", "ORDX").replace("{year}", "YEARX"))
        body = body.replace("ORDX", f"(?P<ord{i}>{ordinal})")
        alternatives.append(body.replace("YEARX", rf"(?P<year{i}>(?:19|20)\d\d)"))
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


# The end of a mandate: "until its eleventh meeting" (ordN), "jusqu'à sa douzième réunion",
# "hasta su décima reunión", "до своего тринадцатого совещания", "حتى اجتماعه السابع",
# "延长至其第七次会议", "until 2030" (yearN).
UNTIL: dict[str, re.Pattern[str]] = {lang: _until(lang) for lang in UNTIL_PHRASES}
# A period of years: "for the period 2011-2020", "(2017-2020)", "2025-2030年期间", "2011–2020 годов".
PERIOD = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d\d)\s*[-–—]\s*(?P<last>(?:19|20)\d\d)(?!\d)")
# A cheap first look for DuckDB (RE2 reads it too): a clause that may give an end has a year or one of
# the words "until" of the six languages ("until its sixth meeting", "2011-2020", "至其第七次会议").
ENDS_HINT = r"(?i)(?:19|20)[0-9][0-9]|until|jusqu|hasta|до\s|حتى|至"

# What says that the paragraphs named next are the text just named's, as it is amended: "the annex to
# decision BS-IV/5 is amended as follows: (a) paragraph 2 is deleted", "l'annexe de la décision BS-IV/5
# est modifiée comme suit", "queda modificada como sigue", "изменить следующим образом", "修正如下",
# "يعدل مرفق المقرر … على النحو التالي" (the Arabic verb before what it amends).
AMENDED_AS_FOLLOWS = re.compile(
    r"(?i:\b(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?amended\s+as\s+follows"
    r"|\bmodifi[ée]e?s?\s+(?:comme\s+suit|ainsi\s+qu'il\s+suit)"
    r"|\bmodificad[oa]s?\s+(?:como\s+sigue|de\s+la\s+siguiente\s+manera|del\s+modo\s+siguiente)"
    r"|следующим\s+образом|следующие\s+изменения)"
    r"|修正如下|修改如下|(?:يعدل|تعدل|يُعدل|تُعدل)[^.؛:]{0,80}?على\s+النحو\s+التالي"
)
