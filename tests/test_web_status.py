"""The web view on treatments and statuses, through Flask's test client: a decision's status is the
answer of ``copmop status``, a paragraph that no longer holds as printed is marked as ``copmop show``
marks it and leads to what changed it, every citation says how its clause treats what it cites, and
the lineage keeps to the treatments asked for as ``copmop lineage --treatment`` does. Over the
synthetic store (its chains of changes) and the treatment fixtures."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from flask.testing import FlaskClient

from copmop.pipeline.cli import main
from copmop.pipeline.queries import resolve_documents, show_rows
from copmop.pipeline.store import Store
from copmop.web import create_app
from tests.test_web_pages import links, page
from tests.test_web_safety import crawl, every_link_leads_somewhere


@pytest.fixture(scope="module")
def client(demo_store: Path) -> FlaskClient:
    return create_app(str(demo_store)).test_client()


def said(node: Any) -> str:
    """A node's text as a reader sees it: whitespace runs as one space."""
    return " ".join(node.get_text().split())


def cli_csv(*args: str) -> list[list[str]]:
    """The rows (header first) the CLI writes with ``--format csv``."""
    result = CliRunner().invoke(main, [*args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.reader(io.StringIO(result.output)))


def show_marks(db: Path, ident: str) -> dict[str, str]:
    """``copmop show``'s mark of each paragraph that no longer holds as printed, by clause path."""
    with Store(db, read_only=True) as store:
        columns, rows = show_rows(store, resolve_documents(store, ident), None)
    items = [dict(zip(columns, row, strict=True)) for row in rows]
    return {i["par_id"].partition("#")[2]: "✗ " + i["status"] for i in items if i["status"]}


def web_marks(view: BeautifulSoup) -> dict[str, str]:
    return {a["id"][2:]: said(a.select_one("p.standing")) for a in view.select("article.no-longer")}


@pytest.fixture(scope="module")
def synthetic_client(small_synthetic: Path) -> FlaskClient:
    return create_app(str(small_synthetic)).test_client()


def test_a_decision_s_status_is_the_answer_of_copmop_status(
    synthetic_client: FlaskClient, small_synthetic: Path
) -> None:
    """CP-9/1 of the synthetic store: its paragraph 7 replaced twice and extended, then the whole
    decision retired by CP-16/19."""
    view = page(synthetic_client, "/decision/CP-9/1")
    status = view.select_one("section.status")
    assert said(status.select_one("p.standing")) == "CP-9/1: retired by CP-16/19 ¶4 (2018-10-20)"
    assert links(status.select_one("p.standing")) == [("CP-16/19 ¶4", "/decision/CP-16/19@en#p-4")]
    assert said(status.select_one("summary")) == (
        "8 parts: 8 retired — every part and what decided it, as copmop status CP-9/1 answers"
    )
    heads = [th.get_text() for th in status.select("thead th")]
    rows = [[td.get_text() for td in tr.select("td")] for tr in status.select("tbody tr")]
    assert [heads, *rows] == cli_csv("status", "CP-9/1", "--db", str(small_synthetic))
    seventh = [row[4:8] for row in rows if row[1] == "para 7"]
    assert seventh == [
        ["replaces", "CP-10/11", "2", "2012-10-20"],
        ["replaces", "CP-12/5", "4", "2014-10-20"],
        ["extends", "CP-16/8", "8", "2018-10-20"],
        ["retires", "CP-16/19", "4", "2018-10-20"],
    ]
    assert ("retires", "/decision/CP-16/19@en#p-4") in [
        (tr.select("td")[4].get_text(), tr.select("td")[9].a["href"])
        for tr in status.select("tbody tr")
        if tr.select("td")[9].a
    ]


def test_a_replaced_or_retired_paragraph_is_marked_as_copmop_show_marks_it(
    synthetic_client: FlaskClient, small_synthetic: Path
) -> None:
    retired = page(synthetic_client, "/decision/CP-9/1")
    marks = web_marks(retired)
    assert marks == show_marks(small_synthetic, "CP-9/1")
    assert sorted(marks, key=int) == [str(n) for n in range(1, 9)]  # every paragraph, with it
    assert marks["7"] == "✗ retired by CP-16/19 ¶4 (2018-10-20) (through its decision)"
    replaced = page(synthetic_client, "/decision/CP-10/16")
    assert (
        web_marks(replaced)
        == show_marks(small_synthetic, "CP-10/16")
        == {"5": "✗ replaced by CP-13/20 ¶3 (2015-10-20), then by CP-16/2 ¶8 (2018-10-20)"}
    )
    assert links(replaced.select_one("article#p-5 p.standing")) == [
        ("CP-13/20 ¶3", "/decision/CP-13/20@en#p-3"),
        ("CP-16/2 ¶8", "/decision/CP-16/2@en#p-8"),
    ]
    assert replaced.select_one("article#p-4 p.standing") is None
    assert said(replaced.select_one("section.status p.standing")) == "CP-10/16: in force"
    target = page(synthetic_client, "/decision/CP-16/2@en")
    assert target.find(id="p-8") is not None


def test_every_citation_says_how_its_clause_treats_what_it_cites(
    synthetic_client: FlaskClient, small_synthetic: Path
) -> None:
    view = page(synthetic_client, "/decision/CP-10/16")
    shown = sorted(
        (a.get_text(), li.select_one(".treatment").get_text())
        for li in view.select("article#p-2 .refs li")
        for a in li.select("a")
    )
    with Store(small_synthetic, read_only=True) as store:
        _, rows = store.query(
            "SELECT DISTINCT target || coalesce(' ' || pinpoint, ''), treatment FROM citations "
            "WHERE par_id = 'CP-10/16@en#2'"
        )
    assert shown == sorted(rows)
    assert ("CP-9/13 para 4", "in-accordance-with") in shown
    heads = [th.get_text() for th in view.select("#cited-by thead th")]
    assert heads == ["clause", "pinpoint", "treatment", "as written"]
    cited = [
        [td.get_text() for td in tr.select("td")][:3] for tr in view.select("#cited-by tbody tr")
    ]
    assert ["CP-13/20@en#3", "para 5", "replaces"] in cited
    assert ["CP-16/2@en#8", "para 5", "replaces"] in cited


def test_status_as_of_a_day_as_copmop_status_as_of(treatment_store: Path) -> None:
    client = create_app(str(treatment_store)).test_client()
    view = page(client, "/decision/CP-10/10@fr?as_of=2024-01-01")
    rows = [
        [td.get_text() for td in tr.select("td")] for tr in view.select("section.status tbody tr")
    ]
    expected = cli_csv("status", "CP-10/10", "--as-of", "2024-01-01", "--db", str(treatment_store))
    assert rows == expected[1:]
    assert said(view.select_one("section.status p.standing")).endswith("(as of 2024-01-01)")
    later = page(client, "/decision/CP-10/10@fr?as_of=2026-11-30")
    assert web_marks(later)["4"] == "✗ elapsed on 2024-11-01"
    assert "4" not in web_marks(view)


def test_a_document_that_is_not_a_decision_has_no_status(client: FlaskClient) -> None:
    view = page(client, "/decision/UNEP/CBD/BS/COP-MOP/5/16")
    assert view.select_one("section.status") is None
    assert view.select("article.no-longer") == []


def test_the_lineage_keeps_to_the_treatments_asked_for_as_copmop_lineage_does(
    treatment_store: Path,
) -> None:
    client = create_app(str(treatment_store)).test_client()
    url = "/lineage/CP-4/11?direction=cited_by&treatment=extends&treatment=retires"
    view = page(client, url)
    rows = [
        [said(td) for td in tr.select("td")] for tr in view.select("table.lineage-table tbody tr")
    ]
    cli = cli_csv(
        "lineage",
        "CP-4/11",
        "--direction",
        "cited_by",
        "--treatment",
        "extends,retires",
        "--db",
        str(treatment_store),
    )
    assert rows == [[*r[:3], "yes" if r[3] == "True" else "no", *r[4:]] for r in cli[1:]]
    assert [r[0] for r in rows] == ["CP-5/12", "CP-6/12", "CP-12/13"]
    assert [r[6] for r in rows] == ["extends", "extends", "retires"]
    ticked = [box["value"] for box in view.select("fieldset.treatments input[checked]")]
    assert ticked == ["retires", "extends"]
    nodes = {a["data-node"]: a["href"] for a in view.select("svg a.node")}
    assert nodes["CP-12/13"] == (
        "/lineage/CP-12/13?direction=cited_by&depth=1&treatment=extends,retires"
    )
    # the same answer whichever way the treatments are given; none: every link
    same = page(client, "/lineage/CP-4/11?direction=cited_by&treatment=extends,retires")
    assert (
        same.select_one("table.lineage-table").decode()
        == view.select_one("table.lineage-table").decode()
    )
    every = page(client, "/lineage/CP-4/11?direction=cited_by")
    assert len(every.select("table.lineage-table tbody tr")) > len(rows)
    none = page(client, "/lineage/CP-8/3?treatment=retires")
    assert said(none.select_one("p.empty")) == (
        "CP-8/3 has no lineage in this direction through clauses that treat what they cite so "
        "(retires)."
    )


def test_every_link_of_the_treatments_and_statuses_leads_somewhere(treatment_store: Path) -> None:
    """The treatment fixtures: each deciding clause of a status, each marked paragraph's link to what
    replaced it, each lineage filtered by treatment."""
    client = create_app(str(treatment_store)).test_client()
    pages = crawl(client, "/", "/lineage/CP-4/11?direction=cited_by&treatment=extends,retires")
    every_link_leads_somewhere(pages)
    marked = pages["/decision/CP-5/12"][2]
    assert marked is not None
    assert [a["href"] for a in marked.select("article#p-3 p.standing a")] == [
        "/decision/CP-6/12@zh#p-2",
        "/decision/CP-7/12@ar#p-2",
    ]
    # from a lineage kept to some treatments, every node's lineage is kept to them too
    filtered = {url for url in pages if "treatment=" in url}
    assert filtered == {
        "/lineage/CP-4/11?direction=cited_by&treatment=extends,retires",
        *(
            f"/lineage/{node}?direction=cited_by&depth=1&treatment=extends,retires"
            for node in ("CP-4/11", "CP-5/12", "CP-6/12", "CP-12/13")
        ),
    }
