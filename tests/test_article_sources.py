"""Each way an article arrives gives a quiz titled with its headline and crediting its source.

A saved page (.html, .htm), a Markdown file, standard input and an address on a local web
server (127.0.0.1, in a thread: never the internet) go through the real command. The quiz
JSON, the worksheet (read back through an HTML parser) and the Anki deck (imported with
Anki's own library) must all name the source, and no question may hold page furniture.
"""

from __future__ import annotations

import html
import http.server
import json
import socket
import threading
import time

import pytest
from anki_import import import_package
from pages import DATA, FURNITURE, PAGES
from test_cli import assert_clean_error, run
from test_worksheet import parse, text

import quizgen.readers.url
from quizgen.articles import read_article
from quizgen.errors import ArticleError

FLOOD = PAGES[0]


class Handler(http.server.BaseHTTPRequestHandler):
    """Pages from tests/data/articles/, plus a missing page, a slow one and an image."""

    def do_GET(self):  # noqa: N802 (http.server's name)
        name = self.path.rsplit("/", 1)[-1]
        if name == "slow.html":
            time.sleep(2)
        if name == "picture.png":
            return self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        path = DATA / name.replace("slow.html", "flood-plan.html")
        if not path.is_file():
            return self._send(404, b"<html><body>Not here</body></html>", "text/html")
        kind = {
            ".html": "text/html; charset=utf-8",
            ".htm": "text/html; charset=windows-1252",
            ".md": "text/markdown; charset=utf-8",
        }[path.suffix]
        return self._send(200, path.read_bytes(), kind)

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def generate(tmp_path, *args, input=None) -> dict:
    """Run `quizgen generate` for JSON, worksheet and deck; the quiz JSON as a dict."""
    out = tmp_path / "out"
    result = run(
        "generate",
        *args,
        "-o",
        out,
        "--format",
        "json",
        "--format",
        "html",
        "--format",
        "apkg",
        "--count",
        "10",
        input=input,
    )
    assert result.exit_code == 0, result.stderr
    [quiz_json] = out.glob("*.json")
    return json.loads(quiz_json.read_text(encoding="utf-8")) | {"_dir": out, "_slug": quiz_json.stem}


def assert_no_furniture(quiz: dict, furniture) -> None:
    for question in quiz["questions"]:
        words = " ".join(
            [question["prompt"], question["answer"], question["source_sentence"], *question.get("choices", ())]
        ).lower()
        for item in furniture:
            assert item.lower() not in words, (item, question)


def assert_worksheet_credits(quiz: dict, *parts: str) -> None:
    page = parse((quiz["_dir"] / f"{quiz['_slug']}.html").read_text(encoding="utf-8"))
    assert text(page.find(".//h1")) == quiz["title"]
    header = text(page.find(".//header"))
    for part in parts:
        assert part in header, (part, header)


def assert_deck_credits(quiz: dict, tmp_path, *parts: str) -> None:
    collection = pytest.importorskip("anki.collection")
    col = collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        import_package(col, quiz["_dir"] / f"{quiz['_slug']}.apkg")
        notes = [col.get_note(nid) for nid in col.find_notes("")]
        assert len(notes) == len(quiz["questions"])
        description = col.decks.by_name(quiz["title"])["desc"]
        for part in map(html.escape, parts):  # both are HTML
            assert part in description, (part, description)
            assert all(part in note["Source"] for note in notes), part
    finally:
        col.close()


FLOOD_CREDIT = ("The Northern Courier", "by Jane Holloway", "2 May 2025")


@pytest.mark.parametrize("page", PAGES, ids=[p.file for p in PAGES])
def test_saved_page(tmp_path, page):
    quiz = generate(tmp_path, DATA / page.file)
    assert quiz["title"] == page.title
    assert quiz["source"] == {"title": page.title, **page.source}
    assert len(quiz["questions"]) >= 5
    credit = [page.source["site"], f"by {page.source['author']}"]
    assert_worksheet_credits(quiz, *credit)
    assert_deck_credits(quiz, tmp_path, *credit)
    assert_no_furniture(quiz, FURNITURE[page.file])


def test_markdown_file(tmp_path):
    quiz = generate(tmp_path, DATA / "school-meals.md")
    assert quiz["title"] == "Free school meals to be offered to every primary pupil in Calderdale"
    assert quiz["source"]["url"] == "https://valleygazette.example/news/school-meals"
    credit = ("Valley Gazette", "by Priya Natarajan", "12 March 2025", quiz["source"]["url"])
    assert_worksheet_credits(quiz, *credit)
    assert_deck_credits(quiz, tmp_path, *credit)
    assert_no_furniture(quiz, ("Photo", "Pupils at lunch", "By Priya", "Read more", "other councils", "tracking"))


