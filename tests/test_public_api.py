"""`quizgen.__all__` is honest: every name resolves, nothing public is missing, imports stay lazy."""

from __future__ import annotations

import ast
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import quizgen

PACKAGE = Path(quizgen.__file__).parent


@pytest.mark.parametrize("name", quizgen.__all__)
def test_every_name_in_all_resolves(name):
    assert getattr(quizgen, name) is not None


def test_star_import_matches_all():
    namespace: dict = {}
    exec("from quizgen import *", namespace)
    assert set(quizgen.__all__) <= set(namespace)


def test_all_is_sorted_and_unique():
    assert quizgen.__all__ == sorted(set(quizgen.__all__))


def test_names_are_the_library_objects():
    from quizgen.articles import read_article
    from quizgen.errors import QuizgenError
    from quizgen.models import Quiz

    assert quizgen.read_article is read_article
    assert quizgen.Quiz is Quiz
    assert quizgen.QuizgenError is QuizgenError


def test_unknown_names_raise_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        quizgen.nonsense  # noqa: B018


def test_version_is_the_installed_version():
    assert quizgen.__version__ == version("quizgen")


def test_dir_lists_the_public_names():
    assert set(quizgen.__all__) <= set(dir(quizgen))


def test_import_quizgen_is_lazy():
    code = "import sys, quizgen; print(sorted(m for m in ('pydantic', 'click', 'quizgen.models') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_only_the_cli_imports_click():
    importers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent == PACKAGE / "cli":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(n == "click" or n.startswith("click.") for n in names):
                importers.append(str(path.relative_to(PACKAGE)))
    assert importers == []
