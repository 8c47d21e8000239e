"""The printed furniture of a UN document in the six languages: the logo's words, the convention's
name, the distribution lines and the date at the head of the first page."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, get_month_names

from copmop.lang.dates import parse_range

__all__ = ["CONVENTION", "DISTRIBUTION", "LOGO", "ORIGINAL", "RTL", "document_date", "long_date"]

RTL = frozenset({"ar"})

# The words under the UN emblem, as each language's documents print them.
LOGO: dict[str, str] = {
    "en": "UNITED NATIONS",
    "fr": "NATIONS UNIES",
    "es": "NACIONES UNIDAS",
    "ru": "ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ",
    "zh": "联合国",
    "ar": "الأمم المتحدة",
}
CONVENTION: dict[str, str] = {
    "en": "Convention on Biological Diversity",
    "fr": "Convention sur la diversité biologique",
    "es": "Convenio sobre la Diversidad Biológica",
    "ru": "Конвенция о биологическом разнообразии",
    "zh": "生物多样性公约",
    "ar": "اتفاقية التنوع البيولوجي",
}
DISTRIBUTION: dict[str, str] = {
    "en": "Distr.: General",
    "fr": "Distr. générale",
    "es": "Distr. general",
    "ru": "Distr.: General",
    "zh": "Distr.: General",
    "ar": "Distr.: General",
}
# "Original: English" in the document's language (the decisions were negotiated in English).
ORIGINAL: dict[str, str] = {
    "en": "Original: English",
    "fr": "Original : anglais",
    "es": "Original: inglés",
    "ru": "Язык оригинала: английский",
    "zh": "原文：英文",
    "ar": "الأصل: بالإنكليزية",
}

_NOTE_LEAD = dt.timedelta(weeks=6)  # a pre-session note comes out six weeks before its meeting


def document_date(title_lines: list[str], lang: str, decision: bool) -> dt.date | None:
    """The date under the symbol: a decision's is its meeting's last day, a note's six weeks before
    the meeting opens; None when no line of the title block gives the meeting's dates."""
    for line in title_lines:
        found = parse_range(line, lang)
        if found:
            start, end, _ = found
            return end if decision else start - _NOTE_LEAD
    return None


def long_date(day: dt.date, lang: str) -> str:
    """A date as the language's UN documents print it: "19 December 2022", "19 décembre 2022",
    "19 de diciembre de 2022", "19 декабря 2022 года", "2022年12月19日", "19 كانون الأول/ديسمبر 2022"."""
    if lang == "ru":
        month = get_month_names("wide", context="format", locale="ru")[day.month]
        return f"{day.day} {month} {day.year} года"
    if lang == "ar":
        levant = get_month_names("wide", context="format", locale="ar_SY")[day.month]
        egypt = get_month_names("wide", context="format", locale="ar")[day.month]
        return f"{day.day} {levant}/{egypt} {day.year}"
    return format_date(day, "long", locale={"en": "en_GB"}.get(lang, lang))
