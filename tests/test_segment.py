"""Segmentation of the seeds and the English fixture: exact clauses, numbers, sections, verbs, texts."""

from __future__ import annotations

from functools import cache

import pytest

from copmop.pipeline.models import ClauseKind, Document
from copmop.pipeline.read_text import read_text
from copmop.pipeline.segment import segment
from tests.conftest import EN_DECISION, SEED_DECISION, SEED_PLAN

SECTIONS_CP_10_7 = {
    None: range(1, 4),
    "A": range(4, 10),
    "B": range(10, 16),
    "C": range(16, 19),
    "D": range(19, 21),
    "E": range(21, 24),
    "F": range(24, 26),
    "G": range(26, 29),
    "H": range(29, 32),
    "I": range(32, 38),
    "J": range(38, 44),
    "K": range(44, 47),
    "L": range(47, 50),
}
VERBS_CP_10_7_ZH = [
    "确认",
    "又确认",
    "欢迎",
    "欢迎",
    "敦促",
    "又敦促",
    "严重关切地注意到",
    "敦促",
    "鼓励",
    "确认",
    "欢迎",
    "强调",
    "鼓励",
    "关切地注意到",
    "敦促",
    "欢迎",
    "又欢迎",
    "确认",
    "赞扬",
    "然而确认",
    "注意到",
    "欢迎",
    "请",
    "欢迎",
    "注意到",
    "注意到",
    "又注意到",
    "又鼓励",
    "欢迎",
    "又欢迎",
    "鼓励",
    "注意到",
    "呼吁",
    "欢迎",
    "注意到",
    "敦促",
    "请",
    "注意到",
    "欢迎",
    "关切地注意到",
    "确认",
    "欢迎",
    "请",
    "强调",
    "注意到",
    "鼓励",
    "强调",
    "又强调",
    "鼓励",
]
VERBS_CP_10_7_EN = [
    "Acknowledges",
    "Also acknowledges",
    "Welcomes",
    "Welcomes",
    "Urges",
    "Also urges",
    "Notes with serious concern",
    "Urges",
    "Encourages",
    "Recognizes",
    "Welcomes",
    "Emphasizes",
    "Encourages",
    "Notes with concern",
    "Urges",
    "Welcomes",
    "Also welcomes",
    "Recognizes",
    "Commends",
    "Recognizes",
    "Notes",
    "Welcomes",
    "Requests",
    "Welcomes",
    "Notes",
    "Notes",
    "Also notes",
    "Also encourages",
    "Welcomes",
    "Also welcomes",
    "Encourages",
    "Notes",
    "Calls upon",
    "Welcomes",
    "Notes",
    "Urges",
    "Requests",
    "Notes",
    "Welcomes",
    "Notes with concern",
    "Recognizes",
    "Welcomes",
    "Requests",
    "Emphasizes",
    "Notes",
    "Encourages",
    "Emphasizes",
    "Also emphasizes",
    "Encourages",
]


@cache
def doc(path: str) -> Document:
    return segment(read_text(path))


def clauses(d: Document, kind: ClauseKind) -> list:
    return [p for p in d.paragraphs if p.kind == kind]


def para(d: Document, number: str, section_prefix: str | None = None):
    for p in d.paragraphs:
        kind_ok = p.kind in (ClauseKind.OPERATIVE, ClauseKind.BODY)
        section_ok = section_prefix is None or (p.section or "").startswith(section_prefix)
        if p.number == number and kind_ok and section_ok:
            return p
    raise AssertionError(f"no paragraph {number}")


@pytest.mark.parametrize(
    ("path", "verbs"), [(SEED_DECISION, VERBS_CP_10_7_ZH), (EN_DECISION, VERBS_CP_10_7_EN)]
)
def test_cp_10_7_has_two_preamble_clauses_and_paragraphs_1_to_49_in_sections_a_to_l(path, verbs):
    d = doc(str(path))
    assert [p.verb for p in clauses(d, ClauseKind.PREAMBLE)] == (
        ["回顾", "又回顾"] if d.lang == "zh" else ["Recalling", "Also recalling"]
    )
    operative = clauses(d, ClauseKind.OPERATIVE)
    assert [p.number for p in operative] == [str(n) for n in range(1, 50)]
    expected = {str(n): section for section, numbers in SECTIONS_CP_10_7.items() for n in numbers}
    assert {p.number: p.section for p in operative} == expected
    assert [p.verb for p in operative] == verbs
    headings = [(p.number, p.section) for p in clauses(d, ClauseKind.HEADING) if p.number]
    assert headings == [(s, s) for s in "ABCDEFGHIJKL"]
    assert [p.kind for p in d.paragraphs[:3]] == [
        ClauseKind.TITLE,
        ClauseKind.HEADING,
        ClauseKind.PREAMBLE,
    ]
    assert [p.seq for p in d.paragraphs] == list(range(len(d.paragraphs)))


