"""The text reader: encodings recognised, pages, footnotes and markers of the seeds."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from copmop.pipeline.errors import UnreadableSource
from copmop.pipeline.ingest import process
from copmop.pipeline.read_text import decode, read_text, split_pages
from tests.conftest import SEED_DECISION, SEED_PLAN

SAMPLE = " 作为卡塔赫纳生物安全议定书缔约方会议的缔约方大会，\n\n回顾第 1 条 \n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with its BOM
        SAMPLE.encode("utf-16-le"),
        SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("gb18030"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "utf-16-be", "gb18030"],
)
def test_chinese_text_is_decoded_in_every_encoding(data: bytes) -> None:
    assert decode(data, "x.txt") == SAMPLE


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "x.txt: empty file"),
        (b"  \n\n ", "x.txt: empty file"),
        (bytes(range(256)) * 4, "x.txt: binary file, not text"),
        (
            bytes(range(0x80, 0x100)) * 8,
            "x.txt: undecodable text (not UTF-8, UTF-16, GB18030 or Windows-1252)",
        ),
    ],
)
def test_undecodable_text_is_a_one_line_error(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableSource) as info:
        decode(data, "x.txt")
    assert str(info.value) == reason


def test_latin_text_in_windows_1252_is_decoded() -> None:
    text = "Décision adoptée par les Parties au Protocole de Cartagena, paragraphe 3 \n"
    assert decode(text.encode("cp1252"), "x.txt") == text


def test_pages_start_with_a_space_or_after_empty_lines() -> None:
    text = " first page\n\nline \n second page\n\nmore\n\n\n\nHEADER\n\nthird\n \n4  note\n"
    assert [page[0] for page in split_pages(text)] == [" first page", " second page", "HEADER"]


def test_seed_decision_pages_footnotes_and_markers() -> None:
    source = read_text(SEED_DECISION)
    assert source.page_count == 5
    assert [[(n.label, n.text) for n in p.footnotes] for p in source.pages] == [
        [
            ("1", "第 BS-V/16 号决定，附件一。"),
            ("2", "第 CP-10/3 号决定，附件。"),
            ("3", "第 CP-10/4 号决定，附件。"),
            ("4", "分别载于 CBD/SBI/3/3，附件一和二。"),
        ],
        [("5", "见第 CP-VIII/15 号决定。")],
        [],
        [],
        [],
    ]
    marked = [
        (line.page, m.label, line.text[: m.offset][-4:])
        for p in source.pages
        for line in p.lines
        for m in line.markers
    ]
    assert marked == [
        (1, "1", "略计划》"),
        (1, "2", "执行计划"),
        (1, "3", "行动计划"),
        (1, "4", "略计划》"),
        (2, "5", "展有限；"),
    ]
    assert source.pages[1].lines[0].text.startswith("6. 又敦促缔约方")


def test_seed_plan_pages_and_running_headers() -> None:
    source = read_text(SEED_PLAN)
    assert source.page_count == 20
    assert source.pages[0].footnotes[0].label == "*"
    assert [p.number for p in source.pages if p.furniture] == [12, 17, 18, 20]
    assert source.pages[19].furniture == ["- - - - -"]
    assert source.pages[11].furniture == ["UNEP/CBD/BS/COP-MOP/5/16", "Page 12"]
    assert source.pages[1].lines[0].text.startswith("《议定书》战略计划的主要内容")


PLAIN_DECISION = """CBD/COP/DEC/16/31*
1 November 2024
Original: English

Conference of the Parties to the Convention on Biological Diversity
Sixteenth meeting
Cali, Colombia, 21 October–1 November 2024
Agenda item 9

Decision adopted by the Conference of the Parties to the Convention on Biological Diversity

16/31. Resource mobilization

The Conference of the Parties,

Recalling decision 15/7 and its annex, which set out the strategy for resource mobilization
for the period 2023-2030,

1. Welcomes the report;

2. Requests the Executive Secretary to report on progress to the Subsidiary Body on
Implementation at its fifth meeting.

* Reissued for technical reasons on 5 November 2024.
"""


def test_regression_a_plain_text_file_is_read_as_written(tmp_path: Path) -> None:
    """A text file written by hand (lines one after another, a blank line between paragraphs, no
    extraction's trailing spaces) was "no clauses found"; a reissued symbol's star is its footnote."""
    path = tmp_path / "cop-16-31.en.txt"
    path.write_text(PLAIN_DECISION, encoding="utf-8")
    doc = process(path)
    assert (doc.doc_id, doc.symbol, doc.meeting, doc.place, doc.agenda_item, doc.title) == (
        "COP-16/31@en",
        "CBD/COP/DEC/16/31",
        16,
        "Cali, Colombia",
        "9",
        "Resource mobilization",
    )
    assert (doc.date_start, doc.date_end, doc.warnings) == (
        dt.date(2024, 10, 21),
        dt.date(2024, 11, 1),
        [],
    )
    assert [(p.par_id.split("#")[1], p.text) for p in doc.paragraphs] == [
        ("title", "Resource mobilization"),
        ("fn*", "Reissued for technical reasons on 5 November 2024."),
        ("chapeau", "The Conference of the Parties,"),
        (
            "pre1",
            "Recalling decision 15/7 and its annex, which set out the strategy for resource "
            "mobilization for the period 2023-2030,",
        ),
        ("1", "Welcomes the report;"),
        (
            "2",
            "Requests the Executive Secretary to report on progress to the Subsidiary Body on "
            "Implementation at its fifth meeting.",
        ),
    ]
