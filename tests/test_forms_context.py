"""Forms whose reading depends on what surrounds them, one row each, in every language that has the
form: the instrument the document serves ("the Protocol" of a Nagoya Protocol decision), Articles of
national laws, an Article said to be "its" after another convention, the Convention named in a body's
name, other conventions."""

from __future__ import annotations

import pytest

from copmop.extractors.finder import find_in_text
from tests.form_rows import Row, check

ROWS = [
    # --- "the Protocol" is the protocol the document serves -----------------------------------------
    Row(
        "host",
        "ru",
        "согласно пункту 2 статьи 14 Протокола; Стороны Протокола",
        (("article", "NP/14", "2", "пункту 2 статьи 14 Протокола"),),
        host="NP",
    ),
    Row(
        "host",
        "en",
        "in accordance with Article 14 of the Protocol, and the Parties to the Protocol",
        (("article", "NP/14", None, "Article 14 of the Protocol"),),
        host="NP",
    ),
    Row(
        "host",
        "fr",
        "conformément à l'article 14 du Protocole et à l'article 6",
        (
            ("article", "NP/14", None, "article 14 du Protocole"),
            ("article", "NP/6", None, "article 6"),
        ),
        host="NP",
    ),
    Row(
        "host",
        "es",
        "de conformidad con el artículo 14 del Protocolo",
        (("article", "NP/14", None, "artículo 14 del Protocolo"),),
        host="NP",
    ),
    Row(
        "host",
        "ar",
        "وفقا للمادة 14 من البروتوكول",
        (("article", "NP/14", None, "للمادة 14 من البروتوكول"),),
        host="NP",
    ),
    Row(
        "host",
        "zh",
        "按照《议定书》第14条第2款",
        (("article", "NP/14", "2", "《议定书》第14条第2款"),),
        host="NP",
    ),
    Row(
        "host",
        "ru",
        "Стороны Нагойского протокола, являющиеся также Сторонами Картахенского протокола по биобезопасности",
        (("instrument", "CPB", None, "Картахенского протокола по биобезопасности"),),
        host="NP",
    ),
    Row(
        "host",
        "en",
        "the Parties to the Protocol and Article 33 of the Protocol",
        (("article", "CPB/33", None, "Article 33 of the Protocol"),),
    ),
    Row(
        "host",
        "en",
        "Article 33 of the Protocol",
        (("article", "CPB/33", None, "Article 33 of the Protocol"),),
        host="CBD",
        own=("decision", "COP-16/21"),
    ),
    # --- Articles of national laws are no citations ------------------------------------------------
    Row("national", "en", "had relied on article 7 of their national biosafety acts, which", ()),
    Row("national", "en", "under article 12 of the national laws of several Parties", ()),
    Row("national", "fr", "sur l'article 7 de leurs lois nationales sur la biosécurité", ()),
    Row("national", "fr", "l'article 3 de la législation nationale", ()),
    Row("national", "es", "en el artículo 7 de sus leyes nacionales de bioseguridad", ()),
    Row("national", "ru", "на статью 7 своих национальных законов о биобезопасности", ()),
    Row(
        "national",
        "ru",
        "как статья 9 закона о доступе к генетическим ресурсам одной из Сторон",
        (),
    ),
    Row("national", "ar", "إلى المادة 7 من قوانينها الوطنية للسلامة الأحيائية", ()),
    Row("national", "ar", "المادة 7 من تشريعاتها الوطنية", ()),
    Row("national", "zh", "一些缔约方依据其国家生物安全法律第7条", ()),
    # … but an Article beside them, or listed with them, is the Protocol's
    Row(
        "national",
        "en",
        "consistent with Article 18, to act promptly",
        (("article", "CPB/18", None, "Article 18"),),
    ),
    Row(
        "national",
        "en",
        "in accordance with Article 16 and national legislation",
        (("article", "CPB/16", None, "Article 16"),),
    ),
    Row(
        "national",
        "ru",
        "в соответствии со статьей 8 и национальным законодательством",
        (("article", "CPB/8", None, "статьей 8"),),
    ),
]


