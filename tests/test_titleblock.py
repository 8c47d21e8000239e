"""Title blocks in the six languages: body, meeting, dates, place, agenda item, decision, title."""

from __future__ import annotations

import datetime as dt

import pytest

from copmop.pipeline.models import Line
from copmop.pipeline.titleblock import parse_title_block


def block(*texts: str) -> list[Line]:
    return [Line(t, 1, ends_block=True) for t in texts]


CASES = [
    (
        "zh",
        block(
            "作为卡塔赫纳生物安全议定书缔约方会议的生物多样性公约缔约方大会",
            "第十次会议 – 第二阶段会议",
            "2022年12月7日至19日，加拿大蒙特利尔",
            "议程项目 9",
            "卡塔赫纳生物安全议定书缔约方通过的决定",
            "CP-10/7.   评估和审查《议定书》的成效(第 35 条)",
            "作为卡塔赫纳生物安全议定书缔约方会议的缔约方大会，",
        ),
        (
            "CP-10/7",
            "CP",
            10,
            "9",
            "加拿大蒙特利尔",
            (2022, 12, 7),
            (2022, 12, 19),
            "评估和审查《议定书》的成效(第 35 条)",
            6,
        ),
    ),
    (
        "zh",
        block(
            "作为卡塔赫纳生物技术安全议定书缔约方会议的",
            "生物多样性公约缔约方大会",
            "第五次会议",
            "2010 年 10 月 11 日至 15 日，日本名古屋",
            "临时议程项目 17",
            "《卡塔赫纳生物技术安全议定书》2011 年至 2020 年间战略计划",
            "执行秘书的说明",
            "一、 导言",
        ),
        (
            None,
            "CP",
            5,
            "17",
            "日本名古屋",
            (2010, 10, 11),
            (2010, 10, 15),
            "《卡塔赫纳生物技术安全议定书》2011 年至 2020 年间战略计划",
            7,
        ),
    ),
    (
        "en",
        block(
            "Conference of the Parties to the Convention on Biological Diversity serving as the meeting of "
            "the Parties to the Cartagena Protocol on Biosafety",
            "Eighth meeting",
            "Cancun, Mexico, 4-17 December 2016",
            "Agenda item 12",
            "Decision adopted by the Parties to the Cartagena Protocol on Biosafety",
            "VIII/15. Assessment and review of the effectiveness of the Protocol",
            "The Conference of the Parties serving as the meeting of the Parties to the Cartagena "
            "Protocol on Biosafety,",
        ),
        (
            "CP-8/15",
            "CP",
            8,
            "12",
            "Cancun, Mexico",
            (2016, 12, 4),
            (2016, 12, 17),
            "Assessment and review of the effectiveness of the Protocol",
            6,
        ),
    ),
    (
        "en",
        block(
            "Conference of the Parties to the Convention on Biological Diversity",
            "Fifteenth meeting",
            "Montreal, Canada, 7-19 December 2022",
            "Item 9 of the provisional agenda",
            "Kunming-Montreal Global Biodiversity Framework",
            "Note by the Executive Secretary",
            "I. INTRODUCTION",
        ),
        (
            None,
            "COP",
            15,
            "9",
            "Montreal, Canada",
            (2022, 12, 7),
            (2022, 12, 19),
            "Kunming-Montreal Global Biodiversity Framework",
            6,
        ),
    ),
    (
        "fr",
        block(
            "Conférence des Parties à la Convention sur la diversité biologique siégeant en tant que "
            "réunion des Parties au Protocole de Cartagena sur la prévention des risques biotechnologiques",
            "Dixième réunion – deuxième partie",
            "Montréal (Canada), 7-19 décembre 2022",
            "Point 9 de l'ordre du jour",
            "CP-10/7. Évaluation et examen de l'efficacité du Protocole",
            "La Conférence des Parties siégeant en tant que réunion des Parties au Protocole de Cartagena,",
        ),
        (
            "CP-10/7",
            "CP",
            10,
            "9",
            "Montréal (Canada)",
            (2022, 12, 7),
            (2022, 12, 19),
            "Évaluation et examen de l'efficacité du Protocole",
            5,
        ),
    ),
    (
        "es",
        block(
            "Conferencia de las Partes en el Convenio sobre la Diversidad Biológica que actúa como reunión "
            "de las Partes en el Protocolo de Cartagena sobre Seguridad de la Biotecnología",
            "Décima reunión – segunda parte",
            "Montreal (Canadá), 7 a 19 de diciembre de 2022",
            "Tema 9 del programa",
            "CP-10/7. Evaluación y examen de la eficacia del Protocolo",
            "La Conferencia de las Partes que actúa como reunión de las Partes en el Protocolo de Cartagena,",
        ),
        (
            "CP-10/7",
            "CP",
            10,
            "9",
            "Montreal (Canadá)",
            (2022, 12, 7),
            (2022, 12, 19),
            "Evaluación y examen de la eficacia del Protocolo",
            5,
        ),
    ),
    (
        "ru",
        block(
            "Конференция Сторон Конвенции о биологическом разнообразии, выступающая в качестве совещания "
            "Сторон Картахенского протокола по биобезопасности",
            "Десятое совещание – часть II",
            "Монреаль, Канада, 7–19 декабря 2022 года",
            "Пункт 9 повестки дня",
            "CP-10/7. Оценка и обзор эффективности Протокола",
            "Конференция Сторон, выступающая в качестве совещания Сторон Картахенского протокола,",
        ),
        (
            "CP-10/7",
            "CP",
            10,
            "9",
            "Монреаль, Канада",
            (2022, 12, 7),
            (2022, 12, 19),
            "Оценка и обзор эффективности Протокола",
            5,
        ),
    ),
    (
        "ar",
        block(
            "مؤتمر الأطراف في اتفاقية التنوع البيولوجي العامل كاجتماع للأطراف في بروتوكول قرطاجنة للسلامة الأحيائية",
            "الاجتماع العاشر – الجزء الثاني",
            "مونتريال، كندا، 7-19 ديسمبر/كانون الأول 2022",
            "البند 9 من جدول الأعمال",
            "CP-10/7. تقييم واستعراض فعالية البروتوكول",
            "إن مؤتمر الأطراف العامل كاجتماع للأطراف في بروتوكول قرطاجنة،",
        ),
        (
            "CP-10/7",
            "CP",
            10,
            "9",
            "مونتريال، كندا",
            (2022, 12, 7),
            (2022, 12, 19),
            "تقييم واستعراض فعالية البروتوكول",
            5,
        ),
    ),
]


@pytest.mark.parametrize(
    ("lang", "lines", "expected"), CASES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_title_block(lang: str, lines: list[Line], expected: tuple) -> None:
    info = parse_title_block(lines, [], lang)
    decision, body, meeting, agenda, place, start, end, title, stop = expected
    assert info.decision == decision
    assert info.body == body
    assert info.meeting == meeting
    assert info.agenda_item == agenda
    assert info.place == place
    assert info.date_start == dt.date(*start)
    assert info.date_end == dt.date(*end)
    assert info.title is not None and info.title.text == title
    assert info.end == stop
