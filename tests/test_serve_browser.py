"""The teacher's page in a real browser (Debian's Chromium, driven by Playwright): paste an article,
drop a question, edit another, fix an invalid edit after reading its message, download the
worksheet and the Anki deck and read them; and the same work with the keyboard alone."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser

import pytest
from serve_helpers import article_text

from quizgen.serve import Running

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright drives the browser: pip install '.[test]'")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not shutil.which("chromium"), reason="Chromium is not installed (.ci/run installs it)")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, tmp_path):
    with Running(tmp_path / "data") as url:
        context = browser.new_context(base_url=url, accept_downloads=True, viewport={"width": 1024, "height": 900})
        page = context.new_page()
        page.set_default_timeout(30_000)
        yield page
        context.close()


def cards(page):
    return page.locator("ol.cards > li.card")


def prompts(page) -> list[str]:
    return cards(page).locator("p.prompt").all_inner_texts()


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_review_edit_and_download(page, tmp_path):
    page.goto("/")
    page.get_by_label("Paste the article’s text").fill(article_text())
    page.get_by_role("button", name="Make the quiz").click()
    page.wait_for_url("**/quizzes/*")
    before = prompts(page)
    assert len(before) >= 5
    assert page.locator(".article mark").count() >= 3  # the source sentences, highlighted

    # Drop question 1: gone from the quiz, listed under "Dropped questions".
    cards(page).first.get_by_role("button", name="Drop question 1").click()
    page.wait_for_url("**done=drop**")
    assert prompts(page) == before[1:]
    assert before[0] in page.locator("#dropped").inner_text()

    # Edit question 2 (now numbered 1).
    first = cards(page).first
    first.get_by_text("Edit question 1").click()
    first.get_by_label("Question", exact=True).fill("Which date completes the teacher's own sentence?")
    first.get_by_role("button", name="Save question 1").click()
    page.wait_for_url("**done=edit**")
    assert prompts(page)[0] == "Which date completes the teacher's own sentence?"

    # An invalid edit: the problem is shown beside the field, nothing is saved; fixing it saves.
    second = cards(page).nth(1)
    second.get_by_text("Edit question 2").click()
    second.get_by_label("Question", exact=True).fill("")
    second.get_by_role("button", name="Save question 2").click()
    second = cards(page).nth(1)
    field = second.get_by_label("Question", exact=True)
    assert field.get_attribute("aria-invalid") == "true"
    problem = second.locator(f"#{field.get_attribute('aria-describedby')}")
    assert "at least 3 characters" in problem.inner_text()
    assert "Question 2 not saved" in page.get_by_role("alert").first.inner_text()
    assert prompts(page)[1] == before[2]
    field.fill("What did the fixed question ask?")
    second.get_by_role("button", name="Save question 2").click()
    page.wait_for_url("**done=edit**")
    assert prompts(page)[1] == "What did the fixed question ask?"

    # Download the worksheet (two versions) and read it as a browser's HTML parser would.
    page.get_by_label("Versions").fill("2")
    with page.expect_download() as info:
        page.get_by_role("button", name="Worksheet (HTML)").click()
    worksheet = info.value
    assert worksheet.suggested_filename.endswith(".html")
    parser = _Text()
    parser.feed(open(worksheet.path(), encoding="utf-8").read())
    text = " ".join(parser.text)
    assert "What did the fixed question ask?" in text and "Version B" in text and before[0] not in text

    # Download the Anki deck and import it with Anki's own library.
    with page.expect_download() as info:
        page.get_by_role("button", name="Anki deck").click()
    deck = info.value
    assert deck.suggested_filename.endswith(".apkg")
    collection = pytest.importorskip("anki.collection")
    from anki_import import import_package

    deck_path = tmp_path / deck.suggested_filename
    deck.save_as(deck_path)
    col = collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        import_package(col, deck_path)
        fields = " ".join(" ".join(col.get_note(n).fields) for n in col.find_notes(""))
        assert col.note_count() == len(before) - 1
        assert "teacher&#x27;s own sentence" in fields or "teacher's own sentence" in fields
    finally:
        col.close()


def tab_to(page, name: str, limit: int = 300) -> None:
    """Press Tab until the focused element's accessible text starts with `name`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement;
            const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
            return (e.innerText || label || e.getAttribute('aria-label') || '').trim(); }""")
        if " ".join(focused.split()).startswith(name):
            return
    raise AssertionError(f"Tab never reached {name!r}")


def test_keyboard_only(page):
    page.goto("/")
    tab_to(page, "Skip to the content")
    tab_to(page, "Paste the article’s text")
    page.keyboard.insert_text(article_text())
    tab_to(page, "Make the quiz")
    page.keyboard.press("Enter")
    page.wait_for_url("**/quizzes/*")
    before = prompts(page)

    tab_to(page, "Drop question 1")
    page.keyboard.press("Enter")
    page.wait_for_url("**done=drop**")
    assert prompts(page) == before[1:]

    page.goto(page.url.split("?")[0])
    tab_to(page, "Edit question 1")
    page.keyboard.press("Enter")  # opens the form
    tab_to(page, "Question")
    page.keyboard.press("Control+A")
    page.keyboard.insert_text("Typed with the keyboard alone?")
    tab_to(page, "Save question 1")
    page.keyboard.press("Enter")
    page.wait_for_url("**done=edit**")
    assert prompts(page)[0] == "Typed with the keyboard alone?"
    # Focus comes back to the question that was changed.
    assert page.evaluate("document.activeElement.id") == cards(page).first.get_attribute("id")

    tab_to(page, "Move down question 1")
    page.keyboard.press("Enter")
    page.wait_for_url("**done=down**")
    assert prompts(page)[1] == "Typed with the keyboard alone?"


def test_a_tablet_held_upright_needs_no_sideways_scrolling_and_every_control_is_labelled(page):
    page.set_viewport_size({"width": 768, "height": 1024})
    made = page.request.post("/api/quizzes", data={"text": article_text()})
    assert made.status == 201
    for path in ("/", f"/quizzes/{made.json()['id']}"):
        page.goto(path)
        page.locator("details").evaluate_all("ds => ds.forEach(d => d.open = true)")
        assert page.evaluate("document.documentElement.scrollWidth") <= 768
        unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
            .map(e => e.outerHTML)""")
        assert unlabelled == []
        small = page.evaluate("""() => [...document.querySelectorAll('button, summary')]
            .filter(e => e.offsetParent && e.getBoundingClientRect().height < 36).map(e => e.outerHTML)""")
        assert small == []  # touch targets
