"""Rejoining lines, cleaning justified text, running headers, footnote markers: table-driven."""

from __future__ import annotations

import pytest

from copmop.pipeline import layout
from copmop.pipeline.models import Line, Marker, Page


def lines(*texts: str) -> list[Line]:
    return [Line(t, 1) for t in texts]


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # no space between CJK characters across a line break
        (
            ["作为卡塔赫纳生物安全议定书缔约方会议的生物多样性", "公约缔约方大会"],
            "作为卡塔赫纳生物安全议定书缔约方会议的生物多样性公约缔约方大会",
        ),
        (["2008 年 10", "月发出通知"], "2008 年 10月发出通知"),
        # one space between Latin words
        (
            ["Recalling the objective of the", "Protocol,"],
            "Recalling the objective of the Protocol,",
        ),
        # a hyphenated word rejoined, a real compound kept
        (
            ["review of the effective-", "ness of the Protocol"],
            "review of the effectiveness of the Protocol",
        ),
        (["socio-", "economic considerations"], "socio-economic considerations"),
        (["for the period 2025–", "2026"], "for the period 2025–2026"),
        (["items (a)–", "(c) above"], "items (a)– (c) above"),
        (
            ["the Kunming-", "Montreal Global Biodiversity Framework"],
            "the Kunming-Montreal Global Biodiversity Framework",
        ),
        # a UN symbol split after "-" or "/"
        (
            ["资料文件（ UNEP/CBD/BS/COP-", "MOP/5/INF/21）中。"],
            "资料文件（UNEP/CBD/BS/COP-MOP/5/INF/21）中。",
        ),
        (
            ["see document UNEP/CBD/BS/", "COP-MOP/5/16, annex"],
            "see document UNEP/CBD/BS/COP-MOP/5/16, annex",
        ),
        (["for the period 2011-", "2020"], "for the period 2011-2020"),
        # spaces of justified CJK text dropped, spaces around numbers kept
        (
            ["见。不同 磋商阶段收到的所 有呈件全文载入资 料文件"],
            "见。不同磋商阶段收到的所有呈件全文载入资料文件",
        ),
        (
            ["《卡塔赫纳生物安全议定书》第 1 条所载的目标，"],
            "《卡塔赫纳生物安全议定书》第 1 条所载的目标，",
        ),
        (["A.  国家生物安全框架"], "A. 国家生物安全框架"),
    ],
)
def test_join_lines(parts: list[str], expected: str) -> None:
    assert layout.join_lines(lines(*parts)).text == expected


def test_join_lines_moves_markers_and_spans_pages() -> None:
    block = layout.join_lines(
        [
            Line(
                "确认《卡塔赫纳生物安全议定书2011-2020年战略计划》在支持国家执行工作中的作",
                1,
                markers=(Marker("1", 29),),
            ),
            Line("用；", 2, markers=(Marker("2", 2),)),
        ]
    )
    assert (
        block.text
        == "确认《卡塔赫纳生物安全议定书2011-2020年战略计划》在支持国家执行工作中的作用；"
    )
    assert [(m.label, block.text[: m.offset][-3:]) for m in block.markers] == [
        ("1", "计划》"),
        ("2", "作用；"),
    ]
    assert (block.page_start, block.page_end) == (1, 2)


def test_clean_line_keeps_marker_offsets_on_their_characters() -> None:
    text, markers = layout.clean_line("不同 磋商阶段收到的所 有呈件", (Marker("3", 11),))
    assert text == "不同磋商阶段收到的所有呈件"
    assert text[: markers[0].offset] == "不同磋商阶段收到的所"


