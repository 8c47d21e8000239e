"""The structural check at ingest: each thing it can find wrong, made on the spot in a real fixture
(CP-9/3 in English), and the exact warning it gives; the untouched fixture gives none."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from copmop.pipeline.checks import structural_warnings
from copmop.pipeline.cli import main
from copmop.pipeline.ingest import process, read
from copmop.pipeline.segment import segment

FIXTURE = Path(__file__).parent / "fixtures" / "cp-9-3.en.txt"
TEXT = FIXTURE.read_text(encoding="utf-8")

CASES = [
    ("untouched", TEXT, []),
    (
        "no place or dates",
        TEXT.replace("Sharm El-Sheikh, Egypt, 17-29 November 2018 \n", ""),
        ["no meeting dates found", "no place found"],
    ),
    (
        "a number printed twice",
        TEXT.replace("\n2. Also welcomes", "\n1. Also welcomes"),
        ["paragraph 1 appears 2 times in A"],
    ),
    (
        "a number skipped, then printed again",
        TEXT.replace("\n2. Also welcomes", "\n3. Also welcomes"),
        ["paragraph 3 appears 2 times in A"],
    ),
    (
        "a number far out of sequence",
        TEXT.replace("\n2. Also welcomes", "\n9. Also welcomes"),
        ["clause text1 opens with a paragraph number out of sequence: '9'"],
    ),
    (
        "a footnote with no marker",
        TEXT.replace("its Protocols,1 and the need", "its Protocols, and the need"),
        ["footnote 1 has no marker in the text"],
    ),
    (
        "a paragraph swallowing the next",
        TEXT.replace("has been limited; \n\n4. Urges", "has been limited; 4. Urges"),
        ["paragraph 3 holds what looks like paragraph 4: '; 4.'"],
    ),
]


@pytest.mark.parametrize(("name", "text", "warnings"), CASES, ids=[c[0] for c in CASES])
def test_each_fault_gives_its_warning(tmp_path: Path, name: str, text: str, warnings: list[str]):
    assert text != TEXT or name == "untouched"  # the edit took
    path = tmp_path / FIXTURE.name
    path.write_text(text, encoding="utf-8")
    assert process(path).warnings == warnings


def test_regression_text_no_clause_holds_is_reported() -> None:
    """A flattened table's cells were once dropped without a word: text the segmentation loses is
    counted (letters of the running text and footnotes that no clause holds)."""
    source = read(FIXTURE)
    doc = segment(source)
    assert structural_warnings(doc, source) == []
    doc.paragraphs = [p for p in doc.paragraphs if not p.par_id.endswith("#2")]
    assert structural_warnings(doc, source) == [
        "at least 158 of the text's 7,615 letters (2%) are in no clause"
    ]


def test_regression_the_seed_plans_tables_are_kept() -> None:
    """The comparison table of UNEP/CBD/BS/COP-MOP/5/16 (no objective column) was dropped whole; its
    cells are body clauses now, and the document has nothing to warn of."""
    doc = process(Path(__file__).parent / "fixtures" / "cop-mop-5-16.zh.txt")
    assert doc.warnings == []
    cells = [p.text for p in doc.paragraphs if p.par_id.split("#")[1].startswith("text")]
    assert cells[:4] == [
        "目标与《议定书》特别相关的具体目标进展情况",
        "1. 《公约》在国际生物多样性问题上发挥领导作用",
        "1.4 《卡塔赫纳生物技术安全议定书》得到广泛执行",
        "2003 年，即通过后四年内《议定书》生效",
    ]


def test_strict_ingest_stores_no_document_with_warnings(tmp_path: Path) -> None:
    """Without --strict the flagged document is stored and its warnings printed; with it, the
    document is an error naming them (exit 1), and the clean one beside it is stored."""
    flawed = tmp_path / "in" / "cp-9-3.en.txt"
    flawed.parent.mkdir()
    flawed.write_text(TEXT.replace("Sharm El-Sheikh, Egypt, 17-29 November 2018 \n", ""), "utf-8")
    clean = Path(__file__).parent / "fixtures" / "cp-10-7.en.txt"
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    strict = runner.invoke(main, ["ingest", str(flawed), str(clean), "--db", db, "--strict"])
    assert strict.exit_code == 1
    assert strict.stderr.splitlines() == [
        f"error: {flawed}: not stored (--strict): no meeting dates found; no place found"
    ]
    assert strict.stdout.startswith(
        "2 files: 1 document stored (1 new, 0 replaced, 0 with warnings), 0 unchanged, "
        "0 duplicates, 1 error; the store holds 1 document,"
    )
    lenient = runner.invoke(main, ["ingest", str(flawed), "--db", db])
    assert lenient.exit_code == 0
    assert lenient.stderr.splitlines() == [
        f"warning: {flawed}: no meeting dates found",
        f"warning: {flawed}: no place found",
    ]
    assert "(1 new, 0 replaced, 1 with warnings)" in lenient.stdout
