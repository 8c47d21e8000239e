"""The web view as a legal officer uses it, in a real browser: Debian's Chromium, driven headless by
selenium through Debian's chromedriver, against `copmop serve` over the demo store (with the English
CP-10/7 beside the Chinese). Each step saves a screenshot under build/screenshots/.

`make test` installs the two Debian packages when they are missing (`make browser`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from copmop.pipeline.cli import main
from copmop.pipeline.search import search
from copmop.pipeline.store import Store
from tests.golden_io import ROOT
from tests.web_server import serving

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SHOTS = ROOT / "build" / "screenshots"
# Headless, and quiet: this machine has no network, and Chromium's background fetches would hang it.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)


@pytest.fixture(scope="module")
def site(demo_store: Path) -> Iterator[str]:
    with serving(demo_store) as (_, url):
        yield url


@pytest.fixture(scope="module")
def treatment_site(treatment_store: Path) -> Iterator[str]:
    with serving(treatment_store) as (_, url):
        yield url


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory, downloads: Path) -> Iterator[WebDriver]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    service = Service(CHROMEDRIVER)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()
    assert service.process is None or service.process.poll() is not None
    assert _eventually(lambda: not _processes_using(profile)), _processes_using(profile)


def _processes_using(profile: Path) -> list[int]:
    """The processes whose command line names the browser profile (Chromium and its helpers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdecimal():
            try:
                if str(profile).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _eventually(condition: Callable[[], Any], seconds: float = 20.0) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def shoot(driver: WebDriver, name: str) -> None:
    assert driver.save_screenshot(str(SHOTS / f"{name}.png"))


def wait_for(driver: WebDriver, condition: Callable[[WebDriver], Any]) -> Any:
    return WebDriverWait(driver, 30).until(condition)


def test_search_for_risk_assessment_in_chinese(
    browser: WebDriver, site: str, demo_store: Path
) -> None:
    browser.get(site + "/")
    shoot(browser, "home")
    box = browser.find_element(By.ID, "q")
    box.send_keys("风险评估", Keys.ENTER)
    wait_for(browser, lambda d: "/search" in d.current_url)
    with Store(demo_store, read_only=True) as store:
        _, rows = search(store, "风险评估", None, 50)
    found = browser.find_elements(By.CSS_SELECTOR, "ol.results > li")
    assert len(found) == len(rows) == 28
    assert found[0].find_element(By.CSS_SELECTOR, "p.text").text == "风险评估和风险管理"
    shoot(browser, "search")


def test_open_cp_10_7_from_the_results_and_click_a_citation(browser: WebDriver, site: str) -> None:
    browser.get(site + "/search?q=风险评估")
    browser.find_element(By.CSS_SELECTOR, "ol.results > li .where a").click()
    wait_for(browser, lambda d: "/decision/CP-10/7@zh" in d.current_url)
    assert browser.find_element(By.CSS_SELECTOR, "h1 .id").text == "CP-10/7"
    assert browser.execute_script("return document.querySelector(':target').id") == "p-sec-C"
    browser.get(site + "/decision/CP-10/7")
    shoot(browser, "decision")
    citation = browser.find_element(By.CSS_SELECTOR, "article#p-fn5 a.cite")
    assert citation.text == "第 CP-VIII/15 号决定"
    citation.click()
    wait_for(browser, lambda d: d.current_url.endswith("/lineage/CP-8/15"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Lineage of CP-8/15"
    browser.back()
    browser.find_element(By.CSS_SELECTOR, "article#p-pre2 a.cite").click()
    wait_for(browser, lambda d: "/clauses?article=CPB/22" in d.current_url)
    cited = [
        a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.list tbody td:first-child a")
    ]
    assert cited == [
        "UNEP/CBD/BS/COP-MOP/5/16@zh#annex-I/5",
        "CP-10/7@en#pre2",
        "CP-10/7@en#49",
        "CP-10/7@zh#pre2",
        "CP-10/7@zh#49",
    ]
    shoot(browser, "clauses")


def test_switch_to_side_by_side(browser: WebDriver, site: str) -> None:
    browser.get(site + "/decision/CP-10/7")
    browser.find_element(By.ID, "side-by-side").click()
    wait_for(browser, lambda d: d.current_url.endswith("/decision/CP-10/7?lang=zh,en"))
    heads = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.side-by-side th")]
    assert heads == ["中文 CP-10/7@zh", "English CP-10/7@en"]
    row = browser.find_elements(By.CSS_SELECTOR, "tr#p-7 td p.text")
    assert [cell.text[:12] for cell in row] == ["严重关切地注意到仅有大约", "Notes with s"]
    browser.execute_script("document.getElementById('p-7').scrollIntoView()")
    shoot(browser, "side-by-side")


def test_open_the_lineage_picture_and_click_a_node(browser: WebDriver, site: str) -> None:
    browser.get(site + "/decision/CP-10/7")
    browser.find_element(By.ID, "lineage").click()
    wait_for(browser, lambda d: d.current_url.endswith("/lineage/CP-10/7"))
    nodes = browser.find_elements(By.CSS_SELECTOR, "svg a.node")
    assert [n.get_attribute("data-node") for n in nodes] == [
        "CP-10/7",
        "CP-10/3",
        "CP-10/4",
        "CP-5/1",
        "CP-5/16",
        "CP-8/15",
    ]
    node = browser.find_element(By.CSS_SELECTOR, 'svg a.node[data-node="CP-8/15"] text')
    webdriver.ActionChains(browser).move_to_element(node).perform()
    lit = browser.find_elements(By.CSS_SELECTOR, "svg path.edge.lit")
    assert [(e.get_attribute("data-from"), e.get_attribute("data-to")) for e in lit] == [
        ("CP-10/7", "CP-8/15")
    ]
    shoot(browser, "lineage")
    node.click()
    wait_for(browser, lambda d: d.current_url.endswith("/lineage/CP-8/15?direction=both&depth=1"))
    focus = browser.find_element(By.CSS_SELECTOR, "svg a.node.focus")
    assert focus.get_attribute("data-node") == "CP-8/15"
    others = browser.find_elements(By.CSS_SELECTOR, "svg a.node:not(.focus)")
    assert [n.get_attribute("data-node") for n in others] == ["CP-10/7"]
    shoot(browser, "lineage-node")
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_download_the_xref_workbook_and_compare_it_with_the_cli_s(
    browser: WebDriver, site: str, downloads: Path, demo_store: Path, tmp_path: Path
) -> None:
    browser.get(site + "/")
    browser.find_element(By.LINK_TEXT, "Cross-reference").click()
    field = browser.find_element(By.NAME, "meetings")
    field.send_keys("5-10", Keys.ENTER)
    wait_for(browser, lambda d: "meetings=5-10" in d.current_url)
    shoot(browser, "xref")
    browser.find_element(By.ID, "xref-xlsx").click()
    name = "xref-decision-article-5-10.xlsx"
    assert _eventually(lambda: (downloads / name).exists(), 60), sorted(downloads.iterdir())
    assert _eventually(lambda: not list(downloads.glob("*.crdownload")), 60)
    cli = tmp_path / "cli.xlsx"
    result = CliRunner().invoke(
        main,
        [
            "xref",
            "--meetings",
            "5-10",
            "--format",
            "xlsx",
            "--out",
            str(cli),
            "--db",
            str(demo_store),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (downloads / name).read_bytes() == cli.read_bytes()


def test_check_links_each_finding_to_its_clause(browser: WebDriver, site: str) -> None:
    browser.get(site + "/check")
    shoot(browser, "check")
    first = browser.find_element(By.CSS_SELECTOR, "table.check tbody td a")
    assert first.text == "UNEP/CBD/BS/COP-MOP/5/16@zh#annex-II/2.2(e)"
    first.click()
    wait_for(browser, lambda d: "#p-annex-II/2.2(e)" in d.current_url)
    target = browser.execute_script("return document.querySelector(':target').id")
    assert target == "p-annex-II/2.2(e)"


def test_from_a_meeting_to_an_english_version_and_what_cites_a_document(
    browser: WebDriver, site: str
) -> None:
    browser.get(site + "/")
    browser.find_element(By.LINK_TEXT, "CP meeting 10").click()
    wait_for(browser, lambda d: d.current_url.endswith("/meeting/CP/10"))
    shoot(browser, "meeting")
    browser.find_element(By.LINK_TEXT, "en").click()
    wait_for(browser, lambda d: d.current_url.endswith("/decision/CP-10/7?lang=en"))
    verb = browser.find_element(By.CSS_SELECTOR, "article#p-7 strong.verb")
    assert verb.text == "Notes with serious concern"
    browser.find_element(By.CSS_SELECTOR, "article#p-fn4 a.cite").click()
    wait_for(browser, lambda d: d.current_url.endswith("/target?kind=document&id=CBD/SBI/3/3"))
    cited = browser.find_elements(By.CSS_SELECTOR, "table.list tbody td:first-child a")
    assert [a.text for a in cited] == [
        "CP-10/7@en#3",
        "CP-10/7@en#3",
        "CP-10/7@zh#3",
        "CP-10/7@zh#3",
    ]
    shoot(browser, "target")


def test_the_pages_work_without_javascript(browser: WebDriver, site: str) -> None:
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(site + "/")
        browser.find_element(By.ID, "q").send_keys("risk assessment", Keys.ENTER)
        wait_for(browser, lambda d: "/search?q=risk+assessment" in d.current_url)
        assert browser.find_elements(By.CSS_SELECTOR, "ol.results > li")
        browser.get(site + "/lineage/CP-10/7")
        browser.find_element(By.CSS_SELECTOR, 'svg a.node[data-node="CP-10/3"] text').click()
        wait_for(browser, lambda d: "/lineage/CP-10/3" in d.current_url)
        select = browser.find_element(By.NAME, "direction")
        Select(select).select_by_value("cited_by")
        browser.find_element(By.CSS_SELECTOR, "form.filters button").click()
        wait_for(browser, lambda d: "direction=cited_by" in d.current_url)
        rows = browser.find_elements(By.CSS_SELECTOR, "table.lineage-table tbody tr td:first-child")
        assert [r.text for r in rows] == ["CP-10/7"]
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_a_replaced_paragraph_leads_to_what_replaced_it_and_the_lineage_keeps_to_replacements(
    browser: WebDriver, treatment_site: str
) -> None:
    """BS-V/12 (CP-5/12): its paragraph 3 replaced by CP-6/12 and again by CP-7/12, as ``copmop
    status`` says; follow the second replacement, then draw the chain of replacements alone."""
    browser.get(treatment_site + "/decision/BS-V/12")
    status = browser.find_element(By.CSS_SELECTOR, "section.status p.standing")
    assert status.text == "CP-5/12: in force"
    mark = browser.find_element(By.CSS_SELECTOR, "article#p-3 p.standing")
    assert mark.text == "✗ replaced by CP-6/12 ¶2 (2012-10-05), then by CP-7/12 ¶2 (2014-10-03)"
    assert "no-longer" in browser.find_element(By.ID, "p-3").get_attribute("class")
    browser.execute_script("document.getElementById('p-3').scrollIntoView()")
    shoot(browser, "status")
    mark.find_element(By.LINK_TEXT, "CP-7/12 ¶2").click()
    wait_for(browser, lambda d: d.current_url.endswith("/decision/CP-7/12@ar#p-2"))
    assert browser.execute_script("return document.querySelector(':target').id") == "p-2"
    refs = browser.find_elements(By.CSS_SELECTOR, "article#p-2 .refs li")
    assert refs[0].text.split() == ["CP-5/12", "para", "3", "replaces"]
    browser.get(treatment_site + "/lineage/CP-5/12")
    browser.find_element(By.CSS_SELECTOR, 'input[name="treatment"][value="replaces"]').click()
    browser.find_element(By.CSS_SELECTOR, "form.filters button").click()
    wait_for(browser, lambda d: "treatment=replaces" in d.current_url)
    nodes = browser.find_elements(By.CSS_SELECTOR, "svg a.node")
    assert [n.get_attribute("data-node") for n in nodes] == ["CP-5/12", "CP-6/12", "CP-7/12"]
    rows = browser.find_elements(By.CSS_SELECTOR, "table.lineage-table tbody tr")
    assert [[td.text for td in r.find_elements(By.TAG_NAME, "td")][:7] for r in rows] == [
        ["CP-6/12", "cited_by", "1", "yes", "decision", "6", "replaces"],
        ["CP-7/12", "cited_by", "1", "yes", "decision", "7", "replaces"],
    ]
    shoot(browser, "lineage-replaces")
    browser.find_element(By.CSS_SELECTOR, 'svg a.node[data-node="CP-7/12"] text').click()
    wait_for(browser, lambda d: "/lineage/CP-7/12?" in d.current_url)
    assert "treatment=replaces" in browser.current_url
    others = browser.find_elements(By.CSS_SELECTOR, "svg a.node:not(.focus)")
    assert [n.get_attribute("data-node") for n in others] == ["CP-5/12"]


def test_nothing_is_fetched_from_another_host(browser: WebDriver, site: str) -> None:
    browser.get_log("performance")  # forget what earlier steps fetched: this step looks again
    for path in ("/", "/decision/CP-10/7?lang=zh,en", "/lineage/CP-10/7", "/xref", "/check"):
        browser.get(site + path)
    fetched = {
        entry["message"]
        for entry in browser.get_log("performance")
        if '"Network.requestWillBeSent"' in entry["message"]
    }
    urls = {json.loads(m)["message"]["params"]["request"]["url"] for m in fetched}
    assert {u for u in urls if not u.startswith(site + "/")} == set()
    assert {u.removeprefix(site) for u in urls} >= {"/static/copmop.css", "/static/lineage.js"}
