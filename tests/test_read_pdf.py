"""The PDF reader on PDFs built by the tests: headers, page numbers, footnotes, markers, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from copmop.pipeline.errors import UnreadableSource
from copmop.pipeline.read_pdf import read_pdf
from copmop.pipeline.read_text import read_text
from copmop.pipeline.segment import segment
from tests.conftest import EN_DECISION, SEED_DECISION, SEED_PLAN
from tests.golden_io import META, TABLE_FIXTURES, TEXT_PATH


def test_pdf_pages_drop_headers_and_page_numbers_and_keep_footnotes(pdfs) -> None:
    source = read_pdf(pdfs[SEED_DECISION.name])
    assert source.page_count == 5
    assert source.pages[1].furniture == ["CBD/CP/MOP/DEC/10/7", "Page 2", "2"]
    assert [(n.label, n.text) for n in source.pages[1].footnotes] == [
        ("5", "见第 CP-VIII/15 号决定。")
    ]
    assert [
        (m.label, line.text[: m.offset][-4:])
        for line in source.pages[0].lines
        for m in line.markers
    ] == [("1", "略计划》"), ("2", "执行计划"), ("3", "行动计划"), ("4", "略计划》")]


@pytest.mark.parametrize("path", [SEED_DECISION, SEED_PLAN, EN_DECISION], ids=lambda p: p.stem)
def test_pdf_and_text_give_the_same_clauses(path: Path, pdfs) -> None:
    from_text = segment(read_text(path))
    from_pdf = segment(read_pdf(pdfs[path.name]))

    def rows(d):
        return [
            (
                p.par_id,
                p.kind,
                p.section,
                p.number,
                p.verb,
                p.text,
                p.page_start,
                p.page_end,
                p.anchor,
            )
            for p in d.paragraphs
            if not (path.stem in TABLE_FIXTURES and TEXT_PATH.search(p.par_id))
        ]

    # a flattened table's blocks differ between the two (compared by their letters in test_golden)
    assert rows(from_pdf) == rows(from_text)
    for field in (f for f in META if f not in ("kind", "symbol")):
        assert getattr(from_pdf, field) == getattr(from_text, field), field


@pytest.mark.parametrize("path", [SEED_DECISION, SEED_PLAN, EN_DECISION], ids=lambda p: p.stem)
def test_pdf_without_block_end_spaces_keeps_numbers_and_sections(path: Path, bare_pdfs) -> None:
    from_text = segment(read_text(path))
    from_pdf = segment(read_pdf(bare_pdfs[path.name]))

    def rows(d):
        return [
            (p.kind, p.section, p.number)
            for p in d.paragraphs
            if not (path.stem in TABLE_FIXTURES and TEXT_PATH.search(p.par_id))
        ]

    assert rows(from_pdf) == rows(from_text)
    assert from_pdf.title == from_text.title


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_bad_pdfs_are_one_line_errors(tmp_path: Path, pdfs) -> None:
    good = pdfs[SEED_DECISION.name].read_bytes()
    image_only = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(image_only))
    c.rect(100, 100, 300, 300, fill=1)
    c.showPage()
    c.save()
    cases = {
        _write(tmp_path / "empty.pdf", b""): "empty file",
        _write(tmp_path / "notes.pdf", b"Just some notes\n"): "not a PDF file",
        _write(tmp_path / "cut.pdf", good[: len(good) // 3]): None,
        image_only: "no text layer; OCR it first",
    }
    for path, reason in cases.items():
        with pytest.raises(UnreadableSource) as info:
            read_pdf(path)
        message = str(info.value)
        assert message.startswith(f"{path}: ") and "\n" not in message
        if reason is not None:
            assert message == f"{path}: {reason}"


@pytest.mark.parametrize("path", [SEED_DECISION, EN_DECISION], ids=lambda p: p.stem)
def test_regression_markers_not_raised_and_footnotes_in_body_type(
    path: Path, tmp_path: Path
) -> None:
    from tests.conftest import SPECS
    from tests.pdfbuild import build_pdf, load_spec

    plain = build_pdf(load_spec(SPECS[path.name]), tmp_path / "plain.pdf", plain=True)
    from_text = segment(read_text(path))
    from_pdf = segment(read_pdf(plain))

    def rows(d):
        return [(p.par_id, p.kind, p.section, p.number, p.text, p.anchor) for p in d.paragraphs]

    assert rows(from_pdf) == rows(from_text)
