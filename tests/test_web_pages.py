"""The web view's pages over the demo store, through Flask's test client: each page says exactly what
the CLI's answer says, and every citation, clause and node is a link to where it leads."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from flask.testing import FlaskClient

from copmop.graph.check import check
from copmop.graph.lineage import lineage
from copmop.graph.xref import xref
from copmop.pipeline.cli import main
from copmop.pipeline.queries import clauses_citing
from copmop.pipeline.search import search
from copmop.pipeline.store import Store
from copmop.web import create_app
from tests.conftest import SEED_DECISION


@pytest.fixture(scope="module")
def client(demo_store: Path) -> FlaskClient:
    return create_app(str(demo_store)).test_client()


def page(client: FlaskClient, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:2000]
    assert response.mimetype == "text/html"
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def links(node: Any) -> list[tuple[str, str]]:
    """(text, href) of every link under a node."""
    return [(a.get_text(" ", strip=True), a["href"]) for a in node.find_all("a")]


def cli_file(tmp_path: Path, name: str, *args: str) -> bytes:
    out = tmp_path / name
    result = CliRunner().invoke(main, [*args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_home_shows_the_store_s_figures_its_meetings_and_their_decisions(
    client: FlaskClient,
) -> None:
    home = page(client, "/")
    figures = {
        dt.get_text(): dd.get_text()
        for dt, dd in zip(*[home.select(".figures " + x) for x in ("dt", "dd")], strict=True)
    }
    assert figures == {
        "documents": "3",
        "decisions": "1",
        "clauses": "462",
        "citations": "143",
        "meetings": "2",
        "languages": "en, zh",
    }
    meetings = home.select(".meeting")
    assert [links(m.h3) for m in meetings] == [
        [("CP meeting 10", "/meeting/CP/10")],
        [("CP meeting 5", "/meeting/CP/5")],
    ]
    assert [links(m.select_one(".entries")) for m in meetings] == [
        [("CP-10/7", "/decision/CP-10/7")],
        [("UNEP/CBD/BS/COP-MOP/5/16", "/decision/UNEP/CBD/BS/COP-MOP/5/16")],
    ]
    assert home.select_one(".flagged p").get_text() == (
        "None: the structural check at ingest found nothing wrong."
    )
    assert home.select_one("form.search-box")["action"] == "/search"


def test_documents_of_no_known_meeting_have_their_own_page(
    demo_store: Path, tmp_path: Path
) -> None:
    db = tmp_path / "nomeeting.duckdb"
    shutil.copy(demo_store, db)
    with Store(db) as store:
        store.query("UPDATE documents SET body = NULL, meeting = NULL WHERE kind = 'document'")
    client = create_app(str(db)).test_client()
    home = page(client, "/")
    assert [links(m.h3) for m in home.select(".meeting")] == [
        [("CP meeting 10", "/meeting/CP/10")],
        [("meeting unknown", "/meeting/-/unknown")],
    ]
    unknown = page(client, "/meeting/-/unknown")
    assert links(unknown.select_one("table.list tbody"))[0] == (
        "UNEP/CBD/BS/COP-MOP/5/16",
        "/decision/UNEP/CBD/BS/COP-MOP/5/16",
    )
    decision = page(client, "/decision/UNEP/CBD/BS/COP-MOP/5/16")
    assert decision.select("dl.meta dd")[2].get_text() == "unknown"


def test_a_meeting_lists_its_decisions_in_each_language(client: FlaskClient) -> None:
    meeting = page(client, "/meeting/CP/10")
    assert links(meeting.select_one("table.list tbody")) == [
        ("CP-10/7", "/decision/CP-10/7"),
        ("zh", "/decision/CP-10/7?lang=zh"),
        ("en", "/decision/CP-10/7?lang=en"),
    ]


def test_search_finds_what_copmop_search_finds_chinese_included(
    client: FlaskClient, demo_store: Path
) -> None:
    with Store(demo_store, read_only=True) as store:
        _, rows = search(store, "风险评估", None, 50)
    results = page(client, "/search?q=风险评估").select("ol.results > li")
    expected = [f"/decision/{r[0].replace('#', '#p-', 1)}" for r in rows]
    assert [li.select_one(".where a")["href"] for li in results] == expected
    assert expected[:3] == [
        "/decision/CP-10/7@zh#p-sec-C",
        "/decision/UNEP/CBD/BS/COP-MOP/5/16@zh#p-annex-I/obj-1.3",
        "/decision/UNEP/CBD/BS/COP-MOP/5/16@zh#p-annex-I/obj-2.1",
    ]
    assert results[0].select_one("p.text").get_text() == "风险评估和风险管理"


def test_search_in_one_language_and_by_pages(client: FlaskClient) -> None:
    english = page(client, "/search?q=risk+assessment&lang=en").select("ol.results > li")
    assert english and {li.select_one(".lang").get_text() for li in english} == {"en"}
    first = page(client, "/search?q=缔约方")
    assert first.select_one(".pager span").get_text() == "page 1, from 1"  # not counted: more
    assert links(first.select_one(".pager")) == [
        ("next →", "/search?q=%E7%BC%94%E7%BA%A6%E6%96%B9&page=2")
    ]
    second = page(client, "/search?q=缔约方&page=2")
    assert second.select_one(".pager span").get_text() == "page 2, from 51"
    third = page(client, "/search?q=缔约方&page=3")
    assert third.select_one(".pager span").get_text() == "page 3 of 3 (139)"
    assert third.select_one("ol.results")["start"] == "101"
    assert len(third.select("ol.results > li")) == 39
    page(client, "/search?q=缔约方&page=4", 404)
    assert page(client, "/search").select_one("main p").get_text().startswith("Type words")


def test_a_decision_shows_its_title_block_clauses_verbs_pages_and_footnotes(
    client: FlaskClient,
) -> None:
    decision = page(client, "/decision/CP-10/7")
    assert decision.h1.select_one(".id").get_text() == "CP-10/7"
    meta = decision.select_one("dl.meta")
    assert dict(
        zip(
            [x.get_text() for x in meta.select("dt")],
            [x.get_text(" ", strip=True) for x in meta.select("dd")],
            strict=True,
        )
    ) == {
        "document": "CP-10/7@zh",
        "decision": "CP-10/7",
        "meeting": "CP 10",
        "agenda item": "9",
        "place": "加拿大蒙特利尔",
        "dates": "2022-12-07 to 2022-12-19",
        "source": f"{SEED_DECISION} (5 pages)",
    }
    seven = decision.select_one("article#p-7")
    assert seven.select_one("p.text").get_text() == (
        "严重关切地注意到仅有大约一半的缔约方充分采取了必要法律、行政和其他措施履行《议定书》规定的义务，"
        "《卡塔赫纳生物安全议定书2011-2020年战略计划》中期评估以来这方面的进展有限；5"
    )
    assert seven.select_one("strong.verb").get_text() == "严重关切地注意到"
    assert links(seven.select_one("sup.note")) == [("5", "#p-fn5")]
    assert seven.select_one(".pages").get_text() == "p. 2"
    assert links(seven.select_one(".refs")) == [("CP-8/15", "/lineage/CP-8/15")]
    assert seven.select_one(".refs .via").get_text() == "in fn 5"
    footnote = decision.select_one("article#p-fn5")
    assert footnote.select_one(".num").get_text() == "fn 5"
    assert links(footnote.select_one("p.text")) == [("第 CP-VIII/15 号决定", "/lineage/CP-8/15")]
    heading = decision.select_one("article#p-sec-C h3")
    assert heading.get_text(" ", strip=True) == "C. 风险评估和风险管理"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # Articles lead to the clauses that cite them
        (
            "pre2",
            [
                ("《议定书》关于能力建设的第 22 条", "/clauses?article=CPB/22"),
                ("《议定书》关于财务机制和资源的第 28 条", "/clauses?article=CPB/28"),
            ],
        ),
        # a decision the store does not hold leads to its place in the lineage graph
        ("fn2", [("第 CP-10/3 号决定，附件", "/lineage/CP-10/3")]),
        # a document the store does not hold, to what cites it
        ("fn4", [("CBD/SBI/3/3，附件一和二", "/target?kind=document&id=CBD/SBI/3/3")]),
    ],
)
def test_every_citation_is_a_link_to_where_its_target_leads(
    client: FlaskClient, path: str, expected: list[tuple[str, str]]
) -> None:
    clause = page(client, "/decision/CP-10/7").select_one(f"article#p-{path} p.text")
    assert links(clause) == expected


def test_an_objective_defined_in_the_store_leads_to_the_plan_s_clause(client: FlaskClient) -> None:
    plan = page(client, "/decision/UNEP/CBD/BS/COP-MOP/5/16")
    hrefs = {href for _, href in links(plan.select_one("section.clauses"))}
    assert "/decision/UNEP/CBD/BS/COP-MOP/5/16@zh#p-annex-I/obj-1.3" in hrefs
    assert "/target?kind=objective&id=2.8" in hrefs  # defined by no plan: what cites it


def test_languages_side_by_side_are_aligned_by_clause_number(
    client: FlaskClient, demo_store: Path
) -> None:
    decision = page(client, "/decision/CP-10/7")
    assert links(decision.select_one("nav.versions"))[:3] == [
        ("中文", "/decision/CP-10/7?lang=zh"),
        ("English", "/decision/CP-10/7?lang=en"),
        ("side by side", "/decision/CP-10/7?lang=zh,en"),
    ]
    both = page(client, "/decision/CP-10/7?lang=zh,en")
    assert [th.get_text(" ", strip=True) for th in both.select("table.side-by-side th")] == [
        "中文 CP-10/7@zh",
        "English CP-10/7@en",
    ]
    with Store(demo_store, read_only=True) as store:
        _, texts = store.query(
            "SELECT par_id, text FROM paragraphs WHERE doc_id LIKE 'CP-10/7@%' ORDER BY seq"
        )
    text = dict(texts)
    row = both.select_one("tr#p-7")
    assert [td.select_one("p.text").get_text() for td in row.select("td")] == [
        text["CP-10/7@zh#7"] + "5",
        text["CP-10/7@en#7"] + "5",
    ]
    paths = {par_id.partition("#")[2] for par_id in text}
    assert {tr["id"][2:] for tr in both.select("table.side-by-side tbody tr")} == paths


def test_a_decision_in_one_language_or_by_its_doc_id(client: FlaskClient) -> None:
    english = page(client, "/decision/CP-10/7?lang=en")
    assert english.select_one("dl.meta dd").get_text() == "CP-10/7@en"
    assert english.select_one("article#p-7 strong.verb").get_text() == "Notes with serious concern"
    by_id = page(client, "/decision/CP-10/7@en")
    assert by_id.select_one("dl.meta dd").get_text() == "CP-10/7@en"


def test_the_lineage_picture_and_table_are_those_of_copmop_lineage(
    client: FlaskClient, demo_store: Path
) -> None:
    with Store(demo_store, read_only=True) as store:
        expected = lineage(store, "CP-10/7", "both", 1)
    view = page(client, "/lineage/CP-10/7")
    nodes = view.select("svg a.node")
    assert [(n["data-node"], n["href"]) for n in nodes] == [
        ("CP-10/7", "/lineage/CP-10/7?direction=both&depth=1"),
        *[
            (x.decision, f"/lineage/{x.decision}?direction=both&depth=1")
            for x in sorted(expected, key=lambda x: x.decision)
        ],
    ]
    assert "focus" in nodes[0]["class"] and all("missing" in n["class"] for n in nodes[1:])
    assert sorted((e["data-from"], e["data-to"]) for e in view.select("svg path.edge")) == sorted(
        ("CP-10/7", x.decision) for x in expected
    )
    rows = [
        [td.get_text(strip=True) for td in tr.select("td")]
        for tr in view.select("table.lineage-table tbody tr")
    ]
    assert rows == [
        [
            x.decision,
            x.direction,
            str(x.depth),
            "no",
            x.kind,
            str(x.meeting),
            ",".join(x.treatments),
            ",".join(x.via),
            "",
        ]
        for x in expected
    ]
    assert [x.decision for x in expected] == ["CP-5/1", "CP-5/16", "CP-8/15", "CP-10/3", "CP-10/4"]


def test_the_lineage_of_a_decision_known_only_as_a_target(client: FlaskClient) -> None:
    view = page(client, "/lineage/CP-8/15?direction=cited_by&depth=all")
    assert (
        view.select_one(".about-focus")
        .get_text(" ", strip=True)
        .startswith("CP-8/15 is not in the store")
    )
    assert [n["data-node"] for n in view.select("svg a.node")] == ["CP-8/15", "CP-10/7"]
    assert links(view.select_one("table.lineage-table tbody"))[0] == (
        "CP-10/7",
        "/decision/CP-10/7",
    )
    nothing = page(client, "/lineage/CP-8/15?direction=cites")
    assert nothing.select_one("p.empty").get_text() == "CP-8/15 has no lineage in this direction."


def test_clauses_by_article_are_those_of_copmop_clauses(
    client: FlaskClient, demo_store: Path
) -> None:
    with Store(demo_store, read_only=True) as store:
        _, rows = clauses_citing(store, "22", "CPB", None, ["zh"], (5, 10))
    view = page(client, "/clauses?article=22&lang=zh&meeting=5-10")
    assert [links(tr.td)[0][1] for tr in view.select("table.list tbody tr")] == [
        f"/decision/{r[0].replace('#', '#p-', 1)}" for r in rows
    ]
    assert len(rows) == 3
    index = page(client, "/clauses")
    assert ("CPB/22", "/clauses?article=CPB/22") in links(index.select_one("ul.articles"))
    empty = page(client, "/clauses?article=22&lang=ru")
    assert empty.select_one("p.empty").get_text() == (
        "No clause cites it: the store holds no document in ru (it holds en, zh)."
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_clauses_downloads_are_the_cli_s_files(
    client: FlaskClient, demo_store: Path, tmp_path: Path, fmt: str
) -> None:
    response = client.get(f"/clauses.{fmt}?article=22&instrument=CPB")
    assert response.status_code == 200
    assert response.data == cli_file(
        tmp_path, f"c.{fmt}", "clauses", "--article", "22", "--format", fmt, "--db", str(demo_store)
    )


def test_the_xref_table_is_that_of_copmop_xref(client: FlaskClient, demo_store: Path) -> None:
    with Store(demo_store, read_only=True) as store:
        columns, rows = xref(store, "decision", "article", (5, 10))
    view = page(client, "/xref?meetings=5-10")
    table = view.select_one("table.xref")
    assert [th.get_text() for th in table.thead.select("th")] == columns
    assert [[c.get_text() for c in tr.select("th, td")] for tr in table.tbody.select("tr")] == [
        [str(v) for v in row] for row in rows
    ]
    assert links(table.thead)[0] == ("CPB/1", "/clauses?article=CPB/1")
    assert links(table.tbody)[:2] == [
        ("CP-10/7", "/decision/CP-10/7"),
        ("1", "/clauses?article=CPB/1&decision=CP-10/7"),
    ]


@pytest.mark.parametrize(
    ("query", "args"),
    [
        ("", []),
        ("?meetings=5-10", ["--meetings", "5-10"]),
        ("?rows=document&cols=objective", ["--rows", "document", "--cols", "objective"]),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_xref_downloads_are_the_cli_s_files_byte_for_byte(
    client: FlaskClient, demo_store: Path, tmp_path: Path, fmt: str, query: str, args: list[str]
) -> None:
    response = client.get(f"/xref.{fmt}{query}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    assert response.data == cli_file(
        tmp_path, f"x.{fmt}", "xref", *args, "--format", fmt, "--db", str(demo_store)
    )


def test_check_lists_what_copmop_check_finds_each_linked_to_its_clause(
    client: FlaskClient, demo_store: Path
) -> None:
    with Store(demo_store, read_only=True) as store:
        found = check(store)
    view = page(client, "/check")
    rows = view.select("table.check tbody tr")
    assert [[td.get_text() for td in tr.select("td")] for tr in rows] == [
        [d.par_id, d.kind, d.target, d.pinpoint or "", d.reason] for d in found
    ]
    assert [links(tr.td)[0][1] for tr in rows] == [
        "/decision/UNEP/CBD/BS/COP-MOP/5/16@zh#p-annex-II/2.2(e)",
        "/decision/UNEP/CBD/BS/COP-MOP/5/16@zh#p-annex-II/2.2(f)",
    ]
    target = page(client, "/decision/UNEP/CBD/BS/COP-MOP/5/16@zh")
    assert target.find(id="p-annex-II/2.2(e)") is not None
    assert view.select_one("#structure + p.empty") is not None


def test_what_cites_a_target_the_store_does_not_hold(client: FlaskClient) -> None:
    view = page(client, "/target?kind=objective&id=2.8")
    assert view.h1.get_text(" ", strip=True) == "What cites 2.8 (objective)"
    assert links(view.select_one("table.list tbody"))[0] == (
        "UNEP/CBD/BS/COP-MOP/5/16@zh#annex-II/2.2(e)",
        "/decision/UNEP/CBD/BS/COP-MOP/5/16@zh#p-annex-II/2.2(e)",
    )
