"""The seeds' sources (``tests/fixtures/cp-10-7.zh.src``, ``cop-mop-5-16.zh.src``) are faithful: the
clauses copmop reads from each seed's text extraction are, spaces aside, the blocks of its source, in
order, with the same footnotes and markers; the logframe's objectives are the table's.

A clause may span several blocks (a paragraph and its items, an item's title and its text); what no
clause holds is named exactly: the title block's lines, the rule that ends the document, the tables and,
in the plan, the vision and mission printed over the logframe.
"""

from __future__ import annotations

from collections import Counter

import pytest

from copmop.pipeline.ingest import read
from copmop.pipeline.models import ClauseKind, Paragraph
from copmop.pipeline.segment import segment
from tests.golden_io import ROOT, TEXT_PATH
from tests.typesetting.source import MARK, Block, Kind, plain, read_source

SEEDS = {
    "cp-10-7.zh": ("000_cfacde1d0e7c7cb8.txt", []),
    "cop-mop-5-16.zh": (
        "001_8fe905a3f4194901.txt",
        [
            "《卡塔赫纳生物技术安全议定书》战略计划拟议内容",
            "设想",
            "充分保护生物多样性，使其免受改性活生物体的任何不利影响。",
            "使命",
            "加强全球、区域和国家行动，确保可能对生物多样性养护和可持续利用产生不利影响的改性活生物体安全转移、"
            "处理和使用领域得到充分保护，同时考虑到人类健康的风险并且特别侧重于越境转移",
        ],
    ),
}
# What the seed's PDF prints again on the pages a table runs on to: its header on each page, and
# the end of a merged cell the page broke ("充分利用信息交" | "换系统" on both pages).
PRINTED_AGAIN = {
    "cop-mop-5-16.zh": [
        *["战略目标预期影响业务目标结果指标"] * 7,
        "目标与《议定书》特别相关的具体目标进展情况",
        "换系统",
        "育和培训",
    ]
}
_SET_APART = (Kind.RULE, Kind.TABLE)  # never clauses of their own: not matched


def squeeze(text: str) -> str:
    return "".join(text.split())


def clauses(seed: str) -> list[Paragraph]:
    return segment(read(ROOT / "corpus" / seed)).paragraphs


def align(
    paragraphs: list[Paragraph], blocks: list[Block]
) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """Each clause with the markers of the blocks it was matched to, and the blocks no clause holds.

    A block counts whole or without its label ("2.1(a)" is stored without "(a)", paragraph 13's items
    with theirs); a clause takes blocks until their texts, joined, are its text."""
    held: list[tuple[str, list[str]]] = []
    unheld: list[str] = []
    queue = [b for b in blocks if b.kind not in _SET_APART]
    for par in paragraphs:
        want = squeeze(par.text)
        got, markers = "", []
        while queue and got != want:
            block = queue.pop(0)
            forms = [squeeze(plain(block.text)), squeeze(plain(block.rest))]
            form = next((f for f in forms if f and want.startswith(got + f)), None)
            if form is None:
                if got:
                    pytest.fail(f"{par.par_id}: {block.text!r} does not continue {got!r}")
                unheld.append(plain(block.text))
                continue
            got += form
            markers += MARK.findall(block.text)
        assert got == want, f"{par.par_id}: no blocks make {par.text!r}"
        held.append((par.par_id, markers))
    unheld += [plain(b.text) for b in queue]
    return held, unheld


def table_text(p: Paragraph) -> bool:
    """A body clause of a flattened table's cells ("text12"), not a numbered paragraph."""
    return p.kind == ClauseKind.BODY and bool(TEXT_PATH.search(p.par_id))


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_the_seed_source_holds_the_seeds_clauses_in_order(stem: str) -> None:
    seed, extra = SEEDS[stem]
    source = read_source(ROOT / "tests" / "fixtures" / f"{stem}.src")
    running = [
        p
        for p in clauses(seed)
        if p.kind not in (ClauseKind.FOOTNOTE, ClauseKind.OBJECTIVE) and not table_text(p)
    ]
    held, unheld = align(running, source.blocks)
    title_lines = [plain(b.text) for b in source.blocks if b.kind == Kind.TITLE_LINE]
    assert unheld == title_lines + extra
    assert [(p.par_id, p.notes) for p in running] == held


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_every_cell_of_the_seeds_tables_is_in_a_clause(stem: str) -> None:
    """The tables' text (and the vision and mission printed over the logframe) is kept: the letters of
    the table clauses are the cells' (bar the objectives' numbers and titles, in their own clauses),
    and the header the PDF repeats on each page once."""
    seed, extra = SEEDS[stem]
    source = read_source(ROOT / "tests" / "fixtures" / f"{stem}.src")
    cells = [
        paragraph
        for b in source.blocks
        if b.table is not None
        for row in b.table.rows
        for cell in row
        for paragraph in cell
    ]
    kept = clauses(seed)
    want = Counter(squeeze("".join(cells + extra)))
    got = Counter(squeeze("".join(p.text for p in kept if table_text(p))))
    got += Counter(
        squeeze("".join(p.number + p.text for p in kept if p.kind == ClauseKind.OBJECTIVE))
    )
    twice = Counter(squeeze("".join(PRINTED_AGAIN.get(stem, []))))
    assert (want - got, got - want) == (Counter(), twice)


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_the_seed_source_has_the_seeds_footnotes(stem: str) -> None:
    seed, _ = SEEDS[stem]
    source = read_source(ROOT / "tests" / "fixtures" / f"{stem}.src")
    notes = {p.number: p.text for p in clauses(seed) if p.kind == ClauseKind.FOOTNOTE}
    assert notes == source.notes


def test_the_plans_objectives_are_the_logframes() -> None:
    source = read_source(ROOT / "tests" / "fixtures" / "cop-mop-5-16.zh.src")
    tables = [b.table for b in source.blocks if b.table is not None]
    assert [len(t.rows) for t in tables] == [6, 24]
    logframe = tables[1]
    assert logframe.rows[0] == (("战略目标",), ("预期影响",), ("业务目标",), ("结果",), ("指标",))
    cells = {row[2][0].split(" ", 1)[0]: row[2][0].split(" ", 1)[1] for row in logframe.rows[1:]}
    objectives = {
        p.number: p.text
        for p in clauses(SEEDS["cop-mop-5-16.zh"][0])
        if p.kind == ClauseKind.OBJECTIVE
    }
    assert objectives == cells


def test_every_source_has_its_text_fixture() -> None:
    sources = {p.name.removesuffix(".src") for p in (ROOT / "tests" / "fixtures").glob("*.src")}
    texts = {p.name.removesuffix(".txt") for p in (ROOT / "tests" / "fixtures").glob("*.txt")}
    assert sources == texts
