"""A person's path through the site in headless Chromium (Debian's, driven by Selenium): the story list, a story,
a fact followed to its sentence, a search; contrast and structure checked on the rendered pages; screenshots
saved (to out/screenshots, or $NEWSLOOM_SCREENSHOTS: scripts/screenshots.sh writes docs/screenshots).

`make test` installs Chromium first (scripts/install-browser.sh); these tests skip, saying so, only when it
cannot be installed here, and fail instead of skipping in CI.
"""
from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .accessibility import CONTRAST_JS, structure_problems

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SHOTS = Path(os.environ.get("NEWSLOOM_SCREENSHOTS") or ROOT / "out" / "screenshots")


def _chromium_or_skip() -> None:
    if CHROMIUM.exists() and DRIVER.exists():
        return
    installed = subprocess.run(["bash", str(ROOT / "scripts" / "install-browser.sh")], capture_output=True, text=True)
    if not (CHROMIUM.exists() and DRIVER.exists()):
        reason = f"headless Chromium cannot be installed here ({installed.stderr.strip()[-300:]})"
        if os.environ.get("CI"):  # CI runs as root on a machine that can install it: never skip there unseen
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    _chromium_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(DRIVER)))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def site(examples_site_db):
    """`newsloom serve` itself, on the briefed examples, at a free port on this machine."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "newsloom.cli", "serve", "--db", str(examples_site_db),
                               "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if httpx.get(base + "/", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.25)
        else:
            pytest.fail(f"newsloom serve did not start: {server.stdout.read1(4000).decode(errors='replace')}")
        yield base
    finally:
        server.terminate()
        server.wait(10)


def screenshot(driver, name: str) -> Path:
    """The whole page, not just the window."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    width, height = driver.execute_script("return [document.documentElement.scrollWidth, "
                                          "document.documentElement.scrollHeight]")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                             "clip": {"x": 0, "y": 0, "width": width,
                                                                      "height": min(height, 12000), "scale": 1}})
    path = SHOTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def check_accessible(driver, landmarks: bool = True) -> None:
    assert structure_problems(driver.page_source, landmarks=landmarks) == [], driver.current_url
    assert driver.execute_script(CONTRAST_JS) == [], driver.current_url


def by_css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def click_through(driver, element, timeout: float = 10) -> None:
    """Click something that loads another page, and wait until that page has replaced this one."""
    leave_page(driver, element.click, timeout)


def leave_page(driver, action, timeout: float = 10) -> None:
    """Do what loads another page (a click, an Enter in a form), and wait until that page has replaced this one:
    a form submit can return before the browser has even left the page."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element(By.TAG_NAME, "html")
    action()
    WebDriverWait(driver, timeout).until(expected_conditions.staleness_of(old))
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_story_list_then_a_story(browser, site) -> None:
    browser.get(site + "/")
    assert browser.title == "Stories · newsloom"
    titles = [e.text for e in by_css(browser, "ol.stories h2 a")]
    assert len(titles) == 3
    check_accessible(browser)
    screenshot(browser, "stories")
    click_through(browser, by_css(browser, "ol.stories h2 a")[0])
    assert by_css(browser, "h1")[0].text == titles[0]
    assert by_css(browser, "table.matrix tbody tr") and by_css(browser, "svg.timeline-chart circle")
    assert by_css(browser, "#contradictions .side")
    check_accessible(browser)
    screenshot(browser, "story")


def test_follow_a_fact_to_its_sentence(browser, site) -> None:
    browser.get(site + "/stories/story-000000")
    click_through(browser, by_css(browser, "table.matrix a.cite")[0])
    assert browser.current_url.endswith("#cited") and "/articles/" in browser.current_url
    cited = by_css(browser, "#cited")[0]
    assert cited.is_displayed()
    top, bottom = browser.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom];",
                                         cited)
    assert 0 < top < bottom <= browser.execute_script("return window.innerHeight")  # scrolled into view
    assert " ".join(e.text for e in by_css(browser, ".m-cited")).strip()  # the sentence, marked
    assert by_css(browser, "ul.removed li") and by_css(browser, ".m-actor")
    check_accessible(browser)
    screenshot(browser, "article")


def test_search_from_the_header(browser, site) -> None:
    from selenium.webdriver.common.keys import Keys

    browser.get(site + "/")
    box = by_css(browser, "#site-q")[0]
    leave_page(browser, lambda: box.send_keys("spillway", Keys.ENTER))
    assert "/search?q=spillway" in browser.current_url
    assert [m.text.lower() for m in by_css(browser, "mark")][:1] == ["spillway"]
    check_accessible(browser)
    screenshot(browser, "search")


def test_filter_by_outlet_with_the_form(browser, site) -> None:
    from selenium.webdriver.support.ui import Select

    browser.get(site + "/")
    Select(by_css(browser, "#f-outlet")[0]).select_by_visible_text("Meridian Wire")
    click_through(browser, by_css(browser, "form.filters button")[0])
    assert "outlet=Meridian+Wire" in browser.current_url
    assert len(by_css(browser, "ol.stories h2 a")) == 1


def test_actor_and_outlet_pages_read_well(browser, site) -> None:
    for path in ("/actors/p-70f9d72e461e", "/outlets/Northgate%20Post", "/actors", "/outlets", "/api"):
        browser.get(site + path)
        assert by_css(browser, "h1")
        check_accessible(browser)


def test_the_brief_html_opens_from_disk(browser, examples_brief, tmp_path) -> None:
    """The brief as `newsloom brief --format html` writes it now (docs/brief-examples.html is a copy of it)."""
    from newsloom.present.brief_html import render_html

    page = tmp_path / "brief.html"
    page.write_text(render_html(*examples_brief), encoding="utf-8")
    browser.get(page.as_uri())
    assert by_css(browser, "h1") and browser.title
    check_accessible(browser, landmarks=False)
    screenshot(browser, "brief")
