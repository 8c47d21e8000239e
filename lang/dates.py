"""Dates as the six languages print them in a title block: month names from CLDR (through babel), the
patterns of a meeting's dates, and the parser that turns them into dates and a place.

The forms read (each a row of ``tests/test_dates.py``): "Montreal, Canada, 7-19 December 2022",
"28 November – 1 December 2022", "21 octobre – 1er novembre 2024", "del 7 al 19 de diciembre de 2022",
"21 октября – 1 ноября 2024 года", "7-19 كانون الأول/ديسمبر 2022", "2024年10月21日至11月1日",
and a resumed session's "Rome, 25–27 February 2025".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from babel.dates import get_month_names

from copmop.lang import vocab

__all__ = ["ENDS_HINT", "MONTHS", "DateRange", "parse_range"]

# The CLDR locales whose month names a language's UN documents print: Arabic documents name the months
# both ways ("كانون الأول/ديسمبر"), the Levantine names of ar_SY and the Egyptian of ar.
_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "fr": ("fr",),
    "es": ("es",),
    "ru": ("ru",),
    "ar": ("ar", "ar_SY"),
}
# Spellings UN documents use that CLDR does not list: the Egyptian "يونيه"/"يوليه", Spanish "setiembre",
# the French abbreviation "févr.".
_ALIASES: dict[str, dict[str, int]] = {
    "ar": {"يونيه": 6, "يوليه": 7},
    "es": {"setiembre": 9},
    "fr": {"févr.": 2, "déc.": 12},
}


def _months(lang: str) -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in _LOCALES[lang]:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context=context, locale=locale).items():
                names[name.lower()] = number
    names.update(_ALIASES.get(lang, {}))
    return names


# Month name (lower case) → its number, per language: {"en": {"january": 1, …}, "ru": {"января": 1, …}}.
MONTHS: dict[str, dict[str, int]] = {lang: _months(lang) for lang in _LOCALES}


def _alt(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# What joins the two days of a range: "7-19", "7 – 19", "7 to 19", "du 7 au 19", "del 7 al 19", "с 7 по 19",
# "من 7 إلى 19".
_TO = r"(?:-|–|—|‑|to|through|au|à|al|a|hasta|по|до|إلى|الى|حتى)"
_FROM = r"(?:from|du|del|de|с|من)"
_DAY = r"(?:\d{1,2})(?:er|ᵉʳ|\.|º)?"


def _western(lang: str) -> re.Pattern[str]:
    month = _alt(list(MONTHS[lang]))
    # "كانون الأول/ديسمبر": the second name of a pair only repeats the first
    m = rf"(?:{month})(?:\s*/\s*(?:{month}))?"
    de = r"(?:de\s+)?"
    return re.compile(
        rf"(?:(?<![\w]){_FROM}\s+)?(?P<d1>{_DAY})"
        rf"(?:\s+{de}(?P<m1>{m})(?:\s+{de}(?P<y1>\d{{4}}))?)?"
        rf"\s*{_TO}\s*(?P<d2>{_DAY})\s+{de}(?P<m2>{m})\s*,?\s+{de}(?P<y2>\d{{4}})"
        r"(?:\s*(?:года|г\.|م))?",
        re.IGNORECASE,
    )


# A meeting's dates in Chinese: "2022年12月7日至19日", "2024年10月21日至11月1日", "2022年12月30日至2023年1月2日".
_ZH = re.compile(
    r"(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日\s*(?:至|到|-|–|—)\s*"
    r"(?:(?P<y2>\d{4})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日"
)


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    return _ZH if lang == "zh" else _western(lang if lang in MONTHS else "en")


class DateRange(NamedTuple):
    """The first and last day of a meeting, and the place printed with them (``None`` if none)."""

    start: dt.date
    end: dt.date
    place: str | None


_PLACE_TRIM = " \t,，、،;；:：.。-–—"


def _month(name: str | None, lang: str) -> int | None:
    if not name:
        return None
    first = name.split("/")[0].strip().lower()
    return MONTHS[lang].get(first) or MONTHS[lang].get(" ".join(first.split()))


def _day(text: str) -> int:
    return int("".join(ch for ch in text if ch.isdigit()))


def parse_range(text: str, lang: str) -> DateRange | None:
    """The meeting dates (and place) a line prints, or None when it prints no range of days."""
    plain = text.translate(vocab.ASCII)
    m = _pattern(lang).search(plain)
    if not m:
        return None
    try:
        if lang == "zh":
            y1, m1, d1 = int(m["y1"]), int(m["m1"]), int(m["d1"])
            y2 = int(m["y2"]) if m["y2"] else y1
            m2 = int(m["m2"]) if m["m2"] else m1
            start, end = dt.date(y1, m1, d1), dt.date(y2, m2, int(m["d2"]))
        else:
            month2 = _month(m["m2"], lang)
            month1 = _month(m["m1"], lang) or month2
            if month1 is None or month2 is None:
                return None
            year2 = int(m["y2"])
            year1 = int(m["y1"]) if m["y1"] else (year2 - 1 if month1 > month2 else year2)
            start, end = (
                dt.date(year1, month1, _day(m["d1"])),
                dt.date(year2, month2, _day(m["d2"])),
            )
    except ValueError:
        return None
    if end < start:
        return None
    before = text[: m.start()].strip(_PLACE_TRIM)
    after = text[m.end() :].strip(_PLACE_TRIM)
    place = (after or before) if lang == "zh" else before
    return DateRange(start, end, place or None)


# A cheap first look for DuckDB (RE2 reads it too) at the clauses that may give an end (``graph.status``):
# a year or one of the words "until" of the six languages ("until its sixth meeting", "2011-2020",
# "至其第七次会议"). Here rather than among the treatment patterns: those take 0.13 s to import.
ENDS_HINT = r"(?i)(?:19|20)[0-9][0-9]|until|jusqu|hasta|до\s|حتى|至"
