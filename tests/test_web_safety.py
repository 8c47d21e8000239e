"""The web view is safe by construction: bad requests get a 400 or 404 page and never a traceback,
text from documents is escaped, large answers come in pages, every link leads somewhere, nothing is
loaded from another host, and the store is never written (an ingest can take it between pages)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections import deque
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from flask.testing import FlaskClient

from copmop.graph.xref import COLS, xref
from copmop.pipeline.cli import main
from copmop.pipeline.models import Link
from copmop.pipeline.store import Store
from copmop.web import access, create_app, picture, queries, warm
from tests.conftest import SEED_DECISION
from tests.test_outputs import HOSTILE


@pytest.fixture(scope="module")
def client(demo_store: Path) -> FlaskClient:
    return create_app(str(demo_store)).test_client()


def html(response) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/decision/CP-99/1", 404, "CP-99/1: not in the store"),
        ("/decision/CP-10/7?lang=ru", 404, "CP-10/7: not in the store in ru"),
        ("/decision/CP-10/7?lang=xx", 400, "--lang 'xx': xx is not a UN language copmop reads"),
        ("/lineage/CP-99/1", 404, "CP-99/1: not in the store, and cited by nothing in it"),
        ("/lineage/CP-10/7?direction=up", 400, "direction='up': one of cites, cited_by, both"),
        ("/lineage/CP-10/7?depth=0", 400, "depth='0': give a whole number from 1 to 1000"),
        ("/lineage/CP-10/7?depth=x", 400, "depth='x': give a whole number from 1 to 1000"),
        (
            "/lineage/CP-10/7?treatment=replaces&treatment=abolishes",
            400,
            "--treatment 'replaces,abolishes': abolishes is not a treatment (one of recalls,",
        ),
        ("/lineage/CP-10/7?treatment=" + "x" * 401, 400, "treatment: at most 400 characters"),
        ("/decision/CP-10/7?as_of=2026-13-01", 400, "as_of='2026-13-01': give a day as YYYY-MM-DD"),
        ("/decision/CP-10/7?as_of=today", 400, "as_of='today': give a day as YYYY-MM-DD"),
        ("/search?q=风险评估&page=0", 400, "page='0': give a whole number from 1 to 1000000"),
        ("/search?q=风险评估&page=-1", 400, "page='-1': give a whole number from 1 to 1000000"),
        ("/search?q=风险评估&page=99", 404, "page 99: there are 1"),
        ("/search?q=" + "x" * 201, 400, "q: at most 200 characters"),
        ("/search?q=a%00b", 400, "q: a NUL character is not text"),
        (
            "/clauses?article=abc",
            400,
            "--article 'abc': give the Article's number, as 35 or CBD/19",
        ),
        ("/clauses?article=22&meeting=x", 400, "meeting 'x': give a meeting or a range, as 5-10"),
        ("/clauses?article=22&instrument=XYZ", 400, "instrument='XYZ': one of CPB, CBD, NP, SP"),
        ("/xref?rows=clause", 400, "rows='clause': one of decision, document"),
        ("/xref?meetings=10-5", 400, "meetings '10-5': give a meeting or a range, as 5-10"),
        ("/xref.csv?cols=x", 400, "cols='x': one of article, decision, objective, document"),
        ("/check?page=2", 404, "page 2: there are 1"),
        ("/target?kind=objective", 400, "id: give the target, as CP-8/15, CPB/22 or 1.4"),
        ("/target?kind=verb&id=x", 400, "kind='verb': one of decision, article, annex"),
        ("/target?kind=objective&id=9.9", 404, "objective 9.9: nothing in the store cites it"),
        ("/meeting/CP/99", 404, "meeting CP/99: the store holds nothing of it"),
        ("/source/CP-10/7@zh", 404, "No page at /source/CP-10/7@zh."),
        ("/source/..%2F..%2Fetc%2Fpasswd", 404, "No page at /source/../../etc/passwd."),
        ("/nowhere", 404, "No page at /nowhere."),
    ],
)
def test_a_bad_request_is_a_page_that_names_what_was_wrong(
    client: FlaskClient, url: str, status: int, message: str
) -> None:
    response = client.get(url)
    assert response.status_code == status
    page = html(response)
    assert page.select_one("p.message").get_text().startswith(message)
    assert "Traceback" not in response.get_data(as_text=True)


def test_only_get_is_served(client: FlaskClient) -> None:
    response = client.post("/decision/CP-10/7")
    assert response.status_code == 405
    assert html(response).select_one("p.message").get_text() == "POST is not served here."
    assert client.head("/decision/CP-10/7").status_code == 200


def test_an_unexpected_error_is_a_page_without_its_details(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "versions", broken)
    response = client.get("/decision/CP-10/7")
    assert response.status_code == 500
    text = response.get_data(as_text=True)
    assert html(response).select_one("p.message").get_text() == "copmop could not make this page."
    assert "secret internals" not in text and "Traceback" not in text


@pytest.fixture(scope="module")
def hostile_store(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store with hostile text in a title, a clause, a place and a structural warning."""
    db = tmp_path_factory.mktemp("hostile") / "hostile.duckdb"
    shutil.copy(demo_store, db)
    with Store(db) as store:
        store.query(
            "UPDATE documents SET title = ?, place = ? WHERE doc_id = 'CP-10/7@zh'",
            ["<script>alert('title')</script>", HOSTILE[-1]],
        )
        store.query(
            "UPDATE paragraphs SET text = ? WHERE par_id = 'CP-10/7@zh#10'", ["\n".join(HOSTILE)]
        )
        store.query(
            "UPDATE documents SET warnings = ? WHERE doc_id = 'UNEP/CBD/BS/COP-MOP/5/16@zh'",
            [["<img src=x onerror=alert(1)> numbering jumps from 3 to 5"]],
        )
    return db


