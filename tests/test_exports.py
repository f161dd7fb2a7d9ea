"""The LMS exports as a set: registered, listed by `quizgen formats`, written by the CLI for the seed."""

from __future__ import annotations

import importlib
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import cli
from quizgen.exporters import FORMATS
from quizgen.models import Question

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "zelenskyy-carney-g7.txt"
EXPORTS = {
    "gift": ".gift.txt",
    "moodle": ".moodle.xml",
    "qti": ".qti.zip",
    "kahoot": ".kahoot.xlsx",
    "quizlet": ".quizlet.txt",
}


def runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


@pytest.mark.parametrize("name, suffix", EXPORTS.items())
def test_each_export_is_registered_with_its_file_name(name, suffix):
    assert FORMATS[name].suffix == suffix


QUESTION_TYPES = set(typing.get_args(typing.get_args(Question)[0]))  # every member of the Question union
TABLES = {
    "gift": ["_BODIES"],
    "moodle": ["_BODIES"],
    "qti": ["_PARTS"],
    "kahoot": ["_ROWS", "_LEFT_OUT"],
    "quizlet": ["_CARDS"],
}


@pytest.mark.parametrize("name, tables", TABLES.items())
def test_each_export_has_one_entry_per_question_type(name, tables):
    """A new question type is one function in each exporter's table (or, for Kahoot, a row or a
    reason to leave it out), never a branch somewhere else: this names the exporter it is missing from."""
    module = importlib.import_module(f"quizgen.exporters.{name}")
    keys = [key for table in tables for key in getattr(module, table)]
    assert sorted(keys, key=str) == sorted(QUESTION_TYPES, key=str)


def test_formats_lists_every_format_with_its_file_and_where_it_goes():
    result = runner().invoke(cli, ["formats"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(FORMATS)
    for line, spec in zip(lines, FORMATS.values(), strict=True):
        assert line.split()[:2] == [spec.name, f"<slug>{spec.suffix}"]
        assert line.endswith(spec.description)
    assert "Question bank > Import" in result.stdout and "Import Course Content" in result.stdout


def test_formats_has_help_with_an_example():
    result = runner().invoke(cli, ["formats", "--help"])
    assert result.exit_code == 0 and "    quizgen formats" in result.stdout


def test_generate_writes_every_export_for_the_seed(tmp_path):
    args = ["generate", str(SEED), "-o", str(tmp_path)]
    for name in EXPORTS:
        args += ["--format", name]
    result = runner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"zelenskyy-carney-g7{s}" for s in EXPORTS.values())
    assert all(
        line.startswith(f"Warning: {SEED}: Kahoot (zelenskyy-carney-g7): ") for line in result.stderr.splitlines()
    )


def test_help_does_not_import_openpyxl_or_the_exporters():
    code = (
        "import sys; from quizgen.cli import cli; "
        "print([m for m in sys.modules if m == 'openpyxl' or m.startswith('quizgen.exporters.')])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stderr