ROWS += [
    # --- "its Article" after another convention is that convention's: no citation -----------------
    Row(
        "other",
        "fr",
        "(Convention d'Aarhus), en particulier son article 6 bis, ainsi qu'avec l'article 23 du Protocole.",
        (("article", "CPB/23", None, "article 23 du Protocole"),),
    ),
    Row(
        "other",
        "en",
        "the Aarhus Convention, in particular its Article 6 bis, and Article 23 of the Protocol",
        (("article", "CPB/23", None, "Article 23 of the Protocol"),),
    ),
    Row(
        "other",
        "es",
        "la Convención de Aarhus, en particular su artículo 6 bis, y el artículo 23 del Protocolo",
        (("article", "CPB/23", None, "artículo 23 del Protocolo"),),
    ),
    Row(
        "other",
        "ru",
        "на статью 8 j) Конвенции и на Орхусскую конвенцию, в частности на ее статью 4, касающуюся",
        (("article", "CBD/8", "(j)", "статью 8 j) Конвенции"),),
    ),
    Row("other", "ar", "(اتفاقية آرهوس) تتضمن، في المادة 6 مكررا منها، أحكاما", ()),
    Row(
        "other",
        "zh",
        "《奥胡斯公约》，特别是其第4条，以及《议定书》第23条",
        (("article", "CPB/23", None, "《议定书》第23条"),),
    ),
    # … and after a protocol that is named, its own
    Row(
        "other",
        "ru",
        "Дополнительный протокол и его статья 5",
        (("article", "SP/5", None, "его статья 5"),),
    ),
    # --- the Convention: named in a clause, it is cited, also in a body's name ----------------------
    Row(
        "convention",
        "en",
        "communicated to the Conference of the Parties to the Convention at its seventeenth meeting",
        (("instrument", "CBD", None, "Convention"),),
    ),
    Row(
        "convention",
        "fr",
        "à la quatorzième réunion de la Conférence des Parties à la Convention, pourrait",
        (("instrument", "CBD", None, "Convention"),),
    ),
    Row(
        "convention",
        "es",
        "se comunicará a la Conferencia de las Partes en el Convenio en su 17ª reunión",
        (("instrument", "CBD", None, "Convenio"),),
    ),
    Row(
        "convention",
        "ru",
        "решением 15/4 Конференция Сторон Конвенции приняла",
        (("decision", "COP-15/4", None, "решением 15/4"), ("instrument", "CBD", None, "Конвенции")),
    ),
    Row(
        "convention",
        "ar",
        "وسيبلغ مؤتمر الأطراف في الاتفاقية في اجتماعه السابع عشر",
        (("instrument", "CBD", None, "الاتفاقية"),),
    ),
    Row(
        "convention",
        "zh",
        "将提交《公约》缔约方大会第十七次会议",
        (("instrument", "CBD", None, "《公约》"),),
    ),
    Row(
        "convention",
        "en",
        "communicated to the Conference of the Parties to the Convention at its seventeenth meeting",
        (),
        host="CBD",
        own=("decision", "COP-16/21"),
    ),
    Row(
        "convention",
        "ar",
        "الوطنية لاتفاقية التنوع البيولوجي ولبروتوكول ناغويا، وفقا",
        (
            ("instrument", "CBD", None, "لاتفاقية التنوع البيولوجي"),
            ("instrument", "NP", None, "ولبروتوكول ناغويا"),
        ),
    ),
    Row("convention", "ar", "وأمانة الاتفاقية الدولية لوقاية النباتات والمنظمة", ()),
    Row(
        "convention",
        "fr",
        "le Secrétariat de la Convention internationale pour la protection des végétaux",
        (),
    ),
    Row("convention", "en", "the secretariat of the International Plant Protection Convention", ()),
    Row(
        "convention", "ar", "يرحب بإنشاء الصندوق الخاص بالإطار العالمي للتنوع البيولوجي، ويدعو", ()
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.form}-{r.lang}-{i}" for i, r in enumerate(ROWS)])
def test_form_in_context(row: Row) -> None:
    found = find_in_text(row.text, row.lang, row.host, row.own, row.scope, None, row.number)
    check(row, found)


def test_regression_the_protocol_of_a_nagoya_protocol_decision_is_the_nagoya_protocol() -> None:
    """NP-5/5 in Russian: "статьи 14 Протокола" was Article 14 of the Cartagena Protocol, and every
    "Протокола" a citation of it."""
    text = "созданного статьей 14 Протокола, и число Сторон Протокола достигло 142"
    assert find_in_text(text, "ru", "NP", ("decision", "NP-5/5")) == [
        ("article", "NP/14", None, 11, 31)
    ]


def test_regression_article_of_their_national_biosafety_acts_is_no_citation() -> None:
    """CP-11/7, footnote 9: "article 7 of their national biosafety acts" was Article 7 of the Protocol."""
    text = "several Parties had relied on article 7 of their national biosafety acts, which provide"
    assert find_in_text(text, "en", "CPB", ("decision", "CP-11/7")) == []


def test_regression_its_article_after_the_aarhus_convention_is_no_article_of_the_protocol() -> None:
    """CBD/CP/MOP/9/10 in French, footnote 5: "(Convention d'Aarhus), en particulier son article 6 bis"
    was Article 6 of the Protocol; NP-5/5 in Russian, footnote 5: "Орхусскую конвенцию, в частности …
    ее статью 4" was Article 4 of the Convention."""
    fr = "(Convention d'Aarhus), en particulier son article 6 bis"
    assert find_in_text(fr, "fr", "CPB", ("document", "CBD/CP/MOP/9/10")) == []
    ru = "статью 8 j) Конвенции и на Орхусскую конвенцию, в частности на ее статью 4"
    assert find_in_text(ru, "ru", "NP", ("decision", "NP-5/5")) == [
        ("article", "CBD/8", "(j)", 0, 21)
    ]


def test_regression_arabic_plant_protection_convention_and_prefixed_instruments() -> None:
    """CP-9/6 in Arabic: "أمانة الاتفاقية الدولية لوقاية النباتات" (the International Plant Protection
    Convention) was the CBD, and "لاتفاقية التنوع البيولوجي ولبروتوكول ناغويا" (with their prepositions)
    were neither the CBD nor the Nagoya Protocol."""
    assert find_in_text("أمانة الاتفاقية الدولية لوقاية النباتات", "ar") == []
    assert [
        t for _, t, *_ in find_in_text("لاتفاقية التنوع البيولوجي ولبروتوكول ناغويا", "ar")
    ] == [
        "CBD",
        "NP",
    ]
