"""A meeting's dates and place as a title block prints them, in the six languages: table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from copmop.lang.dates import parse_range

D = dt.date

CASES = [
    (
        "en",
        "Montreal, Canada, 7-19 December 2022",
        D(2022, 12, 7),
        D(2022, 12, 19),
        "Montreal, Canada",
    ),
    (
        "en",
        "Cali, Colombia, 21 October – 1 November 2024",
        D(2024, 10, 21),
        D(2024, 11, 1),
        "Cali, Colombia",
    ),
    ("en", "Rome, 25–27 February 2025", D(2025, 2, 25), D(2025, 2, 27), "Rome"),
    ("en", "Montreal, 28 November – 1 December 2022", D(2022, 11, 28), D(2022, 12, 1), "Montreal"),
    (
        "fr",
        "Cali (Colombie), 21 octobre – 1er novembre 2024",
        D(2024, 10, 21),
        D(2024, 11, 1),
        "Cali (Colombie)",
    ),
    (
        "fr",
        "Cancún (Mexique), 4-17 décembre 2016",
        D(2016, 12, 4),
        D(2016, 12, 17),
        "Cancún (Mexique)",
    ),
    (
        "es",
        "Montreal (Canadá), del 7 al 19 de diciembre de 2022",
        D(2022, 12, 7),
        D(2022, 12, 19),
        "Montreal (Canadá)",
    ),
    (
        "es",
        "Cancún (México), 4 a 17 de diciembre de 2016",
        D(2016, 12, 4),
        D(2016, 12, 17),
        "Cancún (México)",
    ),
    (
        "ru",
        "Кали, Колумбия, 21 октября – 1 ноября 2024 года",
        D(2024, 10, 21),
        D(2024, 11, 1),
        "Кали, Колумбия",
    ),
    (
        "ru",
        "Шарм-эш-Шейх, Египет, 17–29 ноября 2018 года",
        D(2018, 11, 17),
        D(2018, 11, 29),
        "Шарм-эш-Шейх, Египет",
    ),
    (
        "ar",
        "مونتريال، كندا، 7-19 كانون الأول/ديسمبر 2022",
        D(2022, 12, 7),
        D(2022, 12, 19),
        "مونتريال، كندا",
    ),
    (
        "ar",
        "ناغويا، اليابان، 11-15 تشرين الأول/أكتوبر 2010",
        D(2010, 10, 11),
        D(2010, 10, 15),
        "ناغويا، اليابان",
    ),
    (
        "zh",
        "加拿大蒙特利尔，2022年12月7日至19日",
        D(2022, 12, 7),
        D(2022, 12, 19),
        "加拿大蒙特利尔",
    ),
    (
        "zh",
        "哥伦比亚卡利，2024年10月21日至11月1日",
        D(2024, 10, 21),
        D(2024, 11, 1),
        "哥伦比亚卡利",
    ),
]


@pytest.mark.parametrize(("lang", "line", "start", "end", "place"), CASES)
def test_a_meetings_dates_and_place(lang: str, line: str, start: D, end: D, place: str) -> None:
    found = parse_range(line, lang)
    assert found is not None
    assert (found.start, found.end, found.place) == (start, end, place)


@pytest.mark.parametrize(
    ("lang", "line"), [("en", "Agenda item 9"), ("fr", "Onzième réunion"), ("zh", "第十次会议")]
)
def test_a_line_without_a_range_of_days_has_no_dates(lang: str, line: str) -> None:
    assert parse_range(line, lang) is None
