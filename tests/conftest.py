"""Shared fixtures: the seeds, the English fixture, the PDFs the tests build of them, and the stores
the web view is tested over."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from copmop.graph.synthetic import generate
from copmop.pipeline.cli import main
from tests.golden_io import ROOT
from tests.pdfbuild import build_pdf, load_spec
from tests.processes import adopt_orphans, left_behind
from tests.treatment_eval import store_of

SEED_DECISION = ROOT / "corpus" / "000_cfacde1d0e7c7cb8.txt"  # CP-10/7, Chinese
SEED_PLAN = ROOT / "corpus" / "001_8fe905a3f4194901.txt"  # UNEP/CBD/BS/COP-MOP/5/16, Chinese
EN_DECISION = ROOT / "tests" / "fixtures" / "cp-10-7.en.txt"
SPECS = {
    SEED_DECISION.name: ROOT / "tests" / "fixtures" / "cp-10-7.zh.spec.json",
    SEED_PLAN.name: ROOT / "tests" / "fixtures" / "cop-mop-5-16.zh.spec.json",
    EN_DECISION.name: ROOT / "tests" / "fixtures" / "cp-10-7.en.spec.json",
}


@pytest.fixture(scope="session", autouse=True)
def no_process_left_behind() -> Iterator[None]:
    """No process a test started outlives the session: orphans are adopted by the test process,
    and every child still alive at the end fails the session (after it is killed)."""
    adopt_orphans()
    yield
    assert left_behind() == []


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """PDFs of the text fixtures, built once per session: text fixture name → PDF path."""
    folder = tmp_path_factory.mktemp("pdfs")
    return {
        name: build_pdf(load_spec(spec), folder / (Path(name).stem + ".pdf"))
        for name, spec in SPECS.items()
    }


@pytest.fixture(scope="session")
def bare_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same PDFs without the spaces that mark the ends of blocks: only geometry tells them."""
    folder = tmp_path_factory.mktemp("bare")
    out = {}
    for name, spec_path in SPECS.items():
        spec = load_spec(spec_path)
        for page in spec["pages"]:
            page["lines"] = [line.rstrip() for line in page["lines"]]
        out[name] = build_pdf(spec, folder / (Path(name).stem + ".pdf"))
    return out


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store (corpus/ ingested, as `make demo` does) with the English CP-10/7 beside the
    Chinese, so that a decision has two languages. Read-only for its users."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = CliRunner().invoke(
        main, ["ingest", str(ROOT / "corpus"), str(EN_DECISION), "--db", str(db), "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def small_synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic store of 400 decisions and 20,000 citations: pages, long lineages, in-store targets."""
    db = tmp_path_factory.mktemp("synthetic") / "synthetic.duckdb"
    generate(db, decisions=400, citations=20_000)
    return db


@pytest.fixture(scope="session")
def treatment_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The treatment fixtures ingested together: decisions that replace, amend, extend and retire
    paragraphs of earlier ones, in several languages. Read-only for its users."""
    return store_of(tmp_path_factory.mktemp("treatment"))
