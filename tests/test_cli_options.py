"""The command line forgives case, refuses options that cannot act, and tells a terminal user what it waits for.

- `--format JSON`, `--paper A4`: choices in any case, normalised to the documented spelling.
- Options that contradict the formats asked for (`--deck-name X --format json`, `--paper letter --format apkg`)
  are a usage error (exit 2) naming the options, instead of being silently ignored or writing a deck anyway.
- `generate -` and `analyze -` on a terminal say how to end the pasted text (a real pseudo-terminal).
- A library's own warning (dateutil on a page's time zone) never reaches stderr in Python's raw form.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import ROOT, SEED, assert_clean_error, run


def test_formats_in_any_case(tmp_path):
    result = run("generate", SEED, "-o", tmp_path, "--format", "JSON", "--format", "Html", "--format", "qTi")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "zelenskyy-carney-g7.html",
        "zelenskyy-carney-g7.json",
        "zelenskyy-carney-g7.qti.zip",
    ]


def test_paper_in_any_case_reaches_the_worksheet(tmp_path):
    pytest.importorskip("weasyprint")
    result = run("generate", SEED, "-o", tmp_path, "--format", "PDF", "--paper", "LETTER")
    assert result.exit_code == 0, result.stderr
    page = PdfReader(tmp_path / "zelenskyy-carney-g7.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)  # 8.5 x 11 in


def test_build_format_in_any_case(tmp_path):
    result = run("build", SEED, "-o", tmp_path, "--format", "Json", "--quiet")
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["zelenskyy-carney-g7.json"]


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(
            ["build", SEED, "--format", "json", "--deck-name", "Term 1"],
            "Error: --deck-name is for the one Anki deck, but no apkg format is written. Add --format apkg, "
            "or leave it out.",
            id="deck-name-without-apkg",
        ),
        pytest.param(
            ["build", SEED, "--format", "html", "--one-deck", "--deck-name", "Term 1"],
            "Error: --one-deck and --deck-name are for the one Anki deck",
            id="one-deck-without-apkg",
        ),
        pytest.param(
            ["generate", SEED, "--format", "json", "--paper", "letter"],
            "Error: --paper is for the worksheet, but no html or pdf format is written. Add --format html or "
            "--format pdf, or leave it out.",
            id="paper-without-worksheet",
        ),
        pytest.param(
            ["generate", SEED, "--format", "apkg", "--versions", "2", "--no-word-bank", "--large-print"],
            "Error: --versions, --no-word-bank and --large-print are for the worksheet",
            id="three-options",
        ),
        pytest.param(
            ["build", SEED, "--format", "gift", "--dyslexia-friendly"],
            "Error: --dyslexia-friendly is for the worksheet",
            id="build-dyslexia-without-worksheet",
        ),
        pytest.param(
            ["render", ROOT / "tests" / "missing.json", "--format", "kahoot", "--word-bank"],
            "Error: --word-bank is for the worksheet",
            id="render-word-bank-without-worksheet",
        ),
    ],
)
def test_options_that_cannot_act_are_a_usage_error(args, message, tmp_path):
    result = run(*args, "-o", tmp_path / "out")
    assert_clean_error(result, message, exit_code=2)
    assert "Try 'quizgen" in result.stderr
    assert not (tmp_path / "out").exists(), "nothing read, nothing written"


def test_the_same_options_with_their_format_are_fine(tmp_path):
    result = run(
        "build",
        SEED,
        "-o",
        tmp_path,
        "--format",
        "apkg",
        "--format",
        "html",
        "--deck-name",
        "Term 1",
        "--paper",
        "letter",
        "--quiet",
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["term-1.apkg", "zelenskyy-carney-g7.html"]


# --- standard input on a terminal --------------------------------------------------------------

ARTICLE = (
    b"Carney Meets Zelenskyy in Rome\n\n"
    b"Prime Minister Mark Carney met Ukrainian President Volodymyr Zelenskyy in Rome on Sunday.\n\n"
    b"\xe2\x80\x9cThere can be no peace without Ukraine,\xe2\x80\x9d Carney told Zelenskyy after the meeting.\n\n"
    b"Italian Prime Minister Giorgia Meloni hosted a dinner for 40 leaders in Rome on Saturday.\n"
)


def read_until(fd: int, wanted: bytes, timeout: float = 60) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.parametrize(
    "command, shown",
    [
        (["generate", "-", "--format", "json"], b"carney-meets-zelenskyy-in-rome.json"),  # named from the pasted title
        (["analyze", "-"], b"Mark Carney"),
    ],
)
def test_standard_input_on_a_terminal_says_how_to_end_the_paste(command, shown, tmp_path):
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "quizgen", *command, *(["-o", tmp_path] if len(command) > 2 else [])],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    os.close(terminal)
    try:
        prompt = read_until(process.stderr.fileno(), b"\n")
        assert prompt == b"Paste the article, then press Ctrl-D on a new line.\n"
        os.write(controller, ARTICLE + b"\x04")  # Ctrl-D at the start of a line ends the input
        out, err = process.communicate(timeout=120)
    finally:
        process.kill()
        os.close(controller)
    assert process.returncode == 0, err
    assert b"Traceback" not in err
    assert shown in out


def test_standard_input_from_a_pipe_prints_no_prompt(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "analyze", "-"], input=ARTICLE, capture_output=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0 and result.stderr == b"", result.stderr


# --- library warnings -------------------------------------------------------------------------


@pytest.fixture
def odd_time_zone(tmp_path) -> Path:
    """A saved news page whose publication time has a time-zone name dateutil does not know ("EDT",
    as American sites write it): htmldate hands it to dateutil, which warns."""
    page = (ROOT / "tests" / "data" / "articles" / "flood-plan.html").read_text(encoding="utf-8")
    odd = page.replace('content="2025-05-02T07:30:00+01:00"', 'content="2025-05-02 07:30 EDT"')
    assert odd != page
    for name in ("a.html", "b.html"):
        (tmp_path / name).write_text(odd, encoding="utf-8")
    return tmp_path


def quizgen_process(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(
    "command",
    [
        ["generate", "a.html", "--format", "json"],
        ["build", "a.html", "b.html", "--format", "json", "--jobs", "2"],  # the warning comes from a worker
        ["analyze", "a.html"],
    ],
)
def test_no_library_warning_reaches_stderr_raw(command, odd_time_zone):
    args = [odd_time_zone / a if a.endswith(".html") else a for a in command]
    output = ["-o", odd_time_zone / "out"] if command[0] != "analyze" else []
    result = quizgen_process(*args, *output)
    assert result.returncode == 0, result.stderr
    assert "UnknownTimezoneWarning" not in result.stderr
    assert all(line.startswith(("Warning: ", "Error: ")) for line in result.stderr.splitlines()), result.stderr
    # Asked for with PYTHONWARNINGS, a developer still sees it: the page does make dateutil warn.
    shown = quizgen_process(*args, *output, env={"PYTHONWARNINGS": "always"})
    assert "UnknownTimezoneWarning: tzname EDT identified but not understood" in shown.stderr
