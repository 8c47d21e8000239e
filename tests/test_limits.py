"""Bounded work per file: bombs made on the spot (a small PDF drawing millions of characters, one whose
stream inflates to a gigabyte, one of 100,000 pages) stop at the limit they break, named with it,
the other files stored; a worker is held to its memory by the operating system."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer.lzw import lzwdecode
from pdfminer.runlength import rldecode

from copmop.pipeline import pdf_bounds
from copmop.pipeline.cli import main
from copmop.pipeline.errors import LimitExceeded
from copmop.pipeline.ingest import Limits, ingest
from copmop.pipeline.limits import MB, MIN_MEMORY, Budget, PastLimit, default_memory
from copmop.pipeline.read_pdf import read_pdf
from copmop.pipeline.store import Store
from copmop.pipeline.workers import run_pool
from tests.bombs import chars_bomb, flate_bomb, pages_bomb
from tests.conftest import EN_DECISION, SEED_DECISION


def _ingest(folder: Path, *options: str):
    db = folder.parent / "s.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), *options])
    with Store(db, read_only=True) as store:
        stored = store.query("SELECT doc_id FROM documents")[1]
    return result, stored


BOMBS = [
    (
        "chars.pdf",
        lambda p: chars_bomb(p),
        [],
        "more than 50,000 characters on page 1 (the limit per page)",
    ),
    (
        "chars-over-pages.pdf",
        lambda p: chars_bomb(p, chars=40_000 * 40, pages=40),
        ["--max-chars", "100000"],
        "more than 100,000 characters (the limit per document, --max-chars)",
    ),
    (
        "flate.pdf",
        lambda p: flate_bomb(p),
        [],
        "its compressed streams inflate to more than 256 MB (the limit per document)",
    ),
    (
        "pages.pdf",
        lambda p: pages_bomb(p),
        [],
        "more than 2,000 pages (the limit per document, --max-pages)",
    ),
    (
        "liar.pdf",  # its page tree says 1 page: the pages are counted as they come
        lambda p: pages_bomb(p, pages=5_000, declared=1),
        ["--max-pages", "50"],
        "more than 50 pages (the limit per document, --max-pages)",
    ),
]


@pytest.mark.parametrize(("name", "make", "options", "reason"), BOMBS, ids=[b[0] for b in BOMBS])
def test_a_bomb_is_named_with_the_limit_it_breaks_and_the_others_are_stored(
    tmp_path: Path, name: str, make, options: list[str], reason: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED_DECISION.read_bytes())
    make(folder / name)
    result, stored = _ingest(folder, "--jobs", "1", *options)
    assert result.exit_code == 1
    assert result.stderr == f"error: {folder / name}: {reason}\n"
    assert stored == [("CP-10/7@zh",)]


# pdfium inflates a stream whole (the worker's memory bounds it, not the limit on inflated bytes) and
# reads the pages a page tree declares (a liar's other pages are not read): those two bombs aside,
# the pdfium engine names the same limits.
PDFIUM_BOMBS = [b for b in BOMBS if b[0] not in {"flate.pdf", "liar.pdf"}]


@pytest.mark.parametrize(
    ("name", "make", "options", "reason"), PDFIUM_BOMBS, ids=[b[0] for b in PDFIUM_BOMBS]
)
def test_a_bomb_read_by_pdfium_is_named_with_the_same_limit(
    tmp_path: Path, name: str, make, options: list[str], reason: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED_DECISION.read_bytes())
    make(folder / name)
    result, stored = _ingest(folder, "--jobs", "1", "--engine", "pdfium", *options)
    assert result.exit_code == 1
    assert result.stderr == f"error: {folder / name}: {reason}\n"
    assert stored == [("CP-10/7@zh",)]


def test_the_same_limits_hold_in_parallel_workers(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED_DECISION.read_bytes())
    for name, make, options, _ in BOMBS:
        if not options:
            make(folder / name)
    result, stored = _ingest(folder, "--jobs", "2")
    assert result.exit_code == 1
    assert sorted(result.stderr.splitlines()) == sorted(
        f"error: {folder / name}: {reason}" for name, _, options, reason in BOMBS if not options
    )
    assert stored == [("CP-10/7@zh",)]


@pytest.mark.parametrize(
    ("make", "most"),
    [(chars_bomb, 20_000), (flate_bomb, 1_100_000), (pages_bomb, 16_500_000)],
)
def test_each_bomb_is_as_small_as_named(tmp_path: Path, make, most: int) -> None:
    assert make(tmp_path / "b.pdf").stat().st_size < most


def test_a_text_of_too_many_characters_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED_DECISION.read_bytes())  # 3,749 characters
    (folder / "long.txt").write_bytes(EN_DECISION.read_bytes())  # 13,762 characters in 14 KB
    (folder / "huge.txt").write_bytes(b"a " * 20_000)  # 40 KB: more than 4 bytes a character
    result, stored = _ingest(folder, "--max-chars", "5000")
    assert result.exit_code == 1
    reason = "more than 5,000 characters (the limit per document, --max-chars)"
    assert sorted(result.stderr.splitlines()) == [
        f"error: {folder / 'huge.txt'}: {reason}",
        f"error: {folder / 'long.txt'}: {reason}",
    ]
    assert stored == [("CP-10/7@zh",)]


def test_a_worker_past_its_memory_is_stopped_by_the_system_and_named(tmp_path: Path) -> None:
    """A bomb no other limit stops (its stream may inflate without end): the worker's allocation
    fails at its address-space limit, the file is named with the limit, the worker replaced."""
    folder = tmp_path / "in"
    folder.mkdir()
    bomb = flate_bomb(folder / "flate.pdf", inflated=4 * 2**30)
    limits = Limits(max_memory=MIN_MEMORY, max_inflate=2**40)
    report = ingest([bomb, SEED_DECISION], tmp_path / "s.duckdb", jobs=1, limits=limits)
    assert report.errors == [
        f"{bomb}: needs more than 1,024 MB of memory (the limit per worker, --max-memory)"
    ]
    assert report.added == ["CP-10/7@zh"]


def _hog(path: Path) -> str:
    if path.name == "hog":
        return str(len(bytearray(3 * 2**30)))
    return f"done {path.name}"


def test_the_memory_limit_holds_in_every_worker_and_a_worker_is_replaced_after_it() -> None:
    paths = [Path(n) for n in ("a", "hog", "b", "hog", "c")]
    results = list(run_pool(_hog, paths, jobs=2, limit=None, memory=MIN_MEMORY))
    errors = [r for _, r in results if not r.startswith("done ")]
    assert (
        errors
        == ["hog: needs more than 1,024 MB of memory (the limit per worker, --max-memory)"] * 2
    )
    assert sorted(r for _, r in results if r.startswith("done ")) == ["done a", "done b", "done c"]


def test_the_default_memory_is_a_share_of_the_machine_and_never_below_the_minimum() -> None:
    one, two = default_memory(1), default_memory(2)
    assert one >= two >= MIN_MEMORY and one % MB == 0
    assert default_memory(100_000) == MIN_MEMORY


def test_a_limit_below_the_minimum_memory_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["ingest", str(SEED_DECISION), "--max-memory", "512", "--db", str(tmp_path / "s")]
    )
    assert result.exit_code == 2
    assert "'--max-memory': 512 is not in the range 1024<=x<=" in result.stderr


# --- the counting itself ------------------------------------------------------------------------


def test_a_budget_stops_at_each_limit() -> None:
    budget = Budget(Limits(max_pages=2, max_chars=10, max_page_chars=6, max_inflate=100))
    budget.page(declared=2)
    with pytest.raises(PastLimit, match="more than 2 pages"):
        budget.page(declared=3)
    budget.page()
    budget.char(6)
    with pytest.raises(PastLimit, match="more than 6 characters on page 1"):
        budget.char()
    budget.page()
    budget.char(3)  # 7 on page 1 (the one past its limit counted), 3 here
    with pytest.raises(PastLimit, match="more than 10 characters"):
        budget.char()
    with pytest.raises(PastLimit, match="more than 2 pages"):
        budget.page()
    budget.inflate(100)
    with pytest.raises(PastLimit, match="inflate to more than 0 MB"):
        budget.inflate(1)


DATA = [b"", b"x", b"Decision CP-10/7 " * 1000, bytes(range(256)) * 64]


@pytest.mark.parametrize("data", DATA, ids=["empty", "one byte", "text", "binary"])
def test_counted_inflation_is_zlib_s_own(data: bytes) -> None:
    packed = zlib.compress(data)
    pdf_bounds._local.budget = Budget(Limits())
    try:
        assert pdf_bounds._inflate(packed) == zlib.decompress(packed) == data
        with pytest.raises(zlib.error):
            zlib.decompress(packed[:-5])
        with pytest.raises(zlib.error):
            pdf_bounds._inflate(packed[:-5])
    finally:
        pdf_bounds._local.budget = None


def test_counted_lzw_is_pdfminer_s_own() -> None:
    data = b"\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01"  # "-----A---B", the PDF reference's
    pdf_bounds._local.budget = budget = Budget(Limits())
    try:
        assert pdf_bounds._lzw(data) == lzwdecode(data) == b"-----A---B"
        assert budget.inflated == 10
    finally:
        pdf_bounds._local.budget = None


def test_inflation_stops_at_the_limit_before_the_stream_is_whole() -> None:
    packed = zlib.compress(b"\0" * (64 * MB))
    pdf_bounds._local.budget = Budget(Limits(max_inflate=4 * MB))
    try:
        with pytest.raises(PastLimit, match="inflate to more than 4 MB"):
            pdf_bounds._inflate(packed)
        assert pdf_bounds._local.budget.inflated <= 5 * MB  # a piece past the limit, no more
    finally:
        pdf_bounds._local.budget = None


RUNS = st.lists(
    st.one_of(
        st.binary(min_size=1, max_size=128).map(lambda b: bytes([len(b) - 1]) + b),
        st.tuples(st.integers(129, 255), st.integers(0, 255)).map(bytes),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(RUNS, st.booleans())
def test_run_length_size_is_read_without_decoding(runs: list[bytes], end: bool) -> None:
    data = b"".join(runs) + (b"\x80" if end else b"")
    assert pdf_bounds._run_length_size(data) == len(rldecode(data))


def test_a_pdf_within_its_limits_reads_as_before(pdfs) -> None:
    path = pdfs[SEED_DECISION.name]
    source = read_pdf(path)
    assert source.page_count >= 2
    with pytest.raises(LimitExceeded, match="more than 1 page "):
        read_pdf(path, Limits(max_pages=1))
