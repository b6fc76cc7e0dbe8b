"""Browser tests: Playwright drives Debian's Chromium against a live Django server.

Run with ``make test-browser``. axe-core comes from the pinned npm package (static/vendor);
nothing is downloaded at run time.
"""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs a loop

AXE = Path(__file__).resolve().parents[2] / "samenspraak/static/vendor/axe/axe.min.js"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, bypass_csp=True
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 320, "height": 640}, bypass_csp=True
    )
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return [
        f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']]}"
        for v in result["violations"]
    ]


def assert_accessible(page):
    page.wait_for_load_state()  # a form just sent may still be loading its answer
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)


def assert_error_page(page):
    """The page answers with its errors: the title starts with "Fout:" (waits for the answer)."""
    expect(page).to_have_title(re.compile(r"^Fout:"))


def assert_fits(page, width=320):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"page is {scroll_width}px wide on a {width}px screen"


def login(page, email, password):
    page.goto("/inloggen/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.click("button[type=submit]:has-text('Inloggen')")
