"""Bad input gets a clear message and nothing else: one case per row, each through the CLI.

Every case ends in `Error: ...` (exit 1) or `Warning: ...` (exit 0) on stderr, never a
traceback, and writes no empty or partial output. Hand-edited quiz JSON given to `render`
has its own table in test_cli.py (which question, which field, what is wrong); the rows
here cover the files that are not quiz JSON at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from test_cli import SEED, run

from quizgen.articles import MAX_BYTES

P = (
    "Prime Minister Mark Carney met Ukrainian President Volodymyr Zelenskyy in Rome on Sunday, "
    "promising new support for Ukraine."
)


@dataclass(frozen=True)
class Case:
    name: str  # the file's name
    data: bytes | None  # None: see `make`
    stream: str  # "Error" or "Warning"
    message: str  # what stderr says after "<Error|Warning>: <path>"
    exit_code: int = 1
    written: int = 0  # files in the output folder afterwards


def big(path: Path) -> None:
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES + 1)


ARTICLE_CASES = [
    pytest.param(Case("empty.txt", b"", "Error", " is empty. Give quizgen an article"), id="empty"),
    pytest.param(Case("blank.txt", b"  \n\t\r\n \n", "Error", " is empty."), id="whitespace-only"),
    pytest.param(
        Case("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "Error", " is a binary file, not text."), id="binary"
    ),
    pytest.param(
        Case("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "Error", " is a PDF; copy its text"), id="pdf"
    ),
    pytest.param(
        Case(
            "letter.docx",
            b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
            "Error",
            " is a Word document or ZIP archive, not plain text.",
        ),
        id="word-document",
    ),
    pytest.param(Case("folder.txt", None, "Error", " is a folder, not an article."), id="directory"),
    pytest.param(Case("missing.txt", None, "Error", " does not exist. Check the path"), id="missing"),
    pytest.param(
        Case(
            "old.txt",
            f"Carney in Québec\n\n{P} “Café,” he said.\n".encode("cp1252"),
            "Warning",
            " is not UTF-8; read it as Windows-1252",
            exit_code=0,
            written=1,
        ),
        id="windows-1252",
    ),
    pytest.param(
        Case(
            "latin1.txt",
            f"Carney in Québec\n\n{P} Señor Núñez agreed.\n".encode("latin-1"),
            "Warning",
            " is not UTF-8; read it as Windows-1252",
            exit_code=0,
            written=1,
        ),
        id="latin-1",
    ),
    pytest.param(
        Case(
            "koi.txt",
            b"Caf\x81 \x8d\x8f \x90\x9d in Rome.",
            "Error",
            " is not UTF-8 text (bad byte at position 3), nor Windows-1252/Latin-1.",
        ),
        id="other-encoding",
    ),
    pytest.param(
        Case("headline.txt", b"Carney Meets Zelenskyy\n", "Error", " has no paragraphs of running text"),
        id="no-sentences",
    ),
    pytest.param(
        Case(
            "thin.txt",
            b"hello world\n\nthis is some text without much in it.\n",
            "Warning",
            ": no question passed the checks",
            exit_code=0,
        ),
        id="no-questions",
    ),
    pytest.param(
        Case("huge.txt", None, "Error", f" is 5 MB; articles over {MAX_BYTES // 1_000_000} MB are refused."),
        id="enormous",
    ),
]


def make(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / case.name
    if case.name == "folder.txt":
        path.mkdir()
    elif case.name == "huge.txt":
        big(path)
    elif case.data is not None:
        path.write_bytes(case.data)
    return path


def assert_clean(result, case: Case, path: Path) -> None:
    assert result.exit_code == case.exit_code, (result.stdout, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stdout + result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{case.stream}: {path}{case.message}"), result.stderr
    assert all(line.startswith(("Error: ", "Warning: ")) for line in result.stderr.splitlines()), result.stderr


@pytest.mark.parametrize("case", ARTICLE_CASES)
def test_generate_a_bad_article(case, tmp_path):
    path = make(tmp_path, case)
    out = tmp_path / "out"
    result = run("generate", path, "-o", out, "--format", "json")
    assert_clean(result, case, path)
    assert len(list(out.iterdir())) == case.written, "no empty or partial output"


def test_build_names_each_bad_article_and_builds_the_good_one(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    cases = [p.values[0] for p in ARTICLE_CASES if p.values[0].name not in ("folder.txt", "missing.txt")]
    paths = [make(folder, case) for case in cases]
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    result = run(
        "build", *paths, folder / "good.txt", tmp_path / "missing.txt", "-o", out, "--format", "json", "--jobs", "2"
    )
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    failed = [c for c in cases if c.stream == "Error"] + ["missing"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == len(failed)
    for case, path in zip(cases, paths, strict=True):  # an article skipped is named under the summary
        stream = "Skipped" if case.stream == "Warning" and not case.written else case.stream
        assert f"{stream}: {path}{case.message}" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["good.json", "latin1.json", "old.json"]
    built = sum(c.written for c in cases) + 1  # the two legacy-encoded ones and good.txt
    skipped = sum(1 for c in cases if c.stream == "Warning" and not c.written)
    summary = result.stdout.splitlines()[-1]
    assert summary.startswith(f"Built {built} of {len(cases) + 2} articles (")
    assert summary.endswith(f"; {skipped} skipped, {len(failed)} failed:")


# --- quiz files that are not quiz JSON at all -----------------------------------------------

QUIZ_FILE_CASES = [
    pytest.param(b"", " is not valid JSON (line 1, column 1: Expecting value)", id="empty"),
    pytest.param(
        b'{"title": "x", "slug": "x", "questions": [', " is not valid JSON (line 1, column 43", id="truncated"
    ),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", " is not UTF-8 text (bad byte at position 0)", id="binary"),
    pytest.param(b"[" * 100_000, " is nested too deeply to be a quiz file", id="nested-too-deeply"),
    pytest.param(b"[]", ': expected a JSON object with "title", "slug" and "questions"', id="a-list"),
]


@pytest.mark.parametrize("data, message", QUIZ_FILE_CASES)
def test_render_a_file_that_is_not_a_quiz(data, message, tmp_path):
    path = tmp_path / "quiz.json"
    path.write_bytes(data)
    result = run("render", path, "-o", tmp_path / "out")
    assert_clean(result, Case("quiz.json", data, "Error", message), path)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_render_an_enormous_file(tmp_path):
    path = tmp_path / "quiz.json"
    with open(path, "wb") as f:
        f.truncate(20_000_001)
    result = run("render", path, "-o", tmp_path / "out")
    assert_clean(result, Case("quiz.json", None, "Error", " is over 20 MB, too big for a quiz file."), path)


# --- the command line itself ----------------------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(["build", "--jobs", "0"], "Error: Invalid value for '-j' / '--jobs'", id="jobs-zero"),
        pytest.param(["build", "--format", "odt"], "Error: Invalid value for '--format'", id="unknown-format"),
        pytest.param(["render"], "Error: Missing argument 'QUIZ_FILE'", id="no-quiz-file"),
    ],
)
def test_usage_mistakes_exit_2(args, message):
    result = run(*args)
    assert result.exit_code == 2 and result.stderr.startswith(message), result.stderr
    assert "Traceback" not in result.stderr