def test_saved_page_on_standard_input(tmp_path):
    quiz = generate(tmp_path, "-", input=(DATA / FLOOD.file).read_bytes())
    assert quiz["title"] == FLOOD.title
    assert quiz["_slug"] == "leeds-approves-40m-flood-defence-plan-for-the-river-aire"
    assert quiz["source"]["site"] == "The Northern Courier"
    assert_worksheet_credits(quiz, *FLOOD_CREDIT)
    assert_deck_credits(quiz, tmp_path, *FLOOD_CREDIT)
    assert_no_furniture(quiz, FURNITURE[FLOOD.file])


def test_pasted_text_with_front_matter_on_standard_input(tmp_path):
    article = read_article(DATA / FLOOD.file)
    pasted = (
        "---\nsource: The Northern Courier\nauthor: Jane Holloway\ndate: 2 May 2025\n"
        f"url: {FLOOD.source['url']}\n---\n{article.title}\n\nBy Jane Holloway\n\n" + "\n\n".join(article.paragraphs)
    )
    quiz = generate(tmp_path, "-", input=pasted.encode())
    assert quiz["title"] == FLOOD.title
    assert quiz["source"] == {"title": FLOOD.title, **FLOOD.source}
    assert_worksheet_credits(quiz, *FLOOD_CREDIT, FLOOD.source["url"])
    assert_deck_credits(quiz, tmp_path, *FLOOD_CREDIT, FLOOD.source["url"])


def test_markdown_on_standard_input(tmp_path):
    quiz = generate(tmp_path, "-", input=(DATA / "school-meals.md").read_bytes())
    assert quiz["title"] == "Free school meals to be offered to every primary pupil in Calderdale"
    assert quiz["source"]["site"] == "Valley Gazette"


@pytest.mark.parametrize("page", PAGES, ids=[p.file for p in PAGES])
def test_address_on_a_local_server(tmp_path, server, page):
    url = f"{server}/news/{page.file}"
    quiz = generate(tmp_path, url)
    assert quiz["title"] == page.title
    assert quiz["source"] == {"title": page.title, **page.source, "url": url}
    credit = (page.source["site"], f"by {page.source['author']}", url)
    assert_worksheet_credits(quiz, *credit)
    assert_deck_credits(quiz, tmp_path, *credit)
    assert_no_furniture(quiz, FURNITURE[page.file])


def test_markdown_address(server):
    article = read_article(f"{server}/school-meals.md")
    assert article.title == "Free school meals to be offered to every primary pupil in Calderdale"
    assert article.source.url == "https://valleygazette.example/news/school-meals"  # the front matter's own


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_address_errors(tmp_path, server, monkeypatch):
    cases = {
        f"{server}/gone.html": "the server answered 404 Not Found. Check the address in a browser",
        f"http://127.0.0.1:{_closed_port()}/a.html": "could not connect (connection refused). Check the address",
        f"{server}/picture.png": "is image/png, not a web page or text",
    }
    for url, message in cases.items():
        result = run("generate", url, "-o", tmp_path)
        assert_clean_error(result, f"Error: {url}: " if "image/png" not in message else f"Error: {url} ")
        assert message in result.stderr, result.stderr
    monkeypatch.setattr(quizgen.readers.url, "TIMEOUT", 0.3)
    with pytest.raises(ArticleError, match="no answer within 0.3 seconds"):
        read_article(f"{server}/slow.html")
    monkeypatch.setattr(quizgen.readers.url, "MAX_PAGE_BYTES", 1_000)
    with pytest.raises(ArticleError, match="the page is over 0 MB"):
        read_article(f"{server}/{FLOOD.file}")


@pytest.mark.filterwarnings("ignore::quizgen.errors.QuizgenWarning")  # Kahoot leaves the cloze out
def test_learning_platform_exports_credit_the_page(tmp_path):
    """GIFT and Moodle XML name the source in the category, Canvas in the quiz description,
    Kahoot in the sheet's header; each read back as the platform reads it (XML, zip, xlsx)."""
    import xml.etree.ElementTree as ET
    import zipfile

    import openpyxl

    from quizgen.exporters import write_quiz
    from quizgen.pipeline import build_quiz

    quiz = build_quiz(read_article(DATA / FLOOD.file), count=10)
    credit = quiz.source.credit()
    assert credit == (
        "The Northern Courier, by Jane Holloway, 2 May 2025, "
        "https://www.northern-courier.example/news/leeds-flood-defence-plan"
    )
    gift = write_quiz(quiz, "gift", tmp_path).read_text(encoding="utf-8")
    assert credit in gift.splitlines()[0]
    moodle = ET.parse(write_quiz(quiz, "moodle", tmp_path)).getroot()
    assert credit in " ".join(moodle.itertext())
    with zipfile.ZipFile(write_quiz(quiz, "qti", tmp_path)) as archive:
        xml = " ".join(
            " ".join(ET.fromstring(archive.read(n)).itertext()) for n in archive.namelist() if n.endswith(".xml")
        )
    assert credit in html.unescape(xml)
    sheet = openpyxl.load_workbook(write_quiz(quiz, "kahoot", tmp_path)).active
    assert credit in " ".join(str(c.value) for row in sheet.iter_rows(max_row=5) for c in row if c.value)
