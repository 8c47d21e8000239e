"""The normaliser over whole ranges: numerals both ways, full-width forms, decisions, symbols."""

from __future__ import annotations

import pytest

from copmop.lang import lexicon, normalize


def test_roman_numerals_round_trip_from_1_to_3999() -> None:
    for n in range(1, 4000):
        assert normalize.roman_to_int(normalize.int_to_roman(n)) == n
    assert [normalize.int_to_roman(n) for n in (4, 9, 14, 40, 90, 400, 1994)] == [
        "IV",
        "IX",
        "XIV",
        "XL",
        "XC",
        "CD",
        "MCMXCIV",
    ]
    for bad in ("", "IIII", "VX", "IC", "ABC", "1"):
        assert normalize.roman_to_int(bad) is None


def test_chinese_numerals_round_trip_from_0_to_999() -> None:
    for n in range(1000):
        assert normalize.chinese_to_int(normalize.int_to_chinese(n)) == n
    assert [normalize.int_to_chinese(n) for n in (10, 11, 20, 22, 100, 105, 110)] == [
        "十",
        "十一",
        "二十",
        "二十二",
        "一百",
        "一百零五",
        "一百一十",
    ]


def test_full_width_and_arabic_indic_digits_become_ascii_one_for_one() -> None:
    for n in range(10):
        assert normalize.to_ascii(chr(0xFF10 + n)) == str(n)
        assert normalize.to_ascii(chr(0x0660 + n)) == str(n)
        assert normalize.to_ascii(chr(0x06F0 + n)) == str(n)
    text = "第１８条第２款（ｂ）项，ＣＰ－１０／７"
    assert normalize.to_ascii(text) == "第18条第2款(b)项,CP-10/7"
    assert len(normalize.to_ascii(text)) == len(text)


@pytest.mark.parametrize("meeting", range(1, 21))
def test_decisions_of_every_era_and_numeral(meeting: int) -> None:
    roman = normalize.int_to_roman(meeting)
    for number in (1, 7, 16, 30):
        assert normalize.parse_decision(f"BS-{roman}/{number}") == f"CP-{meeting}/{number}"
        assert normalize.parse_decision(f"CP-{roman}/{number}") == f"CP-{meeting}/{number}"
        assert normalize.parse_decision(f"CP-{meeting}/{number}") == f"CP-{meeting}/{number}"
        assert normalize.parse_decision(f"{roman}/{number}") == f"COP-{meeting}/{number}"
        assert normalize.parse_decision(f"{meeting}/{number}") == f"COP-{meeting}/{number}"
        assert normalize.parse_decision(f"NP-{meeting}/{number}") == f"NP-{meeting}/{number}"
        assert (
            normalize.parse_decision(f"CBD/CP/MOP/DEC/{meeting}/{number}")
            == f"CP-{meeting}/{number}"
        )
        assert (
            normalize.parse_decision(f"CBD/CP/MOP/DEC/{roman}/{number}") == f"CP-{meeting}/{number}"
        )
        assert (
            normalize.parse_decision(f"CBD/COP/DEC/{meeting}/{number}") == f"COP-{meeting}/{number}"
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BS-1/5", "CP-1/5"),  # an Arabic 1 typed for the Roman I
        ("bs-v/16", "CP-5/16"),
        ("ＢＳ－Ｖ／１６", "CP-5/16"),
        ("CP - VIII / 15", "CP-8/15"),
        ("UNEP/CBD/BS/COP-MOP/5/16", None),
        ("2011-2020", None),
    ],
)
def test_parse_decision(text: str, expected: str | None) -> None:
    assert normalize.parse_decision(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UNEP/CBD/BS/COP-\nMOP/5/INF/21", "UNEP/CBD/BS/COP-MOP/5/INF/21"),
        ("cbd/sbi/3/3.", "CBD/SBI/3/3"),
        ("CBD/SBI/2/4/Add.1", "CBD/SBI/2/4/ADD.1"),
    ],
)
def test_canonical_symbol(text: str, expected: str) -> None:
    assert normalize.canonical_symbol(text) == expected


@pytest.mark.parametrize(
    ("symbol", "meeting"),
    [
        ("UNEP/CBD/BS/COP-MOP/5/16", ("CP", 5)),
        ("CBD/CP/MOP/10/2", ("CP", 10)),
        ("CBD/CP/MOP/DEC/VIII/15", ("CP", 8)),
        ("CBD/COP/15/4", ("COP", 15)),
        ("UNEP/CBD/COP/10/27", ("COP", 10)),
        ("CBD/NP/MOP/4/1", ("NP", 4)),
        ("CBD/SBI/3/3", None),
    ],
)
def test_meeting_from_symbol(symbol: str, meeting: tuple[str, int] | None) -> None:
    assert normalize.meeting_from_symbol(symbol) == meeting


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("《公约》", "CBD"),
        ("议定书", "CPB"),
        ("卡塔赫纳生物安全议定书", "CPB"),
        ("the Convention", None),
        ("Convention", "CBD"),
        ("la Convention", None),
        ("Convenio", "CBD"),
        ("Конвенции", "CBD"),
        ("الاتفاقية", "CBD"),
        ("Protocolo de Nagoya", "NP"),
        ("Supplementary Protocol", "SP"),
        ("补充议定书", "SP"),
        ("Kunming-Montreal Global Biodiversity Framework", "KMGBF"),
        ("国家生物安全法", None),
    ],
)
def test_instrument_codes(name: str, code: str | None) -> None:
    assert normalize.instrument_code(name) == code


@pytest.mark.parametrize(
    ("word", "lang", "value"),
    [
        ("Tenth", "en", 10),
        ("dixième", "fr", 10),
        ("Décima", "es", 10),
        ("десятое", "ru", 10),
        ("العاشر", "ar", 10),
        ("fifteenth", "en", 15),
        ("Quinzième", "fr", 15),
        ("unknown", "en", None),
    ],
)
def test_ordinals(word: str, lang: str, value: int | None) -> None:
    assert normalize.ordinal_value(word, lang) == value


def test_regression_superscript_two_is_no_number() -> None:
    # found by hypothesis: "²".isdigit() is true, and int("²") fails
    assert normalize.number_value("²") is None
    assert normalize.parse_decision("BS-²/16") is None


def test_decision_parts_read_back_every_canonical_decision() -> None:
    for body, prefix in (("CP", "BS"), ("COP", None), ("NP", "NP")):
        for meeting in range(1, 17):
            for number in (1, 7, 35):
                roman = normalize.int_to_roman(meeting)
                decision = normalize.canonical_decision(prefix, roman, str(number))
                assert decision is not None
                assert normalize.decision_parts(decision) == (body, meeting, number)


def test_section_labels_of_every_style_are_shared_across_languages() -> None:
    """The tenth of each style is J or X whatever the language: Б is B, 十 is X, عاشرا is X."""
    letters = lexicon.SECTION_LETTERS
    for i in range(10):
        roman = normalize.int_to_roman(i + 1)
        assert normalize.section_label(letters["ordinal"][i], "ordinal") == roman
        assert normalize.section_label(normalize.int_to_chinese(i + 1), "cjk") == roman
        assert normalize.section_label(letters["arabic"][i], "arabic") == letters["letter"][i]
        assert normalize.section_label(letters["cyrillic"][i], "cyrillic") == "ABCDEFGHIJ"[i]
