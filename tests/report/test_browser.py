"""The HTML report in Debian's Chromium (Playwright): charts drawn, nothing requested, prints to PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from live.browser import chromium
from playwright.async_api import Route, expect

from supervision_tui.store import Store

from .conftest import hold
from .helpers import report

pytestmark = pytest.mark.e2e

DOCS = Path(__file__).resolve().parents[2] / "docs"


async def test_html_report_in_chromium(store: Store, sessions_dir: Path, tmp_path: Path) -> None:
    hold(store, 6, dt.date(2026, 3, 5), "blick001")
    hold(store, 8, dt.date(2026, 6, 11), "blick002", moods=[1, 2, 2, 3, 3, 3, 4, 5])
    hold(store, 4, dt.date(2026, 9, 24), "blick003")
    out = tmp_path / "bericht.html"
    assert report([sessions_dir], out, "html") == 0
    page_url = out.as_uri()

    requests: list[str] = []
    refused: list[str] = []

    async def only_the_file(route: Route) -> None:
        url = route.request.url
        if url == page_url or url.startswith("data:"):
            await route.continue_()
        else:
            refused.append(url)
            await route.abort()

    async with chromium() as browser:
        context = await browser.new_context(viewport={"width": 1000, "height": 1400}, locale="de-DE")
        await context.route("**/*", only_the_file)
        page = await context.new_page()
        page.on("request", lambda request: requests.append(request.url))
        await page.goto(page_url)
        await expect(
            page.get_by_role("heading", name="Gruppensupervision · Bericht für die Koordination")
        ).to_be_visible()

        charts = page.locator("svg.chart")
        assert await charts.count() >= 3, "Zeitraum und zwei Sitzungen mit mindestens 5 Antworten"
        await expect(charts.first).to_be_visible()
        box = await charts.first.bounding_box()
        assert box is not None and box["width"] >= 300 and box["height"] >= 120
        heights = [
            await bar.evaluate("el => el.getBBox().height") for bar in await page.locator("rect.band").all()
        ]
        assert heights and max(heights) == 100, "der höchste Balken füllt die Skala"
        await expect(page.get_by_text("weniger als 5 Antworten").first).to_be_visible()

        DOCS.mkdir(exist_ok=True)
        # the funder pack's mood chart and quotes, for the README
        heading = await page.locator("h3", has_text="Stimmung").first.bounding_box()
        assert heading is not None
        clip = {"x": 0, "y": heading["y"] - 20, "width": 1000, "height": 640}
        await page.screenshot(path=str(DOCS / "report-html.png"), clip=clip, full_page=True)
        pdf = await page.pdf(format="A4", print_background=True)
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
        await context.close()

    assert refused == []
    assert requests and all(url == page_url or url.startswith("data:") for url in requests), requests
