"""The answers over the store: lineage, clauses by Article, xref, check, search, language versions,
exports and pictures."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import networkx as nx
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from copmop.graph.check import check
from copmop.graph.lineage import lineage
from copmop.graph.synthetic import generate
from copmop.pipeline.cli import main
from copmop.pipeline.errors import NotFound
from copmop.pipeline.ingest import ingest
from copmop.pipeline.search import search
from copmop.pipeline.store import Store
from tests.conftest import EN_DECISION, SEED_DECISION, SEED_PLAN


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("graph") / "store.duckdb"
    report = ingest([SEED_DECISION, SEED_PLAN, EN_DECISION], path, jobs=1)
    assert not report.errors
    return str(path)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_lineage_of_cp_10_7_counts_each_decision_once_over_its_languages(db: str) -> None:
    with Store(db, read_only=True) as store:
        links = lineage(store, "CP-10/7")
    assert [(x.decision, x.direction, x.depth, x.in_store, x.via) for x in links] == [
        ("CP-5/1", "cites", 1, False, ["CP-10/7@en#42", "CP-10/7@zh#42"]),
        ("CP-5/16", "cites", 1, False, ["CP-10/7@en#1", "CP-10/7@zh#1"]),
        ("CP-8/15", "cites", 1, False, ["CP-10/7@en#7", "CP-10/7@zh#7"]),
        ("CP-10/3", "cites", 1, False, ["CP-10/7@en#2", "CP-10/7@zh#2"]),
        ("CP-10/4", "cites", 1, False, ["CP-10/7@en#2", "CP-10/7@zh#2"]),
    ]


def test_lineage_cited_by_reaches_documents_and_unknown_decisions_say_so(db: str) -> None:
    with Store(db, read_only=True) as store:
        links = lineage(store, "BS-IV/15", "cited_by")
        assert [(x.decision, x.kind, x.in_store, x.via) for x in links] == [
            (
                "UNEP/CBD/BS/COP-MOP/5/16",
                "document",
                True,
                ["UNEP/CBD/BS/COP-MOP/5/16@zh#2", "UNEP/CBD/BS/COP-MOP/5/16@zh#3"],
            ),
        ]
        with pytest.raises(NotFound, match="CP-99/1: not in the store, and cited by nothing in it"):
            lineage(store, "CP-99/1")


def test_lineage_is_transitive_with_the_clauses_of_each_link(tmp_path: Path) -> None:
    path = tmp_path / "chain.duckdb"
    with Store(path) as store:
        store.query(
            "INSERT INTO documents (doc_id, kind, decision, lang, meeting) VALUES "
            "('CP-3/1@en', 'decision', 'CP-3/1', 'en', 3), "
            "('CP-2/1@en', 'decision', 'CP-2/1', 'en', 2)"
        )
        store.query(
            "INSERT INTO citations VALUES "
            "('CP-3/1@en', 'CP-3/1@en#4', NULL, 'decision', 'CP-2/1', NULL, 'x', 0, 1, 'mentions'), "
            "('CP-2/1@en', 'CP-2/1@en#9', NULL, 'decision', 'CP-1/1', NULL, 'x', 0, 1, 'mentions')"
        )
        found = [(x.decision, x.depth, x.via) for x in lineage(store, "CP-3/1", "cites")]
        assert found == [("CP-2/1", 1, ["CP-3/1@en#4"]), ("CP-1/1", 2, ["CP-2/1@en#9"])]
        assert [x.decision for x in lineage(store, "CP-3/1", "cites", depth=1)] == ["CP-2/1"]
        assert [(x.decision, x.depth) for x in lineage(store, "CP-1/1", "cited_by")] == [
            ("CP-2/1", 1),
            ("CP-3/1", 2),
        ]


def test_lineage_json_has_the_contract_fields(db: str) -> None:
    rows = json.loads(run("lineage", "CP-10/7", "--db", db, "--format", "json").stdout)
    assert {r["decision"] for r in rows} == {"CP-5/16", "CP-8/15", "CP-10/3", "CP-10/4", "CP-5/1"}
    assert all({"decision", "direction", "depth", "via"} <= set(r) for r in rows)


def test_clauses_citing_article_22_come_from_both_documents(db: str) -> None:
    out = json.loads(run("clauses", "--article", "22", "--db", db, "--format", "json").stdout)
    assert [(r["par_id"], r["decision"], r["number"], r["pinpoint"]) for r in out] == [
        ("UNEP/CBD/BS/COP-MOP/5/16@zh#annex-I/5", None, "5", None),
        ("CP-10/7@en#pre2", "CP-10/7", None, None),
        ("CP-10/7@en#49", "CP-10/7", "49", None),
        ("CP-10/7@zh#pre2", "CP-10/7", None, None),
        ("CP-10/7@zh#49", "CP-10/7", "49", None),
    ]
    assert out[-1]["text"].startswith("鼓励缔约方按照《议定书》第22条和《公约》第19条")
    only_zh = json.loads(
        run(
            "clauses",
            "--article",
            "22",
            "--lang",
            "zh",
            "--decision",
            "CP-10/7",
            "--db",
            db,
            "--format",
            "json",
        ).stdout
    )
    assert [r["par_id"] for r in only_zh] == ["CP-10/7@zh#pre2", "CP-10/7@zh#49"]
    convention = json.loads(
        run("clauses", "--article", "CBD/19", "--db", db, "--format", "json").stdout
    )
    assert [r["par_id"] for r in convention] == ["CP-10/7@en#49", "CP-10/7@zh#49"]


def test_xref_counts_the_clauses_of_each_decision_once(db: str, tmp_path: Path) -> None:
    result = run(
        "xref",
        "--rows",
        "decision",
        "--cols",
        "article",
        "--meetings",
        "5-10",
        "--db",
        db,
        "--format",
        "csv",
    )
    assert result.stdout == (
        "decision,CPB/1,CPB/16,CPB/17,CPB/20,CPB/22,CPB/26,CPB/28,CPB/35,CBD/19\n"
        "CP-10/7,1,1,1,1,2,1,1,1,1\n"
    )
    assert run("xref", "--meetings", "11-16", "--db", db, "--format", "csv").stdout == "decision\n"
    objectives = run(
        "xref", "--rows", "document", "--cols", "objective", "--db", db, "--format", "csv"
    )
    header, *rows = list(csv.reader(io.StringIO(objectives.stdout)))
    assert header[:4] == ["document", "1.1", "1.2", "1.3"] and "2.8" in header
    assert [r[0] for r in rows] == ["CP-10/7", "UNEP/CBD/BS/COP-MOP/5/16"]


def test_xref_workbook_has_the_numbers_of_the_csv(db: str, tmp_path: Path) -> None:
    out = tmp_path / "xref.xlsx"
    result = run("xref", "--db", db, "--format", "xlsx", "--out", str(out))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    as_csv = list(csv.reader(io.StringIO(run("xref", "--db", db, "--format", "csv").stdout)))
    assert [[str(v) for v in row] for row in values] == as_csv
    assert sheet["A1"].font.bold and sheet.freeze_panes == "B2"
    assert sheet.column_dimensions["A"].width >= len("CP-10/7")
    missing = run("xref", "--db", db, "--format", "xlsx")
    assert (missing.exit_code, missing.stderr) == (
        2,
        "copmop: --format xlsx: give the workbook's file with --out FILE.xlsx\n",
    )


def test_check_lists_the_objectives_the_plan_never_defines(db: str) -> None:
    with Store(db, read_only=True) as store:
        found = check(store)
    assert [(d.kind, d.target, d.par_id.split("#")[1], d.reason) for d in found] == [
        (
            "objective",
            "2.8",
            "annex-II/2.2(e)",
            "operational objective 2.8 is defined by no plan in the store",
        ),
        (
            "objective",
            "2.7",
            "annex-II/2.2(f)",
            "operational objective 2.7 is defined by no plan in the store",
        ),
    ]
    rows = json.loads(run("check", "--db", db, "--format", "json").stdout)
    assert [r["target"] for r in rows] == ["2.8", "2.7"]
    assert all({"kind", "target", "par_id", "reason"} <= set(r) for r in rows)


def test_check_finds_missing_paragraphs_articles_and_unknown_symbols(tmp_path: Path) -> None:
    path = tmp_path / "check.duckdb"
    ingest([SEED_DECISION], path, jobs=1)
    with Store(path) as store:
        store.query(
            "INSERT INTO paragraphs (par_id, doc_id, seq, kind, text) VALUES "
            "('X@en#1', 'X@en', 0, 'operative', 'x')"
        )
        store.query(
            "INSERT INTO citations VALUES "
            "('X@en', 'X@en#1', NULL, 'decision', 'CP-10/7', 'para 52', 'x', 0, 1, 'mentions'), "
            "('X@en', 'X@en#1', NULL, 'decision', 'CP-10/7', 'annex II', 'x', 0, 1, 'mentions'), "
            "('X@en', 'X@en#1', NULL, 'decision', 'CP-10/7', 'annex II, para 3', 'x', 0, 1, 'mentions'), "
            "('X@en', 'X@en#1', NULL, 'article', 'CPB/45', NULL, 'x', 0, 1, 'mentions'), "
            "('X@en', 'X@en#1', NULL, 'document', 'CBD/FOO/3', NULL, 'x', 0, 1, 'mentions')"
        )
        assert [d.reason for d in check(store)] == [
            "CP-10/7 has no annex II",
            "CP-10/7 has no annex II",
            "the Protocol has no Article 45 (it has 40)",
            "CP-10/7 has no paragraph 52 (its last is 49)",
            "CBD/FOO/3 has no document number after its meeting 3",
        ]


def test_search_finds_section_c_of_cp_10_7_first(db: str) -> None:
    with Store(db, read_only=True) as store:
        assert store.fts
        _, rows = search(store, "风险评估")
        assert rows[0][0] == "CP-10/7@zh#sec-C"
        assert {r[0] for r in rows[:6]} >= {"CP-10/7@zh#16", "CP-10/7@zh#17"}
        _, english = search(store, "risk assessment", langs=["en"])
        assert english[0][0] == "CP-10/7@en#sec-C"


def test_the_fts_extension_is_the_one_pinned_for_this_duckdb() -> None:
    from importlib.metadata import version

    assert version("duckdb-extension-fts") == duckdb.__version__


def test_show_prints_language_versions_side_by_side(db: str) -> None:
    result = run("show", "CP-10/7", "--para", "7", "--lang", "zh,en", "--db", db)
    lines = result.stdout.splitlines()
    assert (
        lines[0].split("|")[0].strip() == "CP-10/7@zh"
        and lines[0].split("|")[1].strip() == "CP-10/7@en"
    )
    assert (
        lines[2].startswith("[7] 严重关切地注意到") and "[7] Notes with serious concern" in lines[2]
    )
    assert any(
        "[fn5] 见第 CP-VIII/15 号决定。" in line and "[fn5] See decision CP-VIII/15." in line
        for line in lines
    )


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_graph_exports_load_back(db: str, tmp_path: Path, fmt: str) -> None:
    from copmop.graph.build import citation_graph
    from copmop.graph.export import load

    out = tmp_path / f"g.{fmt}"
    assert run("graph", "export", "--format", fmt, "--out", str(out), "--db", db).exit_code == 0
    with Store(db, read_only=True) as store:
        built = citation_graph(store)
    back = load(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        built.number_of_nodes(),
        built.number_of_edges(),
    )
    assert back.nodes["CP-10/7"]["kind"] == "decision"
    assert nx.has_path(nx.DiGraph(back), "CP-10/7@zh#42", "CP-5/1")


def test_graph_plot_draws_the_lineage(db: str, tmp_path: Path) -> None:
    png, svg = tmp_path / "l.png", tmp_path / "l.svg"
    assert run("graph", "plot", "CP-10/7", "--out", str(png), "--db", db).exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert run("graph", "plot", "CP-10/7", "--out", str(svg), "--db", db).exit_code == 0
    text = svg.read_text(encoding="utf-8")
    assert "CP-5/16" in text and "meeting 10" in text


def test_synthetic_corpus_is_deterministic(tmp_path: Path) -> None:
    a = generate(tmp_path / "a.duckdb", decisions=160, citations=3000)
    b = generate(tmp_path / "b.duckdb", decisions=160, citations=3000)
    assert a == b == {"documents": 161, "paragraphs": 1303, "citations": 3000}
    query = "SELECT md5(string_agg(par_id || kind || target || coalesce(pinpoint, ''), ',' ORDER BY ALL)) FROM citations"
    with (
        Store(tmp_path / "a.duckdb", read_only=True) as x,
        Store(tmp_path / "b.duckdb", read_only=True) as y,
    ):
        assert x.query(query)[1] == y.query(query)[1]
        assert x.query("SELECT min(meeting), max(meeting) FROM documents WHERE kind = 'decision'")[
            1
        ] == [(1, 16)]


def test_xref_counts_the_recommendations_of_subsidiary_bodies(tmp_path: Path) -> None:
    path = tmp_path / "recommendations.duckdb"
    fixtures = Path(__file__).parent / "fixtures"
    report = ingest([fixtures / "r2-16-31.en.txt", fixtures / "r2-cp-11-4.zh.txt"], path, jobs=1)
    assert not report.errors
    result = run("xref", "--cols", "recommendation", "--db", str(path), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["decision", "DSI-2/1", "SBI-3/15", "SBI-4/9", "SBSTTA-24/1", "SBSTTA-26/3", "WG8J-12/1"],
        ["CP-11/4", "0", "1", "0", "0", "1", "0"],
        ["COP-16/31", "1", "1", "1", "1", "0", "1"],
    ]
