"""Regression tests of ruled tables in PDFs a word processor typeset (the plan of
UNEP/CBD/BS/COP-MOP/5/16 in Chinese, both layouts): one per bug, each named for it."""

from __future__ import annotations

from functools import cache

import pytest

from copmop.pipeline.ingest import process
from copmop.pipeline.models import ClauseKind, Document
from tests.golden_io import ROOT

LAYOUTS = ("justified", "ragged")


@cache
def plan(layout: str) -> Document:
    return process(ROOT / "tests" / "typeset" / f"cop-mop-5-16.zh.{layout}.pdf")


def after(d: Document, path: str, n: int = 1) -> list[tuple[str, str, int | None, int | None]]:
    """The clause at ``path`` and the ``n`` after it: path, text, first and last page."""
    ids = [p.par_id.split("#", 1)[1] for p in d.paragraphs]
    i = ids.index(path)
    return [
        (ids[k], d.paragraphs[k].text, d.paragraphs[k].page_start, d.paragraphs[k].page_end)
        for k in range(i, i + n + 1)
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_regression_a_logframe_row_keeps_its_statement_outcomes_and_indicators(layout: str) -> None:
    """Only the objectives' titles were kept; the rest of each row is a body clause after its
    objective, the focal area a merged cell spans before it."""
    (_, focal, _, _), (_, title, _, _), (_, rest, _, _) = after(plan(layout), "annex-I/text30", 2)
    assert focal.startswith("重点领域 3： 外联和合作 扩大《议定书》的影响范围并促进合作")
    assert title == "批准《议定书》"
    assert rest == (
        "《议定书》得到全球承认 • 所有生物多样性公约缔约方成为议定书缔约方 • "
        "成为议定书缔约方的生物多样性公约缔约方所占百分比"
    )


@pytest.mark.parametrize(("layout", "pages"), [("justified", (16, 17)), ("ragged", (12, 12))])
def test_regression_an_objective_title_the_page_broke(layout: str, pages: tuple[int, int]) -> None:
    """ "5.2 生物技术安全资料交换所作为网" | "上讨论和会议的工具": the row runs on to the next page."""
    (path, title, start, end), (_, rest, _, _) = after(plan(layout), "annex-I/obj-5.2")
    assert (path, title, (start, end)) == (
        "annex-I/obj-5.2",
        "生物技术安全资料交换所作为网上讨论和会议的工具",
        pages,
    )
    assert rest.startswith(
        "将生物技术安全资料交换所建成帮助各国执行《议定书》的充分运行且有效的平台 •"
    )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_regression_a_row_the_page_broke_after_its_title(layout: str) -> None:
    """ "2.2 处理、运输、包装和标识" ended its page's cell: the next page's part is the statement,
    not more title."""
    (_, title, start, end), (_, rest, _, _) = after(plan(layout), "annex-I/obj-2.2")
    assert (title, start == end) == ("处理、运输、包装和标识", True)
    assert rest.startswith("发展改性活生物体的处理、运输、包装和标识能力 • 海关/边境官员")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_regression_a_table_of_two_rows_on_a_page_is_still_a_table(layout: str) -> None:
    """The comparison table's last page holds its header again and one row: seven ruling edges, once
    too few to look for a table; its header was read as four lines of text."""
    texts = [p.text for p in plan(layout).paragraphs]
    assert texts.count("目标 与《议定书》特别相关的具体目标 进展情况") == 1
    assert not any(t in ("目标", "进展情况", "标") for t in texts)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_regression_a_bullets_taller_glyph_is_no_paragraph_space(layout: str) -> None:
    """ "• 通过生物技术安" | "全资料交换所，…": the bullet's font stands taller than the text, which
    read as space between paragraphs and parted a line from its own continuation."""
    texts = [p.text for p in plan(layout).paragraphs if p.kind == ClauseKind.BODY]
    assert any(
        "• 通过生物技术安全资料交换所，《议定书》的讨论和谈判过程得到促进" in t for t in texts
    )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_regression_marks_that_may_not_part_count_with_their_character(layout: str) -> None:
    """ "3.1 批准《议定" | "书》": a line may not open with 》, so 书》 went down together; the room left
    was read as the end of the title."""
    objectives = {
        p.number: p.text for p in plan(layout).paragraphs if p.kind == ClauseKind.OBJECTIVE
    }
    assert objectives["3.1"] == "批准《议定书》"