def test_text_from_documents_is_escaped_on_every_page(hostile_store: Path) -> None:
    client = create_app(str(hostile_store)).test_client()
    for url in (
        "/",
        "/decision/CP-10/7",
        "/decision/CP-10/7?lang=zh,en",
        "/check",
        "/lineage/CP-10/7",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        page = html(response)
        assert [s.get("src") for s in page.find_all("script")] in ([], ["/static/lineage.js"])
        assert page.find("img") is None
    decision = html(client.get("/decision/CP-10/7"))
    assert decision.select_one("h1 .doc-title").get_text() == "<script>alert('title')</script>"
    assert decision.select_one("article#p-10 p.text").get_text() == "\n".join(HOSTILE)
    home = html(client.get("/"))
    assert home.select_one(".flagged ul li li").get_text() == (
        "<img src=x onerror=alert(1)> numbering jumps from 3 to 5"
    )
    check = html(client.get("/check"))
    assert [td.get_text() for td in check.select("#structure + table td")] == [
        "UNEP/CBD/BS/COP-MOP/5/16@zh",
        str(Path(SEED_DECISION).with_name("001_8fe905a3f4194901.txt")),
        "<img src=x onerror=alert(1)> numbering jumps from 3 to 5",
    ]


def test_a_request_s_own_text_is_escaped(client: FlaskClient) -> None:
    response = client.get("/decision/<script>alert(1)</script>")
    assert response.status_code == 404
    assert html(response).find("script") is None
    assert "&lt;script&gt;" in response.get_data(as_text=True)
    search = html(client.get('/search?q="><script>x</script>'))
    assert search.find("script") is None
    assert search.select_one("form.search-box input[name=q]")["value"] == '"><script>x</script>'


def crawl(client: FlaskClient, *starts: str) -> dict[str, tuple[int, str, BeautifulSoup | None]]:
    """Every page reachable by links from ``starts`` (the home page when none): its status, type and
    (HTML) content."""
    seen: dict[str, tuple[int, str, BeautifulSoup | None]] = {}
    todo = deque(starts or ["/"])
    while todo:
        url = todo.popleft()
        if url in seen:
            continue
        response = client.get(url)
        page = html(response) if response.mimetype == "text/html" else None
        seen[url] = (response.status_code, response.mimetype, page)
        if page is None:
            continue
        for tag in page.find_all(["a", "link", "script", "img", "form"]):
            ref = tag.get("href") or tag.get("src") or tag.get("action")
            if ref and not ref.startswith("#"):
                todo.append(ref.split("#")[0])
    return seen


def every_link_leads_somewhere(pages: dict[str, tuple[int, str, BeautifulSoup | None]]) -> None:
    """Every page crawled answered, every link stays on this host, every anchor is on its page."""
    assert {url: status for url, (status, _, _) in pages.items() if status != 200} == {}
    for url, (_, _, page) in pages.items():
        if page is None:
            continue
        for tag in page.find_all(["a", "link", "script", "img", "form", "iframe", "object"]):
            ref = tag.get("href") or tag.get("src") or tag.get("action") or tag.get("data") or ""
            assert not urlsplit(ref).scheme and not ref.startswith("//"), (url, ref)
            anchor = ref.partition("#")[2]
            if anchor and not anchor.startswith("page="):
                target = pages[ref.split("#")[0] or url][2]
                assert target is not None and target.find(id=anchor) is not None, (url, ref)


def test_every_link_leads_somewhere_and_nothing_comes_from_another_host(
    client: FlaskClient, demo_store: Path
) -> None:
    before = hashlib.sha256(demo_store.read_bytes()).hexdigest()
    pages = crawl(client)
    assert len(pages) > 60
    every_link_leads_somewhere(pages)
    kinds = {mimetype for _, mimetype, _ in pages.values()}
    assert kinds >= {"text/html", "text/css", "text/javascript", "image/svg+xml"}
    assert hashlib.sha256(demo_store.read_bytes()).hexdigest() == before
    assert not Path(str(demo_store) + ".wal").exists()


def test_every_page_forbids_loading_from_another_host(client: FlaskClient) -> None:
    for url in ("/", "/decision/CP-10/7", "/lineage/CP-10/7", "/static/copmop.css", "/nowhere"):
        policy = client.get(url).headers["Content-Security-Policy"]
        assert policy.startswith("default-src 'self'; script-src 'self'; style-src 'self';")


def test_the_store_is_opened_read_only_and_closed_after_each_page(demo_store: Path) -> None:
    app = create_app(str(demo_store))
    with app.test_request_context("/"):
        store = access.store()
        assert store.read_only
        with pytest.raises(Exception, match="read-only"):
            store.con.execute("DELETE FROM documents")
        access.close()
    app.test_client().get("/decision/CP-10/7")
    copy = demo_store.with_name("writable.duckdb")
    shutil.copy(demo_store, copy)
    copied = create_app(str(copy)).test_client()
    assert copied.get("/").status_code == 200
    with Store(copy) as writer:  # no page holds the store between requests
        assert writer.counts()["documents"] == 3


def test_a_reader_loads_the_search_extension_only_to_search(demo_store: Path) -> None:
    with Store(demo_store, read_only=True, fts=False) as store:
        assert store.fts is False
    with Store(demo_store, read_only=True) as store:
        assert store.fts is True


def test_answers_kept_between_pages_follow_the_store_when_it_changes(
    demo_store: Path, tmp_path: Path
) -> None:
    db = tmp_path / "changing.duckdb"
    shutil.copy(demo_store, db)
    client = create_app(str(db)).test_client()

    def figures() -> dict[str, str]:
        page = html(client.get("/"))
        return {
            dt.get_text(): dd.get_text()
            for dt, dd in zip(page.select(".figures dt"), page.select(".figures dd"), strict=True)
        }

    assert figures()["documents"] == "3"
    assert len(html(client.get("/check")).select("table.check tbody tr")) == 2
    with Store(db) as store:  # what an ingest that replaces a document does, in short
        store.query("DELETE FROM citations WHERE doc_id = 'UNEP/CBD/BS/COP-MOP/5/16@zh'")
        store.query("DELETE FROM paragraphs WHERE doc_id = 'UNEP/CBD/BS/COP-MOP/5/16@zh'")
        store.query("DELETE FROM documents WHERE doc_id = 'UNEP/CBD/BS/COP-MOP/5/16@zh'")
    assert figures()["documents"] == "2"
    assert html(client.get("/check")).select_one("table.check") is None


def test_warmed_pages_answer_without_opening_the_store(
    demo_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "warm.duckdb"
    shutil.copy(demo_store, db)
    app = create_app(str(db))
    warm(app)

    def refused(*_: object, **__: object) -> None:
        raise AssertionError("the store was opened")

    monkeypatch.setattr(access, "Store", refused)
    client = app.test_client()
    for url in ("/", "/check", "/clauses", "/check#structure"):
        assert client.get(url).status_code == 200, url
    assert client.get("/decision/CP-10/7").status_code == 500  # a page that needs the store


HOLD = (
    "import sys, time\n"
    "from copmop.pipeline.store import Store\n"
    "store = Store(sys.argv[1])\n"
    "print('held', flush=True)\n"
    "time.sleep(float(sys.argv[2]))\n"
    "store.close()\n"
)


@pytest.mark.parametrize(("wait", "status"), [(30.0, 200), (0.0, 503)])
def test_a_page_waits_for_an_ingest_that_holds_the_store(
    demo_store: Path, tmp_path: Path, wait: float, status: int
) -> None:
    db = tmp_path / "busy.duckdb"
    shutil.copy(demo_store, db)
    client = create_app(str(db), wait=wait).test_client()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), "1.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        response = client.get("/")
        assert response.status_code == status
        if status == 503:
            assert (
                html(response)
                .select_one("p.message")
                .get_text()
                .startswith(f"{db}: the store is in use by another copmop")
            )
    finally:
        assert holder.wait(timeout=30) == 0


@pytest.fixture(scope="module")
def synthetic(small_synthetic: Path) -> FlaskClient:
    return create_app(str(small_synthetic)).test_client()


def test_large_answers_come_in_pages(synthetic: FlaskClient) -> None:
    first = html(synthetic.get("/clauses?article=22"))
    assert first.select_one(".pager span").get_text() == "page 1 of 2 (81)"
    assert len(first.select("table.list tbody tr")) == 50
    last = html(synthetic.get("/clauses?article=22&page=2"))
    assert len(last.select("table.list tbody tr")) == 31
    assert synthetic.get("/clauses?article=22&page=3").status_code == 404
    # what cites a target comes a page at a time from DuckDB (LIMIT and OFFSET)
    cited = html(synthetic.get("/target?kind=article&id=CPB/22&page=2"))
    assert cited.select_one(".pager span").get_text() == "page 2 of 2 (85)"
    assert len(cited.select("table.list tbody tr")) == 35
    assert synthetic.get("/target?kind=article&id=CPB/22&page=3").status_code == 404
    check = html(synthetic.get("/check"))  # 45 findings: one page, no pager
    assert check.select_one(".pager") is None
    assert len(check.select("table.check tbody tr")) == 45
    assert synthetic.get("/check?page=2").status_code == 404


def test_a_long_lineage_draws_its_nearest_decisions_and_lists_them_all(
    synthetic: FlaskClient,
) -> None:
    page = html(synthetic.get("/lineage/CP-16/25?depth=all"))
    assert len(page.select("svg a.node")) == picture.MAX_NODES
    assert page.select_one("figcaption strong").get_text() == (
        f"The picture shows the {picture.MAX_NODES - 1} nearest of 409; the table lists them all."
    )
    assert page.select_one(".pager span").get_text() == "page 1 of 9 (422)"


def test_a_decision_reached_both_ways_is_one_node_and_the_picture_still_draws_its_nearest() -> None:
    """CP-16/25 cites CP-16/19 and is cited by it: one node, two arrows; the nodes drawn are still
    the MAX_NODES - 1 nearest decisions (a decision counted twice once left one out)."""

    def link(decision: str, direction: str, depth: int) -> tuple[Link, str]:
        return Link(decision, direction, depth, [], True, meeting=16), "CP-16/25"

    walk = [link("CP-16/19", "cites", 1), link("CP-16/19", "cited_by", 1)] + [
        link(f"CP-15/{n}", "cites", 2) for n in range(1, picture.MAX_NODES + 5)
    ]
    drawn = picture.layout("CP-16/25", {"meeting": 16, "in_store": True}, walk)
    assert len(drawn.nodes) == picture.MAX_NODES
    assert (drawn.shown, drawn.total) == (picture.MAX_NODES - 1, picture.MAX_NODES + 5)
    both = [(e.source, e.target) for e in drawn.edges if "CP-16/19" in (e.source, e.target)]
    assert both == [("CP-16/25", "CP-16/19"), ("CP-16/19", "CP-16/25")]


def test_a_citation_of_a_stored_decision_leads_to_the_paragraph_it_names(
    synthetic: FlaskClient,
) -> None:
    page = html(synthetic.get("/decision/CP-5/3"))
    refs = {a.get_text(): a["href"] for a in page.select("article#p-3 .refs a")}
    assert refs["CP-4/3 para 6"] == "/decision/CP-4/3#p-6"
    assert html(synthetic.get("/decision/CP-4/3")).find(id="p-6") is not None
    # a decision the store does not hold leads to its place in the lineage graph
    others = {a.get_text(): a["href"] for a in page.select("article#p-7 .refs a")}
    assert others["CP-4/65 para 8"] == "/lineage/CP-4/65"


@pytest.mark.parametrize("cols", COLS)
@pytest.mark.parametrize("meetings", [None, (3, 9)])
def test_a_page_of_the_xref_table_has_the_cells_of_the_whole_table(
    small_synthetic: Path, cols: str, meetings: tuple[int, int] | None
) -> None:
    with Store(small_synthetic, read_only=True) as store:
        columns, rows = xref(store, "decision", cols, meetings)
        keys, targets = queries.xref_axes(store, "decision", cols, meetings)
        assert ["decision", *targets] == columns
        assert keys == [row[0] for row in rows]
        for r, c in [(slice(0, 50), slice(0, 40)), (slice(50, 100), slice(40, 80))]:
            cells = queries.xref_cells(store, "decision", cols, meetings, keys[r], targets[c])
            assert cells == [[row[0], *row[1:][c]] for row in rows[r]]


def test_the_source_pdf_is_served_from_the_path_the_store_names(
    pdfs: dict[str, Path], tmp_path: Path
) -> None:
    db = tmp_path / "pdf.duckdb"
    pdf = tmp_path / "cp-10-7.zh.pdf"
    shutil.copy(pdfs[SEED_DECISION.name], pdf)
    result = CliRunner().invoke(main, ["ingest", str(pdf), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    client = create_app(str(db)).test_client()
    page = html(client.get("/decision/CP-10/7"))
    assert page.select_one("a.source")["href"] == "/source/CP-10/7@zh"
    assert page.select_one("article#p-7 a.pages")["href"] == "/source/CP-10/7@zh#page=2"
    served = client.get("/source/CP-10/7@zh")
    assert (served.status_code, served.mimetype) == (200, "application/pdf")
    assert "Content-Security-Policy" not in served.headers  # it would stop the PDF viewer
    assert served.data == pdf.read_bytes()
    pdf.unlink()
    assert client.get("/source/CP-10/7@zh").status_code == 404
    assert html(client.get("/decision/CP-10/7")).select_one("a.source") is None
