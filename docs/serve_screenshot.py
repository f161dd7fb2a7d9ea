"""Make docs/serve-page.png, the README's picture of `quizgen serve`, from the current code.

    python docs/serve_screenshot.py

Serves the app over a fresh data folder, makes the quiz for the seed article through the page,
opens one question's edit form and photographs the page in Debian's Chromium (Playwright).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from quizgen.serve import Running

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "seeds" / "zelenskyy-carney-g7.txt"
OUTPUT = ROOT / "docs" / "serve-page.png"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir, Running(Path(data_dir)) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=LAUNCH_ARGS)
        page = browser.new_page(base_url=url, viewport={"width": 1280, "height": 900})
        page.goto("/")
        page.get_by_label("Paste the article’s text").fill(ARTICLE.read_text(encoding="utf-8"))
        page.get_by_text("Options").click()
        page.get_by_label("Seed").fill("1")
        page.get_by_role("button", name="Make the quiz").click()
        page.wait_for_url("**/quizzes/*")
        page.locator("ol.cards > li.card").first.get_by_text("Edit question 1").click()
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(OUTPUT))
        if "--tablet" in sys.argv:  # the same page on a tablet held upright, to look at, not for the README
            page.set_viewport_size({"width": 768, "height": 1024})
            page.screenshot(path=str(OUTPUT.with_name("serve-tablet.png")), full_page=False)
        browser.close()
    print(f"wrote {OUTPUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
