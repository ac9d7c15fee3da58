"""The review app in Debian's Chromium: sign in, correct a date with the keyboard, see the deadline move."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest

from review.app import create_app
from tests.review.conftest import PASSWORD, TODAY

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "review"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def server(ledger):
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(ledger.settings, today=lambda: TODAY), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def page():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make install adds it)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 950}, locale="zh-CN")
        yield context.new_page()
        browser.close()


def _due_of(page, label: str) -> str:
    row = page.locator("table.obligations tr", has_text=label).first
    return row.locator("td.due").inner_text().split()[0]


def test_reviewer_corrects_a_date_by_keyboard_and_the_deadline_moves(server, page, ledger):
    page.goto(f"{server}/queue")
    page.fill("input[name=username]", "reviewer")
    page.fill("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server}/queue")
    assert page.locator("table.queue tbody tr").count() == 2
    page.screenshot(path=str(ARTIFACTS / "queue.png"), full_page=True)

    page.locator("table.queue tbody tr").first.locator("a").first.click()
    page.wait_for_url(re.compile(rf".*/documents/{ledger.penalty_id}$"))
    selected = page.locator("li.field.selected")
    assert "落款日期" in selected.inner_text()  # the first field that needs review is selected
    assert page.locator(".box-mark").is_visible()  # and its place on the page image is boxed
    page.screenshot(path=str(ARTIFACTS / "review-before.png"), full_page=True)
    lawsuit_before = _due_of(page, "行政诉讼")
    assert lawsuit_before == "2025-09-03"

    page.keyboard.press("k")
    page.keyboard.press("j")
    assert "落款日期" in page.locator("li.field.selected").inner_text()
    page.keyboard.press("e")
    page.keyboard.type("2025-03-05")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*\?f=\d+$"))
    assert "已保存更正" in page.locator(".flash").inner_text()
    field = page.locator("li.field", has_text="落款日期").first
    assert "2025-03-05" in field.inner_text() and "已更正" in field.inner_text()
    assert _due_of(page, "行政诉讼") == "2025-09-05"
    page.screenshot(path=str(ARTIFACTS / "review-after.png"), full_page=True)

    page.keyboard.press("a")  # accept the field now selected (the next one)
    page.wait_for_selector(".flash")
    assert "已确认" in page.locator(".flash").inner_text()

    page.goto(f"{server}/cases/{_case_of(page)}")
    assert page.locator("svg.timeline g.mark").count() >= 4
    assert "2025-09-05" in page.locator("table.obligations").inner_text()
    page.screenshot(path=str(ARTIFACTS / "case.png"), full_page=True)

    page.goto(f"{server}/documents/{ledger.penalty_id}")
    with page.expect_navigation():
        page.keyboard.press("n")
    assert not page.url.endswith(f"/documents/{ledger.penalty_id}")


def _case_of(page) -> str:
    href = page.locator("p.muted a[href^='/cases/']").first.get_attribute("href")
    return href.rsplit("/", 1)[1]


def test_scripts_in_documents_stay_text_and_the_clerk_reads_only(server, page, ledger):
    page.goto(f"{server}/login")
    page.fill("input[name=username]", "clerk")
    page.fill("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server}/due")
    page.screenshot(path=str(ARTIFACTS / "due.png"), full_page=True)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/documents/{ledger.ruling_id}")
    assert "<script>alert('x')</script>某某建材厂" in page.locator("li.field", has_text="当事人 2").inner_text()
    assert dialogs == []
    assert page.locator("form.edit").count() == 0
    page.screenshot(path=str(ARTIFACTS / "ruling-readonly.png"), full_page=True)
    page.goto(f"{server}/dashboard")
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