@pytest.mark.parametrize(
    ("text", "label", "found"),
    [
        (
            "确认《卡塔赫纳生物安全议定书2011-2020年战略计划》1在支持",
            "1",
            "确认《卡塔赫纳生物安全议定书2011-2020年战略计划》",
        ),
        ("面的进展有限；5", "5", "面的进展有限；"),
        ("临时议程*项目 17", "*", "临时议程"),
        (
            "肯定《议定书》、卡塔赫纳生物安全议定书执行计划2和",
            "2",
            "肯定《议定书》、卡塔赫纳生物安全议定书执行计划",
        ),
        (
            "the Strategic Plan for the period 2011–2020,1 in supporting",
            "1",
            "the Strategic Plan for the period 2011–2020,",
        ),
        ("根据第16条，识别", "16", None),
        ("تنفيذ الخطة و3 أهداف", "3", None),
        ("objectives 2.1 and 2.2 of", "2", None),
        ("1. 确认《卡塔赫纳生物安全议定书2011-2020年", "1", None),
        ("议定书2011-2020年战略计划", "1", None),
        ("根据第BS-V/1号决定发挥", "1", None),
        # the last guesses: a marker glued to a decision, a symbol or a year and its full stop
        ("пунктом 4 или 6 решения BS-III/102;", "2", "пунктом 4 или 6 решения BS-III/10"),
        ("في الوثيقة CBD/CP/MOP/10/INF/4.2", "2", "في الوثيقة CBD/CP/MOP/10/INF/4."),
        ("من المقرر CP-9/10.1", "1", "من المقرر CP-9/10."),
        ("لما بعد عام 2020.3", "3", "لما بعد عام 2020."),
        ("decision BS-V/16 and", "6", None),
        ("11 - وتتصل هذه المسألة", "1", None),
    ],
)
def test_place_markers(text: str, label: str, found: str | None) -> None:
    from copmop.pipeline.models import Footnote

    page = Page(1, [Line(text, 1)], [Footnote(label, "note", 1)])
    layout.place_markers([page])
    line = page.lines[0]
    if found is None:
        assert line.text == text and line.markers == ()
    else:
        assert line.text == text.replace(found + label, found, 1)
        assert [(m.label, line.text[: m.offset]) for m in line.markers] == [(label, found)]


def test_a_bracketed_marker_glued_to_a_word_is_cut_out_whole() -> None:
    from copmop.pipeline.models import Footnote

    page = Page(1, [Line("وفقا للمقرر BS-V/16(1) بشأن", 1)], [Footnote("1", "note", 1)])
    layout.place_markers([page])
    assert page.lines[0].text == "وفقا للمقرر BS-V/16 بشأن"
    assert page.lines[0].markers == (Marker("1", 19),)


def test_strip_furniture_removes_symbol_headers_page_numbers_and_rules() -> None:
    pages = [
        Page(1, [Line("作为卡塔赫纳", 1), Line("1. 正文", 1), Line("__________", 1)]),
        Page(
            2,
            [
                Line("UNEP/CBD/BS/COP-MOP/5/16", 2),
                Line("Page 2", 2),
                Line("2. 正文", 2),
                Line("- 2 -", 2),
            ],
        ),
    ]
    layout.strip_furniture(pages)
    assert [[line.text for line in p.lines] for p in pages] == [
        ["作为卡塔赫纳", "1. 正文"],
        ["2. 正文"],
    ]
    assert pages[1].furniture == ["UNEP/CBD/BS/COP-MOP/5/16", "Page 2", "- 2 -"]


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("en 2017. Vingt-", "trois Parties", "en 2017. Vingt-trois Parties"),
        ("социально-", "экономических последствий", "социально-экономических последствий"),
        ("the socio-", "economic considerations", "the socio-economic considerations"),
        ("the notifica-", "tions received", "the notifications received"),
    ],
)
def test_regression_a_compound_the_line_broke_keeps_its_hyphen(
    left: str, right: str, joined: str
) -> None:
    """ "Vingt-" | "trois" was rejoined "Vingttrois": a PDF's line-final hyphen after a compound's
    head (a number word, социально) is the compound's."""
    known = layout.Hyphens(soft=False)
    assert layout.join_lines([Line(left, 1, False), Line(right, 1, True)], known).text == joined
