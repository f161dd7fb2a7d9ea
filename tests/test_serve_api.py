"""The JSON API of `quizgen serve`: make, edit, refuse an invalid edit, export every format,
survive a restart, and answer every bad request with a 4xx JSON error, never a 500."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from html.parser import HTMLParser

import openpyxl
import pytest
from lxml import etree
from serve_helpers import article_text, client

from quizgen.exporters import FORMATS
from quizgen.models import Quiz
from quizgen.serve.store import FILENAME, SCHEMA_VERSION, Store, StoreError


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """One quiz made through the API, shared by the read-only tests."""
    data_dir = tmp_path_factory.mktemp("serve")
    api = client(data_dir)
    answer = api.post("/api/quizzes", json={"text": article_text(), "count": 8, "seed": 3})
    assert answer.status_code == 201, answer.text
    return data_dir, api, answer.json()


def test_make_answers_the_quiz_and_lists_it(made):
    _, api, body = made
    quiz = Quiz.model_validate(body["quiz"])
    assert len(quiz.questions) == 8 and quiz.seed == 3
    assert quiz.title == "Zelenskyy Urges Carney to Ramp Up Pressure on Putin for Ceasefire"
    assert api.get(f"/api/quizzes/{body['id']}").json()["quiz"] == body["quiz"]
    listed = api.get("/api/quizzes").json()["quizzes"]
    assert [q["id"] for q in listed] == [body["id"]] and listed[0]["questions"] == 8


def test_same_article_and_seed_give_the_same_quiz_as_the_library(made):
    from quizgen import build_quiz
    from quizgen.serve.making import article_from_text

    _, _, body = made
    assert build_quiz(article_from_text(article_text()), count=8, seed=3).model_dump(mode="json") == body["quiz"]


def test_edit_then_restart_finds_the_quiz_unchanged(tmp_path):
    api = client(tmp_path)
    made = api.post("/api/quizzes", json={"text": article_text(), "seed": 1}).json()
    quiz = made["quiz"]
    quiz["questions"][0]["prompt"] = "Edited by the teacher: " + quiz["questions"][0]["prompt"]
    quiz["questions"] = quiz["questions"][:-1]
    answer = api.put(f"/api/quizzes/{made['id']}", json={"quiz": quiz, "name": "Term 1 · week 3"})
    assert answer.status_code == 200, answer.text

    restarted = client(tmp_path)  # a new app over the same data folder
    again = restarted.get(f"/api/quizzes/{made['id']}").json()
    assert again["quiz"] == quiz and again["name"] == "Term 1 · week 3"
    assert restarted.delete(f"/api/quizzes/{made['id']}").status_code == 204
    assert client(tmp_path).get(f"/api/quizzes/{made['id']}").status_code == 404


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda q: q.update(answer="Nobody at all"), "answer", "must be exactly one of the choices"),
        (lambda q: q.update(prompt=""), "prompt", "at least 3 characters"),
        (lambda q: q.update(choices=[q["choices"][0]] * len(q["choices"])), "choices", "distinct"),
        (lambda q: q.update(colour="red"), "colour", "unknown field 'colour'"),
    ],
    ids=["answer-not-an-option", "empty-prompt", "repeated-options", "unknown-field"],
)
def test_an_invalid_edit_is_refused_naming_question_and_field(made, change, field, words):
    _, api, body = made
    quiz = json.loads(json.dumps(body["quiz"]))
    index = next(i for i, q in enumerate(quiz["questions"]) if q["type"] == "multiple_choice")
    change(quiz["questions"][index])
    answer = api.put(f"/api/quizzes/{body['id']}", json={"quiz": quiz})
    assert answer.status_code == 422
    qid = quiz["questions"][index]["id"]
    assert f"question {index + 1} (" in answer.json()["error"] and f"id {qid})" in answer.json()["error"]
    assert words in answer.json()["error"]
    assert {"question": index + 1, "id": qid, "field": field} == {
        k: answer.json()["problems"][0][k] for k in ("question", "id", "field")
    }
    assert api.get(f"/api/quizzes/{body['id']}").json()["quiz"] == body["quiz"]  # nothing saved


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _read(fmt: str, data: bytes) -> str:
    """The text a teacher's program would find in the download, through that format's reader."""
    if fmt == "json":
        return " ".join(q.prompt for q in Quiz.model_validate_json(data).questions)
    if fmt == "html":
        parser = _Text()
        parser.feed(data.decode())
        return " ".join(parser.parts)
    if fmt in ("apkg", "qti"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.testzip() is None
            return " ".join(
                archive.read(n).decode("utf-8", "replace") for n in archive.namelist() if n.endswith(".xml")
            )
    if fmt == "moodle":
        return " ".join(etree.fromstring(data).itertext())
    if fmt == "kahoot":
        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        return " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    if fmt == "pdf":
        from pypdf import PdfReader

        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return data.decode("utf-8")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_each_format_as_an_attachment(made, fmt):
    _, api, body = made
    answer = api.get(f"/api/quizzes/{body['id']}/export/{fmt}")
    assert answer.status_code == 200, answer.text
    slug = body["quiz"]["slug"]
    assert answer.headers["content-disposition"].startswith(f'attachment; filename="{slug}{FORMATS[fmt].suffix}"')
    text = _read(fmt, answer.content)
    if fmt == "apkg":
        assert zipfile.ZipFile(io.BytesIO(answer.content)).namelist()  # the deck: tests/test_anki.py imports it
    else:
        assert "Carney" in text


def test_worksheet_options_reach_the_worksheet(made):
    _, api, body = made
    answer = api.get(
        f"/api/quizzes/{body['id']}/export/html",
        params={"versions": 2, "paper": "letter", "large_print": 1, "word_bank": 0},
    )
    assert answer.status_code == 200
    assert "Version B" in answer.text and "letter" in answer.text


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"versions": 0}, "versions must be a number from 1 to 26"),
        ({"paper": "a3"}, "paper must be one of a4, letter"),
        ({"large_print": "maybe"}, "large_print must be 1 or 0"),
        ({"colour": "red"}, "unknown option 'colour'"),
    ],
)
def test_bad_worksheet_options_are_400(made, params, words):
    _, api, body = made
    answer = api.get(f"/api/quizzes/{body['id']}/export/html", params=params)
    assert answer.status_code == 400 and words in answer.json()["error"]


def test_upload_a_file(tmp_path):
    api = client(tmp_path)
    files = {
        "file": ("g7.md", ("# Zelenskyy meets Carney\n\n" + article_text().split("\n", 2)[2]).encode(), "text/markdown")
    }
    answer = api.post("/api/quizzes", files=files, data={"count": "4"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["quiz"]["title"] == "Zelenskyy meets Carney" and len(answer.json()["quiz"]["questions"]) == 4


HOSTILE = (
    "Evil <script>alert(1)</script> headline\n\n"
    "Prime Minister Mark Carney said on Tuesday that Canada would send 40 <b>engineers</b> to Kyiv. "
    '"We will <img src=x onerror=alert(2)> stand with Ukraine," Carney said in Ottawa.\n\n'
    "Ukrainian President Volodymyr Zelenskyy thanked Carney for the support of 40 engineers."
)


def test_article_markup_is_text_on_the_page(tmp_path):
    api = client(tmp_path)
    made = api.post("/api/quizzes", json={"text": HOSTILE})
    assert made.status_code == 201, made.text
    page = api.get(f"/quizzes/{made.json()['id']}").text
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>engineers" not in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script>" not in api.get("/").text.replace('<script src="/static/app.js" defer></script>', "")


JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "words"),
    [
        (
            "GET",
            "/api/quizzes",
            {"headers": {"host": "rebind.attacker.example:8000"}},
            400,
            "does not answer to the name",
        ),
        (
            "POST",
            "/api/quizzes",
            {"json": {"text": "x"}, "headers": {"origin": "http://evil.example"}},
            403,
            "another site",
        ),
        ("POST", "/quizzes", {"data": {"text": "x"}, "headers": {"origin": "null"}}, 403, "another site"),
        (
            "POST",
            "/api/quizzes",
            {"json": {"text": "x"}, "headers": {"sec-fetch-site": "cross-site"}},
            403,
            "another site",
        ),
        ("POST", "/api/quizzes", {"json": {"url": "http://127.0.0.1:9/admin"}}, 422, "local network"),
        ("POST", "/api/quizzes", {"json": {"url": "http://localhost/"}}, 422, "local network"),
        ("POST", "/api/quizzes", {"json": {"url": "http://10.0.0.1/"}}, 422, "local network"),
        ("POST", "/api/quizzes", {"json": {"url": "http://[::1]/"}}, 422, "local network"),
        ("POST", "/api/quizzes", {"json": {"url": "file:///etc/passwd"}}, 422, "only http:// and https://"),
        ("POST", "/api/quizzes", {"content": b"{not json", "headers": JSON}, 400, "not valid JSON"),
        ("POST", "/api/quizzes", {"content": b"[1, 2]", "headers": JSON}, 400, "JSON object"),
        ("POST", "/api/quizzes", {"content": b"[" * 100_000, "headers": JSON}, 400, "nested too deeply"),
        ("POST", "/api/quizzes", {"json": {}}, 400, 'exactly one of "text"'),
        ("POST", "/api/quizzes", {"json": {"text": "a", "url": "https://example.org"}}, 400, "got text, url"),
        ("POST", "/api/quizzes", {"json": {"text": 5}}, 400, "must be strings"),
        ("POST", "/api/quizzes", {"json": {"file": "article.txt"}}, 400, '"file" must be a file upload'),
        ("POST", "/api/quizzes", {"data": {"file": "article.txt"}}, 400, '"file" must be a file upload'),
        ("POST", "/api/quizzes", {"json": {"text": "   "}}, 422, "empty"),
        ("POST", "/api/quizzes", {"json": {"text": "Hello there."}}, 422, "no question passed the checks"),
        ("POST", "/api/quizzes", {"json": {"text": "x", "count": "lots"}}, 400, '"count" must be a whole number'),
        ("POST", "/api/quizzes", {"json": {"text": "x", "count": 0}}, 400, '"count" must be 1 to 100'),
        ("POST", "/api/quizzes", {"content": b"x" * 5_100_000, "headers": JSON}, 413, "over 5 MB"),
        (
            "POST",
            "/api/quizzes",
            {"files": {"file": ("a.pdf", b"%PDF-1.4 binary", "application/pdf")}},
            422,
            "is a PDF",
        ),
        ("GET", "/api/quizzes/nope", {}, 404, "no quiz has the id 'nope'"),
        ("PUT", "/api/quizzes/nope", {"json": {"quiz": {}}}, 404, "no quiz has the id"),
        ("DELETE", "/api/quizzes/nope", {}, 404, "no quiz has the id"),
        ("GET", "/api/quizzes/nope/export/html", {}, 404, "no quiz has the id"),
        ("GET", "/api/nothing", {}, 404, "nothing at this address"),
        ("PATCH", "/api/quizzes", {}, 405, "not allowed"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.startswith(("/", "GET", "POST")) else None,
)
def test_bad_requests_get_a_4xx_json_error(tmp_path, method, path, kwargs, status, words):
    answer = client(tmp_path).request(method, path, **kwargs)
    assert answer.status_code == status, answer.text
    assert words in answer.json()["error"]


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 400, "not valid JSON"),
        (json.dumps({"name": "x"}).encode(), 200, ""),
        (json.dumps({"quiz": {"title": "t"}}).encode(), 422, "'slug'"),
        (json.dumps({"nothing": 1}).encode(), 400, 'send {"quiz"'),
        (json.dumps({"name": "   "}).encode(), 422, "must not be empty"),
    ],
)
def test_bad_edits_are_4xx(made, body, status, words):
    _, api, made_body = made
    answer = api.put(f"/api/quizzes/{made_body['id']}", content=body, headers=JSON)
    assert answer.status_code == status, answer.text
    assert words in answer.json().get("error", "")


def test_unknown_export_format_is_404(made):
    _, api, body = made
    answer = api.get(f"/api/quizzes/{body['id']}/export/docx")
    assert answer.status_code == 404 and "choose one of: json, apkg" in answer.json()["error"]


def test_private_addresses_are_fetched_when_asked(tmp_path):
    """--allow-private-urls: an article served on this machine is read like any other page."""
    import http.server
    import threading

    page = article_text()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(page.encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/g7"
        assert client(tmp_path).post("/api/quizzes", json={"url": url}).status_code == 422
        answer = client(tmp_path, allow_private_urls=True).post("/api/quizzes", json={"url": url, "count": 3})
        assert answer.status_code == 201, answer.text
        assert answer.json()["quiz"]["source"]["url"] == url
    finally:
        server.shutdown()


def test_a_store_from_a_newer_quizgen_is_refused(tmp_path):
    Store(tmp_path)
    with sqlite3.connect(tmp_path / FILENAME) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="saved by a newer quizgen"):
        Store(tmp_path)


def test_an_empty_store_file_is_migrated(tmp_path):
    sqlite3.connect(tmp_path / FILENAME).close()  # version 0: a file with no tables
    Store(tmp_path)
    with sqlite3.connect(tmp_path / FILENAME) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM quizzes").fetchone()[0] == 0


def test_a_redirect_to_this_computer_is_refused(monkeypatch):
    """A public page that redirects to 127.0.0.1 is refused at the redirect (here the first server
    plays the public page: only its own address is let through the check)."""
    import http.server
    import threading

    from quizgen.errors import ArticleError
    from quizgen.readers import url as url_module

    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:9/private")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    public = f"http://127.0.0.1:{server.server_address[1]}/story"
    check = url_module.refuse_private
    monkeypatch.setattr(url_module, "refuse_private", lambda u: None if u == public else check(u))
    try:
        with pytest.raises(ArticleError, match="127.0.0.1 is on this computer or the local network"):
            url_module.fetch(public, public_only=True)
    finally:
        server.shutdown()


def test_an_acknowledged_edit_survives_the_server_being_killed(tmp_path):
    """`quizgen serve` killed outright (no clean shutdown) right after answering keeps the edit."""
    import os
    import signal
    import subprocess
    import sys
    import urllib.request

    process = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "serve", "--no-browser", "--port", "0", "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        base = process.stdout.readline().split()[2].rstrip("/")

        def call(method, path, body):
            request = urllib.request.Request(
                base + path, data=json.dumps(body).encode(), method=method, headers={"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())

        made = call("POST", "/api/quizzes", {"text": article_text(), "count": 4})
        quiz = made["quiz"]
        quiz["questions"][0]["prompt"] = "Saved before the crash?"
        assert call("PUT", f"/api/quizzes/{made['id']}", {"quiz": quiz})["quiz"] == quiz
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert client(tmp_path).get(f"/api/quizzes/{made['id']}").json()["quiz"] == quiz
