"""quizgen: turn a news article into a comprehension quiz.

    >>> from quizgen import read_article, build_quiz, write_quiz
    >>> quiz = build_quiz(read_article("seeds/zelenskyy-carney-g7.txt"), count=10, seed=1)
    >>> write_quiz(quiz, "apkg", "decks")  # or "json", "html"
    >>> run_batch(collect_inputs(["articles/"]), BatchSettings(output_dir="decks"), jobs=2)

The names below are imported on first use, so `import quizgen` (and `quizgen --help`)
stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__all__ = [
    "BatchSettings",
    "Quiz",
    "QuizgenError",
    "__version__",
    "analyze",
    "build_quiz",
    "collect_inputs",
    "load_quiz",
    "parse_article",
    "read_article",
    "run_batch",
    "write_quiz",
]

_HOMES = {
    "BatchSettings": "quizgen.batch",
    "collect_inputs": "quizgen.batch",
    "run_batch": "quizgen.batch",
    "Quiz": "quizgen.models",
    "QuizgenError": "quizgen.errors",
    "analyze": "quizgen.analysis",
    "build_quiz": "quizgen.pipeline",
    "load_quiz": "quizgen.quizfile",
    "parse_article": "quizgen.articles",
    "read_article": "quizgen.articles",
    "write_quiz": "quizgen.exporters",
}

if TYPE_CHECKING:
    from quizgen.analysis import analyze
    from quizgen.articles import parse_article, read_article
    from quizgen.batch import BatchSettings, collect_inputs, run_batch
    from quizgen.errors import QuizgenError
    from quizgen.exporters import write_quiz
    from quizgen.models import Quiz
    from quizgen.pipeline import build_quiz
    from quizgen.quizfile import load_quiz

    __version__: str


def __getattr__(name: str) -> object:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("quizgen")
        except PackageNotFoundError:  # running from a source tree that was never installed
            value = "0+unknown"
    elif name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name]), name)
    else:
        raise AttributeError(f"module 'quizgen' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