def test_cp_10_7_zh_texts_are_whole_and_clean():
    d = doc(str(SEED_DECISION))
    assert (
        para(d, "1").text
        == "确认《卡塔赫纳生物安全议定书2011-2020年战略计划》在支持国家执行工作中的作用；"
    )
    assert para(d, "6").text == (
        "又敦促缔约方自所有现有国家和国际资源调动资源，包括国际合作和私营部门，以进一步支持生物安全机构的运作；"
    )
    assert para(d, "7").text == (
        "严重关切地注意到仅有大约一半的缔约方充分采取了必要法律、行政和其他措施履行《议定书》规定的义务，"
        "《卡塔赫纳生物安全议定书2011-2020年战略计划》中期评估以来这方面的进展有限；"
    )
    assert para(d, "36").text == (
        "敦促尚未向生物安全信息交换所充分提供所有规定信息的缔约方提供这些信息，重点是以下相关信息："
        "(a) 国家立法、条例和准则；(b) 风险评估摘要；(c) 关于改性活生物体的进口或释放的最终决定；"
        "(d) 国家联络点、国家联系人和国家主管当局；(e) 关于缔结的双边、区域或多边协定或安排的信息；"
        "(f) 关于改性活生物体非法越境转移的信息；"
    )
    assert (para(d, "7").page_start, para(d, "7").page_end) == (2, 2)
    assert d.paragraphs[0].text == (
        "评估和审查《议定书》的成效(第 35 条)并最后评价《卡塔赫纳生物安全议定书 2011-2020 年战略计划》"
    )


def test_cp_10_7_footnotes_are_clauses_linked_to_their_markers():
    d = doc(str(SEED_DECISION))
    notes = [(p.number, p.anchor.split("#")[1], p.text) for p in clauses(d, ClauseKind.FOOTNOTE)]
    assert notes == [
        ("1", "1", "第 BS-V/16 号决定，附件一。"),
        ("2", "2", "第 CP-10/3 号决定，附件。"),
        ("3", "2", "第 CP-10/4 号决定，附件。"),
        ("4", "3", "分别载于 CBD/SBI/3/3，附件一和二。"),
        ("5", "7", "见第 CP-VIII/15 号决定。"),
    ]
    assert para(d, "2").notes == ["2", "3"]
    p2 = para(d, "2")
    assert [p2.text[o - 4 : o] for o in p2.note_offsets] == ["执行计划", "行动计划"]
    assert all("BS-V/16" not in p.text for p in clauses(d, ClauseKind.OPERATIVE))


def test_seed_plan_paragraph_3_runs_over_the_page_break_without_its_footnote():
    d = doc(str(SEED_PLAN))
    p3 = para(d, "3", "I")
    assert p3.text.endswith(
        "第三节突出了各缔约方根据第 BS-IV/15 号决定第 2 段向《议定书》提交的"
        "《议定书》战略计划的主要内容，并介绍了在主席团指导下对战略计划草案进行的磋商进程。"
        "文件第四节将决定草案内容报请作为议定书缔约方会议的缔约方大会审议。"
    )
    assert (p3.page_start, p3.page_end) == (1, 2)
    assert "UNEP/CBD/BS/COP-MOP/5/1" not in p3.text
    p14 = para(d, "14", "III")
    assert p14.text.endswith(
        "不同磋商阶段收到的所有呈件全文载入资料文件（UNEP/CBD/BS/COP-MOP/5/INF/21）中。"
    )


