"""Headless Debian Chromium for the live tests (never `playwright install`, never the network)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from playwright.async_api import Browser, Page, async_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            await browser.close()


def only_loopback(page: Page, requests: list[str]) -> None:
    """Record every request the page makes (the tests assert they all stay on 127.0.0.1)."""
    page.on("request", lambda req: requests.append(req.url))


# Every tap target on the page: links, buttons, text fields, and labels of radios / checkboxes
# (the label is what a finger hits; the mood radios themselves are visually hidden).
TAP_TARGETS_JS = """
() => {
  const out = [];
  const seen = new Set();
  for (const el of document.querySelectorAll('a, button, textarea, input, label')) {
    let target = el;
    if (el.tagName === 'INPUT') {
      if (el.type === 'hidden') continue;
      if (el.type === 'radio' || el.type === 'checkbox') {
        target = document.querySelector(`label[for="${el.id}"]`);
        if (!target) { out.push({what: 'unlabelled ' + el.id, w: 0, h: 0}); continue; }
      }
    }
    if (seen.has(target)) continue;
    seen.add(target);
    const r = target.getBoundingClientRect();
    out.push({what: target.tagName + ' ' + (target.id || target.htmlFor || target.textContent.trim().slice(0, 30)),
              w: Math.round(r.width), h: Math.round(r.height)});
  }
  return out;
}
"""

OVERFLOW_JS = """
() => {
  const wide = [];
  const vw = document.documentElement.clientWidth;
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > vw + 1) wide.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
  }
  return {scroll: document.documentElement.scrollWidth, client: vw, wide: wide.slice(0, 5)};
}
"""