def test_seed_plan_numbering_sections_and_annexes():
    d = doc(str(SEED_PLAN))
    body = [(p.section, p.number) for p in clauses(d, ClauseKind.BODY) if p.number]
    main = [n for s, n in body if s and not s.startswith("annex")]
    assert main == [str(n) for n in range(1, 20)]
    assert [n for s, n in body if s and s.startswith("annex I/")] == [str(n) for n in range(1, 16)]
    assert [n for s, n in body if s == "annex II"] == ["1", "2"]
    items = [(s, n) for s, n in body if s and s.startswith("annex II/")]
    assert items[:3] == [("annex II/2.1", "(a)"), ("annex II/2.1", "(b)"), ("annex II/2.1", "(c)")]
    assert [n for s, n in items if s == "annex II/2.3"] == ["(a)", "(c)", "(d)", "(e)"]
    sections = {
        p.number: p.section
        for p in clauses(d, ClauseKind.BODY)
        if p.section in ("I", "II", "III", "IV") and p.number
    }
    assert sections == {
        **{str(n): "I" for n in range(1, 6)},
        **{str(n): "II" for n in range(6, 10)},
        **{str(n): "III" for n in range(10, 19)},
        "19": "IV",  # 一、二、三、四、 shared with the other languages as I, II, III, IV
    }


def test_seed_plan_logframe_gives_its_operational_objectives_and_no_false_paragraphs():
    d = doc(str(SEED_PLAN))
    objectives = [(p.number, p.text) for p in clauses(d, ClauseKind.OBJECTIVE)]
    assert objectives == [
        ("1.1", "国家生物技术安全框架"),
        ("1.2", "协调和支助"),
        ("1.3", "风险评估和风险管理"),
        ("1.4", "可能产生不利影响的改性活生物体或特性"),
        ("1.5", "科学和技术咨询"),
        ("1.6", "处理、运输、包装和标识"),
        ("1.7", "赔偿责任和补救"),
        ("1.8", "社会-经济因素"),
        ("1.9", "过境、封闭使用、意外越境转移和紧急措施"),
        ("2.1", "风险评估和风险管理"),
        ("2.2", "处理、运输、包装和标识"),
        ("2.3", "赔偿责任和补救"),
        ("2.4", "公众意识、教育和参与"),
        ("2.5", "信息共享"),
        ("2.6", "生物技术安全教育和培训"),
        ("3.1", "批准《议定书》"),
        ("3.2", "合作"),
        ("3.3", "宣传和外联"),
        ("4.1", "遵守《议定书》"),
        ("4.2", "评估和审查"),
        ("5.1", "生物技术安全资料交换所的效力"),
        ("5.2", "生物技术安全资料交换所作为网上讨论和会议的工具"),
        ("5.3", "生物技术安全资料交换所之外的信息共享"),
    ]
    assert {p.section for p in clauses(d, ClauseKind.OBJECTIVE)} == {"annex I"}
    numbered = " ".join(p.text for p in d.paragraphs if p.number)
    cells = " ".join(p.text for p in d.paragraphs if p.kind == ClauseKind.BODY and not p.number)
    for fragment in ("目标与《议定书》特别相关的具", "即通过后四年内", "至少有 120 个国家"):
        assert fragment not in numbered  # the comparison table's cells: no paragraph's text
        assert fragment in cells  # but kept, in clauses of their own
    assert "Page 12" not in numbered + cells
    assert para(d, "7", "II").text.endswith("并对实现每一个具体目标的进度进行了初步审查。")


def test_no_clause_holds_a_running_header_or_page_number():
    for path in (SEED_DECISION, SEED_PLAN, EN_DECISION):
        d = doc(str(path))
        for p in d.paragraphs:
            assert "Page " not in p.text
            assert not (d.symbol and p.text.strip() == d.symbol)
            assert "__________" not in p.text


def test_regression_english_chapeau_spanning_two_lines_opens_the_preamble():
    d = doc(str(EN_DECISION))
    assert d.paragraphs[1].text == (
        "The Conference of the Parties serving as the meeting of the Parties "
        "to the Cartagena Protocol on Biosafety,"
    )
    assert d.paragraphs[1].kind == ClauseKind.HEADING


def test_regression_hyphenated_english_words_are_rejoined():
    d = doc(str(EN_DECISION))
    assert (
        "third assessment and review of the effectiveness of the Cartagena Protocol"
        in para(d, "14").text
    )
    assert "receiving notifications under Article 17" in para(d, "35").text
